/**
 * The page's state in the content world, owned in one place: the settings, the detection, the
 * app part if it runs, and why it could not start. Boot drives the app from here (one direction:
 * the app reads nothing of boot's), answers what is on the page, and pushes every change.
 * A closure, not a class: boot.js is always on and has a size budget, and a closure's names
 * minify where a class's properties do not.
 */
import { dispatch, type PageState, type Res } from '../shared/messages.ts';
import type { DetectionReport } from '../shared/detection.ts';
import { siteModeFor, type Settings } from '../shared/settings/schema.ts';
import type { ContentApp } from './app-contract.ts';

/** What boot does for the controller (a unit test passes fakes). The page is `location`. */
export interface BootDeps {
  detect(): Promise<DetectionReport>;
  /** Asks the background to inject the app part; resolves once its file ran, or says why not. */
  loadApp(detection: DetectionReport): Promise<Res<'cs-to-bg:load-app'>>;
  /** The app's hook, once its file has run in this world. */
  app(): ContentApp | undefined;
  /** Whether a topic's pack chunk has run in this world (the app reads the packs it finds there). */
  hasPack(topic: string): boolean;
  /** Tells the background (badge) and any open popup. */
  publish(state: PageState): void;
}

export interface BootController {
  /**
   * Brings the page in line with new settings or, without, with the page as it is now;
   * `reread` when it changed under us (a client-side navigation, late content).
   */
  apply(settings?: Settings, reread?: boolean): Promise<void>;
  state(): PageState;
  detected(): boolean;
  /** Answers a message to the page: the app's own while it is loaded, get-state here. */
  onMessage(raw: unknown): Promise<unknown> | undefined;
}

/** The first try and one more: a background that was just restarting answers the second. */
const LOAD_TRIES = 2;

/** Whether the page went past a topic's gate to the scorer (a page that did not has the verdict "no-term"). */
const scored = (detection: DetectionReport | null) => !!detection && detection.verdict.kind !== 'no-term';

/** The state as compared for news: the detector's own time differs on every run, so a re-detection with the same verdict is none. */
const newsOf = (state: PageState) => JSON.stringify(state, (k, v: unknown) => (k === 'ms' ? undefined : v));

export function createBootController({ detect, loadApp, app, hasPack, publish }: BootDeps): BootController {
  const host = location.hostname;
  let settings: Settings | undefined;
  let detection: DetectionReport | null = null;
  let running: ContentApp | undefined;
  let loading = false;
  let error: string | undefined;
  let published: string | undefined;

  const mode = () => settings && siteModeFor(settings, host);
  const detected = () => !!detection?.detected;
  const wanted = () => mode() === 'always' || (mode() === 'on' && detected());
  const state = (): PageState => ({ url: location.href, host, detection, siteOff: mode() === 'off', ...(running?.snapshot() ?? { terms: [] }), ...(error ? { error } : {}) });

  /** Pushes the state when something shown changed. */
  const changed = () => {
    const now = state();
    const key = newsOf(now);
    if (key === published) return;
    const first = published === undefined;
    published = key;
    // The badge starts empty on every page; a first state with nothing to show would only wake the
    // background, on nearly every page of the web (a popup opened later asks for the state). A
    // failed start, or a page the scorer weighed (it passed a topic's gate, as few pages do;
    // scoring a long one takes a while), is news to a popup that opened before it.
    if (!first || now.terms.length || now.error || scored(now.detection)) publish(now);
  };

  /** No app yet, or the page now holds a topic whose pack was not injected (a client-side navigation to another topic's article). */
  const missing = () => !app() || !!detection?.topics.some((t) => !hasPack(t));

  /** Injects the app part and the detected topics' packs; undefined while another apply is loading them, or when every try failed. */
  const load = async (): Promise<ContentApp | undefined> => {
    if (loading || !detection) return undefined;
    loading = true;
    for (let i = 0; i < LOAD_TRIES && missing(); i++) {
      const answer = await loadApp(detection).catch((e: Error) => ({ ok: false, error: e.message }));
      // "Could not start" is for a page without the app; one that runs keeps to the packs it has.
      error = app() ? undefined : (answer.error ?? 'no app');
    }
    loading = false;
    return app();
  };

  const apply = async (next = settings, reread = false): Promise<void> => {
    if (reread) detection = null;
    if (!next) return;
    settings = next;
    if (mode() !== 'off') detection ??= await detect();
    const loaded = wanted() ? (missing() ? await load() : app()) : undefined;
    // Asked again after the await: a newer change may have switched the site off meanwhile.
    if (loaded && wanted()) {
      loaded.start(settings, detection, changed);
      running = loaded;
    } else if (!wanted()) {
      running?.stop();
      running = undefined;
    }
    changed();
  };

  return {
    apply,
    state,
    detected,
    onMessage(raw) {
      const loaded = app();
      return (loaded && dispatch(loaded.handlers, raw)) || dispatch({ 'ui-to-cs:get-state': state }, raw);
    },
  };
}
