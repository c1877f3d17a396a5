import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { foundAs, LANGUAGE_NAMES } from '../../../src/shared/pack/found-as.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';

const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
const entry = (id: string) => pack.entries.find((e) => e.id === id)!;

test('an inflected foreign form is reported as found, with its language', () => {
  assert.deepEqual(foundAs(entry('apl'), 'Antipersonenminen'), { text: 'Antipersonenminen', language: 'German', lang: 'de' });
  assert.deepEqual(foundAs(entry('ottawa'), 'Оттавської  конвенції'), { text: 'Оттавської конвенції', language: 'Ukrainian', lang: 'uk' });
  assert.deepEqual(foundAs(entry('ottawa'), 'オタワ条約'), { text: 'オタワ条約', language: 'Japanese', lang: 'ja' });
});

test('English names are not reported; a form shared by languages names them all', () => {
  assert.equal(foundAs(entry('landmine'), 'landmines'), undefined);
  assert.equal(foundAs(entry('ottawa'), 'Ottawa Convention'), undefined);
  assert.match(foundAs(entry('landmine'), 'landminor')?.language ?? '', /^Swedish, .* or /);
});

test('every language of the pack has an English name', () => {
  const codes = new Set(pack.entries.flatMap((e) => e.aliases.flatMap((a) => (a.lang ?? '').split(',').filter(Boolean))));
  for (const c of codes) assert.ok(LANGUAGE_NAMES[c], c);
});
