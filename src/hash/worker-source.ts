// The hashing worker's code, as plain JavaScript in a string. @vercel/ncc bundles the action
// into one file and would not carry a separate worker file along, so the pool starts its workers
// with `new Worker(WORKER_SOURCE, { eval: true })`. The code needs node:crypto, node:fs and
// node:worker_threads, and takes them from process.getBuiltinModule: an eval'd worker runs as
// CommonJS or as an ES module depending on the flags it inherits (--input-type=module), and
// neither `require` nor `import` works in both. BLAKE3, which node:crypto lacks, is hash-wasm's
// build, whose text is part of this one (blake3.ts), loaded the first time a batch asks for it.
//
// It mirrors src/hash/read.ts byte for byte in behaviour: the same change rule (inode, bytes read,
// size and mtime against the stat taken before hashing) and the same two ways of reading (one
// read for a file that fits the buffer, double-buffered streaming otherwise). The tests run every
// file shape through both, so a difference between them fails a test.
//
// Protocol. In: { id, algorithms, chunkSize, files: [{ path, size, mtimeMs, ino, range? }] },
// range { offset, fileSize } when only bytes [offset, offset + size) are hashed.
// Out: { id, progress: bytes } while a large file streams, then { id, digests: [[hex per
// algorithm] per file] } or { id, failure: { kind: 'changed' | 'unreadable' | 'internal', path,
// detail } }. Messages are handled one after the other, so the pool may queue a second batch.
import { BLAKE3_LOADER } from './blake3.js';

export const WORKER_SOURCE = String.raw`'use strict';
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const crypto = process.getBuiltinModule('node:crypto');
const fs = process.getBuiltinModule('node:fs');

const PROGRESS_STEP = 32 * 1024 * 1024;
// A large file streams through pair, the kernel filling one buffer while the other is hashed.
// A small file (up to a chunk) is read whole into pair[0], in one call when unchanged; growth
// shows in the fstat after. Messages are handled one at a time, so one pair serves them all.
let chunk = 0;
let pair = null;
function useChunkSize(size) {
  if (size === chunk) return;
  chunk = size;
  pair = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
}
const oneShot = typeof crypto.hash === 'function' ? crypto.hash : null;

function failure(kind, path, detail) {
  const e = new Error(detail);
  e.hashFailure = { kind, path, detail };
  return e;
}

function openFile(path) {
  try {
    return fs.openSync(path, 'r');
  } catch (e) {
    throw failure('unreadable', path, e.message);
  }
}

function closeFile(fd) {
  try {
    fs.closeSync(fd);
  } catch {
    // Nothing useful to do: the digest is already known or an error is on its way.
  }
}

function checkUnchanged(fd, file, bytesRead) {
  let st;
  try {
    st = fs.fstatSync(fd);
  } catch (e) {
    throw failure('unreadable', file.path, e.message);
  }
  if (st.ino !== file.ino) throw failure('changed', file.path, 'it was replaced by another file');
  if (bytesRead !== file.size) {
    throw failure('changed', file.path, 'read ' + bytesRead + ' bytes where stat said ' + file.size);
  }
  const size = file.range ? file.range.fileSize : file.size;
  if (st.size !== size) {
    throw failure('changed', file.path, 'its size went from ' + size + ' to ' + st.size + ' bytes');
  }
  if (st.mtimeMs !== file.mtimeMs) throw failure('changed', file.path, 'its modification time changed');
}

// One BLAKE3 hasher serves the thread: files are hashed one after the other here.
let blake3 = null;
async function loadBlake3() {
  const module = { exports: {} };
  (${BLAKE3_LOADER})(module, module.exports);
  blake3 = await module.exports.createBLAKE3();
}
const hasher = (a) => (a === 'blake3' ? blake3.init() : crypto.createHash(a));

function digestBytes(algorithms, bytes) {
  if (oneShot !== null && algorithms.length === 1 && algorithms[0] !== 'blake3') {
    return [oneShot(algorithms[0], bytes, 'hex')];
  }
  return algorithms.map((a) => hasher(a).update(bytes).digest('hex'));
}

function hashSmall(file, algorithms) {
  const fd = openFile(file.path);
  try {
    const buf = pair[0];
    let got = 0;
    while (got < file.size) {
      let n;
      try {
        n = fs.readSync(fd, buf, got, file.size - got, (file.range ? file.range.offset : 0) + got);
      } catch (e) {
        throw failure('unreadable', file.path, e.message);
      }
      if (n === 0) break;
      got += n;
    }
    checkUnchanged(fd, file, got);
    return digestBytes(algorithms, buf.subarray(0, got));
  } finally {
    closeFile(fd);
  }
}

function readAt(fd, buf, length, position, path) {
  return new Promise((resolve, reject) => {
    fs.read(fd, buf, 0, length, position, (err, n) => {
      if (err) reject(failure('unreadable', path, err.message));
      else resolve(n);
    });
  });
}

async function hashLarge(file, algorithms, report) {
  const fd = openFile(file.path);
  let pending = null;
  try {
    const hashes = algorithms.map(hasher);
    let pos = 0;
    let i = 0;
    let unreported = 0;
    // A range reads no further than its end; a whole file reads whole chunks (growth is seen).
    const want = (p) => (file.range ? Math.min(chunk, file.size - p) : chunk);
    const at = (p) => (file.range ? file.range.offset : 0) + p;
    if (file.size > 0) pending = readAt(fd, pair[0], want(0), at(0), file.path);
    while (pending !== null) {
      const n = await pending;
      pending = null;
      if (n === 0) break;
      const filled = pair[i];
      pos += n;
      i ^= 1;
      if (pos < file.size) pending = readAt(fd, pair[i], want(pos), at(pos), file.path);
      const bytes = filled.subarray(0, n);
      for (const h of hashes) h.update(bytes);
      unreported += n;
      if (unreported >= PROGRESS_STEP) {
        report(unreported);
        unreported = 0;
      }
    }
    checkUnchanged(fd, file, pos);
    return hashes.map((h) => h.digest('hex'));
  } finally {
    // A read still in flight writes into the pair and owns the descriptor: let it land first.
    if (pending !== null) await pending.catch(() => 0);
    closeFile(fd);
  }
}

async function handle(msg) {
  const report = (bytes) => parentPort.postMessage({ id: msg.id, progress: bytes });
  useChunkSize(msg.chunkSize);
  if (blake3 === null && msg.algorithms.includes('blake3')) await loadBlake3();
  const digests = [];
  for (const file of msg.files) {
    digests.push(
      file.size <= chunk ? hashSmall(file, msg.algorithms) : await hashLarge(file, msg.algorithms, report),
    );
  }
  return digests;
}

let queue = Promise.resolve();
parentPort.on('message', (msg) => {
  queue = queue.then(async () => {
    try {
      parentPort.postMessage({ id: msg.id, digests: await handle(msg) });
    } catch (e) {
      const f = e && e.hashFailure ? e.hashFailure : { kind: 'internal', path: '', detail: String(e && e.stack ? e.stack : e) };
      parentPort.postMessage({ id: msg.id, failure: f });
    }
  });
});
`;
