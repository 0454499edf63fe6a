export const id = 487;
export const ids = [487];
export const modules = {

/***/ 64528:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
// The MIT License (MIT)
//
// Copyright (c) 2016 Zhipeng Jia
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.



function isNode () {
  if (typeof process === 'object') {
    if (typeof process.versions === 'object') {
      if (typeof process.versions.node !== 'undefined') {
        return true
      }
    }
  }
  return false
}

function isUint8Array (object) {
  return object instanceof Uint8Array && (!isNode() || !Buffer.isBuffer(object))
}

function isArrayBuffer (object) {
  return object instanceof ArrayBuffer
}

function isBuffer (object) {
  if (!isNode()) {
    return false
  }
  return Buffer.isBuffer(object)
}

var SnappyDecompressor = (__webpack_require__(50422)/* .SnappyDecompressor */ .c)
var SnappyCompressor = (__webpack_require__(38437)/* .SnappyCompressor */ .d)

var TYPE_ERROR_MSG = 'Argument compressed must be type of ArrayBuffer, Buffer, or Uint8Array'

function uncompress (compressed, maxLength) {
  if (!isUint8Array(compressed) && !isArrayBuffer(compressed) && !isBuffer(compressed)) {
    throw new TypeError(TYPE_ERROR_MSG)
  }
  var uint8Mode = false
  var arrayBufferMode = false
  if (isUint8Array(compressed)) {
    uint8Mode = true
  } else if (isArrayBuffer(compressed)) {
    arrayBufferMode = true
    compressed = new Uint8Array(compressed)
  }
  var decompressor = new SnappyDecompressor(compressed)
  var length = decompressor.readUncompressedLength()
  if (length === -1) {
    throw new Error('Invalid Snappy bitstream')
  }
  if (length > maxLength) {
    throw new Error(`The uncompressed length of ${length} is too big, expect at most ${maxLength}`)
  }
  var uncompressed, uncompressedView
  if (uint8Mode) {
    uncompressed = new Uint8Array(length)
    if (!decompressor.uncompressToBuffer(uncompressed)) {
      throw new Error('Invalid Snappy bitstream')
    }
  } else if (arrayBufferMode) {
    uncompressed = new ArrayBuffer(length)
    uncompressedView = new Uint8Array(uncompressed)
    if (!decompressor.uncompressToBuffer(uncompressedView)) {
      throw new Error('Invalid Snappy bitstream')
    }
  } else {
    uncompressed = Buffer.alloc(length)
    if (!decompressor.uncompressToBuffer(uncompressed)) {
      throw new Error('Invalid Snappy bitstream')
    }
  }
  return uncompressed
}

function compress (uncompressed) {
  if (!isUint8Array(uncompressed) && !isArrayBuffer(uncompressed) && !isBuffer(uncompressed)) {
    throw new TypeError(TYPE_ERROR_MSG)
  }
  var uint8Mode = false
  var arrayBufferMode = false
  if (isUint8Array(uncompressed)) {
    uint8Mode = true
  } else if (isArrayBuffer(uncompressed)) {
    arrayBufferMode = true
    uncompressed = new Uint8Array(uncompressed)
  }
  var compressor = new SnappyCompressor(uncompressed)
  var maxLength = compressor.maxCompressedLength()
  var compressed, compressedView
  var length
  if (uint8Mode) {
    compressed = new Uint8Array(maxLength)
    length = compressor.compressToBuffer(compressed)
  } else if (arrayBufferMode) {
    compressed = new ArrayBuffer(maxLength)
    compressedView = new Uint8Array(compressed)
    length = compressor.compressToBuffer(compressedView)
  } else {
    compressed = Buffer.alloc(maxLength)
    length = compressor.compressToBuffer(compressed)
  }
  if (!compressed.slice) { // ie11
    var compressedArray = new Uint8Array(Array.prototype.slice.call(compressed, 0, length))
    if (uint8Mode) {
      return compressedArray
    } else if (arrayBufferMode) {
      return compressedArray.buffer
    } else {
      throw new Error('Not implemented')
    }
  }

  return compressed.slice(0, length)
}

exports.k = uncompress
__webpack_unused_export__ = compress


/***/ }),

/***/ 38437:
/***/ ((__unused_webpack_module, exports) => {

// The MIT License (MIT)
//
// Copyright (c) 2016 Zhipeng Jia
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.



var BLOCK_LOG = 16
var BLOCK_SIZE = 1 << BLOCK_LOG

var MAX_HASH_TABLE_BITS = 14
var globalHashTables = new Array(MAX_HASH_TABLE_BITS + 1)

function hashFunc (key, hashFuncShift) {
  return (key * 0x1e35a7bd) >>> hashFuncShift
}

function load32 (array, pos) {
  return array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24)
}

function equals32 (array, pos1, pos2) {
  return array[pos1] === array[pos2] &&
         array[pos1 + 1] === array[pos2 + 1] &&
         array[pos1 + 2] === array[pos2 + 2] &&
         array[pos1 + 3] === array[pos2 + 3]
}

function copyBytes (fromArray, fromPos, toArray, toPos, length) {
  var i
  for (i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i]
  }
}

function emitLiteral (input, ip, len, output, op) {
  if (len <= 60) {
    output[op] = (len - 1) << 2
    op += 1
  } else if (len < 256) {
    output[op] = 60 << 2
    output[op + 1] = len - 1
    op += 2
  } else {
    output[op] = 61 << 2
    output[op + 1] = (len - 1) & 0xff
    output[op + 2] = (len - 1) >>> 8
    op += 3
  }
  copyBytes(input, ip, output, op, len)
  return op + len
}

function emitCopyLessThan64 (output, op, offset, len) {
  if (len < 12 && offset < 2048) {
    output[op] = 1 + ((len - 4) << 2) + ((offset >>> 8) << 5)
    output[op + 1] = offset & 0xff
    return op + 2
  } else {
    output[op] = 2 + ((len - 1) << 2)
    output[op + 1] = offset & 0xff
    output[op + 2] = offset >>> 8
    return op + 3
  }
}

function emitCopy (output, op, offset, len) {
  while (len >= 68) {
    op = emitCopyLessThan64(output, op, offset, 64)
    len -= 64
  }
  if (len > 64) {
    op = emitCopyLessThan64(output, op, offset, 60)
    len -= 60
  }
  return emitCopyLessThan64(output, op, offset, len)
}

function compressFragment (input, ip, inputSize, output, op) {
  var hashTableBits = 1
  while ((1 << hashTableBits) <= inputSize &&
         hashTableBits <= MAX_HASH_TABLE_BITS) {
    hashTableBits += 1
  }
  hashTableBits -= 1
  var hashFuncShift = 32 - hashTableBits

  if (typeof globalHashTables[hashTableBits] === 'undefined') {
    globalHashTables[hashTableBits] = new Uint16Array(1 << hashTableBits)
  }
  var hashTable = globalHashTables[hashTableBits]
  var i
  for (i = 0; i < hashTable.length; i++) {
    hashTable[i] = 0
  }

  var ipEnd = ip + inputSize
  var ipLimit
  var baseIp = ip
  var nextEmit = ip

  var hash, nextHash
  var nextIp, candidate, skip
  var bytesBetweenHashLookups
  var base, matched, offset
  var prevHash, curHash
  var flag = true

  var INPUT_MARGIN = 15
  if (inputSize >= INPUT_MARGIN) {
    ipLimit = ipEnd - INPUT_MARGIN

    ip += 1
    nextHash = hashFunc(load32(input, ip), hashFuncShift)

    while (flag) {
      skip = 32
      nextIp = ip
      do {
        ip = nextIp
        hash = nextHash
        bytesBetweenHashLookups = skip >>> 5
        skip += 1
        nextIp = ip + bytesBetweenHashLookups
        if (ip > ipLimit) {
          flag = false
          break
        }
        nextHash = hashFunc(load32(input, nextIp), hashFuncShift)
        candidate = baseIp + hashTable[hash]
        hashTable[hash] = ip - baseIp
      } while (!equals32(input, ip, candidate))

      if (!flag) {
        break
      }

      op = emitLiteral(input, nextEmit, ip - nextEmit, output, op)

      do {
        base = ip
        matched = 4
        while (ip + matched < ipEnd && input[ip + matched] === input[candidate + matched]) {
          matched += 1
        }
        ip += matched
        offset = base - candidate
        op = emitCopy(output, op, offset, matched)

        nextEmit = ip
        if (ip >= ipLimit) {
          flag = false
          break
        }
        prevHash = hashFunc(load32(input, ip - 1), hashFuncShift)
        hashTable[prevHash] = ip - 1 - baseIp
        curHash = hashFunc(load32(input, ip), hashFuncShift)
        candidate = baseIp + hashTable[curHash]
        hashTable[curHash] = ip - baseIp
      } while (equals32(input, ip, candidate))

      if (!flag) {
        break
      }

      ip += 1
      nextHash = hashFunc(load32(input, ip), hashFuncShift)
    }
  }

  if (nextEmit < ipEnd) {
    op = emitLiteral(input, nextEmit, ipEnd - nextEmit, output, op)
  }

  return op
}

