/** Where the card goes (its own host, above the page's top layer, following the term, inside a small viewport) and its theme. */
import assert from 'node:assert/strict';
import { hoverOpen, setSettings, waitFor, waitForValue, type Scenario, type Tab } from '../harness/driver.ts';
import { openCardPage } from './popover.ts';

/** The open card's box, its side and its summary's font size. */
const cardBox = (page: Tab) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
    const b = el.getBoundingClientRect();
    return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width, side: el.dataset.side, font: getComputedStyle(el.querySelector('.summary')!).fontSize };
  });

export const cardLayout: Scenario[] = [
  {
    name: 'isolation: one host, no page styles added, above the page top layer, follows scrolling, flips above',
    async run(d) {
      const page = await openCardPage(d);
      const sheets = () => page.evaluate(() => ({ sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length }));
      const before = await sheets();
      await page.click('#open-page-popover');
      await waitFor(() => page.evaluate(() => document.getElementById('page-popover')!.matches(':popover-open')), 'the page popover');
      await hoverOpen(page, 'apl');
      assert.deepEqual(await sheets(), before);
      const host = await page.evaluate(() => {
        const h = document.querySelectorAll('[data-lpc-card-host]');
        return { count: h.length, style: h[0]?.getAttribute('style') ?? '' };
      });
      // (The shipped root is closed, see the shipped-build scenario; these load a copy whose root is open.)
      assert.equal(host.count, 1);
      assert.match(host.style, /all: initial/);
      // Where the card overlaps the page's own top-layer panel, the card is what is on top.
      const hit = await page.evaluate(() => {
        const r = document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
        const panel = document.getElementById('page-popover')!.getBoundingClientRect();
        const top = document.elementFromPoint(Math.max(r.left, panel.left) + 10, r.top + 20);
        return { overlaps: r.right > panel.left, top: top?.hasAttribute('data-lpc-card-host') ? 'HOST' : top?.tagName };
      });
      assert.deepEqual(hit, { overlaps: true, top: 'HOST' });
      assert.ok((await cardBox(page)).width <= 360);

      // It follows the term when the page scrolls.
      await page.evaluate(() => window.scrollBy(0, 60));
      const gap = () =>
        page.evaluate(() => {
          const m = document.querySelector('mark.lpc-active')!.getClientRects()[0]!;
          const c = document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
          return Math.round(c.top - m.bottom);
        });
      await waitForValue(gap, 8, 'the card 8 px below the term');

      // A term low in the viewport gets its card above it.
      await page.press('Escape');
      await page.evaluate(() => document.getElementById('page-popover')!.hidePopover());
      await page.setViewport(1200, 600);
      await page.evaluate(() => document.querySelector('mark.lpc-term[data-term-id="hrw"]')!.scrollIntoView({ block: 'end' }));
      await hoverOpen(page, 'hrw');
      const placed = await cardBox(page);
      assert.equal(placed.side, 'above');
      assert.ok(placed.bottom <= 600, `bottom at ${placed.bottom}`);
    },
  },
  {
    name: 'at 200% zoom (a 600×450 CSS-pixel viewport) the card fits and its text stays 14px',
    async run(d) {
      const page = await openCardPage(d);
      await page.setViewport(600, 450);
      await page.evaluate(() => document.querySelector('mark.lpc-term[data-term-id="ottawa"]')!.scrollIntoView({ block: 'center' }));
      await hoverOpen(page, 'ottawa');
      const r = await cardBox(page);
      assert.ok(r.left >= 0 && r.right <= 600 && r.top >= 0 && r.bottom <= 450, JSON.stringify(r));
      assert.equal(r.font, '14px');
    },
  },
  {
    name: 'themes: light page, dark page, the setting overrides; the card fades in',
    async run(d) {
      const look = (page: Tab) =>
        page.evaluate(() => {
          const el = document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
          return { theme: el.dataset.theme, animation: getComputedStyle(el).animationName };
        });
      const light = await openCardPage(d);
      await hoverOpen(light, 'apl');
      assert.deepEqual(await look(light), { theme: 'light', animation: 'lpc-card-in' });
      await light.close();

      const dark = await openCardPage(d, '?dark');
      await hoverOpen(dark, 'apl');
      assert.equal((await look(dark)).theme, 'dark');
      await setSettings(d, { version: 1, appearance: { highlight: 'underline', theme: 'light' } });
      // The setting reaches the open page: the next card opened there is light.
      await waitFor(async () => {
        await dark.press('Escape');
        await dark.mouseMove(10, 880);
        await hoverOpen(dark, 'ottawa');
        return (await look(dark)).theme === 'light';
      }, 'a light card on the dark page');
    },
  },
];
