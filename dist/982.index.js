export const id = 982;
export const ids = [982,112];
export const modules = {

/***/ 8982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerify: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/src/collect/paths.js
var collect_paths = __webpack_require__(85768);
// EXTERNAL MODULE: ./build/src/oms/index.js + 8 modules
var oms = __webpack_require__(93578);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/hash/index.js + 7 modules
var hash = __webpack_require__(46929);
// EXTERNAL MODULE: ./build/src/policy/policy.js
var policy_policy = __webpack_require__(80728);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./build/src/store/attestations.js
var attestations = __webpack_require__(45112);
// EXTERNAL MODULE: ./build/src/store/retry.js
var retry = __webpack_require__(67273);
// EXTERNAL MODULE: ./build/src/verify/identity.js
var identity = __webpack_require__(69241);
;// CONCATENATED MODULE: ./build/src/verify/lookup.js
// Finding bundles by the model's digest in GitHub's attestations API, as
// `gh attestation verify` does when no bundle file is given. The bundles come back
// unverified: the caller tries them in turn.





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
    const { owner, repo } = (0,identity/* parseRepository */.SU)(opts.repository);
    const digest = normalizeDigest(opts.digest);
    if (!opts.token) {
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'looking up attestations needs a GitHub token', {
            input: 'github-token',
            fix: 'pass `github-token` (the default `${{ github.token }}` with `permissions: attestations: read`), or pass `bundle`',
        });
    }
    const apiUrl = (opts.apiUrl ?? 'https://api.github.com').replace(/\/$/, '');
    const octokit = (0,github/* getOctokit */.Q)(opts.token, { baseUrl: apiUrl, request: { retries: 0 } });
    const found = [];
    const maxPages = opts.maxPages ?? 10;
    let url;
    for (let page = 0; page < maxPages; page++) {
        const what = `GET ${apiUrl}/repos/${owner}/${repo}/attestations/${digest}`;
        let res;
        try {
            res = await (0,retry/* withRetry */.bD)(what, () => url
                ? octokit.request(`GET ${url}`)
                : octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
                    owner,
                    repo,
                    subject_digest: digest,
                    per_page: 100,
                    ...(opts.predicateType ? { predicate_type: opts.predicateType } : {}),
                }), attestations/* classifyOctokitError */.A, { policy: opts.retry, log: opts.log });
        }
        catch (e) {
            const f = (0,attestations/* classifyOctokitError */.A)(e);
            if (f.status === 404)
                return found;
            if (f.status === 401 || f.status === 403) {
                throw new errors/* ProvenanceError */.CG('PERMISSION_DENIED', `the attestations API refused to list attestations of ${owner}/${repo} (HTTP ${f.status})`, {
                    input: 'github-token',
                    value: opts.repository,
                    fix: f.status === 401
                        ? 'the token was rejected: pass a valid `github-token`'
                        : "grant the job 'permissions: attestations: read' (and 'contents: read' for private repositories), or pass the bundle file with `bundle`",
                    cause: e,
                });
            }
            throw new errors/* ProvenanceError */.CG('SERVICE_FAILED', `the attestations API at ${apiUrl} failed: ${f.status ? `HTTP ${f.status}` : e.message}`, { input: 'bundle', fix: 're-run later, or pass the bundle file with `bundle`', cause: e });
        }
        const data = res.data;
        for (const a of data.attestations ?? []) {
            if (a.bundle && typeof a.bundle === 'object') {
                found.push({
                    bundle: a.bundle,
                    source: `attestations API ${owner}/${repo} #${found.length + 1}`,
                    repositoryId: a.repository_id,
                });
            }
            else if (a.bundle_url) {
                // The bundle_url form is a compressed download this reader does not decode.
                opts.log?.(`attestation of ${owner}/${repo} without an inline bundle skipped (bundle_url only)`);
            }
        }
        url = nextLink(res.headers);
        if (!url)
            break;
    }
    return found;
}

