// Who must have signed: the expected identity, checked on the decoded certificate after
// the cryptographic verification. Every check is anchored and exact (globs only where the
// user wrote one), at least as strict as `gh attestation verify`: issuer always, the
// owner whenever a repository is expected, the signer's repository unless a signer
// workflow or certificate identity says otherwise. Every mismatch is reported.
import { minimatch } from 'minimatch';
import { ProvenanceError } from '../errors.js';
import type { SignerIdentity } from './certificate.js';

export { signerFromCertificate, type SignerIdentity } from './certificate.js';
export {
  gitlabIssuer,
  parseRepository,
  parseSignerWorkflow,
  type ParsedSignerWorkflow,
} from './signer-names.js';
import { GITHUB_OIDC_ISSUER, parseRepository, parseSignerWorkflow } from './signer-names.js';
export { GITHUB_OIDC_ISSUER } from './signer-names.js';

export { GITHUB_SERVER_URL } from '../github.js';
import { GITHUB_SERVER_URL } from '../github.js';

/** The expected signer, as the verify inputs (and the policy's identity block) give it. */
export interface IdentityPolicy {
  /** `OWNER/REPO`: the source repository (extension 12) and its owner (16). */
  repository?: string;
  /** `OWNER/REPO/.github/workflows/FILE.yml`, optionally `@REF`: the certificate SAN. */
  signerWorkflow?: string;
  /** Expected source ref (extension 14): exact, or a glob such as `refs/tags/v*`. */
  sourceRef?: string;
  /** Exact SAN, for signers that are not GitHub workflows. */
  certIdentity?: string;
  /** SAN regular expression, always anchored as `^(?:…)$`. */
  certIdentityRegex?: string;
  /** OIDC issuer (extension 8, or legacy 1); default GitHub Actions'. */
  certOidcIssuer?: string;
  /** Require extension 11 to be `github-hosted`. */
  denySelfHostedRunners?: boolean;
  /** GitHub server URL, for GitHub Enterprise Server; default https://github.com. */
  serverUrl?: string;
  /**
   * The signer is a GitLab CI job (serverUrl the GitLab instance): projects may sit in nested
   * groups, the signer workflow is the CI config `GROUP/PROJECT//PATH.yml`, hosted runners say
   * `gitlab-hosted`. Set by gitlabIssuer().
   */
  gitlab?: boolean;
}

/**
 * The policy's `identity:` section as read (policy/types.ts); here, beside IdentityPolicy, so the
 * expected signer is built from it without identity/ importing policy/ (which imports identity/).
 */
export interface PolicyIdentity {
  repository?: string;
  signerWorkflow?: string;
  sourceRef?: string;
  runner?: 'github-hosted' | 'any';
}

/** One identity check with what was expected and what the certificate says. */
export interface IdentityCheck {
  check:
    | 'identity-required'
    | 'issuer'
    | 'repository'
    | 'owner'
    | 'signer-repository'
    | 'signer-workflow'
    | 'cert-identity'
    | 'cert-identity-regex'
    | 'source-ref'
    | 'runner';
  ok: boolean;
  expected: string;
  actual?: string;
  reason: string;
  /** The verify input that sets this expectation. */
  input: string;
}

export function compileIdentityRegex(source: string): RegExp {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch (e) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `cert-identity-regex '${source}' is not a valid regular expression: ${(e as Error).message}`,
      {
        input: 'cert-identity-regex',
        value: source,
        fix: 'write a JavaScript regular expression; it is anchored at both ends for you',
        cause: e,
      },
    );
  }
}

/** Syntax errors in the expected identity: bad usage, reported before any bundle is read. */
export function validateIdentityPolicy(p: IdentityPolicy): void {
  const server = p.serverUrl ?? GITHUB_SERVER_URL;
  if (p.repository) parseRepository(p.repository, server, p.gitlab);
  if (p.signerWorkflow) parseSignerWorkflow(p.signerWorkflow, server, p.gitlab);
  if (p.certIdentityRegex) compileIdentityRegex(p.certIdentityRegex);
  if (p.certOidcIssuer !== undefined && p.certOidcIssuer.trim() === '') {
    throw new ProvenanceError('INPUT_INVALID', 'cert-oidc-issuer is empty', {
      input: 'cert-oidc-issuer',
      fix: `leave it unset for GitHub Actions (${GITHUB_OIDC_ISSUER}) or give the issuer URL`,
    });
  }
}

/** True when nothing names who must have signed: verification must then refuse to pass. */
export function identityInputMissing(p: IdentityPolicy): boolean {
  return !p.repository && !p.signerWorkflow && !p.certIdentity && !p.certIdentityRegex;
}

const isGlob = (s: string) => /[*?[\]{}]/.test(s);
const sameCi = (a: string | undefined, b: string) =>
  a !== undefined && a.toLowerCase() === b.toLowerCase();
const show = (v: string | undefined) => (v === undefined ? '(absent)' : v);

type Draft = Omit<IdentityCheck, 'reason'> & { reason?: string };

const withReason = (c: Draft): IdentityCheck => ({
  ...c,
  reason:
    c.reason ??
    (c.ok
      ? `${c.check} matches`
      : `${c.check}: expected ${c.expected}, certificate has ${show(c.actual)}`),
});

const startsWithCi = (s: string | undefined, head: string) =>
  s !== undefined && s.slice(0, head.length).toLowerCase() === head.toLowerCase();

/**
 * Check the certificate's identity against the expected one. Returns every check, passing
 * or not; owner and repository names compare case-insensitively (GitHub's names do),
 * everything else exactly. Call validateIdentityPolicy first.
 */
