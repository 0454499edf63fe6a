// The property every parser the gate reads must hold: for any input it returns a value or
// throws a ProvenanceError with a code, a message and a fix (exit 2 at the entry points), never
// a TypeError, a RangeError or anything unnamed, and never takes long. Runs are seeded and
// bounded; FUZZ_SEED and FUZZ_RUNS (a multiplier) run other or longer campaigns locally, and
// FUZZ_SURVEY=1 lists every distinct failure instead of stopping at the first.
import fc from 'fast-check';
import { ProvenanceError } from '../../src/errors.js';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const MULTIPLIER = Number(process.env.FUZZ_RUNS ?? 1);
const SURVEY = process.env.FUZZ_SURVEY === '1';

/** One input may take at most this long: longer is a hang (or a super-linear path) to fix. */
export const HANG_MS = 5_000;

/** Why `e` is not the typed error a parser must throw; undefined when it is. */
export function untyped(e: unknown): string | undefined {
  if (!(e instanceof ProvenanceError)) {
    const what = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
    return `crashed with an unnamed error: ${what}`;
  }
  if (e.code === 'INTERNAL') return `threw INTERNAL: ${e.message}`;
  if (!e.message) return `threw ${e.code} without a message`;
  if (!e.fix) return `threw ${e.code} without a fix: ${e.message}`;
  return undefined;
}

async function holds(run: () => unknown): Promise<void> {
  const start = performance.now();
  let problem: string | undefined;
  try {
    await run();
  } catch (e) {
    problem = untyped(e);
  }
  const took = performance.now() - start;
  if (problem) throw new Error(problem);
  if (took > HANG_MS) throw new Error(`took ${Math.round(took)} ms (more than ${HANG_MS})`);
}

/**
 * Asserts the property over `numRuns` inputs of `arb` from the fixed seed. On failure fast-check
 * prints the seed, the path and the shrunk input: turn it into a plain regression test.
 */
export async function fuzz<T>(
  arb: fc.Arbitrary<T>,
  parse: (input: T) => unknown,
  numRuns: number,
): Promise<void> {
  if (SURVEY) return survey(arb, parse, numRuns);
  await fc.assert(
    fc.asyncProperty(arb, (input) => holds(() => parse(input))),
    {
      seed: FUZZ_SEED,
      numRuns: Math.max(1, Math.round(numRuns * MULTIPLIER)),
      timeout: HANG_MS * 2,
      endOnFailure: false,
    },
  );
}

/** Every distinct failure (by its first lines) with a count, printed; nothing asserted. */
async function survey<T>(arb: fc.Arbitrary<T>, parse: (input: T) => unknown, numRuns: number) {
  const seen = new Map<string, { n: number; input: string }>();
  const samples = fc.sample(arb, { seed: FUZZ_SEED, numRuns: Math.round(numRuns * MULTIPLIER) });
  for (const input of samples) {
    await holds(() => parse(input)).catch((e: Error) => {
      const key = e.message.split('\n').slice(0, 3).join(' | ');
      const was = seen.get(key);
      seen.set(key, {
        n: (was?.n ?? 0) + 1,
        input: was?.input ?? fc.stringify(input).slice(0, 300),
      });
    });
  }
  console.log(
    `${samples.length} inputs, ${seen.size} distinct failures\n${[...seen].map(([k, v]) => `${v.n}x ${k}\n    e.g. ${v.input}`).join('\n')}`,
  );
}
