/** `npm run typecheck`: TypeScript in strict mode over the whole project, no output files. */
import path from 'node:path';
import { ROOT } from './lib/paths.ts';
import { run } from './lib/proc.ts';

const r = await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: ROOT });
process.exit(r.code);
