/**
 * The on-demand part of the content script, injected by the background only on pages that are
 * detected (or set to "always"). Wires highlighter, popover and messages together.
 */
import browser from 'webextension-polyfill';
import pack from 'pack:full';
import { envelope, type TermCount } from '../../shared/messages.ts';
import type { Settings } from '../../shared/settings/schema.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import { APP_HOOK, BOOT_HOOK, hooks, pageMode, type ContentApp } from '../app-contract.ts';
import { buildAliasMatcher } from '../highlight/alias-pattern.ts';
import { MARK_ATTR } from '../highlight/highlighter.ts';
import { foundAs } from '../../shared/pack/found-as.ts';
import { HighlightSession } from './live-highlights.ts';
import { Popover } from '../popover/popover.tsx';
import { watchForOrphaning } from './orphan-watch.ts';

/** Up to three distinct non-English forms of an entry as found on the page, each with its language. */
function foreignForms(entry: Parameters<typeof foundAs>[0], texts: Set<string> | undefined): string[] {
  const out: string[] = [];
  for (const t of texts ?? []) {
    const f = foundAs(entry, t);
    if (f && out.length < 3) out.push(`${f.text} (${f.language})`);
  }
  return out;
}

function createApp(): ContentApp {
  const matcher = buildAliasMatcher(pack.entries);
  const entries = new Map(pack.entries.map((e) => [e.id, e]));
  let current: Settings | null = null;
  let popover: Popover | null = null;
  /** Per term, the occurrence the popup showed last, so each click moves on to the next one. */
  const lastFocused = new Map<string, HTMLElement>();

  const termCounts = (): TermCount[] => {
    const counts = new Map<string, number>();
    const texts = new Map<string, Set<string>>();
    for (const m of marks) {
      if (!m.isConnected) continue;
      const id = m.getAttribute(MARK_ATTR) ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (!texts.has(id)) texts.set(id, new Set());
      texts.get(id)!.add((m.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    return [...counts].flatMap(([id, count]) => {
      const e = entries.get(id);
      if (!e) return [];
      const found = foreignForms(e, texts.get(id));
      return [found.length ? { id, label: e.label, kind: e.kind, count, found } : { id, label: e.label, kind: e.kind, count }];
    });
  };

  const report = () => {
    try {
      void browser.runtime.sendMessage(envelope('content:terms-changed', { terms: termCounts() })).catch(() => undefined);
    } catch {
      // The extension is gone (orphaned copy): nobody to tell.
    }
  };

  // The highlight lifecycle (settling, chunking, live pages, removal) lives in the session.
  const session = new HighlightSession(document, matcher, {
    started() {
      popover ??= new Popover(document, pack, { theme: () => current?.appearance.theme ?? 'auto', marks: () => marks });
      popover.attach();
    },
    changed: report,
  });
  const marks = session.marks;

  const app: ContentApp = {
    start(settings: Settings, detection: DetectionReport | null) {
      current = settings;
      session.start(settings, detection);
    },
    stop() {
      popover?.destroy();
      popover = null;
      session.stop();
      current = null;
      report();
    },
    handlers: {
      'page:get-state': () => {
        const boot = hooks()[BOOT_HOOK];
        return {
          url: location.href,
          host: location.hostname,
          detection: boot?.detection ?? null,
          mode: pageMode(boot?.settings, location.hostname, boot?.detection ?? null, current !== null),
          terms: termCounts(),
          ...(session.lastPassMs === null ? {} : { highlightMs: session.lastPassMs }),
        };
      },
      'page:focus-term': ({ termId }) => {
        const occurrences = marks.filter((m) => m.isConnected && m.getAttribute(MARK_ATTR) === termId);
        const previous = lastFocused.get(termId);
        const index = previous ? (occurrences.indexOf(previous) + 1) % occurrences.length : 0;
        const mark = occurrences[index];
        if (!mark || !popover) return { ok: false };
        lastFocused.set(termId, mark);
        mark.scrollIntoView({ block: 'center' });
        popover.openFor(mark, { focus: true });
        return { ok: true, index: index + 1, total: occurrences.length };
      },
      'page:step-term': ({ direction }) => ({ ok: popover?.step(direction) ?? false }),
    },
  };
  return app;
}

try {
  const h = hooks();
  if (!h[APP_HOOK]) {
    const app = createApp();
    h[APP_HOOK] = app;
    const boot = h[BOOT_HOOK];
    if (boot?.settings) app.start(boot.settings, boot.detection);
    watchForOrphaning(() => app.stop());
  }
} catch (error) {
  console.debug('[landmine-policy-context] could not start', error);
}
