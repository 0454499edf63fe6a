// Hyperparameters as the review shows them: nested mappings flattened to dotted paths
// (`optimizer.lr`), each leaf a scalar, a list or an empty mapping. Lists stay whole:
// `betas: [0.9, 0.999]` reads better than `betas.0`, `betas.1`.

export type ParameterLeaf = string | number | boolean | null | unknown[] | Record<string, never>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One path segment; a key that holds a dot (or nothing) is quoted so paths stay unambiguous. */
function segment(key: string): string {
  return /^[^.[\]"\s]+$/.test(key) ? key : `[${JSON.stringify(key)}]`;
}

function join(prefix: string, key: string): string {
  const s = segment(key);
  if (!prefix) return s;
  return s.startsWith('[') ? `${prefix}${s}` : `${prefix}.${s}`;
}

/** Leaves of `params` in the order the mapping lists them, as [dotted path, value]. */
export function flattenParameters(params: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  const walk = (value: unknown, path: string): void => {
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      for (const [k, v] of Object.entries(value)) walk(v, join(path, k));
    } else {
      out.push([path, value]);
    }
  };
  for (const [k, v] of Object.entries(params)) walk(v, join('', k));
  return out;
}

/** JSON with object keys sorted, so two equal mappings compare equal whatever their order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A parameter value for people: strings bare (`adamw`), unless bare they would read as
 * another type (`"3"`, `"true"`, `""`); everything else as compact JSON.
 */
export function formatParameterValue(value: unknown): string {
  if (typeof value === 'string') {
    const looksTyped = value === '' || /^(true|false|null|[-+]?\d[\d.eE+-]*)$/.test(value.trim());
    return looksTyped || value !== value.trim() ? JSON.stringify(value) : value;
  }
  if (value === undefined) return '';
  return spacedJson(value);
}

/** JSON on one line with a space after each `,` and `:`, like Python's repr of a list. */
function spacedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(spacedJson).join(', ')}]`;
  if (isPlainObject(value)) {
    const items = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${spacedJson(v)}`);
    return `{${items.join(', ')}}`;
  }
  return JSON.stringify(value) ?? String(value);
}
