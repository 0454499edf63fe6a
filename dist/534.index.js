export const id = 534;
export const ids = [534,112];
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

/***/ 32729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y$: () => (/* binding */ keyTrust),
  Kv: () => (/* binding */ signerOf),
  zI: () => (/* binding */ tufRefresh),
  MX: () => (/* binding */ verify)
});

// EXTERNAL MODULE: ./build/src/collect/paths.js
var paths = __webpack_require__(85768);
// EXTERNAL MODULE: ./build/src/oms/index.js + 1 modules
var oms = __webpack_require__(30988);
// EXTERNAL MODULE: ./build/src/verify/subjects.js + 1 modules
var subjects = __webpack_require__(63897);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/identity/signer-policy.js
var signer_policy = __webpack_require__(51195);
// EXTERNAL MODULE: ./build/src/pem.js
var pem = __webpack_require__(19715);
// EXTERNAL MODULE: ./build/src/verify/bundles.js
var bundles = __webpack_require__(35886);
// EXTERNAL MODULE: ./build/src/verify/signer.js
var signer = __webpack_require__(54241);
// EXTERNAL MODULE: ./build/src/verify/oms-contents.js
var oms_contents = __webpack_require__(35949);
// EXTERNAL MODULE: ./build/src/verify/violations.js
var violations = __webpack_require__(83171);
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
        publicKey: ok && opts.publicKey ? `sha256:${(0,pem/* keyHint */.p4)(opts.publicKey)}` : undefined,
    };
    const statement = ok ? (0,oms_contents/* readSigned */.N)(loaded) : undefined;
    if (!statement || !('resources' in statement)) {
        const violations = [...a.violations, ...(statement ? [statement] : [])];
        return { ...base, ...NOTHING_CHECKED, ...signer, verified: false, violations };
    }
    const checked = await (0,oms_contents/* checkFiles */.g)(statement, { ...opts, ...base, modelDir, kind });
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

// EXTERNAL MODULE: ./build/src/verify/pipeline.js
var pipeline = __webpack_require__(90909);
;// CONCATENATED MODULE: ./build/src/verify/model-signatures.js






/**
 * The model signatures `spec` names, each checked; with the provenance's subjects (as verify
 * matched them on disk), also whether each binds the root digest the provenance signed.
 */
