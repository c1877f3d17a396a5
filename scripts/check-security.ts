/**
 * Fails the build on what the extension must never ship: dynamic code (`eval`, `new Function`,
 * string timers), HTML parsed from strings (`innerHTML`/`outerHTML` assignments,
 * `insertAdjacentHTML`, `document.write`, Preact's `dangerouslySetInnerHTML` in our sources), and
 * plain-http links in the topic pack (every source must be reachable over https).
 * ESLint forbids most of these in our own code; this checks the bundles, which also hold the
 * libraries, and the data.
 *   node --import tsx scripts/check-security.ts   checks dist/ and the default pack
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export class SecurityError extends Error {}

export interface SecurityProblem {
  file: string;
  rule: string;
  excerpt: string;
}

const BUNDLE_RULES: { rule: string; pattern: RegExp }[] = [
  { rule: 'eval(…)', pattern: /(?<![\w$.])eval\s*\(/g },
  { rule: 'new Function(…)', pattern: /\bnew\s+Function\s*\(/g },
  { rule: 'innerHTML/outerHTML assignment', pattern: /\.(?:inner|outer)HTML\s*(?:\+?=)(?!=)/g },
  { rule: 'insertAdjacentHTML', pattern: /\.insertAdjacentHTML\s*\(/g },
  { rule: 'document.write', pattern: /\bdocument\.write(?:ln)?\s*\(/g },
  { rule: 'setTimeout/setInterval with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { rule: 'a test seam in a release bundle (only the test build defines __TEST_HOOKS__)', pattern: /\blpc(?:RunCommand|ClaimRequests)\b/g },
];

function excerpt(code: string, index: number): string {
  return code.slice(Math.max(0, index - 40), index + 40).replace(/\s+/g, ' ');
}

function matches(file: string, code: string, rules: { rule: string; pattern: RegExp }[]): SecurityProblem[] {
  const problems: SecurityProblem[] = [];
  for (const { rule, pattern } of rules) for (const m of code.matchAll(pattern)) problems.push({ file, rule, excerpt: excerpt(code, m.index) });
  return problems;
}

/** Dynamic code and HTML-from-strings in a built bundle. */
export function scanBundle(file: string, code: string): SecurityProblem[] {
  return matches(file, code, BUNDLE_RULES);
}

/** `dangerouslySetInnerHTML` anywhere in our sources (the bundle only shows Preact's own support for it). */
export function scanSource(file: string, code: string): SecurityProblem[] {
  return matches(file, code, [{ rule: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/g }]);
}

/** Every string in the pack that is or holds an http: URL (sources must be https). */
export function scanPack(file: string, pack: unknown): SecurityProblem[] {
  const problems: SecurityProblem[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(/\bhttp:\/\/[a-z0-9[]\S*/gi)) problems.push({ file, rule: 'http: URL in the pack', excerpt: `${where}: ${m[0]}` });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, where ? `${where}.${k}` : k);
  };
  walk(pack, '');
  return problems;
}

async function filesUnder(dir: string, test: (f: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, encoding: 'utf8' });
  return entries.filter(test).sort().map((f) => path.join(dir, f));
}

export function formatSecurityProblems(problems: SecurityProblem[], root: string): string {
  return `Security check failed:\n${problems.map((p) => `- ${path.relative(root, p.file) || p.file}: ${p.rule}: ${p.excerpt}`).join('\n')}`;
}

/** Checks built bundles, our sources and the pack; throws a SecurityError naming every problem. */
export async function assertSecure(options: { root: string; dist: string; packFile: string; pack?: unknown }): Promise<void> {
  const problems: SecurityProblem[] = [];
  for (const file of await filesUnder(options.dist, (f) => f.endsWith('.js'))) problems.push(...scanBundle(file, await readFile(file, 'utf8')));
  for (const file of await filesUnder(path.join(options.root, 'src'), (f) => /\.(ts|tsx)$/.test(f))) problems.push(...scanSource(file, await readFile(file, 'utf8')));
  const pack = options.pack ?? JSON.parse(await readFile(options.packFile, 'utf8'));
  problems.push(...scanPack(options.packFile, pack));
  if (problems.length) throw new SecurityError(formatSecurityProblems(problems, options.root));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  assertSecure({ root, dist: path.join(root, 'dist'), packFile: path.join(root, 'assets/topics/landmine-policy.json') }).then(
    () => console.log('security check: no dynamic code, no HTML from strings, no http: links in the pack'),
    (error) => {
      console.error(error instanceof SecurityError ? error.message : error);
      process.exit(1);
    },
  );
}
