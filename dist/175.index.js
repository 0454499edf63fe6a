export const id = 175;
export const ids = [175,112];
export const modules = {

/***/ 99158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lv: () => (/* binding */ parseSeverity),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   xJ: () => (/* binding */ severityOf)
/* harmony export */ });
/* unused harmony export SEVERITIES */
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44353);
// How severe an advisory is, in the four levels advisory databases use. GitHub's records
// state a level (`database_specific.severity`, MODERATE for medium); otherwise the level
// comes from the record's CVSS vector, scored by a CVSS library on FIRST's bands.

const SEVERITIES = ['low', 'medium', 'high', 'critical'];
/** A level as a policy writes it (`moderate` is GitHub's word for medium). */
function parseSeverity(text) {
    const t = text.trim().toLowerCase();
    if (t === 'moderate')
        return 'medium';
    return SEVERITIES.includes(t) ? t : undefined;
}
function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
// FIRST's qualitative bands (CVSS v3.1 specification §5; v4.0 keeps them).
function band(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return undefined;
}
function scoreVector(vector) {
    try {
        const v = ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__.fromVector(vector);
        const base = v?.calculateScores().base;
        return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
    }
    catch {
        return undefined;
    }
}
/** The record's level, with the CVSS score it came from if the record states no level. */
function severityOf(r) {
    const stated = r.database_specific?.severity;
    if (typeof stated === 'string') {
        const level = parseSeverity(stated);
        if (level)
            return { level };
    }
    for (const s of r.severity ?? []) {
        if (!s.type.startsWith('CVSS_'))
            continue;
        const score = scoreVector(s.score);
        const level = score === undefined ? undefined : band(score);
        if (level)
            return { level, from: `${s.type.replace('_', ' ')} ${score.toFixed(1)}` };
    }
    return undefined;
}


/***/ }),

/***/ 75645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ checkProof),
/* harmony export */   k_: () => (/* binding */ parseProof),
/* harmony export */   r_: () => (/* binding */ makeProof)
/* harmony export */ });
/* unused harmony export PROOF_TYPE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4715);
/* harmony import */ var _merkle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23265);
/* harmony import */ var _leaves_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36511);
// Proofs that a digest is, or is not, in a committed set (docs/commitments.md). A member is
// shown by its leaf and audit path. A non-member is shown by the leaves on either side of where
// it would sort, with their audit paths: adjacent positions in a sorted tree leave no room for
// it. At the ends, one neighbour (index 0, or the last index) is enough.




const PROOF_TYPE = 'https://training-provenance.github.io/proofs/dataset-content/v1';
const hexOf = (d) => d.replace(/^sha256:/, '');
/** Leaves of the tree are sorted, so the digest's place is found by binary search. */
function lowerBound(leaves, size, target) {
    let lo = 0;
    let hi = size;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = leaves.subarray(mid * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA, (mid + 1) * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA).compare(target);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The proof for `digest` (lower-case hex) against the tree built from `leaves` (sorted set). */
function makeProof(tree, leaves, digest) {
    const target = Buffer.from(digest, 'hex');
    const at = lowerBound(leaves, tree.size, target);
    const leafAt = (i) => ({
        leaf: `sha256:${leaves.subarray(i * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA, (i + 1) * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA).toString('hex')}`,
        index: i,
        path: tree.auditPath(i).map((h) => h.toString('hex')),
    });
    const member = at < tree.size && leafAt(at).leaf === `sha256:${digest}`;
    const indices = member ? [at] : [at - 1, at].filter((i) => i >= 0 && i < tree.size);
    return {
        proofType: PROOF_TYPE,
        digest: `sha256:${digest}`,
        commitment: {
            scheme: _leaves_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMITMENT_SCHEME */ .gm,
            root: tree.root.toString('hex'),
            leaves: tree.size,
        },
        member,
        leaves: indices.map(leafAt),
    };
}
/** Checks a proof against a commitment taken from a signed record; never trusts the proof's own. */
function checkProof(proof, committed) {
    if (committed.scheme !== _leaves_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMITMENT_SCHEME */ .gm)
        return {
            ok: false,
            reason: `the record commits with '${committed.scheme}', not ${_leaves_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMITMENT_SCHEME */ .gm}`,
        };
    if (proof.commitment.root !== committed.root || proof.commitment.leaves !== committed.leaves)
        return {
            ok: false,
            reason: `the proof is against root ${proof.commitment.root} (${proof.commitment.leaves} leaves), the record commits to ${committed.root} (${committed.leaves} leaves)`,
        };
    const root = Buffer.from(committed.root, 'hex');
    for (const l of proof.leaves) {
        const got = (0,_merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .rootFromAuditPath */ .J$)(Buffer.from(hexOf(l.leaf), 'hex'), l.index, committed.leaves, l.path.map((p) => Buffer.from(p, 'hex')));
        if (!got || !got.equals(root))
            return {
                ok: false,
                reason: `the audit path of leaf #${l.index} (${l.leaf}) does not lead to the committed root`,
            };
    }
    return proof.member ? checkMember(proof) : checkAbsent(proof, committed.leaves);
}
function checkMember(proof) {
    if (proof.leaves.length !== 1 || proof.leaves[0].leaf !== proof.digest)
        return {
            ok: false,
            reason: `a membership proof shows the digest's own leaf, and this one shows ${proof.leaves.map((l) => l.leaf).join(', ') || 'none'}`,
        };
    return { ok: true, member: true };
}
function checkAbsent(proof, size) {
    const d = hexOf(proof.digest);
    const [a, b] = proof.leaves;
    const below = (l) => hexOf(l.leaf) < d;
    const above = (l) => hexOf(l.leaf) > d;
    if (size === 0 && proof.leaves.length === 0)
        return { ok: true, member: false };
    if (a && b && proof.leaves.length === 2) {
        if (b.index !== a.index + 1)
            return {
                ok: false,
                reason: `the neighbours #${a.index} and #${b.index} are not adjacent leaves`,
            };
        if (!below(a) || !above(b))
            return { ok: false, reason: `${proof.digest} does not sort between ${a.leaf} and ${b.leaf}` };
        return { ok: true, member: false };
    }
    if (a && proof.leaves.length === 1) {
        if (a.index === 0 && above(a))
            return { ok: true, member: false };
        if (a.index === size - 1 && below(a))
            return { ok: true, member: false };
        return {
            ok: false,
            reason: `one neighbour proves absence only as the first leaf above the digest or the last leaf below it; #${a.index} (${a.leaf}) is neither`,
        };
    }
    return {
        ok: false,
        reason: `a non-membership proof shows one or two neighbouring leaves, not ${proof.leaves.length}`,
    };
}
const HEX64 = /^[0-9a-f]{64}$/;
const SHA256 = /^sha256:[0-9a-f]{64}$/;
/**
 * A proof file's JSON, its shape checked: the answer to a malformed file is an input error
 * naming the field, never a proof that "does not hold".
 */
function parseProof(json, label) {
    const bad = (field, want) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `${label}: '${field}' ${want}`, {
        input: 'proof',
        value: label,
        fix: 'give a proof file written by `training-provenance prove` (docs/commitments.md)',
    });
    const o = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(json) ? json : {};
    if (o.proofType !== PROOF_TYPE)
        throw bad('proofType', `must be ${PROOF_TYPE}`);
    if (typeof o.digest !== 'string' || !SHA256.test(o.digest))
        throw bad('digest', 'must be sha256:<64 lower-case hex>');
    const c = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(o.commitment) ? o.commitment : {};
    if (c.scheme !== _leaves_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMITMENT_SCHEME */ .gm)
        throw bad('commitment.scheme', `must be ${_leaves_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMITMENT_SCHEME */ .gm}`);
    if (typeof c.root !== 'string' || !HEX64.test(c.root))
        throw bad('commitment.root', 'must be 64 lower-case hex');
    if (!Number.isSafeInteger(c.leaves) || c.leaves < 0)
        throw bad('commitment.leaves', 'must be a count');
    if (typeof o.member !== 'boolean')
        throw bad('member', 'must be true or false');
    if (!Array.isArray(o.leaves))
        throw bad('leaves', 'must be a list');
    const leaves = o.leaves.map((l, i) => {
        const at = `leaves[${i}]`;
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(l))
            throw bad(at, 'must be an object');
        if (typeof l.leaf !== 'string' || !SHA256.test(l.leaf))
            throw bad(`${at}.leaf`, 'must be sha256:<64 lower-case hex>');
        if (!Number.isSafeInteger(l.index) || l.index < 0)
            throw bad(`${at}.index`, 'must be a leaf index');
        if (!Array.isArray(l.path) || !l.path.every((p) => typeof p === 'string' && HEX64.test(p)))
            throw bad(`${at}.path`, 'must be a list of 64 lower-case hex hashes');
        return { leaf: l.leaf, index: l.index, path: [...l.path] };
    });
    return {
        proofType: PROOF_TYPE,
        digest: o.digest,
        commitment: { scheme: _leaves_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMITMENT_SCHEME */ .gm, root: c.root, leaves: c.leaves },
        member: o.member,
        leaves,
    };
}


/***/ }),

/***/ 41199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y$: () => (/* binding */ keyTrust),
  Kv: () => (/* binding */ signerOf),
  zI: () => (/* binding */ tufRefresh),
  MX: () => (/* binding */ verify),
  s6: () => (/* binding */ workspacePaths)
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
// EXTERNAL MODULE: ./build/src/hash/index.js + 2 modules
var hash = __webpack_require__(33018);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var statement_layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/verify/content.js
var content = __webpack_require__(49626);
// EXTERNAL MODULE: ./build/src/verify/violations.js
var violations = __webpack_require__(83171);
// EXTERNAL MODULE: ./build/src/oms/disk.js
var disk = __webpack_require__(43102);
;// CONCATENATED MODULE: ./build/src/oms/contents.js
// What of a model signature is OMS's own: its statement read (the predicate, the resources, the
// serialization), and the model on disk re-hashed against the signed resources, the recorded
// ignore paths re-applied. The signature itself is checked in src/verify/ (model-signature.ts),
// as every bundle's is.








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
async function checkFiles(signed, opts) {
    const { modelDir, kind } = opts;
    const out = {
        violations: [],
        files: { added: [], removed: [], renamed: [], changed: [] },
        ignorePaths: [],
    };
    // As model_signing verifies: git paths always, the recorded list, and the signature file
    // itself when it sits inside the model.
    const sigInside = (0,paths/* pathInside */._l)(modelDir, opts.sigPath);
    if (kind === 'directory')
        out.ignorePaths = (0,paths/* normalizeIgnorePaths */.QA)([
            ...hash/* OMS_DEFAULT_IGNORES */.ET,
            ...(signed.ignorePaths ?? []),
            ...(sigInside ? [sigInside] : []),
            ...(opts.ignorePaths ?? []).map((p) => ((0,external_node_path_.isAbsolute)(p) ? ((0,paths/* pathInside */._l)(modelDir, p) ?? '') : p)),
        ]);
    let files;
    try {
        files = await (0,disk/* digestsOnDisk */.ge)(modelDir, kind, signed, out.ignorePaths, opts.cache);
    }
    catch (e) {
        return { ...out, violations: [(0,violations/* fromError */.NQ)('subject', 'model', e)] };
    }
    // Unsigned files left aside: the root is the one over the files the signature lists.
    if (opts.ignoreUnsignedFiles)
        files = files.filter((f) => signed.resources.some((r) => r.name === f.relPath));
    // The directory's OMS root (what a provenance subject records); a shard signature has none.
    const inSignedOrder = (0,disk/* rootInSignedOrder */.gO)(signed, files);
    if (kind === 'file' && signed.method === 'files' && signed.hashType === 'sha256')
        out.fileDigest = files[0]?.digest;
    out.root = (signed.method === 'files' ? (0,disk/* directoryRoot */._Q)(files) : inSignedOrder);
    out.files = (0,content/* compareContent */.TH)(signed.resources, files.map((f) => ({ name: f.relPath, digest: f.digest })));
    const compared = inSignedOrder ?? out.root ?? '(none: files are missing)';
    out.violations = fileViolations(out.files, signed, compared, opts.model);
    return out;
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/identity/signer-policy.js
var signer_policy = __webpack_require__(51195);
// EXTERNAL MODULE: ./build/src/sign/key.js
var sign_key = __webpack_require__(76452);
// EXTERNAL MODULE: ./build/src/verify/bundles.js
var bundles = __webpack_require__(35886);
// EXTERNAL MODULE: ./build/src/verify/signer.js
var signer = __webpack_require__(54241);
;// CONCATENATED MODULE: ./build/src/verify/model-signature.js









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
    const keyed = Boolean(opts.publicKey || opts.certChain);
    if (!keyed)
        (0,signer_policy/* validateIdentityPolicy */.Nj)(opts.identity);
    const modelDir = (0,external_node_path_.resolve)(opts.modelDir);
    const kind = await modelKind(modelDir);
    const base = { signature: opts.sigPath, model: opts.modelDir };
    const loaded = await loadSignature(opts.sigPath);
    if ('kind' in loaded)
        return { ...base, ...NOTHING_CHECKED, verified: false, violations: [loaded] };
    const { signed: a, ok } = await signedBy(loaded, opts);
    const signer = {
        signer: a.signer,
        identity: a.identity,
        trustedRoot: a.trustedRoot && { name: a.trustedRoot.name, source: a.trustedRoot.source },
        logIndex: a.signer ? loaded.bundle.verificationMaterial.tlogEntries[0]?.logIndex : undefined,
        publicKey: ok && opts.publicKey ? `sha256:${(0,sign_key/* keyHint */.p4)(opts.publicKey)}` : undefined,
    };
    const statement = ok ? readSigned(loaded) : undefined;
    if (!statement || !('resources' in statement)) {
        const violations = [...a.violations, ...(statement ? [statement] : [])];
        return { ...base, ...NOTHING_CHECKED, ...signer, verified: false, violations };
    }
    const checked = await checkFiles(statement, { ...opts, ...base, modelDir, kind });
    const violations = [...a.violations, ...checked.violations];
    return {
        ...base,
        ...signer,
        verified: violations.length === 0,
        violations,
        files: checked.files,
        ignorePaths: checked.ignorePaths,
        root: checked.root,
        fileDigest: checked.fileDigest,
        name: statement.name,
        resourceOrder: statement.order,
        predicateType: statement.predicateType,
        hashType: statement.hashType,
        signedRoot: statement.root,
        recordedIgnorePaths: statement.ignorePaths,
    };
}
const NOTHING_CHECKED = {
    files: { added: [], removed: [], renamed: [], changed: [] },
    identity: [],
    ignorePaths: [],
};
/**
 * The signer, checked as every bundle's is. A key or anchors given are the whole of a model
 * signature's signer (model_signing verify key, certificate): no CI identity is asked of it.
 */
async function signedBy(loaded, opts) {
    const a = { stage: 'bundle', violations: [], timestamps: [], identity: [] };
    const keyed = Boolean(opts.publicKey || opts.certChain);
    const ok = await (0,signer/* verifySigner */.M)(loaded, a, { ...opts, identity: keyed ? {} : opts.identity }, { name: opts.sigPath, what: 'the signature', where: opts.sigPath, trustGivenDecides: true });
    return { signed: a, ok };
}

// EXTERNAL MODULE: ./build/src/verify/pipeline.js + 2 modules
var pipeline = __webpack_require__(36835);
;// CONCATENATED MODULE: ./build/src/verify/model-signatures.js







/**
 * The model signatures `spec` names, each checked; with the provenance's subjects (as verify
 * matched them on disk), also whether each binds the root digest the provenance signed.
 */
async function checkModelSignatures(spec, model, workspace, trust, signedSubjects) {
    const checks = [];
    for (const { sigPath, modelDir } of await signaturesToCheck(spec, model, workspace)) {
        const result = await verifyOmsSignature({ sigPath, modelDir, ...trust });
        const binding = signedSubjects && result.root ? bindingOf(result, signedSubjects) : undefined;
        checks.push({ signature: sigPath, modelDir, result, ...(binding ? { binding } : {}) });
    }
    return checks;
}
/**
 * The report, built once: the provenance's, with the model signatures' violations joined, and
 * the file names a verified model.sig binds no longer said to be unbound. Verified when nothing
 * is wrong.
 */
function verifyOutcome(provenance, checks, model) {
    const bound = namesBound(checks, model);
    const violations = [
        ...provenance.violations.filter((v) => !bound.has((0,pipeline/* unboundDirectory */.Jm)(v) ?? '\0')),
        ...checks.flatMap(modelSignatureViolations),
    ];
    return sealed({
        ...provenance,
        violations,
        verified: violations.length === 0,
        modelSignatures: [...checks],
    });
}
/** The report as built: nothing after may add a violation or change the verdict. */
function sealed(outcome) {
    Object.freeze(outcome.violations);
    return Object.freeze(outcome);
}
/**
 * Only model signatures, no provenance (no bundle given): the report is theirs, verified when
 * every one is, and says whose signature it checked.
 */
async function verifySignaturesAlone(spec, model, workspace, trust, now) {
    const checks = await checkModelSignatures(spec, model, workspace, trust);
    const none = {
        kind: 'bundle',
        rule: 'model-signature',
        message: 'no bundle was given and no model signature was found to verify',
        fix: 'give --model-signature PATH (or --bundle for the provenance)',
    };
    const violations = checks.length === 0 ? [none] : checks.flatMap(modelSignatureViolations);
    const first = checks[0]?.result;
    return sealed({
        verified: violations.length === 0,
        violations,
        timestamps: [],
        subjects: [],
        rules: [],
        warnings: [],
        attempts: [],
        checkedAt: now.toISOString(),
        bundle: first?.signature,
        signer: first?.signer,
        trustedRoot: first?.trustedRoot,
        logIndex: first?.logIndex,
        identity: checks.flatMap((c) => c.result.identity),
        modelSignatures: checks,
    });
}
/** Whether the signature's root is one the provenance signed (directories, or the one file). */
function bindingOf(result, subjects) {
    const kind = result.fileDigest ? 'file' : 'directory';
    const signedSubjects = subjects
        .filter((c) => c.kind === kind && c.expected?.startsWith('sha256:'))
        .map((c) => ({
        name: c.subject ?? c.name,
        digest: { sha256: c.expected.slice('sha256:'.length) },
        annotations: { role: `model-${kind}` },
    }));
    const roots = result.fileDigest
        ? [result.fileDigest]
        : [result.signedRoot, result.root].filter((r) => r !== undefined);
    return checkBinding(roots, { subjects: signedSubjects }, kind);
}
/** One model signature's violations, and a root the provenance did not sign. */
function modelSignatureViolations(check) {
    const { result, binding } = check;
    const out = result.violations.map((v) => ({ ...v, rule: `model-signature ${v.rule}` }));
    if (result.verified && binding && !binding.bound)
        out.push({
            kind: 'subject',
            rule: 'model-signature binding',
            message: binding.statement,
            fix: 'the model signature and the provenance must be made for the same directory contents',
        });
    return out;
}
/**
 * A model.sig lists every file by name and digest: one that verified, from the expected signer,
 * for the same root as the provenance's directory, binds the names the provenance could not.
 */
function namesBound(checks, model) {
    return new Set(checks
        .filter((c) => c.result.verified && c.binding?.bound)
        .map((c) => model.find((m) => m.path === (0,external_node_path_.resolve)(c.modelDir))?.relPath));
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

;// CONCATENATED MODULE: ./build/src/verify/verify-all.js


/** Every stage once, in order; the outcome sealed. */
async function verifyAll(req) {
    const { model, workspace, now, modelSignature, trust } = req;
    if (!req.provenance)
        return verifySignaturesAlone(modelSignature, model, workspace, trust, now ?? new Date());
    const report = await (0,pipeline/* verifyProvenance */.Tu)({ ...req.provenance, model, workspace, now });
    const checks = await checkModelSignatures(modelSignature, model, workspace, trust, report.subjects);
    return verifyOutcome(report, checks, model);
}

// EXTERNAL MODULE: ./build/src/policy/policy.js + 2 modules
var policy_policy = __webpack_require__(43720);
// EXTERNAL MODULE: ./build/src/policy/advisories.js + 5 modules
var policy_advisories = __webpack_require__(50923);
// EXTERNAL MODULE: ./build/src/identity/expected-signer.js
var expected_signer = __webpack_require__(71657);
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

// EXTERNAL MODULE: ./build/src/verify/cert-chain.js
var cert_chain = __webpack_require__(75933);
;// CONCATENATED MODULE: ./build/src/engine/verify-names.js
// The training record beside the bundles given: taken when a policy reads it, or (by the
// pipeline, in the same pass) when a model directory's file names are bound by nothing the
// given bundles sign (the build provenance of more than 1,024 files). (A verified model.sig
// binds them too: verify/model-signatures.ts.)



/** The training record files beside `files`, none when one of them is a training record. */
function trainingSiblings(files) {
    const { bundle } = statement_layout/* OUTPUT_FILES */.Y7['training-record'];
    if (files.some((f) => (0,external_node_path_.basename)(f) === bundle))
        return [];
    return [...new Set(files.map((f) => (0,external_node_path_.join)((0,external_node_path_.dirname)(f), bundle)))].filter((f) => (0,external_node_fs_.existsSync)(f));
}
/**
 * A policy reads the training record: when only the build provenance was given, the record
 * that attest wrote beside it is taken too (and must then come from the same run).
 */
function withTrainingSibling(files, needed, log) {
    if (!needed)
        return files;
    const siblings = trainingSiblings(files);
    for (const s of siblings)
        log(`the policy reads the training record: taking ${s} too`);
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
/** The coverage of `patterns`, named as resolvePatterns names them (placePattern). */
async function patternCoverage(patterns, workspace) {
    const ws = await (0,collect_workspace/* openWorkspace */.OH)(workspace, 'model');
    const tests = [];
    for (const p of patterns)
        tests.push(coverageOf((await (0,collect_workspace/* placePattern */.WV)(p, ws, 'model')).rel));
    return (name, isDirectory) => tests.some((t) => t(name, isDirectory));
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
    const identity = signerOf(inputs, policy, ctx);
    const cache = new subjects/* DigestCache */.pC({ onProgress: ctx.onProgress, base: ctx.workspace });
    const trust = await signatureTrust(inputs, ctx, identity, cache);
    const alone = signatureAlone(inputs);
    (0,expected_signer/* requireSigner */.Sz)(alone ? trust.identity : identity, inputs);
    const of = { model, trust, identity, policy };
    return verifyAll({
        model,
        workspace: ctx.workspace,
        now: ctx.now,
        trust,
        modelSignature: inputs.modelSignature,
        ...(alone ? {} : { provenance: await provenanceRequest(inputs, ctx, of) }),
    });
}
/** What the provenance is verified with: its bundles, signer, trust, policy, proofs, advisories. */
async function provenanceRequest(inputs, ctx, { model, trust, identity, policy }) {
    const proofs = inputs.proofs?.trim()
        ? await (0,verify_proofs/* readProofs */.OR)((0,external_node_path_.resolve)(ctx.workspace, inputs.proofs.trim()))
        : undefined;
    for (const n of policy?.notices ?? [])
        ctx.log(`notice: ${n}`);
    const advisories = (0,policy_advisories/* advisoryDatabase */.dr)(policy, workspacePaths(inputs.advisories, ctx.workspace));
    const { cache, refresh, trustedRoot } = trust;
    const bundles = await findBundles(inputs, model, { ctx, cache, identity, policy });
    return {
        bundles,
        namesFrom: namesFrom(bundles, ctx.log),
        covers: inputs.coverEverySubject
            ? () => true
            : await patternCoverage((0,collect_paths/* parseList */.E1)(inputs.model), ctx.workspace),
        identity,
        trustedRoot,
        policy,
        cache,
        proofs,
        refresh,
        advisories,
        ...(trust.publicKey ? { publicKey: trust.publicKey } : {}),
        ...(trust.certChain ? { certChain: trust.certChain } : {}),
    };
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
/** A list input's paths, relative to the workspace. */
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
/** The expected signer (identity/expected-signer.ts), the current repository when the action says so. */
function signerOf(inputs, policy, ctx) {
    const pinRepository = ctx.pinCurrentRepository ? ctx.currentRepository : undefined;
    return (0,expected_signer/* expectedSigner */.nO)(inputs, policy, { serverUrl: ctx.serverUrl, pinRepository, log: ctx.log });
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
/** Bundle files given: the training record beside them, which binds names they may leave unbound. */
function namesFrom(bundles, log) {
    const files = bundles.filter((b) => typeof b === 'string');
    return files.length === bundles.length ? { bundles: trainingSiblings(files), log } : undefined;
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

/***/ 52351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _H: () => (/* binding */ signerFromCertificate),
/* harmony export */   q: () => (/* binding */ certificateIssuerName)
/* harmony export */ });
/* unused harmony exports FULCIO_OID, decodeDerUtf8String, fulcioExtension, distinguishedName */
const FULCIO = '1.3.6.1.4.1.57264.1.';
/** Fulcio certificate extension OIDs (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO_OID = {
    issuerV1: `${FULCIO}1`,
    githubWorkflowTrigger: `${FULCIO}2`,
    githubWorkflowSha: `${FULCIO}3`,
    githubWorkflowName: `${FULCIO}4`,
    githubWorkflowRepository: `${FULCIO}5`,
    githubWorkflowRef: `${FULCIO}6`,
    issuer: `${FULCIO}8`,
    buildSignerUri: `${FULCIO}9`,
    buildSignerDigest: `${FULCIO}10`,
    runnerEnvironment: `${FULCIO}11`,
    sourceRepositoryUri: `${FULCIO}12`,
    sourceRepositoryDigest: `${FULCIO}13`,
    sourceRepositoryRef: `${FULCIO}14`,
    sourceRepositoryIdentifier: `${FULCIO}15`,
    sourceRepositoryOwnerUri: `${FULCIO}16`,
    sourceRepositoryOwnerIdentifier: `${FULCIO}17`,
    buildConfigUri: `${FULCIO}18`,
    buildConfigDigest: `${FULCIO}19`,
    buildTrigger: `${FULCIO}20`,
    runInvocationUri: `${FULCIO}21`,
    sourceRepositoryVisibility: `${FULCIO}22`,
    deploymentEnvironment: `${FULCIO}23`,
    tokenSubject: `${FULCIO}24`,
};
const DN_NAMES = {
    '2.5.4.3': 'CN',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
};
/** Decode a complete DER UTF8String (tag 0x0c), refusing trailing bytes and bad lengths. */
function decodeDerUtf8String(der) {
    if (der.length < 2 || der[0] !== 0x0c)
        return undefined;
    let len = der[1];
    let offset = 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4 || der.length < 2 + n)
            return undefined;
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + der[2 + i];
        offset = 2 + n;
    }
    if (offset + len !== der.length)
        return undefined;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(der.subarray(offset));
    }
    catch {
        return undefined;
    }
}
function rawExtension(cert, oid) {
    return cert.extension(oid)?.value;
}
/**
 * The text of one Fulcio extension: DER-decoded for OIDs 8+, raw UTF-8 for the legacy
 * ones. `undefined` when absent; `null` when present but malformed.
 */
