/**
 * The context card, driven as a reader would: mouse hover, the keyboard command (the message the
 * browser sends after mapping the shortcut), and what the card says against the pack it is built from.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_PACK } from '../../scripts/lib/paths.ts';
import type { TopicPack } from '../../src/shared/pack/types.ts';
import { cardTermId, clickInCard, count, hoverOpen, hoverTerm, sleep, stepTerm, waitForCard, waitForCardClosed, waitForMarks, waitForValue, type Scenario, type Tab } from '../harness/driver.ts';

const pack = JSON.parse(readFileSync(DEFAULT_PACK, 'utf8')) as TopicPack;
const entry = (id: string) => pack.entries.find((e) => e.id === id)!;
const source = (id: string) => pack.sources.find((s) => s.id === id)!;

export async function openCardPage(d: Parameters<Scenario['run']>[0], query = ''): Promise<Tab> {
  const page = await d.open(`/fixtures/card-page.html${query}`);
  await waitForMarks(page, 8);
  return page;
}

const markActive = (page: Tab, id: string) => page.evaluate((i) => document.querySelector(`mark.lpc-term[data-term-id="${i}"]`)!.classList.contains('lpc-active'), id);

/** Where focus is, looking into our shadow root: "host:<class or tag>" or "page:<id or tag>". */
const focusInfo = (page: Tab) =>
  page.evaluate(() => {
    const a = document.activeElement;
    const inner = a?.shadowRoot?.activeElement;
    if (a?.hasAttribute('data-lpc-card-host')) return `host:${inner ? inner.className || inner.tagName.toLowerCase() : 'none'}`;
    return `page:${a?.id || a?.tagName.toLowerCase()}`;
  });

/** The open card's box, its name (from aria-labelledby) and its first link's rel. */
const cardFacts = (page: Tab) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-lpc-card-host]')!.shadowRoot!;
    const dialog = root.querySelector('[role="dialog"]')!;
    const r = dialog.getBoundingClientRect();
    return {
      title: root.querySelector('h2')?.textContent ?? '',
      name: root.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
      rel: root.querySelector('a[target="_blank"]')?.getAttribute('rel') ?? null,
      x: r.left + r.width / 2,
      y: r.top + 40,
      width: r.width,
    };
  });

