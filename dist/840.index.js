export const id = 840;
export const ids = [840];
export const modules = {

/***/ 27406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ ProvenanceError),
/* harmony export */   Ev: () => (/* binding */ isProvenanceError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   WB: () => (/* binding */ internalError),
/* harmony export */   zE: () => (/* binding */ withInput)
/* harmony export */ });
/* unused harmony export REPORT_FIX */
/* harmony import */ var _uri_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45512);
// Every failure a user can act on is a ProvenanceError: a stable code for machines,
// a message that names the input and the value, and a fix that says what to do. Credentials
// in a URI it quotes are shown as `***`, so no error line ever carries one.

class ProvenanceError extends Error {
    code;
    input;
    value;
    fix;
    constructor(code, message, details = {}) {
        super((0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .redactCredentials */ .UY)(message), details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'ProvenanceError';
        this.code = code;
        this.input = details.input;
        this.value = details.value === undefined ? undefined : (0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .redactCredentials */ .UY)(details.value);
        this.fix = details.fix === undefined ? undefined : (0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .redactCredentials */ .UY)(details.fix);
    }
    /** One line for a log: what went wrong, with which input, and how to fix it. */
    toLine() {
        const where = this.input ? `input '${this.input}': ` : '';
        const fix = this.fix ? ` Fix: ${this.fix}` : '';
        return `${this.code}: ${where}${this.message}${fix}`;
    }
}
function isProvenanceError(e) {
    return e instanceof ProvenanceError;
}
/** What an internal error asks of the user: it is this tool's fault, not their input's. */
const REPORT_FIX = 'this is a bug in training-provenance, not a fault of your input: please report it with this line';
/** A failure of this tool itself (a TypeError, a crashed worker), worded as one. */
function internalError(e, doing) {
    const message = e instanceof Error ? e.message : String(e);
    return new ProvenanceError('INTERNAL', doing ? `${doing}: ${message}` : message, {
        fix: REPORT_FIX,
        cause: e,
    });
}
/** Wrap an unknown failure so that entry points always print one clear line. */
function describeError(e) {
    if (isProvenanceError(e))
        return e.fix || e.code !== 'INTERNAL' ? e.toLine() : `${e.toLine()} Fix: ${REPORT_FIX}`;
    return internalError(e).toLine();
}
/** Re-throw a ProvenanceError from a lower layer with the input it concerns. */
function withInput(e, input) {
    if (!isProvenanceError(e) || e.input)
        return e;
    return new ProvenanceError(e.code, e.message, {
        input,
        value: e.value,
        fix: e.fix,
        cause: e.cause ?? e,
    });
}


/***/ }),

/***/ 14485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hl: () => (/* reexport */ closeHashPool),
  DC: () => (/* binding */ hashFile),
  yQ: () => (/* binding */ hashFiles),
  O_: () => (/* binding */ hashFilesWith),
  Uw: () => (/* binding */ warmHashPool)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
;// CONCATENATED MODULE: ./build/src/hash/failures.js
// The ways hashing a file can fail, as ProvenanceErrors. The worker reports a failure as plain
// data (it cannot send an Error class across threads); both paths end up here.

