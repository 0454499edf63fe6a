export const id = 455;
export const ids = [455];
export const modules = {

/***/ 19595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mj: () => (/* binding */ collectEnvironment),
  nC: () => (/* binding */ notablePackages)
});

// UNUSED EXPORTS: NOTABLE_FRAMEWORKS, mergeAccelerator, runnerFromEnv

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/collect/python.js + 3 modules
var python = __webpack_require__(28120);
;// CONCATENATED MODULE: ./build/src/collect/accelerator.js
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



/** Frameworks whose local version is trusted first, in this order. */
const FRAMEWORK_ORDER = [
    'torch',
    'jaxlib',
    'jax',
    'tensorflow',
    'torchvision',
    'torchaudio',
    'paddlepaddle-gpu',
    'mxnet',
];
function parseLocalBuild(version) {
    const plus = version.indexOf('+');
    if (plus < 0)
        return undefined;
    const local = version.slice(plus + 1).toLowerCase();
    const jaxStyle = /cuda(\d+)(?:[._-]?cudnn(\d+))?/.exec(local);
    if (jaxStyle?.[1]) {
        const cudnn = jaxStyle[2] ? jaxStyle[2].split('').join('.') : undefined;
        return { kind: 'cuda', cuda: cudaFromCudaTag(jaxStyle[1]), ...(cudnn ? { cudnn } : {}) };
    }
    const torchStyle = /cu(\d{2,3})(?!\d)/.exec(local);
    if (torchStyle?.[1])
        return { kind: 'cuda', cuda: splitMinor(torchStyle[1]) };
    const rocm = /rocm(\d+(?:\.\d+)*)/.exec(local);
    if (rocm?.[1])
        return { kind: 'rocm', rocm: rocm[1] };
    if (local.includes('cpu'))
        return { kind: 'cpu' };
    return undefined;
}
/** PyTorch's tags put the minor in the last digit: 121 → 12.1, 118 → 11.8, 92 → 9.2. */
function splitMinor(digits) {
    return `${digits.slice(0, -1)}.${digits.slice(-1)}`;
}
/** jaxlib's `cuda12` names a major, its older `cuda111` a major and minor. */
function cudaFromCudaTag(digits) {
    return digits.length === 2 && digits.startsWith('1') ? digits : splitMinor(digits);
}
function majorMinor(version) {
    const m = /^(\d+)\.(\d+)/.exec(version);
    return m ? `${m[1]}.${m[2]}` : undefined;
}
/** A distribution whose name carries only the CUDA major (or a cupy-cuda117-style major+minor). */
function cudaFromName(name) {
    const jax = /^(?:jax-cuda|jaxlib-cuda)(\d+)(?:-plugin|-pjrt)?$/.exec(name);
    if (jax?.[1])
        return jax[1];
    const cupy = /^cupy-cuda(\d+)(x?)$/.exec(name);
    if (cupy?.[1])
        return cupy[2] === 'x' ? cupy[1] : cudaFromCudaTag(cupy[1]);
    const wheel = /^nvidia-.+-cu(\d+)$/.exec(name);
    return wheel?.[1];
}
function detectCudaBuild(packages) {
    const pkgs = packages.map((p) => ({ ...p, name: (0,layout/* normalizePackageName */.NX)(p.name) }));
    const label = (p) => `${p.name} ${p.version}`;
    const info = {};
    const notes = [];
    const rank = (name) => {
        const i = FRAMEWORK_ORDER.indexOf(name);
        return i < 0 ? FRAMEWORK_ORDER.length : i;
    };
    const builds = pkgs
        .map((p) => ({ p, build: parseLocalBuild(p.version) }))
        .filter((x) => x.build !== undefined)
        .sort((a, b) => rank(a.p.name) - rank(b.p.name));
    const cudaBuilds = builds.filter((x) => x.build.kind === 'cuda');
    const cudaBuild = cudaBuilds[0];
    const rocmBuild = builds.find((x) => x.build.kind === 'rocm');
    const cpuBuild = builds.find((x) => x.build.kind === 'cpu');
    const runtime = pkgs.find((p) => /^nvidia-cuda-runtime(-cu\d+)?$/.test(p.name) && majorMinor(p.version) !== undefined);
    const nameMarker = pkgs.find((p) => cudaFromName(p.name) !== undefined);
    if (cudaBuild && cudaBuild.build.kind === 'cuda') {
        info.cuda = cudaBuild.build.cuda;
        info.cudaSource = label(cudaBuild.p);
        for (const other of cudaBuilds.slice(1)) {
            if (other.build.kind === 'cuda' && other.build.cuda !== info.cuda) {
                notes.push(`${label(other.p)} carries CUDA ${other.build.cuda}, ${info.cudaSource} ${info.cuda}`);
            }
        }
        const runtimeCuda = runtime ? majorMinor(runtime.version) : undefined;
        if (runtime && runtimeCuda && info.cuda.includes('.') && runtimeCuda !== info.cuda) {
            notes.push(`${label(runtime)} is CUDA ${runtimeCuda}; recorded ${info.cudaSource}'s build`);
        }
    }
    else if (runtime) {
        info.cuda = majorMinor(runtime.version);
        info.cudaSource = label(runtime);
    }
    else if (nameMarker) {
        info.cuda = cudaFromName(nameMarker.name);
        info.cudaSource = label(nameMarker);
    }
    if (rocmBuild && rocmBuild.build.kind === 'rocm') {
        info.rocm = rocmBuild.build.rocm;
        if (!info.cuda)
            info.cudaSource = `${label(rocmBuild.p)} (ROCm build)`;
    }
    if (cpuBuild) {
        if (!info.cudaSource)
            info.cudaSource = `${label(cpuBuild.p)} (CPU build)`;
        else if (info.cuda)
            notes.push(`${label(cpuBuild.p)} is a CPU build`);
    }
    Object.assign(info, cudnnOf(pkgs, cudaBuilds));
    if (notes.length)
        info.notes = notes;
    return info;
}
/** cuDNN from its wheel, else from a framework's build tag that names it. */
function cudnnOf(pkgs, cudaBuilds) {
    const label = (p) => `${p.name} ${p.version}`;
    const cudnnWheel = pkgs.find((p) => /^nvidia-cudnn(-cu\d+)?$/.test(p.name));
    if (cudnnWheel)
        return { cudnn: cudnnWheel.version, cudnnSource: label(cudnnWheel) };
    const tagged = cudaBuilds.find((x) => x.build.kind === 'cuda' && x.build.cudnn);
    if (tagged && tagged.build.kind === 'cuda' && tagged.build.cudnn)
        return { cudnn: tagged.build.cudnn, cudnnSource: label(tagged.p) };
    return {};
}
const DEFAULT_NVIDIA_SMI_TIMEOUT_MS = 10_000;
/** Asks nvidia-smi, when it is on PATH, for each GPU's name and the driver version; never throws. */
async function queryNvidiaSmi(opts) {
    const exe = await (0,python/* findOnPath */.aY)('nvidia-smi', opts.pathEnv);
    if (!exe)
        return {};
    const timeoutMs = opts.timeoutMs ?? DEFAULT_NVIDIA_SMI_TIMEOUT_MS;
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(exe, ['--query-gpu=name,driver_version', '--format=csv,noheader'], { timeout: timeoutMs, killSignal: 'SIGKILL', encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
            if (error) {
                const timedOut = error.killed === true;
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
        });
    });
}
/** `name, driver_version` lines; a GPU name may hold commas, the driver version does not. */
function parseNvidiaSmiCsv(text) {
    const gpus = [];
    const drivers = [];
    for (const line of text.split(/\r?\n/)) {
        const comma = line.lastIndexOf(',');
        if (comma < 0)
            continue;
        const name = line.slice(0, comma).trim();
        const driver = line.slice(comma + 1).trim();
        if (name === '' || driver === '')
            continue;
        gpus.push(name);
        if (!drivers.includes(driver))
            drivers.push(driver);
    }
    if (gpus.length === 0)
        return {};
    return { driverVersion: drivers.join(', '), gpus };
}

