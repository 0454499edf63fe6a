// `attest`: preflight → collect → build → sign → store. Preflight checks every input, endpoint,
// token and the output directory before a byte is hashed, so nothing is signed (and logged
// publicly) that cannot then be stored. The entry points (action, CLI) gather inputs and the
// runner's context and call this; nothing here reads process.env or action inputs.
import type { SerializedBundle } from '@sigstore/bundle';
import { join } from 'node:path';
import { collectByproducts } from '../collect/byproducts.js';
import { collectDatasets } from '../collect/datasets.js';
import { collectEnvironment } from '../collect/environment.js';
import {
  decodeJwtClaims,
  identityFromClaims,
  identityFromEnvironment,
} from '../collect/identity.js';
import { collectModel, MAX_SUBJECTS } from '../collect/model.js';
import { collectParameters } from '../collect/parameters.js';
import { collectPython } from '../collect/python.js';
import { collectRequirements } from '../collect/requirements.js';
import { ProvenanceError } from '../errors.js';
import type { HashProgress } from '../hash/index.js';
import type { NetworkOptions } from '../net/retry.js';
import { resolveEndpoints, type SigstoreEndpoints } from '../sign/instances.js';
import { signStatements, type SignResult } from '../sign/sign.js';
import { OMS_SIGNING_IGNORES } from '../oms/layout.js';
import { signModelDirectory, type SignedModel } from '../oms/sign.js';
import {
  buildTrainingRecord,
  modelSha256,
  serializeStatement,
  type Statement,
} from '../statement/build.js';
import { buildGithubProvenance } from '../statement/github.js';
import { OUTPUT_FILES, type StatementRole } from '../statement/layout.js';
import { validateStatement } from '../statement/validate.js';
import {
  defaultArtifactName,
  uploadProvenanceArtifact,
  type ArtifactOutcome,
} from '../store/artifact.js';
import type { PushResult } from '../store/attestations.js';
import { prepareOutputDir, replaceRunFiles, withOutputLock } from '../store/output-dir.js';
import { inOrder } from './in-order.js';
import type {
  DirectoryDigest,
  EnvironmentInfo,
  FileDigest,
  Subject,
  WorkflowIdentity,
} from '../types.js';
import { githubUrls } from '../github.js';

export interface AttestInputs {
  model: string;
  datasets: string;
  datasetsFile: string;
  python: string;
  requirements: string;
  parameters: string;
  byproducts: string;
  sign: boolean;
  sigstore: string;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  pushToGitHub: boolean;
  uploadArtifact: boolean;
  artifactName: string;
  outputDir: string;
  modelSignature: boolean;
}

/** What the runner (or a terminal) provides around the inputs. */
export interface AttestContext {
  workspace: string;
  /** GITHUB_* and RUNNER_* variables, passed in as data. */
  env: Record<string, string | undefined>;
  /** PATH used to find python3 and nvidia-smi. */
  pathEnv: string;
  /** Obtains the OIDC token; undefined when none can be had (no permission, fork PR, local run). */
  getIdToken: () => Promise<string | undefined>;
  /** Explains why no token could be had, for the error when signing needs one. */
  idTokenProblem?: () => string | undefined;
  githubToken?: string;
  artifactRuntimeAvailable: boolean;
  toolVersion: string;
  now?: () => Date;
  /** Retries and timeouts of every service call (Fulcio, Rekor, TSA, GitHub); defaults apply. */
  network?: NetworkOptions;
  log: (line: string) => void;
  onProgress?: (label: string, p: HashProgress) => void;
}

/** One statement of the run as stored: its file, its bundle and where the API keeps it. */
export interface StoredStatement {
  role: StatementRole;
  statementPath: string;
  bundlePath?: string;
  bundle?: SerializedBundle;
  logIndex?: string;
  attestation?: PushResult;
}

export interface AttestResult {
  /** The training record. */
  statement: Statement;
  /** GitHub-shaped build provenance: what actions/attest users and `gh attestation verify` read. */
  provenance: StoredStatement;
  training: StoredStatement;
  modelDigest: string;
  subjects: Subject[];
  /** Model files with their sizes, for reports. */
  files: FileDigest[];
  directories: DirectoryDigest[];
  identity: WorkflowIdentity;
  environment: EnvironmentInfo;
  endpoints?: SigstoreEndpoints;
  certificatePem?: string;
  artifact?: ArtifactOutcome;
  /** OMS model.sig files written for model directories (model-signature: true). */
  modelSignatures: SignedModel[];
}

/** What preflight established: the identity, the token to sign with, and where to sign. */
export interface Plan {
  token?: string;
  identity: WorkflowIdentity;
  endpoints?: SigstoreEndpoints;
  serverUrl: string;
}

