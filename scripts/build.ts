/**
 * Builds dist/chrome and dist/firefox from one source manifest and one set of entry points.
 * The topic pack is validated first (an invalid pack fails the build with messages naming entry,
 * field and problem), then provided to the bundles as two virtual modules:
 *   pack:compact – detection vocabulary + aliases, inlined into the always-on boot script;
 *   pack:full    – the whole pack, inlined only into the on-demand parts (app, popup, options).
 */
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, DEFAULT_PACK, DIST, ROOT, TARGETS, type Target } from './lib/paths.ts';
import type { TopicPack } from '../src/shared/pack/types.ts';
import { compactPack } from '../src/shared/pack/compact.ts';
import { bundledPack } from '../src/shared/claims/bundle.ts';
import { formatProblems, validatePack } from '../src/shared/pack/validate.ts';
import { assertSecure } from './check-security.ts';
import { TYPES_FILE, writePackTypes } from './lib/pack-types.ts';


const ENTRIES = {
  'content/boot': 'src/content/boot.ts',
  'content/app': 'src/content/app/index.ts',
  background: 'src/background/index.ts',
  'popup/popup': 'src/popup/index.tsx',
  'options/options': 'src/options/index.tsx',
};
const STATIC = ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css'];

export class PackError extends Error {}

export async function loadPack(file = DEFAULT_PACK): Promise<TopicPack> {
  let data: unknown;
  const text = await readFile(file, 'utf8');
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PackError(`${path.relative(ROOT, file)}:${jsonErrorPlace(text, error as Error)}: not valid JSON: ${(error as Error).message}`);
  }
  const problems = validatePack(data);
  if (problems.length) throw new PackError(`${path.relative(ROOT, file)} is invalid:\n${formatProblems(problems)}`);
  return data as TopicPack;
}

/** "line:column" of a JSON.parse error, from the position V8 reports, so an editor can jump there. */
export function jsonErrorPlace(text: string, error: Error): string {
  const position = Number(/at position (\d+)/.exec(error.message)?.[1] ?? NaN);
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return `${lineColumn[1]}:${lineColumn[2]}`;
  if (!text.trim()) return '1:1 (empty file)';
  // "Unexpected end of JSON input" has no position: the problem is where the text stops.
  if (Number.isNaN(position)) return jsonErrorPlace(text, new Error(`at position ${text.trimEnd().length}`));
  const before = text.slice(0, position).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function packPlugin(pack: TopicPack): esbuild.Plugin {
  const full = bundledPack(pack);
  const modules: Record<string, unknown> = { 'pack:compact': compactPack(pack), 'pack:full': full };
  return {
    name: 'topic-pack',
    setup(build) {
      build.onResolve({ filter: /^pack:(compact|full)$/ }, (args) => ({ path: args.path, namespace: 'pack' }));
      build.onLoad({ filter: /.*/, namespace: 'pack' }, (args) => ({ contents: JSON.stringify(modules[args.path]), loader: 'json' }));
    },
  };
}

/**
 * Preact supports `dangerouslySetInnerHTML` with an innerHTML assignment. We never use it (ESLint
 * forbids it), and that one assignment is what addons-linter warns about, so the build replaces
 * it with a throw. If Preact's code changes shape, the build fails here rather than shipping it.
 */
const PREACT_INNER_HTML = /(\w+)\.innerHTML=(\w+)\.__html/g;
function noInnerHtmlPlugin(): esbuild.Plugin {
  return {
    name: 'no-inner-html',
    setup(build) {
      build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!PREACT_INNER_HTML.test(source)) throw new Error(`${args.path}: the innerHTML assignment to remove was not found; check the Preact upgrade`);
        return { contents: source.replace(PREACT_INNER_HTML, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()'), loader: 'js' };
      });
    },
  };
}

export async function manifestFor(target: Target): Promise<Record<string, unknown>> {
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  manifest.version = pkg.version;
  if (target === 'chrome') {
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.background.service_worker;
  }
  return manifest;
}

