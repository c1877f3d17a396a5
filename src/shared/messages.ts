/**
 * Every message between content script, background, popup and options, defined once.
 * Each key maps a request payload to its response; `send*` and `handle` are typed from this map,
 * so both sides of a message use the same definition.
 *
 * A name says who sends it to whom, so a hidden consumer shows: `<from>-to-<to>:<what>`, where
 * cs is the content script, bg the background, ui the popup or options page, all anyone listening.
 */
import type { DetectionReport } from './detection.ts';
import type { PackedVocabulary } from './pack/types.ts';
import type { SettingsChange } from './settings/changes.ts';
import type { Settings } from './settings/schema.ts';

export interface TermCount {
  id: string;
  label: string;
  kind: string;
  count: number;
  /** Forms found on the page in another language than English ("Antipersonenminen (German)"), at most three. */
  found?: string[];
}

/** What the content script knows about its page. */
export interface PageState {
  url: string;
  host: string;
  detection: DetectionReport | null;
  /** Why nothing runs here, if so: the site is off, or the page is not an article. */
  mode: 'highlighting' | 'detected-off' | 'not-detected' | 'site-off';
  terms: TermCount[];
  /** Main-thread ms our last complete highlight pass took (absent until one finished). */
  highlightMs?: number;
  /** Claim notes on the page, in document order (absent where the app has not loaded). */
  claims?: ClaimNoteSummary[];
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
   * content (boot) → background: the page passed the gate; the other languages' context terms
   * and near-misses, so it can be scored in full (kept out of the always-on script for size).
   */
  'cs-to-bg:detection-extras': { req: Record<string, never>; res: Record<string, Omit<PackedVocabulary, 'threshold' | 'rules'>> };
  /** content (app) → background: the set of highlighted terms changed (badge). */
  'cs-to-bg:terms-changed': { req: { terms: TermCount[] }; res: void };
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
  'ui-to-bg:update-settings': { req: { change: SettingsChange }; res: { ok: true; settings: Settings } | { ok: false; error: string } };
  /** background (keyboard command) → content: move to the next or previous term. */
  'bg-to-cs:step-term': { req: { direction: 1 | -1 }; res: { ok: boolean } };
  /** popup → content: scroll to claim note `index` (of PageState.claims) and open its card. */
  'ui-to-cs:focus-claim': { req: { index: number }; res: { ok: boolean } };
}

export type MessageType = keyof MessageMap;
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

export type Handlers = {
  [K in MessageType]?: (payload: Req<K>, sender: { tabId?: number; frameId?: number; url?: string }) => Res<K> | Promise<Res<K>>;
};

/**
 * Dispatch an incoming raw message to the matching handler. Returns undefined when no handler
 * matches, so other listeners (and the browser) know we did not answer.
 */
export function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: { tabId?: number; frameId?: number; url?: string },
): Promise<unknown> | undefined {
  if (!isEnvelope(raw)) return undefined;
  const handler = handlers[raw.type] as ((p: unknown, s: typeof sender) => unknown) | undefined;
  if (!handler) return undefined;
  return Promise.resolve().then(() => handler(raw.payload, sender));
}
