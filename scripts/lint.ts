/** `npm run lint`: addons-linter on dist/firefox (0 errors, 0 warnings) and ESLint on the TypeScript. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { ROOT, build } from './build.ts';
import { run } from './lib/proc.ts';

async function main(): Promise<number> {
  if (!existsSync(path.join(ROOT, 'dist/firefox/manifest.json'))) await build({ quiet: true });
  const linter = await run(process.execPath, [path.join(ROOT, 'node_modules/addons-linter/bin/addons-linter'), path.join(ROOT, 'dist/firefox'), '--output', 'json'], { cwd: ROOT, quiet: true });
  let failed = false;
  try {
    const json = JSON.parse(linter.output.slice(linter.output.indexOf('{')));
    const { errors = [], warnings = [], notices = [] } = json;
    console.log(`addons-linter dist/firefox: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
    for (const m of [...errors, ...warnings]) console.log(`  ${m._type}: ${m.code} ${m.file ?? ''}: ${m.message}`);
    failed ||= errors.length > 0 || warnings.length > 0;
  } catch {
    console.error(linter.output);
    failed = true;
  }
  const eslint = await run(process.execPath, [path.join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--max-warnings=0', 'src', 'scripts', 'e2e', 'test'], { cwd: ROOT });
  console.log(`eslint: ${eslint.code === 0 ? 'clean' : 'problems above'}`);
  failed ||= eslint.code !== 0;
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