async function checkModelSignatures(spec, model, trust, signedSubjects) {
    const checks = [];
    for (const { sigPath, modelDir } of await signaturesToCheck(spec, model)) {
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
async function verifySignaturesAlone(spec, model, trust, now) {
    const checks = await checkModelSignatures(spec, model, trust);
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
    return (0,oms/* checkBinding */.aS)(roots, { subjects: signedSubjects }, kind);
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
async function signaturesToCheck(spec, model) {
    if (spec.kind === 'none')
        return [];
    const dirs = model.filter((m) => m.kind === 'directory');
    if (spec.kind !== 'files') {
        const required = spec.kind === 'required';
        const found = dirs
            .map((d) => ({ sigPath: (0,external_node_path_.join)(d.path, oms/* OMS_SIGNATURE_NAME */.HW), modelDir: d.path }))
            .filter((c) => required || (0,external_node_fs_.existsSync)(c.sigPath));
        if (required && found.length === 0) {
            throw new errors/* ProvenanceError */.CG('INPUT_INVALID', 'model-signature: true needs a model directory', {
                input: 'model-signature',
                value: 'true',
                fix: 'name the model directory in model, or give the model.sig path',
            });
        }
        return found;
    }
    const { paths } = spec;
    const value = paths.join(', ');
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
        return verifySignaturesAlone(modelSignature, model, trust, now ?? new Date());
    const { lineage, ...provenance } = req.provenance;
    const verified = await (0,pipeline/* verifyProvenanceRecord */.cm)({ ...provenance, model, workspace, now });
    const report = lineage ? await lineage(verified.report, verified.record) : verified.report;
    const checks = await checkModelSignatures(modelSignature, model, trust, report.subjects);
    return verifyOutcome(report, checks, model);
}

// EXTERNAL MODULE: ./build/src/policy/policy.js + 3 modules
var policy_policy = __webpack_require__(20531);
// EXTERNAL MODULE: ./build/src/policy/advisories.js + 5 modules
var policy_advisories = __webpack_require__(50923);
// EXTERNAL MODULE: ./build/src/identity/expected-signer.js
var expected_signer = __webpack_require__(71657);
// EXTERNAL MODULE: ./build/src/verify/lookup.js
var lookup = __webpack_require__(10485);
// EXTERNAL MODULE: ./build/src/verify/cert-chain.js
var cert_chain = __webpack_require__(75933);
// EXTERNAL MODULE: ./build/src/sign/key.js
var key = __webpack_require__(76452);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
;// CONCATENATED MODULE: ./build/src/engine/verify-names.js
// The training record beside the bundles given: taken when a policy reads it, or (by the
// pipeline, in the same pass) when a model directory's file names are bound by nothing the
// given bundles sign (the build provenance of more than 1,024 files). (A verified model.sig
// binds them too: verify/model-signatures.ts.)



/** The training record files beside `files`, none when one of them is a training record. */
function trainingSiblings(files) {
    const { bundle } = layout/* OUTPUT_FILES */.Y7['training-record'];
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
        const path = (0,paths/* unescapePath */.a3)(rel);
        return (name) => under(name, path);
    }
    // A name that exists as typed is that name (paths.ts), so the literal reading covers too.
    return (name, isDirectory) => under(name, glob) ||
        (0,paths/* ancestors */.T1)(name).some((a) => mm.match(a)) ||
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

// EXTERNAL MODULE: ./build/src/verify/trust.js + 1 modules
var trust = __webpack_require__(9610);
// EXTERNAL MODULE: ./build/src/verify/proofs.js
var verify_proofs = __webpack_require__(58184);
// EXTERNAL MODULE: ./build/src/verify/tuf.js
var tuf = __webpack_require__(29880);
// EXTERNAL MODULE: ./build/src/engine/in-order.js
var in_order = __webpack_require__(50344);
// EXTERNAL MODULE: ./build/src/lineage/stage.js
var stage = __webpack_require__(46373);
;// CONCATENATED MODULE: ./build/src/engine/verify.js
// `verify`: resolve the model, find the bundles (files, or the attestations API by the
// model's digest), and hand everything to the verify engine. Like attest, it takes inputs
// and context as data.


















async function verify(inputs, ctx) {
    const model = await (0,paths/* resolvePatterns */.Ep)(inputs.model, {
        workspace: ctx.workspace,
        input: 'model',
        required: true,
    });
    const policy = inputs.policy ? await (0,policy_policy/* loadPolicy */.tb)(inputs.policy) : undefined;
    const identity = signerOf(inputs.signer, policy, ctx);
    const cache = new subjects/* DigestCache */.pC({ onProgress: ctx.onProgress, base: ctx.workspace });
    const trust = await signatureTrust(inputs, ctx, identity, cache);
    const alone = signatureAlone(inputs);
    (0,expected_signer/* requireSigner */.Sz)(alone ? trust.identity : identity, inputs.signer);
    const of = { model, trust, identity, policy };
    return verifyAll({
        model,
        workspace: ctx.workspace,
        now: ctx.now,
        trust,
        modelSignature: inputs.modelSignatures,
        ...(alone ? {} : { provenance: await provenanceRequest(inputs, ctx, of) }),
    });
}
/** What the provenance is verified with: its bundles, signer, trust, policy, proofs, advisories. */
async function provenanceRequest(inputs, ctx, { model, trust, identity, policy }) {
    const proofs = inputs.proofs ? await (0,verify_proofs/* readProofs */.OR)(inputs.proofs) : undefined;
    for (const n of policy?.notices ?? [])
        ctx.log(`notice: ${n}`);
    const advisories = (0,policy_advisories/* advisoryDatabase */.dr)(policy, inputs.advisories);
    const { cache, refresh, trustedRoot, roots } = trust;
    const bundles = await findBundles(inputs, model, { ctx, cache, identity, policy });
    return {
        bundles,
        namesFrom: namesFrom(bundles, ctx.log),
        covers: inputs.coverEverySubject
            ? () => true
            : await patternCoverage(inputs.model, ctx.workspace),
        identity,
        trustedRoot,
        roots,
        policy,
        cache,
        proofs,
        refresh,
        advisories,
        lineage: (0,stage/* lineageStage */.k)({
            policy,
            trustedRoot,
            refresh,
            cache,
            advisories,
            ...lineageSources(inputs, ctx, identity),
        }),
        ...(trust.publicKey ? { publicKey: trust.publicKey } : {}),
        ...(trust.certChain ? { certChain: trust.certChain } : {}),
    };
}
/**
 * Where base models' evidence is found besides bases/ beside the bundle: the evidence directory,
 * and the attestations API when a token and a repository are at hand.
 */
function lineageSources(inputs, ctx, identity) {
    const dir = inputs.evidence;
    const repository = identity.repository ?? ctx.currentRepository;
    return {
        ...(dir ? { evidenceDirs: [dir] } : {}),
        ...(repository && ctx.githubToken
            ? { lookup: { repository, token: ctx.githubToken, apiUrl: ctx.apiUrl, log: ctx.log } }
            : {}),
    };
}
/** What model signatures are checked against: roots, keys, anchors and the expected signer. */
async function signatureTrust(inputs, ctx, identity, cache) {
    return {
        trustedRoot: (0,trust/* trustedRootSpec */.Nr)(inputs.trustedRoot),
        refresh: tufRefresh(inputs, ctx),
        // One cache for the run: the provenance and the model signatures read a root file once.
        roots: new Map(),
        cache,
        identity: modelSignatureSigner(inputs, identity, ctx.serverUrl),
        ignorePaths: inputs.ignorePaths,
        ignoreUnsignedFiles: inputs.ignoreUnsignedFiles,
        ...(await keyTrust(inputs.signer)),
    };
}
/**
 * The key and the anchors (of the user's PKI) that whatever is signed without a CI certificate
 * must verify with: a provenance bundle (attest --private-key, --signing-cert) and model
 * signatures (model_signing sign key, certificate) alike.
 */
async function keyTrust(signer) {
    if (signer.kind === 'keyless')
        return {};
    return {
        publicKey: signer.kind === 'key' ? await (0,key/* loadPublicKey */.fg)(signer.publicKey) : undefined,
        certChain: signer.anchors.length ? await (0,cert_chain/* loadAnchors */.TH)(signer.anchors) : undefined,
    };
}
/**
 * Where `auto` refreshes over TUF: the repository given (with its root.json), else public-good's
 * with the seed @sigstore/tuf ships. None when offline or when the caller keeps no cache.
 */
function tufRefresh(inputs, ctx) {
    if (inputs.offline || !ctx.tufCacheDir)
        return undefined;
    return {
        url: inputs.tuf?.url ?? tuf/* PUBLIC_GOOD_TUF_URL */.C$,
        rootPath: inputs.tuf?.root,
        cacheDir: ctx.tufCacheDir,
        now: ctx.now,
    };
}
/** The expected signer (identity/expected-signer.ts), the current repository when the action says so. */
function signerOf(inputs, policy, ctx) {
    const pinRepository = ctx.pinCurrentRepository ? ctx.currentRepository : undefined;
    return (0,expected_signer/* expectedSigner */.nO)(inputs, policy, { serverUrl: ctx.serverUrl, pinRepository, log: ctx.log });
}
/** The bundle files given (with the training record beside them when a policy needs it), else a lookup by digest. */
async function findBundles(inputs, model, f) {
    const files = inputs.bundles;
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
        : (await f.cache.directory(entry.path, oms/* OMS_SIGNING_IGNORES */.UG)).root));
    const found = [];
    for (const [k, entry] of model.entries()) {
        f.ctx.log(`looking up sha256:${digests[k]} (${entry.relPath}) in ${repository}'s attestations`);
        const token = f.ctx.githubToken;
        const digest = `sha256:${digests[k]}`;
        found.push(...(await (0,lookup/* lookupAttestations */.G)({
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
    const kind = inputs.modelSignatures.kind;
    if (inputs.bundles.length > 0 || kind === 'none')
        return false;
    return kind !== 'auto' || (0,expected_signer/* keyed */.Dh)(inputs.signer);
}
/** The model signature's own signer when one is given, else the provenance's. */
function modelSignatureSigner(inputs, provenance, serverUrl) {
    const own = inputs.modelSignatureSigner;
    if (!own)
        return provenance;
    return {
        certIdentity: own.identity,
        certIdentityRegex: own.identityRegex,
        certOidcIssuer: own.issuer,
        serverUrl,
    };
}


/***/ }),

/***/ 71657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ keyed),
/* harmony export */   E5: () => (/* binding */ noSigner),
/* harmony export */   Sz: () => (/* binding */ requireSigner),
/* harmony export */   nO: () => (/* binding */ expectedSigner)
/* harmony export */ });
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
const keyed = (signer) => signer.kind !== 'keyless';
function fromInputs({ pins }, serverUrl) {
    const explicit = {
        repository: pins.repository,
        signerWorkflow: pins.signerWorkflow,
        sourceRef: pins.sourceRef,
        certIdentity: pins.certIdentity,
        certIdentityRegex: pins.certIdentityRegex,
        certOidcIssuer: pins.certOidcIssuer,
        denySelfHostedRunners: pins.denySelfHostedRunners || undefined,
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
function requireSigner(identity, signer, why = '') {
    if ((0,_signer_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .identityInputMissing */ .je)(identity) && !keyed(signer))
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

/***/ 99960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X9: () => (/* binding */ walkLineage)
});

// UNUSED EXPORTS: DEFAULT_MAX_DEPTH, MAX_BASES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/verify/pipeline.js
var pipeline = __webpack_require__(90909);
// EXTERNAL MODULE: ./build/src/verify/subjects.js + 1 modules
var subjects = __webpack_require__(63897);
// EXTERNAL MODULE: ./build/src/verify/report.js
var report = __webpack_require__(23329);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/verify/bundles.js
var bundles = __webpack_require__(35886);
// EXTERNAL MODULE: ./build/src/verify/lookup.js
var lookup = __webpack_require__(10485);
// EXTERNAL MODULE: ./build/src/verify/stages.js + 1 modules
var stages = __webpack_require__(32269);
// EXTERNAL MODULE: ./build/src/verify/signer.js
var signer = __webpack_require__(54241);
// EXTERNAL MODULE: ./build/src/verify/evidence-binding.js
var evidence_binding = __webpack_require__(84038);
// EXTERNAL MODULE: ./build/src/verify/oms-contents.js
var oms_contents = __webpack_require__(35949);
;// CONCATENATED MODULE: ./build/src/verify/evidence-bundle.js




/** Who signed the bundle, as it says of itself (not yet verified): for messages. */
function claimed(b) {
    if (!b.certificate)
        return `a key (hint ${b.publicKeyHint || 'none'})`;
    const san = b.certificate.subjectAltName;
    return `a certificate${san ? ` for ${san}` : ''}`;
}
/** A signer of another kind than the bundle's can never verify it: said plainly. */
function kindMismatch(b, s) {
    const keyed = Boolean(s.publicKey || s.certChain);
    if (s.publicKey && b.certificate)
        return `signed with ${claimed(b)}, not with ${s.label}`;
    if (!keyed && !b.certificate)
        return `signed with ${claimed(b)}, not by ${s.label}`;
    return undefined;
}
const notBase = (base, what) => `it signs ${what}, not the base's recorded digest sha256:${base.sha256}`;
async function checkBundle(b, base, o) {
    if (!base.sha256)
        return {
            problem: 'the record gives the base no sha256 digest, so no evidence can be bound to it',
        };
    const mismatch = kindMismatch(b, o.signer);
    if (mismatch)
        return { problem: `${b.source}: ${mismatch}` };
    return o.kind === 'model-signature' ? modelSignature(b, base, o) : statement(b, base, o);
}
async function statement(b, base, o) {
    const a = await (0,stages/* attemptBundle */.GN)(b, {
        model: [],
        workspace: '.',
        identity: o.signer.identity,
        trustedRoot: o.trustedRoot,
        roots: o.roots,
        cache: o.cache,
        predicateTypes: o.predicateTypes,
        refresh: o.refresh,
        ...(o.signer.publicKey ? { publicKey: o.signer.publicKey } : {}),
        ...(o.signer.certChain ? { certChain: o.signer.certChain } : {}),
    });
    if (a.violations.length > 0 || a.stage !== 'complete')
        return {
            problem: `${b.source}: ${a.violations[0]?.message ?? `stopped at ${a.stage}`} (checked against ${o.signer.label})`,
        };
    const digests = a.envelope.subject.flatMap((s) => s.digest?.sha256 ?? []);
    if (!(0,evidence_binding/* signsDigest */.V)({ subjects: digests }, base.sha256 ?? ''))
        return {
            problem: `${b.source}: ${notBase(base, digests.map((d) => `sha256:${d}`).join(', ') || 'no subject')}`,
        };
    if (a.role === 'training-record')
        return { view: a.view };
    // Recorded as a training record, it is read as one (its datasets, its bases): another
    // statement there is not what the record says it is, so not shown verified as that.
    if (o.kind === 'training-record')
        return {
            problem: `${b.source}: recorded as a training record, it is ${a.role ? `a ${a.role}` : a.envelope.predicateType}, not a training record`,
        };
    return {};
}
async function modelSignature(b, base, o) {
    const a = { stage: 'bundle', violations: [], timestamps: [], identity: [] };
    const ok = await (0,signer/* verifySigner */.M)(b, a, { ...o.signer, trustedRoot: o.trustedRoot, refresh: o.refresh, roots: o.roots }, { name: b.source, what: 'the signature', where: b.source, trustGivenDecides: true });
    if (!ok || a.violations.length > 0)
        return {
            problem: `${b.source}: ${a.violations[0]?.message ?? 'the signature does not verify'} (checked against ${o.signer.label})`,
        };
    const signed = (0,oms_contents/* readSigned */.N)(b);
    if (!('resources' in signed))
        return { problem: `${b.source}: ${signed.message}` };
    if (!(0,evidence_binding/* signsDigest */.V)({ subjects: [], oms: signed }, base.sha256 ?? ''))
        return { problem: `${b.source}: ${notBase(base, `root sha256:${signed.root}`)}` };
    return {};
}

// EXTERNAL MODULE: ./build/src/pem.js
var pem = __webpack_require__(19715);
// EXTERNAL MODULE: ./build/src/sign/key.js
var key = __webpack_require__(76452);
// EXTERNAL MODULE: ./build/src/verify/cert-chain.js
var cert_chain = __webpack_require__(75933);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./build/src/lineage/signers.js
// Who may have signed a base model's evidence, ready to check: the policy's `lineage.signers`
// (keys and anchors read from inline PEM or files beside the policy), else the signer the
// training record itself names for that evidence (signed by the model's own signer).







const isPem = (s) => s.includes('-----BEGIN');
async function keyOf(s, dir) {
    if (isPem(s.pemOrFile))
        return (0,external_node_crypto_.createPublicKey)(s.pemOrFile);
    return (0,key/* loadPublicKey */.fg)((0,external_node_path_.resolve)(dir, s.pemOrFile), 'policy');
}
async function anchorsOf(s, dir) {
    if (!isPem(s.pemOrFile))
        return (0,cert_chain/* loadAnchors */.TH)([(0,external_node_path_.resolve)(dir, s.pemOrFile)]);
    const pems = s.pemOrFile.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
    return (pems ?? []).map((p) => dist.X509Certificate.parse(p));
}
async function loadOne(s, dir) {
    switch (s.kind) {
        case 'identity':
            return {
                label: `${s.identity} @ ${s.issuer}`,
                identity: { certIdentity: s.identity, certOidcIssuer: s.issuer },
            };
        case 'identity-regex':
            return {
                label: `/${s.regex}/ @ ${s.issuer}`,
                identity: { certIdentityRegex: s.regex, certOidcIssuer: s.issuer },
            };
        case 'public-key': {
            const publicKey = await keyOf(s, dir);
            return { label: `key sha256:${(0,pem/* keyHint */.p4)(publicKey)}`, identity: {}, publicKey };
        }
        case 'cert-chain': {
            const certChain = await anchorsOf(s, dir);
            const where = isPem(s.pemOrFile) ? `given at ${s.at}` : `in ${s.pemOrFile}`;
            return { label: `a certificate of the anchors ${where}`, identity: {}, certChain };
        }
    }
}
/**
 * The policy's signers, each key and chain read now: one that cannot be read is bad input,
 * named by where the policy gives it.
 */
async function policySigners(policy) {
    const list = policy?.lineage?.signers;
    if (!list)
        return undefined;
    const dir = policy.dir ?? '.';
    const out = [];
    for (const s of list) {
        try {
            out.push(await loadOne(s, dir));
        }
        catch (e) {
            const what = 'pemOrFile' in s && !isPem(s.pemOrFile) ? ` '${s.pemOrFile}'` : '';
            const why = e.message;
            throw new errors/* ProvenanceError */.CG('POLICY_INVALID', `${s.at}: lineage.signers ${s.kind}${what}: ${why}`, {
                input: 'policy',
                value: policy.source,
                fix: `give ${s.kind === 'public-key' ? 'a PEM public key' : 'PEM certificates'} inline or as a file relative to the policy`,
                cause: e,
            });
        }
    }
    return out;
}
/** With no `lineage.signers`, the signer the record names for the evidence: exact, keyless only. */
function recordedSigner(e) {
    const s = e.signer;
    if (s?.identity && s.issuer && (s.kind === undefined || s.kind === 'keyless'))
        return {
            label: `${s.identity} @ ${s.issuer}`,
            identity: { certIdentity: s.identity, certOidcIssuer: s.issuer },
        };
    const what = s?.keyHint
        ? `a key (hint ${s.keyHint})`
        : s?.kind
            ? `a ${s.kind} signer`
            : 'no named signer';
    return `the record names ${what} for it, which cannot be checked without lineage.signers in a policy (a public-key, cert-chain or identity entry)`;
}

;// CONCATENATED MODULE: ./build/src/lineage/evidence.js
// A base model's evidence, found and verified: the file the record names (beside the record, in
// `bases/`), else one in the evidence directory with the recorded sha256 or name, else (by the
// base's digest) GitHub's attestations API. Every bundle goes through the verifier the model's
// own record goes through (src/verify/: trusted root, signature, identity, statement), checked
// against who may have signed it, and must sign the base's recorded digest.










const MAX_INDEXED_FILES = 10_000;
const sha256 = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
/** The file and its sha256; or why it was not read (not a regular file, over the cap); undefined: absent. */
async function fileSha(path) {
    try {
        const st = await (0,promises_.stat)(path);
        if (!st.isFile())
            return { refused: `${path} is not a regular file; it is not read` };
        if (st.size > bundles/* MAX_BUNDLE_FILE_BYTES */.By)
            return {
                refused: `${path} is ${st.size} bytes, over the ${bundles/* MAX_BUNDLE_FILE_BYTES */.By / 2 ** 20} MiB a bundle may have; it is not read`,
            };
        const bytes = await (0,promises_.readFile)(path);
        return { path, bytes, sha: sha256(bytes) };
    }
    catch {
        return undefined;
    }
}
async function buildIndex(dirs) {
    const index = { bySha: new Map(), byName: new Map() };
    for (const dir of dirs)
        await addToIndex(index, dir);
    return index;
}
async function addToIndex(index, dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    }
    catch (e) {
        throw new errors/* ProvenanceError */.CG('FILE_UNREADABLE', `cannot read evidence directory ${dir}: ${e.message}`, {
            input: 'evidence',
            value: dir,
            fix: 'give the directory that holds the base models’ evidence files (bases/ of an attest output-dir)',
            cause: e,
        });
    }
    for (const d of entries.filter((x) => x.isFile()).slice(0, MAX_INDEXED_FILES)) {
        const path = (0,external_node_path_.join)(d.parentPath, d.name);
        const got = await fileSha(path);
        const sha = got && 'sha' in got ? got.sha : undefined;
        if (sha && !index.bySha.has(sha))
            index.bySha.set(sha, path);
        index.byName.set(d.name, [...(index.byName.get(d.name) ?? []), path]);
    }
}
/** The record's path inside its directory, or undefined when it would leave it. */
function inside(dir, rel) {
    const n = (0,external_node_path_.normalize)(rel);
    if ((0,external_node_path_.isAbsolute)(n) || n === '..' || n.startsWith(`..${external_node_path_.sep}`))
        return undefined;
    return (0,external_node_path_.join)(dir, n);
}
/**
 * Does the path stay in the directory once symbolic links are resolved? A record's bases/ come
 * from whoever made it: a link out of it must not make us read (or hash) a file of this machine.
 * A path that does not exist stays (nothing is read).
 */
async function staysInside(dir, path) {
    const real = await (0,promises_.realpath)(path).catch(() => undefined);
    return real === undefined || real.startsWith(`${await (0,promises_.realpath)(dir)}${external_node_path_.sep}`);
}
/** The evidence file, read: its sha256 the recorded one; else why none is. */
async function locate(e, recordDir, ctx) {
    const beside = recordDir !== undefined ? inside(recordDir, e.path) : undefined;
    if (recordDir !== undefined && beside === undefined)
        return {
            problem: `the recorded path '${e.path}' leaves the record's directory; it is not read`,
        };
    if (beside !== undefined && !(await staysInside(recordDir, beside)))
        return {
            problem: `the recorded path '${e.path}' leaves the record's directory through a symbolic link; it is not read`,
        };
    const seen = [];
    const refused = [];
    const tryFile = async (path) => {
        const got = await fileSha(path);
        if (got && 'refused' in got)
            refused.push(got.refused);
        if (!got || !('sha' in got))
            return undefined;
        seen.push([path, got.sha]);
        return e.sha256 === undefined || got.sha === e.sha256 ? got : undefined;
    };
    const near = beside && (await tryFile(beside));
    if (near)
        return near;
    if (ctx.evidenceDirs?.length) {
        ctx.index ??= buildIndex(ctx.evidenceDirs);
        const index = await ctx.index;
        const bySha = e.sha256 ? index.bySha.get(e.sha256) : undefined;
        // Read again, and compared again: the index's digest is of the file as it was then.
        const indexed = bySha && (await tryFile(bySha));
        if (indexed)
            return indexed;
        for (const p of index.byName.get((0,external_node_path_.basename)(e.path)) ?? []) {
            const named = await tryFile(p);
            if (named)
                return named;
        }
    }
    if (seen.length > 0) {
        const [path, sha] = seen[0];
        return {
            problem: `${path} is sha256:${sha}, the record names sha256:${e.sha256}: it is not the evidence recorded (swapped or changed)`,
        };
    }
    if (refused.length > 0)
        return { problem: refused[0] };
    const dirs = ctx.evidenceDirs ?? [];
    const where = [beside, dirs.length > 0 && `the evidence directory ${dirs.join(', ')}`].filter(Boolean);
    return { problem: `not found${where.length ? ` (looked in ${where.join(' and ')})` : ''}` };
}
const PREDICATES = {
    'ml-bom': [layout/* CYCLONEDX_PREDICATE_TYPE */.nv],
};
/** Each bundle of the source through the verifier, with each allowed signer, until one holds. */
async function verifySource(source, base, kind, signers, ctx) {
    let candidates;
    try {
        // A file located is verified from the bytes whose digest matched, not read a second time.
        candidates =
            'bytes' in source
                ? (0,bundles/* bundlesOfBytes */.EU)(source.bytes, source.path)
                : await (0,bundles/* collectBundles */.wg)([source]);
    }
    catch (e) {
        return { problem: e.message };
    }
    const problems = [];
    for (const c of candidates) {
        if ((0,bundles/* isRejected */.TK)(c)) {
            problems.push(c.error.message);
            continue;
        }
        for (const s of signers) {
            if (typeof s === 'string') {
                problems.push(s);
                continue;
            }
            const r = await checkBundle(c, base, {
                kind,
                signer: s,
                predicateTypes: PREDICATES[kind] ?? stages/* DEFAULT_PREDICATE_TYPES */.Ac,
                ...ctx,
            });
            if (!('problem' in r))
                return { signer: s.label, view: r.view };
            problems.push(r.problem);
        }
    }
    return { problem: [...new Set(problems)].join('; ') || 'no bundle in it' };
}
/** One evidence entry the record names, found and verified. */
async function checkEvidence(base, e, recordDir, ctx) {
    const found = await locate(e, recordDir, ctx);
    if ('problem' in found)
        return { entry: { kind: e.kind, path: e.path, verified: false, problem: found.problem } };
    const signers = ctx.signers ?? [recordedSigner(e)];
    const r = await verifySource(found, base, e.kind, signers, ctx);
    // The path as recorded; the file read is named in a problem (and is where its bases are).
    const entry = { kind: e.kind, path: e.path };
    if (r.problem)
        return { entry: { ...entry, verified: false, problem: r.problem } };
    return {
        entry: { ...entry, verified: true },
        signer: r.signer,
        view: r.view,
        dir: (0,external_node_path_.dirname)(found.path),
    };
}
/** The base's attestations found by its digest in the attestations API, each verified. */
async function lookupEvidence(base, ctx) {
    if (!ctx.lookup || !base.sha256 || !ctx.signers)
        return [];
    let found;
    try {
        found = await (0,lookup/* lookupAttestations */.G)({ ...ctx.lookup, digest: `sha256:${base.sha256}` });
    }
    catch (e) {
        // A lookup that failed is a base not verified, said: the model's own verdict stands apart.
        const where = `attestations API ${ctx.lookup.repository}`;
        return [
            {
                entry: { kind: 'attestation', path: where, verified: false, problem: e.message },
            },
        ];
    }
    const out = [];
    for (const f of found) {
        const r = await verifySource(f, base, 'attestation', ctx.signers, ctx);
        const entry = {
            kind: 'attestation',
            path: f.source,
            verified: !r.problem,
            ...(r.problem ? { problem: r.problem } : {}),
        };
        out.push({ entry, signer: r.signer, view: r.view });
        if (!r.problem)
            break;
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/policy/dataset-rules.js
var dataset_rules = __webpack_require__(48026);
// EXTERNAL MODULE: ./build/src/policy/framework-rules.js
var framework_rules = __webpack_require__(26242);
// EXTERNAL MODULE: ./build/src/policy/result.js
var result = __webpack_require__(83527);
// EXTERNAL MODULE: ./build/src/licenses/spdx.js
var spdx = __webpack_require__(46783);
;// CONCATENATED MODULE: ./build/src/lineage/rules.js




const label = (n) => n.path.join(' → ');
const NONE = 'no base models recorded';
function basesOf(n) {
    return n.bases.flatMap((b) => [b, ...basesOf(b)]);
}
/** One rule over every base: its failures, else one pass (none at all: `empty`). */
function perBase(rule, bases, check, ok, empty) {
    if (bases.length === 0)
        return [empty];
    const out = bases.map(check).filter((r) => r !== undefined);
    const unjudged = out.filter((r) => r.status === 'not-evaluated').length;
    // Never a pass over bases none of which it could judge.
    if (unjudged === bases.length || out.some((r) => r.status === 'failed'))
        return out;
    const note = unjudged > 0 ? ` (${unjudged} of ${bases.length} not evaluated)` : '';
    return [(0,result/* passed */.bF)(rule, `${ok}${note}`), ...out];
}
const digestSet = (b) => b.digest ? { sha256: b.digest.slice('sha256:'.length) } : undefined;
function evidenceRule(l, bases) {
    const rule = 'lineage.require-evidence';
    const fix = "give the base's evidence (bases/ beside the bundle, --evidence DIR), or allow the signer in lineage.signers";
    return perBase(rule, bases, (b) => {
        if (b.evidence.some((e) => e.verified))
            return undefined;
        const why = `base ${label(b)} has no evidence that verifies: ${b.problems.join('; ')}`;
        return l.requireEvidence
            ? (0,result/* failed */.gz)(rule, why, label(b), fix)
            : (0,result/* notEvaluated */.JB)(rule, `${why}; require-evidence: false lets it stand, unverified`, label(b));
    }, 
    // With require-evidence: false the rule asks nothing: say so, never "every base verifies".
    l.requireEvidence
        ? 'every base has evidence that verifies'
        : 'evidence not required (require-evidence: false); a base without it is listed as not verified', (0,result/* notEvaluated */.JB)(rule, `${NONE}: there is no evidence to require`));
}
function patternRules(l, bases) {
    const out = [];
    if (l.allow) {
        const list = l.allow.map((p) => p.text).join(', ');
        out.push(...perBase('lineage.allow', bases, (b) => l.allow.some((p) => (0,dataset_rules/* matchesPattern */.MT)({ uri: b.uri, digest: digestSet(b) }, p))
            ? undefined
            : (0,result/* failed */.gz)('lineage.allow', `base ${label(b)} (${b.uri ?? b.digest ?? 'no URI or digest'}) matches no allowed pattern (${list})`, label(b)), 'every base is allowed', (0,result/* notEvaluated */.JB)('lineage.allow', `${NONE}: there is nothing to allow`)));
    }
    if (l.deny) {
        out.push(...perBase('lineage.deny', bases, (b) => {
            const hit = l.deny.find((p) => (0,dataset_rules/* matchesPattern */.MT)({ uri: b.uri, digest: digestSet(b) }, p));
            if (hit)
                return (0,result/* failed */.gz)('lineage.deny', `base ${label(b)} is denied by '${hit.text}'`, label(b));
            if (!b.digest && l.deny.some((p) => p.kind === 'digest'))
                return (0,result/* failed */.gz)('lineage.deny', `base ${label(b)} records no sha256 digest, so it cannot be shown not to be a denied digest`, label(b));
            return undefined;
        }, 'no base is denied', (0,result/* passed */.bF)('lineage.deny', `${NONE}, so none is denied`)));
    }
    return out;
}
function licenceRule(l, bases, licences) {
    if (!l.licenses)
        return [];
    const list = l.licenses.join(', ');
    return perBase('lineage.licenses', bases, (b) => {
        const lic = licences.get(b);
        if (!lic)
            return (0,result/* failed */.gz)('lineage.licenses', `base ${label(b)} records no licence, so it cannot be shown to be one of ${list}`, label(b), "record the base's licence (its model card's `license:`)");
        return (0,spdx/* licenceAllowed */._i)(lic, l.licenses)
            ? undefined
            : (0,result/* failed */.gz)('lineage.licenses', `base ${label(b)} has licence '${lic}', which the allowed licences (${list}) do not satisfy`, label(b));
    }, "every base's licence is allowed", (0,result/* notEvaluated */.JB)('lineage.licenses', `${NONE}: there is no licence to check`));
}
/** The policy's datasets / frameworks sections over every base's verified training record. */
function inheritRules(l, bases, views, policy, advisories) {
    return (l.inherit ?? []).flatMap((section) => {
        const rule = `lineage.inherit.${section}`;
        if (bases.length === 0)
            return [(0,result/* passed */.bF)(rule, `${NONE}: no model up the chain to check`)];
        const out = bases.flatMap((b) => {
            const view = views.get(b);
            if (!view) {
                const why = `base ${label(b)} has no verified training record, so its ${section} cannot be checked`;
                return [
                    l.requireEvidence ? (0,result/* failed */.gz)(rule, why, label(b)) : (0,result/* notEvaluated */.JB)(rule, why, label(b)),
                ];
            }
            const results = section === 'datasets'
                ? (0,dataset_rules/* datasetRules */.Gv)(view, policy.datasets, [])
                : (0,framework_rules/* frameworkRules */.S)(view, policy, advisories);
            return results
                .filter((r) => r.status !== 'passed')
                .map((r) => ({
                ...r,
                rule: `${rule}: ${r.rule}`,
                reason: `base ${label(b)}: ${r.reason}`,
                subject: label(b),
            }));
        });
        const judged = bases.filter((b) => views.has(b)).length;
        if (judged === 0 || out.some((r) => r.status === 'failed'))
            return out;
        const note = out.length > 0 ? ' (what could not be evaluated is listed)' : '';
        return [
            (0,result/* passed */.bF)(rule, `the policy's ${section} rules hold for every model checked up the chain${note}`),
            ...out,
        ];
    });
}
/** Every `lineage:` rule over the tree; nothing without a `lineage:` section. */
function lineageRules(root, facts, policy, advisories) {
    const l = policy?.lineage;
    if (!l)
        return [];
    const bases = basesOf(root);
    const examined = bases.filter((b) => !facts.skipped.has(b));
    return [
        ...evidenceRule(l, examined),
        ...patternRules(l, bases),
        ...licenceRule(l, bases, facts.licences),
        ...inheritRules(l, examined, facts.views, policy, advisories),
    ];
}

// EXTERNAL MODULE: ./build/src/lineage/record.js
var lineage_record = __webpack_require__(93186);
;// CONCATENATED MODULE: ./build/src/lineage/chain.js
// The lineage of a verified training record (docs/lineage.md): each base model it names
// (`resolvedDependencies` with role `base-model`), its evidence found and verified as the
// model's own record is (evidence.ts), and, where that evidence is a training record, the
// bases it names in turn; cycles and depth bounded. Then the policy's `lineage:` rules over the
// tree (rules.ts). Nothing here fails silently: what could not be checked is a node's problem.








/** How deep a chain is followed when the policy sets no max-depth. */
const DEFAULT_MAX_DEPTH = 16;
/** How many bases one walk examines: records naming bases many times over cannot make it endless. */
const MAX_BASES = 256;
const chain_label = (path) => path.join(' → ');
/**
 * Walk the chain from a verified training record: the LineageNode tree (the record's model at
 * the root), the `lineage.*` rule results, the violations (cycles, depth, failed rules) and the
 * bases left unverified. Throws only for bad input (a policy's key file that cannot be read,
 * an evidence directory that cannot be listed).
 */
async function walkLineage(opts) {
    const lineage = opts.policy?.lineage;
    const w = {
        ctx: {
            trustedRoot: opts.trustedRoot,
            refresh: opts.refresh,
            roots: opts.roots ?? new Map(),
            cache: opts.cache ?? new subjects/* DigestCache */.pC(),
            signers: await policySigners(opts.policy),
            evidenceDirs: opts.evidenceDirs,
            lookup: opts.lookup,
        },
        maxDepth: lineage?.maxDepth ?? DEFAULT_MAX_DEPTH,
        depthFromPolicy: lineage?.maxDepth !== undefined,
        views: new Map(),
        licences: new Map(),
        skipped: new Set(),
        seen: 0,
        violations: [],
    };
    const root = (0,lineage_record/* rootNode */.bP)(opts.record.view);
    const ancestors = new Set(opts.record.view.subjects.flatMap((s) => (s.digest?.sha256 ? [s.digest.sha256] : [])));
    const dir = opts.record.fromFile ? (0,external_node_path_.dirname)(opts.record.source) : undefined;
    await walkBases(root, opts.record.view, dir, ancestors, w);
    const rules = lineageRules(root, w, opts.policy, opts.advisories);
    return {
        root,
        rules,
        violations: [
            ...w.violations,
            ...rules.filter((r) => r.status === 'failed').map(pipeline/* policyViolation */.WF),
        ],
        unverified: (0,report/* unverifiedBases */.y2)(root),
    };
}
async function walkBases(node, view, dir, ancestors, w) {
    for (const base of view.baseModels) {
        const child = (0,lineage_record/* baseNode */.UL)(base, node.path);
        node.bases.push(child);
        w.licences.set(child, base.license);
        if (base.sha256 && ancestors.has(base.sha256)) {
            structural(child, w, 'lineage.cycle', `${chain_label(child.path)}: sha256:${base.sha256} is already a model of this chain (a cycle); it is not followed`);
            continue;
        }
        if (++w.seen > MAX_BASES) {
            structural(child, w, 'lineage.max-bases', `${chain_label(child.path)}: more than ${MAX_BASES} bases in one lineage; it is not checked`);
            continue;
        }
        if (child.path.length - 1 > w.maxDepth) {
            const limit = w.depthFromPolicy
                ? `the policy's max-depth ${w.maxDepth}`
                : `${w.maxDepth}, the most followed without a policy's max-depth`;
            structural(child, w, 'lineage.max-depth', `${chain_label(child.path)} is ${child.path.length - 1} levels up, more than ${limit}; it is not checked`);
            continue;
        }
        const record = await examine(base, child, dir, w);
        if (record)
            await walkBases(child, record.view, record.dir, new Set([...ancestors, ...(base.sha256 ? [base.sha256] : [])]), w);
    }
}
function structural(node, w, rule, message) {
    node.problems.push(message);
    w.skipped.add(node);
    w.violations.push({ kind: 'lineage', rule, message });
}
/** The base's evidence checked; its verified training record (and where its bases are), if any. */
async function examine(base, node, dir, w) {
    const checked = [];
    for (const e of base.evidence)
        checked.push(await checkEvidence(base, e, dir, w.ctx));
    if (!checked.some((c) => c.entry.verified))
        checked.push(...(await lookupEvidence(base, w.ctx)));
    node.evidence = checked.map((c) => c.entry);
    for (const c of checked.filter((x) => !x.entry.verified))
        node.problems.push(`evidence ${c.entry.path}: ${c.entry.problem}`);
    if (checked.length === 0)
        node.problems.push('no evidence recorded or found for it');
    const good = checked.find((c) => c.entry.verified);
    if (good?.signer)
        node.signer = good.signer;
    const record = checked.find((c) => c.entry.verified && c.view);
    // A model.sig alone verifies the base (who signed which weights); what its record would add
    // (datasets, frameworks, bases) is judged where a rule needs it (rules.ts, inherit).
    if (!record)
        return undefined;
    node.datasets = (0,lineage_record/* datasetsOf */.PF)(record.view);
    w.views.set(node, record.view);
    return { view: record.view, dir: record.dir };
}


/***/ }),

/***/ 46373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ lineageStage),
/* harmony export */   l: () => (/* binding */ reportSigner)
/* harmony export */ });
/* harmony import */ var _policy_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83527);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99960);