function esbuildOptions(target: Target, pack: TopicPack, outdir: string): esbuild.BuildOptions {
  return {
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    format: 'iife',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    // Non-ASCII text (the pack's Cyrillic, Japanese, Korean vocabulary) as UTF-8, not 6-byte \u escapes.
    charset: 'utf8',
    target: target === 'chrome' ? ['chrome120'] : ['firefox128'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [packPlugin(pack), noInnerHtmlPlugin()],
    metafile: true,
    logLevel: 'warning',
  };
}

async function copyStatic(outdir: string, target: Target): Promise<void> {
  for (const file of STATIC) {
    const dest = path.join(outdir, path.relative('src', file));
    await mkdir(path.dirname(dest), { recursive: true });
    await cp(path.join(ROOT, file), dest);
  }
  // Every UI string, in every language: the browser picks the reader's and falls back to "en".
  await cp(path.join(ROOT, '_locales'), path.join(outdir, '_locales'), { recursive: true });
  await cp(path.join(ROOT, 'assets/icons'), path.join(outdir, 'icons'), { recursive: true, filter: (f) => !f.endsWith('.svg') });
  await writeFile(path.join(outdir, 'manifest.json'), `${JSON.stringify(await manifestFor(target), null, 2)}\n`);
}

/** The sizes the budgets measure: the compact pack as JSON, and the pack as the app bundles it. */
export function packSizes(pack: TopicPack): { compactBytes: number; fullPackBytes: number } {
  return { compactBytes: Buffer.byteLength(JSON.stringify(compactPack(pack))), fullPackBytes: Buffer.byteLength(JSON.stringify(bundledPack(pack))) };
}

export interface BuildReport {
  sizes: Record<string, number>;
  compactBytes: number;
  fullPackBytes: number;
}

export async function build(options: { packFile?: string; quiet?: boolean } = {}): Promise<BuildReport> {
  // The pack's types follow its schema; a stale copy would let code and data disagree unseen.
  if (writePackTypes() && !options.quiet) console.log(`pack schema changed: rewrote ${path.relative(ROOT, TYPES_FILE)}`);
  const pack = await loadPack(options.packFile);
  const { compactBytes, fullPackBytes } = packSizes(pack);
  const full = bundledPack(pack);
  const sizes: Record<string, number> = {};
  await rm(DIST, { recursive: true, force: true });
  for (const target of TARGETS) {
    const outdir = path.join(DIST, target);
    const result = await esbuild.build(esbuildOptions(target, pack, outdir));
    for (const [file, info] of Object.entries(result.metafile?.outputs ?? {})) sizes[`${target}/${path.relative(outdir, file)}`] = info.bytes;
    await copyStatic(outdir, target);
  }
  // No dynamic code or HTML from strings in the bundles, no http: links in the pack.
  await assertSecure({ root: ROOT, dist: DIST, packFile: options.packFile ?? DEFAULT_PACK, pack: full });
  const problems: string[] = [];
  if (compactBytes > BUDGETS.compact) problems.push(`compact pack is ${compactBytes} B, budget ${BUDGETS.compact} B`);
  if (fullPackBytes > BUDGETS.fullPack) problems.push(`full pack is ${fullPackBytes} B, budget ${BUDGETS.fullPack} B`);
  for (const t of TARGETS) if ((sizes[`${t}/content/boot.js`] ?? 0) > BUDGETS.boot) problems.push(`${t}/content/boot.js is ${sizes[`${t}/content/boot.js`]} B, budget ${BUDGETS.boot} B`);
  if (!options.quiet) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`built dist/chrome and dist/firefox · boot.js ${kb(sizes['chrome/content/boot.js'] ?? 0)} · app.js ${kb(sizes['chrome/content/app.js'] ?? 0)} · compact pack ${kb(compactBytes)} · full pack ${kb(fullPackBytes)}`);
  }
  if (problems.length) throw new PackError(`Size budget exceeded:\n- ${problems.join('\n- ')}`);
  return { sizes, compactBytes, fullPackBytes };
}

async function watch(): Promise<void> {
  await build();
  const pack = await loadPack();
  const contexts = await Promise.all(
    TARGETS.map((t) =>
      esbuild.context({
        ...esbuildOptions(t, pack, path.join(DIST, t)),
        plugins: [...(esbuildOptions(t, pack, path.join(DIST, t)).plugins ?? []), { name: 'log', setup: (b) => b.onEnd((r) => console.log(`[watch] ${t}: rebuilt, ${r.errors.length} errors`)) }],
      }),
    ),
  );
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('Watching src/ (restart for manifest, static files or pack changes). Ctrl+C to stop.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const run = process.argv.includes('--watch') ? watch() : build();
  run.catch((error) => {
    console.error(error instanceof PackError ? error.message : error);
    process.exit(1);
  });
}
