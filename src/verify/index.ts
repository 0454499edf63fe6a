export * from './bundles.js';
export * from './certificate.js';
export * from './checkpoint.js';
export {
  checkIdentity,
  compileIdentityRegex,
  GITHUB_OIDC_ISSUER,
  GITHUB_SERVER_URL,
  identityInputMissing,
  parseRepository,
  parseSignerWorkflow,
  validateIdentityPolicy,
  type IdentityCheck,
  type IdentityPolicy,
  type ParsedSignerWorkflow,
} from './identity.js';
export * from './inspect.js';
export * from './lookup.js';
export * from './report.js';
export * from './subjects.js';
export * from './trust.js';
export * from './types.js';
export * from './pipeline.js';
export * from './violations.js';
