// attest's base models (lineage): each base hashed or taken as a reference, every evidence file
// (a model.sig inside a local base, and those given) checked to be signed and to be about a base,
// then copied to output-dir/bases/NAME/ so that one output-dir verifies the whole chain offline.
// Evidence about another model, or matching no base, is bad input: refused before signing.
import { cp, lstat, mkdir, readdir, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import {
  collectBaseModel,
  type BaseModelSpec,
  type CollectedBase,
} from '../collect/base-models.js';
import { ProvenanceError } from '../errors.js';
import { normaliseLicence } from '../licenses/spdx.js';
import type { HashProgress } from '../hash/index.js';
import { followCacheLink, huggingFaceBlobs } from '../hash/walk.js';
import { OMS_SIGNATURE_NAME } from '../oms/index.js';
import { BASES_DIR } from '../statement/base-model.js';
import { OUTPUT_FILES } from '../statement/layout.js';
import type { BaseModelRef } from '../types.js';
import { readEvidence, type EvidenceRead } from '../verify/base-evidence.js';
import { checkFiles } from '../verify/oms-contents.js';
import { signsDigest } from '../verify/evidence-binding.js';

const INPUT = 'base-model-evidence';

export interface BasesInputs {
  baseModels?: readonly BaseModelSpec[];
  /** Absolute paths of evidence bundles. */
  baseModelEvidence?: readonly string[];
  outputDir: string;
  /** The trusted root keyless evidence is checked against (a file, `public-good`, `github`). */
  evidenceRoot: string;
}

/** A file or folder to copy into output-dir (`to` relative to it). */
interface EvidenceCopy {
  from: string;
  to: string;
}

export interface CollectedBases {
  bases: BaseModelRef[];
  copies: EvidenceCopy[];
}

export async function collectBases(
  inputs: BasesInputs,
  onProgress?: (p: HashProgress) => void,
): Promise<CollectedBases> {
  const specs = inputs.baseModels ?? [];
  const given = inputs.baseModelEvidence ?? [];
  if (specs.length === 0 && given.length === 0) return { bases: [], copies: [] };
  const collected: CollectedBase[] = [];
  for (const spec of specs)
    collected.push(await collectBaseModel(spec, { outputDir: inputs.outputDir, onProgress }));
  const copies: EvidenceCopy[] = [];
  // A model.sig inside a local base is evidence about that base, and must sign its files.
  for (const c of collected) {
    const sig = c.local?.kind === 'directory' ? await signatureIn(c.local.path) : undefined;
    if (!sig) continue;
    const read = await readEvidence(sig, inputs.evidenceRoot);
    if (!(await about(read, c))) throw anotherModel(read, [c]);
    attach(c, read, copies);
  }
  await outsideOutputDir(inputs.outputDir, given);
  for (const path of new Set(await bundlesOf(given))) {
    const read = await readEvidence(path, inputs.evidenceRoot);
    const matched = [];
    for (const c of collected) if (await about(read, c)) matched.push(c);
    if (matched.length === 0) throw anotherModel(read, collected);
    for (const c of matched) {
      attach(c, read, copies);
      await withOwnBases(read, c.ref.name, copies);
    }
  }
  return { bases: collected.map((c) => c.ref), copies };
}

/**
 * The evidence files given: a file as it is; a directory an attest run wrote, as the bundles
 * it holds (the training record, the build provenance, the ML-BOM).
 */
async function bundlesOf(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if (!(await lstat(path).catch(() => undefined))?.isDirectory()) {
      out.push(path);
      continue;
    }
    const names = Object.values(OUTPUT_FILES).map((f) => f.bundle);
    const found = [];
    for (const name of names) if (await isFile(join(path, name))) found.push(join(path, name));
    if (found.length === 0)
      throw new ProvenanceError('INPUT_INVALID', `${path} holds no bundle attest writes`, {
        input: INPUT,
        value: path,
        fix: `give the base's output-dir (it holds ${names.join(', ')}), or the bundle files`,
      });
    out.push(...found);
  }
  return out;
}

async function isFile(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined))?.isFile() ?? false;
}

/** An earlier run's copy, given as evidence, would be overwritten while it is read. */
async function outsideOutputDir(outputDir: string, paths: readonly string[]): Promise<void> {
  const out = await realpath(outputDir).catch(() => resolve(outputDir));
  for (const path of paths) {
    const real = await realpath(path).catch(() => path);
    if (real !== out && !real.startsWith(out + sep)) continue;
    throw new ProvenanceError(
      'INPUT_INVALID',
      `${path} is inside output-dir ${outputDir}, where this run writes the copies of its evidence`,
      {
        input: INPUT,
        value: path,
        fix: "give the evidence where the base's own run wrote it, or a copy outside output-dir",
      },
    );
  }
}

/**
 * The model.sig inside a base directory, if any. In a Hugging Face cache snapshot it is a link
 * into the repository's blobs/, followed as the base's files are; any other link is refused.
 */