function fileChanged(path, detail, input) {
    return new errors/* ProvenanceError */.CG('FILE_CHANGED', `${path} changed while it was being hashed: ${detail}`, {
        input,
        value: path,
        fix: 'run this step after the job has finished writing its outputs, and do not modify them meanwhile',
    });
}
function fileUnreadable(path, detail, input, cause) {
    return new errors/* ProvenanceError */.CG('FILE_UNREADABLE', `cannot read ${path}: ${detail}`, {
        input,
        value: path,
        fix: 'check that the file exists and that the runner user may read it',
        cause,
    });
}
function notRegularFile(path, input) {
    return new errors/* ProvenanceError */.CG('INPUT_INVALID', `${path} is not a regular file`, {
        input,
        value: path,
        fix: 'name regular files only; directories, pipes and devices cannot be hashed as one file',
    });
}
function failureToError(f, input) {
    switch (f.kind) {
        case 'changed':
            return fileChanged(f.path, f.detail, input);
        case 'unreadable':
            return fileUnreadable(f.path, f.detail, input);
        case 'not-file':
            return notRegularFile(f.path, input);
        case 'internal':
            return new errors/* ProvenanceError */.CG('INTERNAL', `hashing worker failed: ${f.detail}`, { input });
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
;// CONCATENATED MODULE: ./build/src/hash/blake3-source.js
// Written by scripts/inline-blake3.mjs from hash-wasm/dist/blake3.umd.min.js.
const BLAKE3_PACKAGE_FILE = "hash-wasm/dist/blake3.umd.min.js";
const BLAKE3_SOURCE = "/*!\n * hash-wasm (https://www.npmjs.com/package/hash-wasm)\n * (c) Dani Biro\n * @license MIT\n */\n\n!function(A,I){\"object\"==typeof exports&&\"undefined\"!=typeof module?I(exports):\"function\"==typeof define&&define.amd?define([\"exports\"],I):I((A=\"undefined\"!=typeof globalThis?globalThis:A||self).hashwasm=A.hashwasm||{})}(this,function(A){\"use strict\";var I,g={name:\"blake3\",data:\"AGFzbQEAAAABMQdgAAF/YAl/f39+f39/f38AYAZ/f39/fn8AYAF/AGADf39/AGABfgBgBX9/fn9/AX8DDg0AAQIDBAUGAwMDAwAEBQQBAQICBg8CfwFBgIAEC38AQYCABAsHggEJBm1lbW9yeQIAD19fc3RhY2tfcG9pbnRlcgMADkhhc2hfR2V0QnVmZmVyAAAJSGFzaF9Jbml0AAgLSGFzaF9VcGRhdGUACQpIYXNoX0ZpbmFsAAoNSGFzaF9HZXRTdGF0ZQALDkhhc2hfQ2FsY3VsYXRlAAwKU1RBVEVfU0laRQMBCrRYDQYAQYCBBAvUAgIDfwV+IwBB4ABrIgkkAAJAIAFFDQAgByAFciEKIAYgB0EAIAJBAUYbciAFciELIAStIQwDQCAAKAIAIQcgCUEAKQOAgQU3AwAgCUEAKQOIgQU3AwggCUEAKQOQgQU3AxAgCUEAKQOYgQU3AxggCUEgaiAJIAdBwAAgAyALEAIgB0HAAGohByACIQQCQANAIAkgCSkDQCAJKQMghSINNwMAIAkgCSkDSCAJKQMohSIONwMIIAkgCSkDUCAJKQMwhSIPNwMQIAkgCSkDWCAJKQM4hSIQNwMYIAUhBgJAAkAgBEF/aiIEDgIDAAELIAohBgsgCUEgaiAJIAdBwAAgAyAGEAIgB0HAAGohBwwACwsgCCAQNwMYIAggDzcDECAIIA43AwggCCANNwMAIAhBIGohCCAAQQRqIQAgAyAMfCEDIAFBf2oiAQ0ACwsgCUHgAGokAAv4GwIMfh9/IAIpAyghBiACKQM4IQcgAikDMCEIIAIpAxAhCSACKQMgIQogAikDACELIAIpAwghDCACKQMYIQ0gACABKQMAIg43AwAgACABKQMIIg83AwggACABKQMQIhA3AxAgACAPQiCIpyANpyICaiABKQMYIhFCIIinIhJqIhMgDUIgiKciAWogEyAFc0EQdyIUQbrqv6p6aiIVIBJzQRR3IhZqIhcgDqcgC6ciBWogEKciE2oiGCALQiCIpyISaiAYIASnc0EQdyIYQefMp9AGaiIZIBNzQRR3IhNqIhogGHNBGHciGyAZaiIcIBNzQRl3Ih1qIAenIhNqIh4gB0IgiKciGGogHiAPpyAJpyIZaiARpyIfaiIgIAlCIIinIiFqICAgA3NBEHciA0Hy5rvjA2oiICAfc0EUdyIfaiIiIANzQRh3IiNzQRB3IiQgDkIgiKcgDKciA2ogEEIgiKciJWoiJiAMQiCIpyIeaiAmIARCIIinc0EQdyImQYXdntt7aiInICVzQRR3IiVqIiggJnNBGHciJiAnaiInaiIpIB1zQRR3Ih1qIiogGWogFyAUc0EYdyIrIBVqIiwgFnNBGXciFiAiaiAIpyIUaiIXIAhCIIinIhVqIBcgJnNBEHciFyAcaiIcIBZzQRR3IhZqIiIgF3NBGHciJiAcaiItIBZzQRl3Ii5qIhwgFWogJyAlc0EZdyIlIBpqIAqnIhZqIhogCkIgiKciF2ogGiArc0EQdyIaICMgIGoiIGoiIyAlc0EUdyIlaiInIBpzQRh3IisgHHNBEHciLyAgIB9zQRl3Ih8gKGogBqciGmoiICAGQiCIpyIcaiAgIBtzQRB3IhsgLGoiICAfc0EUdyIfaiIoIBtzQRh3IhsgIGoiIGoiLCAuc0EUdyIuaiIwICcgA2ogKiAkc0EYdyIkIClqIicgHXNBGXciHWoiKSACaiAbIClzQRB3IhsgLWoiKSAdc0EUdyIdaiIqIBtzQRh3IhsgKWoiKSAdc0EZdyIdaiAYaiItIBZqIC0gIiABaiAgIB9zQRl3Ih9qIiAgBWogJCAgc0EQdyIgICsgI2oiImoiIyAfc0EUdyIfaiIkICBzQRh3IiBzQRB3IisgKCAeaiAiICVzQRl3IiJqIiUgGmogJiAlc0EQdyIlICdqIiYgInNBFHciImoiJyAlc0EYdyIlICZqIiZqIiggHXNBFHciHWoiLSABaiAwIC9zQRh3Ii8gLGoiLCAuc0EZdyIuICRqIBdqIiQgE2ogJCAlc0EQdyIkIClqIiUgLnNBFHciKWoiLiAkc0EYdyIkICVqIiUgKXNBGXciKWoiMCATaiAmICJzQRl3IiIgKmogEmoiJiAcaiAmIC9zQRB3IiYgICAjaiIgaiIjICJzQRR3IiJqIiogJnNBGHciJiAwc0EQdyIvICAgH3NBGXciHyAnaiAUaiIgICFqICAgG3NBEHciGyAsaiIgIB9zQRR3Ih9qIicgG3NBGHciGyAgaiIgaiIsIClzQRR3IilqIjAgKiAeaiAtICtzQRh3IiogKGoiKCAdc0EZdyIdaiIrIBlqIBsgK3NBEHciGyAlaiIlIB1zQRR3Ih1qIisgG3NBGHciGyAlaiIlIB1zQRl3Ih1qIBZqIi0gEmogLSAuIBVqICAgH3NBGXciH2oiICADaiAqICBzQRB3IiAgJiAjaiIjaiImIB9zQRR3Ih9qIiogIHNBGHciIHNBEHciLSAnIBpqICMgInNBGXciImoiIyAUaiAkICNzQRB3IiMgKGoiJCAic0EUdyIiaiInICNzQRh3IiMgJGoiJGoiKCAdc0EUdyIdaiIuIBVqIDAgL3NBGHciLyAsaiIsIClzQRl3IikgKmogHGoiKiAYaiAqICNzQRB3IiMgJWoiJSApc0EUdyIpaiIqICNzQRh3IiMgJWoiJSApc0EZdyIpaiIwIBhqICQgInNBGXciIiAraiACaiIkICFqICQgL3NBEHciJCAgICZqIiBqIiYgInNBFHciImoiKyAkc0EYdyIkIDBzQRB3Ii8gICAfc0EZdyIfICdqIBdqIiAgBWogICAbc0EQdyIbICxqIiAgH3NBFHciH2oiJyAbc0EYdyIbICBqIiBqIiwgKXNBFHciKWoiMCArIBpqIC4gLXNBGHciKyAoaiIoIB1zQRl3Ih1qIi0gAWogGyAtc0EQdyIbICVqIiUgHXNBFHciHWoiLSAbc0EYdyIbICVqIiUgHXNBGXciHWogEmoiLiACaiAuICogE2ogICAfc0EZdyIfaiIgIB5qICsgIHNBEHciICAkICZqIiRqIiYgH3NBFHciH2oiKiAgc0EYdyIgc0EQdyIrICcgFGogJCAic0EZdyIiaiIkIBdqICMgJHNBEHciIyAoaiIkICJzQRR3IiJqIicgI3NBGHciIyAkaiIkaiIoIB1zQRR3Ih1qIi4gE2ogMCAvc0EYdyIvICxqIiwgKXNBGXciKSAqaiAhaiIqIBZqICogI3NBEHciIyAlaiIlIClzQRR3IilqIiogI3NBGHciIyAlaiIlIClzQRl3IilqIjAgFmogJCAic0EZdyIiIC1qIBlqIiQgBWogJCAvc0EQdyIkICAgJmoiIGoiJiAic0EUdyIiaiItICRzQRh3IiQgMHNBEHciLyAgIB9zQRl3Ih8gJ2ogHGoiICADaiAgIBtzQRB3IhsgLGoiICAfc0EUdyIfaiInIBtzQRh3IhsgIGoiIGoiLCApc0EUdyIpaiIwIC9zQRh3Ii8gLGoiLCApc0EZdyIpICogGGogICAfc0EZdyIfaiIgIBpqIC4gK3NBGHciKiAgc0EQdyIgICQgJmoiJGoiJiAfc0EUdyIfaiIraiAFaiIuIBJqIC4gJyAXaiAkICJzQRl3IiJqIiQgHGogIyAkc0EQdyIjICogKGoiJGoiJyAic0EUdyIiaiIoICNzQRh3IiNzQRB3IiogLSAUaiAkIB1zQRl3Ih1qIiQgFWogGyAkc0EQdyIbICVqIiQgHXNBFHciHWoiJSAbc0EYdyIbICRqIiRqIi0gKXNBFHciKWoiLiAWaiArICBzQRh3IiAgJmoiJiAfc0EZdyIfIChqICFqIiggHmogKCAbc0EQdyIbICxqIiggH3NBFHciH2oiKyAbc0EYdyIbIChqIiggH3NBGXciH2oiLCAUaiAwICQgHXNBGXciHWogAmoiJCAZaiAkICBzQRB3IiAgIyAnaiIjaiIkIB1zQRR3Ih1qIicgIHNBGHciICAsc0EQdyIsICMgInNBGXciIiAlaiABaiIjIANqICMgL3NBEHciIyAmaiIlICJzQRR3IiJqIiYgI3NBGHciIyAlaiIlaiIvIB9zQRR3Ih9qIjAgLHNBGHciLCAvaiIvIB9zQRl3Ih8gKyAcaiAlICJzQRl3IiJqIiUgIWogLiAqc0EYdyIqICVzQRB3IiUgICAkaiIgaiIkICJzQRR3IiJqIitqIAVqIi4gGmogLiAmIBdqICAgHXNBGXciHWoiICATaiAbICBzQRB3IhsgKiAtaiIgaiImIB1zQRR3Ih1qIiogG3NBGHciG3NBEHciLSAnIBhqICAgKXNBGXciIGoiJyASaiAjICdzQRB3IiMgKGoiJyAgc0EUdyIgaiIoICNzQRh3IiMgJ2oiJ2oiKSAfc0EUdyIfaiIuICFqICsgJXNBGHciISAkaiIkICJzQRl3IiIgKmogFWoiJSAeaiAlICNzQRB3IiMgL2oiJSAic0EUdyIiaiIqICNzQRh3IiMgJWoiJSAic0EZdyIiaiIrIAVqICcgIHNBGXciBSAwaiADaiIgIAJqICAgIXNBEHciISAbICZqIhtqIiAgBXNBFHciBWoiJiAhc0EYdyIhICtzQRB3IicgKCAbIB1zQRl3IhtqIBlqIh0gAWogHSAsc0EQdyIdICRqIiQgG3NBFHciG2oiKCAdc0EYdyIdICRqIiRqIisgInNBFHciImoiLCAnc0EYdyInICtqIisgInNBGXciIiAqIBxqICQgG3NBGXciHGoiGyAYaiAuIC1zQRh3IhggG3NBEHciGyAhICBqIiFqIiAgHHNBFHciHGoiJGogE2oiEyAaaiATICggFmogISAFc0EZdyIFaiIhIAJqICMgIXNBEHciAiAYIClqIhhqIiEgBXNBFHciBWoiFiACc0EYdyICc0EQdyITICYgEmogGCAfc0EZdyISaiIYIBdqIB0gGHNBEHciGCAlaiIXIBJzQRR3IhJqIhogGHNBGHciGCAXaiIXaiIdICJzQRR3Ih9qIiI2AgAgACAXIBJzQRl3IhIgLGogA2oiAyAUaiADICQgG3NBGHciFHNBEHciAyACICFqIgJqIiEgEnNBFHciEmoiFyADc0EYdyIDNgIwIAAgFiAUICBqIhQgHHNBGXciHGogAWoiASAVaiABIBhzQRB3IgEgK2oiGCAcc0EUdyIVaiIWIAFzQRh3IgEgGGoiGCAVc0EZdzYCECAAIBc2AgQgACACIAVzQRl3IgIgGmogHmoiBSAZaiAFICdzQRB3IgUgFGoiGSACc0EUdyICaiIeIAVzQRh3IgU2AjQgACAFIBlqIgU2AiAgACAiIBNzQRh3IhMgHWoiGSAfc0EZdzYCFCAAIBg2AiQgACAeNgIIIAAgATYCOCAAIAMgIWoiASASc0EZdzYCGCAAIBk2AiggACAWNgIMIAAgEzYCPCAAIAUgAnNBGXc2AhwgACABNgIsC+ERCwN/BH4CfwF+AX8EfgJ/AX4CfwF+BH8jAEHQAmsiASQAAkAgAEUNAAJAAkBBAC0AiYIFQQZ0QQAtAIiCBWoiAg0AQYCBBCEDDAELQaCBBUGAgQRBgAggAmsiAiAAIAIgAEkbIgIQBCAAIAJrIgBFDQEgAUEAKQOggQUiBDcDcCABQQApA6iBBSIFNwN4IAFBACkDsIEFIgY3A4ABIAFBACkDuIEFIgc3A4gBIAFBACkDyIEFNwOYASABQQApA9CBBTcDoAEgAUEAKQPYgQU3A6gBQQAtAIqCBSEIQQAtAImCBSEJQQApA8CBBSEKIAFBAC0AiIIFIgs6ANgBIAEgCjcDkAEgAUEAKQPggQU3A7ABIAFBACkD6IEFNwO4ASABQQApA/CBBTcDwAEgAUEAKQP4gQU3A8gBIAFBACkDgIIFNwPQASABIAggCUVyQQJyIgg6ANkBIAEgBzcD+AEgASAGNwPwASABIAU3A+gBIAEgBDcD4AEgASABQeABaiABQZgBaiALIAogCEH/AXEQAiABKQMgIQQgASkDACEFIAEpAyghBiABKQMIIQcgASkDMCEMIAEpAxAhDSABKQM4IQ4gASkDGCEPIAoQBUEAQgA3A4CCBUEAQgA3A/iBBUEAQgA3A/CBBUEAQgA3A+iBBUEAQgA3A+CBBUEAQgA3A9iBBUEAQgA3A9CBBUEAQgA3A8iBBUEAQQApA4CBBTcDoIEFQQBBACkDiIEFNwOogQVBAEEAKQOQgQU3A7CBBUEAQQApA5iBBTcDuIEFQQAtAJCCBSIJQQV0IgggDiAPhTcDqYIFIAggDCANhTcDoYIFIAggBiAHhTcDmYIFIAggBCAFhTcDkYIFQQAgCUEBajoAkIIFQQBBACkDwIEFQgF8NwPAgQVBAEEAOwGIggUgAkGAgQRqIQMLAkAgAEGBCEkNAEEAKQPAgQUhBCABQShqIRADQCAEQgqGIQpCASAAQQFyrXlCP4WGpyECA0AgAiIRQQF2IQIgCiARQX9qrYNCAFINAAsgEUEKdq0hEgJAAkAgEUGACEsNACABQQA7AdgBIAFCADcD0AEgAUIANwPIASABQgA3A8ABIAFCADcDuAEgAUIANwOwASABQgA3A6gBIAFCADcDoAEgAUIANwOYASABQQApA4CBBTcDcCABQQApA4iBBTcDeCABQQApA5CBBTcDgAEgAUEALQCKggU6ANoBIAFBACkDmIEFNwOIASABIAQ3A5ABIAFB8ABqIAMgERAEIAEgASkDcCIENwMAIAEgASkDeCIFNwMIIAEgASkDgAEiBjcDECABIAEpA4gBIgc3AxggASABKQOYATcDKCABIAEpA6ABNwMwIAEgASkDqAE3AzggAS0A2gEhAiABLQDZASEIIAEpA5ABIQogASABLQDYASIJOgBoIAEgCjcDICABIAEpA7ABNwNAIAEgASkDuAE3A0ggASABKQPAATcDUCABIAEpA8gBNwNYIAEgASkD0AE3A2AgASACIAhFckECciICOgBpIAEgBzcDuAIgASAGNwOwAiABIAU3A6gCIAEgBDcDoAIgAUHgAWogAUGgAmogECAJIAogAkH/AXEQAiABKQOAAiEEIAEpA+ABIQUgASkDiAIhBiABKQPoASEHIAEpA5ACIQwgASkD8AEhDSABKQOYAiEOIAEpA/gBIQ8gChAFQQAtAJCCBSIIQQV0IgIgDiAPhTcDqYIFIAIgDCANhTcDoYIFIAIgBiAHhTcDmYIFIAIgBCAFhTcDkYIFQQAgCEEBajoAkIIFDAELAkACQCADIBEgBEEALQCKggUiAiABEAYiE0ECSw0AIAEpAxghCiABKQMQIQQgASkDCCEFIAEpAwAhBgwBCyACQQRyIRRBACkDmIEFIQ1BACkDkIEFIQ5BACkDiIEFIQ9BACkDgIEFIRUDQCATQX5qIhZBAXYiF0EBaiIYQQNxIQlBACELAkACQCAWQQZJDQAgGEH8////B3EhGUEAIQsgAUHIAmohAiABIQgDQCACIAg2AgAgAkEMaiAIQcABajYCACACQQhqIAhBgAFqNgIAIAJBBGogCEHAAGo2AgAgCEGAAmohCCACQRBqIQIgGSALQQRqIgtHDQALIAlFDQELIAEgC0EGdGohAiABQcgCaiALQQJ0aiEIA0AgCCACNgIAIAJBwABqIQIgCEEEaiEIIAlBf2oiCQ0ACwsgAUHIAmohCCABQaACaiECIBghCQNAIAgoAgAhCyABIA03A/gBIAEgDjcD8AEgASAPNwPoASABIBU3A+ABIAFB8ABqIAFB4AFqIAtBwABCACAUEAIgASkDkAEhCiABKQNwIQQgASkDmAEhBSABKQN4IQYgASkDoAEhByABKQOAASEMIAJBGGogASkDqAEgASkDiAGFNwMAIAJBEGogByAMhTcDACACQQhqIAUgBoU3AwAgAiAKIASFNwMAIAJBIGohAiAIQQRqIQggCUF/aiIJDQALAkACQCATIBZBfnFBAmpLDQAgGCETDAELIAFBoAJqIBhBBXRqIgIgASAYQQZ0aiIIKQMANwMAIAIgCCkDCDcDCCACIAgpAxA3AxAgAiAIKQMYNwMYIBdBAmohEwsgASABKQOgAiIGNwMAIAEgASkDqAIiBTcDCCABIAEpA7ACIgQ3AxAgASABKQO4AiIKNwMYIBNBAksNAAsLIAEpAyAhByABKQMoIQwgASkDMCENIAEpAzghDkEAKQPAgQUQBUEALQCQggUiCEEFdCICIAo3A6mCBSACIAQ3A6GCBSACIAU3A5mCBSACIAY3A5GCBUEAIAhBAWo6AJCCBUEAKQPAgQUgEkIBiHwQBUEALQCQggUiCEEFdCICIA43A6mCBSACIA03A6GCBSACIAw3A5mCBSACIAc3A5GCBUEAIAhBAWo6AJCCBQtBAEEAKQPAgQUgEnwiBDcDwIEFIAMgEWohAyAAIBFrIgBBgAhLDQALIABFDQELQaCBBSADIAAQBEEAKQPAgQUQBQsgAUHQAmokAAvsBgIJfwF+IwBBwABrIgMkAAJAAkAgAC0AaCIERQ0AAkBBwAAgBGsiBSACIAUgAkkbIgZFDQAgBkEDcSEHQQAhCAJAAkAgBkEESQ0AIAAgBGohCSAGQXxxIQpBACEIA0AgCSAIaiIFQShqIAEgCGoiCy0AADoAACAFQSlqIAtBAWotAAA6AAAgBUEqaiALQQJqLQAAOgAAIAVBK2ogC0EDai0AADoAACAKIAhBBGoiCEcNAAsgB0UNAQsgASAIaiEFIAggBGogAGpBKGohCANAIAggBS0AADoAACAFQQFqIQUgCEEBaiEIIAdBf2oiBw0ACwsgAC0AaCEECyAAIAQgBmoiBzoAaCABIAZqIQECQCACIAZrIgINAEEAIQIMAgsgAyAAIABBKGpBwAAgACkDICAALQBqIABB6QBqIgUtAAAiCEVyEAIgACADKQMgIAMpAwCFNwMAIAAgAykDKCADKQMIhTcDCCAAIAMpAzAgAykDEIU3AxAgACADKQM4IAMpAxiFNwMYIABBADoAaCAFIAhBAWo6AAAgAEIANwNgIABCADcDWCAAQgA3A1AgAEIANwNIIABCADcDQCAAQgA3AzggAEIANwMwIABCADcDKAtBACEHIAJBwQBJDQAgAEHpAGoiCC0AACEFIAAtAGohCyAAKQMgIQwDQCADIAAgAUHAACAMIAsgBUH/AXFFckH/AXEQAiAAIAMpAyAgAykDAIU3AwAgACADKQMoIAMpAwiFNwMIIAAgAykDMCADKQMQhTcDECAAIAMpAzggAykDGIU3AxggCCAFQQFqIgU6AAAgAUHAAGohASACQUBqIgJBwABLDQALCwJAQcAAIAdB/wFxIgZrIgUgAiAFIAJJGyIKRQ0AIApBA3EhC0EAIQUCQAJAIApBBEkNACAAIAZqIQcgCkH8AHEhCUEAIQUDQCAHIAVqIgJBKGogASAFaiIILQAAOgAAIAJBKWogCEEBai0AADoAACACQSpqIAhBAmotAAA6AAAgAkEraiAIQQNqLQAAOgAAIAkgBUEEaiIFRw0ACyALRQ0BCyABIAVqIQEgBSAGaiAAakEoaiEFA0AgBSABLQAAOgAAIAFBAWohASAFQQFqIQUgC0F/aiILDQALCyAALQBoIQcLIAAgByAKajoAaCADQcAAaiQAC94DBAV/A34FfwZ+IwBB0AFrIgEkAAJAIAB7pyICQQAtAJCCBSIDTw0AQQAtAIqCBUEEciEEIAFBKGohBUEAKQOYgQUhAEEAKQOQgQUhBkEAKQOIgQUhB0EAKQOAgQUhCCADIQkDQCABIAA3AxggASAGNwMQIAEgBzcDCCABIAg3AwAgASAJQQV0IglB0YEFaiIKKQMANwMoIAEgCUHZgQVqIgspAwA3AzAgASAJQeGBBWoiDCkDADcDOCABIAlB6YEFaiINKQMANwNAIAEgCUHxgQVqKQMANwNIIAEgCUH5gQVqKQMANwNQIAEgCUGBggVqKQMANwNYIAlBiYIFaikDACEOIAFBwAA6AGggASAONwNgIAFCADcDICABIAQ6AGkgASAANwOIASABIAY3A4ABIAEgBzcDeCABIAg3A3AgAUGQAWogAUHwAGogBUHAAEIAIARB/wFxEAIgASkDsAEhDiABKQOQASEPIAEpA7gBIRAgASkDmAEhESABKQPAASESIAEpA6ABIRMgDSABKQPIASABKQOoAYU3AwAgDCASIBOFNwMAIAsgECARhTcDACAKIA4gD4U3AwAgA0F/aiIDQf8BcSIJIAJLDQALQQAgAzoAkIIFCyABQdABaiQAC9AIBQF/BH4BfwF+BX8jAEHgAmsiBSQAAkACQCABQYAISw0AIAUgADYC/AEgAUUNAQJAIAFBgAhHDQBBASEBIAVB/AFqQQFBECACQQEgA0EBQQIgBBABDAILIAUgAzoAaiAFQgA3A2AgBUIANwNYIAVCADcDUCAFQgA3A0ggBUIANwNAIAVCADcDOCAFQgA3AzAgBUIANwMoIAUgAjcDICAFQQA7AWggBUEAKQOAgQU3AwAgBUEAKQOIgQU3AwggBUEAKQOQgQU3AxAgBUEAKQOYgQU3AxggBSAAIAEQBCAFIAUpAwAiBjcDiAEgBSAFKQMIIgc3A5ABIAUgBSkDECIINwOYASAFIAUpAxgiCTcDoAEgBSAFKQMoNwOwASAFIAUpAzA3A7gBIAUgBSkDODcDwAEgBS0AaiEAIAUtAGkhCiAFKQMgIQIgBSAFLQBoIgE6APABIAUgAjcDqAEgBSAFKQNANwPIASAFIAUpA0g3A9ABIAUgBSkDUDcD2AEgBSAFKQNYNwPgASAFIAUpA2A3A+gBIAUgACAKRXJBAnIiADoA8QEgBSAJNwOYAiAFIAg3A5ACIAUgBzcDiAIgBSAGNwOAAiAFQaACaiAFQYACaiAFQbABaiABIAIgAEH/AXEQAiAFKQPAAiECIAUpA6ACIQYgBSkDyAIhByAFKQOoAiEIIAUpA9ACIQkgBSkDsAIhCyAEIAUpA9gCIAUpA7gChTcDGCAEIAkgC4U3AxAgBCAHIAiFNwMIIAQgAiAGhTcDAEEBIQEMAQsgAEIBIAFBf2pBCnZBAXKteSIGQj+FhiIHp0EKdCIKIAIgAyAFEAYhDCAAIApqIAEgCmsgByACfCADIAVBIEHAACAGQj9RG2oQBiEAAkAgDEEBRw0AIAQgBSkDADcDACAEIAUpAwg3AwggBCAFKQMQNwMQIAQgBSkDGDcDGCAEIAUpAyA3AyAgBCAFKQMoNwMoIAQgBSkDMDcDMCAEIAUpAzg3AzhBAiEBDAELQQAhAUEAIQoCQCAAIAxqIg1BAkkNACANQX5qIg5BAXZBAWoiAUEDcSEMQQAhDwJAAkAgDkEGSQ0AIAFB/P///wdxIRBBACEPIAVBiAFqIQAgBSEKA0AgACAKNgIAIABBDGogCkHAAWo2AgAgAEEIaiAKQYABajYCACAAQQRqIApBwABqNgIAIApBgAJqIQogAEEQaiEAIBAgD0EEaiIPRw0ACyAMRQ0BCyAFIA9BBnRqIQAgBUGIAWogD0ECdGohCgNAIAogADYCACAAQcAAaiEAIApBBGohCiAMQX9qIgwNAAsLIA5BfnFBAmohCgsgBUGIAWogAUEBQgBBACADQQRyQQBBACAEEAEgDSAKTQ0AIAQgAUEFdGoiACAFIAFBBnRqIgopAwA3AwAgACAKKQMINwMIIAAgCikDEDcDECAAIAopAxg3AxggAUEBaiEBCyAFQeACaiQAIAEL6A8IAn8EfgF/AX4EfwR+An8EfiMAQfABayIBJAACQCAARQ0AAkBBAC0AkIIFIgINACABQQApA6CBBSIDNwMAIAFBACkDqIEFIgQ3AwggAUEAKQOwgQUiBTcDECABQQApA7iBBSIGNwMYIAFBACkDyIEFNwMoIAFBACkD0IEFNwMwIAFBACkD2IEFNwM4QQAtAIqCBSECQQAtAImCBSEHQQApA8CBBSEIIAFBAC0AiIIFIgk6AGggASAINwMgIAFBACkD4IEFNwNAIAFBACkD6IEFNwNIIAFBACkD8IEFNwNQIAFBACkD+IEFNwNYIAFBACkDgIIFNwNgIAEgAiAHRXIiAkECcjoAaSABQShqIQpCACEIQYCBBCELIAJBCnJB/wFxIQwDQCABQbABaiABIAogCUH/AXEgCCAMEAIgASABKQPQASINIAEpA7ABhTcDcCABIAEpA9gBIg4gASkDuAGFNwN4IAEgASkD4AEiDyABKQPAAYU3A4ABIAEgASkD6AEiECAGhTcDqAEgASAPIAWFNwOgASABIA4gBIU3A5gBIAEgDSADhTcDkAEgASAQIAEpA8gBhTcDiAECQAJAIABBwAAgAEHAAEkbIhFBB3EiEg0AIAFB8ABqIQIgCyEHIBEhEgwBCyABQfAAaiECIAshBwNAIAcgAi0AADoAACAHQQFqIQcgAkEBaiECIBJBf2oiEg0ACyARQfgAcSESCwJAIABBCEkNAANAIAcgAikAADcAACAHQQhqIQcgAkEIaiECIBJBeGoiEg0ACwsgCEIBfCEIIAsgEWohCyAAIBFrIgANAAwCCwsCQAJAAkBBAC0AiYIFIgdBAC0AiIIFIgtyQf8BcUUNACABIAs6AGggAUEAKQOAggU3A2AgAUEAKQP4gQU3A1ggAUEAKQPwgQU3A1AgAUEAKQPogQU3A0ggAUEAKQPggQU3A0AgAUEAKQPYgQU3AzggAUEAKQPQgQU3AzAgAUEAKQPIgQU3AyggAUEAKQPAgQUiCDcDICABQQApA7iBBSIDNwMYIAFBACkDsIEFIgQ3AxAgAUEAKQOogQUiBTcDCCABQQApA6CBBSIGNwMAIAFBAC0AioIFIhIgB0H/AXFFckECciIJOgBpIBJBBHIhEkEAKQOYgQUhDUEAKQOQgQUhDkEAKQOIgQUhD0EAKQOAgQUhEAwBC0HAACELIAFBwAA6AGhCACEIIAFCADcDICABQQApA5iBBSINNwMYIAFBACkDkIEFIg43AxAgAUEAKQOIgQUiDzcDCCABQQApA4CBBSIQNwMAIAFBAC0AioIFQQRyIhI6AGkgASACQX5qIgJBBXQiBykDyYIFNwNgIAEgBykDwYIFNwNYIAEgBykDuYIFNwNQIAEgBykDsYIFNwNIIAEgBykDqYIFNwNAIAEgBykDoYIFNwM4IAEgBykDmYIFNwMwIAEgBykDkYIFNwMoIBAhBiAPIQUgDiEEIA0hAyASIQkgAkUNAQsgAkF/aiIHQQV0IhEpA5GCBSETIBEpA5mCBSEUIBEpA6GCBSEVIBEpA6mCBSEWIAEgAzcDiAEgASAENwOAASABIAU3A3ggASAGNwNwIAFBsAFqIAFB8ABqIAFBKGoiESALQf8BcSAIIAlB/wFxEAIgASASOgBpIAFBwAA6AGggASAWNwNAIAEgFTcDOCABIBQ3AzAgASATNwMoIAFCADcDICABIA03AxggASAONwMQIAEgDzcDCCABIBA3AwAgASABKQPoASABKQPIAYU3A2AgASABKQPgASABKQPAAYU3A1ggASABKQPYASABKQO4AYU3A1AgASABKQPQASABKQOwAYU3A0ggB0UNACACQQV0QemBBWohAiASQf8BcSELA0AgAkFoaikDACEIIAJBcGopAwAhAyACQXhqKQMAIQQgAikDACEFIAEgDTcDiAEgASAONwOAASABIA83A3ggASAQNwNwIAFBsAFqIAFB8ABqIBFBwABCACALEAIgASASOgBpIAFBwAA6AGggASAFNwNAIAEgBDcDOCABIAM3AzAgASAINwMoIAFCADcDICABIA03AxggASAONwMQIAEgDzcDCCABIBA3AwAgASABKQPoASABKQPIAYU3A2AgASABKQPgASABKQPAAYU3A1ggASABKQPYASABKQO4AYU3A1AgASABKQPQASABKQOwAYU3A0ggAkFgaiECIAdBf2oiBw0ACwsgAUEoaiEJQgAhCEGAgQQhCyASQQhyQf8BcSEKA0AgAUGwAWogASAJQcAAIAggChACIAEgASkD0AEiAyABKQOwAYU3A3AgASABKQPYASIEIAEpA7gBhTcDeCABIAEpA+ABIgUgASkDwAGFNwOAASABIAEpA+gBIgYgDYU3A6gBIAEgBSAOhTcDoAEgASAEIA+FNwOYASABIAMgEIU3A5ABIAEgBiABKQPIAYU3A4gBAkACQCAAQcAAIABBwABJGyIRQQdxIhINACABQfAAaiECIAshByARIRIMAQsgAUHwAGohAiALIQcDQCAHIAItAAA6AAAgB0EBaiEHIAJBAWohAiASQX9qIhINAAsgEUH4AHEhEgsCQCAAQQhJDQADQCAHIAIpAAA3AAAgB0EIaiEHIAJBCGohAiASQXhqIhINAAsLIAhCAXwhCCALIBFqIQsgACARayIADQALCyABQfABaiQAC6cCAQR+AkACQCAAQSBGDQBCq7OP/JGjs/DbACEBQv+kuYjFkdqCm38hAkLy5rvjo6f9p6V/IQNC58yn0NbQ67O7fyEEQQAhAAwBC0EAKQOYgQQhAUEAKQOQgQQhAkEAKQOIgQQhA0EAKQOAgQQhBEEQIQALQQAgADoAioIFQQBCADcDgIIFQQBCADcD+IEFQQBCADcD8IEFQQBCADcD6IEFQQBCADcD4IEFQQBCADcD2IEFQQBCADcD0IEFQQBCADcDyIEFQQBCADcDwIEFQQAgATcDuIEFQQAgAjcDsIEFQQAgAzcDqIEFQQAgBDcDoIEFQQAgATcDmIEFQQAgAjcDkIEFQQAgAzcDiIEFQQAgBDcDgIEFQQBBADoAkIIFQQBBADsBiIIFCwYAIAAQAwsGACAAEAcLBgBBgIEFC68CAQR+AkACQCABQSBGDQBCq7OP/JGjs/DbACEDQv+kuYjFkdqCm38hBELy5rvjo6f9p6V/IQVC58yn0NbQ67O7fyEGQQAhAQwBC0EAKQOYgQQhA0EAKQOQgQQhBEEAKQOIgQQhBUEAKQOAgQQhBkEQIQELQQAgAToAioIFQQBCADcDgIIFQQBCADcD+IEFQQBCADcD8IEFQQBCADcD6IEFQQBCADcD4IEFQQBCADcD2IEFQQBCADcD0IEFQQBCADcDyIEFQQBCADcDwIEFQQAgAzcDuIEFQQAgBDcDsIEFQQAgBTcDqIEFQQAgBjcDoIEFQQAgAzcDmIEFQQAgBDcDkIEFQQAgBTcDiIEFQQAgBjcDgIEFQQBBADoAkIIFQQBBADsBiIIFIAAQAyACEAcLCwwBAEGAgAQLBHgHAAA=\",hash:\"558f85b5\"};function B(A,I,g,B){return new(g||(g=Promise))(function(Q,i){function C(A){try{o(B.next(A))}catch(A){i(A)}}function E(A){try{o(B.throw(A))}catch(A){i(A)}}function o(A){var I;A.done?Q(A.value):(I=A.value,I instanceof g?I:new g(function(A){A(I)})).then(C,E)}o((B=B.apply(A,I||[])).next())})}\"function\"==typeof SuppressedError&&SuppressedError;class Q{constructor(){this.mutex=Promise.resolve()}lock(){let A=()=>{};return this.mutex=this.mutex.then(()=>new Promise(A)),new Promise(I=>{A=I})}dispatch(A){return B(this,void 0,void 0,function*(){const I=yield this.lock();try{return yield Promise.resolve(A())}finally{I()}})}}const i=\"undefined\"!=typeof globalThis?globalThis:\"undefined\"!=typeof self?self:\"undefined\"!=typeof window?window:global,C=null!==(I=i.Buffer)&&void 0!==I?I:null,E=i.TextEncoder?new i.TextEncoder:null;function o(A,I){return(15&A)+(A>>6|A>>3&8)<<4|(15&I)+(I>>6|I>>3&8)}const c=\"a\".charCodeAt(0)-10,e=\"0\".charCodeAt(0);function t(A,I,g){let B=0;for(let Q=0;Q<g;Q++){let g=I[Q]>>>4;A[B++]=g>9?g+c:g+e,g=15&I[Q],A[B++]=g>9?g+c:g+e}return String.fromCharCode.apply(null,A)}const D=null!==C?A=>{if(\"string\"==typeof A){const I=C.from(A,\"utf8\");return new Uint8Array(I.buffer,I.byteOffset,I.length)}if(C.isBuffer(A))return new Uint8Array(A.buffer,A.byteOffset,A.length);if(ArrayBuffer.isView(A))return new Uint8Array(A.buffer,A.byteOffset,A.byteLength);throw new Error(\"Invalid data type!\")}:A=>{if(\"string\"==typeof A)return E.encode(A);if(ArrayBuffer.isView(A))return new Uint8Array(A.buffer,A.byteOffset,A.byteLength);throw new Error(\"Invalid data type!\")},a=\"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\",h=new Uint8Array(256);for(let A=0;A<64;A++)h[a.charCodeAt(A)]=A;function n(A){const I=function(A){let I=Math.floor(.75*A.length);const g=A.length;return\"=\"===A[g-1]&&(I-=1,\"=\"===A[g-2]&&(I-=1)),I}(A),g=A.length,B=new Uint8Array(I);let Q=0;for(let I=0;I<g;I+=4){const g=h[A.charCodeAt(I)],i=h[A.charCodeAt(I+1)],C=h[A.charCodeAt(I+2)],E=h[A.charCodeAt(I+3)];B[Q]=g<<2|i>>4,Q+=1,B[Q]=(15&i)<<4|C>>2,Q+=1,B[Q]=(3&C)<<6|63&E,Q+=1}return B}const F=16384,r=new Q,w=new Map;function y(A,I){return B(this,void 0,void 0,function*(){let g=null,Q=null,i=!1;if(\"undefined\"==typeof WebAssembly)throw new Error(\"WebAssembly is not supported in this environment!\");const C=()=>new DataView(g.exports.memory.buffer).getUint32(g.exports.STATE_SIZE,!0),E=r.dispatch(()=>B(this,void 0,void 0,function*(){if(!w.has(A.name)){const I=n(A.data),g=WebAssembly.compile(I.buffer);w.set(A.name,g)}const I=yield w.get(A.name);g=yield WebAssembly.instantiate(I,{})})),c=(A=null)=>{i=!0,g.exports.Hash_Init(A)},e=A=>{if(!i)throw new Error(\"update() called before init()\");(A=>{let I=0;for(;I<A.length;){const B=A.subarray(I,I+F);I+=B.length,Q.set(B),g.exports.Hash_Update(B.length)}})(D(A))},a=new Uint8Array(2*I),h=(A,B=null)=>{if(!i)throw new Error(\"digest() called before init()\");return i=!1,g.exports.Hash_Final(B),\"binary\"===A?Q.slice(0,I):t(a,Q,I)},y=A=>\"string\"==typeof A?A.length<4096:A.byteLength<F;let N=y;switch(A.name){case\"argon2\":case\"scrypt\":N=()=>!0;break;case\"blake2b\":case\"blake2s\":N=(A,I)=>I<=512&&y(A);break;case\"blake3\":N=(A,I)=>0===I&&y(A);break;case\"xxhash64\":case\"xxhash3\":case\"xxhash128\":case\"crc64\":N=()=>!1}return yield(()=>B(this,void 0,void 0,function*(){g||(yield E);const A=g.exports.Hash_GetBuffer(),I=g.exports.memory.buffer;Q=new Uint8Array(I,A,F)}))(),{getMemory:()=>Q,writeMemory:(A,I=0)=>{Q.set(A,I)},getExports:()=>g.exports,setMemorySize:A=>{g.exports.Hash_SetMemorySize(A);const I=g.exports.Hash_GetBuffer(),B=g.exports.memory.buffer;Q=new Uint8Array(B,I,A)},init:c,update:e,digest:h,save:()=>{if(!i)throw new Error(\"save() can only be called after init() and before digest()\");const I=g.exports.Hash_GetState(),B=C(),Q=g.exports.memory.buffer,E=new Uint8Array(Q,I,B),c=new Uint8Array(4+B);return function(A,I){const g=I.length>>1;for(let B=0;B<g;B++){const g=B<<1;A[B]=o(I.charCodeAt(g),I.charCodeAt(g+1))}}(c,A.hash),c.set(E,4),c},load:I=>{if(!(I instanceof Uint8Array))throw new Error(\"load() expects an Uint8Array generated by save()\");const B=g.exports.Hash_GetState(),Q=C(),E=4+Q,c=g.exports.memory.buffer;if(I.length!==E)throw new Error(`Bad state length (expected ${E} bytes, got ${I.length})`);if(!function(A,I){if(A.length!==2*I.length)return!1;for(let g=0;g<I.length;g++){const B=g<<1;if(I[g]!==o(A.charCodeAt(B),A.charCodeAt(B+1)))return!1}return!0}(A.hash,I.subarray(0,4)))throw new Error(\"This state was written by an incompatible hash implementation\");const e=I.subarray(4);new Uint8Array(c,B,Q).set(e),i=!0},calculate:(A,B=null,i=null)=>{if(!N(A,B))return c(B),e(A),h(\"hex\",i);const C=D(A);return Q.set(C),g.exports.Hash_Calculate(C.length,B,i),t(a,Q,I)},hashLength:I}})}const N=new Q;let U=null;function s(A){return!Number.isInteger(A)||A<8||A%8!=0?new Error(\"Invalid variant! Valid values: 8, 16, ...\"):null}A.blake3=function(A,I=256,Q=null){if(s(I))return Promise.reject(s(I));let i=null,C=0;if(null!==Q){if(i=D(Q),32!==i.length)return Promise.reject(new Error(\"Key length must be exactly 32 bytes\"));C=32}const E=I/8,o=E;if(null===U||U.hashLength!==E)return function(A,I,g){return B(this,void 0,void 0,function*(){const B=yield A.lock(),Q=yield y(I,g);return B(),Q})}(N,g,E).then(I=>(U=I,32===C&&U.writeMemory(i),U.calculate(A,C,o)));try{32===C&&U.writeMemory(i);const I=U.calculate(A,C,o);return Promise.resolve(I)}catch(A){return Promise.reject(A)}},A.createBLAKE3=function(A=256,I=null){if(s(A))return Promise.reject(s(A));let B=null,Q=0;if(null!==I){if(B=D(I),32!==B.length)return Promise.reject(new Error(\"Key length must be exactly 32 bytes\"));Q=32}const i=A/8,C=i;return y(g,i).then(A=>{32===Q&&A.writeMemory(B),A.init(Q);const I={init:32===Q?()=>(A.writeMemory(B),A.init(Q),I):()=>(A.init(Q),I),update:g=>(A.update(g),I),digest:I=>A.digest(I,C),save:()=>A.save(),load:g=>(A.load(g),I),blockSize:64,digestSize:i};return I})}});\n";

;// CONCATENATED MODULE: ./build/src/hash/blake3.js
// BLAKE3, an OMS hash type (model_signing 1.1 signs with it), is not in node:crypto. hash-wasm
// computes it: the BLAKE3 team's portable C code compiled to WebAssembly, one core per file
// (bench/blake3.ts measures it against sha256). Every thread evaluates the same build from its
// text (blake3-source.ts): this one here, each hashing worker in worker-source.ts.


/** Source text of a function (module, exports) that loads the build as CommonJS would. */
const BLAKE3_LOADER = `(function (module, exports) {\n${BLAKE3_SOURCE}\n})`;
let library;
function blake3Library() {
    if (library)
        return library;
    const module = { exports: {} };
    const load = (0,external_node_vm_.runInThisContext)(BLAKE3_LOADER, { filename: BLAKE3_PACKAGE_FILE });
    load(module, module.exports);
    return (library = module.exports);
}
// Files hashed at once on this thread each need a hasher of their own; a few are kept for reuse.
const idle = [];
const MAX_IDLE = 4;
/** A reset BLAKE3 hasher for this thread's use alone; hand it back with giveBlake3. */
async function takeBlake3() {
    return (idle.pop() ?? (await blake3Library().createBLAKE3())).init();
}
function giveBlake3(hasher) {
    if (idle.length < MAX_IDLE)
        idle.push(hasher);
}

;// CONCATENATED MODULE: ./build/src/hash/worker-source.js
// The hashing worker's code, as plain JavaScript in a string. @vercel/ncc bundles the action
// into one file and would not carry a separate worker file along, so the pool starts its workers
// with `new Worker(WORKER_SOURCE, { eval: true })`. The code needs node:crypto, node:fs and
// node:worker_threads, and takes them from process.getBuiltinModule: an eval'd worker runs as
// CommonJS or as an ES module depending on the flags it inherits (--input-type=module), and
// neither `require` nor `import` works in both. BLAKE3, which node:crypto lacks, is hash-wasm's
// build, whose text is part of this one (blake3.ts), loaded the first time a batch asks for it.
//
// It mirrors src/hash/read.ts byte for byte in behaviour: the same change rule (inode, bytes read,
// size and mtime against the stat taken before hashing) and the same two ways of reading (one
// read for a file that fits the buffer, double-buffered streaming otherwise). The tests run every
// file shape through both, so a difference between them fails a test.
//
// Protocol. In: { id, algorithms, chunkSize, files: [{ path, size, mtimeMs, ino, range? }] },
// range { offset, fileSize } when only bytes [offset, offset + size) are hashed.
// Out: { id, progress: bytes } while a large file streams, then { id, digests: [[hex per
// algorithm] per file] } or { id, failure: { kind: 'changed' | 'unreadable' | 'internal', path,
// detail } }. Messages are handled one after the other, so the pool may queue a second batch.

const WORKER_SOURCE = String.raw `'use strict';
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const crypto = process.getBuiltinModule('node:crypto');
const fs = process.getBuiltinModule('node:fs');

const PROGRESS_STEP = 32 * 1024 * 1024;
// A large file streams through pair, the kernel filling one buffer while the other is hashed.
// A small file (up to a chunk) is read whole into pair[0], in one call when unchanged; growth
// shows in the fstat after. Messages are handled one at a time, so one pair serves them all.
let chunk = 0;
let pair = null;
function useChunkSize(size) {
  if (size === chunk) return;
  chunk = size;
  pair = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
}
const oneShot = typeof crypto.hash === 'function' ? crypto.hash : null;

function failure(kind, path, detail) {
  const e = new Error(detail);
  e.hashFailure = { kind, path, detail };
  return e;
}

function openFile(path) {
  try {
    return fs.openSync(path, 'r');
  } catch (e) {
    throw failure('unreadable', path, e.message);
  }
}

function closeFile(fd) {
  try {
    fs.closeSync(fd);
  } catch {
    // Nothing useful to do: the digest is already known or an error is on its way.
  }
}

function checkUnchanged(fd, file, bytesRead) {
  let st;
  try {
    st = fs.fstatSync(fd);
  } catch (e) {
    throw failure('unreadable', file.path, e.message);
  }
  if (st.ino !== file.ino) throw failure('changed', file.path, 'it was replaced by another file');
  if (bytesRead !== file.size) {
    throw failure('changed', file.path, 'read ' + bytesRead + ' bytes where stat said ' + file.size);
  }
  const size = file.range ? file.range.fileSize : file.size;
  if (st.size !== size) {
    throw failure('changed', file.path, 'its size went from ' + size + ' to ' + st.size + ' bytes');
  }
  if (st.mtimeMs !== file.mtimeMs) throw failure('changed', file.path, 'its modification time changed');
}

// One BLAKE3 hasher serves the thread: files are hashed one after the other here.
let blake3 = null;
async function loadBlake3() {
  const module = { exports: {} };
  (${BLAKE3_LOADER})(module, module.exports);
  blake3 = await module.exports.createBLAKE3();
}
const hasher = (a) => (a === 'blake3' ? blake3.init() : crypto.createHash(a));

function digestBytes(algorithms, bytes) {
  if (oneShot !== null && algorithms.length === 1 && algorithms[0] !== 'blake3') {
    return [oneShot(algorithms[0], bytes, 'hex')];
  }
  return algorithms.map((a) => hasher(a).update(bytes).digest('hex'));
}

function hashSmall(file, algorithms) {
  const fd = openFile(file.path);
  try {
    const buf = pair[0];
    let got = 0;
    while (got < file.size) {
      let n;
      try {
        n = fs.readSync(fd, buf, got, file.size - got, (file.range ? file.range.offset : 0) + got);
      } catch (e) {
        throw failure('unreadable', file.path, e.message);
      }
      if (n === 0) break;
      got += n;
    }
    checkUnchanged(fd, file, got);
    return digestBytes(algorithms, buf.subarray(0, got));
  } finally {
    closeFile(fd);
  }
}

function readAt(fd, buf, length, position, path) {
  return new Promise((resolve, reject) => {
    fs.read(fd, buf, 0, length, position, (err, n) => {
      if (err) reject(failure('unreadable', path, err.message));
      else resolve(n);
    });
  });
}

async function hashLarge(file, algorithms, report) {
  const fd = openFile(file.path);
  let pending = null;
  try {
    const hashes = algorithms.map(hasher);
    let pos = 0;
    let i = 0;
    let unreported = 0;
    // A range reads no further than its end; a whole file reads whole chunks (growth is seen).
    const want = (p) => (file.range ? Math.min(chunk, file.size - p) : chunk);
    const at = (p) => (file.range ? file.range.offset : 0) + p;
    if (file.size > 0) pending = readAt(fd, pair[0], want(0), at(0), file.path);
    while (pending !== null) {
      const n = await pending;
      pending = null;
      if (n === 0) break;
      const filled = pair[i];
      pos += n;
      i ^= 1;
      if (pos < file.size) pending = readAt(fd, pair[i], want(pos), at(pos), file.path);
      const bytes = filled.subarray(0, n);
      for (const h of hashes) h.update(bytes);
      unreported += n;
      if (unreported >= PROGRESS_STEP) {
        report(unreported);
        unreported = 0;
      }
    }
    checkUnchanged(fd, file, pos);
    return hashes.map((h) => h.digest('hex'));
  } finally {
    // A read still in flight writes into the pair and owns the descriptor: let it land first.
    if (pending !== null) await pending.catch(() => 0);
    closeFile(fd);
  }
}

async function handle(msg) {
  const report = (bytes) => parentPort.postMessage({ id: msg.id, progress: bytes });
  useChunkSize(msg.chunkSize);
  if (blake3 === null && msg.algorithms.includes('blake3')) await loadBlake3();
  const digests = [];
  for (const file of msg.files) {
    digests.push(
      file.size <= chunk ? hashSmall(file, msg.algorithms) : await hashLarge(file, msg.algorithms, report),
    );
  }
  return digests;
}

let queue = Promise.resolve();
parentPort.on('message', (msg) => {
  queue = queue.then(async () => {
    try {
      parentPort.postMessage({ id: msg.id, digests: await handle(msg) });
    } catch (e) {
      const f = e && e.hashFailure ? e.hashFailure : { kind: 'internal', path: '', detail: String(e && e.stack ? e.stack : e) };
      parentPort.postMessage({ id: msg.id, failure: f });
    }
  });
});
`;

;// CONCATENATED MODULE: ./build/src/hash/pool.js
// A pool of hashing worker threads, one per core, started from source text so that it survives
// bundling (see worker-source.ts). Workers are kept between calls (start-up costs about 100 ms
// on a small runner) but never keep the process alive: a worker is ref'd only while it has work,
// and idle workers are terminated after a while.


/** Batches a worker may hold at once: one being hashed and one waiting, so it never idles. */
const MAX_IN_FLIGHT = 2;
/**
 * A batch waits behind a worker's current work only while that work is this small: the wait then
 * hides a message round trip, and a batch queued behind a large file would sit there while a
 * different thread could have hashed it.
 */
const MAX_QUEUED_BEHIND_BYTES = 32 * 1024 * 1024;
const IDLE_TERMINATE_MS = 5000;
const MAX_DEATHS = 3;
/** Why a batch did not produce digests: a file-level failure or a dead worker. */
class BatchFailed extends Error {
    failure;
    workerError;
    constructor(failure, workerError) {
        super(failure.detail);
        this.failure = failure;
        this.workerError = workerError;
    }
}
class HashPool {
    size;
    slots = [];
    jobs = new Map();
    listeners = new Set();
    nextId = 1;
    /** Bytes of the batches sent to workers since the pool was made (which thread did what). */
    bytesSent = 0;
    idleTimer;
    // Workers that died unasked: after a few, stop starting new ones rather than spawn in a loop
    // (runs then fail with INTERNAL, or the calling thread does the work).
    deaths = 0;
    constructor(size) {
        this.size = size;
    }
    /** Start the workers that are missing; they boot in the background. */
    start() {
        if (this.broken)
            return;
        while (this.slots.length < this.size)
            this.slots.push(this.spawn());
        this.armIdleTimer();
    }
    /** Resolves once every worker has booted (or booting has been given up). */
    ready() {
        this.start();
        return new Promise((resolve) => {
            const check = () => {
                if (this.onlineCount < this.size && !this.broken)
                    return;
                stop();
                resolve();
            };
            const stop = this.onCapacity(check);
            check();
        });
    }
    /** True once workers have died too often to start new ones. */
    get broken() {
        return this.deaths >= MAX_DEATHS;
    }
    /** Workers that have finished booting. */
    get onlineCount() {
        return this.slots.filter((s) => s.online).length;
    }
    /** An online worker with nothing to do. */
    idleSlot() {
        return this.slots.find((s) => s.online && s.inFlight === 0);
    }
    /**
     * A busy online worker that will soon be free (its work in flight is small), so that a batch
     * may wait there; the least loaded first.
     */
    queueSlot() {
        let best;
        for (const s of this.slots) {
            if (!s.online || s.inFlight >= MAX_IN_FLIGHT)
                continue;
            if (s.bytesInFlight > MAX_QUEUED_BEHIND_BYTES)
                continue;
            if (!best || s.bytesInFlight < best.bytesInFlight)
                best = s;
        }
        return best;
    }
    /** Hear when capacity appears (a worker came online or finished a batch). */
    onCapacity(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    /** Hash a batch on `slot`; resolves with one digest list per file, in the batch's order. */
    send(slot, files, how, onBytes) {
        const id = this.nextId++;
        const bytes = files.reduce((n, f) => n + f.size, 0);
        if (slot.inFlight++ === 0)
            slot.worker.ref();
        slot.bytesInFlight += bytes;
        this.bytesSent += bytes;
        this.disarmIdleTimer();
        return new Promise((resolve, reject) => {
            this.jobs.set(id, { slot, bytes, resolve, reject, onBytes, settled: false });
            const wire = files.map((f) => ({
                path: f.path,
                size: f.size,
                mtimeMs: f.mtimeMs,
                ino: f.ino,
                ...(f.range ? { range: f.range } : {}),
            }));
            slot.worker.postMessage({
                id,
                algorithms: how.algorithms,
                chunkSize: how.chunkSize,
                files: wire,
            });
        });
    }
    /**
     * Terminate every worker. Batches in flight fail (INTERNAL); runs still waiting for a worker
     * hear of it and start new ones.
     */
    async close() {
        this.disarmIdleTimer();
        const slots = this.slots;
        this.slots = [];
        for (const [id, job] of this.jobs) {
            this.jobs.delete(id);
            if (job.settled)
                continue;
            job.settled = true;
            job.reject(new BatchFailed({ kind: 'internal', path: '', detail: 'the hashing pool was closed' }));
        }
        await Promise.all(slots.map((s) => stopWorker(s)));
        this.notify();
    }
    spawn() {
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, name: 'training-provenance hash' });
        const slot = { worker, online: false, inFlight: 0, bytesInFlight: 0 };
        worker.on('online', () => {
            slot.online = true;
            if (slot.inFlight === 0)
                slot.worker.unref();
            this.notify();
        });
        worker.on('message', (m) => this.onReply(m));
        worker.on('error', (e) => this.onWorkerGone(slot, e));
        worker.on('exit', (code) => this.onWorkerGone(slot, new Error(`exited with code ${code}`)));
        // A booting worker stays ref'd (for ~100 ms) so that awaiting ready() cannot end the process
        // early; once online and idle it is unref'd. (Adding a 'message' listener would ref it again,
        // so all listeners are in place before.)
        return slot;
    }
    onReply(m) {
        const job = this.jobs.get(m.id);
        if (!job)
            return;
        if ('progress' in m) {
            if (job.settled || !job.onBytes)
                return;
            try {
                job.onBytes(m.progress);
            }
            catch (e) {
                job.settled = true;
                job.reject(e);
            }
            return;
        }
        this.finish(m.id, job);
        if (job.settled)
            return;
        job.settled = true;
        if ('digests' in m)
            job.resolve(m.digests);
        else
            job.reject(new BatchFailed(m.failure));
    }
    finish(id, job) {
        this.jobs.delete(id);
        job.slot.bytesInFlight -= job.bytes;
        if (--job.slot.inFlight === 0)
            job.slot.worker.unref();
        this.armIdleTimer();
        this.notify();
    }
    onWorkerGone(slot, error) {
        if (!this.slots.includes(slot))
            return;
        this.deaths++;
        this.slots = this.slots.filter((s) => s !== slot);
        for (const [id, job] of this.jobs) {
            if (job.slot !== slot)
                continue;
            this.jobs.delete(id);
            if (!job.settled) {
                job.settled = true;
                const detail = error instanceof Error ? error.message : String(error);
                job.reject(new BatchFailed({ kind: 'internal', path: '', detail }, error));
            }
        }
        slot.worker.unref();
        this.notify();
    }
    notify() {
        for (const l of [...this.listeners])
            l();
    }
    armIdleTimer() {
        if (this.jobs.size > 0 || this.idleTimer)
            return;
        this.idleTimer = setTimeout(() => {
            this.idleTimer = undefined;
            if (this.jobs.size === 0)
                void this.close();
        }, IDLE_TERMINATE_MS);
        this.idleTimer.unref();
    }
    disarmIdleTimer() {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = undefined;
    }
}
/**
 * Terminates a worker and waits for it to be gone. A worker still starting is let come online
 * first: terminate() on one that had not started left its promise pending for good (Node 24,
 * 31 of 100 verifies of a 2,000-file model), and with nothing else to wait on the command then
 * exited 13 on an unsettled top-level await, after printing its result. The worker is ref'd
 * meanwhile, so the process waits for it.
 */
async function stopWorker(slot) {
    slot.worker.ref();
    if (!slot.online) {
        await new Promise((resolve) => {
            slot.worker.once('online', () => resolve());
            slot.worker.once('exit', () => resolve());
            slot.worker.once('error', () => resolve());
        });
    }
    await slot.worker.terminate();
}
const pools = new Map();
/** The shared pool with `size` workers. */
function getHashPool(size) {
    let pool = pools.get(size);
    if (!pool)
        pools.set(size, (pool = new HashPool(size)));
    return pool;
}
/** Terminate every hashing worker now (they also go on their own after a few idle seconds). */
async function closeHashPool() {
    await Promise.all([...pools.values()].map((p) => p.close()));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/src/hash/read.js
// Reading and digesting one file on the calling thread: the stat taken before hashing, one read
// for a file that fits the buffer, double-buffered streaming for a larger one, and the check that
// the file did not change meanwhile. src/hash/worker-source.ts does the same inside workers.




/** Default read size: per-call overhead vanishes, and two buffers per thread stay cheap. */
const CHUNK_SIZE = 4 * 1024 * 1024;
// A small file (up to a chunk) is read synchronously, so one buffer serves every call on this
// thread.
let smallBuffer;
const getSmallBuffer = (chunkSize) => smallBuffer && smallBuffer.length === chunkSize
    ? smallBuffer
    : (smallBuffer = Buffer.allocUnsafe(chunkSize));
let idlePairs = [];
const MAX_IDLE_PAIRS = 2;
const takePair = (chunkSize) => {
    idlePairs = idlePairs.filter((p) => p[0].length === chunkSize);
    return idlePairs.pop() ?? [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
};
const givePair = (pair) => {
    if (idlePairs.length < MAX_IDLE_PAIRS)
        idlePairs.push(pair);
};
/** Stat a file that is about to be hashed; it must be a regular file. */
function statForHash(path, input) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(path);
    }
    catch (e) {
        throw fileUnreadable(path, e.message, input, e);
    }
    if (!st.isFile())
        throw notRegularFile(path, input);
    return { path, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}
/** Digest a file already stat'ed; `onBytes` hears of bytes hashed while a large file streams. */
async function digestFile(file, how, onBytes) {
    // A BLAKE3 hasher is made asynchronously (WebAssembly), so it is taken before the file is read.
    const blake3 = how.algorithms.includes('blake3') ? await takeBlake3() : undefined;
    try {
        return file.size <= how.chunkSize
            ? digestSmallFile(file, how, blake3)
            : await digestLargeFile(file, how, blake3, onBytes);
    }
    finally {
        if (blake3)
            giveBlake3(blake3);
    }
}
/** A new hasher for `algorithm`: node:crypto's, or the BLAKE3 hasher taken for this file. */
const hasher = (algorithm, blake3) => algorithm === 'blake3' ? blake3 : (0,external_node_crypto_.createHash)(algorithm);
/** One read into the buffer, then a one-shot digest: four system calls with the stat before. */
function digestSmallFile(file, how, blake3) {
    const fd = openForHash(file.path, how.input);
    try {
        const buf = getSmallBuffer(how.chunkSize);
        // Read what stat announced, and no more: one call for an unchanged file (asking for more
        // would cost a second call to see the end). A file that grew is caught by the fstat after.
        let got = 0;
        while (got < file.size) {
            let n;
            try {
                n = (0,external_node_fs_.readSync)(fd, buf, got, file.size - got, (file.range?.offset ?? 0) + got);
            }
            catch (e) {
                throw fileUnreadable(file.path, e.message, how.input, e);
            }
            if (n === 0)
                break;
            got += n;
        }
        checkUnchanged(fd, file, got, how.input);
        const bytes = buf.subarray(0, got);
        const [only, ...more] = how.algorithms;
        if (more.length === 0 && only !== 'blake3')
            return [(0,external_node_crypto_.hash)(only, bytes, 'hex')];
        return how.algorithms.map((a) => hasher(a, blake3).update(bytes).digest('hex'));
    }
    finally {
        closeQuietly(fd);
    }
}
async function digestLargeFile(file, how, blake3, onBytes) {
    const fd = openForHash(file.path, how.input);
    const bufs = takePair(how.chunkSize);
    let pending = null;
    try {
        const hashes = how.algorithms.map((a) => hasher(a, blake3));
        let pos = 0;
        let i = 0;
        // A range reads no further than its end; a whole file reads whole chunks (growth is seen).
        const want = (p) => file.range ? Math.min(how.chunkSize, file.size - p) : how.chunkSize;
        const at = (p) => (file.range?.offset ?? 0) + p;
        if (file.size > 0)
            pending = readAt(fd, bufs[0], want(0), at(0), file.path, how.input);
        while (pending !== null) {
            const n = await pending;
            pending = null;
            if (n === 0)
                break;
            const filled = bufs[i];
            pos += n;
            i = i === 0 ? 1 : 0;
            if (pos < file.size)
                pending = readAt(fd, bufs[i], want(pos), at(pos), file.path, how.input);
            const bytes = filled.subarray(0, n);
            for (const h of hashes)
                h.update(bytes);
            onBytes?.(n);
        }
        checkUnchanged(fd, file, pos, how.input);
        return hashes.map((h) => h.digest('hex'));
    }
    finally {
        // A read still in flight (onBytes threw) writes into our buffers and owns the descriptor:
        // let it land before closing and handing the buffers to someone else.
        if (pending !== null)
            await pending.catch(() => 0);
        closeQuietly(fd);
        givePair(bufs);
    }
}
function readAt(fd, buf, length, position, path, input) {
    return new Promise((resolve, reject) => {
        (0,external_node_fs_.read)(fd, buf, 0, length, position, (err, n) => {
            if (err)
                reject(fileUnreadable(path, err.message, input, err));
            else
                resolve(n);
        });
    });
}
function openForHash(path, input) {
    try {
        return (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (e) {
        throw fileUnreadable(path, e.message, input, e);
    }
}
function closeQuietly(fd) {
    try {
        (0,external_node_fs_.closeSync)(fd);
    }
    catch {
        // The digest is known or an error is already on its way; a failed close changes neither.
    }
}
/** The file is what it was when stat'ed: same inode, size and mtime, and every byte was read. */
function checkUnchanged(fd, file, bytesRead, input) {
    let st;
    try {
        st = (0,external_node_fs_.fstatSync)(fd);
    }
    catch (e) {
        throw fileUnreadable(file.path, e.message, input, e);
    }
    if (st.ino !== file.ino)
        throw fileChanged(file.path, 'it was replaced by another file', input);
    if (bytesRead !== file.size) {
        throw fileChanged(file.path, `read ${bytesRead} bytes where stat said ${file.size}`, input);
    }
    const size = file.range?.fileSize ?? file.size;
    if (st.size !== size) {
        throw fileChanged(file.path, `its size went from ${size} to ${st.size} bytes`, input);
    }
    if (st.mtimeMs !== file.mtimeMs) {
        throw fileChanged(file.path, 'its modification time changed', input);
    }
}

;// CONCATENATED MODULE: ./build/src/hash/schedule.js

// One calling thread, whatever the number of runs and pools.
let callerBusy = false;
const schedulers = new Map();
class Scheduler {
    pool;
    // Largest batch first, across runs, so that no large file starts last and finishes alone.
    queue = [];
    constructor(pool) {
        this.pool = pool;
        pool.onCapacity(() => this.pump());
    }
    add(tasks) {
        // Stable: equal sizes keep the order they came in.
        this.queue = this.queue.concat(tasks).sort((a, b) => b.batch.bytes - a.batch.bytes);
    }
    /**
     * An idle worker first, then the calling thread, so that two large files never queue on one
     * worker while another thread waits; then a worker about to be free (its work in flight is
     * small). The calling thread is also the last resort when workers keep dying.
     */
    pump() {
        for (let i = 0; i < this.queue.length;) {
            const task = this.queue[i];
            if (task.run.failed) {
                this.queue.splice(i, 1);
                continue;
            }
            const callerFree = !callerBusy && (task.run.callerMay || this.pool.broken);
            const slot = this.pool.idleSlot() ?? (callerFree ? undefined : this.pool.queueSlot());
            if (slot) {
                this.queue.splice(i, 1);
                this.pool
                    .send(slot, task.batch.files, task.run.how, task.onBytes)
                    .then(task.resolve, task.reject);
            }
            else if (callerFree) {
                this.queue.splice(i, 1);
                callerBusy = true;
                digestBatchHere(task.batch, task.run.how, task.onBytes)
                    .finally(() => {
                    callerBusy = false;
                    for (const s of schedulers.values())
                        s.pump();
                })
                    .then(task.resolve, task.reject);
            }
            else if (callerBusy) {
                break; // no worker and not the calling thread: nothing can take any batch now
            }
            else {
                i++; // this run keeps off the calling thread; another run's batch may use it
            }
        }
        // Workers boot only for work the calling thread cannot take at once.
        if (this.queue.length > 0)
            this.pool.start();
    }
}
/**
 * Hash a run's batches, each on whichever thread frees first; one promise per batch, resolving
 * with one digest list per file.
 */
function scheduleBatches(pool, run, batches) {
    let scheduler = schedulers.get(pool);
    if (!scheduler)
        schedulers.set(pool, (scheduler = new Scheduler(pool)));
    const tasks = [];
    const done = batches.map(({ batch, onBytes }) => new Promise((resolve, reject) => tasks.push({ run, batch, onBytes, resolve, reject })));
    scheduler.add(tasks);
    scheduler.pump();
    return done;
}
async function digestBatchHere(batch, how, onBytes) {
    // Let worker messages in between batches: this thread is also the dispatcher.
    await new Promise((r) => setImmediate(r));
    const out = [];
    for (const f of batch.files)
        out.push(await digestFile(f, how, onBytes));
    return out;
}

// EXTERNAL MODULE: ./build/src/hash/progress.js
var hash_progress = __webpack_require__(51499);
;// CONCATENATED MODULE: ./build/src/hash/engine.js
// The hashing engine every part uses (subjects, datasets, verify's re-hash, OMS).
//
// A run stats every file first (the total for progress, and the facts the change check compares
// against), then hashes: a few small files on the calling thread alone, anything bigger on one
// thread per core, the calling thread and a pool of worker threads. (A worker costs about 100 ms
// of CPU to boot on a small runner, so the calling thread is one of the hashing threads rather
// than an idle dispatcher, and it starts at once while the workers boot.) Small files travel to a
// worker in batches so that the per-message cost does not dominate; a large file is its own batch
// and streams through two reused buffers. Runs in flight at once share the threads (see
// schedule.ts). Results come back in the input's order, whatever the completion order, and
// memory stays at a few buffers per thread whatever the input.







// Below this much work (bytes, plus a per-file cost expressed in bytes) the calling thread alone
// finishes before the workers would have booted; once they are up, the bar is much lower.
const LOCAL_WORK_LIMIT = 48 * 1024 * 1024;
const LOCAL_WORK_LIMIT_WARM = 8 * 1024 * 1024;
const PER_FILE_COST = 32 * 1024;
// With this many files the pool is certain to be used: it starts before the stat pass, and its
// workers hash the first batches while the rest are stat'ed.
const EARLY_START_FILES = LOCAL_WORK_LIMIT / PER_FILE_COST;
// A batch is closed at this many files or bytes; a bigger file is a batch of its own.
const BATCH_FILES = 256;
const BATCH_BYTES = 16 * 1024 * 1024;
const MIN_CHUNK = 4096;
// Files stat'ed between two looks at the workers' messages when stat and hashing overlap.
const STAT_SLICE = 1024;
/**
 * Boot the worker threads now (for example while the rest of the program loads) so that the next
 * run finds them up; resolves when they are. Idle workers still go after a few seconds and never
 * hold the process.
 */
function warmHashPool(concurrency = (0,external_node_os_.availableParallelism)()) {
    const threads = Math.max(1, Math.floor(concurrency));
    return threads > 1 ? getHashPool(threads - 1).ready() : Promise.resolve();
}
/** The stat of a file to hash, narrowed to its range when it has one. */
function statForRange(f, input) {
    const st = statForHash(f.path, input);
    if (!f.range)
        return st;
    const { start, end } = f.range;
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start <= end))
        throw new RangeError(`byte range ${start}:${end} of ${f.path} is not a range`);
    if (end > st.size)
        throw fileChanged(f.path, `its bytes ${start}:${end} were asked for, it has ${st.size}`, input);
    return { ...st, size: end - start, range: { offset: start, fileSize: st.size } };
}
/** Digest one file on the calling thread; fails when the file changes while it is read. */
async function hashFile(path, algorithm = 'sha256', opts = {}) {
    const [file] = await hashFilesWith([{ path, relPath: path }], [algorithm], {
        ...opts,
        pool: 'never',
    });
    return { digest: file.digest[algorithm], size: file.size };
}
/** Digest many files with sha256; the result has the input's order whatever the completion order. */
async function hashFiles(files, opts = {}) {
    const hashed = await hashFilesWith(files, ['sha256'], opts);
    return hashed.map((f) => ({
        path: f.path,
        relPath: f.relPath,
        size: f.size,
        sha256: f.digest.sha256,
    }));
}
/** Digest many files under one or more algorithms in a single read of each file. */
async function hashFilesWith(files, algorithms, opts = {}) {
    const algs = [...new Set(algorithms)];
    if (algs.length === 0)
        throw new TypeError('hashFilesWith needs at least one algorithm');
    const chunkSize = Math.max(MIN_CHUNK, Math.floor(opts.chunkSize ?? CHUNK_SIZE));
    const how = { algorithms: algs, chunkSize, input: opts.input };
    const threads = Math.max(1, Math.floor(opts.concurrency ?? (0,external_node_os_.availableParallelism)()));
    const mode = opts.pool ?? 'auto';
    // A single large file may go to a worker too: another run may be holding the calling thread.
    const mayUsePool = mode === 'always' || (mode === 'auto' && threads > 1);
    const pool = mayUsePool ? getHashPool(Math.max(1, threads - 1)) : undefined;
    const callerHashes = threads > 1;
    const digests = new Array(files.length);
    const stats = new Array(files.length);
    const statFile = (i) => (stats[i] = statForRange(files[i], opts.input));
    if (pool && files.length >= EARLY_START_FILES) {
        // The pool is certain: workers hash the first batches while this thread stats the rest.
        pool.start();
        await statAndHashOnPool(pool, callerHashes, files.length, statFile, how, digests, opts);
    }
    else {
        if (pool && mode === 'always')
            pool.start();
        for (let i = 0; i < files.length; i++)
            statFile(i);
        const bytesTotal = stats.reduce((n, s) => n + s.size, 0);
        const progress = new hash_progress/* ProgressThrottle */.wK(opts.onProgress, bytesTotal, files.length, opts.progressIntervalMs);
        progress.flush();
        const work = bytesTotal + files.length * PER_FILE_COST;
        const limit = pool?.onlineCount === pool?.size ? LOCAL_WORK_LIMIT_WARM : LOCAL_WORK_LIMIT;
        if (pool && (mode === 'always' || work >= limit)) {
            const run = new PoolRun(pool, callerHashes, how, digests, (b, n) => progress.add(b, n));
            run.submit(new Batcher().addAll(stats).finish());
            await run.finish();
        }
        else {
            const onBytes = (n) => progress.add(n);
            for (let i = 0; i < stats.length; i++) {
                digests[i] = await digestFile(stats[i], how, onBytes);
                progress.add(stats[i].size > chunkSize ? 0 : stats[i].size, 1);
            }
        }
        progress.flush();
    }
    return files.map((f, i) => {
        const digest = {};
        algs.forEach((a, k) => (digest[a] = digests[i][k]));
        return { path: f.path, relPath: f.relPath, size: stats[i].size, digest };
    });
}
/** Groups files into batches as they come: small ones together in input order, a large one alone. */
class Batcher {
    open;
    closed = [];
    next = 0;
    add(s) {
        const i = this.next++;
        if (s.size > BATCH_BYTES) {
            this.closed.push({ indexes: [i], files: [s], bytes: s.size });
            return this;
        }
        const open = (this.open ??= { indexes: [], files: [], bytes: 0 });
        open.indexes.push(i);
        open.files.push(s);
        open.bytes += s.size;
        if (open.files.length >= BATCH_FILES || open.bytes >= BATCH_BYTES) {
            this.closed.push(open);
            this.open = undefined;
        }
        return this;
    }
    addAll(stats) {
        for (const s of stats)
            this.add(s);
        return this;
    }
    /** The batches closed since the last call. */
    take() {
        const out = this.closed;
        this.closed = [];
        return out;
    }
    /** The rest, the open batch included. */
    finish() {
        if (this.open)
            this.closed.push(this.open);
        this.open = undefined;
        return this.take();
    }
}
/**
 * One run's batches on the pool's workers and, when `callerHashes`, on the calling thread too,
 * sharing both with any other run in flight. Batches may be submitted while earlier ones hash.
 * The run fails with the first failure; its batches not yet started are then dropped.
 */
class PoolRun {
    pool;
    how;
    digests;
    count;
    run;
    left = 0;
    closed = false;
    done;
    resolve;
    reject;
    constructor(pool, callerHashes, how, digests, 
    /** Bytes and files done; may throw (a progress listener), which fails the run. */
    count) {
        this.pool = pool;
        this.how = how;
        this.digests = digests;
        this.count = count;
        this.run = { how, callerMay: callerHashes, failed: false };
        this.done = new Promise((resolve, reject) => {
            this.resolve = resolve;
            this.reject = reject;
        });
        // Until finish() is awaited; a run failing before then must not be an unhandled rejection.
        this.done.catch(() => undefined);
    }
    get failed() {
        return this.run.failed;
    }
    submit(batches) {
        if (this.run.failed || batches.length === 0)
            return;
        this.left += batches.length;
        const items = batches.map((batch) => {
            let streamed = 0;
            const onBytes = (n) => {
                if (this.run.failed)
                    return;
                streamed += n;
                this.count(n, 0);
            };
            return { batch, onBytes, streamed: () => streamed };
        });
        scheduleBatches(this.pool, this.run, items).forEach((hashed, k) => {
            const { batch, streamed } = items[k];
            hashed.then((result) => {
                if (this.run.failed)
                    return;
                try {
                    batch.indexes.forEach((idx, j) => (this.digests[idx] = result[j]));
                    this.count(batch.bytes - streamed(), batch.files.length);
                }
                catch (e) {
                    this.fail(e);
                    return;
                }
                if (--this.left === 0 && this.closed)
                    this.resolve();
            }, (e) => this.fail(e));
        });
    }
    fail(e) {
        if (this.run.failed)
            return;
        this.run.failed = true;
        this.reject(e instanceof BatchFailed ? failureToError(e.failure, this.how.input) : e);
    }
    /** No more batches: resolves when every one is hashed, rejects with the first failure. */
    finish() {
        this.closed = true;
        if (this.left === 0 && !this.run.failed)
            this.resolve();
        return this.done;
    }
}
/**
 * Stat the files a slice at a time and hand each slice's batches to the pool at once, so that
 * workers hash while this thread stats the rest. Progress starts when the totals are known,
 * counting what was hashed by then.
 */
async function statAndHashOnPool(pool, callerHashes, fileCount, statFile, how, digests, opts) {
    let progress;
    const before = { bytes: 0, files: 0 };
    const count = (bytes, files) => {
        if (progress)
            return progress.add(bytes, files);
        before.bytes += bytes;
        before.files += files;
    };
    const run = new PoolRun(pool, callerHashes, how, digests, count);
    const batcher = new Batcher();
    try {
        let bytesTotal = 0;
        for (let start = 0; start < fileCount && !run.failed; start += STAT_SLICE) {
            const end = Math.min(fileCount, start + STAT_SLICE);
            for (let i = start; i < end; i++) {
                const st = statFile(i);
                bytesTotal += st.size;
                batcher.add(st);
            }
            run.submit(batcher.take());
            // Let worker messages in (one coming online, a batch done) between slices.
            await new Promise((r) => setImmediate(r));
        }
        run.submit(batcher.finish());
        progress = new hash_progress/* ProgressThrottle */.wK(opts.onProgress, bytesTotal, fileCount, opts.progressIntervalMs);
        progress.add(before.bytes, before.files); // the first call, whatever the time
    }
    catch (e) {
        run.fail(e);
    }
    await run.finish();
    progress?.flush();
}


/***/ }),

