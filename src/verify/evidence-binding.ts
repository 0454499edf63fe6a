// What binds an evidence bundle to a base model: it signs the base's recorded sha256. attest
// (base-evidence.ts, matching the evidence given to a base) and verify (evidence-bundle.ts,
// checking the evidence a record names) ask the same question with this one answer.
import type { ParsedOmsStatement } from '../oms/parse.js';

/** What a bundle signs: its statement's subjects' sha256, or a model.sig's OMS statement. */
export interface SignedContent {
  subjects: readonly string[];
  oms?: Pick<ParsedOmsStatement, 'root' | 'hashType' | 'resources'>;
}

/**
 * Does it sign `sha256` (lower-case hex)? A statement by one of its subjects; a model.sig by its
 * OMS root (a directory), or by the one file it lists when that file's sha256 is the digest (a
 * one-file model's root is not the file's sha256).
 */
export function signsDigest(signed: SignedContent, sha256: string): boolean {
  if (!signed.oms) return signed.subjects.some((d) => d.toLowerCase() === sha256);
  const { root, hashType, resources } = signed.oms;
  if (root === sha256) return true;
  const [only, ...more] = resources;
  return more.length === 0 && hashType === 'sha256' && only?.digest === sha256;
}