function putVarint (value, output, op) {
  do {
    output[op] = value & 0x7f
    value = value >>> 7
    if (value > 0) {
      output[op] += 0x80
    }
    op += 1
  } while (value > 0)
  return op
}

function SnappyCompressor (uncompressed) {
  this.array = uncompressed
}

SnappyCompressor.prototype.maxCompressedLength = function () {
  var sourceLen = this.array.length
  return 32 + sourceLen + Math.floor(sourceLen / 6)
}

SnappyCompressor.prototype.compressToBuffer = function (outBuffer) {
  var array = this.array
  var length = array.length
  var pos = 0
  var outPos = 0

  var fragmentSize

  outPos = putVarint(length, outBuffer, outPos)
  while (pos < length) {
    fragmentSize = Math.min(length - pos, BLOCK_SIZE)
    outPos = compressFragment(array, pos, fragmentSize, outBuffer, outPos)
    pos += fragmentSize
  }

  return outPos
}

exports.d = SnappyCompressor


/***/ }),

/***/ 50422:
/***/ ((__unused_webpack_module, exports) => {

// The MIT License (MIT)
//
// Copyright (c) 2016 Zhipeng Jia
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.



var WORD_MASK = [0, 0xff, 0xffff, 0xffffff, 0xffffffff]

function copyBytes (fromArray, fromPos, toArray, toPos, length) {
  var i
  for (i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i]
  }
}

function selfCopyBytes (array, pos, offset, length) {
  var i
  for (i = 0; i < length; i++) {
    array[pos + i] = array[pos - offset + i]
  }
}

function SnappyDecompressor (compressed) {
  this.array = compressed
  this.pos = 0
}

SnappyDecompressor.prototype.readUncompressedLength = function () {
  var result = 0
  var shift = 0
  var c, val
  while (shift < 32 && this.pos < this.array.length) {
    c = this.array[this.pos]
    this.pos += 1
    val = c & 0x7f
    if (((val << shift) >>> shift) !== val) {
      return -1
    }
    result |= val << shift
    if (c < 128) {
      return result
    }
    shift += 7
  }
  return -1
}

SnappyDecompressor.prototype.uncompressToBuffer = function (outBuffer) {
  var array = this.array
  var arrayLength = array.length
  var pos = this.pos
  var outPos = 0

  var c, len, smallLen
  var offset

  while (pos < array.length) {
    c = array[pos]
    pos += 1
    if ((c & 0x3) === 0) {
      // Literal
      len = (c >>> 2) + 1
      if (len > 60) {
        if (pos + 3 >= arrayLength) {
          return false
        }
        smallLen = len - 60
        len = array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24)
        len = (len & WORD_MASK[smallLen]) + 1
        pos += smallLen
      }
      if (pos + len > arrayLength) {
        return false
      }
      copyBytes(array, pos, outBuffer, outPos, len)
      pos += len
      outPos += len
    } else {
      switch (c & 0x3) {
        case 1:
          len = ((c >>> 2) & 0x7) + 4
          offset = array[pos] + ((c >>> 5) << 8)
          pos += 1
          break
        case 2:
          if (pos + 1 >= arrayLength) {
            return false
          }
          len = (c >>> 2) + 1
          offset = array[pos] + (array[pos + 1] << 8)
          pos += 2
          break
        case 3:
          if (pos + 3 >= arrayLength) {
            return false
          }
          len = (c >>> 2) + 1
          offset = array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24)
          pos += 4
          break
        default:
          break
      }
      if (offset === 0 || offset > outPos) {
        return false
      }
      selfCopyBytes(outBuffer, outPos, offset, len)
      outPos += len
    }
  }
  return true
}

exports.c = SnappyDecompressor


/***/ }),

/***/ 48678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nO: () => (/* binding */ expectedSigner),
  y$: () => (/* binding */ keyTrust),
  zI: () => (/* binding */ tufRefresh),
  MX: () => (/* binding */ verify)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/collect/paths.js
var collect_paths = __webpack_require__(85768);
;// CONCATENATED MODULE: ./build/src/oms/binding.js
/**
 * `omsRoots`: the signature's root, then the root of the same signed files in PurePosixPath
 * order, which a directory subject records when the signature lists them in the specification's
 * code-point order (the two differ for names like `tokenizer.json` beside `tokenizer/`). For a
 * one-file model (`kind: 'file'`), the file's digest, which its file subject records.
 */
function checkBinding(omsRoots, provenance, kind = 'directory') {
    const roots = omsRoots.map((r) => r.toLowerCase());
    const root = roots[0];
    const role = `model-${kind}`;
    const subjects = provenance.subjects;
    const same = subjects.filter((s) => roots.includes(s.digest?.sha256?.toLowerCase() ?? ''));
    // A subject of the model's kind is the intended match; another subject with that digest would
    // be a coincidence of content, not of layout, and is reported as such.
    const hit = same.find((s) => s.annotations?.role === role) ?? same[0];
    if (hit)
        return { bound: true, subject: hit.name, statement: boundStatement(hit, root, kind) };
    const own = subjects.filter((s) => s.annotations?.role === role);
    const known = own.length
        ? `its ${kind} subjects: ${own.map((d) => `'${d.name ?? '(unnamed)'}' sha256:${d.digest?.sha256 ?? '?'}`).join(', ')}`
        : `it has no ${kind} subject`;
    return {
        bound: false,
        statement: `the OMS signature binds ${kind === 'file' ? 'file' : 'root'} digest ${root}, which no subject of the provenance has (${known})`,
    };
}
function boundStatement(hit, root, kind) {
    const name = `'${hit.name ?? '(unnamed)'}'`;
    const digest = hit.digest.sha256.toLowerCase();
    const same = 'the OMS signature and the provenance bind the same model';
    if (kind === 'file')
        return `${same}: subject ${name} has sha256 ${digest}, the signed file's digest`;
    const what = hit.annotations?.role === 'model-directory' ? 'directory subject' : 'subject';
    const order = digest === root
        ? ''
        : ` of the signed files (the signature lists them in code-point order, root ${root})`;
    return `${same}: ${what} ${name} has sha256 ${digest}, the OMS root digest${order}`;
}

// EXTERNAL MODULE: ./build/src/oms/layout.js
var layout = __webpack_require__(11833);
// EXTERNAL MODULE: ./build/src/oms/parse.js
var parse = __webpack_require__(34788);
// EXTERNAL MODULE: ./build/src/oms/paths.js
var paths = __webpack_require__(68123);
// EXTERNAL MODULE: ./build/src/oms/sign.js
var sign = __webpack_require__(27890);
// EXTERNAL MODULE: ./build/src/oms/single-file.js
var single_file = __webpack_require__(80526);
// EXTERNAL MODULE: ./build/src/oms/statement.js
var statement = __webpack_require__(23238);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/hash/index.js + 2 modules
var hash = __webpack_require__(33018);
// EXTERNAL MODULE: ./build/src/oms/disk.js
var disk = __webpack_require__(43102);
// EXTERNAL MODULE: ./build/src/verify/bundles.js
var bundles = __webpack_require__(35886);
// EXTERNAL MODULE: ./build/src/identity/certificate.js
var certificate = __webpack_require__(52351);
// EXTERNAL MODULE: ./build/src/identity/signer-policy.js + 1 modules
var signer_policy = __webpack_require__(98612);
// EXTERNAL MODULE: ./build/src/verify/trust.js + 1 modules
var trust = __webpack_require__(9610);
// EXTERNAL MODULE: ./build/src/verify/violations.js
var violations = __webpack_require__(83171);
// EXTERNAL MODULE: ./build/src/verify/content.js
var content = __webpack_require__(49626);
// EXTERNAL MODULE: ./build/src/sign/key.js
var sign_key = __webpack_require__(76452);
// EXTERNAL MODULE: ./build/src/verify/cert-chain.js
var cert_chain = __webpack_require__(75933);
;// CONCATENATED MODULE: ./build/src/oms/key-verify.js


const violation = (rule, message, fix) => ({
    kind: 'signature',
    rule,
    message,
    ...(fix ? { fix } : {}),
});
/** Why the signature at `sigPath` does not verify with `publicKey`; undefined when it does. */
function checkKeySignature(loaded, publicKey, sigPath) {
    if (loaded.certificate)
        return violation('public-key', `${sigPath} is signed with a certificate, not a key`, 'verify it with --cert-identity and --cert-oidc-issuer (keyless) instead of --public-key');
    if (!(0,sign_key/* dsseSignatureVerifies */.jQ)(loaded.bundle.content.dsseEnvelope, publicKey))
        return violation('public-key', `the signature does not verify with the public key given (sha256:${(0,sign_key/* keyHint */.p4)(publicKey)})`, 'do not use this model: it was not signed with that key');
    return undefined;
}
/** Why the signature's certificate does not chain to the anchors; undefined when it does. */
function checkCertSignature(loaded, anchors, now = new Date()) {
    const checked = (0,cert_chain/* checkCarriedCertificate */.Sl)(loaded, anchors, now);
    if (!('problem' in checked))
        return undefined;
    const fix = loaded.certificate
        ? 'do not use this model: its signer does not chain to the anchors given'
        : 'verify a key-signed signature with --public-key';
    return violation('cert-chain', checked.problem, fix);
}

