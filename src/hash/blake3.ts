// BLAKE3, an OMS hash type (model_signing 1.1 signs with it), is not in node:crypto. hash-wasm
// computes it: the BLAKE3 team's portable C code compiled to WebAssembly, one core per file
// (bench/blake3.ts measures it against sha256). Every thread evaluates the same build from its
// text (blake3-source.ts): this one here, each hashing worker in worker-source.ts.
import { runInThisContext } from 'node:vm';
import { BLAKE3_PACKAGE_FILE, BLAKE3_SOURCE } from './blake3-source.js';

/** The part of hash-wasm's hasher the engine uses; node:crypto's Hash has the same shape. */
export interface Blake3Hasher {
  init(): Blake3Hasher;
  update(data: Uint8Array): Blake3Hasher;
  digest(encoding: 'hex'): string;
}

interface Blake3Library {
  /** Instantiates the WebAssembly module (compiled once per thread): asynchronous. */
  createBLAKE3(): Promise<Blake3Hasher>;
}

/** Source text of a function (module, exports) that loads the build as CommonJS would. */
export const BLAKE3_LOADER = `(function (module, exports) {\n${BLAKE3_SOURCE}\n})`;

let library: Blake3Library | undefined;
function blake3Library(): Blake3Library {
  if (library) return library;
  const module = { exports: {} as Blake3Library };
  const load = runInThisContext(BLAKE3_LOADER, { filename: BLAKE3_PACKAGE_FILE }) as (
    m: typeof module,
    e: Blake3Library,
  ) => void;
  load(module, module.exports);
  return (library = module.exports);
}

// Files hashed at once on this thread each need a hasher of their own; a few are kept for reuse.
const idle: Blake3Hasher[] = [];
const MAX_IDLE = 4;

/** A reset BLAKE3 hasher for this thread's use alone; hand it back with giveBlake3. */
export async function takeBlake3(): Promise<Blake3Hasher> {
  return (idle.pop() ?? (await blake3Library().createBLAKE3())).init();
}

export function giveBlake3(hasher: Blake3Hasher): void {
  if (idle.length < MAX_IDLE) idle.push(hasher);
}
