import { currentTrustedRoots, trustedRootsJsonl } from '../engine/trusted-root.js';
import { absolute, cliEdge } from '../request/edge.js';
import { tufRepository } from '../request/verify.js';
import { str } from './args.js';
import type { CommandRun } from './command.js';
import { offlineRequested } from '../verify/tuf.js';
import { tufCacheDir } from './signer-flags.js';

/** `training-provenance trusted-root`: the roots verify uses now, for offline use. */
export const trustedRootCommand: CommandRun = async ({ values, err, document }) => {
  const tuf = tufRepository(
    str(values['tuf-url']).trim(),
    absolute(cliEdge(), str(values['tuf-root']).trim()),
  );
  const roots = await currentTrustedRoots(
    { ...(tuf ? { tuf } : {}), offline: values.offline === true || offlineRequested(process.env) },
    { tufCacheDir: tufCacheDir(process.env), log: (l) => err.write(`${l}\n`) },
  );
  const text = trustedRootsJsonl(roots);
  const label = `${roots.length} trusted root${roots.length === 1 ? '' : 's'}`;
  await document({ text, facts: { roots: roots.length }, label });
  return 0;
};