async function signatureIn(dir: string): Promise<string | undefined> {
  const sig = join(dir, OMS_SIGNATURE_NAME);
  const st = await lstat(sig).catch(() => undefined);
  if (!st) return undefined;
  if (st.isSymbolicLink()) await followCacheLink(sig, huggingFaceBlobs(dir), INPUT);
  else if (!st.isFile()) return undefined;
  return sig;
}

/** Does the evidence sign this base: its digest as a subject, or (a model.sig) its files? */
async function about(read: EvidenceRead, c: CollectedBase): Promise<boolean> {
  if (c.ref.sha256 !== undefined && signsDigest(read, c.ref.sha256)) return true;
  const local = c.local;
  if (!read.oms || !local) return false;
  // A model.sig over files of another layout (other ignores, shards) than our hashing of the
  // base: its files compared with the base's.
  const oms = read.oms;
  if (oms.hashType === 'sha256' && oms.method === 'files') {
    const signed = oms.resources.map((r) => `${r.name}\0${r.digest}`).sort();
    const onDisk = local.files.map((f) => `${f.relPath}\0${f.sha256}`).sort();
    return signed.length === onDisk.length && signed.every((x, i) => x === onDisk[i]);
  }
  // Another hash or shards: the files are read again as the signature hashed them.
  const checked = await checkFiles(oms, {
    modelDir: local.kind === 'directory' ? local.path : dirname(local.path),
    model: c.ref.name,
    kind: local.kind,
    sigPath: read.path,
  });
  return checked.violations.length === 0;
}

function anotherModel(read: EvidenceRead, bases: readonly CollectedBase[]): ProvenanceError {
  const signs = read.subjects.map((d) => `sha256:${d}`).join(', ') || 'no sha256 subject';
  const ours = bases.map(
    (b) => `'${b.ref.name}' ${b.ref.sha256 ? `sha256:${b.ref.sha256}` : '(no digest)'}`,
  );
  const what = read.oms ? 'its signed files (root ' + signs + ')' : signs;
  return new ProvenanceError(
    'INPUT_INVALID',
    `${read.path} is evidence about another model: it signs ${what}; ${
      ours.length
        ? `the base model${ours.length > 1 ? 's are' : ' is'} ${ours.join(', ')}`
        : 'no base model is given'
    }`,
    {
      input: INPUT,
      value: read.path,
      fix: 'give the evidence of the base model named (its training.sigstore.json, provenance, ML-BOM or model.sig), or name the base it is about in base-models',
    },
  );
}

/** The evidence entry on the base, and its copy under bases/NAME/ (a taken name gets a prefix). */
function attach(c: CollectedBase, read: EvidenceRead, copies: EvidenceCopy[]): void {
  const dir = `${BASES_DIR}/${c.ref.name}`;
  const taken = new Set(copies.map((x) => x.to));
  let to = `${dir}/${basename(read.path)}`;
  for (let i = 2; taken.has(to); i++) to = `${dir}/${i}-${basename(read.path)}`;
  copies.push({ from: read.path, to });
  c.ref.evidence.push({ kind: read.kind, path: to, sha256: read.sha256, signer: read.signer });
  // The model card's licence wins; else the one the base's own ML-BOM gives it.
  const licence = c.ref.sha256 ? read.licenses?.[c.ref.sha256] : undefined;
  if (licence && !c.ref.license) c.ref.license = normaliseLicence(licence).expression;
}

/** A record's own bases/ beside it is copied along, so its chain goes with it. */
async function withOwnBases(
  read: EvidenceRead,
  name: string,
  copies: EvidenceCopy[],
): Promise<void> {
  if (read.kind === 'model-signature') return;
  const own = join(dirname(read.path), BASES_DIR);
  const st = await lstat(own).catch(() => undefined);
  if (!st?.isDirectory()) return;
  const to = `${BASES_DIR}/${name}/${BASES_DIR}`;
  if (copies.some((c) => c.to === to)) return;
  await onlyFilesUnder(own);
  copies.push({ from: own, to });
}

/** A link in a copied chain could point anywhere: refused, naming it. */
async function onlyFilesUnder(dir: string): Promise<void> {
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() || e.isDirectory()) continue;
    const path = join(e.parentPath, e.name);
    throw new ProvenanceError(
      'INPUT_INVALID',
      `${path} in a base's evidence is not a regular file`,
      {
        input: INPUT,
        value: path,
        fix: "keep only the files attest wrote in the base record's bases/ folder",
      },
    );
  }
}

/**
 * The evidence copied into output-dir/bases/, over an earlier run's copies of the same names
 * (nothing else there is removed: output-dir may be a folder of the user's).
 */
export async function copyBaseEvidence(
  outputDir: string,
  copies: readonly EvidenceCopy[],
): Promise<void> {
  for (const c of copies) {
    const to = join(outputDir, ...c.to.split('/'));
    await mkdir(dirname(to), { recursive: true });
    // A cache snapshot's model.sig is a link into blobs/: its content is what is copied.
    await cp(c.from, to, { recursive: true, force: true, dereference: true });
  }
}
