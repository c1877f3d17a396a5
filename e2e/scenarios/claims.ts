/**
 * Claim notes: a fixture article (our own words) with two known errors and two correct statements
 * of the same facts gets exactly two notes; each opens its card with a source by hover and by the
 * keyboard command; the popup lists them; turning notes off restores the page exactly.
 */
import assert from 'node:assert/strict';
import { cardClaimId, cardTermId, clickInCard, count, pointAt, stepTerm, waitFor, waitForCardClosed, waitForCount, waitForMarks, waitForText, waitForValue, type Driver, type Scenario, type Tab } from '../harness/driver.ts';

const FIXTURE = '/fixtures/claims-article.html';
const NOTES = 'lpc-claim[data-claim-id]';

async function open(d: Driver): Promise<Tab> {
  const page = await d.open(FIXTURE);
  await waitForMarks(page, 3);
  await waitFor(async () => (await count(page, NOTES)) >= 2, 'two claim notes');
  return page;
}

const setClaimNotes = (d: Driver, enabled: boolean) =>
  d.ext(async (api, on) => {
    const { settings = {} } = (await api.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
    await api.storage.sync.set({ settings: { version: 1, ...settings, claimNotes: { enabled: on, offHosts: [] } } });
  }, enabled);

const waitForClaimCard = (page: Tab, id: string) => waitForValue(() => cardClaimId(page), id, 'the claim card');

/** The open claim card: the sentence it quotes, its text and its sources. */
const claimCard = (page: Tab) =>
  page.evaluate(() => {
    const c = document.querySelector('[data-lpc-card-host]')!.shadowRoot!.querySelector('[role="dialog"]')!;
    return {
      text: c.textContent ?? '',
      said: c.querySelector('.said')?.textContent ?? '',
      href: c.querySelector('.sources li a')?.getAttribute('href') ?? '',
      dated: !!c.querySelector('.sources li time')?.checkVisibility(),
    };
  });

export const claims: Scenario[] = [
  {
    name: 'two errors get a note each, the correct statements and the text area none',
    async run(d) {
      const asked = await d.claimRequests();
      const page = await open(d);
      // Matched in the background (src/background/claim-match.ts), not by the page's fallback.
      assert.ok(asked >= 0, 'the test build counts claim requests');
      assert.ok((await d.claimRequests()) > asked, 'the background answered the page');
      const ids = await page.evaluate((sel) => [...new Set([...document.querySelectorAll(sel)].map((e) => `${e.getAttribute('data-claim-id')}@${e.closest('p')?.id}`))].sort(), NOTES);
      assert.deepEqual(ids, ['ottawa-signed-1999@p-wrong1', 'ukraine-withdrew@p-wrong2']);
      assert.equal(await count(page, '#p-right1 lpc-claim, #p-right2 lpc-claim, textarea lpc-claim'), 0);
      // The sentence runs across a link: the link's own text is not wrapped. The term in the
      // sentence stays where it was, between the note's pieces, still a term.
      assert.equal(await count(page, 'a lpc-claim'), 0);
      assert.equal(await count(page, '#p-wrong2 mark.lpc-term[data-in-claim]'), 1);
      assert.equal(await count(page, 'lpc-claim mark'), 0);
    },
  },
  {
    name: 'hover on a note opens its claim card with the sentence, the correction and a dated source',
    async run(d) {
      const page = await open(d);
      // On its first word: the middle of the note is a term ("Mine Ban Treaty"), which opens the term's card.
      await pointAt(page, '#p-wrong2 lpc-claim');
      await waitForClaimCard(page, 'ukraine-withdrew');
      const card = await claimCard(page);
      assert.ok(card.text.includes('This article says') && card.text.includes('What the sources say'), card.text);
      assert.equal(card.said, 'Ukraine quit the Mine Ban Treaty in June, and human rights groups protested.');
      assert.match(card.href, /^https:\/\//);
      assert.equal(card.dated, true);
      // The link to the entry's card.
      await clickInCard(page, 'button[data-entry-id="withdrawals"]');
      await waitForValue(() => cardTermId(page), 'withdrawals', 'the entry card');
      // A term inside the note keeps its own card. The pointer leaves first, so the closed card is
      // not reopened over the term by the note under the pointer.
      await page.press('Escape');
      await page.mouseMove(0, 0);
      await waitForCardClosed(page);
      await page.hover('#p-wrong2 mark.lpc-term[data-in-claim]');
      await waitForValue(() => cardTermId(page), 'ottawa', 'the term card');
      // The other note opens its own card too.
      await page.press('Escape');
      await page.mouseMove(5, 890);
      await waitForCardClosed(page);
      await pointAt(page, '#p-wrong1 lpc-claim');
      await waitForClaimCard(page, 'ottawa-signed-1999');
      const other = await claimCard(page);
      assert.match(other.href, /^https:\/\//);
      // The whole sentence, with the link's text between the note's pieces.
      assert.equal(other.said, 'Governments signed the Ottawa treaty in 1999, a ban the United States stayed out of.');
    },
  },
  {
    name: 'the keyboard command reaches notes as it reaches terms',
    async run(d) {
      const page = await open(d);
      const tabId = await d.tabId(page);
      const seen = new Set<string>();
      for (let i = 0; i < 12; i++) {
        await stepTerm(d, tabId, 1);
        const id = await cardClaimId(page);
        if (id) seen.add(id);
      }
      assert.deepEqual([...seen].sort(), ['ottawa-signed-1999', 'ukraine-withdrew']);
    },
  },
  {
    name: 'the popup lists the notes; a click opens the card; turning notes off restores the page exactly',
    async run(d) {
      const page = await d.open(FIXTURE);
      // The article as served (the app may already have marked the live page).
      const pristine = await page.evaluate(async () => new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').getElementById('story')!.innerHTML);
      await waitForMarks(page, 3);
      await waitFor(async () => (await count(page, 'lpc-claim')) >= 2, 'two claim notes');
      const pieces = await count(page, NOTES);
      const popup = await d.openPopup(page);
      await waitForText(popup, '[data-testid="claims"] h3', /^Claims to check on this page \(2\)$/);
      assert.equal(await count(popup, '[data-testid="claims"] li'), 2);
      await popup.click('[data-testid="claims"] li button');
      await waitForClaimCard(page, 'ottawa-signed-1999');
      await setClaimNotes(d, false);
      await waitForCount(page, NOTES, 0);
      assert.ok((await count(page, 'mark.lpc-term')) > 0);
      await setClaimNotes(d, true);
      await waitForCount(page, NOTES, pieces);
      // Removing everything (site off) gives back the page as it was served.
      await d.ext(async (api) => {
        const { settings = {} } = (await api.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
        await api.storage.sync.set({ settings: { version: 1, ...settings, defaultMode: 'off' } });
      });
      await waitForCount(page, 'mark.lpc-term, lpc-claim', 0);
      assert.equal(await page.evaluate(() => document.getElementById('story')!.innerHTML), pristine);
    },
  },
];