const RULES = ['require-evidence', 'allow', 'deny', 'licenses'];
/** The `lineage:` rules, not evaluated: no verified training record names the bases. */
function withoutRecord(report, policy) {
    const l = policy.lineage;
    const why = 'no verified training record: base models are recorded only in it, so the lineage cannot be checked';
    const names = [
        ...RULES.filter((r) => r === 'require-evidence' || l[r] !== undefined),
        ...(l.inherit ?? []).map((s) => `inherit.${s}`),
    ];
    return {
        ...report,
        rules: [...report.rules, ...names.map((n) => (0,_policy_result_js__WEBPACK_IMPORTED_MODULE_1__/* .notEvaluated */ .JB)(`lineage.${n}`, why))],
    };
}
/**
 * The report with the lineage stage's results joined: the tree, rules and violations. Bases not
 * verified are marked in the tree whatever the policy lets stand (the text report lists them
 * under "Base models not verified"); without a `lineage:` section they fail nothing.
 */
async function withLineage(report, record, opts) {
    const asked = opts.policy?.lineage !== undefined;
    if (!record)
        return asked ? withoutRecord(report, opts.policy) : report;
    if (!asked && record.view.baseModels.length === 0)
        return report;
    const lineage = await (0,_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .walkLineage */ .X9)({ record, ...opts });
    const signer = reportSigner(report);
    if (signer)
        lineage.root.signer = signer;
    const violations = [...report.violations, ...lineage.violations];
    return {
        ...report,
        verified: report.verified && lineage.violations.length === 0,
        violations,
        rules: [...report.rules, ...lineage.rules],
        lineage: lineage.root,
    };
}
/** Who signed the verified record, as the lineage tree shows its root's signer. */
function reportSigner(report) {
    return report.signer?.san
        ? `${report.signer.san} @ ${report.signer.issuer}`
        : report.signedWithKey;
}
/** withLineage as the stage verifyAll runs after the provenance's, its options bound. */
function lineageStage(opts) {
    return (report, record) => withLineage(report, record, opts);
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

/***/ 48026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ datasetRules),
/* harmony export */   MT: () => (/* binding */ matchesPattern),
/* harmony export */   ZB: () => (/* binding */ datasetRuleNames)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33581);
/* harmony import */ var _commitment_proof_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75645);
/* harmony import */ var _licenses_spdx_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46783);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83527);
// The datasets section of a policy: each rule passes once, or fails once per dataset at fault;
// a dataset that does not record what a rule reads fails it, or, with allow-unrecorded, is
// listed as not evaluated.




