export const id = 167;
export const ids = [167];
export const modules = {

/***/ 57210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ parseBaseModels),
/* harmony export */   Ry: () => (/* binding */ collectBaseModel),
/* harmony export */   tp: () => (/* binding */ parseBaseModelEvidence)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33018);
/* harmony import */ var _licenses_spdx_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46783);
/* harmony import */ var _oms_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11833);
/* harmony import */ var _store_output_dir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62280);
/* harmony import */ var _uri_credentials_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45512);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(11117);
// Base models, as the entry points read them (`base-models` / `--base-model`, `[NAME=]LOCATION`)
// and as attest hashes them. Parsed at the edge into typed specs; the engine never splits text.
// A local base is hashed as the model is (its OMS root, which `training-provenance digest`
// prints, the files, the bytes and the listing digest); a reference is recorded as given.










const INPUT = 'base-models';
/** A name is a folder of output-dir/bases/: no separators, no dot names. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HF_REFERENCE = /^hf:\/\/([^/@\s]+)\/([^/@\s]+)@([^/@\s]+)$/;
const HF_SNAPSHOT = /\/models--([^/]+?)--([^/]+)\/snapshots\/([^/]+)\/?$/;
function refuse(message, value, fix) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', message, { input: INPUT, value, fix });
}
/**
 * Each `[NAME=]LOCATION` line: a reference (`hf://ORG/NAME@REV`, `URI sha256:HEX`) or a path,
 * made absolute from `cwd`. Names are unique; without `NAME=` one is taken from the location.
 */
function parseBaseModels(lines, cwd) {
    const specs = lines
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => parseBaseModel(l, cwd));
    const seen = new Set();
    for (const s of specs) {
        if (seen.has(s.name))
            refuse(`two base models are named '${s.name}'`, s.given, `name each with NAME=LOCATION (e.g. '${s.name}-2=${s.given}')`);
        seen.add(s.name);
    }
    return specs;
}
function parseBaseModel(line, cwd) {
    const named = /^([^=/:\s]+)=(.+)$/.exec(line);
    const location = (named ? named[2] : line).trim();
    if (named && !NAME.test(named[1]))
        refuse(`base model name '${named[1]}' is not a folder name`, line, 'use letters, digits, ., _ and - (starting with a letter or digit)');
    if (location.includes('://'))
        return reference(named?.[1], location, line);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, location);
    const hf = HF_SNAPSHOT.exec((0,_lists_js__WEBPACK_IMPORTED_MODULE_9__/* .toPosix */ .d7)(path));
    const name = named?.[1] ?? defaultName(hf ? hf[2] : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path));
    return { name, kind: 'path', path, given: line };
}
function reference(name, location, line) {
    const [uri = '', digest, ...rest] = location.split(/\s+/);
    const sha = /^sha256:([0-9a-fA-F]{64})$/.exec(digest ?? '');
    if (rest.length > 0 || (digest !== undefined && !sha))
        refuse(`'${location}' is not 'URI' or 'URI sha256:HEX'`, line, 'give the reference as hf://ORG/NAME@REV, or a URI followed by sha256: and 64 hex digits');
    const hf = HF_REFERENCE.exec(uri);
    if (uri.startsWith('hf://') && !hf && !sha)
        refuse(`the Hugging Face reference '${uri}' names no revision`, line, 'pin it: hf://ORG/NAME@REV (a commit), or add sha256:HEX of the model');
    if (!uri.startsWith('hf://') && !sha)
        refuse(`the reference '${uri}' has no digest: nothing pins which model it was`, line, 'add the model digest: URI sha256:HEX (`training-provenance digest DIR` prints it)');
    const stripped = (0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_8__/* .stripCredentials */ .PH)(uri);
    if (!stripped || stripped.dropped.length > 0)
        refuse(stripped
            ? `the reference carries credentials (${stripped.dropped.join(', ')}), which would be signed into a public record`
            : `'${uri}' is not a URI`, stripped ? stripped.uri : line, 'give the URI without user info or signing parameters');
    const clean = stripped.uri;
    const last = (hf
        ? hf[2]
        : clean
            .replace(/[?#].*$/, '')
            .split('/')
            .pop()) || 'base';
    return {
        name: name ?? defaultName(last.replace(/@.*$/, '')),
        kind: 'reference',
        uri: clean,
        ...(sha ? { sha256: sha[1].toLowerCase() } : {}),
        given: line,
    };
}
/** What a location calls itself, made a folder name. */
function defaultName(text) {
    const name = text.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[._-]+/, '');
    return name || 'base';
}
/** A base as recorded before evidence is checked: a reference as given, a path hashed. */
async function collectBaseModel(spec, opts = {}) {
    if (spec.kind === 'reference') {
        const kind = 'reference';
        const ref = { name: spec.name, kind, uri: spec.uri, evidence: [] };
        return { ref: spec.sha256 ? { ...ref, sha256: spec.sha256 } : ref };
    }
    return collectLocalBase(spec, opts);
}
async function collectLocalBase(spec, opts) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(spec.path).catch(() => undefined);
    if (!st || (!st.isDirectory() && !st.isFile()))
        refuse(`base model '${spec.name}': ${spec.path} ${st ? 'is not a file or a directory' : 'does not exist'}`, spec.given, 'name a model directory or file, or a reference (hf://ORG/NAME@REV, URI sha256:HEX)');
    const entry = {
        kind: st.isDirectory() ? 'directory' : 'file',
        path: spec.path,
        relPath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(spec.path),
    };
    if (opts.outputDir !== undefined)
        await (0,_store_output_dir_js__WEBPACK_IMPORTED_MODULE_7__/* .checkOutsideOutputDir */ .Mq)(opts.outputDir, [entry], 'base model');
    const digested = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_4__/* .digestEntries */ .Np)([entry], {
        input: INPUT,
        // model.sig is evidence about the base, never part of it (as for the model's own root).
        ignorePaths: _oms_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OMS_SIGNING_IGNORES */ .UG,
        onProgress: opts.onProgress,
    });
    if (entry.kind === 'file') {
        const f = digested.files[0];
        const base = { name: spec.name, kind: 'local-file', sha256: f.sha256 };
        const local = { path: spec.path, kind: entry.kind, files: digested.files };
        return { ref: { ...base, files: 1, bytes: f.size, evidence: [] }, local };
    }
    const dir = digested.directories.get(entry.relPath);
    if (dir.files.length === 0)
        refuse(`base model '${spec.name}': ${spec.path} holds no file`, spec.given, 'name the model');
    const hf = HF_SNAPSHOT.exec((0,_lists_js__WEBPACK_IMPORTED_MODULE_9__/* .toPosix */ .d7)(spec.path));
    const license = await cardLicense(spec.path);
    const ref = {
        name: spec.name,
        kind: hf ? 'hf-cache' : 'local-directory',
        ...(hf ? { uri: `hf://${hf[1]}/${hf[2]}@${hf[3]}` } : {}),
        sha256: dir.root,
        files: dir.files.length,
        bytes: dir.totalBytes,
        listing: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_4__/* .listingDigest */ .pL)(dir.files),
        ...(license ? { license } : {}),
        evidence: [],
    };
    return { ref, local: { path: spec.path, kind: entry.kind, files: dir.files } };
}
/** `license:` of the directory's README.md front matter (a model card), normalised; else none. */
async function cardLicense(dir) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, 'README.md'), 'utf8').catch(() => undefined);
    const m = text === undefined ? null : /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
    if (!m)
        return undefined;
    let meta;
    try {
        meta = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(m[1]);
    }
    catch {
        return undefined; // a card whose header is not YAML says nothing we can read
    }
    const license = meta?.license;
    const text1 = Array.isArray(license) ? license.join(' OR ') : license;
    return typeof text1 === 'string' && text1.trim() ? (0,_licenses_spdx_js__WEBPACK_IMPORTED_MODULE_5__/* .normaliseLicence */ .YT)(text1).expression : undefined;
}
/** Evidence files as typed, made absolute from `cwd`. */
function parseBaseModelEvidence(lines, cwd) {
    return lines
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, l));
}


/***/ }),

/***/ 86202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   My: () => (/* binding */ SCHEME),
/* harmony export */   R1: () => (/* binding */ DIGEST_TOKEN),
/* harmony export */   _G: () => (/* binding */ addDigest),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   rU: () => (/* binding */ parseDatasetLines),
/* harmony export */   x$: () => (/* binding */ fromFileUri)
/* harmony export */ });
/* unused harmony export parseDatasetLine */
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11117);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _reference_uri_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85146);
// A dataset as the user described it, before anything is read, and the rules for what they
// typed: the `datasets` input's lines (`[NAME=]PATH-OR-URI [ALG:HEX]`) and the digests given.
// A `file:` URI is a local path.



/** Algorithms a digest may name, with their hex length (in-toto digest keys). */
const DIGEST_HEX_LENGTH = {
    sha256: [64],
    sha384: [96],
    sha512: [128],
    sha1: [40],
    md5: [32],
    gitCommit: [40, 64],
};
const ALGORITHM_BY_LOWER = new Map(Object.keys(DIGEST_HEX_LENGTH).map((a) => [a.toLowerCase(), a]));
const KNOWN = Object.keys(DIGEST_HEX_LENGTH).join(', ');
const NAME_PREFIX = /^([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]+):(.*)$/;
const DIGEST_TOKEN = /^([A-Za-z][A-Za-z0-9]*):(\S+)$/;
/** The message quotes the value unless the position already names it (`file.yaml:3:5`). */
function invalid(input, where, value, what, fix) {
    const at = where.startsWith(value) ? where : `${where} '${value}'`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `${at}: ${what}`, { input, value, fix });
}
/** `ALG:HEX` or (alg, hex) → canonical algorithm name and lower-case hex, or an error. */
function parseDigest(alg, hex, ctx) {
    const canonical = ALGORITHM_BY_LOWER.get(alg.toLowerCase());
    if (!canonical) {
        throw invalid(ctx.input, ctx.where, ctx.value, `'${alg}' is not a digest algorithm we know`, `use one of ${KNOWN}, e.g. sha256:<64 hex>`);
    }
    const lengths = DIGEST_HEX_LENGTH[canonical];
    if (!/^[0-9a-fA-F]+$/.test(hex) || !lengths.includes(hex.length)) {
        throw invalid(ctx.input, ctx.where, ctx.value, `'${alg}:${hex}' is not a ${canonical} digest`, `a ${canonical} digest is ${lengths.join(' or ')} hexadecimal characters`);
    }
    return [canonical, hex.toLowerCase()];
}
function addDigest(into, alg, hex, ctx) {
    if (into[alg] !== undefined && into[alg] !== hex) {
        throw invalid(ctx.input, ctx.where, ctx.value, `two different ${alg} digests are given`, 'give one digest per algorithm');
    }
    into[alg] = hex;
}
/** A reference line's URI and the `ALG:HEX` that may follow it. */
function parseReference(tokens, ctx, notice) {
    const line = ctx.value;
    if (tokens.length > 2) {
        throw invalid(ctx.input, ctx.where, line, `unexpected text after the URI: '${tokens.slice(2).join(' ')}'`, 'write URI [ALG:HEX]; percent-encode spaces in the URI');
    }
    const claimed = {};
    if (tokens[1] !== undefined) {
        const m = DIGEST_TOKEN.exec(tokens[1]);
        if (!m)
            throw invalid(ctx.input, ctx.where, line, `'${tokens[1]}' is not ALG:HEX`, `write URI ALG:HEX with ALG one of ${KNOWN}`);
        addDigest(claimed, ...parseDigest(m[1], m[2], ctx), ctx);
    }
    const hasDigest = Object.keys(claimed).length > 0;
    const uri = (0,_reference_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeReferenceUri */ .X)(tokens[0], hasDigest, { ...ctx, notice });
    return { target: { uri }, claimed };
}
/** `manifest:PATH [URI]`: a manifest made where the data lives, and where that is. */
function parseManifestLine(rest, ctx, notice) {
    const tokens = rest.slice('manifest:'.length).trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0 || tokens.length > 2)
        throw invalid(ctx.input, ctx.where, ctx.value, tokens.length ? 'unexpected text after the location URI' : 'manifest: names no file', 'write manifest:PATH [URI], e.g. manifest:train.manifest.jsonl s3://bucket/train/');
    const location = tokens[1] === undefined
        ? undefined
        : (0,_reference_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeReferenceUri */ .X)(tokens[1], true, { ...ctx, notice });
    return { target: { manifest: tokens[0], ...(location ? { location } : {}) }, claimed: {} };
}
/** One line of the `datasets` input. */
function parseDatasetLine(line, lineNo, notice) {
    const ctx = { input: 'datasets', where: `datasets line ${lineNo}`, value: line };
    let rest = line.trim();
    let name;
    const named = NAME_PREFIX.exec(rest);
    if (named) {
        name = named[1];
        rest = named[2].trim();
    }
    if (rest === '') {
        throw invalid(ctx.input, ctx.where, line, 'nothing follows the name', 'write NAME=PATH or NAME=URI');
    }
    // `digests:FILE`: a list of content digests the training code wrote, committed to as a set.
    if (/^digests:/i.test(rest)) {
        const list = rest.slice('digests:'.length).trim();
        if (list === '')
            throw invalid(ctx.input, ctx.where, line, 'digests: names no file', 'write digests:PATH');
        return { ...ctx, name, target: { digestList: list }, claimed: {} };
    }
    if (/^manifest:/i.test(rest))
        return { ...ctx, name, ...parseManifestLine(rest, ctx, notice) };
    const tokens = rest.split(/\s+/);
    const scheme = SCHEME.exec(tokens[0]);
    if (scheme !== null && scheme[1].toLowerCase() !== 'file')
        return { ...ctx, name, ...parseReference(tokens, ctx, notice) };
    const claimed = {};
    // A local path may hold spaces: only a trailing token naming a known algorithm is a digest.
    let path = rest;
    const last = tokens.length > 1 ? DIGEST_TOKEN.exec(tokens[tokens.length - 1]) : null;
    if (last && ALGORITHM_BY_LOWER.has(last[1].toLowerCase())) {
        addDigest(claimed, ...parseDigest(last[1], last[2], ctx), ctx);
        path = rest.slice(0, rest.length - tokens[tokens.length - 1].length).trim();
    }
    return { ...ctx, name, target: { local: fromFileUri(path, ctx) }, claimed };
}
/** `file:rel/path` or `file:///abs/path` → the path; anything else unchanged. */
function fromFileUri(path, ctx) {
    if (!/^file:/i.test(path))
        return path;
    const body = path.slice('file:'.length);
    const p = body.startsWith('//') ? body.replace(/^\/\/[^/]*/, '') : body;
    try {
        return decodeURIComponent(p);
    }
    catch {
        throw invalid(ctx.input, ctx.where, ctx.value, `'${path}' is not a valid file URI`, 'percent-encode the path, or write it without file:');
    }
}
/**
 * The `datasets` lines (blank ones and `#` comments too, so that errors count lines as typed) as specs, each local path, `digests:FILE` and `manifest:FILE` made
 * absolute against `base` (the action's workspace, the command's current directory): the
 * entry points parse here, once; the engine takes the specs.
 */
function parseDatasetLines(lines, base, notice) {
    const at = (p) => (0,_lists_js__WEBPACK_IMPORTED_MODULE_0__/* .fromBase */ .sr)(base, p);
    // Blank and `#` lines are skipped, and counted: errors name the line as the user sees it.
    return lines.flatMap((line, i) => {
        if (line.trim() === '' || line.trim().startsWith('#'))
            return [];
        const spec = parseDatasetLine(line.trim(), i + 1, notice);
        const t = spec.target;
        if ('local' in t)
            return { ...spec, target: { local: at(t.local) } };
        if ('digestList' in t)
            return { ...spec, target: { digestList: at(t.digestList) } };
        if ('manifest' in t)
            return { ...spec, target: { ...t, manifest: at(t.manifest) } };
        return spec;
    });
}


/***/ }),

/***/ 84787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ readDigestList)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _commitment_leaves_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36511);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27406);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85768);
// A digest list (`digests:FILE`): one `sha256:HEX` per line, written by the training code (for
// example one per training example). Read for attest's record and for prove alike.




/** The one list file `path` names; `where` says where it was named, for the errors. */
async function readDigestList(path, opts) {
    const found = await (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePatterns */ .Ep)([path], {
        workspace: opts.workspace,
        input: opts.input,
        required: true,
    });
    const entry = found[0];
    if (found.length !== 1 || entry.kind !== 'file') {
        const what = found.length !== 1 ? `names ${found.length} paths` : 'is a directory';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_INVALID', `${opts.where ? `${opts.where}: ` : ''}digests:'${path}' ${what}`, {
            input: opts.input,
            value: path,
            fix: 'name the one file that lists one sha256:HEX per line',
        });
    }
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(entry.path);
    return {
        entry,
        bytes,
        digests: (0,_commitment_leaves_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigestList */ .or)(bytes.toString('utf8'), entry.relPath, opts.input),
    };
}


/***/ }),

/***/ 33052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ isGitHubToken),
/* harmony export */   KA: () => (/* binding */ identityFromEnvironment),
/* harmony export */   Lw: () => (/* binding */ readJwtClaims),
/* harmony export */   dG: () => (/* binding */ decodeJwtClaims),
/* harmony export */   jW: () => (/* binding */ isGitHubRun),
/* harmony export */   oc: () => (/* binding */ identityFromClaims)
/* harmony export */ });
/* unused harmony exports splitWorkflowRef, workflowPath */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15042);
/* harmony import */ var _uri_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45512);
// Who ran the training: the GitHub workflow run, in GitHub's terms. Read from the runner's
// OIDC token claims when there is a token (the same claims Fulcio writes into the signing
// certificate), from the runner's GITHUB_* variables otherwise (unsigned runs, local runs).



const DEFAULT_SERVER_URL = _github_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_SERVER_URL */ .m7;
/** The claims an identity cannot do without; the others are recorded when present. */
const REQUIRED_CLAIMS = [
    'repository',
    'ref',
    'sha',
    'workflow_ref',
    'job_workflow_ref',
    'event_name',
    'run_id',
    'run_attempt',
    'runner_environment',
];
const REQUIRED_VARIABLES = [
    'GITHUB_REPOSITORY',
    'GITHUB_REF',
    'GITHUB_SHA',
    'GITHUB_WORKFLOW_REF',
    'GITHUB_EVENT_NAME',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_ATTEMPT',
    'RUNNER_ENVIRONMENT',
];
/**
 * Splits `owner/repo/.github/workflows/train.yml@refs/heads/main` into repository, path
 * and ref. Paths and refs may both contain `@` (a changesets tag is
 * `refs/tags/@scope/pkg@1.2.0`), so no single `@` is always the separator. GitHub's
 * buildType defines the path as the workflow_ref minus `repository + "/"` and minus
 * `"@" + ref`: when the caller knows the ref (the `ref` claim / GITHUB_REF, which names the
 * same commit as the top-level workflow_ref) that suffix is removed exactly. Otherwise the
 * ref is taken to start at the last `@refs/` (every workflow_ref names a full ref), and
 * failing that at the last `@`.
 */
function splitWorkflowRef(workflowRef, known = {}) {
    let repository;
    let rest;
    if (known.repository && workflowRef.startsWith(`${known.repository}/`)) {
        repository = known.repository;
        rest = workflowRef.slice(known.repository.length + 1);
    }
    else {
        // owner and repository names cannot contain `/` or `@`.
        const m = /^([^/@]+\/[^/@]+)\/(.*)$/s.exec(workflowRef);
        if (!m) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `workflow ref ${JSON.stringify(workflowRef)} is not OWNER/REPO/PATH@REF`, {
                input: 'workflow_ref',
                value: workflowRef,
                fix: 'pass the workflow_ref claim or GITHUB_WORKFLOW_REF unchanged',
            });
        }
        repository = m[1] ?? '';
        rest = m[2] ?? '';
    }
    let at = -1;
    if (known.ref && rest.endsWith(`@${known.ref}`))
        at = rest.length - known.ref.length - 1;
    if (at < 0)
        at = rest.lastIndexOf('@refs/');
    if (at < 0)
        at = rest.lastIndexOf('@');
    if (at <= 0 || at === rest.length - 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `workflow ref ${JSON.stringify(workflowRef)} has no @REF`, {
            input: 'workflow_ref',
            value: workflowRef,
            fix: 'pass the workflow_ref claim or GITHUB_WORKFLOW_REF unchanged (OWNER/REPO/PATH@REF)',
        });
    }
    return { repository, path: rest.slice(0, at), ref: rest.slice(at + 1) };
}
/** The workflow file's path inside the repository (see splitWorkflowRef for the `@` rule). */
function workflowPath(workflowRef, known = {}) {
    return splitWorkflowRef(workflowRef, known).path;
}
/**
 * The claims of a JWT, without checking its signature. The token comes straight from the
 * runner's token endpoint over TLS, so there is nobody in between to forge it; and what
 * matters downstream is checked elsewhere: Fulcio verifies the token before it issues the
 * certificate, and verify trusts only the certificate's extensions, never these claims.
 * The token itself never appears in an error.
 */
function decodeJwtClaims(token) {
    const read = readJwtClaims(token);
    if ('claims' in read)
        return read.claims;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('OIDC_UNAVAILABLE', `the OIDC token is malformed: ${read.problem}`, {
        fix: 'request the token with core.getIDToken() inside GitHub Actions (permissions: id-token: write)',
    });
}
/** A JWT's claims, or why it is not a JWT; what is said never quotes the token. */
function readJwtClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts[1])
        return { problem: 'expected three dot-separated parts' };
    const payload = parts[1];
    if (!/^[A-Za-z0-9_-]+={0,2}$/.test(payload))
        return { problem: 'the payload is not base64url' };
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return { problem: 'the payload is not JSON' };
    }
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims))
        return { problem: 'the payload is not a JSON object' };
    return { claims: claims };
}
/** The server's URL, which every recorded URI of the run starts with: never with credentials. */
function normaliseServerUrl(url) {
    const s = (url ?? '').trim().replace(/\/+$/, '');
    if ((0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUri */ .sU)(s) !== s)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', 'GITHUB_SERVER_URL holds credentials', {
            input: 'GITHUB_SERVER_URL',
            value: s,
            fix: 'set GITHUB_SERVER_URL to the server alone (https://HOST), as the runner sets it',
        });
    return s || DEFAULT_SERVER_URL;
}
/** Claims are strings in GitHub's tokens; ids are accepted as numbers too. */
function claimString(v) {
    if (typeof v === 'string' && v !== '')
        return v;
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return undefined;
}
const OPTIONAL_IDENTITY_FIELDS = [
    'repositoryId',
    'repositoryOwner',
    'repositoryOwnerId',
    'repositoryVisibility',
    'issuer',
    'subject',
];
/**
 * Checks the shapes a statement relies on and assembles the identity. `names` maps each
 * field to the claim or variable it came from, so an error names what the user can see.
 */
