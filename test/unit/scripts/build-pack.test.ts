import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { jsonErrorPlace, loadPack, PackError } from '../../../scripts/build.ts';

function place(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonErrorPlace(text, error as Error);
  }
  throw new Error('expected a syntax error');
}

test('a JSON syntax error is placed at its line and column', () => {
  assert.equal(place('{\n  "a": 1,\n  "b" 2\n}'), '3:7');
  assert.equal(place('{"a": 1,'), '1:9');
  assert.equal(place(''), '1:1 (empty file)');
  assert.equal(place('{"a":\n  [1, 2'), '2:8');
});

test('a pack file with a syntax error fails the build naming file, line and column', async () => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'lpc-pack-')), 'broken.json');
  await writeFile(file, '{\n  "meta": {\n    "id": "x",\n  }\n}\n');
  await assert.rejects(loadPack(file), (error: Error) => {
    assert.ok(error instanceof PackError);
    assert.match(error.message, /broken\.json:4:3: not valid JSON/);
    return true;
  });
});
