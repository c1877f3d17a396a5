/**
 * The e2e fixture server: the project's pages (scripts/lib/static-server.ts) plus
 *   /react/…   a page server-rendered with React 18 and its late bundle (react-ssr.ts)
 */
import { projectPages, startStaticServer, type FixtureServer } from '../../scripts/lib/static-server.ts';
import { reactResponse } from './react-ssr.ts';

export type { FixtureServer };

export function startServer(): Promise<FixtureServer> {
  return startStaticServer(async (url) => (url.pathname.startsWith('/react/') && (await reactResponse(url))) || projectPages(url));
}
