import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectCudaBuild, queryNvidiaSmi } from '../../src/collect/accelerator.js';
import { collectEnvironment, notablePackages } from '../../src/collect/environment.js';
import type { AcceleratorInfo, PythonEnvironment, PythonPackage } from '../../src/types.js';

let tmp: string;
let caseNo = 0;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'tp-collect-env-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function freshDir(label: string): string {
  const dir = path.join(tmp, `${++caseNo}-${label}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function script(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** name==version → a package; the purl is irrelevant to accelerator detection. */
function pkgs(...specs: string[]): PythonPackage[] {
  return specs.map((s) => {
    const [name = '', version = ''] = s.split('==');
    return { name, version, purl: `pkg:pypi/${name}@${version}` };
  });
}

describe('detectCudaBuild', () => {
  test.each<[string, PythonPackage[], AcceleratorInfo]>([
    ['torch +cu121', pkgs('torch==2.3.1+cu121'), { cuda: '12.1', cudaSource: 'torch 2.3.1+cu121' }],
    [
      'torch and torchvision +cu118',
      pkgs('torch==2.1.0+cu118', 'torchvision==0.16.0+cu118'),
      { cuda: '11.8', cudaSource: 'torch 2.1.0+cu118' },
    ],
    [
      'framework listed after its companions still wins',
      pkgs('torchaudio==2.3.1+cu121', 'torch==2.3.1+cu121'),
      { cuda: '12.1', cudaSource: 'torch 2.3.1+cu121' },
    ],
    ['cuda 10.2', pkgs('torch==1.12.1+cu102'), { cuda: '10.2', cudaSource: 'torch 1.12.1+cu102' }],
    [
      'torch +cpu: no CUDA, said so',
      pkgs('torch==2.3.1+cpu'),
      { cudaSource: 'torch 2.3.1+cpu (CPU build)' },
    ],
    [
      'torch +rocm6.0',
      pkgs('torch==2.3.0+rocm6.0'),
      { rocm: '6.0', cudaSource: 'torch 2.3.0+rocm6.0 (ROCm build)' },
    ],
    [
      'PyPI torch with the nvidia wheels',
      pkgs('nvidia-cuda-runtime-cu12==12.1.105', 'nvidia-cudnn-cu12==8.9.2.26', 'torch==2.3.1'),
      {
        cuda: '12.1',
        cudaSource: 'nvidia-cuda-runtime-cu12 12.1.105',
        cudnn: '8.9.2.26',
        cudnnSource: 'nvidia-cudnn-cu12 8.9.2.26',
      },
    ],
    [
      'tensorflow[and-cuda]',
      pkgs(
        'nvidia-cublas-cu12==12.3.4.1',
        'nvidia-cuda-runtime-cu12==12.3.101',
        'nvidia-cudnn-cu12==8.9.7.29',
        'tensorflow==2.16.1',
      ),
      {
        cuda: '12.3',
        cudaSource: 'nvidia-cuda-runtime-cu12 12.3.101',
        cudnn: '8.9.7.29',
        cudnnSource: 'nvidia-cudnn-cu12 8.9.7.29',
      },
    ],
    [
      'jax with the cuda12 plugin only',
      pkgs('jax==0.4.30', 'jax-cuda12-plugin==0.4.30', 'jaxlib==0.4.30'),
      { cuda: '12', cudaSource: 'jax-cuda12-plugin 0.4.30' },
    ],
    [
      'older jaxlib local version',
      pkgs('jaxlib==0.4.7+cuda11.cudnn86'),
      {
        cuda: '11',
        cudaSource: 'jaxlib 0.4.7+cuda11.cudnn86',
        cudnn: '8.6',
        cudnnSource: 'jaxlib 0.4.7+cuda11.cudnn86',
      },
    ],
    ['cupy', pkgs('cupy-cuda11x==13.0.0'), { cuda: '11', cudaSource: 'cupy-cuda11x 13.0.0' }],
    [
      'an extension carrying the tag',
      pkgs('torch-scatter==2.1.2+pt23cu121'),
      { cuda: '12.1', cudaSource: 'torch-scatter 2.1.2+pt23cu121' },
    ],
    [
      'unnormalised names',
      pkgs('Torch==2.0.1+cu117'),
      { cuda: '11.7', cudaSource: 'torch 2.0.1+cu117' },
    ],
    ['nothing GPU-related', pkgs('numpy==1.26.4', 'torch==2.3.1'), {}],
  ])('%s', (_, packages, expected) => {
    expect(detectCudaBuild(packages)).toEqual(expected);
  });

  test("the framework's own build wins over a disagreeing runtime wheel, with a note", () => {
    const info = detectCudaBuild(pkgs('nvidia-cuda-runtime-cu12==12.4.127', 'torch==2.3.1+cu121'));
    expect(info.cuda).toBe('12.1');
    expect(info.cudaSource).toBe('torch 2.3.1+cu121');
    expect(info.notes).toEqual([
      expect.stringContaining('nvidia-cuda-runtime-cu12 12.4.127 is CUDA 12.4'),
    ]);
  });

  test('a CPU torch beside tensorflow[and-cuda]: the wheels answer, the CPU build is noted', () => {
    const info = detectCudaBuild(
      pkgs('nvidia-cuda-runtime-cu12==12.3.101', 'tensorflow==2.16.1', 'torch==2.3.1+cpu'),
    );
    expect(info.cuda).toBe('12.3');
    expect(info.cudaSource).toBe('nvidia-cuda-runtime-cu12 12.3.101');
    expect(info.notes).toEqual(['torch 2.3.1+cpu is a CPU build']);
  });

  test('frameworks built for different CUDA versions are noted', () => {
    const info = detectCudaBuild(pkgs('torch==2.3.1+cu121', 'torchvision==0.18.1+cu118'));
    expect(info.cuda).toBe('12.1');
    expect(info.notes?.[0]).toMatch(/torchvision 0\.18\.1\+cu118 carries CUDA 11\.8/);
  });
});

const SMI_ARGS = ['--query-gpu=name,driver_version', '--format=csv,noheader'];

describe('queryNvidiaSmi', () => {
  test('reads each GPU and the driver from a fake nvidia-smi on the given PATH', async () => {
    const bin = freshDir('smi');
    const argsFile = path.join(bin, 'args');
    script(
      bin,
      'nvidia-smi',
      `printf '%s\\n' "$@" > '${argsFile}'\nprintf 'NVIDIA A100-SXM4-80GB, 535.104.05\\nNVIDIA A100-SXM4-80GB, 535.104.05\\n'`,
    );
    const result = await queryNvidiaSmi({ pathEnv: [freshDir('empty'), bin].join(path.delimiter) });
    expect(result).toEqual({
      driverVersion: '535.104.05',
      gpus: ['NVIDIA A100-SXM4-80GB', 'NVIDIA A100-SXM4-80GB'],
    });
    expect(readFileSync(argsFile, 'utf8').trim().split('\n')).toEqual(SMI_ARGS);
  });

  test('absent → empty, no error', async () => {
    expect(await queryNvidiaSmi({ pathEnv: freshDir('none') })).toEqual({});
    expect(await queryNvidiaSmi({ pathEnv: '' })).toEqual({});
  });

  test('a driver that cannot be reached → empty with the reason', async () => {
    const bin = freshDir('smi-fails');
    script(
      bin,
      'nvidia-smi',
      `echo "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."\nexit 9`,
    );
    const result = await queryNvidiaSmi({ pathEnv: bin });
    expect(result.gpus).toBeUndefined();
    expect(result.driverVersion).toBeUndefined();
    expect(result.note).toMatch(/couldn't communicate with the NVIDIA driver/);
  });

  test('a hanging nvidia-smi → empty with a note after the timeout', async () => {
    const bin = freshDir('smi-hangs');
    script(bin, 'nvidia-smi', 'exec sleep 20');
    const started = Date.now();
    const result = await queryNvidiaSmi({ pathEnv: bin, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result).toEqual({ note: 'nvidia-smi timed out after 300 ms' });
  });
});

describe('collectEnvironment', () => {
  const python: PythonEnvironment = {
    present: true,
    version: '3.11.9',
    executable: '/venv/bin/python',
    packages: pkgs('nvidia-cudnn-cu12==8.9.2.26', 'torch==2.3.1+cu121'),
  };

  test('combines OS, runner variables, the frameworks’ build and nvidia-smi', async () => {
    const bin = freshDir('env-smi');
    script(bin, 'nvidia-smi', `echo 'NVIDIA H100 80GB HBM3, 550.54.15'`);
    const env = await collectEnvironment({
      python,
      pathEnv: bin,
      runnerEnv: {
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_NAME: 'GitHub Actions 12',
        RUNNER_ENVIRONMENT: 'github-hosted',
        ImageOS: 'ubuntu24',
        ImageVersion: '20241117.1.0',
        RUNNER_TEMP: '/home/runner/_work/_temp',
        GITHUB_TOKEN: 'must-not-appear',
      },
    });
    expect(env.python).toBe(python);
    expect(env.runner).toEqual({
      os: 'Linux',
      arch: 'X64',
      name: 'GitHub Actions 12',
      environment: 'github-hosted',
      imageOs: 'ubuntu24',
      imageVersion: '20241117.1.0',
    });
    expect(env.accelerator).toEqual({
      cuda: '12.1',
      cudaSource: 'torch 2.3.1+cu121',
      cudnn: '8.9.2.26',
      cudnnSource: 'nvidia-cudnn-cu12 8.9.2.26',
      driverVersion: '550.54.15',
      gpus: ['NVIDIA H100 80GB HBM3'],
    });
    expect(env.os.platform).toBe(process.platform);
    expect(env.os.arch).toBe(process.arch);
    const uname = spawnSync('uname', ['-r'], { encoding: 'utf8' });
    if (uname.status === 0) expect(env.os.release).toBe(uname.stdout.trim());
    expect(JSON.stringify(env)).not.toContain('must-not-appear');
  });

  test('self-hosted without Python or GPU: only what is known', async () => {
    const env = await collectEnvironment({
      python: { present: false, reason: 'no python3 or python on PATH', packages: [] },
      pathEnv: freshDir('bare'),
      runnerEnv: { RUNNER_OS: 'Linux', RUNNER_ENVIRONMENT: 'self-hosted', ImageOS: '' },
    });
    expect(env.accelerator).toEqual({});
    expect(env.runner).toEqual({ os: 'Linux', environment: 'self-hosted' });
  });

  test('an nvidia-smi failure lands in the accelerator notes', async () => {
    const bin = freshDir('env-smi-fails');
    script(bin, 'nvidia-smi', 'echo "No devices were found"\nexit 6');
    const env = await collectEnvironment({ python, pathEnv: bin, runnerEnv: {} });
    expect(env.accelerator.cuda).toBe('12.1');
    expect(env.accelerator.notes).toEqual(['nvidia-smi failed: No devices were found']);
  });
});

describe('notablePackages', () => {
  test('the ML-relevant subset, frameworks first', () => {
    const all = pkgs(
      'Jinja2==3.1.4',
      'numpy==1.26.4',
      'PyYAML==6.0.1',
      'requests==2.32.3',
      'safetensors==0.4.3',
      'torch==2.3.1+cu121',
      'Transformers==4.41.2',
      'scikit_learn==1.5.0',
    );
    expect(notablePackages(all).map((p) => p.name)).toEqual([
      'torch',
      'Transformers',
      'safetensors',
      'scikit_learn',
      'numpy',
    ]);
  });
});
