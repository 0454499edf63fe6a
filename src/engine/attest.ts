// `attest`: preflight → collect → build → sign → store. Preflight checks every input, endpoint,
// token and the output directory before a byte is hashed, so nothing is signed (and logged
// publicly) that cannot then be stored. The entry points (action, CLI) gather inputs and the
// runner's context and call this; nothing here reads process.env or action inputs.
import { collectByproducts } from '../collect/byproducts.js';
import { collectDatasets } from '../collect/datasets.js';
import { collectEnvironment } from '../collect/environment.js';
import {
  decodeJwtClaims,
  identityFromClaims,
  identityFromEnvironment,
  isGitHubRun,
  isGitHubToken,
} from '../collect/identity.js';
import { localRun } from '../collect/local-run.js';
import { identityFromGitLabClaims, isGitLabToken } from '../collect/gitlab-identity.js';
import { loadKeyMaterial } from '../sign/key.js';
import { collectModel, MAX_SUBJECTS, type CollectedModel } from '../collect/model.js';
import { manifestByproducts, manifestModelSubjects } from '../collect/manifest.js';
import { collectParameters } from '../collect/parameters.js';
import { collectPython } from '../collect/python.js';
import { collectRequirements } from '../collect/requirements.js';
import { ProvenanceError } from '../errors.js';
import type { HashProgress } from '../hash/index.js';
import { resolveEndpoints } from '../sign/instances.js';
import { OMS_SIGNING_IGNORES } from '../oms/layout.js';
import {
  buildBomStatement,
  buildTrainingRecord,
  serializeStatement,
  type Statement,
} from '../statement/build.js';
import { buildGithubProvenance } from '../statement/github.js';
import { readProvenance } from '../statement/read.js';
import { validateStatement } from '../statement/validate.js';
import { prepareOutputDir, undoOutputDirIfRefused, withOutputLock } from '../store/output-dir.js';
import { inOrder } from './in-order.js';
import { collectBases, copyBaseEvidence } from './attest-bases.js';
import { githubUrls } from '../github.js';
import type { AttestContext, AttestRequest, AttestResult, Plan } from './attest-types.js';
import { signAndStore, trainingPayload, type RunFiles } from './sign-and-store.js';
import type { StatementRole } from '../statement/layout.js';

export type {
  AttestContext,
  AttestRequest,
  AttestResult,
  Plan,
  StoredStatement,
} from './attest-types.js';

export async function attest(inputs: AttestRequest, ctx: AttestContext): Promise<AttestResult> {
  const startedOn = (ctx.now ?? (() => new Date()))();
  return undoOutputDirIfRefused(inputs.outputDir, async () => {
    const plan = await preflight(inputs, ctx);
    // Held from before hashing until the end: another run there is refused, not overwritten.
    return withOutputLock(inputs.outputDir, () => attestHolding(inputs, ctx, plan, startedOn));
  });
}

async function attestHolding(
  inputs: AttestRequest,
  ctx: AttestContext,
  plan: Plan,
  startedOn: Date,
): Promise<AttestResult> {
  const now = ctx.now ?? (() => new Date());
  // Bases first: evidence about another model is refused before the model is hashed.
  const lineage = await collectBases({ ...inputs, evidenceRoot: evidenceRoot(inputs) }, (p) =>
    ctx.onProgress?.('base models', p),
  );
  const collected = await collect(inputs, ctx);
  const training = buildTrainingRecord({
    ...collected.record,
    bases: lineage.bases,
    subjects: collected.model.subjects,
    ...(plan.identity ? { identity: plan.identity } : { local: plan.local! }),
    startedOn,
    finishedOn: now(),
    toolVersion: ctx.toolVersion,
  });
  const run = runStatements(training, plan);
  if (inputs.mlBom) await withMlBom(run, training, ctx);
  await copyBaseEvidence(inputs.outputDir, lineage.copies);
  const stored = await signAndStore(run, inputs, ctx, plan, collected.model.directories);
  return {
    statement: training,
    ...stored,
    modelDigest: collected.model.modelDigest,
    subjects: training.subject,
    files: collected.model.files,
    directories: collected.model.directories,
    ...(plan.identity ? { identity: plan.identity } : { local: plan.local! }),
    environment: collected.record.environment,
    endpoints: plan.endpoints,
  };
}

/** Keyless base evidence is checked against the root of the instance attest signs with. */
function evidenceRoot(inputs: AttestRequest): string {
  return inputs.trustConfig ?? (inputs.sigstore.kind === 'github' ? 'github' : 'public-good');
}

function refuseInput(input: string, message: string, fix: string, value = 'true'): never {
  throw new ProvenanceError('INPUT_INVALID', message, { input, value, fix });
}

