/** The files the background injects into a page that asked for the app part. */
import type { DetectionReport } from '../shared/detection.ts';

export const APP_SCRIPT = 'content/app.js';

/** The files to inject, in order, for a page with this detection (the app script comes last). */
export function appFilesFor(_detection: DetectionReport | null): string[] {
  return [APP_SCRIPT];
}
