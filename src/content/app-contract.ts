/**
 * How the always-on boot script and the on-demand app part (injected by the background into
 * the same isolated world) find each other. The hook lives on the content script's own global,
 * which page scripts cannot see. They can still shadow it, though: in Chromium an element with
 * that id shows through the isolated global as a named property, so only own properties count.
 */
import type { DetectionReport } from '../shared/detection.ts';
import type { Handlers, PageState } from '../shared/messages.ts';
import { siteModeFor, type Settings } from '../shared/settings/schema.ts';

export const APP_HOOK = '__landminePolicyContextApp';
export const BOOT_HOOK = '__landminePolicyContextBoot';

export interface ContentApp {
  /** Highlights the page (again) with these settings. Idempotent. */
  start(settings: Settings, detection: DetectionReport | null): void;
  /** Removes every highlight and our UI, restoring the page. */
  stop(): void;
  /** Message handlers the app answers once it is loaded (boot answers the rest). */
  handlers: Handlers;
}

export interface BootState {
  settings: Settings;
  detection: DetectionReport | null;
}

type HookGlobal = { [APP_HOOK]?: ContentApp; [BOOT_HOOK]?: BootState };

/** Our hook, or undefined: never a page element of the same id. */
export function getHook<K extends keyof HookGlobal>(key: K): HookGlobal[K] {
  return Object.prototype.hasOwnProperty.call(globalThis, key) ? (globalThis as unknown as HookGlobal)[key] : undefined;
}

/** An assignment makes an own property, which a named element cannot shadow. */
export function setHook<K extends keyof HookGlobal>(key: K, value: NonNullable<HookGlobal[K]>): void {
  (globalThis as unknown as HookGlobal)[key] = value;
}

/** What the page is doing, as the popup reports it; boot and app answer with the same rule. */
export function pageMode(settings: Settings | undefined, host: string, detection: DetectionReport | null, highlighting: boolean): PageState['mode'] {
  if (settings && siteModeFor(settings, host) === 'off') return 'site-off';
  if (highlighting) return 'highlighting';
  return detection?.detected ? 'detected-off' : 'not-detected';
}
