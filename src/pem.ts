// PEM keys and certificates, as signing and verifying both read them: the hash each EC curve
// signs with, the hint a bundle names its key by, and the certificates of a PEM file. Below
// src/sign/ and src/verify/ alike, so neither imports the other for them.
import { createHash, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ProvenanceError } from './errors.js';

/** The hash each curve signs with, as OMS pairs them. */
const CURVES: Record<string, string> = {
  prime256v1: 'sha256',
  secp384r1: 'sha384',
  secp521r1: 'sha512',
};
/** An input error naming the key or certificate file, what is wrong with it and the fix. */
export function keyError(
  input: string,
  path: string,
  message: string,
  fix: string,
  cause?: unknown,
) {
  return new ProvenanceError('INPUT_INVALID', `${path}: ${message}`, {
    input,
    value: path,
    fix,
    cause,
  });
}

/** The hash an EC key of a curve OMS takes signs with; undefined for any other key. */
export function curveHash(key: KeyObject): string | undefined {
  const curve = key.asymmetricKeyType === 'ec' ? key.asymmetricKeyDetails?.namedCurve : undefined;
  return curve ? CURVES[curve] : undefined;
}

/**
 * The hint a bundle names its key by, as model_signing writes and checks it: the sha256 of the
 * key's SubjectPublicKeyInfo in PEM (the text, with its final newline).
 */
export function keyHint(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'pem' }))
    .digest('hex');
}

/**
 * The PEM certificates of a file, in order (at least one), or an input error naming the file:
 * signing certificates, their chains and verification anchors are all read so.
 */
export async function readPemCertificates(
  path: string,
  input: string,
  fix: string,
): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw keyError(input, path, `cannot be read: ${(e as Error).message}`, fix, e);
  }
  const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (pems.length === 0) throw keyError(input, path, 'holds no PEM certificate', fix);
  return pems;
}
