// `pack:all`, provided by scripts/build.ts: every topic pack, whole, for the popup and options
// (the content script gets only the detected topics' packs, as chunks; see src/shared/pack/registry.ts).
import type { TopicPack } from '../src/shared/pack/types.ts';
declare const packs: Omit<TopicPack, '$schema'>[];
export default packs;
