/**
 * The build's one change to mark.js: its DOMIterator walks with our nodeWalker
 * (src/content/highlight/node-walker.ts) instead of document.createNodeIterator, which left one
 * NodeIterator per marked element registered with the page's document, slowing every removal
 * of a node in the page until garbage collection. Applied to every bundle that holds mark.js (the
 * extension, the benchmark pages); the build fails if mark.js no longer has the line it replaces.
 */
import type * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './paths.ts';

const ORIGINAL = 'return document.createNodeIterator(ctx, whatToShow, filter, false);';
const WALKER = path.join(ROOT, 'src/content/highlight/node-walker.ts');

/** mark.es6.js with the patch; throws unless the line it replaces is there exactly once. */
export function patchMarkjs(source: string): string {
  const count = source.split(ORIGINAL).length - 1;
  if (count !== 1) throw new Error(`mark.js patch: expected the NodeIterator line once, found it ${count} times (was mark.js updated?)`);
  // A require, not an import: the file stays the CommonJS (UMD) module esbuild takes it for.
  return source.replace(ORIGINAL, `return require(${JSON.stringify(WALKER)}).nodeWalker(ctx, whatToShow, filter);`);
}

export function markjsPatch(): esbuild.Plugin {
  return {
    name: 'markjs-node-walker',
    setup(build) {
      build.onLoad({ filter: /[\\/]mark\.js[\\/]dist[\\/]mark\.es6\.js$/ }, async (args) => ({ contents: patchMarkjs(await readFile(args.path, 'utf8')), loader: 'js' }));
    },
  };
}
