// `pack:claims`, provided by scripts/build.ts: what the background matches each pack's claims with
// (src/shared/claims/bundle.ts ClaimPack), nothing a card shows.
import type { ClaimPack } from '../src/shared/claims/bundle.ts';
declare const packs: ClaimPack[];
export default packs;