;// CONCATENATED MODULE: ./build/src/collect/environment.js
// The machine the training ran on: OS, runner image, accelerator build and GPUs, and the Python
// environment collected before. The entry point passes the runner's variables; nothing here reads
// the process environment.



async function collectEnvironment(opts) {
    const smi = await queryNvidiaSmi({
        pathEnv: opts.pathEnv,
        ...(opts.nvidiaSmiTimeoutMs !== undefined ? { timeoutMs: opts.nvidiaSmiTimeoutMs } : {}),
    });
    return {
        python: opts.python,
        accelerator: mergeAccelerator(detectCudaBuild(opts.python.packages), smi),
        os: { platform: external_node_os_.platform(), release: external_node_os_.release(), arch: external_node_os_.arch() },
        runner: runnerFromEnv(opts.runnerEnv),
    };
}
/** The frameworks' build with what the driver reports beside it. */
function mergeAccelerator(build, smi) {
    const notes = [...(build.notes ?? []), ...(smi.note ? [smi.note] : [])];
    const merged = { ...build };
    if (smi.driverVersion)
        merged.driverVersion = smi.driverVersion;
    if (smi.gpus?.length)
        merged.gpus = smi.gpus;
    if (notes.length)
        merged.notes = notes;
    else
        delete merged.notes;
    return merged;
}
const RUNNER_KEYS = {
    os: 'RUNNER_OS',
    arch: 'RUNNER_ARCH',
    name: 'RUNNER_NAME',
    environment: 'RUNNER_ENVIRONMENT',
    imageOs: 'ImageOS',
    imageVersion: 'ImageVersion',
};
/** Only variables that are set and non-empty: a self-hosted runner has no ImageOS. */
function runnerFromEnv(runnerEnv) {
    const runner = {};
    for (const [field, variable] of Object.entries(RUNNER_KEYS)) {
        const value = runnerEnv[variable]?.trim();
        if (value)
            runner[field] = value;
    }
    return runner;
}
/**
 * The ML-relevant distributions, most telling first: what the job summary and the PR review
 * show of the full list. Names are normalised (PEP 503).
 */
