// `[NAME=]LOCATION`, as the entry points parse `base-models` / `--base-model`: paths made
// absolute, references kept as typed, names that make folders of output-dir/bases/.
import { parseBaseModels } from '../../src/collect/base-models.js';
import { expectInputError } from '../helpers/errors.js';

const REV = '4e20de362430cd3b72f300e6b0f18e50e7166e08';
const parse = (...lines: string[]) => parseBaseModels(lines, '/home/u/run');

test('paths, cache snapshots and references, each with a name of its own', () => {
  expect(
    parse(
      'models/base',
      `cache/models--acme--tiny-base/snapshots/${REV}`,
      `tok=hf://acme/tokenizer@${REV}`,
      `s3://bucket/llm/v2 sha256:${'AB'.repeat(32)}`,
      '# a comment',
      '',
    ),
  ).toEqual([
    { name: 'base', kind: 'path', path: '/home/u/run/models/base', given: 'models/base' },
    {
      name: 'tiny-base',
      kind: 'path',
      path: `/home/u/run/cache/models--acme--tiny-base/snapshots/${REV}`,
      given: `cache/models--acme--tiny-base/snapshots/${REV}`,
    },
    {
      name: 'tok',
      kind: 'reference',
      uri: `hf://acme/tokenizer@${REV}`,
      given: expect.any(String),
    },
    {
      name: 'v2',
      kind: 'reference',
      uri: 's3://bucket/llm/v2',
      sha256: 'ab'.repeat(32),
      given: expect.any(String),
    },
  ]);
});

test('bad lines are refused, naming the input, the value and the fix', async () => {
  const refused = (lines: string[], ...inMessage: string[]) =>
    expectInputError((async () => parse(...lines))(), 'INPUT_INVALID', 'base-models', ...inMessage);
  await refused(['hf://acme/tokenizer'], 'names no revision');
  await refused(['https://example.com/model.bin'], 'has no digest');
  await refused([`https://example.com/m sha256:${'ab'.repeat(31)}`], "is not 'URI'");
  await refused(['.x=models/base'], 'is not a folder name');
  const secret = await refused(
    [`https://user:hunter2@example.com/m sha256:${'ab'.repeat(32)}`],
    'carries credentials',
  );
  expect(secret.toLine()).not.toContain('hunter2');
  await refused(['a/base', 'b/base'], "two base models are named 'base'");
});
