/**
 * The test seams on the background's global (lpcRunCommand, the keyboard commands' handler;
 * lpcClaimRequests, the claim requests it answered) are in the test build only: the release
 * bundles never carry them, and the build's check says so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST } from '../../../scripts/lib/paths.ts';
import { inspectableBuild } from '../../../scripts/lib/inspectable-build.ts';
import { scanBundle } from '../../../scripts/check-security.ts';

const SEAMS = ['lpcRunCommand', 'lpcClaimRequests'];

test('the seams are in the test build of the background, never in dist/', async () => {
  for (const target of ['chrome', 'firefox'] as const) {
    const shipped = await readFile(path.join(DIST, target, 'background.js'), 'utf8').catch(() => assert.fail(`no ${target} build: run \`npm run build\``));
    for (const seam of SEAMS) assert.ok(!shipped.includes(seam), `dist/${target}/background.js has the test seam ${seam}`);
    const build = await inspectableBuild(target);
    try {
      const tested = await readFile(path.join(build.dir, 'background.js'), 'utf8');
      for (const seam of SEAMS) assert.ok(tested.includes(seam), `the ${target} test build lacks the seam ${seam}`);
    } finally {
      await build.remove();
    }
  }
});

test('the build check fails a bundle that carries a seam', () => {
  for (const seam of SEAMS) assert.deepEqual(scanBundle('background.js', `globalThis.${seam}=s;`).map((p) => p.rule.split(' (')[0]), ['a test seam in a release bundle']);
});
