/**
 * `npm run package`: builds, then writes to dist/
 *   - landmine-policy-context-chrome-VERSION.zip    for the Chrome Web Store
 *   - landmine-policy-context-firefox-VERSION.zip   for addons.mozilla.org (AMO)
 *   - landmine-policy-context-source-VERSION.zip    the source AMO reviewers need for bundled
 *     code: every file git tracks but the screenshots, with BUILDING.md at its top
 * and checks the two extension zips: addons-linter on the Firefox one and the Chrome Web Store's
 * manifest checks on the Chrome one, both with 0 errors and 0 warnings.
 *   --verify   also unpack the source zip in a temporary folder, `npm ci` and `npm run build` there,
 *              and compare every file with the two zips byte for byte (as an AMO reviewer would)
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, PackError } from './build.ts';
import { DIST, ROOT, TARGETS } from './lib/paths.ts';
import { checkChromeManifest } from './lib/chrome-manifest-check.ts';
import { lintFirefox } from './lint.ts';

/** A fixed date in every zip entry, so the same files always make the same zip. */
const ZIP_DATE = new Date('2026-01-01T00:00:00');
/** Tracked files a reviewer does not need to rebuild the extension (images of it). */
const NOT_IN_SOURCE = /^(docs|store\/screenshots)\/.*\.png$/;

async function filesUnder(dir: string): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = new Uint8Array(await readFile(full));
  }
  return files;
}

function zip(files: Record<string, Uint8Array>): Uint8Array {
  const sorted: Zippable = {};
  for (const name of Object.keys(files).sort()) sorted[name] = [files[name]!, { mtime: ZIP_DATE }];
  return zipSync(sorted, { level: 9 });
}

async function sourceFiles(): Promise<Record<string, Uint8Array>> {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error('the source archive is made from the files git tracks: run this in a git checkout');
  const files: Record<string, Uint8Array> = {};
  for (const rel of listed.stdout.split('\0').filter((f) => f && !NOT_IN_SOURCE.test(f))) files[rel] = new Uint8Array(await readFile(path.join(ROOT, rel)));
  return files;
}

/** Unpacks the source zip, installs and builds there, and lists every file that differs from ours. */
async function verifySource(sourceZip: Uint8Array, expected: Record<string, Record<string, Uint8Array>>): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lpc-source-'));
  try {
    for (const [name, data] of Object.entries(unzipSync(sourceZip))) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), data);
    }
    for (const args of [['ci', '--no-audit', '--no-fund'], ['run', 'build']]) {
      console.log(`verify: npm ${args.join(' ')} in ${dir}`);
      const r = spawnSync('npm', args, { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0) return [`npm ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`];
    }
    const differences: string[] = [];
    for (const target of TARGETS) {
      const rebuilt = await filesUnder(path.join(dir, 'dist', target));
      for (const name of new Set([...Object.keys(rebuilt), ...Object.keys(expected[target]!)])) {
        if (!Buffer.from(rebuilt[name] ?? []).equals(Buffer.from(expected[target]![name] ?? []))) differences.push(`${target}/${name}`);
      }
    }
    return differences;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  await build();
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  const out = (kind: string) => path.join(DIST, `${pkg.name}-${kind}-${pkg.version}.zip`);
  const built: Record<string, Record<string, Uint8Array>> = {};
  for (const target of TARGETS) {
    built[target] = await filesUnder(path.join(DIST, target));
    await writeFile(out(target), zip(built[target]!));
    console.log(`${path.relative(ROOT, out(target))}: ${Object.keys(built[target]!).length} files`);
  }
  const source = zip(await sourceFiles());
  await writeFile(out('source'), source);
  console.log(`${path.relative(ROOT, out('source'))}: the source, with BUILDING.md`);

  let failed = false;
  const chrome = checkChromeManifest(JSON.parse(Buffer.from(built.chrome!['manifest.json']!).toString('utf8')), built.chrome!);
  console.log(`Chrome Web Store manifest checks: ${chrome.length} problems`);
  for (const p of chrome) console.log(`  ${p}`);
  failed ||= chrome.length > 0;
  failed ||= !(await lintFirefox(out('firefox')));

  if (process.argv.includes('--verify')) {
    const differences = await verifySource(source, built);
    console.log(differences.length ? `verify: ${differences.length} files differ:\n  ${differences.join('\n  ')}` : 'verify: the source zip rebuilds both extensions byte for byte');
    failed ||= differences.length > 0;
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof PackError ? error.message : error);
    process.exit(1);
  },
);
