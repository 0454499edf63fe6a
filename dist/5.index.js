export const id = 5;
export const ids = [5];
export const modules = {

/***/ 15005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerify: () => (/* binding */ runVerify),
  trustFields: () => (/* binding */ trustFields),
  tufCacheDir: () => (/* binding */ tufCacheDir)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/engine/verify.js + 5 modules
var verify = __webpack_require__(32729);
// EXTERNAL MODULE: ./build/src/request/edge.js
var edge = __webpack_require__(40326);
// EXTERNAL MODULE: ./build/src/request/verify.js
var request_verify = __webpack_require__(73238);
// EXTERNAL MODULE: ./build/src/hash/progress.js
var progress = __webpack_require__(51499);
// EXTERNAL MODULE: ./build/src/store/files.js
var files = __webpack_require__(7216);
// EXTERNAL MODULE: ./build/src/verify/report.js
var verify_report = __webpack_require__(23329);
// EXTERNAL MODULE: ./build/src/present/markdown.js
var markdown = __webpack_require__(29232);
// EXTERNAL MODULE: ./build/src/lineage/render.js
var render = __webpack_require__(87547);
;// CONCATENATED MODULE: ./build/src/report/verify-summary.js


const mark = (ok) => (ok ? '✅' : '❌');
/**
 * The outcome, and the lineage when the chain walker produced one (`lineage`, src/lineage/chain.ts):
 * drawn after the violations, before the folded record.
 */
function renderVerifySummary(r) {
    const out = [];
    const n = r.violations.length;
    out.push(r.verified
        ? '## ✅ Training provenance verified'
        : `## ❌ Training provenance not verified: ${n} violation${n === 1 ? '' : 's'}`, '');
    if (n > 0) {
        for (const v of r.violations)
            out.push(`- **${(0,markdown/* escapeText */.X1)(v.rule)}**: ${(0,markdown/* escapeText */.X1)(v.message)}`);
        out.push('');
    }
    out.push(...warningsSection(r.warnings));
    if (r.lineage)
        out.push(...lineageSection(r.lineage));
    // The full record: a reader who wants it unfolds it; the verdict and violations stay on top.
    out.push((0,markdown/* openDetails */.Fo)('Full record: signer, identity, model, policy'));
    out.push(...signerTable(r));
    if (r.identity.length > 0) {
        out.push('### Identity checks', '', '| Check | Result | Expected | Actual |', '| --- | --- | --- | --- |');
        for (const c of r.identity) {
            out.push(`| ${(0,markdown/* escapeText */.X1)(c.check)} | ${mark(c.ok)} | ${(0,markdown/* code */.aY)(c.expected)} | ${c.actual ? (0,markdown/* code */.aY)(c.actual) : ''} |`);
        }
        out.push('');
    }
    if (r.subjects.length > 0) {
        out.push('### Model', '', '| Path | Result | Detail |', '| --- | --- | --- |');
        for (const c of r.subjects)
            out.push(`| ${(0,markdown/* code */.aY)(c.name)} | ${mark(c.ok)} | ${(0,markdown/* escapeText */.X1)(c.reason)} |`);
        if (r.coverage)
            out.push('', `${r.coverage.checked} of ${r.coverage.signed} signed subjects checked`);
        out.push('');
    }
    if (r.rules.length > 0) {
        out.push('### Policy', '', '| Rule | Result | Reason |', '| --- | --- | --- |');
        for (const rule of r.rules)
            out.push(`| ${(0,markdown/* escapeText */.X1)(rule.rule)} | ${(0,markdown/* ruleMark */.MQ)(rule.status)} | ${(0,markdown/* escapeText */.X1)(rule.reason)} |`);
        out.push('');
    }
    out.push(...modelSignaturesMarkdown(r.modelSignatures));
    out.push(markdown/* CLOSE_DETAILS */.SV);
    return `${out.join('\n')}\n`;
}
function warningsSection(warnings) {
    if (warnings.length === 0)
        return [];
    return [
        '### ⚠️ Known advisories',
        '',
        'No policy was given; a policy makes these violations.',
        '',
        ...warnings.map((w) => `- ${(0,markdown/* escapeText */.X1)(w)}`),
        '',
    ];
}
function lineageSection(root) {
    const bad = (0,render/* unverifiedNodes */.Zl)(root).length;
    return [
        '### Lineage',
        '',
        bad === 0
            ? 'Every model in the chain has verified evidence.'
            : `${bad} model${bad === 1 ? '' : 's'} in the chain could not be verified (dashed, marked ⚠).`,
        '',
        (0,render/* lineageMarkdown */.fs)(root, 'verified'),
        '',
    ];
}
/** Who signed, and against what: the certificate's identity, the trusted root, the time. */
function signerTable(r) {
    const s = r.signer;
    if (!s)
        return [];
    const out = [];
    out.push('### Signer', '', '| Item | Value |', '| --- | --- |');
    out.push(`| Identity | ${(0,markdown/* code */.aY)(s.san ?? '(none)')} |`);
    out.push(`| Issuer | ${(0,markdown/* code */.aY)(s.issuer ?? '(none)')} |`);
    if (s.sourceRepositoryUri)
        out.push(`| Repository | ${(0,markdown/* code */.aY)(s.sourceRepositoryUri)} |`);
    if (s.sourceRepositoryRef)
        out.push(`| Ref | ${(0,markdown/* code */.aY)(s.sourceRepositoryRef)} |`);
    if (s.sourceRepositoryDigest)
        out.push(`| Commit | ${(0,markdown/* code */.aY)(s.sourceRepositoryDigest)} |`);
    if (s.runnerEnvironment)
        out.push(`| Runner | ${(0,markdown/* code */.aY)(s.runnerEnvironment)} |`);
    if (r.trustedRoot)
        out.push(`| Trusted root | ${(0,markdown/* escapeText */.X1)(`${r.trustedRoot.name} (${r.trustedRoot.source})`)} |`);
    if (r.logIndex)
        out.push(`| Log index | ${(0,markdown/* code */.aY)(r.logIndex)} |`);
    if (r.signedAt)
        out.push(`| Signed at | ${(0,markdown/* escapeText */.X1)(`${r.signedAt.time} (${r.signedAt.source})`)} |`);
    out.push('');
    return out;
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
        out.push(`| ${(0,markdown/* code */.aY)(c.signature)} | ${mark(c.result.verified)} | ${(0,markdown/* code */.aY)(c.result.signer?.san ?? (c.result.publicKey ? `public key ${c.result.publicKey}` : '(none)'))} | ${(0,markdown/* escapeText */.X1)(c.binding?.statement ?? '')} |`);
    }
    out.push('');
    return out;
}