// EXTERNAL MODULE: ./build/src/verify/verify.js + 1 modules
var verify = __webpack_require__(38817);
;// CONCATENATED MODULE: ./build/src/engine/verify.js
// `verify`: resolve the model, find the bundles (files, or the attestations API by the
// model's digest), and hand everything to the verify engine. Like attest, it takes inputs
// and context as data.









async function verify_verify(inputs, ctx) {
    const model = await (0,collect_paths/* resolvePatterns */.Ep)((0,collect_paths/* parseList */.E1)(inputs.model), {
        workspace: ctx.workspace,
        input: 'model',
        required: true,
    });
    const policy = inputs.policy.trim()
        ? await (0,policy_policy/* loadPolicy */.tb)((0,external_node_path_.resolve)(ctx.workspace, inputs.policy.trim()))
        : undefined;
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
    const identity = (0,policy_policy/* mergeIdentity */.RW)(explicit, policy);
    const pinned = identity.repository ||
        identity.signerWorkflow ||
        identity.certIdentity ||
        identity.certIdentityRegex;
    if (!pinned && ctx.pinCurrentRepository && ctx.currentRepository) {
        identity.repository = ctx.currentRepository;
        ctx.log(`no signer given: requiring the current repository, ${ctx.currentRepository}`);
    }
    const files = (0,collect_paths/* parseList */.E1)(inputs.bundle).map((b) => (0,external_node_path_.resolve)(ctx.workspace, b));
    let bundles = files;
    if (files.length === 0) {
        const repository = identity.repository ?? ctx.currentRepository;
        if (!repository || !ctx.githubToken) {
            throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'no bundle given, and no repository and token to look one up', {
                input: 'bundle',
                fix: 'pass bundle: path/to/provenance.sigstore.json, or repository: OWNER/REPO with a github-token that may read attestations',
            });
        }
        bundles = [];
        for (const entry of model) {
            const digest = entry.kind === 'file'
                ? (await (0,hash/* hashFile */.DC)(entry.path, 'sha256')).digest
                : (await (0,hash/* digestDirectory */.qW)(entry.path)).root;
            ctx.log(`looking up sha256:${digest} (${entry.relPath}) in ${repository}'s attestations`);
            const found = await lookupAttestations({
                repository,
                digest: `sha256:${digest}`,
                token: ctx.githubToken,
                apiUrl: ctx.apiUrl,
                log: ctx.log,
            });
            bundles = [...bundles, ...found];
        }
        if (bundles.length === 0) {
            throw new errors/* ProvenanceError */.CG('VERIFY_FAILED', `no attestation for this model in ${repository}`, {
                input: 'model',
                fix: 'check that the attest step ran with push-to-github: true for this exact model, or pass the bundle file',
            });
        }
    }
    const report = await (0,verify/* verifyProvenance */.Tu)({
        bundles,
        model,
        workspace: ctx.workspace,
        identity,
        trustedRoot: inputs.trustedRoot.trim() || 'auto',
        policy,
        now: ctx.now,
    });
    const modelSignatures = [];
    for (const { sigPath, modelDir } of await signaturesToCheck(inputs.modelSignature, model, ctx.workspace)) {
        const result = await (0,oms/* verifyOmsSignature */.JM)({
            sigPath,
            modelDir,
            trustedRoot: inputs.trustedRoot.trim() || 'auto',
            identity,
        });
        const check = { signature: sigPath, modelDir, result };
        if (result.root) {
            // The directory subjects the provenance signed, as verify matched them on disk.
            const signedDirs = report.subjects
                .filter((c) => c.kind === 'directory' && c.expected?.startsWith('sha256:'))
                .map((c) => ({
                name: c.subject ?? c.name,
                digest: { sha256: c.expected.slice('sha256:'.length) },
                annotations: { role: 'model-directory' },
            }));
            check.binding = (0,oms/* checkBinding */.aS)(result.signedRoot ?? result.root, { subjects: signedDirs });
        }
        modelSignatures.push(check);
        for (const v of result.violations)
            report.violations.push({ ...v, rule: `model-signature ${v.rule}` });
        if (!result.verified)
            report.verified = false;
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
    return { ...report, modelSignatures };
}
async function signaturesToCheck(spec, model, workspace) {
    const value = spec.trim();
    if (value === '' || value === 'false')
        return [];
    const dirs = model.filter((m) => m.kind === 'directory');
    if (value === 'true' || value === 'auto') {
        const found = dirs
            .map((d) => ({ sigPath: (0,external_node_path_.join)(d.path, oms/* OMS_SIGNATURE_NAME */.HW), modelDir: d.path }))
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
    if (dirs.length !== 1) {
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', 'a model.sig path needs exactly one model directory to check it against', {
            input: 'model-signature',
            value,
            fix: "name one model directory in model, or use model-signature: true to check each directory's model.sig",
        });
    }
    return paths.map((sigPath) => ({ sigPath, modelDir: dirs[0].path }));
}

