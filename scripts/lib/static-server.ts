/**
 * A static server on 127.0.0.1 (random port) for the demo, the bench and the e2e harness. It
 * serves the project's own pages (`projectPages`) or any other handler, and records every request
 * so tests can assert what was (not) fetched.
 */
import http from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { CORPUS, ROOT, SHARED_ARTICLES } from './paths.ts';
import { articlePage } from './shared-material.ts';

export interface Reply {
  status: number;
  type: string;
  body: Buffer | string;
}
export type Handler = (url: URL) => Promise<Reply>;

export interface FixtureServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

export const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };
const NOT_FOUND: Reply = { status: 404, type: 'text/plain', body: 'not found' };

/**
 * The project's pages:
 *   /fixtures/…          our own test pages (e2e/fixtures) and the demo (assets/demo)
 *   /shared-article/N    one of ../shared/articles wrapped in a plain article page
 *   /corpus/…            a page from ../shared/corpus, gunzipped when needed
 */
export async function projectPages(url: URL): Promise<Reply> {
  const p = decodeURIComponent(url.pathname);
  if (p.startsWith('/fixtures/')) {
    const rel = p.slice('/fixtures/'.length);
    for (const dir of [path.join(ROOT, 'e2e/fixtures'), path.join(ROOT, 'assets/demo')]) {
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
  if (p === '/' || p === '/favicon.ico') return { status: 204, type: 'text/plain', body: '' };
  return NOT_FOUND;
}

export async function startStaticServer(handler: Handler = projectPages): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    handler(url)
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
