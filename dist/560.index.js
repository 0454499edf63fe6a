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
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73991);





const MODES = ['attest', 'verify', 'review'];
async function main() {
    try {
        const mode = selectedMode();
        // Each mode is loaded only when it runs: the bundle's start-up time is paid on every step,
        // and verify/review bring code (Octokit, the artifact client) attest does not need.
        if (mode === 'attest')
            await (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(884), __webpack_require__.e(455), __webpack_require__.e(182), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 6567))).runAttest();
        else if (mode === 'verify')
            await (await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(179), __webpack_require__.e(849), __webpack_require__.e(884), __webpack_require__.e(175), __webpack_require__.e(5)]).then(__webpack_require__.bind(__webpack_require__, 15005))).runVerify();
        else
            await (await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(179), __webpack_require__.e(849), __webpack_require__.e(656), __webpack_require__.e(884), __webpack_require__.e(175), __webpack_require__.e(455), __webpack_require__.e(942), __webpack_require__.e(325)]).then(__webpack_require__.bind(__webpack_require__, 66325))).runReview();
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(e));
    }
    finally {
        await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_3__/* .closeHashPool */ .Hl)();
    }
}
/**
 * The job to run: fixed by a sub-action (verify/action.yml, review/action.yml), else the root
 * action's `mode`, whose verify and review still work but point to their sub-action.
 */
function selectedMode() {
    const sub = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('sub-action').trim();
    if (sub)
        return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .choiceInput */ .ij)('sub-action', MODES, 'attest');
    const mode = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .choiceInput */ .ij)('mode', MODES, 'attest');
    if (mode !== 'attest') {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`'mode: ${mode}' in the root action is deprecated: use 'uses: training-provenance/training-provenance/${mode}@v0', which takes only the inputs of ${mode} (README).`);
    }
    return mode;
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
/* harmony export */   ij: () => (/* binding */ choiceInput),
/* harmony export */   nL: () => (/* binding */ outputDirInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27406);
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
