export const id = 711;
export const ids = [711];
export const modules = {

/***/ 50344:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ inOrder)
/* harmony export */ });
// Work started at once, reported as if done one after the other: the same bad input always
// gives the same message, whichever promise happens to fail first.
/** Await every promise; fail with the first failure in argument order, not in time order. */
async function inOrder(...promises) {
    const settled = await Promise.allSettled(promises);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((r) => r.value);
}


/***/ }),

/***/ 43102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Q: () => (/* binding */ directoryRoot),
/* harmony export */   gO: () => (/* binding */ rootInSignedOrder),
/* harmony export */   ge: () => (/* binding */ digestsOnDisk)
/* harmony export */ });
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33018);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11833);
/* harmony import */ var _shards_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25946);
/* harmony import */ var _single_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80526);
// The model on disk as a signature names it: every file (or byte range, for a shard signature)
// with its digest under the signature's hash type, and the root over them in the order the
// signature lists them, as model_signing verifies.




/** The files of `model` (a directory, or one file) with their digests, as `signed` names them. */
async function digestsOnDisk(model, kind, signed, ignorePaths, cache) {
    const algorithm = _layout_js__WEBPACK_IMPORTED_MODULE_1__/* .OMS_HASH_TYPES */ .LB[signed.hashType].algorithm;
    const names = new Set(signed.resources.map((r) => r.name));
    if (kind === 'file') {
        if (signed.method === 'shards') {
            // Shards are named `NAME:start:end`; the file's name is what comes before the range.
            const own = [...new Set([...names].map((n) => n.replace(/:\d+:\d+$/, '')))];
            return (0,_shards_js__WEBPACK_IMPORTED_MODULE_2__/* .diskShards */ .J)([{ path: model, relPath: (0,_single_file_js__WEBPACK_IMPORTED_MODULE_3__/* .singleFileName */ .oz)(own, model) }], signed, names);
        }
        // Through the cache, the provenance's check of the same file and this one read it once.
        const { digest } = cache
            ? await cache.file(model, algorithm)
            : await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .hashFile */ .DC)(model, algorithm, { input: 'model' });
        return [{ relPath: (0,_single_file_js__WEBPACK_IMPORTED_MODULE_3__/* .singleFileName */ .oz)([...names], model), digest }];
    }
    const walk = { ignorePaths, input: 'model', followLinks: signed.allowSymlinks };
    if (signed.method === 'shards') {
        const { files } = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listDirectory */ .KG)(model, walk);
        return (0,_shards_js__WEBPACK_IMPORTED_MODULE_2__/* .diskShards */ .J)(files, signed, names);
    }
    if (signed.hashType !== 'sha256') {
        const { files } = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listDirectory */ .KG)(model, walk);
        const hashed = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .hashFilesWith */ .O_)(files, [algorithm], { input: 'model' });
        return hashed.map((f) => ({ relPath: f.relPath, digest: f.digest[algorithm] }));
    }
    const disk = cache
        ? await cache.directory(model, ignorePaths, signed.allowSymlinks)
        : await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .digestDirectory */ .qW)(model, walk);
    return disk.files.map((f) => ({ relPath: f.relPath, digest: f.sha256 }));
}
/**
 * The root over the files on disk in the order the signature lists them, as model_signing
 * verifies: it writes Python's PurePosixPath order, the specification says code-point order, and
 * the two differ where a name has a character below `/` where they branch (`tokenizer.json`
 * beside `tokenizer/`). A signature from either passes. Undefined when a listed file is missing.
 */
function rootInSignedOrder(signed, files) {
    const byName = new Map(files.map((f) => [f.relPath, f.digest]));
    const digests = signed.resources.map((r) => byName.get(r.name));
    return digests.every((d) => d !== undefined) ? (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rootOfDigests */ .nv)(digests) : undefined;
}
/** The root in PurePosixPath order: what a directory subject records (`model_signing digest`). */
function directoryRoot(files) {
    const sorted = [...files].sort((a, b) => (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareOmsPaths */ .xH)(a.relPath, b.relPath));
    return (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rootOfDigests */ .nv)(sorted.map((f) => f.digest));
}


