/**
 * The one element of ours in the page: an open shadow root on a custom-named element, with
 * `all: initial` on the host so page CSS cannot reach in. (Content scripts cannot register
 * custom elements in Chrome, but attachShadow works on any valid custom element name.)
 */
export const HOST_TAG = 'lpc-card-host';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
  remove(): void;
}

export function createShadowHost(doc: Document, css: string): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  doc.documentElement.append(host);
  return { host, root, mount, remove: () => host.remove() };
}
