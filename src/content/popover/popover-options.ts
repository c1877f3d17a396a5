/** What the card controller needs from the app: the reader's theme, our marks, and claim notes. */
import type { VNode } from 'preact';
import type { ThemeSetting } from './theme.ts';

export interface PopoverOptions {
  /** The reader's theme setting, read at each opening. */
  theme(): ThemeSetting;
  /** The highlights currently on the page, in document order. */
  marks(): readonly HTMLElement[];
  /** The entry id of a mark we made; undefined for anything else, however it looks. */
  termOf(el: Element): string | undefined;
  /** Whether `el` is a piece of a claim note we made (src/content/claims). */
  isClaimNote?(el: Element): boolean;
  /** The card for a claim note, or null when `note` is not one. */
  claimCard?(note: HTMLElement, ctx: { theme: 'light' | 'dark'; onClose(): void; onOpenEntry(id: string): void }): VNode | null;
}
