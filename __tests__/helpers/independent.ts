// Expected values computed without our code: coreutils for file digests, and Python's own
// PurePosixPath ordering for the OMS root digest, so a shared mistake cannot pass unseen.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function sha256sum(path: string): string {
  return execFileSync('sha256sum', ['--', path], { encoding: 'utf8' }).split(' ')[0]!;
}

export const hasPython = (() => {
  try {
    execFileSync('python3', ['-c', 'pass'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const OMS_PY = `
import hashlib, os, sys, pathlib
root = pathlib.Path(sys.argv[1])
by_code_point = sys.argv[2] == "code-point"
ignore = set(sys.argv[3:])
files = []
for dirpath, dirnames, filenames in os.walk(root):
    for f in filenames:
        rel = pathlib.PurePosixPath(pathlib.Path(dirpath, f).relative_to(root).as_posix())
        if any(str(rel) == i or str(rel).startswith(i + "/") for i in ignore):
            continue
        files.append(rel)
h = hashlib.sha256()
# str compares by code point (the specification); PurePosixPath by component (model_signing).
for rel in sorted(files, key=str) if by_code_point else sorted(files):
    h.update(hashlib.sha256((root / rel).read_bytes()).digest())
print(h.hexdigest())
`;

/**
 * OMS root digest computed by Python, or undefined without python3: in PurePosixPath order
 * (model_signing's, our directory subjects') or in code-point order (the specification's, the
 * model signatures we write).
 */
export function omsRootByPython(
  dir: string,
  ignore: string[] = ['.git', '.gitattributes', '.github', '.gitignore'],
  order: 'PurePosixPath' | 'code-point' = 'PurePosixPath',
): string | undefined {
  if (!hasPython || !existsSync(dir)) return undefined;
  return execFileSync('python3', ['-c', OMS_PY, dir, order, ...ignore], {
    encoding: 'utf8',
  }).trim();
}

/**
 * The OMS root from coreutils alone: names sorted as PurePosixPath tuples (the same as
 * replacing '/' with NUL and comparing), file digests by sha256sum, the root by sha256sum
 * over the concatenated raw digests.
 */
export function omsRootBySha256sum(dir: string, names: string[]): string {
  const key = (n: string) => n.split('/').join('\0');
  const sorted = [...names].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const raw = Buffer.concat(sorted.map((n) => Buffer.from(sha256sum(`${dir}/${n}`), 'hex')));
  return execFileSync('sha256sum', ['-b'], { input: raw, encoding: 'utf8' }).slice(0, 64);
}

/** The OMS root by Python when it is there, else by coreutils: never by our own code. */
export function omsRootIndependent(
  dir: string,
  ignore: string[] = ['.git', '.gitattributes', '.github', '.gitignore'],
): string {
  const byPython = omsRootByPython(dir, ignore);
  if (byPython !== undefined) return byPython;
  const names = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((n) => !ignore.some((i) => n === i || n.startsWith(`${i}/`)));
  return omsRootBySha256sum(dir, names);
}

const COMMITMENT_PY = join(import.meta.dirname, 'commitment_check.py');

/** A dataset commitment computed by the Python check written from docs/commitments.md. */
export function commitmentByPython(hexDigests: readonly string[]): {
  scheme: string;
  root: string;
  leaves: number;
} {
  const out = execFileSync('python3', [COMMITMENT_PY, 'root'], {
    input: hexDigests.join('\n'),
    encoding: 'utf8',
  });
  const [root, leaves] = out.trim().split(' ');
  return { scheme: 'rfc6962-sha256-sorted-set', root: root!, leaves: Number(leaves) };
}

/** What the Python check says of a proof file against a root and leaf count. */
export function checkProofByPython(proofPath: string, root: string, leaves: number): string {
  return execFileSync('python3', [COMMITMENT_PY, 'check', proofPath, root, String(leaves)], {
    encoding: 'utf8',
  }).trim();
}
