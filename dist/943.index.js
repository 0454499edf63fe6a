export const id = 943;
export const ids = [943,112];
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

/***/ 98612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m7: () => (/* reexport */ github/* GITHUB_SERVER_URL */.m7),
  Z0: () => (/* binding */ checkIdentity),
  xQ: () => (/* reexport */ gitlabIssuer),
  je: () => (/* binding */ identityInputMissing),
  SU: () => (/* reexport */ parseRepository),
  pv: () => (/* reexport */ parseSignerWorkflow),
  Nj: () => (/* binding */ validateIdentityPolicy),
  kU: () => (/* binding */ withDefaultRepository)
});

// UNUSED EXPORTS: GITHUB_OIDC_ISSUER, compileIdentityRegex, signerFromCertificate

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/identity/certificate.js
var certificate = __webpack_require__(52351);
// EXTERNAL MODULE: ./build/src/github.js
var github = __webpack_require__(15042);
;// CONCATENATED MODULE: ./build/src/identity/signer-names.js
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
function parseRepository(value, server = github/* GITHUB_SERVER_URL */.m7, nests = false) {
    const v = stripServer(value, server)
        .replace(/\.git$/, '')
        .replace(/\/$/, '');
    const parts = v.split('/');
    // GitLab's projects sit in groups that may nest: GROUP/SUBGROUP/PROJECT.
    if ((nests ? parts.length < 2 : parts.length !== 2) || !parts.every((p) => NAME.test(p))) {
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `'${value}' is not a repository of the form OWNER/REPO`, {
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
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `'${value}' is not a CI config of the form GROUP/PROJECT//PATH.yml[@REF]`, {
            input: 'signer-workflow',
            value,
            fix: 'write e.g. acme/vision//.gitlab-ci.yml or acme/vision//.gitlab-ci.yml@refs/heads/main',
        });
    return { owner: parts.slice(0, -1).join('/'), repo: parts.at(-1), path: `/${path}`, ref };
}
/** Parse `OWNER/REPO/.github/workflows/FILE.yml[@REF]` (or its https URL). */
function parseSignerWorkflow(value, server = github/* GITHUB_SERVER_URL */.m7, gitlab = false) {
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
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `'${value}' is not a workflow of the form OWNER/REPO/.github/workflows/FILE.yml[@REF]`, {
            input: 'signer-workflow',
            value,
            fix: 'write e.g. acme/vision/.github/workflows/train.yml or acme/vision/.github/workflows/train.yml@refs/heads/main',
        });
    }
    return { owner: parts[0], repo: parts[1], path, ref };
}

;// CONCATENATED MODULE: ./build/src/identity/signer-policy.js
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
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `cert-identity-regex '${source}' is not a valid regular expression: ${e.message}`, {
            input: 'cert-identity-regex',
            value: source,
            fix: 'write a JavaScript regular expression; it is anchored at both ends for you',
            cause: e,
        });
    }
}
/** Syntax errors in the expected identity: bad usage, reported before any bundle is read. */
function validateIdentityPolicy(p) {
    const server = p.serverUrl ?? github/* GITHUB_SERVER_URL */.m7;
    if (p.repository)
        parseRepository(p.repository, server, p.gitlab);
    if (p.signerWorkflow)
        parseSignerWorkflow(p.signerWorkflow, server, p.gitlab);
    if (p.certIdentityRegex)
        compileIdentityRegex(p.certIdentityRegex);
    if (p.certOidcIssuer !== undefined && p.certOidcIssuer.trim() === '') {
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', 'cert-oidc-issuer is empty', {
            input: 'cert-oidc-issuer',
            fix: `leave it unset for GitHub Actions (${GITHUB_OIDC_ISSUER}) or give the issuer URL`,
        });
    }
}
/** True when nothing names who must have signed: verification must then refuse to pass. */
function identityInputMissing(p) {
    return !p.repository && !p.signerWorkflow && !p.certIdentity && !p.certIdentityRegex;
}
/**
 * The action's default signer: when neither the inputs nor a policy pin one, require the
 * repository the workflow runs in. An unpinned verification proves nothing, and the current
 * repository is what a user of `actions/attest` expects `gh attestation verify --repo` to check.
 */
