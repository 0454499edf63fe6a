// The one test for "a JSON object" (not null, not an array) that every reader uses, and the
// one way to quote an untrusted value in a message.

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * An untrusted value as a message may quote it: a string as it is, anything else as JSON, cut
 * at `max` characters. Never throws, where String() of `{"toString": 1}` and JSON.stringify of
 * lists nested 100,000 deep (both what JSON.parse reads) do.
 */
export function preview(v: unknown, max = 200): string {
  let text: string;
  try {
    text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    text = Array.isArray(v)
      ? 'a list nested too deep to show'
      : 'an object nested too deep to show';
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