export function checkIdentity(signer: SignerIdentity, p: IdentityPolicy): IdentityCheck[] {
  const server = (p.serverUrl ?? GITHUB_SERVER_URL).replace(/\/$/, '');
  const repo = p.repository ? parseRepository(p.repository, server, p.gitlab) : undefined;
  return [
    ...requiredCheck(p),
    issuerCheck(signer, p),
    ...repositoryChecks(signer, repo, server),
    ...workflowChecks(signer, p, repo, server),
    ...sanChecks(signer, p),
    ...refChecks(signer, p),
    ...runnerChecks(signer, p),
  ].map(withReason);
}

function requiredCheck(p: IdentityPolicy): Draft[] {
  if (!identityInputMissing(p)) return [];
  return [
    {
      check: 'identity-required',
      ok: false,
      expected: 'repository, signer-workflow, cert-identity or cert-identity-regex',
      input: 'repository',
      reason:
        'no expected signer was given, so any valid signature would pass: set `repository: OWNER/REPO` ' +
        '(or `signer-workflow`, `cert-identity`, `cert-identity-regex`)',
    },
  ];
}

function issuerCheck(signer: SignerIdentity, p: IdentityPolicy): Draft {
  const issuer = p.certOidcIssuer?.trim() || GITHUB_OIDC_ISSUER;
  return {
    check: 'issuer',
    ok: signer.issuer === issuer,
    expected: issuer,
    actual: signer.issuer,
    input: 'cert-oidc-issuer',
  };
}

type Repo = ReturnType<typeof parseRepository> | undefined;

function repositoryChecks(signer: SignerIdentity, repo: Repo, server: string): Draft[] {
  if (!repo) return [];
  const want = `${server}/${repo.owner}/${repo.repo}`;
  const owner = `${server}/${repo.owner}`;
  return [
    {
      check: 'repository',
      ok: sameCi(signer.sourceRepositoryUri, want),
      expected: want,
      actual: signer.sourceRepositoryUri,
      input: 'repository',
    },
    {
      check: 'owner',
      ok: sameCi(signer.ownerUri, owner),
      expected: owner,
      actual: signer.ownerUri,
      input: 'repository',
    },
  ];
}

/** signer-workflow pins the SAN; with --repo alone, as gh does, the workflow must live there. */
function workflowChecks(
  signer: SignerIdentity,
  p: IdentityPolicy,
  repo: Repo,
  server: string,
): Draft[] {
  const san = signer.san;
  if (p.signerWorkflow) {
    const wf = parseSignerWorkflow(p.signerWorkflow, server, p.gitlab);
    const head = `${server}/${wf.owner}/${wf.repo}/`;
    const rest = san?.slice(head.length) ?? '';
    const pinned = wf.ref !== undefined;
    const expected = `${head}${wf.path}@${pinned ? wf.ref : '<any ref>'}`;
    const ok =
      startsWithCi(san, head) &&
      (pinned
        ? rest === `${wf.path}@${wf.ref}`
        : rest.startsWith(`${wf.path}@`) && rest.length > wf.path.length + 1);
    return [{ check: 'signer-workflow', ok, expected, actual: san, input: 'signer-workflow' }];
  }
  if (!repo || p.certIdentity || p.certIdentityRegex) return [];
  const head = `${server}/${repo.owner}/${repo.repo}/`;
  const ok = startsWithCi(san, head);
  return [
    {
      check: 'signer-repository',
      ok,
      expected: `${head}…`,
      actual: san,
      input: 'repository',
      reason: ok
        ? 'the signing workflow is in the expected repository'
        : `the signing workflow ${show(san)} is not in ${repo.owner}/${repo.repo}; ` +
          'if a reusable workflow signed, name it with `signer-workflow`',
    },
  ];
}

function sanChecks(signer: SignerIdentity, p: IdentityPolicy): Draft[] {
  const san = signer.san;
  const out: Draft[] = [];
  if (p.certIdentity)
    out.push({
      check: 'cert-identity',
      ok: san === p.certIdentity,
      expected: p.certIdentity,
      actual: san,
      input: 'cert-identity',
    });
  if (p.certIdentityRegex) {
    const re = compileIdentityRegex(p.certIdentityRegex);
    out.push({
      check: 'cert-identity-regex',
      ok: san !== undefined && re.test(san),
      expected: `^(?:${p.certIdentityRegex})$`,
      actual: san,
      input: 'cert-identity-regex',
    });
  }
  return out;
}

function refChecks(signer: SignerIdentity, p: IdentityPolicy): Draft[] {
  if (!p.sourceRef) return [];
  const ref = signer.sourceRepositoryRef;
  const glob = isGlob(p.sourceRef);
  const ok =
    ref !== undefined &&
    (glob
      ? minimatch(ref, p.sourceRef, { dot: true, nocomment: true, nonegate: true })
      : ref === p.sourceRef);
  return [
    {
      check: 'source-ref',
      ok,
      expected: glob ? `${p.sourceRef} (glob)` : p.sourceRef,
      actual: ref,
      input: 'source-ref',
    },
  ];
}

function runnerChecks(signer: SignerIdentity, p: IdentityPolicy): Draft[] {
  if (!p.denySelfHostedRunners) return [];
  const hosted = p.gitlab ? 'gitlab-hosted' : 'github-hosted';
  return [
    {
      check: 'runner',
      ok: signer.runnerEnvironment === hosted,
      expected: hosted,
      actual: signer.runnerEnvironment,
      input: 'deny-self-hosted-runners',
    },
  ];
}
