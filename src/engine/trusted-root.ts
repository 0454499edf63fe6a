// `trusted-root`: the roots `trusted-root: auto` would use now, as JSON lines (one root a line,
// as `gh attestation trusted-root` prints them), for verifying later without network.
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { publicGoodTrustedRoot, type LoadedTrustedRoot } from '../verify/trust.js';
import { refreshTrustedRoot } from '../verify/tuf.js';
import { tufRefresh, type VerifyContext, type VerifyRequest } from './verify.js';

export async function currentTrustedRoots(
  inputs: Pick<VerifyRequest, 'tuf' | 'offline'>,
  ctx: Pick<VerifyContext, 'tufCacheDir' | 'now' | 'log'>,
): Promise<LoadedTrustedRoot[]> {
  const refresh = tufRefresh(inputs, ctx);
  if (!refresh) {
    const seed = publicGoodTrustedRoot();
    ctx.log(`offline: the embedded public-good root (${seed.source})`);
    return [seed];
  }
  const outcome = await refreshTrustedRoot(refresh);
  if (outcome.ok) {
    ctx.log(`${outcome.root.source}${outcome.fromCache ? ' (kept from an earlier refresh)' : ''}`);
    return [outcome.root];
  }
  const seed = publicGoodTrustedRoot();
  ctx.log(
    `${refresh.url} could not be reached (${outcome.unreachable}): the embedded public-good root (${seed.source})`,
  );
  return [seed];
}

export function trustedRootsJsonl(roots: readonly LoadedTrustedRoot[]): string {
  return roots.map((r) => `${JSON.stringify(TrustedRoot.toJSON(r.root))}\n`).join('');
}
