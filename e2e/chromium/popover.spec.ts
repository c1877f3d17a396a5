/**
 * The context card where only Chromium's automation reaches: touch taps (CDP), the page's top
 * layer and viewport changes, fullscreen, emulated media, axe. The card's other scenarios, run in
 * both browsers, are in e2e/scenarios/popover.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForMarks } from '../harness/chromium.ts';

const mark = (page: Page, id: string) => page.locator(`mark.lpc-term[data-term-id="${id}"]`).first();
const card = (page: Page) => page.locator('[data-lpc-card-host]').locator('[role="dialog"]');

async function openFixture(page: Page, origin: string, query = ''): Promise<void> {
  await page.goto(`${origin}/fixtures/card-page.html${query}`);
  await waitForMarks(page, 8);
}

async function hoverOpen(page: Page, id: string): Promise<void> {
  await mark(page, id).hover();
  await expect(card(page)).toHaveAttribute('data-term-id', id);
}

async function waitForCardAnimation(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const el = document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]');
    await Promise.all((el?.getAnimations() ?? []).map((a) => a.finished));
  });
}

test('touch: a tap on a highlight opens its card, a tap elsewhere closes it, links keep working', async ({ page, server, context }) => {
  await openFixture(page, server.origin);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  const tap = async (selector: string) => {
    const b = (await page.locator(selector).first().boundingBox())!;
    const point = { x: b.x + Math.min(b.width / 2, 20), y: b.y + b.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const touchedAsTouch = page.evaluate(
    () => new Promise<string>((resolve) => document.addEventListener('pointerup', (e) => resolve(e.pointerType), { once: true })),
  );
  await tap('mark.lpc-term[data-term-id="gator"]');
  expect(await touchedAsTouch).toBe('touch');
  await expect(card(page)).toHaveAttribute('data-term-id', 'gator');

  await tap('h1');
  await expect(card(page)).toHaveCount(0);

  await tap('mark.lpc-term[data-term-id="hrw"]');
  await expect(card(page)).toHaveAttribute('data-term-id', 'hrw');
  await tap('#after-link');
  await expect(card(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#stage');
});

test('fullscreen: the card is shown inside the fullscreen element', async ({ page, server }) => {
  await openFixture(page, server.origin);
  await page.locator('#go-fullscreen').click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('stage');
  await hoverOpen(page, 'leahy');
  const where = await page.evaluate(() => {
    const host = document.querySelector('[data-lpc-card-host]')!;
    const r = host.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + 20);
    return { parent: host.parentElement?.id, top: top === host ? 'HOST' : top?.tagName };
  });
  expect(where).toEqual({ parent: 'stage', top: 'HOST' });
});

// The themes themselves are a shared scenario (e2e/scenarios/card-layout.ts); reduced motion needs emulated media.
test('reduced motion drops the card’s fade', async ({ page, server }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openFixture(page, server.origin, '?dark');
  await hoverOpen(page, 'apl');
  await expect(card(page)).toHaveAttribute('data-theme', 'dark');
  expect(await card(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

for (const variant of ['', '?dark']) {
  test(`axe finds no serious or critical problem in an open card (${variant ? 'dark' : 'light'})`, async ({ page, server }) => {
    await openFixture(page, server.origin, variant);
    await hoverOpen(page, 'memo');
    await waitForCardAnimation(page);
    const results = await new AxeBuilder({ page }).include('[data-lpc-card-host]').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // axe really looked inside the shadow root (its dialog name passed).
    expect(results.passes.map((r) => r.id)).toContain('aria-dialog-name');
    // axe leaves colour contrast "incomplete" for text in our fixed, top-layer card, so measure it
    // here from the browser's computed colours: every text run against the background it sits on.
    const worst = await card(page).evaluate((cardEl) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = (c: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(c[0]!) + 0.7152 * f(c[1]!) + 0.0722 * f(c[2]!);
      };
      let min = { ratio: 99, text: '' };
      for (const el of [cardEl, ...cardEl.querySelectorAll('*')]) {
        if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue;
        let bgEl: Element | null = el;
        while (bgEl && (rgb(getComputedStyle(bgEl).backgroundColor)[3] ?? 1) === 0) bgEl = bgEl.parentElement;
        const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(getComputedStyle(bgEl ?? cardEl).backgroundColor))];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < min.ratio) min = { ratio, text: el.textContent!.slice(0, 40) };
      }
      return min;
    });
    expect(worst.ratio, `lowest contrast: "${worst.text}"`).toBeGreaterThanOrEqual(4.5);
  });
}