const NOTABLE_FRAMEWORKS = [
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
function notablePackages(pkgs) {
    return pkgs
        .filter((p) => NOTABLE_RANK.has((0,layout/* normalizePackageName */.NX)(p.name)))
        .sort((a, b) => (NOTABLE_RANK.get((0,layout/* normalizePackageName */.NX)(a.name)) ?? 0) -
        (NOTABLE_RANK.get((0,layout/* normalizePackageName */.NX)(b.name)) ?? 0));
}


/***/ }),

/***/ 28120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $6: () => (/* binding */ collectPython),
  aY: () => (/* binding */ findOnPath),
  uu: () => (/* binding */ pythonChoice)
});

// UNUSED EXPORTS: DEFAULT_PYTHON_TIMEOUT_MS, PROBE_MARKER, PYTHON_PROBE_SCRIPT, pypiPurl

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/src/collect/python-probe.js
// The probe: the one thing the interpreter is asked, its version and sys.path, with a script
// that imports json and nothing else; run without a shell, and never thrown from.

/** Prefixes the probe's answer on stdout, since a `.pth` file may print before it. */
const PROBE_MARKER = 'training-provenance-probe:';
/**
 * What the interpreter runs. sys and site are loaded at start-up already (site must run: it
 * puts site-packages and the user site on sys.path), so json is the only module it imports.
 */
