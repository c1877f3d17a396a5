/**
 * The part of the schema.org vocabulary our ClaimReview export uses: for each type, its parent
 * and the properties schema.org defines on it with their expected types (https://schema.org/
 * ClaimReview, /Review, /Claim, /CreativeWork, /Rating, /Organization, /Thing), so an export
 * with a misspelt or misplaced property, or a value of the wrong kind, is rejected.
 */

type Expected = 'Text' | 'URL' | 'Date' | 'Number' | string;

export const TYPES: Record<string, { parent?: string; props: Record<string, Expected[]> }> = {
  Thing: { props: { name: ['Text'], description: ['Text'], url: ['URL'], sameAs: ['URL'], alternateName: ['Text'], identifier: ['Text', 'URL'] } },
  CreativeWork: {
    parent: 'Thing',
    props: {
      author: ['Organization', 'Person'], publisher: ['Organization', 'Person'], datePublished: ['Date'], dateModified: ['Date'],
      inLanguage: ['Text'], text: ['Text'], citation: ['CreativeWork', 'Text'], license: ['URL', 'CreativeWork'], about: ['Thing'],
      appearance: ['CreativeWork'], hasPart: ['CreativeWork'],
    },
  },
  Review: { parent: 'CreativeWork', props: { itemReviewed: ['Thing'], reviewRating: ['Rating'], reviewBody: ['Text'] } },
  ClaimReview: { parent: 'Review', props: { claimReviewed: ['Text'] } },
  Claim: { parent: 'CreativeWork', props: { appearance: ['CreativeWork'], firstAppearance: ['CreativeWork'], claimInterpreter: ['Organization', 'Person'] } },
  Rating: { parent: 'Thing', props: { ratingValue: ['Number', 'Text'], bestRating: ['Number', 'Text'], worstRating: ['Number', 'Text'], ratingExplanation: ['Text'], author: ['Organization', 'Person'] } },
  Organization: { parent: 'Thing', props: {} },
  Person: { parent: 'Thing', props: {} },
  Dataset: { parent: 'CreativeWork', props: {} },
};

/** Types a value of type `t` may also be given as (a subtype). */
function isA(t: string, wanted: string): boolean {
  for (let x: string | undefined = t; x; x = TYPES[x]?.parent) if (x === wanted) return true;
  return false;
}

function propsOf(type: string): Record<string, Expected[]> {
  const out: Record<string, Expected[]> = {};
  for (let t: string | undefined = type; t; t = TYPES[t]?.parent) Object.assign(out, { ...TYPES[t]!.props, ...out });
  return out;
}

function valueOk(v: unknown, expected: Expected[], path: string, problems: string[]): boolean {
  if (typeof v === 'number') return expected.includes('Number');
  if (typeof v === 'string') {
    if (expected.includes('Text')) return true;
    if (expected.includes('URL') && /^https:\/\//.test(v)) return true;
    if (expected.includes('Date') && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return true;
    return false;
  }
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const t = (v as { '@type'?: string })['@type'] ?? '';
    if (!expected.some((e) => isA(t, e))) return false;
    problems.push(...checkNode(v as Record<string, unknown>, path));
    return true;
  }
  return false;
}

/** Problems with one JSON-LD node (and, recursively, the nodes it contains). */
export function checkNode(node: Record<string, unknown>, path = ''): string[] {
  const problems: string[] = [];
  const type = node['@type'];
  if (typeof type !== 'string' || !TYPES[type]) return [`${path || '/'}: @type ${JSON.stringify(type)} is not a type this export uses`];
  const props = propsOf(type);
  for (const [key, raw] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    const expected = props[key];
    if (!expected) {
      problems.push(`${path}/${key}: not a property of ${type} in schema.org`);
      continue;
    }
    const values = Array.isArray(raw) ? raw : [raw];
    values.forEach((v, i) => {
      const at = `${path}/${key}${Array.isArray(raw) ? `/${i}` : ''}`;
      if (!valueOk(v, expected, at, problems)) problems.push(`${at}: expected ${expected.join(' or ')}, got ${JSON.stringify(v).slice(0, 60)}`);
    });
  }
  return problems;
}
