/**
 * `npm test`: static checks, unit tests, then the end-to-end suites in real Chromium and Firefox
 * (and the corpus run when ../shared/corpus exists). Prints one closing line "N passed, N failed".
 *   --only static|unit|chromium|firefox|corpus   run one suite (repeatable)
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { build, PackError, ROOT } from './build.ts';
import { ensureBrowsers } from './lib/ensure-browsers.ts';
import { run } from './lib/proc.ts';
import { CORPUS } from '../e2e/harness/server.ts';

type Suite = 'static' | 'unit' | 'chromium' | 'firefox' | 'corpus';
const ALL: Suite[] = ['static', 'unit', 'chromium', 'firefox', 'corpus'];

function parseArgs(): Suite[] {
  const only: Suite[] = [];
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--only') only.push(argv[++i] as Suite);
  for (const s of only) if (!ALL.includes(s)) throw new Error(`unknown suite ${s}; one of ${ALL.join(', ')}`);
  return only.length ? only : ALL;
}

export function testFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => path.join(dir, f));
}

interface Count {
  passed: number;
  failed: number;
  skipped: number;
}

/** node:test's spec reporter summary ("ℹ pass 3") */
function nodeCounts(output: string): Count {
  const n = (k: string) => Number(output.match(new RegExp(`ℹ ${k} (\\d+)`))?.[1] ?? 0);
  return { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
}

/** Playwright's list reporter summary ("3 passed", "1 failed", "2 skipped") */
function playwrightCounts(output: string): Count {
  const n = (k: string) => Number(output.match(new RegExp(`^\\s*(\\d+) ${k}`, 'm'))?.[1] ?? 0);
  return { passed: n('passed'), failed: n('failed') + n('flaky') + n('interrupted'), skipped: n('skipped') + n('did not run') };
}

async function nodeTests(files: string[]): Promise<Count & { code: number }> {
  if (!files.length) return { passed: 0, failed: 0, skipped: 0, code: 0 };
  const r = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files], { cwd: ROOT });
  return { ...nodeCounts(r.output), code: r.code };
}

async function main(): Promise<number> {
  const suites = parseArgs();
  const total: Count = { passed: 0, failed: 0, skipped: 0 };
  const failures: string[] = [];
  const add = (name: string, c: Count & { code: number }) => {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
    // A runner that failed without counting a failure (crash, compile error) still fails the run.
    if (c.code !== 0 || c.failed > 0) {
      failures.push(name);
      if (c.failed === 0) total.failed += 1;
    }
    console.log(`\n── ${name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}\n`);
  };

  console.log('── build');
  try {
    await build();
  } catch (error) {
    console.error(error instanceof PackError ? error.message : error);
    console.log('0 passed, 1 failed');
    return 1;
  }

  const needsBrowsers = { chromium: suites.some((s) => s === 'chromium' || s === 'corpus'), firefox: suites.includes('firefox') };
  if (needsBrowsers.chromium || needsBrowsers.firefox) await ensureBrowsers(needsBrowsers);

  if (suites.includes('static')) {
    console.log('── static checks (typecheck, lint)');
    const tsc = await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: ROOT });
    add('typecheck', { passed: tsc.code === 0 ? 1 : 0, failed: tsc.code === 0 ? 0 : 1, skipped: 0, code: tsc.code });
    const lint = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/lint.ts')], { cwd: ROOT });
    add('lint', { passed: lint.code === 0 ? 1 : 0, failed: lint.code === 0 ? 0 : 1, skipped: 0, code: lint.code });
  }
  if (suites.includes('unit')) {
    console.log('── unit tests');
    add('unit', await nodeTests(testFiles(path.join(ROOT, 'test/unit'), '.test.ts')));
  }
  if (suites.includes('chromium')) {
    console.log('── e2e: Chromium (Playwright)');
    const r = await run(process.execPath, [path.join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'e2e/playwright.config.ts'], { cwd: ROOT });
    add('e2e chromium', { ...playwrightCounts(r.output), code: r.code });
  }
  if (suites.includes('firefox')) {
    console.log('── e2e: Firefox ESR (puppeteer-core, WebDriver BiDi)');
    add('e2e firefox', await nodeTests(testFiles(path.join(ROOT, 'e2e/firefox'), '.test.ts')));
  }
  if (suites.includes('corpus')) {
    const files = testFiles(path.join(ROOT, 'e2e/corpus'), '.test.ts');
    if (!existsSync(CORPUS)) console.log(`── corpus run skipped: ${CORPUS} is absent (it lives beside the project as ../shared/corpus).`);
    else if (files.length) {
      console.log('── corpus run (real pages, Chromium)');
      add('corpus', await nodeTests(files));
    }
  }

  console.log(failures.length ? `Failed suites: ${failures.join(', ')}` : 'All suites passed.');
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error?.message ?? error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