/***/ }),

/***/ 68123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QA: () => (/* binding */ normalizeIgnorePaths),
/* harmony export */   _l: () => (/* binding */ pathInside),
/* harmony export */   pi: () => (/* binding */ isIgnored)
/* harmony export */ });
/* unused harmony export normalizeIgnorePath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// Ignore paths as OMS records them: relative to the model directory, a directory ignoring
// everything below it (Python's `is_relative_to`). Recorded lists come from other tools, so
// they are normalised before use and entries that cannot name anything inside the model
// (absolute, `..`, empty) are dropped rather than trusted.

/** `./a/b/` → `a/b`; undefined when the entry cannot name a path inside the model. */
function normalizeIgnorePath(p) {
    let v = p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    v = v.replace(/\/{2,}/g, '/');
    if (v === '' || v === '.' || v.startsWith('/'))
        return undefined;
    if (v.split('/').some((c) => c === '..' || c === '.'))
        return undefined;
    return v;
}
/** Normalised, de-duplicated and sorted (code unit order, for a stable recorded list). */
function normalizeIgnorePaths(paths) {
    const out = new Set();
    for (const p of paths) {
        const n = normalizeIgnorePath(p);
        if (n !== undefined)
            out.add(n);
    }
    return [...out].sort();
}
/** True when `relPath` is an ignored path or lies below one. */
function isIgnored(relPath, ignorePaths) {
    return ignorePaths.some((i) => relPath === i || relPath.startsWith(`${i}/`));
}
/** The POSIX path of `file` relative to `dir`, or undefined when it is not inside `dir`. */
function pathInside(dir, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(file));
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return undefined;
    return node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '/' ? rel : rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ }),

/***/ 25946:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ shardsOf),
/* harmony export */   J: () => (/* binding */ diskShards)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33018);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11833);
// OMS shard serialization (spec §6.3.2): each file is cut into byte ranges of `shard_size`
// (the last one shorter; an empty file has none), each named `path:start:end` (end exclusive)
// and hashed on its own, on every core through the hashing pool, as whole files are. The files
// on disk are cut the same way when a shard signature is checked.



/** The files' shards, in the files' order, each a byte range named `path:start:end`. */
async function shardsOf(files, shardSize) {
    const out = [];
    for (const f of files) {
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.path);
        for (let start = 0; start < size; start += shardSize) {
            const end = Math.min(start + shardSize, size);
            out.push({ path: f.path, relPath: `${f.relPath}:${start}:${end}`, range: { start, end } });
        }
    }
    return out;
}
/**
 * The files' shards as `{relPath: name, digest}`: every shard on disk, hashed under the
 * signature's hash type when the signature lists it (the others are extra whatever they hold).
 */
async function diskShards(files, how, signed) {
    const algorithm = _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_HASH_TYPES */ .LB[how.hashType].algorithm;
    const shards = await shardsOf(files, how.shardSize);
    const listed = shards.filter((s) => signed.has(s.relPath));
    const hashed = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .hashFilesWith */ .O_)(listed, [algorithm], { input: 'model' });
    const digests = new Map(hashed.map((h) => [h.relPath, h.digest[algorithm]]));
    return shards.map((s) => ({ relPath: s.relPath, digest: digests.get(s.relPath) ?? '' }));
}


/***/ }),

/***/ 27890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ signModelDirectory),
/* harmony export */   uM: () => (/* binding */ signModelManifest)
/* harmony export */ });
/* unused harmony export fallbackSignaturePath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
/* harmony import */ var _sign_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76452);
/* harmony import */ var _sign_sign_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66613);
/* harmony import */ var _store_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7216);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11833);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23238);
// Writes an OMS signature (model.sig) for a model directory, signed with the same keyless
// identity as the provenance. The signature goes into the directory, where model_signing
// looks for it; when the directory cannot be written (a read-only checkout, a mounted
// volume) it goes to the output directory instead, and the log says where.









async function writable(dir) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Where the signature of `dir` goes when the directory itself cannot take it. */
function fallbackSignaturePath(outputDir, dirName, sigName) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, dirName, sigName);
}
/**
 * Sign `dir` (already hashed by the attest step) as OMS v1.0 and write model.sig. The root
 * equals `dir.root` when the directory was digested with OMS_SIGNING_IGNORES; otherwise the
 * files OMS ignores are left out, the root recomputed, and the log says so.
 */
