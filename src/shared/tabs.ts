/** Typed sending to a tab, used by background and popup (content senders use `request` over ext-api). */
import browser from 'webextension-polyfill';
import { request, type MessageType, type Req, type Res } from './messages.ts';

/** To the top frame of a tab, where the article and our content script live. Rejects with a handler's error. */
export function sendToTab<K extends MessageType>(tabId: number, type: K, payload: Req<K>): Promise<Res<K>> {
  return request((message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }), type, payload);
}