/***/ 33018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ve: () => (/* reexport */ ListingHash),
  ET: () => (/* reexport */ oms/* OMS_DEFAULT_IGNORES */.ET),
  HW: () => (/* reexport */ oms/* OMS_SIGNATURE_NAME */.HW),
  UG: () => (/* reexport */ oms/* OMS_SIGNING_IGNORES */.UG),
  b6: () => (/* reexport */ tree/* assertUtf8Name */.b6),
  Hl: () => (/* reexport */ engine/* closeHashPool */.Hl),
  xH: () => (/* reexport */ oms/* compareOmsPaths */.xH),
  vb: () => (/* reexport */ oms/* compareSpecPaths */.vb),
  qW: () => (/* reexport */ tree/* digestDirectory */.qW),
  Np: () => (/* reexport */ digestEntries),
  DC: () => (/* reexport */ engine/* hashFile */.DC),
  O_: () => (/* reexport */ engine/* hashFilesWith */.O_),
  KG: () => (/* reexport */ tree/* listDirectory */.KG),
  pL: () => (/* reexport */ listingDigest),
  KN: () => (/* reexport */ oms/* omsRootDigest */.KN),
  nv: () => (/* reexport */ oms/* rootOfDigests */.nv),
  Uw: () => (/* reexport */ engine/* warmHashPool */.Uw)
});

