/**
 * Opens and closes the card: a dwell before opening, a grace period on leaving, Escape to close,
 * and a token per hover so an older hover never shows its card late.
 */
import { render } from 'preact';
import type { TopicPack } from '../../shared/pack/types.ts';
import { MARK_ATTR, MARK_CLASS } from '../highlight/highlighter.ts';
import { Card } from './card.tsx';
import { CARD_CSS } from './card-css.ts';
import { createShadowHost, type ShadowHost } from './shadow-host.ts';

export const DWELL_MS = 200;
export const GRACE_MS = 300;

export class Popover {
  private host: ShadowHost | null = null;
  private openMark: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private token = 0;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly pack: TopicPack,
  ) {}

  attach(doc: Document): void {
    const opts = { capture: true, signal: this.abort.signal };
    doc.addEventListener('mouseover', (e) => this.onOver(e), opts);
    doc.addEventListener('mouseout', (e) => this.onOut(e), opts);
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.openMark) this.close();
    }, opts);
  }

  private markFrom(target: EventTarget | null): HTMLElement | null {
    return target instanceof Element ? (target.closest(`mark.${MARK_CLASS}[${MARK_ATTR}]`) as HTMLElement | null) : null;
  }

  private onOver(e: MouseEvent): void {
    const mark = this.markFrom(e.target);
    if (mark) {
      const token = ++this.token;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => token === this.token && this.openFor(mark), DWELL_MS);
    } else if (this.host && e.composedPath().includes(this.host.host)) {
      clearTimeout(this.timer);
    }
  }

  private onOut(e: MouseEvent): void {
    if (!this.markFrom(e.target) && !(this.host && e.composedPath().includes(this.host.host))) return;
    const token = ++this.token;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => token === this.token && this.close(), GRACE_MS);
  }

  openFor(mark: HTMLElement, _opts: { focus?: boolean } = {}): void {
    const entry = this.pack.entries.find((e) => e.id === mark.getAttribute(MARK_ATTR));
    if (!entry) return;
    this.host ??= createShadowHost(this.doc, CARD_CSS);
    this.openMark = mark;
    render(<Card pack={this.pack} entry={entry} onClose={() => this.close()} />, this.host.mount);
    const card = this.host.mount.firstElementChild as HTMLElement | null;
    if (card) {
      const r = mark.getBoundingClientRect();
      const below = r.bottom + 8;
      card.style.left = `${Math.max(8, Math.min(r.left, innerWidth - card.offsetWidth - 8))}px`;
      card.style.top = below + card.offsetHeight < innerHeight ? `${below}px` : `${Math.max(8, r.top - card.offsetHeight - 8)}px`;
    }
  }

  step(marks: HTMLElement[], direction: 1 | -1): boolean {
    const live = marks.filter((m) => m.isConnected);
    if (!live.length) return false;
    const i = this.openMark ? live.indexOf(this.openMark) : -1;
    const next = live[(i + direction + live.length) % live.length]!;
    next.scrollIntoView({ block: 'center' });
    this.openFor(next, { focus: true });
    return true;
  }

  close(): void {
    this.openMark = null;
    if (this.host) render(null, this.host.mount);
  }

  destroy(): void {
    this.abort.abort();
    clearTimeout(this.timer);
    this.close();
    this.host?.remove();
    this.host = null;
  }
}
