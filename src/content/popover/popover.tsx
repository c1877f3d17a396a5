/**
 * The card's controller: listens for hover (mouse), taps (touch, pen), focus and keys on the
 * page, and shows one card at a time in our shadow root. Timing lives in hover-intent.ts, layout
 * maths in placement.ts, theme choice in theme.ts; this file wires them to the DOM.
 */
import { render } from 'preact';
import type { Entry } from '../../shared/pack/types.ts';
import type { PackSet } from '../../shared/pack/pack-set.ts';
import { Card, CARD_BODY_CLASS, type RelatedTerm } from './card.tsx';
import { CARD_CSS } from './card-css.ts';
import { deepActiveElement, restoreFocus, wrapTab } from './focus.ts';
import { HoverIntent } from './hover-intent.ts';
import { anchorRect, firstInView, inViewport, positionCard } from './card-position.ts';
import { listenToPage } from './page-events.ts';
import { reportError } from '../report-error.ts';
import { createShadowHost, raiseToTopLayer, type ShadowHost } from './shadow-host.ts';
import { CLAIM_CARD_CSS } from '../claims/style.ts';
import { backgroundBehind, pagePrefersDark, resolveTheme } from './theme.ts';
import { foundAs } from '../../shared/pack/found-as.ts';
import type { PopoverOptions } from './popover-options.ts';

export { DWELL_MS, GRACE_MS } from './hover-intent.ts';

/** User Timing marks, for the benchmark and for DevTools. */
export const PERF_DWELL_END = 'lpc-card:dwell-end';
export const PERF_CARD_SHOWN = 'lpc-card:shown';
export const ACTIVE_CLASS = 'lpc-active';

export type { PopoverOptions } from './popover-options.ts';

