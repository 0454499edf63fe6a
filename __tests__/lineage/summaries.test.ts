// The lineage where reviewers read it: the attest and verify job summaries and the PR comment
// draw datasets → run → model and base → run as Mermaid, after the verdict; a changed base
// model is a change of its own in "Changes since base" (and in the terminal diff); hostile
// base-model names stay inert everywhere.
import { readProvenance } from '../../src/statement/read.js';
import { renderAttestSummary } from '../../src/report/summary.js';
import { renderVerifySummary } from '../../src/report/verify-summary.js';
import { countChanges, diffProvenance, type ProvenanceChanges } from '../../src/review/diff.js';
import { renderReview, reviewMarker } from '../../src/review/markdown.js';
import { diffText } from '../../src/review/text.js';
import type { LineageNode } from '../../src/lineage/types.js';
import type { Statement } from '../../src/statement/types.js';
import type { VerifyOutcome } from '../../src/verify/model-signature.js';
import { baseStatement, headStatement } from '../fixtures/review/pair.js';
import { expectInert } from '../helpers/markdown.js';

const HEX = (c: string) => c.repeat(64);

/** A base-model entry as v1.md records it. */
function baseEntry(name: string, digest: string | undefined, over: Record<string, unknown> = {}) {
  return {
    name,
    uri: `hf://acme/${name}@${'1'.repeat(40)}`,
    ...(digest ? { digest: { sha256: digest } } : {}),
    annotations: {
      role: 'base-model',
      kind: digest ? 'hf-cache' : 'reference',
      license: 'Apache-2.0',
      evidence: digest
        ? [
            {
              kind: 'model-signature',
              path: `bases/${name}/model.sig`,
              digest: { sha256: HEX('e') },
              signer: { kind: 'key', keyHint: 'ab12cd34' },
            },
          ]
        : [],
      ...over,
    },
  };
}

function withBases(statement: Statement, entries: object[]): Statement {
  const s = JSON.parse(JSON.stringify(statement));
  s.predicate.buildDefinition.resolvedDependencies.push(...entries);
  return s;
}

const pairWithBases = () => {
  const base = readProvenance(withBases(baseStatement(), [baseEntry('llama', HEX('1'))]));
  const head = readProvenance(
    withBases(headStatement(), [baseEntry('llama', HEX('2')), baseEntry('adapter', undefined)]),
  );
  return { base, head };
};

test('diff: a base model with other weights is a change of its own; added and removed too', () => {
  const { base, head } = pairWithBases();
  const diff = diffProvenance(base, head) as ProvenanceChanges;
  expect(diff.baseModels.changed.map((c) => [c.name, c.fields])).toEqual([['llama', ['digest']]]);
  expect(diff.baseModels.added.map((b) => b.name)).toEqual(['adapter']);
  expect(diff.baseModels.removed).toEqual([]);
  const plain = diffProvenance(readProvenance(baseStatement()), readProvenance(headStatement()));
  expect(countChanges(diff)).toBe(countChanges(plain) + 2);
  const reversed = diffProvenance(head, base) as ProvenanceChanges;
  expect(reversed.baseModels.removed.map((b) => b.name)).toEqual(['adapter']);

  const text = diffText(diff);
  expect(text).toContain(
    `Base models\n  ~ llama: digest changed\n    llama hf://acme/llama@${'1'.repeat(40)} sha256:${'1'.repeat(12)}… -> llama hf://acme/llama@${'1'.repeat(40)} sha256:${'2'.repeat(12)}…\n  + adapter`,
  );
});

test('the PR comment: verdict, then the base-model change before the datasets, then the lineage', () => {
  const { base, head } = pairWithBases();
  const md = renderReview({
    head,
    diff: diffProvenance(base, head),
    signed: false,
    marker: reviewMarker(),
  });
  const at = (s: string) => md.indexOf(s);
  expect(at('### Training provenance: ⚠ unsigned')).toBeGreaterThan(0);
  expect(at('#### Changes since base')).toBeGreaterThan(at('### Training provenance'));
  expect(at('**Base models**')).toBeGreaterThan(at('#### Changes since base'));
  expect(at('**Datasets**')).toBeGreaterThan(at('**Base models**'));
  expect(md).toContain(`| \`llama\` | new digest | \`sha256:11111111…\` | \`sha256:22222222…\` |`);
  expect(md).toMatch(
    /\| `adapter` \| added \| — \| `adapter`<br>`hf:[^|]*<br>⚠ no digest<br>⚠ no evidence \|/,
  );
  const lineage = md.slice(at('#### Lineage'));
  expect(at('#### Lineage')).toBeGreaterThan(at('**Datasets**'));
  expect(at('Full record')).toBeGreaterThan(at('#### Lineage'));
  expect(lineage).toMatch(/```mermaid\nflowchart LR\n/);
  // The fine-tune's bases feed its run; the reference base is marked, not drawn as verified.
  expect(lineage).toMatch(
    /n(\d+)\["base: llama<br\/>[^\n]*recorded, not verified here"\][\s\S]*n\1 -->\|base model\| n1\n/,
  );
  expect(lineage).toMatch(
    /base: adapter<br\/>[^\n]*⚠ no digest<br\/>⚠ NOT verified: no digest recorded/,
  );
  expect(lineage).not.toMatch(/^ {2}class [\w,]+ verified$/m);
});