/** The dataset's digest of one algorithm, when it records one. */
function digestOf(d, algorithm) {
    const have = Object.entries(d.digest ?? {}).find(([alg, v]) => alg.toLowerCase() === algorithm.toLowerCase() && typeof v === 'string' && v !== '');
    return have?.[1].toLowerCase();
}
/** Whether a dataset (or a base model: a URI and a digest set) matches an allow/deny pattern. */
function matchesPattern(d, p) {
    if (p.kind === 'digest')
        return digestOf(d, p.algorithm) === p.hex;
    return (d.uri !== undefined && (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(d.uri, p.glob, { dot: true, nocomment: true, nonegate: true }));
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
            (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .unrecorded */ .yt)(rule, 'datasets', ds.allowUnrecorded, {
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
    return [(0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .passed */ .bF)(rule, `${passedReason}${note}`), ...results];
}
function licenceProblem(d, ds) {
    const rule = 'datasets.licenses';
    const list = ds.licenses.join(', ');
    if (!d.license)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .unrecorded */ .yt)(rule, 'datasets', ds.allowUnrecorded, {
            reason: `dataset ${datasetLabel(d)} records no licence, so it cannot be shown to be one of ${list}`,
            fix: 'record it in the datasets file',
            subject: d.name,
        });
    if ((0,_licenses_spdx_js__WEBPACK_IMPORTED_MODULE_2__/* .licenceAllowed */ ._i)(d.license, ds.licenses))
        return undefined;
    const declared = d.licenseDeclared ? ` (declared '${d.licenseDeclared}')` : '';
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(rule, `dataset ${datasetLabel(d)} has licence '${d.license}'${declared}, which the allowed licences (${list}) do not satisfy`, d.name);
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
                : (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)('datasets.require-digest', `dataset ${datasetLabel(d)} carries no content digest (unpinned)`, d.name),
            'every dataset carries a digest',
        ]);
    if (ds.allow) {
        const allowed = ds.allow.map((p) => p.text).join(', ') || 'none';
        out.push([
            'allow',
            (d) => ds.allow.some((p) => matchesPattern(d, p))
                ? undefined
                : (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)('datasets.allow', `dataset ${datasetLabel(d)} matches no allowed pattern (${allowed})`, d.name),
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
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)('datasets.deny', `dataset ${datasetLabel(d)} is denied by '${hit.text}'`, d.name);
    const blind = ds.deny.filter((p) => p.kind === 'digest' && digestOf(d, p.algorithm) === undefined);
    if (blind.length === 0)
        return undefined;
    const algs = [...new Set(blind.map((p) => p.algorithm))].join(', ');
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .unrecorded */ .yt)('datasets.deny', 'datasets', ds.allowUnrecorded, {
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
            (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .unrecorded */ .yt)(rule, 'datasets', ds.allowUnrecorded, {
                reason: `dataset ${datasetLabel(d)} records no content commitment, so the ${n} denied digest${n === 1 ? '' : 's'} cannot be shown absent from it`,
                fix: 'attest the data itself, a directory or a digest list, rather than a reference',
                subject: d.name,
            }),
        ];
    }
    return ds.denyContent.flatMap((hex) => {
        const reason = absenceProblem(`sha256:${hex}`, d, d.commitment, proofs);
        return reason ? [(0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(rule, reason, d.name)] : [];
    });
}
function absenceProblem(digest, d, c, proofs) {
    const mine = proofs.filter((p) => p.digest === digest && p.commitment.root === c.root && p.commitment.leaves === c.leaves);
    if (mine.length === 0)
        return `no proof that ${digest} is absent from dataset ${datasetLabel(d)} (root ${c.root}); make one with \`training-provenance prove --dataset ${d.path ?? d.name} --digest ${digest}\``;
    const checks = mine.map((p) => (0,_commitment_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .checkProof */ .DW)(p, c));
    if (checks.some((k) => k.ok && !k.member))
        return undefined;
    if (checks.some((k) => k.ok && k.member))
        return `${digest} WAS in dataset ${datasetLabel(d)}: its proof shows it as a member`;
    const first = checks.find((k) => !k.ok);
    return `the proof that ${digest} is absent from dataset ${datasetLabel(d)} does not hold: ${first.reason}`;
}


/***/ }),