// EXTERNAL MODULE: ./build/src/statement/layout.js
var statement_layout = __webpack_require__(94589);
;// CONCATENATED MODULE: ./build/src/oms/verify.js

















/** Whether the model is a directory or a single file; anything else is bad usage. */
async function modelKind(model) {
    let st;
    try {
        st = await (0,promises_.stat)(model);
    }
    catch (e) {
        throw new errors/* ProvenanceError */.CG('FILE_UNREADABLE', `cannot read model ${model}: ${e.message}`, {
            input: 'model',
            value: model,
            fix: 'pass the directory (or the single file) the model signature signs',
            cause: e,
        });
    }
    if (st.isDirectory())
        return 'directory';
    if (st.isFile())
        return 'file';
    throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${model} is neither a directory nor a file`, {
        input: 'model',
        value: model,
        fix: 'an OMS signature signs a directory or one file: pass that',
    });
}
/** What to do about a model signature file that is not one: said as the CLI and the action name it. */
const SIGNATURE_FIX = 'replace it with the model.sig model_signing or attest wrote; or name the right file with ' +
    '--model-signature FILE (action: model-signature: FILE), or check none with ' +
    '--no-model-signature (action: model-signature: false)';
/**
 * The signature file as one bundle. A file that is no bundle at all is bad input, said of the
 * model signature, never of the provenance bundle; a broken bundle is a violation.
 */
async function loadSignature(sigPath) {
    let candidates;
    try {
        candidates = await (0,bundles/* readBundleFile */.zi)(sigPath);
    }
    catch (e) {
        if (!(e instanceof errors/* ProvenanceError */.CG))
            throw e;
        const why = e.message.startsWith(`${sigPath}: `)
            ? e.message.slice(sigPath.length + 2)
            : e.message;
        throw new errors/* ProvenanceError */.CG(e.code, `the model signature ${sigPath} cannot be checked: ${why}`, {
            input: 'model-signature',
            value: sigPath,
            fix: SIGNATURE_FIX,
            cause: e,
        });
    }
    if (candidates.length !== 1) {
        return {
            kind: 'bundle',
            rule: 'bundle',
            message: `${sigPath} holds ${candidates.length} bundles; an OMS signature is one bundle`,
            fix: SIGNATURE_FIX,
        };
    }
    const c = candidates[0];
    return (0,bundles/* isRejected */.TK)(c) ? { ...(0,violations/* fromError */.NQ)('bundle', 'bundle', c.error), fix: SIGNATURE_FIX } : c;
}
/**
 * Verify `sigPath` against `modelDir`. Throws only for bad usage (unreadable signature file,
 * model path that is neither a directory nor a file, malformed expected identity); every failure of the
 * evidence is a violation in the result. Stages: signature → identity → statement → files.
 */
async function verifyOmsSignature(opts) {
    if (!opts.publicKey && !opts.certChain)
        (0,signer_policy/* validateIdentityPolicy */.Nj)(opts.identity);
    const modelDir = (0,external_node_path_.resolve)(opts.modelDir);
    const kind = await modelKind(modelDir);
    const result = {
        verified: false,
        signature: opts.sigPath,
        model: opts.modelDir,
        violations: [],
        files: { added: [], removed: [], renamed: [], changed: [] },
        identity: [],
        ignorePaths: [],
    };
    const fail = (v) => {
        result.violations.push(v);
        return result;
    };
    const loaded = await loadSignature(opts.sigPath);
    if ('kind' in loaded)
        return fail(loaded);
    const problem = opts.publicKey
        ? checkKeySignature(loaded, opts.publicKey, opts.sigPath)
        : opts.certChain
            ? checkCertSignature(loaded, opts.certChain)
            : await checkSignature(loaded, opts, result);
    if (problem)
        return fail(problem);
    if (opts.publicKey)
        result.publicKey = `sha256:${(0,sign_key/* keyHint */.p4)(opts.publicKey)}`;
    else if (!opts.certChain) {
        result.identity = (0,signer_policy/* checkIdentity */.Z0)(result.signer, opts.identity);
        result.violations.push(...(0,violations/* identityViolations */.ZX)(result.identity));
    }
    const signed = readSigned(loaded);
    if (!('resources' in signed))
        return fail(signed);
    result.name = signed.name;
    result.resourceOrder = signed.order;
    result.predicateType = signed.predicateType;
    result.hashType = signed.hashType;
    result.signedRoot = signed.root;
    result.recordedIgnorePaths = signed.ignorePaths;
    result.violations.push(...(await checkFiles(modelDir, kind, signed, opts, result)));
    result.verified = result.violations.length === 0;
    return result;
}
/** The keyless signature against its trusted root; the signer recorded in the result. */
async function checkSignature(loaded, opts, result) {
    if (!loaded.certificate)
        return {
            kind: 'signature',
            rule: 'public-key',
            message: `${opts.sigPath} is signed with a key (hint ${loaded.publicKeyHint || 'none'}): give its public key with --public-key`,
        };
    result.signer = (0,certificate/* signerFromCertificate */._H)(loaded.certificate);
    result.logIndex = loaded.bundle.verificationMaterial.tlogEntries[0]?.logIndex;
    let root;
    try {
        root = await (0,trust/* selectTrustedRoot */.of)(opts.trustedRoot, loaded.certificate, undefined, opts.refresh);
    }
    catch (e) {
        return (0,violations/* fromError */.NQ)('trusted-root', 'trusted-root', e);
    }
    result.trustedRoot = { name: root.name, source: root.source };
    try {
        (0,trust/* createVerifier */.$A)(root).verify((0,dist/* toSignedEntity */.DC)(loaded.bundle));
    }
    catch (e) {
        return (0,violations/* signatureViolation */.QH)(e, root.name, 'the signature', opts.sigPath);
    }
    return undefined;
}
function readSigned(loaded) {
    const envelope = loaded.bundle.content.dsseEnvelope;
    if (envelope.payloadType !== statement_layout/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        return {
            kind: 'statement',
            rule: 'payloadType',
            message: `the DSSE payload type is '${envelope.payloadType}', not an in-toto statement (${statement_layout/* IN_TOTO_PAYLOAD_TYPE */.T4})`,
        };
    }
    try {
        return (0,parse/* parseOmsStatement */.q)(envelope.payload);
    }
    catch (e) {
        return (0,violations/* fromError */.NQ)('statement', 'statement', e);
    }
}
/** The directory on disk against the signed resources: every changed, missing or extra file. */
async function checkFiles(modelDir, kind, signed, opts, result) {
    // As model_signing verifies: git paths always, the recorded list, and the signature file
    // itself when it sits inside the model.
    const sigInside = (0,paths/* pathInside */._l)(modelDir, opts.sigPath);
    if (kind === 'directory')
        result.ignorePaths = (0,paths/* normalizeIgnorePaths */.QA)([
            ...hash/* OMS_DEFAULT_IGNORES */.ET,
            ...(signed.ignorePaths ?? []),
            ...(sigInside ? [sigInside] : []),
            ...(opts.ignorePaths ?? []).map((p) => ((0,external_node_path_.isAbsolute)(p) ? ((0,paths/* pathInside */._l)(modelDir, p) ?? '') : p)),
        ]);
    let files;
    try {
        files = await (0,disk/* digestsOnDisk */.ge)(modelDir, kind, signed, result.ignorePaths, opts.cache);
    }
    catch (e) {
        return [(0,violations/* fromError */.NQ)('subject', 'model', e)];
    }
    // Unsigned files left aside: the root is the one over the files the signature lists.
    if (opts.ignoreUnsignedFiles)
        files = files.filter((f) => signed.resources.some((r) => r.name === f.relPath));
    // The directory's OMS root (what a provenance subject records); a shard signature has none.
    const inSignedOrder = (0,disk/* rootInSignedOrder */.gO)(signed, files);
    if (kind === 'file' && signed.method === 'files' && signed.hashType === 'sha256')
        result.fileDigest = files[0]?.digest;
    result.root = (signed.method === 'files' ? (0,disk/* directoryRoot */._Q)(files) : inSignedOrder);
    result.files = (0,content/* compareContent */.TH)(signed.resources, files.map((f) => ({ name: f.relPath, digest: f.digest })));
    const compared = inSignedOrder ?? result.root ?? '(none: files are missing)';
    return fileViolations(result.files, signed, compared, opts.modelDir);
}
const UNSIGNED_FIX = 'remove the file, or sign the model again; files the signer meant to leave out must be in its ignore paths';
/** Every file added, removed, renamed or changed, and a root that differs, each as a violation. */
function fileViolations(diff, { root: signedRoot, hashType }, root, model) {
    const out = diff.changed.map((c) => ({
        kind: 'subject',
        rule: c.name,
        message: `changed ${c.name}: its ${hashType} is ${c.actual}, the signature says ${c.signed}`,
        expected: `${hashType}:${c.signed}`,
        actual: `${hashType}:${c.actual}`,
    }));
    for (const d of (0,content/* differenceLines */.Ze)({ ...diff, changed: [] })) {
        const added = d.kind === 'added';
        out.push({
            kind: 'subject',
            rule: d.name,
            message: `${d.line} in ${model}${added ? ': not signed' : ''}`,
            ...(added ? { fix: UNSIGNED_FIX } : {}),
        });
    }
    if (root !== signedRoot) {
        out.push({
            kind: 'subject',
            rule: 'root',
            message: `the OMS root digest of ${model} is ${root}, the signature's subject says ${signedRoot}`,
            expected: `sha256:${signedRoot}`,
            actual: `sha256:${root}`,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/oms/index.js










// EXTERNAL MODULE: ./build/src/verify/subjects.js + 1 modules
var subjects = __webpack_require__(63897);
// EXTERNAL MODULE: ./build/src/policy/policy.js + 2 modules
var policy_policy = __webpack_require__(43720);
// EXTERNAL MODULE: ./build/src/policy/advisories.js + 5 modules
var policy_advisories = __webpack_require__(50923);
// EXTERNAL MODULE: ./node_modules/snappyjs/index.js
var snappyjs = __webpack_require__(64528);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./build/src/store/attestations.js
var attestations = __webpack_require__(45112);
// EXTERNAL MODULE: ./build/src/net/retry.js
var retry = __webpack_require__(56683);
// EXTERNAL MODULE: ./build/src/github.js
var src_github = __webpack_require__(15042);
;// CONCATENATED MODULE: ./build/src/verify/lookup.js
// Finding bundles by the model's digest in GitHub's attestations API, as
// `gh attestation verify` does when no bundle file is given (cli/cli
// pkg/cmd/attestation/api/client.go): pages followed by their Link header, 5xx retried, an
// optional predicate_type filter, and each bundle taken from `bundle_url` (a snappy-compressed
// download) when the listing carries none inline. The bundles come back unverified: the
// caller tries them in turn.







function normalizeDigest(digest) {
    const d = digest.trim().toLowerCase();
    const hex = d.startsWith('sha256:') ? d.slice(7) : d;
    if (!/^[0-9a-f]{64}$/.test(hex)) {
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `'${digest}' is not a sha256 digest`, {
            input: 'model',
            value: digest,
            fix: 'the lookup needs the sha256 of a single model file or the OMS root digest of a model directory',
        });
    }
    return `sha256:${hex}`;
}
function nextLink(headers) {
    const link = headers['link'];
    if (typeof link !== 'string')
        return undefined;
    const m = /<([^>]+)>;\s*rel="next"/.exec(link);
    return m?.[1];
}
/** List the attestations stored for a digest. 404 → none; 401/403 → a clear permission error. */
async function lookupAttestations(opts) {
    const { owner, repo } = (0,signer_policy/* parseRepository */.SU)(opts.repository);
    const digest = normalizeDigest(opts.digest);
    if (!opts.token) {
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'looking up attestations needs a GitHub token', {
            input: 'github-token',
            fix: 'pass `github-token` (the default `${{ github.token }}` with `permissions: attestations: read`), or pass `bundle`',
        });
    }
    const apiUrl = (opts.apiUrl ?? src_github/* GITHUB_API_URL */.td).replace(/\/$/, '');
    const octokit = (0,github/* getOctokit */.Q)(opts.token, { baseUrl: apiUrl, request: { retries: 0 } });
    const first = () => octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
        owner,
        repo,
        subject_digest: digest,
        per_page: 100,
        ...(opts.predicateType ? { predicate_type: opts.predicateType } : {}),
    });
    const found = [];
    let url;
    for (let page = 0; page < (opts.maxPages ?? 10); page++) {
        const what = `GET ${apiUrl}/repos/${owner}/${repo}/attestations/${digest}`;
        const fetchPage = () => (url ? octokit.request(`GET ${url}`) : first());
        const res = await (0,retry/* withRetry */.bD)(what, fetchPage, attestations/* classifyOctokitError */.A, {
            policy: opts.retry,
            log: opts.log,
        }).catch((e) => listingFailure(e, `${owner}/${repo}`, apiUrl));
        if (!res)
            return found;
        for (const a of res.data.attestations ?? []) {
            const source = `attestations API ${owner}/${repo} #${found.length + 1}`;
            const bundle = await bundleOf(a, source, opts);
            if (bundle)
                found.push({ bundle, source, repositoryId: a.repository_id });
            else
                opts.log?.(`${source} has neither a bundle nor a bundle_url: skipped`);
        }
        url = nextLink(res.headers);
        if (!url)
            break;
    }
    return found;
}
/** gh prefers bundle_url: newer API versions leave the inline bundle out. */
async function bundleOf(a, source, opts) {
    if (a.bundle_url)
        return downloadBundle(a.bundle_url, source, opts);
    return a.bundle && typeof a.bundle === 'object' ? a.bundle : undefined;
}
/** 404 is no attestation (undefined); anything else a clear error. */
function listingFailure(e, repository, apiUrl) {
    const f = (0,attestations/* classifyOctokitError */.A)(e);
    if (f.status === 404)
        return undefined;
    if (f.status === 401 || f.status === 403) {
        throw new errors/* ProvenanceError */.CG('PERMISSION_DENIED', `the attestations API refused to list attestations of ${repository} (HTTP ${f.status})`, {
            input: 'github-token',
            value: repository,
            fix: f.status === 401
                ? 'the token was rejected: pass a valid `github-token`'
                : "grant the job 'permissions: attestations: read' (and 'contents: read' for private repositories), or pass the bundle file with `bundle`",
            cause: e,
        });
    }
    throw new errors/* ProvenanceError */.CG('SERVICE_FAILED', `the attestations API at ${apiUrl} failed: ${f.status ? `HTTP ${f.status}` : e.message}`, { input: 'bundle', fix: 're-run later, or pass the bundle file with `bundle`', cause: e });
}
/** Largest bundle accepted from a download, compressed or not. */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/**
 * A bundle from `bundle_url`: snappy block format around the bundle's protobuf-JSON, as gh
 * decodes it. The URL is a pre-signed blob link: no token is sent to it.
 */
