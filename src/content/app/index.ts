/**
 * The on-demand part of the content script, injected by the background only on pages that are
 * detected (or set to "always"). Wires highlighter, popover and messages together.
 */
import browser from 'webextension-polyfill';
import pack from 'pack:full';
import { envelope, type TermCount } from '../../shared/messages.ts';
import type { Settings } from '../../shared/settings/schema.ts';
import type { DetectionReport } from '../../shared/detection.ts';
import { APP_HOOK, BOOT_HOOK, hooks, type ContentApp } from '../app-contract.ts';
import { buildAliasMatcher } from '../highlight/alias-pattern.ts';
import { findArticleRoot } from '../highlight/article-root.ts';
import { highlight, removeHighlights, MARK_ATTR } from '../highlight/highlighter.ts';
import { markCss, MARK_STYLE_ID } from '../highlight/mark-css.ts';
import { Popover } from '../popover/popover.tsx';

function createApp(): ContentApp {
  const matcher = buildAliasMatcher(pack.entries);
  const entries = new Map(pack.entries.map((e) => [e.id, e]));
  let marks: HTMLElement[] = [];
  let current: Settings | null = null;
  let popover: Popover | null = null;

  const termCounts = (): TermCount[] => {
    const counts = new Map<string, number>();
    for (const m of marks) if (m.isConnected) counts.set(m.getAttribute(MARK_ATTR) ?? '', (counts.get(m.getAttribute(MARK_ATTR) ?? '') ?? 0) + 1);
    return [...counts].flatMap(([id, count]) => {
      const e = entries.get(id);
      return e ? [{ id, label: e.label, kind: e.kind, count }] : [];
    });
  };

  const report = () => void browser.runtime.sendMessage(envelope('content:terms-changed', { terms: termCounts() })).catch(() => undefined);

  const ensureStyle = (settings: Settings) => {
    let style = document.getElementById(MARK_STYLE_ID);
    if (!style) {
      style = document.createElement('style');
      style.id = MARK_STYLE_ID;
      (document.head ?? document.documentElement).append(style);
    }
    style.textContent = markCss(settings.appearance.highlight);
  };

  const clear = () => {
    removeHighlights(marks);
    marks = [];
    document.getElementById(MARK_STYLE_ID)?.remove();
  };

  const app: ContentApp = {
    start(settings: Settings, _detection: DetectionReport | null) {
      const root = findArticleRoot(document);
      if (!matcher || !root) return;
      if (current && marks.length && current.occurrences === settings.occurrences) {
        current = settings;
        ensureStyle(settings);
        return;
      }
      clear();
      current = settings;
      ensureStyle(settings);
      marks = highlight(root, matcher, { firstOnly: settings.occurrences === 'first' }).marks;
      popover ??= new Popover(document, pack);
      popover.attach(document);
      report();
    },
    stop() {
      popover?.destroy();
      popover = null;
      clear();
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
          mode: current ? 'highlighting' : 'site-off',
          terms: termCounts(),
        };
      },
      'page:focus-term': ({ termId }) => {
        const mark = marks.find((m) => m.isConnected && m.getAttribute(MARK_ATTR) === termId);
        if (!mark || !popover) return { ok: false };
        mark.scrollIntoView({ block: 'center' });
        popover.openFor(mark, { focus: true });
        return { ok: true };
      },
      'page:step-term': ({ direction }) => ({ ok: popover?.step(marks, direction) ?? false }),
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
  }
} catch (error) {
  console.debug('[landmine-policy-context] could not start', error);
}