function fulcioExtension(cert, oid) {
    const raw = rawExtension(cert, oid);
    if (raw === undefined)
        return undefined;
    const n = Number(oid.slice(FULCIO.length));
    if (oid.startsWith(FULCIO) && n >= 1 && n <= 7) {
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(raw);
        }
        catch {
            return null;
        }
    }
    return decodeDerUtf8String(raw) ?? null;
}
/** The position of the issuer Name inside TBSCertificate: after the optional [0] version. */
function issuerName(cert) {
    const subs = cert.tbsCertificate.subs;
    const offset = subs[0]?.tag.isContextSpecific(0) ? 1 : 0;
    return subs[2 + offset];
}
/** Render an X.509 Name as `O=..., CN=...` (attributes in certificate order). */
function distinguishedName(name) {
    if (!name)
        return '';
    const parts = [];
    for (const rdn of name.subs) {
        for (const atv of rdn.subs) {
            const [type, value] = atv.subs;
            if (!type || !value)
                continue;
            let oid;
            try {
                oid = type.toOID();
            }
            catch {
                continue;
            }
            parts.push(`${DN_NAMES[oid] ?? oid}=${value.value.toString('utf8')}`);
        }
    }
    return parts.join(', ');
}
function certificateIssuerName(cert) {
    return distinguishedName(issuerName(cert));
}
/** Decode every identity-bearing field of a Fulcio certificate. Does not judge anything. */
function signerFromCertificate(cert) {
    const malformed = [];
    const ext = (oid) => {
        const v = fulcioExtension(cert, oid);
        if (v === null) {
            malformed.push(oid);
            return undefined;
        }
        return v;
    };
    const issuerV2 = ext(FULCIO_OID.issuer);
    const issuerV1 = ext(FULCIO_OID.issuerV1);
    let san;
    try {
        san = cert.subjectAltName;
    }
    catch {
        san = undefined;
    }
    return {
        san,
        issuer: issuerV2 ?? issuerV1,
        buildSignerUri: ext(FULCIO_OID.buildSignerUri),
        buildSignerDigest: ext(FULCIO_OID.buildSignerDigest),
        runnerEnvironment: ext(FULCIO_OID.runnerEnvironment),
        sourceRepositoryUri: ext(FULCIO_OID.sourceRepositoryUri),
        sourceRepositoryDigest: ext(FULCIO_OID.sourceRepositoryDigest),
        sourceRepositoryRef: ext(FULCIO_OID.sourceRepositoryRef),
        repositoryId: ext(FULCIO_OID.sourceRepositoryIdentifier),
        ownerUri: ext(FULCIO_OID.sourceRepositoryOwnerUri),
        ownerId: ext(FULCIO_OID.sourceRepositoryOwnerIdentifier),
        buildConfigUri: ext(FULCIO_OID.buildConfigUri),
        buildConfigDigest: ext(FULCIO_OID.buildConfigDigest),
        buildTrigger: ext(FULCIO_OID.buildTrigger),
        runInvocationUri: ext(FULCIO_OID.runInvocationUri),
        visibility: ext(FULCIO_OID.sourceRepositoryVisibility),
        deploymentEnvironment: ext(FULCIO_OID.deploymentEnvironment),
        tokenSubject: ext(FULCIO_OID.tokenSubject),
        certificateIssuer: certificateIssuerName(cert),
        notBefore: cert.notBefore.toISOString(),
        notAfter: cert.notAfter.toISOString(),
        malformedExtensions: malformed,
    };
}


/***/ }),

/***/ 71657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ noSigner),
/* harmony export */   Sz: () => (/* binding */ requireSigner),
/* harmony export */   nO: () => (/* binding */ expectedSigner)
/* harmony export */ });
/* unused harmony export keyed */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _signer_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71193);
/* harmony import */ var _signer_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51195);
// The one place the signer inputs and the policy's `identity:` section become the expected
// signer. verify, verify-proof and the review all call it, so a GitLab issuer, a policy's pins
// or the action's default repository mean the same thing wherever a bundle is verified.



/** The signer the inputs and the policy expect. */
function expectedSigner(inputs, policy, ctx) {
    const merged = withPolicyIdentity(fromInputs(inputs, ctx.serverUrl), policy?.identity);
    // A key names its holder, never a repository: pinning one would fail every key-signed record
    // (a keyless bundle given with only a key still fails, as unpinned).
    if (!(0,_signer_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .identityInputMissing */ .je)(merged) || keyed(inputs) || !ctx.pinRepository)
        return merged;
    ctx.log(`no signer given: requiring the current repository, ${ctx.pinRepository}`);
    return { ...merged, repository: ctx.pinRepository };
}
/** A key or anchors were given: what is signed without a CI certificate is pinned by them. */
const keyed = (inputs) => Boolean(inputs.publicKey?.trim() || inputs.certChain?.trim());
function fromInputs(inputs, serverUrl) {
    const explicit = {
        repository: inputs.repository.trim() || undefined,
        signerWorkflow: inputs.signerWorkflow.trim() || undefined,
        sourceRef: inputs.sourceRef.trim() || undefined,
        certIdentity: inputs.certIdentity.trim() || undefined,
        certIdentityRegex: inputs.certIdentityRegex.trim() || undefined,
        certOidcIssuer: inputs.certOidcIssuer.trim() || undefined,
        denySelfHostedRunners: inputs.denySelfHostedRunners || undefined,
        serverUrl,
    };
    // A GitLab issuer names the instance whose projects the certificate's extensions point at.
    const gitlab = (0,_signer_names_js__WEBPACK_IMPORTED_MODULE_1__/* .gitlabIssuer */ .xQ)(explicit.certOidcIssuer);
    return gitlab ? { ...explicit, serverUrl: gitlab, gitlab: true } : explicit;
}
/**
 * Explicit inputs override the policy's identity section; `deny-self-hosted-runners` can only
 * tighten: true from either side wins.
 */
function withPolicyIdentity(inputs, id) {
    if (!id)
        return inputs;
    return {
        ...inputs,
        repository: inputs.repository || id.repository,
        signerWorkflow: inputs.signerWorkflow || id.signerWorkflow,
        sourceRef: inputs.sourceRef || id.sourceRef,
        denySelfHostedRunners: inputs.denySelfHostedRunners === true || id.runner === 'github-hosted',
    };
}
/**
 * Nothing names who must have signed, and no key or anchors were given: any valid signature
 * would pass, so nothing would be checked. Bad usage, refused before any bundle is read.
 */
function requireSigner(identity, inputs, why = '') {
    if ((0,_signer_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .identityInputMissing */ .je)(identity) && !keyed(inputs))
        throw noSigner(why);
}
function noSigner(why = '') {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_MISSING', `${why}no expected signer was given`, {
        input: 'repository',
        fix: 'name who signed: --repository OWNER/REPO, --signer-workflow, --cert-identity or ' +
            '--cert-identity-regex (keyless), --public-key (attest --private-key) or --cert-chain ' +
            "(your PKI); in the action, the inputs of the same names (or the policy's identity)",
    });
}


/***/ }),

/***/ 71193:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   oP: () => (/* binding */ GITHUB_OIDC_ISSUER),
/* harmony export */   pv: () => (/* binding */ parseSignerWorkflow),
/* harmony export */   xQ: () => (/* binding */ gitlabIssuer)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15042);
// How a verify input names a signer: a repository (`OWNER/REPO`, or a GitLab project in nested
// groups), a signer workflow (`OWNER/REPO/.github/workflows/FILE.yml`, or GitLab's CI config
// `GROUP/PROJECT//PATH.yml`), with or without the server's URL; and which issuers are GitLab's.


const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The GitLab instance an expected issuer names, or undefined: GitLab's issuer is its URL (no
 * path), unlike GitHub's (token.actions.githubusercontent.com, or a GHES host's /_services/token).
 */
function gitlabIssuer(issuer) {
    if (!issuer?.trim() || issuer.trim() === GITHUB_OIDC_ISSUER)
        return undefined;
    try {
        const u = new URL(issuer.trim());
        return u.pathname === '/' && !u.search ? u.origin : undefined;
    }
    catch {
        return undefined;
    }
}
const NAME = /^[A-Za-z0-9_.-]+$/;
function stripServer(value, server) {
    const v = value.trim();
    const prefix = `${server}/`;
    return v.toLowerCase().startsWith(prefix.toLowerCase()) ? v.slice(prefix.length) : v;
}
/** Parse `OWNER/REPO` (or its https URL). */
function parseRepository(value, server = _github_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_SERVER_URL */ .m7, nests = false) {
    const v = stripServer(value, server)
        .replace(/\.git$/, '')
        .replace(/\/$/, '');
    const parts = v.split('/');
    // GitLab's projects sit in groups that may nest: GROUP/SUBGROUP/PROJECT.
    if ((nests ? parts.length < 2 : parts.length !== 2) || !parts.every((p) => NAME.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${value}' is not a repository of the form OWNER/REPO`, {
            input: 'repository',
            value,
            fix: nests
                ? 'write the project path as GROUP/PROJECT, e.g. acme/vision'
                : 'write the repository as OWNER/REPO, e.g. acme/vision',
        });
    }
    return { owner: parts.slice(0, -1).join('/'), repo: parts.at(-1) };
}
/** GitLab's CI config as Fulcio's SAN names it: `GROUP/PROJECT//PATH.yml[@REF]`. */
function parseGitLabConfig(value, server) {
    const v = stripServer(value, server);
    const at = v.lastIndexOf('@');
    const base = at > v.indexOf('//') ? v.slice(0, at) : v;
    const ref = at > v.indexOf('//') ? v.slice(at + 1) : undefined;
    const [project, path] = base.split('//');
    const parts = project?.split('/') ?? [];
    if (parts.length < 2 ||
        !parts.every((p) => NAME.test(p)) ||
        !path ||
        !/\.ya?ml$/.test(path) ||
        ref === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${value}' is not a CI config of the form GROUP/PROJECT//PATH.yml[@REF]`, {
            input: 'signer-workflow',
            value,
            fix: 'write e.g. acme/vision//.gitlab-ci.yml or acme/vision//.gitlab-ci.yml@refs/heads/main',
        });
    return { owner: parts.slice(0, -1).join('/'), repo: parts.at(-1), path: `/${path}`, ref };
}
/** Parse `OWNER/REPO/.github/workflows/FILE.yml[@REF]` (or its https URL). */
function parseSignerWorkflow(value, server = _github_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_SERVER_URL */ .m7, gitlab = false) {
    if (gitlab)
        return parseGitLabConfig(value, server);
    const v = stripServer(value, server);
    const at = v.indexOf('@');
    const base = at >= 0 ? v.slice(0, at) : v;
    const ref = at >= 0 ? v.slice(at + 1) : undefined;
    const parts = base.split('/');
    const path = parts.slice(2).join('/');
    const ok = parts.length >= 5 &&
        NAME.test(parts[0]) &&
        NAME.test(parts[1]) &&
        /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) &&
        (ref === undefined || ref.length > 0);
    if (!ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${value}' is not a workflow of the form OWNER/REPO/.github/workflows/FILE.yml[@REF]`, {
            input: 'signer-workflow',
            value,
            fix: 'write e.g. acme/vision/.github/workflows/train.yml or acme/vision/.github/workflows/train.yml@refs/heads/main',
        });
    }
    return { owner: parts[0], repo: parts[1], path, ref };
}


/***/ }),

/***/ 51195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nj: () => (/* binding */ validateIdentityPolicy),
/* harmony export */   SU: () => (/* reexport safe */ _signer_names_js__WEBPACK_IMPORTED_MODULE_3__.SU),
/* harmony export */   Z0: () => (/* binding */ checkIdentity),
/* harmony export */   je: () => (/* binding */ identityInputMissing),
/* harmony export */   m7: () => (/* reexport safe */ _github_js__WEBPACK_IMPORTED_MODULE_4__.m7),
/* harmony export */   pv: () => (/* reexport safe */ _signer_names_js__WEBPACK_IMPORTED_MODULE_3__.pv)
/* harmony export */ });
/* unused harmony export compileIdentityRegex */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52351);
/* harmony import */ var _signer_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71193);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15042);
// Who must have signed: the expected identity, checked on the decoded certificate after
// the cryptographic verification. Every check is anchored and exact (globs only where the
// user wrote one), at least as strict as `gh attestation verify`: issuer always, the
// owner whenever a repository is expected, the signer's repository unless a signer
// workflow or certificate identity says otherwise. Every mismatch is reported.








function compileIdentityRegex(source) {
    try {
        return new RegExp(`^(?:${source})$`);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `cert-identity-regex '${source}' is not a valid regular expression: ${e.message}`, {
            input: 'cert-identity-regex',
            value: source,
            fix: 'write a JavaScript regular expression; it is anchored at both ends for you',
            cause: e,
        });
    }
}
/** Syntax errors in the expected identity: bad usage, reported before any bundle is read. */
function validateIdentityPolicy(p) {
    const server = p.serverUrl ?? _github_js__WEBPACK_IMPORTED_MODULE_4__/* .GITHUB_SERVER_URL */ .m7;
    if (p.repository)
        (0,_signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(p.repository, server, p.gitlab);
    if (p.signerWorkflow)
        (0,_signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSignerWorkflow */ .pv)(p.signerWorkflow, server, p.gitlab);
    if (p.certIdentityRegex)
        compileIdentityRegex(p.certIdentityRegex);
    if (p.certOidcIssuer !== undefined && p.certOidcIssuer.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', 'cert-oidc-issuer is empty', {
            input: 'cert-oidc-issuer',
            fix: `leave it unset for GitHub Actions (${_signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_OIDC_ISSUER */ .oP}) or give the issuer URL`,
        });
    }
}
/** True when nothing names who must have signed: verification must then refuse to pass. */
function identityInputMissing(p) {
    return !p.repository && !p.signerWorkflow && !p.certIdentity && !p.certIdentityRegex;
}
const isGlob = (s) => /[*?[\]{}]/.test(s);
const sameCi = (a, b) => a !== undefined && a.toLowerCase() === b.toLowerCase();
const show = (v) => (v === undefined ? '(absent)' : v);
const withReason = (c) => ({
    ...c,
    reason: c.reason ??
        (c.ok
            ? `${c.check} matches`
            : `${c.check}: expected ${c.expected}, certificate has ${show(c.actual)}`),
});
const startsWithCi = (s, head) => s !== undefined && s.slice(0, head.length).toLowerCase() === head.toLowerCase();
/**
 * Check the certificate's identity against the expected one. Returns every check, passing
 * or not; owner and repository names compare case-insensitively (GitHub's names do),
 * everything else exactly. Call validateIdentityPolicy first.
 */
function checkIdentity(signer, p) {
    const server = (p.serverUrl ?? _github_js__WEBPACK_IMPORTED_MODULE_4__/* .GITHUB_SERVER_URL */ .m7).replace(/\/$/, '');
    const repo = p.repository ? (0,_signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(p.repository, server, p.gitlab) : undefined;
    return [
        ...requiredCheck(p),
        issuerCheck(signer, p),
        ...repositoryChecks(signer, repo, server),
        ...workflowChecks(signer, p, repo, server),
        ...sanChecks(signer, p),
        ...refChecks(signer, p),
        ...runnerChecks(signer, p),
    ].map(withReason);
}
function requiredCheck(p) {
    if (!identityInputMissing(p))
        return [];
    return [
        {
            check: 'identity-required',
            ok: false,
            expected: 'repository, signer-workflow, cert-identity or cert-identity-regex',
            input: 'repository',
            reason: 'no expected signer was given, so any valid signature would pass: set `repository: OWNER/REPO` ' +
                '(or `signer-workflow`, `cert-identity`, `cert-identity-regex`)',
        },
    ];
}
function issuerCheck(signer, p) {
    const issuer = p.certOidcIssuer?.trim() || _signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_OIDC_ISSUER */ .oP;
    return {
        check: 'issuer',
        ok: signer.issuer === issuer,
        expected: issuer,
        actual: signer.issuer,
        input: 'cert-oidc-issuer',
    };
}
function repositoryChecks(signer, repo, server) {
    if (!repo)
        return [];
    const want = `${server}/${repo.owner}/${repo.repo}`;
    const owner = `${server}/${repo.owner}`;
    return [
        {
            check: 'repository',
            ok: sameCi(signer.sourceRepositoryUri, want),
            expected: want,
            actual: signer.sourceRepositoryUri,
            input: 'repository',
        },
        {
            check: 'owner',
            ok: sameCi(signer.ownerUri, owner),
            expected: owner,
            actual: signer.ownerUri,
            input: 'repository',
        },
    ];
}
/** signer-workflow pins the SAN; with --repo alone, as gh does, the workflow must live there. */
function workflowChecks(signer, p, repo, server) {
    const san = signer.san;
    if (p.signerWorkflow) {
        const wf = (0,_signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSignerWorkflow */ .pv)(p.signerWorkflow, server, p.gitlab);
        const head = `${server}/${wf.owner}/${wf.repo}/`;
        const rest = san?.slice(head.length) ?? '';
        const pinned = wf.ref !== undefined;
        const expected = `${head}${wf.path}@${pinned ? wf.ref : '<any ref>'}`;
        const ok = startsWithCi(san, head) &&
            (pinned
                ? rest === `${wf.path}@${wf.ref}`
                : rest.startsWith(`${wf.path}@`) && rest.length > wf.path.length + 1);
        return [{ check: 'signer-workflow', ok, expected, actual: san, input: 'signer-workflow' }];
    }
    if (!repo || p.certIdentity || p.certIdentityRegex)
        return [];
    const head = `${server}/${repo.owner}/${repo.repo}/`;
    const ok = startsWithCi(san, head);
    return [
        {
            check: 'signer-repository',
            ok,
            expected: `${head}…`,
            actual: san,
            input: 'repository',
            reason: ok
                ? 'the signing workflow is in the expected repository'
                : `the signing workflow ${show(san)} is not in ${repo.owner}/${repo.repo}; ` +
                    'if a reusable workflow signed, name it with `signer-workflow`',
        },
    ];
}
function sanChecks(signer, p) {
    const san = signer.san;
    const out = [];
    if (p.certIdentity)
        out.push({
            check: 'cert-identity',
            ok: san === p.certIdentity,
            expected: p.certIdentity,
            actual: san,
            input: 'cert-identity',
        });
    if (p.certIdentityRegex) {
        const re = compileIdentityRegex(p.certIdentityRegex);
        out.push({
            check: 'cert-identity-regex',
            ok: san !== undefined && re.test(san),
            expected: `^(?:${p.certIdentityRegex})$`,
            actual: san,
            input: 'cert-identity-regex',
        });
    }
    return out;
}
function refChecks(signer, p) {
    if (!p.sourceRef)
        return [];
    const ref = signer.sourceRepositoryRef;
    const glob = isGlob(p.sourceRef);
    const ok = ref !== undefined &&
        (glob
            ? (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(ref, p.sourceRef, { dot: true, nocomment: true, nonegate: true })
            : ref === p.sourceRef);
    return [
        {
            check: 'source-ref',
            ok,
            expected: glob ? `${p.sourceRef} (glob)` : p.sourceRef,
            actual: ref,
            input: 'source-ref',
        },
    ];
}
function runnerChecks(signer, p) {
    if (!p.denySelfHostedRunners)
        return [];
    const hosted = p.gitlab ? 'gitlab-hosted' : 'github-hosted';
    return [
        {
            check: 'runner',
            ok: signer.runnerEnvironment === hosted,
            expected: hosted,
            actual: signer.runnerEnvironment,
            input: 'deny-self-hosted-runners',
        },
    ];
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

/***/ 50923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dr: () => (/* binding */ advisoryDatabase),
  yY: () => (/* binding */ advisoryResults)
});

// UNUSED EXPORTS: advisorySources

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/versions/pep440.js
var pep440 = __webpack_require__(16668);
;// CONCATENATED MODULE: ./build/src/advisories/affected.js
// Whether a recorded PyPI package version is affected by an OSV record, by the schema's
// evaluation rules (https://ossf.github.io/osv-schema/#evaluation): each ECOSYSTEM range is
// a list of events sorted in PEP 440 order; a version is affected from an `introduced`
// (`0` is the start of time) until a `fixed` (exclusive) or past a `last_affected`
// (inclusive); `versions` lists more affected versions. A CUDA build (`2.3.1+cu121`) is
// judged as its public version: it carries the same code.


function eventVersion(e) {
    return Object.values(e)[0];
}
function sortEvents(events) {
    const ordered = events.map((e) => ({ e, v: eventVersion(e) }));
    if (ordered.some(({ v }) => v !== '0' && (0,pep440/* publicVersion */.Yd)(v) === undefined))
        return undefined;
    return ordered
        .sort((a, b) => (a.v === '0' ? -1 : b.v === '0' ? 1 : (0,pep440/* compareVersions */.Zy)(a.v, b.v)))
        .map(({ e }) => e);
}
function inRange(version, range) {
    const events = sortEvents(range.events);
    if (!events)
        return undefined;
    let affected = false;
    for (const e of events) {
        const at = eventVersion(e);
        const order = at === '0' ? 1 : (0,pep440/* compareVersions */.Zy)(version, at);
        if ('introduced' in e && order >= 0)
            affected = true;
        else if (('fixed' in e || 'limit' in e) && order >= 0)
            affected = false;
        else if ('last_affected' in e && order > 0)
            affected = false;
    }
    return affected;
}
function fixesOf(a) {
    const events = (a.ranges ?? []).flatMap((r) => r.events);
    return {
        fixed: events.flatMap((e) => ('fixed' in e ? [e.fixed] : [])),
        lastAffected: events.flatMap((e) => ('last_affected' in e ? [e.last_affected] : [])),
    };
}
function affects(a, version) {
    if ((a.versions ?? []).some((v) => (0,pep440/* compareVersions */.Zy)(v, version) === 0))
        return true;
    let unknown = false;
    for (const r of a.ranges ?? []) {
        if (r.type !== 'ECOSYSTEM')
            continue;
        const hit = inRange(version, r);
        if (hit)
            return true;
        if (hit === undefined)
            unknown = true;
    }
    return unknown ? undefined : false;
}
/** Is PyPI package `name` at `version` affected by the record? */
function affectedBy(record, name, version) {
    if (record.withdrawn)
        return false;
    if ((0,pep440/* publicVersion */.Yd)(version) === undefined)
        return undefined;
    const want = (0,layout/* normalizePackageName */.NX)(name);
    let unknown = false;
    for (const a of record.affected ?? []) {
        if (a.package?.ecosystem !== 'PyPI' || (0,layout/* normalizePackageName */.NX)(a.package.name) !== want)
            continue;
        const hit = affects(a, version);
        if (hit)
            return fixesOf(a);
        if (hit === undefined)
            unknown = true;
    }
    return unknown ? undefined : false;
}
/** The PyPI packages a record names, normalised, for indexing. */
function pypiPackages(record) {
    return (record.affected ?? [])
        .filter((a) => a.package?.ecosystem === 'PyPI')
        .map((a) => (0,layout/* normalizePackageName */.NX)(a.package.name));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/present/bytes.js
var present_bytes = __webpack_require__(70870);
// EXTERNAL MODULE: ./build/src/json.js
var json = __webpack_require__(4715);
;// CONCATENATED MODULE: ./build/src/advisories/osv.js
// Reading an advisory in the OSV format (https://ossf.github.io/osv-schema/, 1.6): the
// fields a policy evaluates are checked for type, so a malformed record is an input error
// naming its file and field instead of an advisory that silently matches nothing.


const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'];
const RANGE_TYPES = ['ECOSYSTEM', 'SEMVER', 'GIT'];
class Fields {
    origin;
    constructor(origin) {
        this.origin = origin;
    }
    fail(field, want, got) {
        const shown = got === undefined
            ? 'nothing'
            : typeof got === 'string'
                ? JSON.stringify(got).slice(0, 80)
                : (0,json/* preview */.V)(got, 80);
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `advisory ${this.origin}: '${field}' must be ${want}, got ${shown}`, {
            input: 'advisories',
            value: this.origin,
            fix: 'give OSV records (https://ossf.github.io/osv-schema/); correct or remove this one',
        });
    }
    string(v, field, optional = false) {
        if (v === undefined && optional)
            return undefined;
        if (typeof v !== 'string' || v === '')
            this.fail(field, 'a non-empty string', v);
        return v;
    }
    /** Free text: absent or any string (OSV allows an empty summary). */
    text(v, field) {
        if (v !== undefined && typeof v !== 'string')
            this.fail(field, 'a string', v);
        return v;
    }
    strings(v, field) {
        if (v === undefined)
            return undefined;
        if (!Array.isArray(v))
            this.fail(field, 'a list of strings', v);
        return v.map((x, i) => this.string(x, `${field}[${i}]`));
    }
    list(v, field, each) {
        if (v === undefined)
            return undefined;
        if (!Array.isArray(v))
            this.fail(field, 'a list', v);
        return v.map((x, i) => each(x, `${field}[${i}]`));
    }
    object(v, field) {
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            this.fail(field, 'an object', v);
        return v;
    }
}
function readEvent(f, v, at) {
    const o = f.object(v, at);
    const keys = EVENT_KEYS.filter((k) => k in o);
    if (keys.length !== 1)
        f.fail(at, `one of ${EVENT_KEYS.join(', ')}`, v);
    const key = keys[0];
    return { [key]: f.string(o[key], `${at}.${key}`) };
}
function readRange(f, v, at) {
    const o = f.object(v, at);
    if (!RANGE_TYPES.includes(o.type))
        f.fail(`${at}.type`, RANGE_TYPES.join(' or '), o.type);
    const events = f.list(o.events, `${at}.events`, (e, eat) => readEvent(f, e, eat));
    if (!events || !events.some((e) => 'introduced' in e))
        f.fail(`${at}.events`, "a list with an 'introduced' event", o.events);
    return { type: o.type, events };
}
function readAffected(f, v, at) {
    const o = f.object(v, at);
    let pkg;
    if (o.package !== undefined) {
        const p = f.object(o.package, `${at}.package`);
        pkg = {
            ecosystem: f.string(p.ecosystem, `${at}.package.ecosystem`),
            name: f.string(p.name, `${at}.package.name`),
            purl: f.string(p.purl, `${at}.package.purl`, true),
        };
    }
    return {
        package: pkg,
        ranges: f.list(o.ranges, `${at}.ranges`, (r, rat) => readRange(f, r, rat)),
        versions: f.strings(o.versions, `${at}.versions`),
    };
}
/** One OSV record from parsed JSON; throws INPUT_INVALID naming `origin` and the field. */
function readOsvRecord(json, origin) {
    const f = new Fields(origin);
    const o = f.object(json, '(record)');
    const pair = (x, at) => {
        const p = f.object(x, at);
        return { type: f.string(p.type, `${at}.type`), score: f.string(p.score, `${at}.score`) };
    };
    const ref = (x, at) => {
        const p = f.object(x, at);
        return { type: f.string(p.type, `${at}.type`), url: f.string(p.url, `${at}.url`) };
    };
    return {
        id: f.string(o.id, 'id'),
        modified: f.string(o.modified, 'modified'),
        withdrawn: f.string(o.withdrawn, 'withdrawn', true),
        aliases: f.strings(o.aliases, 'aliases'),
        summary: f.text(o.summary, 'summary'),
        details: f.text(o.details, 'details'),
        severity: f.list(o.severity, 'severity', pair),
        affected: f.list(o.affected, 'affected', (a, at) => readAffected(f, a, at)),
        references: f.list(o.references, 'references', ref),
        database_specific: o.database_specific === undefined
            ? undefined
            : f.object(o.database_specific, 'database_specific'),
        origin,
    };
}

;// CONCATENATED MODULE: ./build/src/advisories/load.js
// Where advisories come from: the OSV records shipped in the repository's `advisories/`
// folder (`default`), an OSV JSON file, a directory of them, or osv.dev's per-ecosystem
// export zip (`PyPI/all.zip`), so a workflow can download current data before it verifies.








const SHIPPED_DIR = (0,external_node_path_.join)('advisories', 'osv');
/** The shipped records' folder, found above this module (src/advisories or dist/). */
function shippedAdvisoriesDir() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, SHIPPED_DIR)))
            return (0,external_node_path_.join)(dir, SHIPPED_DIR);
        const up = (0,external_node_path_.dirname)(dir);
        if (up === dir)
            break;
        dir = up;
    }
    throw new errors/* ProvenanceError */.CG('INPUT_MISSING', `the shipped advisories (${SHIPPED_DIR}) are missing`, {
        input: 'advisories',
        value: 'default',
        fix: 'run the action or command from a complete checkout, or pass advisories: PATH',
    });
}
function parseJson(text, origin) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new errors/* ProvenanceError */.CG('PARSE_ERROR', `advisory ${origin} is not JSON: ${e.message}`, {
            input: 'advisories',
            value: origin,
            fix: 'give OSV JSON records, a directory of them or an OSV export zip',
            cause: e,
        });
    }
}
const MiB = 2 ** 20;
const EXPORT_URL = 'https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip';
const ADVISORY_LIMITS = {
    fileBytes: 256 * MiB,
    entryBytes: 64 * MiB,
    zipBytes: 1024 * MiB,
};
function tooLarge(value, what) {
    return new errors/* ProvenanceError */.CG('INPUT_INVALID', `advisories ${what}`, {
        input: 'advisories',
        value,
        fix: `give OSV records, a directory of them, or osv.dev's export zip (${EXPORT_URL}); a file this large is none of them`,
    });
}
const entryLimit = (l) => `more than the ${(0,present_bytes/* humanBytes */.p)(l.entryBytes)} one record may take (an OSV record is a few KiB)`;
const zipLimit = (l) => `more than the ${(0,present_bytes/* humanBytes */.p)(l.zipBytes)} a zip may take (osv.dev's PyPI export is about 100 MB)`;
function notAZip(path, e) {
    return new errors/* ProvenanceError */.CG('PARSE_ERROR', `${path} is not a readable zip: ${e.message}`, {
        input: 'advisories',
        value: path,
        fix: `download osv.dev's export again (${EXPORT_URL})`,
        cause: e,
    });
}
/** The .json entries the central directory lists, their declared sizes checked before inflating. */
function declaredEntries(bytes, path, limits) {
    const sizes = new Map();
    let total = 0;
    const check = (name, size) => {
        const at = `${path}!${name}`;
        if (size > limits.entryBytes)
            throw tooLarge(at, `${at} expands to ${(0,present_bytes/* humanBytes */.p)(size)}, ${entryLimit(limits)}`);
        total += size;
        if (total > limits.zipBytes)
            throw tooLarge(path, `${path} expands to ${zipLimit(limits)}`);
        sizes.set(name, size);
    };
    try {
        // The filter sees each entry's declared size and inflates none: that is done streaming.
        (0,esm/* unzipSync */.AO)(bytes, {
            filter: (f) => (f.name.endsWith('.json') && check(f.name, f.originalSize), false),
        });
    }
    catch (e) {
        throw e instanceof errors/* ProvenanceError */.CG ? e : notAZip(path, e);
    }
    return sizes;
}
/** Each listed entry inflated chunk by chunk, counted as it comes: a header may understate it. */
function inflateEntries(bytes, path, sizes, limits) {
    const files = new Map();
    let total = 0;
    const unzip = new esm/* Unzip */.HJ((file) => {
        if (!sizes.has(file.name))
            return;
        const at = `${path}!${file.name}`;
        const chunks = [];
        let size = 0;
        file.ondata = (err, chunk, final) => {
            if (err)
                throw err;
            size += chunk.length;
            total += chunk.length;
            if (size > limits.entryBytes)
                throw tooLarge(at, `${at} expands to ${entryLimit(limits)}, although its header says ${(0,present_bytes/* humanBytes */.p)(sizes.get(file.name))}`);
            if (total > limits.zipBytes)
                throw tooLarge(path, `${path} expands to ${zipLimit(limits)}`);
            chunks.push(chunk);
            if (final)
                files.set(file.name, Buffer.concat(chunks));
        };
        file.start();
    });
    unzip.register(esm/* UnzipInflate */.mM);
    try {
        unzip.push(bytes, true);
    }
    catch (e) {
        throw e instanceof errors/* ProvenanceError */.CG ? e : notAZip(path, e);
    }
    const lost = [...sizes.keys()].find((n) => !files.has(n));
    if (lost !== undefined)
        throw notAZip(path, new Error(`its entry ${lost} could not be read`));
    return files;
}
function fromZip(bytes, path, limits) {
    const files = inflateEntries(bytes, path, declaredEntries(bytes, path, limits), limits);
    const decoder = new TextDecoder();
    return [...files.keys()]
        .sort()
        .map((name) => readOsvRecord(parseJson(decoder.decode(files.get(name)), `${path}!${name}`), `${path}!${name}`));
}
function fromPath(path, limits) {
    const unreadable = (e) => new errors/* ProvenanceError */.CG('FILE_UNREADABLE', `cannot read advisories ${path}: ${e.message}`, {
        input: 'advisories',
        value: path,
        fix: 'give an OSV JSON file, a directory of them, or an OSV export zip',
        cause: e,
    });
    let bytes;
    let names;
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (st.isDirectory())
            names = (0,external_node_fs_.readdirSync)(path).filter((n) => n.endsWith('.json'));
        // A FIFO (or a device) would be read forever.
        else if (!st.isFile())
            throw new Error('not a regular file');
        else if (st.size > limits.fileBytes)
            throw tooLarge(path, `${path} is ${(0,present_bytes/* humanBytes */.p)(st.size)}, more than the ${(0,present_bytes/* humanBytes */.p)(limits.fileBytes)} a file may take`);
        else
            bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (e) {
        throw e instanceof errors/* ProvenanceError */.CG ? e : unreadable(e);
    }
    if (names)
        return names.sort().flatMap((n) => fromPath((0,external_node_path_.join)(path, n), limits));
    if (!bytes)
        return [];
    if (path.endsWith('.zip'))
        return fromZip(bytes, path, limits);
    const json = parseJson(bytes.toString('utf8'), path);
    // osv-scanner's and some exports' shape: a list of records in one file.
    const list = Array.isArray(json) ? json : [json];
    return list.map((r, i) => readOsvRecord(r, Array.isArray(json) ? `${path}[${i}]` : path));
}
let shipped;
/**
 * Load every source (paths absolute, or relative to the working directory). Synchronous:
 * it runs once per verification, before anything else reads the disk.
 */
