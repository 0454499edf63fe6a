// The policy file (README "The policy file"): YAML, validated against a schema so that
// a typo is an error with its line and column, never a rule silently ignored. Every error
// of a file is collected and reported at once.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type Pair,
} from 'yaml';
import { ProvenanceError } from '../errors.js';
import { BUILD_TYPE } from '../statement/layout.js';
import type { IdentityPolicy } from '../identity/signer-policy.js';
import { parseRepository, parseSignerWorkflow } from '../identity/signer-policy.js';
import { parseRange, type VersionRange } from './versions.js';

export const MAX_POLICY_BYTES = 256 * 1024;

export interface PackageRule {
  package: string;
  /** Range text as written; absent means any version. */
  versions?: string;
  range: VersionRange;
  reason?: string;
}

/** A digest pattern `ALG:HEX` or a URI glob, as written under datasets.allow/deny. */
export type DatasetPattern =
  | { kind: 'digest'; algorithm: string; hex: string; text: string }
  | { kind: 'uri'; glob: string; text: string };

export interface Policy {
  version: 1;
  /** File name, for messages. */
  source: string;
  identity?: {
    repository?: string;
    signerWorkflow?: string;
    sourceRef?: string;
    runner?: 'github-hosted' | 'any';
  };
  datasets?: {
    requireDigest?: boolean;
    allow?: DatasetPattern[];
    deny?: DatasetPattern[];
    licenses?: string[];
    /** Datasets that record no licence pass `licenses` (default: they fail it). */
    allowUnrecorded?: boolean;
  };
  frameworks?: {
    /** Absent means `default`: a policy applies the shipped advisories unless it says `none`. */
    advisories?: 'default' | 'none';
    deny?: PackageRule[];
    require?: PackageRule[];
    /** A run that recorded no Python environment passes `advisories` (default: it fails). */
    allowUnrecorded?: boolean;
  };
  maxAge?: { text: string; ms: number };
  /** `ours` resolves to our buildType URI. */
  buildType?: { text: string; uri: string };
}

/**
 * Whether the policy reads what only the training record carries (datasets, frameworks and
 * their advisories); identity, max-age and build-type rules read any provenance.
 */
export function needsTrainingRecord(policy: Policy): boolean {
  const fw = policy.frameworks ?? {};
  return (
    policy.datasets !== undefined ||
    fw.advisories !== 'none' ||
    (fw.deny?.length ?? 0) > 0 ||
    (fw.require?.length ?? 0) > 0
  );
}

/** Every error of one policy file; `errors` lists them as `file:line:col: message`. */
export class PolicyError extends ProvenanceError {
  readonly errors: string[];
  constructor(source: string, errors: string[]) {
    super(
      'POLICY_INVALID',
      errors.length === 1
        ? errors[0]!
        : `${source} has ${errors.length} errors: ${errors.join('; ')}`,
      {
        input: 'policy',
        value: source,
        fix: 'correct the policy file; the README section "The policy file" lists every key',
      },
    );
    this.name = 'PolicyError';
    this.errors = errors;
  }
}

const DIGEST_LENGTHS: Record<string, number> = {
  sha256: 64,
  sha384: 96,
  sha512: 128,
  sha1: 40,
  md5: 32,
  gitcommit: 40,
};
/** `ALG:REST`: a digest entry when ALG is one of DIGEST_LENGTHS, whatever REST holds. */
const DIGEST_PREFIX = /^([A-Za-z0-9]+):(.*)$/s;
const DURATION = /^(\d+)\s*(s|m|h|d|w)$/;
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return d[a.length]![b.length]!;
}

function suggest(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase().replace(/_/g, '-');
  let best: string | undefined;
  let bestD = Infinity;
  for (const cand of known) {
    const d = levenshtein(k, cand);
    if (d < bestD) {
      bestD = d;
      best = cand;
    }
  }
  return best !== undefined && (bestD <= 2 || best.startsWith(k) || k.startsWith(best))
    ? best
    : undefined;
}

/** Walks the YAML tree with positions, collecting errors instead of stopping at the first. */
class Reader {
  private readonly found: Array<{ line: number; col: number; text: string }> = [];
  constructor(
    private readonly source: string,
    private readonly lines: LineCounter,
  ) {}

  error(node: Node | Pair | null | undefined, message: string): void {
    const offset =
      (isPair(node)
        ? (node.key as Node | null)?.range?.[0]
        : (node as Node | null | undefined)?.range?.[0]) ?? 0;
    const { line, col } = this.lines.linePos(offset);
    this.found.push({ line, col, text: `${this.source}:${line}:${col}: ${message}` });
  }