async function signModelDirectory(dir, opts) {
    const manifest = (0,_statement_js__WEBPACK_IMPORTED_MODULE_8__/* .omsManifest */ .hv)(dir, { signatureName: opts.signatureName ?? _layout_js__WEBPACK_IMPORTED_MODULE_7__/* .OMS_SIGNATURE_NAME */ .HW });
    if (manifest.dropped.length > 0) {
        opts.log?.(`model signature for ${dir.path}: left out ${manifest.dropped.join(', ')} (OMS ignores ${manifest.ignorePaths.join(', ')}); ` +
            `its root ${manifest.root} differs from the directory digest ${dir.root}`);
    }
    else if (manifest.root !== manifest.directoryRoot) {
        opts.log?.(`model signature for ${dir.path}: files listed in the specification's code-point order, so its root ${manifest.root} ` +
            `differs from the directory digest ${manifest.directoryRoot} (PurePosixPath order); verify ties them by the signed files`);
    }
    return signModelManifest(manifest, dir.path, opts);
}
/** Sign `manifest`, the model at `modelPath`, and write the signature (see signModelDirectory). */
async function signModelManifest(manifest, modelPath, opts) {
    const sigName = opts.signatureName ?? _layout_js__WEBPACK_IMPORTED_MODULE_7__/* .OMS_SIGNATURE_NAME */ .HW;
    const inDir = opts.path ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(modelPath, sigName);
    const fallback = opts.outputDir
        ? fallbackSignaturePath(opts.outputDir, manifest.name, sigName)
        : undefined;
    const dirWritable = opts.path !== undefined || (await writable(modelPath));
    if (!dirWritable && !fallback)
        throw notWritable(modelPath, 'it is not writable');
    const signed = await signManifest((0,_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .omsPayload */ .mi)((0,_statement_js__WEBPACK_IMPORTED_MODULE_8__/* .statementOf */ .T8)(manifest)), opts);
    const text = JSON.stringify(signed.bundle);
    let path = inDir;
    let inModelDirectory = true;
    let why = 'it is not writable';
    if (dirWritable) {
        try {
            await (0,_store_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(inDir, text, 'model-signature');
        }
        catch (e) {
            if (!fallback || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isProvenanceError */ .Ev)(e))
                throw e;
            why = `writing failed (${e.cause?.message ?? e.message})`;
            inModelDirectory = false;
        }
    }
    else
        inModelDirectory = false;
    if (!inModelDirectory) {
        path = fallback;
        await (0,_store_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path, text, 'output-dir');
        opts.log?.(`model signature for ${modelPath} written to ${path}: ${why}`);
    }
    return {
        path,
        inModelDirectory,
        root: manifest.root,
        bundle: signed.bundle,
        logIndex: signed.logIndex,
        certificatePem: signed.certificatePem,
        dropped: manifest.dropped,
    };
}
/** Keyless through Sigstore, or with the key given (a bundle with its hint, no log). */
async function signManifest(payload, opts) {
    if (opts.key)
        return {
            bundle: await (0,_sign_key_js__WEBPACK_IMPORTED_MODULE_4__/* .signWithKey */ .Ft)(payload, opts.key, { modelSignature: true }),
            logIndex: undefined,
            certificatePem: opts.key.certificatePem ?? '',
        };
    return (0,_sign_sign_js__WEBPACK_IMPORTED_MODULE_5__/* .signStatement */ .f)(payload, {
        endpoints: opts.endpoints,
        token: opts.token,
        log: opts.log,
        timeoutMs: opts.timeoutMs,
        retry: opts.retry,
    });
}
function notWritable(dir, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('STORAGE_FAILED', `cannot write the model signature into ${dir}: ${why}`, {
        input: 'model-signature',
        value: dir,
        fix: 'make the model directory writable, or set output-dir so that model.sig is written there',
    });
}


/***/ }),