function assemble(raw, names, fix) {
    const bad = (field, value, expected) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `${names[field]} is ${JSON.stringify(value)}, expected ${expected}`, {
        input: names[field],
        value,
        fix,
    });
    if (!/^[^/\s@]+\/[^/\s@]+$/.test(raw.repository)) {
        throw bad('repository', raw.repository, 'OWNER/REPO');
    }
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(raw.sha)) {
        throw bad('sha', raw.sha, 'a lower-case hex git commit (40 or 64 characters)');
    }
    if (!/^\d+$/.test(raw.runId))
        throw bad('runId', raw.runId, 'a number');
    if (!/^\d+$/.test(raw.runAttempt))
        throw bad('runAttempt', raw.runAttempt, 'a number');
    if (!raw.jobWorkflowRef.includes('@')) {
        throw bad('jobWorkflowRef', raw.jobWorkflowRef, 'OWNER/REPO/PATH@REF');
    }
    let parts;
    try {
        parts = splitWorkflowRef(raw.workflowRef, { repository: raw.repository, ref: raw.ref });
    }
    catch {
        throw bad('workflowRef', raw.workflowRef, 'OWNER/REPO/PATH@REF');
    }
    const identity = {
        source: raw.source,
        serverUrl: raw.serverUrl,
        repository: raw.repository,
        ref: raw.ref,
        sha: raw.sha,
        workflowRef: raw.workflowRef,
        jobWorkflowRef: raw.jobWorkflowRef,
        workflowPath: parts.path,
        eventName: raw.eventName,
        runId: raw.runId,
        runAttempt: raw.runAttempt,
        runnerEnvironment: raw.runnerEnvironment,
    };
    // Optional fields are set only when known, so that a statement never says "undefined".
    for (const key of OPTIONAL_IDENTITY_FIELDS)
        if (raw[key] !== undefined)
            identity[key] = raw[key];
    return identity;
}
/**
 * The identity from the runner's OIDC token claims (source 'oidc-token'). These are the
 * values Fulcio copies into the certificate, so the statement and the certificate agree.
 */
/** Whether the claims are a GitHub Actions job's (its workflow ref is what Fulcio keys on). */
function isGitHubToken(claims) {
    return typeof claims.job_workflow_ref === 'string' || typeof claims.workflow_ref === 'string';
}
function identityFromClaims(claims, opts = {}) {
    const missing = REQUIRED_CLAIMS.filter((c) => claimString(claims[c]) === undefined);
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('OIDC_UNAVAILABLE', `the OIDC token lacks the claim(s) ${missing.join(', ')}`, {
            input: 'id-token',
            value: missing.join(', '),
            fix: "use the token GitHub Actions issues to the job (core.getIDToken with 'permissions: id-token: write')",
        });
    }
    const c = (name) => claimString(claims[name]);
    const must = (name) => c(name);
    return assemble({
        source: 'oidc-token',
        serverUrl: normaliseServerUrl(opts.serverUrl),
        repository: must('repository'),
        repositoryId: c('repository_id'),
        repositoryOwner: c('repository_owner'),
        repositoryOwnerId: c('repository_owner_id'),
        repositoryVisibility: c('repository_visibility'),
        ref: must('ref'),
        sha: must('sha'),
        workflowRef: must('workflow_ref'),
        jobWorkflowRef: must('job_workflow_ref'),
        eventName: must('event_name'),
        runId: must('run_id'),
        runAttempt: must('run_attempt'),
        runnerEnvironment: must('runner_environment'),
        issuer: c('iss'),
        subject: c('sub'),
    }, {
        repository: 'repository',
        sha: 'sha',
        runId: 'run_id',
        runAttempt: 'run_attempt',
        workflowRef: 'workflow_ref',
        jobWorkflowRef: 'job_workflow_ref',
    }, 'use the token GitHub Actions issues to the job, unmodified');
}
/**
 * The identity from the runner's variables (source 'environment'), for unsigned runs and
 * local runs. The runner exports no variable for `job_workflow_ref`, so the top-level
 * GITHUB_WORKFLOW_REF stands in for it: under a reusable workflow, builder.id then names
 * the caller rather than the reusable workflow. A signed run takes the identity from the
 * token instead, where job_workflow_ref is exact.
 */
/**
 * Whether the variables say this is a GitHub Actions run: `GITHUB_ACTIONS=true`, or any of the
 * run's variables set (a local run that sets some of them means one, and is told what is missing).
 */
function isGitHubRun(env) {
    return env.GITHUB_ACTIONS === 'true' || REQUIRED_VARIABLES.some((n) => env[n]?.trim());
}
function identityFromEnvironment(env) {
    const v = (name) => {
        const value = env[name]?.trim();
        return value ? value : undefined;
    };
    const missing = REQUIRED_VARIABLES.filter((name) => v(name) === undefined);
    const fix = 'run inside GitHub Actions, or for a local run set GITHUB_REPOSITORY, GITHUB_REF, GITHUB_SHA, GITHUB_WORKFLOW_REF, GITHUB_EVENT_NAME, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT and RUNNER_ENVIRONMENT';
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_MISSING', `the workflow identity needs the variable(s) ${missing.join(', ')}`, {
            input: missing[0],
            value: missing.join(', '),
            fix,
        });
    }
    const must = (name) => v(name);
    const workflowRef = must('GITHUB_WORKFLOW_REF');
    return assemble({
        source: 'environment',
        serverUrl: normaliseServerUrl(v('GITHUB_SERVER_URL')),
        repository: must('GITHUB_REPOSITORY'),
        repositoryId: v('GITHUB_REPOSITORY_ID'),
        repositoryOwner: v('GITHUB_REPOSITORY_OWNER'),
        repositoryOwnerId: v('GITHUB_REPOSITORY_OWNER_ID'),
        ref: must('GITHUB_REF'),
        sha: must('GITHUB_SHA'),
        workflowRef,
        jobWorkflowRef: workflowRef,
        eventName: must('GITHUB_EVENT_NAME'),
        runId: must('GITHUB_RUN_ID'),
        runAttempt: must('GITHUB_RUN_ATTEMPT'),
        runnerEnvironment: must('RUNNER_ENVIRONMENT'),
    }, {
        repository: 'GITHUB_REPOSITORY',
        sha: 'GITHUB_SHA',
        runId: 'GITHUB_RUN_ID',
        runAttempt: 'GITHUB_RUN_ATTEMPT',
        workflowRef: 'GITHUB_WORKFLOW_REF',
        jobWorkflowRef: 'GITHUB_WORKFLOW_REF',
    }, fix);
}


/***/ }),

/***/ 45783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ readManifestFacts),
/* harmony export */   YX: () => (/* binding */ manifestModelSubjects),
/* harmony export */   ee: () => (/* binding */ manifestDataset),
/* harmony export */   zt: () => (/* binding */ manifestByproducts)
/* harmony export */ });
/* harmony import */ var _commitment_leaves_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36511);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33018);
/* harmony import */ var _hash_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17848);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2775);
/* harmony import */ var _dataset_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86202);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85768);
// Datasets and models recorded from a manifest (docs/manifests.md): hashed where they live, by
// `training-provenance manifest` on the nodes that hold them; here nothing of the data is read.
// The manifest is checked whole (format, order, trailer), and the record carries its root,
// file count and bytes, the manifest file's own sha256, and a commitment to its contents.







/** The one manifest file `path` names, read and checked. */
async function readManifestFacts(path, opts) {
    const found = await (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePatterns */ .Ep)([path], { ...opts, required: true });
    const entry = found[0];
    if (found.length !== 1 || entry.kind !== 'file')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `${opts.where ? `${opts.where}: ` : ''}manifest:'${path}' ${found.length !== 1 ? `names ${found.length} paths` : 'is a directory'}`, {
            input: opts.input,
            value: path,
            fix: 'name the one manifest file (the merged one for a sharded run)',
        });
    const digests = new _hash_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .DigestRun */ .OL(1024);
    const listing = new _hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ListingHash */ .ve();
    const { header, trailer, sha256 } = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifest */ .WI)(entry.path, (r) => {
        digests.push(r.sha256);
        listing.add(r.path, r.sha256);
    }, opts.input);
    if (header.shard)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `${entry.relPath} is shard ${header.shard.index}/${header.shard.count} of '${header.root}', not the whole dataset`, {
            input: opts.input,
            value: path,
            fix: 'merge the shards first: training-provenance manifest merge SHARD... --output whole.jsonl',
        });
    return { entry, header, trailer, sha256, digests: digests.bytes, listing: listing.digest() };
}
const rootHex = (t) => t.root.replace(/^sha256:/, '');
/** A dataset line `manifest:PATH [URI]` (or a datasets-file `manifest:` entry). */
async function manifestDataset(spec, target, workspace) {
    const m = await readManifestFacts(target.manifest, {
        workspace,
        input: spec.input,
        where: spec.where,
    });
    for (const [alg, hex] of Object.entries(spec.claimed))
        if (alg !== 'sha256' || hex !== rootHex(m.trailer))
            throw (0,_dataset_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .invalid */ .Gq)(spec.input, spec.where, spec.value, `the manifest's root is sha256:${rootHex(m.trailer)}, not the ${alg} ${hex} given`, 'give the root the manifest says, or no digest');
    return {
        name: spec.name ?? m.header.root,
        kind: 'manifest',
        uri: target.location ?? (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .fileUri */ .bO)(m.entry.relPath),
        path: m.entry.relPath,
        digest: { sha256: rootHex(m.trailer) },
        unpinned: false,
        fileCount: m.trailer.files,
        totalBytes: m.trailer.bytes,
        commitment: (0,_commitment_leaves_js__WEBPACK_IMPORTED_MODULE_0__/* .commitToRaw */ .Fw)(m.digests),
        annotations: { manifest: { path: m.entry.relPath, sha256: m.sha256, root: m.header.root } },
    };
}
/** The manifests the datasets were recorded from, as byproducts of the run. */
function manifestByproducts(datasets) {
    return datasets.flatMap((d) => {
        const m = d.annotations?.manifest;
        return d.kind === 'manifest' && m?.path && m.sha256
            ? [
                {
                    name: m.path,
                    digest: { sha256: m.sha256 },
                    annotations: { role: 'byproduct', manifestOf: d.name },
                },
            ]
            : [];
    });
}
/**
 * `model-manifest: [NAME=]FILE`: a model that stays where it was trained, as a directory subject
 * (its OMS root), named NAME or the manifest's root; verify re-hashes it where it is present.
 */
async function manifestModelSubjects(refs, workspace) {
    const out = [];
    for (const ref of refs) {
        const m = await readManifestFacts(ref.path, { workspace, input: 'model-manifest' });
        out.push({
            name: ref.name ?? m.header.root,
            digest: { sha256: rootHex(m.trailer) },
            annotations: {
                role: 'model-directory',
                files: m.trailer.files,
                bytes: m.trailer.bytes,
                ignorePaths: [..._hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_DEFAULT_IGNORES */ .ET],
                listing: m.listing,
                manifest: { path: m.entry.relPath, sha256: m.sha256 },
            },
        });
    }
    return out;
}


/***/ }),

/***/ 12574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ nodeToJson),
/* harmony export */   K2: () => (/* binding */ yamlError),
/* harmony export */   gX: () => (/* binding */ parametersSource),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   nZ: () => (/* binding */ collectParameters)
/* harmony export */ });
/* unused harmony export MAX_PARAMETERS_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27406);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85768);
/* harmony import */ var _uri_credentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45512);
// Hyperparameters: a JSON/YAML file in the workspace, or an inline JSON/YAML mapping,
// recorded as externalParameters.parameters (and the file's digest as parametersSource).
// Also home of the YAML → JSON-safe conversion the datasets file and dvc.lock use, so
// that every YAML we read reports errors the same way: `source:LINE:COL: what`.







/** Most nodes a document may expand to through aliases: a guard against alias bombs. */
const MAX_NODES = 200_000;
/** Parameters are recorded in the signed statement; keep them to what a statement carries well. */
const MAX_PARAMETERS_BYTES = 1024 * 1024;
/** Parse YAML 1.2 (JSON is a subset), failing with PARSE_ERROR at the first syntax error. */
function parseYaml(text, ctx) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_3__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(text, {
        lineCounter: lc,
        intAsBigInt: true,
        prettyErrors: false,
        uniqueKeys: true,
    });
    const posOf = (offset) => {
        if (offset === undefined)
            return ctx.label;
        const { line, col } = lc.linePos(offset);
        return `${ctx.label}:${line}:${col}`;
    };
    const err = doc.errors[0];
    if (err) {
        const where = err.linePos
            ? `${ctx.label}:${err.linePos[0].line}:${err.linePos[0].col}`
            : posOf(err.pos[0]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('PARSE_ERROR', `${where}: ${err.message.split('\n')[0]}`, {
            input: ctx.input,
            value: ctx.value ?? ctx.label,
            fix: ctx.fix,
            cause: err,
        });
    }
    return {
        doc,
        input: ctx.input,
        label: ctx.label,
        value: ctx.value ?? ctx.label,
        at: (node) => posOf(node?.range?.[0]),
    };
}
/** Error at a node of a YAML source. */
function yamlError(src, node, what, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('INPUT_INVALID', `${src.at(node)}: ${what}`, {
        input: src.input,
        value: src.value,
        fix,
    });
}
/**
 * The JSON value of a node: mappings with scalar keys, sequences, strings, finite numbers
 * (integers within 2^53, so nothing is silently rounded), booleans and null.
 */
function nodeToJson(src, node) {
    let budget = MAX_NODES;
    const convert = (n) => {
        if (--budget < 0)
            throw yamlError(src, undefined, 'the document expands to too many values', 'remove aliases that repeat large parts');
        if (n === null || n === undefined)
            return null;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isAlias */ .Vj)(n))
            return convert(n.resolve(src.doc));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(n))
            return mappingToJson(src, n, convert);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(n))
            return n.items.map(convert);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(n))
            return scalarToJson(src, n);
        throw yamlError(src, undefined, 'unexpected YAML node', 'use strings, numbers, booleans, lists and mappings');
    };
    return convert(node);
}
function mappingToJson(src, n, convert) {
    const out = {};
    for (const pair of n.items) {
        const keyNode = pair.key;
        if (keyNode !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(keyNode))
            throw yamlError(src, keyNode, 'a mapping key must be a plain value', 'use string keys');
        const k = keyNode === null ? '' : String(keyNode.value);
        // defineProperty: a key named __proto__ stays data.
        Object.defineProperty(out, k, {
            value: convert(pair.value),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return out;
}
function scalarToJson(src, n) {
    const v = n.value;
    if (typeof v === 'bigint') {
        if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
            throw yamlError(src, n, `the integer ${v} is too large to record exactly`, 'quote it as a string');
        }
        return Number(v);
    }
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            throw yamlError(src, n, `${String(v)} is not a finite number`, 'record it as a string or leave it out');
        return v;
    }
    if (typeof v === 'string' || typeof v === 'boolean' || v === null)
        return v;
    throw yamlError(src, n, `a value of type ${n.tag ?? typeof v} cannot be recorded as JSON`, 'use strings, numbers, booleans, lists and mappings');
}
const INPUT = 'parameters';
const FIX = "give a YAML/JSON mapping, e.g. 'lr: 0.001' or '{\"lr\": 0.001}', or the path of such a file in the workspace";
function decodeUtf8(bytes, label) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('PARSE_ERROR', `${label} is not UTF-8 text`, {
            input: INPUT,
            value: label,
            fix: FIX,
            cause: e,
        });
    }
}
/** Parse text into a mapping or fail naming where and why. */
function parseMapping(text, label, value) {
    const src = parseYaml(text, { input: INPUT, label, value, fix: FIX });
    const contents = src.doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(contents)) {
        const kind = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(contents) ? 'a list' : contents === null ? 'empty' : 'a single value';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('PARSE_ERROR', `${src.at(contents)}: the parameters must be a mapping of names to values, not ${kind}`, {
            input: INPUT,
            value,
            fix: FIX,
        });
    }
    return nodeToJson(src, contents);
}
const looksLikePath = (s) => !/[\s{}[\]]/.test(s) && (/\.(json|ya?ml)$/i.test(s) || s.includes('/'));
/**
 * What the user typed for `parameters`: a file when a file of that name exists (relative to
 * `base`); a missing one that looks like a path is an error; otherwise an inline mapping.
 */
async function parametersSource(raw, base) {
    const text = raw.trim();
    if (text === '')
        return { kind: 'none' };
    const singleLine = !text.includes('\n');
    if (singleLine && !text.startsWith('{') && (await (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .existsLexically */ .ec)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(base, text))))
        return { kind: 'file', path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(base, text), typed: text };
    if (singleLine && looksLikePath(text) && Buffer.byteLength(text) <= MAX_PARAMETERS_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('NO_MATCH', `'${text}' is no file (${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(base, text)})`, {
            input: INPUT,
            value: text,
            fix: 'check the path and that the file is written before this step, or give an inline mapping',
        });
    }
    return { kind: 'inline', text };
}
async function collectParameters(source, opts) {
    const got = await parametersOf(source, opts);
    if (!got)
        return undefined;
    // Hyperparameters are recorded as given, less the credentials of any URI in them.
    const parameters = (0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .stripCredentialsInJson */ .ug)(got.parameters, (path, s) => opts.notice?.((0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .credentialsNotice */ .xG)(`parameters ${path}`, s)));
    return { ...got, parameters };
}
async function parametersOf(source, opts) {
    if (source.kind === 'none')
        return undefined;
    if (source.kind === 'file')
        return parametersFile(source, opts.workspace);
    const text = source.text;
    if (Buffer.byteLength(text) > MAX_PARAMETERS_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('INPUT_INVALID', `the inline parameters are over ${MAX_PARAMETERS_BYTES} bytes`, {
            input: INPUT,
            value: (0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .redactCredentials */ .UY)(text).slice(0, 40) + '…',
            fix: 'record only the hyperparameters',
        });
    }
    // Errors quote the inline text itself (shortened), positions counted within it.
    // Credentials are hidden before the text is cut, so no part of one is ever shown.
    const singleLine = !text.includes('\n');
    const shown = (0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .redactCredentials */ .UY)(text);
    const quoted = `'${shown.length > 60 || !singleLine ? shown.slice(0, 57).split('\n')[0] + '…' : shown}'`;
    return { parameters: parseMapping(text, `inline ${quoted}`, quoted) };
}
/** A parameters file in the workspace: parsed, and recorded by the digest of the bytes parsed. */
async function parametersFile(source, workspace) {
    const text = source.typed;
    const [entry] = await (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvePatterns */ .Ep)([source.path], { workspace, input: INPUT });
    if (!entry || entry.kind !== 'file') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${text}' is a directory`, {
            input: INPUT,
            value: text,
            fix: FIX,
        });
    }
    let bytes;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(entry.path);
        if (st.size > MAX_PARAMETERS_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${text}' is ${st.size} bytes, over the ${MAX_PARAMETERS_BYTES} bytes parameters may take`, {
                input: INPUT,
                value: text,
                fix: 'record only the hyperparameters, and attach large files as byproducts',
            });
        }
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(entry.path);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('FILE_UNREADABLE', `'${text}' cannot be read: ${e.message}`, {
            input: INPUT,
            value: text,
            fix: 'check the file permissions; the step runs as the runner user',
            cause: e,
        });
    }
    // The digest is of the very bytes parsed, so the record and its source cannot disagree.
    const parameters = parseMapping(decodeUtf8(bytes, entry.relPath), entry.relPath, entry.relPath);
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
    return { parameters, source: { name: entry.relPath, digest: { sha256 } } };
}


/***/ }),

/***/ 85146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ normalizeReferenceUri),
/* harmony export */   o: () => (/* binding */ referenceNotes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _uri_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45512);
// What a dataset reference URI must be before it is recorded: a lower-case scheme, the parts
// its scheme needs, only characters RFC 3986 allows, and no credentials. A reference is not
// downloaded, so this is the only check it gets; a typo recorded as a dataset would pass every
// later policy rule. What the user typed is refused rather than rewritten (a rewritten URI is
// not the one the training code read); credentials are the exception: they are left out, with
// a notice, since a signed record is public (src/uri-credentials.ts).


/** Schemes whose shape we know, with what a URI of each must name (RFC 3986 and each store's docs). */
const SHAPES = {
    // huggingface_hub's HfFileSystem: hf://[datasets|models|spaces/]ORG/NAME[@REV][/PATH]
    hf: {
        pattern: /^hf:\/\/(?:(?:datasets|models|spaces)\/[^/@\s]+\/[^/@\s]+|(?!(?:datasets|models|spaces)\/)[^/@\s]+\/[^/@\s]+)(?:@[^/\s]+)?(?:\/.*)?$/,
        needs: 'hf://datasets/ORG/NAME[@REVISION][/PATH]',
    },
    s3: { pattern: /^s3:\/\/[a-z0-9][a-z0-9.-]{1,62}(?:\/.*)?$/, needs: 's3://BUCKET[/KEY]' },
    gs: { pattern: /^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}(?:\/.*)?$/, needs: 'gs://BUCKET[/OBJECT]' },
    az: { pattern: /^az:\/\/[^/\s]+(?:\/.*)?$/, needs: 'az://CONTAINER[/BLOB]' },
    abfs: {
        pattern: /^abfss?:\/\/[^/\s@]+@[^/\s]+(?:\/.*)?$/,
        needs: 'abfs://CONTAINER@ACCOUNT.dfs.core.windows.net/PATH',
    },
    https: { pattern: /^https:\/\/[^/\s?#]+(?:[/?#].*)?$/, needs: 'https://HOST/PATH' },
    http: { pattern: /^http:\/\/[^/\s?#]+(?:[/?#].*)?$/, needs: 'http://HOST/PATH' },
    dvc: { pattern: /^dvc:\/\/.+$/, needs: 'dvc://…' },
    // OCI artifacts (ORAS): oci://REGISTRY/REPOSITORY[:TAG|@sha256:HEX]
    oci: { pattern: /^oci:\/\/[^/\s]+\/[^\s]+$/, needs: 'oci://REGISTRY/REPOSITORY[@sha256:HEX]' },
};
SHAPES.abfss = SHAPES.abfs;
/** Schemes that run code or carry content where a link is rendered: never a dataset. */
const REFUSED = new Set(['javascript', 'vbscript', 'data', 'blob', 'about']);
/** A character RFC 3986 does not allow anywhere in a URI (section 2), or a `%` not starting `%XX`. */
const FORBIDDEN = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]|%(?![0-9A-Fa-f]{2})/u;
function refuse(ctx, raw, what, fix) {
    // The whole value, spaces and quotes included, with its credentials as `***`.
    const uri = (0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUri */ .sU)(raw);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `${ctx.where} '${uri}': ${what}`, {
        input: ctx.input,
        value: uri,
        fix,
    });
}
/** `|` as `%7C`: what to write instead of a character a URI may not hold. */
function percentEncoded(c) {
    try {
        return encodeURIComponent(c);
    }
    catch {
        return 'UTF-8, percent-encoded'; // a lone surrogate has no encoding
    }
}
/** A URI's syntax (RFC 3986): a lower-case scheme, allowed characters, a URI WHATWG parses. */
function checkSyntax(raw, ctx) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(raw);
    if (!m)
        throw refuse(ctx, raw, 'not a URI', 'write SCHEME://…, or a local path');
    const scheme = m[1];
    if (scheme !== scheme.toLowerCase())
        throw refuse(ctx, raw, `the scheme '${scheme}:' is not lower case`, `write ${scheme.toLowerCase()}:${(0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUri */ .sU)(raw).slice(scheme.length + 1)}`);
    const bad = FORBIDDEN.exec(raw)?.[0];
    if (bad !== undefined)
        throw refuse(ctx, raw, bad === '%'
            ? "a '%' that does not start %XX (two hex digits)"
            : `${JSON.stringify(bad)} is not a character a URI may hold (RFC 3986)`, bad === '%'
            ? "write '%' as %25"
            : `percent-encode it: ${JSON.stringify(bad)} as ${percentEncoded(bad)}`);
    return scheme;
}
/** A known scheme's URI without the parts it needs. */
function misshapen(ctx, raw, scheme) {
    const { needs } = SHAPES[scheme];
    return refuse(ctx, raw, `a ${scheme}:// reference must name ${needs}`, `write ${needs}`);
}
/** The URI without credentials, said in a notice; refused when WHATWG's parser cannot read it. */
function withoutCredentials(raw, scheme, ctx) {
    const s = (0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .stripCredentials */ .PH)(raw);
    if (!s && SHAPES[scheme])
        throw misshapen(ctx, raw, scheme);
    if (!s)
        throw refuse(ctx, raw, 'not a URI a URL parser reads (its host or port is malformed)', 'check the host and port; percent-encode reserved characters in a user name or password');
    if (s.dropped.length > 0)
        ctx.notice?.((0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialsNotice */ .xG)(ctx.where, s));
    return s.uri;
}
/**
 * The URI as recorded: as typed, less its credentials. Refuses a URI whose scheme is not lower
 * case or that holds a character RFC 3986 does not allow, a known scheme without the parts it
 * needs, a scheme that runs code, and an unknown scheme unless the line pins it with a digest
 * (`URI ALG:HEX`): then what it names is the digest's.
 */