/** The open card's statements by stance, misstatements and sources. */
const statementsCard = (page: Tab) =>
  page.evaluate(() => {
    const c = document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector('[role="dialog"]')!;
    return {
      stances: [...c.querySelectorAll('.stance')].map((g) => ({
        className: g.className,
        items: [...g.querySelectorAll('li')].map((li) => ({
          quote: li.querySelector('blockquote')?.textContent ?? '',
          attribution: li.querySelector('.attribution')?.textContent ?? '',
          date: li.querySelector('.attribution time')?.getAttribute('datetime') ?? null,
        })),
      })),
      misstated: c.querySelectorAll('.misstated li').length,
      misstatedText: c.querySelector('.misstated')?.textContent ?? '',
      sources: [...c.querySelectorAll('.sources li')].map((li) => {
        const a = li.querySelector('a')!;
        return { text: li.textContent ?? '', href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') };
      }),
    };
  });

export const popover: Scenario[] = [
  {
    name: 'hover opens the right card, the pointer in the card keeps it, leaving and Escape close it',
    async run(d) {
      const page = await openCardPage(d);
      await hoverOpen(page, 'apl');
      const card = await cardFacts(page);
      assert.equal(card.title, entry('apl').label);
      assert.equal(card.name, entry('apl').label);
      assert.equal(card.rel, 'noopener noreferrer');
      assert.ok(card.width <= 360, `${card.width} px wide`);
      assert.equal(await markActive(page, 'apl'), true);
      // Into the card: it stays open well past the grace period.
      await page.mouseMove(card.x, card.y, 6);
      await sleep(1000);
      assert.equal(await cardTermId(page), 'apl', 'the card stays open while the pointer is in it');
      // Out of both: it closes.
      await page.mouseMove(20, 880, 4);
      await waitForCardClosed(page);
      assert.equal(await markActive(page, 'apl'), false);
      await hoverOpen(page, 'ottawa');
      await page.press('Escape');
      await waitForCardClosed(page);
    },
  },
  {
    name: 'Escape closes the card; a quick pass over one term then another shows only the last',
    async run(d) {
      const page = await openCardPage(d);
      await hoverOpen(page, 'apl');
      await page.press('Escape');
      await waitForCardClosed(page);
      // Two terms on one line: a card opened for the first (a slow machine can pass its dwell before
      // the pointer moves on) is placed above or below the line, so it never covers the second.
      await page.mouseMove(10, 880);
      await hoverTerm(page, 'memo');
      await hoverTerm(page, 'apl');
      await waitForCard(page, 'apl');
      await sleep(600);
      assert.equal(await cardTermId(page), 'apl');
    },
  },
  {
    name: 'keyboard: the step command opens a term with focus in the card; Tab stays inside; Escape returns focus',
    async run(d) {
      const page = await openCardPage(d);
      const tabId = await d.tabId(page);
      await page.focus('#before-link');
      assert.equal(await focusInfo(page), 'page:before-link');
      const order = await page.evaluate(() => [...document.querySelectorAll('mark.lpc-term')].map((e) => e.getAttribute('data-term-id')!));

      await stepTerm(d, tabId, 1);
      await waitForCard(page, order[0]!);
      await waitForValue(() => focusInfo(page), 'host:body', 'focus in the card');
      // Tab moves through the card's links and buttons and wraps around inside it.
      await page.press('Tab');
      assert.equal(await focusInfo(page), 'host:a');
      const stops = await page.evaluate(() => document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelectorAll('[role="dialog"] :is(a[href], button, [tabindex="0"])').length);
      for (let i = 0; i < stops; i++) await page.press('Tab');
      assert.match(await focusInfo(page), /^host:/);
      await page.press('Shift+Tab');
      assert.match(await focusInfo(page), /^host:/);

      // The next command moves on to the next term and keeps focus in the card.
      await stepTerm(d, tabId, 1);
      await waitForCard(page, order[1]!);
      await waitForValue(() => focusInfo(page), 'host:body', 'focus in the next card');
      await stepTerm(d, tabId, -1);
      await waitForCard(page, order[0]!);

      await page.press('Escape');
      await waitForCardClosed(page);
      assert.equal(await focusInfo(page), 'page:before-link');
      // Nothing of ours joined the page's tab order.
      assert.equal(await count(page, 'mark[tabindex], [data-lpc-card-host][tabindex]'), 0);
    },
  },
  {
    name: 'content: facts with dates and values, disputed marked, statements by stance, misstatements, sources',
    async run(d) {
      const page = await openCardPage(d);
      await hoverOpen(page, 'gator');
      const facts = await page.evaluate(() =>
        [...document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelectorAll('.facts > li')].map((li) => ({
          text: li.textContent ?? '',
          asOf: li.querySelector('time')?.getAttribute('datetime') ?? null,
          value: li.querySelector('.value')?.textContent ?? null,
          badges: li.querySelectorAll('.badge').length,
        })),
      );
      const gator = entry('gator');
      assert.equal(facts.length, gator.facts.length);
      for (const [i, f] of gator.facts.entries()) {
        assert.ok(facts[i]!.text.includes(f.text), f.text);
        assert.equal(facts[i]!.asOf, f.asOf);
        if (f.value) assert.equal(facts[i]!.value, f.value);
        assert.equal(facts[i]!.badges, f.disputed ? 1 : 0);
      }
      await page.press('Escape');

      await hoverOpen(page, 'memo');
      const memo = entry('memo');
      const card = await statementsCard(page);
      const order = ['official', 'critic', 'supporter', 'observer'].filter((s) => memo.statements.some((x) => x.stance === s));
      assert.equal(card.stances.length, order.length);
      for (const [i, stance] of order.entries()) {
        const group = card.stances[i]!;
        assert.match(group.className, new RegExp(`stance-${stance}`));
        const said = memo.statements.filter((s) => s.stance === stance);
        assert.equal(group.items.length, said.length);
        for (const [j, s] of said.entries()) {
          const item = group.items[j]!;
          assert.equal(item.quote, s.quote);
          for (const part of [s.speaker, s.role, source(s.source).publisher]) assert.ok(item.attribution.includes(part), `${part} in ${item.attribution}`);
          assert.equal(item.date, s.date);
        }
      }
      assert.equal(card.misstated, memo.misstatements.length);
      assert.ok(card.misstatedText.includes(memo.misstatements[0]!.correction));
      assert.ok(card.sources.length > 0);
      for (const link of card.sources) {
        assert.equal(link.target, '_blank');
        assert.equal(link.rel, 'noopener noreferrer');
        const s = pack.sources.find((x) => x.url === link.href);
        assert.ok(s, `source for ${link.href}`);
        assert.ok(link.text.includes(s.publisher) && link.text.includes(s.title), link.text);
      }
    },
  },
  {
    name: 'related terms on the page open from the card; long content scrolls inside it',
    async run(d) {
      const page = await openCardPage(d);
      await hoverOpen(page, 'ottawa');
      const onPage = new Set(await page.evaluate(() => [...document.querySelectorAll('mark.lpc-term')].map((e) => e.getAttribute('data-term-id'))));
      const expected = entry('ottawa').related.filter((id) => onPage.has(id));
      assert.ok(expected.length > 0);
      // Ottawa's card is longer than the viewport allows: its body scrolls, the card stays inside.
      const m = await page.evaluate(() => {
        const el = document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector('[role="dialog"]')!;
        const body = el.querySelector('.body')!;
        const r = el.getBoundingClientRect();
        return { chips: el.querySelectorAll('.related button').length, scrolls: body.scrollHeight > body.clientHeight, top: r.top, bottom: r.bottom, vh: innerHeight };
      });
      assert.equal(m.chips, expected.length);
      assert.equal(m.scrolls, true);
      assert.ok(m.top >= 0 && m.bottom <= m.vh, JSON.stringify(m));
      const target = await page.evaluate(() => [...document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelectorAll('.related button')].at(-1)!.getAttribute('data-related-id')!);
      // A real click on the last chip, scrolled into the card's view first.
      await clickInCard(page, `.related button[data-related-id="${target}"]`);
      await waitForCard(page, target);
      assert.equal(await markActive(page, target), true);
    },
  },
];
