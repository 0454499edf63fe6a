// DVC pipelines: a dvc.lock records, for every stage, the md5 DVC computed of each
// dependency when the stage last ran. Each dependency becomes a dataset of kind 'dvc'
// pinned by that md5 (a directory's md5, ending in `.dir`, is DVC's own tree digest).
// Both lock layouts are read: schema 2.0 (`schema: '2.0'` + `stages:`) and the DVC 1.x
// one (stages at the top level). Outputs are not datasets: they are what a stage made.
import { posix } from 'node:path';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { ProvenanceError } from '../errors.js';
import type { DatasetRef } from '../types.js';
import { credentialsNotice, stripCredentials, stripCredentialsInJson } from '../uri-credentials.js';
import type { Notice } from './dataset-spec.js';
import { nodeToJson, parseYaml, yamlError, type YamlSource } from './parameters.js';

const INPUT = 'datasets';
const FIX = 'run `dvc repro` or `dvc commit` to rewrite dvc.lock, or name the data directly';
const MD5 = /^[0-9a-f]{32}$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]+:\/\//i;

export interface DvcLockOptions {
  /** Workspace-relative POSIX path of the lock file; dependency paths are relative to its directory. */
  relPath: string;
  /** Hears what was left out of a URL (its credentials), in a line that names no secret. */
  notice?: Notice;
}

function scalarString(src: YamlSource, node: unknown, what: string): string {
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
    throw yamlError(src, node as Node, `${what} must be a string`, FIX);
  }
  return String(node.value);
}

function optionalCount(src: YamlSource, map: YAMLMap, key: string): number | undefined {
  const node = map.get(key, true);
  if (node === undefined) return undefined;
  const v = nodeToJson(src, node);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw yamlError(src, node, `${key} must be a non-negative integer`, FIX);
  }
  return v;
}

type DvcRef = DatasetRef & { annotations: Record<string, unknown> };

/** Every stage dependency of a dvc.lock as a dataset; one per path (shared ones merged). */
export function parseDvcLock(text: string, opts: DvcLockOptions): DatasetRef[] {
  const src = parseYaml(text, { input: INPUT, label: opts.relPath, fix: FIX });
  const root = src.doc.contents;
  if (!isMap(root)) throw yamlError(src, root, 'a dvc.lock must be a mapping of stages', FIX);
  const stagesNode = root.has('schema') || root.has('stages') ? root.get('stages', true) : root;
  if (!isMap(stagesNode))
    throw yamlError(src, stagesNode ?? root, "'stages' must be a mapping", FIX);
  const byName = new Map<string, DvcRef>();
  for (const stagePair of stagesNode.items) {
    const stage = scalarString(src, stagePair.key, 'a stage name');
    const stageMap = stagePair.value;
    if (!isMap(stageMap))
      throw yamlError(src, stageMap as Node, `stage '${stage}' must be a mapping`, FIX);
    const deps = stageMap.get('deps', true);
    if (deps === undefined || (isScalar(deps) && deps.value === null)) continue;
    if (!isSeq(deps)) throw yamlError(src, deps, `deps of stage '${stage}' must be a list`, FIX);
    for (const depNode of deps.items) {
      if (!isMap(depNode))
        throw yamlError(
          src,
          depNode as Node,
          `a dependency of stage '${stage}' must be a mapping`,
          FIX,
        );
      const ref = readDependency(src, depNode, stage, opts);
      merge(byName, ref, src.at(depNode.get('path', true) as Node), opts.relPath);
    }
  }
  return [...byName.values()];
}

/** One stage dependency: its path (relative to the lock file's directory), md5, size, origin. */
function readDependency(
  src: YamlSource,
  depNode: YAMLMap,
  stage: string,
  opts: DvcLockOptions,
): DvcRef {
  const lockFile = opts.relPath;
  const pathNode = depNode.get('path', true);
  if (pathNode === undefined)
    throw yamlError(src, depNode, `a dependency of stage '${stage}' has no path`, FIX);
  const depPath = externalPath(src, pathNode, opts.notice);
  const external = URL_LIKE.test(depPath) || posix.isAbsolute(depPath);
  const name = external ? depPath : posix.normalize(posix.join(posix.dirname(lockFile), depPath));
  const ref: DvcRef = {
    name,
    kind: 'dvc',
    uri: `dvc:${stage}/${name}`,
    digest: {},
    unpinned: true,
    annotations: { stage, lockFile },
  };
  if (!external) ref.path = name;
  const md5Node = depNode.get('md5', true);
  if (md5Node !== undefined) {
    const raw = scalarString(src, md5Node, 'md5').toLowerCase();
    const isDir = raw.endsWith('.dir');
    const md5 = isDir ? raw.slice(0, -'.dir'.length) : raw;
    if (!MD5.test(md5)) throw yamlError(src, md5Node, `'${raw}' is not an md5 digest`, FIX);
    ref.digest = { md5 };
    ref.unpinned = false;
    if (isDir) ref.annotations.dir = true;
  } else {
    ref.annotations.note = 'dvc.lock records no md5 for this dependency';
  }
  const size = optionalCount(src, depNode, 'size');
  if (size !== undefined) ref.totalBytes = size;
  const nfiles = optionalCount(src, depNode, 'nfiles');
  if (nfiles !== undefined) ref.fileCount = nfiles;
  // Imports from another repository: where from, at which commit (not a content digest).
  const repo = depNode.get('repo', true);
  if (repo !== undefined)
    ref.annotations.repo = stripCredentialsInJson(nodeToJson(src, repo), (path, s) =>
      opts.notice?.(credentialsNotice(`${src.at(repo)}: repo.${path}`, s)),
    );
  return ref;
}

/** A dependency's path; a URL (`dvc import-url`) without its credentials, or refused. */
function externalPath(src: YamlSource, node: unknown, notice?: Notice): string {
  const path = scalarString(src, node, 'path');
  if (!URL_LIKE.test(path)) return path;
  const s = stripCredentials(path);
  if (!s) throw yamlError(src, node as Node, `'${path}' is not a URL a URL parser reads`, FIX);
  if (s.dropped.length > 0) notice?.(credentialsNotice(src.at(node as Node), s));
  return s.uri;
}

/** A path several stages depend on is one dataset, listing its stages; its digests must agree. */
function merge(byName: Map<string, DvcRef>, ref: DvcRef, at: string, lockFile: string): void {
  const seen = byName.get(ref.name);
  if (!seen) {
    byName.set(ref.name, ref);
    return;
  }
  const stage = String(ref.annotations.stage);
  if (JSON.stringify(seen.digest) !== JSON.stringify(ref.digest)) {
    throw new ProvenanceError(
      'INPUT_INVALID',
      `${at}: dvc.lock records two different digests for '${ref.name}' (stages '${String(seen.annotations.stage)}' and '${stage}')`,
      { input: INPUT, value: lockFile, fix: FIX },
    );
  }
  const stages = (seen.annotations.stages as string[] | undefined) ?? [
    String(seen.annotations.stage),
  ];
  seen.annotations.stages = [...stages, stage];
}
