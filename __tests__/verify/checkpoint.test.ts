// The inclusion proof's own rootHash and treeSize against its signed checkpoint. @sigstore/verify
// checks the Merkle path against the checkpoint only; our verifier also refuses a proof whose
// fields disagree with it. Real public-good bundles (__tests__/vectors) must keep verifying, and
// the check must hold on every path that builds the verifier (provenance and OMS signatures).
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { toSignedEntity } from '@sigstore/verify';
import { closeHashPool } from '../../src/hash/index.js';
import { verifyOmsSignature } from '../../src/verify/model-signature.js';
import { inclusionProofMismatch, parseCheckpoint } from '../../src/verify/checkpoint.js';
import { createVerifier, publicGoodTrustedRoot } from '../../src/verify/trust.js';
import { vector } from '../helpers/vectors.js';

const GH = vector('gh-cli');
const OMS = vector('model-signing', 'v1.1.0-sigstore');
const interop = describe;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;
/** The first transparency log entry of a bundle, as the verifier sees it (bytes decoded). */
const entryOf = (bundle: Json) => bundleFromJSON(bundle).verificationMaterial.tlogEntries[0]!;
const flipFirstBit = (b64: string) => {
  const b = Buffer.from(b64, 'base64');
  b[0] = b[0]! ^ 0x01;
  return b.toString('base64');
};

describe('parseCheckpoint', () => {
  const HASH = Buffer.alloc(32, 7).toString('base64');

  test('reads origin, tree size and root hash; extension lines and signatures are not the body', () => {
    const note = `log.example - 42\n1234\n${HASH}\nTimestamp: 1\n\n\u2014 log.example AAAAAAA=\n`;
    expect(parseCheckpoint(note)).toEqual({
      origin: 'log.example - 42',
      treeSize: 1234n,
      rootHash: Buffer.alloc(32, 7),
    });
  });

  test.each([
    ['no blank line before the signatures', `o\n1\n${HASH}\n`, /no blank line/],
    ['an empty origin', `\n1\n${HASH}\n\n\u2014 s x\n`, /no origin/],
    ['a tree size that is not decimal', `o\n0x10\n${HASH}\n\n\u2014 s x\n`, /tree size line/],
    ['a negative tree size', `o\n-1\n${HASH}\n\n\u2014 s x\n`, /tree size line/],
    ['no root hash line', `o\n1\n\n\u2014 s x\n`, /root hash line/],
    ['a root hash that is not base64', `o\n1\nnot base64!\n\n\u2014 s x\n`, /root hash line/],
  ])('refuses %s', (_, note, reason) => {
    expect(parseCheckpoint(note)).toEqual(expect.stringMatching(reason));
  });
});

interop('inclusion proofs of real public-good bundles', () => {
  const BUNDLES = [
    'sigstore-js-2.1.0-bundle.json',
    'sigstore-js-2.1.0-bundle-v0.1.json',
    'reusable-workflow-attestation.sigstore.json',
    'custom-issuer.sigstore.json',
  ];

  test.each(BUNDLES)('%s: the proof agrees with its checkpoint and verifies', (f) => {
    const json = readJson(join(GH, f));
    expect(inclusionProofMismatch(entryOf(json))).toBeUndefined();
    // The whole verifier (our check after @sigstore/verify's) accepts it; the custom issuer's
    // certificate is not from public-good's CA, so only the others verify end to end.
    if (f !== 'custom-issuer.sigstore.json') {
      expect(() =>
        createVerifier(publicGoodTrustedRoot()).verify(toSignedEntity(bundleFromJSON(json))),
      ).not.toThrow();
    }
  });

  test.each(BUNDLES)(
    '%s: a proof root hash or tree size the checkpoint does not sign is named',
    (f) => {
      const json = readJson(join(GH, f));
      const proof = json.verificationMaterial.tlogEntries[0].inclusionProof;
      // The checkpoint's body lines, read here from the raw JSON: origin, size, root hash.
      const [origin, size, hash] = (proof.checkpoint.envelope as string).split('\n');

      const flipped = structuredClone(json);
      flipped.verificationMaterial.tlogEntries[0].inclusionProof.rootHash = flipFirstBit(
        proof.rootHash,
      );
      const m1 = inclusionProofMismatch(entryOf(flipped));
      expect(m1).toContain(`(${origin})`);
      expect(m1).toContain(
        `root hash ${flipFirstBit(proof.rootHash)}, its signed checkpoint ${hash}`,
      );
      expect(m1).not.toMatch(/tree size/);

      const bigger = structuredClone(json);
      bigger.verificationMaterial.tlogEntries[0].inclusionProof.treeSize = String(Number(size) + 1);
      expect(inclusionProofMismatch(entryOf(bigger))).toContain(
        `tree size ${Number(size) + 1}, its signed checkpoint ${size}`,
      );
    },
  );

  test('an entry with only an inclusion promise has no proof to compare', () => {
    const json = readJson(join(GH, 'sigstore-js-2.1.0-bundle-v0.1.json'));
    delete json.verificationMaterial.tlogEntries[0].inclusionProof;
    expect(inclusionProofMismatch(entryOf(json))).toBeUndefined();
  });

  test('the verifier refuses a root hash that disagrees, with the inclusion proof error code', () => {
    const json = readJson(join(GH, 'reusable-workflow-attestation.sigstore.json'));
    const proof = json.verificationMaterial.tlogEntries[0].inclusionProof;
    proof.rootHash = flipFirstBit(proof.rootHash);
    let error: unknown;
    try {
      createVerifier(publicGoodTrustedRoot()).verify(toSignedEntity(bundleFromJSON(json)));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'TLOG_INCLUSION_PROOF_ERROR',
      message: expect.stringMatching(/inclusion proof disagrees with its checkpoint/),
    });
  });

  describe('OMS signatures go through the same verifier', () => {
    let work: string;
    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'verify-checkpoint-'));
    });
    afterAll(async () => {
      rmSync(work, { recursive: true, force: true });
      await closeHashPool();
    });

    test('a model.sig whose proof tree size disagrees with its checkpoint is refused', async () => {
      const dir = join(work, 'model');
      cpSync(OMS, dir, { recursive: true });
      chmodSync(dir, 0o755);
      const sigPath = join(dir, 'model.sig');
      chmodSync(sigPath, 0o644);
      const identity = {
        certIdentity: 'stefanb@us.ibm.com',
        certOidcIssuer: 'https://sigstore.verify.ibm.com/oauth2',
      };
      const intact = await verifyOmsSignature({
        sigPath,
        modelDir: dir,
        trustedRoot: 'public-good',
        identity,
      });
      expect(intact.violations).toEqual([]);

      const sig = readJson(sigPath);
      const proof = sig.verificationMaterial.tlogEntries[0].inclusionProof;
      proof.treeSize = String(BigInt(proof.treeSize) + 1n);
      writeFileSync(sigPath, JSON.stringify(sig));
      const r = await verifyOmsSignature({
        sigPath,
        modelDir: dir,
        trustedRoot: 'public-good',
        identity,
      });
      expect(r.verified).toBe(false);
      expect(r.violations).toEqual([
        expect.objectContaining({
          kind: 'signature',
          rule: 'TLOG_INCLUSION_PROOF_ERROR',
          message: expect.stringMatching(/inclusion proof disagrees with its checkpoint/),
        }),
      ]);
    });
  });
});