function normalizeReferenceUri(raw, hasDigest, ctx) {
    const scheme = checkSyntax(raw, ctx);
    if (REFUSED.has(scheme))
        throw refuse(ctx, raw, `a ${scheme}: URI names no dataset`, 'give where the data lives (hf://, s3://, gs://, https://) or a local path');
    const uri = withoutCredentials(raw, scheme, ctx);
    const shape = SHAPES[scheme];
    if (shape) {
        if (!shape.pattern.test(uri))
            throw misshapen(ctx, raw, scheme);
        return uri;
    }
    if (!hasDigest)
        throw refuse(ctx, raw, `'${scheme}:' is not a scheme a dataset is known by (hf, s3, gs, az, abfs, https, http, dvc, oci)`, `add the data's digest (URI sha256:HEX) to record it as it is, or give it as hf://, s3://, gs:// or https://`);
    return uri;
}
/** What a reference's revision or form says beyond its digest, for the record's notes. */
function referenceNotes(uri) {
    const notes = {};
    if (!uri.startsWith('hf://'))
        return { notes };
    if (/^hf:\/\/(models|spaces)\//.test(uri))
        notes.warning = `${uri.split('/')[2]} repository given as a dataset: a model or Space is not training data`;
    const rev = /^hf:\/\/(?:(?:datasets|models|spaces)\/)?[^/@]+\/[^/@]+@([^/]+)/.exec(uri)?.[1];
    if (rev === undefined) {
        notes.note = 'no revision: pin the dataset with @<40-hex commit>';
        return { notes };
    }
    const revision = safeDecode(rev);
    if (/^[0-9a-f]{40}$/i.test(revision))
        return { gitCommit: revision.toLowerCase(), notes };
    notes.revision = revision;
    notes.note = /^[0-9a-f]{64}$/i.test(revision)
        ? `revision '${revision}' is 64 hex characters, which no git commit of the Hub is (40): if it is the data's sha256, write it as URI sha256:HEX`
        : `revision '${revision}' is a branch or tag name, not a commit: pin @<40-hex commit>`;
    return { notes };
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}


/***/ }),

/***/ 12156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  st: () => (/* binding */ attest),
  DY: () => (/* binding */ checkValid),
  Mz: () => (/* binding */ preflight)
});

// EXTERNAL MODULE: ./build/src/collect/paths.js
var paths = __webpack_require__(85768);
;// CONCATENATED MODULE: ./build/src/collect/byproducts.js

async function collectByproducts(patterns, opts) {
    const files = await (0,paths/* digestFilesOf */.FQ)(patterns, { workspace: opts.workspace, input: 'byproducts' });
    return files.map((f) => ({
        name: f.relPath,
        digest: { sha256: f.sha256 },
        annotations: { role: 'byproduct' },
    }));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/hash/index.js + 2 modules
var hash = __webpack_require__(33018);
// EXTERNAL MODULE: ./build/src/collect/dataset-spec.js
var dataset_spec = __webpack_require__(86202);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/collect/parameters.js
var parameters = __webpack_require__(12574);
// EXTERNAL MODULE: ./build/src/collect/reference-uri.js
var reference_uri = __webpack_require__(85146);
// EXTERNAL MODULE: ./build/src/uri-credentials.js
var uri_credentials = __webpack_require__(45512);
;// CONCATENATED MODULE: ./build/src/collect/datasets-file.js
// The datasets file the training code writes: a JSON or YAML list of
// {name, path | uri, digest, license, split, annotations}, read with positions so that every
// error names the file, line and column.









const MAX_DATASETS_FILE_BYTES = 16 * 1024 * 1024;
const str = (src, node, key) => {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value.trim() === '') {
        throw (0,parameters/* yamlError */.K2)(src, node, `'${key}' must be a non-empty string`, `write ${key}: "<text>"`);
    }
    return node.value.trim();
};
const FILE_KEYS = [
    'name',
    'path',
    'uri',
    'digests',
    'manifest',
    'digest',
    'license',
    'split',
    'annotations',
];
/** The entries of a datasets file. */
function parseDatasetsFile(text, label, notice) {
    const fix = `write a list of entries with keys ${FILE_KEYS.join(', ')}`;
    const src = (0,parameters/* parseYaml */.hN)(text, { input: INPUT, label, fix });
    const root = src.doc.contents;
    if (root === null)
        return [];
    if (!(0,dist/* isSeq */.oP)(root))
        throw (0,parameters/* yamlError */.K2)(src, root, 'a datasets file must be a list of datasets', fix);
    return root.items.map((item) => {
        if (!(0,dist/* isMap */.jh)(item))
            throw (0,parameters/* yamlError */.K2)(src, item, 'each dataset must be a mapping', fix);
        return readEntry(src, item, fix, notice);
    });
}
const INPUT = 'datasets-file';
function readEntry(src, item, fix, notice) {
    const where = src.at(item);
    const ctx = { input: INPUT, where, value: src.label };
    const spec = { ...ctx, target: { uri: '' }, claimed: {} };
    const place = {};
    for (const pair of item.items) {
        const keyNode = pair.key;
        const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : '';
        const v = pair.value;
        if (key === 'name' || key === 'license' || key === 'split')
            spec[key] = str(src, v, key);
        else if (key === 'path' || key === 'uri' || key === 'digests' || key === 'manifest')
            place[key] = str(src, v, key);
        else if (key === 'digest')
            readDigest(src, v, spec.claimed, ctx);
        else if (key === 'annotations')
            spec.annotations = readAnnotations(src, v, notice);
        else
            throw (0,parameters/* yamlError */.K2)(src, keyNode, `unknown key '${key}'`, `use only ${FILE_KEYS.join(', ')}`);
    }
    const { path, uri, digests, manifest } = place;
    if (manifest !== undefined)
        return manifestEntry(src, item, spec, { manifest, uri, path, digests }, fix, notice);
    if ([path, uri, digests].filter((x) => x !== undefined).length !== 1) {
        throw (0,parameters/* yamlError */.K2)(src, item, "each dataset needs exactly one of 'path', 'uri' or 'digests'", fix);
    }
    if (digests !== undefined && Object.keys(spec.claimed).length > 0) {
        throw (0,parameters/* yamlError */.K2)(src, item, "a digest list takes no 'digest': it is recorded by its own sha256", fix);
    }
    spec.target =
        digests !== undefined
            ? { digestList: digests }
            : path !== undefined
                ? { local: path }
                : dataset_spec/* SCHEME */.My.test(uri) && !/^file:/i.test(uri)
                    ? {
                        uri: (0,reference_uri/* normalizeReferenceUri */.X)(uri, Object.keys(spec.claimed).length > 0, {
                            ...ctx,
                            notice,
                        }),
                    }
                    : { local: (0,dataset_spec/* fromFileUri */.x$)(uri, ctx) };
    return spec;
}
/** `manifest: FILE` with, optionally, `uri:` saying where the data it lists lives. */
function manifestEntry(src, item, spec, place, fix, notice) {
    if (place.path !== undefined || place.digests !== undefined)
        throw (0,parameters/* yamlError */.K2)(src, item, "a 'manifest' entry takes no 'path' or 'digests' ('uri' says where the data is)", fix);
    const location = place.uri === undefined
        ? undefined
        : (0,reference_uri/* normalizeReferenceUri */.X)(place.uri, true, { ...spec, notice });
    spec.target = { manifest: place.manifest, ...(location ? { location } : {}) };
    return spec;
}
/** `digest: ALG:HEX` or `digest: {ALG: HEX, ...}`. */
function readDigest(src, v, into, ctx) {
    if ((0,dist/* isScalar */.jn)(v) && typeof v.value === 'string') {
        const m = dataset_spec/* DIGEST_TOKEN */.R1.exec(v.value.trim());
        if (!m)
            throw (0,parameters/* yamlError */.K2)(src, v, `'${v.value}' is not ALG:HEX`, `write digest: sha256:<64 hex>, or a mapping {sha256: <hex>}`);
        (0,dataset_spec/* addDigest */._G)(into, ...(0,dataset_spec/* parseDigest */.m)(m[1], m[2], { ...ctx, where: src.at(v) }), ctx);
        return;
    }
    if (!(0,dist/* isMap */.jh)(v))
        throw (0,parameters/* yamlError */.K2)(src, v, "'digest' must be ALG:HEX or a mapping of algorithm to hex", 'write digest: sha256:<64 hex>');
    for (const d of v.items) {
        const alg = (0,dist/* isScalar */.jn)(d.key) ? String(d.key.value) : '';
        const hex = (0,dist/* isScalar */.jn)(d.value) && typeof d.value.value === 'string' ? d.value.value.trim() : undefined;
        if (hex === undefined)
            throw (0,parameters/* yamlError */.K2)(src, (d.value ?? d.key), `the ${alg} digest must be a hex string`, 'quote the digest');
        (0,dataset_spec/* addDigest */._G)(into, ...(0,dataset_spec/* parseDigest */.m)(alg, hex, { ...ctx, where: src.at(d.key) }), ctx);
    }
}
function readAnnotations(src, v, notice) {
    if (!(0,dist/* isMap */.jh)(v))
        throw (0,parameters/* yamlError */.K2)(src, v, "'annotations' must be a mapping", 'write annotations: {key: value}');
    for (const pair of v.items) {
        const k = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        // Our own keys would be dropped from the record (ours win): say so instead.
        if (layout/* DATASET_ANNOTATION_KEYS */.CX.includes(k))
            throw (0,parameters/* yamlError */.K2)(src, pair.key, `annotation key '${k}' is reserved (training-provenance writes it)`, FILE_KEYS.includes(k)
                ? `use the entry's own '${k}' key`
                : `rename the annotation (reserved: ${layout/* DATASET_ANNOTATION_KEYS */.CX.join(', ')})`);
    }
    // Annotations are recorded as given, less the credentials of any URI in them.
    return (0,uri_credentials/* stripCredentialsInJson */.ug)((0,parameters/* nodeToJson */.A4)(src, v), (path, s) => notice?.((0,uri_credentials/* credentialsNotice */.xG)(`${src.at(v)}: annotations.${path}`, s)));
}
async function readDatasetsFile(path, workspace, notice) {
    // Read, not recorded: it may live outside the workspace (e.g. under RUNNER_TEMP).
    const abs = (0,external_node_path_.resolve)(workspace, path);
    const err = (code, what, fix, cause) => new errors/* ProvenanceError */.CG(code, `'${path}' ${what}`, {
        input: 'datasets-file',
        value: path,
        fix,
        cause,
    });
    let bytes;
    try {
        const st = await (0,promises_.stat)(abs);
        if (!st.isFile())
            throw err('INPUT_INVALID', 'is not a file', 'name the JSON or YAML file the training code wrote');
        if (st.size > MAX_DATASETS_FILE_BYTES)
            throw err('INPUT_INVALID', `is over ${MAX_DATASETS_FILE_BYTES} bytes`, 'list datasets, not their contents');
        bytes = await (0,promises_.readFile)(abs);
    }
    catch (e) {
        if (e instanceof errors/* ProvenanceError */.CG)
            throw e;
        if (e.code === 'ENOENT') {
            throw err('NO_MATCH', `does not exist (looked for ${abs})`, 'check the path (relative to the workspace) and that training wrote the file before this step', e);
        }
        throw err('FILE_UNREADABLE', `cannot be read: ${e.message}`, 'check the file permissions', e);
    }
    return parseDatasetsFile(bytes.toString('utf8').replace(/^\uFEFF/, ''), path, notice);
}

// EXTERNAL MODULE: ./build/src/commitment/leaves.js
var leaves = __webpack_require__(36511);
// EXTERNAL MODULE: ./build/src/hash/stream.js
var stream = __webpack_require__(17848);
// EXTERNAL MODULE: ./build/src/collect/digest-list.js
var digest_list = __webpack_require__(84787);
// EXTERNAL MODULE: ./build/src/collect/manifest.js
var manifest = __webpack_require__(45783);
;// CONCATENATED MODULE: ./build/src/collect/dvc.js
// DVC pipelines: a dvc.lock records, for every stage, the md5 DVC computed of each
// dependency when the stage last ran. Each dependency becomes a dataset of kind 'dvc'
// pinned by that md5 (a directory's md5, ending in `.dir`, is DVC's own tree digest).
// Both lock layouts are read: schema 2.0 (`schema: '2.0'` + `stages:`) and the DVC 1.x
// one (stages at the top level). Outputs are not datasets: they are what a stage made.