// UNUSED EXPORTS: PROGRESS_INTERVAL_MS, ProgressBar, ProgressThrottle, checkListingUnchanged, compareCodePoints, followCacheLink, formatDuration, formatProgress, formatRate, hashFiles, huggingFaceBlobs, labelledProgressLogger, percentDone, progressLogger, walkInOrder

// EXTERNAL MODULE: ./build/src/hash/engine.js + 7 modules
var engine = __webpack_require__(14485);
// EXTERNAL MODULE: ./build/src/hash/oms.js
var oms = __webpack_require__(61791);
// EXTERNAL MODULE: ./build/src/hash/tree.js
var tree = __webpack_require__(79572);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
;// CONCATENATED MODULE: ./build/src/hash/entries.js
// Hashing what the inputs named: files and whole directories, in one run of the hashing engine,
// each distinct file read once, and every directory's OMS root derived from those digests.




const joinRel = (dir, rel) => (dir === '.' ? rel : `${dir}/${rel}`);
/**
 * Hash files and directories in one call to the hashing engine, each distinct file once
 * (a file named directly and inside a named directory is read once), and derive every
 * directory's OMS root from those digests.
 */
async function digestEntries(entries, opts) {
    const toHash = new Map();
    const listings = [];
    for (const entry of entries) {
        if (entry.kind === 'file') {
            if (!toHash.has(entry.relPath))
                toHash.set(entry.relPath, { path: entry.path, relPath: entry.relPath });
            continue;
        }
        let listing;
        try {
            listing = await (0,tree/* listDirectory */.KG)(entry.path, {
                ignorePaths: opts.ignorePaths ?? oms/* OMS_DEFAULT_IGNORES */.ET,
                input: opts.input,
            });
        }
        catch (e) {
            throw (0,errors/* withInput */.zE)(e, opts.input);
        }
        listings.push({ entry, ...listing });
        for (const f of listing.files) {
            const wsRel = joinRel(entry.relPath, f.relPath);
            if (!toHash.has(wsRel))
                toHash.set(wsRel, { path: f.path, relPath: wsRel });
        }
    }
    const ordered = [...toHash.values()].sort((a, b) => (0,oms/* compareOmsPaths */.xH)(a.relPath, b.relPath));
    let digests;
    try {
        digests = await (0,engine/* hashFiles */.yQ)(ordered, { onProgress: opts.onProgress });
    }
    catch (e) {
        throw (0,errors/* withInput */.zE)(e, opts.input);
    }
    for (const { entry, files, ignorePaths } of listings) {
        await (0,tree/* checkListingUnchanged */.iX)(entry.path, files, { ignorePaths, input: opts.input });
    }
    const byRelPath = new Map(digests.map((d) => [d.relPath, d]));
    const directories = new Map();
    for (const { entry, files, ignorePaths } of listings) {
        const inDir = files.map((f) => {
            const d = byRelPath.get(joinRel(entry.relPath, f.relPath));
            return { path: d.path, relPath: f.relPath, size: d.size, sha256: d.sha256 };
        });
        directories.set(entry.relPath, {
            path: entry.path,
            files: inDir,
            root: (0,oms/* omsRootDigest */.KN)(inDir),
            ignorePaths,
            totalBytes: inDir.reduce((n, f) => n + f.size, 0),
        });
    }
    return { files: digests, directories, byRelPath };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/src/hash/listing.js
// A digest over a directory's canonical file listing: for each file in OMS order, its name
// (relative to the directory, UTF-8, as the file system spells it), a NUL (which no name holds)
// and its 32 raw sha256 bytes. Unlike the OMS root (digests alone), it binds names as well as
// contents and order, at any size: the training record carries it for each model directory.


/** The listing digest fed one file at a time, in OMS order (a manifest's records are). */
class ListingHash {
    h = (0,external_node_crypto_.createHash)('sha256');
    add(relPath, sha256) {
        this.h.update(relPath, 'utf8');
        this.h.update('\0');
        this.h.update(Buffer.from(sha256, 'hex'));
    }
    /** `sha256:HEX`. */
    digest() {
        return `sha256:${this.h.digest('hex')}`;
    }
}
/** The listing digest of files in any order. */
function listingDigest(files) {
    const h = new ListingHash();
    for (const f of [...files].sort((a, b) => (0,oms/* compareOmsPaths */.xH)(a.relPath, b.relPath)))
        h.add(f.relPath, f.sha256);
    return h.digest();
}

;// CONCATENATED MODULE: ./build/src/hash/index.js








/***/ }),

/***/ 61791:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ OMS_DEFAULT_IGNORES),
/* harmony export */   HW: () => (/* binding */ OMS_SIGNATURE_NAME),
/* harmony export */   KN: () => (/* binding */ omsRootDigest),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   UG: () => (/* binding */ OMS_SIGNING_IGNORES),
/* harmony export */   nv: () => (/* binding */ rootOfDigests),
/* harmony export */   vb: () => (/* binding */ compareSpecPaths),
/* harmony export */   xH: () => (/* binding */ compareOmsPaths)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
// The OpenSSF model signing (OMS) directory rule: the root digest is sha256 over the raw
// bytes of every file digest, in the order of the file names. Two orders are in use and differ
// only where a name has a character below `/` at the branching point (`tokenizer.json` beside
// `tokenizer/`): the specification's (whole paths by Unicode code point), which the signatures
// we write follow, and model_signing's (Python PurePosixPath, component by component), which
// `model_signing digest`, our directory subjects and manifests follow. Verifiers hash in the
// order a signature lists, so either verifies.

/** Names OMS leaves out of a directory digest unless told otherwise. */
const OMS_DEFAULT_IGNORES = [
    '.git',
    '.gitattributes',
    '.github',
    '.gitignore',
];
/** The file name model_signing writes its signature to, and ignores when hashing. */
const OMS_SIGNATURE_NAME = 'model.sig';
/**
 * The ignore list for every directory digest of a model that may carry an OMS signature:
 * OMS's defaults plus the signature file, so that writing (or re-writing) `model.sig` in a
 * model directory never changes the directory's root digest. A signature is never part of
 * what it signs, so a directory subject that records no list of its own is checked with this.
 */
const OMS_SIGNING_IGNORES = [...OMS_DEFAULT_IGNORES, OMS_SIGNATURE_NAME];
/**
 * Compare two POSIX relative paths the way Python's PurePosixPath orders them: component by
 * component, a path that is a prefix of another first, and names by Unicode code point.
 */
