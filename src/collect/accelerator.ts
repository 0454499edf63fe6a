// Which CUDA, cuDNN or ROCm build the installed frameworks carry (read from their versions and
// names, never by importing them), and which driver and GPUs nvidia-smi reports.
//
// Precedence for CUDA, first that answers wins:
//  1. a framework's own local version, in FRAMEWORK_ORDER, then any other distribution carrying
//     one (torch 2.3.1+cu121, jaxlib 0.4.7+cuda11.cudnn86, torch-scatter 2.1.2+pt23cu121): it is
//     what the framework was compiled against;
//  2. the CUDA runtime wheel, nvidia-cuda-runtime-cu12 12.1.105 → 12.1, which PyPI's torch,
//     tensorflow[and-cuda] and jax[cuda12] pull in;
//  3. a marker that names the CUDA major only: jax-cuda12-plugin, jax-cuda12-pjrt, cupy-cuda12x,
//     any other nvidia-*-cu12 wheel → 12.
// A `+cpu` or `+rocm6.0` build is recorded (cudaSource says so) when no CUDA source answers;
// ROCm is always recorded. cuDNN: the nvidia-cudnn-cu* wheel (the library actually installed),
// else jaxlib's `cudnnNN` tag. Sources that disagree with the chosen one are listed in notes.
import { execFile } from 'node:child_process';
import type { AcceleratorInfo, PythonPackage } from '../types.js';
import { normalizePackageName } from '../statement/layout.js';
import { findOnPath } from './python.js';

/** Frameworks whose local version is trusted first, in this order. */
export const FRAMEWORK_ORDER: readonly string[] = [
  'torch',
  'jaxlib',
  'jax',
  'tensorflow',
  'torchvision',
  'torchaudio',
  'paddlepaddle-gpu',
  'mxnet',
];

/** What a PEP 440 local version (`+cu121`, `+cuda12.cudnn89`, `+rocm6.0`, `+cpu`) says. */
export type LocalBuild =
  { kind: 'cuda'; cuda: string; cudnn?: string } | { kind: 'rocm'; rocm: string } | { kind: 'cpu' };

export function parseLocalBuild(version: string): LocalBuild | undefined {
  const plus = version.indexOf('+');
  if (plus < 0) return undefined;
  const local = version.slice(plus + 1).toLowerCase();
  const jaxStyle = /cuda(\d+)(?:[._-]?cudnn(\d+))?/.exec(local);
  if (jaxStyle?.[1]) {
    const cudnn = jaxStyle[2] ? jaxStyle[2].split('').join('.') : undefined;
    return { kind: 'cuda', cuda: cudaFromCudaTag(jaxStyle[1]), ...(cudnn ? { cudnn } : {}) };
  }
  const torchStyle = /cu(\d{2,3})(?!\d)/.exec(local);
  if (torchStyle?.[1]) return { kind: 'cuda', cuda: splitMinor(torchStyle[1]) };
  const rocm = /rocm(\d+(?:\.\d+)*)/.exec(local);
  if (rocm?.[1]) return { kind: 'rocm', rocm: rocm[1] };
  if (local.includes('cpu')) return { kind: 'cpu' };
  return undefined;
}

/** PyTorch's tags put the minor in the last digit: 121 → 12.1, 118 → 11.8, 92 → 9.2. */
function splitMinor(digits: string): string {
  return `${digits.slice(0, -1)}.${digits.slice(-1)}`;
}

/** jaxlib's `cuda12` names a major, its older `cuda111` a major and minor. */
function cudaFromCudaTag(digits: string): string {
  return digits.length === 2 && digits.startsWith('1') ? digits : splitMinor(digits);
}