export async function attest(inputs: AttestInputs, ctx: AttestContext): Promise<AttestResult> {
  const now = ctx.now ?? (() => new Date());
  const startedOn = now();
  const plan = await preflight(inputs, ctx);
  const collected = await collect(inputs, ctx);
  const training = buildTrainingRecord({
    ...collected.record,
    subjects: collected.model.subjects,
    identity: plan.identity,
    startedOn,
    finishedOn: now(),
    toolVersion: ctx.toolVersion,
  });
  const provenance = buildGithubProvenance(training.subject, plan.identity);
  const payloads = [serializeStatement(provenance), serializeStatement(training)];
  for (const [k, s] of [provenance, training].entries()) checkValid(s, payloads[k]!);
  const stored = await withOutputLock(inputs.outputDir, () =>
    signAndStore(payloads, inputs, ctx, plan, collected.model.directories),
  );
  return {
    statement: training,
    ...stored,
    modelDigest: collected.model.modelDigest,
    subjects: training.subject,
    files: collected.model.files,
    directories: collected.model.directories,
    identity: plan.identity,
    environment: collected.record.environment,
    endpoints: plan.endpoints,
  };
}

function refuseInput(input: string, message: string, fix: string, value = 'true'): never {
  throw new ProvenanceError('INPUT_INVALID', message, { input, value, fix });
}

/** Every check that needs no hashing: inputs, endpoints, both tokens, the output directory. */
export async function preflight(inputs: AttestInputs, ctx: AttestContext): Promise<Plan> {
  if (inputs.modelSignature && !inputs.sign) {
    refuseInput(
      'model-signature',
      'model-signature: true needs a signature, and sign is false',
      'set sign: true (with id-token: write), or model-signature: false',
    );
  }
  const endpointInputs = {
    choice: inputs.sigstore,
    fulcioUrl: inputs.fulcioUrl,
    rekorUrl: inputs.rekorUrl,
    tsaUrl: inputs.tsaUrl,
  };
  // Bad instance settings are reported before the runner is asked for a token.
  if (inputs.sign) resolveEndpoints(endpointInputs);
  await prepareOutputDir(inputs.outputDir);
  // With sign: false no token is asked for at all: it would only be logged and masked.
  const token = inputs.sign ? await ctx.getIdToken() : undefined;
  if (inputs.sign && !token) {
    const why = ctx.idTokenProblem?.();
    throw new ProvenanceError(
      'OIDC_UNAVAILABLE',
      `no OIDC token to sign with${why ? ` (${why})` : ''}`,
      {
        input: 'sign',
        value: 'true',
        fix: "add 'permissions: id-token: write' to the job; pull requests from forks get no token, so for them set sign: false to write an unsigned statement",
      },
    );
  }
  if (inputs.sign && inputs.pushToGitHub && !ctx.githubToken) {
    throw new ProvenanceError('INPUT_MISSING', 'push-to-github needs a GitHub token', {
      input: 'github-token',
      fix: "keep the default '${{ github.token }}' (GITHUB_TOKEN for the command) or set push-to-github: false",
    });
  }
  const { serverUrl } = githubUrls(ctx.env);
  const identity = token
    ? identityFromClaims(decodeJwtClaims(token), { serverUrl })
    : identityFromEnvironment(ctx.env);
  const endpoints = inputs.sign
    ? resolveEndpoints({ ...endpointInputs, visibility: identity.repositoryVisibility })
    : undefined;
  return { token, identity, endpoints, serverUrl };
}

async function collect(inputs: AttestInputs, ctx: AttestContext) {
  const progress = (label: string) => (p: HashProgress) => ctx.onProgress?.(label, p);
  // model.sig is left out of directory digests everywhere, so that a model signature written
  // into the directory (now or by an earlier run) never changes the root digest.
  // The model, the datasets and the interpreter are collected at once: hashing the two
  // keeps every core busy, and the interpreter probe waits on a child process. Errors are
  // reported in input order, so the same bad input always gives the same message.
  const [model, datasets, python] = await inOrder(
    collectModel(inputs.model, {
      workspace: ctx.workspace,
      ignorePaths: OMS_SIGNING_IGNORES,
      onProgress: progress('model'),
      outputDir: inputs.outputDir,
    }),
    collectDatasets({
      datasets: inputs.datasets,
      datasetsFile: inputs.datasetsFile || undefined,
      workspace: ctx.workspace,
      onProgress: progress('datasets'),
    }),
    collectPython(inputs.python.trim() || 'auto', {
      workspace: ctx.workspace,
      pathEnv: ctx.pathEnv,
    }),
  );
  if (inputs.modelSignature && model.directories.length === 0) {
    refuseInput(
      'model-signature',
      'model-signature: true, but the model names no directory',
      'name the model directory in model (an OMS signature covers a directory), or set model-signature: false',
    );
  }
  if (model.omittedFileSubjects > 0) {
    ctx.log(
      `${model.omittedFileSubjects} model files are attested through their directory's OMS root digest only: ` +
        `one attestation carries at most ${MAX_SUBJECTS} subjects (GitHub's limit); verify still checks every file`,
    );
  }
  const environment = await collectEnvironment({
    python,
    pathEnv: ctx.pathEnv,
    runnerEnv: ctx.env,
  });
  const opts = { workspace: ctx.workspace };
  const record = {
    datasets,
    environment,
    requirements: await collectRequirements(inputs.requirements, opts),
    parameters: await collectParameters(inputs.parameters, opts),
    byproducts: await collectByproducts(inputs.byproducts, opts),
  };
  return { model, record };
}