const PYTHON_PROBE_SCRIPT = [
    'import sys, json',
    'site_dirs = []',
    'try:',
    '    import site',
    '    site_dirs = list(site.getsitepackages())',
    '    if site.ENABLE_USER_SITE:',
    '        site_dirs.append(site.getusersitepackages())',
    'except Exception:',
    '    pass',
    'impl = getattr(getattr(sys, "implementation", None), "name", None)',
    `print(${JSON.stringify(PROBE_MARKER)} + json.dumps({`,
    '    "version_info": list(sys.version_info),',
    '    "implementation": impl,',
    '    "executable": sys.executable,',
    '    "prefix": sys.prefix,',
    '    "base_prefix": getattr(sys, "base_prefix", sys.prefix),',
    '    "path": sys.path,',
    '    "site_packages": site_dirs,',
    '}))',
].join('\n');
/** Runs the probe without a shell; any failure is described, never thrown. */
function probeInterpreter(interpreter, cwd, timeoutMs) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(interpreter, 
        // -B: leave no .pyc files behind in the environment being recorded.
        ['-B', '-c', PYTHON_PROBE_SCRIPT], {
            cwd,
            timeout: timeoutMs,
            killSignal: 'SIGKILL',
            maxBuffer: 8 * 1024 * 1024,
            windowsHide: true,
            encoding: 'utf8',
        }, (error, stdout, stderr) => {
            if (error) {
                resolve({ ok: false, why: describeRunFailure(error, stderr, timeoutMs) });
                return;
            }
            const answer = parseProbeOutput(stdout);
            resolve(answer
                ? { ok: true, answer }
                : { ok: false, why: 'its answer to the probe was not the expected JSON' });
        });
    });
}
function describeRunFailure(error, stderr, timeoutMs) {
    if (error.killed && error.signal === 'SIGKILL')
        return `timed out after ${timeoutMs} ms`;
    if (typeof error.code === 'string')
        return `${error.code}: ${error.message}`;
    const firstLine = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l !== '');
    const status = typeof error.code === 'number' ? `exited with code ${error.code}` : error.message;
    // A program that is not Python may echo the probe script back: that says only "not Python".
    if (firstLine?.includes(PYTHON_PROBE_SCRIPT.split('\n')[0]))
        return `${status}: it does not run Python code (is it a Python interpreter?)`;
    const shown = firstLine && firstLine.length > 160 ? `${firstLine.slice(0, 159)}…` : firstLine;
    return shown ? `${status}: ${shown}` : status;
}
/** The last marked line of the probe's stdout, checked for the shape we rely on. */
function parseProbeOutput(stdout) {
    const line = stdout
        .split(/\r?\n/)
        .reverse()
        .find((l) => l.startsWith(PROBE_MARKER));
    if (!line)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(line.slice(PROBE_MARKER.length));
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null)
        return undefined;
    const answer = parsed;
    const vi = answer.version_info;
    if (!Array.isArray(vi) || vi.length < 3 || !vi.slice(0, 3).every(Number.isInteger)) {
        return undefined;
    }
    if (!Array.isArray(answer.path) || !answer.path.every((p) => typeof p === 'string')) {
        return undefined;
    }
    return answer;
}
const RELEASE_LEVEL_SUFFIX = { alpha: 'a', beta: 'b', candidate: 'rc' };
/** sys.version_info as Python prints its version: 3.11.7, 3.13.0rc1. */
function formatPythonVersion(versionInfo) {
    const [major, minor, micro, level, serial] = versionInfo;
    const base = `${String(major)}.${String(minor)}.${String(micro)}`;
    const suffix = typeof level === 'string' ? RELEASE_LEVEL_SUFFIX[level] : undefined;
    return suffix ? `${base}${suffix}${String(serial ?? 0)}` : base;
}

;// CONCATENATED MODULE: ./build/src/collect/python-venv.js
// What a virtual environment's files say (pyvenv.cfg, lib/python3.X/site-packages) when its
// interpreter cannot be run.



/** pyvenv.cfg and lib/python3.X/site-packages around an interpreter, as `venv`/`virtualenv`/`uv` lay them out. */
async function readVenvLayout(interpreter) {
    const binDir = external_node_path_.dirname(interpreter);
    // bin/python (POSIX venvs) or Scripts/python.exe (Windows) live one level under the prefix.
    const prefix = external_node_path_.dirname(binDir);
    const cfgText = await (0,promises_.readFile)(external_node_path_.join(prefix, 'pyvenv.cfg'), 'utf8').catch(() => undefined);
    const cfg = cfgText === undefined ? new Map() : parsePyvenvCfg(cfgText);
    const cfgVersion = normalizeCfgVersion(cfg.get('version') ?? cfg.get('version_info'));
    const siteDirs = await layoutSiteDirs(prefix, cfgVersion);
    if ((cfg.get('include-system-site-packages') ?? '').toLowerCase() === 'true') {
        const home = cfg.get('home');
        if (home) {
            const base = external_node_path_.basename(home) === 'bin' ? external_node_path_.dirname(home) : home;
            siteDirs.push(...(await layoutSiteDirs(base, cfgVersion)));
        }
    }
    if (cfgText === undefined && siteDirs.length === 0)
        return undefined;
    if (cfgVersion) {
        return { prefix, version: cfgVersion, versionFrom: 'pyvenv.cfg', siteDirs };
    }
    const fromDirName = siteDirs
        .map((d) => /python(\d+\.\d+)t?$/.exec(external_node_path_.basename(external_node_path_.dirname(d)))?.[1])
        .find((v) => v !== undefined);
    return fromDirName
        ? { prefix, version: fromDirName, versionFrom: 'the lib/pythonX.Y directory name', siteDirs }
        : { prefix, versionFrom: 'nowhere (unknown)', siteDirs };
}
function parsePyvenvCfg(text) {
    const cfg = new Map();
    for (const line of text.split(/\r?\n/)) {
        const eq = line.indexOf('=');
        if (eq <= 0 || line.trimStart().startsWith('#'))
            continue;
        cfg.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
    }
    return cfg;
}
/** `3.11.7` (venv, uv) or `3.11.7.final.0` (virtualenv's version_info) → Python's spelling. */
function normalizeCfgVersion(value) {
    if (!value)
        return undefined;
    const parts = value.split('.');
    if (parts.length >= 5 && /^(alpha|beta|candidate|final)$/.test(parts[3] ?? '')) {
        return formatPythonVersion([...parts.slice(0, 3), parts[3], parts[4]]);
    }
    return value;
}
async function layoutSiteDirs(prefix, version) {
    const majorMinor = version ? /^(\d+\.\d+)/.exec(version)?.[1] : undefined;
    const found = [];
    for (const lib of ['lib', 'lib64']) {
        const names = await (0,promises_.readdir)(external_node_path_.join(prefix, lib)).catch(() => []);
        const pythons = names.filter((n) => /^python\d+\.\d+t?$/.test(n)).sort();
        const matching = majorMinor
            ? pythons.filter((n) => n === `python${majorMinor}` || n === `python${majorMinor}t`)
            : [];
        for (const name of matching.length ? matching : pythons) {
            found.push(external_node_path_.join(prefix, lib, name, 'site-packages'));
        }
    }
    found.push(external_node_path_.join(prefix, 'Lib', 'site-packages'));
    return existingDirectories(found);
}
/** Existing directories in order, each once even when reached through a symlink (lib64 → lib). */
async function existingDirectories(candidates) {
    const out = [];
    const seen = new Set();
    for (const dir of candidates) {
        const info = await (0,promises_.stat)(dir).catch(() => undefined);
        if (!info?.isDirectory())
            continue;
        const real = await (0,promises_.realpath)(dir).catch(() => dir);
        if (seen.has(real))
            continue;
        seen.add(real);
        out.push(dir);
    }
    return out;
}
/** One metadata file to read: a dist-info's METADATA, an egg-info's PKG-INFO, or an egg-info file. */

// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
;// CONCATENATED MODULE: ./build/src/collect/distributions.js



const METADATA_READ_CONCURRENCY = 32;
const METADATA_CHUNK_BYTES = 8 * 1024;
/** A header longer than this is not a metadata header. */
const METADATA_HEADER_LIMIT = 1024 * 1024;
/** PEP 508 distribution name. */
const VALID_NAME = /^([a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$/i;
/** Every distribution in `dirs`, the first of each normalised name winning, as Python's import would. */
async function readDistributions(dirs) {
    const notes = [];
    const locations = [];
    for (const dir of dirs) {
        const listed = await listMetadataLocations(dir);
        locations.push(...listed.locations);
        notes.push(...listed.notes);
    }
    const headers = await mapLimit(locations, METADATA_READ_CONCURRENCY, async (loc) => {
        try {
            return { loc, text: await readMetadataHeader(loc.file) };
        }
        catch (e) {
            return { loc, error: e.code ?? String(e) };
        }
    });
    const byName = new Map();
    const dirsWithDistributions = new Set();
    for (const h of headers) {
        const where = external_node_path_.join(h.loc.dir, h.loc.entry);
        if (h.text === undefined) {
            notes.push(`skipped ${where}: cannot read ${external_node_path_.basename(h.loc.file)} (${h.error})`);
            continue;
        }
        const fields = parseMetadataHeader(h.text);
        const name = fields.get('name');
        const version = fields.get('version');
        if (!name || !VALID_NAME.test(name) || !version || /\s/.test(version)) {
            notes.push(`skipped ${where}: ${external_node_path_.basename(h.loc.file)} has no valid Name/Version header`);
            continue;
        }
        dirsWithDistributions.add(h.loc.dir);
        const normalized = (0,layout/* normalizePackageName */.NX)(name);
        const earlier = byName.get(normalized);
        if (earlier) {
            notes.push(`${normalized} ${version} in ${where} is shadowed by ${earlier.version} in ${earlier.where}`);
            continue;
        }
        byName.set(normalized, {
            name: normalized,
            version,
            purl: pypiPurl(normalized, version),
            where,
        });
    }
    const packages = [...byName.values()]
        .map(({ name, version, purl }) => ({ name, version, purl }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { packages, notes, dirsWithDistributions };
}
async function listMetadataLocations(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (e) {
        return {
            locations: [],
            notes: [`cannot list ${dir} (${e.code ?? String(e)})`],
        };
    }
    const locations = [];
    const notes = [];
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const name = entry.name;
        const isInfo = name.endsWith('.dist-info') || name.endsWith('.egg-info');
        if (!isInfo && !name.endsWith('.egg'))
            continue;
        if (name.startsWith('~')) {
            // pip renames a distribution to ~name while replacing it; an interrupted pip leaves it behind.
            notes.push(`skipped ${external_node_path_.join(dir, name)}: left over from an interrupted pip`);
            continue;
        }
        const full = external_node_path_.join(dir, name);
        const isDir = entry.isSymbolicLink()
            ? ((await (0,promises_.stat)(full).catch(() => undefined))?.isDirectory() ?? false)
            : entry.isDirectory();
        if (name.endsWith('.dist-info')) {
            locations.push({ dir, entry: name, file: external_node_path_.join(full, 'METADATA') });
        }
        else if (name.endsWith('.egg-info')) {
            locations.push({ dir, entry: name, file: isDir ? external_node_path_.join(full, 'PKG-INFO') : full });
        }
        else if (isDir) {
            locations.push({ dir, entry: name, file: external_node_path_.join(full, 'EGG-INFO', 'PKG-INFO') });
        }
        else {
            notes.push(`skipped ${full}: zipped eggs are not read`);
        }
    }
    return { locations, notes };
}
/** The bytes up to the first blank line: Name and Version are headers, the body can be megabytes. */
async function readMetadataHeader(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.alloc(METADATA_CHUNK_BYTES);
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
            const soFar = Buffer.concat(chunks);
            const end = headerEnd(soFar);
            if (end >= 0)
                return soFar.subarray(0, end).toString('utf8');
            if (total >= METADATA_HEADER_LIMIT)
                return soFar.toString('utf8');
        }
        return Buffer.concat(chunks).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
function headerEnd(buf) {
    const lf = buf.indexOf('\n\n');
    const crlf = buf.indexOf('\r\n\r\n');
    if (lf < 0)
        return crlf;
    if (crlf < 0)
        return lf;
    return Math.min(lf, crlf);
}
/** RFC 822-style headers up to the first blank line: lower-cased name → first value. */
function parseMetadataHeader(text) {
    const fields = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (line.startsWith(' ') || line.startsWith('\t'))
            continue; // continuation of a long value
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        if (!fields.has(key))
            fields.set(key, line.slice(colon + 1).trim());
    }
    return fields;
}
/** `pkg:pypi/<normalised name>@<percent-encoded version>`, e.g. pkg:pypi/torch@2.3.1%2Bcu121. */
function pypiPurl(name, version) {
    return `pkg:pypi/${purlEncode((0,layout/* normalizePackageName */.NX)(name))}@${purlEncode(version)}`;
}
/** The purl spec leaves unreserved characters and ':' as they are and percent-encodes the rest. */
function purlEncode(value) {
    let out = '';
    for (const byte of Buffer.from(value, 'utf8')) {
        const ch = String.fromCharCode(byte);
        out += /[A-Za-z0-9._~:-]/.test(ch)
            ? ch
            : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./build/src/collect/python.js
// Records the Python interpreter that trained and every distribution it can import, without
// importing any of them: the interpreter is asked only for its version and sys.path (the probe
// imports json and nothing else: python-probe.ts), and the distributions' metadata headers are read
// from disk (distributions.ts); a venv that cannot be run is read from its layout (python-venv.ts).









/** What the user typed for `python`, as a choice: relative paths against `base`. */
function pythonChoice(value, base) {
    const typed = value.trim();
    const keyword = typed.toLowerCase();
    if (keyword === 'none')
        return { kind: 'none' };
    if (keyword === 'auto' || keyword === '')
        return { kind: 'auto' };
    const onPath = !typed.includes('/') && !typed.includes('\\');
    return { kind: 'interpreter', path: external_node_path_.resolve(base, typed), typed, onPath };
}
const DEFAULT_PYTHON_TIMEOUT_MS = 20_000;
async function collectPython(choice, opts) {
    if (choice.kind === 'none') {
        return { present: false, reason: 'python: none', packages: [] };
    }
    const timeoutMs = opts.timeoutMs ?? DEFAULT_PYTHON_TIMEOUT_MS;
    if (choice.kind === 'auto')
        return collectAuto(opts, timeoutMs);
    const value = choice.typed;
    const interpreter = await resolveExplicitInterpreter(choice, opts);
    const asked = await probeInterpreter(interpreter, opts.workspace, timeoutMs);
    if (asked.ok)
        return fromProbe(interpreter, asked.answer, opts.workspace);
    const layout = await readVenvLayout(interpreter);
    if (layout)
        return fromLayout(interpreter, layout, [`${interpreter}: ${asked.why}`]);
    throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `python interpreter '${value}' could not be run (${asked.why}) and has no virtual environment layout (pyvenv.cfg, lib/python3.*/site-packages) next to it`, {
        input: 'python',
        value,
        fix: 'give the interpreter that trained (e.g. .venv/bin/python) or its virtual environment directory, or use `python: auto` or `python: none`',
    });
}
async function collectAuto(opts, timeoutMs) {
    const candidates = [];
    const seen = new Set();
    for (const name of ['python3', 'python']) {
        const found = await findOnPath(name, opts.pathEnv);
        if (!found)
            continue;
        const real = await (0,promises_.realpath)(found).catch(() => found);
        // Two names for one binary (a venv's python3 → python) need asking once; shims are scripts, kept apart.
        if (seen.has(real))
            continue;
        seen.add(real);
        candidates.push(found);
    }
    if (candidates.length === 0) {
        return {
            present: false,
            reason: 'no python3 or python on PATH (python: auto)',
            packages: [],
        };
    }
    const failures = [];
    for (const candidate of candidates) {
        const asked = await probeInterpreter(candidate, opts.workspace, timeoutMs);
        if (asked.ok)
            return fromProbe(candidate, asked.answer, opts.workspace, failures);
        failures.push(`${candidate}: ${asked.why}`);
    }
    for (const candidate of candidates) {
        const layout = await readVenvLayout(candidate);
        if (layout)
            return fromLayout(candidate, layout, failures);
    }
    return {
        present: false,
        reason: `found ${candidates.join(', ')} on PATH but none could be run (${failures.join('; ')}) and none has a virtual environment layout (python: auto)`,
        packages: [],
    };
}
/** The first executable file called `name` on a PATH string, as a shell would find it. */
async function findOnPath(name, pathEnv) {
    const names = process.platform === 'win32' ? [`${name}.exe`, name] : [name];
    for (const dir of pathEnv.split(external_node_path_.delimiter)) {
        if (dir === '')
            continue;
        for (const file of names) {
            const candidate = external_node_path_.resolve(dir, file);
            if (await isExecutableFile(candidate))
                return candidate;
        }
    }
    return undefined;
}
async function isExecutableFile(file) {
    try {
        if (!(await (0,promises_.stat)(file)).isFile())
            return false;
        await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function resolveExplicitInterpreter(choice, opts) {
    const { path: absolute, typed: value } = choice;
    const kind = await entryKind(absolute);
    if (kind === 'directory') {
        for (const rel of ['bin/python3', 'bin/python', 'Scripts/python.exe']) {
            const candidate = external_node_path_.join(absolute, rel);
            if ((await entryKind(candidate)) === 'file')
                return candidate;
        }
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `directory '${value}' is not a virtual environment: it has no bin/python3, bin/python or Scripts/python.exe`, {
            input: 'python',
            value,
            fix: 'give the interpreter (e.g. .venv/bin/python) or the venv directory, or use `python: auto` or `python: none`',
        });
    }
    if (kind === 'file')
        return absolute;
    // A bare command name such as `python3.11` is looked up on PATH, as a shell would.
    const bare = choice.onPath;
    if (bare) {
        const found = await findOnPath(value, opts.pathEnv);
        if (found)
            return found;
    }
    throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `python interpreter '${value}' not found (looked for ${absolute}${bare ? ' and on PATH' : ''})`, {
        input: 'python',
        value,
        fix: 'give the path of the interpreter that trained (e.g. .venv/bin/python) or its venv directory, or use `python: auto` to find python3 on PATH, or `python: none` to skip',
    });
}
/**
 * A dangling symlink counts as a file: a venv whose base interpreter is gone (a restored cache,
 * an upgraded runner) still has a layout to read.
 */
async function entryKind(file) {
    const info = await (0,promises_.stat)(file).catch(() => undefined);
    if (info)
        return info.isDirectory() ? 'directory' : 'file';
    return (await (0,promises_.lstat)(file).catch(() => undefined))?.isSymbolicLink() ? 'file' : 'missing';
}
async function fromProbe(interpreter, answer, workspace, earlierFailures = []) {
    // '' is the probe's own working directory (-c puts it first), not where the training imported from.
    const entries = answer.path.filter((p) => p !== '').map((p) => external_node_path_.resolve(workspace, p));
    const dirs = await existingDirectories(entries);
    const found = await readDistributions(dirs);
    const siteDirs = new Set((answer.site_packages ?? []).filter((p) => typeof p === 'string').map((p) => external_node_path_.resolve(p)));
    const skipped = earlierFailures.length ? `; skipped ${earlierFailures.join('; ')}` : '';
    return {
        present: true,
        executable: answer.executable || interpreter,
        version: formatPythonVersion(answer.version_info),
        sitePackages: dirs.filter((d) => found.dirsWithDistributions.has(d) || siteDirs.has(d)),
        packages: found.packages,
        reason: `asked ${interpreter} for its version and sys.path; read distribution metadata from ${dirs.length} sys.path directories${skipped}`,
        ...(found.notes.length ? { notes: found.notes } : {}),
    };
}
async function fromLayout(interpreter, layout, failures) {
    const found = await readDistributions(layout.siteDirs);
    return {
        present: true,
        executable: interpreter,
        ...(layout.version ? { version: layout.version } : {}),
        sitePackages: layout.siteDirs,
        packages: found.packages,
        reason: `could not run the interpreter (${failures.join('; ')}); read the layout instead: version from ${layout.versionFrom}, distributions from ${layout.siteDirs.join(', ') || 'no site-packages directory'}`,
        ...(found.notes.length ? { notes: found.notes } : {}),
    };
}


/***/ }),

/***/ 75689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ ARTIFACT_PREFIX),
/* harmony export */   Vb: () => (/* binding */ defaultArtifactName),
/* harmony export */   ff: () => (/* binding */ uploadProvenanceArtifact)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
// Uploads the run's statements and bundles as a workflow artifact. Outside a runner (a local
// run, a test without the service) there is no artifact service: that is a notice, because the
// files are already in output-dir. With a service, a failed upload fails the step: the user
// asked for the artifact (artifact not false), and review will look for it.


