// Records with base-model entries of a shape attest does not write for a local file (a URI, a
// licence, a model.sig of another key) for the lineage rule tests: real `attest --private-key`
// runs, then the training statement given its base-model entries (docs/lineage.md) and signed
// again for real, by a key or keyless. The done-when chain is attested for real with
// --base-model instead (lineage-chain.test.ts).
import type { SerializedBundle } from '@sigstore/bundle';
import { createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { signWithKey } from '../../src/sign/key.js';
import { runBare, type ShellRun } from './shell.js';

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** The CLI in `ws`, nothing of a CI in its environment. */
export const tpIn =
  (ws: string) =>
  (args: string[], env: Record<string, string> = {}) =>
    runBare(args, ws, env);

/** The CLI in `ws` for a test's setup: a run that does not exit 0 throws with its stderr. */
export const okIn =
  (ws: string) =>
  async (...args: string[]): Promise<ShellRun> => {
    const r = await runBare(args, ws);
    if (r.code !== 0) throw new Error(`tp ${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
    return r;
  };

/** attest the directory DIR of ws (one weights file written) signed with KEY.pem, with MORE flags. */
export async function attestDir(
  ws: string,
  dir: string,
  key: string,
  more: string[],
): Promise<ShellRun> {
  await mkdir(join(ws, dir), { recursive: true });
  await writeFile(join(ws, dir, 'weights.bin'), `weights of ${dir}`);
  return okIn(ws)(
    'attest',
    '--model',
    dir,
    '--private-key',
    `${key}.pem`,
    '--python',
    'none',
    ...more,
  );
}

/** NAME.pem and NAME.pub in ws: an EC P-256 key pair. */
export function keyPair(ws: string, name: string): Promise<unknown> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return Promise.all([
    writeFile(join(ws, `${name}.pem`), privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
    }),
    writeFile(join(ws, `${name}.pub`), publicKey.export({ type: 'spki', format: 'pem' })),
  ]);
}

/** attest MODEL signed with KEY, with its datasets, into DIR. */
export async function attest(
  ws: string,
  model: string,
  key: string,
  dir: string,
  datasets: string[] = [],
): Promise<ShellRun> {
  await writeFile(join(ws, model), `weights of ${model}`);
  const args = ['attest', '--model', model, '--private-key', `${key}.pem`, '--python', 'none'];
  for (const d of datasets) args.push('--dataset', d);
  return okIn(ws)(...args, '--output-dir', dir);
}

export interface BaseEntry {
  name: string;
  /** The base's output directory: its training.sigstore.json and its own bases/. */
  from: string;
  /** The model file whose sha256 the entry records. */
  model: string;
  license?: string;
  /** Evidence other than the base's training record: a model.sig, and the base's OMS root. */
  signature?: { file: string; root: string };
}

/** Signs a statement: with the key NAME.pem of ws, or keyless (a test's own signer). */
export type StatementSigner = (payload: Buffer) => Promise<SerializedBundle>;

export const withKey =
  (ws: string, key: string): StatementSigner =>
  async (payload) =>
    signWithKey(payload, { privateKey: createPrivateKey(await readFile(join(ws, `${key}.pem`))) });

function baseDependency(b: BaseEntry, file: string, evidence: Buffer, digest: string) {
  return {
    name: b.name,
    uri: `hf://acme/${b.name}@main`,
    digest: { sha256: digest },
    annotations: {
      role: 'base-model',
      kind: b.signature ? 'local-directory' : 'local-file',
      ...(b.license ? { license: b.license } : {}),
      evidence: [
        {
          kind: b.signature ? 'model-signature' : 'training-record',
          path: `bases/${b.name}/${file}`,
          digest: { sha256: sha256(evidence) },
          signer: { kind: 'key' },
        },
      ],
    },
  };
}

/**
 * DIR's training record with base-model entries added, signed again by `sign` (the record's
 * signer); each base's record (and its bases/) copied to DIR/bases/NAME/, as attest lays it out.
 */
export async function withBases(
  ws: string,
  dir: string,
  sign: StatementSigner,
  bases: BaseEntry[],
): Promise<void> {
  const statement = JSON.parse(await readFile(join(ws, dir, 'training.intoto.json'), 'utf8'));
  for (const b of bases) {
    const target = join(ws, dir, 'bases', b.name);
    const file = b.signature ? 'model.sig' : 'training.sigstore.json';
    await mkdir(target, { recursive: true });
    await cp(join(ws, b.signature?.file ?? join(b.from, file)), join(target, file));
    await cp(join(ws, b.from, 'bases'), join(target, 'bases'), { recursive: true }).catch(
      () => undefined,
    );
    const evidence = await readFile(join(target, file));
    const digest = b.signature?.root ?? sha256(await readFile(join(ws, b.model)));
    statement.predicate.buildDefinition.resolvedDependencies.push(
      baseDependency(b, file, evidence, digest),
    );
  }
  await resign(ws, dir, sign, statement);
}

/** DIR's training statement written and signed again by `sign`. */
export async function resign(
  ws: string,
  dir: string,
  sign: StatementSigner,
  statement?: unknown,
): Promise<void> {
  const payload = statement
    ? Buffer.from(JSON.stringify(statement))
    : await readFile(join(ws, dir, 'training.intoto.json'));
  await writeFile(join(ws, dir, 'training.intoto.json'), payload);
  await writeFile(join(ws, dir, 'training.sigstore.json'), JSON.stringify(await sign(payload)));
}