const dvc_INPUT = 'datasets';
const FIX = 'run `dvc repro` or `dvc commit` to rewrite dvc.lock, or name the data directly';
const MD5 = /^[0-9a-f]{32}$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]+:\/\//i;
function scalarString(src, node, what) {
    if (!(0,dist/* isScalar */.jn)(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
        throw (0,parameters/* yamlError */.K2)(src, node, `${what} must be a string`, FIX);
    }
    return String(node.value);
}
function optionalCount(src, map, key) {
    const node = map.get(key, true);
    if (node === undefined)
        return undefined;
    const v = (0,parameters/* nodeToJson */.A4)(src, node);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
        throw (0,parameters/* yamlError */.K2)(src, node, `${key} must be a non-negative integer`, FIX);
    }
    return v;
}
/** Every stage dependency of a dvc.lock as a dataset; one per path (shared ones merged). */
function parseDvcLock(text, opts) {
    const src = (0,parameters/* parseYaml */.hN)(text, { input: dvc_INPUT, label: opts.relPath, fix: FIX });
    const root = src.doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw (0,parameters/* yamlError */.K2)(src, root, 'a dvc.lock must be a mapping of stages', FIX);
    const stagesNode = root.has('schema') || root.has('stages') ? root.get('stages', true) : root;
    if (!(0,dist/* isMap */.jh)(stagesNode))
        throw (0,parameters/* yamlError */.K2)(src, stagesNode ?? root, "'stages' must be a mapping", FIX);
    const byName = new Map();
    for (const stagePair of stagesNode.items) {
        const stage = scalarString(src, stagePair.key, 'a stage name');
        const stageMap = stagePair.value;
        if (!(0,dist/* isMap */.jh)(stageMap))
            throw (0,parameters/* yamlError */.K2)(src, stageMap, `stage '${stage}' must be a mapping`, FIX);
        const deps = stageMap.get('deps', true);
        if (deps === undefined || ((0,dist/* isScalar */.jn)(deps) && deps.value === null))
            continue;
        if (!(0,dist/* isSeq */.oP)(deps))
            throw (0,parameters/* yamlError */.K2)(src, deps, `deps of stage '${stage}' must be a list`, FIX);
        for (const depNode of deps.items) {
            if (!(0,dist/* isMap */.jh)(depNode))
                throw (0,parameters/* yamlError */.K2)(src, depNode, `a dependency of stage '${stage}' must be a mapping`, FIX);
            const ref = readDependency(src, depNode, stage, opts);
            merge(byName, ref, src.at(depNode.get('path', true)), opts.relPath);
        }
    }
    return [...byName.values()];
}
/** One stage dependency: its path (relative to the lock file's directory), md5, size, origin. */
function readDependency(src, depNode, stage, opts) {
    const lockFile = opts.relPath;
    const pathNode = depNode.get('path', true);
    if (pathNode === undefined)
        throw (0,parameters/* yamlError */.K2)(src, depNode, `a dependency of stage '${stage}' has no path`, FIX);
    const depPath = externalPath(src, pathNode, opts.notice);
    const external = URL_LIKE.test(depPath) || external_node_path_.posix.isAbsolute(depPath);
    const name = external ? depPath : external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(lockFile), depPath));
    const ref = {
        name,
        kind: 'dvc',
        uri: `dvc:${stage}/${name}`,
        digest: {},
        unpinned: true,
        annotations: { stage, lockFile },
    };
    if (!external)
        ref.path = name;
    const md5Node = depNode.get('md5', true);
    if (md5Node !== undefined) {
        const raw = scalarString(src, md5Node, 'md5').toLowerCase();
        const isDir = raw.endsWith('.dir');
        const md5 = isDir ? raw.slice(0, -'.dir'.length) : raw;
        if (!MD5.test(md5))
            throw (0,parameters/* yamlError */.K2)(src, md5Node, `'${raw}' is not an md5 digest`, FIX);
        ref.digest = { md5 };
        ref.unpinned = false;
        if (isDir)
            ref.annotations.dir = true;
    }
    else {
        ref.annotations.note = 'dvc.lock records no md5 for this dependency';
    }
    const size = optionalCount(src, depNode, 'size');
    if (size !== undefined)
        ref.totalBytes = size;
    const nfiles = optionalCount(src, depNode, 'nfiles');
    if (nfiles !== undefined)
        ref.fileCount = nfiles;
    // Imports from another repository: where from, at which commit (not a content digest).
    const repo = depNode.get('repo', true);
    if (repo !== undefined)
        ref.annotations.repo = (0,uri_credentials/* stripCredentialsInJson */.ug)((0,parameters/* nodeToJson */.A4)(src, repo), (path, s) => opts.notice?.((0,uri_credentials/* credentialsNotice */.xG)(`${src.at(repo)}: repo.${path}`, s)));
    return ref;
}
/** A dependency's path; a URL (`dvc import-url`) without its credentials, or refused. */
function externalPath(src, node, notice) {
    const path = scalarString(src, node, 'path');
    if (!URL_LIKE.test(path))
        return path;
    const s = (0,uri_credentials/* stripCredentials */.PH)(path);
    if (!s)
        throw (0,parameters/* yamlError */.K2)(src, node, `'${path}' is not a URL a URL parser reads`, FIX);
    if (s.dropped.length > 0)
        notice?.((0,uri_credentials/* credentialsNotice */.xG)(src.at(node), s));
    return s.uri;
}
/** A path several stages depend on is one dataset, listing its stages; its digests must agree. */
function merge(byName, ref, at, lockFile) {
    const seen = byName.get(ref.name);
    if (!seen) {
        byName.set(ref.name, ref);
        return;
    }
    const stage = String(ref.annotations.stage);
    if (JSON.stringify(seen.digest) !== JSON.stringify(ref.digest)) {
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${at}: dvc.lock records two different digests for '${ref.name}' (stages '${String(seen.annotations.stage)}' and '${stage}')`, { input: dvc_INPUT, value: lockFile, fix: FIX });
    }
    const stages = seen.annotations.stages ?? [
        String(seen.annotations.stage),
    ];
    seen.annotations.stages = [...stages, stage];
}

// EXTERNAL MODULE: ./build/src/licenses/spdx.js
var spdx = __webpack_require__(46783);
// EXTERNAL MODULE: ./build/src/store/output-dir.js
var output_dir = __webpack_require__(62280);
;// CONCATENATED MODULE: ./build/src/collect/datasets.js
// Datasets: what the model was trained on. Local data is hashed (a file by sha256, a
// directory by its OMS root digest); remote data is recorded by reference, pinned only
// when the reference itself carries a content digest or an immutable revision.
//
// `datasets` input, one per line (a URI may hold commas):
//   [NAME=]LOCAL-PATH-OR-GLOB [ALG:HEX]      hashed; ALG:HEX, if given, must match
//   [NAME=]URI [ALG:HEX]                     recorded, not downloaded
//   [NAME=]path/to/dvc.lock                  every stage dependency, pinned by DVC's md5
//   [NAME=]manifest:FILE [URI]               recorded from a manifest (docs/manifests.md)
// NAME is letters, digits, `_`, `.`, `-`. A `file:` URI is a local path.
// `datasets-file`: a JSON or YAML list of {name, path | uri, digest, license, split, annotations}.
















/** What a reference URI pins by itself: a 40-hex Hugging Face revision, or `@sha256:HEX`. */
function referenceFacts(uri, ctx) {
    const digest = {};
    const { gitCommit, notes } = (0,reference_uri/* referenceNotes */.o)(uri);
    if (gitCommit)
        digest.gitCommit = gitCommit;
    const pinned = /@(sha256|sha512):([0-9a-f]+)$/i.exec(uri);
    if (pinned)
        (0,dataset_spec/* addDigest */._G)(digest, ...(0,dataset_spec/* parseDigest */.m)(pinned[1], pinned[2], ctx), ctx);
    return { digest, notes };
}
/** Digest of a file with an algorithm the hashing engine does not run (md5, sha1, ...). */
async function digestWith(path, alg) {
    const h = (0,external_node_crypto_.createHash)(alg === 'gitCommit' ? 'sha1' : alg);
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 }))
        h.update(chunk);
    return h.digest('hex');
}
async function collectDatasets(opts) {
    const specs = [...opts.datasets];
    if (opts.datasetsFile)
        specs.push(...(await readDatasetsFile(opts.datasetsFile, opts.workspace, opts.notice)));
    const resolved = [];
    for (const spec of specs)
        resolved.push(await resolveSpec(spec, opts.workspace, opts.notice));
    const entries = resolved.flatMap((r) => r.entries);
    if (opts.outputDir !== undefined)
        await (0,output_dir/* checkOutsideOutputDir */.Mq)(opts.outputDir, entries, 'dataset');
    // Every local file in one hashing run, so the cores share the whole of the work; directories
    // are streamed one by one (flat memory whatever their size), each on every core.
    const digested = await (0,hash/* digestEntries */.Np)(entries.filter((e) => e.kind === 'file'), { input: 'datasets', onProgress: opts.onProgress });
    const out = [];
    for (const r of resolved) {
        const refs = 'uri' in r.spec.target ? [referenceRef(r.spec, r.spec.target.uri)] : [...r.dvc];
        if ('digestList' in r.spec.target)
            refs.push(await digestListRef(r.spec, r.spec.target.digestList, opts.workspace));
        if ('manifest' in r.spec.target)
            refs.push(await (0,manifest/* manifestDataset */.ee)(r.spec, r.spec.target, opts.workspace));
        for (const entry of r.entries)
            refs.push(entry.kind === 'directory'
                ? await directoryRef(entry, r.spec, opts.onProgress)
                : await localRef(entry, r.spec, digested));
        out.push(...refs.map((ref) => ({ ref: withSpecFields(ref, r.spec), spec: r.spec })));
    }
    checkUniqueNames(out);
    return out.map((o) => o.ref);
}
/** A local spec's files and directories, with every dependency of a dvc.lock among them. */
async function resolveSpec(spec, workspace, notice) {
    if (!('local' in spec.target))
        return { spec, entries: [], dvc: [] };
    const found = await (0,paths/* resolvePatterns */.Ep)([spec.target.local], { workspace, input: spec.input });
    const locks = found.filter((e) => e.kind === 'file' && external_node_path_.posix.basename(e.relPath) === 'dvc.lock');
    const dvc = [];
    for (const lock of locks) {
        if (spec.name !== undefined || Object.keys(spec.claimed).length > 0) {
            throw (0,dataset_spec/* invalid */.Gq)(spec.input, spec.where, spec.value, 'a dvc.lock takes no name and no digest: each dependency is named by its path', `list '${lock.relPath}' alone`);
        }
        const text = await (0,promises_.readFile)(lock.path, 'utf8');
        dvc.push(...parseDvcLock(text, { relPath: lock.relPath, notice }));
    }
    const entries = found.filter((e) => !locks.includes(e));
    if (spec.name !== undefined && entries.length > 1) {
        throw (0,dataset_spec/* invalid */.Gq)(spec.input, spec.where, spec.value, `the name '${spec.name}' would name ${entries.length} datasets ('${spec.target.local}' matches ${entries.map((e) => e.relPath).join(', ')})`, 'drop the NAME= prefix (each file is then named by its path), or name the directory that holds them');
    }
    return { spec, entries, dvc };
}
/** A reference is recorded, not read: its digests are what it pins and what the user gave. */
function referenceRef(spec, uri) {
    const { digest, notes } = referenceFacts(uri, spec);
    for (const [alg, hex] of Object.entries(spec.claimed))
        (0,dataset_spec/* addDigest */._G)(digest, alg, hex, spec);
    const ref = {
        name: spec.name ?? uri,
        kind: 'reference',
        uri,
        digest,
        unpinned: Object.keys(digest).length === 0,
    };
    if (Object.keys(notes).length > 0)
        ref.annotations = notes;
    return ref;
}
/** A hashed file: its sha256, its claims checked. */
async function localRef(entry, spec, digested) {
    const fileSha = digested.byRelPath.get(entry.relPath).sha256;
    const ref = {
        name: spec.name ?? entry.relPath,
        uri: (0,paths/* fileUri */.bO)(entry.relPath),
        path: entry.relPath,
        unpinned: false,
        kind: 'local-file',
        digest: { sha256: fileSha },
        commitment: (0,leaves/* commitTo */.v$)([fileSha]),
    };
    await checkClaims(ref, entry, spec);
    return ref;
}
/** A hashed directory, streamed: OMS root, file count, bytes and commitment; its claims checked. */
async function directoryRef(entry, spec, onProgress) {
    const dir = await (0,stream/* digestDirectoryFlat */.bI)(entry.path, {
        input: spec.input,
        ...(onProgress ? { onProgress } : {}),
    });
    const ref = {
        name: spec.name ?? entry.relPath,
        uri: (0,paths/* fileUri */.bO)(entry.relPath),
        path: entry.relPath,
        unpinned: false,
        kind: 'local-directory',
        digest: { sha256: dir.root },
        fileCount: dir.files,
        totalBytes: dir.bytes,
        commitment: (0,leaves/* commitToRaw */.Fw)(dir.digests),
    };
    await checkClaims(ref, entry, spec);
    return ref;
}
/**
 * A digest list (`digests:FILE`): recorded by the list file's own sha256, and committed to as
 * the set of digests it lists; the data itself is not read.
 */
async function digestListRef(spec, list, workspace) {
    const { entry, bytes, digests } = await (0,digest_list/* readDigestList */.j)(list, {
        workspace,
        input: spec.input,
        where: spec.where,
    });
    return {
        name: spec.name ?? entry.relPath,
        kind: 'digest-list',
        uri: (0,paths/* fileUri */.bO)(entry.relPath),
        path: entry.relPath,
        digest: { sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') },
        unpinned: false,
        commitment: (0,leaves/* commitTo */.v$)(digests),
    };
}
/** What the datasets file says of an entry beyond where it is: licence, split, annotations. */
function withSpecFields(ref, spec) {
    if (spec.license !== undefined) {
        const licence = (0,spdx/* normaliseLicence */.YT)(spec.license);
        ref.license = licence.expression;
        if (licence.declared !== undefined)
            ref.licenseDeclared = licence.declared;
    }
    if (spec.split !== undefined)
        ref.split = spec.split;
    if (spec.annotations !== undefined)
        ref.annotations = { ...spec.annotations, ...ref.annotations };
    return ref;
}
function checkUniqueNames(out) {
    const seen = new Map();
    for (const { ref, spec } of out) {
        const first = seen.get(ref.name);
        if (first !== undefined) {
            throw (0,dataset_spec/* invalid */.Gq)(spec.input, spec.where, spec.value, `the dataset name '${ref.name}' is already used (${first})`, 'give each dataset its own name with NAME= (or name: in the datasets file)');
        }
        seen.set(ref.name, spec.where);
    }
}
/** A local dataset with a claimed digest must have that digest; add the ones that match. */
async function checkClaims(ref, entry, spec) {
    for (const [alg, claimed] of Object.entries(spec.claimed)) {
        let actual;
        if (alg === 'sha256')
            actual = ref.digest.sha256;
        else if (entry.kind === 'directory') {
            throw (0,dataset_spec/* invalid */.Gq)(spec.input, spec.where, spec.value, `'${entry.relPath}' is a directory: only its sha256 (OMS root digest) can be checked, not ${alg}`, 'give the sha256 that `model_signing digest DIR` prints, or no digest');
        }
        else if (alg === 'gitCommit') {
            throw (0,dataset_spec/* invalid */.Gq)(spec.input, spec.where, spec.value, 'a gitCommit digest names a commit, not the content of a local file', 'give a sha256 of the file, or no digest');
        }
        else
            actual = await digestWith(entry.path, alg);
        if (actual !== claimed) {
            throw (0,dataset_spec/* invalid */.Gq)(spec.input, spec.where, spec.value, `'${entry.relPath}' has ${alg} ${actual}, not the ${claimed} given`, 'check that the data on disk is the data you meant, then update or remove the digest');
        }
        ref.digest[alg] = actual;
    }
}

// EXTERNAL MODULE: ./build/src/collect/environment.js + 1 modules
var collect_environment = __webpack_require__(19595);
// EXTERNAL MODULE: ./build/src/collect/identity.js
var identity = __webpack_require__(33052);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/src/collect/local-run.js
// The identity of a run outside any CI: what git says of the workspace (the remote without
// credentials, the commit, the branch, whether tracked files changed) and the host's name. Read
// with git itself; a workspace that is not a repository, or a machine without git, gives the
// host alone.



function git(workspace, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['-C', workspace, ...args], { timeout: 10_000, encoding: 'utf8' }, (e, out) => resolve(e ? undefined : out.trim()));
    });
}
/** The remote as it may be published (src/uri-credentials.ts); a URL that does not parse is left out. */
function publishable(remote, notice) {
    const s = (0,uri_credentials/* remoteWithoutCredentials */.vX)(remote);
    if (!s)
        notice?.('git remote: not a URL a URL parser reads, so not recorded');
    else if (s.dropped.length > 0)
        notice?.((0,uri_credentials/* credentialsNotice */.xG)('git remote', s));
    return s?.uri;
}
async function localRun(workspace, notice) {
    const run = { host: (0,external_node_os_.hostname)() };
    const commit = await git(workspace, ['rev-parse', '--verify', 'HEAD']);
    if (commit === undefined || !/^[0-9a-f]{40,64}$/.test(commit))
        return run;
    const [remote, branch, status] = await Promise.all([
        git(workspace, ['config', '--get', 'remote.origin.url']),
        git(workspace, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
        git(workspace, ['status', '--porcelain', '--untracked-files=no']),
    ]);
    const published = remote ? publishable(remote, notice) : undefined;
    run.git = {
        ...(published ? { remote: published } : {}),
        commit,
        ...(branch ? { branch } : {}),
        dirty: status === undefined ? true : status !== '',
    };
    return run;
}

;// CONCATENATED MODULE: ./build/src/collect/gitlab-identity.js
// A GitLab CI job's identity, from its ID token (an `id_tokens:` entry with `aud: sigstore`):
// the same claims Fulcio turns into the certificate (its gitlab-pipeline ci-provider), laid out
// as a WorkflowIdentity so that the record's claims are checked against the certificate exactly
// as a GitHub run's are. GitLab documents the claims in ci/secrets/id_token_authentication.

const REQUIRED = [
    'iss',
    'project_path',
    'ref',
    'ref_type',
    'sha',
    'ci_config_ref_uri',
    'pipeline_id',
    'job_id',
];
const gitlab_identity_text = (v) => typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
/** Whether the claims are a GitLab CI job's. */
function isGitLabToken(claims) {
    return gitlab_identity_text(claims.ci_config_ref_uri) !== undefined && gitlab_identity_text(claims.project_path) !== undefined;
}
function refuse(what, value) {
    throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `the GitLab ID token ${what}`, {
        input: 'id-token',
        value,
        fix: "sign with the job's ID token: id_tokens: { SIGSTORE_ID_TOKEN: { aud: sigstore } } in .gitlab-ci.yml",
    });
}
function identityFromGitLabClaims(claims) {
    const missing = REQUIRED.filter((k) => gitlab_identity_text(claims[k]) === undefined);
    if (missing.length)
        refuse(`lacks the claim(s) ${missing.join(', ')}`, missing.join(', '));
    const c = (k) => gitlab_identity_text(claims[k]);
    const aud = claims.aud;
    if (!(aud === 'sigstore' || (Array.isArray(aud) && aud.includes('sigstore'))))
        refuse(`has the audience ${JSON.stringify(aud)}, not sigstore`, String(aud));
    const server = new URL(c('iss')).origin;
    const host = new URL(server).host;
    const config = c('ci_config_ref_uri');
    if (!config.startsWith(`${host}/${c('project_path')}//`) || !config.includes('@'))
        refuse(`names CI config ${config}, not one of project ${c('project_path')} on ${host}`, config);
    const configRef = config.slice(host.length + 1);
    const ref = `refs/${c('ref_type') === 'tag' ? 'tags' : 'heads'}/${c('ref')}`;
    return {
        source: 'oidc-token',
        serverUrl: server,
        repository: c('project_path'),
        ...(c('project_visibility') ? { repositoryVisibility: c('project_visibility') } : {}),
        ref,
        sha: c('sha'),
        workflowRef: configRef,
        jobWorkflowRef: configRef,
        workflowPath: configRef.slice(c('project_path').length + 2, configRef.lastIndexOf('@')),
        eventName: c('pipeline_source') ?? 'unknown',
        runId: c('pipeline_id'),
        // GitLab has no run attempts: a retried job is a new job (its id is the invocation).
        runAttempt: '1',
        runnerEnvironment: c('runner_environment') ?? 'unknown',
        issuer: c('iss'),
        subject: c('sub'),
        gitlab: {
            jobId: c('job_id'),
            ...(c('project_id') ? { projectId: c('project_id') } : {}),
            ...(c('namespace_path') ? { namespacePath: c('namespace_path') } : {}),
            ...(c('ci_config_sha') ? { ciConfigSha: c('ci_config_sha') } : {}),
        },
    };
}

// EXTERNAL MODULE: ./build/src/sign/key.js
var key = __webpack_require__(76452);
;// CONCATENATED MODULE: ./build/src/collect/model.js
// The model: what the statement is about. Every file is a subject; every directory is,
// in addition, one subject whose sha256 is its OMS root digest, so that
// `model_signing digest DIR` and our subject agree.




const model_INPUT = 'model';
/**
 * GitHub's attestations API, and actions/attest, take at most 1,024 subjects in one
 * attestation. Past that, files inside a named directory are attested through the
 * directory's OMS root digest alone (which covers every file, and which verify re-checks
 * file by file); files named on their own always stay subjects.
 */
const MAX_SUBJECTS = 1024;
/** Entries not inside another named directory: what "the model" consists of. */
function topLevel(entries) {
    const dirs = entries.filter((e) => e.kind === 'directory').map((e) => e.relPath);
    const inside = (rel, dir) => dir === '.' || rel.startsWith(dir + '/');
    return entries.filter((e) => !dirs.some((d) => d !== e.relPath && inside(e.relPath, d)));
}
/** The model at `patterns` (paths or globs, absolute or relative to the workspace). */
async function collectModel(patterns, opts) {
    const entries = await (0,paths/* resolvePatterns */.Ep)(patterns, {
        workspace: opts.workspace,
        input: model_INPUT,
        allowSymlinks: opts.allowSymlinks,
        required: true,
    });
    if (opts.outputDir !== undefined)
        await (0,output_dir/* checkOutsideOutputDir */.Mq)(opts.outputDir, entries, 'model path');
    const digested = await (0,hash/* digestEntries */.Np)(entries, {
        input: model_INPUT,
        ignorePaths: opts.ignorePaths ?? hash/* OMS_DEFAULT_IGNORES */.ET,
        onProgress: opts.onProgress,
    });
    const subjects = digested.files.map((f) => ({
        name: f.relPath,
        digest: { sha256: f.sha256 },
    }));
    const sortedDirs = [...digested.directories].sort(([a], [b]) => (0,paths/* comparePaths */.cD)(a, b));
    const directories = sortedDirs.map(([relPath, dir]) => nonEmpty(relPath, dir));
    const dirSubjects = sortedDirs.map(([relPath, dir]) => ({
        name: relPath,
        digest: { sha256: dir.root },
        annotations: {
            role: 'model-directory',
            files: dir.files.length,
            bytes: dir.totalBytes,
            ignorePaths: dir.ignorePaths,
            // Names bound at any size: the build provenance drops annotations, the record keeps them.
            listing: (0,hash/* listingDigest */.pL)(dir.files),
        },
    }));
    const fileSubjects = withinSubjectLimit(subjects, dirSubjects, [...digested.directories.keys()]);
    return {
        subjects: [...fileSubjects, ...dirSubjects],
        directories,
        files: digested.files,
        modelDigest: modelDigestOf(topLevel(entries), digested),
        omittedFileSubjects: subjects.length - fileSubjects.length,
    };
}
function nonEmpty(relPath, dir) {
    if (dir.files.length > 0)
        return dir;
    throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `the directory '${relPath}' holds no file to sign`, {
        input: model_INPUT,
        value: relPath,
        fix: `check that training wrote the model there (names ignored: ${dir.ignorePaths.join(', ')})`,
    });
}
/** `sha256:HEX` of the one file or directory the model is, or '' when it is several. */
function modelDigestOf(top, digested) {
    if (top.length !== 1)
        return '';
    const only = top[0];
    const sha = only.kind === 'file'
        ? digested.byRelPath.get(only.relPath)?.sha256
        : digested.directories.get(only.relPath)?.root;
    return sha ? `sha256:${sha}` : '';
}
/**
 * The file subjects that fit GitHub's limit beside the directory subjects: past it, files inside
 * a named directory are attested through the directory's OMS root alone.
 */
