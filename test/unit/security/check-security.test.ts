import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assertSecure, scanBundle, scanPack, scanSource, SecurityError } from '../../../scripts/check-security.ts';
import { build, PackError } from '../../../scripts/build.ts';
import { fixturePack } from '../pack/fixture.ts';

const rules = (code: string) => scanBundle('x.js', code).map((p) => p.rule);

test('dynamic code in a bundle is found', () => {
  assert.deepEqual(rules('var a=1;eval("a+1")'), ['eval(…)']);
  assert.deepEqual(rules('x=window.eval (s)'), []); // a property call is not the global eval
  assert.deepEqual(rules('const f=new Function("a","return a")'), ['new Function(…)']);
  assert.deepEqual(rules('setTimeout("alert(1)",10)'), ['setTimeout/setInterval with a string']);
  assert.deepEqual(rules('setTimeout(()=>1,10)'), []);
});

test('HTML from strings in a bundle is found, reading it is not', () => {
  assert.deepEqual(rules('el.innerHTML=data'), ['innerHTML/outerHTML assignment']);
  assert.deepEqual(rules('el.innerHTML += data'), ['innerHTML/outerHTML assignment']);
  assert.deepEqual(rules('n.outerHTML=s'), ['innerHTML/outerHTML assignment']);
  assert.deepEqual(rules('el.insertAdjacentHTML("beforeend",s)'), ['insertAdjacentHTML']);
  assert.deepEqual(rules('document.write(s)'), ['document.write']);
  assert.deepEqual(rules('if(el.innerHTML==""){} const t=el.innerHTML'), []);
});

test('dangerouslySetInnerHTML in our sources is found', () => {
  assert.equal(scanSource('a.tsx', '<div dangerouslySetInnerHTML={{ __html: x }} />').length, 1);
  assert.equal(scanSource('a.tsx', '<div>{x}</div>').length, 0);
});

test('http: links anywhere in the pack are found with where they are; https and prose are fine', () => {
  const pack = fixturePack() as unknown as { sources: { url: string; note?: string }[] };
  assert.deepEqual(scanPack('p.json', pack), []);
  pack.sources[0]!.url = 'http://example.org/a';
  pack.sources[1]!.note = 'Mirror at http://mirror.example.org/b, and the scheme http://. alone is prose.';
  const found = scanPack('p.json', pack).map((p) => p.excerpt);
  assert.deepEqual(found, ['sources[0].url: http://example.org/a', 'sources[1].note: http://mirror.example.org/b,']);
});

test('assertSecure fails with a message naming file, rule and code; passes on clean input', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lpc-security-'));
  try {
    const dist = path.join(root, 'dist');
    await mkdir(path.join(dist, 'chrome/content'), { recursive: true });
    await mkdir(path.join(root, 'src'), { recursive: true });
    await writeFile(path.join(root, 'src/ok.ts'), 'export const a = 1;\n');
    await writeFile(path.join(dist, 'chrome/content/app.js'), '(()=>{const el=document.body;el.textContent="ok"})();');
    const packFile = path.join(root, 'pack.json');
    await writeFile(packFile, JSON.stringify(fixturePack()));
    await assertSecure({ root, dist, packFile });

    await writeFile(path.join(dist, 'chrome/content/app.js'), '(()=>{document.body.innerHTML=location.hash})();');
    await writeFile(path.join(root, 'src/bad.tsx'), 'export const x = <p dangerouslySetInnerHTML={{ __html: "" }} />;\n');
    await assert.rejects(assertSecure({ root, dist, packFile }), (error: Error) => {
      assert.ok(error instanceof SecurityError);
      assert.match(error.message, /dist\/chrome\/content\/app\.js: innerHTML\/outerHTML assignment: .*innerHTML=location\.hash/);
      assert.match(error.message, /src\/bad\.tsx: dangerouslySetInnerHTML/);
      return true;
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('our sources and the real pack pass the check', async () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  // The bundles in dist are scanned by every build (scripts/build.ts calls assertSecure); here an
  // empty dist keeps this test independent of whether (and by whom) dist is being rebuilt.
  const empty = await mkdtemp(path.join(os.tmpdir(), 'lpc-security-dist-'));
  try {
    await assertSecure({ root, dist: empty, packFile: path.join(root, 'assets/topics/landmine-policy.json') });
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});

test('a build with an invalid pack fails before touching dist, naming the file and the problem', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lpc-bad-pack-'));
  try {
    await mkdir(path.join(dir, 'broken'));
    await writeFile(path.join(dir, 'broken/broken.json'), '{ "meta": ');
    const out = path.join(dir, 'dist');
    await assert.rejects(build({ extraPackDirs: [path.join(dir, 'broken')], dist: out, quiet: true }), (e: Error) => e instanceof PackError && /broken\.json:1:10: not valid JSON/.test(e.message));

    const pack = fixturePack() as unknown as { entries: { id: string; related?: string[] }[] };
    pack.entries[0]!.related = ['no-such-entry'];
    await mkdir(path.join(dir, 'invalid'));
    await writeFile(path.join(dir, 'invalid/invalid.json'), JSON.stringify(pack));
    await assert.rejects(build({ extraPackDirs: [path.join(dir, 'invalid')], dist: out, quiet: true }), (e: Error) => e instanceof PackError && /invalid\.json is invalid:[\s\S]*no-such-entry/.test(e.message));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
