// `pack:compact`, provided by scripts/build.ts: detection vocabulary and alias table only.
import type { CompactPack } from '../src/shared/pack/types.ts';
export declare const id: CompactPack['id'];
export declare const version: CompactPack['version'];
export declare const detection: CompactPack['detection'];
export declare const detectionExtras: CompactPack['detectionExtras'];
export declare const aliases: CompactPack['aliases'];
