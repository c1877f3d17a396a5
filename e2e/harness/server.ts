/**
 * The e2e fixture server: the project's pages (scripts/lib/static-server.ts) plus
 *   /react/…            a page server-rendered with React 18 and its late bundle (react-ssr.ts)
 *   /fixtures/….txt     served as text/plain, as a browser meets a plain-text file on the web
 */
import { projectPages, startStaticServer, type FixtureServer } from '../../scripts/lib/static-server.ts';
import { reactResponse } from './react-ssr.ts';

export type { FixtureServer };

export function startServer(): Promise<FixtureServer> {
  return startStaticServer(async (url) => {
    const react = url.pathname.startsWith('/react/') && (await reactResponse(url));
    if (react) return react;
    const reply = await projectPages(url);
    return url.pathname.startsWith('/fixtures/') && url.pathname.endsWith('.txt') && reply.status === 200 ? { ...reply, type: 'text/plain; charset=utf-8' } : reply;
  });
}