/***/ 33737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ rulesNotEvaluated),
/* harmony export */   R3: () => (/* binding */ knownAdvisories),
/* harmony export */   Uz: () => (/* binding */ evaluatePolicy)
/* harmony export */ });
/* harmony import */ var _identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51195);
/* harmony import */ var _advisories_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50923);
/* harmony import */ var _dataset_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48026);
/* harmony import */ var _framework_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26242);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20531);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83527);
/* harmony import */ var _statement_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94589);







function ageRule(view, maxAge, now, signedAt) {
    let at = signedAt;
    if (!at && view.finishedOn) {
        const t = new Date(view.finishedOn);
        if (!Number.isNaN(t.getTime()))
            at = { time: t, source: 'statement' };
    }
    // Fails closed: a record that says nothing of its time is not shown young.
    if (!at)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .failed */ .gz)('max-age', 'no signing time and no finishedOn: the age cannot be measured');
    const what = at.source === 'transparency-log'
        ? 'transparency log time'
        : at.source === 'timestamp-authority'
            ? 'timestamp authority time'
            : "statement's finishedOn (not a signed time)";
    const ageMs = now.getTime() - at.time.getTime();
    const days = humanAge(ageMs);
    const measured = `attestation is ${days} old by its ${what} ${at.time.toISOString()}`;
    return ageMs > maxAge.ms
        ? (0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .failed */ .gz)('max-age', `${measured}, more than max-age ${maxAge.text}`)
        : (0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .passed */ .bF)('max-age', `${measured}, within ${maxAge.text}`);
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
            (0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .failed */ .gz)('identity', 'the statement is not signed: there is no signer to check the identity block against'),
        ];
    return (0,_identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .checkIdentity */ .Z0)(signer, expect)
        .filter((c) => c.check !== 'identity-required' || expect.repository || expect.signerWorkflow)
        .map((c) => (0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .checked */ .KD)(`identity.${c.check}`, c.ok, c.reason, c.actual));
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
        out.push((0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .checked */ .KD)('build-type', ok, ok
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
    if (!(0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .needsTrainingRecord */ .F)(policy))
        return [];
    const role = (0,_statement_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .statementRole */ .qh)(view.predicateType, view.buildType);
    if (role !== 'training-record') {
        const what = role === 'build-provenance' ? 'the build provenance' : `a ${view.predicateType}`;
        const why = `no verified training record: only it records datasets and frameworks, and the statement verified is ${what}`;
        return [
            (0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .failed */ .gz)('training-record', 'the policy checks datasets or frameworks, which only the training record carries, and no verified training record was found', undefined, 'pass training.sigstore.json (written beside provenance.sigstore.json by attest) with `bundle`, or store it with push-to-github'),
            ...recordRuleNames(policy).map((rule) => (0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .notEvaluated */ .JB)(rule, why)),
        ];
    }
    return [
        ...(policy.datasets ? (0,_dataset_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .datasetRules */ .Gv)(view, policy.datasets, opts.proofs ?? []) : []),
        ...(0,_framework_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .frameworkRules */ .S)(view, policy, opts.advisories),
    ];
}
function recordRuleNames(policy) {
    return [
        ...(policy.datasets ? (0,_dataset_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .datasetRuleNames */ .ZB)(policy.datasets) : []),
        ...(0,_framework_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .frameworkRuleNames */ .L)(policy.frameworks ?? {}).map(([rule]) => rule),
    ];
}
/**
 * Every rule but the identity block's, not evaluated for `reason`: no statement verified
 * for the policy to read.
 */
function rulesNotEvaluated(policy, reason) {
    return [
        ...((0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .needsTrainingRecord */ .F)(policy) ? recordRuleNames(policy) : []),
        ...(policy.maxAge ? ['max-age'] : []),
        ...(policy.buildType ? ['build-type'] : []),
    ].map((rule) => (0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .notEvaluated */ .JB)(rule, reason));
}
/**
 * Known advisories that affect the recorded packages, for verify without a policy: reported
 * as warnings, not violations (a policy makes them violations). Nothing when nothing was recorded.
 */
function knownAdvisories(view, db) {
    return (0,_advisories_js__WEBPACK_IMPORTED_MODULE_1__/* .advisoryResults */ .yY)(db, view.packages ?? [], {})
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

/***/ 26242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ frameworkRuleNames),
/* harmony export */   S: () => (/* binding */ frameworkRules)
/* harmony export */ });
/* harmony import */ var _statement_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94589);
/* harmony import */ var _versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16668);
/* harmony import */ var _advisories_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50923);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83527);




