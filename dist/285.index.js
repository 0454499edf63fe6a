export const id = 285;
export const ids = [285];
export const modules = {

/***/ 50570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xS: () => (/* binding */ countChanges),
  Hr: () => (/* binding */ diffProvenance),
  ZQ: () => (/* binding */ subjectKind)
});

// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/review/flatten.js
var flatten = __webpack_require__(26068);
;// CONCATENATED MODULE: ./build/src/review/pairing.js
/**
 * Two digest sets name the same content when every algorithm they share agrees; sets with
 * no algorithm in common cannot be shown equal, so they count as different. Two empty
 * sets (two unpinned references) are equal: there is nothing to tell them apart.
 */
function sameDigest(a, b) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length === 0 && kb.length === 0)
        return true;
    const shared = ka.filter((k) => k in b);
    if (shared.length === 0)
        return false;
    return shared.every((k) => a[k]?.toLowerCase() === b[k]?.toLowerCase());
}
/** Pairs each head entry with a base one of the same name, else of the same URI. */
function pairByNameThenUri(base, head) {
    const unmatched = new Set(base);
    const pairs = [];
    const pending = [];
    for (const h of head) {
        const b = [...unmatched].find((d) => d.name === h.name);
        if (b) {
            unmatched.delete(b);
            pairs.push([b, h]);
        }
        else
            pending.push(h);
    }
    const added = [];
    for (const h of pending) {
        const b = h.uri ? [...unmatched].find((d) => d.uri === h.uri) : undefined;
        if (b) {
            unmatched.delete(b);
            pairs.push([b, h]);
        }
        else
            added.push(h);
    }
    return { pairs, added, removed: base.filter((d) => unmatched.has(d)) };
}
/** The entries added, removed and changed (by `fields`) from the base's to the head's. */
function diffPaired(base, head, fields) {
    const { pairs, added, removed } = pairByNameThenUri(base, head);
    const changed = [];
    for (const [b, h] of pairs) {
        const f = fields(b, h);
        if (f.length > 0)
            changed.push({ name: h.name, before: b, after: h, fields: f });
    }
    return { added, removed, changed };
}

;// CONCATENATED MODULE: ./build/src/review/diff-bases.js

/** The evidence as a comparable text: each file's kind, path and digest, in order. */
function evidenceKey(b) {
    return JSON.stringify(b.evidence.map((e) => [e.kind, e.path, e.sha256, e.signer]));
}
function baseFields(b, h) {
    const fields = [];
    if (b.name !== h.name)
        fields.push('name');
    if (b.uri !== h.uri)
        fields.push('uri');
    if (b.sha256 !== h.sha256)
        fields.push('digest');
    if (b.kind !== h.kind)
        fields.push('kind');
    if (b.license !== h.license)
        fields.push('license');
    if (evidenceKey(b) !== evidenceKey(h))
        fields.push('evidence');
    return fields;
}
function diffBaseModels(base, head) {
    return diffPaired(base.baseModels, head.baseModels, baseFields);
}

// EXTERNAL MODULE: ./build/src/review/version.js
var review_version = __webpack_require__(85802);
;// CONCATENATED MODULE: ./build/src/review/diff.js
// What changed between the base branch's training provenance and this run's: the model,
// the datasets, the frameworks, the CUDA build, the hyperparameters and the workflow
// identity. Pure: two views in, one plain object out, which the PR comment, the terminal
// and `--format json` all render.