async function downloadBundle(url, source, opts) {
    const bytes = await (0,retry/* withRetry */.bD)(`GET ${new URL(url).origin}${new URL(url).pathname}`, async () => {
        const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
        if (!res.ok)
            throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
        return new Uint8Array(await res.arrayBuffer());
    }, (e) => {
        const status = e.status;
        return typeof status === 'number' ? { status, retryAfter: null } : { network: true };
    }, { policy: opts.retry, log: opts.log }).catch((e) => {
        throw new errors/* ProvenanceError */.CG('SERVICE_FAILED', `${source}: its bundle_url could not be downloaded: ${e.message}`, {
            input: 'bundle',
            fix: 're-run later, or pass the bundle file with `bundle`',
            cause: e,
        });
    });
    try {
        const json = new TextDecoder().decode((0,snappyjs/* uncompress */.k)(bytes, MAX_BUNDLE_BYTES));
        return JSON.parse(json);
    }
    catch (e) {
        throw new errors/* ProvenanceError */.CG('BUNDLE_INVALID', `${source}: its bundle_url did not serve a snappy-compressed bundle: ${e.message}`, {
            input: 'bundle',
            fix: 'pass the bundle file with `bundle` (gh attestation download writes one)',
            cause: e,
        });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/src/verify/pipeline.js + 3 modules
var pipeline = __webpack_require__(43273);
;// CONCATENATED MODULE: ./build/src/engine/verify-names.js
// The training record beside the bundles given: taken when a policy reads it, or when a model
// directory's file names are bound by nothing the given bundles sign (the build provenance of
// more than 1,024 files); and a verified model.sig, which lists every name, binding them too.




/**
 * The provenance verified; when a model directory's names are bound by nothing the bundles given
 * sign (the build provenance of more than 1,024 files), again with the training record beside them.
 */
async function provenanceWithNames(opts, log) {
    const report = await (0,pipeline/* verifyProvenance */.Tu)(opts);
    if (!report.violations.some((v) => (0,pipeline/* unboundDirectory */.Jm)(v) !== undefined))
        return report;
    const files = opts.bundles.filter((b) => typeof b === 'string');
    if (files.length !== opts.bundles.length)
        return report;
    const more = withTrainingSibling(files, true, log, 'the training record binds the file names');
    return more.length > files.length ? (0,pipeline/* verifyProvenance */.Tu)({ ...opts, bundles: more }) : report;
}
/**
 * A model.sig lists every file by name and digest: one that verified, from the expected signer,
 * for the same root as the provenance's directory, binds the names the provenance could not.
 */
function namesBoundBySignatures(report, checks, model) {
    const bound = new Set(checks
        .filter((c) => c.result.verified && c.binding?.bound)
        .map((c) => model.find((m) => m.path === (0,external_node_path_.resolve)(c.modelDir))?.relPath));
    const before = report.violations.length;
    report.violations = report.violations.filter((v) => !bound.has((0,pipeline/* unboundDirectory */.Jm)(v) ?? '\0'));
    // Names unbound are only ever said of a verified statement: nothing else was wrong.
    if (report.violations.length < before && report.violations.length === 0)
        report.verified = true;
}
/**
 * A policy reads the training record: when only the build provenance was given, the record
 * that attest wrote beside it is taken too (and must then come from the same run).
 */
function withTrainingSibling(files, needed, log, why = 'the policy reads the training record') {
    if (!needed || files.length === 0)
        return files;
    const { bundle } = statement_layout/* OUTPUT_FILES */.Y7['training-record'];
    if (files.some((f) => (0,external_node_path_.basename)(f) === bundle))
        return files;
    const siblings = [...new Set(files.map((f) => (0,external_node_path_.join)((0,external_node_path_.dirname)(f), bundle)))].filter((f) => (0,external_node_fs_.existsSync)(f));
    for (const s of siblings)
        log(`${why}: taking ${s} too`);
    return [...files, ...siblings];
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
// EXTERNAL MODULE: ./build/src/verify/directory.js
var directory = __webpack_require__(90316);
// EXTERNAL MODULE: ./build/src/collect/glob.js
var collect_glob = __webpack_require__(47636);
// EXTERNAL MODULE: ./build/src/collect/workspace.js
var collect_workspace = __webpack_require__(92973);
;// CONCATENATED MODULE: ./build/src/collect/coverage.js
// Which signed names the `model` patterns cover, by the rules resolvePatterns takes paths by
// (paths.ts): a path covers itself and everything under it; a glob covers what it matches and
// everything under a directory it matches (taken whole); a glob ending in `/` matches only
// directories. verify asks it of every subject: a covered one must be found on disk.





const under = (name, path) => path === '.' || name === path || name.startsWith(`${path}/`);
function coverageOf(rel) {
    const wantDirs = rel.endsWith('/');
    const glob = wantDirs ? rel.slice(0, -1) : rel;
    const mm = new esm/* Minimatch */.VR(glob, collect_glob/* GLOB_OPTIONS */.g);
    if (!mm.hasMagic()) {
        const path = (0,collect_paths/* unescapePath */.a3)(rel);
        return (name) => under(name, path);
    }
    // A name that exists as typed is that name (paths.ts), so the literal reading covers too.
    return (name, isDirectory) => under(name, glob) ||
        (0,directory/* ancestors */.T1)(name).some((a) => mm.match(a)) ||
        ((isDirectory || !wantDirs) && mm.match(name));
}
/** The coverage of `patterns` (as typed, relative to the workspace or absolute inside it). */
async function patternCoverage(patterns, workspace) {
    const ws = await (0,collect_workspace/* openWorkspace */.OH)(workspace, 'model');
    const tests = patterns
        .map((p) => (0,collect_workspace/* relativePattern */.TX)(p, ws))
        .filter((r) => r !== undefined)
        .map(coverageOf);
    return (name, isDirectory) => tests.some((t) => t(name, isDirectory));
}

;// CONCATENATED MODULE: ./build/src/engine/model-signatures.js





/** The model signatures `spec` names, checked beside the report, whose verdict they join. */
async function checkModelSignatures(spec, model, report, workspace, trust, 
/** Whether each must bind the root digest the provenance signed (there is a provenance). */
bind = true) {
    const checks = [];
    for (const { sigPath, modelDir } of await signaturesToCheck(spec, model, workspace)) {
        const check = await checkModelSignature(sigPath, modelDir, report, trust, bind);
        checks.push(check);
        addModelSignatureVerdict(report, check);
    }
    return checks;
}
/**
 * Only model signatures, no provenance (no bundle given): the report is theirs, verified when
 * every one is, and says whose signature it checked.
 */
async function verifySignaturesAlone(spec, model, workspace, trust, now) {
    const report = {
        verified: true,
        violations: [],
        timestamps: [],
        identity: [],
        subjects: [],
        rules: [],
        warnings: [],
        attempts: [],
        checkedAt: now.toISOString(),
    };
    const checks = await checkModelSignatures(spec, model, report, workspace, trust, false);
    if (checks.length === 0) {
        report.verified = false;
        report.violations.push({
            kind: 'bundle',
            rule: 'model-signature',
            message: 'no bundle was given and no model signature was found to verify',
            fix: 'give --model-signature PATH (or --bundle for the provenance)',
        });
    }
    const first = checks[0]?.result;
    return {
        ...report,
        bundle: first?.signature,
        signer: first?.signer,
        trustedRoot: first?.trustedRoot,
        logIndex: first?.logIndex,
        identity: checks.flatMap((c) => c.result.identity),
        modelSignatures: checks,
    };
}
/** One OMS signature checked, and whether the provenance signed the same root. */
async function checkModelSignature(sigPath, modelDir, report, o, bind) {
    const result = await verifyOmsSignature({ sigPath, modelDir, ...o });
    const check = { signature: sigPath, modelDir, result };
    if (!result.root || !bind)
        return check;
    // The subjects the provenance signed, as verify matched them on disk: directories, or the
    // file a one-file model signature covers.
    const kind = result.fileDigest ? 'file' : 'directory';
    const signedSubjects = report.subjects
        .filter((c) => c.kind === kind && c.expected?.startsWith('sha256:'))
        .map((c) => ({
        name: c.subject ?? c.name,
        digest: { sha256: c.expected.slice('sha256:'.length) },
        annotations: { role: `model-${kind}` },
    }));
    const roots = result.fileDigest
        ? [result.fileDigest]
        : [result.signedRoot, result.root].filter((r) => r !== undefined);
    check.binding = checkBinding(roots, { subjects: signedSubjects }, kind);
    return check;
}
function addModelSignatureVerdict(report, check) {
    const { result } = check;
    for (const v of result.violations)
        report.violations.push({ ...v, rule: `model-signature ${v.rule}` });
    if (!result.verified) {
        report.verified = false;
    }
    else if (check.binding && !check.binding.bound) {
        report.verified = false;
        report.violations.push({
            kind: 'subject',
            rule: 'model-signature binding',
            message: check.binding.statement,
            fix: 'the model signature and the provenance must be made for the same directory contents',
        });
    }
}
async function signaturesToCheck(spec, model, workspace) {
    const value = spec.trim();
    if (value === '' || value === 'false')
        return [];
    const dirs = model.filter((m) => m.kind === 'directory');
    if (value === 'true' || value === 'auto') {
        const found = dirs
            .map((d) => ({ sigPath: (0,external_node_path_.join)(d.path, layout/* OMS_SIGNATURE_NAME */.HW), modelDir: d.path }))
            .filter((c) => value === 'true' || (0,external_node_fs_.existsSync)(c.sigPath));
        if (value === 'true' && found.length === 0) {
            throw new errors/* ProvenanceError */.CG('INPUT_INVALID', 'model-signature: true needs a model directory', {
                input: 'model-signature',
                value,
                fix: 'name the model directory in model, or give the model.sig path',
            });
        }
        return found;
    }
    const paths = (0,collect_paths/* parseList */.E1)(value).map((p) => (0,external_node_path_.resolve)(workspace, p));
    // One directory, or a model that is one file (a single-file signature).
    const target = dirs.length === 1 ? dirs[0] : model.length === 1 ? model[0] : undefined;
    if (!target) {
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', 'a model.sig path needs exactly one model (a directory or one file) to check it against', {
            input: 'model-signature',
            value,
            fix: "name one model directory (or one model file) in model, or use model-signature: true to check each directory's model.sig",
        });
    }
    return paths.map((sigPath) => ({ sigPath, modelDir: target.path }));
}

// EXTERNAL MODULE: ./build/src/verify/proofs.js
var verify_proofs = __webpack_require__(58184);
// EXTERNAL MODULE: ./build/src/verify/tuf.js
var tuf = __webpack_require__(29880);
// EXTERNAL MODULE: ./build/src/engine/in-order.js
var in_order = __webpack_require__(50344);
;// CONCATENATED MODULE: ./build/src/engine/verify.js
// `verify`: resolve the model, find the bundles (files, or the attestations API by the
// model's digest), and hand everything to the verify engine. Like attest, it takes inputs
// and context as data.

















async function verify(inputs, ctx) {
    const model = await (0,collect_paths/* resolvePatterns */.Ep)((0,collect_paths/* parseList */.E1)(inputs.model), {
        workspace: ctx.workspace,
        input: 'model',
        required: true,
    });
    const policy = inputs.policy.trim()
        ? await (0,policy_policy/* loadPolicy */.tb)((0,external_node_path_.resolve)(ctx.workspace, inputs.policy.trim()))
        : undefined;
    const identity = expectedSigner(inputs, policy, ctx);
    const cache = new subjects/* DigestCache */.pC({ onProgress: ctx.onProgress, base: ctx.workspace });
    const trust = await signatureTrust(inputs, ctx, identity, cache);
    const { trustedRoot, refresh } = trust;
    if (signatureAlone(inputs))
        return verifySignaturesAlone(inputs.modelSignature, model, ctx.workspace, trust, ctx.now ?? new Date());
    const proofs = inputs.proofs?.trim()
        ? await (0,verify_proofs/* readProofs */.O)((0,external_node_path_.resolve)(ctx.workspace, inputs.proofs.trim()))
        : undefined;
    for (const n of policy?.notices ?? [])
        ctx.log(`notice: ${n}`);
    const advisories = (0,policy_advisories/* advisoryDatabase */.dr)(policy, workspacePaths(inputs.advisories, ctx.workspace));
    const bundles = await findBundles(inputs, model, { ctx, cache, identity, policy });
    const report = await provenanceWithNames({
        bundles,
        model,
        covers: await patternCoverage((0,collect_paths/* parseList */.E1)(inputs.model), ctx.workspace),
        workspace: ctx.workspace,
        identity,
        trustedRoot,
        policy,
        now: ctx.now,
        cache,
        proofs,
        refresh,
        advisories,
        ...(trust.publicKey ? { publicKey: trust.publicKey } : {}),
        ...(trust.certChain ? { certChain: trust.certChain } : {}),
    }, ctx.log);
    const modelSignatures = await checkModelSignatures(inputs.modelSignature, model, report, ctx.workspace, trust);
    namesBoundBySignatures(report, modelSignatures, model);
    return { ...report, modelSignatures };
}
/** What model signatures are checked against: roots, keys, anchors and the expected signer. */
async function signatureTrust(inputs, ctx, identity, cache) {
    return {
        trustedRoot: inputs.trustedRoot.trim() || 'auto',
        refresh: tufRefresh(inputs, ctx),
        cache,
        identity: modelSignatureSigner(inputs, identity, ctx.serverUrl),
        ignorePaths: (0,collect_paths/* parseList */.E1)(inputs.ignorePaths ?? ''),
        ignoreUnsignedFiles: inputs.ignoreUnsignedFiles,
        ...(await keyTrust(inputs, ctx.workspace)),
    };
}
/**
 * The key and the anchors (of the user's PKI) that whatever is signed without a CI certificate
 * must verify with: a provenance bundle (attest --private-key, --signing-cert) and model
 * signatures (model_signing sign key, certificate) alike.
 */
async function keyTrust(inputs, workspace) {
    const key = inputs.publicKey?.trim();
    const chainFiles = workspacePaths(inputs.certChain, workspace);
    return {
        publicKey: key ? await (0,sign_key/* loadPublicKey */.fg)((0,external_node_path_.resolve)(workspace, key)) : undefined,
        certChain: chainFiles.length ? await (0,cert_chain/* loadAnchors */.TH)(chainFiles) : undefined,
    };
}
const workspacePaths = (list, workspace) => (0,collect_paths/* parseList */.E1)(list ?? '').map((p) => (0,external_node_path_.resolve)(workspace, p));
/**
 * Where `auto` refreshes over TUF: the repository given (with its root.json), else public-good's
 * with the seed @sigstore/tuf ships. None when offline or when the caller keeps no cache.
 */
function tufRefresh(inputs, ctx) {
    // Without a trailing slash: the repository's one spelling, for its cache and comparisons.
    const url = (inputs.tufUrl?.trim() ?? '').replace(/\/+$/, '');
    const root = inputs.tufRoot?.trim() ?? '';
    if (root && !url)
        throw tufInput('tuf-root', root, 'a TUF root.json is for the repository tuf-url names: give both');
    if (url && !root && url !== tuf/* PUBLIC_GOOD_TUF_URL */.C$)
        throw tufInput('tuf-url', url, "give the repository's root.json as tuf-root: the trust it starts from");
    if (url && !/^https?:\/\/[^\s/]+/.test(url))
        throw tufInput('tuf-url', url, 'give the http(s) URL of the TUF repository');
    if (inputs.offline || !ctx.tufCacheDir)
        return undefined;
    return {
        url: url || tuf/* PUBLIC_GOOD_TUF_URL */.C$,
        rootPath: root ? (0,external_node_path_.resolve)(ctx.workspace, root) : undefined,
        cacheDir: ctx.tufCacheDir,
        now: ctx.now,
    };
}
function tufInput(input, value, fix) {
    return new errors/* ProvenanceError */.CG('INPUT_INVALID', `${input} '${value}' cannot be used as given`, {
        input,
        value,
        fix,
    });
}
/**
 * The signer the inputs and the policy expect; the current repository when the action says so
 * and no key or anchors were given (a key names its holder, never a repository, so pinning one
 * would fail every key-signed record; a keyless bundle given with only a key still fails, as
 * unpinned).
 */
function expectedSigner(inputs, policy, ctx) {
    const explicit = {
        repository: inputs.repository.trim() || undefined,
        signerWorkflow: inputs.signerWorkflow.trim() || undefined,
        sourceRef: inputs.sourceRef.trim() || undefined,
        certIdentity: inputs.certIdentity.trim() || undefined,
        certIdentityRegex: inputs.certIdentityRegex.trim() || undefined,
        certOidcIssuer: inputs.certOidcIssuer.trim() || undefined,
        denySelfHostedRunners: inputs.denySelfHostedRunners || undefined,
        serverUrl: ctx.serverUrl,
    };
    // A GitLab issuer names the instance whose projects the certificate's extensions point at.
    const gitlab = (0,signer_policy/* gitlabIssuer */.xQ)(explicit.certOidcIssuer);
    if (gitlab)
        Object.assign(explicit, { serverUrl: gitlab, gitlab: true });
    const merged = (0,policy_policy/* mergeIdentity */.RW)(explicit, policy);
    const keyed = Boolean(inputs.publicKey?.trim() || inputs.certChain?.trim());
    const identity = (0,signer_policy/* withDefaultRepository */.kU)(merged, ctx.pinCurrentRepository && !keyed ? ctx.currentRepository : undefined);
    if (identity !== merged)
        ctx.log(`no signer given: requiring the current repository, ${identity.repository}`);
    return identity;
}
/** The bundle files given (with the training record beside them when a policy needs it), else a lookup by digest. */
async function findBundles(inputs, model, f) {
    const files = (0,collect_paths/* parseList */.E1)(inputs.bundle).map((b) => (0,external_node_path_.resolve)(f.ctx.workspace, b));
    if (files.length > 0)
        return withTrainingSibling(files, f.policy !== undefined, f.ctx.log);
    const repository = f.identity.repository ?? f.ctx.currentRepository;
    if (!repository || !f.ctx.githubToken) {
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'no bundle given, and no repository and token to look one up', {
            input: 'bundle',
            fix: 'pass bundle: path/to/provenance.sigstore.json, or repository: OWNER/REPO with a github-token that may read attestations',
        });
    }
    const found = await lookupByDigest(model, repository, f);
    if (found.length === 0) {
        throw new errors/* ProvenanceError */.CG('VERIFY_FAILED', `no attestation for this model in ${repository}`, {
            input: 'model',
            fix: 'check that the attest step ran with push-to-github: true for this exact model, or pass the bundle file',
        });
    }
    return found;
}
async function lookupByDigest(model, repository, f) {
    // Digested as attest digests them (model.sig left out), all at once so that they hash on
    // every core, through the cache that verify reuses, so a model of tens of GB is read once.
    const digests = await (0,in_order/* inOrder */.a)(...model.map(async (entry) => entry.kind === 'file'
        ? (await f.cache.file(entry.path, 'sha256')).digest
        : (await f.cache.directory(entry.path, layout/* OMS_SIGNING_IGNORES */.UG)).root));
    const found = [];
    for (const [k, entry] of model.entries()) {
        f.ctx.log(`looking up sha256:${digests[k]} (${entry.relPath}) in ${repository}'s attestations`);
        const token = f.ctx.githubToken;
        const digest = `sha256:${digests[k]}`;
        found.push(...(await lookupAttestations({
            repository,
            digest,
            token,
            apiUrl: f.ctx.apiUrl,
            log: f.ctx.log,
        })));
    }
    return found;
}
/** No bundle, and a model signature named (or a key given): verify the signature alone. */
function signatureAlone(inputs) {
    const spec = inputs.modelSignature.trim();
    if (inputs.bundle.trim() !== '' || spec === 'false')
        return false;
    return ((spec !== '' && spec !== 'auto') ||
        Boolean(inputs.publicKey?.trim()) ||
        Boolean(inputs.certChain?.trim()));
}
/** The model signature's own signer when one is given, else the provenance's. */
function modelSignatureSigner(inputs, provenance, serverUrl) {
    const identity = inputs.modelSignatureIdentity?.trim();
    const regex = inputs.modelSignatureIdentityRegex?.trim();
    const issuer = inputs.modelSignatureIssuer?.trim();
    if (!identity && !regex && !issuer)
        return provenance;
    return {
        certIdentity: identity || undefined,
        certIdentityRegex: regex || undefined,
        certOidcIssuer: issuer || undefined,
        serverUrl,
    };
}