function loadAdvisories(sources, limits = ADVISORY_LIMITS) {
    const db = { sources: [], records: [], byPackage: new Map() };
    for (const s of sources) {
        const all = s === 'default'
            ? (shipped ??= fromPath(shippedAdvisoriesDir(), ADVISORY_LIMITS))
            : fromPath((0,external_node_path_.resolve)(s.path), limits);
        const records = all.filter((r) => !r.withdrawn);
        const named = records.filter((r) => pypiPackages(r).length > 0);
        db.sources.push(`${s === 'default' ? 'default' : s.path} (${named.length} records)`);
        for (const r of named) {
            db.records.push(r);
            for (const p of new Set(pypiPackages(r))) {
                const list = db.byPackage.get(p) ?? [];
                list.push(r);
                db.byPackage.set(p, list);
            }
        }
    }
    return db;
}

// EXTERNAL MODULE: ./build/src/advisories/severity.js
var severity = __webpack_require__(99158);
;// CONCATENATED MODULE: ./build/src/advisories/match.js
// The advisories that affect recorded packages. Databases publish one vulnerability under
// several ids (GHSA-, PYSEC-, CVE-) and osv.dev's export carries each of them: records that
// share an id or alias are one finding, reported once with the others as aliases.



function advisoryUrl(r) {
    const refs = r.references ?? [];
    return (refs.find((x) => x.type === 'ADVISORY')?.url ??
        refs[0]?.url ??
        `https://osv.dev/vulnerability/${encodeURIComponent(r.id)}`);
}
function summaryOf(r) {
    const text = r.summary?.trim() || r.details?.trim().split('\n')[0] || '(no summary)';
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
function group(hits) {
    const groups = [];
    for (const h of hits) {
        const names = new Set([h.record.id, ...(h.record.aliases ?? [])]);
        const joined = groups.filter((g) => [...names].some((n) => g.names.has(n)));
        const into = { names, hits: [h] };
        for (const g of joined) {
            g.names.forEach((n) => into.names.add(n));
            into.hits.unshift(...g.hits);
            groups.splice(groups.indexOf(g), 1);
        }
        groups.push(into);
    }
    return groups;
}
function finding(pkg, g) {
    const first = g.hits[0].record;
    const levels = g.hits
        .map((h) => (0,severity/* severityOf */.xJ)(h.record))
        .filter((s) => s !== undefined)
        .sort((a, b) => (0,severity/* severityRank */.qs)(b.level) - (0,severity/* severityRank */.qs)(a.level));
    return {
        package: pkg,
        id: first.id,
        aliases: [...g.names].filter((n) => n !== first.id).sort(),
        severity: levels[0],
        summary: summaryOf(g.hits.find((h) => h.record.summary?.trim())?.record ?? first),
        fixed: [...new Set(g.hits.flatMap((h) => h.hit.fixed))],
        lastAffected: [...new Set(g.hits.flatMap((h) => h.hit.lastAffected))],
        url: advisoryUrl(first),
    };
}
const rank = (f) => (f.severity ? (0,severity/* severityRank */.qs)(f.severity.level) : -1);
const mostSevereFirst = (a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id);
/** Findings (one per vulnerability and package) and records that could not be decided. */
function findAdvisories(db, installed) {
    const findings = [];
    const undecided = [];
    for (const pkg of installed) {
        const hits = [];
        for (const record of db.byPackage.get((0,layout/* normalizePackageName */.NX)(pkg.name)) ?? []) {
            const verdict = affectedBy(record, pkg.name, pkg.version);
            if (verdict)
                hits.push({ record, hit: verdict });
            else if (verdict === undefined)
                undecided.push({ package: pkg, id: record.id, url: advisoryUrl(record) });
        }
        findings.push(...group(hits)
            .map((g) => finding(pkg, g))
            .sort(mostSevereFirst));
    }
    return { findings, undecided };
}

;// CONCATENATED MODULE: ./build/src/advisories/index.js






// EXTERNAL MODULE: ./build/src/policy/result.js
var result = __webpack_require__(83527);
;// CONCATENATED MODULE: ./build/src/policy/advisories.js
// The `frameworks.advisories` rule: which OSV records apply (the shipped ones, a policy's
// paths, or what `--advisories` names in place of the shipped ones), and what they find in
// the recorded packages.



/**
 * The sources that apply: the policy's list (absent means `default`), with `default`
 * replaced by `override` when one is given. Policy paths are relative to the policy file.
 */
function advisorySources(policy, override = []) {
    const listed = policy?.frameworks?.advisories ?? ['default'];
    if (listed === 'none')
        return [];
    return listed.flatMap((s) => s === 'default'
        ? override.length > 0
            ? override.map((path) => ({ path: (0,external_node_path_.resolve)(path) }))
            : ['default']
        : [{ path: (0,external_node_path_.resolve)(policy?.dir ?? '.', s.path) }]);
}
function advisoryDatabase(policy, override = []) {
    return loadAdvisories(advisorySources(policy, override));
}
function describeFinding(f) {
    const also = f.aliases.length ? ` (${f.aliases.join(', ')})` : '';
    const from = f.severity?.from ? ` (${f.severity.from})` : '';
    const severity = f.severity ? `severity ${f.severity.level}${from}` : 'severity not stated';
    const last = f.lastAffected.length ? ` (last affected ${f.lastAffected.join(', ')})` : '';
    const fixed = f.fixed.length ? `fixed in ${f.fixed.join(', ')}` : `no fixed version${last}`;
    return `${f.package.name} ${f.package.version} is affected by ${f.id}${also}, ${severity}: ${f.summary}; ${fixed}; ${f.url}`;
}
/** A finding below `min-severity` is left out; one without a stated severity never is. */
function severe(f, min) {
    return !min || !f.severity || (0,severity/* severityRank */.qs)(f.severity.level) >= (0,severity/* severityRank */.qs)(min);
}
/** Results for the recorded packages (the caller says when there are none to judge). */
function advisoryResults(db, installed, opts) {
    const rule = 'frameworks.advisories';
    const { findings, undecided } = findAdvisories(db, installed);
    const out = findings
        .filter((f) => severe(f, opts.minSeverity))
        .map((f) => (0,result/* failed */.gz)(rule, describeFinding(f), f.package.name));
    // Fail closed: a version the record's ranges cannot be ordered against is not shown safe.
    for (const u of undecided)
        out.push((0,result/* failed */.gz)(rule, `${u.package.name} version '${u.package.version}' cannot be compared with ${u.id}'s affected ranges; ${u.url}`, u.package.name));
    if (out.length === 0) {
        const below = findings.length ? `; ${findings.length} below ${opts.minSeverity}` : '';
        out.push((0,result/* passed */.bF)(rule, `no recorded package is affected by the ${db.records.length} advisories of ${db.sources.join(', ')}${below}`));
    }
    return out;
}


/***/ }),

/***/ 90252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uz: () => (/* binding */ evaluatePolicy),
  R3: () => (/* binding */ knownAdvisories),
  Iq: () => (/* binding */ rulesNotEvaluated)
});

// EXTERNAL MODULE: ./build/src/identity/signer-policy.js
var signer_policy = __webpack_require__(51195);
// EXTERNAL MODULE: ./build/src/policy/advisories.js + 5 modules
var policy_advisories = __webpack_require__(50923);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
// EXTERNAL MODULE: ./build/src/commitment/proof.js
var proof = __webpack_require__(75645);
// EXTERNAL MODULE: ./build/src/licenses/spdx.js
var spdx = __webpack_require__(46783);
// EXTERNAL MODULE: ./build/src/policy/result.js
var result = __webpack_require__(83527);
;// CONCATENATED MODULE: ./build/src/policy/dataset-rules.js
// The datasets section of a policy: each rule passes once, or fails once per dataset at fault;
// a dataset that does not record what a rule reads fails it, or, with allow-unrecorded, is
// listed as not evaluated.




/** The dataset's digest of one algorithm, when it records one. */
function digestOf(d, algorithm) {
    const have = Object.entries(d.digest ?? {}).find(([alg, v]) => alg.toLowerCase() === algorithm.toLowerCase() && typeof v === 'string' && v !== '');
    return have?.[1].toLowerCase();
}
function matchesPattern(d, p) {
    if (p.kind === 'digest')
        return digestOf(d, p.algorithm) === p.hex;
    return (d.uri !== undefined && (0,esm/* minimatch */.xF)(d.uri, p.glob, { dot: true, nocomment: true, nonegate: true }));
}
const datasetLabel = (d) => d.name && d.name !== d.uri ? `${d.name} (${d.uri})` : d.uri || d.name;
const hasDigest = (d) => !d.unpinned && Object.values(d.digest ?? {}).some((v) => typeof v === 'string' && v !== '');
/**
 * A rule over every dataset: the failures and the datasets it could not judge (each with its
 * reason), and one pass when it judged at least one and failed none. A record that names no
 * dataset gives the rule nothing to judge: it fails closed, unless allow-unrecorded.
 */
function perDataset(rule, all, ds, check, passedReason) {
    if (all.length === 0)
        return [
            (0,result/* unrecorded */.yt)(rule, 'datasets', ds.allowUnrecorded, {
                reason: 'the record names no datasets, so this rule cannot be checked',
                fix: 'name the training data in `datasets`',
            }),
        ];
    const results = [];
    let judged = 0;
    for (const d of all) {
        const mine = [check(d) ?? []].flat();
        if (!mine.some((r) => r.status === 'not-evaluated'))
            judged++;
        results.push(...mine);
    }
    if (judged === 0 || results.some((r) => r.status === 'failed'))
        return results;
    const note = results.length > 0 ? ` (${all.length - judged} of ${all.length} not evaluated)` : '';
    return [(0,result/* passed */.bF)(rule, `${passedReason}${note}`), ...results];
}
function licenceProblem(d, ds) {
    const rule = 'datasets.licenses';
    const list = ds.licenses.join(', ');
    if (!d.license)
        return (0,result/* unrecorded */.yt)(rule, 'datasets', ds.allowUnrecorded, {
            reason: `dataset ${datasetLabel(d)} records no licence, so it cannot be shown to be one of ${list}`,
            fix: 'record it in the datasets file',
            subject: d.name,
        });
    if ((0,spdx/* licenceAllowed */._i)(d.license, ds.licenses))
        return undefined;
    const declared = d.licenseDeclared ? ` (declared '${d.licenseDeclared}')` : '';
    return (0,result/* failed */.gz)(rule, `dataset ${datasetLabel(d)} has licence '${d.license}'${declared}, which the allowed licences (${list}) do not satisfy`, d.name);
}
/** The section's rules, in the order they are evaluated: name, check, and what a pass says. */
function datasetChecks(ds, proofs) {
    const out = [];
    if (ds.denyContent)
        out.push([
            'deny-content',
            (d) => absenceResults(d, ds, proofs),
            denyContentPassed(ds.denyContent),
        ]);
    if (ds.requireDigest)
        out.push([
            'require-digest',
            (d) => hasDigest(d)
                ? undefined
                : (0,result/* failed */.gz)('datasets.require-digest', `dataset ${datasetLabel(d)} carries no content digest (unpinned)`, d.name),
            'every dataset carries a digest',
        ]);
    if (ds.allow) {
        const allowed = ds.allow.map((p) => p.text).join(', ') || 'none';
        out.push([
            'allow',
            (d) => ds.allow.some((p) => matchesPattern(d, p))
                ? undefined
                : (0,result/* failed */.gz)('datasets.allow', `dataset ${datasetLabel(d)} matches no allowed pattern (${allowed})`, d.name),
            'every dataset is allowed',
        ]);
    }
    if (ds.deny)
        out.push(['deny', (d) => denyResult(d, ds), 'no dataset is denied']);
    if (ds.licenses)
        out.push(['licenses', (d) => licenceProblem(d, ds), 'every recorded licence is allowed']);
    return out;
}
function datasetRules(view, ds, proofs) {
    const all = view.datasets ?? [];
    return datasetChecks(ds, proofs).flatMap(([name, check, ok]) => perDataset(`datasets.${name}`, all, ds, check, ok));
}
/** The section's rules by name, in the order they are evaluated. */
function datasetRuleNames(ds) {
    return datasetChecks(ds, []).map(([name]) => `datasets.${name}`);
}
/**
 * Denied by a pattern it matches; and where it records no digest of a denied algorithm, it
 * cannot be shown not to be that content (a `sha256:` entry against a `gitCommit`-only record).
 */
function denyResult(d, ds) {
    const hit = ds.deny.find((p) => matchesPattern(d, p));
    if (hit)
        return (0,result/* failed */.gz)('datasets.deny', `dataset ${datasetLabel(d)} is denied by '${hit.text}'`, d.name);
    const blind = ds.deny.filter((p) => p.kind === 'digest' && digestOf(d, p.algorithm) === undefined);
    if (blind.length === 0)
        return undefined;
    const algs = [...new Set(blind.map((p) => p.algorithm))].join(', ');
    return (0,result/* unrecorded */.yt)('datasets.deny', 'datasets', ds.allowUnrecorded, {
        reason: `dataset ${datasetLabel(d)} records no ${algs} digest, so it cannot be shown not to be ${blind.map((p) => `'${p.text}'`).join(', ')}`,
        fix: `record its ${algs} digest in \`datasets\` (\`URI ALG:HEX\`)`,
        subject: d.name,
    });
}
const denyContentPassed = (digests) => `every committed dataset is proven not to hold the ${digests.length} denied digest${digests.length === 1 ? '' : 's'}`;
/**
 * `deny-content`: for every denied digest, a proof that holds against the dataset's recorded
 * commitment and shows the digest absent. A membership proof, a missing proof, or one against
 * another root fails, naming the digest and the dataset; a dataset with no commitment cannot
 * be judged.
 */
function absenceResults(d, ds, proofs) {
    const rule = 'datasets.deny-content';
    if (!d.commitment) {
        const n = ds.denyContent.length;
        return [
            (0,result/* unrecorded */.yt)(rule, 'datasets', ds.allowUnrecorded, {
                reason: `dataset ${datasetLabel(d)} records no content commitment, so the ${n} denied digest${n === 1 ? '' : 's'} cannot be shown absent from it`,
                fix: 'attest the data itself, a directory or a digest list, rather than a reference',
                subject: d.name,
            }),
        ];
    }
    return ds.denyContent.flatMap((hex) => {
        const reason = absenceProblem(`sha256:${hex}`, d, d.commitment, proofs);
        return reason ? [(0,result/* failed */.gz)(rule, reason, d.name)] : [];
    });
}
function absenceProblem(digest, d, c, proofs) {
    const mine = proofs.filter((p) => p.digest === digest && p.commitment.root === c.root && p.commitment.leaves === c.leaves);
    if (mine.length === 0)
        return `no proof that ${digest} is absent from dataset ${datasetLabel(d)} (root ${c.root}); make one with \`training-provenance prove --dataset ${d.path ?? d.name} --digest ${digest}\``;
    const checks = mine.map((p) => (0,proof/* checkProof */.DW)(p, c));
    if (checks.some((k) => k.ok && !k.member))
        return undefined;
    if (checks.some((k) => k.ok && k.member))
        return `${digest} WAS in dataset ${datasetLabel(d)}: its proof shows it as a member`;
    const first = checks.find((k) => !k.ok);
    return `the proof that ${digest} is absent from dataset ${datasetLabel(d)} does not hold: ${first.reason}`;
}

// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/versions/pep440.js
var pep440 = __webpack_require__(16668);
;// CONCATENATED MODULE: ./build/src/policy/framework-rules.js




