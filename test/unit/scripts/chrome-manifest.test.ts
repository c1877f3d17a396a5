import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestFor } from '../../../scripts/build.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { checkChromeManifest } from '../../../scripts/lib/chrome-manifest-check.ts';

/** The package's files as the check sees them: the icons for real, the bundles as placeholders. */
function files(manifest: Record<string, any>): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const f of Object.values<string>(manifest.icons)) out[f] = readFileSync(path.join(ROOT, 'assets', f));
  for (const f of [manifest.background.service_worker, 'content/boot.js', 'popup/popup.html', 'options/options.html']) out[f] = new Uint8Array([1]);
  return out;
}

test('the Chrome manifest we build passes the store checks', async () => {
  const manifest = await manifestFor('chrome');
  assert.deepEqual(checkChromeManifest(manifest, files(manifest)), []);
});

test('the store checks catch Firefox keys, long texts, wrong icons and unplanned permissions', async () => {
  const firefox = await manifestFor('firefox');
  const problems = checkChromeManifest({ ...firefox, short_name: 'Landmine Context', description: 'x'.repeat(133), permissions: ['storage', 'tabs'] }, files({ ...firefox, background: { service_worker: 'background.js' } }));
  const text = problems.join('\n');
  assert.match(text, /unrecognized manifest key for Chrome: browser_specific_settings/);
  assert.match(text, /background\.scripts is Firefox-only/);
  assert.match(text, /short_name "Landmine Context" is over 12/);
  assert.match(text, /description: required, at most 132 characters \(is 133\)/);
  assert.match(text, /permission "tabs"/);
  const wrongIcon = checkChromeManifest({ ...firefox, icons: { 48: 'icons/icon-16.png' } }, files(firefox));
  assert.ok(wrongIcon.some((p) => /icon icons\/icon-16\.png is 16×16, declared 48/.test(p)), wrongIcon.join('\n'));
});
