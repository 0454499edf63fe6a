// `--trust-config FILE`: a Sigstore ClientTrustConfig naming a custom instance, in place of
// `--sigstore` (attest, sign-model) or of `--trusted-root` (verify). Read here, at the edge; the
// engine gets endpoints and a root path as it gets them from the other flags.
import {
  readTrustConfig,
  refuseTwoInstances,
  signingInstance,
  type SigningFlags,
} from '../sign/trust-config.js';
import { here, str } from './args.js';

/** The signing instance: from --trust-config, or the named one of --sigstore. */
export async function signingFlags(values: Record<string, unknown>): Promise<SigningFlags> {
  const file = str(values['trust-config']);
  refuseBoth(values, ['sigstore'], file);
  return signingInstance(file && here(file), str(values.sigstore));
}

/** The trusted root to verify with: the --trust-config file (checked here), else undefined. */
export async function trustConfigRoot(
  values: Record<string, unknown>,
): Promise<string | undefined> {
  const file = str(values['trust-config']);
  if (!file) return undefined;
  refuseBoth(values, ['trusted-root', 'tuf-url', 'tuf-root'], file);
  await readTrustConfig(here(file));
  return here(file);
}

function refuseBoth(values: Record<string, unknown>, flags: string[], file: string): void {
  refuseTwoInstances(
    file,
    flags.find((f) => values[f] !== undefined),
    '--',
  );
}
