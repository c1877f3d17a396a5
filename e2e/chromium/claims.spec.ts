/**
 * Claim notes in Chromium: a fixture article (our own words) with two known errors and two correct
 * statements of the same facts gets exactly two notes; each opens its card with a source by hover
 * and by the keyboard command; the popup lists them; turning notes off restores the page exactly.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';

const FIXTURE = '/fixtures/claims-article.html';
const notes = (page: Page) => page.locator('lpc-claim[data-claim-id]');
const card = (page: Page) => page.locator('[data-lpc-card-host]').locator('[role="dialog"]');

async function open(page: Page, origin: string, query = ''): Promise<void> {
  await page.goto(`${origin}${FIXTURE}${query}`);
  await waitForMarks(page, 3);
  await page.waitForFunction(() => document.querySelectorAll('lpc-claim[data-claim-id]').length >= 2, null, { timeout: 10_000 });
}

function setClaimNotes(worker: Worker, enabled: boolean): Promise<unknown> {
  return worker.evaluate(async (on) => {
    const { settings = {} } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
    await chrome.storage.sync.set({ settings: { version: 1, ...settings, claimNotes: { enabled: on, offHosts: [] } } });
  }, enabled);
}

test('two errors get a note each, the correct statements and the text area none', async ({ page, server }) => {
  await open(page, server.origin);
  const ids = await notes(page).evaluateAll((els) => els.map((e) => [e.getAttribute('data-claim-id'), e.closest('p')?.id]));
  expect(new Set(ids.map((x) => x.join('@')))).toEqual(new Set(['ottawa-signed-1999@p-wrong1', 'ukraine-withdrew@p-wrong2']));
  await expect(page.locator('#p-right1 lpc-claim, #p-right2 lpc-claim, textarea lpc-claim')).toHaveCount(0);
  // The sentence runs across a link: the link's own text is not wrapped, the term inside the note still is a term.
  await expect(page.locator('a lpc-claim')).toHaveCount(0);
  await expect(page.locator('#p-wrong2 lpc-claim mark.lpc-term').first()).toBeVisible();
});

test('hover on a note opens its claim card with the sentence, the correction and a dated source', async ({ page, server }) => {
  await open(page, server.origin);
  // On its first word: the middle of the note is a term ("Mine Ban Treaty"), which opens the term's card.
  const [x, y] = await page.locator('#p-wrong2 lpc-claim').first().evaluate((n) => {
    const r = n.getClientRects()[0]!;
    return [r.x + 12, r.y + r.height / 2];
  });
  await page.mouse.move(x!, y!);
  const c = card(page);
  await expect(c).toHaveAttribute('data-claim-card', 'ukraine-withdrew');
  await expect(c).toContainText('This article says');
  await expect(c.locator('.said')).toHaveText('Ukraine quit the Mine Ban Treaty in June, and human rights groups protested.');
  await expect(c).toContainText('What the sources say');
  await expect(c.locator('.sources li').first().locator('a')).toHaveAttribute('href', /^https:\/\//);
  await expect(c.locator('.sources li time').first()).toBeVisible();
  // The link to the entry's card.
  await c.locator('button[data-entry-id="withdrawals"]').click();
  await expect(c).toHaveAttribute('data-term-id', 'withdrawals');
  // A term inside the note keeps its own card. The pointer leaves first, so the closed card is
  // not reopened over the term by the note under the pointer.
  await page.keyboard.press('Escape');
  await page.mouse.move(0, 0);
  await expect(c).toBeHidden();
  await page.locator('#p-wrong2 lpc-claim mark.lpc-term').hover();
  await expect(c).toHaveAttribute('data-term-id', 'ottawa');
});

test('the keyboard command reaches notes as it reaches terms', async ({ page, server, worker, tabIdOf }) => {
  await open(page, server.origin);
  const tabId = await tabIdOf(page);
  const seen = new Set<string>();
  for (let i = 0; i < 12; i++) {
    await worker.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'bg-to-cs:step-term', payload: { direction: 1 } }), tabId);
    const id = await card(page).getAttribute('data-claim-card').catch(() => null);
    if (id) seen.add(id);
  }
  expect([...seen].sort()).toEqual(['ottawa-signed-1999', 'ukraine-withdrew']);
});

test('the popup lists the notes; a click opens the card; turning notes off restores the page exactly', async ({ page, server, worker, openPopup }) => {
  await page.goto(`${server.origin}${FIXTURE}`);
  // The article as served (the app may already have marked the live page).
  const pristine = await page.evaluate(async () => new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').getElementById('story')!.innerHTML);
  await waitForMarks(page, 3);
  await page.waitForFunction(() => document.querySelectorAll('lpc-claim').length >= 2);
  const pieces = await notes(page).count();
  const popup = await openPopup(page);
  const items = popup.locator('[data-testid="claims"] li');
  await expect(popup.locator('[data-testid="claims"] h3')).toHaveText('Claims to check on this page (2)');
  await expect(items).toHaveCount(2);
  await items.nth(0).locator('button').click();
  await expect(card(page)).toHaveAttribute('data-claim-card', 'ottawa-signed-1999');
  await setClaimNotes(worker, false);
  await expect(notes(page)).toHaveCount(0);
  await expect(page.locator('mark.lpc-term').first()).toBeVisible();
  await setClaimNotes(worker, true);
  await expect(notes(page)).toHaveCount(pieces);
  // Removing everything (site off) gives back the page as it was served.
  await worker.evaluate(async () => {
    const { settings = {} } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
    await chrome.storage.sync.set({ settings: { version: 1, ...settings, defaultMode: 'off' } });
  });
  await expect(page.locator('mark.lpc-term, lpc-claim')).toHaveCount(0);
  expect(await page.locator('#story').evaluate((el) => el.innerHTML)).toBe(pristine);
});
