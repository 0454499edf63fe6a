// How the docs-examples suite reads Markdown: commands with their lines, continuations joined,
// shown output, markers; and what it refuses, so that no example is left out silently.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examplesOf, showsOutput } from '../helpers/doc-examples.js';

const root = mkdtempSync(join(tmpdir(), 'tp-doc-examples-'));
const read = (md: string) => {
  writeFileSync(join(root, 'page.md'), md);
  return examplesOf(root, join(root, 'page.md'));
};

test('commands, continuations, shown output and markers', () => {
  const { commands, yaml, inline } = read(
    [
      'Run `training-provenance digest PATH [--hash-type T]` or `ls`.', // 1
      '<!-- example: not-run "training-provenance sign-model": no network -->', // 2
      '<!-- example: exit 1 "training-provenance verify" -->', //          3
      '```sh', //                                                         4
      '# a comment line is not a command', //                             5
      'training-provenance verify --model m \\', //                       6
      '    --bundle b.json', //                                           7
      'training-provenance sign-model --model m', //                      8
      'training-provenance digest m', //                                  9
      '# sha256:... printed', //                                          10
      '```', //                                                           11
      '```yaml', //                                                       12
      'version: 1', //                                                    13
      '```', //                                                           14
    ].join('\n'),
  );
  expect(commands).toEqual([
    {
      where: 'page.md:6',
      file: 'page.md',
      text: 'training-provenance verify --model m \\\n    --bundle b.json',
      exit: 1,
    },
    {
      where: 'page.md:8',
      file: 'page.md',
      text: 'training-provenance sign-model --model m',
      exit: 0,
      notRun: 'no network',
    },
    {
      where: 'page.md:9',
      file: 'page.md',
      text: 'training-provenance digest m',
      exit: 0,
      output: ['sha256:... printed'],
    },
  ]);
  expect(yaml).toEqual([{ where: 'page.md:13', text: 'version: 1' }]);
  expect(inline).toEqual([
    { where: 'page.md:1', text: 'training-provenance digest PATH [--hash-type T]' },
  ]);
});

test.each([
  [
    'a marker that matches no command',
    '<!-- example: not-run "training-provenance bom": x -->\n```sh\ntraining-provenance digest m\n```',
    /page\.md:1: the not-run marker "training-provenance bom" matches 0 commands/,
  ],
  [
    'a marker that matches two',
    '<!-- example: not-run "training-provenance": x -->\n```sh\ntraining-provenance digest m\ntraining-provenance digest n\n```',
    /matches 2 commands/,
  ],
  [
    'a marker before no block',
    'text\n<!-- example: not-run: x -->\n',
    /page\.md:2: a not-run marker before no block/,
  ],
  [
    'a marker misspelt',
    '<!-- example: skip: x -->\n```sh\ntraining-provenance digest m\n```',
    /page\.md:1: not a marker this test reads/,
  ],
  [
    'a command in a block not marked sh',
    '```\ntraining-provenance digest m\n```',
    /page\.md:1: a command in a block not marked sh/,
  ],
])('refused: %s', (_name, md, message) => {
  expect(() => read(md)).toThrow(message);
});

test('shown output: "..." elides any text, the rest in order', () => {
  expect(
    showsOutput(
      'sha256:ab was NOT in x of run https://github.com/a/b',
      'sha256:ab was NOT in x of run https://github.com/...',
    ),
  ).toBe(true);
  expect(showsOutput('was NOT in y', 'was NOT in x')).toBe(false);
  expect(showsOutput('b then a', 'a...b')).toBe(false);
});