function installed(view) {
    const map = new Map();
    for (const p of view.packages ?? []) {
        const key = (0,layout/* normalizePackageName */.NX)(p.name);
        const list = map.get(key) ?? [];
        list.push({ name: p.name, version: p.version });
        map.set(key, list);
    }
    return map;
}
/** Why the record has no packages to judge, or undefined when it has some. */
function pythonUnrecorded(view) {
    const why = view.pythonReason ? ` (${view.pythonReason})` : '';
    if (view.pythonPresent === false)
        return `no Python environment was recorded${why}`;
    if ((view.packages ?? []).length === 0)
        return 'no Python packages were recorded';
    return undefined;
}
const FIX = 'attest with the training interpreter, `python: PATH`';
function denyRule(rule, pkgs, r) {
    const out = [];
    for (const p of pkgs.get((0,layout/* normalizePackageName */.NX)(r.package)) ?? []) {
        const hit = (0,pep440/* satisfies */.ib)(p.version, r.range);
        if (hit === true) {
            const why = r.reason ? `: ${r.reason}` : '';
            out.push((0,result/* failed */.gz)(rule, `${p.name} ${p.version} is denied (${r.versions ?? 'any version'})${why}`, p.name));
        }
        else if (hit === undefined) {
            // Fail closed: a version we cannot order cannot be shown to be outside the range.
            out.push((0,result/* failed */.gz)(rule, `${p.name} version '${p.version}' cannot be compared with '${r.versions}'`, p.name));
        }
    }
    if (out.length > 0)
        return out;
    const what = r.versions ? `${r.package} ${r.versions}` : r.package;
    return [(0,result/* passed */.bF)(rule, `${what} not present`, r.package)];
}
function requireRule(rule, pkgs, r) {
    const found = pkgs.get((0,layout/* normalizePackageName */.NX)(r.package)) ?? [];
    if (found.length === 0)
        return (0,result/* failed */.gz)(rule, `${r.package} is required but not recorded`, r.package);
    const good = found.find((p) => (0,pep440/* satisfies */.ib)(p.version, r.range) === true);
    if (good)
        return (0,result/* passed */.bF)(rule, `${good.name} ${good.version} satisfies ${r.versions ?? 'any version'}`, r.package);
    const versions = found.map((p) => p.version).join(', ');
    return (0,result/* failed */.gz)(rule, `${r.package} ${versions} does not satisfy ${r.versions}`, r.package);
}
/** Every rule of the section, each judged on the record, or said why it could not be. */
function frameworkRules(view, policy, advisories) {
    const fw = policy.frameworks ?? {};
    const missing = pythonUnrecorded(view);
    if (missing !== undefined)
        return frameworkRuleNames(fw).map(([rule, r]) => blind(rule, fw, missing, r));
    const pkgs = installed(view);
    const out = [];
    if (fw.advisories !== 'none') {
        const db = advisories ?? (0,policy_advisories/* advisoryDatabase */.dr)(policy);
        out.push(...(0,policy_advisories/* advisoryResults */.yY)(db, view.packages ?? [], { minSeverity: fw.minSeverity }));
    }
    (fw.deny ?? []).forEach((r, i) => out.push(...denyRule(`frameworks.deny[${i}]`, pkgs, r)));
    (fw.require ?? []).forEach((r, i) => out.push(requireRule(`frameworks.require[${i}]`, pkgs, r)));
    return out;
}
/** The section's rules by name, in the order they are evaluated, each with its package rule. */
function frameworkRuleNames(fw) {
    return [
        ...(fw.advisories !== 'none' ? [['frameworks.advisories']] : []),
        ...(fw.deny ?? []).map((r, i) => [`frameworks.deny[${i}]`, r]),
        ...(fw.require ?? []).map((r, i) => [`frameworks.require[${i}]`, r]),
    ];
}
function blind(rule, fw, missing, r) {
    const what = !r
        ? 'the advisories cannot be checked'
        : rule.startsWith('frameworks.deny')
            ? `${r.package} cannot be shown absent`
            : `${r.package} cannot be shown present`;
    return (0,result/* unrecorded */.yt)(rule, 'frameworks', fw.allowUnrecorded, {
        reason: `${what}: ${missing}`,
        fix: FIX,
        subject: r?.package,
    });
}

// EXTERNAL MODULE: ./build/src/policy/policy.js + 2 modules
var policy_policy = __webpack_require__(43720);
;// CONCATENATED MODULE: ./build/src/policy/evaluate.js







function ageRule(view, maxAge, now, signedAt) {
    let at = signedAt;
    if (!at && view.finishedOn) {
        const t = new Date(view.finishedOn);
        if (!Number.isNaN(t.getTime()))
            at = { time: t, source: 'statement' };
    }
    // Fails closed: a record that says nothing of its time is not shown young.
    if (!at)
        return (0,result/* failed */.gz)('max-age', 'no signing time and no finishedOn: the age cannot be measured');
    const what = at.source === 'transparency-log'
        ? 'transparency log time'
        : at.source === 'timestamp-authority'
            ? 'timestamp authority time'
            : "statement's finishedOn (not a signed time)";
    const ageMs = now.getTime() - at.time.getTime();
    const days = humanAge(ageMs);
    const measured = `attestation is ${days} old by its ${what} ${at.time.toISOString()}`;
    return ageMs > maxAge.ms
        ? (0,result/* failed */.gz)('max-age', `${measured}, more than max-age ${maxAge.text}`)
        : (0,result/* passed */.bF)('max-age', `${measured}, within ${maxAge.text}`);
}
function identityRules(signer, id) {
    const expect = {
        repository: id.repository,
        signerWorkflow: id.signerWorkflow,
        sourceRef: id.sourceRef,
        denySelfHostedRunners: id.runner === 'github-hosted',
    };
    if (!expect.repository &&
        !expect.signerWorkflow &&
        !expect.sourceRef &&
        !expect.denySelfHostedRunners)
        return [];
    if (!signer)
        return [
            (0,result/* failed */.gz)('identity', 'the statement is not signed: there is no signer to check the identity block against'),
        ];
    return (0,signer_policy/* checkIdentity */.Z0)(signer, expect)
        .filter((c) => c.check !== 'identity-required' || expect.repository || expect.signerWorkflow)
        .map((c) => (0,result/* checked */.KD)(`identity.${c.check}`, c.ok, c.reason, c.actual));
}
/**
 * Evaluate every rule of the policy. `signer` is the verified certificate's identity
 * (undefined for an unsigned statement); `now` the time of verification.
 */
function evaluatePolicy(view, signer, policy, now, opts = {}) {
    const out = [];
    if (policy.identity && opts.includeIdentity !== false)
        out.push(...identityRules(signer, policy.identity));
    out.push(...recordRules(view, policy, opts));
    if (policy.maxAge)
        out.push(ageRule(view, policy.maxAge, now, opts.signedAt));
    if (policy.buildType) {
        const ok = view.buildType === policy.buildType.uri;
        out.push((0,result/* checked */.KD)('build-type', ok, ok
            ? `buildType is ${policy.buildType.uri}`
            : `buildType is ${view.buildType ?? '(none)'}, the policy requires ${policy.buildType.uri}`));
    }
    return out;
}
/**
 * The datasets and frameworks rules, which only the training record answers. On any other
 * statement they are not evaluated, and one failed rule says why and what to pass.
 */
function recordRules(view, policy, opts) {
    if (!(0,policy_policy/* needsTrainingRecord */.F)(policy))
        return [];
    const role = (0,layout/* statementRole */.qh)(view.predicateType, view.buildType);
    if (role !== 'training-record') {
        const what = role === 'build-provenance' ? 'the build provenance' : `a ${view.predicateType}`;
        const why = `no verified training record: only it records datasets and frameworks, and the statement verified is ${what}`;
        return [
            (0,result/* failed */.gz)('training-record', 'the policy checks datasets or frameworks, which only the training record carries, and no verified training record was found', undefined, 'pass training.sigstore.json (written beside provenance.sigstore.json by attest) with `bundle`, or store it with push-to-github'),
            ...recordRuleNames(policy).map((rule) => (0,result/* notEvaluated */.JB)(rule, why)),
        ];
    }
    return [
        ...(policy.datasets ? datasetRules(view, policy.datasets, opts.proofs ?? []) : []),
        ...frameworkRules(view, policy, opts.advisories),
    ];
}
function recordRuleNames(policy) {
    return [
        ...(policy.datasets ? datasetRuleNames(policy.datasets) : []),
        ...frameworkRuleNames(policy.frameworks ?? {}).map(([rule]) => rule),
    ];
}
/**
 * Every rule but the identity block's, not evaluated for `reason`: no statement verified
 * for the policy to read.
 */
function rulesNotEvaluated(policy, reason) {
    return [
        ...((0,policy_policy/* needsTrainingRecord */.F)(policy) ? recordRuleNames(policy) : []),
        ...(policy.maxAge ? ['max-age'] : []),
        ...(policy.buildType ? ['build-type'] : []),
    ].map((rule) => (0,result/* notEvaluated */.JB)(rule, reason));
}
/**
 * Known advisories that affect the recorded packages, for verify without a policy: reported
 * as warnings, not violations (a policy makes them violations). Nothing when nothing was recorded.
 */
function knownAdvisories(view, db) {
    return (0,policy_advisories/* advisoryResults */.yY)(db, view.packages ?? [], {})
        .filter((r) => r.status === 'failed')
        .map((r) => r.reason);
}
/** An age in the unit that shows it: `42 s`, `5.0 min`, `3.2 h`, `12.5 days` (1 s is not "0.0 days"). */
function humanAge(ms) {
    const s = ms / 1000;
    if (s < 120)
        return `${Math.round(s)} s`;
    if (s < 7200)
        return `${(s / 60).toFixed(1)} min`;
    if (s < 172_800)
        return `${(s / 3600).toFixed(1)} h`;
    return `${(s / 86_400).toFixed(1)} days`;
}


/***/ }),

/***/ 43720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tb: () => (/* binding */ loadPolicy),
  F: () => (/* binding */ needsTrainingRecord)
});

// UNUSED EXPORTS: MAX_POLICY_BYTES, PolicyError, parsePolicy

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
;// CONCATENATED MODULE: ./build/src/policy/reader.js
// Reading a policy's YAML tree with positions: each error is collected with its line and
// column (and a suggestion for a mistyped key) instead of stopping at the first.


/** Every error of one policy file; `errors` lists them as `file:line:col: message`. */
class PolicyError extends errors/* ProvenanceError */.CG {
    errors;
    constructor(source, errors) {
        super('POLICY_INVALID', errors.length === 1
            ? errors[0]
            : `${source} has ${errors.length} errors: ${errors.join('; ')}`, {
            input: 'policy',
            value: source,
            fix: 'correct the policy file; the README section "The policy file" lists every key',
        });
        this.name = 'PolicyError';
        this.errors = errors;
    }
}
function levenshtein(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
    }
    return d[a.length][b.length];
}
function suggest(key, known) {
    const k = key.toLowerCase().replace(/_/g, '-');
    let best;
    let bestD = Infinity;
    for (const cand of known) {
        // A prefix is its length difference away; any other key that much longer or shorter is
        // more than 2 away. Either way no O(n·m) table for a 200 kB key.
        const gap = Math.abs(k.length - cand.length);
        const prefix = k.startsWith(cand) || cand.startsWith(k);
        if (gap > 2 && !prefix)
            continue;
        const d = prefix ? gap : levenshtein(k, cand);
        if (d < bestD) {
            bestD = d;
            best = cand;
        }
    }
    return best !== undefined && (bestD <= 2 || best.startsWith(k) || k.startsWith(best))
        ? best
        : undefined;
}
/** Walks the YAML tree with positions, collecting errors instead of stopping at the first. */
class Reader {
    source;
    lines;
    found = [];
    /** What is read but should be written otherwise (deprecated syntax), as `file:line:col: message`. */
    notices = [];
    constructor(source, lines) {
        this.source = source;
        this.lines = lines;
    }
    notice(node, message) {
        const { line, col } = this.lines.linePos(node?.range?.[0] ?? 0);
        this.notices.push(`${this.source}:${line}:${col}: ${message}`);
    }
    error(node, message) {
        const offset = ((0,dist/* isPair */.tO)(node)
            ? node.key?.range?.[0]
            : node?.range?.[0]) ?? 0;
        const { line, col } = this.lines.linePos(offset);
        this.found.push({ line, col, text: `${this.source}:${line}:${col}: ${message}` });
    }
    /** Every error so far, in the order of the file. */
    get errors() {
        return [...this.found].sort((a, b) => a.line - b.line || a.col - b.col).map((e) => e.text);
    }
    /** The pairs of a mapping, unknown keys reported. */
    map(node, where, known) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.error(node, `${where} must be a mapping (key: value lines)${describe(node)}`);
            return undefined;
        }
        const out = new Map();
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
            if (typeof key !== 'string') {
                this.error(pair, `keys under ${where} must be words, got ${describe(pair.key).replace(/^, got /, '')}`);
                continue;
            }
            if (!known.includes(key)) {
                const s = suggest(key, known);
                this.error(pair, `unknown key '${key}' under ${where}${s ? `; did you mean '${s}'?` : `; known keys: ${known.join(', ')}`}`);
                continue;
            }
            out.set(key, pair);
        }
        return out;
    }
    string(node, name, opts = {}) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim() !== '')
            return node.value;
        if (opts.numbersAsText && (0,dist/* isScalar */.jn)(node) && typeof node.value === 'number') {
            // `versions: 2.10` parses as the number 2.1: keep the text as written.
            return node.source ?? String(node.value);
        }
        this.error(node, `'${name}' must be a non-empty string${describe(node)}`);
        return undefined;
    }
    boolean(node, name) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
            return node.value;
        this.error(node, `'${name}' must be true or false${describe(node)}`);
        return undefined;
    }
    /** A string or a list of strings, as a list. */
    stringOrList(node, name, opts = {}) {
        if ((0,dist/* isSeq */.oP)(node))
            return this.stringList(node, name, opts);
        const v = this.string(node, name, opts);
        return v === undefined ? undefined : [{ value: v, node: node }];
    }
    stringList(node, name, opts = {}) {
        if (!(0,dist/* isSeq */.oP)(node)) {
            this.error(node, `'${name}' must be a list${describe(node)}`);
            return undefined;
        }
        const out = [];
        node.items.forEach((item, i) => {
            const v = this.string(item, `${name}[${i}]`, opts);
            if (v !== undefined)
                out.push({ value: v, node: item });
        });
        return out;
    }
}
function describe(node) {
    if (node === null || node === undefined)
        return ', got nothing';
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (v === null)
            return ', got nothing';
        return `, got ${typeof v} ${JSON.stringify(v)}`;
    }
    if ((0,dist/* isSeq */.oP)(node))
        return ', got a list';
    if ((0,dist/* isMap */.jh)(node))
        return ', got a mapping';
    return '';
}
function firstAlias(node) {
    if ((0,dist/* isAlias */.Vj)(node))
        return node;
    if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items) {
            const found = (0,dist/* isPair */.tO)(item)
                ? (firstAlias(item.key) ?? firstAlias(item.value))
                : firstAlias(item);
            if (found)
                return found;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/src/identity/signer-policy.js
var signer_policy = __webpack_require__(51195);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/commitment/leaves.js
var leaves = __webpack_require__(36511);
// EXTERNAL MODULE: ./build/src/advisories/severity.js
var severity = __webpack_require__(99158);
// EXTERNAL MODULE: ./build/src/licenses/spdx.js
var spdx = __webpack_require__(46783);
// EXTERNAL MODULE: ./build/src/versions/pep440.js
var pep440 = __webpack_require__(16668);
;// CONCATENATED MODULE: ./build/src/policy/sections.js








const DIGEST_LENGTHS = {
    sha256: 64,
    sha384: 96,
    sha512: 128,
    sha1: 40,
    md5: 32,
    gitcommit: 40,
};
/** `ALG:REST`: a digest entry when ALG is one of DIGEST_LENGTHS, whatever REST holds. */
const DIGEST_PREFIX = /^([A-Za-z0-9]+):(.*)$/s;
const DURATION = /^(\d+)\s*(s|m|h|d|w)$/;
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** Bare hex of a digest's length, as `sha256sum` prints it: the algorithm it must be written with. */
const BARE_DIGEST = { 64: 'sha256', 96: 'sha384', 128: 'sha512' };
/** `ALG:hex` for a bare digest pasted without its algorithm, else undefined. */
function bareDigest(text) {
    const t = text.trim();
    const alg = /^[0-9a-fA-F]+$/.test(t) ? BARE_DIGEST[t.length] : undefined;
    return alg ? `${alg}:${t.toLowerCase()}` : undefined;
}
/**
 * A dataset entry of a known algorithm (`sha256:`, `gitCommit:`, ...) is a digest and must be
 * one: a typo in its hex would otherwise make it a URI glob that matches nothing, and a deny
 * rule that denies nothing. Other entries are URI globs.
 */
function datasetPattern(r, node, text, name) {
    const bare = bareDigest(text);
    if (bare) {
        // Read as a URI pattern it would match nothing: a deny that denies nothing.
        r.error(node, `'${name}': '${text}' is a digest without its algorithm; write '${bare}'`);
        return undefined;
    }
    const m = DIGEST_PREFIX.exec(text.trim());
    const alg = m?.[1].toLowerCase();
    const want = alg === undefined ? undefined : DIGEST_LENGTHS[alg];
    if (!m || alg === undefined || want === undefined)
        return { kind: 'uri', glob: text, text };
    const algorithm = alg === 'gitcommit' ? 'gitCommit' : alg;
    const hex = m[2];
    const digest = `'${name}': ${algorithm} digest '${text}'`;
    const notHex = /[^0-9a-fA-F]/.exec(hex);
    if (notHex) {
        r.error(node, `${digest} must have ${want} hex digits (0-9, a-f): ${JSON.stringify(notHex[0])} at character ${notHex.index + 1} is not one`);
        return undefined;
    }
    if (hex.length !== want) {
        r.error(node, `${digest} must have ${want} hex digits, has ${hex.length}`);
        return undefined;
    }
    if (hex !== hex.toLowerCase()) {
        r.error(node, `${digest} must be written in lower case, as digests are recorded: '${algorithm}:${hex.toLowerCase()}'`);
        return undefined;
    }
    return { kind: 'digest', algorithm, hex, text };
}
function packageRules(r, node, name, withReason) {
    if (!(0,dist/* isSeq */.oP)(node)) {
        r.error(node, `'${name}' must be a list of {package, versions${withReason ? ', reason' : ''}}${describe(node)}`);
        return undefined;
    }
    const out = [];
    node.items.forEach((item, i) => {
        const where = `'${name}[${i}]'`;
        const keys = withReason ? ['package', 'versions', 'reason'] : ['package', 'versions'];
        const m = r.map(item, where, keys);
        if (!m)
            return;
        const pkgPair = m.get('package');
        if (!pkgPair) {
            r.error(item, `${where} needs 'package'`);
            return;
        }
        const pkg = r.string(pkgPair.value, `${name}[${i}].package`);
        const vPair = m.get('versions');
        const range = vPair ? versionRange(r, vPair.value, `${name}[${i}].versions`) : pep440/* ANY_VERSION */.W1;
        const rPair = m.get('reason');
        const reason = rPair ? r.string(rPair.value, `${name}[${i}].reason`) : undefined;
        if (pkg !== undefined && range)
            out.push({ package: pkg, versions: vPair ? range.text : undefined, range, reason });
    });
    return out;
}
/** `identity:` the workflow pins, each checked as the command-line flags are. */
function readIdentity(r, entry) {
    const m = r.map(entry.value, "'identity'", [
        'repository',
        'signer-workflow',
        'source-ref',
        'runner',
    ]);
    if (!m)
        return undefined;
    const id = {};
    const checked = (key, check) => {
        const pair = m.get(key);
        const v = pair ? r.string(pair.value, `identity.${key}`) : undefined;
        if (v === undefined)
            return undefined;
        try {
            check(v);
            return v;
        }
        catch (e) {
            r.error(pair.value, `'identity.${key}': ${e.message}`);
            return undefined;
        }
    };
    const repository = checked('repository', signer_policy/* parseRepository */.SU);
    if (repository !== undefined)
        id.repository = repository;
    const signerWorkflow = checked('signer-workflow', signer_policy/* parseSignerWorkflow */.pv);
    if (signerWorkflow !== undefined)
        id.signerWorkflow = signerWorkflow;
    const ref = m.get('source-ref');
    if (ref)
        id.sourceRef = r.string(ref.value, 'identity.source-ref');
    const runner = m.get('runner');
    if (runner) {
        const v = r.string(runner.value, 'identity.runner');
        if (v === 'github-hosted' || v === 'any')
            id.runner = v;
        else if (v !== undefined)
            r.error(runner.value, `'identity.runner' must be github-hosted or any, got '${v}'`);
    }
    return id;
}
function readDatasets(r, entry) {
    const m = r.map(entry.value, "'datasets'", [
        'require-digest',
        'allow',
        'deny',
        'licenses',
        'deny-content',
        'allow-unrecorded',
    ]);
    if (!m)
        return undefined;
    const ds = {};
    const req = m.get('require-digest');
    if (req)
        ds.requireDigest = r.boolean(req.value, 'datasets.require-digest');
    for (const key of ['allow', 'deny']) {
        const p = m.get(key);
        const list = p ? r.stringList(p.value, `datasets.${key}`) : undefined;
        if (!list)
            continue;
        ds[key] = list
            .map(({ value, node }, i) => datasetPattern(r, node, value, `datasets.${key}[${i}]`))
            .filter((x) => x !== undefined);
    }
    const lic = m.get('licenses');
    if (lic)
        ds.licenses = licenceList(r, lic.value);
    const content = m.get('deny-content');
    if (content)
        ds.denyContent = contentDigests(r, content.value, 'datasets.deny-content');
    const open = m.get('allow-unrecorded');
    if (open)
        ds.allowUnrecorded = r.boolean(open.value, 'datasets.allow-unrecorded');
    return ds;
}
/** Licences one by one (SPDX ids, or names outside SPDX such as `openrail`). */
function licenceList(r, node) {
    const list = r.stringList(node, 'datasets.licenses');
    list?.forEach(({ value, node: at }, i) => {
        const problem = (0,spdx/* allowListEntry */.u9)(value).problem;
        if (problem)
            r.error(at, `'datasets.licenses[${i}]': ${problem}`);
    });
    return list?.map((x) => x.value);
}
/** `sha256:HEX` entries, lower-cased; anything else is reported where it stands. */
function contentDigests(r, node, name) {
    const out = [];
    (r.stringList(node, name) ?? []).forEach(({ value, node: at }, i) => {
        const hex = (0,leaves/* parseSha256 */.tz)(value);
        const bare = bareDigest(value);
        if (hex !== undefined)
            out.push(hex);
        else if (bare?.startsWith('sha256:'))
            r.error(at, `'${name}[${i}]': '${value}' is a digest without its algorithm; write '${bare}'`);
        else
            r.error(at, `'${name}[${i}]' must be sha256:<64 hex> (a content digest), got '${value}'`);
    });
    return out;
}
/** `versions:` of a package rule: a specifier set or a list of them; the old syntax noted. */
function versionRange(r, node, name) {
    const list = r.stringOrList(node, name, { numbersAsText: true });
    if (!list)
        return undefined;
    const texts = list.map((x) => x.value);
    const parsed = (0,pep440/* parseRange */.RC)((0,dist/* isSeq */.oP)(node) ? texts : texts[0]);
    if (typeof parsed === 'string') {
        r.error(node, `'${name}': ${parsed}`);
        return undefined;
    }
    if (parsed.notice)
        r.notice(node, `'${name}': ${parsed.notice}`);
    return parsed.range;
}
/** `default`, `none`, or a list of `default` and paths of OSV data. */
function advisoryList(r, node) {
    const list = r.stringOrList(node, 'frameworks.advisories');
    if (!list)
        return undefined;
    if (list.length === 1 && list[0].value.trim() === 'none')
        return 'none';
    const out = [];
    for (const { value, node: at } of list) {
        const v = value.trim();
        if (v === 'none')
            r.error(at, "'frameworks.advisories': 'none' cannot be listed with other sources");
        else
            out.push(v === 'default' ? 'default' : { path: v });
    }
    return out;
}
function readFrameworks(r, entry) {
    const m = r.map(entry.value, "'frameworks'", [
        'advisories',
        'min-severity',
        'deny',
        'require',
        'allow-unrecorded',
    ]);
    if (!m)
        return undefined;
    const fw = {};
    const adv = m.get('advisories');
    if (adv)
        fw.advisories = advisoryList(r, adv.value);
    const min = m.get('min-severity');
    const level = min ? r.string(min.value, 'frameworks.min-severity') : undefined;
    if (level !== undefined) {
        fw.minSeverity = (0,severity/* parseSeverity */.lv)(level);
        if (!fw.minSeverity)
            r.error(min.value, `'frameworks.min-severity' must be low, medium, high or critical, got '${level}'`);
    }
    const deny = m.get('deny');
    if (deny)
        fw.deny = packageRules(r, deny.value, 'frameworks.deny', true);
    const req = m.get('require');
    if (req)
        fw.require = packageRules(r, req.value, 'frameworks.require', false);
    const open = m.get('allow-unrecorded');
    if (open)
        fw.allowUnrecorded = r.boolean(open.value, 'frameworks.allow-unrecorded');
    return fw;
}
function readMaxAge(r, entry) {
    const v = r.string(entry.value, 'max-age');
    if (v === undefined)
        return undefined;
    const m = DURATION.exec(v.trim());
    if (!m || Number(m[1]) <= 0) {
        r.error(entry.value, `'max-age' must be a positive duration such as 30d, 12h, 90m, 2w; got '${v}'`);
        return undefined;
    }
    return { text: v.trim(), ms: Number(m[1]) * UNIT_MS[m[2]] };
}
function readBuildType(r, entry) {
    const v = r.string(entry.value, 'build-type');
    if (v === 'ours')
        return { text: v, uri: layout/* BUILD_TYPE */.mK };
    if (v === undefined)
        return undefined;
    if (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v))
        return { text: v, uri: v };
    r.error(entry.value, `'build-type' must be 'ours' or an absolute URI, got '${v}'`);
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/policy/policy.js
// The policy file (README "The policy file"): YAML, validated against a schema so that
// a typo is an error with its line and column, never a rule silently ignored. Every error
// of a file is collected and reported at once.







const MAX_POLICY_BYTES = 256 * 1024;
/**
 * Whether the policy reads what only the training record carries (datasets, frameworks and
 * their advisories); identity, max-age and build-type rules read any provenance.
 */
function needsTrainingRecord(policy) {
    const fw = policy.frameworks ?? {};
    return (policy.datasets !== undefined ||
        fw.advisories !== 'none' ||
        (fw.deny?.length ?? 0) > 0 ||
        (fw.require?.length ?? 0) > 0);
}
/** Parse and validate a policy. Throws PolicyError listing every problem. */
function parsePolicy(text, source = 'policy.yml') {
    const { root, lines } = parseYamlDocument(text, source);
    const r = new Reader(source, lines);
    const alias = firstAlias(root);
    if (alias) {
        r.error(alias, 'YAML aliases (*name) are not allowed in a policy; write the value out');
        throw new PolicyError(source, r.errors);
    }
    const top = r.map(root, 'root', [
        'version',
        'identity',
        'datasets',
        'frameworks',
        'max-age',
        'build-type',
    ]);
    if (!top)
        throw new PolicyError(source, r.errors);
    const version = top.get('version');
    if (!version)
        r.error(root, "missing 'version: 1'");
    else if (!((0,dist/* isScalar */.jn)(version.value) && (version.value.value === 1 || version.value.value === '1')))
        r.error(version.value ?? version, `'version' must be 1${describe(version.value)}`);
    const policy = {
        version: 1,
        source,
        identity: top.has('identity') ? readIdentity(r, top.get('identity')) : undefined,
        datasets: top.has('datasets') ? readDatasets(r, top.get('datasets')) : undefined,
        frameworks: top.has('frameworks') ? readFrameworks(r, top.get('frameworks')) : undefined,
        maxAge: top.has('max-age') ? readMaxAge(r, top.get('max-age')) : undefined,
        buildType: top.has('build-type') ? readBuildType(r, top.get('build-type')) : undefined,
    };
    if (r.errors.length > 0)
        throw new PolicyError(source, r.errors);
    if (r.notices.length > 0)
        policy.notices = r.notices;
    // Absent sections stay absent: whether a policy has a section decides which rules run.
    for (const key of Object.keys(policy))
        if (policy[key] === undefined)
            delete policy[key];
    return policy;
}
/** The YAML document of a policy, or every syntax error in it; size and emptiness checked. */
function parseYamlDocument(text, source) {
    if (Buffer.byteLength(text) > MAX_POLICY_BYTES) {
        throw new PolicyError(source, [
            `${source}: ${Buffer.byteLength(text)} bytes is more than the ${MAX_POLICY_BYTES} a policy may have`,
        ]);
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new PolicyError(source, doc.errors.map((e) => {
            const pos = e.linePos?.[0];
            const msg = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            return `${source}:${pos?.line ?? 1}:${pos?.col ?? 1}: ${msg}`;
        }));
    }
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null)) {
        throw new PolicyError(source, [`${source}: the policy is empty; start it with 'version: 1'`]);
    }
    return { root, lines };
}
/** Read and parse a policy file. */
async function loadPolicy(path) {
    const unreadable = (why, fix, cause) => new errors/* ProvenanceError */.CG('FILE_UNREADABLE', `cannot read policy ${path}: ${why}`, {
        input: 'policy',
        value: path,
        fix,
        cause,
    });
    let st;
    try {
        st = await (0,promises_.stat)(path);
    }
    catch (e) {
        throw unreadable(e.message, 'check the path of the policy file', e);
    }
    // A directory (EISDIR) or a FIFO (a read that never ends) is refused before it is opened.
    if (!st.isFile()) {
        throw st.isDirectory()
            ? unreadable('it is a directory', 'give the path of the policy YAML file, not its directory')
            : unreadable('it is not a regular file', 'give the path of a policy YAML file');
    }
    if (st.size > MAX_POLICY_BYTES) {
        throw new PolicyError((0,external_node_path_.basename)(path), [
            `${path}: ${st.size} bytes is more than the ${MAX_POLICY_BYTES} a policy may have`,
        ]);
    }
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw unreadable(e.message, 'check the file permissions; the step runs as the runner user', e);
    }
    return { ...parsePolicy(text, (0,external_node_path_.basename)(path)), dir: (0,external_node_path_.dirname)(path) };
}


