// `pack:full`, provided by scripts/build.ts: the whole topic pack (see tsconfig "paths").
import type { TopicPack } from '../src/shared/pack/types.ts';
declare const pack: Omit<TopicPack, '$schema'>;
export default pack;
