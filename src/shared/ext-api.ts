/**
 * The extension API for the content scripts. The always-on one cannot afford
 * webextension-polyfill (~10 KB of a 12 KB budget), and both need only promise-returning calls
 * that both browsers' MV3 APIs already provide natively: runtime messaging, ports, storage.
 *
 * In Chromium's isolated world `browser` is not an own property of the global, so a page's
 * `<form id="browser"><input name="runtime">` shows through as `globalThis.browser`. (The
 * polyfill would take that form for the API.) A candidate counts only if it has real functions.
 */
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

function isApi(value: unknown): value is Api {
  const runtime = (value as Api | undefined)?.runtime;
  return typeof runtime?.sendMessage === 'function' && !!runtime.id;
}

export function nativeApi(): Api | undefined {
  const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  if (isApi(g.browser)) return g.browser;
  return isApi(g.chrome) ? g.chrome : undefined;
}
