/**
 * Page styles for claim notes: a soft tint with a thin solid underline in a blue-violet, apart
 * from the terms' dotted underline and amber, and translucent so it reads on light and dark
 * pages alike. It marks context, not an error: no red, no wavy line.
 */
import { CLAIM_TAG } from './blocks.ts';
import { CLAIM_ATTR, IN_CLAIM_ATTR } from './wrap.ts';
import { MARK_ATTR, MARK_CLASS } from '../highlight/highlighter.ts';

export const CLAIM_SELECTOR = `${CLAIM_TAG}[${CLAIM_ATTR}]`;
/** A term mark between a note's pieces: the note's tint and underline go on under it (over the term's own style, which it keeps). */
const COVERED_MARK = `mark.${MARK_CLASS}[${MARK_ATTR}][${IN_CLAIM_ATTR}]`;
const TINT = 'rgba(120, 110, 230, .13)';
const LINE = 'inset 0 -2px 0 rgba(120, 110, 230, .6)';

export const CLAIM_CSS = `${CLAIM_SELECTOR} { all: unset !important; display: inline !important; cursor: help !important; color: inherit !important; font: inherit !important;
  background: ${TINT} !important; box-shadow: ${LINE} !important;
  -webkit-box-decoration-break: clone !important; box-decoration-break: clone !important; border-radius: 2px !important; }
${CLAIM_SELECTOR}:hover, ${CLAIM_SELECTOR}.lpc-active { background: rgba(120, 110, 230, .24) !important; }
${CLAIM_SELECTOR}:focus-visible, ${CLAIM_SELECTOR}.lpc-active { outline: 2px solid rgb(120, 110, 230) !important; outline-offset: 1px !important; }
${COVERED_MARK} { background-image: linear-gradient(${TINT}, ${TINT}) !important; box-shadow: ${LINE} !important;
  -webkit-box-decoration-break: clone !important; box-decoration-break: clone !important; }`;

/** Added to the card's stylesheet in our shadow root. */
export const CLAIM_CARD_CSS = `
.claim-card .said { font-style: normal; }
.corrections { list-style: none; padding-left: 0; }
.corrections .chip { margin-top: 4px; display: inline-block; }
`;