export class Popover {
  private host: ShadowHost | null = null;
  private attached = false;
  private readonly abort = new AbortController();
  private readonly entries: Map<string, Entry>;
  private readonly intent: HoverIntent<HTMLElement>;
  /** Where focus was before the keyboard took it into a card; it goes back there on close. */
  private returnFocus: Element | null = null;
  private frame = 0;
  /** The mark whose card is shown; the only element we add ACTIVE_CLASS to or take it from. */
  private active: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly packs: PackSet,
    private readonly options: PopoverOptions,
  ) {
    this.entries = new Map(packs.combined.entries.map((e) => [e.id, e]));
    this.intent = new HoverIntent<HTMLElement>({
      open: (mark) => {
        performance.mark(PERF_DWELL_END);
        this.show(mark);
      },
      close: () => this.hide(),
    });
  }

  /** Starts listening on the page. Safe to call again. */
  attach(): void {
    if (this.attached) return;
    this.attached = true;
    listenToPage(this.doc, this.abort.signal, {
      pointerover: (e) => this.onPointerOver(e),
      pointerout: (e) => this.onPointerOut(e),
      pointerdown: (e) => this.onPointerDown(e),
      pointerup: (e) => this.onPointerUp(e),
      focusin: (e) => this.onFocusIn(e),
      focusout: (e) => this.onFocusOut(e),
      keydown: (e) => this.onKeyDown(e),
      moved: () => this.schedulePlace(),
      fullscreenchange: () => this.intent.closeNow(),
    });
  }

  /** Keyboard command: move to the next or previous highlight and open its card with focus in it. */
  step(direction: 1 | -1): boolean {
    const marks = this.options.marks().filter((m) => m.isConnected);
    if (!marks.length) return false;
    const open = this.intent.openTarget;
    const i = open ? marks.indexOf(open) : -1;
    const next = i >= 0 ? marks[(i + direction + marks.length) % marks.length]! : firstInView(marks, direction, this.doc.defaultView?.innerHeight ?? 0);
    this.openWithFocus(next);
    return true;
  }


  /** Opens the card of `mark` now; with focus, the reader lands in the card (popup term list). */
  openFor(mark: HTMLElement, opts: { focus?: boolean } = {}): void {
    if (opts.focus) this.openWithFocus(mark);
    else this.intent.openNow(mark);
  }

  close(): void {
    this.intent.closeNow();
  }

  destroy(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    this.intent.closeNow();
    this.host?.remove();
    this.host = null;
  }

  // --- page events -------------------------------------------------------------------------

  /** The mark of ours at or around `target`; a page-made look-alike is not one. */
  private markFrom(target: EventTarget | null): HTMLElement | null {
    for (let el = target instanceof Element ? target : null; el; el = el.parentElement) {
      if (this.options.termOf(el) !== undefined || this.options.isClaimNote?.(el)) return el as HTMLElement;
    }
    return null;
  }

  private inCard(target: EventTarget | null): boolean {
    return !!this.host && target === this.host.host;
  }

  private cardHasFocus(): boolean {
    return !!this.host?.root.activeElement;
  }

  private onPointerOver(e: PointerEvent): void {
    if (e.pointerType !== 'mouse') return;
    if (this.inCard(e.target)) return this.intent.hold();
    const mark = this.markFrom(e.target);
    if (mark) this.intent.enter(mark);
  }

  private onPointerOut(e: PointerEvent): void {
    if (e.pointerType !== 'mouse') return;
    const from = this.inCard(e.target) ? this.host!.host : this.markFrom(e.target);
    if (!from) return;
    // Moving within the card, or between a term and its card, is not leaving.
    if (this.inCard(e.relatedTarget) || (from !== this.host?.host && this.markFrom(e.relatedTarget) === from)) return;
    if (this.cardHasFocus()) return;
    this.intent.leave();
  }

  private onPointerDown(e: PointerEvent): void {
    if (this.inCard(e.target) || !this.intent.openTarget) return;
    const mark = this.markFrom(e.target);
    if (mark && mark === this.intent.openTarget) return;
    // A tap or click elsewhere closes the card; the page still gets the event (links keep working).
    this.closeKeepingFocus();
  }

  private onPointerUp(e: PointerEvent): void {
    if (e.pointerType !== 'touch' && e.pointerType !== 'pen') return;
    const mark = this.markFrom(e.target);
    if (mark && mark !== this.intent.openTarget) this.intent.openNow(mark);
  }

  /** A highlight that has focus (a page that made it focusable, or a screen reader) acts like hover. */
  private onFocusIn(e: FocusEvent): void {
    const mark = this.markFrom(e.target);
    if (mark) this.intent.enter(mark);
  }

  private onFocusOut(e: FocusEvent): void {
    const mark = this.markFrom(e.target);
    if (mark && !this.inCard(e.relatedTarget)) this.intent.leave();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!this.intent.openTarget) return;
    if (e.key === 'Escape') {
      // The page hears an Escape meant for our card only when the card did not have focus; nor
      // does its modal dialog, which would otherwise close along with the card.
      if (this.cardHasFocus()) {
        e.stopPropagation();
        e.preventDefault();
      }
      this.close();
    } else if (e.key === 'Tab' && this.host && this.cardHasFocus()) {
      const card = this.cardElement();
      if (card) wrapTab(e, card, this.host.root.activeElement);
    }
  }

  // --- opening and closing -----------------------------------------------------------------

  private openWithFocus(mark: HTMLElement): void {
    if (!this.cardHasFocus()) this.returnFocus = deepActiveElement(this.doc);
    if (!inViewport(mark.getBoundingClientRect(), this.doc)) mark.scrollIntoView({ block: 'center' });
    this.intent.openNow(mark);
    this.focusCard();
  }

  /** Closing by pointer elsewhere: focus has already gone where the reader clicked. */
  private closeKeepingFocus(): void {
    this.returnFocus = null;
    this.intent.closeNow();
  }

  /** `entryId`: show that entry's card at `mark` (a claim card's link to an entry with no term on the page). */
  private show(mark: HTMLElement, entryId?: string): void {
    const theme = resolveTheme(this.options.theme(), backgroundBehind(mark), pagePrefersDark(this.doc));
    const claim = entryId || !this.options.isClaimNote?.(mark) ? null : this.options.claimCard?.(mark, { theme, onClose: () => this.close(), onOpenEntry: (id) => this.openEntry(mark, id) });
    const entry = this.entries.get(entryId ?? this.options.termOf(mark) ?? '');
    const view =
      claim ??
      (entry && (
        <Card
          pack={this.packs.packOf(entry) ?? this.packs.combined}
          entry={entry}
          theme={theme}
          related={this.relatedOnPage(entry)}
          onClose={() => this.close()}
          onOpenRelated={(id) => this.openRelated(id)}
          found={foundAs(entry, mark.textContent ?? '')}
        />
      ));
    if (!view) return;
    this.host ??= createShadowHost(this.doc, CARD_CSS + CLAIM_CARD_CSS);
    this.host.ensurePlaced();
    this.setActive(mark);
    render(view, this.host.mount);
    const card = this.cardElement();
    if (!card) return;
    card.scrollTop = 0;
    card.querySelector(`.${CARD_BODY_CLASS}`)?.scrollTo?.(0, 0);
    raiseToTopLayer(card);
    this.place();
    performance.mark(PERF_CARD_SHOWN);
  }

  private hide(): void {
    const hadFocus = this.cardHasFocus();
    this.setActive(null);
    if (this.host) render(null, this.host.mount);
    if (hadFocus) restoreFocus(this.returnFocus, this.doc);
    this.returnFocus = null;
  }

  private setActive(mark: HTMLElement | null): void {
    this.active?.classList.remove(ACTIVE_CLASS);
    this.active = mark;
    mark?.classList.add(ACTIVE_CLASS);
  }

  private openRelated(id: string): void {
    const mark = this.options.marks().find((m) => m.isConnected && this.options.termOf(m) === id);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    const keepFocus = this.cardHasFocus();
    this.intent.openNow(mark);
    if (keepFocus) this.focusCard();
  }

  /** From a claim card: the entry's term on the page if there is one, else its card at the note. */
  private openEntry(note: HTMLElement, id: string): void {
    const keepFocus = this.cardHasFocus();
    if (this.options.marks().some((m) => m.isConnected && this.options.termOf(m) === id)) return this.openRelated(id);
    this.show(note, id);
    if (keepFocus) this.focusCard();
  }

  private focusCard(): void {
    this.host?.root.querySelector<HTMLElement>(`.${CARD_BODY_CLASS}`)?.focus({ preventScroll: true });
  }

  private relatedOnPage(entry: Entry): RelatedTerm[] {
    const present = new Set(this.options.marks().filter((m) => m.isConnected).map((m) => this.options.termOf(m)));
    return entry.related.flatMap((id) => {
      const e = this.entries.get(id);
      return e && present.has(id) && id !== entry.id ? [{ id, label: e.label }] : [];
    });
  }

  // --- placement ---------------------------------------------------------------------------

  private cardElement(): HTMLElement | null {
    return (this.host?.mount.firstElementChild as HTMLElement | null) ?? null;
  }

  private schedulePlace(): void {
    if (!this.intent.openTarget || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.place();
      } catch (error) {
        reportError('card', error);
      }
    });
  }

  private place(): void {
    const mark = this.intent.openTarget;
    const card = this.cardElement();
    if (!mark || !card) return;
    if (!mark.isConnected) return this.close();
    const anchor = anchorRect(mark);
    // A card whose term scrolled away is closed, unless the reader is inside it with the keyboard.
    if (!inViewport(anchor, this.doc) && !this.cardHasFocus()) return this.close();
    positionCard(card, anchor, this.doc.defaultView!);
  }
}
