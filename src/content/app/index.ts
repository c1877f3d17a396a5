/**
 * The on-demand part of the content script, injected by the background only on pages that are
 * detected (or set to "always"). Wires highlighter, popover and messages together; boot starts,
 * stops and asks it through its hook (app-contract.ts).
 */
import { PackSet } from '../../shared/pack/pack-set.ts';
import { registeredPacks } from '../../shared/pack/registry.ts';
import type { TopicPack } from '../../shared/pack/types.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import type { Settings } from '../../shared/settings/schema.ts';
import { APP_HOOK, getHook, setHook, type ContentApp } from '../app-contract.ts';
import { matchersByLanguage } from './page-languages.ts';
import { HighlightSession } from './live-highlights.ts';
import { throttle } from './throttle.ts';
import { termCounts } from './term-counts.ts';
import { Popover } from '../popover/popover.tsx';
import { watchForOrphaning } from './orphan-watch.ts';
import { pageClaims } from '../claims/app-claims.ts';
import { appHandlers } from './handlers.ts';
import { reportError } from '../report-error.ts';

/** Boot tells the badge; it needs one message a second at most, however fast a live page grows. */
const REPORT_INTERVAL_MS = 1_000;

/** The app over one set of packs. */
function appFor(registered: readonly TopicPack[]): ContentApp {
  const packs = new PackSet(registered);
  const pack = packs.combined;
  const matcherFor = matchersByLanguage(packs);
  const entries = new Map(pack.entries.map((e) => [e.id, e]));
  let current: Settings | null = null;
  let popover: Popover | null = null;
  let onChange = () => {};
  const report = throttle(() => onChange(), REPORT_INTERVAL_MS);

  const claims = pageClaims(document, pack, registered, () => report());
  // The highlight lifecycle (settling, chunking, live pages, removal) lives in the session.
  const session = new HighlightSession(document, (detection) => matcherFor(document, detection), {
    started() {
      popover ??= new Popover(document, packs, {
        theme: () => current?.appearance.theme ?? 'auto',
        marks: () => claims.stepOrder(session.marks),
        termOf: (el) => session.found.terms.get(el),
        isClaimNote: (el) => claims.isNote(el),
        claimCard: (note, ctx) => claims.cardFor(note, ctx),
      });
      popover.attach();
    },
    changed: report,
    highlighted: (el, guard, chars) => claims.notes.highlighted(el, guard, chars),
    clearing: () => claims.notes.clear(),
  });

  return {
    start(settings, detection, changed) {
      current = settings;
      onChange = changed;
      claims.apply(settings, location.hostname);
      session.start(settings, detection);
    },
    stop() {
      popover?.destroy();
      popover = null;
      session.stop();
      current = null;
      report.cancel();
    },
    snapshot() {
      // Marks the page removed since the last change are dropped first, so the counts are now's.
      session.refreshCounts();
      const ms = session.lastPassMs;
      const claimsMs = claims.notes.articlePassMs;
      return { terms: termCounts(session, entries), claims: claims.list(), ...(ms === null ? {} : { highlightMs: ms }), ...(claimsMs === null ? {} : { claimsMs }) };
    },
    handlers: appHandlers(session, claims, () => popover),
  };
}

/**
 * The detected topics' packs are injected before this script (src/background/app-files.ts). A
 * client-side navigation to another topic's article has boot inject that topic's pack later;
 * the app is then built again over the packs of the topics the page is now about (all of them
 * on a page highlighted without a detected topic), best first.
 */
function packsFor(detection: DetectionReport | null): TopicPack[] {
  const all = registeredPacks();
  const topics = detection?.topics ?? [];
  const detected = topics.flatMap((t) => all.filter((p) => p.meta.id === t));
  return detected.length ? detected : all;
}

function createApp(): ContentApp {
  let packs = registeredPacks();
  let part = appFor(packs);
  const idsOf = (list: readonly TopicPack[]) => list.map((p) => p.meta.id).join(' ');
  return {
    start(settings, detection, changed) {
      const wanted = packsFor(detection);
      if (idsOf(wanted) !== idsOf(packs)) {
        part.stop();
        packs = wanted;
        part = appFor(wanted);
      }
      part.start(settings, detection, changed);
    },
    stop: () => part.stop(),
    snapshot: () => part.snapshot(),
    // The handlers of the part running now, not of the one there was when boot took the hook.
    handlers: {
      'ui-to-cs:focus-term': (req, sender) => part.handlers['ui-to-cs:focus-term']!(req, sender),
      'bg-to-cs:step-term': (req, sender) => part.handlers['bg-to-cs:step-term']!(req, sender),
      'ui-to-cs:focus-claim': (req, sender) => part.handlers['ui-to-cs:focus-claim']!(req, sender),
    },
  };
}

try {
  if (!getHook(APP_HOOK)) {
    const app = createApp();
    setHook(APP_HOOK, app);
    watchForOrphaning(() => app.stop());
  }
} catch (error) {
  reportError('could not start', error);
}