function withinSubjectLimit(subjects, dirSubjects, dirs) {
    if (subjects.length + dirSubjects.length <= MAX_SUBJECTS)
        return subjects;
    const fileSubjects = subjects.filter((f) => !dirs.some((d) => d === '.' || f.name.startsWith(`${d}/`)));
    for (const d of dirSubjects)
        d.annotations = { ...d.annotations, fileSubjects: 'omitted' };
    if (fileSubjects.length + dirSubjects.length > MAX_SUBJECTS) {
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${fileSubjects.length + dirSubjects.length} subjects exceed the ${MAX_SUBJECTS} one attestation may carry`, {
            input: model_INPUT,
            value: `${fileSubjects.length} files named one by one`,
            fix: 'name the directory that holds them: it becomes one subject whose OMS root digest covers every file',
        });
    }
    return fileSubjects;
}

// EXTERNAL MODULE: ./build/src/collect/python.js + 3 modules
var collect_python = __webpack_require__(28120);
;// CONCATENATED MODULE: ./build/src/collect/requirements.js
// Requirement and lock files: what the environment was built from, recorded with their
// digests so that a reviewer can tell which pins the run trained with.


/** The format a file's name says it has; the content is not parsed. */
function requirementsFormat(relPath) {
    const base = external_node_path_.posix.basename(relPath);
    const lower = base.toLowerCase();
    const parent = external_node_path_.posix.basename(external_node_path_.posix.dirname(relPath)).toLowerCase();
    if (lower === 'uv.lock')
        return 'uv.lock';
    if (lower === 'poetry.lock')
        return 'poetry.lock';
    if (lower === 'pipfile.lock')
        return 'pipfile.lock';
    if (/^(environment|conda)[^/]*\.ya?ml$/.test(lower))
        return 'conda-environment';
    // requirements.txt, requirements-dev.txt, constraints.txt, requirements.in (pip-tools),
    // and any .txt/.in under a requirements/ directory.
    if (/^(requirements|constraints)[^/]*\.(txt|in)$/.test(lower))
        return 'pip-requirements';
    if (parent === 'requirements' && /\.(txt|in)$/.test(lower))
        return 'pip-requirements';
    return 'other';
}
async function collectRequirements(patterns, opts) {
    const files = await (0,paths/* digestFilesOf */.FQ)(patterns, { workspace: opts.workspace, input: 'requirements' });
    return files.map((f) => ({
        name: f.relPath,
        uri: (0,paths/* fileUri */.bO)(f.relPath),
        digest: { sha256: f.sha256 },
        annotations: { role: 'requirements', format: requirementsFormat(f.relPath) },
    }));
}

// EXTERNAL MODULE: ./build/src/sign/instances.js
var instances = __webpack_require__(98423);
// EXTERNAL MODULE: ./build/src/oms/layout.js
var oms_layout = __webpack_require__(11833);
// EXTERNAL MODULE: ./build/src/statement/build.js
var build = __webpack_require__(42843);
;// CONCATENATED MODULE: ./build/src/statement/github.js


function buildGithubProvenancePredicate(id) {
    return {
        buildDefinition: {
            buildType: layout/* GITHUB_WORKFLOW_BUILD_TYPE */.Kl,
            externalParameters: {
                workflow: { ref: id.ref, repository: (0,build/* repositoryUrl */.Ek)(id), path: id.workflowPath },
            },
            internalParameters: {
                github: {
                    event_name: id.eventName,
                    repository_id: id.repositoryId,
                    repository_owner_id: id.repositoryOwnerId,
                    runner_environment: id.runnerEnvironment,
                },
            },
            resolvedDependencies: [{ uri: (0,build/* sourceUri */.Of)(id), digest: { gitCommit: id.sha } }],
        },
        runDetails: {
            builder: { id: (0,build/* builderId */.jf)(id) },
            metadata: { invocationId: (0,build/* invocationId */.yl)(id) },
        },
    };
}
/**
 * The statement `gh attestation verify` and GitHub's attestation pages read. Subjects carry
 * only name and digest, as actions/attest's do: annotations are the training record's.
 */
function buildGithubProvenance(subjects, id) {
    return {
        _type: layout/* STATEMENT_TYPE */.zG,
        subject: (0,build/* uniqueSubjects */.dL)(subjects).map((s) => ({ name: s.name, digest: { ...s.digest } })),
        predicateType: layout/* SLSA_PROVENANCE_V1 */.us,
        predicate: buildGithubProvenancePredicate(id),
    };
}

// EXTERNAL MODULE: ./build/src/statement/read.js + 1 modules
var read = __webpack_require__(69453);
// EXTERNAL MODULE: ./build/src/json.js
var json = __webpack_require__(4715);
;// CONCATENATED MODULE: ./build/src/statement/validate-fields.js
// The in-toto layer's checks (JSON values, field sets, digests, resource descriptors, URIs,
// timestamps), shared by the Statement and SLSA checks. Each rule cites where it comes from
// (the sources are listed in validate.ts):

/**
 * Hex length of each algorithm whose encoding digest_set.md fixes, by output size.
 * git object ids are SHA-1 or SHA-256 [digest]; dirHash is a sha256 [digest].
 */
const HEX_LENGTHS = {
    md5: [32],
    sha1: [40],
    ripemd160: [40],
    sha224: [56],
    sha512_224: [56],
    sha3_224: [56],
    sha256: [64],
    sha512_256: [64],
    sha3_256: [64],
    sm3: [64],
    dirHash: [64],
    sha384: [96],
    sha3_384: [96],
    sha512: [128],
    sha3_512: [128],
    gitCommit: [40, 64],
    gitTree: [40, 64],
    gitBlob: [40, 64],
    gitTag: [40, 64],
};
/** Variable-length algorithms of digest_set.md: lower-case hex, any whole number of bytes. */
const VARIABLE_HEX = new Set(['shake128', 'shake256', 'blake2b', 'blake2s', 'gost']);
const RD_FIELDS = [
    'name',
    'uri',
    'digest',
    'content',
    'downloadLocation',
    'mediaType',
    'annotations',
];
/**
 * Violations of the URI rules for a TypeURI or ResourceURI [fields]: an RFC 3986 URI
 * (scheme ":" ...), scheme and authority in lower case. Undefined when the URI is fine.
 * Exported so that collectors can refuse a user's URI with a clear input error before a
 * statement is ever built.
 */
function checkUri(uri) {
    if (uri === '')
        return 'is empty';
    if (/[\s"<>\\^`{|}]/.test(uri))
        return 'contains characters a URI cannot hold (space, quote, <, >, \\, ^, `, {, |, })';
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(?:\/\/([^/?#]*))?/.exec(uri);
    if (!m)
        return 'is not a URI (no scheme)';
    const scheme = m[1] ?? '';
    if (scheme !== scheme.toLowerCase())
        return `has an upper-case scheme "${scheme}"`;
    const authority = m[2];
    // Userinfo is case-sensitive; only the host part is normalised (RFC 3986 §6.2.2.1).
    const host = authority?.slice(authority.lastIndexOf('@') + 1);
    if (host !== undefined && host !== host.toLowerCase())
        return `has an upper-case authority "${host}"`;
    return undefined;
}
/** Whole seconds, UTC, `Z` [cue] [fields]; and a date that exists. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
function checkTimestamp(v) {
    if (typeof v !== 'string')
        return 'must be a string (RFC 3339 timestamp) [fields]';
    if (!TIMESTAMP.test(v)) {
        return `"${v}" is not an RFC 3339 UTC timestamp of the form YYYY-MM-DDThh:mm:ssZ [cue]`;
    }
    const d = new Date(v);
    if (Number.isNaN(d.getTime()) || d.toISOString().replace('.000Z', 'Z') !== v) {
        return `"${v}" is not a real point in time [fields]`;
    }
    return undefined;
}
class Collector {
    problems = [];
    add(path, problem) {
        this.problems.push(`${path}: ${problem}`);
    }
}
/** Only JSON can be signed as JSON: no undefined in arrays, no NaN/Infinity, no functions. */
function checkJsonValue(v, path, out) {
    switch (typeof v) {
        case 'string':
        case 'boolean':
            return;
        case 'number':
            if (!Number.isFinite(v))
                out.add(path, `${v} is not a JSON number`);
            return;
        case 'object':
            if (v === null)
                return;
            if (Array.isArray(v)) {
                v.forEach((item, i) => {
                    if (item === undefined)
                        out.add(`${path}[${i}]`, 'undefined is not a JSON value');
                    else
                        checkJsonValue(item, `${path}[${i}]`, out);
                });
                return;
            }
            // Judged by shape, so objects parsed in another realm (a vm context) are plain too.
            if (!isPlainObject(v)) {
                out.add(path, `a ${v.constructor?.name ?? 'non-plain'} object is not plain JSON`);
                return;
            }
            for (const [k, item] of Object.entries(v)) {
                if (item !== undefined)
                    checkJsonValue(item, `${path}.${k}`, out);
            }
            return;
        default:
            out.add(path, `a ${typeof v} is not a JSON value`);
    }
}
/**
 * Fields a message does not define must be extension fields [parsing]; SLSA names those
 * `<vendor>_<field>` and notes that standard field names never contain `_` [slsa]. A
 * field without one is a misspelling, not an extension.
 */
function checkFields(o, known, path, out) {
    for (const k of Object.keys(o)) {
        if (o[k] === undefined || known.includes(k))
            continue;
        if (!/^[A-Za-z0-9]+_[A-Za-z0-9_]+$/.test(k)) {
            out.add(`${path}.${k}`, `unknown field; the message defines ${known.join(', ')} and extension fields are named <vendor>_<field> [proto] [slsa]`);
        }
    }
}
function checkDigestSet(v, path, out) {
    if (!(0,json/* isObject */.G)(v)) {
        out.add(path, 'must be an object mapping algorithm to digest [digest]');
        return;
    }
    for (const [alg, value] of Object.entries(v)) {
        const at = `${path}.${alg}`;
        if (typeof value !== 'string') {
            out.add(at, 'must be a string [proto] (map<string, string>)');
            continue;
        }
        const lengths = HEX_LENGTHS[alg];
        if (lengths || VARIABLE_HEX.has(alg)) {
            if (!/^[0-9a-fA-F]*$/.test(value) || value === '') {
                out.add(at, `"${value}" is not hex [digest]`);
            }
            else if (value !== value.toLowerCase()) {
                out.add(at, 'upper-case hex; digest_set.md requires lower-case hex [digest]');
            }
            else if (lengths && !lengths.includes(value.length)) {
                out.add(at, `${value.length} hex characters, ${alg} has ${lengths.join(' or ')} [digest]`);
            }
            else if (!lengths && value.length % 2 !== 0) {
                out.add(at, 'an odd number of hex characters is not whole bytes [digest]');
            }
        }
        else if (value === '') {
            out.add(at, 'empty digest [digest]');
        }
    }
}
function checkResourceDescriptor(v, path, out) {
    if (!(0,json/* isObject */.G)(v)) {
        out.add(path, 'must be a ResourceDescriptor object [rd]');
        return;
    }
    checkFields(v, RD_FIELDS, path, out);
    const hasDigest = (0,json/* isObject */.G)(v.digest) && Object.keys(v.digest).length > 0;
    const has = (k) => v[k] !== undefined && v[k] !== null && v[k] !== '';
    if (!has('uri') && !hasDigest && !has('content')) {
        out.add(path, 'a ResourceDescriptor MUST specify one of uri, digest or content [rd]');
    }
    for (const k of ['name', 'mediaType']) {
        if (v[k] !== undefined && typeof v[k] !== 'string')
            out.add(`${path}.${k}`, 'must be a string [rd]');
    }
    for (const k of ['uri', 'downloadLocation']) {
        if (v[k] === undefined)
            continue;
        if (typeof v[k] !== 'string') {
            out.add(`${path}.${k}`, 'must be a string (ResourceURI) [rd]');
            continue;
        }
        const problem = checkUri(v[k]);
        if (problem)
            out.add(`${path}.${k}`, `ResourceURI "${v[k]}" ${problem} [fields]`);
    }
    if (v.digest !== undefined)
        checkDigestSet(v.digest, `${path}.digest`, out);
    if (v.content !== undefined) {
        if (typeof v.content !== 'string' ||
            !/^[A-Za-z0-9+/]*={0,2}$/.test(v.content) ||
            v.content.length % 4 !== 0) {
            out.add(`${path}.content`, 'bytes are written as base64 in JSON [rd] [proto]');
        }
    }
    if (v.annotations !== undefined && !(0,json/* isObject */.G)(v.annotations)) {
        out.add(`${path}.annotations`, 'must be an object (map<string, value>) [rd]');
    }
}
function checkDescriptorList(v, path, out) {
    if (v === undefined || v === null)
        return;
    if (!Array.isArray(v)) {
        out.add(path, 'must be an array of ResourceDescriptors [slsa]');
        return;
    }
    v.forEach((rd, i) => checkResourceDescriptor(rd, `${path}[${i}]`, out));
}
function checkTypeUri(v, path, out, source) {
    if (typeof v !== 'string' || v === '') {
        out.add(path, `required TypeURI string ${source}`);
        return;
    }
    const problem = checkUri(v);
    if (problem)
        out.add(path, `TypeURI "${v}" ${problem} [fields]`);
}
/** Plain means Object.prototype of any realm (its own prototype is null), or no prototype. */
function isPlainObject(v) {
    const proto = Object.getPrototypeOf(v);
    return proto === null || Object.getPrototypeOf(proto) === null;
}

;// CONCATENATED MODULE: ./build/src/statement/validate-slsa.js
// SLSA Provenance v1's predicate, and GitHub's workflow buildType fields, which ours keeps
// unchanged. Sources as in validate.ts: [slsa], [cue], [gh], [layout].



const PROVENANCE_FIELDS = ['buildDefinition', 'runDetails'];
const BUILD_DEFINITION_FIELDS = [
    'buildType',
    'externalParameters',
    'internalParameters',
    'resolvedDependencies',
];
const RUN_DETAILS_FIELDS = ['builder', 'metadata', 'byproducts'];
const BUILDER_FIELDS = ['id', 'version', 'builderDependencies'];
const METADATA_FIELDS = ['invocationId', 'startedOn', 'finishedOn'];
function checkProvenance(predicate, out) {
    checkFields(predicate, PROVENANCE_FIELDS, 'predicate', out);
    const def = predicate.buildDefinition;
    const run = predicate.runDetails;
    if (!(0,json/* isObject */.G)(def))
        out.add('predicate.buildDefinition', 'required object [slsa]');
    else
        checkBuildDefinition(def, out);
    if (!(0,json/* isObject */.G)(run))
        out.add('predicate.runDetails', 'required object [slsa]');
    else
        checkRunDetails(run, out);
    if ((0,json/* isObject */.G)(def) && (0,json/* isObject */.G)(run)) {
        const buildType = def.buildType;
        if (buildType === layout/* BUILD_TYPE */.mK && isLocalRun(def))
            checkLocalRun(def, run, out);
        else if (buildType === layout/* BUILD_TYPE */.mK || layout/* GITHUB_WORKFLOW_BUILD_TYPES */.x7.includes(String(buildType))) {
            checkWorkflowBuildType(def, run, out);
        }
    }
}
function checkBuildDefinition(def, out) {
    const at = 'predicate.buildDefinition';
    checkFields(def, BUILD_DEFINITION_FIELDS, at, out);
    checkTypeUri(def.buildType, `${at}.buildType`, out, '[slsa]');
    if (!(0,json/* isObject */.G)(def.externalParameters))
        out.add(`${at}.externalParameters`, 'required object [slsa]');
    if (def.internalParameters !== undefined && !(0,json/* isObject */.G)(def.internalParameters)) {
        out.add(`${at}.internalParameters`, 'must be an object [slsa]');
    }
    checkDescriptorList(def.resolvedDependencies, `${at}.resolvedDependencies`, out);
}
function checkRunDetails(run, out) {
    const at = 'predicate.runDetails';
    checkFields(run, RUN_DETAILS_FIELDS, at, out);
    if (!(0,json/* isObject */.G)(run.builder))
        out.add(`${at}.builder`, 'required object [slsa]');
    else
        checkBuilder(run.builder, `${at}.builder`, out);
    if (run.metadata !== undefined) {
        if (!(0,json/* isObject */.G)(run.metadata))
            out.add(`${at}.metadata`, 'must be an object [slsa]');
        else
            checkMetadata(run.metadata, `${at}.metadata`, out);
    }
    checkDescriptorList(run.byproducts, `${at}.byproducts`, out);
}
function checkBuilder(builder, at, out) {
    checkFields(builder, BUILDER_FIELDS, at, out);
    checkTypeUri(builder.id, `${at}.id`, out, '[slsa]');
    if (builder.version !== undefined) {
        if (!(0,json/* isObject */.G)(builder.version))
            out.add(`${at}.version`, 'must be a map string→string [slsa]');
        else
            checkStringMap(builder.version, `${at}.version`, '[slsa]', out);
    }
    checkDescriptorList(builder.builderDependencies, `${at}.builderDependencies`, out);
}
function checkMetadata(metadata, at, out) {
    checkFields(metadata, METADATA_FIELDS, at, out);
    if (metadata.invocationId !== undefined && typeof metadata.invocationId !== 'string') {
        out.add(`${at}.invocationId`, 'must be a string [slsa]');
    }
    for (const k of ['startedOn', 'finishedOn']) {
        if (metadata[k] === undefined)
            continue;
        const problem = checkTimestamp(metadata[k]);
        if (problem)
            out.add(`${at}.${k}`, problem);
    }
}
function checkStringMap(map, at, source, out) {
    for (const [k, value] of Object.entries(map)) {
        if (typeof value !== 'string')
            out.add(`${at}.${k}`, `must be a string ${source}`);
    }
}
/** Our training record of a run outside any CI: `identitySource: local` [layout]. */
function isLocalRun(def) {
    const internal = (0,json/* isObject */.G)(def.internalParameters) ? def.internalParameters : {};
    const ours = (0,json/* isObject */.G)(internal[layout/* INTERNAL_KEY */.aA]) ? internal[layout/* INTERNAL_KEY */.aA] : {};
    return ours.identitySource === 'local' || ours.local !== undefined;
}
/** A local run names no workflow, and says where it ran; builder.id is the local builder's. */
function checkLocalRun(def, run, out) {
    const at = 'predicate.buildDefinition';
    const ext = (0,json/* isObject */.G)(def.externalParameters) ? def.externalParameters : {};
    const internal = (0,json/* isObject */.G)(def.internalParameters) ? def.internalParameters : {};
    if (ext.workflow !== undefined)
        out.add(`${at}.externalParameters.workflow`, 'a local run names no workflow [layout]');
    if (internal.github !== undefined)
        out.add(`${at}.internalParameters.github`, 'a local run has no GitHub parameters [layout]');
    const local = internal[layout/* INTERNAL_KEY */.aA].local;
    if (!(0,json/* isObject */.G)(local) || typeof local.host !== 'string' || local.host === '')
        out.add(`${at}.internalParameters.${layout/* INTERNAL_KEY */.aA}.local`, 'required object {host, git?} [layout]');
    const builder = (0,json/* isObject */.G)(run.builder) ? run.builder : {};
    if (builder.id !== layout/* LOCAL_BUILDER_ID */.GC)
        out.add('predicate.runDetails.builder.id', `must be ${layout/* LOCAL_BUILDER_ID */.GC} for a local run [layout]`);
}
/** GitHub's workflow buildType fields, which ours keeps unchanged [gh] [layout]. */
function checkWorkflowBuildType(def, run, out) {
    const ext = (0,json/* isObject */.G)(def.externalParameters) ? def.externalParameters : {};
    const workflow = (0,json/* isObject */.G)(ext.workflow) ? ext.workflow : undefined;
    if (!workflow) {
        out.add('predicate.buildDefinition.externalParameters.workflow', 'required object {ref, repository, path} [gh]');
    }
    else {
        checkWorkflow(workflow, out);
        checkSourceDependency(def, workflow, out);
    }
    const internal = (0,json/* isObject */.G)(def.internalParameters) ? def.internalParameters : {};
    if (internal.github !== undefined) {
        const at = 'predicate.buildDefinition.internalParameters.github';
        if (!(0,json/* isObject */.G)(internal.github))
            out.add(at, 'must be an object [gh]');
        else
            checkStringMap(internal.github, at, '[gh]', out);
    }
    const gitlab = internal.gitlab !== undefined;
    if (gitlab && !(0,json/* isObject */.G)(internal.gitlab))
        out.add('predicate.buildDefinition.internalParameters.gitlab', 'must be an object [layout]');
    if (workflow && typeof workflow.repository === 'string') {
        const prefix = `${workflow.repository}${gitlab ? '/-/jobs/' : '/actions/runs/'}`;
        const id = ((0,json/* isObject */.G)(run.metadata) ? run.metadata : {}).invocationId;
        const shape = gitlab ? /\/-\/jobs\/\d+$/ : /\/actions\/runs\/\d+\/attempts\/\d+$/;
        if (typeof id !== 'string' || !id.startsWith(prefix) || !shape.test(id)) {
            out.add('predicate.runDetails.metadata.invocationId', gitlab
                ? `must be ${prefix}<job_id> [layout]`
                : `must be ${prefix}<run_id>/attempts/<run_attempt> [gh]`);
        }
    }
}
function checkWorkflow(workflow, out) {
    const at = 'predicate.buildDefinition.externalParameters.workflow';
    for (const k of ['ref', 'repository', 'path']) {
        if (typeof workflow[k] !== 'string' || workflow[k] === '') {
            out.add(`${at}.${k}`, 'required non-empty string [gh]');
        }
    }
    if (typeof workflow.ref === 'string' && !workflow.ref.startsWith('refs/')) {
        out.add(`${at}.ref`, `"${workflow.ref}" is not a git ref (refs/…) [gh]`);
    }
    if (typeof workflow.repository === 'string' &&
        (!workflow.repository.startsWith('https://') || workflow.repository.endsWith('.git'))) {
        out.add(`${at}.repository`, 'must be an https:// URI without a .git suffix [gh]');
    }
}
/** resolvedDependencies[0] is the workflow's source: git+REPOSITORY@REF, at a commit. */
function checkSourceDependency(def, workflow, out) {
    if (typeof workflow.repository !== 'string' || typeof workflow.ref !== 'string')
        return;
    const deps = Array.isArray(def.resolvedDependencies) ? def.resolvedDependencies : [];
    const first = deps[0];
    const expected = `git+${workflow.repository}@${workflow.ref}`;
    if (!(0,json/* isObject */.G)(first) || first.uri !== expected) {
        out.add('predicate.buildDefinition.resolvedDependencies[0].uri', `must be "${expected}" (git+ + workflow.repository + @ + workflow.ref) [gh]`);
    }
    if (!(0,json/* isObject */.G)(first) || !(0,json/* isObject */.G)(first.digest) || typeof first.digest.gitCommit !== 'string') {
        out.add('predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit', 'the source commit is required [gh] [layout]');
    }
}

;// CONCATENATED MODULE: ./build/src/statement/validate.js
// Checks a Statement against the rules of the specifications it claims to follow, before
// it is signed: a signed statement that breaks them cannot be withdrawn. Each rule cites
// where it comes from:
//   [statement]  in-toto/attestation spec/v1/statement.md
//   [rd]         in-toto/attestation spec/v1/resource_descriptor.md
//   [digest]     in-toto/attestation spec/v1/digest_set.md
//   [fields]     in-toto/attestation spec/v1/field_types.md (TypeURI, ResourceURI, Timestamp)
//   [parsing]    in-toto/attestation spec/v1/README.md "Parsing rules" (extension fields)
//   [proto]      in-toto/attestation protos/in_toto_attestation/v1/*.proto and
//                slsa-framework/slsa spec/schema/provenance.proto (the fields each message has)
//   [slsa]       slsa-framework/slsa docs/spec/v1.0/provenance.md (REQUIRED fields, types)
//   [cue]        slsa-framework/slsa spec/schema/provenance.cue (#Timestamp without fractions)
//   [gh]         actions/buildtypes workflow/v1/README.md (GitHub's workflow buildType)
//   [layout]     our own layout (LAYOUT.md, docs/buildtype.md)





const STATEMENT_FIELDS = ['_type', 'subject', 'predicateType', 'predicate'];
function checkSubjects(v, out) {
    if (!Array.isArray(v) || v.length === 0) {
        out.add('subject', 'must be a non-empty array [statement]');
        return;
    }
    const names = new Set();
    v.forEach((s, i) => {
        const path = `subject[${i}]`;
        checkResourceDescriptor(s, path, out);
        if (!(0,json/* isObject */.G)(s))
            return;
        if (!(0,json/* isObject */.G)(s.digest) || Object.keys(s.digest).length === 0) {
            out.add(`${path}.digest`, 'each subject MUST have digest set [statement]');
        }
        if (typeof s.name === 'string') {
            if (names.has(s.name))
                out.add(`${path}.name`, `"${s.name}" repeats; names SHOULD be unique within subject [statement]`);
            names.add(s.name);
        }
    });
}
/**
 * Every rule the statement breaks, each as `path: problem [source]`; empty when it is
 * valid. Checks the in-toto Statement v1 layer always, and the SLSA Provenance v1
 * predicate (plus GitHub's workflow buildType fields) when the predicateType says so.
 */
function validateStatement(s) {
    const out = new Collector();
    checkJsonValue(s, '$', out);
    if (!(0,json/* isObject */.G)(s)) {
        out.add('$', 'a Statement is a JSON object [statement]');
        return out.problems;
    }
    checkFields(s, STATEMENT_FIELDS, '$', out);
    if (s._type !== layout/* STATEMENT_TYPE */.zG) {
        out.add('_type', `must be "${layout/* STATEMENT_TYPE */.zG}", is ${JSON.stringify(s._type)} [statement]`);
    }
    checkSubjects(s.subject, out);
    checkTypeUri(s.predicateType, 'predicateType', out, '[statement]');
    if (s.predicate !== undefined && !(0,json/* isObject */.G)(s.predicate)) {
        out.add('predicate', 'must be an object [statement] [proto]');
    }
    if (s.predicateType === layout/* SLSA_PROVENANCE_V1 */.us || s.predicateType === layout/* TRAINING_PREDICATE_TYPE */.sw) {
        if (!(0,json/* isObject */.G)(s.predicate))
            out.add('predicate', 'a SLSA provenance predicate is required [slsa]');
        else
            checkProvenance(s.predicate, out);
    }
    return out.problems;
}

// EXTERNAL MODULE: ./build/src/engine/in-order.js
var in_order = __webpack_require__(50344);
// EXTERNAL MODULE: ./build/src/collect/base-models.js
var base_models = __webpack_require__(57210);
// EXTERNAL MODULE: ./build/src/hash/walk.js
var walk = __webpack_require__(99129);
// EXTERNAL MODULE: ./build/src/oms/index.js + 1 modules
var oms = __webpack_require__(30988);
// EXTERNAL MODULE: ./build/src/statement/base-model.js
var base_model = __webpack_require__(69490);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./build/src/pem.js
var pem = __webpack_require__(19715);
// EXTERNAL MODULE: ./build/src/oms/parse.js
var parse = __webpack_require__(34788);
// EXTERNAL MODULE: ./build/src/verify/bundles.js
var bundles = __webpack_require__(35886);
// EXTERNAL MODULE: ./build/src/verify/stages.js + 1 modules
var stages = __webpack_require__(32269);
// EXTERNAL MODULE: ./build/src/verify/signer.js
var signer = __webpack_require__(54241);
;// CONCATENATED MODULE: ./build/src/verify/base-evidence.js
// An evidence file about a base model, as attest reads it: one bundle, its signature checked
// through the one verifier (signer.ts), and what it signs. attest decides no trust: a keyless
// bundle is checked against the trusted root of the instance attest signs with, whoever signed
// it; a PKI bundle with the certificate it carries (which shows the bundle is intact, not whom
// to trust); a key-signed bundle carries only its key's hint, so its signature waits for verify
// and the key `lineage.signers` gives. The signer is recorded as the bundle names it.










const base_evidence_INPUT = 'base-model-evidence';
/** An error about the file, named as the input it came from (bundles.ts names `bundle`). */
function asEvidence(e) {
    if (!(e instanceof errors/* ProvenanceError */.CG))
        return e;
    return new errors/* ProvenanceError */.CG(e.code, e.message, {
        input: base_evidence_INPUT,
        value: e.value,
        fix: e.fix,
        cause: e,
    });
}
function base_evidence_refuse(path, message, fix) {
    throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${path}: ${message}`, {
        input: base_evidence_INPUT,
        value: path,
        fix,
    });
}
/** The one bundle of an evidence file, its signature checked, its statement read. */
async function readEvidence(path, trustedRoot) {
    // Read once: the digest recorded is of the very bytes whose bundle is checked.
    let bytes, candidates;
    try {
        bytes = await (0,bundles/* readBundleBytes */.GA)(path);
        candidates = (0,bundles/* bundlesOfBytes */.EU)(bytes, path);
    }
    catch (e) {
        throw asEvidence(e);
    }
    if (candidates.length !== 1)
        base_evidence_refuse(path, `holds ${candidates.length} bundles`, 'give each evidence bundle as its own file');
    const b = candidates[0];
    if ((0,bundles/* isRejected */.TK)(b))
        throw asEvidence(b.error);
    const signer = await checkSignature(b, path, trustedRoot);
    return {
        path,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        signer,
        ...readStatement(b, path),
    };
}
/** keyless: a Rekor entry or timestamp beside a certificate; pki: a certificate alone; key: none. */
function signerKind(b) {
    if (!b.certificate)
        return 'key';
    const vm = b.bundle.verificationMaterial;
    const times = vm.tlogEntries.length + (vm.timestampVerificationData?.rfc3161Timestamps.length ?? 0);
    return times > 0 ? 'keyless' : 'pki';
}
async function checkSignature(b, path, trustedRoot) {
    const kind = signerKind(b);
    if (kind === 'key')
        return { kind, ...(b.publicKeyHint ? { keyHint: b.publicKeyHint } : {}) };
    const a = (0,stages/* newAttempt */.oG)(path);
    // The chain the bundle carries anchors itself: this shows the signature and the certificate
    // agree, and nothing about whom to trust, which is verify's lineage.signers to say.
    const carried = kind === 'pki' ? carriedChain(b) : [];
    await (0,signer/* verifySigner */.M)(b, a, { identity: {}, trustedRoot, ...(kind === 'pki' ? { certChain: carried.slice(-1) } : {}) }, { name: path, what: 'the evidence' }).catch((e) => {
        throw asEvidence(e);
    });
    // Who signed is recorded, not judged here: identity findings are verify's to make.
    const broken = a.violations.filter((v) => v.kind !== 'identity');
    if (broken.length > 0)
        base_evidence_refuse(path, `its signature does not verify: ${broken.map((v) => v.message).join('; ')}`, 'give the bundle as its signer wrote it; one signed keylessly on another Sigstore instance needs that instance as trust-config');
    if (kind === 'keyless')
        return {
            kind,
            ...(a.signer?.san ? { identity: a.signer.san } : {}),
            ...(a.signer?.issuer ? { issuer: a.signer.issuer } : {}),
        };
    const leaf = new external_node_crypto_.X509Certificate(carried[0].root.toDER());
    return {
        kind,
        identity: leaf.subject.replace(/\n/g, ', '),
        issuer: leaf.issuer.replace(/\n/g, ', '),
        // The hint attest --private-key writes for the same key (sign/key.ts), so a policy compares one.
        keyHint: (0,pem/* keyHint */.p4)(leaf.publicKey),
    };
}
function carriedChain(b) {
    const vm = b.bundle.verificationMaterial.content;
    if (vm.$case === 'x509CertificateChain')
        return vm.x509CertificateChain.certificates.map((c) => core_dist.X509Certificate.parse(Buffer.from(c.rawBytes)));
    return b.certificate ? [b.certificate] : [];
}
/** What the bundle signs: its kind and its subjects' digests (a model.sig's resources too). */
function readStatement(b, path) {
    const payload = Buffer.from(b.bundle.content.dsseEnvelope.payload).toString('utf8');
    let doc;
    try {
        doc = JSON.parse(payload);
    }
    catch {
        base_evidence_refuse(path, 'its DSSE payload is not JSON', 'give a bundle of an in-toto statement');
    }
    const type = typeof doc.predicateType === 'string' ? doc.predicateType : '';
    if (type === oms_layout/* OMS_PREDICATE_TYPE */.hC || type === oms_layout/* OMS_PREDICATE_TYPE_V02 */.E6) {
        const oms = (0,parse/* parseOmsStatement */.q)(payload);
        return { kind: 'model-signature', subjects: [oms.root], oms };
    }
    const buildType = doc.predicate?.buildDefinition?.buildType;
    const role = type === layout/* CYCLONEDX_PREDICATE_TYPE */.nv
        ? 'ml-bom'
        : (0,layout/* statementRole */.qh)(type, typeof buildType === 'string' ? buildType : undefined);
    if (!role)
        base_evidence_refuse(path, `it signs a statement of type '${type}', which says nothing of a base model`, 'give a training record, build provenance, ML-BOM or model.sig bundle');
    const subjects = (Array.isArray(doc.subject) ? doc.subject : [])
        .map((s) => s?.digest?.sha256)
        .filter((d) => typeof d === 'string');
    return { kind: role, subjects, ...(role === 'ml-bom' ? { licenses: bomLicenses(doc) } : {}) };
}
/** The first licence of each model component of an ML-BOM, by the component's SHA-256. */
function bomLicenses(doc) {
    const out = {};
    const components = doc.predicate?.components;
    for (const c of (Array.isArray(components) ? components : [])) {
        if (c?.type !== 'machine-learning-model' || !Array.isArray(c.licenses))
            continue;
        const l = c.licenses[0];
        const text = l?.expression ?? l?.license?.id ?? l?.license?.name;
        const sha = (c.hashes ?? []).find((h) => h?.alg === 'SHA-256')?.content;
        if (typeof text === 'string' && typeof sha === 'string')
            out[sha.toLowerCase()] = text;
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/verify/oms-contents.js
var oms_contents = __webpack_require__(35949);
// EXTERNAL MODULE: ./build/src/verify/evidence-binding.js
var evidence_binding = __webpack_require__(84038);
;// CONCATENATED MODULE: ./build/src/engine/attest-bases.js
// attest's base models (lineage): each base hashed or taken as a reference, every evidence file
// (a model.sig inside a local base, and those given) checked to be signed and to be about a base,
// then copied to output-dir/bases/NAME/ so that one output-dir verifies the whole chain offline.
// Evidence about another model, or matching no base, is bad input: refused before signing.












const attest_bases_INPUT = 'base-model-evidence';
async function collectBases(inputs, onProgress) {
    const specs = inputs.baseModels ?? [];
    const given = inputs.baseModelEvidence ?? [];
    if (specs.length === 0 && given.length === 0)
        return { bases: [], copies: [] };
    const collected = [];
    for (const spec of specs)
        collected.push(await (0,base_models/* collectBaseModel */.Ry)(spec, { outputDir: inputs.outputDir, onProgress }));
    const copies = [];
    // A model.sig inside a local base is evidence about that base, and must sign its files.
    for (const c of collected) {
        const sig = c.local?.kind === 'directory' ? await signatureIn(c.local.path) : undefined;
        if (!sig)
            continue;
        const read = await readEvidence(sig, inputs.evidenceRoot);
        if (!(await about(read, c)))
            throw anotherModel(read, [c]);
        attach(c, read, copies);
    }
    await outsideOutputDir(inputs.outputDir, given);
    for (const path of new Set(await bundlesOf(given))) {
        const read = await readEvidence(path, inputs.evidenceRoot);
        const matched = [];
        for (const c of collected)
            if (await about(read, c))
                matched.push(c);
        if (matched.length === 0)
            throw anotherModel(read, collected);
        for (const c of matched) {
            attach(c, read, copies);
            await withOwnBases(read, c.ref.name, copies);
        }
    }
    return { bases: collected.map((c) => c.ref), copies };
}
/**
 * The evidence files given: a file as it is; a directory an attest run wrote, as the bundles
 * it holds (the training record, the build provenance, the ML-BOM).
 */
async function bundlesOf(paths) {
    const out = [];
    for (const path of paths) {
        if (!(await (0,promises_.lstat)(path).catch(() => undefined))?.isDirectory()) {
            out.push(path);
            continue;
        }
        const names = Object.values(layout/* OUTPUT_FILES */.Y7).map((f) => f.bundle);
        const found = [];
        for (const name of names)
            if (await isFile((0,external_node_path_.join)(path, name)))
                found.push((0,external_node_path_.join)(path, name));
        if (found.length === 0)
            throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${path} holds no bundle attest writes`, {
                input: attest_bases_INPUT,
                value: path,
                fix: `give the base's output-dir (it holds ${names.join(', ')}), or the bundle files`,
            });
        out.push(...found);
    }
    return out;
}
async function isFile(path) {
    return (await (0,promises_.lstat)(path).catch(() => undefined))?.isFile() ?? false;
}
/** An earlier run's copy, given as evidence, would be overwritten while it is read. */
async function outsideOutputDir(outputDir, paths) {
    const out = await (0,promises_.realpath)(outputDir).catch(() => (0,external_node_path_.resolve)(outputDir));
    for (const path of paths) {
        const real = await (0,promises_.realpath)(path).catch(() => path);
        if (real !== out && !real.startsWith(out + external_node_path_.sep))
            continue;
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${path} is inside output-dir ${outputDir}, where this run writes the copies of its evidence`, {
            input: attest_bases_INPUT,
            value: path,
            fix: "give the evidence where the base's own run wrote it, or a copy outside output-dir",
        });
    }
}
/**
 * The model.sig inside a base directory, if any. In a Hugging Face cache snapshot it is a link
 * into the repository's blobs/, followed as the base's files are; any other link is refused.
 */
async function signatureIn(dir) {
    const sig = (0,external_node_path_.join)(dir, oms/* OMS_SIGNATURE_NAME */.HW);
    const st = await (0,promises_.lstat)(sig).catch(() => undefined);
    if (!st)
        return undefined;
    if (st.isSymbolicLink())
        await (0,walk/* followCacheLink */.IE)(sig, (0,walk/* huggingFaceBlobs */.rS)(dir), attest_bases_INPUT);
    else if (!st.isFile())
        return undefined;
    return sig;
}
/** Does the evidence sign this base: its digest as a subject, or (a model.sig) its files? */
async function about(read, c) {
    if (c.ref.sha256 !== undefined && (0,evidence_binding/* signsDigest */.V)(read, c.ref.sha256))
        return true;
    const local = c.local;
    if (!read.oms || !local)
        return false;
    // A model.sig over files of another layout (other ignores, shards) than our hashing of the
    // base: its files compared with the base's.
    const oms = read.oms;
    if (oms.hashType === 'sha256' && oms.method === 'files') {
        const signed = oms.resources.map((r) => `${r.name}\0${r.digest}`).sort();
        const onDisk = local.files.map((f) => `${f.relPath}\0${f.sha256}`).sort();
        return signed.length === onDisk.length && signed.every((x, i) => x === onDisk[i]);
    }
    // Another hash or shards: the files are read again as the signature hashed them.
    const checked = await (0,oms_contents/* checkFiles */.g)(oms, {
        modelDir: local.kind === 'directory' ? local.path : (0,external_node_path_.dirname)(local.path),
        model: c.ref.name,
        kind: local.kind,
        sigPath: read.path,
    });
    return checked.violations.length === 0;
}
function anotherModel(read, bases) {
    const signs = read.subjects.map((d) => `sha256:${d}`).join(', ') || 'no sha256 subject';
    const ours = bases.map((b) => `'${b.ref.name}' ${b.ref.sha256 ? `sha256:${b.ref.sha256}` : '(no digest)'}`);
    const what = read.oms ? 'its signed files (root ' + signs + ')' : signs;
    return new errors/* ProvenanceError */.CG('INPUT_INVALID', `${read.path} is evidence about another model: it signs ${what}; ${ours.length
        ? `the base model${ours.length > 1 ? 's are' : ' is'} ${ours.join(', ')}`
        : 'no base model is given'}`, {
        input: attest_bases_INPUT,
        value: read.path,
        fix: 'give the evidence of the base model named (its training.sigstore.json, provenance, ML-BOM or model.sig), or name the base it is about in base-models',
    });
}
/** The evidence entry on the base, and its copy under bases/NAME/ (a taken name gets a prefix). */
function attach(c, read, copies) {
    const dir = `${base_model/* BASES_DIR */.x6}/${c.ref.name}`;
    const taken = new Set(copies.map((x) => x.to));
    let to = `${dir}/${(0,external_node_path_.basename)(read.path)}`;
    for (let i = 2; taken.has(to); i++)
        to = `${dir}/${i}-${(0,external_node_path_.basename)(read.path)}`;
    copies.push({ from: read.path, to });
    c.ref.evidence.push({ kind: read.kind, path: to, sha256: read.sha256, signer: read.signer });
    // The model card's licence wins; else the one the base's own ML-BOM gives it.
    const licence = c.ref.sha256 ? read.licenses?.[c.ref.sha256] : undefined;
    if (licence && !c.ref.license)
        c.ref.license = (0,spdx/* normaliseLicence */.YT)(licence).expression;
}
/** A record's own bases/ beside it is copied along, so its chain goes with it. */
async function withOwnBases(read, name, copies) {
    if (read.kind === 'model-signature')
        return;
    const own = (0,external_node_path_.join)((0,external_node_path_.dirname)(read.path), base_model/* BASES_DIR */.x6);
    const st = await (0,promises_.lstat)(own).catch(() => undefined);
    if (!st?.isDirectory())
        return;
    const to = `${base_model/* BASES_DIR */.x6}/${name}/${base_model/* BASES_DIR */.x6}`;
    if (copies.some((c) => c.to === to))
        return;
    await onlyFilesUnder(own);
    copies.push({ from: own, to });
}
/** A link in a copied chain could point anywhere: refused, naming it. */
async function onlyFilesUnder(dir) {
    for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true })) {
        if (e.isFile() || e.isDirectory())
            continue;
        const path = (0,external_node_path_.join)(e.parentPath, e.name);
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${path} in a base's evidence is not a regular file`, {
            input: attest_bases_INPUT,
            value: path,
            fix: "keep only the files attest wrote in the base record's bases/ folder",
        });
    }
}
/**
 * The evidence copied into output-dir/bases/, over an earlier run's copies of the same names
 * (nothing else there is removed: output-dir may be a folder of the user's).
 */