function installed(view) {
    const map = new Map();
    for (const p of view.packages ?? []) {
        const key = (0,_statement_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePackageName */ .NX)(p.name);
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
    for (const p of pkgs.get((0,_statement_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePackageName */ .NX)(r.package)) ?? []) {
        const hit = (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .satisfies */ .ib)(p.version, r.range);
        if (hit === true) {
            const why = r.reason ? `: ${r.reason}` : '';
            out.push((0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(rule, `${p.name} ${p.version} is denied (${r.versions ?? 'any version'})${why}`, p.name));
        }
        else if (hit === undefined) {
            // Fail closed: a version we cannot order cannot be shown to be outside the range.
            out.push((0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(rule, `${p.name} version '${p.version}' cannot be compared with '${r.versions}'`, p.name));
        }
    }
    if (out.length > 0)
        return out;
    const what = r.versions ? `${r.package} ${r.versions}` : r.package;
    return [(0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .passed */ .bF)(rule, `${what} not present`, r.package)];
}
function requireRule(rule, pkgs, r) {
    const found = pkgs.get((0,_statement_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePackageName */ .NX)(r.package)) ?? [];
    if (found.length === 0)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(rule, `${r.package} is required but not recorded`, r.package);
    const good = found.find((p) => (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .satisfies */ .ib)(p.version, r.range) === true);
    if (good)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .passed */ .bF)(rule, `${good.name} ${good.version} satisfies ${r.versions ?? 'any version'}`, r.package);
    const versions = found.map((p) => p.version).join(', ');
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .failed */ .gz)(rule, `${r.package} ${versions} does not satisfy ${r.versions}`, r.package);
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
        const db = advisories ?? (0,_advisories_js__WEBPACK_IMPORTED_MODULE_2__/* .advisoryDatabase */ .dr)(policy);
        out.push(...(0,_advisories_js__WEBPACK_IMPORTED_MODULE_2__/* .advisoryResults */ .yY)(db, view.packages ?? [], { minSeverity: fw.minSeverity }));
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
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .unrecorded */ .yt)(rule, 'frameworks', fw.allowUnrecorded, {
        reason: `${what}: ${missing}`,
        fix: FIX,
        subject: r?.package,
    });
}


/***/ }),