function compareOmsPaths(a, b) {
    const pa = a.split('/');
    const pb = b.split('/');
    const n = Math.min(pa.length, pb.length);
    for (let i = 0; i < n; i++) {
        const c = compareCodePoints(pa[i], pb[i]);
        if (c !== 0)
            return c;
    }
    return pa.length - pb.length;
}
/**
 * Order two strings by code point, as Python compares str. JavaScript's `<` compares UTF-16 code
 * units, which puts a character above U+FFFF (stored as a surrogate pair, D800-DFFF) before one
 * in U+E000-U+FFFF. At the first differing unit, a surrogate on one side only means that side
 * holds the larger code point; otherwise the units order like the code points.
 */
function compareCodePoints(x, y) {
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
        const a = x.charCodeAt(i);
        const b = y.charCodeAt(i);
        if (a === b)
            continue;
        const sa = a >= 0xd800 && a <= 0xdfff;
        const sb = b >= 0xd800 && b <= 0xdfff;
        if (sa !== sb)
            return sa ? 1 : -1;
        return a < b ? -1 : 1;
    }
    return x.length - y.length;
}
/** The specification's resource order (OMS v1.0 §6.4): whole paths by Unicode code point. */
const compareSpecPaths = compareCodePoints;
/** OMS's root rule: sha256 over the raw bytes of the digests, in the order given. */
function rootOfDigests(digests) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const d of digests)
        h.update(Buffer.from(d, 'hex'));
    return h.digest('hex');
}
/**
 * Root digest of a directory in PurePosixPath order, as `model_signing digest` computes it: what
 * directory subjects record. `files` may be in any order.
 */
function omsRootDigest(files) {
    const sorted = [...files].sort((a, b) => compareOmsPaths(a.relPath, b.relPath));
    return rootOfDigests(sorted.map((f) => f.sha256));
}


/***/ }),

/***/ 51499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   St: () => (/* binding */ progressLogger),
/* harmony export */   ZU: () => (/* binding */ labelledProgressLogger),
/* harmony export */   wK: () => (/* binding */ ProgressThrottle),
/* harmony export */   z2: () => (/* binding */ ProgressBar)
/* harmony export */ });
/* unused harmony exports PROGRESS_INTERVAL_MS, formatRate, formatDuration, percentDone, formatProgress */
/* harmony import */ var _present_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70870);
// Progress of a hashing run: the engine's throttle, a one-line formatter for logs, and a bar
// for an interactive terminal.

/** Default minimum time between two progress calls from the engine. */
const PROGRESS_INTERVAL_MS = 250;
/**
 * Counts bytes and files and calls the listener at most every `intervalMs`, plus on `flush`.
 * The clock is a parameter so the rule can be tested without waiting.
 */
class ProgressThrottle {
    listener;
    bytesTotal;
    filesTotal;
    intervalMs;
    now;
    bytesDone = 0;
    filesDone = 0;
    lastCall = -Infinity;
    constructor(listener, bytesTotal, filesTotal, intervalMs = PROGRESS_INTERVAL_MS, now = () => performance.now()) {
        this.listener = listener;
        this.bytesTotal = bytesTotal;
        this.filesTotal = filesTotal;
        this.intervalMs = intervalMs;
        this.now = now;
    }
    add(bytes, files = 0) {
        this.bytesDone += bytes;
        this.filesDone += files;
        if (!this.listener)
            return;
        const t = this.now();
        if (t - this.lastCall >= this.intervalMs)
            this.call(t);
    }
    /** Call the listener now, whatever the time since the last call (start and end of a run). */
    flush() {
        if (this.listener)
            this.call(this.now());
    }
    call(t) {
        this.lastCall = t;
        this.listener({
            bytesDone: this.bytesDone,
            bytesTotal: this.bytesTotal,
            filesDone: this.filesDone,
            filesTotal: this.filesTotal,
        });
    }
}
/** A rate in decimal units, the way disk and network speeds are quoted: "1.45 GB/s", "560 MB/s". */
function formatRate(bytesPerSecond) {
    if (bytesPerSecond >= 1e9)
        return `${(bytesPerSecond / 1e9).toFixed(2)} GB/s`;
    if (bytesPerSecond >= 1e6)
        return `${Math.round(bytesPerSecond / 1e6)} MB/s`;
    if (bytesPerSecond >= 1e3)
        return `${Math.round(bytesPerSecond / 1e3)} kB/s`;
    return `${Math.round(bytesPerSecond)} B/s`;
}
/** A duration rounded up to whole seconds: "2s", "1m 05s", "2h 03m". */
function formatDuration(ms) {
    const s = Math.max(0, Math.ceil(ms / 1000));
    if (s < 60)
        return `${s}s`;
    const pad = (n) => String(n).padStart(2, '0');
    if (s < 3600)
        return `${Math.floor(s / 60)}m ${pad(s % 60)}s`;
    return `${Math.floor(s / 3600)}h ${pad(Math.floor((s % 3600) / 60))}m`;
}
/** Whole percent done, by bytes; by files when there are no bytes or they were not counted. */
function percentDone(p) {
    const [done, total] = p.bytesTotal > 0 && !p.bytesUnknown ? [p.bytesDone, p.bytesTotal] : [p.filesDone, p.filesTotal];
    if (total <= 0)
        return 100;
    return Math.min(100, Math.floor((done / total) * 100));
}
/**
 * "1.2 GiB / 4.0 GiB (30%), 1.45 GB/s, ETA 2s". The rate and ETA appear once bytes and time have
 * passed; the ETA is left out when nothing remains.
 */
function formatProgress(p, elapsedMs) {
    if (p.bytesUnknown)
        return formatStreamedProgress(p, elapsedMs);
    let line = `${(0,_present_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .humanBytes */ .p)(p.bytesDone)} / ${(0,_present_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .humanBytes */ .p)(p.bytesTotal)} (${percentDone(p)}%)`;
    if (elapsedMs > 0 && p.bytesDone > 0) {
        const rate = (p.bytesDone / elapsedMs) * 1000;
        line += `, ${formatRate(rate)}`;
        const remaining = p.bytesTotal - p.bytesDone;
        if (remaining > 0)
            line += `, ETA ${formatDuration((remaining / rate) * 1000)}`;
    }
    return line;
}
/** "3,000 / 50,000 files (6%), 1.2 GiB, 450 MB/s, ETA 1m 05s": by files, bytes as they pass. */
function formatStreamedProgress(p, elapsedMs) {
    const count = (n) => n.toLocaleString('en-US');
    let line = `${count(p.filesDone)} / ${count(p.filesTotal)} files (${percentDone(p)}%), ${(0,_present_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .humanBytes */ .p)(p.bytesDone)}`;
    if (elapsedMs > 0 && p.filesDone > 0) {
        line += `, ${formatRate((p.bytesDone / elapsedMs) * 1000)}`;
        const left = p.filesTotal - p.filesDone;
        if (left > 0)
            line += `, ETA ${formatDuration((left / p.filesDone) * elapsedMs)}`;
    }
    return line;
}
/**
 * A progress listener that logs a line at most every `intervalMs` (and the last one), for logs
 * that are read afterwards, such as a GitHub Actions step.
 */
function progressLogger(log, opts = {}) {
    const now = opts.now ?? (() => performance.now());
    const intervalMs = opts.intervalMs ?? 5000;
    const started = now();
    let last = started;
    const prefix = opts.label ? `${opts.label}: ` : '';
    return (p) => {
        const t = now();
        const finished = p.filesDone >= p.filesTotal && (p.bytesUnknown || p.bytesDone >= p.bytesTotal);
        if (!finished && t - last < intervalMs)
            return;
        last = t;
        log(prefix + formatProgress(p, t - started));
    };
}
/**
 * Progress of several things at once ("model", "datasets", a model path), each with a logger of
 * its own, so that each keeps its own interval, rate and ETA: "hashing model: 1.2 GiB / …".
 */
function labelledProgressLogger(log, opts = {}) {
    const loggers = new Map();
    return (label, p) => {
        if (p.bytesTotal === 0 && p.filesTotal === 0)
            return; // nothing to hash, nothing to say
        let logger = loggers.get(label);
        if (!logger)
            loggers.set(label, (logger = progressLogger(log, { ...opts, label: `hashing ${label}` })));
        logger(p);
    };
}
/**
 * A one-line bar redrawn in place with \r on an interactive terminal. It draws nothing at all
 * when the stream is not a TTY (a CI log or a pipe), where a log line is the right thing.
 */
class ProgressBar {
    stream;
    opts;
    drawn = false;
    last;
    // The rate is measured from the first update of a label or of a run (the engine's first call,
    // all zeros, comes when hashing starts), so time spent before is not counted.
    started = 0;
    constructor(stream, opts = {}) {
        this.stream = stream;
        this.opts = opts;
    }
    /** A listener to hand to the engine: `hashFiles(files, { onProgress: bar.onProgress })`. */
    onProgress = (p) => this.update(p);
    update(a, b) {
        const [label, p] = typeof a === 'string' ? [a, b] : [this.opts.label, a];
        // A run with nothing to hash (no datasets) draws no "0 B / 0 B" line.
        if (p.bytesTotal === 0 && p.filesTotal === 0)
            return;
        const runStarts = p.bytesDone === 0 && p.filesDone === 0;
        if (!this.last || this.last.label !== label || runStarts)
            this.started = this.now();
        if (this.stream.isTTY === true) {
            if (this.drawn && this.last && this.last.label !== label)
                this.stream.write('\n');
            this.stream.write(`\r${this.render(p, label)}\x1b[K`);
            this.drawn = true;
        }
        this.last = { label, p };
    }
    /** End the line, so that later output starts on a fresh one. */
    done() {
        if (this.drawn)
            this.stream.write('\n');
        this.drawn = false;
        this.last = undefined;
    }
    /** The line without terminal controls, fitted to the terminal's width. */
    render(p, label = this.opts.label) {
        const head = label ? `${label} ` : '';
        const text = ` ${formatProgress(p, this.now() - this.started)}`;
        // Some terminals (and pseudo-terminals without a size) report 0 columns.
        const columns = this.stream.columns && this.stream.columns > 0 ? this.stream.columns : 80;
        const width = Math.min(30, columns - head.length - text.length - 3);
        if (width < 5)
            return (head + text.trimStart()).slice(0, Math.max(0, columns - 1));
        const full = Math.round((percentDone(p) / 100) * width);
        return `${head}[${'#'.repeat(full)}${'-'.repeat(width - full)}]${text}`;
    }
    now() {
        return this.opts.now ? this.opts.now() : performance.now();
    }
}


/***/ }),

/***/ 79572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ listDirectory),
/* harmony export */   b6: () => (/* reexport safe */ _walk_js__WEBPACK_IMPORTED_MODULE_3__.b6),
/* harmony export */   iX: () => (/* binding */ checkListingUnchanged),
/* harmony export */   qW: () => (/* binding */ digestDirectory)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14485);
/* harmony import */ var _oms_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61791);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99129);
// A directory listed whole (for a model, whose files are each a subject) and hashed, with its
// OMS root digest; the listing checked again after hashing. The walk's rules are walk.ts's.





/** List the files of a directory in OMS order, by the walk's rules (walk.ts). */
async function listDirectory(dir, opts = {}) {
    const files = [];
    for await (const f of (0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .walkInOrder */ .$v)(dir, opts))
        files.push(f);
    return { files, ignorePaths: [...new Set(opts.ignorePaths ?? _oms_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_DEFAULT_IGNORES */ .ET)].sort() };
}
/**
 * Lists `dir` again after its files were hashed and fails (FILE_CHANGED) when a file appeared
 * or went meanwhile: a size or content change is caught while a file is read, a new or
 * removed file only here. The listing reads names only, no file is opened.
 */
async function checkListingUnchanged(dir, hashed, opts = {}) {
    const before = new Set(hashed.map((f) => f.relPath));
    const now = new Set((await listDirectory(dir, opts)).files.map((f) => f.relPath));
    const appeared = [...now].filter((p) => !before.has(p));
    const went = [...before].filter((p) => !now.has(p));
    if (appeared.length === 0 && went.length === 0)
        return;
    const list = (ps) => ps.slice(0, 3).join(', ') + (ps.length > 3 ? `, and ${ps.length - 3} more` : '');
    const what = [
        appeared.length > 0 ? `${list(appeared)} appeared` : '',
        went.length > 0 ? `${list(went)} went away` : '',
    ].filter(Boolean);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('FILE_CHANGED', `${dir} changed while it was hashed: ${what.join('; ')}`, {
        input: opts.input,
        value: dir,
        fix: 'run the step after training has finished writing the directory',
    });
}
/** Hash every file of a directory and compute its OMS root digest. */
async function digestDirectory(dir, opts = {}) {
    const { files, ignorePaths } = await listDirectory(dir, opts);
    const digests = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .hashFiles */ .yQ)(files, opts);
    await checkListingUnchanged(dir, files, opts);
    return {
        path: dir,
        files: digests,
        root: (0,_oms_js__WEBPACK_IMPORTED_MODULE_2__/* .omsRootDigest */ .KN)(digests),
        ignorePaths,
        totalBytes: digests.reduce((n, f) => n + f.size, 0),
        ...(opts.followLinks ? { allowSymlinks: true } : {}),
    };
}


/***/ }),

/***/ 99129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ walkInOrder),
/* harmony export */   IE: () => (/* binding */ followCacheLink),
/* harmony export */   b6: () => (/* binding */ assertUtf8Name),
/* harmony export */   rS: () => (/* binding */ huggingFaceBlobs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27406);
/* harmony import */ var _oms_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61791);
// Walking a directory the way OMS does: regular files only, the default ignore list applied,
// names as POSIX paths relative to the directory, in OMS order (a depth-first walk with each
// folder's names sorted by code point is PurePosixPath order), one folder listed at a time.
// Links are refused, except: a Hugging Face cache snapshot's (`models--ORG--NAME/snapshots/
// REV/...` → the same repository's `blobs/`), hashed under the snapshot's names; and, with
// `followLinks` (OMS `allow_symlinks`), links that stay inside the directory.




const toPosix = (p) => (node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
const DIR = 1;
const FILE = 2;
const LINK = 3;
/** One directory's names and kinds, sorted by code point; two arrays, not an object a name. */
async function listSorted(abs, input) {
    const names = [];
    const kinds = [];
    try {
        // One directory's entries at a time (readdir is several times faster than iterating).
        for (const ent of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(abs, { withFileTypes: true })) {
            names.push(ent.name);
            kinds.push(ent.isSymbolicLink() ? LINK : ent.isDirectory() ? DIR : ent.isFile() ? FILE : 0);
        }
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('FILE_UNREADABLE', `cannot list ${abs}: ${e.message}`, {
            input,
            value: abs,
            fix: 'check that the directory exists and that the runner user may read it',
            cause: e,
        });
    }
    // Without surrogate pairs, UTF-16 order is code point order and the native sort applies.
    const byUnits = !names.some((n) => /[\uD800-\uDFFF]/.test(n));
    const order = names
        .map((_, i) => i)
        .sort(byUnits
        ? (a, b) => (names[a] < names[b] ? -1 : 1)
        : (a, b) => (0,_oms_js__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP)(names[a], names[b]));
    return {
        names: order.map((i) => names[i]),
        kinds: Uint8Array.from(order.map((i) => kinds[i])),
    };
}
async function notRegular(child, input) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(child);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_INVALID', `${child} is not a regular file (mode ${st.mode.toString(8)})`, {
        input,
        value: child,
        fix: 'remove sockets, pipes and devices from the directory',
    });
}
/** The files under `dir` in OMS order, leaving out the ignored names, refusing links but those the rules allow (a Hugging Face cache snapshot's, or with `followLinks` those inside the directory) and names that are not UTF-8. */
async function* walkInOrder(dir, opts = {}) {
    const ignore = new Set(opts.ignorePaths ?? _oms_js__WEBPACK_IMPORTED_MODULE_3__/* .OMS_DEFAULT_IGNORES */ .ET);
    const blobs = huggingFaceBlobs(dir);
    const inside = opts.followLinks ? await linkRule(dir, opts.input) : undefined;
    const open = async (abs, prefix, linked) => ({
        abs,
        prefix,
        ...(await listSorted(abs, opts.input)),
        next: 0,
        linked,
    });
    const stack = [await open(dir, '', [])];
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next === top.names.length) {
            stack.pop();
            continue;
        }
        const i = top.next++;
        const name = top.names[i];
        if (name.includes('\uFFFD'))
            await assertUtf8Name(top.abs, name, opts.input);
        const rel = top.prefix + name;
        if (ignore.has(rel))
            continue;
        const child = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top.abs, name);
        const kind = top.kinds[i];
        if (kind === DIR) {
            stack.push(await open(child, `${rel}/`, top.linked));
            continue;
        }
        if (kind === FILE) {
            yield { path: child, relPath: rel };
            continue;
        }
        if (kind !== LINK)
            await notRegular(child, opts.input);
        // A snapshot's link into its blobs/ is followed with or without allow_symlinks.
        const cached = blobs ? await cacheTarget(child, blobs) : undefined;
        if (cached || !inside) {
            yield { path: cached ?? (await followCacheLink(child, blobs, opts.input)), relPath: rel };
            continue;
        }
        const target = await inside(child, top.linked);
        if (target.isDirectory)
            stack.push(await open(child, `${rel}/`, [...top.linked, target.real]));
        else
            yield { path: target.real, relPath: rel };
    }
}
/**
 * The rule for links under `allow_symlinks`: the target must be a file or folder inside the
 * directory, and a folder not one the walk is already in (a cycle). Returns the target.
 */
async function linkRule(dir, input) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir);
    const refuse = (link, why) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('SYMLINK_REFUSED', `${link} is a symbolic link ${why}`, {
        input,
        value: link,
        fix: 'with allow_symlinks, links are followed only to files and folders inside the model directory; replace this one with what it points to',
    });
    return async (link, ancestors) => {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(link).catch(() => undefined);
        if (!real)
            throw refuse(link, 'that leads nowhere');
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, real);
        if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
            throw refuse(link, `that leaves the model directory (it leads to ${real})`);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real);
        const parent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(link));
        const holds = (a) => a === real || a.startsWith(`${real}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`);
        if (st.isDirectory() && [parent, ...ancestors].some(holds))
            throw refuse(link, `that makes a cycle (it leads to ${real}, which holds it)`);
        if (!st.isDirectory() && !st.isFile())
            throw refuse(link, `to something that is not a file (${real})`);
        return { real, isDirectory: st.isDirectory() };
    };
}
/**
 * The `blobs/` folder of the Hugging Face cache repository a snapshot directory belongs to
 * (`.../models--ORG--NAME/snapshots/REV`, or datasets--/spaces--), or undefined.
 */
function huggingFaceBlobs(dir) {
    const m = /^(.*\/(?:models|datasets|spaces)--[^/]+)\/snapshots\/[^/]+(?:\/|$)/.exec(toPosix(dir));
    return m ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(m[1], 'blobs') : undefined;
}
/**
 * A link is followed only inside a Hugging Face cache snapshot, and only to a regular file in
 * the same repository's `blobs/`; any other link is refused, naming where it leads.
 */
async function followCacheLink(link, blobs, input) {
    const target = blobs ? await cacheTarget(link, blobs) : undefined;
    if (target)
        return target;
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(link).catch(() => undefined);
    const where = real ? ` (it leads to ${real})` : ' (it leads nowhere)';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('SYMLINK_REFUSED', `${link} is a symbolic link${where}`, {
        input,
        value: link,
        fix: blobs
            ? `in a Hugging Face cache snapshot only links to files in ${blobs} are followed; replace this one with the file`
            : 'replace the link with the file it points to; links can point anywhere and are not signed',
    });
}
/**
 * The file a snapshot's link leads to, when it is a regular file in the repository's `blobs/`.
 * The rule holds with `allow_symlinks` too: model_signing signs a snapshot only with it.
 */
async function cacheTarget(link, blobs) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(link).catch(() => undefined);
    if (!real)
        return undefined;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(blobs, real);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        return undefined;
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real)).isFile() ? real : undefined;
}
/**
 * Names are recorded as UTF-8 text (in-toto and OMS alike), and Node reads a name that is not
 * UTF-8 as one with U+FFFD in it, which then names no file (ENOENT). Refused, naming it.
 */
async function assertUtf8Name(dir, name, input) {
    if (!name.includes('\uFFFD'))
        return;
    const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)).then(() => true, () => false);
    if (exists)
        return; // a real U+FFFD in a valid UTF-8 name
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_INVALID', `a file name in ${dir} is not valid UTF-8 (shown as '${name}')`, {
        input,
        value: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name),
        fix: 'rename it to UTF-8 (e.g. convmv -f latin1 -t utf8): file names are recorded as UTF-8 text',
    });
}


/***/ }),

/***/ 7108:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ inputText),
/* harmony export */   aN: () => (/* binding */ readInputBytes),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   lq: () => (/* binding */ readInputJson)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
// A file a user named (an action input or a CLI flag: a bundle, a proof, a trust config), read
// whole as text. Only a regular file is opened (a FIFO nobody writes would be read forever), none
// larger than its reader allows, and a UTF-8 byte-order mark (editors on Windows write one) is
// dropped. Every failure is a ProvenanceError naming the input, the path and the fix.


async function readInputFile(path, file) {
    return inputText(await readInputBytes(path, file));
}
/** A file's bytes as text, a UTF-8 byte-order mark dropped. */
function inputText(bytes) {
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
/** The file's bytes as they are (for a reader that also hashes them), under the same checks. */
async function readInputBytes(path, file) {
    const unreadable = (e) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('FILE_UNREADABLE', `cannot read ${file.what ? `${file.what} ` : ''}${path}: ${e.message}`, { input: file.input, value: path, fix: file.fix, cause: e });
    let size;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!st.isFile())
            throw new Error('not a regular file');
        size = st.size;
    }
    catch (e) {
        throw unreadable(e);
    }
    if (size > file.maxBytes) {
        throw (file.tooLarge?.(size) ??
            unreadable(new Error(`${size} bytes, more than ${file.maxBytes} allowed`)));
    }
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
    }
    catch (e) {
        throw unreadable(e);
    }
}
/** The file's JSON, parsed; a file that is not JSON is bad input (PARSE_ERROR) naming it. */
async function readInputJson(path, file) {
    const text = await readInputFile(path, file);
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('PARSE_ERROR', `${file.what ? `${file.what} ` : ''}${path} is not JSON: ${e.message}`, { input: file.input, value: path, fix: file.fix, cause: e });
    }
}


/***/ }),

/***/ 4715:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isObject),
/* harmony export */   V: () => (/* binding */ preview)
/* harmony export */ });
// The one test for "a JSON object" (not null, not an array) that every reader uses, and the
// one way to quote an untrusted value in a message.
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * An untrusted value as a message may quote it: a string as it is, anything else as JSON, cut
 * at `max` characters. Never throws, where String() of `{"toString": 1}` and JSON.stringify of
 * lists nested 100,000 deep (both what JSON.parse reads) do.
 */
function preview(v, max = 200) {
    let text;
    try {
        text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
    }
    catch {
        text = Array.isArray(v)
            ? 'a list nested too deep to show'
            : 'an object nested too deep to show';
    }
    return text.length > max ? `${text.slice(0, max)}…` : text;
}