async function copyBaseEvidence(outputDir, copies) {
    for (const c of copies) {
        const to = (0,external_node_path_.join)(outputDir, ...c.to.split('/'));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
        // A cache snapshot's model.sig is a link into blobs/: its content is what is copied.
        await (0,promises_.cp)(c.from, to, { recursive: true, force: true, dereference: true });
    }
}

// EXTERNAL MODULE: ./build/src/github.js
var github = __webpack_require__(15042);
// EXTERNAL MODULE: ./build/src/engine/sign-and-store.js
var sign_and_store = __webpack_require__(907);
;// CONCATENATED MODULE: ./build/src/engine/attest.js
// `attest`: preflight → collect → build → sign → store. Preflight checks every input, endpoint,
// token and the output directory before a byte is hashed, so nothing is signed (and logged
// publicly) that cannot then be stored. The entry points (action, CLI) gather inputs and the
// runner's context and call this; nothing here reads process.env or action inputs.
























async function attest(inputs, ctx) {
    const startedOn = (ctx.now ?? (() => new Date()))();
    return (0,output_dir/* undoOutputDirIfRefused */.Gn)(inputs.outputDir, async () => {
        const plan = await preflight(inputs, ctx);
        // Held from before hashing until the end: another run there is refused, not overwritten.
        return (0,output_dir/* withOutputLock */.Nf)(inputs.outputDir, () => attestHolding(inputs, ctx, plan, startedOn));
    });
}
async function attestHolding(inputs, ctx, plan, startedOn) {
    const now = ctx.now ?? (() => new Date());
    // Bases first: evidence about another model is refused before the model is hashed.
    const lineage = await collectBases({ ...inputs, evidenceRoot: evidenceRoot(inputs) }, (p) => ctx.onProgress?.('base models', p));
    const collected = await collect(inputs, ctx);
    const training = (0,build/* buildTrainingRecord */.wf)({
        ...collected.record,
        bases: lineage.bases,
        subjects: collected.model.subjects,
        ...(plan.identity ? { identity: plan.identity } : { local: plan.local }),
        startedOn,
        finishedOn: now(),
        toolVersion: ctx.toolVersion,
    });
    const run = runStatements(training, plan);
    if (inputs.mlBom)
        await withMlBom(run, training, ctx);
    await copyBaseEvidence(inputs.outputDir, lineage.copies);
    const stored = await (0,sign_and_store/* signAndStore */.k)(run, inputs, ctx, plan, collected.model.directories);
    return {
        statement: training,
        ...stored,
        modelDigest: collected.model.modelDigest,
        subjects: training.subject,
        files: collected.model.files,
        directories: collected.model.directories,
        ...(plan.identity ? { identity: plan.identity } : { local: plan.local }),
        environment: collected.record.environment,
        endpoints: plan.endpoints,
    };
}
/** Keyless base evidence is checked against the root of the instance attest signs with. */
function evidenceRoot(inputs) {
    return inputs.trustConfig ?? (inputs.sigstore.kind === 'github' ? 'github' : 'public-good');
}
function refuseInput(input, message, fix, value = 'true') {
    throw new errors/* ProvenanceError */.CG('INPUT_INVALID', message, { input, value, fix });
}
/** Every check that needs no hashing: inputs, endpoints, both tokens, the output directory. */
async function preflight(inputs, ctx) {
    if (inputs.modelSignature && !inputs.sign) {
        refuseInput('sign-model', 'sign-model: true needs a signature, and sign is false', 'set sign: true (with id-token: write), or sign-model: false');
    }
    const key = await signingKey(inputs, ctx);
    const keyless = inputs.sign && !key;
    await (0,output_dir/* prepareOutputDir */.g$)(inputs.outputDir);
    // With sign: false (or a key) no token is asked for at all: it would only be logged and masked.
    const token = keyless ? await requireToken(ctx) : undefined;
    if (keyless && inputs.pushToGitHub && !ctx.githubToken) {
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'push-to-github needs a GitHub token', {
            input: 'github-token',
            fix: "keep the default '${{ github.token }}' (GITHUB_TOKEN for the command) or set push-to-github: false",
        });
    }
    const { serverUrl } = (0,github/* githubUrls */.MB)(ctx.env);
    const who = await runIdentity(token, ctx, serverUrl);
    const endpoints = keyless
        ? (0,instances/* resolveEndpoints */.$K)(inputs.sigstore, who.identity?.repositoryVisibility)
        : undefined;
    return { token, ...who, endpoints, serverUrl, ...(key ? { key } : {}) };
}
/** A token to sign with, or the reason there is none. */
async function requireToken(ctx) {
    const token = await ctx.getIdToken();
    if (token)
        return token;
    const why = ctx.idTokenProblem?.();
    throw new errors/* ProvenanceError */.CG('OIDC_UNAVAILABLE', `no OIDC token to sign with${why ? ` (${why})` : ''}`, {
        input: 'sign',
        value: 'true',
        fix: "add 'permissions: id-token: write' to the job (pull requests from forks get no token: set sign: false there), or sign with a key (private-key)",
    });
}
/**
 * Who ran: the token's claims; else the runner's GITHUB_* variables; else, outside GitHub
 * Actions, what git and the host say.
 */
async function runIdentity(token, ctx, serverUrl) {
    if (token) {
        const claims = (0,identity/* decodeJwtClaims */.dG)(token);
        checkNotExpired(claims, (ctx.now ?? (() => new Date()))());
        if (isGitLabToken(claims))
            return { identity: identityFromGitLabClaims(claims) };
        if ((0,identity/* isGitHubToken */.JJ)(claims))
            return { identity: (0,identity/* identityFromClaims */.oc)(claims, { serverUrl }) };
        // Any other issuer: the certificate proves the token's issuer and subject; the source is
        // what git says, as for a run outside any CI.
        const local = await localRun(ctx.workspace, ctx.warn ?? ctx.log);
        return { local: { ...local, oidc: otherIssuer(claims) } };
    }
    if ((0,identity/* isGitHubRun */.jW)(ctx.env))
        return { identity: (0,identity/* identityFromEnvironment */.KA)(ctx.env) };
    return { local: await localRun(ctx.workspace, ctx.warn ?? ctx.log) };
}
/** The issuer and subject of a token that is neither GitHub's nor GitLab's. */
function otherIssuer(claims) {
    const issuer = typeof claims.iss === 'string' ? claims.iss : '';
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    if (!issuer || !subject)
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', 'the OIDC token names no issuer (iss) or no subject (sub)', {
            input: 'id-token',
            fix: 'sign with a token your CI issues for Sigstore (audience sigstore)',
        });
    return { issuer, subject };
}
/** A token past its `exp` would be refused by Fulcio after the whole model was hashed. */
function checkNotExpired(claims, now) {
    const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
    if (exp === undefined || exp > now.getTime())
        return;
    const ago = Math.round((now.getTime() - exp) / 1000);
    throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `the OIDC token expired at ${new Date(exp).toISOString()} (${ago} s ago)`, {
        input: 'id-token',
        value: new Date(exp).toISOString(),
        fix: 'request the token right before attest (they live minutes): a fresh SIGSTORE_ID_TOKEN or --identity-token-file',
    });
}
/** The private key (and its certificate) to sign with, checked before anything is hashed. */
async function signingKey(inputs, ctx) {
    const path = inputs.key?.privateKey;
    if (path && !inputs.sign)
        refuseInput('private-key', 'private-key signs, and sign is false', 'drop private-key, or sign: true', path);
    if (path && inputs.pushToGitHub)
        refuseInput('push-to-github', 'the attestations API stores keyless (Sigstore certificate) bundles, not bundles signed with a key', 'set push-to-github: false; the bundles are written to output-dir', 'true');
    return (0,key/* loadKeyMaterial */.nD)(inputs.key, ctx.keyPassphrase);
}
async function collect(inputs, ctx) {
    const progress = (label) => (p) => ctx.onProgress?.(label, p);
    // model.sig is left out of directory digests everywhere, so that a model signature written
    // into the directory (now or by an earlier run) never changes the root digest.
    // The model, the datasets and the interpreter are collected at once: hashing the two
    // keeps every core busy, and the interpreter probe waits on a child process. Errors are
    // reported in input order, so the same bad input always gives the same message.
    const [model, datasets, python] = await (0,in_order/* inOrder */.a)(modelOf(inputs, ctx, progress('model')), collectDatasets({
        datasets: inputs.datasets,
        datasetsFile: inputs.datasetsFile,
        workspace: ctx.workspace,
        onProgress: progress('datasets'),
        notice: ctx.warn ?? ctx.log,
        outputDir: inputs.outputDir,
    }), (0,collect_python/* collectPython */.$6)(inputs.python, {
        workspace: ctx.workspace,
        pathEnv: ctx.pathEnv,
    }));
    if (inputs.modelSignature && model.directories.length === 0) {
        refuseInput('sign-model', 'sign-model: true, but the model names no directory', 'name the model directory in model, or set sign-model: false; sign a one-file model with `training-provenance sign-model --model FILE`');
    }
    if (model.omittedFileSubjects > 0) {
        ctx.log(`${model.omittedFileSubjects} model files are attested through their directory's OMS root digest only: ` +
            `one attestation carries at most ${MAX_SUBJECTS} subjects (GitHub's limit); verify still checks every file`);
    }
    const environment = await (0,collect_environment/* collectEnvironment */.mj)({
        python,
        pathEnv: ctx.pathEnv,
        runnerEnv: ctx.env,
    });
    const opts = { workspace: ctx.workspace };
    const record = {
        datasets,
        environment,
        requirements: await collectRequirements(inputs.requirements, opts),
        parameters: await (0,parameters/* collectParameters */.nZ)(inputs.parameters, {
            ...opts,
            notice: ctx.warn ?? ctx.log,
        }),
        byproducts: [
            ...(await collectByproducts(inputs.byproducts, opts)),
            ...(0,manifest/* manifestByproducts */.zt)(datasets),
        ],
    };
    return { model, record };
}
/** The model from its files, from manifests made where it lives, or both. */
async function modelOf(inputs, ctx, onProgress) {
    const fromManifests = await (0,manifest/* manifestModelSubjects */.YX)(inputs.modelManifests, ctx.workspace);
    const onDisk = fromManifests.length > 0 && inputs.model.length === 0
        ? { subjects: [], directories: [], files: [], modelDigest: '', omittedFileSubjects: 0 }
        : await collectModel(inputs.model, {
            workspace: ctx.workspace,
            ignorePaths: oms_layout/* OMS_SIGNING_IGNORES */.UG,
            onProgress,
            outputDir: inputs.outputDir,
        });
    if (fromManifests.length === 0)
        return onDisk;
    const subjects = [...onDisk.subjects, ...fromManifests];
    const only = subjects.length === 1 ? `sha256:${subjects[0].digest.sha256}` : '';
    return { ...onDisk, subjects, modelDigest: onDisk.subjects.length ? '' : only };
}
/** Our own output breaking its spec is a bug, and signing it would make it permanent. */
function checkValid(statement, payload) {
    const problems = validateStatement(JSON.parse(payload));
    if (problems.length === 0)
        return;
    throw new errors/* ProvenanceError */.CG('INTERNAL', `the ${statement.predicateType} statement does not validate: ${problems.join('; ')}`, { fix: 'report this as a bug in training-provenance' });
}
/**
 * The run's statements, checked: GitHub's build provenance for a GitHub workflow run (what
 * actions/attest users read), and the training record.
 */