/***/ }),

/***/ 34788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseOmsStatement)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33018);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11833);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4715);
// Reads the statement inside an OMS signature, whichever model_signing wrote it: v0.3.1 and
// v1.0.0 write the same layout, v1.1.0 adds `serialization.ignore_paths` (and orders keys
// differently, which JSON readers do not see). Files and shards (byte ranges, `path:start:end`)
// serializations are read, and model_signing 0.2's `Digests/v0.1` (a subject a file); anything
// this tool cannot re-check exactly is refused with a reason: other hash types, 0.2's other predicates.




const HEX64 = /^[0-9a-f]{64}$/;
const isHashType = (v) => typeof v === 'string' && Object.hasOwn(_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_HASH_TYPES */ .LB, v);
function invalid(message, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('BUNDLE_INVALID', message, {
        input: 'model-signature',
        fix: fix ?? 'pass a model.sig written by model_signing ≥ 0.3 or by this tool',
    });
}
function unsupported(message, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('NOT_SUPPORTED', message, { input: 'model-signature', fix });
}
/** Parse and check an OMS statement (the DSSE payload). Throws ProvenanceError with the reason. */
function parseOmsStatement(payload) {
    const s = parseStatementJson(payload);
    if (s.predicateType === _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE_V02 */ .E6)
        return parseLegacy(s.subject);
    const { name, root } = readSubject(s.subject);
    const predicate = s.predicate;
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(predicate) || !(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(predicate.serialization)) {
        throw invalid('the predicate has no `serialization` section');
    }
    const { allowSymlinks, hashType, ignorePaths, method, shardSize } = readSerialization(predicate.serialization);
    const resources = readResources(predicate.resources, hashType);
    // model_signing's own consistency check: the subject is the hash of the listed digests.
    const listed = (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rootOfDigests */ .nv)(resources.map((r) => r.digest));
    if (listed !== root) {
        throw invalid(`the statement is inconsistent: its resources hash to ${listed}, its subject says ${root}`);
    }
    return {
        name,
        root,
        method,
        ...(shardSize !== undefined ? { shardSize } : {}),
        hashType,
        allowSymlinks,
        ignorePaths,
        resources,
        order: orderOf(resources.map((r) => r.name)),
        predicateType: _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE */ .hC,
    };
}
/**
 * model_signing 0.2's `Digests/v0.1`: every file a subject `{name, digest: {sha256}}`, no
 * predicate, no root. The names and digests are all signed, so the root over them in the listed
 * order stands in for one; nothing was recorded of ignore paths or links.
 */
