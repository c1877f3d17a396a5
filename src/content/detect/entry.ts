/**
 * content/detect.js: the scorer, injected by the background (cs-to-bg:load-detector) into the
 * isolated world of a page that passed a topic's gate. It registers itself on the content
 * script's global, where boot finds it once the injection resolved.
 */
import { detectionExtras, vocabularies } from 'pack:compact';
import { DETECT_HOOK, getHook, setHook } from '../app-contract.ts';
import { reportError } from '../report-error.ts';
import { createScorer } from './scorer.ts';

try {
  // Injected twice (two detections racing), the first one stays: it may hold compiled vocabularies.
  if (!getHook(DETECT_HOOK)) setHook(DETECT_HOOK, createScorer({ vocabularies, detectionExtras }));
} catch (error) {
  reportError('detect', error);
}