// EXTERNAL MODULE: ./build/src/action/inputs.js
var inputs = __webpack_require__(73991);
// EXTERNAL MODULE: ./build/src/github.js
var github = __webpack_require__(15042);
// EXTERNAL MODULE: ./build/src/verify/tuf.js
var tuf = __webpack_require__(29880);
;// CONCATENATED MODULE: ./build/src/action/verify.js
// The verify action as the runner runs it: the release gate. The step fails, with every
// violation listed, when the model is not what a pinned signer attested.













/** The action's inputs as typed, each list split into its items. */
async function verifyFields(env, workspace) {
    return {
        model: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('model')),
        bundle: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('bundle')),
        ...(await trustFields(env, workspace)),
        policy: (0,inputs/* input */.hF)('policy'),
        proofs: (0,inputs/* input */.hF)('proofs'),
        evidence: (0,inputs/* input */.hF)('evidence'),
        advisories: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('advisories')),
        modelSignature: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('model-signature')),
        modelSignatureIdentity: (0,inputs/* input */.hF)('model-signature-identity'),
        modelSignatureIdentityRegex: (0,inputs/* input */.hF)('model-signature-identity-regex'),
        modelSignatureIssuer: (0,inputs/* input */.hF)('model-signature-issuer'),
        ignorePaths: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('ignore-paths')),
        ignoreUnsignedFiles: (0,inputs/* boolInput */.Hm)('ignore-unsigned-files', false),
    };
}
/** The signer and trust inputs, the same for the gate and the review. */
async function trustFields(env, workspace) {
    return {
        repository: (0,inputs/* input */.hF)('repository'),
        signerWorkflow: (0,inputs/* input */.hF)('signer-workflow'),
        sourceRef: (0,inputs/* input */.hF)('source-ref'),
        certIdentity: (0,inputs/* input */.hF)('cert-identity'),
        certIdentityRegex: (0,inputs/* input */.hF)('cert-identity-regex'),
        certOidcIssuer: (0,inputs/* input */.hF)('cert-oidc-issuer'),
        denySelfHostedRunners: (0,inputs/* boolInput */.Hm)('deny-self-hosted-runners', false),
        trustedRoot: await (0,inputs/* trustedRootInput */.sT)(workspace),
        tufUrl: (0,inputs/* input */.hF)('tuf-url'),
        tufRoot: (0,inputs/* input */.hF)('tuf-root'),
        // The input and TRAINING_PROVENANCE_OFFLINE are one setting: either asks for no network.
        offline: (0,inputs/* boolInput */.Hm)('offline', false) || (0,tuf/* offlineRequested */.EZ)(env),
        publicKey: (0,inputs/* input */.hF)('public-key'),
        certChain: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('cert-chain')),
    };
}
/** Where TUF metadata is kept: the runner's tool cache outlives the job on self-hosted runners. */
const tufCacheDir = (env) => (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'training-provenance', 'tuf');
async function runVerify() {
    const env = process.env;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const outputDir = (0,inputs/* outputDirInput */.nL)(env, workspace);
    const request = (0,request_verify/* buildVerifyRequest */.BL)(await verifyFields(env, workspace), (0,edge/* actionEdge */.eN)(workspace));
    const report = await (0,verify/* verify */.MX)(request, {
        workspace,
        ...(0,github/* githubUrls */.MB)(env),
        currentRepository: env.GITHUB_REPOSITORY,
        pinCurrentRepository: true,
        githubToken: (0,inputs/* input */.hF)('github-token') || undefined,
        tufCacheDir: tufCacheDir(env),
        log: (line) => core/* info */.pq(line),
        onProgress: (0,progress/* labelledProgressLogger */.ZU)((line) => core/* info */.pq(line)),
    });
    const reportPath = (0,external_node_path_.join)(outputDir, 'verify-report.json');
    await (0,files/* writeFileAtomic */.Zf)(reportPath, (0,verify_report/* renderReportJson */.BK)(report));
    core/* setOutput */.uH('verified', String(report.verified));
    core/* setOutput */.uH('report-path', reportPath);
    core/* setOutput */.uH('violations', String(report.violations.length));
    core/* info */.pq((0,verify_report/* renderText */.S5)(report));
    if ((0,inputs/* boolInput */.Hm)('summary', true))
        await core/* summary */.z.addRaw(renderVerifySummary(report), true).write();
    if (!report.verified) {
        const n = report.violations.length;
        core/* setFailed */.C1(`VERIFY_FAILED: ${n} violation${n === 1 ? '' : 's'}: ${report.violations.map((v) => v.message).join('; ')}`);
    }
}


/***/ })

};
