/** A rule edited in place on the options page by keyboard: host, scope, mode; bad or duplicate hosts save nothing; open tabs follow. */
import assert from 'node:assert/strict';
import type { SiteRule } from '../../src/shared/settings/schema.ts';
import { attribute, count, markCount, setSettings, storedSettings, waitFor, waitForMarks, waitForText, waitForValue, type Driver, type Scenario, type Tab } from '../harness/driver.ts';
import { ARTICLE } from './popup.ts';

const SEEDED: SiteRule[] = [
  { host: 'other.example', includeSubdomains: true, mode: 'off' },
  { host: 'keep.example', includeSubdomains: true, mode: 'always' },
  { host: 'keep.example', includeSubdomains: false, mode: 'on' },
];
const PROBLEM = '[data-testid="rule-problem"]';
export const OTHER_HOST = 'input[aria-label="Site of the rule for other.example and its subdomains"]';

/** The seeded rules, the article open (highlighted) and the options page. */
export async function seeded(d: Driver): Promise<{ page: Tab; options: Tab; before: number }> {
  await setSettings(d, { version: 1, sites: SEEDED });
  const page = await d.open(ARTICLE);
  await waitForMarks(page, 5);
  const options = await d.openOptions();
  await waitFor(async () => (await count(options, OTHER_HOST)) === 1, 'the rule table');
  return { page, options, before: await markCount(page) };
}

/** Replaces the text of `field` by typing, then presses `key`, as a reader would. */
export async function retype(options: Tab, field: string, value: string, key: 'Enter' | 'Tab'): Promise<void> {
  await options.focus(field);
  await options.press('ControlOrMeta+A');
  await options.type(value);
  await options.press(key);
}

const sites = async (d: Driver) => (await storedSettings(d))?.sites;
const focusedLabel = (tab: Tab) => tab.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

export const ruleEdit: Scenario[] = [
  {
    name: 'options: a bad or duplicate host typed into a rule saves nothing, says why, and Esc goes back',
    async run(d) {
      const { page, options, before } = await seeded(d);
      // Not a host: the row names the problem, the field is marked invalid, nothing is stored.
      await retype(options, OTHER_HOST, 'not a host!', 'Enter');
      await waitForText(options, PROBLEM, /^“not a host!” is not a host name: it has a space in it\. Nothing was saved; correct the site, or press Esc to go back to other\.example\.$/);
      assert.equal(await attribute(options, OTHER_HOST, 'aria-invalid'), 'true');
      assert.equal(await attribute(options, OTHER_HOST, 'aria-describedby'), await attribute(options, PROBLEM, 'id'));
      // (An underscore is fine: browsers use such hosts, review finding F7.)
      await retype(options, OTHER_HOST, 'news$desk.example', 'Enter');
      await waitForText(options, PROBLEM, '“$” cannot be part of one');
      // A host that another rule with the same scope already has.
      await retype(options, OTHER_HOST, 'https://KEEP.example/world', 'Enter');
      await waitForText(options, PROBLEM, 'There is already a rule for keep.example and its subdomains; change or remove that one instead.');
      assert.deepEqual(await sites(d), SEEDED);
      assert.equal(await markCount(page), before);
      // Esc goes back to the saved host.
      await options.press('Escape');
      await waitForValue(() => options.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)!.value, OTHER_HOST), 'other.example', 'the saved host');
      await waitForValue(() => count(options, PROBLEM), 0, 'no problem shown');
      assert.notEqual(await attribute(options, OTHER_HOST, 'aria-invalid'), 'true');
    },
  },
  {
    name: 'options: a rule is edited in place by keyboard (host, scope, mode); a duplicate scope is refused; open tabs follow',
    async run(d) {
      const { page, options, before } = await seeded(d);
      // A pasted address becomes its host; Tab saves and moves on to the same rule's checkbox.
      await retype(options, OTHER_HOST, `${d.server.origin}${ARTICLE}`, 'Tab');
      await waitForText(options, '[data-testid="rule-message"]', /^Changed the rule for other\.example to 127\.0\.0\.1 and its subdomains: Off\.$/);
      await waitForValue(() => sites(d), [{ host: '127.0.0.1', includeSubdomains: true, mode: 'off' }, SEEDED[1]!, SEEDED[2]!], 'the stored rules');
      await waitForValue(() => markCount(page), 0, 'no marks');
      assert.equal(await focusedLabel(options), 'Rule for 127.0.0.1 also covers its subdomains');
      await options.press('Space');
      await waitForValue(() => sites(d), [{ host: '127.0.0.1', includeSubdomains: false, mode: 'off' }, SEEDED[1]!, SEEDED[2]!], 'the stored rules');
      assert.equal(await markCount(page), 0);

      // Mode, then the host again: the open tab follows each change without reload.
      await options.select('tr[data-host="127.0.0.1"] select', 'always');
      await waitForMarks(page, before);
      await options.select('tr[data-host="127.0.0.1"] select', 'off');
      await waitForValue(() => markCount(page), 0, 'no marks');
      await retype(options, 'input[aria-label="Site of the rule for 127.0.0.1 only, not its subdomains"]', 'elsewhere.example', 'Enter');
      await waitForMarks(page, before);
      await waitForValue(() => sites(d), [{ host: 'elsewhere.example', includeSubdomains: false, mode: 'off' }, SEEDED[1]!, SEEDED[2]!], 'the stored rules');

      // Ticking "subdomains" on the second keep.example rule would make it the same as the first: refused, box unticked.
      await options.evaluate(() => document.querySelectorAll<HTMLInputElement>('input[aria-label="Rule for keep.example also covers its subdomains"]')[1]!.focus());
      await options.press('Space');
      await waitForText(options, PROBLEM, 'There is already a rule for keep.example and its subdomains');
      assert.equal(await options.evaluate(() => document.querySelectorAll<HTMLInputElement>('input[aria-label="Rule for keep.example also covers its subdomains"]')[1]!.checked), false);
      assert.deepEqual((await sites(d))?.[2], SEEDED[2]);
    },
  },
];
