/**
 * The pseudo-locale test of e2e/chromium/pseudo-locale.spec.ts in Firefox: no plain English may be
 * left in the popup, the options page or the cards, and no box may clip the longer text (Firefox
 * lays out and wraps text differently, so a box can fit in Chromium and clip here).
 *
 * Firefox chooses an add-on's locale from its own UI language, and a headless Firefox without
 * language packs cannot be switched to another one (`intl.locale.requested` falls back to en-US).
 * So, as in Chromium, the add-on's English messages are replaced by the pseudo-locale: the
 * locale-independent part, every lookup and every layout, is what this tests. It installs that
 * build as a temporary add-on over the session's own (same add-on id, so the same pinned origin).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Locator, Page as PlaywrightPage } from '@playwright/test';
import { tabIdFor, useFirefox } from '../harness/firefox.ts';
import { localeBuild, type TestBuild } from '../../scripts/lib/inspectable-build.ts';
import { pseudoMessages } from '../../scripts/lib/messages.ts';
import { englishLeft, seenInShadow, seenOnPage, type Seen } from '../harness/pseudo-check.ts';

const env = useFirefox();
let build: TestBuild | undefined;

/** Called by each test: node:test may start this file's hooks before useFirefox's have launched Firefox. */
async function pseudoInstalled(): Promise<void> {
  if (build) return;
  build = await localeBuild(pseudoMessages, 'firefox');
  await env.ff.browser.installExtension(build.dir);
}
after(() => build?.remove());

/**
 * The collectors only call `evaluate`, which puppeteer's page and element handle have too. They
 * send the collector as source text, and tsx (unlike Playwright's loader) names functions with an
 * `__name` helper the page does not have: it is given a do-nothing one.
 */
const withName = (source: string) => `((__name) => ${source})((f) => f)`;
const onPage = (page: Page) => seenOnPage({ evaluate: (source: string) => page.evaluate(withName(source)) } as unknown as PlaywrightPage);
const inShadow = (host: ElementHandle) => seenInShadow({ evaluate: (fn: never, source: string) => host.evaluate(fn, withName(source)) } as unknown as Locator);

async function waitFor(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function assertPseudo(seen: Seen, hosts: string[], pageText = ''): void {
  assert.ok(seen.texts.length > 5, `only ${seen.texts.length} texts seen`);
  assert.deepEqual(englishLeft(seen.texts, hosts, pageText), []);
  assert.deepEqual(seen.overflows, []);
}

const count = (page: Page, sel: string) => page.evaluate((s: string) => document.querySelectorAll(s).length, sel);

test('Firefox, pseudo-locale: popup and options page look every text up, none overflows', async () => {
  await pseudoInstalled();
  const hosts = [new URL(env.server.origin).host, new URL(env.server.origin).hostname];
  const page = await env.ff.newPage();
  const url = `${env.server.origin}/fixtures/settings-article.html`;
  await page.goto(url);
  await waitFor(async () => (await count(page, 'mark.lpc-term[data-term-id]')) >= 5, 'highlights');

  const options = await env.ff.openExtensionPage('options/options.html');
  const popup = await env.ff.openExtensionPage(`popup/popup.html?tabId=${await tabIdFor(options, url)}`);
  await popup.waitForSelector('[data-testid="terms"] li', { timeout: 10_000 });
  assert.match(await popup.$eval('h1', (h) => h.textContent ?? ''), /^\[.+~\]$/);
  assertPseudo(await onPage(popup), hosts);

  await options.waitForSelector('[data-testid="sources"]', { timeout: 10_000 });
  // A rule, so the rule table and its labels are on the page too.
  await options.type('input[name="host"]', 'news.example.com');
  await options.click('form.add-rule button[type="submit"]');
  await waitFor(async () => (await count(options, '[data-testid="rules"] tr[data-host]')) === 1, 'the new rule');
  assertPseudo(await onPage(options), [...hosts, 'news.example.com']);
  for (const p of [popup, options, page]) await p.close();
});

test('Firefox, pseudo-locale: the term card and the claim card look every text up, none overflows', async () => {
  await pseudoInstalled();
  const page = await env.ff.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const dialog = (attr: string) => page.evaluate((a: string) => document.querySelector('[data-lpc-card-host]')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute(a) ?? '', attr);
  await page.goto(`${env.server.origin}/fixtures/card-page.html`);
  await waitFor(async () => (await count(page, 'mark.lpc-term[data-term-id]')) >= 8, 'highlights');
  await page.hover('mark.lpc-term[data-term-id="apl"]');
  await waitFor(async () => (await dialog('data-term-id')) === 'apl', 'the apl card');
  assertPseudo(await inShadow((await page.$('[data-lpc-card-host]'))!), []);

  await page.goto(`${env.server.origin}/fixtures/claims-article.html`);
  await waitFor(async () => (await count(page, 'lpc-claim[data-claim-id]')) >= 2, 'claim notes');
  const [x, y] = await page.$eval('#p-wrong2 lpc-claim', (n) => {
    const r = n.getClientRects()[0]!;
    return [r.x + 12, r.y + r.height / 2];
  });
  await page.mouse.move(x!, y!);
  await waitFor(async () => /\S/.test(await dialog('data-claim-card')), 'the claim card');
  const pageText = await page.$eval('article, body', (el) => (el as HTMLElement).innerText);
  assertPseudo(await inShadow((await page.$('[data-lpc-card-host]'))!), [], pageText);
  await page.close();
});