  /** Every error so far, in the order of the file. */
  get errors(): string[] {
    return [...this.found].sort((a, b) => a.line - b.line || a.col - b.col).map((e) => e.text);
  }

  /** The pairs of a mapping, unknown keys reported. */
  map(
    node: Node | null | undefined,
    where: string,
    known: readonly string[],
  ): Map<string, Pair<Node, Node | null>> | undefined {
    if (!isMap(node)) {
      this.error(node, `${where} must be a mapping (key: value lines)${describe(node)}`);
      return undefined;
    }
    const out = new Map<string, Pair<Node, Node | null>>();
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string') {
        this.error(
          pair,
          `keys under ${where} must be words, got ${describe(pair.key).replace(/^, got /, '')}`,
        );
        continue;
      }
      if (!known.includes(key)) {
        const s = suggest(key, known);
        this.error(
          pair,
          `unknown key '${key}' under ${where}${s ? `; did you mean '${s}'?` : `; known keys: ${known.join(', ')}`}`,
        );
        continue;
      }
      out.set(key, pair);
    }
    return out;
  }

  string(
    node: Node | null | undefined,
    name: string,
    opts: { numbersAsText?: boolean } = {},
  ): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '')
      return node.value;
    if (opts.numbersAsText && isScalar(node) && typeof node.value === 'number') {
      // `versions: 2.10` parses as the number 2.1: keep the text as written.
      return node.source ?? String(node.value);
    }
    this.error(node, `'${name}' must be a non-empty string${describe(node)}`);
    return undefined;
  }

  boolean(node: Node | null | undefined, name: string): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.error(node, `'${name}' must be true or false${describe(node)}`);
    return undefined;
  }

  stringList(
    node: Node | null | undefined,
    name: string,
  ): Array<{ value: string; node: Node }> | undefined {
    if (!isSeq(node)) {
      this.error(node, `'${name}' must be a list${describe(node)}`);
      return undefined;
    }
    const out: Array<{ value: string; node: Node }> = [];
    node.items.forEach((item, i) => {
      const v = this.string(item as Node, `${name}[${i}]`);
      if (v !== undefined) out.push({ value: v, node: item as Node });
    });
    return out;
  }
}

function describe(node: unknown): string {
  if (node === null || node === undefined) return ', got nothing';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return ', got nothing';
    return `, got ${typeof v} ${JSON.stringify(v)}`;
  }
  if (isSeq(node)) return ', got a list';
  if (isMap(node)) return ', got a mapping';
  return '';
}

