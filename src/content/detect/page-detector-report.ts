/** How the page detector sums up several topics' reports (apart from page-detector.ts, which needs the build's vocabularies). */
import type { DetectionReport } from '../../shared/detection.ts';

/** The detected report with the best score, listing every detected topic; or the best score of none. */
export function bestReport(reports: DetectionReport[]): DetectionReport {
  const detected = reports.filter((r) => r.detected).sort((a, b) => b.score - a.score);
  return { ...(detected[0] ?? reports.reduce((a, b) => (b.score > a.score ? b : a))), topics: detected.map((r) => r.topic) };
}