function runStatements(training, plan) {
    const run = { roles: [], payloads: [] };
    const add = (role, s) => {
        const payload = (0,build/* serializeStatement */.US)(s);
        checkValid(s, payload);
        run.roles.push(role);
        run.payloads.push(payload);
    };
    // GitHub's build provenance describes a GitHub workflow run: none for GitLab or a local run.
    if (plan.identity && !plan.identity.gitlab)
        add('build-provenance', buildGithubProvenance(training.subject, plan.identity));
    add('training-record', training);
    return run;
}
/** The training record as a CycloneDX ML-BOM, its metrics from byproducts the record signed. */
async function withMlBom(run, training, ctx) {
    const view = (0,read/* readProvenance */.Ch)(JSON.parse((0,sign_and_store/* trainingPayload */.l)(run)));
    // Loaded on use, as Octokit is for push: the CycloneDX library is large, and most runs make no BOM.
    const { buildMlBom, recordedMetrics } = await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(766)]).then(__webpack_require__.bind(__webpack_require__, 3766));
    const metrics = await recordedMetrics(view.byproducts, ctx.workspace);
    const bom = buildMlBom(view, { toolVersion: ctx.toolVersion, metrics });
    run.roles.push('ml-bom');
    run.payloads.push((0,build/* serializeStatement */.US)((0,build/* buildBomStatement */.uA)(training.subject, bom)));
    run.bom = `${JSON.stringify(bom, null, 2)}\n`;
}


/***/ }),

/***/ 907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ signAndStore),
/* harmony export */   l: () => (/* binding */ trainingPayload)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(15042);
/* harmony import */ var _oms_sign_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27890);
/* harmony import */ var _sign_sign_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66613);
/* harmony import */ var _sign_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76452);
/* harmony import */ var _statement_build_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42843);
/* harmony import */ var _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94589);
/* harmony import */ var _store_artifact_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75689);
/* harmony import */ var _store_output_dir_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62280);
// The store half of attest: every statement written first (so a signing failure keeps them),
// then signed, written as bundles, stored through the attestations API, uploaded as an
// artifact; model signatures made with the same certificate's run.










/** The serialized training record of a run. */
const trainingPayload = (run) => run.payloads[run.roles.indexOf('training-record')];
/**
 * Writes both statements first (so a signing failure keeps them), then signs both, writes the
 * bundles, stores them through the API and uploads the artifact. Files of an earlier run
 * that this one does not write are removed.
 */
async function signAndStore(run, inputs, ctx, plan, directories) {
    const { payloads, roles } = run;
    const files = run.bom ? { [_statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .ML_BOM_FILE */ .kn]: run.bom } : {};
    const stored = roles.map((role, k) => {
        files[_statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_FILES */ .Y7[role].statement] = payloads[k];
        return { role, statementPath: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(inputs.outputDir, _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_FILES */ .Y7[role].statement) };
    });
    await (0,_store_output_dir_js__WEBPACK_IMPORTED_MODULE_8__/* .replaceRunFiles */ .rm)(inputs.outputDir, files);
    const ofRole = (role) => stored.find((s) => s.role === role);
    const bom = ofRole('ml-bom');
    const out = {
        provenance: ofRole('build-provenance'),
        training: ofRole('training-record'),
        mlBom: bom && Object.assign(bom, { bomPath: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(inputs.outputDir, _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .ML_BOM_FILE */ .kn) }),
        certificatePem: undefined,
        artifact: undefined,
        modelSignatures: [],
    };
    if ((plan.token && plan.endpoints) || plan.key) {
        const signed = plan.key
            ? await signAllWithKey(payloads, plan.key)
            : await signAll(payloads, plan, ctx);
        roles.forEach((role, k) => {
            files[_statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_FILES */ .Y7[role].bundle] = JSON.stringify(signed[k].bundle);
            Object.assign(stored[k], {
                bundlePath: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(inputs.outputDir, _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_FILES */ .Y7[role].bundle),
                bundle: signed[k].bundle,
                logIndex: signed[k].logIndex,
            });
        });
        out.certificatePem = signed[0].certificatePem || undefined;
        await (0,_store_output_dir_js__WEBPACK_IMPORTED_MODULE_8__/* .replaceRunFiles */ .rm)(inputs.outputDir, files);
        out.modelSignatures = await signModels(directories, inputs, ctx, plan);
        if (inputs.pushToGitHub && !plan.key)
            await push(stored, ctx, plan);
    }
    else if (inputs.pushToGitHub && inputs.sign) {
        ctx.log('push-to-github: nothing signed, so nothing is stored in the attestations API');
    }
    if (inputs.uploadArtifact) {
        const explicit = inputs.artifactName !== undefined;
        const name = inputs.artifactName ??
            (0,_store_artifact_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultArtifactName */ .Vb)(ctx.env.GITHUB_JOB, artifactDigest(trainingPayload(run)));
        out.artifact = await (0,_store_artifact_js__WEBPACK_IMPORTED_MODULE_7__/* .uploadProvenanceArtifact */ .ff)(Object.keys(files).map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(inputs.outputDir, f)), { name, explicit, runtimeAvailable: ctx.artifactRuntimeAvailable, log: ctx.log });
    }
    return out;
}
/** The digest a default artifact name carries: the model's, else the first subject's. */
function artifactDigest(trainingPayload) {
    const subjects = JSON.parse(trainingPayload).subject;
    return (0,_statement_build_js__WEBPACK_IMPORTED_MODULE_5__/* .modelSha256 */ .jr)(subjects) ?? subjects[0]?.digest.sha256 ?? '';
}
async function signAll(payloads, plan, ctx) {
    try {
        return await (0,_sign_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .signStatements */ .K)(payloads.map((p) => Buffer.from(p, 'utf8')), { endpoints: plan.endpoints, token: plan.token, log: ctx.log, ...ctx.network });
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG(e.code, `${e.message}; the unsigned statements are kept in output-dir`, { input: e.input, value: e.value, fix: e.fix, cause: e });
        }
        throw e;
    }
}
/** Each statement signed with the key: DSSE bundles with the key's hint (or its certificate). */
async function signAllWithKey(payloads, key) {
    const out = [];
    for (const p of payloads) {
        const bundle = await (0,_sign_key_js__WEBPACK_IMPORTED_MODULE_4__/* .signWithKey */ .Ft)(Buffer.from(p, 'utf8'), key);
        out.push({ bundle, certificatePem: key.certificatePem ?? '' });
    }
    return out;
}
async function signModels(directories, inputs, ctx, plan) {
    if (!inputs.modelSignature)
        return [];
    const out = [];
    for (const dir of directories) {
        const signed = await (0,_oms_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .signModelDirectory */ .OY)(dir, {
            ...(plan.key ? { key: plan.key } : { endpoints: plan.endpoints, token: plan.token }),
            log: ctx.log,
            outputDir: inputs.outputDir,
            ...ctx.network,
        });
        ctx.log(`model signature (OMS) for ${dir.path}: ${signed.path}, root sha256:${signed.root}`);
        out.push(signed);
    }
    return out;
}
const WHAT = {
    'build-provenance': 'the build provenance',
    'training-record': 'the training record',
    'ml-bom': 'the ML-BOM',
};
async function push(stored, ctx, plan) {
    // Loaded on use: Octokit is large, and a local run does not need it.
    const { pushAttestation } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(112)]).then(__webpack_require__.bind(__webpack_require__, 45112));
    for (const s of stored) {
        s.attestation = await pushAttestation(s.bundle, {
            token: ctx.githubToken,
            repository: plan.identity.repository,
            apiUrl: (0,_github_js__WEBPACK_IMPORTED_MODULE_9__/* .githubUrls */ .MB)(ctx.env).apiUrl,
            serverUrl: plan.serverUrl,
            log: ctx.log,
            what: WHAT[s.role],
            ...ctx.network,
        });
    }
}


/***/ }),

/***/ 17848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ DigestRun),
/* harmony export */   Oj: () => (/* binding */ hashInOrder),
/* harmony export */   bI: () => (/* binding */ digestDirectoryFlat),
/* harmony export */   ft: () => (/* binding */ countInOrder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14485);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99129);
// Hashing a directory of any size in flat memory: the files are listed one directory at a time,
// in OMS order (a depth-first walk with each directory's names sorted by code point is
// PurePosixPath order), and hashed in chunks whose records go to the caller in that order, so
// nothing holds an object per file and the root digest is computed as the records pass.




const CHUNK_FILES = 4096;
/**
 * Hash `files` (in the order wanted: OMS order for a root digest) chunk by chunk and hand each
 * record to `onFile` in that order. Returns the root digest and the totals.
 */
async function hashInOrder(files, onFile, opts = {}) {
    const root = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const done = { files: 0, bytes: 0 };
    const flush = async (chunk) => {
        for (const f of await (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFiles */ .yQ)(chunk, { input: opts.input, concurrency: opts.concurrency })) {
            root.update(Buffer.from(f.sha256, 'hex'));
            done.files += 1;
            done.bytes += f.size;
            await onFile(f);
        }
        opts.onProgress?.({
            filesDone: done.files,
            filesTotal: Math.max(opts.filesTotal ?? 0, done.files),
            bytesDone: done.bytes,
            bytesTotal: 0,
            bytesUnknown: true,
        });
    };
    let chunk = [];
    for await (const f of files) {
        chunk.push(f);
        if (chunk.length >= (opts.chunkFiles ?? CHUNK_FILES)) {
            await flush(chunk);
            chunk = [];
        }
    }
    if (chunk.length > 0)
        await flush(chunk);
    return { root: root.digest('hex'), ...done };
}
/** How many files `files` yields (a listing pass, no file opened): the progress's total. */
async function countInOrder(files) {
    let n = 0;
    for await (const f of files)
        if (f)
            n++;
    return n;
}
/** A growable run of 32-byte digests: 32 bytes a file, no object. */
class DigestRun {
    buf;
    used = 0;
    /** `expected`: the digests counted ahead (when known), so the run is allocated once. */
    constructor(expected = 1024) {
        this.buf = Buffer.allocUnsafe(32 * Math.max(1, expected));
    }
    push(hex) {
        if (this.used + 32 > this.buf.length) {
            const bigger = Buffer.allocUnsafe(this.buf.length * 2);
            this.buf.copy(bigger, 0, 0, this.used);
            this.buf = bigger;
        }
        this.buf.write(hex, this.used, 32, 'hex');
        this.used += 32;
    }
    get bytes() {
        return this.buf.subarray(0, this.used);
    }
}
/**
 * A directory's root digest, file count and bytes, and its files' digests packed end to end,
 * in flat memory: for datasets, whose files need not be listed in the record one by one.
 */
async function digestDirectoryFlat(dir, opts = {}) {
    const names = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const filesTotal = opts.onProgress ? await countInOrder((0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .walkInOrder */ .$v)(dir, opts)) : 0;
    const run = new DigestRun(filesTotal || undefined);
    const onFile = (f) => {
        run.push(f.sha256);
        names.update(`${f.relPath}\0`);
    };
    const totals = await hashInOrder((0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .walkInOrder */ .$v)(dir, opts), onFile, { ...opts, filesTotal });
    await checkStreamedListing(dir, { files: totals.files, names: names.digest('hex') }, opts);
    return { ...totals, digests: run.bytes };
}
/**
 * A file that appeared or went while the directory was hashed changes its listing: the names are
 * walked again and compared by count and by a digest of the names (nothing held per file).
 */
async function checkStreamedListing(dir, hashed, opts) {
    const names = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let files = 0;
    for await (const f of (0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .walkInOrder */ .$v)(dir, opts)) {
        names.update(`${f.relPath}\0`);
        files++;
    }
    if (files === hashed.files && names.digest('hex') === hashed.names)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('FILE_CHANGED', `${dir} changed while it was hashed: ${hashed.files} files were hashed, ${files} are there now${files === hashed.files ? ' under other names' : ''}`, {
        input: opts.input,
        value: dir,
        fix: 'run the step after training has finished writing the directory',
    });
}


/***/ }),

/***/ 87252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ recordLine),
/* harmony export */   Sn: () => (/* binding */ MANIFEST_FORMAT),
/* harmony export */   eh: () => (/* binding */ trailerLine),
/* harmony export */   hh: () => (/* binding */ MANIFEST_VERSION),
/* harmony export */   iH: () => (/* binding */ headerLine)
/* harmony export */ });
const MANIFEST_FORMAT = 'training-provenance/manifest';
const MANIFEST_VERSION = 1;
function headerLine(h) {
    return `${JSON.stringify(h)}\n`;
}
function recordLine(r) {
    return `{"path":${JSON.stringify(r.path)},"size":${r.size},"sha256":"${r.sha256}"}\n`;
}
function trailerLine(t) {
    return `${JSON.stringify({ files: t.files, bytes: t.bytes, root: t.root })}\n`;
}


/***/ }),

/***/ 2775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ claimedTrailer),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   qX: () => (/* binding */ ManifestFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80481);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27406);
/* harmony import */ var _hash_oms_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61791);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4715);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(87252);
// Reading a manifest line by line, checking as it goes: the header, each record (a relative
// POSIX path, a size, a sha256; in OMS order, no path twice), and the trailer, whose counts and
// root digest must be those of the records read. Nothing is held but the line at hand.








const HEX64 = /^[0-9a-f]{64}$/;
class ManifestFile {
    path;
    lines;
    input;
    sha256;
    stream;
    /** Read by open() before the file is handed out. */
    header;
    trailer;
    line = 1;
    constructor(path, lines, input, 
    /** sha256 of the file's bytes, taken as they are read: ready once the records are. */
    sha256, stream) {
        this.path = path;
        this.lines = lines;
        this.input = input;
        this.sha256 = sha256;
        this.stream = stream;
    }
    /** Opens a manifest and reads its header; `input` names the flag or input in errors. */
    static async open(path, input = 'manifest') {
        const unreadable = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('FILE_UNREADABLE', `cannot read manifest ${path}: ${why}`, {
            input,
            value: path,
            fix: 'give the path of a manifest written by `training-provenance manifest`',
        });
        // Opening a FIFO nobody writes blocks for good: only a regular file is opened.
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).catch((e) => {
            throw unreadable(e.message);
        });
        if (!st.isFile())
            throw unreadable(st.isDirectory() ? 'it is a directory' : 'not a regular file');
        const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path);
        const opened = new Promise((resolve, reject) => {
            stream.once('open', () => resolve());
            stream.once('error', reject);
        });
        await opened.catch((e) => {
            throw unreadable(e.message);
        });
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        stream.on('data', (chunk) => hash.update(chunk));
        const sha256 = new Promise((resolve) => stream.once('end', () => resolve(hash.digest('hex'))));
        const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_3__.createInterface)({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
        const first = await lines.next();
        const file = new ManifestFile(path, lines, input, sha256, stream);
        file.header = file.readHeader(first.done ? undefined : first.value);
        return file;
    }
    fail(what, line = this.line) {
        // A refused file is read no further: close it rather than hold its descriptor.
        this.stream.destroy();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('INPUT_INVALID', `manifest ${this.path} line ${line}: ${what}`, {
            input: this.input,
            value: this.path,
            fix: 'write the manifest again with `training-provenance manifest`; a manifest is not edited by hand',
        });
    }
    json(text) {
        if (text === undefined)
            this.fail('the file ends here; a manifest ends with its trailer line');
        try {
            const v = JSON.parse(text);
            if ((0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .G)(v))
                return v;
        }
        catch {
            // reported below
        }
        return this.fail('not a JSON object');
    }
    readHeader(text) {
        const h = this.json(text);
        if (h.format !== _format_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_FORMAT */ .Sn)
            this.fail(`not a manifest header (format is '${(0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .preview */ .V)(h.format)}')`);
        if (h.version !== _format_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_VERSION */ .hh)
            this.fail(`manifest version '${(0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .preview */ .V)(h.version)}'; this tool reads version ${_format_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_VERSION */ .hh}`);
        if (typeof h.root !== 'string' || h.root === '')
            this.fail("the header has no 'root'");
        const s = h.shard;
        if (s !== undefined &&
            !((0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .G)(s) &&
                Number.isInteger(s.index) &&
                Number.isInteger(s.count) &&
                s.index >= 0 &&
                s.index < s.count))
            this.fail("the header's 'shard' is not {index, count} with 0 ≤ index < count");
        return h;
    }
    record(o) {
        const { path, size, sha256 } = o;
        if (typeof path !== 'string' ||
            path === '' ||
            path.startsWith('/') ||
            path.split('/').some((c) => c === '' || c === '.' || c === '..'))
            this.fail(`'path' '${(0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .preview */ .V)(path)}' is not a relative POSIX path inside the root`);
        if (!Number.isSafeInteger(size) || size < 0)
            this.fail(`'size' of ${path} is not a byte count`);
        if (typeof sha256 !== 'string' || !HEX64.test(sha256))
            this.fail(`'sha256' of ${path} is not 64 lower-case hex digits`);
        return { path, size: size, sha256: sha256 };
    }
    /** The records in order; at the end, the trailer is checked against them. */
    async *records() {
        const root = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let files = 0;
        let bytes = 0;
        let previous;
        for (;;) {
            const next = await this.lines.next();
            this.line++;
            const o = this.json(next.done ? undefined : next.value);
            if (!('path' in o)) {
                await this.checkTrailer(o, { files, bytes, root: root.digest('hex') });
                return;
            }
            const r = this.record(o);
            if (previous !== undefined && (0,_hash_oms_js__WEBPACK_IMPORTED_MODULE_5__/* .compareOmsPaths */ .xH)(previous, r.path) >= 0)
                this.fail(`${r.path} is ${previous === r.path ? 'listed twice' : `out of order (after ${previous})`}`);
            previous = r.path;
            root.update(Buffer.from(r.sha256, 'hex'));
            files++;
            bytes += r.size;
            yield r;
        }
    }
    async checkTrailer(o, got) {
        const t = { files: o.files, bytes: o.bytes, root: o.root };
        if (t.files !== got.files || t.bytes !== got.bytes || t.root !== `sha256:${got.root}`)
            this.fail(`the trailer says ${(0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .preview */ .V)(t.files)} files, ${(0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .preview */ .V)(t.bytes)} bytes, root ${(0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .preview */ .V)(t.root)}; the records are ${got.files} files, ${got.bytes} bytes, root sha256:${got.root}`);
        const after = await this.lines.next();
        if (!after.done && after.value.trim() !== '')
            this.fail('there is more after the trailer', this.line + 1);
        this.trailer = t;
    }
}
/**
 * What a manifest's trailer claims, read from the end of the file without reading the rest: for
 * a progress total. Not checked here (the full read checks it); undefined when unreadable.
 */
async function claimedTrailer(path) {
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).catch(() => undefined))?.isFile())
        return undefined;
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r').catch(() => undefined);
    if (!fh)
        return undefined;
    try {
        const { size } = await fh.stat();
        const length = Math.min(size, 4096);
        const buf = Buffer.alloc(length);
        await fh.read(buf, 0, length, size - length);
        const last = buf.toString('utf8').trim().split('\n').pop() ?? '';
        const t = JSON.parse(last);
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .G)(t) && typeof t.files === 'number' && typeof t.bytes === 'number'
            ? t
            : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        await fh.close();
    }
}
/** Reads a whole manifest, checking it; each record goes to `onRecord`. Read once, its sha256 too. */
async function readManifest(path, onRecord = () => { }, input = 'manifest') {
    const file = await ManifestFile.open(path, input);
    for await (const r of file.records())
        onRecord(r);
    return { header: file.header, trailer: file.trailer, sha256: await file.sha256 };
}


/***/ }),

/***/ 98854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ buildAttestRequest)
/* harmony export */ });
/* harmony import */ var _collect_base_models_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57210);
/* harmony import */ var _collect_dataset_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86202);
/* harmony import */ var _collect_parameters_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12574);
/* harmony import */ var _collect_python_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28120);
/* harmony import */ var _sign_instances_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98423);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40326);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72428);