/***/ }),

/***/ 70870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ humanBytes)
/* harmony export */ });
// The one byte formatter: progress lines, logs, job summaries and the PR comment all show
// sizes the same way.
const BINARY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/** Binary units with one decimal, so a size moving in a progress line keeps its width: "512 B", "1.5 KiB", "417.8 MiB". */
function humanBytes(bytes) {
    if (!Number.isFinite(bytes))
        return String(bytes);
    if (bytes < 1024)
        return `${Math.max(0, Math.round(bytes))} B`;
    let v = bytes / 1024;
    let u = 0;
    while (v >= 1024 && u < BINARY_UNITS.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(1)} ${BINARY_UNITS[u]}`;
}


/***/ }),

/***/ 98423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ resolveEndpoints),
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   KY: () => (/* binding */ sigstoreInstance)
/* harmony export */ });
/* unused harmony exports PUBLIC_GOOD, GITHUB_INSTANCE, SIGSTORE_CHOICES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _uri_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45512);
// Which Sigstore instance signs, and where its services live. `auto` follows what
// actions/attest does: public repositories go to the public-good instance (Fulcio +
// Rekor, so anyone can audit the log), everything else to GitHub's instance (Fulcio +
// TSA, no public log entry that would disclose a private repository's name).


const PUBLIC_GOOD = {
    instance: 'public-good',
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
};
const GITHUB_INSTANCE = {
    instance: 'github',
    fulcioUrl: 'https://fulcio.githubapp.com',
    tsaUrl: 'https://timestamp.githubapp.com',
};
const SIGSTORE_CHOICES = [
    'auto',
    'public-good',
    'github',
    'custom',
];
/** The instance the inputs name, or the error that names the input at fault. */
function sigstoreInstance(inp) {
    const choice = inp.choice.trim() || 'auto';
    if (!SIGSTORE_CHOICES.includes(choice)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `unknown Sigstore instance '${choice}'`, {
            input: 'sigstore',
            value: choice,
            fix: `use one of ${SIGSTORE_CHOICES.join(', ')}`,
        });
    }
    if (choice !== 'custom')
        return { kind: choice };
    const fulcioUrl = checkUrl('fulcio-url', inp.fulcioUrl);
    const rekorUrl = checkUrl('rekor-url', inp.rekorUrl);
    const tsaUrl = checkUrl('tsa-url', inp.tsaUrl);
    if (!fulcioUrl) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_MISSING', "'sigstore: custom' needs a Fulcio URL", {
            input: 'fulcio-url',
            fix: 'set fulcio-url, and rekor-url and/or tsa-url, to the endpoints of your instance',
        });
    }
    if (!rekorUrl && !tsaUrl) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_MISSING', "'sigstore: custom' needs a Rekor or a TSA URL", {
            input: 'rekor-url',
            fix: 'set rekor-url (transparency log) or tsa-url (RFC 3161 timestamps): a signature needs a trusted time',
        });
    }
    return { kind: 'custom', fulcioUrl, rekorUrl, tsaUrl };
}
/** The endpoints of the instance; `auto` by the repository's visibility (the token's claim). */
function resolveEndpoints(instance, visibility) {
    switch (instance.kind) {
        case 'public-good':
            return PUBLIC_GOOD;
        case 'github':
            return GITHUB_INSTANCE;
        case 'auto':
            return visibility === 'public' ? PUBLIC_GOOD : GITHUB_INSTANCE;
        case 'custom': {
            const { fulcioUrl, rekorUrl, tsaUrl } = instance;
            return { instance: 'custom', fulcioUrl, rekorUrl, tsaUrl };
        }
    }
}
function checkUrl(input, raw) {
    const value = raw?.trim();
    if (!value)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${value}' is not a URL`, {
            input,
            value,
            fix: 'give an absolute http(s) URL such as https://fulcio.example.com',
        });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${value}' is not an http(s) URL`, {
            input,
            value,
            fix: 'give an absolute http(s) URL',
        });
    }
    // An endpoint is named in logs, the job summary and errors: it must carry no credentials.
    if ((0,_uri_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUri */ .sU)(value) !== value) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${value}' holds credentials`, {
            input,
            value,
            fix: 'give the endpoint without user info or tokens (https://HOST/…)',
        });
    }
    return value.replace(/\/+$/, '');
}


/***/ }),

/***/ 93772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rx: () => (/* binding */ readTrustConfig),
/* harmony export */   Xk: () => (/* binding */ signingInstance),
/* harmony export */   rQ: () => (/* binding */ refuseTwoInstances)
/* harmony export */ });
/* unused harmony exports SIGNING_CONFIG_MEDIA_TYPE, signingEndpoints */
/* harmony import */ var _input_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7108);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4715);
/* harmony import */ var _verify_trust_root_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61130);
/* harmony import */ var _instances_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98423);
// A Sigstore ClientTrustConfig (protobuf-specs dev.sigstore.trustroot.v1): one file naming a
// private instance's trusted root and where to sign (SigningConfig v0.2), as sigstore-python 4
// (`--trust-config`), cosign and model_signing read it. The one reader: the CLI resolves the
// path, the engine gets the endpoints and the root.





const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const MAX_BYTES = 5 * 1024 * 1024;
/** Public-good names its TSA by the full endpoint; the signer appends this path itself. */
const TSA_PATH = /\/api\/v1\/timestamp\/?$/;
/** Read and check a ClientTrustConfig; `input` is the flag that named it. */
async function readTrustConfig(path, input = 'trust-config') {
    const bad = badField(path, input);
    const doc = await (0,_input_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readInputJson */ .lq)(path, {
        input,
        what: 'trust config',
        fix: 'pass the path of a ClientTrustConfig JSON file',
        maxBytes: MAX_BYTES,
    });
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(doc))
        throw bad('the file', 'is not a JSON object');
    if (doc.mediaType !== _verify_trust_root_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_TRUST_CONFIG_MEDIA_TYPE */ .qJ)
        throw bad('mediaType', `is ${JSON.stringify(doc.mediaType)}, not ${_verify_trust_root_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_TRUST_CONFIG_MEDIA_TYPE */ .qJ}`);
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(doc.trustedRoot))
        throw bad('trustedRoot', 'is missing');
    const sc = doc.signingConfig;
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(sc))
        throw bad('signingConfig', 'is missing');
    if (sc.mediaType !== SIGNING_CONFIG_MEDIA_TYPE)
        throw bad('signingConfig.mediaType', `is ${JSON.stringify(sc.mediaType)}, not ${SIGNING_CONFIG_MEDIA_TYPE}`);
    const list = (field) => services(sc[field], `signingConfig.${field}`, bad);
    const ca = list('caUrls');
    if (ca.length === 0)
        throw bad('signingConfig.caUrls', 'names no Fulcio');
    return {
        path,
        input,
        trustedRoot: rootOf(doc.trustedRoot, path, input),
        services: { ca, rekor: list('rekorTlogUrls'), tsa: list('tsaUrls') },
    };
}
/** Where to sign now: the Fulcio, Rekor (v1 API) and TSA valid at `now`, the newest first. */
function signingEndpoints(tc, now = new Date()) {
    const bad = badField(tc.path, tc.input);
    const ca = current(tc.services.ca, now);
    if (!ca)
        throw bad('signingConfig.caUrls', `names no Fulcio valid at ${now.toISOString()}`);
    const rekor = current(tc.services.rekor, now, 1);
    const tsa = current(tc.services.tsa, now);
    if (!rekor && !tsa)
        throw bad('signingConfig', `names no Rekor (v1 API) nor TSA valid at ${now.toISOString()}: a signature needs a trusted time`);
    const url = (field, s) => {
        try {
            return s && (0,_instances_js__WEBPACK_IMPORTED_MODULE_3__/* .checkUrl */ .CU)(field, s.url);
        }
        catch (e) {
            // checkUrl's message quotes the URL with its credentials as ***.
            throw bad(`signingConfig.${field}`, e.message);
        }
    };
    return {
        instance: 'custom',
        fulcioUrl: url('caUrls', ca),
        rekorUrl: url('rekorTlogUrls', rekor),
        tsaUrl: url('tsaUrls', tsa)?.replace(TSA_PATH, ''),
    };
}
function badField(path, input) {
    return (field, why) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `trust config ${path}: ${field} ${why}`, {
        input,
        value: path,
        fix: `pass a Sigstore ClientTrustConfig (${_verify_trust_root_js__WEBPACK_IMPORTED_MODULE_2__/* .CLIENT_TRUST_CONFIG_MEDIA_TYPE */ .qJ}) with its trustedRoot and signingConfig`,
    });
}
function rootOf(json, path, input) {
    try {
        return (0,_verify_trust_root_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedRootFromJSON */ .ad)(json, 'trust-config', `${path} (trustedRoot)`);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', e.message, {
            input,
            value: path,
            fix: 'its trustedRoot must be a Sigstore trusted_root.json object',
            cause: e,
        });
    }
}
function services(raw, field, bad) {
    if (raw === undefined)
        return [];
    if (!Array.isArray(raw))
        throw bad(field, 'is not a list');
    return raw.map((s, i) => {
        const at = `${field}[${i}]`;
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(s) || typeof s.url !== 'string' || s.url === '')
            throw bad(`${at}.url`, 'is missing');
        const validFor = s.validFor;
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(validFor))
            throw bad(`${at}.validFor`, 'is missing');
        const start = Date.parse(String(validFor.start));
        if (Number.isNaN(start))
            throw bad(`${at}.validFor.start`, 'is not a timestamp');
        const end = validFor.end === undefined ? undefined : Date.parse(String(validFor.end));
        if (end !== undefined && Number.isNaN(end))
            throw bad(`${at}.validFor.end`, 'is not a timestamp');
        const version = s.majorApiVersion ?? 1;
        if (typeof version !== 'number')
            throw bad(`${at}.majorApiVersion`, 'is not a number');
        return { url: s.url, majorApiVersion: version, start, end };
    });
}
/** The service valid now (start ≤ now < end), the newest start first, of the API version given. */
function current(list, now, version) {
    const t = now.getTime();
    return list
        .filter((s) => s.start <= t && (s.end === undefined || t < s.end))
        .filter((s) => version === undefined || s.majorApiVersion === version)
        .sort((a, b) => b.start - a.start)[0];
}
/**
 * A trust-config given with `other`, another input that names the instance: refused. `dash` is
 * how the entry point spells an input: '--' on the command line, '' in the action.
 */
function refuseTwoInstances(file, other, dash) {
    if (!file || !other)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `${dash}trust-config and ${dash}${other} both name the instance`, {
        input: 'trust-config',
        value: file,
        fix: `give one: ${dash}trust-config names it all, or drop it for ${dash}${other}`,
    });
}
/**
 * The instance the engine signs on: a named one (`sigstore`), or the custom one a ClientTrustConfig
 * file (absolute) names. The CLI and the action read their trust-config and sigstore into it.
 */
async function signingInstance(file, sigstore) {
    if (!file)
        return { sigstore: sigstore || 'auto', fulcioUrl: '', rekorUrl: '', tsaUrl: '' };
    const e = signingEndpoints(await readTrustConfig(file));
    return {
        sigstore: 'custom',
        fulcioUrl: e.fulcioUrl,
        rekorUrl: e.rekorUrl ?? '',
        tsaUrl: e.tsaUrl ?? '',
    };
}


/***/ }),

/***/ 74164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kl: () => (/* reexport */ ACTIONS),
  u$: () => (/* reexport */ COMMAND_HEADS),
  Cl: () => (/* binding */ commandEntries),
  GI: () => (/* binding */ flagName),
  iJ: () => (/* binding */ removedFor),
  B5: () => (/* binding */ useIn)
});

// UNUSED EXPORTS: ACTION_META, COMMANDS, ENTRIES, REMOVED, actionInputs, actionOutputs

;// CONCATENATED MODULE: ./build/src/surface/spec-attest.js
const BOTH = { actions: { attest: true }, commands: { attest: true } };
const ATTEST_ENTRIES = [
    {
        name: 'model',
        type: 'paths',
        default: '',
        metavar: 'PATH',
        description: 'Model files, directories or globs (newline- or comma-separated). Every file becomes a subject (path relative to the workspace, or to its own directory when outside it; sha256); every directory also one subject whose sha256 is its OpenSSF model-signing root digest.',
        actions: {
            attest: {
                description: 'Model files, directories or globs (newline- or comma-separated). Every file becomes a subject (path relative to the workspace, or to its own directory when outside it; sha256); every directory also one subject whose sha256 is its OpenSSF model-signing root digest. Required unless `model-manifest` names the model.',
            },
            verify: {
                description: 'The model to check against the signed subjects: files, directories or globs (newline- or comma-separated), named as attest named them. Required.',
            },
        },
        commands: {
            attest: {
                description: 'model file, directory or glob (repeatable; required unless --model-manifest names the model)',
            },
            verify: { description: 'model file, directory or glob (repeatable, required)' },
            'sign-model': {
                metavar: 'DIR|FILE',
                description: 'the model directory, or a model that is one file (required)',
                single: 'one signature signs one model directory or file',
            },
        },
    },
    {
        name: 'model-manifest',
        type: 'paths',
        default: '',
        metavar: '[NAME=]FILE',
        description: "`[NAME=]FILE` per line: a model directory that stays where it was trained, recorded from the manifest `training-provenance manifest` wrote there (docs/manifests.md); the subject is named NAME (default: the manifest's root) with its OMS root digest, and verify re-hashes it where it is present.",
        help: 'a model directory recorded from its manifest (repeatable)',
        ...BOTH,
    },
    {
        name: 'datasets',
        type: 'list',
        singular: true,
        default: '',
        metavar: 'LINE',
        description: "One dataset per line, optionally `NAME=` first: a local path or glob (hashed, with a Merkle commitment to its contents), `digests:FILE` (a list of sha256:HEX the training code wrote, committed to as a set), a reference `URI [ALG:HEX]` (hf://datasets/ORG/NAME@REV, s3://, gs://, https://, ...) recorded without download, a dvc.lock file whose stage dependencies are recorded with their md5, or `manifest:FILE [URI]`: a dataset hashed where it lives (docs/manifests.md), recorded by the manifest's root, file count and bytes without reading the data, at the location URI given.",
        help: "dataset path/glob, 'URI [ALG:HEX]', 'digests:FILE', 'manifest:FILE [URI]', or NAME=... (repeatable)",
        actions: { attest: true },
        commands: {
            attest: true,
            prove: {
                metavar: 'PATH',
                description: 'the dataset as attest was given it: a file, a directory, digests:FILE or manifest:FILE (required)',
                single: 'a proof is about one dataset; the value is a dataset line as attest takes it',
            },
        },
    },
    {
        name: 'datasets-file',
        type: 'path',
        default: '',
        metavar: 'FILE',
        description: 'A JSON or YAML list written by the training code: name, path, uri or digests (a digest list), digest, license, split, annotations.',
        help: 'JSON/YAML list of datasets (paths inside it are relative to the workspace)',
        ...BOTH,
    },
    {
        name: 'python',
        type: 'string',
        default: 'auto',
        metavar: 'auto|none|PATH',
        description: 'The interpreter that trained: `auto` (python3 on PATH), a path to an interpreter or virtual environment, or `none`. Its installed distributions, Python version and CUDA build are recorded without importing anything.',
        help: 'interpreter or virtual environment whose packages to record (default auto)',
        ...BOTH,
    },
    {
        name: 'requirements',
        type: 'paths',
        default: '',
        metavar: 'FILE',
        description: 'Lock or requirements files (requirements*.txt, uv.lock, poetry.lock, environment.yml, ...) recorded with their digests.',
        help: 'requirements/lock file (repeatable)',
        ...BOTH,
    },
    {
        name: 'parameters',
        type: 'string',
        default: '',
        metavar: 'FILE|JSON',
        description: 'Hyperparameters: a JSON/YAML file, or an inline JSON/YAML mapping, recorded as external parameters.',
        help: 'hyperparameters: a JSON/YAML file or an inline mapping',
        ...BOTH,
    },
    {
        name: 'byproducts',
        type: 'paths',
        default: '',
        metavar: 'FILE',
        description: 'Files such as metrics, logs or the model card, recorded with digests in runDetails.byproducts.',
        help: 'metrics, logs, model card (repeatable)',
        ...BOTH,
    },
    {
        name: 'base-models',
        type: 'list',
        singular: true,
        default: '',
        metavar: 'LINE',
        description: 'The models this one was trained from (fine-tuning, distillation), one per line, optionally `NAME=` first: a local directory or file (hashed as a model is), a Hugging Face cache entry, or a reference `URI [ALG:HEX]`. Each is recorded as a base-model dependency of the training record (docs/training-v1.schema.json).',
        help: 'a model this one was trained from: NAME=PATH, or a reference URI [ALG:HEX] (repeatable)',
        ...BOTH,
    },
    {
        name: 'base-model-evidence',
        type: 'paths',
        default: '',
        metavar: 'PATH',
        description: "The base models' own evidence (their training record, build provenance, ML-BOM or model.sig, or the directory their attest step wrote), one path per line: copied to `output-dir/bases/NAME/` and recorded with its digest, so one output directory verifies the whole chain offline.",
        help: "a base model's evidence file or output directory, copied under output-dir/bases (repeatable)",
        ...BOTH,
    },
    {
        name: 'sign',
        type: 'boolean',
        default: 'true',
        description: '`false` writes the unsigned statement only (pull requests from forks get no OIDC token).',
        help: "sign (default true; needs an OIDC token: SIGSTORE_ID_TOKEN, --identity-token-file, or the Actions runner's token); --no-sign writes the unsigned statements",
        ...BOTH,
    },
    {
        name: 'sigstore',
        type: 'choice',
        choices: ['auto', 'public-good', 'github'],
        default: 'auto',
        description: "The Sigstore instance to sign with: `auto` (public-good for public repositories, GitHub's instance otherwise), `public-good` or `github`. Another instance: `trust-config`.",
        help: 'the instance to sign with (default auto); another instance: --trust-config',
        actions: { attest: true },
        commands: { attest: true, 'sign-model': true },
    },
    {
        name: 'push-to-github',
        type: 'boolean',
        default: 'true',
        description: 'Store the bundle through the GitHub attestations API (needs `attestations: write`).',
        help: 'store through the attestations API (needs GITHUB_TOKEN)',
        cliDefault: {
            value: 'false',
            reason: 'a terminal has no repository and token to store in unless asked',
        },
        ...BOTH,
    },
    {
        name: 'sign-model',
        type: 'boolean',
        default: 'false',
        description: 'Also write an OpenSSF model-signing `model.sig` in each model directory (or `output-dir` when it is read-only), signed with the same identity and binding the same files, as the `sign-model` command writes one.',
        help: 'also write an OpenSSF model-signing model.sig per model directory',
        ...BOTH,
    },
    {
        name: 'ml-bom',
        type: 'boolean',
        default: 'false',
        description: 'Also write `training.cdx.json`, the training record as a CycloneDX 1.6 ML-BOM (model, datasets, packages, model card, the run as formulation), signed and stored as an attestation with predicate type `https://cyclonedx.org/bom`.',
        help: 'also write training.cdx.json, the record as a CycloneDX 1.6 ML-BOM, signed as an attestation of its own',
        ...BOTH,
    },
];
/** What the actions read after the job's own inputs: where files go, the workflow's parts. */
const TRAILING_ENTRIES = [
    {
        name: 'output-dir',
        type: 'path',
        default: '',
        metavar: 'DIR',
        description: 'Where the files are written.',
        actions: {
            attest: {
                description: 'Where provenance.intoto.json, training.intoto.json and their bundles (and `bases/`) are written. Default: $RUNNER_TEMP/training-provenance, where a later step of the job finds them.',
            },
            verify: {
                description: 'Where verify-report.json (the report-path output) is written. Default: $RUNNER_TEMP/training-provenance.',
            },
            review: {
                description: "Where the job's attest step wrote its files, read when `bundle` is empty. Default: $RUNNER_TEMP/training-provenance, attest's default.",
            },
        },
        commands: {
            attest: {
                description: 'where files go (default: WORKSPACE/provenance; never inside or around the model or a dataset; one run at a time)',
            },
        },
    },
    {
        name: 'artifact',
        type: 'string',
        default: '',
        metavar: 'NAME|false',
        description: "Upload the statements and bundles as a workflow artifact of this name; `false`: no artifact. Default: training-provenance-JOB-DIGEST (the job id and the first 12 hex of the model's digest), so the jobs of a matrix that train different models never collide; a default name already taken in the run gets -2, -3. An explicit name must be unused in the run: GitHub's artifact service takes a name once per run.",
        actionOnly: 'workflow artifacts exist only in a workflow run',
        actions: {
            attest: true,
            review: {
                description: "The artifact of the base branch's run to compare with (attest's `artifact`). Default: its training-provenance artifacts, this job's when there are several.",
            },
        },
    },
    {
        name: 'summary',
        type: 'boolean',
        default: 'true',
        description: 'Write the job summary.',
        actionOnly: 'a job summary exists only in a workflow run',
        actions: {
            attest: true,
            verify: true,
            review: {
                description: 'Write the job summary (always written when the review could not be posted as a comment).',
            },
        },
    },
    {
        name: 'github-token',
        type: 'string',
        default: '${{ github.token }}',
        description: 'Token for the GitHub API.',
        actionOnly: 'the command reads GITHUB_TOKEN from the environment, never a flag (no token in argv)',
        actions: {
            attest: { description: 'Token for the attestations API (`push-to-github`).' },
            verify: {
                description: 'Token for the attestations API, read when `bundle` is empty (lookup by digest).',
            },
            review: {
                description: "Token for the pull-request comment and the base run's artifact (`pull-requests: write`, `actions: read`).",
            },
        },
    },
];
/** The key and certificate flags of attest and sign-model: signing where there is no OIDC. */
const KEY_ENTRIES = [
    {
        name: 'identity-token-file',
        type: 'path',
        default: '',
        metavar: 'FILE',
        description: "read the OIDC token from FILE (else SIGSTORE_ID_TOKEN, or the runner's)",
        cliOnly: "the action asks the runner's token service (id-token: write)",
        commands: { attest: true, 'sign-model': true },
    },
    {
        name: 'private-key',
        type: 'path',
        default: '',
        metavar: 'PEM',
        description: "sign with an EC key (P-256, P-384, P-521) instead of keyless, where there is no OIDC (an encrypted key's passphrase: TRAINING_PROVENANCE_KEY_PASSPHRASE); verify with --public-key",
        cliOnly: 'a workflow run signs keylessly with its own identity; a key is for clusters without OIDC',
        commands: { attest: true, 'sign-model': true },
    },
    {
        name: 'signing-cert',
        type: 'path',
        default: '',
        metavar: 'PEM',
        description: "with --private-key: its certificate followed by the certificates that issued it (one PEM file, leaf first, as cosign's --certificate-chain), carried in the bundles; verify with --cert-chain and the anchors",
        cliOnly: 'as private-key',
        commands: { attest: true, 'sign-model': true },
    },
];

