// `attest`: collect → build the statement → validate → sign → store. The entry points
// (action, CLI) gather inputs and the runner's context and call this; nothing here reads
// process.env or action inputs, so the same run can be driven from a test or a terminal.
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
import { resolveEndpoints, type SigstoreEndpoints } from '../sign/instances.js';
import { signStatement } from '../sign/sign.js';
import { OMS_SIGNING_IGNORES } from '../oms/layout.js';
import { signModelDirectory, type SignedModel } from '../oms/sign.js';
import { buildStatement, serializeStatement, type Statement } from '../statement/build.js';
import { validateStatement } from '../statement/validate.js';
import { uploadProvenanceArtifact, type ArtifactOutcome } from '../store/artifact.js';
import type { PushResult } from '../store/attestations.js';
import { writeFileAtomic } from '../store/files.js';
import { inOrder } from './in-order.js';
import type {
  DirectoryDigest,
  EnvironmentInfo,
  FileDigest,
  Subject,
  WorkflowIdentity,
} from '../types.js';

export const STATEMENT_FILE = 'provenance.intoto.json';
export const BUNDLE_FILE = 'provenance.sigstore.json';

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
  log: (line: string) => void;
  onProgress?: (label: string, p: HashProgress) => void;
}

export interface AttestResult {
  statement: Statement;
  statementPath: string;
  bundlePath?: string;
  bundle?: SerializedBundle;
  modelDigest: string;
  subjects: Subject[];
  /** Model files with their sizes, for reports. */
  files: FileDigest[];
  directories: DirectoryDigest[];
  identity: WorkflowIdentity;
  environment: EnvironmentInfo;
  endpoints?: SigstoreEndpoints;
  logIndex?: string;
  certificatePem?: string;
  attestation?: PushResult;
  artifact?: ArtifactOutcome;
  /** OMS model.sig files written for model directories (model-signature: true). */
  modelSignatures: SignedModel[];
}

export async function attest(inputs: AttestInputs, ctx: AttestContext): Promise<AttestResult> {
  const now = ctx.now ?? (() => new Date());
  const startedOn = now();
  if (inputs.modelSignature && !inputs.sign) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      'model-signature: true needs a signature, and sign is false',
      {
        input: 'model-signature',
        value: 'true',
        fix: 'set sign: true (with id-token: write), or model-signature: false',
      },
    );
  }

  const endpointInputs = {
    choice: inputs.sigstore,
    fulcioUrl: inputs.fulcioUrl,
    rekorUrl: inputs.rekorUrl,
    tsaUrl: inputs.tsaUrl,
  };
  // Bad instance settings are reported before anything else is asked of the runner.
  if (inputs.sign) resolveEndpoints(endpointInputs);

  // The token comes first: a job without `id-token: write` should fail before it spends
  // minutes hashing a model it cannot sign.
  const token = await ctx.getIdToken();
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
  const claims = token ? decodeJwtClaims(token) : undefined;
  const serverUrl = ctx.env.GITHUB_SERVER_URL || 'https://github.com';
  const identity = claims
    ? identityFromClaims(claims, { serverUrl })
    : identityFromEnvironment(ctx.env);
  const endpoints = inputs.sign
    ? resolveEndpoints({ ...endpointInputs, visibility: identity.repositoryVisibility })
    : undefined;

  const progress = (label: string) => (p: HashProgress) => ctx.onProgress?.(label, p);
  // model.sig is left out of directory digests everywhere, so that a model signature written
  // into the directory (now or by an earlier run) never changes the provenance's root digest
  // and both signatures bind the same root.
  // The model, the datasets and the interpreter are collected at once: hashing the two
  // keeps every core busy (one large model file and one large dataset hash in parallel),
  // and the interpreter probe waits on a child process. Errors are reported in input order,
  // so the same bad input always gives the same message.
  const [model, datasets, python] = await inOrder(
    collectModel(inputs.model, {
      workspace: ctx.workspace,
      ignorePaths: OMS_SIGNING_IGNORES,
      onProgress: progress('model'),
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
    throw new ProvenanceError(
      'INPUT_INVALID',
      'model-signature: true, but the model names no directory',
      {
        input: 'model-signature',
        value: 'true',
        fix: 'name the model directory in model (an OMS signature covers a directory), or set model-signature: false',
      },
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
  const requirements = await collectRequirements(inputs.requirements, { workspace: ctx.workspace });
  const parameters = await collectParameters(inputs.parameters, { workspace: ctx.workspace });
  const byproducts = await collectByproducts(inputs.byproducts, { workspace: ctx.workspace });

  const statement = buildStatement({
    subjects: model.subjects,
    identity,
    datasets,
    environment,
    requirements,
    parameters,
    byproducts,
    startedOn,
    finishedOn: now(),
    toolVersion: ctx.toolVersion,
  });
  const problems = validateStatement(statement);
  if (problems.length > 0) {
    // Our own output breaking the spec is a bug, and signing it would make it permanent.
    throw new ProvenanceError(
      'INTERNAL',
      `the statement does not validate: ${problems.join('; ')}`,
      {
        fix: 'report this as a bug in training-provenance',
      },
    );
  }
  const payload = serializeStatement(statement);
  const statementPath = join(inputs.outputDir, STATEMENT_FILE);
  const result: AttestResult = {
    statement,
    statementPath,
    modelDigest: model.modelDigest,
    subjects: model.subjects,
    files: model.files,
    directories: model.directories,
    identity,
    environment,
    endpoints,
    modelSignatures: [],
  };

  if (inputs.sign && token && endpoints) {
    const signed = await signStatement(Buffer.from(payload, 'utf8'), {
      endpoints,
      token,
      log: ctx.log,
    });
    if (inputs.modelSignature) {
      for (const dir of model.directories) {
        const signedModel = await signModelDirectory(dir, {
          endpoints,
          token,
          log: ctx.log,
          outputDir: inputs.outputDir,
        });
        ctx.log(
          `model signature (OMS) for ${dir.path}: ${signedModel.path}, root sha256:${signedModel.root}`,
        );
        result.modelSignatures.push(signedModel);
      }
    }
    // Statement and bundle are written only once both exist: a failed signing leaves neither.
    const bundlePath = join(inputs.outputDir, BUNDLE_FILE);
    await writeFileAtomic(statementPath, payload);
    await writeFileAtomic(bundlePath, JSON.stringify(signed.bundle));
    Object.assign(result, {
      bundlePath,
      bundle: signed.bundle,
      logIndex: signed.logIndex,
      certificatePem: signed.certificatePem,
    });
    if (inputs.pushToGitHub) {
      if (!ctx.githubToken) {
        throw new ProvenanceError('INPUT_MISSING', 'push-to-github needs a GitHub token', {
          input: 'github-token',
          fix: "keep the default '${{ github.token }}' or set push-to-github: false",
        });
      }
      // Loaded on use: Octokit and the artifact client are large, and a local run needs neither.
      const { pushAttestation } = await import('../store/attestations.js');
      result.attestation = await pushAttestation(signed.bundle, {
        token: ctx.githubToken,
        repository: identity.repository,
        apiUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl,
        log: ctx.log,
      });
    }
  } else {
    await writeFileAtomic(statementPath, payload);
  }

  if (inputs.uploadArtifact) {
    result.artifact = await uploadProvenanceArtifact(
      inputs.artifactName,
      result.bundlePath ? [statementPath, result.bundlePath] : [statementPath],
      ctx.artifactRuntimeAvailable,
    );
  }
  return result;
}
