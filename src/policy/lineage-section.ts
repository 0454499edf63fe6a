// The `lineage:` section of a policy: rules over the base models a training record names, and
// the models up their chain. Read in the style of the other sections (sections.ts): every error
// with its line and column, nothing silently ignored.
import { createPublicKey } from 'node:crypto';
import type { Node, Pair } from 'yaml';
import { isSeq } from 'yaml';
import { X509Certificate } from '@sigstore/core';
import { compileIdentityRegex } from '../identity/signer-policy.js';
import { datasetPattern, licenceList } from './sections.js';
import { describe, type Reader } from './reader.js';
import type { DatasetPattern, LineagePolicy, LineageSigner, Policy } from './types.js';

type Entry = Pair<Node, Node | null>;

const KEYS = ['require-evidence', 'signers', 'allow', 'deny', 'licenses', 'max-depth', 'inherit'];
const INHERITABLE = ['datasets', 'frameworks'] as const;
const SIGNER_SHAPES =
  '{identity, issuer}, {identity-regex, issuer}, {public-key: PEM or file} or {cert-chain: PEM or file}';

export function readLineage(r: Reader, entry: Entry, policy: Partial<Policy>): LineagePolicy {
  const out: LineagePolicy = { requireEvidence: true };
  const m = r.map(entry.value, "'lineage'", KEYS);
  if (!m) return out;
  const req = m.get('require-evidence');
  if (req) out.requireEvidence = r.boolean(req.value, 'lineage.require-evidence') ?? true;
  const signers = m.get('signers');
  if (signers) out.signers = signerList(r, signers.value);
  for (const key of ['allow', 'deny'] as const) {
    const list = m.get(key) ? r.stringList(m.get(key)!.value, `lineage.${key}`) : undefined;
    out[key] = list
      ?.map(({ value, node }, i) => datasetPattern(r, node, value, `lineage.${key}[${i}]`))
      .filter((x): x is DatasetPattern => x !== undefined);
  }
  const lic = m.get('licenses');
  if (lic) out.licenses = licenceList(r, lic.value, 'lineage.licenses');
  const depth = m.get('max-depth');
  if (depth) out.maxDepth = positiveInteger(r, depth.value, 'lineage.max-depth');
  const inherit = m.get('inherit');
  if (inherit) out.inherit = inherited(r, inherit.value, policy);
  for (const key of Object.keys(out) as (keyof LineagePolicy)[])
    if (out[key] === undefined) delete out[key];
  return out;
}

function positiveInteger(r: Reader, node: Node | null, name: string): number | undefined {
  const v = (node as { value?: unknown } | null)?.value;
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  r.error(node, `'${name}' must be a whole number of at least 1${describe(node)}`);
  return undefined;
}

/** Sections to apply up the chain: each must be one the policy has, or it would check nothing. */
function inherited(
  r: Reader,
  node: Node | null,
  policy: Partial<Policy>,
): LineagePolicy['inherit'] {
  const out: NonNullable<LineagePolicy['inherit']> = [];
  (r.stringList(node, 'lineage.inherit') ?? []).forEach(({ value, node: at }, i) => {
    const name = `'lineage.inherit[${i}]'`;
    const section = INHERITABLE.find((s) => s === value.trim());
    if (!section)
      r.error(
        at,
        `${name} must be ${INHERITABLE.join(' or ')} (a section of this policy), got '${value}'`,
      );
    else if (section === 'datasets' && !policy.datasets)
      r.error(at, `${name}: the policy has no 'datasets' section to apply up the chain; add one`);
    else out.push(section);
  });
  return out;
}

function signerList(r: Reader, node: Node | null): LineageSigner[] | undefined {
  if (!isSeq(node)) {
    r.error(node, `'lineage.signers' must be a list of ${SIGNER_SHAPES}${describe(node)}`);
    return undefined;
  }
  const out: LineageSigner[] = [];
  node.items.forEach((item, i) => {
    const s = signer(r, item as Node, `lineage.signers[${i}]`);
    if (s) out.push(s);
  });
  return out;
}

function signer(r: Reader, item: Node, name: string): LineageSigner | undefined {
  const keys = ['identity', 'identity-regex', 'issuer', 'public-key', 'cert-chain'];
  const m = r.map(item, `'${name}'`, keys);
  if (!m) return undefined;
  const at = r.position(item);
  const given = keys.filter((k) => k !== 'issuer' && m.has(k));
  if (given.length !== 1) {
    r.error(
      item,
      `'${name}' must be one of ${SIGNER_SHAPES}, got ${given.join(' and ') || 'none'}`,
    );
    return undefined;
  }
  const key = given[0]!;
  const value = r.string(m.get(key)!.value, `${name}.${key}`);
  if (key === 'public-key' || key === 'cert-chain') {
    if (m.has('issuer')) r.error(m.get('issuer')!, `'${name}': a ${key} has no issuer; remove it`);
    if (value !== undefined) inlinePem(r, m.get(key)!.value, `${name}.${key}`, value);
    return value === undefined ? undefined : { kind: key, pemOrFile: value, at };
  }
  const issuer = m.get('issuer') ? r.string(m.get('issuer')!.value, `${name}.issuer`) : undefined;
  if (!m.has('issuer')) r.error(item, `'${name}' needs 'issuer' (the OIDC issuer of ${key})`);
  if (value === undefined || issuer === undefined) return undefined;
  if (key === 'identity') return { kind: 'identity', identity: value, issuer, at };
  try {
    compileIdentityRegex(value);
  } catch (e) {
    r.error(m.get(key)!.value, `'${name}.identity-regex': ${(e as Error).message}`);
    return undefined;
  }
  return { kind: 'identity-regex', regex: value, issuer, at };
}

/** An inline PEM is checked where it stands; a file is read when the lineage is walked. */
function inlinePem(r: Reader, node: Node | null, name: string, value: string): void {
  if (!value.includes('-----BEGIN')) return;
  try {
    if (name.endsWith('public-key')) createPublicKey(value);
    else X509Certificate.parse(value);
  } catch (e) {
    r.error(
      node,
      `'${name}' is not a PEM ${name.endsWith('public-key') ? 'public key' : 'certificate'}: ${(e as Error).message}`,
    );
  }
}
