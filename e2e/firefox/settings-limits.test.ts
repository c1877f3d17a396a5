/**
 * Firefox: an import nested 5,000 levels deep gets a short message (review finding F14: it used
 * to throw "too much recursion" and show nothing); unknown keys are refused (F6).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { chooseImportFile as chooseFile, useFirefox } from '../harness/firefox.ts';

const env = useFirefox();

async function messageContaining(options: Page, text: string): Promise<string> {
  const handle = await options.waitForFunction(
    (t: string) => {
      const m = document.querySelector('[data-testid="import-message"]')?.textContent ?? '';
      return m.includes(t) ? m : null;
    },
    { timeout: 5_000 },
    text,
  );
  return (await handle.jsonValue()) as string;
}

test('Firefox: a file nested 5,000 levels deep, or with unknown keys, is refused with a short message', async () => {
  const options = await env.ff.openExtensionPage('options/options.html');
  await options.waitForSelector('[data-testid="import"]');
  await chooseFile(options, 'deep.json', `{"version":1,"defaultMode":${'['.repeat(5_000)}${']'.repeat(5_000)}}`);
  const deep = await messageContaining(options, '“deep.json” was not imported');
  assert.ok(deep.length < 400, deep.slice(0, 400));
  assert.match(deep, /a list of 1 items/);
  await chooseFile(options, 'typo.json', JSON.stringify({ version: 1, sitez: [] }));
  await messageContaining(options, '"sitez" is not a setting this extension knows');
  await options.close();
});
