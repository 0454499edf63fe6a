// One Fulcio certificate for every statement of a run. attest signs two statements with the
// same identity; asking Fulcio twice would double its share of the cost and give the two
// bundles different keys for no gain. The ephemeral key lives only in this object, and
// the certificate (valid ten minutes) is only reused within one attest.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Signature, Signer } from '@sigstore/sign';

/** An in-memory P-256 key, as @sigstore/sign's own ephemeral signer makes. */
export class EphemeralKey implements Signer {
  private readonly privateKey: KeyObject;
  private readonly publicKeyPem: string;

  constructor() {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = pair.privateKey;
    this.publicKeyPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  }

  async sign(data: Buffer): Promise<Signature> {
    return {
      signature: sign('sha256', data, this.privateKey),
      key: { $case: 'publicKey', publicKey: this.publicKeyPem },
    };
  }
}

/**
 * Signs with `key`; the first call goes through `certifying` (a FulcioSigner over the same
 * key), later ones reuse the certificate it returned. Concurrent calls wait for that first
 * certificate, and fail with it.
 */
export class OneCertificateSigner implements Signer {
  private certificate?: Promise<string>;

  constructor(
    private readonly certifying: Signer,
    private readonly key: Signer,
  ) {}

  async sign(data: Buffer): Promise<Signature> {
    if (!this.certificate) {
      const first = this.certifying.sign(data);
      this.certificate = first.then((s) => {
        if (s.key.$case !== 'x509Certificate') throw new Error('Fulcio returned no certificate');
        return s.key.certificate;
      });
      // The first caller gets the failure itself; later ones, if any, get it through here.
      this.certificate.catch(() => {});
      return first;
    }
    const certificate = await this.certificate;
    const { signature } = await this.key.sign(data);
    return { signature, key: { $case: 'x509Certificate', certificate } };
  }
}
