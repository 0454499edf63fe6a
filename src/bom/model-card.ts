// A model's CycloneDX model card: the datasets it was trained on (references to the data
// components), the hyperparameters the record holds, and the metrics of byproduct files whose
// content matches the digests the record signed.
import type { ProvenanceView } from '../statement/view.js';
import { datasetRef, modelCardRef } from './refs.js';

type Json = Record<string, unknown>;

export interface RecordedMetrics {
  /** The byproduct's name in the record. */
  file: string;
  values: Record<string, string | number | boolean>;
}

/** Nested hyperparameters as dotted names (`optimizer.weight_decay`), values as text. */
function flatten(value: unknown, prefix: string, out: Array<[string, string]>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.push([prefix, typeof value === 'string' ? value : JSON.stringify(value)]);
  }
}

function property(name: string, value: string): Json {
  return { name: `training-provenance:${name}`, value };
}

export function modelCard(view: ProvenanceView, model: Json, metrics: RecordedMetrics[]): Json {
  const hyper: Array<[string, string]> = [];
  flatten(view.parameters ?? {}, '', hyper);
  const measured = metrics.flatMap((m) =>
    Object.entries(m.values).map(([k, v]) => ({ file: m.file, key: k, value: String(v) })),
  );
  const properties = [
    ...hyper.map(([k, v]) => property(`hyperparameter:${k}`, v)),
    ...measured.map((m) => property(`metric:${m.key}`, m.value)),
  ];
  return {
    'bom-ref': modelCardRef(String(model.name)),
    modelParameters: {
      datasets: view.datasets.map((d) => ({ ref: datasetRef(d.name) })),
    },
    ...(measured.length
      ? {
          quantitativeAnalysis: {
            performanceMetrics: measured.map((m) => ({ type: m.key, value: m.value })),
          },
        }
      : {}),
    ...(properties.length ? { properties } : {}),
  };
}