async function buildAttestRequest(f, edge) {
    return {
        model: (0,_edge_js__WEBPACK_IMPORTED_MODULE_5__/* .absolutePaths */ .wd)(edge, f.model),
        modelManifests: f.modelManifest
            .map((s) => s.trim())
            .filter(Boolean)
            .map((s) => manifestRef(s, edge)),
        datasets: (0,_collect_dataset_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatasetLines */ .rU)(f.datasets, edge.base, edge.notice),
        ...(f.datasetsFile.trim() ? { datasetsFile: (0,_edge_js__WEBPACK_IMPORTED_MODULE_5__/* .absolute */ .ys)(edge, f.datasetsFile.trim()) } : {}),
        python: (0,_collect_python_js__WEBPACK_IMPORTED_MODULE_3__/* .pythonChoice */ .uu)(f.python, edge.base),
        requirements: (0,_edge_js__WEBPACK_IMPORTED_MODULE_5__/* .absolutePaths */ .wd)(edge, f.requirements),
        parameters: await (0,_collect_parameters_js__WEBPACK_IMPORTED_MODULE_2__/* .parametersSource */ .gX)(f.parameters, edge.base),
        byproducts: (0,_edge_js__WEBPACK_IMPORTED_MODULE_5__/* .absolutePaths */ .wd)(edge, f.byproducts),
        sign: f.sign,
        sigstore: (0,_sign_instances_js__WEBPACK_IMPORTED_MODULE_4__/* .sigstoreInstance */ .KY)({ choice: f.sigstore, ...f }),
        pushToGitHub: f.pushToGitHub,
        uploadArtifact: f.uploadArtifact,
        ...(f.artifactName.trim() ? { artifactName: f.artifactName.trim() } : {}),
        outputDir: (0,_edge_js__WEBPACK_IMPORTED_MODULE_5__/* .absolute */ .ys)(edge, f.outputDir.trim()) || f.defaultOutputDir,
        modelSignature: f.modelSignature,
        mlBom: f.mlBom,
        ...(0,_key_js__WEBPACK_IMPORTED_MODULE_6__/* .keyFiles */ .h)(f, edge),
        baseModels: (0,_collect_base_models_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBaseModels */ .Ho)(f.baseModels, edge.base),
        baseModelEvidence: (0,_collect_base_models_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBaseModelEvidence */ .tp)(f.baseModelEvidence, edge.base),
        ...(f.trustConfig.trim() ? { trustConfig: (0,_edge_js__WEBPACK_IMPORTED_MODULE_5__/* .absolute */ .ys)(edge, f.trustConfig.trim()) } : {}),
    };
}
/** `[NAME=]FILE`: the name (a subject name, so it may hold `/`) is what precedes the first `=`. */
function manifestRef(s, edge) {
    const named = /^([^=]+)=(.+)$/.exec(s);
    return named
        ? { name: named[1].trim(), path: (0,_edge_js__WEBPACK_IMPORTED_MODULE_5__/* .absolute */ .ys)(edge, named[2].trim()) }
        : { path: (0,_edge_js__WEBPACK_IMPORTED_MODULE_5__/* .absolute */ .ys)(edge, s) };
}


/***/ }),

/***/ 72428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ keyFiles)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40326);
// The key an entry point signs with (attest, sign-model): its files absolute, and a certificate
// without its key, or a chain without its certificate, refused naming the input.


/** The key to sign with, its certificate and the certificates that issued it. */
function keyFiles(f, edge) {
    const privateKey = (0,_edge_js__WEBPACK_IMPORTED_MODULE_1__/* .absolute */ .ys)(edge, f.privateKey.trim());
    const signingCert = (0,_edge_js__WEBPACK_IMPORTED_MODULE_1__/* .absolute */ .ys)(edge, f.signingCert.trim());
    const certChain = (0,_edge_js__WEBPACK_IMPORTED_MODULE_1__/* .absolutePaths */ .wd)(edge, f.certChain);
    if (signingCert && !privateKey)
        throw needs('signing-cert', signingCert, 'the certificate of a private key', 'private-key');
    if (certChain.length > 0 && !signingCert)
        throw needs('cert-chain', certChain.join(', '), 'the chain of a signing certificate', 'signing-cert');
    if (!privateKey)
        return {};
    return { key: { privateKey, ...(signingCert ? { signingCert } : {}), certChain } };
}
function needs(input, value, what, other) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `${input} is ${what}, and none is given`, {
        input,
        value,
        fix: `give ${other} too`,
    });
}


/***/ }),

/***/ 42843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   Of: () => (/* binding */ sourceUri),
/* harmony export */   US: () => (/* binding */ serializeStatement),
/* harmony export */   dL: () => (/* binding */ uniqueSubjects),
/* harmony export */   jf: () => (/* binding */ builderId),
/* harmony export */   jr: () => (/* binding */ modelSha256),
/* harmony export */   uA: () => (/* binding */ buildBomStatement),
/* harmony export */   wf: () => (/* binding */ buildTrainingRecord),
/* harmony export */   yl: () => (/* binding */ invocationId)
/* harmony export */ });
/* unused harmony export formatTimestamp */
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94589);
/* harmony import */ var _base_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69490);


/** RFC 3339 in UTC with `Z` and whole seconds, as SLSA's provenance.cue writes #Timestamp. */
function formatTimestamp(d) {
    if (Number.isNaN(d.getTime()))
        throw new RangeError('invalid date');
    return d.toISOString().replace(/\.\d+Z$/, 'Z');
}
/** `git+<server>/<owner>/<repo>@<ref>`: GitHub's buildType uses SPDX download locations. */
function sourceUri(identity) {
    return `git+${repositoryUrl(identity)}@${identity.ref}`;
}
function repositoryUrl(identity) {
    return `${trimSlash(identity.serverUrl)}/${identity.repository}`;
}
/** builder.id: the workflow that ran the job (a reusable workflow, when one did). */
function builderId(identity) {
    return `${trimSlash(identity.serverUrl)}/${identity.jobWorkflowRef}`;
}
function invocationId(identity) {
    if (identity.gitlab)
        return `${repositoryUrl(identity)}/-/jobs/${identity.gitlab.jobId}`;
    return `${repositoryUrl(identity)}/actions/runs/${identity.runId}/attempts/${identity.runAttempt}`;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function withRole(rd, role) {
    const out = {};
    if (rd.name !== undefined)
        out.name = rd.name;
    if (rd.uri !== undefined)
        out.uri = rd.uri;
    if (rd.digest !== undefined && Object.keys(rd.digest).length > 0)
        out.digest = { ...rd.digest };
    if (rd.content !== undefined)
        out.content = rd.content;
    if (rd.downloadLocation !== undefined)
        out.downloadLocation = rd.downloadLocation;
    if (rd.mediaType !== undefined)
        out.mediaType = rd.mediaType;
    out.annotations = { [_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_KEY */ .$b]: role, ...withoutKey(rd.annotations, _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_KEY */ .$b) };
    return out;
}
function withoutKey(o, key) {
    const rest = { ...o };
    delete rest[key];
    return rest;
}
function datasetDependency(ds) {
    const hasDigest = Object.keys(ds.digest).length > 0;
    const annotations = {
        [_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_KEY */ .$b]: 'dataset',
        kind: ds.kind,
        // A dataset without a content digest is unpinned whatever the collector said.
        unpinned: ds.unpinned || !hasDigest,
    };
    // The path is recorded only where the `file:` URI does not already say it.
    if (ds.path !== undefined && (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .impliedDatasetPath */ .Kp)(ds.kind, ds.uri) !== ds.path)
        annotations.path = ds.path;
    if (ds.fileCount !== undefined)
        annotations.files = ds.fileCount;
    if (ds.totalBytes !== undefined)
        annotations.bytes = ds.totalBytes;
    if (ds.license !== undefined)
        annotations.license = ds.license;
    if (ds.licenseDeclared !== undefined)
        annotations.license_declared = ds.licenseDeclared;
    if (ds.split !== undefined)
        annotations.split = ds.split;
    if (ds.commitment !== undefined)
        annotations.commitment = { ...ds.commitment };
    // The dataset's own annotations sit beside ours; our keys are reserved (layout.ts).
    for (const [k, v] of Object.entries(ds.annotations ?? {})) {
        if (!_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .DATASET_ANNOTATION_KEYS */ .CX.includes(k))
            annotations[k] = v;
    }
    const rd = { name: ds.name, uri: ds.uri };
    if (hasDigest)
        rd.digest = { ...ds.digest };
    rd.annotations = annotations;
    return rd;
}
/** purl version component: percent-encoded, so `2.3.1+cu121` is `2.3.1%2Bcu121`. */
function purlVersion(version) {
    return encodeURIComponent(version);
}
function interpreterDependency(env) {
    const py = env.python;
    if (!py.present || !py.version)
        return [];
    return [
        {
            name: _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .INTERPRETER_NAME */ .JA,
            uri: `pkg:generic/${_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .INTERPRETER_NAME */ .JA}@${purlVersion(py.version)}`,
            annotations: { [_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_KEY */ .$b]: 'interpreter' },
        },
    ];
}
function packageDependency(p) {
    return {
        name: p.name,
        uri: p.purl,
        annotations: { [_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_KEY */ .$b]: 'python-package', version: p.version },
    };
}
function recordedPython(env) {
    const py = env.python;
    if (!py.present)
        return py.reason !== undefined ? { present: false, reason: py.reason } : { present: false };
    const out = { present: true };
    if (py.version !== undefined)
        out.version = py.version;
    if (py.executable !== undefined)
        out.executable = py.executable;
    // How the environment was read (e.g. from the layout when the interpreter would not run).
    if (py.reason !== undefined)
        out.reason = py.reason;
    if (py.notes && py.notes.length > 0)
        out.notes = [...py.notes];
    return out;
}
/** Copies the defined fields of `from`, in the order of `keys`, so the JSON is stable. */
function pick(from, keys) {
    const out = {};
    for (const k of keys)
        if (from[k] !== undefined)
            out[k] = from[k];
    return out;
}
function trainingParameters(input) {
    const env = input.environment;
    const acc = env.accelerator;
    const accelerator = pick(acc, _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCELERATOR_STRING_FIELDS */ .uY);
    if (acc.gpus && acc.gpus.length > 0)
        accelerator.gpus = [...acc.gpus];
    if (acc.notes && acc.notes.length > 0)
        accelerator.notes = [...acc.notes];
    return {
        identitySource: input.identity
            ? input.identity.source
            : input.local?.oidc
                ? 'oidc-token'
                : 'local',
        ...(input.local ? { local: structuredClone(input.local) } : {}),
        python: recordedPython(env),
        accelerator,
        os: { platform: env.os.platform, release: env.os.release, arch: env.os.arch },
        runner: pick(env.runner, _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNNER_FIELDS */ .n9),
    };
}
function copySubject(s) {
    const out = { ...s, digest: { ...s.digest } };
    if (s.annotations)
        out.annotations = { ...s.annotations };
    return out;
}
/**
 * The model's sha256 as its subjects give it: the one model directory's root, else the only
 * subject's; undefined when the subjects name several models.
 */
function modelSha256(subjects) {
    const dirs = subjects.filter((s) => s.annotations?.role === 'model-directory');
    if (dirs.length === 1)
        return dirs[0].digest.sha256;
    return subjects.length === 1 ? subjects[0].digest.sha256 : undefined;
}
/**
 * Subjects once each by name and digest, first one kept: GitHub's attestations API refuses a
 * statement that repeats one (`duplicate subject in statement`).
 */
function uniqueSubjects(subjects) {
    const seen = new Set();
    return subjects.filter((s) => {
        const key = JSON.stringify([s.name, Object.entries(s.digest).sort()]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function buildTrainingRecord(input) {
    const { identity } = input;
    const externalParameters = identity
        ? {
            workflow: {
                ref: identity.ref,
                repository: repositoryUrl(identity),
                path: identity.workflowPath,
            },
        }
        : {};
    if (input.parameters) {
        externalParameters.parameters = structuredClone(input.parameters.parameters);
        if (input.parameters.source) {
            externalParameters.parametersSource = copyDescriptor(input.parameters.source);
        }
    }
    const resolvedDependencies = [
        // [0] exactly as GitHub's workflow buildType writes it: no name, no annotations.
        identity
            ? { uri: sourceUri(identity), digest: { gitCommit: identity.sha } }
            : localSource(input.local),
        ...input.datasets.map(datasetDependency),
        ...(input.bases ?? []).map(_base_model_js__WEBPACK_IMPORTED_MODULE_1__/* .baseModelDependency */ .ue),
        ...input.requirements.map((r) => withRole(r, 'requirements')),
        ...interpreterDependency(input.environment),
        ...input.environment.python.packages.map(packageDependency),
    ];
    return {
        _type: _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STATEMENT_TYPE */ .zG,
        subject: uniqueSubjects(input.subjects).map(copySubject),
        predicateType: _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .TRAINING_PREDICATE_TYPE */ .sw,
        predicate: {
            buildDefinition: {
                buildType: _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILD_TYPE */ .mK,
                externalParameters,
                internalParameters: {
                    ...(identity?.gitlab ? { gitlab: gitlabParameters(identity) } : {}),
                    ...(identity && !identity.gitlab ? { github: githubParameters(identity) } : {}),
                    [_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .INTERNAL_KEY */ .aA]: trainingParameters(input),
                },
                resolvedDependencies,
            },
            runDetails: runDetailsOf(input),
        },
    };
}
/**
 * A local run's source, where GitHub's buildType puts the workflow's repository: the git remote
 * (or, without one, the workspace's repository on this host) at the branch, pinned by the commit.
 * Without git, the host alone, and no digest: nothing pins what ran.
 */
function localSource(local) {
    const g = local.git;
    if (!g?.commit)
        return { uri: `file://${local.host}/` };
    const where = g.remote ?? `file://${local.host}/`;
    return {
        uri: `git+${where}${g.branch ? `@refs/heads/${g.branch}` : ''}`,
        digest: { gitCommit: g.commit },
    };
}
/** A GitLab CI job's parameters, in GitLab's claim names (docs/buildtype.md, "GitLab CI"). */
function gitlabParameters(identity) {
    const g = identity.gitlab;
    return {
        pipeline_source: identity.eventName,
        pipeline_id: identity.runId,
        job_id: g.jobId,
        ...(g.projectId ? { project_id: g.projectId } : {}),
        ...(g.namespacePath ? { namespace_path: g.namespacePath } : {}),
        ...(g.ciConfigSha ? { ci_config_sha: g.ciConfigSha } : {}),
        runner_environment: identity.runnerEnvironment,
    };
}
/** GitHub's workflow buildType internal parameters, which ours keeps unchanged. */
function githubParameters(identity) {
    return {
        event_name: identity.eventName,
        ...(identity.repositoryId !== undefined ? { repository_id: identity.repositoryId } : {}),
        ...(identity.repositoryOwnerId !== undefined
            ? { repository_owner_id: identity.repositoryOwnerId }
            : {}),
        runner_environment: identity.runnerEnvironment,
    };
}
function runDetailsOf(input) {
    const { identity } = input;
    const finishedOn = formatTimestamp(input.finishedOn);
    const invocation = identity
        ? invocationId(identity)
        : `urn:training-provenance:local:${encodeURIComponent(input.local.host)}:${finishedOn}`;
    const metadata = input.startedOn
        ? { invocationId: invocation, startedOn: formatTimestamp(input.startedOn), finishedOn }
        : { invocationId: invocation, finishedOn };
    const runDetails = {
        builder: {
            id: identity ? builderId(identity) : _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCAL_BUILDER_ID */ .GC,
            version: { [_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .lH]: input.toolVersion },
        },
        metadata,
    };
    if (input.byproducts.length > 0) {
        runDetails.byproducts = input.byproducts.map((b) => withRole(b, 'byproduct'));
    }
    return runDetails;
}
function copyDescriptor(rd) {
    const out = { ...rd };
    if (rd.digest)
        out.digest = { ...rd.digest };
    if (rd.annotations)
        out.annotations = { ...rd.annotations };
    return out;
}
/**
 * A statement's bytes, which are also the DSSE payload and the content of its
 * `.intoto.json` file: JSON with 2-space indentation, keys in the order built, no
 * trailing newline. Deterministic for a given Statement, so a file on disk can be compared
 * byte for byte with the signed payload (`sha256sum` = the payload hash Rekor records).
 */
function serializeStatement(s) {
    return JSON.stringify(s, null, 2);
}
/** The ML-BOM statement: the training record's subjects, the CycloneDX document as predicate. */
function buildBomStatement(subjects, bom) {
    return {
        _type: _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STATEMENT_TYPE */ .zG,
        subject: subjects.map((s) => ({ ...s, digest: { ...s.digest } })),
        predicateType: _layout_js__WEBPACK_IMPORTED_MODULE_0__/* .CYCLONEDX_PREDICATE_TYPE */ .nv,
        predicate: bom,
    };
}


/***/ }),

/***/ 62280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ undoOutputDirIfRefused),
/* harmony export */   Mq: () => (/* binding */ checkOutsideOutputDir),
/* harmony export */   Nf: () => (/* binding */ withOutputLock),
/* harmony export */   g$: () => (/* binding */ prepareOutputDir),
/* harmony export */   rm: () => (/* binding */ replaceRunFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27406);
/* harmony import */ var _statement_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94589);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7216);
// The output directory: checked before any work, outside every path the run hashes, held by
// one run from before it hashes until it ends, and left holding exactly that run's files. A
// second attest into a held directory is refused, so no record is replaced unseen and a reader
// never pairs one run's statement with another's bundle.







const INPUT = 'output-dir';
const LOCK_FILE = '.training-provenance.lock';
/** File systems whose directories are not storage: Node's recursive mkdir spins on them. */
const PSEUDO_FS = ['/proc', '/sys', '/dev'];
function refuse(dir, why, e) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('INPUT_INVALID', `output-dir '${dir}' ${why}`, {
        input: INPUT,
        value: dir,
        fix: 'choose a writable directory outside the model and the datasets (default: $RUNNER_TEMP/training-provenance in the action, ./provenance in the command)',
        cause: e,
    });
}
/** Creates the directory (and parents) after checking that it can hold files. */
async function prepareOutputDir(dir) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir);
    if (PSEUDO_FS.some((p) => abs === p || abs.startsWith(p + node_path__WEBPACK_IMPORTED_MODULE_3__.sep))) {
        throw refuse(dir, 'is on a system file system, not storage');
    }
    let existing = abs;
    for (;;) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(existing).catch(() => undefined);
        if (st) {
            if (!st.isDirectory())
                throw refuse(dir, `cannot be made: '${existing}' is not a directory`);
            break;
        }
        existing = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(existing);
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(abs, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(abs, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch (e) {
        throw refuse(dir, `is not writable: ${e.code ?? e.message}`, e);
    }
}
/**
 * Runs `fn` (a run that makes `dir` in its preflight) and, when it throws, removes the folders
 * of `dir` this run made, deepest first, as long as they are empty: a refused run leaves nothing
 * behind, not even an empty output-dir, and never removes a folder that was there or holds a file.
 */
async function undoOutputDirIfRefused(dir, fn) {
    const made = [];
    for (let d = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir); !(await exists(d)); d = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(d))
        made.push(d);
    try {
        return await fn();
    }
    catch (e) {
        for (const d of made) {
            // rmdir refuses a folder that is not empty: what a run kept (for --resume) stays.
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(d).then(() => false, () => true))
                break;
        }
        throw e;
    }
}
const exists = (p) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p).then(() => true, () => false);
/**
 * Runs `fn` holding the directory's lock file (O_EXCL): attest takes it before anything is
 * hashed and keeps it until the run ends, so a second run there is refused, naming the holder,
 * instead of replacing the first's record while the first reports success. A lock that a dead
 * process of this host left behind is taken over; the lock is removed however `fn` ends.
 */
async function withOutputLock(dir, fn) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, LOCK_FILE);
    const mine = await takeLock(dir, path);
    try {
        return await fn();
    }
    finally {
        await removeIfStill(path, mine);
    }
}
async function takeLock(dir, path) {
    const holder = {
        pid: process.pid,
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(),
        started: new Date().toISOString(),
    };
    const text = JSON.stringify(holder);
    for (let attempt = 0;; attempt++) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, text, { flag: 'wx' });
            return text;
        }
        catch (e) {
            if (e.code !== 'EEXIST') {
                await removeIfStill(path, text, true); // half written (a full disk): not left behind
                throw refuse(dir, 'cannot be locked', e);
            }
        }
        const seen = await readLock(path);
        if (seen === undefined)
            continue; // its run ended meanwhile
        // A dead run's lock is removed only if it still says what was read, so of two runs taking it
        // over one removes it and the other finds the winner's; a lock that keeps coming back is live.
        if (attempt < 3 && seen.holder && isDead(seen.holder)) {
            await removeIfStill(path, seen.text);
            continue;
        }
        throw heldBy(dir, path, seen);
    }
}
/** The lock's text and holder; a lock being written is read again for up to a second. */
async function readLock(path) {
    let text = '';
    for (let i = 0; i < 20; i++) {
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
        }
        catch {
            return undefined;
        }
        const holder = parseHolder(text);
        if (holder)
            return { text, holder };
        await new Promise((r) => setTimeout(r, 50));
    }
    return { text };
}
function parseHolder(text) {
    try {
        const h = JSON.parse(text);
        if (Number.isSafeInteger(h.pid) && typeof h.host === 'string' && typeof h.started === 'string')
            return h;
    }
    catch {
        // not (yet) a whole lock
    }
    return undefined;
}
/** Only a process of this host can be asked whether it lives; EPERM means it does. */
function isDead(h) {
    if (h.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)() || h.pid <= 0)
        return false;
    try {
        process.kill(h.pid, 0);
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}
/** Removes the lock if it still says `text` (`partly`: the start of it); never another run's. */
async function removeIfStill(path, text, partly = false) {
    const now = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8').catch(() => undefined);
    if (now === text || (partly && now !== undefined && text.startsWith(now)))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true });
}
function heldBy(dir, path, seen) {
    const h = seen.holder;
    const who = h
        ? `pid ${h.pid} on ${h.host}, started ${h.started}`
        : `its lock file does not say which: '${seen.text.slice(0, 200)}'`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('INPUT_INVALID', `output-dir '${dir}' is held by another run: ${who}`, {
        input: INPUT,
        value: dir,
        fix: `wait for that run to end, or give this run its own output-dir; if no run is writing there, remove ${path}`,
    });
}
/**
 * Refuses an input path that holds output-dir or lies inside it: what attest writes there would
 * be hashed into what the next run attests. Real paths are compared, so a link or a `..`
 * spelling of the same directory is seen through. `what` names the input, e.g. "dataset".
 */
async function checkOutsideOutputDir(outputDir, paths, what) {
    const real = (p) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(p).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(p));
    const within = (a, b) => a === b || a.startsWith(b.endsWith(node_path__WEBPACK_IMPORTED_MODULE_3__.sep) ? b : b + node_path__WEBPACK_IMPORTED_MODULE_3__.sep);
    const out = await real(outputDir);
    for (const p of paths) {
        const abs = await real(p.path);
        const holdsOut = p.kind === 'directory' && within(out, abs);
        if (!holdsOut && !within(abs, out))
            continue;
        const where = holdsOut
            ? `output-dir '${outputDir}' is inside the ${what} '${p.relPath}'`
            : `the ${what} '${p.relPath}' is inside output-dir '${outputDir}'`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('INPUT_INVALID', `${where}: what attest writes there would be hashed into what it attests, and the provenance would never verify`, {
            input: INPUT,
            value: outputDir,
            fix: `set output-dir to a directory outside '${p.relPath}'`,
        });
    }
}
/** Writes `files` (name → content) and removes every other file an attest writes there. */
async function replaceRunFiles(dir, files) {
    for (const [name, content] of Object.entries(files))
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name), content);
    const ours = [
        _statement_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .ML_BOM_FILE */ .kn,
        ...Object.values(_statement_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .OUTPUT_FILES */ .Y7).flatMap((f) => [f.statement, f.bundle]),
    ];
    for (const name of ours.filter((n) => !(n in files)))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name), { force: true });
}


/***/ })

};
