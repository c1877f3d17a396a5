/**
 * mark.js walks the page with our nodeWalker, patched in by the build (scripts/lib/markjs-patch.ts),
 * not with a NodeIterator, which stays registered with the page's document: the walker visits the
 * same nodes in the same order as a NodeIterator, and the patched mark.js marks every page exactly
 * as mark.js does, without making a single NodeIterator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { globalPage } from '../global-dom.ts';
import type { TopicPack } from '../../../src/shared/pack/types.ts';
import { nodeWalker, type NodeWalk } from '../../../src/content/highlight/node-walker.ts';
import { markjsPatch, patchMarkjs } from '../../../scripts/lib/markjs-patch.ts';
import { CORPUS, ROOT, SHARED_ARTICLES, sharedMissing } from '../../../scripts/lib/paths.ts';
import { htmlFiles } from '../../../scripts/bench/lib/pages.ts';
import { articlePage } from '../../../scripts/lib/shared-material.ts';

// mark.js reaches for the global document, so each page's window becomes the global one.
const setup = globalPage;

/** A seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A random tree of elements (some with class "x"), text (some only white space) and comments. */
function randomTree(doc: Document, r: () => number, depth = 0): Element {
  const el = doc.createElement(['div', 'p', 'span', 'em'][Math.floor(r() * 4)]!);
  if (r() < 0.3) el.className = 'x';
  const children = Math.floor(r() * (depth > 3 ? 2 : 5));
  for (let i = 0; i < children; i++) {
    const k = r();
    if (k < 0.4) el.append(randomTree(doc, r, depth + 1));
    else if (k < 0.8) el.append(doc.createTextNode(r() < 0.3 ? ' \n ' : `t${i}`));
    else el.append(doc.createComment('c'));
  }
  return el;
}

/** The nodes as mark.js takes them, each with the one before it: previousNode(), then nextNode() once or twice (DOMIterator.getIteratorNode). */
function asMarkjsWalks(it: Pick<NodeWalk, 'nextNode' | 'previousNode'>): (Node | null)[][] {
  const out: (Node | null)[][] = [];
  for (;;) {
    const prev = it.previousNode();
    const node = prev === null ? it.nextNode() : it.nextNode() && it.nextNode();
    if (!node) return out;
    out.push([prev, node]);
  }
}

test('the walker visits what a NodeIterator visits, in its order, with its filters and types', () => {
  const doc = setup('<body></body>');
  const r = rng(20261128);
  const filters: [string, ((n: Node) => number) | { acceptNode(n: Node): number } | undefined][] = [
    ['no filter', undefined],
    ['reject class x (a NodeIterator still walks inside)', (n) => ((n as Element).classList?.contains('x') ? 2 : 1)],
    ['skip white space', (n) => (n.nodeType === 3 && !/\S/.test(n.textContent ?? '') ? 3 : 1)],
    ['an acceptNode object rejecting em', { acceptNode: (n) => ((n as Element).localName === 'em' ? 2 : 1) }],
  ];
  for (let round = 0; round < 200; round++) {
    const root = randomTree(doc, r);
    for (const show of [0xffffffff, 0x1, 0x4, 0x5, 0x80]) {
      for (const [label, filter] of filters) {
        const real = () => doc.createNodeIterator(root, show, filter as NodeFilter);
        const ours = () => nodeWalker(root, show, filter);
        const plain = (it: { nextNode(): Node | null }) => {
          const out: Node[] = [];
          for (let n = it.nextNode(); n; n = it.nextNode()) out.push(n);
          return out;
        };
        assert.deepEqual(plain(ours()), plain(real()), `round ${round}, whatToShow ${show}, ${label}: nextNode`);
        assert.deepEqual(asMarkjsWalks(ours()), asMarkjsWalks(real()), `round ${round}, whatToShow ${show}, ${label}: mark.js's walk`);
      }
    }
  }
});