function parseLegacy(subjects) {
    if (!Array.isArray(subjects))
        throw invalid('the statement has no subjects');
    const resources = readResources(subjects.map((x) => (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(x) && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(x.digest)
        ? { name: x.name, algorithm: 'sha256', digest: x.digest.sha256 }
        : x), 'sha256');
    return {
        name: '',
        root: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rootOfDigests */ .nv)(resources.map((r) => r.digest)),
        method: 'files',
        hashType: 'sha256',
        allowSymlinks: false,
        resources,
        order: orderOf(resources.map((r) => r.name)),
        predicateType: _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE_V02 */ .E6,
    };
}
function orderOf(names) {
    const sorted = (cmp) => names.every((n, i) => i === 0 || cmp(names[i - 1], n) < 0);
    if (sorted(_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareSpecPaths */ .vb))
        return 'specification';
    return sorted(_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareOmsPaths */ .xH) ? 'PurePosixPath' : 'unsorted';
}
/** The payload as JSON, with the OMS statement and predicate types. */
function parseStatementJson(payload) {
    const text = typeof payload === 'string' ? payload : Buffer.from(payload).toString('utf8');
    let s;
    try {
        s = JSON.parse(text);
    }
    catch (e) {
        throw invalid(`the signed payload is not JSON: ${e.message}`);
    }
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(s))
        throw invalid('the signed payload is not a JSON object');
    if (s._type !== _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_STATEMENT_TYPE */ .XX) {
        throw invalid(`the statement type is '${(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .V)(s._type)}', not ${_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_STATEMENT_TYPE */ .XX}`);
    }
    if (s.predicateType === _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE_V02 */ .E6)
        return s;
    if (typeof s.predicateType === 'string' &&
        s.predicateType !== _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE */ .hC &&
        s.predicateType.startsWith('https://model_signing/')) {
        throw unsupported(`the model_signing predicate '${s.predicateType}' is not supported: of model_signing 0.2's experimental formats only ${_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE_V02 */ .E6} (one subject a file) is read`, 'sign the model again with model_signing ≥ 1.0 or with this tool');
    }
    if (s.predicateType !== _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE */ .hC) {
        throw invalid(`the predicate type is '${(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .V)(s.predicateType)}', not an OMS model signature (${_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE */ .hC})`, 'this is not a model_signing signature; verify provenance bundles with `verify --bundle`');
    }
    return s;
}
function readSubject(subjects) {
    if (!Array.isArray(subjects) || subjects.length !== 1) {
        throw invalid(`an OMS statement has exactly one subject; this one has ${Array.isArray(subjects) ? subjects.length : 'none'}`);
    }
    const subject = subjects[0];
    const root = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(subject) && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(subject.digest) ? subject.digest.sha256 : undefined;
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(subject) ||
        typeof subject.name !== 'string' ||
        typeof root !== 'string' ||
        !HEX64.test(root)) {
        throw invalid('the subject has no name or no lower-case hex sha256 root digest');
    }
    return { name: subject.name, root };
}
function readSerialization(ser) {
    if (ser.method !== 'files' && ser.method !== 'shards') {
        throw unsupported(`OMS serialization method '${(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .V)(ser.method)}' is not supported (files or shards)`, 'verify this signature with model_signing');
    }
    const method = ser.method;
    const shardSize = method === 'shards' ? ser.shard_size : undefined;
    if (method === 'shards' && !(Number.isSafeInteger(shardSize) && shardSize > 0))
        throw invalid('`serialization.shard_size` is not a positive whole number of bytes');
    const hashType = ser.hash_type;
    if (!isHashType(hashType)) {
        throw unsupported(`OMS hash type '${(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .V)(hashType)}' is not supported (${Object.keys(_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_HASH_TYPES */ .LB).join(' or ')})`, 'sign the model with the sha256 hash type, or verify it with model_signing');
    }
    const allowSymlinks = ser.allow_symlinks === true || ser.allow_symlinks === 'true';
    const common = {
        allowSymlinks,
        hashType,
        method,
        ...(method === 'shards' ? { shardSize: shardSize } : {}),
    };
    if (ser.ignore_paths === undefined)
        return common;
    if (!Array.isArray(ser.ignore_paths) || !ser.ignore_paths.every((p) => typeof p === 'string')) {
        throw invalid('`serialization.ignore_paths` is not a list of paths');
    }
    return { ...common, ignorePaths: [...ser.ignore_paths] };
}
function readResources(list, hashType) {
    const hexLength = _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_HASH_TYPES */ .LB[hashType].hexLength;
    if (!Array.isArray(list) || list.length === 0) {
        throw invalid('the predicate lists no resources');
    }
    const resources = [];
    const seen = new Set();
    for (const [i, r] of list.entries()) {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(r) ||
            typeof r.name !== 'string' ||
            r.name === '' ||
            typeof r.algorithm !== 'string' ||
            typeof r.digest !== 'string') {
            throw invalid(`resource #${i + 1} lacks a name, an algorithm or a digest`);
        }
        if (r.algorithm !== hashType) {
            throw unsupported(`resource '${r.name}' uses algorithm '${r.algorithm}', not the signature's hash type ${hashType}`, 'verify this signature with model_signing');
        }
        if (r.digest.length !== hexLength || !/^[0-9a-f]*$/.test(r.digest))
            throw invalid(`resource '${r.name}' has no lower-case hex ${hashType} digest`);
        if (seen.has(r.name))
            throw invalid(`resource '${r.name}' is listed twice`);
        seen.add(r.name);
        resources.push({ name: r.name, algorithm: r.algorithm, digest: r.digest });
    }
    return resources;
}


