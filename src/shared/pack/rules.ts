/**
 * The detector's tuning. A pack may set any rule in `detection.rules` (the schema says what each
 * means); these defaults were tuned on the landmine pack's articles and near-misses and fit any
 * topic whose articles name it several ways. The build merges them and ships a tuple: property
 * names would cost bytes in the always-on script on every page, a tuple's destructuring does not.
 */
import type { DetectionRules } from './schema-types.ts';

export const DEFAULT_RULES: Required<DetectionRules> = {
  minCoreHits: 2,
  minDensity: 1.5,
  minConcepts: 3,
  strongCoreWeight: 5,
  titleFactor: 3,
  headingFactor: 2,
  maxCountPerTerm: 6,
  fullLengthWords: 300,
  shortFloor: 0.6,
};

export type PackedRules = readonly [
  minCoreHits: number,
  minDensity: number,
  minConcepts: number,
  strongCoreWeight: number,
  titleFactor: number,
  headingFactor: number,
  maxCountPerTerm: number,
  fullLengthWords: number,
  shortFloor: number,
];

/** The pack's rules over the defaults, in PackedRules order. */
export function packRules(rules: DetectionRules = {}): PackedRules {
  const r = { ...DEFAULT_RULES, ...rules };
  return [r.minCoreHits, r.minDensity, r.minConcepts, r.strongCoreWeight, r.titleFactor, r.headingFactor, r.maxCountPerTerm, r.fullLengthWords, r.shortFloor];
}
