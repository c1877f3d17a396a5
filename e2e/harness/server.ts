/**
 * A local fixture server on 127.0.0.1 (random port). Serves:
 *   /fixtures/…          our own test pages (e2e/fixtures) and the demo (assets/demo)
 *   /shared-article/N    one of ../shared/articles wrapped in a plain article page (read at run time, never copied)
 *   /corpus/…            a page from ../shared/corpus, gunzipped when needed
 *   /react/…             a page server-rendered with React 18 and its late bundle (react-ssr.ts)
 * It records every request so tests can assert what was (not) fetched.
 */
import http from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reactResponse } from './react-ssr.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = process.env.SHARED_DIR ?? path.resolve(PROJECT_ROOT, '../shared');
export const SHARED_ARTICLES = path.join(SHARED, 'articles');
export const CORPUS = path.join(SHARED, 'corpus');

/**
 * The skip reason for a test that reads `../shared/<part>`, or false when it is there. A public
 * clone has no ../shared: its tests skip with this one line instead of failing.
 */
export function sharedMissing(part: 'articles' | 'corpus' | 'research'): string | false {
  const dir = path.join(SHARED, part);
  return existsSync(dir) ? false : `needs ${dir}: the project's shared material (put it beside the project as ../shared, or set SHARED_DIR)`;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

export interface FixtureServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Wraps a plain-text article (first non-empty line = headline) in a minimal news page. */
export function articlePage(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const [headline = 'Article', ...paras] = lines;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escapeHtml(headline)}</h1>${paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></main>
<footer><p>Fixture page wrapping a shared article for tests.</p></footer></body></html>`;
}

export async function sharedArticleNames(): Promise<string[]> {
  if (!existsSync(SHARED_ARTICLES)) return [];
  return (await readdir(SHARED_ARTICLES)).filter((f) => f.endsWith('.txt')).sort();
}

async function respond(url: URL): Promise<{ status: number; type: string; body: Buffer | string }> {
  const p = decodeURIComponent(url.pathname);
  if (p.startsWith('/fixtures/')) {
    const rel = p.slice('/fixtures/'.length);
    for (const dir of [path.join(PROJECT_ROOT, 'e2e/fixtures'), path.join(PROJECT_ROOT, 'assets/demo')]) {
      const file = path.join(dir, rel);
      if (file.startsWith(dir) && existsSync(file)) return { status: 200, type: TYPES[path.extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
    }
  }
  if (p.startsWith('/shared-article/')) {
    const name = path.basename(p);
    const file = path.join(SHARED_ARTICLES, name.endsWith('.txt') ? name : `${name}.txt`);
    if (existsSync(file)) return { status: 200, type: TYPES['.html']!, body: articlePage(await readFile(file, 'utf8')) };
  }
  if (p.startsWith('/corpus/')) {
    const file = path.join(CORPUS, p.slice('/corpus/'.length));
    if (file.startsWith(CORPUS) && existsSync(file)) {
      const raw = await readFile(file);
      return { status: 200, type: TYPES['.html']!, body: file.endsWith('.gz') ? gunzipSync(raw) : raw };
    }
  }
  if (p.startsWith('/react/')) {
    const react = await reactResponse(url);
    if (react) return react;
  }
  if (p === '/' || p === '/favicon.ico') return { status: 204, type: 'text/plain', body: '' };
  return { status: 404, type: 'text/plain', body: 'not found' };
}

export async function startServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    respond(url)
      .then(({ status, type, body }) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      })
      .catch((error) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
