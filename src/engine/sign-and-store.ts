// The store half of attest: every statement written first (so a signing failure keeps them),
// then signed, written as bundles, stored through the attestations API, uploaded as an
// artifact; model signatures made with the same certificate's run.
import { join } from 'node:path';
import { ProvenanceError } from '../errors.js';
import { githubUrls } from '../github.js';
import { signModelDirectory, type SignedModel } from '../oms/sign.js';
import { signStatements, type SignResult } from '../sign/sign.js';
import { signWithKey } from '../sign/key.js';
import { modelSha256, type Statement } from '../statement/build.js';
import { ML_BOM_FILE, OUTPUT_FILES, type StatementRole } from '../statement/layout.js';
import {
  defaultArtifactName,
  uploadProvenanceArtifact,
  type ArtifactOutcome,
} from '../store/artifact.js';
import { replaceRunFiles } from '../store/output-dir.js';
import type { DirectoryDigest } from '../types.js';
import type {
  AttestContext,
  AttestRequest,
  AttestResult,
  Plan,
  StoredStatement,
} from './attest-types.js';

/**
 * What a run writes: its statements (serialized) with their roles, in the same order, the
 * training record always among them; and the ML-BOM document when made.
 */
export interface RunFiles {
  roles: StatementRole[];
  payloads: string[];
  bom?: string;
}

/** The serialized training record of a run. */
export const trainingPayload = (run: RunFiles): string =>
  run.payloads[run.roles.indexOf('training-record')]!;

/**
 * Writes both statements first (so a signing failure keeps them), then signs both, writes the
 * bundles, stores them through the API and uploads the artifact. Files of an earlier run
 * that this one does not write are removed.
 */
export async function signAndStore(
  run: RunFiles,
  inputs: AttestRequest,
  ctx: AttestContext,
  plan: Plan,
  directories: readonly DirectoryDigest[],
): Promise<
  Pick<
    AttestResult,
    'provenance' | 'training' | 'mlBom' | 'certificatePem' | 'artifact' | 'modelSignatures'
  >
> {
  const { payloads, roles } = run;
  const files: Record<string, string> = run.bom ? { [ML_BOM_FILE]: run.bom } : {};
  const stored = roles.map((role, k): StoredStatement => {
    files[OUTPUT_FILES[role].statement] = payloads[k]!;
    return { role, statementPath: join(inputs.outputDir, OUTPUT_FILES[role].statement) };
  });
  await replaceRunFiles(inputs.outputDir, files);
  const ofRole = (role: StatementRole) => stored.find((s) => s.role === role);
  const bom = ofRole('ml-bom');
  const out = {
    provenance: ofRole('build-provenance'),
    training: ofRole('training-record')!,
    mlBom: bom && Object.assign(bom, { bomPath: join(inputs.outputDir, ML_BOM_FILE) }),
    certificatePem: undefined as string | undefined,
    artifact: undefined as ArtifactOutcome | undefined,
    modelSignatures: [] as SignedModel[],
  };
  if ((plan.token && plan.endpoints) || plan.key) {
    const signed = plan.key
      ? await signAllWithKey(payloads, plan.key)
      : await signAll(payloads, plan, ctx);
    roles.forEach((role, k) => {
      files[OUTPUT_FILES[role].bundle] = JSON.stringify(signed[k]!.bundle);
      Object.assign(stored[k]!, {
        bundlePath: join(inputs.outputDir, OUTPUT_FILES[role].bundle),
        bundle: signed[k]!.bundle,
        logIndex: signed[k]!.logIndex,
      });
    });
    out.certificatePem = signed[0]!.certificatePem || undefined;
    await replaceRunFiles(inputs.outputDir, files);
    out.modelSignatures = await signModels(directories, inputs, ctx, plan);
    if (inputs.pushToGitHub && !plan.key) await push(stored, ctx, plan);
  } else if (inputs.pushToGitHub && inputs.sign) {
    ctx.log('push-to-github: nothing signed, so nothing is stored in the attestations API');
  }
  if (inputs.uploadArtifact) {
    const explicit = inputs.artifactName !== undefined;
    const name =
      inputs.artifactName ??
      defaultArtifactName(ctx.env.GITHUB_JOB, artifactDigest(trainingPayload(run)));
    out.artifact = await uploadProvenanceArtifact(
      Object.keys(files).map((f) => join(inputs.outputDir, f)),
      { name, explicit, runtimeAvailable: ctx.artifactRuntimeAvailable, log: ctx.log },
    );
  }
  return out;
}

/** The digest a default artifact name carries: the model's, else the first subject's. */
function artifactDigest(trainingPayload: string): string {
  const subjects = (JSON.parse(trainingPayload) as Statement).subject;
  return modelSha256(subjects) ?? subjects[0]?.digest.sha256 ?? '';
}

async function signAll(payloads: string[], plan: Plan, ctx: AttestContext): Promise<SignResult[]> {
  try {
    return await signStatements(
      payloads.map((p) => Buffer.from(p, 'utf8')),
      { endpoints: plan.endpoints!, token: plan.token!, log: ctx.log, ...ctx.network },
    );
  } catch (e) {
    if (e instanceof ProvenanceError) {
      throw new ProvenanceError(
        e.code,
        `${e.message}; the unsigned statements are kept in output-dir`,
        { input: e.input, value: e.value, fix: e.fix, cause: e },
      );
    }
    throw e;
  }
}

/** Each statement signed with the key: DSSE bundles with the key's hint (or its certificate). */
async function signAllWithKey(
  payloads: string[],
  key: NonNullable<Plan['key']>,
): Promise<Array<Pick<SignResult, 'bundle' | 'certificatePem'> & { logIndex?: string }>> {
  const out = [];
  for (const p of payloads) {
    const bundle = await signWithKey(Buffer.from(p, 'utf8'), key);
    out.push({ bundle, certificatePem: key.certificatePem ?? '' });
  }
  return out;
}

async function signModels(
  directories: readonly DirectoryDigest[],
  inputs: AttestRequest,
  ctx: AttestContext,
  plan: Plan,
): Promise<SignedModel[]> {
  if (!inputs.modelSignature) return [];
  const out: SignedModel[] = [];
  for (const dir of directories) {
    const signed = await signModelDirectory(dir, {
      ...(plan.key ? { key: plan.key } : { endpoints: plan.endpoints!, token: plan.token! }),
      log: ctx.log,
      outputDir: inputs.outputDir,
      ...ctx.network,
    });
    ctx.log(`model signature (OMS) for ${dir.path}: ${signed.path}, root sha256:${signed.root}`);
    out.push(signed);
  }
  return out;
}

const WHAT: Record<StatementRole, string> = {
  'build-provenance': 'the build provenance',
  'training-record': 'the training record',
  'ml-bom': 'the ML-BOM',
};

async function push(stored: StoredStatement[], ctx: AttestContext, plan: Plan): Promise<void> {
  // Loaded on use: Octokit is large, and a local run does not need it.
  const { pushAttestation } = await import('../store/attestations.js');
  for (const s of stored) {
    s.attestation = await pushAttestation(s.bundle!, {
      token: ctx.githubToken!,
      repository: plan.identity!.repository,
      apiUrl: githubUrls(ctx.env).apiUrl,
      serverUrl: plan.serverUrl,
      log: ctx.log,
      what: WHAT[s.role],
      ...ctx.network,
    });
  }
}
