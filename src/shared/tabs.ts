/** Typed sending of messages, used by background, popup and options (content uses ext-api). */
import browser from 'webextension-polyfill';
import { envelope, type MessageType, type Req, type Res } from './messages.ts';

export function sendToBackground<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  return browser.runtime.sendMessage(envelope(type, payload)) as Promise<Res<K>>;
}

/** To the top frame of a tab, where the article and our content script live. */
export function sendToTab<K extends MessageType>(tabId: number, type: K, payload: Req<K>): Promise<Res<K>> {
  return browser.tabs.sendMessage(tabId, envelope(type, payload), { frameId: 0 }) as Promise<Res<K>>;
}
