/** The card's hover path in Firefox: opens on dwell, stays while the pointer is in it, closes on leave and on Escape. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { useFirefox } from '../harness/firefox.ts';

const env = useFirefox();

/** The open card's term id, or null when no card is shown. */
function openCard(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-term-id') ?? null);
}

async function waitForCard(page: Page, id: string | null): Promise<void> {
  await page.waitForFunction(
    (want: string | null) => (document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-term-id') ?? null) === want,
    { timeout: 5_000 },
    id,
  );
}

test('Firefox: hover opens the right card, the pointer in it keeps it, leaving and Escape close it', async () => {
  const page = await env.ff.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${env.server.origin}/fixtures/card-page.html`);
  await page.waitForFunction(() => document.querySelectorAll('mark.lpc-term[data-term-id]').length >= 8, { timeout: 15_000 });

  await page.hover('mark.lpc-term[data-term-id="apl"]');
  await waitForCard(page, 'apl');
  const card = await page.evaluate(() => {
    const root = document.querySelector('[data-lpc-card-host]')!.shadowRoot!;
    const dialog = root.querySelector('[role="dialog"]')!;
    const r = dialog.getBoundingClientRect();
    return {
      title: root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent,
      rel: root.querySelector('.sources a')?.getAttribute('rel'),
      x: r.left + r.width / 2,
      y: r.top + 40,
      width: r.width,
    };
  });
  assert.match(card.title ?? '', /Antipersonnel/);
  assert.equal(card.rel, 'noopener noreferrer');
  assert.ok(card.width <= 360);

  await page.mouse.move(card.x, card.y, { steps: 6 });
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(await openCard(page), 'apl', 'the card stays open while the pointer is in it');

  await page.mouse.move(20, 880, { steps: 4 });
  await waitForCard(page, null);

  await page.hover('mark.lpc-term[data-term-id="ottawa"]');
  await waitForCard(page, 'ottawa');
  await page.keyboard.press('Escape');
  await waitForCard(page, null);
});