/***/ }),

/***/ 83527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ notEvaluated),
/* harmony export */   KD: () => (/* binding */ checked),
/* harmony export */   bF: () => (/* binding */ passed),
/* harmony export */   gz: () => (/* binding */ failed),
/* harmony export */   yt: () => (/* binding */ unrecorded)
/* harmony export */ });
function result(status, rule, reason, subject, fix) {
    return {
        rule,
        status,
        ok: status === 'passed',
        reason,
        ...(subject !== undefined ? { subject } : {}),
        ...(fix !== undefined ? { fix } : {}),
    };
}
const passed = (rule, reason, subject) => result('passed', rule, reason, subject);
const failed = (rule, reason, subject, fix) => result('failed', rule, reason, subject, fix);
const notEvaluated = (rule, reason, subject) => result('not-evaluated', rule, reason, subject);
/** Passed or failed, as a check that ran said. */
const checked = (rule, ok, reason, subject) => result(ok ? 'passed' : 'failed', rule, reason, subject);
/**
 * A rule whose input the record lacks: it fails closed, saying what to record, unless the
 * section's `allow-unrecorded: true` lets it stand, as not evaluated (never as passed).
 */
function unrecorded(rule, section, allowed, what) {
    return allowed
        ? notEvaluated(rule, `${what.reason}; ${section}.allow-unrecorded: true lets it stand`, what.subject)
        : failed(rule, `${what.reason} (${what.fix}, or set ${section}.allow-unrecorded: true)`, what.subject);
}


/***/ }),

/***/ 45112:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ classifyOctokitError),
/* harmony export */   pushAttestation: () => (/* binding */ pushAttestation)
/* harmony export */ });
/* unused harmony export apiMessage */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56683);
// Stores a bundle through GitHub's attestations API, so that `gh attestation verify`
// and our verify's digest lookup find it without any file being passed around.



/**
 * The API's own words (`message`, and each `errors[]` entry) from an Octokit error, with the
 * token cut out: a proxy may quote the request's Authorization header back.
 */
function apiMessage(e, token) {
    const data = e.response?.data;
    if (!data || typeof data !== 'object')
        return undefined;
    const parts = [];
    if (typeof data.message === 'string' && data.message)
        parts.push(data.message);
    for (const err of Array.isArray(data.errors) ? data.errors : []) {
        const m = typeof err === 'string' ? err : err?.message;
        if (typeof m === 'string' && m && !parts.includes(m))
            parts.push(m);
    }
    if (parts.length === 0)
        return undefined;
    return parts.join('; ').split(token).join('***').slice(0, 500);
}
function classifyOctokitError(e) {
    const err = e;
    // Octokit reports a request that got no answer (reset, refused, timed out) as status 500
    // without a response: that is a network error, not a server's 500.
    if (typeof err.status === 'number' && err.status > 0 && err.response) {
        return { status: err.status, retryAfter: err.response.headers?.['retry-after'] ?? null };
    }
    const c = err.cause;
    const detail = c?.name === 'TimeoutError' ? 'timed out' : (c?.cause?.code ?? c?.code ?? undefined);
    return { network: true, detail };
}
async function pushAttestation(bundle, opts) {
    const [owner, repo] = opts.repository.split('/');
    if (!owner || !repo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `repository '${opts.repository}' is not OWNER/REPO`, {
            value: opts.repository,
            fix: 'run inside GitHub Actions, or set GITHUB_REPOSITORY=OWNER/REPO',
        });
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, { baseUrl: opts.apiUrl, request: { retries: 0 } });
    try {
        const res = await (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(`POST ${opts.apiUrl}/repos/${owner}/${repo}/attestations`, () => octokit.request('POST /repos/{owner}/{repo}/attestations', {
            owner,
            repo,
            bundle: bundle,
            request: { signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) },
        }), classifyOctokitError, { policy: opts.retry, log: opts.log });
        const id = String(res.data.id ?? '');
        return {
            attestationId: id,
            attestationUrl: `${opts.serverUrl}/${owner}/${repo}/attestations/${id}`,
        };
    }
    catch (e) {
        throw pushError(e, opts);
    }
}
function pushError(e, opts) {
    const f = classifyOctokitError(e);
    const what = opts.what ?? 'the attestation';
    const said = apiMessage(e, opts.token);
    if (f.status === 403 || f.status === 404 || f.status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('PERMISSION_DENIED', `the attestations API refused to store ${what} in ${opts.repository} (HTTP ${f.status}${said ? `: ${said}` : ''})`, {
            input: 'push-to-github',
            value: 'true',
            fix: "grant the job 'permissions: attestations: write' (and 'id-token: write'), or set push-to-github: false",
            cause: e,
        });
    }
    if (f.status !== undefined && f.status >= 400 && f.status < 500 && !(0,_net_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetryable */ .r3)(f)) {
        // A 4xx is GitHub refusing this content: re-running would be refused the same way.
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('STORAGE_FAILED', `the attestations API refused ${what} (HTTP ${f.status}): ${said ?? 'no message'}`, {
            input: 'push-to-github',
            value: 'true',
            fix: 'the signed bundles are kept whole in output-dir; if GitHub refuses what this version of training-provenance writes, report it as a bug, or set push-to-github: false',
            cause: e,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('STORAGE_FAILED', `the attestations API at ${opts.apiUrl} failed to store ${what}: ${f.status ? `HTTP ${f.status}` : `no answer (${f.detail ?? e.message})`}${said ? `: ${said}` : ''}`, {
        input: 'push-to-github',
        fix: 'the service did not answer after retries; re-run the job (the signed bundles are kept in output-dir)',
        cause: e,
    });
}


/***/ }),

/***/ 35886:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gm: () => (/* binding */ isLoadedBundle),
/* harmony export */   QN: () => (/* binding */ parseBundle),
/* harmony export */   SH: () => (/* binding */ isStatement),
/* harmony export */   TK: () => (/* binding */ isRejected),
/* harmony export */   wg: () => (/* binding */ collectBundles),
/* harmony export */   zi: () => (/* binding */ readBundleFile)
/* harmony export */ });
/* unused harmony exports ACCEPTED_BUNDLE_MEDIA_TYPES, MAX_BUNDLE_BYTES, MAX_BUNDLE_FILE_BYTES, toCandidate */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27406);
/* harmony import */ var _oms_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11833);
// Reading Sigstore bundles: files (.sigstore.json, .json, .jsonl with one bundle a line)
// or objects from the attestations API. Anything that is not a DSSE bundle of a known media
// type is refused with a reason, per bundle, never with a crash; a file that holds no bundle
// at all (not JSON, not an object, no media type) is the wrong file: bad input, thrown.







const ACCEPTED_BUNDLE_MEDIA_TYPES = [
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json',
];
/** One bundle may be at most this large. */
const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;
/** A bundle file (a .jsonl holds many) may be at most this large. */
const MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024;
function isRejected(c) {
    return 'error' in c;
}
const FIELD_HINTS = {
    mediaType: 'media type',
    content: 'a DSSE envelope or message signature',
    verificationMaterial: 'verification material (certificate, transparency log entries)',
    'verificationMaterial.content': 'the signing certificate',
    'verificationMaterial.tlogEntries': 'the transparency log entry list',
    'verificationMaterial.content.$case': 'a certificate chain, which a bundle v0.3 carries only as an OpenSSF model signature',
};
function invalid(source, message, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `${source}: ${message}`, {
        input: 'bundle',
        value: source,
        fix: 'pass a Sigstore bundle as written by `attest` (provenance.sigstore.json), actions/attest or `gh attestation download`',
        cause,
    });
}
/**
 * Why a JSON document is not a Sigstore bundle at all (not an object, no media type); undefined
 * when it has a bundle's frame. A file of such documents is the wrong file: bad input.
 */
function notABundle(json) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return 'is not a JSON object';
    if (typeof json.mediaType !== 'string')
        return 'has no mediaType: not a Sigstore bundle';
    return undefined;
}
/** Check and parse one bundle object. Throws ProvenanceError BUNDLE_INVALID with the reason. */
function parseBundle(json, source) {
    const notOne = notABundle(json);
    if (notOne)
        throw invalid(source, notOne);
    const mediaType = json.mediaType;
    if (!ACCEPTED_BUNDLE_MEDIA_TYPES.includes(mediaType)) {
        throw invalid(source, `has media type '${mediaType}'; accepted: ${ACCEPTED_BUNDLE_MEDIA_TYPES.join(', ')}`);
    }
    let bundle;
    try {
        bundle = modelSignatureWithChain(json) ?? (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__.bundleFromJSON)(json);
    }
    catch (e) {
        const fields = e.fields;
        if (Array.isArray(fields) && fields.length > 0) {
            const named = fields.map((f) => `${String(f)}${FIELD_HINTS[String(f)] ? ` (${FIELD_HINTS[String(f)]})` : ''}`);
            throw invalid(source, `is missing or has empty fields: ${named.join(', ')}`, e);
        }
        throw invalid(source, `is malformed: ${e.message}`, e);
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw invalid(source, 'signs a message digest, not a DSSE envelope: it carries no in-toto statement');
    }
    checkLogTimes(bundle, source);
    const vm = bundle.verificationMaterial.content;
    let rawCert;
    if (vm.$case === 'certificate')
        rawCert = vm.certificate.rawBytes;
    else if (vm.$case === 'x509CertificateChain')
        rawCert = vm.x509CertificateChain.certificates[0]?.rawBytes;
    else
        return {
            source,
            json: json,
            bundle: bundle,
            publicKeyHint: vm.publicKey.hint,
        };
    let certificate;
    try {
        certificate = _sigstore_core__WEBPACK_IMPORTED_MODULE_3__.X509Certificate.parse(Buffer.from(rawCert ?? []));
    }
    catch (e) {
        throw invalid(source, `has an unreadable signing certificate: ${e.message}`, e);
    }
    return {
        source,
        json: json,
        bundle: bundle,
        certificate,
    };
}
/**
 * A bundle v0.3 carrying an X.509 chain whose statement is an OpenSSF model signature, checked
 * as @sigstore/bundle checks v0.2 (every field, no chain rule); undefined for any other bundle.
 * model_signing's `sign certificate` writes this shape and the OMS specification's own vector
 * has it, though the bundle specification keeps the chain to v0.1/0.2. Other statements in that
 * shape (provenance) stay refused by @sigstore/bundle.
 */
function modelSignatureWithChain(json) {
    const bundle = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_4__.Bundle.fromJSON(json);
    if (bundle.verificationMaterial?.content?.$case !== 'x509CertificateChain' ||
        bundle.mediaType === _sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__.BUNDLE_V01_MEDIA_TYPE ||
        bundle.content?.$case !== 'dsseEnvelope')
        return undefined;
    let predicateType;
    try {
        predicateType = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8')).predicateType;
    }
    catch {
        return undefined;
    }
    if (predicateType !== _oms_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OMS_PREDICATE_TYPE */ .hC && predicateType !== _oms_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OMS_PREDICATE_TYPE_V02 */ .E6)
        return undefined;
    (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__.assertBundleV02)(bundle);
    return bundle;
}
/** Seconds since 1970 that a Date holds: a log entry's time is shown and compared as one. */
function checkLogTimes(bundle, source) {
    for (const [i, e] of bundle.verificationMaterial.tlogEntries.entries()) {
        const t = e.integratedTime;
        if (!/^\d{1,15}$/.test(t) || Number.isNaN(new Date(Number(t) * 1000).getTime()))
            throw invalid(source, `has a transparency log entry (#${i + 1}) whose integratedTime '${t}' is not a time in seconds since 1970`);
    }
}
/** Parse without throwing: a rejected bundle keeps its reason. */
function toCandidate(json, source) {
    try {
        return parseBundle(json, source);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG)
            return { source, error: e };
        return { source, error: invalid(source, `cannot be read: ${e.message}`, e) };
    }
}
function parseJsonText(text, source) {
    if (Buffer.byteLength(text) > MAX_BUNDLE_BYTES) {
        return {
            source,
            error: invalid(source, `is larger than ${MAX_BUNDLE_BYTES} bytes; a bundle is a few kilobytes`),
        };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        const error = invalid(source, `is not valid JSON: ${e.message}`, e);
        return { source, error, notABundle: true };
    }
    const notOne = notABundle(json);
    return notOne
        ? { source, error: invalid(source, notOne), notABundle: true }
        : toCandidate(json, source);
}
/**
 * Read every bundle of a file. `.jsonl` holds one bundle a line; any other file holds one
 * bundle, or (when it does not parse as one JSON document) one a line.
 * Throws when the file cannot be read, is too large, or holds no bundle at all.
 */
async function readBundleFile(path) {
    let size;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!st.isFile())
            throw new Error('not a regular file');
        size = st.size;
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG('FILE_UNREADABLE', `cannot read bundle ${path}: ${e.message}`, {
            input: 'bundle',
            value: path,
            fix: 'check the path; bundles are .sigstore.json, .json or .jsonl files',
            cause: e,
        });
    }
    if (size > MAX_BUNDLE_FILE_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `bundle file ${path} is ${size} bytes, more than ${MAX_BUNDLE_FILE_BYTES}`, {
            input: 'bundle',
            value: path,
            fix: 'pass the bundle file itself, not an archive or a model',
        });
    }
    // A UTF-8 byte-order mark (editors on Windows write one) is not part of the JSON.
    const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')).replace(/^\uFEFF/, '');
    const lines = () => text
        .split('\n')
        .map((l, i) => ({ l, n: i + 1 }))
        .filter(({ l }) => l.trim() !== '');
    // A file that holds no JSON at all is the wrong file, not a forged bundle: bad input (exit 2).
    if (text.trim() === '')
        throw invalid(path, 'is empty');
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path) === '.jsonl')
        return everyLine(lines(), path);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        if (lines().length > 1)
            return everyLine(lines(), path);
        throw invalid(path, `is not JSON: ${e.message}`, e);
    }
    refuseWrongDocument(doc, path);
    return [parseJsonText(text, path)];
}
/** A statement, or JSON without a bundle's frame: the wrong file (bad input), thrown. */
function refuseWrongDocument(doc, path) {
    if (isStatement(doc)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `${path} is an unsigned in-toto statement, not a bundle`, {
            input: 'bundle',
            value: path,
            fix: 'verify needs the signed bundle attest wrote beside it (.sigstore.json); `inspect` shows a statement',
        });
    }
    const notOne = notABundle(doc);
    if (notOne)
        throw invalid(path, notOne);
}
/** One bundle a line; a file none of whose lines is JSON is the wrong file. */
function everyLine(ls, path) {
    const found = ls.map(({ l, n }) => parseJsonText(l, `${path}:${n}`));
    if (found.length === 0)
        throw invalid(path, 'holds no bundle');
    const notJson = (c) => isRejected(c) && /is not valid JSON/.test(c.error.message);
    if (found.every(notJson))
        throw invalid(path, 'holds no JSON line: not a .jsonl of bundles');
    if (found.every((c) => isRejected(c) && c.notABundle))
        throw invalid(path, 'holds no bundle: no line is a JSON object with a mediaType');
    return found;
}
function isStatement(doc) {
    return (typeof doc === 'object' &&
        doc !== null &&
        typeof doc._type === 'string' &&
        doc._type.startsWith('https://in-toto.io/Statement/'));
}
/**
 * Bundles given as file paths, bundle JSON objects, labelled objects (`{source, bundle}`,
 * as lookupAttestations returns) or already-parsed bundles; in order.
 */
async function collectBundles(inputs) {
    const out = [];
    let n = 0;
    for (const input of inputs) {
        n++;
        if (typeof input === 'string')
            out.push(...(await readBundleFile(input)));
        else if (isLoadedBundle(input))
            out.push(input);
        else if (isLabelled(input))
            out.push(toCandidate(input.bundle, input.source));
        else
            out.push(toCandidate(input, `bundle #${n}`));
    }
    return out;
}
function isLabelled(x) {
    return (typeof x === 'object' &&
        x !== null &&
        !('mediaType' in x) &&
        typeof x.source === 'string' &&
        typeof x.bundle === 'object');
}
/** A bundle already parsed by parseBundle: keyless, or signed with a key (no certificate). */
function isLoadedBundle(x) {
    return typeof x === 'object' && x !== null && 'json' in x && 'bundle' in x && 'source' in x;
}


/***/ }),

/***/ 75933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sl: () => (/* binding */ checkCarriedCertificate),
/* harmony export */   TH: () => (/* binding */ loadAnchors)
/* harmony export */ });
/* unused harmony exports leafProblem, chainProblem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83917);
/* harmony import */ var _sign_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76452);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9610);
// A signing certificate from the user's own PKI (model_signing's `sign certificate`, attest
// --signing-cert): valid now (such bundles carry no trusted timestamp), allowed to sign, and
// chained through CA certificates to an anchor the verifier gives (--cert-chain).




/** The anchors in the PEM files given (each may hold several). */
async function loadAnchors(paths) {
    const fix = 'give the PEM certificates of the trust anchors (the root, and intermediates if the bundle lacks them)';
    const out = [];
    for (const path of paths)
        for (const pem of await (0,_sign_key_js__WEBPACK_IMPORTED_MODULE_2__/* .readPemCertificates */ .$p)(path, 'cert-chain', fix))
            out.push(_sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(pem));
    return out;
}
function leafProblem(leaf, now) {
    if (now < leaf.notBefore || now > leaf.notAfter)
        return `the signing certificate is valid from ${leaf.notBefore.toISOString()} to ${leaf.notAfter.toISOString()}, not now`;
    const usage = leaf.extKeyUsage;
    if (usage && !usage.digitalSignature)
        return 'the signing certificate does not allow digital signatures (key usage)';
    return undefined;
}
/** Up from the leaf through CA certificates that signed each, until an anchor is reached. */
function chainProblem(leaf, pool, anchors) {
    const isAnchor = (c) => anchors.some((a) => a.equals(c));
    let cur = leaf;
    for (let depth = 0; depth < 10; depth++) {
        if (isAnchor(cur))
            return undefined;
        const issuer = pool.find((c) => c.isCA && (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .issuedBy */ .T1)(cur, c));
        if (!issuer)
            break;
        if (issuer.equals(cur))
            break;
        cur = issuer;
    }
    return 'the signing certificate does not chain to an anchor given (--cert-chain)';
}
/**
 * A bundle's certificate (with the chain it carries) checked against the anchors: the leaf valid
 * now and allowed to sign, chained to an anchor, its key the one that signed the envelope.
 */
function checkCarriedCertificate(b, anchors, now) {
    const vm = b.bundle.verificationMaterial.content;
    const carried = vm.$case === 'x509CertificateChain'
        ? vm.x509CertificateChain.certificates.map((c) => _sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(Buffer.from(c.rawBytes)))
        : vm.$case === 'certificate'
            ? [_sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(Buffer.from(vm.certificate.rawBytes))]
            : [];
    const leaf = carried[0];
    if (!leaf)
        return { problem: 'the bundle carries no certificate: it is signed with a key' };
    const problem = leafProblem(leaf, now) ?? chainProblem(leaf, [...carried.slice(1), ...anchors], anchors);
    if (problem)
        return { problem };
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: leaf.publicKey, format: 'der', type: 'spki' });
    if (!(0,_sign_key_js__WEBPACK_IMPORTED_MODULE_2__/* .dsseSignatureVerifies */ .jQ)(b.bundle.content.dsseEnvelope, key))
        return { problem: "the signature does not verify with its certificate's key" };
    return { leaf };
}


/***/ }),

/***/ 49626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ withPrefix),
/* harmony export */   TH: () => (/* binding */ compareContent),
/* harmony export */   Ze: () => (/* binding */ differenceLines),
/* harmony export */   g7: () => (/* binding */ describeDifferences),
/* harmony export */   mr: () => (/* binding */ noDifferences)
/* harmony export */ });
/* harmony import */ var _hash_oms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61791);
// The one comparison of a signed list of files (names and digests) with the files on disk, and
// the words every report uses for what differs: added, removed, renamed, changed. Pure: the
// callers hash. A name is compared as its exact string: the NFC and NFD spellings of one name
// are two names, as they are two files to the file system and to whoever loads the model.

const noDifferences = (d) => d.added.length + d.removed.length + d.renamed.length + d.changed.length === 0;
/** Pairs each removed name with the first added one of the same digest, both in path order. */
function pairRenames(removed, added, want, have) {
    // Added names by digest, each list in path order, taken from the front: linear, however many
    // files moved or share one content.
    const byDigest = new Map();
    for (const a of added) {
        const d = have.get(a);
        const q = byDigest.get(d);
        if (q)
            q.names.push(a);
        else
            byDigest.set(d, { names: [a], next: 0 });
    }
    const renamed = [];
    for (const from of removed) {
        const q = byDigest.get(want.get(from));
        if (q && q.next < q.names.length)
            renamed.push({ from, to: q.names[q.next++] });
    }
    const moved = new Set(renamed.map((r) => r.from));
    const taken = new Set(renamed.map((r) => r.to));
    return {
        renamed,
        removed: removed.filter((n) => !moved.has(n)),
        added: added.filter((n) => !taken.has(n)),
    };
}
/** The signed list against the disk: every name added, removed, renamed or changed. */
function compareContent(signed, onDisk) {
    const want = new Map(signed.map((f) => [f.name, f.digest.toLowerCase()]));
    const have = new Map(onDisk.map((f) => [f.name, f.digest.toLowerCase()]));
    const changed = [];
    for (const [name, digest] of want) {
        const actual = have.get(name);
        if (actual !== undefined && actual !== digest)
            changed.push({ name, signed: digest, actual });
    }
    changed.sort((a, b) => (0,_hash_oms_js__WEBPACK_IMPORTED_MODULE_0__/* .compareOmsPaths */ .xH)(a.name, b.name));
    const removed = [...want.keys()].filter((n) => !have.has(n)).sort(_hash_oms_js__WEBPACK_IMPORTED_MODULE_0__/* .compareOmsPaths */ .xH);
    const added = [...have.keys()].filter((n) => !want.has(n)).sort(_hash_oms_js__WEBPACK_IMPORTED_MODULE_0__/* .compareOmsPaths */ .xH);
    return { ...pairRenames(removed, added, want, have), changed };
}
/** Two names that differ only in their Unicode normalization look alike: say so. */
function spelling(from, to) {
    if (from.normalize('NFC') !== to.normalize('NFC'))
        return '';
    const form = (s) => s === s.normalize('NFC') ? 'NFC' : s === s.normalize('NFD') ? 'NFD' : 'mixed';
    return ` (the same name spelt ${form(from)} then ${form(to)}: '${escape(from)}' → '${escape(to)}')`;
}
const escape = (s) => s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** The same differences with `prefix` joined to every name (a directory's path in the workspace). */
function withPrefix(d, prefix) {
    const p = (n) => `${prefix}${n}`;
    return {
        added: d.added.map(p),
        removed: d.removed.map(p),
        renamed: d.renamed.map((r) => ({ from: p(r.from), to: p(r.to) })),
        changed: d.changed.map((c) => ({ ...c, name: p(c.name) })),
    };
}
/** Each difference in the words every report uses: renamed, removed, added, changed. */
function differenceLines(d) {
    const line = (kind, name, text = `${kind} ${name}`) => ({
        kind,
        name,
        line: text,
    });
    return [
        ...d.renamed.map((r) => line('renamed', r.to, `renamed ${r.from} → ${r.to}${spelling(r.from, r.to)}`)),
        ...d.removed.map((n) => line('removed', n)),
        ...d.added.map((n) => line('added', n)),
        ...d.changed.map((c) => line('changed', c.name)),
    ];
}
const describeDifferences = (d) => differenceLines(d).map((l) => l.line);


/***/ }),

