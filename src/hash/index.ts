export * from './engine.js';
export * from './oms.js';
export * from './progress.js';
export * from './tree.js';
export * from './entries.js';
export * from './listing.js';
