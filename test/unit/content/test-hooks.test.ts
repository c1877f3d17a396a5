/**
 * The test seam on the background's global (lpcRunCommand, the keyboard commands' handler) is in
 * the test build only: the release bundles never carry it, and the build's check says so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST } from '../../../scripts/lib/paths.ts';
import { inspectableBuild } from '../../../scripts/lib/inspectable-build.ts';
import { scanBundle } from '../../../scripts/check-security.ts';

test('lpcRunCommand is in the test build of the background, never in dist/', async () => {
  for (const target of ['chrome', 'firefox'] as const) {
    const shipped = await readFile(path.join(DIST, target, 'background.js'), 'utf8').catch(() => assert.fail(`no ${target} build: run \`npm run build\``));
    assert.ok(!shipped.includes('lpcRunCommand'), `dist/${target}/background.js has the test seam`);
    const build = await inspectableBuild(target);
    try {
      assert.ok((await readFile(path.join(build.dir, 'background.js'), 'utf8')).includes('lpcRunCommand'), `the ${target} test build lacks the seam`);
    } finally {
      await build.remove();
    }
  }
});

test('the build check fails a bundle that carries the seam', () => {
  assert.deepEqual(scanBundle('background.js', 'globalThis.lpcRunCommand=s;').map((p) => p.rule.split(' (')[0]), ['a test seam in a release bundle']);
});
