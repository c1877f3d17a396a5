/**
 * The extension API for the always-on content script. It cannot afford webextension-polyfill
 * (~10 KB of a 12 KB budget), and needs only promise-returning calls that both browsers'
 * MV3 APIs already provide natively: runtime.sendMessage, runtime.onMessage, storage.
 */
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

export function nativeApi(): Api | undefined {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = g.browser ?? g.chrome;
  return api?.runtime?.id ? api : undefined;
}