/** Our own output breaking its spec is a bug, and signing it would make it permanent. */
export function checkValid(statement: object, payload: string): void {
  const problems = validateStatement(JSON.parse(payload));
  if (problems.length === 0) return;
  throw new ProvenanceError(
    'INTERNAL',
    `the ${(statement as { predicateType?: string }).predicateType} statement does not validate: ${problems.join('; ')}`,
    { fix: 'report this as a bug in training-provenance' },
  );
}

const ROLES: readonly StatementRole[] = ['build-provenance', 'training-record'];

/**
 * Writes both statements first (so a signing failure keeps them), then signs both, writes the
 * bundles, stores them through the API and uploads the artifact. Files of an earlier run
 * that this one does not write are removed.
 */
export async function signAndStore(
  payloads: string[],
  inputs: AttestInputs,
  ctx: AttestContext,
  plan: Plan,
  directories: readonly DirectoryDigest[],
): Promise<
  Pick<AttestResult, 'provenance' | 'training' | 'certificatePem' | 'artifact' | 'modelSignatures'>
> {
  const files: Record<string, string> = {};
  const stored = ROLES.map((role, k): StoredStatement => {
    files[OUTPUT_FILES[role].statement] = payloads[k]!;
    return { role, statementPath: join(inputs.outputDir, OUTPUT_FILES[role].statement) };
  });
  await replaceRunFiles(inputs.outputDir, files);
  const out = {
    provenance: stored[0]!,
    training: stored[1]!,
    certificatePem: undefined as string | undefined,
    artifact: undefined as ArtifactOutcome | undefined,
    modelSignatures: [] as SignedModel[],
  };
  if (plan.token && plan.endpoints) {
    const signed = await signBoth(payloads, plan, ctx);
    ROLES.forEach((role, k) => {
      files[OUTPUT_FILES[role].bundle] = JSON.stringify(signed[k]!.bundle);
      Object.assign(stored[k]!, {
        bundlePath: join(inputs.outputDir, OUTPUT_FILES[role].bundle),
        bundle: signed[k]!.bundle,
        logIndex: signed[k]!.logIndex,
      });
    });
    out.certificatePem = signed[0]!.certificatePem;
    await replaceRunFiles(inputs.outputDir, files);
    out.modelSignatures = await signModels(directories, inputs, ctx, plan);
    if (inputs.pushToGitHub) await push(stored, ctx, plan);
  } else if (inputs.pushToGitHub && inputs.sign) {
    ctx.log('push-to-github: nothing signed, so nothing is stored in the attestations API');
  }
  if (inputs.uploadArtifact) {
    const explicit = inputs.artifactName.trim() !== '';
    const name = explicit
      ? inputs.artifactName.trim()
      : defaultArtifactName(ctx.env.GITHUB_JOB, artifactDigest(payloads[1]!));
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

async function signBoth(payloads: string[], plan: Plan, ctx: AttestContext): Promise<SignResult[]> {
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

async function signModels(
  directories: readonly DirectoryDigest[],
  inputs: AttestInputs,
  ctx: AttestContext,
  plan: Plan,
): Promise<SignedModel[]> {
  if (!inputs.modelSignature) return [];
  const out: SignedModel[] = [];
  for (const dir of directories) {
    const signed = await signModelDirectory(dir, {
      endpoints: plan.endpoints!,
      token: plan.token!,
      log: ctx.log,
      outputDir: inputs.outputDir,
      ...ctx.network,
    });
    ctx.log(`model signature (OMS) for ${dir.path}: ${signed.path}, root sha256:${signed.root}`);
    out.push(signed);
  }
  return out;
}

async function push(stored: StoredStatement[], ctx: AttestContext, plan: Plan): Promise<void> {
  // Loaded on use: Octokit is large, and a local run does not need it.
  const { pushAttestation } = await import('../store/attestations.js');
  for (const s of stored) {
    s.attestation = await pushAttestation(s.bundle!, {
      token: ctx.githubToken!,
      repository: plan.identity.repository,
      apiUrl: githubUrls(ctx.env).apiUrl,
      serverUrl: plan.serverUrl,
      log: ctx.log,
      what: s.role === 'build-provenance' ? 'the build provenance' : 'the training record',
      ...ctx.network,
    });
  }
}
