/** The detector's verdict in words, in the reader's language (the detector itself sends data). */
import type { DetectionReport } from './detection.ts';
import { t } from './ui/i18n.ts';

/** The terms that weighed most, as the reason quotes them: “landmine” ×6, … */
function topTerms(report: DetectionReport): string {
  return report.terms
    .slice(0, 5)
    .map((term) => `“${term.phrase}” ×${term.count}`)
    .join(', ');
}

export function describeVerdict(report: DetectionReport): string {
  const v = report.verdict;
  switch (v.kind) {
    case 'no-term':
      return t('verdictNoTerm');
    case 'no-core':
      return t('verdictNoCore', topTerms(report));
    case 'passing':
      return t('verdictPassing', v.coreHits, v.density.toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
    case 'narrow':
      return t('verdictNarrow', v.concepts, v.needed, topTerms(report));
    case 'below':
      return v.penalty ? t('verdictBelowNearMiss', report.score, report.threshold, v.penalty, topTerms(report)) : t('verdictBelow', report.score, report.threshold, topTerms(report));
    case 'detected':
      return t('verdictDetected', report.score, report.threshold, topTerms(report));
  }
}
