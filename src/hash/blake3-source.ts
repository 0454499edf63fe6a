// hash-wasm's BLAKE3 build as text: one UMD file with its WebAssembly inside, which the calling
// thread (blake3.ts) and the hashing workers (started from source text, worker-source.ts) both
// evaluate. Read here from the installed package; `npm run bundle` compiles this module to one
// holding the text itself (scripts/inline-blake3.mjs), since dist/ carries no node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The file of the hash-wasm package that holds its BLAKE3 build alone. */
export const BLAKE3_PACKAGE_FILE = 'hash-wasm/dist/blake3.umd.min.js';

export const BLAKE3_SOURCE: string = readFileSync(
  createRequire(import.meta.url).resolve(BLAKE3_PACKAGE_FILE),
  'utf8',
);
