/**
 * The on-demand part of the content script, injected by the background only on pages that are
 * detected (or set to "always"). Wires highlighter, popover and messages together.
 */
import { PackSet } from '../../shared/pack/pack-set.ts';
import { registeredPacks } from '../../shared/pack/registry.ts';
import type { Settings } from '../../shared/settings/schema.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import { APP_HOOK, BOOT_HOOK, getHook, setHook, pageMode, type ContentApp } from '../app-contract.ts';
import { matchersByLanguage } from './page-languages.ts';
import { HighlightSession } from './live-highlights.ts';
import { throttle } from './throttle.ts';
import { sendCounts, termCounts } from './term-counts.ts';
import { Popover } from '../popover/popover.tsx';
import { watchForOrphaning } from './orphan-watch.ts';
import { pageClaims } from '../claims/app-claims.ts';

/** The badge needs one message a second at most, however fast a live page grows. */
const REPORT_INTERVAL_MS = 1_000;

function createApp(): ContentApp {
  // The detected topics' packs, injected before this script (src/background/app-files.ts).
  const packs = new PackSet(registeredPacks());
  const pack = packs.combined;
  const matcherFor = matchersByLanguage(packs);
  const entries = new Map(pack.entries.map((e) => [e.id, e]));
  let current: Settings | null = null;
  let popover: Popover | null = null;
  /** Per term, the occurrence the popup showed last, so each click moves on to the next one. */
  const lastFocused = new Map<string, HTMLElement>();

  const counts = (withForms = false) => termCounts(session, entries, withForms);
  const report = throttle(() => sendCounts(counts()), REPORT_INTERVAL_MS);

  const claims = pageClaims(document, pack, () => report());
  // The highlight lifecycle (settling, chunking, live pages, removal) lives in the session.
  const session = new HighlightSession(document, (detection) => matcherFor(document, detection), {
    started() {
      popover ??= new Popover(document, packs, {
        theme: () => current?.appearance.theme ?? 'auto',
        marks: () => claims.stepOrder(marks),
        termOf: (el) => session.found.terms.get(el),
        isClaimNote: (el) => claims.isNote(el),
        claimCard: (note, ctx) => claims.cardFor(note, ctx),
      });
      popover.attach();
    },
    changed: report,
    highlighted: (el, guard) => claims.notes.highlighted(el, guard),
    clearing: () => claims.notes.clear(),
  });
  const marks = session.marks;

  const app: ContentApp = {
    start(settings: Settings, detection: DetectionReport | null) {
      current = settings;
      claims.apply(settings, location.hostname);
      session.start(settings, detection);
    },
    stop() {
      popover?.destroy();
      popover = null;
      session.stop();
      current = null;
      report.cancel();
      sendCounts(counts());
    },
    handlers: {
      'ui-to-cs:get-state': () => {
        const boot = getHook(BOOT_HOOK);
        return {
          url: location.href,
          host: location.hostname,
          detection: boot?.detection ?? null,
          mode: pageMode(boot?.settings, location.hostname, boot?.detection ?? null, current !== null),
          terms: (session.refreshCounts(), counts(true)),
          claims: claims.list(),
          ...(session.lastPassMs === null ? {} : { highlightMs: session.lastPassMs }),
        };
      },
      'ui-to-cs:focus-term': ({ termId }) => {
        session.refreshCounts();
        const occurrences = marks.filter((m) => session.found.terms.get(m) === termId);
        const previous = lastFocused.get(termId);
        const index = previous ? (occurrences.indexOf(previous) + 1) % occurrences.length : 0;
        const mark = occurrences[index];
        if (!mark || !popover) return { ok: false };
        lastFocused.set(termId, mark);
        mark.scrollIntoView({ block: 'center' });
        popover.openFor(mark, { focus: true });
        return { ok: true, index: index + 1, total: occurrences.length };
      },
      'bg-to-cs:step-term': ({ direction }) => ({ ok: popover?.step(direction) ?? false }),
      'ui-to-cs:focus-claim': ({ index }) => {
        const note = claims.head(index);
        if (!note || !popover) return { ok: false };
        note.scrollIntoView({ block: 'center' });
        popover.openFor(note, { focus: true });
        return { ok: true };
      },
    },
  };
  return app;
}

try {
  if (!getHook(APP_HOOK)) {
    const app = createApp();
    setHook(APP_HOOK, app);
    const boot = getHook(BOOT_HOOK);
    if (boot?.settings) app.start(boot.settings, boot.detection);
    watchForOrphaning(() => app.stop());
  }
} catch (error) {
  console.debug('[lpc] could not start', error);
}
