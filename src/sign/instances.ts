// Which Sigstore instance signs, and where its services live. `auto` follows what
// actions/attest does: public repositories go to the public-good instance (Fulcio +
// Rekor, so anyone can audit the log), everything else to GitHub's instance (Fulcio +
// TSA, no public log entry that would disclose a private repository's name).
import { ProvenanceError } from '../errors.js';
import { redactUri } from '../uri-credentials.js';

export type SigstoreChoice = 'auto' | 'public-good' | 'github' | 'custom';
export type SigstoreInstanceName = Exclude<SigstoreChoice, 'auto'>;

export interface SigstoreEndpoints {
  instance: SigstoreInstanceName;
  fulcioUrl: string;
  /** Absent for GitHub's instance: it keeps no public transparency log. */
  rekorUrl?: string;
  tsaUrl?: string;
}

export const PUBLIC_GOOD: SigstoreEndpoints = {
  instance: 'public-good',
  fulcioUrl: 'https://fulcio.sigstore.dev',
  rekorUrl: 'https://rekor.sigstore.dev',
};

export const GITHUB_INSTANCE: SigstoreEndpoints = {
  instance: 'github',
  fulcioUrl: 'https://fulcio.githubapp.com',
  tsaUrl: 'https://timestamp.githubapp.com',
};

export const SIGSTORE_CHOICES: readonly SigstoreChoice[] = [
  'auto',
  'public-good',
  'github',
  'custom',
];

/** The instance asked for, checked (sigstoreInstance): a named one, or custom endpoints. */
export type SigstoreInstance =
  | { kind: 'auto' | 'public-good' | 'github' }
  | { kind: 'custom'; fulcioUrl: string; rekorUrl?: string; tsaUrl?: string };

/** What the user typed for the instance. */
export interface InstanceInputs {
  choice: string;
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
}

/** The instance the inputs name, or the error that names the input at fault. */
export function sigstoreInstance(inp: InstanceInputs): SigstoreInstance {
  const choice = inp.choice.trim() || 'auto';
  if (!SIGSTORE_CHOICES.includes(choice as SigstoreChoice)) {
    throw new ProvenanceError('INPUT_INVALID', `unknown Sigstore instance '${choice}'`, {
      input: 'sigstore',
      value: choice,
      fix: `use one of ${SIGSTORE_CHOICES.join(', ')}`,
    });
  }
  if (choice !== 'custom') return { kind: choice as 'auto' | 'public-good' | 'github' };
  const fulcioUrl = checkUrl('fulcio-url', inp.fulcioUrl);
  const rekorUrl = checkUrl('rekor-url', inp.rekorUrl);
  const tsaUrl = checkUrl('tsa-url', inp.tsaUrl);
  if (!fulcioUrl) {
    throw new ProvenanceError('INPUT_MISSING', "'sigstore: custom' needs a Fulcio URL", {
      input: 'fulcio-url',
      fix: 'set fulcio-url, and rekor-url and/or tsa-url, to the endpoints of your instance',
    });
  }
  if (!rekorUrl && !tsaUrl) {
    throw new ProvenanceError('INPUT_MISSING', "'sigstore: custom' needs a Rekor or a TSA URL", {
      input: 'rekor-url',
      fix: 'set rekor-url (transparency log) or tsa-url (RFC 3161 timestamps): a signature needs a trusted time',
    });
  }
  return { kind: 'custom', fulcioUrl, rekorUrl, tsaUrl };
}

/** The endpoints of the instance; `auto` by the repository's visibility (the token's claim). */
export function resolveEndpoints(
  instance: SigstoreInstance,
  visibility?: string,
): SigstoreEndpoints {
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

export function checkUrl(input: string, raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ProvenanceError('INPUT_INVALID', `'${value}' is not a URL`, {
      input,
      value,
      fix: 'give an absolute http(s) URL such as https://fulcio.example.com',
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ProvenanceError('INPUT_INVALID', `'${value}' is not an http(s) URL`, {
      input,
      value,
      fix: 'give an absolute http(s) URL',
    });
  }
  // An endpoint is named in logs, the job summary and errors: it must carry no credentials.
  if (redactUri(value) !== value) {
    throw new ProvenanceError('INPUT_INVALID', `'${value}' holds credentials`, {
      input,
      value,
      fix: 'give the endpoint without user info or tokens (https://HOST/…)',
    });
  }
  return value.replace(/\/+$/, '');
}
