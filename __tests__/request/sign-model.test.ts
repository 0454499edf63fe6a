// sign-model's and digest's requests: paths absolute against the base, the Sigstore instance and
// the key checked, the hash type and shard size read into OMS's serialization (refused naming
// the input when OMS has no such choice).
import { join } from 'node:path';
import type { ErrorCode } from '../../src/errors.js';
import { actionEdge } from '../../src/request/edge.js';
import {
  buildDigestRequest,
  buildSignModelRequest,
  type SignModelFields,
} from '../../src/request/sign-model.js';
import { expectInputError } from '../helpers/errors.js';

const base = join('/', 'here');
const FIELDS: SignModelFields = {
  model: 'out/model',
  output: '',
  ignorePaths: [],
  allowSymlinks: false,
  hashType: '',
  shardSize: '',
  choice: '',
  privateKey: '',
  signingCert: '',
  certChain: [],
};
const build = (f: Partial<SignModelFields>) =>
  buildSignModelRequest({ ...FIELDS, ...f }, actionEdge(base));
const rejects = (f: Partial<SignModelFields>) =>
  new Promise<unknown>((resolve, reject) => {
    try {
      resolve(build(f));
    } catch (e) {
      reject(e);
    }
  });

test('paths absolute, keyless on auto, whole files hashed with sha256 by default', () => {
  expect(build({ output: 'sigs/m,1.sig' })).toEqual({
    model: join(base, 'out/model'),
    output: join(base, 'sigs/m,1.sig'),
    ignorePaths: [],
    allowSymlinks: false,
    serialization: { method: 'files', hashType: 'sha256' },
    sigstore: { kind: 'auto' },
  });
  expect(build({ hashType: 'blake2b', shardSize: '1000' }).serialization).toEqual({
    method: 'shards',
    hashType: 'blake2b',
    shardSize: 1000,
  });
  expect(build({ privateKey: 'k.pem' }).key).toEqual({
    privateKey: join(base, 'k.pem'),
    certChain: [],
  });
  const digest = buildDigestRequest(
    { model: 'm', ignorePaths: ['logs'], allowSymlinks: true, hashType: 'blake3' },
    actionEdge(base),
  );
  expect(digest).toEqual({
    model: join(base, 'm'),
    ignorePaths: ['logs'],
    allowSymlinks: true,
    serialization: { method: 'files', hashType: 'blake3' },
  });
});

test.each<[string, Partial<SignModelFields>, ErrorCode, string, string]>([
  ['a hash type OMS does not list', { hashType: 'md5' }, 'INPUT_INVALID', 'hash-type', 'md5'],
  ['a shard size that is no number', { shardSize: '1e9' }, 'INPUT_INVALID', 'shard-size', '1e9'],
  [
    'blake3 in shards',
    { hashType: 'blake3', shardSize: '10' },
    'INPUT_INVALID',
    'shard-size',
    '10',
  ],
  ['an unknown instance', { choice: 'rekor' }, 'INPUT_INVALID', 'sigstore', 'rekor'],
  [
    'a certificate without its key',
    { signingCert: 'c.pem' },
    'INPUT_INVALID',
    'signing-cert',
    'c.pem',
  ],
])('%s is refused naming the input and the value', async (_, fields, code, input, value) => {
  const e = await expectInputError(rejects(fields), code, input);
  expect(`${e.toLine()} ${e.value ?? ''}`).toContain(value);
});
