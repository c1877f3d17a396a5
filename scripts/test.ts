/**
 * `npm test`: the build, then every suite, with one closing line "N passed, N failed[, N skipped]".
 * Suites that don't share a browser run side by side in two lanes, each line prefixed with its
 * suite; a suite that prints nothing for 10 s gets a "still running" line, and each suite's time
 * is printed at the end.
 *   --only static|unit|chromium|firefox|corpus   run one suite (repeatable)
 *   --full                                       the corpus run on every page, not the sample
 *   --serial                                     one suite at a time (for a very small machine)
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { build, PackError } from './build.ts';
import { ROOT, sharedMissing } from './lib/paths.ts';
import { ensureBrowsers } from './lib/ensure-browsers.ts';
import { run } from './lib/proc.ts';

type Suite = 'static' | 'unit' | 'chromium' | 'firefox' | 'corpus';
const ALL: Suite[] = ['static', 'unit', 'chromium', 'firefox', 'corpus'];
/** Two lanes that never share a browser: Chromium's suites in one, the rest (Firefox last) in the other. */
const LANES: Suite[][] = [
  ['static', 'unit', 'firefox'],
  ['chromium', 'corpus'],
];
/**
 * Per-test limits for node:test suites (Playwright's are in e2e/playwright.config.ts). node:test
 * also holds a whole file to it: the Firefox scenario file, one browser for many scenarios, sets
 * its own 90 s per scenario, or the scenario's own `timeoutMs` (the 5 MB page: 180 s), in
 * e2e/firefox/scenarios.test.ts.
 */
const NODE_TEST_TIMEOUT_MS = { unit: 60_000, firefox: 15 * 60_000, corpus: 20 * 60_000 };

interface Options {
  suites: Suite[];
  full: boolean;
  serial: boolean;
}

function parseArgs(): Options {
  const only: Suite[] = [];
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--only') only.push(argv[++i] as Suite);
  for (const s of only) if (!ALL.includes(s)) throw new Error(`unknown suite ${s}; one of ${ALL.join(', ')}`);
  return { suites: only.length ? only : ALL, full: argv.includes('--full') || process.env.CORPUS_FULL === '1', serial: argv.includes('--serial') };
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
  /** The runner's exit code; a runner that failed without counting a failure still fails the run. */
  code: number;
}

/** node:test's spec reporter summary ("ℹ pass 3") */
export function nodeCounts(output: string): Omit<Count, 'code'> {
  const n = (k: string) => Number(output.match(new RegExp(`ℹ ${k} (\\d+)`))?.[1] ?? 0);
  return { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
}

/** Playwright's list reporter summary ("3 passed", "1 failed", "2 skipped") */
export function playwrightCounts(output: string): Omit<Count, 'code'> {
  const n = (k: string) => Number(output.match(new RegExp(`^\\s*(\\d+) ${k}`, 'm'))?.[1] ?? 0);
  return { passed: n('passed'), failed: n('failed') + n('flaky') + n('interrupted'), skipped: n('skipped') + n('did not run') };
}

/** A suite's child process, its lines prefixed and a heartbeat while it is quiet. */
async function runSuite(suite: Suite, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  const started = Date.now();
  let lastOutput = Date.now();
  const prefix = `[${suite}] `;
  let pending = '';
  const heartbeat = setInterval(() => {
    if (Date.now() - lastOutput >= 10_000) {
      console.log(`${prefix}still running · ${Math.round((Date.now() - started) / 1000)} s`);
      lastOutput = Date.now();
    }
  }, 1_000);
  const r = await run(cmd, args, {
    cwd: ROOT,
    env,
    onOutput: (chunk) => {
      lastOutput = Date.now();
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) console.log(prefix + line);
    },
  });
  clearInterval(heartbeat);
  if (pending) console.log(prefix + pending);
  return r;
}