function firstAlias(node: unknown): Node | undefined {
  if (isAlias(node)) return node;
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      const found = isPair(item)
        ? (firstAlias(item.key) ?? firstAlias(item.value))
        : firstAlias(item);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A dataset entry of a known algorithm (`sha256:`, `gitCommit:`, ...) is a digest and must be
 * one: a typo in its hex would otherwise make it a URI glob that matches nothing, and a deny
 * rule that denies nothing. Other entries are URI globs.
 */
function datasetPattern(
  r: Reader,
  node: Node,
  text: string,
  name: string,
): DatasetPattern | undefined {
  const m = DIGEST_PREFIX.exec(text.trim());
  const alg = m?.[1]!.toLowerCase();
  const want = alg === undefined ? undefined : DIGEST_LENGTHS[alg];
  if (!m || alg === undefined || want === undefined) return { kind: 'uri', glob: text, text };
  const algorithm = alg === 'gitcommit' ? 'gitCommit' : alg;
  const hex = m[2]!;
  const digest = `'${name}': ${algorithm} digest '${text}'`;
  const notHex = /[^0-9a-fA-F]/.exec(hex);
  if (notHex) {
    r.error(
      node,
      `${digest} must have ${want} hex digits (0-9, a-f): ${JSON.stringify(notHex[0])} at character ${notHex.index + 1} is not one`,
    );
    return undefined;
  }
  if (hex.length !== want) {
    r.error(node, `${digest} must have ${want} hex digits, has ${hex.length}`);
    return undefined;
  }
  if (hex !== hex.toLowerCase()) {
    r.error(
      node,
      `${digest} must be written in lower case, as digests are recorded: '${algorithm}:${hex.toLowerCase()}'`,
    );
    return undefined;
  }
  return { kind: 'digest', algorithm, hex, text };
}

function packageRules(
  r: Reader,
  node: Node | null | undefined,
  name: string,
  withReason: boolean,
): PackageRule[] | undefined {
  if (!isSeq(node)) {
    r.error(
      node,
      `'${name}' must be a list of {package, versions${withReason ? ', reason' : ''}}${describe(node)}`,
    );
    return undefined;
  }
  const out: PackageRule[] = [];
  node.items.forEach((item, i) => {
    const where = `'${name}[${i}]'`;
    const keys = withReason ? ['package', 'versions', 'reason'] : ['package', 'versions'];
    const m = r.map(item as Node, where, keys);
    if (!m) return;
    const pkgPair = m.get('package');
    if (!pkgPair) {
      r.error(item as Node, `${where} needs 'package'`);
      return;
    }
    const pkg = r.string(pkgPair.value, `${name}[${i}].package`);
    let versions: string | undefined;
    let range: VersionRange = { text: '*', any: [] };
    const vPair = m.get('versions');
    if (vPair) {
      versions = r.string(vPair.value, `${name}[${i}].versions`, { numbersAsText: true });
      if (versions !== undefined) {
        const parsed = parseRange(versions);
        if (typeof parsed === 'string') r.error(vPair.value, `'${name}[${i}].versions': ${parsed}`);
        else range = parsed;
      }
    }
    const rPair = m.get('reason');
    const reason = rPair ? r.string(rPair.value, `${name}[${i}].reason`) : undefined;
    if (pkg !== undefined) out.push({ package: pkg, versions, range, reason });
  });
  return out;
}

/** Parse and validate a policy. Throws PolicyError listing every problem. */
export function parsePolicy(text: string, source = 'policy.yml'): Policy {
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES) {
    throw new PolicyError(source, [
      `${source}: ${Buffer.byteLength(text)} bytes is more than the ${MAX_POLICY_BYTES} a policy may have`,
    ]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new PolicyError(
      source,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        const msg = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        return `${source}:${pos?.line ?? 1}:${pos?.col ?? 1}: ${msg}`;
      }),
    );
  }
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) {
    throw new PolicyError(source, [`${source}: the policy is empty; start it with 'version: 1'`]);
  }
  const r = new Reader(source, lines);
  const alias = firstAlias(root);
  if (alias) {
    r.error(alias, 'YAML aliases (*name) are not allowed in a policy; write the value out');
    throw new PolicyError(source, r.errors);
  }
  const top = r.map(root, 'root', [
    'version',
    'identity',
    'datasets',
    'frameworks',
    'max-age',
    'build-type',
  ]);
  if (!top) throw new PolicyError(source, r.errors);
  const policy: Policy = { version: 1, source };

  const version = top.get('version');
  if (!version) r.error(root, "missing 'version: 1'");
  else if (!(
    isScalar(version.value) &&
    (version.value.value === 1 || version.value.value === '1')
  )) {
    r.error(version.value ?? version, `'version' must be 1${describe(version.value)}`);
  }

  const identity = top.get('identity');
  if (identity) {
    const m = r.map(identity.value, "'identity'", [
      'repository',
      'signer-workflow',
      'source-ref',
      'runner',
    ]);
    if (m) {
      const id: NonNullable<Policy['identity']> = {};
      const repo = m.get('repository');
      if (repo) {
        const v = r.string(repo.value, 'identity.repository');
        if (v !== undefined) {
          try {
            parseRepository(v);
            id.repository = v;
          } catch (e) {
            r.error(repo.value, `'identity.repository': ${(e as Error).message}`);
          }
        }
      }
      const wf = m.get('signer-workflow');
      if (wf) {
        const v = r.string(wf.value, 'identity.signer-workflow');
        if (v !== undefined) {
          try {
            parseSignerWorkflow(v);
            id.signerWorkflow = v;
          } catch (e) {
            r.error(wf.value, `'identity.signer-workflow': ${(e as Error).message}`);
          }
        }
      }
      const ref = m.get('source-ref');
      if (ref) id.sourceRef = r.string(ref.value, 'identity.source-ref');
      const runner = m.get('runner');
      if (runner) {
        const v = r.string(runner.value, 'identity.runner');
        if (v === 'github-hosted' || v === 'any') id.runner = v;
        else if (v !== undefined)
          r.error(runner.value, `'identity.runner' must be github-hosted or any, got '${v}'`);
      }
      policy.identity = id;
    }
  }

  const datasets = top.get('datasets');
  if (datasets) {
    const m = r.map(datasets.value, "'datasets'", [
      'require-digest',
      'allow',
      'deny',
      'licenses',
      'allow-unrecorded',
    ]);
    if (m) {
      const ds: NonNullable<Policy['datasets']> = {};
      const req = m.get('require-digest');
      if (req) ds.requireDigest = r.boolean(req.value, 'datasets.require-digest');
      for (const key of ['allow', 'deny'] as const) {
        const p = m.get(key);
        if (!p) continue;
        const list = r.stringList(p.value, `datasets.${key}`);
        if (list) {
          ds[key] = list
            .map(({ value, node }, i) => datasetPattern(r, node, value, `datasets.${key}[${i}]`))
            .filter((x): x is DatasetPattern => x !== undefined);
        }
      }
      const lic = m.get('licenses');
      if (lic) ds.licenses = r.stringList(lic.value, 'datasets.licenses')?.map((x) => x.value);
      const open = m.get('allow-unrecorded');
      if (open) ds.allowUnrecorded = r.boolean(open.value, 'datasets.allow-unrecorded');
      policy.datasets = ds;
    }
  }

  const frameworks = top.get('frameworks');
  if (frameworks) {
    const m = r.map(frameworks.value, "'frameworks'", [
      'advisories',
      'deny',
      'require',
      'allow-unrecorded',
    ]);
    if (m) {
      const fw: NonNullable<Policy['frameworks']> = {};
      const adv = m.get('advisories');
      if (adv) {
        const v = r.string(adv.value, 'frameworks.advisories');
        if (v === 'default' || v === 'none') fw.advisories = v;
        else if (v !== undefined)
          r.error(adv.value, `'frameworks.advisories' must be default or none, got '${v}'`);
      }
      const deny = m.get('deny');
      if (deny) fw.deny = packageRules(r, deny.value, 'frameworks.deny', true);
      const req = m.get('require');
      if (req) fw.require = packageRules(r, req.value, 'frameworks.require', false);
      const open = m.get('allow-unrecorded');
      if (open) fw.allowUnrecorded = r.boolean(open.value, 'frameworks.allow-unrecorded');
      policy.frameworks = fw;
    }
  }

  const maxAge = top.get('max-age');
  if (maxAge) {
    const v = r.string(maxAge.value, 'max-age');
    if (v !== undefined) {
      const m = DURATION.exec(v.trim());
      if (!m || Number(m[1]) <= 0)
        r.error(
          maxAge.value,
          `'max-age' must be a positive duration such as 30d, 12h, 90m, 2w; got '${v}'`,
        );
      else
        policy.maxAge = {
          text: v.trim(),
          ms: Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS],
        };
    }
  }

  const buildType = top.get('build-type');
  if (buildType) {
    const v = r.string(buildType.value, 'build-type');
    if (v === 'ours') policy.buildType = { text: v, uri: BUILD_TYPE };
    else if (v !== undefined) {
      if (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v)) policy.buildType = { text: v, uri: v };
      else r.error(buildType.value, `'build-type' must be 'ours' or an absolute URI, got '${v}'`);
    }
  }

  if (r.errors.length > 0) throw new PolicyError(source, r.errors);
  return policy;
}