test('the PR comment draws no lineage for a record without bases: datasets → run → model is the rest of the comment', () => {
  const plain = readProvenance(headStatement());
  const md = renderReview({
    head: plain,
    diff: diffProvenance(readProvenance(baseStatement()), plain),
    signed: false,
    marker: reviewMarker(),
  });
  expect(md).toContain('**Datasets**');
  expect(md).not.toContain('#### Lineage');
  expect(md).not.toContain('```mermaid');
});

test('the attest summary: the signature, then datasets and bases → run → model, then the record', () => {
  const md = renderAttestSummary({
    statement: withBases(headStatement(), [baseEntry('llama', HEX('2'))]),
    signing: {
      signer: 'https://github.com/acme/vision/.github/workflows/train.yml@refs/heads/main',
    },
  });
  const at = (s: string) => md.indexOf(s);
  expect(at('### Lineage')).toBeGreaterThan(at('### Signature'));
  expect(at('<details>')).toBeGreaterThan(at('### Lineage'));
  expect(md).toContain(
    "Datasets and the base model → training run → model, as recorded: `training-provenance lineage` verifies the bases' evidence.",
  );
  expect(md).toContain(
    'n1(["training run<br/>signed by https://github.com/acme/vision/.github/workflows/train.yml#64;refs/heads/main"])',
  );
  expect(md).toMatch(/n\d+\[\("dataset: train<br\/>gitCommit:/);
  expect(md).toMatch(/-->\|base model\| n1\n/);
  // No bases: still the run.
  const plain = renderAttestSummary({ statement: headStatement() });
  expect(plain).toContain('Datasets → training run → model, as recorded.');
  expect(plain).not.toContain('base model');
});

function outcome(lineage?: LineageNode): VerifyOutcome & { lineage?: LineageNode } {
  return {
    verified: false,
    violations: [{ kind: 'policy', rule: 'lineage.signers', message: 'base not allowed' }],
    identity: [],
    subjects: [],
    rules: [],
    warnings: [],
    timestamps: [],
    attempts: [],
    checkedAt: '2026-12-06T00:00:00Z',
    modelSignatures: [],
    ...(lineage ? { lineage } : {}),
  } as VerifyOutcome & { lineage?: LineageNode };
}

const chain = (): LineageNode => ({
  name: 'model',
  digest: `sha256:${HEX('a')}`,
  datasets: [],
  evidence: [{ kind: 'training-record', path: 'training.sigstore.json', verified: true }],
  bases: [
    {
      name: 'llama',
      datasets: [],
      evidence: [],
      bases: [],
      problems: ['no evidence found'],
      path: ['model', 'llama'],
    },
  ],
  problems: [],
  path: ['model'],
});

test('the verify summary: violations, then the lineage drawn, then the folded record', () => {
  const md = renderVerifySummary(outcome(chain()));
  const at = (s: string) => md.indexOf(s);
  expect(at('### Lineage')).toBeGreaterThan(at('- **lineage.signers**'));
  expect(at('<details>')).toBeGreaterThan(at('### Lineage'));
  expect(md).toContain('1 model in the chain could not be verified (dashed, marked ⚠).');
  expect(md).toMatch(
    /base: llama<br\/>⚠ no digest<br\/>signer unknown<br\/>⚠ NOT verified: no evidence found/,
  );
  expect(renderVerifySummary(outcome())).not.toContain('### Lineage');
});

const EVIL =
  'x|y``z`\n## injected <script>alert(1)</script> <!-- hidden --> @acme/admins [click](javascript:alert(1)) "]; click A href "javascript:alert(1)"';

test('hostile base-model names and evidence stay inert in the comment and both summaries', () => {
  const evil = baseEntry(EVIL, HEX('3'), {
    kind: EVIL,
    license: EVIL,
    evidence: [{ kind: EVIL, path: EVIL, digest: { sha256: EVIL }, signer: { identity: EVIL } }],
  });
  const head = readProvenance(withBases(headStatement(), [evil]));
  const comment = renderReview({
    head,
    diff: diffProvenance(readProvenance(baseStatement()), head),
    signed: false,
    marker: reviewMarker(),
  });
  const attest = renderAttestSummary({ statement: withBases(headStatement(), [evil]) });
  const root = chain();
  root.bases[0]!.name = EVIL;
  root.bases[0]!.problems = [EVIL];
  root.datasets = [{ name: EVIL, uri: EVIL, digest: EVIL }];
  const verify = renderVerifySummary(outcome(root));
  for (const md of [comment, attest, verify]) {
    expectInert(md);
    expect(md).not.toMatch(/^\s*click/m);
    expect(md).not.toContain('href "javascript');
    expect(md.split('```mermaid')[1]!.split('```')[0]).not.toMatch(/<(?!br\/>)/);
  }
  expect(comment).toContain('**Base models**');
});