/***/ 20531:
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
    /** `file:line:col` of a node, for what is checked after parsing (a key file named). */
    position(node) {
        const { line, col } = this.lines.linePos(node?.range?.[0] ?? 0);
        return `${this.source}:${line}:${col}`;
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
function licenceList(r, node, name = 'datasets.licenses') {
    const list = r.stringList(node, name);
    list?.forEach(({ value, node: at }, i) => {
        const problem = (0,spdx/* allowListEntry */.u9)(value).problem;
        if (problem)
            r.error(at, `'${name}[${i}]': ${problem}`);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./build/src/policy/lineage-section.js
// The `lineage:` section of a policy: rules over the base models a training record names, and
// the models up their chain. Read in the style of the other sections (sections.ts): every error
// with its line and column, nothing silently ignored.






const KEYS = ['require-evidence', 'signers', 'allow', 'deny', 'licenses', 'max-depth', 'inherit'];
const INHERITABLE = ['datasets', 'frameworks'];
const SIGNER_SHAPES = '{identity, issuer}, {identity-regex, issuer}, {public-key: PEM or file} or {cert-chain: PEM or file}';
function readLineage(r, entry, policy) {
    const out = { requireEvidence: true };
    const m = r.map(entry.value, "'lineage'", KEYS);
    if (!m)
        return out;
    const req = m.get('require-evidence');
    if (req)
        out.requireEvidence = r.boolean(req.value, 'lineage.require-evidence') ?? true;
    const signers = m.get('signers');
    if (signers)
        out.signers = signerList(r, signers.value);
    for (const key of ['allow', 'deny']) {
        const list = m.get(key) ? r.stringList(m.get(key).value, `lineage.${key}`) : undefined;
        out[key] = list
            ?.map(({ value, node }, i) => datasetPattern(r, node, value, `lineage.${key}[${i}]`))
            .filter((x) => x !== undefined);
    }
    const lic = m.get('licenses');
    if (lic)
        out.licenses = licenceList(r, lic.value, 'lineage.licenses');
    const depth = m.get('max-depth');
    if (depth)
        out.maxDepth = positiveInteger(r, depth.value, 'lineage.max-depth');
    const inherit = m.get('inherit');
    if (inherit)
        out.inherit = inherited(r, inherit.value, policy);
    for (const key of Object.keys(out))
        if (out[key] === undefined)
            delete out[key];
    return out;
}
function positiveInteger(r, node, name) {
    const v = node?.value;
    if (typeof v === 'number' && Number.isInteger(v) && v > 0)
        return v;
    r.error(node, `'${name}' must be a whole number of at least 1${describe(node)}`);
    return undefined;
}
/** Sections to apply up the chain: each must be one the policy has, or it would check nothing. */
function inherited(r, node, policy) {
    const out = [];
    (r.stringList(node, 'lineage.inherit') ?? []).forEach(({ value, node: at }, i) => {
        const name = `'lineage.inherit[${i}]'`;
        const section = INHERITABLE.find((s) => s === value.trim());
        if (!section)
            r.error(at, `${name} must be ${INHERITABLE.join(' or ')} (a section of this policy), got '${value}'`);
        else if (section === 'datasets' && !policy.datasets)
            r.error(at, `${name}: the policy has no 'datasets' section to apply up the chain; add one`);
        else
            out.push(section);
    });
    return out;
}
function signerList(r, node) {
    if (!(0,dist/* isSeq */.oP)(node)) {
        r.error(node, `'lineage.signers' must be a list of ${SIGNER_SHAPES}${describe(node)}`);
        return undefined;
    }
    const out = [];
    node.items.forEach((item, i) => {
        const s = signer(r, item, `lineage.signers[${i}]`);
        if (s)
            out.push(s);
    });
    return out;
}
function signer(r, item, name) {
    const keys = ['identity', 'identity-regex', 'issuer', 'public-key', 'cert-chain'];
    const m = r.map(item, `'${name}'`, keys);
    if (!m)
        return undefined;
    const at = r.position(item);
    const given = keys.filter((k) => k !== 'issuer' && m.has(k));
    if (given.length !== 1) {
        r.error(item, `'${name}' must be one of ${SIGNER_SHAPES}, got ${given.join(' and ') || 'none'}`);
        return undefined;
    }
    const key = given[0];
    const value = r.string(m.get(key).value, `${name}.${key}`);
    if (key === 'public-key' || key === 'cert-chain') {
        if (m.has('issuer'))
            r.error(m.get('issuer'), `'${name}': a ${key} has no issuer; remove it`);
        if (value !== undefined)
            inlinePem(r, m.get(key).value, `${name}.${key}`, value);
        return value === undefined ? undefined : { kind: key, pemOrFile: value, at };
    }
    const issuer = m.get('issuer') ? r.string(m.get('issuer').value, `${name}.issuer`) : undefined;
    if (!m.has('issuer'))
        r.error(item, `'${name}' needs 'issuer' (the OIDC issuer of ${key})`);
    if (value === undefined || issuer === undefined)
        return undefined;
    if (key === 'identity')
        return { kind: 'identity', identity: value, issuer, at };
    try {
        (0,signer_policy/* compileIdentityRegex */.Xy)(value);
    }
    catch (e) {
        r.error(m.get(key).value, `'${name}.identity-regex': ${e.message}`);
        return undefined;
    }
    return { kind: 'identity-regex', regex: value, issuer, at };
}
/** An inline PEM is checked where it stands; a file is read when the lineage is walked. */
function inlinePem(r, node, name, value) {
    if (!value.includes('-----BEGIN'))
        return;
    try {
        if (name.endsWith('public-key'))
            (0,external_node_crypto_.createPublicKey)(value);
        else
            core_dist.X509Certificate.parse(value);
    }
    catch (e) {
        r.error(node, `'${name}' is not a PEM ${name.endsWith('public-key') ? 'public key' : 'certificate'}: ${e.message}`);
    }
}

;// CONCATENATED MODULE: ./build/src/policy/policy.js
// The policy file (README "The policy file"): YAML, validated against a schema so that
// a typo is an error with its line and column, never a rule silently ignored. Every error
// of a file is collected and reported at once.








const MAX_POLICY_BYTES = 256 * 1024;
/**
 * Whether the policy reads what only the training record carries (datasets, frameworks and
 * their advisories, base models); identity, max-age and build-type rules read any provenance.
 */
function needsTrainingRecord(policy) {
    const fw = policy.frameworks ?? {};
    return (policy.datasets !== undefined ||
        policy.lineage !== undefined ||
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
        'lineage',
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
    // After datasets: `inherit` names sections the policy must have.
    if (top.has('lineage'))
        policy.lineage = readLineage(r, top.get('lineage'), policy);
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

/***/ 73238:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ buildTrustRequest),
/* harmony export */   BL: () => (/* binding */ buildVerifyRequest),
/* harmony export */   cT: () => (/* binding */ tufRepository),
/* harmony export */   qR: () => (/* binding */ policyFiles)
/* harmony export */ });
/* unused harmony export modelSignatures */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _verify_trust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9610);
/* harmony import */ var _verify_tuf_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29880);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40326);




function buildVerifyRequest(f, edge) {
    const own = modelSignatureSigner(f);
    return {
        model: (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolutePaths */ .wd)(edge, f.model),
        bundles: (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolutePaths */ .wd)(edge, f.bundle),
        ...buildTrustRequest(f, edge),
        ...policyFiles(f, edge),
        modelSignatures: modelSignatures(f.modelSignature, edge),
        ...(own ? { modelSignatureSigner: own } : {}),
        ignorePaths: f.ignorePaths.map((p) => p.trim()).filter(Boolean),
        ignoreUnsignedFiles: f.ignoreUnsignedFiles,
        ...(f.evidence.trim() ? { evidence: (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolute */ .ys)(edge, f.evidence.trim()) } : {}),
    };
}
/** The policy and what it reads besides the record: proofs and advisories, absolute. */
function policyFiles(f, edge) {
    const policy = (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolute */ .ys)(edge, f.policy.trim());
    const proofs = (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolute */ .ys)(edge, f.proofs.trim());
    return {
        ...(policy ? { policy } : {}),
        ...(proofs ? { proofs } : {}),
        advisories: (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolutePaths */ .wd)(edge, f.advisories),
    };
}
/** Who must have signed, the trusted root and the TUF repository. */
function buildTrustRequest(f, edge) {
    const tuf = tufRepository(f.tufUrl.trim(), (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolute */ .ys)(edge, f.tufRoot.trim()));
    return {
        signer: buildSigner(f, edge),
        trustedRoot: (0,_verify_trust_js__WEBPACK_IMPORTED_MODULE_1__/* .trustedRootChoice */ .v)(f.trustedRoot, edge.base),
        ...(tuf ? { tuf } : {}),
        offline: f.offline,
    };
}
/** A key when one is given, else a PKI's anchors when given, else keyless; pins kept on each. */
function buildSigner(f, edge) {
    const given = (s) => s.trim() || undefined;
    const pins = {
        repository: given(f.repository),
        signerWorkflow: given(f.signerWorkflow),
        sourceRef: given(f.sourceRef),
        certIdentity: given(f.certIdentity),
        certIdentityRegex: given(f.certIdentityRegex),
        certOidcIssuer: given(f.certOidcIssuer),
        denySelfHostedRunners: f.denySelfHostedRunners,
    };
    const publicKey = (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolute */ .ys)(edge, f.publicKey.trim());
    const anchors = (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolutePaths */ .wd)(edge, f.certChain);
    if (publicKey)
        return { kind: 'key', publicKey, anchors, pins };
    if (anchors.length > 0)
        return { kind: 'pki', anchors, pins };
    return { kind: 'keyless', pins };
}
/** `model-signature`: auto, true (required), false or '' (none), or signature files. */
function modelSignatures(values, edge) {
    const items = values.map((v) => v.trim()).filter(Boolean);
    const word = items.length === 1 ? items[0].toLowerCase() : undefined;
    if (items.length === 0 || word === 'false')
        return { kind: 'none' };
    if (word === 'auto')
        return { kind: 'auto' };
    if (word === 'true')
        return { kind: 'required' };
    const words = items.filter((v) => ['auto', 'true', 'false'].includes(v.toLowerCase()));
    if (words.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${words[0]}' is given with other values: it stands alone`, {
            input: 'model-signature',
            value: items.join(', '),
            fix: 'give auto, true or false alone, or the model.sig files',
        });
    return { kind: 'files', paths: (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolutePaths */ .wd)(edge, items) };
}
function modelSignatureSigner(f) {
    const identity = f.modelSignatureIdentity.trim();
    const identityRegex = f.modelSignatureIdentityRegex.trim();
    const issuer = f.modelSignatureIssuer.trim();
    if (!identity && !identityRegex && !issuer)
        return undefined;
    return {
        ...(identity ? { identity } : {}),
        ...(identityRegex ? { identityRegex } : {}),
        ...(issuer ? { issuer } : {}),
    };
}
/**
 * `tuf-url` and `tuf-root` (absolute): a repository other than public-good's needs its root,
 * the trust it starts from; a root needs its repository.
 */
function tufRepository(rawUrl, root) {
    // Without a trailing slash: the repository's one spelling, for its cache and comparisons.
    const url = rawUrl.replace(/\/+$/, '');
    if (root && !url)
        throw tufInput('tuf-root', root, 'a TUF root.json is for the repository tuf-url names: give both');
    if (url && !root && url !== _verify_tuf_js__WEBPACK_IMPORTED_MODULE_2__/* .PUBLIC_GOOD_TUF_URL */ .C$)
        throw tufInput('tuf-url', url, "give the repository's root.json as tuf-root: the trust it starts from");
    if (url && !/^https?:\/\/[^\s/]+/.test(url))
        throw tufInput('tuf-url', url, 'give the http(s) URL of the TUF repository');
    if (!url)
        return undefined;
    return { url, ...(root ? { root } : {}) };
}
function tufInput(input, value, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `${input} '${value}' cannot be used as given`, {
        input,
        value,
        fix,
    });
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