/** Read and parse a policy file. */
export async function loadPolicy(path: string): Promise<Policy> {
  const unreadable = (why: string, fix: string, cause?: unknown) =>
    new ProvenanceError('FILE_UNREADABLE', `cannot read policy ${path}: ${why}`, {
      input: 'policy',
      value: path,
      fix,
      cause,
    });
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    throw unreadable((e as Error).message, 'check the path of the policy file', e);
  }
  // A directory (EISDIR) or a FIFO (a read that never ends) is refused before it is opened.
  if (!st.isFile()) {
    throw st.isDirectory()
      ? unreadable('it is a directory', 'give the path of the policy YAML file, not its directory')
      : unreadable('it is not a regular file', 'give the path of a policy YAML file');
  }
  if (st.size > MAX_POLICY_BYTES) {
    throw new PolicyError(basename(path), [
      `${path}: ${st.size} bytes is more than the ${MAX_POLICY_BYTES} a policy may have`,
    ]);
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw unreadable(
      (e as Error).message,
      'check the file permissions; the step runs as the runner user',
      e,
    );
  }
  return parsePolicy(text, basename(path));
}

/**
 * The identity verify checks: explicit inputs override the policy's identity block.
 * `deny-self-hosted-runners` can only tighten: true from either side wins.
 */
export function mergeIdentity(inputs: IdentityPolicy, policy?: Policy): IdentityPolicy {
  const id = policy?.identity;
  if (!id) return { ...inputs };
  return {
    ...inputs,
    repository: inputs.repository || id.repository,
    signerWorkflow: inputs.signerWorkflow || id.signerWorkflow,
    sourceRef: inputs.sourceRef || id.sourceRef,
    denySelfHostedRunners: inputs.denySelfHostedRunners === true || id.runner === 'github-hosted',
  };
}
