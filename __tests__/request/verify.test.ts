// The verify request (verify, the review, verify-proof): the signer as keyless / key / PKI with
// its pins, the trusted root and TUF repository checked, the model signatures as a union, every
// path absolute against the edge's base; a bad value refused naming its input.
import { join } from 'node:path';
import type { ErrorCode } from '../../src/errors.js';
import { actionEdge, cliEdge, inputList } from '../../src/request/edge.js';
import { buildVerifyRequest, type VerifyFields } from '../../src/request/verify.js';
import { NO_VERIFY } from '../helpers/requests.js';
import { expectInputError } from '../helpers/errors.js';

const base = join('/', 'work-space');
const build = (f: Partial<VerifyFields>) =>
  buildVerifyRequest({ ...NO_VERIFY, model: ['m'], ...f }, actionEdge(base));
const rejects = (f: Partial<VerifyFields>) =>
  new Promise<unknown>((resolve, reject) => {
    try {
      build(f);
      resolve(undefined);
    } catch (e) {
      reject(e);
    }
  });

test('a comma inside a path stays one path; relative paths resolve once against the base', () => {
  const r = build({
    model: inputList(String.raw`out/a\,b.bin`),
    bundle: ['att/x,y.sigstore.json', '/abs/b.json'],
    policy: ' policy.yml ',
    proofs: 'proofs',
    advisories: ['osv.zip'],
  });
  expect(r.model).toEqual([join(base, 'out/a,b.bin')]);
  expect(r.bundles).toEqual([join(base, 'att/x,y.sigstore.json'), '/abs/b.json']);
  expect([r.policy, r.proofs, r.advisories]).toEqual([
    join(base, 'policy.yml'),
    join(base, 'proofs'),
    [join(base, 'osv.zip')],
  ]);
  // The command line reads relative paths from where it runs.
  const cli = buildVerifyRequest({ ...NO_VERIFY, model: ['m'] }, cliEdge());
  expect(cli.model).toEqual([join(process.cwd(), 'm')]);
  expect(build({}).policy).toBeUndefined();
});

test('the signer: keyless with its pins, a key, or anchors; pins asked of a key are kept', () => {
  expect(build({ repository: ' acme/vision ', denySelfHostedRunners: true }).signer).toEqual({
    kind: 'keyless',
    pins: { repository: 'acme/vision', denySelfHostedRunners: true },
  });
  expect(build({ publicKey: 'key.pub', repository: 'acme/vision' }).signer).toEqual({
    kind: 'key',
    publicKey: join(base, 'key.pub'),
    anchors: [],
    pins: { repository: 'acme/vision', denySelfHostedRunners: false },
  });
  expect(build({ certChain: ['ca.pem', '/pki/root.pem'] }).signer).toEqual({
    kind: 'pki',
    anchors: [join(base, 'ca.pem'), '/pki/root.pem'],
    pins: { denySelfHostedRunners: false },
  });
});

test('the trusted root: auto, a name, or a file; the TUF repository with its root', () => {
  expect(build({}).trustedRoot).toEqual({ kind: 'auto' });
  expect(build({ trustedRoot: 'auto' }).trustedRoot).toEqual({ kind: 'auto' });
  expect(build({ trustedRoot: 'github' }).trustedRoot).toEqual({ kind: 'named', name: 'github' });
  expect(build({ trustedRoot: 'public-good' }).trustedRoot).toEqual({
    kind: 'named',
    name: 'public-good',
  });
  expect(build({ trustedRoot: 'roots.jsonl' }).trustedRoot).toEqual({
    kind: 'file',
    path: join(base, 'roots.jsonl'),
  });
  expect(build({}).tuf).toBeUndefined();
  expect(build({ tufUrl: 'https://tuf.example/', tufRoot: 'root.json' }).tuf).toEqual({
    url: 'https://tuf.example',
    root: join(base, 'root.json'),
  });
  expect(build({ tufUrl: 'https://tuf-repo-cdn.sigstore.dev' }).tuf).toEqual({
    url: 'https://tuf-repo-cdn.sigstore.dev',
  });
});

test('model signatures: none, auto, required, or files (absolute, a comma kept)', () => {
  expect(build({}).modelSignatures).toEqual({ kind: 'none' });
  expect(build({ modelSignature: ['false'] }).modelSignatures).toEqual({ kind: 'none' });
  expect(build({ modelSignature: ['auto'] }).modelSignatures).toEqual({ kind: 'auto' });
  expect(build({ modelSignature: ['true'] }).modelSignatures).toEqual({ kind: 'required' });
  expect(build({ modelSignature: ['m/a,b.sig', '/x/model.sig'] }).modelSignatures).toEqual({
    kind: 'files',
    paths: [join(base, 'm/a,b.sig'), '/x/model.sig'],
  });
  expect(build({}).modelSignatureSigner).toBeUndefined();
  expect(build({ modelSignatureIssuer: ' https://issuer ' }).modelSignatureSigner).toEqual({
    issuer: 'https://issuer',
  });
});

test.each<[string, Partial<VerifyFields>, ErrorCode, string, string]>([
  [
    'a TUF root without its repository',
    { tufRoot: 'root.json' },
    'INPUT_INVALID',
    'tuf-root',
    'root.json',
  ],
  [
    'another repository without its root',
    { tufUrl: 'https://tuf.example' },
    'INPUT_INVALID',
    'tuf-url',
    'tuf.example',
  ],
  [
    'a TUF URL that is not http(s)',
    { tufUrl: 'ftp://t', tufRoot: 'r.json' },
    'INPUT_INVALID',
    'tuf-url',
    'ftp://t',
  ],
  [
    'auto with signature files',
    { modelSignature: ['auto', 'a.sig'] },
    'INPUT_INVALID',
    'model-signature',
    'auto',
  ],
])('%s is refused naming the input and the value', async (_, fields, code, input, value) => {
  const e = await expectInputError(rejects(fields), code, input);
  expect(`${e.toLine()} ${e.value ?? ''}`).toContain(value);
});
