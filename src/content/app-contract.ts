/**
 * How the always-on boot script and the on-demand app part (injected by the background into
 * the same isolated world) meet. Boot drives: once the injection resolved (the app's file has
 * run), it finds the app's hook and starts, stops and asks it; the app reads nothing of boot's.
 * The hook lives on the content script's own global, which page scripts cannot see. They can still
 * shadow it, though: in Chromium an element with that id shows through the isolated global as a
 * named property, so only own properties count.
 */
import type { DetectionReport } from '../shared/detection.ts';
import type { ClaimNoteSummary, Handlers, TermCount } from '../shared/messages.ts';
import type { Settings } from '../shared/settings/schema.ts';

export const APP_HOOK = '__lpcApp';
/** The scorer's hook: content/detect.js, injected once a page passed a topic's gate. */
export const DETECT_HOOK = '__lpcDetect';
/** Set once boot ran in this world, so a second injection of boot.js does not double up. Holds no state. */
export const BOOT_MARK = '__lpcBoot';

/** What the app adds to the page's state. */
export interface AppSnapshot {
  terms: TermCount[];
  highlightMs?: number;
  claimsMs?: number;
  claims: ClaimNoteSummary[];
}

/** The messages the app answers itself: they act on its marks and card. */
export type AppHandlers = Pick<Handlers, 'ui-to-cs:focus-term' | 'bg-to-cs:step-term' | 'ui-to-cs:focus-claim'>;

export interface ContentApp {
  /** Highlights the page (again) with these settings; `onChange` hears of new terms or claims, at most once a second. */
  start(settings: Settings, detection: DetectionReport | null, onChange: () => void): void;
  /** Removes every highlight and our UI, restoring the page. */
  stop(): void;
  snapshot(): AppSnapshot;
  handlers: AppHandlers;
}

/** What content/detect.js adds: the full scoring of a page that passed the gate of these topics. */
export interface PageScorer {
  /**
   * The best topic's report, listing every topic detected; `started`: when the detection began
   * (its `ms` counts the work since, not the breaks a long page's scoring takes to let the page run).
   */
  score(doc: Document, topics: readonly string[], started: number): Promise<DetectionReport>;
}

type HookGlobal = { [APP_HOOK]?: ContentApp; [DETECT_HOOK]?: PageScorer; [BOOT_MARK]?: true };

/** Our hook, or undefined: never a page element of the same id. */
export function getHook<K extends keyof HookGlobal>(key: K): HookGlobal[K] {
  return Object.hasOwn(globalThis, key) ? (globalThis as unknown as HookGlobal)[key] : undefined;
}

/** An assignment makes an own property, which a named element cannot shadow. */
export function setHook<K extends keyof HookGlobal>(key: K, value: NonNullable<HookGlobal[K]>): void {
  (globalThis as unknown as HookGlobal)[key] = value;
}
