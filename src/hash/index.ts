export * from './engine.js';
export * from './oms.js';
export * from './tree.js';
