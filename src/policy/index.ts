export * from './advisories.js';
export * from './evaluate.js';
export * from './policy.js';