/***/ 90316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ directoryNames),
/* harmony export */   P9: () => (/* binding */ unsignedDirectory),
/* harmony export */   Rl: () => (/* binding */ checkDirectoryContent),
/* harmony export */   T1: () => (/* binding */ ancestors)
/* harmony export */ });
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33018);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49626);
// A model directory against its signed subject. The OMS root binds contents and order but no
// names, so the names are bound too, by what the statement gives: the per-file subjects under
// the directory (compared with the disk by the one content comparison, content.ts), else the
// listing digest the training record carries (hash/listing.ts). A directory with neither (the
// build provenance of more than 1,024 files alone) has its names unbound: the pipeline refuses
// that unless a training record of the same run binds them.


/** `a/b/c` → `a`, `a/b`: the directories a name lies in. */
const ancestors = (name) => name
    .split('/')
    .slice(0, -1)
    .map((_, i, parts) => parts.slice(0, i + 1).join('/'));
/**
 * The names that are directories: a model-directory subject, or a name with signed names under
 * it (the build provenance drops roles). Linear in the subjects, whatever a statement holds;
 * their names normalized by the caller.
 */
function directoryNames(subjects) {
    const out = new Set();
    for (const s of subjects) {
        if (s.name === undefined)
            continue;
        const n = s.name;
        if (s.annotations?.role === 'model-directory')
            out.add(n);
        for (const a of ancestors(n))
            out.add(a);
    }
    return out;
}
/**
 * The per-file subjects under `dir` (names relative to it); nested directory subjects left out.
 * Subject names are normalized by the caller (subjects.ts).
 */
function signedFilesUnder(dir, subjects) {
    const prefix = dir === '.' ? '' : `${dir}/`;
    const named = subjects
        .filter((s) => s.name !== undefined && typeof s.digest?.sha256 === 'string')
        .map((s) => ({ s, n: s.name }));
    const dirs = directoryNames(subjects);
    return named
        .filter(({ n }) => n.startsWith(prefix) && n !== dir)
        .filter(({ n }) => !dirs.has(n))
        .map(({ s, n }) => ({ name: n.slice(prefix.length), digest: s.digest.sha256 }));
}
/** The recorded listing digest against the disk's, when the subject records one. */
function listingCheck(subject, dir) {
    const recorded = subject.annotations?.listing;
    if (typeof recorded !== 'string')
        return undefined;
    const actual = (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listingDigest */ .pL)(dir.files);
    return {
        mismatch: actual === recorded.toLowerCase() ? undefined : [recorded, actual],
    };
}
/** The names bound by the per-file subjects and by the listing digest, each that is given. */
function bindNames(signedName, subject, dir, subjects) {
    const prefix = signedName === '.' ? '' : `${signedName}/`;
    const signed = signedFilesUnder(signedName, subjects);
    const listing = listingCheck(subject, dir);
    if (signed.length === 0)
        return {
            names: listing ? 'listing' : 'unbound',
            listing: listing?.mismatch,
            checked: [],
            gone: [],
        };
    const files = (0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .compareContent */ .TH)(signed, dir.files.map((f) => ({ name: f.relPath, digest: f.sha256 })));
    const gone = new Set([...files.removed, ...files.renamed.map((r) => r.from)]);
    return {
        names: 'listed',
        files,
        // Both given: both must hold (a record whose list and listing disagree is refused).
        listing: listing?.mismatch,
        checked: signed.filter((f) => !gone.has(f.name)).map((f) => `${prefix}${f.name}`),
        gone: [...gone].map((n) => `${prefix}${n}`),
    };
}
/** The directory `name` on disk against `subject` (found by its name, or by its root digest). */
function checkDirectoryContent(name, subject, dir, subjects) {
    const signedName = subject.name ?? name;
    const actual = `sha256:${dir.root}`;
    const base = { name, kind: 'directory', subject: subject.name, actual };
    const expectedHex = subject.digest?.sha256?.toLowerCase();
    if (!expectedHex)
        return {
            ...base,
            ok: false,
            checked: [],
            reason: `subject '${subject.name}' carries no sha256 (OMS root) digest`,
        };
    const b = bindNames(signedName, subject, dir, subjects);
    const files = b.files && (0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .withPrefix */ .Fe)(b.files, name === '.' ? '' : `${name}/`);
    const differences = files ? (0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .describeDifferences */ .g7)(files) : [];
    if (b.listing)
        differences.push(`its file names or contents differ from the signed listing ${b.listing[0]} (on disk ${b.listing[1]})${b.files ? '' : '; the record lists no files to name which'}`);
    const rootOk = expectedHex === dir.root;
    const ok = rootOk && differences.length === 0;
    const by = signedName === name ? '' : ` by subject '${signedName}'`;
    const detail = differences.length ? ` (${differences.join('; ')})` : '';
    const reason = ok
        ? `${name}/ matches its OMS root digest${by} and ${b.names === 'unbound' ? 'no signed list of' : 'the signed'} names (${dir.files.length} files)`
        : rootOk
            ? `${name}/ holds the signed contents under other names${detail}`
            : `${name}/ changed: OMS root ${dir.root} differs from the signed ${expectedHex}${detail}`;
    return {
        ...base,
        ok,
        algorithm: 'sha256',
        expected: `sha256:${expectedHex}`,
        reason,
        names: b.names,
        checked: [signedName, ...b.checked],
        gone: b.gone,
        ...(files && !(0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .noDifferences */ .mr)(files) ? { files } : {}),
    };
}
/** A directory no subject names or has the root of: what the files under its name say differs. */
function unsignedDirectory(name, dir, subjects) {
    const signed = signedFilesUnder(name, subjects);
    const files = signed.length
        ? (0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .withPrefix */ .Fe)((0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .compareContent */ .TH)(signed, dir.files.map((f) => ({ name: f.relPath, digest: f.sha256 }))), name === '.' ? '' : `${name}/`)
        : undefined;
    const detail = files ? ` (${(0,_content_js__WEBPACK_IMPORTED_MODULE_1__/* .describeDifferences */ .g7)(files).join('; ')})` : '';
    return {
        name,
        kind: 'directory',
        ok: false,
        algorithm: 'sha256',
        actual: `sha256:${dir.root}`,
        checked: [],
        ...(files ? { files } : {}),
        reason: `${name}/ is not signed: no subject has its name or its OMS root digest ${dir.root}${detail}`,
    };
}


/***/ }),

/***/ 36835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jm: () => (/* binding */ unboundDirectory),
  Tu: () => (/* binding */ verifyProvenance),
  RC: () => (/* binding */ verifyRecord)
});

// UNUSED EXPORTS: predicateViolations

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/policy/evaluate.js + 2 modules
var evaluate = __webpack_require__(90252);
// EXTERNAL MODULE: ./build/src/policy/advisories.js + 5 modules
var advisories = __webpack_require__(50923);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/verify/bundles.js
var verify_bundles = __webpack_require__(35886);
// EXTERNAL MODULE: ./build/src/identity/signer-policy.js
var signer_policy = __webpack_require__(51195);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/statement/read.js + 1 modules
var read = __webpack_require__(69453);
// EXTERNAL MODULE: ./build/src/verify/subjects.js + 1 modules
var verify_subjects = __webpack_require__(63897);
// EXTERNAL MODULE: ./build/src/verify/violations.js
var violations = __webpack_require__(83171);
// EXTERNAL MODULE: ./build/src/json.js
var json = __webpack_require__(4715);
// EXTERNAL MODULE: ./build/src/verify/signer.js
var signer = __webpack_require__(54241);
// EXTERNAL MODULE: ./build/src/verify/directory.js
var directory = __webpack_require__(90316);
;// CONCATENATED MODULE: ./build/src/verify/coverage.js


/**
 * The signed subjects the patterns cover (and those a check matched otherwise), how many were
 * checked, and which are on disk nowhere: a missing file, or a directory with all under it.
 */
function subjectCoverage(subjects, checks, covers) {
    const normalized = subjects.map((s) => s.name === undefined ? s : { ...s, name: (0,verify_subjects/* normalizeSubjectName */.hP)(s.name) });
    const names = [...new Set(normalized.flatMap((s) => (s.name === undefined ? [] : [s.name])))];
    const dirs = (0,directory/* directoryNames */.IP)(normalized);
    const isDir = (n) => dirs.has(n);
    const checked = new Set(checks.flatMap((c) => c.checked));
    const gone = new Set(checks.flatMap((c) => c.gone ?? []));
    const covered = names.filter((n) => checked.has(n) || gone.has(n) || covers?.(n, isDir(n)));
    const lost = covered.filter((n) => !checked.has(n) && !gone.has(n));
    const lostSet = new Set(lost);
    const missing = lost
        .filter((n) => !(0,directory/* ancestors */.T1)(n).some((d) => lostSet.has(d)))
        .map((n) => (isDir(n) ? `${n}/` : n));
    return { checked: covered.filter((n) => checked.has(n)).length, signed: covered.length, missing };
}
/** The coverage for the report, and a violation for each covered subject not on disk. */
function coverageViolations(subjects, checks, covers) {
    const { missing, ...coverage } = subjectCoverage(subjects, checks, covers);
    const violations = missing.map((name) => ({
        kind: 'subject',
        rule: name,
        message: `removed ${name}: signed, and covered by the model patterns, but not on disk`,
        fix: 'restore it from the signed release; a model without it is not the one signed',
    }));
    return { coverage, violations };
}

;// CONCATENATED MODULE: ./build/src/verify/stages.js
// The checks one bundle goes through, in order, as sigstore-js's Verifier.verify() reads:
// the signer (signer.ts: trusted root → signature and timestamps → identity), then the
// statement → subjects. Each stage records what it learnt on the attempt and returns its
// violations; a stage that leaves nothing for the next to check ends the bundle's way (`stop`).









const DEFAULT_PREDICATE_TYPES = [
    layout/* SLSA_PROVENANCE_V1 */.us,
    layout/* TRAINING_PREDICATE_TYPE */.sw,
];
/** After the signer: what the statement says, and the model on disk against its subjects. */
const STATEMENT_STAGES = [
    ['statement', statementStage],
    ['complete', subjectsStage],
];
function newAttempt(source) {
    return { source, stage: 'bundle', violations: [], timestamps: [], identity: [], subjects: [] };
}
/** Runs the stages over one bundle; the attempt ends at `complete` when every stage ran. */
async function attemptBundle(b, ctx) {
    const a = newAttempt(b.source);
    if (!(await (0,signer/* verifySigner */.M)(b, a, ctx)))
        return a;
    for (const [stage, run] of STATEMENT_STAGES) {
        a.stage = stage;
        const r = await run(b, a, ctx);
        a.violations.push(...r.violations);
        if (r.stop)
            return a;
    }
    return a;
}
async function statementStage(b, a, ctx) {
    const envelope = b.bundle.content.dsseEnvelope;
    if (envelope.payloadType !== layout/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        const message = `the DSSE payload type is '${envelope.payloadType}', not an in-toto statement (${layout/* IN_TOTO_PAYLOAD_TYPE */.T4})`;
        return { violations: [{ kind: 'statement', rule: 'payloadType', message }], stop: true };
    }
    try {
        a.envelope = (0,read/* parseStatementPayload */.x2)(envelope.payload);
    }
    catch (e) {
        return { violations: [(0,violations/* fromError */.NQ)('statement', 'statement', e)], stop: true };
    }
    const wrongKind = predicateViolations(a.envelope, ctx.predicateTypes);
    a.statement = summarize(a.envelope);
    if (wrongKind.length > 0)
        return { violations: wrongKind, stop: true };
    if (!(0,layout/* readsAsProvenance */.lS)(a.envelope.predicateType))
        return { violations: [] };
    try {
        a.view = (0,read/* readProvenance */.Ch)(JSON.parse(Buffer.from(envelope.payload).toString('utf8')));
    }
    catch (e) {
        return { violations: [(0,violations/* fromError */.NQ)('statement', 'predicate', e)] };
    }
    a.role = (0,layout/* statementRole */.qh)(a.envelope.predicateType, a.view.buildType);
    a.statement = summarize(a.envelope, a.view);
    return { violations: a.signer ? statementClaims(a.view, a.signer) : [] };
}
async function subjectsStage(_b, a, ctx) {
    const env = a.envelope;
    const model = ctx.model.map((m) => (0,external_node_path_.isAbsolute)(m.path) ? m : { ...m, path: (0,external_node_path_.resolve)(ctx.workspace, m.path) });
    a.subjects = await (0,verify_subjects/* checkSubjects */.GX)(env.subject, model, ctx.cache, ctx.covers);
    const violations = a.subjects
        .filter((s) => !s.ok)
        .map((s) => ({
        kind: 'subject',
        rule: s.name,
        message: s.reason,
        expected: s.expected,
        actual: s.actual,
    }));
    // A name given two digests is refused even when no model path carries it.
    const checked = new Set(a.subjects.map((s) => s.name));
    for (const amb of (0,verify_subjects/* ambiguousSubjects */._R)(env.subject).filter((x) => !checked.has(x.name)))
        violations.push({ kind: 'subject', rule: amb.name, message: (0,verify_subjects/* describeAmbiguous */._k)(amb) });
    // Every signed subject the patterns cover must be on disk: a deleted shard is not a pass.
    const covered = coverageViolations(env.subject, a.subjects, ctx.covers);
    a.coverage = covered.coverage;
    violations.push(...covered.violations);
    return { violations };
}
function summarize(env, view) {
    return {
        predicateType: env.predicateType,
        subjects: env.subject.length,
        ...(view
            ? {
                buildType: view.buildType,
                datasets: view.datasets.length,
                packages: view.packages.length,
                builderId: view.builderId,
                invocationId: view.invocationId,
                startedOn: view.startedOn,
                finishedOn: view.finishedOn,
            }
            : {}),
    };
}
/**
 * What the statement claims about where it was built, against the certificate: a workflow
 * can sign anything, but a statement that names another repository, ref or commit than its
 * certificate is lying about its origin.
 */
function statementClaims(view, signer) {
    const id = view.identity;
    const server = id.serverUrl ?? signer_policy/* GITHUB_SERVER_URL */.m7;
    const claims = [
        [
            'source repository',
            id.repository ? `${server}/${id.repository}` : undefined,
            signer.sourceRepositoryUri,
            true,
        ],
        ['source ref', id.ref, signer.sourceRepositoryRef, false],
        ['source commit', id.sha, signer.sourceRepositoryDigest, false],
        [
            'builder',
            id.jobWorkflowRef ? `${server}/${id.jobWorkflowRef}` : undefined,
            signer.san,
            false,
        ],
    ];
    const out = [];
    for (const [rule, claimed, actual, ci] of claims) {
        if (claimed === undefined || actual === undefined)
            continue;
        const same = ci ? claimed.toLowerCase() === actual.toLowerCase() : claimed === actual;
        if (!same) {
            out.push({
                kind: 'statement',
                rule,
                message: `the statement claims ${rule} ${claimed}, its signing certificate says ${actual}`,
                expected: actual,
                actual: claimed,
            });
        }
    }
    return out;
}
const nonEmpty = (v) => typeof v === 'string' && v !== '';
/** The fields SLSA provenance v1 marks REQUIRED that this predicate lacks (our record shares them). */
function missingSlsaFields(predicate) {
    const def = predicate.buildDefinition;
    const run = predicate.runDetails;
    const missing = [];
    if (!(0,json/* isObject */.G)(def))
        missing.push('buildDefinition');
    else {
        if (!nonEmpty(def.buildType))
            missing.push('buildDefinition.buildType');
        if (!(0,json/* isObject */.G)(def.externalParameters))
            missing.push('buildDefinition.externalParameters');
    }
    if (!(0,json/* isObject */.G)(run))
        missing.push('runDetails');
    else if (!(0,json/* isObject */.G)(run.builder) || !nonEmpty(run.builder.id))
        missing.push('runDetails.builder.id');
    return missing;
}
/**
 * Whether the statement is an attestation asked for: its predicate type, and a predicate
 * with the fields the spec requires. Any statement a workflow signs verifies
 * cryptographically; only its type says what it is.
 */
function predicateViolations(env, wanted) {
    const names = wanted.join(' or ');
    const fix = wanted.includes(layout/* SLSA_PROVENANCE_V1 */.us)
        ? 'pass the bundles `attest` wrote (provenance.sigstore.json, training.sigstore.json), not another attestation of the model'
        : `pass an attestation whose predicate type is ${names}`;
    if (!wanted.includes(env.predicateType)) {
        const message = `the statement's predicate type is ${env.predicateType ? `'${env.predicateType}'` : '(none)'}, not ${names}`;
        return [
            {
                kind: 'statement',
                rule: 'predicateType',
                message,
                expected: names,
                actual: env.predicateType || undefined,
                fix,
            },
        ];
    }
    if (!(0,json/* isObject */.G)(env.predicate)) {
        const message = `the statement has ${env.predicate === undefined ? 'no predicate' : 'a predicate that is not a JSON object'}: a ${env.predicateType} statement says nothing without one`;
        return [{ kind: 'statement', rule: 'predicate', message, fix }];
    }
    const missing = (0,layout/* readsAsProvenance */.lS)(env.predicateType) ? missingSlsaFields(env.predicate) : [];
    if (missing.length === 0)
        return [];
    return [
        {
            kind: 'statement',
            rule: 'predicate',
            message: `the SLSA provenance predicate lacks the required ${missing.join(', ')}`,
            fix,
        },
    ];
}

// EXTERNAL MODULE: ./build/src/verify/trust.js + 1 modules
var trust = __webpack_require__(9610);
;// CONCATENATED MODULE: ./build/src/verify/pipeline.js
// Verification as one pipeline: every candidate bundle goes through the stages (stages.ts);
// the first bundle of each role that passes is kept; then the run checks that hold between
// them (one workflow run, the same subjects) and the policy, which reads the training record.
// The report is about the training record when one passed, else the build provenance, else
// the bundle that got furthest; it lists every violation of it.











const STAGE_ORDER = [
    'bundle',
    'trusted-root',
    'signature',
    'statement',
    'complete',
];
const passed = (a) => a.stage === 'complete' && a.violations.length === 0;
/**
 * Verify the model against its provenance. Throws only for bad usage (an expected identity
 * that cannot be read, an unreadable bundle file); every failure of the evidence is a
 * violation in the report.
 */
async function verifyProvenance(opts) {
    const now = opts.now ?? new Date();
    (0,signer_policy/* validateIdentityPolicy */.Nj)(opts.identity);
    if (opts.model.length === 0) {
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'no model path to verify', {
            input: 'model',
            fix: 'pass the model files or directories the provenance signs',
        });
    }
    const ctx = await stageContext(opts, opts.identity);
    const attempts = await attemptAll(opts.bundles, ctx);
    attempts.push(...(await attemptsForNames(attempts, opts.namesFrom, ctx)));
    const winners = winnersByRole(attempts);
    const main = mainOf(winners);
    const chosen = main ?? furthest(attempts);
    const violations = [...(chosen?.violations ?? [noBundle()]), ...pairViolations(winners)];
    const rules = opts.policy ? policyRules(main, opts.policy, now, opts) : [];
    violations.push(...rules.filter((r) => r.status === 'failed').map(policyViolation));
    violations.push(...unboundNames(main));
    // Without a policy, known advisories are said, not judged.
    const warnings = !opts.policy && main?.view
        ? (0,evaluate/* knownAdvisories */.R3)(main.view, opts.advisories ?? (0,advisories/* advisoryDatabase */.dr)(undefined))
        : [];
    const verified = main !== undefined && violations.length === 0;
    return report(chosen, { verified, violations, rules, warnings }, attempts, now);
}
/**
 * A training record's bundle verified without a model: signature, transparency log or
 * timestamp, trusted root, signer, and the statement read. For checking what the record says
 * of its datasets (content proofs), where the model is not what is asked about.
 */
async function verifyRecord(opts) {
    (0,signer_policy/* validateIdentityPolicy */.Nj)(opts.identity);
    const now = opts.now ?? new Date();
    const ctx = await stageContext({ ...opts, model: [], predicateType: layout/* TRAINING_PREDICATE_TYPE */.sw }, opts.identity);
    const attempts = await attemptAll(opts.bundles, ctx);
    const main = winnersByRole(attempts).get('training-record');
    const chosen = main ?? furthest(attempts);
    const violations = main ? [] : (chosen?.violations ?? [noBundle()]);
    const verdict = { verified: main !== undefined, violations, rules: [], warnings: [] };
    return { report: report(chosen, verdict, attempts, now), view: main?.view };
}
async function stageContext(opts, identity) {
    const ctx = {
        model: opts.model,
        ...(opts.covers ? { covers: opts.covers } : {}),
        workspace: opts.workspace,
        identity,
        trustedRoot: opts.trustedRoot,
        roots: new Map(),
        cache: opts.cache ?? new verify_subjects/* DigestCache */.pC(),
        predicateTypes: opts.predicateType ? [opts.predicateType] : DEFAULT_PREDICATE_TYPES,
        refresh: opts.refresh,
        ...(opts.publicKey ? { publicKey: opts.publicKey } : {}),
        ...(opts.certChain ? { certChain: opts.certChain } : {}),
    };
    // A trusted root named by path is read first: a missing or unreadable one is bad input.
    if (!trust/* NAMED_TRUSTED_ROOTS */.SG.includes(opts.trustedRoot.trim() || 'auto')) {
        const loading = (0,trust/* loadTrustedRootFile */.ce)(opts.trustedRoot.trim());
        ctx.roots.set(opts.trustedRoot.trim(), loading);
        await loading;
    }
    return ctx;
}
const mainOf = (winners) => winners.get('training-record') ?? winners.get('build-provenance');
/** The bundles that bind names, through the stages after the others, when names are unbound. */
async function attemptsForNames(before, namesFrom, ctx) {
    if (!namesFrom?.bundles.length)
        return [];
    if (unboundNames(mainOf(winnersByRole(before))).length === 0)
        return [];
    for (const b of namesFrom.bundles)
        namesFrom.log(`the training record binds the file names: taking ${b} too`);
    return attemptAll(namesFrom.bundles, ctx, new Set(before.filter(passed).map((a) => a.role)));
}
/** Each candidate through the stages, until one of each role has passed (`done`: already). */
async function attemptAll(bundles, ctx, done = new Set()) {
    const attempts = [];
    for (const c of await (0,verify_bundles/* collectBundles */.wg)(bundles)) {
        if (done.has('training-record') && done.has('build-provenance'))
            break;
        if ((0,verify_bundles/* isRejected */.TK)(c)) {
            const a = newAttempt(c.source);
            a.violations.push((0,violations/* fromError */.NQ)('bundle', 'bundle', c.error));
            attempts.push(a);
            continue;
        }
        const a = await attemptBundle(c, ctx);
        attempts.push(a);
        if (passed(a))
            done.add(a.role);
    }
    return attempts;
}
/** The first passing attempt of each role; a statement of another type counts as provenance. */
function winnersByRole(attempts) {
    const out = new Map();
    for (const a of attempts.filter(passed)) {
        const role = a.role ?? 'build-provenance';
        if (!out.has(role))
            out.set(role, a);
    }
    return out;
}
function furthest(attempts) {
    let chosen;
    for (const a of attempts) {
        if (!chosen || STAGE_ORDER.indexOf(a.stage) > STAGE_ORDER.indexOf(chosen.stage))
            chosen = a;
    }
    return chosen;
}
const subjectKeys = (a) => new Set(a.envelope.subject.map((s) => `${s.name}\0${s.digest?.sha256 ?? JSON.stringify(s.digest)}`));
/** The build provenance and the training record must come from one run and name the same subjects. */
function pairViolations(winners) {
    const p = winners.get('build-provenance');
    const t = winners.get('training-record');
    if (!p || !t)
        return [];
    const out = [];
    const runs = [p.signer?.runInvocationUri, t.signer?.runInvocationUri];
    if (runs[0] !== runs[1]) {
        out.push({
            kind: 'statement',
            rule: 'same-run',
            message: `the build provenance (${p.source}) and the training record (${t.source}) were signed by different workflow runs`,
            expected: runs[0],
            actual: runs[1],
            fix: 'pass the two bundles one attest step wrote together',
        });
    }
    const [a, b] = [subjectKeys(p), subjectKeys(t)];
    if (a.size !== b.size || [...a].some((k) => !b.has(k))) {
        out.push({
            kind: 'subject',
            rule: 'same-subjects',
            message: `the build provenance (${p.source}) and the training record (${t.source}) name different subjects`,
            fix: 'pass the two bundles one attest step wrote together',
        });
    }
    return out;
}
/** The policy over the report's statement: the training record, else the build provenance. */
function policyRules(main, policy, now, opts) {
    if (!main?.view)
        return (0,evaluate/* rulesNotEvaluated */.Iq)(policy, 'no bundle verified, so there is no statement to read');
    const signedAt = main.signedAt
        ? { time: new Date(main.signedAt.time), source: main.signedAt.source }
        : undefined;
    return (0,evaluate/* evaluatePolicy */.Uz)(main.view, main.signer, policy, now, {
        signedAt,
        includeIdentity: false,
        proofs: opts.proofs,
        advisories: opts.advisories,
    });
}
const policyViolation = (r) => ({
    kind: 'policy',
    rule: r.rule,
    message: r.reason,
    ...(r.fix ? { fix: r.fix } : {}),
});
/** The rule of a directory whose names nothing signed binds (`names: DIR`): the directory, or undefined. */
const unboundDirectory = (v) => v.kind === 'subject' && v.rule.startsWith('names: ') ? v.rule.slice('names: '.length) : undefined;
/**
 * A directory that matched its OMS root (contents and order) but whose file names no signed list
 * binds: the build provenance of more than 1,024 files alone, or a record older than listings.
 */
