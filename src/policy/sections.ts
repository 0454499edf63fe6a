// The sections of a policy file, one reader each. A reader reports what is wrong through
// the Reader and returns what it could read, so one pass lists every error of the file.
import type { Node, Pair } from 'yaml';
import { isSeq } from 'yaml';
import { parseRepository, parseSignerWorkflow } from '../identity/signer-policy.js';
import { BUILD_TYPE } from '../statement/layout.js';
import type { DatasetPattern, PackageRule, Policy } from './types.js';
import { parseSha256 } from '../commitment/leaves.js';
import { describe, type Reader } from './reader.js';
import { parseSeverity } from '../advisories/severity.js';
import { allowListEntry } from '../licenses/spdx.js';
import { ANY_VERSION, parseRange, type VersionRange } from '../versions/pep440.js';

type Entry = Pair<Node, Node | null>;

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

/** Bare hex of a digest's length, as `sha256sum` prints it: the algorithm it must be written with. */
const BARE_DIGEST: Record<number, string> = { 64: 'sha256', 96: 'sha384', 128: 'sha512' };

/** `ALG:hex` for a bare digest pasted without its algorithm, else undefined. */
function bareDigest(text: string): string | undefined {
  const t = text.trim();
  const alg = /^[0-9a-fA-F]+$/.test(t) ? BARE_DIGEST[t.length] : undefined;
  return alg ? `${alg}:${t.toLowerCase()}` : undefined;
}

/**
 * A dataset entry of a known algorithm (`sha256:`, `gitCommit:`, ...) is a digest and must be
 * one: a typo in its hex would otherwise make it a URI glob that matches nothing, and a deny
 * rule that denies nothing. Other entries are URI globs.
 */
export function datasetPattern(
  r: Reader,
  node: Node,
  text: string,
  name: string,
): DatasetPattern | undefined {
  const bare = bareDigest(text);
  if (bare) {
    // Read as a URI pattern it would match nothing: a deny that denies nothing.
    r.error(node, `'${name}': '${text}' is a digest without its algorithm; write '${bare}'`);
    return undefined;
  }
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
    const vPair = m.get('versions');
    const range = vPair ? versionRange(r, vPair.value, `${name}[${i}].versions`) : ANY_VERSION;
    const rPair = m.get('reason');
    const reason = rPair ? r.string(rPair.value, `${name}[${i}].reason`) : undefined;
    if (pkg !== undefined && range)
      out.push({ package: pkg, versions: vPair ? range.text : undefined, range, reason });
  });
  return out;
}

/** `identity:` the workflow pins, each checked as the command-line flags are. */
export function readIdentity(r: Reader, entry: Entry): Policy['identity'] {
  const m = r.map(entry.value, "'identity'", [
    'repository',
    'signer-workflow',
    'source-ref',
    'runner',
  ]);
  if (!m) return undefined;
  const id: NonNullable<Policy['identity']> = {};
  const checked = (key: string, check: (v: string) => unknown): string | undefined => {
    const pair = m.get(key);
    const v = pair ? r.string(pair.value, `identity.${key}`) : undefined;
    if (v === undefined) return undefined;
    try {
      check(v);
      return v;
    } catch (e) {
      r.error(pair!.value, `'identity.${key}': ${(e as Error).message}`);
      return undefined;
    }
  };
  const repository = checked('repository', parseRepository);
  if (repository !== undefined) id.repository = repository;
  const signerWorkflow = checked('signer-workflow', parseSignerWorkflow);
  if (signerWorkflow !== undefined) id.signerWorkflow = signerWorkflow;
  const ref = m.get('source-ref');
  if (ref) id.sourceRef = r.string(ref.value, 'identity.source-ref');
  const runner = m.get('runner');
  if (runner) {
    const v = r.string(runner.value, 'identity.runner');
    if (v === 'github-hosted' || v === 'any') id.runner = v;
    else if (v !== undefined)
      r.error(runner.value, `'identity.runner' must be github-hosted or any, got '${v}'`);
  }
  return id;
}

export function readDatasets(r: Reader, entry: Entry): Policy['datasets'] {
  const m = r.map(entry.value, "'datasets'", [
    'require-digest',
    'allow',
    'deny',
    'licenses',
    'deny-content',
    'allow-unrecorded',
  ]);
  if (!m) return undefined;
  const ds: NonNullable<Policy['datasets']> = {};
  const req = m.get('require-digest');
  if (req) ds.requireDigest = r.boolean(req.value, 'datasets.require-digest');
  for (const key of ['allow', 'deny'] as const) {
    const p = m.get(key);
    const list = p ? r.stringList(p.value, `datasets.${key}`) : undefined;
    if (!list) continue;
    ds[key] = list
      .map(({ value, node }, i) => datasetPattern(r, node, value, `datasets.${key}[${i}]`))
      .filter((x): x is DatasetPattern => x !== undefined);
  }
  const lic = m.get('licenses');
  if (lic) ds.licenses = licenceList(r, lic.value);
  const content = m.get('deny-content');
  if (content) ds.denyContent = contentDigests(r, content.value, 'datasets.deny-content');
  const open = m.get('allow-unrecorded');
  if (open) ds.allowUnrecorded = r.boolean(open.value, 'datasets.allow-unrecorded');
  return ds;
}

