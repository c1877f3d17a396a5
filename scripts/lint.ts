/** `npm run lint`: addons-linter on dist/firefox (0 errors, 0 warnings) and ESLint on the TypeScript. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from './build.ts';
import { ROOT } from './lib/paths.ts';
import { run } from './lib/proc.ts';

/** addons-linter on a folder or a zip; true when it reports no error and no warning. */
export async function lintFirefox(target: string): Promise<boolean> {
  const linter = await run(process.execPath, [path.join(ROOT, 'node_modules/addons-linter/bin/addons-linter'), target, '--output', 'json'], { cwd: ROOT, quiet: true });
  try {
    const json = JSON.parse(linter.output.slice(linter.output.indexOf('{')));
    const { errors = [], warnings = [], notices = [] } = json;
    console.log(`addons-linter ${path.relative(ROOT, target)}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
    for (const m of [...errors, ...warnings]) console.log(`  ${m._type}: ${m.code} ${m.file ?? ''}: ${m.message}`);
    return errors.length === 0 && warnings.length === 0;
  } catch {
    console.error(linter.output);
    return false;
  }
}

async function main(): Promise<number> {
  if (!existsSync(path.join(ROOT, 'dist/firefox/manifest.json'))) await build({ quiet: true });
  let ok = await lintFirefox(path.join(ROOT, 'dist/firefox'));
  const eslint = await run(process.execPath, [path.join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--max-warnings=0', 'src', 'scripts', 'e2e', 'test'], { cwd: ROOT });
  console.log(`eslint: ${eslint.code === 0 ? 'clean' : 'problems above'}`);
  ok &&= eslint.code === 0;
  return ok ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main().then((code) => process.exit(code));