/***/ }),

/***/ 55230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ renderModelSignaturesText),
/* harmony export */   i: () => (/* binding */ renderVerifySummary)
/* harmony export */ });
/* harmony import */ var _present_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29232);

const mark = (ok) => (ok ? '✅' : '❌');
function renderVerifySummary(r) {
    const out = [];
    const n = r.violations.length;
    out.push(r.verified
        ? '## ✅ Training provenance verified'
        : `## ❌ Training provenance not verified: ${n} violation${n === 1 ? '' : 's'}`, '');
    if (n > 0) {
        for (const v of r.violations)
            out.push(`- **${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(v.rule)}**: ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(v.message)}`);
        out.push('');
    }
    if (r.warnings.length > 0) {
        out.push('### ⚠️ Known advisories', '', 'No policy was given; a policy makes these violations.', '');
        for (const w of r.warnings)
            out.push(`- ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(w)}`);
        out.push('');
    }
    // The full record: a reader who wants it unfolds it; the verdict and violations stay on top.
    out.push((0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .openDetails */ .Fo)('Full record: signer, identity, model, policy'));
    out.push(...signerTable(r));
    if (r.identity.length > 0) {
        out.push('### Identity checks', '', '| Check | Result | Expected | Actual |', '| --- | --- | --- | --- |');
        for (const c of r.identity) {
            out.push(`| ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(c.check)} | ${mark(c.ok)} | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.expected)} | ${c.actual ? (0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.actual) : ''} |`);
        }
        out.push('');
    }
    if (r.subjects.length > 0) {
        out.push('### Model', '', '| Path | Result | Detail |', '| --- | --- | --- |');
        for (const c of r.subjects)
            out.push(`| ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.name)} | ${mark(c.ok)} | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(c.reason)} |`);
        if (r.coverage)
            out.push('', `${r.coverage.checked} of ${r.coverage.signed} signed subjects checked`);
        out.push('');
    }
    if (r.rules.length > 0) {
        out.push('### Policy', '', '| Rule | Result | Reason |', '| --- | --- | --- |');
        for (const rule of r.rules)
            out.push(`| ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(rule.rule)} | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleMark */ .MQ)(rule.status)} | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(rule.reason)} |`);
        out.push('');
    }
    out.push(...modelSignaturesMarkdown(r.modelSignatures));
    out.push(_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOSE_DETAILS */ .SV);
    return `${out.join('\n')}\n`;
}
/** Who signed, and against what: the certificate's identity, the trusted root, the time. */
function signerTable(r) {
    const s = r.signer;
    if (!s)
        return [];
    const out = [];
    out.push('### Signer', '', '| Item | Value |', '| --- | --- |');
    out.push(`| Identity | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.san ?? '(none)')} |`);
    out.push(`| Issuer | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.issuer ?? '(none)')} |`);
    if (s.sourceRepositoryUri)
        out.push(`| Repository | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.sourceRepositoryUri)} |`);
    if (s.sourceRepositoryRef)
        out.push(`| Ref | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.sourceRepositoryRef)} |`);
    if (s.sourceRepositoryDigest)
        out.push(`| Commit | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.sourceRepositoryDigest)} |`);
    if (s.runnerEnvironment)
        out.push(`| Runner | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.runnerEnvironment)} |`);
    if (r.trustedRoot)
        out.push(`| Trusted root | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(`${r.trustedRoot.name} (${r.trustedRoot.source})`)} |`);
    if (r.logIndex)
        out.push(`| Log index | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.logIndex)} |`);
    if (r.signedAt)
        out.push(`| Signed at | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(`${r.signedAt.time} (${r.signedAt.source})`)} |`);
    out.push('');
    return out;
}
/** The OMS model signatures checked beside the provenance, for a terminal or a log. */
function renderModelSignaturesText(checks) {
    if (checks.length === 0)
        return '';
    const lines = ['', 'Model signatures (OpenSSF model signing):'];
    for (const c of checks) {
        lines.push(`  ${c.result.verified ? '✓' : '✗'} ${c.signature} (${c.result.signer?.san ?? (c.result.publicKey ? `public key ${c.result.publicKey}` : 'no signer')})`);
        const { root, signedRoot } = c.result;
        // They differ when the files are listed in the specification's order (or hashed with
        // blake2b): the signed root, and the directory's as `model_signing digest` prints it.
        if (signedRoot && root && signedRoot !== root && c.result.verified)
            lines.push(`    root sha256:${signedRoot} as signed; directory digest sha256:${root}`);
        else if (root)
            lines.push(`    root sha256:${root}`);
        if (c.binding)
            lines.push(`    ${c.binding.statement}`);
        for (const v of c.result.violations)
            lines.push(`    ✗ ${v.message}`);
    }
    return `${lines.join('\n')}\n`;
}
function modelSignaturesMarkdown(checks) {
    if (checks.length === 0)
        return [];
    const out = [
        '### Model signatures (OpenSSF model signing)',
        '',
        '| Signature | Result | Signer | Binding |',
        '| --- | --- | --- | --- |',
    ];
    for (const c of checks) {
        out.push(`| ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.signature)} | ${mark(c.result.verified)} | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.result.signer?.san ?? (c.result.publicKey ? `public key ${c.result.publicKey}` : '(none)'))} | ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(c.binding?.statement ?? '')} |`);
    }
    out.push('');
    return out;
}


