/** The files the background injects into a page that asked for the scorer or the app part. */
import { vocabularies } from 'pack:compact';
import type { DetectionReport } from '../shared/detection.ts';

export const APP_SCRIPT = 'content/app.js';
/** The scorer, injected alone into a page that passed a topic's gate. */
export const DETECT_SCRIPT = 'content/detect.js';

/** Every topic the build knows, in pack priority order. */
export const TOPICS: readonly string[] = vocabularies.map((v) => v.topic);

export const packChunk = (topic: string) => `packs/${topic}.js`;

/**
 * The files to inject, in order, for a page with this detection: the detected topics' packs
 * (best first, so the app sees them in that order), then the app. A page highlighted without a
 * detected topic (its site set to "always") gets every pack.
 */
export function appFilesFor(detection: DetectionReport | null): string[] {
  const detected = (detection?.topics ?? []).filter((t) => TOPICS.includes(t));
  return [...(detected.length ? detected : TOPICS).map(packChunk), APP_SCRIPT];
}