test('the patch replaces the one NodeIterator line of mark.js, and fails loudly when it is not there once', () => {
  const source = readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.es6.js'), 'utf8');
  const patched = patchMarkjs(source);
  assert.equal(patched.includes('createNodeIterator'), false);
  assert.match(patched, /require\(".*node-walker\.ts"\)\.nodeWalker\(ctx, whatToShow, filter\)/);
  assert.throws(() => patchMarkjs(source.replace('createNodeIterator', 'createTreeWalker')), /found it 0 times/);
  assert.throws(() => patchMarkjs(source + source), /found it 2 times/);
});

/** The highlighter bundled as the build bundles it: mark.js patched. */
async function patchedHighlighter(): Promise<typeof import('../../../src/content/highlight/highlighter.ts')> {
  const out = await esbuild.build({ entryPoints: [path.join(ROOT, 'src/content/highlight/highlighter.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error', plugins: [markjsPatch()] });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lpc-markjs-')), 'highlighter.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  return import(pathToFileURL(file).href);
}

/** Each page marked by mark.js as shipped and as patched: the same marks, no NodeIterator made; returns how many pages had marks. */
async function sameMarking(pages: (readonly [string, string])[]): Promise<number> {
  const plain = await import('../../../src/content/highlight/highlighter.ts');
  const patched = await patchedHighlighter();
  const { buildAliasMatcher } = await import('../../../src/content/highlight/alias-pattern.ts');
  const { findArticleRoot } = await import('../../../src/content/highlight/article-root.ts');
  const pack = JSON.parse(readFileSync(path.join(ROOT, 'assets/topics/landmine-policy.json'), 'utf8')) as TopicPack;
  const matcher = buildAliasMatcher(pack.entries)!;
  let marked = 0;
  for (const [name, html] of pages) {
    const runs = [plain, patched].map((h) => {
      const doc = setup(html);
      const made = { n: 0 };
      const own = doc.createNodeIterator.bind(doc);
      doc.createNodeIterator = (...args: Parameters<Document['createNodeIterator']>) => (made.n++, own(...args));
      const root = findArticleRoot(doc) ?? doc.body;
      const before = doc.body.outerHTML;
      const { marks } = h.highlight(root, matcher, { firstOnly: false });
      const after = doc.body.outerHTML;
      h.removeHighlights(marks);
      assert.equal(doc.body.outerHTML, before, `${name}: removal restores the page`);
      return { after, marks: marks.length, iterators: made.n };
    });
    assert.equal(runs[1]!.after, runs[0]!.after, `${name}: marked differently`);
    assert.equal(runs[1]!.iterators, 0, `${name}: the patched mark.js made a NodeIterator`);
    if (runs[0]!.marks) {
      marked++;
      assert.ok(runs[0]!.iterators > 0, `${name}: mark.js as shipped made no NodeIterator, so this test could not tell`);
    }
  }
  return marked;
}

test('the patched mark.js marks our fixtures and the five articles exactly as mark.js does, and makes no NodeIterator', async () => {
  const fixtures = path.join(ROOT, 'e2e/fixtures');
  const pages = readdirSync(fixtures).filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(path.join(fixtures, f), 'utf8')] as const);
  // The articles when ../shared is there (the corpus test below says when it is not).
  if (!sharedMissing('articles')) for (const f of readdirSync(SHARED_ARTICLES)) pages.push([f, articlePage(readFileSync(path.join(SHARED_ARTICLES, f), 'utf8'))]);
  const marked = await sameMarking(pages);
  assert.ok(marked >= 20, `only ${marked} pages had marks`);
});

test('the same on a sample of the corpus pages (every 16th)', { skip: sharedMissing('corpus') || undefined }, async () => {
  const files = htmlFiles(CORPUS).filter((_, i) => i % 16 === 0);
  assert.ok(files.length > 20);
  await sameMarking(files.map((f) => {
    const raw = readFileSync(path.join(CORPUS, f));
    return [f, (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')] as const;
  }));
});
