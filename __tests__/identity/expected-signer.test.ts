// The one owner of the expected signer: the signer inputs and the policy's identity section,
// GitLab's issuer, and the action's default repository, as verify, verify-proof and the review
// all take them.
import { ProvenanceError } from '../../src/errors.js';
import {
  expectedSigner,
  requireSigner,
  type Signer,
  type SignerPins,
} from '../../src/identity/expected-signer.js';
import { parsePolicy } from '../../src/policy/policy.js';

const none: Signer = { kind: 'keyless', pins: { denySelfHostedRunners: false } };
const pinned = (pins: Partial<SignerPins>): Signer => ({
  kind: 'keyless',
  pins: { denySelfHostedRunners: false, ...pins },
});
const lines: string[] = [];
const ctx = { serverUrl: 'https://github.com', log: (l: string) => lines.push(l) };

test('the inputs override the identity section; deny-self-hosted-runners only tightens', () => {
  const p = parsePolicy(
    'version: 1\nidentity:\n  repository: acme/vision\n  source-ref: refs/tags/v*\n  runner: github-hosted\n',
  );
  expect(expectedSigner(pinned({ repository: 'acme/other' }), p, ctx)).toMatchObject({
    repository: 'acme/other',
    sourceRef: 'refs/tags/v*',
    denySelfHostedRunners: true,
    serverUrl: 'https://github.com',
  });
  const any = parsePolicy('version: 1\nidentity:\n  runner: any\n');
  expect(expectedSigner(none, any, ctx).denySelfHostedRunners).toBe(false);
  const tight = pinned({ denySelfHostedRunners: true });
  expect(expectedSigner(tight, any, ctx).denySelfHostedRunners).toBe(true);
});

test('a GitLab issuer names its instance, whose projects sit in nested groups', () => {
  const id = expectedSigner(
    pinned({ certOidcIssuer: 'https://gitlab.com', repository: 'acme/ml/vision' }),
    undefined,
    ctx,
  );
  expect(id).toMatchObject({ serverUrl: 'https://gitlab.com', gitlab: true });
  expect(expectedSigner(none, undefined, ctx).gitlab).toBeUndefined();
});

test('the current repository is required only when nothing else names a signer, nor a key', () => {
  const pin = { ...ctx, pinRepository: 'acme/deploy' };
  expect(expectedSigner(none, undefined, pin).repository).toBe('acme/deploy');
  expect(lines.at(-1)).toBe('no signer given: requiring the current repository, acme/deploy');
  // A policy's identity block wins: a deploy repository verifying models trained elsewhere
  // must not be pinned to itself.
  const policy = parsePolicy('version: 1\nidentity:\n  repository: acme/training\n');
  expect(expectedSigner(none, policy, pin).repository).toBe('acme/training');
  const wf = pinned({ signerWorkflow: 'acme/x/.github/workflows/t.yml' });
  expect(expectedSigner(wf, undefined, pin).repository).toBeUndefined();
  // A key names its holder, never a repository.
  const key: Signer = { kind: 'key', publicKey: '/k.pem', anchors: [], pins: none.pins };
  expect(expectedSigner(key, undefined, pin).repository).toBe(undefined);
  expect(expectedSigner(none, undefined, ctx).repository).toBeUndefined();
});

test('no signer and no key: bad usage, naming the flags to give', () => {
  const unpinned = expectedSigner(none, undefined, ctx);
  expect(() => requireSigner(unpinned, none)).toThrow(ProvenanceError);
  expect(() => requireSigner(unpinned, none)).toThrow(/no expected signer was given/);
  const pki: Signer = { kind: 'pki', anchors: ['/ca.pem'], pins: none.pins };
  expect(() => requireSigner(unpinned, pki)).not.toThrow();
  const me = expectedSigner(pinned({ certIdentity: 'me@example.com' }), undefined, ctx);
  expect(() => requireSigner(me, none)).not.toThrow();
});
