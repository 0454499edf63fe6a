import { createHash } from 'node:crypto';
import {
  compareContent,
  describeDifferences,
  withPrefix,
  type ListedFile,
} from '../../src/verify/content.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const listed = (...names: string[]): ListedFile[] =>
  names.map((n) => ({ name: n, digest: sha(n) }));

test('names added, removed and changed, each once, in OMS order', () => {
  const d = compareContent(listed('a', 'b', 'c'), [
    { name: 'a', digest: sha('a') },
    { name: 'b', digest: sha('changed') },
    { name: 'd', digest: sha('d') },
  ]);
  expect(d).toEqual({
    added: ['d'],
    removed: ['c'],
    renamed: [],
    changed: [{ name: 'b', signed: sha('b'), actual: sha('changed') }],
  });
  expect(describeDifferences(d)).toEqual(['removed c', 'added d', 'changed b']);
});

test('a removed name and an added name with the same digest are one rename', () => {
  const d = compareContent(listed('config.json', 'model.bin'), [
    { name: 'adapter_config.json', digest: sha('config.json') },
    { name: 'sub/model.bin', digest: sha('model.bin') },
  ]);
  expect(d.renamed).toEqual([
    { from: 'config.json', to: 'adapter_config.json' },
    { from: 'model.bin', to: 'sub/model.bin' },
  ]);
  expect(d.added).toEqual([]);
  expect(d.removed).toEqual([]);
  expect(describeDifferences(withPrefix(d, 'out/m/'))).toEqual([
    'renamed out/m/config.json → out/m/adapter_config.json',
    'renamed out/m/model.bin → out/m/sub/model.bin',
  ]);
});

test('two files of one content: each removed name pairs with one added name, the rest stay', () => {
  const same = sha('zeros');
  const d = compareContent(
    [
      { name: 'a', digest: same },
      { name: 'b', digest: same },
    ],
    [
      { name: 'x', digest: same },
      { name: 'y', digest: same },
      { name: 'z', digest: same },
    ],
  );
  expect(d.renamed).toEqual([
    { from: 'a', to: 'x' },
    { from: 'b', to: 'y' },
  ]);
  expect(d.added).toEqual(['z']);
});

test('NFC and NFD spellings are two names, and the rename says which is which', () => {
  const nfc = 'caf\u00e9.bin';
  const nfd = 'cafe\u0301.bin';
  const d = compareContent([{ name: nfc, digest: sha('w') }], [{ name: nfd, digest: sha('w') }]);
  expect(d.renamed).toEqual([{ from: nfc, to: nfd }]);
  expect(describeDifferences(d)[0]).toBe(
    `renamed ${nfc} → ${nfd} (the same name spelt NFC then NFD: 'caf\\u00e9.bin' → 'cafe\\u0301.bin')`,
  );
});

test('digests compare without regard to case; nothing differs for the same list', () => {
  const d = compareContent(
    [{ name: 'a', digest: sha('a').toUpperCase() }],
    [{ name: 'a', digest: sha('a') }],
  );
  expect(describeDifferences(d)).toEqual([]);
});