/** What every default artifact name starts with; review looks for it. */
const ARTIFACT_PREFIX = 'training-provenance';
/**
 * The default name: the job id and the model's digest, which differ between the jobs of a
 * matrix that train different models. GitHub's artifact service takes a name once per run.
 */
function defaultArtifactName(job, modelDigest) {
    const hex = modelDigest.replace(/^sha256:/, '').slice(0, 12);
    return [ARTIFACT_PREFIX, job?.replace(/[^A-Za-z0-9_.-]/g, '-'), hex].filter(Boolean).join('-');
}
const TAKEN = /an artifact with this name already exists on the workflow run/;
async function uploadProvenanceArtifact(files, opts) {
    if (!opts.runtimeAvailable) {
        return {
            uploaded: false,
            reason: 'no artifact service here (ACTIONS_RUNTIME_TOKEN is not set): the files stay in output-dir',
        };
    }
    // Loaded only when there is a service to talk to: it is the largest dependency we have.
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(656), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 56656));
    const client = new DefaultArtifactClient();
    // A default name taken by another job of the run (the same model trained twice) gets -2, -3.
    const names = opts.explicit
        ? [opts.name]
        : [opts.name, ...[2, 3, 4, 5].map((n) => `${opts.name}-${n}`)];
    for (const name of names) {
        try {
            const res = await client.uploadArtifact(name, files, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(files[0] ?? '.'), {});
            return { uploaded: true, id: res.id, size: res.size, name };
        }
        catch (e) {
            const message = e.message;
            if (!opts.explicit && TAKEN.test(message) && name !== names.at(-1)) {
                opts.log?.(`artifact name ${name} is taken in this run: trying the next`);
                continue;
            }
            throw uploadError(name, message, opts.explicit && TAKEN.test(message), e);
        }
    }
    throw new Error('unreachable');
}
function uploadError(name, message, taken, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('STORAGE_FAILED', `the artifact '${name}' could not be uploaded: ${message}`, taken
        ? {
            input: 'artifact',
            value: name,
            fix: 'give each job of the run its own artifact name (include ${{ strategy.job-index }} in a matrix), or leave it empty for a name per job and model; the files are kept in output-dir',
            cause,
        }
        : {
            input: 'artifact',
            value: name,
            fix: 're-run the job, or set artifact: false; the signed files are kept in output-dir',
            cause,
        });
}


/***/ }),

/***/ 28009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
// Kept in step with package.json by a test (the bundle cannot read package.json at run time).
const TOOL_VERSION = '0.1.0';


/***/ })

};