;// CONCATENATED MODULE: ./build/src/surface/removed.js
const SUB_ACTION = 'give it to the verify action or the review action in their own step: the root action only attests';
const SUB_ACTION_REASON = 'one action per job, as actions/attest and codeql-action have them: the root action declared the inputs of all three jobs, and a verify input given to an attest step was silently ignored';
/** The verify and review inputs the root action declared in v0 (`mode: verify|review`). */
const VERIFY_SIDE = [
    'bundle',
    'repository',
    'signer-workflow',
    'source-ref',
    'cert-identity',
    'cert-identity-regex',
    'cert-oidc-issuer',
    'deny-self-hosted-runners',
    'trusted-root',
    'tuf-url',
    'tuf-root',
    'public-key',
    'cert-chain',
    'model-signature-identity',
    'model-signature-identity-regex',
    'model-signature-issuer',
    'ignore-paths',
    'ignore-unsigned-files',
    'policy',
    'proofs',
    'advisories',
    'base',
    'comment',
];
const TRUST_CONFIG = 'give a Sigstore ClientTrustConfig JSON file naming the instance (its Fulcio, Rekor, TSA and trusted root)';
const TRUST_CONFIG_REASON = 'one file names a whole instance, as sigstore-python 4 --trust-config, model_signing --trust_config and cosign read it; three URLs could not carry its trusted root or its validity periods';
const REMOVED = [
    {
        name: 'mode',
        by: 'training-provenance/training-provenance/verify@v1 or …/review@v1',
        actions: ['attest'],
        replacement: 'the root action only attests: drop mode (attest), or use the verify or review action for those jobs',
        reason: SUB_ACTION_REASON,
    },
    ...['fulcio-url', 'rekor-url', 'tsa-url'].map((name) => ({
        name,
        by: 'trust-config',
        actions: ['attest'],
        commands: ['attest', 'sign-model'],
        replacement: TRUST_CONFIG,
        reason: TRUST_CONFIG_REASON,
    })),
    {
        name: 'sigstore',
        value: 'custom',
        by: 'trust-config',
        actions: ['attest'],
        commands: ['attest', 'sign-model'],
        replacement: TRUST_CONFIG,
        reason: TRUST_CONFIG_REASON,
    },
    ...['upload-artifact', 'artifact-name'].map((name) => ({
        name,
        by: 'artifact',
        actions: ['attest'],
        replacement: 'give the artifact name, false for no artifact, or nothing for the generated name',
        reason: "two inputs held one setting (whether to upload, and under which name); review names the base run's artifact with the same input",
    })),
    {
        name: 'artifact-name',
        by: 'artifact',
        actions: ['review'],
        replacement: "give the base run's artifact name (attest's artifact)",
        reason: 'the same name as the attest input that names the artifact',
    },
    {
        name: 'model-signature',
        by: 'sign-model',
        actions: ['attest'],
        commands: ['attest'],
        replacement: 'set it (true) to also write model.sig',
        reason: "on attest it meant 'also write model.sig', what the sign-model command does; on verify model-signature says which model.sig to check, and keeps that name",
    },
    {
        name: 'cert-chain',
        by: 'signing-cert',
        commands: ['attest', 'sign-model'],
        replacement: 'put the chain in the signing certificate file, after the certificate (one PEM file, leaf first, as cosign --certificate-chain reads)',
        reason: 'cert-chain now means one thing only: the trust anchors verify checks a chain against',
    },
    {
        name: 'report',
        by: 'output',
        commands: ['verify'],
        replacement: 'it writes the report in --format to FILE, instead of standard output',
        reason: 'every command writes its one result with --output',
    },
    ...VERIFY_SIDE.map((name) => ({
        name,
        by: 'training-provenance/training-provenance/verify@v1 or …/review@v1',
        actions: ['attest'],
        replacement: SUB_ACTION,
        reason: SUB_ACTION_REASON,
    })),
];

;// CONCATENATED MODULE: ./build/src/surface/types.js
// The shape of the one spec (src/surface/spec.ts) of every action input and CLI flag, from
// which the three action.yml, the CLI's options and --help, and the README's tables are made.
const ACTIONS = ['attest', 'verify', 'review'];
const COMMANDS = [
    'attest',
    'verify',
    'inspect',
    'diff',
    'sign-model',
    'digest',
    'prove',
    'verify-proof',
    'trusted-root',
    'bom',
    'manifest',
    'lineage',
];

;// CONCATENATED MODULE: ./build/src/surface/spec-cli.js
// Flags only the command has: how a terminal names paths and where results go, and the
// options of the commands no action runs (digest, prove, manifest, ...).

const every = (except = []) => Object.fromEntries(COMMANDS.filter((c) => !except.includes(c)).map((c) => [c, true]));
/** One file or report a command writes, instead of standard output. */
const OUTPUT_COMMANDS = [
    'verify',
    'prove',
    'manifest',
    'bom',
    'trusted-root',
    'sign-model',
    'lineage',
    'inspect',
    'diff',
    'digest',
    'verify-proof',
];
/** --format of a command that writes a document, and the fields of its json summary. */
const documentFormat = (fields) => `text (default): the document on standard output, or with --output a line on standard error; json (needs --output): a JSON summary on standard output, ${fields}`;
const CLI_ENTRIES = [
    {
        name: 'resume',
        type: 'boolean',
        default: 'false',
        description: 'sign and store the statements an earlier run left unsigned in --output-dir (signing failed): nothing is hashed again',
        cliOnly: 'a failed workflow step is re-run whole',
        commands: { attest: true },
    },
    {
        name: 'hash-type',
        type: 'string',
        default: 'sha256',
        metavar: 'sha256|blake2b|blake3',
        description: 'how each file is hashed (blake2b is BLAKE2b-512); the root over them is sha256 whatever the type',
        cliOnly: 'attest records sha256, the digest GitHub and Sigstore read',
        commands: { 'sign-model': true, digest: true },
    },
    {
        name: 'shard-size',
        type: 'string',
        default: '',
        metavar: 'BYTES',
        description: 'sign byte ranges of BYTES (path:start:end) instead of whole files: the OMS shards serialization, re-hashed on every core (not with blake3, which model_signing never shards)',
        cliOnly: 'attest signs whole files',
        commands: { 'sign-model': true },
    },
    {
        name: 'allow-symlinks',
        type: 'boolean',
        default: 'false',
        description: "follow links that stay inside the model directory (recorded as allow_symlinks: true, as model_signing's --allow_symlinks); a link out of it, to nothing, or in a cycle is still refused",
        cliOnly: 'attest refuses links out of the workspace and names links as it finds them',
        commands: { 'sign-model': true, digest: true },
    },
    {
        name: 'digest',
        type: 'string',
        default: '',
        metavar: 'sha256:HEX',
        description: "the content asked about (sha256sum of a file, or a sample's digest; required)",
        cliOnly: 'proofs are made where the data is, not in a workflow step',
        commands: { prove: true },
    },
    {
        name: 'proof',
        type: 'path',
        default: '',
        metavar: 'FILE',
        description: "a proof written by 'training-provenance prove' (required)",
        cliOnly: 'the verify action checks proofs through its policy (proofs)',
        commands: { 'verify-proof': true },
    },
    {
        name: 'shard',
        type: 'string',
        default: '',
        metavar: 'I/N',
        description: 'hash the I-th of N shards, e.g. --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT',
        cliOnly: 'manifests are written where the data lives, by batch jobs',
        commands: { manifest: true },
    },
    {
        name: 'root-name',
        type: 'string',
        default: '',
        metavar: 'NAME',
        description: "how the header names the dataset (default: the directory's name); shards of one dataset must agree",
        cliOnly: 'as shard',
        commands: { manifest: true },
    },
    {
        name: 'sample',
        type: 'string',
        default: '',
        metavar: 'N',
        description: 'verify: re-hash a random sample of N files (the seed is printed, to draw it again)',
        cliOnly: 'as shard',
        commands: { manifest: true },
    },
    {
        name: 'seed',
        type: 'string',
        default: '',
        metavar: 'S',
        description: 'verify: the seed of --sample, to draw the same sample again',
        cliOnly: 'as shard',
        commands: { manifest: true },
    },
    {
        name: 'all',
        type: 'boolean',
        default: 'false',
        description: 'verify: re-hash every file (the default)',
        cliOnly: 'as shard',
        commands: { manifest: true },
    },
    {
        name: 'workspace',
        type: 'path',
        default: '',
        metavar: 'DIR',
        description: 'what subject names are relative to (default: the current directory; a path outside it is named relative to its own directory); every path is read where you name it, absolute or relative to the current directory',
        cliOnly: 'the action reads GITHUB_WORKSPACE',
        commands: every(['inspect', 'diff', 'lineage']),
    },
    {
        name: 'output',
        type: 'path',
        default: '',
        metavar: 'FILE',
        description: 'write the result to FILE instead of standard output',
        cliOnly: 'the action writes into output-dir and names the files in its outputs',
        commands: {
            ...Object.fromEntries(OUTPUT_COMMANDS.map((c) => [c, true])),
            verify: { description: 'write the report (in --format) to FILE instead of standard output' },
            'sign-model': {
                description: 'where to write the signature (default: DIR/model.sig, FILE.sig)',
            },
        },
    },
    {
        name: 'format',
        type: 'choice',
        choices: ['text', 'json'],
        default: 'text',
        description: 'output format',
        cliOnly: 'the action sets outputs and writes a job summary',
        commands: {
            ...every(),
            prove: {
                description: documentFormat('{output, sha256, bytes, digest, member, leaves, root}'),
            },
            bom: { description: documentFormat('{output, sha256, bytes, specVersion, components}') },
            'trusted-root': { description: documentFormat('{output, sha256, bytes, roots}') },
            manifest: {
                description: `verify: the result as text (default) or JSON. manifest and merge: ${documentFormat('{output, sha256, bytes, files, datasetBytes, root}')}`,
            },
            lineage: { choices: ['text', 'json', 'mermaid'] },
        },
    },
];

;// CONCATENATED MODULE: ./build/src/surface/spec-verify.js
const VERIFIERS = ['verify', 'verify-proof', 'lineage'];
const spec_verify_all = (commands) => Object.fromEntries(commands.map((c) => [c, true]));
const GATE = { verify: true, review: true };
/** Who must have signed: the same inputs wherever a bundle is verified. */
const SIGNER_ENTRIES = [
    {
        name: 'repository',
        type: 'string',
        default: '',
        metavar: 'OWNER/REPO',
        description: 'The expected source repository OWNER/REPO (certificate extension 12); a GitLab issuer makes it a project path. With no signer input at all, the action pins the current repository (it knows which repository runs it) and the command refuses (exit 2: a terminal does not).',
        help: 'expected source repository (certificate extension 12)',
        actions: GATE,
        commands: spec_verify_all(VERIFIERS),
    },
    {
        name: 'signer-workflow',
        type: 'string',
        default: '',
        metavar: 'OWNER/REPO/.github/workflows/FILE.yml[@REF]',
        description: 'The expected workflow OWNER/REPO/.github/workflows/FILE.yml, optionally @REF.',
        actions: GATE,
        commands: spec_verify_all(VERIFIERS),
    },
    {
        name: 'source-ref',
        type: 'string',
        default: '',
        metavar: 'REF',
        description: 'The expected source ref, exact or glob (refs/tags/v*).',
        actions: GATE,
        commands: spec_verify_all(VERIFIERS),
    },
    {
        name: 'cert-identity',
        type: 'string',
        default: '',
        metavar: 'SAN',
        description: 'The exact certificate identity (SAN), for signers that are not GitHub workflows.',
        actions: GATE,
        commands: spec_verify_all(VERIFIERS),
    },
    {
        name: 'cert-identity-regex',
        type: 'string',
        default: '',
        metavar: 'RE',
        description: 'A regular expression the whole certificate identity must match.',
        actions: GATE,
        commands: spec_verify_all(VERIFIERS),
    },
    {
        name: 'cert-oidc-issuer',
        type: 'string',
        default: 'https://token.actions.githubusercontent.com',
        metavar: 'URL',
        description: 'The expected OIDC issuer.',
        cliDefault: {
            value: '',
            reason: 'the command runs in any CI, the action on GitHub: the command pins an issuer only when given one',
        },
        actions: GATE,
        commands: spec_verify_all(VERIFIERS),
    },
    {
        name: 'deny-self-hosted-runners',
        type: 'boolean',
        default: 'false',
        description: 'Refuse provenance made on self-hosted runners.',
        actions: GATE,
        commands: spec_verify_all(VERIFIERS),
    },
    {
        name: 'public-key',
        type: 'path',
        default: '',
        metavar: 'PEM',
        description: "A PEM EC public key (P-256, P-384, P-521): what is signed with a key (a training record signed by `attest --private-key`, model signatures made by model_signing `sign key`) is checked with it. A key proves no CI identity: a record signed with one never meets `repository`, `signer-workflow` or a policy's identity block.",
        actions: GATE,
        commands: spec_verify_all(VERIFIERS),
    },
    {
        name: 'cert-chain',
        type: 'paths',
        default: '',
        metavar: 'PEM',
        description: 'PEM trust anchors of your own PKI (one path per line): what is signed with its certificates (`attest --signing-cert`, model_signing `sign certificate`) must chain to one, be valid now and allow digital signatures; proves no CI identity.',
        actions: GATE,
        commands: spec_verify_all(VERIFIERS),
    },
];
/** Which trusted root the signatures are checked against. */
const TRUST_ENTRIES = [
    {
        name: 'trusted-root',
        type: 'string',
        default: 'auto',
        metavar: 'auto|public-good|github|FILE',
        description: "`auto`: the instance's current root, refreshed over TUF (the embedded public-good root when the repository cannot be reached, and the report says so); `public-good` (the embedded root, no network); `github`; or a `trusted_root.json`/JSONL path. Not with `trust-config`.",
        actions: GATE,
        commands: spec_verify_all(VERIFIERS),
    },
    {
        name: 'trust-config',
        type: 'path',
        default: '',
        metavar: 'FILE',
        description: 'A custom Sigstore instance as a ClientTrustConfig JSON (what sigstore-python 4 `--trust-config`, model_signing `--trust_config` and cosign read): signing uses its Fulcio, Rekor (v1 API) and TSA valid now; verifying, its trusted root. Not with `sigstore` or `trusted-root`.',
        actions: {
            attest: {
                description: 'A custom Sigstore instance as a ClientTrustConfig JSON (what sigstore-python 4 `--trust-config`, model_signing `--trust_config` and cosign read): sign with its Fulcio, Rekor (v1 API) and TSA valid now, in place of `sigstore`.',
            },
            verify: {
                description: 'A custom Sigstore instance as a ClientTrustConfig JSON: verify with its trusted root, in place of `trusted-root`, `tuf-url` and `tuf-root`.',
            },
            review: {
                description: 'A custom Sigstore instance as a ClientTrustConfig JSON: verify with its trusted root, in place of `trusted-root`, `tuf-url` and `tuf-root`.',
            },
        },
        commands: {
            attest: { description: 'a Sigstore ClientTrustConfig: sign with its Fulcio, Rekor and TSA' },
            'sign-model': {
                description: 'a Sigstore ClientTrustConfig: sign with its Fulcio, Rekor and TSA',
            },
            verify: { description: 'a Sigstore ClientTrustConfig: verify with its trusted root' },
            'verify-proof': { description: 'a Sigstore ClientTrustConfig: verify with its trusted root' },
            lineage: { description: 'a Sigstore ClientTrustConfig: verify with its trusted root' },
        },
    },
    {
        name: 'tuf-url',
        type: 'string',
        default: '',
        metavar: 'URL',
        description: "A TUF repository that `trusted-root: auto` refreshes from (a mirror, a private Sigstore, or https://tuf-repo.github.com for GitHub's instance), with `tuf-root`. Default: the public-good repository.",
        actions: GATE,
        commands: { ...spec_verify_all(VERIFIERS), 'trusted-root': true },
    },
    {
        name: 'tuf-root',
        type: 'path',
        default: '',
        metavar: 'FILE',
        description: 'The root.json of the `tuf-url` repository: the trust a refresh starts from.',
        actions: GATE,
        commands: { ...spec_verify_all(VERIFIERS), 'trusted-root': true },
    },
    {
        name: 'offline',
        type: 'boolean',
        default: 'false',
        description: 'Never ask a TUF repository: `trusted-root: auto` is the embedded public-good root. TRAINING_PROVENANCE_OFFLINE=1 in the environment is the same setting.',
        actions: GATE,
        commands: { ...spec_verify_all(VERIFIERS), 'trusted-root': true },
    },
];
/** What verify and review check beyond the signature. */
const CHECK_ENTRIES = [
    {
        name: 'bundle',
        type: 'paths',
        default: '',
        metavar: 'FILE',
        description: 'Bundle files (.sigstore.json, .jsonl).',
        actions: {
            verify: {
                description: 'The files attest wrote (.sigstore.json, .jsonl), one per line. Empty: look the model digest up in the attestations API of `repository`. A policy reads the training record: given here, else `training.sigstore.json` beside the given bundle, else looked up by digest.',
            },
            review: {
                description: "This run's bundle (training.sigstore.json). Empty: what the job's attest step wrote to `output-dir`.",
            },
        },
        commands: {
            verify: {
                description: "a bundle (repeatable); without it, the model's digest is looked up in --repository's attestations (GITHUB_TOKEN)",
            },
            'verify-proof': {
                description: "the training record's bundle (training.sigstore.json; required)",
                single: 'a proof is checked against one training record',
            },
        },
    },
    {
        name: 'policy',
        type: 'path',
        default: '',
        metavar: 'FILE',
        description: 'A YAML policy file (identity, datasets, frameworks, lineage, max-age, build-type).',
        actions: GATE,
        commands: { verify: true, lineage: true },
    },
    {
        name: 'proofs',
        type: 'path',
        default: '',
        metavar: 'DIR',
        description: "A directory of proof files (`training-provenance prove`) for the policy's `datasets.deny-content`: each denied digest must be proven absent from each committed dataset (docs/commitments.md).",
        actions: GATE,
        commands: { verify: true },
    },
    {
        name: 'advisories',
        type: 'paths',
        default: '',
        metavar: 'PATH',
        description: "OSV advisory data in place of the shipped advisories, one path a line: an OSV JSON file, a directory of them, or osv.dev's `PyPI/all.zip` downloaded in an earlier step. A policy's own `frameworks.advisories` paths still apply.",
        actions: GATE,
        commands: { verify: true },
    },
    {
        name: 'evidence',
        type: 'path',
        default: '',
        metavar: 'DIR',
        description: "A directory of base-model evidence (attest's `output-dir/bases/`, or one laid out as it): the base models' records are verified from it, offline. Default: `bases/` beside the training record.",
        actions: { verify: true },
        commands: { verify: true, lineage: true },
    },
    {
        name: 'model-signature',
        type: 'string',
        default: 'auto',
        metavar: 'auto|true|false|FILE',
        description: "Which OpenSSF model signature (model.sig) to check too: `auto` (each model directory's `model.sig` when there is one), `true` (each model directory's, required), `false` (none), or a signature path (for one model directory, or a model that is one file). With no `bundle`, the model signature is verified on its own.",
        help: "which model.sig to check: auto (each model directory's, when there is one), true (required), false (none; also --no-model-signature), or FILE; with no --bundle, verified on its own",
        actions: { verify: true },
        commands: { verify: true },
    },
    {
        name: 'no-model-signature',
        type: 'boolean',
        default: 'false',
        description: 'check no model.sig (--model-signature false)',
        cliOnly: 'the negative form of a flag that takes a value, as --no-sign is of --sign',
        commands: { verify: true },
    },
    {
        name: 'model-signature-identity',
        type: 'string',
        default: '',
        metavar: 'SAN',
        description: "The signer (certificate SAN) of the OMS model signature when it is not the provenance's signer, e.g. an upstream model's; with `model-signature-issuer`.",
        actions: { verify: true },
        commands: { verify: true },
    },
    {
        name: 'model-signature-identity-regex',
        type: 'string',
        default: '',
        metavar: 'RE',
        description: "A regular expression the model signature's signer (certificate SAN) must match, in place of `model-signature-identity`.",
        actions: { verify: true },
        commands: { verify: true },
    },
    {
        name: 'model-signature-issuer',
        type: 'string',
        default: '',
        metavar: 'URL',
        description: "The OIDC issuer of the model signature's signer (with `model-signature-identity`).",
        actions: { verify: true },
        commands: { verify: true },
    },
    {
        name: 'ignore-paths',
        type: 'paths',
        default: '',
        metavar: 'PATH',
        description: "More paths for the OMS model signature to leave out (one per line; relative to the model, or absolute inside it), as model_signing's --ignore-paths.",
        help: "more paths to leave out, relative to the model or absolute inside it, as model_signing's --ignore-paths (.git, .gitattributes, .github, .gitignore and model.sig always are)",
        actions: { verify: true },
        commands: { verify: true, 'sign-model': true, digest: true },
    },
    {
        name: 'ignore-unsigned-files',
        type: 'boolean',
        default: 'false',
        description: "Files in the model that the OMS signature does not list are not a failure, as model_signing's --ignore_unsigned_files.",
        actions: { verify: true },
        commands: { verify: true },
    },
    {
        name: 'base',
        type: 'string',
        default: 'auto',
        metavar: 'auto|PATH',
        description: '`auto` (the provenance artifact of the latest successful run on the base branch) or a path.',
        actionOnly: 'the command compares two records with `diff OLD NEW`',
        actions: { review: true },
    },
    {
        name: 'comment',
        type: 'boolean',
        default: 'true',
        description: 'Post (and update) one sticky pull-request comment.',
        actionOnly: 'a pull-request comment exists only in a workflow run',
        actions: { review: true },
    },
];

