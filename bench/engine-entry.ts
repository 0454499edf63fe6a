// Entry for the bench's bundle of the hashing engine: built by @vercel/ncc exactly as the
// action is, so the bench also proves that the worker pool survives bundling. It has its own
// tsconfig.json (next to it) so that the build type-checks only the engine's files.
export * from '../src/hash/index.js';
