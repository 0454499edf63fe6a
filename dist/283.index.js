export const id = 283;
export const ids = [283];
export const modules = {

/***/ 84283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAttest: () => (/* binding */ runAttest)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _engine_attest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3925);
/* harmony import */ var _hash_progress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51499);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73320);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73991);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28009);
// `mode: attest` as the runner runs it: inputs and runner context in, outputs and a job
// summary out. The work itself is the engine's (src/engine/attest.ts).






async function runAttest() {
    const env = process.env;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const result = await (0,_engine_attest_js__WEBPACK_IMPORTED_MODULE_1__/* .attest */ .st)(attestInputs((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputDirInput */ .nL)(env, workspace)), {
        ...runnerContext(env),
        workspace,
    });
    report(result);
    if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .boolInput */ .Hm)('summary', true))
        await writeSummary(result);
}
function attestInputs(outputDir) {
    return {
        model: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('model'),
        modelManifest: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('model-manifest'),
        datasets: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('datasets'),
        datasetsFile: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('datasets-file'),
        python: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('python'),
        requirements: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('requirements'),
        parameters: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('parameters'),
        byproducts: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('byproducts'),
        sign: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .boolInput */ .Hm)('sign', true),
        sigstore: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('sigstore'),
        fulcioUrl: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('fulcio-url'),
        rekorUrl: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('rekor-url'),
        tsaUrl: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('tsa-url'),
        pushToGitHub: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .boolInput */ .Hm)('push-to-github', true),
        uploadArtifact: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .boolInput */ .Hm)('upload-artifact', true),
        artifactName: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('artifact-name').trim(),
        outputDir,
        modelSignature: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .boolInput */ .Hm)('model-signature', false),
        mlBom: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .boolInput */ .Hm)('ml-bom', false),
    };
}
/** The runner around the inputs: its variables, its OIDC token, the GitHub token. */
function runnerContext(env) {
    let tokenProblem;
    return {
        env: { ...env },
        pathEnv: env.PATH ?? '',
        getIdToken: async () => {
            if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
                tokenProblem =
                    'ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job lacks id-token: write, or this is a fork';
                return undefined;
            }
            try {
                // getIDToken masks the token in the log itself.
                return await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9('sigstore');
            }
            catch (e) {
                tokenProblem = e.message;
                return undefined;
            }
        },
        idTokenProblem: () => tokenProblem,
        githubToken: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF)('github-token') || undefined,
        artifactRuntimeAvailable: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
        toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_VERSION */ .w,
        log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line),
        onProgress: (0,_hash_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .labelledProgressLogger */ .ZU)((line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line)),
    };
}
async function writeSummary(result) {
    const oms = result.modelSignatures.map((m) => `- OMS model signature \`${m.path}\` (root \`sha256:${m.root}\`)`);
    const extra = oms.length > 0 ? `\n### Model signatures\n\n${oms.join('\n')}\n` : '';
    const summary = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderAttestSummary */ ._4)({
        statement: result.statement,
        statementPath: result.training.statementPath,
        bundlePath: result.training.bundlePath,
        logIndex: result.training.logIndex,
        attestation: result.training.attestation,
        endpoints: result.endpoints,
        files: result.files,
    });
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(summary + extra, true).write();
}
function report(r) {
    const { provenance: p, training: t } = r;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('statement-path', p?.statementPath ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('bundle-path', p?.bundlePath ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('attestation-id', p?.attestation?.attestationId ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('attestation-url', p?.attestation?.attestationUrl ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('training-statement-path', t.statementPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('training-bundle-path', t.bundlePath ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('training-attestation-id', t.attestation?.attestationId ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('training-attestation-url', t.attestation?.attestationUrl ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('model-digest', r.modelDigest);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('log-index', p?.logIndex ?? t.logIndex ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('ml-bom-path', r.mlBom?.bomPath ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('ml-bom-bundle-path', r.mlBom?.bundlePath ?? '');
    for (const s of [p, t, r.mlBom].filter((x) => x !== undefined)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${s.role}: ${s.bundlePath ?? s.statementPath}`);
        if (s.logIndex)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  transparency log index: ${s.logIndex}`);
        if (s.attestation)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  attestation: ${s.attestation.attestationUrl}`);
    }
    if (r.modelDigest)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`model digest: ${r.modelDigest}`);
    if (t.bundlePath)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`signed on the ${r.endpoints?.instance} Sigstore instance`);
    for (const m of r.modelSignatures)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`model signature (OMS): ${m.path}`);
    if (r.artifact && !r.artifact.uploaded)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(r.artifact.reason);
    if (r.artifact?.uploaded)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`artifact: ${r.artifact.name} (id ${r.artifact.id})`);
    if (!t.bundlePath)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm('sign: false — the statements are unsigned; verify cannot trust them.');
}


/***/ })

};