/***/ }),

/***/ 23329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderReportJson),
/* harmony export */   U: () => (/* binding */ renderReportText)
/* harmony export */ });
/** The JSON report, stable key order as built, two-space indented, newline-terminated. */
function renderReportJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
const mark = (ok) => (ok ? '✓' : '✗');
/** A plain-text report: verdict, signer, every violation, then the checks that passed. */
function renderReportText(report) {
    const n = report.violations.length;
    const verdict = report.verified
        ? `VERIFIED: ${report.bundle ?? 'bundle'}`
        : `NOT VERIFIED: ${n} violation${n === 1 ? '' : 's'}${report.bundle ? ` (${report.bundle})` : ''}`;
    const sections = [
        signerLines(report),
        section('Violations:', report.violations.flatMap(violationLines)),
        section('Warnings (known advisories; a policy makes them violations):', report.warnings.map((w) => `  ! ${w}`)),
        section('Model:', [
            ...report.subjects.map((c) => `  ${mark(c.ok)} ${c.name}${c.kind === 'directory' ? '/' : ''} ${c.actual ?? ''}`.trimEnd()),
            ...coverageLine(report),
        ]),
        section('Identity checks passed:', report.identity.filter((c) => c.ok).map((c) => `  ✓ ${c.check}: ${c.expected}`)),
        section('Policy rules passed:', report.rules.filter((r) => r.status === 'passed').map((r) => `  ✓ ${r.rule}: ${r.reason}`)),
        // Never with ✓: what was not evaluated is not shown to hold.
        section('Policy rules not evaluated:', report.rules
            .filter((r) => r.status === 'not-evaluated')
            .map((r) => `  - ${r.rule}: ${r.reason}`)),
        statementLines(report),
        report.attempts.length > 1
            ? section('Bundles tried:', report.attempts.map((a) => `  ${mark(a.verified)} ${a.source}${a.verified ? '' : `: ${a.firstViolation ?? `stopped at ${a.stage}`}`}`))
            : [],
    ];
    return `${[verdict, ...sections.flat()].join('\n')}\n`;
}
/** How many of the signed subjects the model patterns cover were found and checked. */
function coverageLine({ coverage: c }) {
    if (!c)
        return [];
    return [`  ${c.checked} of ${c.signed} signed subject${c.signed === 1 ? '' : 's'} checked`];
}
/** A titled block after a blank line, or nothing when it has no lines. */
const section = (title, lines) => lines.length > 0 ? ['', title, ...lines] : [];
function signerLines(report) {
    const out = [];
    const s = report.signer;
    if (report.signedWithKey)
        out.push('', `Signer: ${report.signedWithKey}; no CI certificate, so no CI identity`);
    if (s) {
        out.push('', 'Signer (from the certificate):');
        out.push(`  identity (SAN):   ${s.san ?? '(none)'}`);
        out.push(`  issuer:           ${s.issuer ?? '(none)'}`);
        if (s.sourceRepositoryUri)
            out.push(`  repository:       ${s.sourceRepositoryUri}`);
        if (s.sourceRepositoryRef)
            out.push(`  ref:              ${s.sourceRepositoryRef}`);
        if (s.sourceRepositoryDigest)
            out.push(`  commit:           ${s.sourceRepositoryDigest}`);
        if (s.runnerEnvironment)
            out.push(`  runner:           ${s.runnerEnvironment}`);
        if (s.runInvocationUri)
            out.push(`  run:              ${s.runInvocationUri}`);
        out.push(`  certificate CA:   ${s.certificateIssuer}`);
    }
    if (report.trustedRoot)
        out.push(`  trusted root:     ${report.trustedRoot.name} (${report.trustedRoot.source})`);
    if (report.logIndex)
        out.push(`  log index:        ${report.logIndex}${report.integratedTime ? ` at ${report.integratedTime}` : ''}`);
    for (const t of report.timestamps)
        out.push(`  timestamp (TSA):  ${t}`);
    if (report.signedAt)
        out.push(`  signed at:        ${report.signedAt.time} (${report.signedAt.source})`);
    return out;
}
function violationLines(v) {
    const out = [`  ✗ [${v.kind}] ${v.rule}: ${v.message}`];
    if (v.expected !== undefined || v.actual !== undefined) {
        out.push(`      expected: ${v.expected ?? '(n/a)'}`);
        out.push(`      actual:   ${v.actual ?? '(absent)'}`);
    }
    if (v.fix)
        out.push(`      fix: ${v.fix}`);
    return out;
}
function statementLines(report) {
    const st = report.statement;
    if (!st)
        return [];
    const out = ['', 'Statement:', `  predicate:  ${st.predicateType}`];
    if (st.buildType)
        out.push(`  buildType:  ${st.buildType}`);
    out.push(`  subjects:   ${st.subjects}`);
    if (st.datasets !== undefined)
        out.push(`  datasets:   ${st.datasets}`);
    if (st.packages !== undefined)
        out.push(`  packages:   ${st.packages}`);
    if (st.finishedOn)
        out.push(`  finished:   ${st.finishedOn}`);
    return out;
}


/***/ })

};
