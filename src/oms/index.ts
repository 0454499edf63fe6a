export * from './binding.js';
export * from './compare.js';
export * from './layout.js';
export * from './parse.js';
export * from './paths.js';
export * from './sign.js';
export * from './single-file.js';
export * from './statement.js';
