import { currentTrustedRoots, trustedRootsJsonl } from '../engine/trusted-root.js';
import { here, str } from './args.js';
import type { CommandRun } from './command.js';
import { offlineRequested } from '../verify/tuf.js';
import { tufCacheDir } from './signer-flags.js';

/** `training-provenance trusted-root`: the roots verify uses now, for offline use. */
export const trustedRootCommand: CommandRun = async ({ values, workspace, err, document }) => {
  const roots = await currentTrustedRoots(
    {
      tufUrl: str(values['tuf-url']),
      tufRoot: here(str(values['tuf-root'])),
      offline: values.offline === true || offlineRequested(process.env),
    },
    { workspace, tufCacheDir: tufCacheDir(process.env), log: (l) => err.write(`${l}\n`) },
  );
  const text = trustedRootsJsonl(roots);
  const label = `${roots.length} trusted root${roots.length === 1 ? '' : 's'}`;
  await document({ text, facts: { roots: roots.length }, label });
  return 0;
};