function majorMinor(version: string): string | undefined {
  const m = /^(\d+)\.(\d+)/.exec(version);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/** A distribution whose name carries only the CUDA major (or a cupy-cuda117-style major+minor). */
function cudaFromName(name: string): string | undefined {
  const jax = /^(?:jax-cuda|jaxlib-cuda)(\d+)(?:-plugin|-pjrt)?$/.exec(name);
  if (jax?.[1]) return jax[1];
  const cupy = /^cupy-cuda(\d+)(x?)$/.exec(name);
  if (cupy?.[1]) return cupy[2] === 'x' ? cupy[1] : cudaFromCudaTag(cupy[1]);
  const wheel = /^nvidia-.+-cu(\d+)$/.exec(name);
  return wheel?.[1];
}

export function detectCudaBuild(packages: readonly PythonPackage[]): AcceleratorInfo {
  const pkgs = packages.map((p) => ({ ...p, name: normalizePackageName(p.name) }));
  const label = (p: PythonPackage): string => `${p.name} ${p.version}`;
  const info: AcceleratorInfo = {};
  const notes: string[] = [];

  const rank = (name: string): number => {
    const i = FRAMEWORK_ORDER.indexOf(name);
    return i < 0 ? FRAMEWORK_ORDER.length : i;
  };
  const builds = pkgs
    .map((p) => ({ p, build: parseLocalBuild(p.version) }))
    .filter((x): x is { p: PythonPackage; build: LocalBuild } => x.build !== undefined)
    .sort((a, b) => rank(a.p.name) - rank(b.p.name));
  const cudaBuilds = builds.filter((x) => x.build.kind === 'cuda');
  const cudaBuild = cudaBuilds[0];
  const rocmBuild = builds.find((x) => x.build.kind === 'rocm');
  const cpuBuild = builds.find((x) => x.build.kind === 'cpu');
  const runtime = pkgs.find(
    (p) => /^nvidia-cuda-runtime(-cu\d+)?$/.test(p.name) && majorMinor(p.version) !== undefined,
  );
  const nameMarker = pkgs.find((p) => cudaFromName(p.name) !== undefined);

  if (cudaBuild && cudaBuild.build.kind === 'cuda') {
    info.cuda = cudaBuild.build.cuda;
    info.cudaSource = label(cudaBuild.p);
    for (const other of cudaBuilds.slice(1)) {
      if (other.build.kind === 'cuda' && other.build.cuda !== info.cuda) {
        notes.push(
          `${label(other.p)} carries CUDA ${other.build.cuda}, ${info.cudaSource} ${info.cuda}`,
        );
      }
    }
    const runtimeCuda = runtime ? majorMinor(runtime.version) : undefined;
    if (runtime && runtimeCuda && info.cuda.includes('.') && runtimeCuda !== info.cuda) {
      notes.push(`${label(runtime)} is CUDA ${runtimeCuda}; recorded ${info.cudaSource}'s build`);
    }
  } else if (runtime) {
    info.cuda = majorMinor(runtime.version);
    info.cudaSource = label(runtime);
  } else if (nameMarker) {
    info.cuda = cudaFromName(nameMarker.name);
    info.cudaSource = label(nameMarker);
  }

  if (rocmBuild && rocmBuild.build.kind === 'rocm') {
    info.rocm = rocmBuild.build.rocm;
    if (!info.cuda) info.cudaSource = `${label(rocmBuild.p)} (ROCm build)`;
  }
  if (cpuBuild) {
    if (!info.cudaSource) info.cudaSource = `${label(cpuBuild.p)} (CPU build)`;
    else if (info.cuda) notes.push(`${label(cpuBuild.p)} is a CPU build`);
  }

  Object.assign(info, cudnnOf(pkgs, cudaBuilds));
  if (notes.length) info.notes = notes;
  return info;
}

/** cuDNN from its wheel, else from a framework's build tag that names it. */
function cudnnOf(
  pkgs: readonly PythonPackage[],
  cudaBuilds: readonly { p: PythonPackage; build: LocalBuild }[],
): Pick<AcceleratorInfo, 'cudnn' | 'cudnnSource'> {
  const label = (p: PythonPackage): string => `${p.name} ${p.version}`;
  const cudnnWheel = pkgs.find((p) => /^nvidia-cudnn(-cu\d+)?$/.test(p.name));
  if (cudnnWheel) return { cudnn: cudnnWheel.version, cudnnSource: label(cudnnWheel) };
  const tagged = cudaBuilds.find((x) => x.build.kind === 'cuda' && x.build.cudnn);
  if (tagged && tagged.build.kind === 'cuda' && tagged.build.cudnn)
    return { cudnn: tagged.build.cudnn, cudnnSource: label(tagged.p) };
  return {};
}

export interface NvidiaSmiResult {
  driverVersion?: string;
  gpus?: string[];
  /** Why nothing was learnt although nvidia-smi exists (timed out, failed, printed nothing). */
  note?: string;
}

export const DEFAULT_NVIDIA_SMI_TIMEOUT_MS = 10_000;

/** Asks nvidia-smi, when it is on PATH, for each GPU's name and the driver version; never throws. */
export async function queryNvidiaSmi(opts: {
  pathEnv: string;
  timeoutMs?: number;
}): Promise<NvidiaSmiResult> {
  const exe = await findOnPath('nvidia-smi', opts.pathEnv);
  if (!exe) return {};
  const timeoutMs = opts.timeoutMs ?? DEFAULT_NVIDIA_SMI_TIMEOUT_MS;
  return new Promise((resolve) => {
    execFile(
      exe,
      ['--query-gpu=name,driver_version', '--format=csv,noheader'],
      { timeout: timeoutMs, killSignal: 'SIGKILL', encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const timedOut = (error as { killed?: boolean }).killed === true;
          const why = `${stdout}\n${stderr}`
            .split(/\r?\n/)
            .map((l) => l.trim())
            .find((l) => l !== '');
          resolve({
            note: timedOut
              ? `nvidia-smi timed out after ${timeoutMs} ms`
              : `nvidia-smi failed${why ? `: ${why}` : ` (${error.message})`}`,
          });
          return;
        }
        const parsed = parseNvidiaSmiCsv(stdout);
        resolve(parsed.gpus ? parsed : { note: 'nvidia-smi listed no GPU' });
      },
    );
  });
}

/** `name, driver_version` lines; a GPU name may hold commas, the driver version does not. */
export function parseNvidiaSmiCsv(text: string): { driverVersion?: string; gpus?: string[] } {
  const gpus: string[] = [];
  const drivers: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const comma = line.lastIndexOf(',');
    if (comma < 0) continue;
    const name = line.slice(0, comma).trim();
    const driver = line.slice(comma + 1).trim();
    if (name === '' || driver === '') continue;
    gpus.push(name);
    if (!drivers.includes(driver)) drivers.push(driver);
  }
  if (gpus.length === 0) return {};
  return { driverVersion: drivers.join(', '), gpus };
}
