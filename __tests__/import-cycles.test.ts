// Data flows one way (docs/architecture.md): no module of src/ imports, directly or through
// others, a module that imports it back. A circle is found by walking each file's relative
// imports (types and re-exports included: they tie the files together just as much).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { REPO_ROOT } from '../tools/runner/index.js';

const SRC = join(REPO_ROOT, 'src');

function importGraph(): Map<string, string[]> {
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) =>
    f.endsWith('.ts'),
  );
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(join(SRC, f), 'utf8');
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) =>
      normalize(join(dirname(f), m[1]!)).replace(/\.js$/, '.ts'),
    );
    graph.set(f, targets);
  }
  return graph;
}

/** One circle through `start`, as the files in order, or undefined. */
function circleFrom(start: string, graph: Map<string, string[]>): string[] | undefined {
  const seen = new Set<string>();
  const walk = (f: string, path: string[]): string[] | undefined => {
    for (const t of graph.get(f) ?? []) {
      if (t === start) return [...path, t];
      if (seen.has(t)) continue;
      seen.add(t);
      const found = walk(t, [...path, t]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}

test('no file of src/ imports one that imports it back', () => {
  const graph = importGraph();
  expect(graph.size).toBeGreaterThan(200);
  // The walk sees the imports: every file an import names is a file of src/ (a path read wrong
  // would name none, and an empty graph has no circle to find).
  const targets = [...graph.values()].flat();
  expect(targets.length).toBeGreaterThan(graph.size);
  expect(targets.filter((t) => !graph.has(t))).toEqual([]);
  const circles = [...graph.keys()].flatMap((f) => {
    const c = circleFrom(f, graph);
    return c ? [c.map((p) => relative('.', p)).join(' → ')] : [];
  });
  expect(circles).toEqual([]);
});

test('the walk finds a circle and names it in order; a file on none has none', () => {
  const graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts', 'd.ts']],
    ['c.ts', []],
    ['d.ts', ['a.ts']],
  ]);
  expect(circleFrom('a.ts', graph)).toEqual(['a.ts', 'b.ts', 'd.ts', 'a.ts']);
  expect(circleFrom('c.ts', graph)).toBeUndefined();
});
