// Fields of requests with nothing given, for tests that build one as an entry point does.
import type { AttestFields } from '../../src/request/attest.js';
import type { TrustFields, VerifyFields } from '../../src/request/verify.js';

export const NO_FIELDS: AttestFields = {
  model: [],
  modelManifest: [],
  datasets: [],
  datasetsFile: '',
  python: '',
  requirements: [],
  parameters: '',
  byproducts: [],
  sign: false,
  sigstore: '',
  fulcioUrl: '',
  rekorUrl: '',
  tsaUrl: '',
  pushToGitHub: false,
  uploadArtifact: false,
  artifactName: '',
  outputDir: '',
  defaultOutputDir: '',
  modelSignature: false,
  mlBom: false,
  privateKey: '',
  signingCert: '',
  certChain: [],
  baseModels: [],
  baseModelEvidence: [],
  trustConfig: '',
};

/** Signer and trust fields with nothing given. */
export const NO_TRUST: TrustFields = {
  repository: '',
  signerWorkflow: '',
  sourceRef: '',
  certIdentity: '',
  certIdentityRegex: '',
  certOidcIssuer: '',
  denySelfHostedRunners: false,
  publicKey: '',
  certChain: [],
  trustedRoot: '',
  tufUrl: '',
  tufRoot: '',
  offline: false,
};

/** verify's fields with nothing given. */
export const NO_VERIFY: VerifyFields = {
  ...NO_TRUST,
  model: [],
  bundle: [],
  policy: '',
  proofs: '',
  advisories: [],
  modelSignature: [],
  modelSignatureIdentity: '',
  modelSignatureIdentityRegex: '',
  modelSignatureIssuer: '',
  ignorePaths: [],
  ignoreUnsignedFiles: false,
  evidence: '',
};
