/**
 * The fixture server's /react/… routes: a page server-rendered with real React 18
 * (e2e/fixtures/react-ssr) and its client bundle, built once with esbuild in development mode
 * (so React logs hydration mismatches) and served after ?delay=MS, to play a bundle that
 * arrives late.
 *   /react/article?delay=MS    the server-rendered page; its async bundle is delayed by MS
 *   …&after-load               the page adds its bundle only once it has loaded
 *   /react/client.js?delay=MS  the bundle itself
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Not from server.ts, which imports this module.
const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/react-ssr');

interface ReactServer {
  renderPage(bundleUrl: string, afterLoad?: boolean): string;
}

let bundle: Promise<string> | undefined;
let renderer: Promise<ReactServer> | undefined;

function clientBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [path.join(FIXTURE, 'client.js')],
    bundle: true,
    write: false,
    format: 'iife',
    // Served to both browsers the scenarios run in.
    target: ['chrome120', 'firefox128'],
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

function reactServer(): Promise<ReactServer> {
  // A computed path: the fixture is plain JS (no React types in this project), loaded as is.
  const file = pathToFileURL(path.join(FIXTURE, 'server.js')).href;
  renderer ??= import(file) as Promise<ReactServer>;
  return renderer;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function reactResponse(url: URL): Promise<{ status: number; type: string; body: string } | undefined> {
  const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 30_000);
  if (url.pathname === '/react/article') {
    const html = (await reactServer()).renderPage(`/react/client.js?delay=${delay}`, url.searchParams.has('after-load'));
    return { status: 200, type: 'text/html; charset=utf-8', body: html };
  }
  if (url.pathname === '/react/client.js') {
    const [js] = await Promise.all([clientBundle(), sleep(delay)]);
    return { status: 200, type: 'text/javascript', body: js };
  }
  return undefined;
}