// EXTERNAL MODULE: ./build/src/store/files.js
var files = __webpack_require__(7216);
;// CONCATENATED MODULE: ./build/src/verify/report.js
/** The JSON report, stable key order as built, two-space indented, newline-terminated. */
function renderReportJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
const mark = (ok) => (ok ? '✓' : '✗');
/** A plain-text report: verdict, signer, every violation, then the checks that passed. */
function renderReportText(report) {
    const out = [];
    const n = report.violations.length;
    out.push(report.verified
        ? `VERIFIED: ${report.bundle ?? 'bundle'}`
        : `NOT VERIFIED: ${n} violation${n === 1 ? '' : 's'}${report.bundle ? ` (${report.bundle})` : ''}`);
    const s = report.signer;
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
    if (n > 0) {
        out.push('', 'Violations:');
        for (const v of report.violations) {
            out.push(`  ✗ [${v.kind}] ${v.rule}: ${v.message}`);
            if (v.expected !== undefined || v.actual !== undefined) {
                out.push(`      expected: ${v.expected ?? '(n/a)'}`);
                out.push(`      actual:   ${v.actual ?? '(absent)'}`);
            }
            if (v.fix)
                out.push(`      fix: ${v.fix}`);
        }
    }
    if (report.subjects.length > 0) {
        out.push('', 'Model:');
        for (const c of report.subjects)
            out.push(`  ${mark(c.ok)} ${c.name}${c.kind === 'directory' ? '/' : ''} ${c.actual ?? ''}`.trimEnd());
    }
    const passedIdentity = report.identity.filter((c) => c.ok);
    if (passedIdentity.length > 0) {
        out.push('', 'Identity checks passed:');
        for (const c of passedIdentity)
            out.push(`  ✓ ${c.check}: ${c.expected}`);
    }
    const passedRules = report.rules.filter((r) => r.ok);
    if (passedRules.length > 0) {
        out.push('', 'Policy rules passed:');
        for (const r of passedRules)
            out.push(`  ✓ ${r.rule}: ${r.reason}`);
    }
    if (report.statement) {
        const st = report.statement;
        out.push('', 'Statement:');
        out.push(`  predicate:  ${st.predicateType}`);
        if (st.buildType)
            out.push(`  buildType:  ${st.buildType}`);
        out.push(`  subjects:   ${st.subjects}`);
        if (st.datasets !== undefined)
            out.push(`  datasets:   ${st.datasets}`);
        if (st.packages !== undefined)
            out.push(`  packages:   ${st.packages}`);
        if (st.finishedOn)
            out.push(`  finished:   ${st.finishedOn}`);
    }
    if (report.attempts.length > 1) {
        out.push('', 'Bundles tried:');
        for (const a of report.attempts) {
            out.push(`  ${mark(a.verified)} ${a.source}${a.verified ? '' : `: ${a.firstViolation ?? `stopped at ${a.stage}`}`}`);
        }
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./build/src/report/summary.js
var summary = __webpack_require__(73320);
;// CONCATENATED MODULE: ./build/src/report/verify-summary.js

const verify_summary_mark = (ok) => (ok ? '✅' : '❌');
function renderVerifySummary(r) {
    const out = [];
    const n = r.violations.length;
    out.push(r.verified
        ? '## ✅ Training provenance verified'
        : `## ❌ Training provenance not verified: ${n} violation${n === 1 ? '' : 's'}`, '');
    if (n > 0) {
        for (const v of r.violations)
            out.push(`- **${(0,summary/* escapeCell */.kq)(v.rule)}**: ${(0,summary/* escapeCell */.kq)(v.message)}`);
        out.push('');
    }
    const s = r.signer;
    if (s) {
        out.push('### Signer', '', '| Item | Value |', '| --- | --- |');
        out.push(`| Identity | ${(0,summary/* codeCell */.MZ)(s.san ?? '(none)')} |`);
        out.push(`| Issuer | ${(0,summary/* codeCell */.MZ)(s.issuer ?? '(none)')} |`);
        if (s.sourceRepositoryUri)
            out.push(`| Repository | ${(0,summary/* codeCell */.MZ)(s.sourceRepositoryUri)} |`);
        if (s.sourceRepositoryRef)
            out.push(`| Ref | ${(0,summary/* codeCell */.MZ)(s.sourceRepositoryRef)} |`);
        if (s.sourceRepositoryDigest)
            out.push(`| Commit | ${(0,summary/* codeCell */.MZ)(s.sourceRepositoryDigest)} |`);
        if (s.runnerEnvironment)
            out.push(`| Runner | ${(0,summary/* codeCell */.MZ)(s.runnerEnvironment)} |`);
        if (r.trustedRoot)
            out.push(`| Trusted root | ${(0,summary/* escapeCell */.kq)(`${r.trustedRoot.name} (${r.trustedRoot.source})`)} |`);
        if (r.logIndex)
            out.push(`| Log index | ${(0,summary/* codeCell */.MZ)(r.logIndex)} |`);
        if (r.signedAt)
            out.push(`| Signed at | ${(0,summary/* escapeCell */.kq)(`${r.signedAt.time} (${r.signedAt.source})`)} |`);
        out.push('');
    }
    if (r.identity.length > 0) {
        out.push('### Identity checks', '', '| Check | Result | Expected | Actual |', '| --- | --- | --- | --- |');
        for (const c of r.identity) {
            out.push(`| ${(0,summary/* escapeCell */.kq)(c.check)} | ${verify_summary_mark(c.ok)} | ${(0,summary/* codeCell */.MZ)(c.expected)} | ${c.actual ? (0,summary/* codeCell */.MZ)(c.actual) : ''} |`);
        }
        out.push('');
    }
    if (r.subjects.length > 0) {
        out.push('### Model', '', '| Path | Result | Detail |', '| --- | --- | --- |');
        for (const c of r.subjects)
            out.push(`| ${(0,summary/* codeCell */.MZ)(c.name)} | ${verify_summary_mark(c.ok)} | ${(0,summary/* escapeCell */.kq)(c.reason)} |`);
        out.push('');
    }
    if (r.rules.length > 0) {
        out.push('### Policy', '', '| Rule | Result | Reason |', '| --- | --- | --- |');
        for (const rule of r.rules)
            out.push(`| ${(0,summary/* escapeCell */.kq)(rule.rule)} | ${verify_summary_mark(rule.ok)} | ${(0,summary/* escapeCell */.kq)(rule.reason)} |`);
        out.push('');
    }
    out.push(...modelSignaturesMarkdown(r.modelSignatures));
    return `${out.join('\n')}\n`;
}
/** The OMS model signatures checked beside the provenance, for a terminal or a log. */
function renderModelSignaturesText(checks) {
    if (checks.length === 0)
        return '';
    const lines = ['', 'Model signatures (OpenSSF model signing):'];
    for (const c of checks) {
        lines.push(`  ${c.result.verified ? '✓' : '✗'} ${c.signature} (${c.result.signer?.san ?? 'no signer'})`);
        if (c.result.root)
            lines.push(`    root sha256:${c.result.root}`);
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
        out.push(`| ${(0,summary/* codeCell */.MZ)(c.signature)} | ${verify_summary_mark(c.result.verified)} | ${(0,summary/* codeCell */.MZ)(c.result.signer?.san ?? '(none)')} | ${(0,summary/* escapeCell */.kq)(c.binding?.statement ?? '')} |`);
    }
    out.push('');
    return out;
}

// EXTERNAL MODULE: ./build/src/action/inputs.js
var inputs = __webpack_require__(73991);
;// CONCATENATED MODULE: ./build/src/action/verify.js
// `mode: verify` as the runner runs it: the release gate. The step fails, with every
// violation listed, when the model is not what a pinned signer attested.







async function runVerify() {
    const env = process.env;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const outputDir = (0,inputs/* input */.hF)('output-dir').trim() || (0,external_node_path_.join)(env.RUNNER_TEMP || workspace, 'training-provenance');
    const report = await verify_verify({
        model: (0,inputs/* input */.hF)('model'),
        bundle: (0,inputs/* input */.hF)('bundle'),
        repository: (0,inputs/* input */.hF)('repository'),
        signerWorkflow: (0,inputs/* input */.hF)('signer-workflow'),
        sourceRef: (0,inputs/* input */.hF)('source-ref'),
        certIdentity: (0,inputs/* input */.hF)('cert-identity'),
        certIdentityRegex: (0,inputs/* input */.hF)('cert-identity-regex'),
        certOidcIssuer: (0,inputs/* input */.hF)('cert-oidc-issuer'),
        denySelfHostedRunners: (0,inputs/* boolInput */.Hm)('deny-self-hosted-runners', false),
        trustedRoot: (0,inputs/* input */.hF)('trusted-root'),
        policy: (0,inputs/* input */.hF)('policy'),
        modelSignature: (0,inputs/* input */.hF)('model-signature'),
    }, {
        workspace,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        currentRepository: env.GITHUB_REPOSITORY,
        pinCurrentRepository: true,
        githubToken: (0,inputs/* input */.hF)('github-token') || undefined,
        log: (line) => core/* info */.pq(line),
    });
    const reportPath = (0,external_node_path_.join)(outputDir, 'verify-report.json');
    await (0,files/* writeFileAtomic */.Z)(reportPath, renderReportJson(report));
    core/* setOutput */.uH('verified', String(report.verified));
    core/* setOutput */.uH('report-path', reportPath);
    core/* setOutput */.uH('violations', String(report.violations.length));
    core/* info */.pq(renderReportText(report) + renderModelSignaturesText(report.modelSignatures));
    if ((0,inputs/* boolInput */.Hm)('summary', true))
        await core/* summary */.z.addRaw(renderVerifySummary(report), true).write();
    if (!report.verified) {
        const n = report.violations.length;
        core/* setFailed */.C1(`VERIFY_FAILED: ${n} violation${n === 1 ? '' : 's'}: ${report.violations.map((v) => v.message).join('; ')}`);
    }
}


/***/ }),

/***/ 45112:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ classifyOctokitError),
/* harmony export */   pushAttestation: () => (/* binding */ pushAttestation)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67273);
// Stores a bundle through GitHub's attestations API, so that `gh attestation verify`
// and our verify's digest lookup find it without any file being passed around.



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
        const res = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(`POST ${opts.apiUrl}/repos/${owner}/${repo}/attestations`, () => octokit.request('POST /repos/{owner}/{repo}/attestations', {
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
        const f = classifyOctokitError(e);
        if (f.status === 403 || f.status === 404 || f.status === 401) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('PERMISSION_DENIED', `the attestations API refused the upload to ${opts.repository} (HTTP ${f.status})`, {
                input: 'push-to-github',
                value: 'true',
                fix: "grant the job 'permissions: attestations: write' (and 'id-token: write'), or set push-to-github: false",
                cause: e,
            });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('STORAGE_FAILED', `the attestations API at ${opts.apiUrl} failed: ${f.status ? `HTTP ${f.status}` : `no answer (${f.detail ?? e.message})`}`, {
            input: 'push-to-github',
            fix: 're-run the job; the bundle file was kept in output-dir',
            cause: e,
        });
    }
}


/***/ })

};