function diffProvenance(base, head) {
    if (!base)
        return { base: 'none' };
    return {
        base: 'present',
        identity: diffIdentity(base, head),
        subjects: diffSubjects(base.subjects, head.subjects),
        datasets: diffDatasets(base.datasets, head.datasets),
        frameworks: diffPackages(base.packages, head.packages),
        environment: diffEnvironment(base, head),
        parameters: diffParameters(base.parameters ?? {}, head.parameters ?? {}),
        baseModels: diffBaseModels(base, head),
    };
}
/** How many changes of any kind; 0 for no base too (check `base` first). */
function countChanges(diff) {
    if (diff.base === 'none')
        return 0;
    const f = diff.frameworks;
    return (diff.identity.length +
        diff.subjects.added.length +
        diff.subjects.removed.length +
        diff.subjects.changed.length +
        diff.datasets.added.length +
        diff.datasets.removed.length +
        diff.datasets.changed.length +
        f.upgraded.length +
        f.downgraded.length +
        f.rebuilt.length +
        f.changed.length +
        f.added.length +
        f.removed.length +
        diff.environment.length +
        diff.parameters.changed.length +
        diff.parameters.added.length +
        diff.parameters.removed.length +
        diff.baseModels.added.length +
        diff.baseModels.removed.length +
        diff.baseModels.changed.length);
}
function fieldChange(field, label, before, after) {
    if (before === after)
        return [];
    const c = { field, label };
    if (before !== undefined)
        c.before = before;
    if (after !== undefined)
        c.after = after;
    return [c];
}
function diffIdentity(base, head) {
    const b = base.identity;
    const h = head.identity;
    return [
        ...fieldChange('repository', 'repository', b.repository, h.repository),
        ...fieldChange('workflowPath', 'workflow', b.workflowPath, h.workflowPath),
        ...fieldChange('ref', 'ref', b.ref, h.ref),
        ...builderChange(base, head),
        ...fieldChange('runnerEnvironment', 'runner', b.runnerEnvironment, h.runnerEnvironment),
    ];
}
/** `owner/repo/path@ref` → [`owner/repo/path`, `ref`], splitting on the last `@`. */
function splitWorkflowRef(ref) {
    const at = ref.lastIndexOf('@');
    return at < 0 ? [ref, ''] : [ref.slice(0, at), ref.slice(at + 1)];
}
/**
 * The workflow that ran the job (a reusable workflow's, when one did). Its `@ref` follows
 * the run's ref for a workflow of the same repository, so a change that only repeats the
 * ref change is not reported twice.
 */
function builderChange(base, head) {
    const b = base.identity.jobWorkflowRef;
    const h = head.identity.jobWorkflowRef;
    if (b !== undefined && h !== undefined) {
        const [bPath, bRef] = splitWorkflowRef(b);
        const [hPath, hRef] = splitWorkflowRef(h);
        if (bPath === hPath && bRef === base.identity.ref && hRef === head.identity.ref)
            return [];
    }
    return fieldChange('jobWorkflowRef', 'builder workflow', b, h);
}
function diffEnvironment(base, head) {
    return [
        ...fieldChange('cuda', 'CUDA build', base.accelerator.cuda, head.accelerator.cuda),
        ...fieldChange('cudnn', 'cuDNN', base.accelerator.cudnn, head.accelerator.cudnn),
        ...fieldChange('python', 'Python', base.pythonVersion, head.pythonVersion),
    ];
}
function subjectKind(s) {
    return s.annotations?.role === 'model-directory' ? 'directory' : 'file';
}
function subjectEntry(s) {
    const e = { name: s.name ?? '', kind: subjectKind(s), digest: s.digest ?? {} };
    const bytes = s.annotations?.bytes;
    if (typeof bytes === 'number')
        e.bytes = bytes;
    return e;
}
function diffSubjects(base, head) {
    const before = new Map(base.map((s) => [s.name ?? '', s]));
    const after = new Map(head.map((s) => [s.name ?? '', s]));
    const out = { added: [], removed: [], changed: [] };
    for (const [name, h] of after) {
        const b = before.get(name);
        if (!b)
            out.added.push(subjectEntry(h));
        else if (!sameDigest(b.digest ?? {}, h.digest ?? {})) {
            out.changed.push({
                name,
                kind: subjectKind(h),
                before: b.digest ?? {},
                after: h.digest ?? {},
            });
        }
    }
    for (const [name, b] of before)
        if (!after.has(name))
            out.removed.push(subjectEntry(b));
    return out;
}
function datasetFields(b, h) {
    const fields = [];
    if (b.name !== h.name)
        fields.push('name');
    if (b.uri !== h.uri)
        fields.push('uri');
    if (!sameDigest(b.digest, h.digest))
        fields.push('digest');
    if (b.unpinned !== h.unpinned)
        fields.push('pinning');
    if (b.kind !== h.kind)
        fields.push('kind');
    if (b.license !== h.license)
        fields.push('license');
    if (b.fileCount !== h.fileCount || b.totalBytes !== h.totalBytes)
        fields.push('size');
    return fields;
}
function diffDatasets(base, head) {
    return diffPaired(base, head, datasetFields);
}
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function diffPackages(base, head) {
    const index = (pkgs) => new Map(pkgs.map((p) => [(0,layout/* normalizePackageName */.NX)(p.name), p]));
    const before = index(base);
    const after = index(head);
    const out = {
        upgraded: [],
        downgraded: [],
        rebuilt: [],
        changed: [],
        added: [],
        removed: [],
    };
    for (const [name, h] of after) {
        const b = before.get(name);
        if (!b) {
            out.added.push(h);
            continue;
        }
        const move = (0,review_version/* classifyVersionChange */.d4)(b.version, h.version);
        if (move === 'same')
            continue;
        const change = {
            name,
            before: b.version,
            after: h.version,
            buildChanged: localLabel(b.version) !== localLabel(h.version),
        };
        out[move].push(change);
    }
    for (const [name, b] of before)
        if (!after.has(name))
            out.removed.push(b);
    for (const list of Object.values(out))
        list.sort(byName);
    return out;
}
function localLabel(version) {
    return (0,review_version/* splitLocalVersion */.qN)(version).local ?? '';
}
function diffParameters(base, head) {
    const before = new Map((0,flatten/* flattenParameters */.xy)(base));
    const after = new Map((0,flatten/* flattenParameters */.xy)(head));
    const out = { changed: [], added: [], removed: [] };
    for (const [path, value] of after) {
        if (!before.has(path))
            out.added.push({ path, value });
        else if ((0,flatten/* canonicalJson */.dj)(before.get(path)) !== (0,flatten/* canonicalJson */.dj)(value)) {
            out.changed.push({ path, before: before.get(path), after: value });
        }
    }
    for (const [path, value] of before)
        if (!after.has(path))
            out.removed.push({ path, value });
    return out;
}