/***/ 80526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ digestModelFile),
/* harmony export */   g: () => (/* binding */ defaultFileSignature),
/* harmony export */   oz: () => (/* binding */ singleFileName),
/* harmony export */   z$: () => (/* binding */ SINGLE_FILE_RESOURCE)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33018);
// A model that is one file (a .gguf, a .safetensors): model_signing signs it as a manifest of one
// resource named by the file's path relative to itself, `.`, under the file's name as subject.
// A signature naming the resource by the file's name instead is read too.


/** The resource name model_signing gives a single-file model: its path relative to itself. */
const SINGLE_FILE_RESOURCE = '.';
/** The file as a one-resource model, ready for omsManifest; `path` is the file itself. */
async function digestModelFile(path, onProgress) {
    const { digest, size } = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .hashFile */ .DC)(path, 'sha256', { input: 'model', onProgress });
    const file = {
        path,
        relPath: SINGLE_FILE_RESOURCE,
        size,
        sha256: digest,
    };
    return { path, files: [file], root: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rootOfDigests */ .nv)([digest]), ignorePaths: [], totalBytes: size };
}
/**
 * The name to check the file under: the signature's own when it names its one resource `.` or
 * after the file, so either form verifies; otherwise `.`, and the mismatch is reported.
 */
function singleFileName(signedNames, file) {
    const own = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(file));
    return signedNames.length === 1 && signedNames[0] === own ? own : SINGLE_FILE_RESOURCE;
}
/** Where a single file's signature goes by default: beside it, as FILE.sig. */
const defaultFileSignature = (file) => `${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(file)}.sig`;


/***/ }),

/***/ 23238:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ statementOf),
/* harmony export */   hv: () => (/* binding */ omsManifest),
/* harmony export */   km: () => (/* binding */ serializeModel)
/* harmony export */ });
/* unused harmony export buildOmsStatement */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33018);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11833);
/* harmony import */ var _disk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43102);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68123);
/* harmony import */ var _shards_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25946);
/* harmony import */ var _single_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(80526);
// Builds the OMS statement for a model. From the digests the attest step already computed (files,
// sha256): no second hashing pass. Or, for another serialization (shards, blake2b, blake3), from
// a listing of the model, each file or byte range hashed once here. Files under the recorded
// ignore paths (the signature file among them) are left out, and the root is computed from the
// rest.








