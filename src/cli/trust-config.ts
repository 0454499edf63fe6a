// `--trust-config FILE`: a Sigstore ClientTrustConfig in place of `--sigstore custom` and its
// URLs (attest, sign-model) or of `--trusted-root` (verify). Read here, at the edge; the engine
// gets endpoints and a root path as it gets them from the other flags.
import { ProvenanceError } from '../errors.js';
import { readTrustConfig, signingEndpoints } from '../sign/trust-config.js';
import { here, str } from './args.js';

export const TRUST_CONFIG_OPTION = { 'trust-config': { type: 'string' } } as const;

const SIGNING_FLAGS = ['sigstore', 'fulcio-url', 'rekor-url', 'tsa-url'];

export interface SigningFlags {
  sigstore: string;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
}

/** The signing instance: from --trust-config, or from --sigstore and its URLs. */
export async function signingFlags(values: Record<string, unknown>): Promise<SigningFlags> {
  const file = str(values['trust-config']);
  if (!file)
    return {
      sigstore: str(values.sigstore) || 'auto',
      fulcioUrl: str(values['fulcio-url']),
      rekorUrl: str(values['rekor-url']),
      tsaUrl: str(values['tsa-url']),
    };
  refuseBoth(values, SIGNING_FLAGS, file);
  const e = signingEndpoints(await readTrustConfig(here(file)));
  return {
    sigstore: 'custom',
    fulcioUrl: e.fulcioUrl,
    rekorUrl: e.rekorUrl ?? '',
    tsaUrl: e.tsaUrl ?? '',
  };
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
  const other = flags.find((f) => values[f] !== undefined);
  if (other)
    throw new ProvenanceError(
      'INPUT_INVALID',
      `--trust-config and --${other} both name the instance`,
      {
        input: 'trust-config',
        value: file,
        fix: `give one: --trust-config FILE names it all, or drop it for --${other}`,
      },
    );
}
