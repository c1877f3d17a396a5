/**
 * The background's claim matching in a dedicated worker: the claims benchmark's page runs it off
 * its main thread, as the extension's background does (the same claim-match.ts). Each answer says
 * how long its matching took.
 */
import { claimMatching } from '../../../src/background/claim-match.ts';
import type { ClaimPack } from '../../../src/shared/claims/bundle.ts';
import type { Req } from '../../../src/shared/messages.ts';

let match: ReturnType<typeof claimMatching> | null = null;

self.onmessage = ({ data }: MessageEvent<{ packs: ClaimPack[] } | { id: number; req: Req<'cs-to-bg:match-claims'> }>) => {
  if ('packs' in data) {
    match = claimMatching(data.packs);
    return;
  }
  const started = performance.now();
  const res = match!(data.req);
  self.postMessage({ id: data.id, res, ms: performance.now() - started });
};
