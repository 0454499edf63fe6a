// The one door to @sigstore/mock. Its package entry point loads nock, which patches node's http
// module for the whole process, so its parts are imported by path from its dist/ folder; those
// paths are not its public API, so the version is pinned exactly in package.json and every
// import of it goes through here. A new version is adopted by changing the pin and this file.
export { initializeCA, initializeCTLog, type CA } from '@sigstore/mock/dist/fulcio/index.js';
export { initializeTLog, rekorHandler, type TLog } from '@sigstore/mock/dist/rekor/index.js';
export { initializeTSA, type TSA } from '@sigstore/mock/dist/timestamp/index.js';
export type { TimestampRequest } from '@sigstore/mock/dist/timestamp/tsa.js';
