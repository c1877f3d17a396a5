#!/usr/bin/env node
// Entry for the README's commands on a fresh clone: installs the dependencies when they are
// missing or older than the lock file, then runs scripts/<name>.ts with the TypeScript loader.
// Plain JavaScript on purpose: it must run before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: node scripts/bootstrap.mjs <script> [args…]');
  process.exit(2);
}

const lock = path.join(root, 'package-lock.json');
const marker = path.join(root, 'node_modules/.package-lock.json');
const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
if (stale || !existsSync(path.join(root, 'node_modules/tsx'))) {
  console.log('Installing dependencies (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('npm ci failed: check your network access to the npm registry, then run the command again.');
    process.exit(r.status ?? 1);
  }
}

const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', `${name}.ts`), ...args], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
