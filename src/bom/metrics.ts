// Metrics for the model card, from the byproducts the record lists: a JSON file of scalar
// values (`{"accuracy": 0.91}`) is read when it is in the workspace and its sha256 is the one
// the record signed, so a BOM never reports numbers the run did not produce.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ResourceDescriptor } from '../types.js';
import type { RecordedMetrics } from './model-card.js';

const MAX_METRICS_BYTES = 1024 * 1024;
type Scalar = string | number | boolean;

function scalars(json: unknown): Record<string, Scalar> | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const entries = Object.entries(json).filter((e): e is [string, Scalar] =>
    ['string', 'number', 'boolean'].includes(typeof e[1]),
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}

async function readIfSigned(b: ResourceDescriptor, workspace: string): Promise<Buffer | undefined> {
  const name = b.name ?? '';
  if (!name.endsWith('.json') || isAbsolute(name) || name.split('/').includes('..')) return;
  const bytes = await readFile(resolve(workspace, name)).catch(() => undefined);
  if (!bytes || bytes.length > MAX_METRICS_BYTES) return;
  const sha = createHash('sha256').update(bytes).digest('hex');
  return sha === b.digest?.sha256 ? bytes : undefined;
}

/** The metrics of every JSON byproduct present and unchanged since the record was made. */
export async function recordedMetrics(
  byproducts: readonly ResourceDescriptor[],
  workspace: string,
): Promise<RecordedMetrics[]> {
  const out: RecordedMetrics[] = [];
  for (const b of byproducts) {
    const bytes = await readIfSigned(b, workspace);
    if (!bytes) continue;
    try {
      const values = scalars(JSON.parse(bytes.toString('utf8')));
      if (values) out.push({ file: b.name!, values });
    } catch {
      // Not JSON after all: a byproduct, not metrics.
    }
  }
  return out;
}