;// CONCATENATED MODULE: ./build/src/surface/commands.js
const COMMAND_HEADS = [
    {
        name: 'attest',
        summary: 'hash the model and data, record the environment, write and sign provenance',
        usage: 'training-provenance attest --model PATH [flags]',
        about: `Hash the model and datasets, record frameworks and identity, write an in-toto
statement with SLSA provenance and (unless --no-sign) sign it through Sigstore.`,
        positionals: 0,
    },
    {
        name: 'verify',
        summary: "check a bundle's signature, signer identity, model digests and a policy",
        usage: 'training-provenance verify --model PATH (--bundle FILE | --repository OWNER/REPO) [flags]',
        about: `Check a bundle's signature against a trusted root, pin its signer, re-hash the model and
evaluate a policy. Exit 0 verified, 1 not verified, 2 bad usage or input, no signer
given included (a signer flag, a policy's identity, --public-key or --cert-chain).`,
        positionals: 0,
    },
    {
        name: 'inspect',
        summary: 'print what a bundle says, without judging it',
        usage: 'training-provenance inspect FILE [--format text|json]',
        about: `Print what a bundle (.sigstore.json, .jsonl), an unsigned statement (.intoto.json) or an
OpenSSF model signature (model.sig) says: signer, subjects, datasets, base models,
frameworks, parameters, the signed files and ignored paths. Nothing is verified; use 'verify'
(or 'lineage', for base models) to decide whether to trust it.`,
        positionals: Infinity,
    },
    {
        name: 'diff',
        summary: 'compare two statements or bundles',
        usage: 'training-provenance diff OLD NEW [--format text|json]',
        about: `Compare two provenance files (statements, bundles, or directories holding one): datasets
added, removed or re-hashed; frameworks upgraded, downgraded or rebuilt; parameters changed;
model digests changed. Exits 0 whether or not anything changed.`,
        positionals: Infinity,
    },
    {
        name: 'sign-model',
        summary: 'sign a model directory as OpenSSF model signing does (model.sig)',
        usage: 'training-provenance sign-model --model DIR|FILE [--output FILE] [flags]',
        about: `Sign a model as OpenSSF model signing (OMS) does, keyless through Sigstore or with a key, and
write model.sig: the signature model_signing verifies and 'verify --model-signature' checks.
Resources are listed in the specification's code-point order. Exit 0 signed, 1 a service
failed, 2 bad usage or input.`,
        positionals: 0,
    },
    {
        name: 'digest',
        summary: "print a model's OpenSSF model signing root digest, as model_signing computes it",
        usage: 'training-provenance digest PATH [--hash-type sha256|blake2b|blake3] [flags]',
        about: `Print a model's OpenSSF model signing (OMS) root digest: sha256 over every file's digest in
model_signing's (PurePosixPath) order, the value model_signing computes for the same directory
or file, and the one attest records as model-digest. PATH is the model directory, or a model
that is one file. Exit 0 printed, 2 bad usage or input.`,
        positionals: 1,
    },
    {
        name: 'prove',
        summary: 'prove that content is, or is not, in a dataset attest committed to',
        usage: 'training-provenance prove --dataset PATH --digest sha256:HEX [--output FILE] [--format text|json]',
        about: `Prove that a piece of content is, or is not, in a dataset that attest committed to, without
publishing the dataset (docs/commitments.md). Writes the proof as JSON. Exit 0 when written,
2 bad usage or input.`,
        positionals: 0,
        document: true,
    },
    {
        name: 'verify-proof',
        summary: 'check such a proof against a signed training record',
        usage: 'training-provenance verify-proof --bundle training.sigstore.json --proof FILE [flags]',
        about: `Check a proof that a piece of content was, or was not, in a dataset of a signed training run.
The bundle is verified as verify does it, with the same signer flags (a CI identity, a
--public-key, or --cert-chain anchors); the proof is checked against the commitment in the
verified record. Prints one line. Exit 0 when the proof holds; 1 when it does not, or when the
record did not verify (the line says which check failed, and that the proof was not checked);
2 bad usage or input, no signer given included.`,
        positionals: 0,
    },
    {
        name: 'trusted-root',
        summary: 'print the current trusted roots (refreshed over TUF) for offline verification',
        usage: 'training-provenance trusted-root [--tuf-url URL --tuf-root FILE] [--output FILE] [--format text|json]',
        about: `Print the trusted roots that 'verify --trusted-root auto' uses now, refreshed over TUF, as JSON
lines (one root a line, as 'gh attestation trusted-root' prints them). Save them where the
verification will have no network, and pass the file as --trusted-root. Exit 0 written, 1 the
TUF repository refused to verify, 2 bad usage.`,
        positionals: 0,
        document: true,
    },
    {
        name: 'bom',
        summary: 'write a training record as a CycloneDX 1.6 ML-BOM',
        usage: 'training-provenance bom RECORD [--output FILE] [--workspace DIR] [--format text|json]',
        about: `Write a training record (training.sigstore.json, training.intoto.json, or their directory)
as a CycloneDX 1.6 ML-BOM: the model with its digests and model card, each dataset with its
digest, licence and location, each Python package with its purl, and the training run as
formulation. Metrics come from the record's JSON byproducts found unchanged in the workspace
(--workspace). Nothing is verified: run 'verify' first, or use the BOM attest --ml-bom signs.`,
        positionals: Infinity,
        document: true,
    },
    {
        name: 'manifest',
        summary: 'hash a dataset where it lives (in shards), merge shards, re-check a manifest',
        usage: `training-provenance manifest PATH [--shard I/N] [--output FILE]
training-provenance manifest merge SHARD... [--output FILE]
training-provenance manifest verify MANIFEST PATH [--sample N [--seed S] | --all]`,
        about: `Hash a dataset directory where it lives and write a manifest (docs/manifests.md): one JSON line
a file (path, size, sha256) in OMS order, with the root digest attest records. --shard I/N
(0 ≤ I < N) hashes the I-th of N shards, split by path so that a shard is the same on every
run; 'merge' joins the shards of one run into the whole manifest, refusing a missing,
duplicated or foreign shard; 'verify' re-hashes all files (--all, the default) or a random
sample of N (the seed is printed, to draw it again); either way the directory is listed and
every file added or removed is named.
Exit 0 written / no difference, 1 differences found, 2 bad usage or input.`,
        positionals: Infinity,
    },
    {
        name: 'lineage',
        summary: "verify a model's chain of base models and print it (text, JSON, Mermaid)",
        usage: 'training-provenance lineage BUNDLE [--format text|json|mermaid] [--output FILE] [--evidence DIR] [flags]',
        about: `Verify a training record and the base models it names, from their evidence (attest's
output-dir/bases/, or --evidence), with the same signer flags as verify, and print the chain:
each model, its signer, its datasets and what could not be verified at it.`,
        positionals: 1,
    },
];

;// CONCATENATED MODULE: ./build/src/surface/spec.js
// The one spec of every action input and CLI flag (owner: the surface). The three action.yml,
// the CLI's parseArgs options and --help, and the README's tables are generated from it
// (`npm run surface`); __tests__/surface/generated.test.ts fails when they differ.







const ENTRIES = [
    ...ATTEST_ENTRIES,
    ...KEY_ENTRIES,
    ...CHECK_ENTRIES.slice(0, 1), // bundle, after model
    ...SIGNER_ENTRIES,
    ...TRUST_ENTRIES,
    ...CHECK_ENTRIES.slice(1),
    ...TRAILING_ENTRIES,
    ...CLI_ENTRIES,
];
const ACTION_META = {
    attest: {
        name: 'Training Provenance',
        description: 'Signed SLSA provenance for ML training: model and dataset digests, frameworks, base models, workflow identity. Verify it with the verify action; review it on pull requests with the review action.',
    },
    verify: {
        name: 'Training Provenance: verify',
        description: 'Release gate: check the signed training provenance (signature, signer, transparency proof), re-hash the model and evaluate a policy; fail with every violation.',
    },
    review: {
        name: 'Training Provenance: review',
        description: 'Pull-request comment: the training provenance of this run, what changed against the base branch, and the policy verdict.',
    },
};
const OUTPUTS = [
    [
        'bundle-path',
        'The build provenance bundle (provenance.sigstore.json), as actions/attest writes it; empty with `sign: false`.',
    ],
    ['statement-path', 'The build provenance statement (provenance.intoto.json).'],
    ['attestation-id', 'Id of the build provenance stored through the GitHub API.'],
    ['attestation-url', 'URL of that attestation.'],
    [
        'training-bundle-path',
        'The training record bundle (training.sigstore.json): datasets, frameworks, parameters, base models.',
    ],
    ['training-statement-path', 'The training record statement (training.intoto.json).'],
    ['training-attestation-id', 'Id of the training record stored through the GitHub API.'],
    ['training-attestation-url', 'URL of that attestation.'],
    ['model-digest', 'sha256:HEX of the single model file or model directory (OMS root digest).'],
    ['log-index', 'Rekor log index (public-good and custom instances with Rekor).'],
    [
        'ml-bom-path',
        'The CycloneDX ML-BOM (`training.cdx.json`) with `ml-bom: true`; empty otherwise.',
    ],
    [
        'ml-bom-bundle-path',
        'The signed ML-BOM attestation (`training.cdx.sigstore.json`) with `ml-bom: true`; empty otherwise.',
    ],
]
    .map(([name, d]) => ({ name: name, actions: { attest: d } }))
    .concat([
    {
        name: 'verified',
        actions: {
            verify: '`true` when every check passed, else `false` (and the step fails).',
            review: '`true` when the record verified and met the policy, else `false` (the step still succeeds: review informs).',
        },
    },
    {
        name: 'report-path',
        actions: {
            verify: 'Path of the JSON verification report (`output-dir/verify-report.json`).',
        },
    },
    {
        name: 'violations',
        actions: { verify: 'Number of violations.', review: 'Number of violations in the review.' },
    },
]);
/** The flag of an entry: `--name`, or its singular for a list named in the plural. */
function flagName(e) {
    return e.singular ? e.name.replace(/s$/, '') : e.name;
}
/** How `where` uses the entry, or undefined when it does not take it. */
function useIn(e, where) {
    const u = 'action' in where ? e.actions?.[where.action] : e.commands?.[where.command];
    return u === undefined ? undefined : u === true ? {} : u;
}
function actionInputs(action) {
    return ENTRIES.filter((e) => useIn(e, { action }));
}
function commandEntries(command) {
    return ENTRIES.filter((e) => useIn(e, { command }));
}
function actionOutputs(action) {
    return OUTPUTS.filter((o) => o.actions[action] !== undefined);
}
function removedFor(where) {
    return REMOVED.filter((r) => 'action' in where ? r.actions?.includes(where.action) : r.commands?.includes(where.command));
}


/***/ }),

/***/ 45512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PH: () => (/* binding */ stripCredentials),
/* harmony export */   UY: () => (/* binding */ redactCredentials),
/* harmony export */   sU: () => (/* binding */ redactUri),
/* harmony export */   ug: () => (/* binding */ stripCredentialsInJson),
/* harmony export */   vX: () => (/* binding */ remoteWithoutCredentials),
/* harmony export */   xG: () => (/* binding */ credentialsNotice)
/* harmony export */ });
/* unused harmony export stripCredentialsInText */
// Credentials in URIs: the one place that knows them. A record is signed and, for a public
// repository, its transparency-log entry is public for good, so a URI is recorded without its
// user info and its signing query parameters (stripCredentials), and an error or log line shows
// them as `***` (redactCredentials). Everything else in the URI is kept byte for byte: WHATWG's
// URL parser checks the URI and confirms what was removed, but never re-serializes it (that
// would re-encode characters and lower-case hosts users rely on).
/**
 * Query parameters that are credentials, lower-cased. Each provider's names, from its docs:
 * - AWS SigV4 query auth: docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
 *   (X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders, -Signature, -Security-Token);
 *   SigV2: docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html
 *   (AWSAccessKeyId, Signature, Expires).
 * - Google Cloud Storage V4 signing: cloud.google.com/storage/docs/authentication/signatures
 *   (X-Goog-Algorithm, -Credential, -Date, -Expires, -SignedHeaders, -Signature); V2:
 *   GoogleAccessId, Signature, Expires. Google API keys: cloud.google.com/docs/authentication/api-keys (`key`).
 * - OAuth 2.0 bearer tokens in a query: RFC 6750 section 2.3 (`access_token`); GitLab's
 *   `private_token` and `job_token` (docs.gitlab.com/ee/api/rest/authentication.html); raw
 *   GitHub file URLs carry `token`.
 * The values of the others are meaningless without the signature, and X-Amz-Credential holds
 * the access key id: the whole signing family goes.
 */
const CREDENTIAL_PARAMS = new Set([
    'x-amz-algorithm',
    'x-amz-credential',
    'x-amz-date',
    'x-amz-expires',
    'x-amz-signedheaders',
    'x-amz-signature',
    'x-amz-security-token',
    'awsaccesskeyid',
    'x-goog-algorithm',
    'x-goog-credential',
    'x-goog-date',
    'x-goog-expires',
    'x-goog-signedheaders',
    'x-goog-signature',
    'googleaccessid',
    'signature',
    'sig',
    'access_token',
    'token',
    'private_token',
    'job_token',
    'api_key',
    'apikey',
    'key',
    'password',
    'client_secret',
]);
/**
 * Azure shared access signatures (learn.microsoft.com/rest/api/storageservices/create-service-sas,
 * create-account-sas, create-user-delegation-sas): the fields a `sig` signs. Short, generic
 * names (`sp`, `se`), so they go only from a URI that carries `sig` (or, SigV2's `Expires`,
 * `Signature`).
 */
const SIGNED_WITH_SIG = new Set([
    'sv',
    'ss',
    'srt',
    'sp',
    'se',
    'st',
    'spr',
    'sip',
    'si',
    'sr',
    'sdd',
    'skoid',
    'sktid',
    'skt',
    'ske',
    'sks',
    'skv',
    'saoid',
    'suoid',
    'scid',
    'ses',
    'rscc',
    'rscd',
    'rsce',
    'rscl',
    'rsct',
    'expires',
]);
/** Schemes whose user info is the storage container, not a credential (`abfs://CONTAINER@ACCOUNT`). */
const CONTAINER_AUTHORITY = new Set(['abfs', 'abfss', 'wasb', 'wasbs']);
/** WHATWG's special schemes, whose authority a `\` also ends. */
const SPECIAL = new Set(['http', 'https', 'ws', 'wss', 'ftp', 'file']);
const HIERARCHICAL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
/**
 * The authority ends at the first `/`, `?` or `#` (or `\` in a special scheme), and the user
 * info at its last `@`: so `user:p@ss@host` is user `user`, password `p@ss`, host `host`. A
 * special scheme (https:) needs no `//`: WHATWG reads `https:u:p@host` as `https://u:p@host`.
 */
function sections(uri) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri);
    if (!m)
        return undefined;
    const scheme = m[1].toLowerCase();
    const special = SPECIAL.has(scheme);
    const head = (special ? /^[^:]+:[/\\]*/ : /^[^:]+:\/\//).exec(uri)?.[0];
    if (head === undefined)
        return undefined;
    let body = uri.slice(head.length);
    const authLen = body.search(special ? /[/?#\\]/ : /[/?#]/);
    const at = (authLen < 0 ? body : body.slice(0, authLen)).lastIndexOf('@');
    const userinfo = at < 0 ? undefined : body.slice(0, at);
    body = body.slice(at + 1);
    const hash = body.indexOf('#');
    const fragment = hash < 0 ? undefined : body.slice(hash + 1);
    if (hash >= 0)
        body = body.slice(0, hash);
    const q = body.indexOf('?');
    const query = q < 0 ? undefined : body.slice(q + 1);
    return { scheme, head, userinfo, rest: q < 0 ? body : body.slice(0, q), query, fragment };
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** A query's (or fragment's) `name=value` pieces, raw, each with whether it is a credential. */
function params(raw) {
    const pieces = raw.split('&').map((piece) => {
        const eq = piece.indexOf('=');
        return { raw: piece, name: safeDecode(eq < 0 ? piece : piece.slice(0, eq)) };
    });
    const signed = pieces.some((p) => /^(sig|signature)$/i.test(p.name));
    return pieces.map((p) => {
        const n = p.name.toLowerCase();
        return { ...p, secret: CREDENTIAL_PARAMS.has(n) || (signed && SIGNED_WITH_SIG.has(n)) };
    });
}
/**
 * The URI rebuilt from its raw sections: user info and credential parameters dropped (`strip`)
 * or shown as `***` (redact); the rest is the text as given.
 */
function rebuild(s, mode) {
    const dropped = [];
    const container = CONTAINER_AUTHORITY.has(s.scheme);
    let user = '';
    if (s.userinfo !== undefined) {
        // abfs://CONTAINER@ACCOUNT: the container stays, a password after it does not.
        const colon = s.userinfo.indexOf(':');
        const kept = container ? (colon < 0 ? s.userinfo : s.userinfo.slice(0, colon)) : '';
        if (kept !== s.userinfo)
            dropped.push('user info');
        user = container
            ? `${kept}${kept !== s.userinfo && mode === 'redact' ? ':***' : ''}@`
            : mode === 'redact' && s.userinfo !== ''
                ? '***@'
                : '';
    }
    const section = (raw, mark) => {
        if (raw === undefined)
            return '';
        // Only a fragment that reads as parameters (OAuth's implicit flow: `#access_token=…`).
        if (mark === '#' && !raw.includes('='))
            return `#${raw}`;
        const kept = [];
        for (const p of params(raw)) {
            if (!p.secret)
                kept.push(p.raw);
            else {
                dropped.push(p.name);
                // A quote or bracket closing the text around the URI is not part of the secret.
                if (mode === 'redact')
                    kept.push(`${p.raw.split('=')[0]}=***${/['"`)\]>]*$/.exec(p.raw)[0]}`);
            }
        }
        return kept.length > 0 || raw === '' ? `${mark}${kept.join('&')}` : '';
    };
    const uri = `${s.head}${user}${s.rest}${section(s.query, '?')}${section(s.fragment, '#')}`;
    return { uri, dropped };
}
/**
 * The URI without its user info and signing parameters. undefined when it is not a URI WHATWG's
 * parser takes (the caller refuses it, or does not record it): what the credentials are in a
 * URI that does not parse cannot be told for sure.
 */
function stripCredentials(uri) {
    const before = parse(uri);
    if (!before)
        return undefined;
    const parts = sections(uri);
    const stripped = parts ? rebuild(parts, 'strip') : { uri, dropped: [] };
    // The parser must agree: no password, no user (but a container's), no credential parameter,
    // and the same host.
    const after = parse(stripped.uri);
    if (!after || after.host !== before.host || after.password !== '')
        return undefined;
    if (after.username !== '' && !CONTAINER_AUTHORITY.has(before.protocol.slice(0, -1)))
        return undefined;
    for (const name of after.searchParams.keys())
        if (CREDENTIAL_PARAMS.has(name.toLowerCase()))
            return undefined;
    return stripped;
}
function parse(uri) {
    try {
        return new URL(uri);
    }
    catch {
        return undefined;
    }
}
/** The line saying what was left out of a recorded URI, which names no secret. */
function credentialsNotice(where, s) {
    return (`${where}: credentials left out of the record (${s.dropped.join(', ')}), recorded as '${s.uri}': ` +
        'a signed record is public (for a public repository, in the transparency log for good)');
}
/**
 * A URI in text: from a scheme's `://` (or a special scheme's `:` and an `@`) to a space. Both
 * runs are bounded: unbounded, every start in a long word rescanned the word to its end, and a
 * 200,000-character policy key took minutes to refuse. A longer scheme still matches from within
 * it (its `://…` is what is redacted); no real user info is 4 KiB.
 */
const URI_IN_TEXT = /[A-Za-z][A-Za-z0-9+.-]{0,63}:\/\/\S*|\b(?:https?|wss?|ftp):[^\s@]{0,4096}@\S*/gi;
/**
 * Every URI in `text` with its credentials as `***`, for error messages and logs. A URI is
 * taken to run to the next space, so a quote in it hides nothing after it.
 */
function redactCredentials(text) {
    return text.includes(':') ? text.replace(URI_IN_TEXT, redactUri) : text;
}
/**
 * One URI (the whole of `uri`, spaces and all) with its credentials as `***`. It also hides what
 * only looks like user info in a URI that does not parse (`user:pa/ss@host`).
 */
function redactUri(uri) {
    const s = sections(uri);
    return s?.userinfo !== undefined ? rebuild(s, 'redact').uri : looseUserInfo(uri, s);
}
/** `scheme://USER:…@…` whose authority ended early, at a `/` in the password. */
function looseUserInfo(uri, s) {
    const redacted = s ? rebuild(s, 'redact').uri : uri;
    const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@:]*:(?!\d*(?:[/?#]|$))[^@]*@/.exec(redacted);
    return m ? `${m[1]}***${redacted.slice(redacted.lastIndexOf('@'))}` : redacted;
}
/**
 * Free text (a hyperparameter, an annotation) with each URI in it stripped of credentials; a
 * URI that does not parse, but holds what looks like credentials, has them as `***`.
 */
function stripCredentialsInText(text) {
    const dropped = [];
    if (!text.includes(':'))
        return { uri: text, dropped };
    const out = text.replace(URI_IN_TEXT, (uri) => {
        const s = stripCredentials(uri);
        if (s) {
            dropped.push(...s.dropped);
            return s.uri;
        }
        const redacted = redactCredentials(uri);
        if (redacted !== uri)
            dropped.push('credentials of a URI that does not parse');
        return redacted;
    });
    return { uri: out, dropped };
}
/**
 * A JSON value with credentials stripped from every URI in its strings (keys are left alone);
 * `onDropped` hears the JSON path of each string changed and what was left out.
 */
function stripCredentialsInJson(value, onDropped, path = '') {
    if (typeof value === 'string') {
        const s = stripCredentialsInText(value);
        if (s.dropped.length === 0)
            return value;
        onDropped(path, s);
        return s.uri;
    }
    if (Array.isArray(value))
        return value.map((v, i) => stripCredentialsInJson(v, onDropped, `${path}[${i}]`));
    if (typeof value !== 'object' || value === null)
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        // defineProperty: a key named __proto__ stays data, as the YAML reader keeps it.
        Object.defineProperty(out, k, {
            value: stripCredentialsInJson(v, onDropped, path ? `${path}.${k}` : k),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    return out;
}
/**
 * A git remote as it may be recorded: a URL without credentials; scp-like `git@host:path` keeps
 * its user (SSH's, never a password) unless a password follows it; a path is kept as it is.
 * undefined for a URL that does not parse: it is not recorded.
 */
function remoteWithoutCredentials(remote) {
    const scp = !HIERARCHICAL.test(remote) && /^[^/@\s]*:[^/\s]*@([^@/\s:]+:.*)$/.exec(remote);
    if (scp)
        return { uri: scp[1], dropped: ['user info'] };
    if (HIERARCHICAL.test(remote) || parse(remote))
        return stripCredentials(remote);
    return { uri: remote, dropped: [] };
}


/***/ }),

/***/ 61130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ad: () => (/* binding */ trustedRootFromJSON),
/* harmony export */   cB: () => (/* binding */ publicGoodTrustedRoot),
/* harmony export */   ce: () => (/* binding */ loadTrustedRootFile),
/* harmony export */   qJ: () => (/* binding */ CLIENT_TRUST_CONFIG_MEDIA_TYPE)
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
/** A Sigstore ClientTrustConfig: a trusted root and a signing config in one file. */
const CLIENT_TRUST_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json';
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
    return docs.map((d, i) => trustedRootFromJSON(rootOfTrustConfig(d), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path), docs.length > 1 ? `${path} (line ${i + 1})` : path));
}
/**
 * A ClientTrustConfig (`--trust-config`, checked by src/sign/trust-config.ts at the entry point)
 * carries its trusted root inside: that root; anything else is taken as a root itself.
 */
function rootOfTrustConfig(doc) {
    const d = doc;
    return typeof d === 'object' && d !== null && d.mediaType === CLIENT_TRUST_CONFIG_MEDIA_TYPE
        ? d.trustedRoot
        : doc;
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


/***/ })

};
