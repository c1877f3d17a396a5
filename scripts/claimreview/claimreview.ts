/**
 * The pack's claims as schema.org ClaimReview nodes: what was claimed, the review (our
 * correction), a rating that names the verdict, the sources as citations, and as-of dates.
 */
import type { Misstatement, Source, TopicPack } from '../../src/shared/pack/types.ts';
import type { Verdict } from '../../src/shared/claims/types.ts';

/** On a 1–5 scale (5 = accurate): how far the claim is from what the sources say. */
const RATING: Record<Verdict, { value: number; name: string }> = {
  incorrect: { value: 1, name: 'Incorrect' },
  misleading: { value: 2, name: 'Misleading' },
  unverified: { value: 3, name: 'Unverified' },
  outdated: { value: 3, name: 'Out of date' },
};

function citation(s: Source): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    name: s.title,
    url: s.url,
    publisher: { '@type': 'Organization', name: s.publisher },
    ...(s.undated ? {} : { datePublished: s.published }),
  };
}

export function claimReview(pack: TopicPack, m: Misstatement & { id: string; verdict: Verdict }, author: string): Record<string, unknown> {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const rating = RATING[m.verdict];
  const since = m.verdict === 'outdated' && m.since ? ` Out of date since ${m.since}.` : '';
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: m.id,
    claimReviewed: m.claim,
    reviewBody: `${m.correction}${since} (As of ${m.asOf ?? pack.meta.factsAsOf}.)`,
    itemReviewed: { '@type': 'Claim', name: m.claim, text: m.claim },
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
    author: { '@type': 'Organization', name: author },
    datePublished: pack.meta.updated,
    inLanguage: 'en',
    citation: m.sources.flatMap((id) => (sources.has(id) ? [citation(sources.get(id)!)] : [])),
  };
}

/** Every misstatement of the pack that has a claim id and a verdict. */
export function claimReviews(pack: TopicPack, author: string): Record<string, unknown>[] {
  return pack.entries.flatMap((e) =>
    e.misstatements.flatMap((m) => (m.id && m.verdict ? [claimReview(pack, m as Misstatement & { id: string; verdict: Verdict }, author)] : [])),
  );
}