/** Licences one by one (SPDX ids, or names outside SPDX such as `openrail`). */
export function licenceList(
  r: Reader,
  node: Node | null,
  name = 'datasets.licenses',
): string[] | undefined {
  const list = r.stringList(node, name);
  list?.forEach(({ value, node: at }, i) => {
    const problem = allowListEntry(value).problem;
    if (problem) r.error(at, `'${name}[${i}]': ${problem}`);
  });
  return list?.map((x) => x.value);
}

/** `sha256:HEX` entries, lower-cased; anything else is reported where it stands. */
function contentDigests(r: Reader, node: Node | null | undefined, name: string): string[] {
  const out: string[] = [];
  (r.stringList(node, name) ?? []).forEach(({ value, node: at }, i) => {
    const hex = parseSha256(value);
    const bare = bareDigest(value);
    if (hex !== undefined) out.push(hex);
    else if (bare?.startsWith('sha256:'))
      r.error(at, `'${name}[${i}]': '${value}' is a digest without its algorithm; write '${bare}'`);
    else r.error(at, `'${name}[${i}]' must be sha256:<64 hex> (a content digest), got '${value}'`);
  });
  return out;
}

/** `versions:` of a package rule: a specifier set or a list of them; the old syntax noted. */
function versionRange(r: Reader, node: Node | null, name: string): VersionRange | undefined {
  const list = r.stringOrList(node, name, { numbersAsText: true });
  if (!list) return undefined;
  const texts = list.map((x) => x.value);
  const parsed = parseRange(isSeq(node) ? texts : texts[0]!);
  if (typeof parsed === 'string') {
    r.error(node, `'${name}': ${parsed}`);
    return undefined;
  }
  if (parsed.notice) r.notice(node, `'${name}': ${parsed.notice}`);
  return parsed.range;
}

/** `default`, `none`, or a list of `default` and paths of OSV data. */
function advisoryList(
  r: Reader,
  node: Node | null,
): NonNullable<Policy['frameworks']>['advisories'] {
  const list = r.stringOrList(node, 'frameworks.advisories');
  if (!list) return undefined;
  if (list.length === 1 && list[0]!.value.trim() === 'none') return 'none';
  const out: Array<'default' | { path: string }> = [];
  for (const { value, node: at } of list) {
    const v = value.trim();
    if (v === 'none')
      r.error(at, "'frameworks.advisories': 'none' cannot be listed with other sources");
    else out.push(v === 'default' ? 'default' : { path: v });
  }
  return out;
}

export function readFrameworks(r: Reader, entry: Entry): Policy['frameworks'] {
  const m = r.map(entry.value, "'frameworks'", [
    'advisories',
    'min-severity',
    'deny',
    'require',
    'allow-unrecorded',
  ]);
  if (!m) return undefined;
  const fw: NonNullable<Policy['frameworks']> = {};
  const adv = m.get('advisories');
  if (adv) fw.advisories = advisoryList(r, adv.value);
  const min = m.get('min-severity');
  const level = min ? r.string(min.value, 'frameworks.min-severity') : undefined;
  if (level !== undefined) {
    fw.minSeverity = parseSeverity(level);
    if (!fw.minSeverity)
      r.error(
        min!.value,
        `'frameworks.min-severity' must be low, medium, high or critical, got '${level}'`,
      );
  }
  const deny = m.get('deny');
  if (deny) fw.deny = packageRules(r, deny.value, 'frameworks.deny', true);
  const req = m.get('require');
  if (req) fw.require = packageRules(r, req.value, 'frameworks.require', false);
  const open = m.get('allow-unrecorded');
  if (open) fw.allowUnrecorded = r.boolean(open.value, 'frameworks.allow-unrecorded');
  return fw;
}

export function readMaxAge(r: Reader, entry: Entry): Policy['maxAge'] {
  const v = r.string(entry.value, 'max-age');
  if (v === undefined) return undefined;
  const m = DURATION.exec(v.trim());
  if (!m || Number(m[1]) <= 0) {
    r.error(
      entry.value,
      `'max-age' must be a positive duration such as 30d, 12h, 90m, 2w; got '${v}'`,
    );
    return undefined;
  }
  return { text: v.trim(), ms: Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] };
}

export function readBuildType(r: Reader, entry: Entry): Policy['buildType'] {
  const v = r.string(entry.value, 'build-type');
  if (v === 'ours') return { text: v, uri: BUILD_TYPE };
  if (v === undefined) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v)) return { text: v, uri: v };
  r.error(entry.value, `'build-type' must be 'ours' or an absolute URI, got '${v}'`);
  return undefined;
}