/***/ 10485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ lookupAttestations)
/* harmony export */ });
/* unused harmony export normalizeDigest */
/* harmony import */ var snappyjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64528);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27406);
/* harmony import */ var _store_attestations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45112);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56683);
/* harmony import */ var _identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51195);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(15042);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${digest}' is not a sha256 digest`, {
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
    const { owner, repo } = (0,_identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRepository */ .SU)(opts.repository);
    const digest = normalizeDigest(opts.digest);
    if (!opts.token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_MISSING', 'looking up attestations needs a GitHub token', {
            input: 'github-token',
            fix: 'pass `github-token` (the default `${{ github.token }}` with `permissions: attestations: read`), or pass `bundle`',
        });
    }
    const apiUrl = (opts.apiUrl ?? _github_js__WEBPACK_IMPORTED_MODULE_6__/* .GITHUB_API_URL */ .td).replace(/\/$/, '');
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(opts.token, { baseUrl: apiUrl, request: { retries: 0 } });
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
        const res = await (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)(what, fetchPage, _store_attestations_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyOctokitError */ .A, {
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
    const f = (0,_store_attestations_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyOctokitError */ .A)(e);
    if (f.status === 404)
        return undefined;
    if (f.status === 401 || f.status === 403) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('PERMISSION_DENIED', `the attestations API refused to list attestations of ${repository} (HTTP ${f.status})`, {
            input: 'github-token',
            value: repository,
            fix: f.status === 401
                ? 'the token was rejected: pass a valid `github-token`'
                : "grant the job 'permissions: attestations: read' (and 'contents: read' for private repositories), or pass the bundle file with `bundle`",
            cause: e,
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('SERVICE_FAILED', `the attestations API at ${apiUrl} failed: ${f.status ? `HTTP ${f.status}` : e.message}`, { input: 'bundle', fix: 're-run later, or pass the bundle file with `bundle`', cause: e });
}
/** Largest bundle accepted from a download, compressed or not. */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/**
 * A bundle from `bundle_url`: snappy block format around the bundle's protobuf-JSON, as gh
 * decodes it. The URL is a pre-signed blob link: no token is sent to it.
 */
async function downloadBundle(url, source, opts) {
    const bytes = await (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)(`GET ${new URL(url).origin}${new URL(url).pathname}`, async () => {
        const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
        if (!res.ok)
            throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
        return new Uint8Array(await res.arrayBuffer());
    }, (e) => {
        const status = e.status;
        return typeof status === 'number' ? { status, retryAfter: null } : { network: true };
    }, { policy: opts.retry, log: opts.log }).catch((e) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('SERVICE_FAILED', `${source}: its bundle_url could not be downloaded: ${e.message}`, {
            input: 'bundle',
            fix: 're-run later, or pass the bundle file with `bundle`',
            cause: e,
        });
    });
    try {
        const json = new TextDecoder().decode((0,snappyjs__WEBPACK_IMPORTED_MODULE_0__/* .uncompress */ .k)(bytes, MAX_BUNDLE_BYTES));
        return JSON.parse(json);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `${source}: its bundle_url did not serve a snappy-compressed bundle: ${e.message}`, {
            input: 'bundle',
            fix: 'pass the bundle file with `bundle` (gh attestation download writes one)',
            cause: e,
        });
    }
}


/***/ }),

/***/ 90909:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ unboundDirectory),
/* harmony export */   RC: () => (/* binding */ verifyRecord),
/* harmony export */   WF: () => (/* binding */ policyViolation),
/* harmony export */   cm: () => (/* binding */ verifyProvenanceRecord)
/* harmony export */ });
/* unused harmony export verifyProvenance */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33737);
/* harmony import */ var _policy_advisories_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50923);
/* harmony import */ var _statement_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94589);
/* harmony import */ var _bundles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35886);
/* harmony import */ var _identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51195);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32269);
/* harmony import */ var _subjects_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63897);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9610);
/* harmony import */ var _violations_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83171);
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
    return (await verifyProvenanceRecord(opts)).report;
}
/** verifyProvenance, and the training record it verified when the report is about one. */
async function verifyProvenanceRecord(opts) {
    const now = opts.now ?? new Date();
    (0,_identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .validateIdentityPolicy */ .Nj)(opts.identity);
    if (opts.model.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_MISSING', 'no model path to verify', {
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
        ? (0,_policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .knownAdvisories */ .R3)(main.view, opts.advisories ?? (0,_policy_advisories_js__WEBPACK_IMPORTED_MODULE_2__/* .advisoryDatabase */ .dr)(undefined))
        : [];
    const verified = main !== undefined && violations.length === 0;
    const fromFile = opts.bundles.every((b) => typeof b === 'string');
    return {
        report: report(chosen, { verified, violations, rules, warnings }, attempts, now),
        ...(main?.role === 'training-record' && main.view
            ? { record: { view: main.view, source: main.source.replace(/:\d+$/, ''), fromFile } }
            : {}),
    };
}
/**
 * A training record's bundle verified without a model: signature, transparency log or
 * timestamp, trusted root, signer, and the statement read. For checking what the record says
 * of its datasets (content proofs), where the model is not what is asked about.
 */
async function verifyRecord(opts) {
    (0,_identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .validateIdentityPolicy */ .Nj)(opts.identity);
    const now = opts.now ?? new Date();
    const ctx = await stageContext({ ...opts, model: [], predicateType: _statement_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAINING_PREDICATE_TYPE */ .sw }, opts.identity);
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
        roots: opts.roots ?? new Map(),
        cache: opts.cache ?? new _subjects_js__WEBPACK_IMPORTED_MODULE_7__/* .DigestCache */ .pC(),
        predicateTypes: opts.predicateType ? [opts.predicateType] : _stages_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_PREDICATE_TYPES */ .Ac,
        refresh: opts.refresh,
        ...(opts.publicKey ? { publicKey: opts.publicKey } : {}),
        ...(opts.certChain ? { certChain: opts.certChain } : {}),
    };
    // A trusted root named by path is read first: a missing or unreadable one is bad input.
    if (!_trust_js__WEBPACK_IMPORTED_MODULE_8__/* .NAMED_TRUSTED_ROOTS */ .SG.includes(opts.trustedRoot.trim() || 'auto')) {
        const loading = (0,_trust_js__WEBPACK_IMPORTED_MODULE_8__/* .loadTrustedRootFile */ .ce)(opts.trustedRoot.trim());
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
    for (const c of await (0,_bundles_js__WEBPACK_IMPORTED_MODULE_4__/* .collectBundles */ .wg)(bundles)) {
        if (done.has('training-record') && done.has('build-provenance'))
            break;
        if ((0,_bundles_js__WEBPACK_IMPORTED_MODULE_4__/* .isRejected */ .TK)(c)) {
            const a = (0,_stages_js__WEBPACK_IMPORTED_MODULE_6__/* .newAttempt */ .oG)(c.source);
            a.violations.push((0,_violations_js__WEBPACK_IMPORTED_MODULE_9__/* .fromError */ .NQ)('bundle', 'bundle', c.error));
            attempts.push(a);
            continue;
        }
        const a = await (0,_stages_js__WEBPACK_IMPORTED_MODULE_6__/* .attemptBundle */ .GN)(c, ctx);
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
        return (0,_policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .rulesNotEvaluated */ .Iq)(policy, 'no bundle verified, so there is no statement to read');
    const signedAt = main.signedAt
        ? { time: new Date(main.signedAt.time), source: main.signedAt.source }
        : undefined;
    return (0,_policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluatePolicy */ .Uz)(main.view, main.signer, policy, now, {
        signedAt,
        includeIdentity: false,
        proofs: opts.proofs,
        advisories: opts.advisories,
    });
}
/** A failed rule as the report's violation (the lineage's rules too). */
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
/* harmony import */ var _input_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7108);
/* harmony import */ var _present_bytes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70870);
// Proof files, read for the release gate (a directory of them, `proofs`) and for verify-proof
// (one). A file that is not a proof is bad input, named, never a rule that quietly fails.






const PROOF_FIX = 'give the proof files `training-provenance prove` wrote';
/**
 * A proof holds one or two leaves with an audit path each, at most 64 hashes for any tree that
 * fits in a 64-bit index: about 9 KiB. A file a hundred times that is not a proof.
 */
const MAX_PROOF_BYTES = 2 ** 20;
async function readProofFile(path, input = 'proof') {
    const json = await (0,_input_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputJson */ .lq)(path, {
        input,
        what: 'proof',
        fix: PROOF_FIX,
        maxBytes: MAX_PROOF_BYTES,
        tooLarge: (size) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `${path} is ${(0,_present_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .humanBytes */ .p)(size)}, more than the ${(0,_present_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .humanBytes */ .p)(MAX_PROOF_BYTES)} a proof may take (one is a few KiB)`, { input, value: path, fix: PROOF_FIX }),
    });
    return (0,_commitment_proof_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProof */ .k_)(json, path);
}
/** Every `*.json` proof in a directory (or the one file given), in name order. */
async function readProofs(path, input = 'proofs') {
    let isDir;
    try {
        isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isDirectory();
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('FILE_UNREADABLE', `cannot read proofs ${path}: ${e.message}`, { input, value: path, fix: PROOF_FIX, cause: e });
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
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   y2: () => (/* binding */ unverifiedBases)
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
        ...lineageLines(report),
        statementLines(report),
        report.attempts.length > 1
            ? section('Bundles tried:', report.attempts.map((a) => `  ${mark(a.verified)} ${a.source}${a.verified ? '' : `: ${a.firstViolation ?? `stopped at ${a.stage}`}`}`))
            : [],
    ];
    return `${[verdict, ...sections.flat()].join('\n')}\n`;
}
/** Every base whose evidence did not verify, with why: listed whatever the policy says. */
function unverifiedBases(node) {
    return node.bases.flatMap((b) => [
        ...(b.evidence.some((e) => e.verified)
            ? []
            : [`${b.path.join(' → ')}: ${b.problems.join('; ') || 'no evidence verified'}`]),
        ...unverifiedBases(b),
    ]);
}
/** The base models up the chain, each by its path; then those whose evidence did not verify. */
function lineageLines({ lineage }) {
    if (!lineage)
        return [];
    const walk = (n) => n.bases.flatMap((b) => {
        const ok = b.evidence.some((e) => e.verified);
        const signer = b.signer ? `, signed by ${b.signer}` : '';
        const line = `  ${ok ? '✓' : '✗'} ${b.path.join(' → ')} ${b.digest ?? '(no digest)'}${signer}`;
        return [line, ...walk(b)];
    });
    const tree = walk(lineage);
    return [
        section('Lineage (base models):', tree.length ? tree : ['  no base models recorded']),
        // Never with ✓: a base not verified is listed whatever the policy lets stand.
        section('Base models not verified:', unverifiedBases(lineage).map((u) => `  - ${u}`)),
    ];
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
