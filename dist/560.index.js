export const id = 560;
export const ids = [560];
export const modules = {

/***/ 11560:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _warm_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12543);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91659);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27406);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33018);
/* harmony import */ var _surface_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74164);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73991);






async function main() {
    try {
        // Which job: fixed by a sub-action (verify/action.yml, review/action.yml); the root attests.
        const job = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .choiceInput */ .ij)('sub-action', _surface_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .ACTIONS */ .kl, 'attest');
        refuseRemovedInputs(job, process.env);
        // Each job is loaded only when it runs: the bundle's start-up time is paid on every step,
        // and verify/review bring code (Octokit, the artifact client) attest does not need.
        if (job === 'attest')
            await (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(163), __webpack_require__.e(455), __webpack_require__.e(167), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 6567))).runAttest();
        else if (job === 'verify')
            await (await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(179), __webpack_require__.e(895), __webpack_require__.e(163), __webpack_require__.e(534), __webpack_require__.e(5)]).then(__webpack_require__.bind(__webpack_require__, 15005))).runVerify();
        else
            await (await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(179), __webpack_require__.e(895), __webpack_require__.e(656), __webpack_require__.e(163), __webpack_require__.e(534), __webpack_require__.e(455), __webpack_require__.e(285), __webpack_require__.e(325)]).then(__webpack_require__.bind(__webpack_require__, 66325))).runReview();
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(e));
    }
    finally {
        await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_3__/* .closeHashPool */ .Hl)();
    }
}
/**
 * An input v1 removed fails the step, naming what replaces it: the runner passes an input the
 * action.yml does not declare through as INPUT_<NAME> with only a warning, and ignoring it
 * would run another job than the one asked for (`mode: verify` attesting) or sign elsewhere.
 */
function refuseRemovedInputs(job, env) {
    for (const r of (0,_surface_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .removedFor */ .iJ)({ action: job })) {
        const given = env[`INPUT_${r.name.toUpperCase()}`]?.trim();
        if (!given || (r.value !== undefined && given !== r.value))
            continue;
        const what = r.value !== undefined ? `'${r.name}: ${r.value}'` : `the input '${r.name}'`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_INVALID', `${what} was removed in v1: use ${r.by}`, {
            input: r.name,
            value: given,
            fix: `${r.by}: ${r.replacement} (docs/migrating-to-v1.md)`,
        });
    }
}
await main();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 73991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ boolInput),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   hY: () => (/* binding */ signingInputs),
/* harmony export */   ij: () => (/* binding */ choiceInput),
/* harmony export */   nL: () => (/* binding */ outputDirInput),
/* harmony export */   sT: () => (/* binding */ trustedRootInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27406);
/* harmony import */ var _sign_trust_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93772);
// Reading action inputs: the one place that knows their names and defaults as the
// runner gives them (INPUT_<NAME>), and turns a bad value into an error that names it.




function input(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
}
function boolInput(name, fallback) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (raw === '')
        return fallback;
    if (/^(true|yes|on|1)$/i.test(raw))
        return true;
    if (/^(false|no|off|0)$/i.test(raw))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${raw}' is not a boolean`, {
        input: name,
        value: raw,
        fix: `write ${name}: true or ${name}: false`,
    });
}
function choiceInput(name, choices, fallback) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || fallback;
    if (!choices.includes(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${raw}' is not one of ${choices.join(', ')}`, {
            input: name,
            value: raw,
            fix: `set ${name} to one of: ${choices.join(', ')}`,
        });
    }
    return raw;
}
/**
 * `output-dir`, the same for the three actions: as given (relative to the workspace), else
 * $RUNNER_TEMP/training-provenance, where a later step of the job finds it.
 */
function outputDirInput(env, workspace) {
    const given = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('output-dir').trim();
    return given
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, given)
        : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TEMP || workspace, 'training-provenance');
}
/**
 * `trust-config` (relative to the workspace), read here as the command reads --trust-config:
 * a custom instance in place of a named one, never both.
 */
function trustConfigInput(workspace, others) {
    const file = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('trust-config').trim();
    const other = Object.entries(others).find(([name, fallback]) => {
        const v = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
        return v !== '' && v !== fallback;
    });
    (0,_sign_trust_config_js__WEBPACK_IMPORTED_MODULE_3__/* .refuseTwoInstances */ .rQ)(file, other?.[0], '');
    return file && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, file);
}
/** attest's instance: `sigstore`, or the custom one `trust-config` names. */
function signingInputs(workspace) {
    return (0,_sign_trust_config_js__WEBPACK_IMPORTED_MODULE_3__/* .signingInstance */ .Xk)(trustConfigInput(workspace, { sigstore: 'auto' }), _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('sigstore').trim());
}
/** The trusted root verify and review check with: `trust-config` (checked), else `trusted-root`. */
async function trustedRootInput(workspace) {
    const others = { 'trusted-root': 'auto', 'tuf-url': '', 'tuf-root': '' };
    const file = trustConfigInput(workspace, others);
    if (!file)
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('trusted-root');
    await (0,_sign_trust_config_js__WEBPACK_IMPORTED_MODULE_3__/* .readTrustConfig */ .Rx)(file, 'trust-config');
    return file;
}


/***/ }),

/***/ 12543:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33018);
// Imported first by the entry, so that it runs before the rest of the action is loaded: the
// hashing workers boot (about 100 ms) on the other cores while this thread compiles the action,
// and attest or verify finds them up when it starts hashing, so that two large files start
// together. Idle workers never hold the process and go on their own; on one core nothing starts.

void (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .warmHashPool */ .Uw)();


/***/ })

};
