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

/**
 * The longest literal an alternative must contain: runs of plain characters at the top level,
 * not made optional and not inside a group (a group may hold alternatives). Null when none is
 * of useful length.
 */
export function requiredLiteral(alt: string): string | null {
  let best = '';
  let run = '';
  let depth = 0;
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]!;
    const optional = /[?*{]/.test(alt[i + (c === '\\' ? 2 : 1)] ?? '');
    if (depth === 0 && ESCAPED.test(alt.slice(i, i + 2)) && !optional) {
      run += alt[++i];
    } else if (depth === 0 && PLAIN.test(c) && !optional) {
      run += c;
    } else {
      end();
      if (c === '\\') i++;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
    }
  }
  end();
  return best.length >= MIN ? best : null;
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
 * left out, so the scan and the `includes` tests have fewer to look for.
 */
export function groupGate(alts: readonly string[]): string[] | null {
  const lits: string[] = [];
  for (const a of alts.flatMap(topLevel)) {
    const lit = requiredLiteral(a);
    if (lit === null) return null;
    lits.push(lit);
  }
  return lits.filter((lit, i) => !lits.some((other, j) => j !== i && lit.includes(other) && (lit !== other || j < i)));
}

export function passesGate(gate: readonly string[] | null, lowered: string): boolean {
  if (!gate) return true;
  for (let i = 0; i < gate.length; i++) if (lowered.includes(gate[i]!)) return true;
  return false;
}
