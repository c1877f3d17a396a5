/**
 * Every message between content script, background, popup and options, defined once.
 * Each key maps a request payload to its response; `send*` and `handle` are typed from this map,
 * so both sides of a message use the same definition.
 *
 * A name says who sends it to whom, so a hidden consumer shows: `<from>-to-<to>:<what>`, where
 * cs is the content script, bg the background, ui the popup or options page, all anyone listening.
 */
import type { ClaimHit } from './claims/types.ts';
import type { DetectionReport } from './detection.ts';
import type { SettingsChange } from './settings/changes.ts';
import type { SaveResult } from './settings/save.ts';

export interface TermCount {
  id: string;
  label: string;
  kind: string;
  count: number;
  /** Forms found on the page in another language than English ("Antipersonenminen (German)"), at most three. */
  found?: string[];
}

/** What the content script knows about its page: boot's own fields plus the app's snapshot. */
export interface PageState {
  url: string;
  host: string;
  /** Null until the page was read (it is not read while the site is off). */
  detection: DetectionReport | null;
  /** The reader switched this site off: the popup says so instead of "no terms". */
  siteOff: boolean;
  terms: TermCount[];
  /** Main-thread ms our last complete highlight pass took (absent until one finished). */
  highlightMs?: number;
  /** Main-thread ms of the claim pass over the whole article after it (reading, sending, wrapping; the matching runs in the background). */
  claimsMs?: number;
  /** Claim notes on the page, in document order (absent where the app has not loaded). */
  claims?: ClaimNoteSummary[];
  /** The app part could not be injected (tried twice): the browser's reason. */
  error?: string;
}

/**
 * What a handler that threw answers instead of its response: errors travel as data, because an
 * `undefined` answer reads as "nobody is there". No response type may be exactly `{ error }`.
 */
export interface MessageError {
  error: string;
}

export function isMessageError(value: unknown): value is MessageError {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as MessageError).error === 'string';
}

/** One claim note as the popup lists it. */
export interface ClaimNoteSummary {
  index: number;
  claimIds: string[];
  sentence: string;
  voice: string;
  speaker?: string;
}

export interface MessageMap {
  /** content (boot) → background: the page is worth highlighting; inject the app part. */
  'cs-to-bg:load-app': { req: { detection: DetectionReport }; res: { ok: boolean; error?: string } };
  /**
   * content (boot) → background: the page passed a topic's gate; inject the scorer
   * (content/detect.js, kept out of the always-on script for size). Resolves once its file ran.
   */
  'cs-to-bg:load-detector': { req: Record<string, never>; res: { ok: boolean; error?: string } };
  /**
   * content (boot) → background and any open popup: the page's state changed (mode, detection,
   * terms or claims; term changes at most once a second). The background sets the badge from it.
   */
  'cs-to-all:state-changed': { req: { state: PageState }; res: void };
  /** popup/background → content: what is on this page? */
  'ui-to-cs:get-state': { req: Record<string, never>; res: PageState };
  /**
   * popup → content: scroll to the next occurrence of a term and open its card. Each request
   * moves on to the following occurrence; index (1-based) and total say which one is shown.
   */
  'ui-to-cs:focus-term': { req: { termId: string }; res: { ok: boolean; index?: number; total?: number } };
  /**
   * popup/options → background: apply a change to the stored settings, in the background's one
   * queue (so concurrent changes from several pages all land). Says what was stored, or why not.
   */
  'ui-to-bg:update-settings': { req: { change: SettingsChange }; res: SaveResult };
  /** background (keyboard command) → content: move to the next or previous term. */
  'bg-to-cs:step-term': { req: { direction: 1 | -1 }; res: { ok: boolean } };
  /**
   * content (app) → background: the claims each text makes (the blocks of a claim pass), among
   * the page's claims (ids, in the page's order), on the reader's day. Matching runs in the
   * background so the page's main thread only reads and wraps (src/content/claims/pass.ts).
   */
  'cs-to-bg:match-claims': { req: { claims: string[]; texts: string[]; today: string }; res: { hits: ClaimHit[][] } };
  /** popup → content: scroll to claim note `index` (of PageState.claims) and open its card. */
  'ui-to-cs:focus-claim': { req: { index: number }; res: { ok: boolean } };
}

export type MessageType = keyof MessageMap;

/**
 * The port the app sends its claim requests over: a message on an open port costs the page about
 * a third of a one-off runtime.sendMessage (in Chromium, 0.07 against 0.17 ms before the payload),
 * and a long page sends one per 40,000 characters (controller.ts ASK_EVERY). Each request carries
 * an id its answer repeats; the answer is what `dispatch` gives (a response, or a MessageError).
 */
export const CLAIMS_PORT = 'lpc-claims';
export interface PortRequest<K extends MessageType = MessageType> {
  id: number;
  message: Envelope<K>;
}
export interface PortAnswer {
  id: number;
  answer: unknown;
}
export type Req<K extends MessageType> = MessageMap[K]['req'];
export type Res<K extends MessageType> = MessageMap[K]['res'];
export type Envelope<K extends MessageType = MessageType> = { type: K; payload: Req<K> };

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    'payload' in value
  );
}

export function envelope<K extends MessageType>(type: K, payload: Req<K>): Envelope<K> {
  return { type, payload };
}

/** Who sent a message, as the background sees it (content handlers are not told). */
export interface Sender {
  tabId?: number;
  frameId?: number;
  url?: string;
}

export type Handlers = {
  [K in MessageType]?: (payload: Req<K>, sender: Sender) => Res<K> | Promise<Res<K>>;
};

/**
 * Dispatch an incoming raw message to the matching handler. Returns undefined when no handler
 * matches, so other listeners (and the browser) know we did not answer. Never rejects: a handler
 * that throws answers a MessageError.
 */
export function dispatch(handlers: Handlers, raw: unknown, sender: Sender = {}): Promise<unknown> | undefined {
  if (!isEnvelope(raw)) return undefined;
  const handler = handlers[raw.type] as ((p: unknown, s: Sender) => unknown) | undefined;
  if (!handler) return undefined;
  return Promise.resolve()
    .then(() => handler(raw.payload, sender))
    .catch((error?: Error): MessageError => ({ error: String(error?.message ?? error) }));
}

/**
 * Sends a message through `post` (runtime.sendMessage or a tab's sendMessage, native or
 * polyfilled) with a typed response; a MessageError answer becomes a rejection with its text.
 */
export async function request<K extends MessageType>(post: (message: Envelope<K>) => Promise<unknown>, type: K, payload: Req<K>): Promise<Res<K>> {
  const answer = await post(envelope(type, payload));
  if (isMessageError(answer)) throw new Error(answer.error);
  return answer as Res<K>;
}
