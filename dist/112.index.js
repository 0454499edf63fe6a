export const id = 112;
export const ids = [112];
export const modules = {

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
