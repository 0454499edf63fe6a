import { currentTrustedRoots, trustedRootsJsonl } from '../engine/trusted-root.js';
import { absolute, cliEdge } from '../request/edge.js';
import { tufRepository } from '../request/verify.js';
import { parse, str, type Options } from './args.js';
import { documentFormat, writeDocument } from './format.js';
import { offlineRequested } from '../verify/tuf.js';
import { tufCacheDir } from './signer-flags.js';

export const TRUSTED_ROOT_HELP = `training-provenance trusted-root [--tuf-url URL --tuf-root FILE] [--output FILE]
  [--format text|json]

Print the trusted roots that 'verify --trusted-root auto' uses now, refreshed over TUF, as JSON
lines (one root a line, as 'gh attestation trusted-root' prints them). Save them where the
verification will have no network, and pass the file as --trusted-root. Exit 0 written, 1 the
TUF repository refused to verify, 2 bad usage.

  --tuf-url URL --tuf-root FILE   a TUF repository (mirror, private Sigstore) and its root.json;
                              default the public-good repository
  --offline                   no refresh: the embedded public-good root
  --output FILE               write to FILE instead of standard output
  --workspace DIR             accepted as attest takes it; every path is read where you
                              name it, absolute or relative to the current directory
  --format text|json          text (default): the JSON lines on standard output, or with
                              --output a line on standard error; json (needs --output): a JSON
                              summary on standard output, {output, sha256, bytes, roots}
`;

const OPTIONS: Options = {
  'tuf-url': { type: 'string' },
  'tuf-root': { type: 'string' },
  offline: { type: 'boolean' },
  output: { type: 'string' },
  format: { type: 'string' },
  workspace: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export async function cliTrustedRoot(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const { values } = parse('trusted-root', argv, OPTIONS);
  if (values.help) {
    out.write(TRUSTED_ROOT_HELP);
    return 0;
  }
  const output = str(values.output);
  const format = documentFormat(str(values.format), output, 'trusted-root');
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
  await writeDocument({ text, output, format, facts: { roots: roots.length }, label }, out, err);
  return 0;
}
