// Dataset licences as SPDX licence expressions, through the SPDX libraries: parsing
// (spdx-expression-parse), the list of identifiers (spdx-license-ids), correction of common
// spellings (spdx-correct) and allow-lists (spdx-satisfies). Text is normalised only where
// the reading is unambiguous; licences outside SPDX (Hugging Face's `openrail`, `other`)
// stay as written and are matched exactly or as `LicenseRef-...`.
import { createRequire } from 'node:module';
import parse from 'spdx-expression-parse';
import correct from 'spdx-correct';
import satisfies from 'spdx-satisfies';

const require = createRequire(import.meta.url);
const IDS = [
  ...(require('spdx-license-ids') as string[]),
  ...(require('spdx-license-ids/deprecated.json') as string[]),
];
const BY_LOWER = new Map(IDS.map((id) => [id.toLowerCase(), id]));
const OPERATORS = new Set(['AND', 'OR', 'WITH']);

export interface Licence {
  /** The SPDX expression when there is one, else the text as written (trimmed). */
  expression: string;
  /** Whether `expression` is a valid SPDX licence expression. */
  spdx: boolean;
  /** The text as written, when normalising changed it. */
  declared?: string;
}

function isExpression(text: string): boolean {
  try {
    parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Identifiers and operators in the wrong case (`cc-by-4.0 and mit`): one reading only. */
function fixCase(text: string): string {
  return text.replace(/[A-Za-z0-9.+:-]+/g, (tok) => {
    const up = tok.toUpperCase();
    if (OPERATORS.has(up)) return up;
    return BY_LOWER.get(tok.toLowerCase()) ?? tok;
  });
}

// spdx-correct guesses: `GPL 3` becomes GPL-3.0-or-later, which the text does not say. The
// GNU licences' only/or-later split is exactly what SPDX deprecated the bare ids over.
function ambiguous(text: string, corrected: string): boolean {
  return /-(only|or-later)\b/.test(corrected) && !/only|later|\+/i.test(text);
}

export function normaliseLicence(text: string): Licence {
  const t = text.trim();
  if (isExpression(t)) return { expression: t, spdx: true };
  const cased = fixCase(t);
  if (isExpression(cased)) return { expression: cased, spdx: true, declared: t };
  const guess = correct(t, { upgrade: true });
  if (guess && isExpression(guess) && !ambiguous(t, guess))
    return { expression: guess, spdx: true, declared: t };
  return { expression: t, spdx: false };
}

/** `LicenseRef-` + the name with what SPDX refs may not hold replaced (`openrail++` → `openrail--`). */
function licenseRef(name: string): string {
  return `LicenseRef-${name.replace(/^LicenseRef-/i, '').replace(/[^A-Za-z0-9.-]/g, '-')}`;
}

/** An allow-list entry: one licence, not an expression (spdx-satisfies' rule). */
export function allowListEntry(text: string): { id: string; problem?: string } {
  const l = normaliseLicence(text);
  if (!l.spdx) return { id: licenseRef(l.expression) };
  const tree = parse(l.expression) as { conjunction?: string };
  if (tree.conjunction)
    return {
      id: l.expression,
      problem: `'${text}' is an expression; list the licences it allows one by one`,
    };
  return { id: l.expression };
}

/**
 * Does the recorded licence satisfy an allow-list? For an SPDX expression, as SPDX defines
 * it: `Apache-2.0 OR MIT` passes with MIT allowed, `CC-BY-4.0 AND GPL-3.0-only` needs both.
 * Text outside SPDX matches an entry with the same name, or its `LicenseRef-`.
 */
export function licenceAllowed(recorded: string, allowed: readonly string[]): boolean {
  const l = normaliseLicence(recorded);
  const ids = allowed
    .map((a) => allowListEntry(a))
    .filter((a) => !a.problem)
    .map((a) => a.id);
  if (!l.spdx) {
    const ref = licenseRef(l.expression).toLowerCase();
    return ids.some((id) => id.toLowerCase() === ref);
  }
  try {
    return satisfies(l.expression, ids);
  } catch {
    // An expression spdx-satisfies cannot compare (e.g. a licence exception it does not
    // know) is not shown to be allowed.
    return false;
  }
}
