/**
 * A cheap necessary condition for a concept group: literal text each of its alternatives must
 * contain. `String.includes` over a paragraph is many times faster than a regex with
 * lookarounds, and most paragraphs lack most claims' concepts, so most claims are ruled out
 * per paragraph without running a regex at all.
 */

/** Characters that stand for themselves in our patterns (after lower-casing). */
const PLAIN = /[a-z0-9 ,'’“”%-]/;
/** Escapes that stand for one literal character. */
const ESCAPED = /\\[.()[\]$^*+?/\\-]/;
const MIN = 3;
/** Letters and digits as the matcher's word boundaries count them (matcher.ts, on lower-cased text). */
export const WORD_CHAR = 'a-z0-9\\u00C0-\\u024F';
const IS_WORD_CHAR = new RegExp(`[${WORD_CHAR}]`);
const LEADING_NON_WORD = new RegExp(`^[^${WORD_CHAR}]+`);

/** A literal an alternative must contain; `anchored`: it starts the alternative, so a match has a word boundary just before it. */
export interface GateLiteral {
  lit: string;
  anchored: boolean;
}

/**
 * The longest literal an alternative must contain: runs of plain characters at the top level,
 * not made optional and not inside a group (a group may hold alternatives). Null when none is
 * of useful length.
 */
export function requiredLiteralAt(alt: string): GateLiteral | null {
  let best: GateLiteral = { lit: '', anchored: false };
  let run = '';
  // A run is anchored where the alternative starts, or right after a class of non-word characters ("[- ]").
  let runAnchored = true;
  let boundaryAt = -1;
  let depth = 0;
  const end = (next: number) => {
    if (run.length > best.lit.length) best = { lit: run, anchored: runAnchored };
    run = '';
    runAnchored = next === boundaryAt;
  };
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]!;
    const cls = depth === 0 ? charClass(alt, i) : null;
    if (cls && !/[?*{]/.test(alt[i + cls.length] ?? '')) {
      // "[tt]" (a lower-cased "[Tt]") is one letter: "[Tt]reaty" needs "treaty", not just "reaty".
      if (cls.single) run += cls.single;
      else {
        if (cls.nonWord) boundaryAt = i + cls.length;
        end(i + cls.length);
      }
      i += cls.length - 1;
      continue;
    }
    const optional = /[?*{]/.test(alt[i + (c === '\\' ? 2 : 1)] ?? '');
    if (depth === 0 && ESCAPED.test(alt.slice(i, i + 2)) && !optional) {
      run += alt[++i];
    } else if (depth === 0 && PLAIN.test(c) && !optional) {
      run += c;
    } else {
      if (c === '\\') i++;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      end(i + 1);
    }
  }
  end(alt.length);
  if (best.lit.length < MIN) return null;
  if (best.anchored) return best;
  // " million", " ban treaty": what follows the literal's leading non-word character always starts a word.
  const lead = best.lit.match(LEADING_NON_WORD)?.[0].length ?? 0;
  return lead && best.lit.length - lead >= MIN ? { lit: best.lit.slice(lead), anchored: true } : best;
}

/**
 * A plain character class at `i` ("[tt]", "[- ]"; no ranges, escapes or negation): its length,
 * its one character when every member is the same, and whether no member is a word character.
 */
function charClass(alt: string, i: number): { length: number; single: string | null; nonWord: boolean } | null {
  if (alt[i] !== '[') return null;
  const close = alt.indexOf(']', i + 1);
  const inside = close > i + 1 ? alt.slice(i + 1, close) : '';
  if (!inside || inside[0] === '^' || /\\/.test(inside) || /.-./.test(inside) || ![...inside].every((ch) => PLAIN.test(ch))) return null;
  const single = [...inside].every((ch) => ch === inside[0]) && inside[0] !== '-' ? inside[0]! : null;
  return { length: close - i + 1, single, nonWord: ![...inside].some((ch) => IS_WORD_CHAR.test(ch)) };
}

/** An alternative may itself be a disjunction ("a|b"): split it at `|` outside brackets and groups. */
export function topLevel(alt: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(alt.slice(start, i));
      start = i + 1;
    }
  }
  out.push(alt.slice(start));
  return out;
}


/**
 * The literals for a group (lower-cased alternatives), or null when one alternative has none.
 * A literal that contains another of the group adds nothing ("have signed" and "signed"): it is
 * left out, so the scan and the `includes` tests have fewer to look for. The literal kept for it
 * stays anchored only if, inside the one left out, a word boundary still comes just before it.
 */
export function groupLiterals(alts: readonly string[]): GateLiteral[] | null {
  const all: GateLiteral[] = [];
  for (const a of alts.flatMap(topLevel)) {
    const found = requiredLiteralAt(a);
    if (found === null) return null;
    all.push(found);
  }
  const covers = (other: GateLiteral, j: number, l: GateLiteral, i: number) => j !== i && l.lit.includes(other.lit) && (l.lit !== other.lit || j < i);
  const kept = all.map((l, i) => (all.some((o, j) => covers(o, j, l, i)) ? null : { ...l }));
  all.forEach((l, i) => {
    const inside = kept.filter((k): k is GateLiteral => !!k && k !== kept[i] && l.lit.includes(k.lit));
    if (!inside.length || inside.some((k) => !k.anchored || boundaryBefore(l, k.lit))) return;
    inside[0]!.anchored = false;
  });
  return kept.filter((k): k is GateLiteral => k !== null);
}

/** Some occurrence of `lit` inside `outer`'s literal has a word boundary just before it wherever `outer` matches. */
function boundaryBefore(outer: GateLiteral, lit: string): boolean {
  for (let at = outer.lit.indexOf(lit); at >= 0; at = outer.lit.indexOf(lit, at + 1)) {
    if (at === 0 ? outer.anchored : !IS_WORD_CHAR.test(outer.lit[at - 1]!)) return true;
  }
  return false;
}

export function passesGate(gate: readonly string[] | null, lowered: string): boolean {
  if (!gate) return true;
  for (let i = 0; i < gate.length; i++) if (lowered.includes(gate[i]!)) return true;
  return false;
}