/** Every check that needs no hashing: inputs, endpoints, both tokens, the output directory. */
export async function preflight(inputs: AttestRequest, ctx: AttestContext): Promise<Plan> {
  if (inputs.modelSignature && !inputs.sign) {
    refuseInput(
      'sign-model',
      'sign-model: true needs a signature, and sign is false',
      'set sign: true (with id-token: write), or sign-model: false',
    );
  }
  const key = await signingKey(inputs, ctx);
  const keyless = inputs.sign && !key;
  await prepareOutputDir(inputs.outputDir);
  // With sign: false (or a key) no token is asked for at all: it would only be logged and masked.
  const token = keyless ? await requireToken(ctx) : undefined;
  if (keyless && inputs.pushToGitHub && !ctx.githubToken) {
    throw new ProvenanceError('INPUT_MISSING', 'push-to-github needs a GitHub token', {
      input: 'github-token',
      fix: "keep the default '${{ github.token }}' (GITHUB_TOKEN for the command) or set push-to-github: false",
    });
  }
  const { serverUrl } = githubUrls(ctx.env);
  const who = await runIdentity(token, ctx, serverUrl);
  const endpoints = keyless
    ? resolveEndpoints(inputs.sigstore, who.identity?.repositoryVisibility)
    : undefined;
  return { token, ...who, endpoints, serverUrl, ...(key ? { key } : {}) };
}

/** A token to sign with, or the reason there is none. */
async function requireToken(ctx: AttestContext): Promise<string> {
  const token = await ctx.getIdToken();
  if (token) return token;
  const why = ctx.idTokenProblem?.();
  throw new ProvenanceError(
    'OIDC_UNAVAILABLE',
    `no OIDC token to sign with${why ? ` (${why})` : ''}`,
    {
      input: 'sign',
      value: 'true',
      fix: "add 'permissions: id-token: write' to the job (pull requests from forks get no token: set sign: false there), or sign with a key (private-key)",
    },
  );
}

/**
 * Who ran: the token's claims; else the runner's GITHUB_* variables; else, outside GitHub
 * Actions, what git and the host say.
 */
async function runIdentity(
  token: string | undefined,
  ctx: AttestContext,
  serverUrl: string,
): Promise<Pick<Plan, 'identity' | 'local'>> {
  if (token) {
    const claims = decodeJwtClaims(token);
    checkNotExpired(claims, (ctx.now ?? (() => new Date()))());
    if (isGitLabToken(claims)) return { identity: identityFromGitLabClaims(claims) };
    if (isGitHubToken(claims)) return { identity: identityFromClaims(claims, { serverUrl }) };
    // Any other issuer: the certificate proves the token's issuer and subject; the source is
    // what git says, as for a run outside any CI.
    const local = await localRun(ctx.workspace, ctx.warn ?? ctx.log);
    return { local: { ...local, oidc: otherIssuer(claims) } };
  }
  if (isGitHubRun(ctx.env)) return { identity: identityFromEnvironment(ctx.env) };
  return { local: await localRun(ctx.workspace, ctx.warn ?? ctx.log) };
}

/** The issuer and subject of a token that is neither GitHub's nor GitLab's. */
function otherIssuer(claims: Record<string, unknown>): { issuer: string; subject: string } {
  const issuer = typeof claims.iss === 'string' ? claims.iss : '';
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  if (!issuer || !subject)
    throw new ProvenanceError(
      'INPUT_INVALID',
      'the OIDC token names no issuer (iss) or no subject (sub)',
      {
        input: 'id-token',
        fix: 'sign with a token your CI issues for Sigstore (audience sigstore)',
      },
    );
  return { issuer, subject };
}

/** A token past its `exp` would be refused by Fulcio after the whole model was hashed. */
function checkNotExpired(claims: Record<string, unknown>, now: Date): void {
  const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  if (exp === undefined || exp > now.getTime()) return;
  const ago = Math.round((now.getTime() - exp) / 1000);
  throw new ProvenanceError(
    'INPUT_INVALID',
    `the OIDC token expired at ${new Date(exp).toISOString()} (${ago} s ago)`,
    {
      input: 'id-token',
      value: new Date(exp).toISOString(),
      fix: 'request the token right before attest (they live minutes): a fresh SIGSTORE_ID_TOKEN or --identity-token-file',
    },
  );
}

