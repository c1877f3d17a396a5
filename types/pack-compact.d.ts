// `pack:compact`, provided by scripts/build.ts: every pack's detection vocabulary, nothing else.
import type { CompactModule } from '../src/shared/pack/types.ts';
export declare const gates: CompactModule['gates'];
export declare const vocabularies: CompactModule['vocabularies'];
export declare const detectionExtras: CompactModule['detectionExtras'];
