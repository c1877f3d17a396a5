/**
 * Page-level styles for our marks. They must beat page CSS (hence the class + attribute
 * selector and !important) and stay readable on light and dark pages (currentColor underline,
 * translucent background).
 */
import { MARK_ATTR, MARK_CLASS } from './highlighter.ts';
import type { FieldValue } from '../../shared/settings/fields.ts';

/** The id our mark `<style>` once had; no element of ours has it now (see mark-style.ts). Kept for tools that check nothing of ours is left. */
export const MARK_STYLE_ID = 'lpc-mark-style';

export function markCss(style: FieldValue<'appearance.highlight'>): string {
  const sel = `mark.${MARK_CLASS}[${MARK_ATTR}]`;
  const base = `${sel} { all: unset !important; display: inline !important; cursor: help !important; color: inherit !important; font: inherit !important;`;
  return style === 'background'
    ? `${base} background: rgba(255, 196, 0, .35) !important; border-radius: 2px !important; }
${sel}:focus-visible, ${sel}.lpc-active { outline: 2px solid #0b57d0 !important; outline-offset: 1px !important; }`
    : `${base} background: transparent !important; text-decoration: underline dotted currentColor 2px !important; text-underline-offset: 3px !important; }
${sel}:hover, ${sel}.lpc-active { background: rgba(255, 196, 0, .3) !important; }
${sel}:focus-visible { outline: 2px solid #0b57d0 !important; outline-offset: 1px !important; }`;
}
