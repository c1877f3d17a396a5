/** The options page's rule table, the popup where nothing can run, and settings at the rule limit (review finding F5, F12). */
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type Settings, type SiteRule } from '../../src/shared/settings/schema.ts';
import { count, extOn, MSG, setSettings, storedSettings, waitFor, waitForText, waitForValue, type Driver, type Scenario, type Tab } from '../harness/driver.ts';
import { ARTICLE } from './popup.ts';

const base = (sites: SiteRule[]): Settings => ({ ...DEFAULT_SETTINGS, sites });
const rules = (n: number, host: (i: number) => string): SiteRule[] => Array.from({ length: n }, (_, i) => ({ host: host(i), includeSubdomains: true, mode: 'off' }));

/** Types into the add-rule form's host field, replacing what is there. */
async function typeHost(options: Tab, host: string): Promise<void> {
  await options.focus('form.add-rule input[name="host"]');
  await options.press('ControlOrMeta+A');
  await options.type(host);
}

async function openOptions(d: Driver): Promise<Tab> {
  const options = await d.openOptions();
  await waitFor(() => options.evaluate(() => !!document.querySelector('form.add-rule')), 'the options page');
  return options;
}

export const optionsPage: Scenario[] = [
  {
    name: 'options: rules can be added, edited and removed; corrupt stored data is reported and its valid parts kept',
    async run(d) {
      await setSettings(d, { version: 1, defaultMode: 'loud', occurrences: 'first', sites: [{ host: 'keep.example', mode: 'always' }, { host: 'bad host', mode: 'off' }] });
      const options = await openOptions(d);
      await waitForText(options, '[data-testid="stored-problems"]', 'defaultMode: "loud"');
      await waitForText(options, '[data-testid="stored-problems"]', 'sites[1].host');
      assert.equal(await options.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="choice-occurrences"] input[value="first"]')!.checked), true);
      assert.equal(await options.evaluate(() => document.querySelector<HTMLSelectElement>('tr[data-host="keep.example"] select')!.value), 'always');

      await typeHost(options, 'not a host!');
      await options.click('form.add-rule button[type="submit"]');
      await waitForText(options, '[data-testid="rule-message"]', 'is not a host name');

      await typeHost(options, 'https://News.Example.org/world/story');
      await options.click('form.add-rule input[name="subdomains"]');
      assert.equal(await options.evaluate(() => document.querySelector<HTMLInputElement>('form.add-rule input[name="subdomains"]')!.checked), false);
      await options.click('form.add-rule button[type="submit"]');
      await waitForText(options, '[data-testid="rule-message"]', 'Added the rule for news.example.org only, not its subdomains: Off');
      await waitForValue(() => count(options, '[data-testid="stored-problems"]'), 0, 'no stored problems');
      await options.select('tr[data-host="keep.example"] select', 'off');
      await options.click('button[aria-label="Remove the rule for news.example.org only, not its subdomains"]');
      await waitForValue(() => storedSettings(d), { ...DEFAULT_SETTINGS, occurrences: 'first', sites: [{ host: 'keep.example', includeSubdomains: true, mode: 'off' }] } as Settings, 'the stored rules');
    },
  },
  {
    name: 'the popup says plainly when a page cannot be scripted',
    async run(d) {
      const blank = await d.open('about:blank');
      const popup = await d.openPopup(blank);
      await waitForText(popup, '[data-testid="detection"]', /^Can’t run on this page$/);
      await waitForText(popup, '[data-testid="unscriptable"]', 'browser page');
      const summaryShown = () => popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid="summary"]')!.checkVisibility());
      assert.equal(await summaryShown(), false);
      await popup.click('[data-testid="summary-box"] > summary');
      await waitForText(popup, '[data-testid="summary"]', 'What the December 2025 memo changes');
      assert.equal(await summaryShown(), true);
      const radios = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="site-switch"] input[type="radio"]')].map((r) => r.matches(':disabled')));
      assert.ok(radios.length > 0 && radios.every(Boolean), JSON.stringify(radios));
    },
  },
  {
    name: 'the popup at the rule limit says so and keeps showing the stored mode; two shortcut toggles at once both land',
    async run(d) {
      await setSettings(d, base(rules(100, (i) => `r${i}.example`)));
      const page = await d.open(ARTICLE);
      const popup = await d.openPopup(page);
      await waitFor(() => popup.evaluate(() => !!document.querySelector('#site-mode-on:checked')), 'the stored mode');
      // The radio springs back to the stored mode.
      await popup.click('#site-mode-off');
      await waitForText(popup, '[data-testid="site-error"]', 'at most 100');
      assert.equal(await popup.evaluate(() => document.querySelector<HTMLInputElement>('#site-mode-on')!.checked), true);
      assert.equal((await storedSettings(d))?.sites.length, 100);
      // The shortcut, which has no page of its own, says so in the toolbar button's tooltip (and a "!"
      // on its badge until the next count; not asserted, as the page's own count may follow at once).
      const tabId = await d.tabId(page);
      await d.runCommand('toggle-site', page);
      assert.match(await d.ext((api, id) => api.action.getTitle({ tabId: id }), tabId), /at most 100/);
      assert.equal((await storedSettings(d))?.sites.length, 100);

      // Two tabs on two hosts, toggled in the same moment: neither change is lost.
      await setSettings(d, base([]));
      const other = await d.open(`${d.server.origin.replace('127.0.0.1', 'localhost')}${ARTICLE}`);
      await d.runCommand('toggle-site', [page, other]);
      assert.deepEqual((await storedSettings(d))?.sites.map((r) => r.host).sort(), ['127.0.0.1', 'localhost']);

      // The popup and the options page change different things in the same moment: both land.
      const options = await d.openOptions();
      const change = (p: Tab, c: unknown) => extOn(p, (api, m) => api.runtime.sendMessage({ type: m.type, payload: { change: m.c } }), { type: MSG.updateSettings, c });
      await Promise.all([
        change(popup, { kind: 'site-mode', host: 'popup.example', mode: 'always', includeSubdomains: true }),
        change(options, { kind: 'set', patch: { appearance: { theme: 'dark' } } }),
      ]);
      const after = await storedSettings(d);
      assert.ok(after?.sites.some((r) => r.host === 'popup.example'), JSON.stringify(after?.sites));
      assert.equal(after?.appearance.theme, 'dark');
    },
  },
];