function unboundNames(main) {
    const fix = main?.role === 'training-record'
        ? 'attest the model again (the training record then carries the listing digest that binds names), or verify its model.sig with --model-signature'
        : 'give the training record (training.sigstore.json, which attest writes beside provenance.sigstore.json and verify takes from there): its listing digest binds the names; or a model.sig of the directory';
    return (main?.subjects ?? [])
        .filter((c) => c.ok && c.names === 'unbound')
        .map((c) => ({
        kind: 'subject',
        rule: `names: ${c.name}`,
        message: `${c.name}/: its file names are not bound: the statement signs its OMS root (contents and order) but no names (no per-file subjects, no listing digest)`,
        fix,
    }));
}
function noBundle() {
    return {
        kind: 'bundle',
        rule: 'bundle',
        message: 'no bundle to verify',
        fix: 'pass `bundle`, or store the attestation in the GitHub attestations API',
    };
}
function report(chosen, verdict, attempts, now) {
    return {
        ...verdict,
        bundle: chosen?.source,
        signer: chosen?.signer,
        ...(chosen?.signedWithKey ? { signedWithKey: chosen.signedWithKey } : {}),
        trustedRoot: chosen?.trustedRoot
            ? { name: chosen.trustedRoot.name, source: chosen.trustedRoot.source }
            : undefined,
        logIndex: chosen?.logIndex,
        integratedTime: chosen?.integratedTime,
        timestamps: chosen?.timestamps ?? [],
        signedAt: chosen?.signedAt,
        identity: chosen?.identity ?? [],
        subjects: chosen?.subjects ?? [],
        ...(chosen?.coverage ? { coverage: chosen.coverage } : {}),
        statement: chosen?.statement,
        attempts: attempts.map((a) => ({
            source: a.source,
            verified: passed(a),
            stage: a.stage,
            violations: a.violations.length,
            firstViolation: a.violations[0]?.message,
        })),
        checkedAt: now.toISOString(),
    };
}


/***/ }),

/***/ 58184:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ readProofs),
/* harmony export */   nW: () => (/* binding */ readProofFile)
/* harmony export */ });
/* unused harmony export MAX_PROOF_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _commitment_proof_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75645);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
/* harmony import */ var _present_bytes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70870);
// Proof files, read for the release gate (a directory of them, `proofs`) and for verify-proof
// (one). A file that is not a proof is bad input, named, never a rule that quietly fails.





function unreadable(path, input, why, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('FILE_UNREADABLE', `${path} cannot be read: ${why}`, {
        input,
        value: path,
        fix: 'give the proof files `training-provenance prove` wrote',
        cause,
    });
}
/**
 * A proof holds one or two leaves with an audit path each, at most 64 hashes for any tree that
 * fits in a 64-bit index: about 9 KiB. A file a hundred times that is not a proof.
 */
const MAX_PROOF_BYTES = 2 ** 20;
async function readProofFile(path, input = 'proof') {
    let text;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        // A FIFO (or a device) would be read forever.
        if (!st.isFile())
            throw new Error('not a regular file');
        if (st.size > MAX_PROOF_BYTES)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `${path} is ${(0,_present_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .humanBytes */ .p)(st.size)}, more than the ${(0,_present_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .humanBytes */ .p)(MAX_PROOF_BYTES)} a proof may take (one is a few KiB)`, { input, value: path, fix: 'give the proof files `training-provenance prove` wrote' });
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG ? e : unreadable(path, input, e.message, e);
    }
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('PARSE_ERROR', `${path} is not JSON: ${e.message}`, {
            input,
            value: path,
            fix: 'give the proof files `training-provenance prove` wrote',
            cause: e,
        });
    }
    return (0,_commitment_proof_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProof */ .k_)(json, path);
}
/** Every `*.json` proof in a directory (or the one file given), in name order. */
async function readProofs(path, input = 'proofs') {
    let isDir;
    try {
        isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isDirectory();
    }
    catch (e) {
        throw unreadable(path, input, e.message, e);
    }
    if (!isDir)
        return [await readProofFile(path, input)];
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path)).filter((n) => n.endsWith('.json')).sort();
    return Promise.all(names.map((n) => readProofFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, n), input)));
}


/***/ }),

/***/ 23329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ renderReportJson),
/* harmony export */   S5: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony export renderReportText */
/** The JSON report, stable key order as built, two-space indented, newline-terminated. */
function renderReportJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
const mark = (ok) => (ok ? '✓' : '✗');
/** The outcome for a terminal or a log: the report, then the model signatures checked. */
function renderText(outcome) {
    return renderReportText(outcome) + renderModelSignaturesText(outcome.modelSignatures);
}
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


/***/ }),

/***/ 54241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ verifySigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54187);
/* harmony import */ var _identity_certificate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52351);
/* harmony import */ var _identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51195);
/* harmony import */ var _sign_key_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76452);
/* harmony import */ var _cert_chain_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75933);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9610);
/* harmony import */ var _violations_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83171);
// The one check of who signed a bundle, as sigstore-js's Verifier.verify() reads: trusted root →
// signature (and its verified times) → identity. Every bundle verify reads goes through it: the
// build provenance, the training record, the ML-BOM and a model.sig alike; reading the statement
// is the caller's next stage. Keyless bundles are checked against a trusted root and the expected
// signer; a key-signed one against the key given, which is its whole identity; a certificate of
// the user's PKI against the anchors given. Nothing outside src/verify/ checks a signature.









const BUNDLE = { name: 'the bundle', what: 'the bundle' };
function signerMode(b, ctx, o) {
    if (o.trustGivenDecides && ctx.publicKey)
        return 'key';
    if (o.trustGivenDecides && ctx.certChain?.length)
        return 'cert-chain';
    if (!b.certificate)
        return 'key';
    return ctx.certChain?.length ? 'cert-chain' : 'keyless';
}
/**
 * The bundle's signer checked, in stages, each recorded on the attempt; whether its statement
 * may be read next (no stage stopped the bundle's way).
 */
async function verifySigner(b, a, ctx, o = BUNDLE) {
    const mode = signerMode(b, ctx, o);
    if (mode === 'keyless')
        a.signer = (0,_identity_certificate_js__WEBPACK_IMPORTED_MODULE_3__/* .signerFromCertificate */ ._H)(b.certificate);
    for (const [stage, run] of STAGES[mode]) {
        a.stage = stage;
        const r = await run(b, a, ctx, o);
        a.violations.push(...r.violations);
        if (r.stop)
            return false;
    }
    return true;
}
const trustStage = async (b, a, ctx) => {
    try {
        a.trustedRoot = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .selectTrustedRoot */ .of)(ctx.trustedRoot, b.certificate, ctx.roots, ctx.refresh);
        return { violations: [] };
    }
    catch (e) {
        return { violations: [(0,_violations_js__WEBPACK_IMPORTED_MODULE_8__/* .fromError */ .NQ)('trusted-root', 'trusted-root', e)], stop: true };
    }
};
const signatureStage = async (b, a, _ctx, o) => {
    try {
        (0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .createVerifier */ .$A)(a.trustedRoot).verify((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toSignedEntity */ .DC)(b.bundle));
    }
    catch (e) {
        return {
            violations: [(0,_violations_js__WEBPACK_IMPORTED_MODULE_8__/* .signatureViolation */ .QH)(e, a.trustedRoot.name, o.what, o.where)],
            stop: true,
        };
    }
    const times = bundleTimes(b);
    a.logIndex = times.logIndex;
    a.integratedTime = times.integratedTime;
    a.timestamps = times.tsa.map((t) => t.toISOString());
    if (times.tlog)
        a.signedAt = { time: times.tlog.toISOString(), source: 'transparency-log' };
    else if (times.tsa[0])
        a.signedAt = { time: times.tsa[0].toISOString(), source: 'timestamp-authority' };
    return { violations: [] };
};
const identityStage = async (_b, a, ctx) => {
    a.identity = (0,_identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .checkIdentity */ .Z0)(a.signer, ctx.identity);
    return { violations: (0,_violations_js__WEBPACK_IMPORTED_MODULE_8__/* .identityViolations */ .ZX)(a.identity) };
};
const keySignatureStage = async (b, a, ctx, o) => {
    const hint = b.publicKeyHint || 'none';
    const fail = (message, fix) => ({
        violations: [
            { kind: 'signature', rule: 'public-key', message, ...(fix ? { fix } : {}) },
        ],
        stop: true,
    });
    if (b.certificate)
        return fail(`${o.name} is signed with a certificate, not a key`, 'verify it with --cert-identity and --cert-oidc-issuer (keyless) instead of --public-key');
    if (!ctx.publicKey)
        return fail(`${o.name} is signed with a key (hint ${hint}), not a certificate: give its public key (--public-key; action: public-key) to verify it`);
    if (!(0,_sign_key_js__WEBPACK_IMPORTED_MODULE_5__/* .dsseSignatureVerifies */ .jQ)(b.bundle.content.dsseEnvelope, ctx.publicKey))
        return fail(`the signature of ${o.name} does not verify with the public key given (its key hint is ${hint}, the key given is sha256:${(0,_sign_key_js__WEBPACK_IMPORTED_MODULE_5__/* .keyHint */ .p4)(ctx.publicKey)})`, 'do not use this model: it was not signed with that key');
    a.signedWithKey = `the key given (hint ${(0,_sign_key_js__WEBPACK_IMPORTED_MODULE_5__/* .keyHint */ .p4)(ctx.publicKey)})`;
    return { violations: [] };
};
/**
 * A key or a PKI's certificate proves who holds it, not which repository or workflow ran: any
 * identity asked for (repository, signer workflow, certificate identity) is unmet, by design.
 */
const keyIdentityStage = async (b, _a, ctx) => {
    const p = ctx.identity;
    const asked = [
        p.repository && `repository ${p.repository}`,
        p.signerWorkflow && `signer workflow ${p.signerWorkflow}`,
        p.certIdentity && `certificate identity ${p.certIdentity}`,
        p.certIdentityRegex && `certificate identity matching ${p.certIdentityRegex}`,
    ].filter(Boolean);
    if (asked.length === 0)
        return { violations: [] };
    const signer = b.certificate ? 'a certificate of the anchors given' : 'a key';
    const message = `signed with ${signer}, not a CI certificate: nothing shows it was made by ${asked.join(', ')}`;
    return { violations: [{ kind: 'identity', rule: 'identity', message }] };
};
/**
 * A certificate of the user's PKI (attest --signing-cert, model_signing `sign certificate`): the
 * leaf valid now and allowed to sign, chained to an anchor given, its key the one that signed.
 */
const certChainStage = async (b, a, ctx) => {
    const checked = (0,_cert_chain_js__WEBPACK_IMPORTED_MODULE_6__/* .checkCarriedCertificate */ .Sl)(b, ctx.certChain ?? [], new Date());
    if ('problem' in checked) {
        const fix = b.certificate
            ? 'do not use this model: its signer does not chain to the anchors given'
            : 'verify a key-signed signature with --public-key';
        const v = { kind: 'signature', rule: 'cert-chain', message: checked.problem, fix };
        return { violations: [v], stop: true };
    }
    // node's X509Certificate reads the subject as text (CN=...); @sigstore/core's keeps its DER.
    const subject = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(checked.leaf.root.toDER()).subject.replace(/\n/g, ', ');
    a.signedWithKey = `a certificate of the anchors given (${subject})`;
    return { violations: [] };
};
const STAGES = {
    keyless: [
        ['trusted-root', trustStage],
        ['signature', signatureStage],
        ['signature', identityStage],
    ],
    key: [
        ['signature', keySignatureStage],
        ['signature', keyIdentityStage],
    ],
    'cert-chain': [
        ['signature', certChainStage],
        ['signature', keyIdentityStage],
    ],
};
/** Verified times: RFC 3161 timestamps (checked by the verifier) and Rekor's integrated time. */
function bundleTimes(b) {
    const vm = b.bundle.verificationMaterial;
    const entry = vm.tlogEntries[0];
    const tsa = [];
    for (const ts of vm.timestampVerificationData?.rfc3161Timestamps ?? []) {
        try {
            tsa.push(_sigstore_core__WEBPACK_IMPORTED_MODULE_1__.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime);
        }
        catch {
            // The verifier already refused an unreadable timestamp.
        }
    }
    const integrated = entry?.integratedTime && entry.integratedTime !== '0'
        ? new Date(Number(entry.integratedTime) * 1000)
        : undefined;
    return {
        logIndex: entry?.logIndex,
        integratedTime: integrated?.toISOString(),
        // Only an entry with an inclusion promise (a signed entry timestamp) makes its time a verified one.
        tlog: entry?.inclusionPromise ? integrated : undefined,
        tsa,
    };
}


/***/ }),

/***/ 63897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pC: () => (/* reexport */ DigestCache),
  _R: () => (/* binding */ ambiguousSubjects),
  GX: () => (/* binding */ checkSubjects),
  _k: () => (/* binding */ describeAmbiguous),
  hP: () => (/* binding */ normalizeSubjectName)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/hash/engine.js + 7 modules
var engine = __webpack_require__(14485);
// EXTERNAL MODULE: ./build/src/hash/tree.js
var tree = __webpack_require__(79572);
;// CONCATENATED MODULE: ./build/src/hash/cache.js
// Digests of model paths, each computed once however many bundles are tried against them.



/**
 * Caches digests so that trying several bundles hashes each file once. Every file goes through
 * the engine's scheduler, so the model paths checked at once hash on every core, with the threads
 * and buffers bounded whatever their number.
 */
class DigestCache {
    opts;
    files = new Map();
    dirs = new Map();
    constructor(opts = {}) {
        this.opts = opts;
    }
    /** Hashing options for one path: progress under its name relative to the base. */
    hashing(path) {
        const { onProgress, base, concurrency } = this.opts;
        const label = `model ${base ? (0,external_node_path_.relative)(base, path) || '.' : path}`;
        return {
            input: 'model',
            concurrency,
            onProgress: onProgress && ((p) => onProgress(label, p)),
        };
    }
    file(path, alg) {
        const key = `${alg}\0${path}`;
        let p = this.files.get(key);
        if (!p) {
            p = (0,engine/* hashFilesWith */.O_)([{ path, relPath: path }], [alg], {
                ...this.hashing(path),
                pool: 'always',
            }).then(([f]) => ({ digest: f.digest[alg], size: f.size }));
            this.files.set(key, p);
        }
        return p;
    }
    directory(path, ignorePaths, followLinks = false) {
        const key = `${followLinks ? 'links' : ''}\0${[...ignorePaths].sort().join('\0')}\0\0${path}`;
        let p = this.dirs.get(key);
        if (!p) {
            p = (0,tree/* digestDirectory */.qW)(path, { ...this.hashing(path), ignorePaths, followLinks });
            this.dirs.set(key, p);
        }
        return p;
    }
}

// EXTERNAL MODULE: ./build/src/hash/index.js + 2 modules
var hash = __webpack_require__(33018);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/verify/directory.js
var directory = __webpack_require__(90316);
;// CONCATENATED MODULE: ./build/src/verify/subjects.js
// The model on disk against the signed subjects. Every file named by `model` is re-hashed
// with the algorithm its subject carries (sha256, or sha512 as npm provenance uses) and
// must match a subject by name (its path relative to the workspace) or, failing that, by
// digest. Every directory must match its OMS root digest; when it does not, the files
// that are missing, extra or changed are named from the per-file subjects.





const SUPPORTED = ['sha256', 'sha512'];
const normalizeSubjectName = (name) => name.replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';
const digestText = (s) => Object.entries(s.digest ?? {})
    .map(([alg, hex]) => `${alg}:${String(hex).toLowerCase()}`)
    .sort()
    .join(', ') || '(no digest)';
/**
 * Every name that more than one subject carries with different digests. A verifier that took
 * the first (or the last) would let the statement sign both contents under one name.
 */
function ambiguousSubjects(subjects) {
    const byName = new Map();
    for (const s of subjects) {
        if (s.name === undefined)
            continue;
        const name = normalizeSubjectName(s.name);
        const digests = byName.get(name) ?? [];
        const d = digestText(s);
        if (!digests.includes(d))
            digests.push(d);
        byName.set(name, digests);
    }
    return [...byName]
        .filter(([, digests]) => digests.length > 1)
        .map(([name, digests]) => ({ name, digests }));
}
const describeAmbiguous = (a) => `the statement gives subject '${a.name}' ${a.digests.length} different digests (${a.digests.join(' | ')}): which one is signed is ambiguous`;
function ambiguousCheck(name, kind, a) {
    return { name, kind, ok: false, subject: a.name, checked: [], reason: describeAmbiguous(a) };
}
function supportedAlgorithms(s) {
    return SUPPORTED.filter((a) => typeof s.digest?.[a] === 'string');
}
function ignorePathsOf(s) {
    const v = s?.annotations?.ignorePaths;
    return Array.isArray(v) && v.every((x) => typeof x === 'string')
        ? v
        : [...hash/* OMS_SIGNING_IGNORES */.UG];
}
function failure(name, kind, e) {
    const reason = (0,errors/* isProvenanceError */.Ev)(e) ? e.message : `cannot hash ${name}: ${e.message}`;
    return { name, kind, ok: false, checked: [], reason };
}
/** The subject that names this model path, or the failed check when its name is ambiguous. */
function subjectNamed(m, kind, c) {
    const name = normalizeSubjectName(m.relPath);
    const twice = c.ambiguous.find((a) => a.name === name);
    if (twice)
        return ambiguousCheck(name, kind, twice);
    return { name, named: c.subjects.find((s) => s.name === name) };
}
async function checkFile(m, c) {
    const found = subjectNamed(m, 'file', c);
    if ('ok' in found)
        return found;
    try {
        return found.named
            ? await checkNamedFile(m, found.name, found.named, c.cache)
            : await checkFileByContent(m, found.name, c);
    }
    catch (e) {
        return failure(found.name, 'file', e);
    }
}
/** Every supported algorithm the subject carries must match, not only the first. */
async function checkNamedFile(m, name, named, cache) {
    const base = { name, kind: 'file', subject: named.name };
    const algs = supportedAlgorithms(named);
    if (algs.length === 0) {
        const has = Object.keys(named.digest ?? {}).join(', ') || 'none';
        const reason = `subject '${named.name}' carries no sha256 or sha512 digest (has: ${has})`;
        return { ...base, ok: false, checked: [], reason };
    }
    const checked = [named.name];
    for (const alg of algs) {
        const { digest } = await cache.file(m.path, alg);
        const expected = named.digest[alg].toLowerCase();
        if (digest !== expected) {
            return {
                ...base,
                ok: false,
                checked,
                algorithm: alg,
                expected: `${alg}:${expected}`,
                actual: `${alg}:${digest}`,
                reason: `changed ${name}: its ${alg} is ${digest}, the signed subject says ${expected}`,
            };
        }
    }
    const alg = algs[0];
    return {
        ...base,
        ok: true,
        checked,
        algorithm: alg,
        expected: `${alg}:${named.digest[alg].toLowerCase()}`,
        actual: `${alg}:${(await cache.file(m.path, alg)).digest}`,
        reason: `${name} matches its subject`,
    };
}
/**
 * No subject of that name: the content among the subjects (npm provenance names its subject by
 * purl, actions/attest by what it is given). When the subject it matches has a name the model
 * patterns cover, the file was signed under that name: a rename (or a copy), not a match.
 */
async function checkFileByContent(m, name, c) {
    for (const alg of SUPPORTED) {
        const withAlg = c.subjects.filter((s) => typeof s.digest?.[alg] === 'string');
        if (withAlg.length === 0)
            continue;
        const { digest } = await c.cache.file(m.path, alg);
        const hit = withAlg.find((s) => s.digest[alg].toLowerCase() === digest);
        if (!hit)
            continue;
        const expected = `${alg}:${digest}`;
        const base = { name, kind: 'file', algorithm: alg, subject: hit.name, expected };
        if (hit.name !== undefined && c.covers?.(hit.name, false)) {
            const copy = c.onDisk.has(hit.name);
            const reason = copy
                ? `added ${name}: a copy of the signed ${hit.name}, not signed under this name`
                : `renamed ${hit.name} → ${name}: the signed content under another name`;
            return {
                ...base,
                ok: false,
                actual: expected,
                checked: [],
                gone: copy ? [] : [hit.name],
                reason,
            };
        }
        const reason = `${name} matches subject '${hit.name ?? '(unnamed)'}' by ${alg} digest`;
        return { ...base, ok: true, actual: expected, checked: [hit.name ?? name], reason };
    }
    const { digest } = await c.cache.file(m.path, 'sha256');
    return {
        name,
        kind: 'file',
        ok: false,
        algorithm: 'sha256',
        actual: `sha256:${digest}`,
        checked: [],
        reason: `added ${name}: no subject has its name or its digest, it is not signed`,
    };
}
async function checkDirectory(m, c) {
    const found = subjectNamed(m, 'directory', c);
    if ('ok' in found)
        return found;
    const { name, named } = found;
    try {
        const dir = await c.cache.directory(m.path, ignorePathsOf(named));
        const subject = named ?? c.subjects.find((s) => s.digest?.sha256?.toLowerCase() === dir.root);
        if (!subject)
            return (0,directory/* unsignedDirectory */.P9)(name, dir, c.subjects);
        const check = (0,directory/* checkDirectoryContent */.Rl)(name, subject, dir, c.subjects);
        return named ? check : elsewhere(check, subject, c);
    }
    catch (e) {
        return failure(name, 'directory', e);
    }
}
/** A directory matched by its root to a subject the patterns cover under its own name: moved. */
function elsewhere(check, subject, c) {
    const from = subject.name;
    if (from === undefined || !c.covers?.(from, true))
        return check;
    const copy = c.onDisk.has(from);
    const reason = copy
        ? `added ${check.name}/: a copy of the signed ${from}/, not signed under this name`
        : `renamed ${from}/ → ${check.name}/: the signed directory under another name`;
    return { ...check, ok: false, reason, checked: [], gone: copy ? [] : check.checked };
}
/**
 * Check every model path against the subjects; one result per path, in input order. A path
 * whose name the statement gives with two different digests fails (see ambiguousSubjects).
 */
async function checkSubjects(subjects, model, cache = new DigestCache(), covers) {
    const c = {
        subjects: subjects.map((s) => s.name === undefined ? s : { ...s, name: normalizeSubjectName(s.name) }),
        cache,
        ambiguous: ambiguousSubjects(subjects),
        covers,
        onDisk: new Set(model.map((m) => normalizeSubjectName(m.relPath))),
    };
    // All at once: a model of several large files hashes on every core. Each check reports its
    // own failure, so one bad path does not cut the others short.
    return Promise.all(model.map((m) => (m.kind === 'directory' ? checkDirectory(m, c) : checkFile(m, c))));
}


/***/ }),

/***/ 61130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ad: () => (/* binding */ trustedRootFromJSON),
/* harmony export */   cB: () => (/* binding */ publicGoodTrustedRoot),
/* harmony export */   ce: () => (/* binding */ loadTrustedRootFile),
/* harmony export */   qJ: () => (/* binding */ CLIENT_TRUST_CONFIG_MEDIA_TYPE)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27406);
// Loading trusted roots: the trusted_root.json a Sigstore instance publishes, from a file (JSON,
// or the JSONL gh prints), from the seed @sigstore/tuf ships, or from JSON a TUF client fetched.