/** The files the signature covers, the ignore list it records and what that list dropped. */
function select(model, opts) {
    // A single-file model has nothing to leave out: nothing is below it.
    const single = model.files.length === 1 && model.files[0].relPath === _single_file_js__WEBPACK_IMPORTED_MODULE_7__/* .SINGLE_FILE_RESOURCE */ .z$;
    const ignorePaths = single
        ? []
        : (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeIgnorePaths */ .QA)([
            ...model.ignorePaths,
            opts.signatureName ?? _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .OMS_SIGNATURE_NAME */ .HW,
            ...(opts.ignorePaths ?? []),
        ]);
    const kept = [];
    const dropped = [];
    for (const f of model.files) {
        if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isIgnored */ .pi)(f.relPath, ignorePaths))
            dropped.push(f.relPath);
        else
            kept.push(f);
    }
    if (kept.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `the model directory ${model.path} holds no file to sign`, {
            input: 'model',
            value: model.path,
            fix: `check that training wrote the model there (names ignored: ${ignorePaths.join(', ')})`,
        });
    }
    kept.sort((a, b) => (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSpecPaths */ .vb)(a.relPath, b.relPath));
    const name = opts.name ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(model.path));
    return { name, kept, ignorePaths, dropped, allowSymlinks: model.allowSymlinks === true };
}
/** The files and sha256 manifest of a directory already digested. */
function omsManifest(dir, opts = {}) {
    const { kept, ...rest } = select(dir, opts);
    const resources = kept.map((f) => ({ name: f.relPath, digest: f.sha256 }));
    return {
        ...rest,
        serialization: { method: 'files', hashType: 'sha256' },
        resources,
        root: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .rootOfDigests */ .nv)(resources.map((r) => r.digest)),
        directoryRoot: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .omsRootDigest */ .KN)(kept),
    };
}
/** The manifest of a listed model under `how`: every file, or every shard of one, hashed. */
async function serializeModel(model, how, opts = {}) {
    const { kept, ...rest } = select(model, opts);
    const toHash = how.method === 'files' ? kept : await (0,_shards_js__WEBPACK_IMPORTED_MODULE_6__/* .shardsOf */ .$)(kept, how.shardSize);
    const algorithm = _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .OMS_HASH_TYPES */ .LB[how.hashType].algorithm;
    const hashed = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFilesWith */ .O_)(toHash, [algorithm], {
        input: 'model',
        onProgress: opts.onProgress,
    });
    const resources = hashed
        .map((h) => ({ name: h.relPath, digest: h.digest[algorithm] }))
        .sort((a, b) => (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSpecPaths */ .vb)(a.name, b.name));
    const files = resources.map((r) => ({ relPath: r.name, digest: r.digest }));
    return {
        ...rest,
        serialization: how,
        resources,
        root: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .rootOfDigests */ .nv)(resources.map((r) => r.digest)),
        ...(how.method === 'files' ? { directoryRoot: (0,_disk_js__WEBPACK_IMPORTED_MODULE_4__/* .directoryRoot */ ._Q)(files) } : {}),
    };
}
/** The OMS v1.0 statement of a directory, in model_signing's layout. */
function buildOmsStatement(dir, opts = {}) {
    return statementOf(omsManifest(dir, opts));
}
function statementOf(m) {
    const { method, hashType, shardSize } = m.serialization;
    return {
        _type: _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .OMS_STATEMENT_TYPE */ .XX,
        subject: [{ name: m.name, digest: { sha256: m.root } }],
        predicateType: _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .OMS_PREDICATE_TYPE */ .hC,
        predicate: {
            serialization: {
                method,
                hash_type: hashType,
                ...(method === 'shards' ? { shard_size: shardSize } : {}),
                allow_symlinks: m.allowSymlinks,
                ignore_paths: m.ignorePaths,
            },
            resources: m.resources.map((r) => ({ algorithm: hashType, digest: r.digest, name: r.name })),
        },
    };
}


/***/ }),

/***/ 66613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ signStatement),
  K: () => (/* binding */ signStatements)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/src/sign/one-certificate.js
// One Fulcio certificate for every statement of a run. attest signs two statements with the
// same identity; asking Fulcio twice would double its share of the cost and give the two
// bundles different keys for no gain. The ephemeral key lives only in this object, and
// the certificate (valid ten minutes) is only reused within one attest.

/** An in-memory P-256 key, as @sigstore/sign's own ephemeral signer makes. */
class EphemeralKey {
    privateKey;
    publicKeyPem;
    constructor() {
        const pair = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
        this.privateKey = pair.privateKey;
        this.publicKeyPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    }
    async sign(data) {
        return {
            signature: (0,external_node_crypto_.sign)('sha256', data, this.privateKey),
            key: { $case: 'publicKey', publicKey: this.publicKeyPem },
        };
    }
}
/**
 * Signs with `key`; the first call goes through `certifying` (a FulcioSigner over the same
 * key), later ones reuse the certificate it returned. Concurrent calls wait for that first
 * certificate, and fail with it.
 */
class OneCertificateSigner {
    certifying;
    key;
    certificate;
    constructor(certifying, key) {
        this.certifying = certifying;
        this.key = key;
    }
    async sign(data) {
        if (!this.certificate) {
            const first = this.certifying.sign(data);
            this.certificate = first.then((s) => {
                if (s.key.$case !== 'x509Certificate')
                    throw new Error('Fulcio returned no certificate');
                return s.key.certificate;
            });
            // The first caller gets the failure itself; later ones, if any, get it through here.
            this.certificate.catch(() => { });
            return first;
        }
        const certificate = await this.certificate;
        const { signature } = await this.key.sign(data);
        return { signature, key: { $case: 'x509Certificate', certificate } };
    }
}

// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(53053);
// EXTERNAL MODULE: ./build/src/net/retry.js
var retry = __webpack_require__(56683);
;// CONCATENATED MODULE: ./build/src/sign/retry.js
// Retries around the Sigstore services (Fulcio, Rekor, TSA). @sigstore/sign can retry by
// itself, but it waits on its own schedule and never reads `retry-after`, so a rate-limited
// job would spend its retries while still being told to wait. Its own retries are turned off
// (sign.ts) and each service call is wrapped here instead: the same bounded policy as the
// GitHub API calls (src/net/retry.ts), with the server's `retry-after` honoured up to a cap.
//
// @sigstore/sign's errors carry the HTTP status but not the headers. The headers are read
// from Node's `http.client.response.finish` diagnostics channel, which every http(s) request
// in the process publishes to, keyed by the service's host.


const SIGN_RETRY = {
    retries: 3,
    baseDelayMs: 500,
    maxDelayMs: 5_000,
    retryAfterCapMs: 30_000,
};
const RESPONSE_CHANNEL = 'http.client.response.finish';
/** The last answer each host gave while signing: its status and `retry-after`, if any. */
class ResponseLog {
    last = new Map();
    listener = (message) => {
        const { request, response } = message;
        const host = String(request?.getHeader?.('host') ?? request?.host ?? '').toLowerCase();
        if (!host || typeof response?.statusCode !== 'number')
            return;
        const ra = response.headers?.['retry-after'];
        this.last.set(host, {
            status: response.statusCode,
            retryAfter: (Array.isArray(ra) ? ra[0] : ra) ?? null,
        });
    };
    start() {
        (0,external_node_diagnostics_channel_.subscribe)(RESPONSE_CHANNEL, this.listener);
        return this;
    }
    stop() {
        (0,external_node_diagnostics_channel_.unsubscribe)(RESPONSE_CHANNEL, this.listener);
    }
    /** The `retry-after` of the host's last answer, when that answer had this status. */
    retryAfter(host, status) {
        const r = this.last.get(host.toLowerCase());
        return r && r.status === status ? r.retryAfter : null;
    }
}
/** What went wrong in one call to a service, from @sigstore/sign's error and the response log. */
function classifySigstoreError(e, host, responses) {
    const cause = e?.cause ?? e;
    const status = cause?.statusCode;
    if (typeof status === 'number')
        return { status, retryAfter: responses.retryAfter(host, status) };
    // make-fetch-happen rejects with a FetchError for resets, refusals and its own timeout.
    const fetchError = cause;
    if (fetchError?.name === 'FetchError') {
        const detail = fetchError.type === 'request-timeout'
            ? 'timed out'
            : typeof fetchError.code === 'string' && fetchError.code !== 'FETCH_ERROR'
                ? fetchError.code
                : undefined;
        return { network: true, detail };
    }
    // Anything else (a refused token, a malformed answer) would fail the same way again.
    return {};
}
function hostOf(url) {
    return new URL(url).host;
}
function retryingSigner(inner, service, url, ctx) {
    const host = hostOf(url);
    return {
        sign: (data) => (0,retry/* withRetry */.bD)(`${service} at ${url}`, () => inner.sign(data), (e) => classifySigstoreError(e, host, ctx.responses), { policy: ctx.policy, log: ctx.log }),
    };
}
function retryingWitness(inner, service, url, ctx) {
    const host = hostOf(url);
    return {
        testify: (content, publicKey) => (0,retry/* withRetry */.bD)(`${service} at ${url}`, () => inner.testify(content, publicKey), (e) => classifySigstoreError(e, host, ctx.responses), { policy: ctx.policy, log: ctx.log }),
    };
}

// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
;// CONCATENATED MODULE: ./build/src/sign/sign.js
// Keyless signing of a statement as a DSSE envelope in a Sigstore bundle v0.3.
// The cryptography, the Fulcio/Rekor/TSA protocols and the bundle layout are
// @sigstore/sign's; this module chooses the witnesses, bounds retries and time (retry.ts),
// and turns a failure into one line that names the service and its URL.






async function signStatement(payload, opts) {
    const [result] = await signStatements([payload], opts);
    return result;
}
/**
 * Signs each payload as its own bundle, all under one Fulcio certificate and at once: Rekor
 * and the TSA are asked in parallel, Fulcio once. Results are in payload order; if any
 * signing fails, the whole call fails, so a run never keeps one signed statement of two.
 */
