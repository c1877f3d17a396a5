/**
 * Builds dist/chrome and dist/firefox from one source manifest and one set of entry points.
 * Every topic pack (assets/topics/*.json) is validated first, alone and against the others (an
 * invalid pack fails the build with messages naming file, entry, field and problem), then:
 *   pack:compact     – every pack's detection vocabulary, inlined into the always-on boot script
 *                      (which uses only its core terms, for the gates) and, with the other
 *                      languages' extras, into the scorer content/detect.js;
 *   packs/<id>.js    – one chunk per pack, the whole pack, injected before the app only where that
 *                      topic is detected (src/background/app-files.ts);
 *   pack:all         – every pack, inlined into the popup and the options page;
 *   pack:claims      – every pack's claim matchers, inlined into the background, which matches
 *                      the claims of the pages' claim passes (src/background/claim-match.ts).
 */
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, DEFAULT_PACK, DIST, ROOT, TARGETS, type Target } from './lib/paths.ts';
import type { TopicPack } from '../src/shared/pack/types.ts';
import { compactModule, minifiedSize } from '../src/shared/pack/compact.ts';
import { bundledPack, claimPack } from '../src/shared/claims/bundle.ts';
import { extraPackDirs, loadPack as loadOne, loadPacks, PackError } from './lib/packs.ts';
import { assertSecure } from './check-security.ts';
import { TYPES_FILE, writePackTypes } from './lib/pack-types.ts';
import { markjsPatch } from './lib/markjs-patch.ts';


const ENTRIES = {
  'content/boot': 'src/content/boot.ts',
  'content/detect': 'src/content/detect/entry.ts',
  'content/app': 'src/content/app/index.ts',
  background: 'src/background/index.ts',
  'popup/popup': 'src/popup/index.tsx',
  'options/options': 'src/options/index.tsx',
};
const STATIC = ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css'];

export { jsonErrorPlace, PackError } from './lib/packs.ts';

/** One pack file, validated alone: the default pack unless told. */
export function loadPack(file = DEFAULT_PACK): Promise<TopicPack> {
  return loadOne(file);
}

const CHUNK = /^pack-chunk:(.+)$/;