/***/ }),

/***/ 26068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   oW: () => (/* binding */ formatParameterValue),
/* harmony export */   xy: () => (/* binding */ flattenParameters)
/* harmony export */ });
// Hyperparameters as the review shows them: nested mappings flattened to dotted paths
// (`optimizer.lr`), each leaf a scalar, a list or an empty mapping. Lists stay whole:
// `betas: [0.9, 0.999]` reads better than `betas.0`, `betas.1`.
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** One path segment; a key that holds a dot (or nothing) is quoted so paths stay unambiguous. */
function segment(key) {
    return /^[^.[\]"\s]+$/.test(key) ? key : `[${JSON.stringify(key)}]`;
}
function join(prefix, key) {
    const s = segment(key);
    if (!prefix)
        return s;
    return s.startsWith('[') ? `${prefix}${s}` : `${prefix}.${s}`;
}
/** Leaves of `params` in the order the mapping lists them, as [dotted path, value]. */
function flattenParameters(params) {
    const out = [];
    const walk = (value, path) => {
        if (isPlainObject(value) && Object.keys(value).length > 0) {
            for (const [k, v] of Object.entries(value))
                walk(v, join(path, k));
        }
        else {
            out.push([path, value]);
        }
    };
    for (const [k, v] of Object.entries(params))
        walk(v, join('', k));
    return out;
}
/** JSON with object keys sorted, so two equal mappings compare equal whatever their order. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (isPlainObject(value)) {
        const keys = Object.keys(value).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * A parameter value for people: strings bare (`adamw`), unless bare they would read as
 * another type (`"3"`, `"true"`, `""`); everything else as compact JSON.
 */
function formatParameterValue(value) {
    if (typeof value === 'string') {
        const looksTyped = value === '' || /^(true|false|null|[-+]?\d[\d.eE+-]*)$/.test(value.trim());
        return looksTyped || value !== value.trim() ? JSON.stringify(value) : value;
    }
    if (value === undefined)
        return '';
    return spacedJson(value);
}
/** JSON on one line with a space after each `,` and `:`, like Python's repr of a list. */
function spacedJson(value) {
    if (Array.isArray(value))
        return `[${value.map(spacedJson).join(', ')}]`;
    if (isPlainObject(value)) {
        const items = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${spacedJson(v)}`);
        return `{${items.join(', ')}}`;
    }
    return JSON.stringify(value) ?? String(value);
}


/***/ }),

/***/ 10180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mb: () => (/* binding */ loadProvenance),
/* harmony export */   tT: () => (/* binding */ provenanceFileIn)
/* harmony export */ });
/* unused harmony export provenanceFromBundle */
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
/* harmony import */ var _input_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7108);
/* harmony import */ var _statement_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69453);
/* harmony import */ var _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94589);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4715);
// Reads the training record a review or diff compares: a Sigstore bundle
// (`training.sigstore.json`, whose DSSE payload is the statement) or a bare statement
// (`training.intoto.json`); a 0.1 output (`provenance.*`, the record as SLSA provenance)
// reads the same. Given the build provenance, the record beside it is read instead.
// Only decodes: whether the signature holds is the verify engine's question.








const BUNDLE_FILE = _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_FILES */ .Y7['training-record'].bundle;
const STATEMENT_FILE = _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_FILES */ .Y7['training-record'].statement;
/** What a directory is searched for, best first: the record, then a 0.1 run's files. */
const SEARCH_ORDER = [
    BUNDLE_FILE,
    STATEMENT_FILE,
    _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_FILES */ .Y7['build-provenance'].bundle,
    _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_FILES */ .Y7['build-provenance'].statement,
];
/** Far above any statement we write; refuses a wrong file before parsing megabytes of it. */
const MAX_PROVENANCE_BYTES = 32 * 1024 * 1024;
/** Decodes a bundle's DSSE payload into the view, refusing anything but an in-toto one. */
function provenanceFromBundle(json, input, path) {
    let bundle;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(json);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `${path} is not a Sigstore bundle: ${e.message}`, {
            input,
            value: path,
            fix: `pass ${BUNDLE_FILE} or ${STATEMENT_FILE} as written by the attest step`,
            cause: e,
        });
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `${path} signs a message, not an in-toto statement`, {
            input,
            value: path,
            fix: 'pass a bundle with a DSSE envelope (what the attest step writes)',
        });
    }
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `${path} carries payloadType ${JSON.stringify(envelope.payloadType)}`, {
            input,
            value: envelope.payloadType,
            fix: `pass a bundle whose payloadType is ${_statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}`,
        });
    }
    return (0,_statement_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readProvenance */ .Ch)((0,_statement_read_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStatementPayload */ .x2)(envelope.payload));
}
/** A bare statement's view; what is wrong with it is said of the file and the input. */
function statementIn(json, input, path) {
    try {
        return (0,_statement_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readProvenance */ .Ch)(json);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG(e.code, `${path}: ${e.message}`, {
            input,
            value: path,
            fix: e.fix,
            cause: e,
        });
    }
}
/** Reads a bundle or a statement file; `input` names the input at fault in errors. */
async function loadProvenance(path, input) {
    if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then((st) => st.isDirectory(), () => false))
        return loadProvenance(await provenanceFileIn(path, input), input);
    const text = await (0,_input_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputFile */ .jH)(path, {
        input,
        fix: 'check the path; in an action, it is relative to the workspace',
        maxBytes: MAX_PROVENANCE_BYTES,
        tooLarge: (size) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `${path} is ${size} bytes, too large for provenance`, {
            input,
            value: path,
            fix: `pass ${BUNDLE_FILE} or ${STATEMENT_FILE}`,
        }),
    });
    const docs = jsonDocuments(text, path, input);
    const loaded = docs.map((json) => {
        const isBundle = (0,_json_js__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .G)(json) &&
            ('dsseEnvelope' in json ||
                'verificationMaterial' in json ||
                String(json.mediaType ?? '').startsWith('application/vnd.dev.sigstore.bundle'));
        return isBundle
            ? { view: provenanceFromBundle(json, input, path), path, bundle: json }
            : { view: statementIn(json, input, path), path };
    });
    // A .jsonl may hold both statements of a run (or several runs): the training record is read.
    const record = loaded.find((l) => (0,_statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .statementRole */ .qh)(l.view.predicateType, l.view.buildType) === 'training-record');
    return record ?? trainingRecordBeside(path, input);
}
/** One JSON document, or one a line (.jsonl, as `gh attestation download` writes). */
function jsonDocuments(text, path, input) {
    try {
        return [JSON.parse(text)];
    }
    catch (e) {
        const lines = text.split('\n').filter((l) => l.trim() !== '');
        if (lines.length > 1) {
            try {
                return lines.map((l) => JSON.parse(l));
            }
            catch {
                // fall through: neither JSON nor JSON lines
            }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('PARSE_ERROR', `${path} is not JSON`, {
            input,
            value: path,
            fix: `pass ${BUNDLE_FILE} or ${STATEMENT_FILE}`,
            cause: e,
        });
    }
}
/** The record attest wrote beside a build provenance file, which records no training run. */
async function trainingRecordBeside(path, input) {
    for (const name of [BUNDLE_FILE, STATEMENT_FILE]) {
        const sibling = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), name);
        if (await isFile(sibling))
            return loadProvenance(sibling, input);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('NO_MATCH', `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)} is build provenance, which records no training run, and no ${BUNDLE_FILE} is beside it`, {
        input,
        value: path,
        fix: `pass the training record the attest step wrote (${BUNDLE_FILE} or ${STATEMENT_FILE})`,
    });
}
/**
 * The training record in a directory (a downloaded artifact, an attest step's output-dir):
 * the bundle when there is one, else the statement, searched one level down as well.
 */
async function provenanceFileIn(dir, input) {
    for (const name of SEARCH_ORDER) {
        const direct = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        if (await isFile(direct))
            return direct;
    }
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }).catch(() => []);
    for (const name of SEARCH_ORDER) {
        for (const entry of entries
            .filter((e) => e.isDirectory())
            .sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const nested = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name, name);
            if (await isFile(nested))
                return nested;
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('NO_MATCH', `${dir} holds neither ${BUNDLE_FILE} nor ${STATEMENT_FILE}`, {
        input,
        value: dir,
        fix: 'pass the file itself, or the directory the attest step wrote (output-dir)',
    });
}
async function isFile(path) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 85802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d4: () => (/* binding */ classifyVersionChange),
/* harmony export */   qN: () => (/* binding */ splitLocalVersion)
/* harmony export */ });
/* unused harmony export comparePublicVersions */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var _versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16668);
// How a Python distribution's version moved between two runs. Public versions are ordered
// as PEP 440 orders them (the policy's library, so review and policy agree), falling back on
// semver's coercion for versions PEP 440 cannot read; the local part (`+cu121`) is a build
// label, so `2.3.1+cu118` → `2.3.1+cu121` is the same release rebuilt, neither up nor down.


function splitLocalVersion(version) {
    const v = version.trim();
    const plus = v.indexOf('+');
    if (plus < 0)
        return { public: v };
    const local = v.slice(plus + 1).toLowerCase();
    return local ? { public: v.slice(0, plus), local } : { public: v.slice(0, plus) };
}
/**
 * Orders two public versions: negative, zero or positive; undefined when either is not
 * a version we can read (a git hash, a date with letters), so the caller says "changed".
 */
function comparePublicVersions(a, b) {
    const pep440 = (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(a, b);
    if (pep440 !== undefined)
        return pep440;
    // Not PEP 440 (calendar tags with letters, `v1.2-beta`): semver's coercion reads the
    // leading release numbers; equal numbers with different text cannot be ordered. Text that
    // does not start with a number (a commit hash) has no release numbers to read.
    const leading = /^v?\d/i;
    if (!leading.test(a.trim()) || !leading.test(b.trim()))
        return undefined;
    const ca = semver__WEBPACK_IMPORTED_MODULE_0__.coerce(a, { loose: true });
    const cb = semver__WEBPACK_IMPORTED_MODULE_0__.coerce(b, { loose: true });
    if (!ca || !cb)
        return undefined;
    const order = semver__WEBPACK_IMPORTED_MODULE_0__.compare(ca, cb);
    return order !== 0 ? order : undefined;
}
/** How `before` became `after`; a change of public version wins over a change of build. */
function classifyVersionChange(before, after) {
    if (before === after)
        return 'same';
    const b = splitLocalVersion(before);
    const a = splitLocalVersion(after);
    const order = b.public.toLowerCase() === a.public.toLowerCase()
        ? 0
        : comparePublicVersions(b.public, a.public);
    if (order === undefined)
        return 'changed';
    if (order < 0)
        return 'upgraded';
    if (order > 0)
        return 'downgraded';
    return b.local === a.local ? 'same' : 'rebuilt';
}


/***/ })

};