async function signStatements(payloads, opts) {
    const { endpoints } = opts;
    // @sigstore/sign's own retries are off: each service call is retried around it (retry.ts),
    // on a schedule that honours retry-after.
    const fetchOptions = { timeout: opts.timeoutMs ?? 30_000, retry: 0 };
    const responses = new ResponseLog();
    const ctx = {
        policy: { ...SIGN_RETRY, ...opts.retry },
        responses,
        log: opts.log,
    };
    const key = new EphemeralKey();
    const signer = new OneCertificateSigner(retryingSigner(new sign_dist/* FulcioSigner */.$o({
        identityProvider: { getToken: async () => opts.token },
        fulcioBaseURL: endpoints.fulcioUrl,
        keyHolder: key,
        ...fetchOptions,
    }), 'fulcio', endpoints.fulcioUrl, ctx), key);
    const builder = new sign_dist/* DSSEBundleBuilder */.VV({
        signer,
        witnesses: witnesses(endpoints, fetchOptions, ctx),
        certificateChain: false,
    });
    responses.start();
    try {
        const bundles = await Promise.all(payloads.map((data) => builder.create({ data, type: layout/* IN_TOTO_PAYLOAD_TYPE */.T4 })));
        return bundles.map(toResult);
    }
    catch (e) {
        throw signingError(e, endpoints, opts.token);
    }
    finally {
        responses.stop();
    }
}
function witnesses(endpoints, fetchOptions, ctx) {
    const out = [];
    if (endpoints.rekorUrl) {
        const rekor = new sign_dist/* RekorWitness */.fU({
            rekorBaseURL: endpoints.rekorUrl,
            entryType: 'dsse',
            fetchOnConflict: true,
            ...fetchOptions,
        });
        out.push(retryingWitness(rekor, 'rekor', endpoints.rekorUrl, ctx));
    }
    if (endpoints.tsaUrl) {
        const tsa = new sign_dist/* TSAWitness */.gs({ tsaBaseURL: endpoints.tsaUrl, ...fetchOptions });
        out.push(retryingWitness(tsa, 'tsa', endpoints.tsaUrl, ctx));
    }
    return out;
}
function toResult(bundle) {
    const json = (0,dist.bundleToJSON)(bundle);
    const vm = json.verificationMaterial;
    const rawCert = vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes ?? '';
    return {
        bundle: json,
        logIndex: vm.tlogEntries?.[0]?.logIndex,
        certificatePem: toPem(rawCert),
    };
}
function toPem(base64Der) {
    const lines = base64Der.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
const SERVICE_OF_CODE = {
    CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'fulcio',
    TLOG_CREATE_ENTRY_ERROR: 'rekor',
    TLOG_FETCH_ENTRY_ERROR: 'rekor',
    TSA_CREATE_TIMESTAMP_ERROR: 'tsa',
    IDENTITY_TOKEN_READ_ERROR: 'oidc',
    IDENTITY_TOKEN_PARSE_ERROR: 'oidc',
};
function signingError(e, endpoints, token) {
    const err = e;
    const service = err.code ? SERVICE_OF_CODE[err.code] : undefined;
    const url = service === 'fulcio'
        ? endpoints.fulcioUrl
        : service === 'rekor'
            ? endpoints.rekorUrl
            : service === 'tsa'
                ? endpoints.tsaUrl
                : undefined;
    const detail = [err.message, err.cause?.message].filter(Boolean).join(': ');
    const where = service && url ? `${service} at ${url}` : `the ${endpoints.instance} Sigstore instance`;
    // A service may echo the request; the token must not reach a log through an error text.
    const safe = detail.split(token).join('***');
    return new errors/* ProvenanceError */.CG('SERVICE_FAILED', `signing failed at ${where}: ${safe}`, {
        input: 'sigstore',
        value: endpoints.instance,
        fix: service === 'fulcio'
            ? 'check that the OIDC token is for this instance (audience sigstore) and that the service is reachable; re-run the job'
            : 'the service did not answer after retries: re-run the job, or check the endpoint URL',
        cause: e,
    });
}


/***/ })

};
