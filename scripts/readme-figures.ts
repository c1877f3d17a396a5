/**
 * `npm run readme:figures`: the README's figures that a command prints, kept in step with it.
 * A figure in the README is written `<!-- fig:NAME -->VALUE<!-- /fig -->`; this script computes
 * every NAME from the current build (dist/), the topic pack and the shared folders, and from the
 * last corpus run's report (artifacts/corpus-report.json) when there is one.
 *   (no flag)   check: list each figure that differs from what the commands now give; exit 1 if any
 *   --write     rewrite those figures in README.md
 * The check runs in `npm test` (static suite) for the figures that do not depend on a timed run.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packSizes } from './build.ts';
import { loadPacks } from './lib/packs.ts';
import { BUDGETS, DIST, ROOT, sharedMissing } from './lib/paths.ts';
import { corpusPages, sharedArticleNames } from './lib/shared-material.ts';

const README = path.join(ROOT, 'README.md');
const FIGURE = /<!-- fig:([\w.-]+) -->([\s\S]*?)<!-- \/fig -->/g;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Every figure name this script knows; a README figure by another name is a mistake. */
const KNOWN = new Set(['boot-size', 'app-size', 'compact-pack', 'full-pack', 'boot-budget', 'compact-budget', 'full-pack-budget', 'corpus-pages', 'shared-articles', 'corpus-run-pages', 'corpus-run-failures', 'corpus-run-marks', 'corpus-run-median-ms', 'corpus-run-p95-ms', 'corpus-run-max-ms', 'corpus-run-seconds']);

/** Figures that any machine computes the same from the same commit. */
async function stableFigures(): Promise<Record<string, string>> {
  const figures: Record<string, string> = {};
  const size = (rel: string) => statSync(path.join(DIST, rel)).size;
  if (existsSync(path.join(DIST, 'chrome/content/boot.js'))) {
    figures['boot-size'] = kb(size('chrome/content/boot.js'));
    figures['app-size'] = kb(size('chrome/content/app.js'));
  }
  const { compactBytes, fullPackBytes } = packSizes((await loadPacks([])).map((l) => l.pack));
  figures['compact-pack'] = kb(compactBytes);
  figures['full-pack'] = kb(fullPackBytes);
  figures['boot-budget'] = kb(BUDGETS.boot);
  figures['compact-budget'] = kb(BUDGETS.compact);
  figures['full-pack-budget'] = kb(BUDGETS.fullPack);
  if (!sharedMissing('corpus')) figures['corpus-pages'] = String(corpusPages().length);
  if (!sharedMissing('articles')) figures['shared-articles'] = String((await sharedArticleNames()).length);
  return figures;
}

/** Figures from the last full corpus run on this machine (they move between runs, so are not checked). */
function corpusRunFigures(): Record<string, string> {
  const file = path.join(ROOT, 'artifacts/corpus-report.json');
  if (!existsSync(file)) return {};
  const { summary: s } = JSON.parse(readFileSync(file, 'utf8'));
  // The README quotes a run over every page; the sampled run of `npm test` writes the same report.
  if (s.sampled !== false) return {};
  return {
    'corpus-run-pages': String(s.pages),
    'corpus-run-failures': String(s.failures),
    'corpus-run-marks': String(s.marks),
    'corpus-run-median-ms': `${s.ourMs.median.toFixed(0)} ms`,
    'corpus-run-p95-ms': `${s.ourMs.p95.toFixed(0)} ms`,
    'corpus-run-max-ms': `${s.ourMs.max.toFixed(0)} ms`,
    'corpus-run-seconds': `${s.seconds} s`,
  };
}

export function readmeFigures(text: string): Map<string, string> {
  return new Map([...text.matchAll(FIGURE)].map((m) => [m[1]!, m[2]!]));
}

async function main(): Promise<number> {
  const write = process.argv.includes('--write');
  const text = readFileSync(README, 'utf8');
  const stable = await stableFigures();
  const now = { ...(write ? corpusRunFigures() : {}), ...stable };
  const inReadme = readmeFigures(text);
  const unknown = [...inReadme.keys()].filter((k) => !KNOWN.has(k));
  const stale = [...inReadme].filter(([k, v]) => k in now && now[k] !== v);
  if (write) {
    writeFileSync(README, text.replace(FIGURE, (whole, k: string) => (k in now ? `<!-- fig:${k} -->${now[k]}<!-- /fig -->` : whole)));
    console.log(`README.md: ${stale.length} figures updated${stale.length ? `: ${stale.map(([k]) => k).join(', ')}` : ''}`);
    return 0;
  }
  for (const [k, v] of stale) console.log(`README figure ${k} says "${v}", the build now gives "${now[k]}" (npm run readme:figures -- --write)`);
  for (const k of unknown) console.log(`README figure ${k} is not computed by scripts/readme-figures.ts`);
  const missing = Object.keys(stable).filter((k) => !inReadme.has(k));
  for (const k of missing) console.log(`README has no figure ${k} (expected <!-- fig:${k} -->…<!-- /fig -->)`);
  const checked = [...inReadme.keys()].filter((k) => k in stable).length;
  console.log(`README figures: ${checked} checked against the build, ${stale.length + unknown.length + missing.length} problems`);
  return stale.length + unknown.length + missing.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main().then((code) => process.exit(code));
