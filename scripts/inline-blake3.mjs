#!/usr/bin/env node
// Part of `npm run bundle`, between tsc and ncc: dist/ carries no node_modules, so the compiled
// src/hash/blake3-source.js, which reads hash-wasm's BLAKE3 build from the installed package,
// is replaced by a module that holds the same text as a string, for ncc to bundle.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(repo, 'build/src/hash/blake3-source.js');
if (!existsSync(compiled)) {
  console.error(`inline-blake3: ${compiled} is missing: run tsc -p tsconfig.build.json first`);
  process.exit(1);
}
const { BLAKE3_PACKAGE_FILE } = await import(compiled);
const text = readFileSync(createRequire(compiled).resolve(BLAKE3_PACKAGE_FILE), 'utf8');
writeFileSync(
  compiled,
  `// Written by scripts/inline-blake3.mjs from ${BLAKE3_PACKAGE_FILE}.\n` +
    `export const BLAKE3_PACKAGE_FILE = ${JSON.stringify(BLAKE3_PACKAGE_FILE)};\n` +
    `export const BLAKE3_SOURCE = ${JSON.stringify(text)};\n`,
);