const nodeTest = (suite: 'unit' | 'firefox' | 'corpus', files: string[], env: NodeJS.ProcessEnv = {}) =>
  runSuite(suite, process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', `--test-timeout=${NODE_TEST_TIMEOUT_MS[suite]}`, ...files], env);

async function oneCheck(suite: Suite, script: string[]): Promise<Count> {
  const r = await runSuite(suite, process.execPath, script);
  return { passed: r.code === 0 ? 1 : 0, failed: r.code === 0 ? 0 : 1, skipped: 0, code: r.code };
}

/** Runs one suite; the static suite is two checks, reported as one line each. */
async function runOne(suite: Suite, options: Options, report: (name: string, c: Count, ms: number) => void): Promise<void> {
  let t0 = Date.now();
  const done = (name: string, c: Count) => {
    report(name, c, Date.now() - t0);
    t0 = Date.now();
  };
  switch (suite) {
    case 'static':
      done('typecheck', await oneCheck(suite, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']));
      done('lint', await oneCheck(suite, ['--import', 'tsx', path.join(ROOT, 'scripts/lint.ts')]));
      return done('readme figures', await oneCheck(suite, ['--import', 'tsx', path.join(ROOT, 'scripts/readme-figures.ts')]));
    case 'unit': {
      const r = await nodeTest(suite, testFiles(path.join(ROOT, 'test/unit'), '.test.ts'));
      return done('unit', { ...nodeCounts(r.output), code: r.code });
    }
    case 'chromium': {
      const r = await runSuite(suite, process.execPath, [path.join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'e2e/playwright.config.ts']);
      return done('e2e chromium', { ...playwrightCounts(r.output), code: r.code });
    }
    case 'firefox': {
      const r = await nodeTest(suite, testFiles(path.join(ROOT, 'e2e/firefox'), '.test.ts'));
      return done('e2e firefox', { ...nodeCounts(r.output), code: r.code });
    }
    case 'corpus': {
      const missing = sharedMissing('corpus');
      if (missing) {
        console.log(`[corpus] skipped: the real-page run ${missing}`);
        return done('corpus', { passed: 0, failed: 0, skipped: 1, code: 0 });
      }
      const r = await nodeTest(suite, testFiles(path.join(ROOT, 'e2e/corpus'), '.test.ts'), options.full ? { CORPUS_FULL: '1' } : {});
      return done('corpus', { ...nodeCounts(r.output), code: r.code });
    }
  }
}

async function main(): Promise<number> {
  const options = parseArgs();
  const started = Date.now();
  const total = { passed: 0, failed: 0, skipped: 0 };
  const failures: string[] = [];
  const times: string[] = [];
  const report = (name: string, c: Count, ms: number) => {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
    if (c.code !== 0 || c.failed > 0) {
      failures.push(name);
      if (c.failed === 0) total.failed += 1;
    }
    times.push(`${name} ${Math.round(ms / 1000)} s`);
    console.log(`── ${name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''} · ${Math.round(ms / 1000)} s`);
  };

  console.log('── build');
  try {
    await build();
  } catch (error) {
    console.error(error instanceof PackError ? error.message : error);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const { suites } = options;
  const missing = sharedMissing('articles');
  if (missing) console.log(`── ../shared is absent: the tests that read it are skipped (${missing}).`);
  const needsBrowsers = { chromium: suites.some((s) => s === 'chromium' || s === 'corpus'), firefox: suites.includes('firefox') };
  if (needsBrowsers.chromium || needsBrowsers.firefox) await ensureBrowsers(needsBrowsers);

  const lanes = options.serial ? [ALL] : LANES;
  console.log(`── running ${suites.join(', ')}${lanes.length > 1 ? ' (two lanes side by side)' : ''}`);
  await Promise.all(
    lanes.map(async (lane) => {
      for (const suite of lane) if (suites.includes(suite)) await runOne(suite, options, report);
    }),
  );

  console.log(`── times: ${times.join(' · ')} · total ${Math.round((Date.now() - started) / 1000)} s`);
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
