export const id = 112;
export const ids = [112];
export const modules = {

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


/***/ })

};