function withDefaultRepository(p, repository) {
    return identityInputMissing(p) && repository ? { ...p, repository } : p;
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
    const server = (p.serverUrl ?? github/* GITHUB_SERVER_URL */.m7).replace(/\/$/, '');
    const repo = p.repository ? parseRepository(p.repository, server, p.gitlab) : undefined;
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
    const issuer = p.certOidcIssuer?.trim() || GITHUB_OIDC_ISSUER;
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
        const wf = parseSignerWorkflow(p.signerWorkflow, server, p.gitlab);
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
            ? (0,esm/* minimatch */.xF)(ref, p.sourceRef, { dot: true, nocomment: true, nonegate: true })
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
function fromZip(bytes, path) {
    let files;
    try {
        files = (0,esm/* unzipSync */.AO)(bytes, { filter: (f) => f.name.endsWith('.json') });
    }
    catch (e) {
        throw new errors/* ProvenanceError */.CG('PARSE_ERROR', `${path} is not a readable zip: ${e.message}`, {
            input: 'advisories',
            value: path,
            fix: "download osv.dev's export again (https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip)",
            cause: e,
        });
    }
    const decoder = new TextDecoder();
    return Object.keys(files)
        .sort()
        .map((name) => readOsvRecord(parseJson(decoder.decode(files[name]), `${path}!${name}`), `${path}!${name}`));
}
function fromPath(path) {
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
        else
            bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (e) {
        throw unreadable(e);
    }
    if (names)
        return names.sort().flatMap((n) => fromPath((0,external_node_path_.join)(path, n)));
    if (!bytes)
        return [];
    if (path.endsWith('.zip'))
        return fromZip(bytes, path);
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
function loadAdvisories(sources) {
    const db = { sources: [], records: [], byPackage: new Map() };
    for (const s of sources) {
        const all = s === 'default' ? (shipped ??= fromPath(shippedAdvisoriesDir())) : fromPath((0,external_node_path_.resolve)(s.path));
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

// EXTERNAL MODULE: ./build/src/identity/signer-policy.js + 1 modules
var signer_policy = __webpack_require__(98612);
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
  RW: () => (/* binding */ mergeIdentity),
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

// EXTERNAL MODULE: ./build/src/identity/signer-policy.js + 1 modules
var signer_policy = __webpack_require__(98612);
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
/**
 * The identity verify checks: explicit inputs override the policy's identity block.
 * `deny-self-hosted-runners` can only tighten: true from either side wins.
 */
function mergeIdentity(inputs, policy) {
    const id = policy?.identity;
    if (!id)
        return { ...inputs };
    return {
        ...inputs,
        repository: inputs.repository || id.repository,
        signerWorkflow: inputs.signerWorkflow || id.signerWorkflow,
        sourceRef: inputs.sourceRef || id.sourceRef,
        denySelfHostedRunners: inputs.denySelfHostedRunners === true || id.runner === 'github-hosted',
    };
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
/* unused harmony export signedFilesUnder */
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

/***/ 43273:
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
// EXTERNAL MODULE: ./build/src/policy/policy.js + 2 modules
var policy = __webpack_require__(43720);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/verify/bundles.js
var verify_bundles = __webpack_require__(35886);
// EXTERNAL MODULE: ./build/src/identity/signer-policy.js + 1 modules
var signer_policy = __webpack_require__(98612);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./build/src/statement/read.js + 1 modules
var read = __webpack_require__(69453);
// EXTERNAL MODULE: ./build/src/identity/certificate.js
var certificate = __webpack_require__(52351);
// EXTERNAL MODULE: ./build/src/verify/subjects.js + 1 modules
var verify_subjects = __webpack_require__(63897);
// EXTERNAL MODULE: ./build/src/verify/trust.js + 1 modules
var trust = __webpack_require__(9610);
// EXTERNAL MODULE: ./build/src/verify/violations.js
var violations = __webpack_require__(83171);
// EXTERNAL MODULE: ./build/src/json.js
var json = __webpack_require__(4715);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/src/sign/key.js
var key = __webpack_require__(76452);
// EXTERNAL MODULE: ./build/src/verify/cert-chain.js
var cert_chain = __webpack_require__(75933);
;// CONCATENATED MODULE: ./build/src/verify/key-stages.js
// The stages of a bundle signed with a key (no certificate): the key given is the bundle's
// trust and the whole of its signer's identity, so the DSSE signature is checked with it, and
// any CI identity asked for is unmet. The statement and subjects stages are the common ones.



async function keySignatureStage(b, a, ctx) {
    const hint = b.publicKeyHint || 'none';
    const fail = (message) => ({
        violations: [{ kind: 'signature', rule: 'public-key', message }],
        stop: true,
    });
    if (!ctx.publicKey)
        return fail(`the bundle is signed with a key (hint ${hint}), not a certificate: give its public key (public-key) to verify it`);
    const envelope = b.bundle.content.dsseEnvelope;
    if (!(0,key/* dsseSignatureVerifies */.jQ)(envelope, ctx.publicKey))
        return fail(`the bundle's signature does not verify with the public key given (the bundle's key hint is ${hint}, the key given is ${(0,key/* keyHint */.p4)(ctx.publicKey)})`);
    a.signedWithKey = `the key given (hint ${(0,key/* keyHint */.p4)(ctx.publicKey)})`;
    return { violations: [] };
}
/**
 * A key proves who holds it, not which repository or workflow ran: any identity asked for
 * (repository, signer workflow, certificate identity) is unmet, by design.
 */
async function keyIdentityStage(b, _a, ctx) {
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
}
/**
 * A bundle whose certificate is from the user's PKI (attest --signing-cert), with the anchors
 * given (cert-chain): the leaf valid now and allowed to sign, chained to an anchor through the
 * bundle's and the anchors' CA certificates, its key the one that signed.
 */
async function certChainStage(b, a, ctx) {
    const checked = (0,cert_chain/* checkCarriedCertificate */.Sl)(b, ctx.certChain ?? [], new Date());
    if ('problem' in checked)
        return {
            violations: [{ kind: 'signature', rule: 'cert-chain', message: checked.problem }],
            stop: true,
        };
    const { leaf } = checked;
    // node's X509Certificate reads the subject as text (CN=...); @sigstore/core's keeps its DER.
    const subject = new external_node_crypto_.X509Certificate(leaf.root.toDER()).subject.replace(/\n/g, ', ');
    a.signedWithKey = `a certificate of the anchors given (${subject})`;
    return { violations: [] };
}

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
// trusted root → signature and timestamps → identity → statement → subjects. Each stage
// records what it learnt on the attempt and returns its violations; a stage that leaves
// nothing for the next to check ends the bundle's way (`stop`).













const DEFAULT_PREDICATE_TYPES = [
    layout/* SLSA_PROVENANCE_V1 */.us,
    layout/* TRAINING_PREDICATE_TYPE */.sw,
];
const STAGES = [
    ['trusted-root', trustStage],
    ['signature', signatureStage],
    ['signature', identityStage],
    ['statement', statementStage],
    ['complete', subjectsStage],
];
/** A bundle signed with a key: the key given is its trust and its whole identity. */
const KEY_STAGES = [
    ['signature', keySignatureStage],
    ['signature', keyIdentityStage],
    ['statement', statementStage],
    ['complete', subjectsStage],
];
/** A certificate from the user's PKI: the anchors given are its trust; it proves no CI identity. */
const CERT_CHAIN_STAGES = [
    ['signature', certChainStage],
    ['signature', keyIdentityStage],
    ['statement', statementStage],
    ['complete', subjectsStage],
];
function stagesFor(b, ctx) {
    if (!b.certificate)
        return KEY_STAGES;
    return ctx.certChain?.length ? CERT_CHAIN_STAGES : STAGES;
}
function newAttempt(source) {
    return { source, stage: 'bundle', violations: [], timestamps: [], identity: [], subjects: [] };
}
/** Runs the stages over one bundle; the attempt ends at `complete` when every stage ran. */
async function attemptBundle(b, ctx) {
    const a = newAttempt(b.source);
    const stages = stagesFor(b, ctx);
    if (stages === STAGES)
        a.signer = (0,certificate/* signerFromCertificate */._H)(b.certificate);
    for (const [stage, run] of stages) {
        a.stage = stage;
        const r = await run(b, a, ctx);
        a.violations.push(...r.violations);
        if (r.stop)
            return a;
    }
    return a;
}
async function trustStage(b, a, ctx) {
    try {
        a.trustedRoot = await (0,trust/* selectTrustedRoot */.of)(ctx.trustedRoot, b.certificate, ctx.roots, ctx.refresh);
        return { violations: [] };
    }
    catch (e) {
        return { violations: [(0,violations/* fromError */.NQ)('trusted-root', 'trusted-root', e)], stop: true };
    }
}
async function signatureStage(b, a) {
    try {
        (0,trust/* createVerifier */.$A)(a.trustedRoot).verify((0,verify_dist/* toSignedEntity */.DC)(b.bundle));
    }
    catch (e) {
        return { violations: [(0,violations/* signatureViolation */.QH)(e, a.trustedRoot.name, 'the bundle')], stop: true };
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
}
async function identityStage(_b, a, ctx) {
    a.identity = (0,signer_policy/* checkIdentity */.Z0)(a.signer, ctx.identity);
    return { violations: (0,violations/* identityViolations */.ZX)(a.identity) };
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
/** Verified times: RFC 3161 timestamps (checked by the verifier) and Rekor's integrated time. */
function bundleTimes(b) {
    const vm = b.bundle.verificationMaterial;
    const entry = vm.tlogEntries[0];
    const tsa = [];
    for (const ts of vm.timestampVerificationData?.rfc3161Timestamps ?? []) {
        try {
            tsa.push(dist.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime);
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
    const identity = (0,policy/* mergeIdentity */.RW)(opts.identity, opts.policy);
    (0,signer_policy/* validateIdentityPolicy */.Nj)(identity);
    if (opts.model.length === 0) {
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'no model path to verify', {
            input: 'model',
            fix: 'pass the model files or directories the provenance signs',
        });
    }
    const ctx = await stageContext(opts, identity);
    const attempts = await attemptAll(opts.bundles, ctx);
    const winners = winnersByRole(attempts);
    const main = winners.get('training-record') ?? winners.get('build-provenance');
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
/** Each candidate through the stages, until one of each role has passed. */
async function attemptAll(bundles, ctx) {
    const attempts = [];
    const done = new Set();
    for (const c of await (0,verify_bundles/* collectBundles */.wg)(bundles)) {
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
        if (done.has('training-record') && done.has('build-provenance'))
            break;
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
/* harmony export */   O: () => (/* binding */ readProofs),
/* harmony export */   n: () => (/* binding */ readProofFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _commitment_proof_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75645);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
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
async function readProofFile(path, input = 'proof') {
    let text;
    try {
        // A FIFO (or a device) would be read forever.
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isFile())
            throw new Error('not a regular file');
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw unreadable(path, input, e.message, e);
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
/* harmony export */   ce: () => (/* binding */ loadTrustedRootFile)
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
    return docs.map((d, i) => trustedRootFromJSON(d, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path), docs.length > 1 ? `${path} (line ${i + 1})` : path));
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

/** A violation from a thrown error: a ProvenanceError keeps its fix. */
function fromError(kind, rule, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isProvenanceError */ .Ev)(e))
        return { kind, rule, message: e.message, fix: e.fix };
    return { kind, rule, message: e?.message ?? String(e) };
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
