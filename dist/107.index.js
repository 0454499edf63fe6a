export const id = 107;
export const ids = [107];
export const modules = {

/***/ 8107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify),
/* harmony export */   signerInputs: () => (/* binding */ signerInputs),
/* harmony export */   tufCacheDir: () => (/* binding */ tufCacheDir)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _engine_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5370);
/* harmony import */ var _hash_progress_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51499);
/* harmony import */ var _store_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7216);
/* harmony import */ var _verify_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(23329);
/* harmony import */ var _report_verify_summary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(55230);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73991);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15042);
/* harmony import */ var _verify_tuf_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29880);
// `mode: verify` as the runner runs it: the release gate. The step fails, with every
// violation listed, when the model is not what a pinned signer attested.











/** The action's inputs, as the engine takes them. */
function verifyInputs(env) {
    return {
        model: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('model'),
        bundle: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('bundle'),
        ...signerInputs(env),
        policy: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('policy'),
        proofs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('proofs'),
        advisories: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('advisories'),
        modelSignature: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('model-signature'),
        modelSignatureIdentity: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('model-signature-identity'),
        modelSignatureIdentityRegex: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('model-signature-identity-regex'),
        modelSignatureIssuer: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('model-signature-issuer'),
        ignorePaths: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('ignore-paths'),
        ignoreUnsignedFiles: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .boolInput */ .Hm)('ignore-unsigned-files', false),
    };
}
/** The signer and trust inputs, the same for the gate and the review. */
function signerInputs(env) {
    return {
        repository: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('repository'),
        signerWorkflow: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('signer-workflow'),
        sourceRef: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('source-ref'),
        certIdentity: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('cert-identity'),
        certIdentityRegex: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('cert-identity-regex'),
        certOidcIssuer: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('cert-oidc-issuer'),
        denySelfHostedRunners: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .boolInput */ .Hm)('deny-self-hosted-runners', false),
        trustedRoot: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('trusted-root'),
        tufUrl: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('tuf-url'),
        tufRoot: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('tuf-root'),
        offline: (0,_verify_tuf_js__WEBPACK_IMPORTED_MODULE_6__/* .offlineRequested */ .EZ)(env),
        publicKey: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('public-key'),
        certChain: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('cert-chain'),
    };
}
/** Where TUF metadata is kept: the runner's tool cache outlives the job on self-hosted runners. */
const tufCacheDir = (env) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'training-provenance', 'tuf');
async function runVerify() {
    const env = process.env;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const outputDir = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .outputDirInput */ .nL)(env, workspace);
    const report = await (0,_engine_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verify */ .MX)(verifyInputs(env), {
        workspace,
        ...(0,_github_js__WEBPACK_IMPORTED_MODULE_7__/* .githubUrls */ .MB)(env),
        currentRepository: env.GITHUB_REPOSITORY,
        pinCurrentRepository: true,
        githubToken: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .input */ .hF)('github-token') || undefined,
        tufCacheDir: tufCacheDir(env),
        log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line),
        onProgress: (0,_hash_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .labelledProgressLogger */ .ZU)((line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line)),
    });
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, 'verify-report.json');
    await (0,_store_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(reportPath, (0,_verify_report_js__WEBPACK_IMPORTED_MODULE_9__/* .renderReportJson */ .B)(report));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('verified', String(report.verified));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report-path', reportPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('violations', String(report.violations.length));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_verify_report_js__WEBPACK_IMPORTED_MODULE_9__/* .renderReportText */ .U)(report) + (0,_report_verify_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .renderModelSignaturesText */ ._)(report.modelSignatures));
    if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .boolInput */ .Hm)('summary', true))
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_report_verify_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .renderVerifySummary */ .i)(report), true).write();
    if (!report.verified) {
        const n = report.violations.length;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`VERIFY_FAILED: ${n} violation${n === 1 ? '' : 's'}: ${report.violations.map((v) => v.message).join('; ')}`);
    }
}


/***/ })

};
