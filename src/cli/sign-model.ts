import { buildSignModelRequest } from '../request/sign-model.js';
import { cliEdge, flagList } from '../request/edge.js';
import { resolve } from 'node:path';
import { signModel } from '../engine/sign-model.js';
import { ProgressBar } from '../hash/progress.js';
import { parse, str, type Options } from './args.js';
import { signingFlags, TRUST_CONFIG_OPTION } from './trust-config.js';
import { formatOption } from './format.js';
import { commandIdToken } from './token.js';

export const SIGN_MODEL_HELP = `training-provenance sign-model --model DIR|FILE [--output FILE] [flags]

Sign a model as OpenSSF model signing (OMS) does, keyless through Sigstore or with a key, and
write model.sig: the signature model_signing verifies and 'verify --model-signature' checks.
Resources are listed in the specification's code-point order. Exit 0 signed, 1 a service
failed, 2 bad usage or input.

  --model DIR|FILE            the model directory, or a model that is one file (required)
  --output FILE               where to write the signature (default: DIR/model.sig, FILE.sig)
  --ignore-paths PATH         (repeatable) more paths to leave out, relative to the model or
                              absolute inside it (.git, .gitattributes, .github, .gitignore and
                              the signature itself are always left out)
  --hash-type sha256|blake2b|blake3
                              how files are hashed (default sha256; blake2b is BLAKE2b-512)
  --shard-size BYTES          sign byte ranges of BYTES (path:start:end) instead of whole
                              files: the OMS shards serialization, re-hashed on every core
                              (not with blake3, which model_signing never shards)
  --allow-symlinks            follow links that stay inside the model directory (recorded
                              as allow_symlinks: true, as model_signing's --allow_symlinks);
                              a link out of it, to nothing, or in a cycle is still refused
  --private-key PEM           sign with an EC P-256/384/521 key instead of keyless (an
                              encrypted key's passphrase: TRAINING_PROVENANCE_KEY_PASSPHRASE)
  --signing-cert PEM          with --private-key: its certificate, carried in the bundle
                              (verify with --cert-chain and the anchors)
  --cert-chain PEM            (repeatable) with --signing-cert: the certificates that issued
                              it, its issuer first, carried in the bundle as model_signing's
                              sign certificate --certificate_chain does
  --sigstore auto|public-good|github|custom, --fulcio-url URL, --rekor-url URL, --tsa-url URL
  --trust-config FILE         a Sigstore ClientTrustConfig (as model_signing --trust_config
                              reads): sign with its Fulcio, Rekor and TSA, instead of the above
  --identity-token-file FILE  the OIDC token (else SIGSTORE_ID_TOKEN, or the runner's)
  --workspace DIR             accepted as attest takes it; every path is read where you
                              name it, absolute or relative to the current directory
  --format text|json
`;

const OPTIONS: Options = {
  model: { type: 'string' },
  output: { type: 'string' },
  'private-key': { type: 'string' },
  'signing-cert': { type: 'string' },
  'cert-chain': { type: 'string', multiple: true },
  'ignore-paths': { type: 'string', multiple: true },
  'allow-symlinks': { type: 'boolean' },
  'hash-type': { type: 'string' },
  'shard-size': { type: 'string' },
  sigstore: { type: 'string' },
  'fulcio-url': { type: 'string' },
  'rekor-url': { type: 'string' },
  'tsa-url': { type: 'string' },
  ...TRUST_CONFIG_OPTION,
  'identity-token-file': { type: 'string' },
  workspace: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export async function cliSignModel(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WriteStream,
): Promise<number> {
  const { values } = parse('sign-model', argv, OPTIONS);
  if (values.help) {
    out.write(SIGN_MODEL_HELP);
    return 0;
  }
  const format = formatOption(str(values.format));
  const workspace = resolve(str(values.workspace) || '.');
  const tokenFile = str(values['identity-token-file']);
  const bar = new ProgressBar(err);
  const { sigstore, ...urls } = await signingFlags(values);
  const request = buildSignModelRequest(
    {
      model: str(values.model),
      output: str(values.output),
      ignorePaths: flagList(values['ignore-paths']),
      choice: sigstore,
      ...urls,
      privateKey: str(values['private-key']),
      signingCert: str(values['signing-cert']),
      certChain: flagList(values['cert-chain']),
      allowSymlinks: values['allow-symlinks'] === true,
      hashType: str(values['hash-type']),
      shardSize: str(values['shard-size']),
    },
    cliEdge(),
  );
  const signed = await signModel(request, {
    workspace,
    getIdToken: () => commandIdToken({ tokenFile, env: process.env }),
    idTokenProblem: () => 'no SIGSTORE_ID_TOKEN, --identity-token-file or Actions runner token',
    keyPassphrase: process.env.TRAINING_PROVENANCE_KEY_PASSPHRASE || undefined,
    log: (line) => err.write(`${line}\n`),
    onProgress: (p) => bar.update('model', p),
  }).finally(() => bar.done());
  const summary = { path: signed.path, root: signed.root, logIndex: signed.logIndex ?? null };
  out.write(
    format === 'json'
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `model signature: ${signed.path}\nroot:            sha256:${signed.root}\n${signed.logIndex ? `log index:       ${signed.logIndex}\n` : ''}`,
  );
  return 0;
}