const PUBLIC_GOOD_SEED = 'https://tuf-repo-cdn.sigstore.dev';
/** A Sigstore ClientTrustConfig: a trusted root and a signing config in one file. */
const CLIENT_TRUST_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json';
const MAX_TRUSTED_ROOT_BYTES = 5 * 1024 * 1024;
/** Build the verifier material from a parsed trusted_root.json object. */
function trustedRootFromJSON(json, name, source) {
    let root;
    let material;
    try {
        root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.TrustedRoot.fromJSON(json);
        material = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_4__/* .toTrustMaterial */ .jO)(root);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG('TRUST_ROOT_MISSING', `${source} is not a usable trusted root: ${e.message}`, {
            input: 'trusted-root',
            value: source,
            fix: 'pass a Sigstore trusted_root.json (media type application/vnd.dev.sigstore.trustedroot+json)',
            cause: e,
        });
    }
    if (root.certificateAuthorities.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG('TRUST_ROOT_MISSING', `${source} lists no certificate authority`, {
            input: 'trusted-root',
            value: source,
            fix: 'pass the trusted_root.json of the Sigstore instance that signed the bundle',
        });
    }
    return {
        name,
        source,
        root,
        material,
        // Decided by the root, never by the bundle: a bundle that drops its tlog entry must
        // not lower the bar. GitHub's instance has no transparency log and no CT log.
        thresholds: {
            tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
            ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
            timestampThreshold: 1,
        },
    };
}
let publicGood;
/** The public-good trusted root embedded in @sigstore/tuf's seeds.json. Offline. */
function publicGoodTrustedRoot() {
    if (publicGood)
        return publicGood;
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
    const seeds = require('@sigstore/tuf/seeds.json');
    const b64 = seeds[PUBLIC_GOOD_SEED]?.targets?.['trusted_root.json'];
    if (!b64) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG('TRUST_ROOT_MISSING', '@sigstore/tuf ships no public-good trusted_root.json seed', {
            input: 'trusted-root',
            value: 'public-good',
            fix: 'pass a trusted_root.json path, e.g. from `gh attestation trusted-root`',
        });
    }
    const json = JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
    const version = require('@sigstore/tuf/package.json').version;
    publicGood = trustedRootFromJSON(json, 'public-good', `embedded @sigstore/tuf ${version} seed`);
    // How old it is: its newest key's start, since the seed carries no date of its own.
    publicGood.source += ` (newest key from ${newestKey(publicGood.root).slice(0, 10)})`;
    return publicGood;
}
/** Read a trusted_root.json, or the JSONL that `gh attestation trusted-root` prints (one root a line). */
async function loadTrustedRootFile(path) {
    const bad = (message, cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG('TRUST_ROOT_MISSING', message, {
        input: 'trusted-root',
        value: path,
        fix: 'pass the path of a trusted_root.json, e.g. written by `gh attestation trusted-root > trusted_root.jsonl`',
        cause,
    });
    let text;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        // A directory fails to read (EISDIR); a FIFO would block the read forever.
        if (!st.isFile())
            throw new Error(st.isDirectory() ? 'it is a directory' : 'not a regular file');
        if (st.size > MAX_TRUSTED_ROOT_BYTES)
            throw new Error(`${st.size} bytes, more than the ${MAX_TRUSTED_ROOT_BYTES} allowed`);
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw bad(`cannot read trusted root ${path}: ${e.message}`, e);
    }
    let docs;
    try {
        docs = [JSON.parse(text)];
    }
    catch {
        const lines = text.split('\n').filter((l) => l.trim() !== '');
        try {
            docs = lines.map((l) => JSON.parse(l));
        }
        catch (e) {
            throw bad(`trusted root ${path} is neither JSON nor JSON lines: ${e.message}`, e);
        }
    }
    if (docs.length === 0)
        throw bad(`trusted root ${path} is empty`);
    return docs.map((d, i) => trustedRootFromJSON(rootOfTrustConfig(d), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path), docs.length > 1 ? `${path} (line ${i + 1})` : path));
}
/**
 * A ClientTrustConfig (`--trust-config`, checked by src/sign/trust-config.ts at the entry point)
 * carries its trusted root inside: that root; anything else is taken as a root itself.
 */
function rootOfTrustConfig(doc) {
    const d = doc;
    return typeof d === 'object' && d !== null && d.mediaType === CLIENT_TRUST_CONFIG_MEDIA_TYPE
        ? d.trustedRoot
        : doc;
}
/** The latest `validFor.start` of any key or authority in a root. */
function newestKey(root) {
    const starts = [
        ...root.certificateAuthorities.map((c) => c.validFor?.start),
        ...root.tlogs.map((l) => l.publicKey?.validFor?.start),
        ...root.ctlogs.map((l) => l.publicKey?.validFor?.start),
        ...root.timestampAuthorities.map((t) => t.validFor?.start),
    ].filter((d) => d instanceof Date);
    return starts.length
        ? new Date(Math.max(...starts.map((d) => d.getTime()))).toISOString()
        : 'unknown';
}


/***/ }),

/***/ 9610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SG: () => (/* binding */ NAMED_TRUSTED_ROOTS),
  hS: () => (/* binding */ classifyCertificateIssuer),
  $A: () => (/* binding */ createVerifier),
  T1: () => (/* binding */ issuedBy),
  ce: () => (/* reexport */ trust_root/* loadTrustedRootFile */.ce),
  cB: () => (/* reexport */ trust_root/* publicGoodTrustedRoot */.cB),
  of: () => (/* binding */ selectTrustedRoot)
});

// UNUSED EXPORTS: rootCoversCertificate, trustedRootFromJSON

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
;// CONCATENATED MODULE: ./build/src/verify/checkpoint.js

const DECIMAL = /^(0|[1-9][0-9]*)$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** The body of a checkpoint's signed note, or the reason it cannot be read. */
function parseCheckpoint(envelope) {
    const end = envelope.indexOf('\n\n');
    if (end < 0)
        return 'the checkpoint has no blank line between its body and its signatures';
    const [origin, size, hash] = envelope.slice(0, end).split('\n');
    if (!origin)
        return 'the checkpoint has no origin line';
    if (size === undefined || !DECIMAL.test(size))
        return `the checkpoint's tree size line is not a decimal number: ${JSON.stringify(size ?? '')}`;
    if (hash === undefined || !BASE64.test(hash) || hash.length % 4 !== 0)
        return `the checkpoint's root hash line is not base64: ${JSON.stringify(hash ?? '')}`;
    return { origin, treeSize: BigInt(size), rootHash: Buffer.from(hash, 'base64') };
}
/**
 * Why an entry's inclusion proof disagrees with its checkpoint, or undefined when it agrees
 * (or the entry carries no inclusion proof: an inclusion promise is checked elsewhere).
 */
function inclusionProofMismatch(entry) {
    const proof = entry.inclusionProof;
    if (!proof)
        return undefined;
    const envelope = proof.checkpoint?.envelope;
    if (!envelope)
        return 'the inclusion proof has no checkpoint';
    const body = parseCheckpoint(envelope);
    if (typeof body === 'string')
        return body;
    const problems = [];
    const treeSize = String(proof.treeSize ?? '');
    if (!DECIMAL.test(treeSize) || BigInt(treeSize) !== body.treeSize)
        problems.push(`tree size ${treeSize || '(none)'}, its signed checkpoint ${body.treeSize}`);
    const rootHash = Buffer.from(proof.rootHash ?? []);
    if (!rootHash.equals(body.rootHash)) {
        problems.push(`root hash ${rootHash.toString('base64') || '(none)'}, its signed checkpoint ${body.rootHash.toString('base64')}`);
    }
    return problems.length > 0
        ? `the inclusion proof disagrees with its checkpoint (${body.origin}): the proof says ${problems.join('; ')}`
        : undefined;
}
/**
 * Throw a VerificationError (TLOG_INCLUSION_PROOF_ERROR, as @sigstore/verify's own inclusion
 * failures) for the first entry whose inclusion proof disagrees with its checkpoint.
 */
function assertInclusionProofsMatchCheckpoints(entries) {
    for (const entry of entries) {
        const mismatch = inclusionProofMismatch(entry);
        if (mismatch) {
            throw new dist/* VerificationError */.mk({ code: 'TLOG_INCLUSION_PROOF_ERROR', message: mismatch });
        }
    }
}

// EXTERNAL MODULE: ./build/src/identity/certificate.js
var certificate = __webpack_require__(52351);
// EXTERNAL MODULE: ./build/src/verify/trust-root.js
var trust_root = __webpack_require__(61130);
// EXTERNAL MODULE: ./build/src/verify/tuf.js
var tuf = __webpack_require__(29880);
;// CONCATENATED MODULE: ./build/src/verify/trust.js







/** The trusted roots named by a word rather than a path. */
const NAMED_TRUSTED_ROOTS = ['auto', 'public-good', 'github'];
function classifyCertificateIssuer(cert) {
    const dn = (0,certificate/* certificateIssuerName */.q)(cert);
    if (/(^|, )O=GitHub, Inc\.(,|$)/.test(dn))
        return 'github';
    if (/(^|, )O=sigstore\.dev(,|$)/.test(dn))
        return 'public-good';
    return 'unknown';
}
/** Does one of the root's certificate authorities hold the certificate that issued `cert`? */
function rootCoversCertificate(root, cert) {
    return root.material.certificateAuthorities.some((ca) => ca.certChain.some((c) => c.subject.equals(cert.issuer)));
}
/**
 * Whether an authority of the root signed the certificate: stricter than its name, which two
 * instances (before and after a rotation, say) can share.
 */
function rootSignedCertificate(root, cert) {
    return root.material.certificateAuthorities.some((ca) => ca.certChain.some((c) => issuedBy(cert, c)));
}
/** `issuer` is named as the certificate's issuer and its key signed the certificate. */
function issuedBy(cert, issuer) {
    try {
        return issuer.subject.equals(cert.issuer) && cert.verify(issuer);
    }
    catch {
        return false;
    }
}
const GITHUB_ROOT_FIX = `supply GitHub's trusted root: \`tuf-url: ${tuf/* GITHUB_TUF_URL */.aE}\` with \`tuf-root:\` the TUF ` +
    'root.json gh embeds (pkg/cmd/attestation/verification/embed/tuf-repo.github.com/root.json), or ' +
    'a file, `trusted-root: path/to/trusted_root.json` (written by `gh attestation trusted-root > trusted_root.jsonl`)';
function githubRootMissing(issuer, how) {
    return new errors/* ProvenanceError */.CG('TRUST_ROOT_MISSING', `the bundle was signed by GitHub's Sigstore instance (certificate issuer ${issuer}); ${how}`, { input: 'trusted-root', fix: GITHUB_ROOT_FIX });
}
/**
 * Pick the trusted root that covers the bundle's certificate, or say clearly why none does.
 * With `refresh`, `auto` takes the root its TUF repository serves now.
 */
async function selectTrustedRoot(spec, cert, cache = new Map(), refresh) {
    const instance = classifyCertificateIssuer(cert);
    const issuer = (0,certificate/* certificateIssuerName */.q)(cert) || '(no issuer name)';
    const choice = spec.trim() === '' ? 'auto' : spec.trim();
    if (choice === 'github') {
        throw githubRootMissing(issuer, "no trusted root for GitHub's instance ships with this tool (`trusted-root: github` needs a file)");
    }
    if (choice === 'auto' && refresh)
        return autoRoot(cert, instance, issuer, cache, refresh);
    if (choice === 'public-good' || choice === 'auto') {
        if (choice === 'auto' && instance === 'github') {
            throw githubRootMissing(issuer, "`trusted-root: auto` has no trusted root for GitHub's instance");
        }
        return coveringOrExplain([(0,trust_root/* publicGoodTrustedRoot */.cB)()], cert, choice, instance, issuer);
    }
    let pending = cache.get(choice);
    if (!pending) {
        pending = (0,trust_root/* loadTrustedRootFile */.ce)(choice);
        cache.set(choice, pending);
    }
    return coveringOrExplain(await pending, cert, choice, instance, issuer);
}
/** The repository's current root, or the embedded one (saying why) when it cannot be reached. */
async function tufRoots(refresh) {
    const o = await (0,tuf/* refreshTrustedRoot */.nA)(refresh);
    if (o.ok)
        return [{ ...o.root, kept: o.fromCache }];
    const seed = (0,trust_root/* publicGoodTrustedRoot */.cB)();
    return [
        { ...seed, source: `${seed.source}; ${refresh.url} could not be reached (${o.unreachable})` },
    ];
}
/**
 * `auto` with a TUF repository to refresh from: its current root; the embedded public-good root
 * when the repository cannot be reached (the source says so, and why).
 */
async function autoRoot(cert, instance, issuer, cache, refresh) {
    const publicGoodRepo = refresh.url === tuf/* PUBLIC_GOOD_TUF_URL */.C$;
    if (instance === 'github' && publicGoodRepo) {
        throw githubRootMissing(issuer, "GitHub's trusted root could not be refreshed: no TUF root for its repository ships with this tool");
    }
    const key = `tuf:${refresh.url}`;
    let pending = cache.get(key);
    if (!pending) {
        pending = tufRoots(refresh);
        cache.set(key, pending);
    }
    let roots = await pending;
    // A root kept from an earlier refresh that cannot check this bundle may predate a rotation:
    // ask the repository once more before saying no.
    if (roots[0]?.kept && !roots.some((r) => rootSignedCertificate(r, cert))) {
        pending = tufRoots({ ...refresh, maxAgeMs: 0 });
        cache.set(key, pending);
        roots = await pending;
    }
    return coveringOrExplain(roots, cert, 'auto', instance, issuer);
}
function coveringOrExplain(roots, cert, choice, instance, issuer) {
    const found = roots.find((r) => rootCoversCertificate(r, cert));
    if (found)
        return found;
    const tried = roots.map((r) => r.source).join(', ');
    const named = NAMED_TRUSTED_ROOTS.includes(choice);
    if (named && instance === 'github')
        throw githubRootMissing(issuer, `the trusted root (${tried}) does not cover it`);
    const hint = instance === 'github' ? ` It was signed by GitHub's Sigstore instance.` : '';
    throw new errors/* ProvenanceError */.CG('TRUST_ROOT_MISSING', named
        ? `no trusted root this tool has covers the bundle's certificate issuer ${issuer} (tried ${choice}, ${tried})`
        : `trusted root ${choice} has no certificate authority that issued the bundle's certificate (issuer ${issuer}).${hint}`, {
        input: 'trusted-root',
        value: choice,
        fix: instance === 'github'
            ? GITHUB_ROOT_FIX
            : "pass the signing instance's trusted_root.json as `trusted-root: PATH`, or its TUF repository as tuf-url and tuf-root",
    });
}
/**
 * @sigstore/verify's verifier, plus what it leaves out: each inclusion proof's own root hash
 * and tree size must be those of the checkpoint it was verified against.
 */
class CheckedVerifier extends dist/* Verifier */.BL {
    verify(entity, policy) {
        const signer = super.verify(entity, policy);
        assertInclusionProofsMatchCheckpoints(entity.tlogEntries);
        return signer;
    }
}
function createVerifier(root) {
    return new CheckedVerifier(root.material, root.thresholds);
}


/***/ }),

/***/ 29880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ PUBLIC_GOOD_TUF_URL),
/* harmony export */   EZ: () => (/* binding */ offlineRequested),
/* harmony export */   aE: () => (/* binding */ GITHUB_TUF_URL),
/* harmony export */   nA: () => (/* binding */ refreshTrustedRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
/* harmony import */ var _store_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7216);
/* harmony import */ var _trust_root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61130);
// Trusted roots refreshed over TUF, as `gh attestation verify` refreshes its own: the Sigstore
// instance publishes trusted_root.json as a TUF target, and a client that starts from a TUF
// root.json it trusts follows key rotations and refuses tampered, rolled-back or expired
// metadata (tuf-js, through @sigstore/tuf). A refreshed root is kept for a day. A repository
// that cannot be reached is said so (the caller falls back to the embedded root and says that);
// any other TUF failure is an error, never a silent fallback.






/** TRAINING_PROVENANCE_OFFLINE=1 (or true, yes): never ask a TUF repository. */
function offlineRequested(env) {
    return /^(1|true|yes)$/i.test(env.TRAINING_PROVENANCE_OFFLINE ?? '');
}
const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
const GITHUB_TUF_URL = 'https://tuf-repo.github.com';
const DAY_MS = 24 * 60 * 60 * 1000;
/** The refreshed root and when it was fetched, in the repository's cache folder. */
const KEPT = 'trusted_root.kept.json';
/** The trusted root the repository serves now, or why it could not be reached. */
async function refreshTrustedRoot(r) {
    const now = r.now ?? new Date();
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(r.cacheDir, encodeURIComponent(r.url));
    const kept = await readKept(dir);
    if (kept && now.getTime() - kept.fetchedAt.getTime() < (r.maxAgeMs ?? DAY_MS))
        return {
            ok: true,
            root: loaded(kept.json, r.url, kept.fetchedAt),
            fetchedAt: kept.fetchedAt,
            fromCache: true,
        };
    const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.t.bind(__webpack_require__, 84423, 19));
    let json;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const root = await getTrustedRoot({
            mirrorURL: r.url,
            rootPath: r.rootPath,
            cachePath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'metadata'),
            timeout: r.timeoutMs ?? 10_000,
            retry: { retries: 1, factor: 1, minTimeout: 100, maxTimeout: 500 },
        });
        json = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.TrustedRoot.toJSON(root);
    }
    catch (e) {
        const unreachable = networkFailure(e);
        if (unreachable)
            return { ok: false, unreachable };
        throw tufFailed(r.url, e);
    }
    // Kept for the next run; a cache that cannot be written costs a refresh then, nothing now.
    await (0,_store_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, KEPT), JSON.stringify({ fetchedAt: now.toISOString(), trustedRoot: json }), 'tuf-cache').catch(() => undefined);
    return { ok: true, root: loaded(json, r.url, now), fetchedAt: now, fromCache: false };
}
function loaded(json, url, fetchedAt) {
    return (0,_trust_root_js__WEBPACK_IMPORTED_MODULE_5__/* .trustedRootFromJSON */ .ad)(json, url.replace(/^https?:\/\//, ''), `TUF ${url}, refreshed ${fetchedAt.toISOString()}`);
}
async function readKept(dir) {
    try {
        const kept = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, KEPT), 'utf8'));
        const fetchedAt = new Date(kept.fetchedAt);
        return Number.isNaN(fetchedAt.getTime()) ? undefined : { json: kept.trustedRoot, fetchedAt };
    }
    catch {
        return undefined;
    }
}
const NETWORK_CODES = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|EHOSTUNREACH|ENETDOWN)\b/;
/** The reason, when the failure is that the repository could not be reached at all. */
function networkFailure(e) {
    for (let c = e; c; c = c.cause) {
        const err = c;
        const text = `${String(err.code ?? '')} ${String(err.message ?? '')}`;
        const m = NETWORK_CODES.exec(text);
        if (m)
            return m[1];
        // tuf-js rethrows fetch's own failure as text, without its cause: undici's "fetch failed"
        // (refused, unresolvable, reset) and AbortSignal.timeout's TimeoutError.
        if (/\bfetch failed\b/.test(text))
            return 'fetch failed: no connection';
        if (/TimeoutError|due to timeout/.test(text))
            return 'timed out';
    }
    return undefined;
}
/** A refusal by the TUF client: bad signature, rollback, expiry, a target that does not match. */
function tufFailed(url, e) {
    const reasons = [];
    for (let c = e; c; c = c.cause) {
        const err = c;
        reasons.push(`${String(err.name ?? 'Error')}: ${String(err.message ?? '')}`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('TUF_REFUSED', `the TUF repository ${url} did not give a trusted root that verifies: ${reasons.join(' ← ')}`, {
        input: 'tuf-url',
        value: url,
        fix: 'this is not a network failure and is never ignored: check --tuf-url and --tuf-root (the repository may be tampered with, rolled back or expired), or verify offline with --trusted-root FILE',
        cause: e,
    });
}


/***/ }),

/***/ 83171:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NQ: () => (/* binding */ fromError),
/* harmony export */   QH: () => (/* binding */ signatureViolation),
/* harmony export */   ZX: () => (/* binding */ identityViolations)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
// Violations made from what a check threw or found: one wording for every verify stage, the
// provenance's and the model signature's alike.

/**
 * A violation from a thrown error about the input: a ProvenanceError keeps its fix. Anything
 * else (a TypeError, an INTERNAL failure) is a bug of this tool and is thrown as INTERNAL:
 * shown as a violation it would read as the user's provenance failing verification.
 */
function fromError(kind, rule, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isProvenanceError */ .Ev)(e) && e.code !== 'INTERNAL')
        return { kind, rule, message: e.message, fix: e.fix };
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .internalError */ .WB)(e, `checking the ${kind} (${rule}) failed`);
}
const SIGNATURE_HINTS = {
    SIGNATURE_ERROR: 'the signed content was changed after signing, or the signature is not from this certificate',
    CERTIFICATE_ERROR: 'the certificate does not chain to the trusted root, or was not valid when signed',
    TLOG_ERROR: 'the transparency log entry is missing or does not verify',
    TLOG_BODY_ERROR: 'the transparency log entry records another signature or content',
    TLOG_INCLUSION_PROOF_ERROR: 'the transparency log inclusion proof does not verify',
    TLOG_INCLUSION_PROMISE_ERROR: 'the transparency log inclusion promise does not verify',
    TIMESTAMP_ERROR: 'no verified time for the signature (transparency log or timestamp authority)',
};
/** A failed cryptographic check, with what @sigstore/verify's error code means for a user. */
function signatureViolation(e, rootName, what, where = '') {
    const code = e.code;
    const hint = code ? SIGNATURE_HINTS[code] : undefined;
    return {
        kind: 'signature',
        rule: code ?? 'signature',
        message: `cryptographic verification${where ? ` of ${where}` : ''} against ${rootName} failed${code ? ` (${code})` : ''}: ${e.message}${hint ? ` — ${hint}` : ''}`,
        fix: `do not use this model: ${what} does not prove who signed it`,
    };
}
/** Each failed identity check as a violation, with the input to change when it is expected. */
function identityViolations(checks) {
    return checks
        .filter((c) => !c.ok)
        .map((c) => ({
        kind: 'identity',
        rule: c.check,
        message: c.reason,
        expected: c.expected,
        actual: c.actual,
        fix: c.check === 'identity-required'
            ? undefined
            : c.check === 'signer-repository'
                ? 'if a reusable workflow signs, name it with `signer-workflow`'
                : `if this signer is expected, change the '${c.input}' input`,
    }));
}


/***/ }),

/***/ 16668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ parseRange),
/* harmony export */   W1: () => (/* binding */ ANY_VERSION),
/* harmony export */   Yd: () => (/* binding */ publicVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ib: () => (/* binding */ satisfies)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99687);
// Python package versions and the ranges a policy writes against them, as PEP 440 and pip's
// `packaging` define them, through @renovatebot/pep440 (a port of packaging). A range is a
// PEP 440 specifier set (`>=2.0,<2.6`, `~=2.1`, `!=2.0.*`, `===2.5.1`) or a list of sets of
// which any may match. Installed versions are judged as `pip check` judges them: with
// pre-releases allowed, so a release candidate in the environment is not waved through.

const ANY_VERSION = { text: '*', sets: [] };
/** Parse one specifier set or a list of them; an error message instead of a throw. */
function parseRange(input) {
    if (typeof input !== 'string')
        return parseList(input);
    const t = input.trim();
    if (t === '' || t === '*')
        return { range: { text: input, sets: [] } };
    if ((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .validRange */ .Im)(t))
        return { range: { text: input, sets: [t] } };
    return parseOldSyntax(input);
}
function parseList(list) {
    const bad = list.find((s) => !(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .validRange */ .Im)(s.trim()) || s.trim() === '');
    if (bad !== undefined)
        return `'${bad}' is not a PEP 440 specifier set (e.g. >=2.0,<2.6)`;
    return { range: { text: list.join(' | '), sets: list.map((s) => s.trim()) } };
}
// The syntax of 0.1: alternatives joined by `||`, comparators separated by blanks or commas,
// a bare version meaning `==`. Read so that old policies keep their meaning, with a notice.
function parseOldSyntax(text) {
    const sets = [];
    for (const alt of text.split('||')) {
        const parts = alt
            .trim()
            .replace(/(~=|===|==|!=|<=|>=|<|>|=)\s+/g, '$1')
            .split(/[\s,]+/)
            .filter((s) => s !== '')
            .map((p) => (/^[<>=!~]/.test(p) ? p.replace(/^=(?!=)/, '==') : `==${p}`));
        const set = parts.join(',');
        if (parts.length === 0 || !(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .validRange */ .Im)(set))
            return `'${text}' is not a PEP 440 specifier set (e.g. >=2.0,<2.6, ~=2.1, !=2.0.*) or a list of them`;
        sets.push(set);
    }
    const list = sets.map((s) => `'${s}'`).join(', ');
    return {
        range: { text, sets },
        notice: `'${text}' is the old range syntax; write ${sets.length === 1 ? list : `the list [${list}]`} (PEP 440 specifier sets, any of which may match)`,
    };
}
/**
 * Does an installed version lie in the range? `undefined` when the version is not PEP 440,
 * so callers can fail closed. The local label is ignored unless a set names one.
 */
function satisfies(version, range) {
    if (range.sets.length === 0)
        return true;
    if (!(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .valid */ .rZ)(version.trim()))
        return undefined;
    const v = version.trim();
    return range.sets.some((set) => set.split(',').every((spec) => inSpecifier(v, spec.trim())));
}
// One specifier of a set. The library shortcuts PEP 440's exclusive ordered comparisons
// (it refuses any version with the same release numbers, so `2.6.0a1` is not `<2.6rc1` and
// `2.0.post2` is not `>2.0.post1`); those two operators follow the specification's text.
function inSpecifier(version, spec) {
    const m = /^(<|>)\s*([^=].*)$/.exec(spec);
    if (!m)
        return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .satisfies */ .ib)(version, spec, { prereleases: true });
    const v = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(version);
    const bound = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(m[2]);
    if (!bound)
        return false;
    const sameBase = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .compare */ .UD)(v.base_version, bound.base_version) === 0;
    if (m[1] === '<')
        return ((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .compare */ .UD)(v.public, bound.public) < 0 && !(sameBase && v.is_prerelease && !bound.is_prerelease));
    if ((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .compare */ .UD)(v.public, bound.public) <= 0)
        return false;
    if (sameBase && v.is_postrelease && !bound.is_postrelease)
        return false;
    return !(sameBase && v.local !== null);
}
/** The public part of a version (`2.3.1` of `2.3.1+cu121`), or undefined if not PEP 440. */
function publicVersion(version) {
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(version.trim())?.public ?? undefined;
}
/** PEP 440 order of two public versions; undefined when either is not PEP 440. */
function compareVersions(a, b) {
    const pa = publicVersion(a);
    const pb = publicVersion(b);
    if (pa === undefined || pb === undefined)
        return undefined;
    return Math.sign((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .compare */ .UD)(pa, pb));
}


/***/ })

};
