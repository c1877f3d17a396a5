import { test, expect, waitForMarks } from '../harness/chromium.ts';

/** Our own articles in German, Ukrainian and Japanese, and a Polish mining-industry page (e2e/fixtures/lang-*). */
const ARTICLES = [
  { name: 'lang-de-pos-austritt', found: ['Ottawa-Konvention', 'Antipersonenminen'] },
  { name: 'lang-uk-pos-vykhid', found: ['Оттавської конвенції', 'протипіхотних мін'] },
  { name: 'lang-ja-pos-dattai', found: ['オタワ条約', '対人地雷禁止条約'] },
];

for (const { name, found } of ARTICLES) {
  test(`${name}: detected, and its inflected terms highlighted as found`, async ({ page, server, openPopup }) => {
    await page.goto(`${server.origin}/fixtures/${name}.html`);
    await waitForMarks(page, 3);
    const marks = await page.locator('mark.lpc-term').evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('data-term-id')]));
    for (const text of found) expect(marks.map(([t]) => t), name).toContain(text);
    expect(marks.map(([, id]) => id)).toEqual(expect.arrayContaining(['ottawa', 'apl']));
    const popup = await openPopup(page);
    await expect(popup.getByTestId('detection')).toHaveText(/^Detected/);
    await popup.close();
  });
}

test('a Polish mining-industry page is not detected', async ({ page, server, openPopup }) => {
  await page.goto(`${server.origin}/fixtures/lang-pl-neg-kopalnia.html`);
  await page.waitForTimeout(900);
  expect(await page.locator('mark, [data-lpc-card-host]').count()).toBe(0);
  const popup = await openPopup(page);
  const line = popup.getByTestId('detection');
  await expect(line).not.toHaveText(/Reading this page/);
  await expect(line).not.toHaveText(/^Detected/);
  await popup.close();
});

test('on a German page the card and the popup say the term as found, its English name, and that the context is in English', async ({ page, server, openPopup }) => {
  await page.goto(`${server.origin}/fixtures/lang-de-pos-austritt.html`);
  await waitForMarks(page, 3);
  await page.locator('mark.lpc-term', { hasText: 'Antipersonenminen' }).first().hover();
  const card = page.locator('[data-lpc-card-host]').locator('[role="dialog"]');
  await expect(card.locator('h2')).toHaveText(/antipersonnel/i);
  await expect(card.getByTestId('found-as')).toHaveText('Found on this page as “Antipersonenminen” (German). Context in English.');
  const popup = await openPopup(page);
  await expect(popup.locator('button.term[data-term-id="apl"]').getByTestId('found-as')).toContainText('Antipersonenminen (German)');
  await expect(popup.locator('button.term[data-term-id="apl"]')).toContainText('context in English');
  await popup.close();
});
