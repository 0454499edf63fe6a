// The machine the training ran on: OS, runner image, accelerator build and GPUs, and the Python
// environment collected before. The entry point passes the runner's variables; nothing here reads
// the process environment.
import os from 'node:os';
import type {
  AcceleratorInfo,
  EnvironmentInfo,
  PythonEnvironment,
  PythonPackage,
} from '../types.js';
import { detectCudaBuild, queryNvidiaSmi, type NvidiaSmiResult } from './accelerator.js';
import { normalizePackageName } from '../statement/layout.js';

export interface CollectEnvironmentOptions {
  python: PythonEnvironment;
  /** PATH to search for nvidia-smi. */
  pathEnv: string;
  /** RUNNER_OS, RUNNER_ARCH, RUNNER_NAME, RUNNER_ENVIRONMENT, ImageOS, ImageVersion as the runner set them. */
  runnerEnv: Record<string, string | undefined>;
  nvidiaSmiTimeoutMs?: number;
}

export async function collectEnvironment(
  opts: CollectEnvironmentOptions,
): Promise<EnvironmentInfo> {
  const smi = await queryNvidiaSmi({
    pathEnv: opts.pathEnv,
    ...(opts.nvidiaSmiTimeoutMs !== undefined ? { timeoutMs: opts.nvidiaSmiTimeoutMs } : {}),
  });
  return {
    python: opts.python,
    accelerator: mergeAccelerator(detectCudaBuild(opts.python.packages), smi),
    os: { platform: os.platform(), release: os.release(), arch: os.arch() },
    runner: runnerFromEnv(opts.runnerEnv),
  };
}

/** The frameworks' build with what the driver reports beside it. */
export function mergeAccelerator(build: AcceleratorInfo, smi: NvidiaSmiResult): AcceleratorInfo {
  const notes = [...(build.notes ?? []), ...(smi.note ? [smi.note] : [])];
  const merged: AcceleratorInfo = { ...build };
  if (smi.driverVersion) merged.driverVersion = smi.driverVersion;
  if (smi.gpus?.length) merged.gpus = smi.gpus;
  if (notes.length) merged.notes = notes;
  else delete merged.notes;
  return merged;
}

const RUNNER_KEYS = {
  os: 'RUNNER_OS',
  arch: 'RUNNER_ARCH',
  name: 'RUNNER_NAME',
  environment: 'RUNNER_ENVIRONMENT',
  imageOs: 'ImageOS',
  imageVersion: 'ImageVersion',
} as const;

/** Only variables that are set and non-empty: a self-hosted runner has no ImageOS. */
export function runnerFromEnv(
  runnerEnv: Record<string, string | undefined>,
): EnvironmentInfo['runner'] {
  const runner: EnvironmentInfo['runner'] = {};
  for (const [field, variable] of Object.entries(RUNNER_KEYS) as [
    keyof typeof RUNNER_KEYS,
    string,
  ][]) {
    const value = runnerEnv[variable]?.trim();
    if (value) runner[field] = value;
  }
  return runner;
}

/**
 * The ML-relevant distributions, most telling first: what the job summary and the PR review
 * show of the full list. Names are normalised (PEP 503).
 */
export const NOTABLE_FRAMEWORKS: readonly string[] = [
  'torch',
  'torchvision',
  'torchaudio',
  'tensorflow',
  'tensorflow-cpu',
  'tf-keras',
  'keras',
  'jax',
  'jaxlib',
  'flax',
  'optax',
  'transformers',
  'diffusers',
  'accelerate',
  'datasets',
  'tokenizers',
  'safetensors',
  'huggingface-hub',
  'peft',
  'trl',
  'deepspeed',
  'xformers',
  'flash-attn',
  'triton',
  'vllm',
  'bitsandbytes',
  'sentencepiece',
  'lightning',
  'pytorch-lightning',
  'timm',
  'sentence-transformers',
  'onnx',
  'onnxruntime',
  'onnxruntime-gpu',
  'scikit-learn',
  'xgboost',
  'lightgbm',
  'catboost',
  'numpy',
  'pandas',
  'scipy',
  'paddlepaddle',
  'paddlepaddle-gpu',
  'mxnet',
  'mlx',
];

const NOTABLE_RANK = new Map(NOTABLE_FRAMEWORKS.map((name, i) => [name, i]));

/** The packages named in NOTABLE_FRAMEWORKS, in its order. */
export function notablePackages(pkgs: readonly PythonPackage[]): PythonPackage[] {
  return pkgs
    .filter((p) => NOTABLE_RANK.has(normalizePackageName(p.name)))
    .sort(
      (a, b) =>
        (NOTABLE_RANK.get(normalizePackageName(a.name)) ?? 0) -
        (NOTABLE_RANK.get(normalizePackageName(b.name)) ?? 0),
    );
}
