// The policy's `lineage:` section: read into typed rules, every mistake an error with its line
// and column (a bare hex digest refused as under datasets, signers of one shape each, inherit
// naming only sections the policy has).
import { generateKeyPairSync } from 'node:crypto';
import { parsePolicy, PolicyError } from '../../src/policy/policy.js';

const HEX = 'ab'.repeat(32);

function errorsOf(text: string): string[] {
  try {
    parsePolicy(text, 'policy.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return (e as PolicyError).errors;
  }
  throw new Error('expected the policy to be refused');
}

test('every key read; require-evidence is true unless said', () => {
  const p = parsePolicy(
    `version: 1
datasets:
  deny: ["hf://datasets/evil/*"]
lineage:
  signers:
    - {identity: ci@acme.example, issuer: https://accounts.example}
    - {identity-regex: ".*@acme[.]example", issuer: https://accounts.example}
    - public-key: keys/upstream.pub
    - cert-chain: anchors.pem
  allow: ["hf://meta-llama/*", "sha256:${HEX}"]
  deny: ["hf://evil/*"]
  licenses: [Apache-2.0, MIT]
  max-depth: 4
  inherit: [datasets, frameworks]
`,
  );
  const l = p.lineage!;
  expect(l.requireEvidence).toBe(true);
  expect(l.signers!.map((s) => s.kind)).toEqual([
    'identity',
    'identity-regex',
    'public-key',
    'cert-chain',
  ]);
  expect(l.signers![2]).toMatchObject({ pemOrFile: 'keys/upstream.pub', at: 'policy.yml:8:7' });
  expect(l.allow!.map((x) => x.kind)).toEqual(['uri', 'digest']);
  expect(l.maxDepth).toBe(4);
  expect(l.inherit).toEqual(['datasets', 'frameworks']);
  expect(parsePolicy('version: 1\nlineage:\n  require-evidence: false\n').lineage).toEqual({
    requireEvidence: false,
  });
});

test('an inline PEM key is read where it stands; a broken one is an error at its line', () => {
  const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .publicKey.export({ type: 'spki', format: 'pem' })
    .toString();
  const indented = pem.trimEnd().replace(/\n/g, '\n        ');
  const ok = parsePolicy(
    `version: 1\nlineage:\n  signers:\n    - public-key: |\n        ${indented}\n`,
  );
  expect(ok.lineage!.signers![0]).toMatchObject({ kind: 'public-key' });
  const broken = indented.replace(/\n {8}[A-Za-z0-9+/]{10}/, '\n        !!!!!!!!!!');
  expect(
    errorsOf(`version: 1\nlineage:\n  signers:\n    - public-key: |\n        ${broken}\n`)[0],
  ).toMatch(/^policy\.yml:4:19: 'lineage\.signers\[0\]\.public-key' is not a PEM public key/);
});

test('each mistake is an error with its line and column', () => {
  const errors = errorsOf(`version: 1
lineage:
  deny: ["${HEX}"]
  signers:
    - {identity: ci@acme.example}
    - {public-key: k.pub, identity: x, issuer: y}
    - {identity-regex: "(", issuer: https://x}
  max-depth: 0
  inherit: [datasets, models]
  require-evidnce: true
`);
  expect(errors).toEqual([
    `policy.yml:3:10: 'lineage.deny[0]': '${HEX}' is a digest without its algorithm; write 'sha256:${HEX}'`,
    "policy.yml:5:7: 'lineage.signers[0]' needs 'issuer' (the OIDC issuer of identity)",
    "policy.yml:6:7: 'lineage.signers[1]' must be one of {identity, issuer}, {identity-regex, issuer}, {public-key: PEM or file} or {cert-chain: PEM or file}, got identity and public-key",
    expect.stringMatching(
      /^policy\.yml:7:24: 'lineage\.signers\[2\]\.identity-regex': cert-identity-regex '\(' is not a valid regular expression/,
    ),
    "policy.yml:8:14: 'lineage.max-depth' must be a whole number of at least 1, got number 0",
    "policy.yml:9:13: 'lineage.inherit[0]': the policy has no 'datasets' section to apply up the chain; add one",
    "policy.yml:9:23: 'lineage.inherit[1]' must be datasets or frameworks (a section of this policy), got 'models'",
    "policy.yml:10:3: unknown key 'require-evidnce' under 'lineage'; did you mean 'require-evidence'?",
  ]);
});