function packPlugin(packs: readonly TopicPack[]): esbuild.Plugin {
  const bundled = new Map(packs.map((p) => [p.meta.id, bundledPack(p)]));
  const modules: Record<string, unknown> = { 'pack:compact': compactModule(packs), 'pack:all': [...bundled.values()], 'pack:claims': [...bundled.values()].map(claimPack) };
  const registry = path.join(ROOT, 'src/shared/pack/registry.ts');
  return {
    name: 'topic-pack',
    setup(build) {
      build.onResolve({ filter: /^pack:(compact|all|claims)$/ }, (args) => ({ path: args.path, namespace: 'pack' }));
      build.onResolve({ filter: /^pack:one:/ }, (args) => ({ path: args.path, namespace: 'pack' }));
      build.onResolve({ filter: CHUNK }, (args) => ({ path: args.path, namespace: 'pack-chunk' }));
      build.onLoad({ filter: /.*/, namespace: 'pack' }, (args) => {
        const one = /^pack:one:(.+)$/.exec(args.path)?.[1];
        return { contents: JSON.stringify(one ? bundled.get(one) : modules[args.path]), loader: 'json' };
      });
      // A chunk is its pack and one call that registers it on the content script's global.
      build.onLoad({ filter: /.*/, namespace: 'pack-chunk' }, (args) => ({
        contents: `import { registerPack } from ${JSON.stringify(registry)};\nimport pack from ${JSON.stringify(`pack:one:${CHUNK.exec(args.path)![1]}`)};\nregisterPack(pack);\n`,
        loader: 'ts',
        resolveDir: ROOT,
      }));
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

export function esbuildOptions(target: Target, packs: readonly TopicPack[], outdir: string, testHooks = false): esbuild.BuildOptions {
  const chunks = Object.fromEntries(packs.map((p) => [`packs/${p.meta.id}`, `pack-chunk:${p.meta.id}`]));
  return {
    entryPoints: { ...ENTRIES, ...chunks },
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
    define: { 'process.env.NODE_ENV': '"production"', __TEST_HOOKS__: String(testHooks) },
    plugins: [packPlugin(packs), noInnerHtmlPlugin(), markjsPatch()],
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

/**
 * The sizes the budgets measure: the vocabularies as boot imports them (what every page carries),
 * and the largest pack as its chunk holds it.
 */
export function packSizes(packs: readonly TopicPack[]): { compactBytes: number; fullPackBytes: number } {
  return {
    compactBytes: minifiedSize(compactModule(packs).gates),
    fullPackBytes: Math.max(...packs.map((p) => minifiedSize(bundledPack(p)))),
  };
}

export interface BuildReport {
  sizes: Record<string, number>;
  compactBytes: number;
  fullPackBytes: number;
  /** The packs built, highest priority first. */
  topics: string[];
}

export interface BuildOptions {
  quiet?: boolean;
  /** Folders of extra packs, for test builds only (default: LPC_EXTRA_PACKS). */
  extraPackDirs?: string[];
  /** Where to build (default dist/); a test build goes elsewhere so it never stands for the shipped one. */
  dist?: string;
}

/** The budgets are for the build that ships; test packs add their vocabulary to boot.js. */
const shipped = (extraDirs: readonly string[]) => extraDirs.length === 0;

function budgetProblems(report: Omit<BuildReport, 'topics'>): string[] {
  const { sizes, compactBytes, fullPackBytes } = report;
  const problems: string[] = [];
  if (compactBytes > BUDGETS.compact) problems.push(`the always-on gates are ${compactBytes} B, budget ${BUDGETS.compact} B`);
  if (fullPackBytes > BUDGETS.fullPack) problems.push(`a full pack is ${fullPackBytes} B, budget ${BUDGETS.fullPack} B`);
  for (const t of TARGETS) if ((sizes[`${t}/content/boot.js`] ?? 0) > BUDGETS.boot) problems.push(`${t}/content/boot.js is ${sizes[`${t}/content/boot.js`]} B, budget ${BUDGETS.boot} B`);
  return problems;
}

export async function build(options: BuildOptions = {}): Promise<BuildReport> {
  // The pack's types follow its schema; a stale copy would let code and data disagree unseen.
  if (writePackTypes() && !options.quiet) console.log(`pack schema changed: rewrote ${path.relative(ROOT, TYPES_FILE)}`);
  const extraDirs = options.extraPackDirs ?? extraPackDirs();
  const loaded = await loadPacks(extraDirs);
  const packs = loaded.map((l) => l.pack);
  const dist = options.dist ?? DIST;
  const { compactBytes, fullPackBytes } = packSizes(packs);
  const sizes: Record<string, number> = {};
  await rm(dist, { recursive: true, force: true });
  for (const target of TARGETS) {
    const outdir = path.join(dist, target);
    const result = await esbuild.build(esbuildOptions(target, packs, outdir));
    for (const [file, info] of Object.entries(result.metafile?.outputs ?? {})) sizes[`${target}/${path.relative(outdir, file)}`] = info.bytes;
    await copyStatic(outdir, target);
  }
  // No dynamic code or HTML from strings in the bundles, no http: links in the packs.
  for (const { file, pack } of loaded) await assertSecure({ root: ROOT, dist, packFile: file, pack: bundledPack(pack) });
  if (!options.quiet) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`built ${path.relative(ROOT, dist)}/chrome and firefox · boot.js ${kb(sizes['chrome/content/boot.js'] ?? 0)} · app.js ${kb(sizes['chrome/content/app.js'] ?? 0)} · always-on gates ${kb(compactBytes)} · largest pack ${kb(fullPackBytes)} · packs: ${packs.map((p) => p.meta.id).join(', ')}`);
  }
  const problems = shipped(extraDirs) ? budgetProblems({ sizes, compactBytes, fullPackBytes }) : [];
  if (problems.length) throw new PackError(`Size budget exceeded:\n- ${problems.join('\n- ')}`);
  return { sizes, compactBytes, fullPackBytes, topics: packs.map((p) => p.meta.id) };
}

async function watch(): Promise<void> {
  await build();
  const pack = (await loadPacks()).map((l) => l.pack);
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