/** The private key (and its certificate) to sign with, checked before anything is hashed. */
async function signingKey(inputs: AttestRequest, ctx: AttestContext): Promise<Plan['key']> {
  const path = inputs.key?.privateKey;
  if (path && !inputs.sign)
    refuseInput(
      'private-key',
      'private-key signs, and sign is false',
      'drop private-key, or sign: true',
      path,
    );
  if (path && inputs.pushToGitHub)
    refuseInput(
      'push-to-github',
      'the attestations API stores keyless (Sigstore certificate) bundles, not bundles signed with a key',
      'set push-to-github: false; the bundles are written to output-dir',
      'true',
    );
  return loadKeyMaterial(inputs.key, ctx.keyPassphrase);
}

async function collect(inputs: AttestRequest, ctx: AttestContext) {
  const progress = (label: string) => (p: HashProgress) => ctx.onProgress?.(label, p);
  // model.sig is left out of directory digests everywhere, so that a model signature written
  // into the directory (now or by an earlier run) never changes the root digest.
  // The model, the datasets and the interpreter are collected at once: hashing the two
  // keeps every core busy, and the interpreter probe waits on a child process. Errors are
  // reported in input order, so the same bad input always gives the same message.
  const [model, datasets, python] = await inOrder(
    modelOf(inputs, ctx, progress('model')),
    collectDatasets({
      datasets: inputs.datasets,
      datasetsFile: inputs.datasetsFile,
      workspace: ctx.workspace,
      onProgress: progress('datasets'),
      notice: ctx.warn ?? ctx.log,
      outputDir: inputs.outputDir,
    }),
    collectPython(inputs.python, {
      workspace: ctx.workspace,
      pathEnv: ctx.pathEnv,
    }),
  );
  if (inputs.modelSignature && model.directories.length === 0) {
    refuseInput(
      'sign-model',
      'sign-model: true, but the model names no directory',
      'name the model directory in model, or set sign-model: false; sign a one-file model with `training-provenance sign-model --model FILE`',
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
    parameters: await collectParameters(inputs.parameters, {
      ...opts,
      notice: ctx.warn ?? ctx.log,
    }),
    byproducts: [
      ...(await collectByproducts(inputs.byproducts, opts)),
      ...manifestByproducts(datasets),
    ],
  };
  return { model, record };
}

/** The model from its files, from manifests made where it lives, or both. */
async function modelOf(
  inputs: AttestRequest,
  ctx: AttestContext,
  onProgress: (p: HashProgress) => void,
): Promise<CollectedModel> {
  const fromManifests = await manifestModelSubjects(inputs.modelManifests, ctx.workspace);
  const onDisk =
    fromManifests.length > 0 && inputs.model.length === 0
      ? { subjects: [], directories: [], files: [], modelDigest: '', omittedFileSubjects: 0 }
      : await collectModel(inputs.model, {
          workspace: ctx.workspace,
          ignorePaths: OMS_SIGNING_IGNORES,
          onProgress,
          outputDir: inputs.outputDir,
        });
  if (fromManifests.length === 0) return onDisk;
  const subjects = [...onDisk.subjects, ...fromManifests];
  const only = subjects.length === 1 ? `sha256:${subjects[0]!.digest.sha256}` : '';
  return { ...onDisk, subjects, modelDigest: onDisk.subjects.length ? '' : only };
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

/**
 * The run's statements, checked: GitHub's build provenance for a GitHub workflow run (what
 * actions/attest users read), and the training record.
 */
function runStatements(training: Statement, plan: Plan): RunFiles {
  const run: RunFiles = { roles: [], payloads: [] };
  const add = (role: StatementRole, s: object) => {
    const payload = serializeStatement(s);
    checkValid(s, payload);
    run.roles.push(role);
    run.payloads.push(payload);
  };
  // GitHub's build provenance describes a GitHub workflow run: none for GitLab or a local run.
  if (plan.identity && !plan.identity.gitlab)
    add('build-provenance', buildGithubProvenance(training.subject, plan.identity));
  add('training-record', training);
  return run;
}

/** The training record as a CycloneDX ML-BOM, its metrics from byproducts the record signed. */
async function withMlBom(run: RunFiles, training: Statement, ctx: AttestContext): Promise<void> {
  const view = readProvenance(JSON.parse(trainingPayload(run)));
  // Loaded on use, as Octokit is for push: the CycloneDX library is large, and most runs make no BOM.
  const { buildMlBom, recordedMetrics } = await import('../bom/index.js');
  const metrics = await recordedMetrics(view.byproducts, ctx.workspace);
  const bom = buildMlBom(view, { toolVersion: ctx.toolVersion, metrics });
  run.roles.push('ml-bom');
  run.payloads.push(serializeStatement(buildBomStatement(training.subject, bom)));
  run.bom = `${JSON.stringify(bom, null, 2)}\n`;
}
