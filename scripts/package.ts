/** `npm run package`: one zip per browser from dist/, ready for the stores or for sharing. */
import { zipSync } from 'fflate';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST, ROOT, TARGETS } from './build.ts';

const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
for (const target of TARGETS) {
  const dir = path.join(DIST, target);
  const files: Record<string, Uint8Array> = {};
  for (const rel of await readdir(dir, { recursive: true, withFileTypes: false, encoding: 'utf8' })) {
    const full = path.join(dir, rel);
    try {
      files[rel.split(path.sep).join('/')] = new Uint8Array(await readFile(full));
    } catch {
      // a directory
    }
  }
  const out = path.join(DIST, `${pkg.name}-${target}-${pkg.version}.zip`);
  await writeFile(out, zipSync(files, { level: 9 }));
  console.log(`${path.relative(ROOT, out)}: ${Object.keys(files).length} files`);
}
