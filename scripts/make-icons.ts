/** Renders assets/icons/icon.svg to the PNG sizes the manifest names (run by hand after editing the SVG). */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromiumExecutable } from './lib/browsers.ts';
import { ROOT } from './lib/paths.ts';

const svg = await readFile(path.join(ROOT, 'assets/icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`);
  await page.screenshot({ path: path.join(ROOT, `assets/icons/icon-${size}.png`), omitBackground: true });
}
await browser.close();
