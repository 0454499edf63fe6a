export * from './cyclonedx.js';
export * from './metrics.js';
export * from './model-card.js';
