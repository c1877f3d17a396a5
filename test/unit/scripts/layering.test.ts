import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { ROOT } from '../../../scripts/lib/paths.ts';

/** Every tracked TypeScript file under the given folders, with its import specifiers. */
function imports(...folders: string[]): { file: string; from: string }[] {
  const files = execFileSync('git', ['ls-files', ...folders], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => /\.tsx?$/.test(f));
  return files.flatMap((file) => [...readFileSync(`${ROOT}/${file}`, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => ({ file, from: m[1]! })));
}

test('the tooling owns its plumbing: scripts and unit tests never import the e2e harness', () => {
  const upward = imports('scripts', 'test').filter((i) => /(^|\/)e2e\//.test(i.from));
  assert.deepEqual(upward, []);
});

test('the extension never imports tooling or tests', () => {
  const outward = imports('src').filter((i) => /(^|\/)(scripts|e2e|test)\//.test(i.from));
  assert.deepEqual(outward, []);
});

test('topics are data: outside comments, the extension code and pages never name the landmine topic (it comes from the pack)', () => {
  const files = execFileSync('git', ['ls-files', 'src'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => /\.(tsx?|html|css)$/.test(f));
  // Comments may explain with the default pack's words; code, markup and styles may not depend on them.
  const uncommented = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const naming = files.filter((f) => /landmine/i.test(uncommented(readFileSync(`${ROOT}/${f}`, 'utf8'))));
  assert.deepEqual(naming, []);
});
