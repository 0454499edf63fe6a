export * from './affected.js';
export * from './load.js';
export * from './match.js';
export * from './osv.js';
export * from './severity.js';
