export const id = 708;
export const ids = [708,193];
export const modules = {

/***/ 9193:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildMlBom: () => (/* reexport */ buildMlBom),
  recordedMetrics: () => (/* reexport */ recordedMetrics)
});

// UNUSED EXPORTS: modelCard

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(50320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(51248);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(94321);
// EXTERNAL MODULE: ./build/src/licenses/spdx.js
var spdx = __webpack_require__(46783);
;// CONCATENATED MODULE: ./build/src/bom/refs.js
/** A subject's component name: its name, else its URI. */
const subjectName = (s) => s.name ?? s.uri ?? 'model';
const modelRef = (name) => `model:${name}`;
const modelCardRef = (name) => `model-card:${name}`;
const datasetRef = (name) => `dataset:${name}`;

;// CONCATENATED MODULE: ./build/src/bom/formulation.js

function runFacts(view) {
    const id = view.identity;
    return [
        ['repository', id.repository ?? view.workflow?.repository],
        ['ref', id.ref ?? view.workflow?.ref],
        ['commit', id.sha ?? view.source?.gitCommit],
        ['workflow', id.workflowPath ?? view.workflow?.path],
        ['builder', view.builderId],
        ['runner-environment', view.github?.runner_environment ?? view.runner?.environment],
        ['runner-os', view.runner?.os],
        ['runner-arch', view.runner?.arch],
        ['python', view.pythonVersion],
        ['cuda', view.accelerator.cuda],
        ['cuda-source', view.accelerator.cudaSource],
        ['cudnn', view.accelerator.cudnn],
        ['rocm', view.accelerator.rocm],
        ['gpus', view.accelerator.gpus?.join(', ')],
    ];
}
function formulation(view) {
    const properties = runFacts(view)
        .filter((f) => f[1] !== undefined && f[1] !== '')
        .map(([k, v]) => ({ name: `training-provenance:${k}`, value: v }));
    const workflow = {
        'bom-ref': 'workflow:training-run',
        uid: view.invocationId ?? view.builderId ?? 'training-run',
        name: view.identity.workflowPath ?? view.workflow?.path ?? 'training run',
        taskTypes: ['build'],
        inputs: view.datasets.map((d) => ({ resource: { ref: datasetRef(d.name) } })),
        outputs: view.subjects.map((s) => ({ resource: { ref: modelRef(subjectName(s)) } })),
        ...(view.startedOn ? { timeStart: view.startedOn } : {}),
        ...(view.finishedOn ? { timeEnd: view.finishedOn } : {}),
        ...(properties.length ? { properties } : {}),
    };
    return { 'bom-ref': 'formula:training-run', workflows: [workflow] };
}

;// CONCATENATED MODULE: ./build/src/bom/model-card.js

/** Nested hyperparameters as dotted names (`optimizer.weight_decay`), values as text. */
function flatten(value, prefix, out) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else {
        out.push([prefix, typeof value === 'string' ? value : JSON.stringify(value)]);
    }
}
function property(name, value) {
    return { name: `training-provenance:${name}`, value };
}
function modelCard(view, model, metrics) {
    const hyper = [];
    flatten(view.parameters ?? {}, '', hyper);
    const measured = metrics.flatMap((m) => Object.entries(m.values).map(([k, v]) => ({ file: m.file, key: k, value: String(v) })));
    const properties = [
        ...hyper.map(([k, v]) => property(`hyperparameter:${k}`, v)),
        ...measured.map((m) => property(`metric:${m.key}`, m.value)),
    ];
    return {
        'bom-ref': modelCardRef(String(model.name)),
        modelParameters: {
            datasets: view.datasets.map((d) => ({ ref: datasetRef(d.name) })),
        },
        ...(measured.length
            ? {
                quantitativeAnalysis: {
                    performanceMetrics: measured.map((m) => ({ type: m.key, value: m.value })),
                },
            }
            : {}),
        ...(properties.length ? { properties } : {}),
    };
}

;// CONCATENATED MODULE: ./build/src/bom/cyclonedx.js
// The training record as a CycloneDX 1.6 ML-BOM. @cyclonedx/cyclonedx-library models and
// normalises what it knows (components, hashes, licences, purls, references, dependencies);
// the parts of CycloneDX 1.5+ it does not model yet (a model's `modelCard`, a data
// component's `data`, `formulation`) are added to its output, and the whole is checked
// against the specification's JSON Schema in the tests.

// The subpaths, not the package root: the root also loads the validators, whose schema
// folder is found through __dirname, which a bundled ES module does not have.








/** What CycloneDX calls each digest algorithm the statement may carry. */
const ALGORITHMS = {
    sha256: 'SHA-256',
    sha384: 'SHA-384',
    sha512: 'SHA-512',
    sha1: 'SHA-1',
    md5: 'MD5',
};
function withHashes(c, digest) {
    for (const [alg, hex] of Object.entries(digest ?? {})) {
        const name = ALGORITHMS[alg.toLowerCase()];
        if (name)
            c.hashes.set(name, hex);
        else
            c.properties.add(new models.Property(`training-provenance:digest:${alg}`, hex));
    }
    return c;
}
function modelComponent(s) {
    const name = subjectName(s);
    const c = new models.Component(enums.ComponentType.MachineLearningModel, name, {
        bomRef: modelRef(name),
    });
    return withHashes(c, s.digest);
}
function datasetComponent(d) {
    const c = new models.Component(enums.ComponentType.Data, d.name, { bomRef: datasetRef(d.name) });
    withHashes(c, d.unpinned ? undefined : d.digest);
    if (d.license) {
        const l = (0,spdx/* normaliseLicence */.YT)(d.license);
        c.licenses.add(l.spdx ? new models.LicenseExpression(l.expression) : new models.NamedLicense(l.expression));
    }
    if (d.uri)
        c.externalReferences.add(new models.ExternalReference(d.uri, enums.ExternalReferenceType.Distribution));
    const facts = [
        ['kind', d.kind],
        ['unpinned', d.unpinned],
        ['files', d.fileCount],
        ['bytes', d.totalBytes],
        ['split', d.split],
        ['commitment-root', d.commitment?.root],
    ];
    for (const [k, v] of facts)
        if (v !== undefined)
            c.properties.add(new models.Property(`training-provenance:${k}`, String(v)));
    return c;
}
function libraryComponent(p) {
    return new models.Component(enums.ComponentType.Library, p.name, {
        version: p.version,
        purl: p.purl,
        bomRef: p.purl,
    });
}
/** A serial number from the statement's own bytes: the same record gives the same BOM. */
function serialNumber(view) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(view)).digest('hex');
    const v = `8${h.slice(13, 16)}`;
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16) + h.slice(17, 20);
    return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${v}-${variant}-${h.slice(20, 32)}`;
}
function libraryBom(view, toolVersion) {
    const bom = new models.Bom({ serialNumber: serialNumber(view) });
    if (view.finishedOn)
        bom.metadata.timestamp = new Date(view.finishedOn);
    bom.metadata.tools.components.add(new models.Component(enums.ComponentType.Application, 'training-provenance', {
        version: toolVersion,
    }));
    const datasets = view.datasets.map(datasetComponent);
    const libraries = view.packages.map(libraryComponent);
    for (const s of view.subjects) {
        const model = modelComponent(s);
        for (const dep of [...datasets, ...libraries])
            model.dependencies.add(dep.bomRef);
        bom.components.add(model);
    }
    for (const c of [...datasets, ...libraries])
        bom.components.add(c);
    return bom;
}
/** The CycloneDX 1.6 JSON document for a training record. */
function buildMlBom(view, opts) {
    const bom = libraryBom(view, opts.toolVersion);
    const json = new index_node.JSON.Normalize.Factory(spec.Spec1dot6)
        .makeForBom()
        .normalize(bom, { sortLists: true });
    for (const c of json.components ?? []) {
        if (c.type === 'machine-learning-model')
            c.modelCard = modelCard(view, c, opts.metrics ?? []);
        if (c.type === 'data')
            c.data = [dataOf(view, c)];
    }
    json.formulation = [formulation(view)];
    return json;
}
function dataOf(view, c) {
    const d = view.datasets.find((x) => datasetRef(x.name) === c['bom-ref']);
    return {
        type: 'dataset',
        name: d.name,
        ...(d.uri ? { contents: { url: d.uri } } : {}),
        ...(d.split ? { description: `split: ${d.split}` } : {}),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/src/bom/metrics.js
// Metrics for the model card, from the byproducts the record lists: a JSON file of scalar
// values (`{"accuracy": 0.91}`) is read when it is in the workspace and its sha256 is the one
// the record signed, so a BOM never reports numbers the run did not produce.



const MAX_METRICS_BYTES = 1024 * 1024;
function scalars(json) {
    if (json === null || typeof json !== 'object' || Array.isArray(json))
        return undefined;
    const entries = Object.entries(json).filter((e) => ['string', 'number', 'boolean'].includes(typeof e[1]));
    return entries.length ? Object.fromEntries(entries) : undefined;
}
async function readIfSigned(b, workspace) {
    const name = b.name ?? '';
    if (!name.endsWith('.json') || (0,external_node_path_.isAbsolute)(name) || name.split('/').includes('..'))
        return;
    const bytes = await (0,promises_.readFile)((0,external_node_path_.resolve)(workspace, name)).catch(() => undefined);
    if (!bytes || bytes.length > MAX_METRICS_BYTES)
        return;
    const sha = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    return sha === b.digest?.sha256 ? bytes : undefined;
}
/** The metrics of every JSON byproduct present and unchanged since the record was made. */
async function recordedMetrics(byproducts, workspace) {
    const out = [];
    for (const b of byproducts) {
        const bytes = await readIfSigned(b, workspace);
        if (!bytes)
            continue;
        try {
            const values = scalars(JSON.parse(bytes.toString('utf8')));
            if (values)
                out.push({ file: b.name, values });
        }
        catch {
            // Not JSON after all: a byproduct, not metrics.
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/bom/index.js





/***/ }),

/***/ 42711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ pathList),
/* harmony export */   Zv: () => (/* binding */ here),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   tM: () => (/* binding */ herePaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27406);
// Command-line parsing: flags are named like the action's inputs, and a bad flag is an
// INPUT_INVALID error (exit 2) that names it.



/**
 * Parses `argv`; more positional arguments than `positionals` is a usage error. A shell that
 * expands `--model shards/*.safetensors` passes the second and later files as positionals:
 * ignoring them would attest (and verify) one file of three.
 */
function parse(command, argv, options, positionals = 0) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            options,
            allowPositionals: true,
            strict: true,
            allowNegative: true,
        });
    }
    catch (e) {
        const msg = e.message.replace(/\. To specify.*$/s, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_INVALID', msg, {
            input: command,
            fix: `run 'training-provenance ${command} --help' for the flags`,
        });
    }
    const extra = parsed.positionals.slice(positionals);
    if (extra.length > 0) {
        const shown = extra
            .slice(0, 3)
            .map((p) => `'${p}'`)
            .join(', ') + (extra.length > 3 ? ', …' : '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_INVALID', `unexpected argument${extra.length > 1 ? 's' : ''} ${shown}: every value needs its flag`, {
            input: command,
            value: extra.join(' '),
            fix: "a glob the shell expanded gives one argument per file: quote it ('shards/*.safetensors') or repeat the flag (--model a --model b)",
        });
    }
    return parsed;
}
function str(v) {
    if (Array.isArray(v))
        return v.join('\n');
    return typeof v === 'string' ? v : '';
}
/**
 * A repeatable path flag as one list input: each value is one path, so a comma inside it is
 * escaped (`\,`) rather than splitting it, as an input's comma-separated list would.
 */
function pathList(v) {
    const values = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    return values.map((p) => p.replace(/,/g, '\\,')).join('\n');
}
/**
 * A path flag's value, absolute: read where the user names it (absolute, or relative to the
 * current directory), resolved once here. `--workspace` decides subject names only. `join`
 * keeps a glob's trailing `/` (directories only) and its escapes.
 */
function here(p) {
    return p === '' || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(process.cwd(), p);
}
/** A repeatable path flag, each value made absolute (`here`), as one list input. */
function herePaths(v) {
    const values = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    return pathList(values.map((p) => here(p)));
}


/***/ }),

/***/ 73360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ cliAttest)
});

// UNUSED EXPORTS: ATTEST_HELP

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/engine/attest.js + 12 modules
var attest = __webpack_require__(12182);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/statement/build.js
var build = __webpack_require__(42843);
// EXTERNAL MODULE: ./build/src/statement/read.js + 1 modules
var read = __webpack_require__(69453);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/store/output-dir.js
var output_dir = __webpack_require__(62280);
// EXTERNAL MODULE: ./build/src/engine/sign-and-store.js
var sign_and_store = __webpack_require__(907);
;// CONCATENATED MODULE: ./build/src/engine/resume.js
// `attest --resume`: sign and store the statements an earlier run left unsigned in
// output-dir (signing failed, or `sign: false`), without collecting or hashing again: a
// 20 GB model need not be read twice because Fulcio was down. The statements must be a
// pair of one run, valid, and made for the repository and commit the token signs for.









function refuse(message, fix) {
    return new errors/* ProvenanceError */.CG('INPUT_INVALID', message, { input: 'resume', value: 'true', fix });
}
async function resumeAttest(inputs, ctx) {
    if (!inputs.sign)
        throw refuse('--resume signs kept statements, and sign is false', 'drop --no-sign');
    if (inputs.modelSignature)
        throw refuse('--resume cannot write model signatures (they need the model hashed)', 'drop --model-signature, or run attest again');
    return (0,output_dir/* undoOutputDirIfRefused */.Gn)(inputs.outputDir, async () => {
        const plan = await (0,attest/* preflight */.Mz)(inputs, ctx);
        // Held while the kept statements are read, signed and replaced, as attest holds it.
        return (0,output_dir/* withOutputLock */.Nf)(inputs.outputDir, () => resumeHolding(inputs, ctx, plan));
    });
}
async function resumeHolding(inputs, ctx, plan) {
    if (!plan.identity)
        throw refuse('--resume signs what a GitHub workflow run kept, and this is a run outside GitHub Actions', 'run attest again');
    const payloads = await keptStatements(inputs.outputDir);
    const training = JSON.parse(payloads[1]);
    checkPair(payloads, plan);
    const run = await withKeptBom(payloads, inputs.outputDir);
    const stored = await (0,sign_and_store/* signAndStore */.k)(run, { ...inputs, modelSignature: false }, ctx, plan, []);
    const sha = (0,build/* modelSha256 */.jr)(training.subject);
    return {
        statement: training,
        provenance: stored.provenance,
        training: stored.training,
        mlBom: stored.mlBom,
        modelSignatures: [],
        subjects: training.subject,
        identity: plan.identity,
        endpoints: plan.endpoints,
        modelDigest: sha ? `sha256:${sha}` : '',
    };
}
async function keptStatements(dir) {
    return Promise.all(['build-provenance', 'training-record'].map(async (role) => {
        const path = (0,external_node_path_.join)(dir, layout/* OUTPUT_FILES */.Y7[role].statement);
        try {
            return await (0,promises_.readFile)(path, 'utf8');
        }
        catch {
            throw refuse(`--resume found no ${layout/* OUTPUT_FILES */.Y7[role].statement} in ${dir}`, 'give the output-dir of the run whose signing failed');
        }
    }));
}
/** The run's ML-BOM statement and document, when it made them: signed with the others. */
async function withKeptBom(payloads, dir) {
    const read = (name) => (0,promises_.readFile)((0,external_node_path_.join)(dir, name), 'utf8').catch(() => undefined);
    const statement = await read(layout/* OUTPUT_FILES */.Y7['ml-bom'].statement);
    const bom = await read(layout/* ML_BOM_FILE */.kn);
    const roles = ['build-provenance', 'training-record'];
    if (statement === undefined || bom === undefined)
        return { roles, payloads };
    if (subjectKeys(statement) !== subjectKeys(payloads[1]))
        throw refuse(`the kept ${layout/* OUTPUT_FILES */.Y7['ml-bom'].statement} names other subjects than the training record`, 'run attest again');
    return { roles: [...roles, 'ml-bom'], payloads: [...payloads, statement], bom };
}
const subjectKeys = (payload) => (0,read/* parseStatementPayload */.x2)(payload)
    .subject.map((s) => `${s.name}\0${s.digest?.sha256}`)
    .sort()
    .join('\n');
/** Both valid, over the same subjects, and of the repository and commit the token is for. */
function checkPair(payloads, plan) {
    const [provenance, training] = payloads.map((p) => JSON.parse(p));
    (0,attest/* checkValid */.DY)(provenance, payloads[0]);
    (0,attest/* checkValid */.DY)(training, payloads[1]);
    if (subjectKeys(payloads[0]) !== subjectKeys(payloads[1]))
        throw refuse("the kept statements name different subjects: they are not one run's", 'run attest again');
    const recorded = (0,read/* readProvenance */.Ch)(training).identity;
    const id = plan.identity;
    if (recorded.repository !== id.repository || recorded.sha !== id.sha)
        throw refuse(`the kept statements are for ${recorded.repository}@${recorded.sha}, the token for ${id.repository}@${id.sha}`, 'resume with a token of the same repository and commit, or run attest again');
}

// EXTERNAL MODULE: ./build/src/hash/progress.js
var progress = __webpack_require__(51499);
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
// EXTERNAL MODULE: ./build/src/collect/dataset-spec.js
var dataset_spec = __webpack_require__(86202);
// EXTERNAL MODULE: ./build/src/collect/parameters.js
var parameters = __webpack_require__(12574);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/trust-config.js + 1 modules
var trust_config = __webpack_require__(53458);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
// EXTERNAL MODULE: ./build/src/cli/token.js
var token = __webpack_require__(4841);
;// CONCATENATED MODULE: ./build/src/cli/attest.js












const ATTEST_HELP = `training-provenance attest --model PATH [flags]

Hash the model and datasets, record frameworks and identity, write an in-toto
statement with SLSA provenance and (unless --no-sign) sign it through Sigstore.

  --model PATH           model file, directory or glob (repeatable; required unless
                         --model-manifest names the model)
  --model-manifest [NAME=]FILE  a model directory recorded from its manifest (repeatable)
  --dataset LINE         dataset path/glob, 'URI [ALG:HEX]', 'manifest:FILE [URI]', or
                         NAME=... (repeatable)
  --datasets-file FILE   JSON/YAML list of datasets
  --python auto|none|PATH  interpreter whose packages to record (default auto)
  --requirements FILE    requirements/lock file (repeatable)
  --parameters FILE|JSON hyperparameters
  --byproducts FILE      metrics, logs, model card (repeatable)
  --workspace DIR        what subject names are relative to (default: the current
                         directory; a path outside it is named relative to its own
                         directory). Every path is read where you name it: absolute,
                         or relative to the current directory
  --output-dir DIR       where files go (default: WORKSPACE/provenance; never inside
                         or around the model or a dataset; one run at a time)
  --[no-]sign            sign (default: true; needs an OIDC token: SIGSTORE_ID_TOKEN,
                         --identity-token-file, or the Actions runner's token)
  --identity-token-file FILE  read the OIDC token from FILE
  --private-key PEM      sign with an EC key (P-256, P-384, P-521) instead of keyless, where
                         there is no OIDC (an encrypted key's passphrase:
                         TRAINING_PROVENANCE_KEY_PASSPHRASE); verify with --public-key
  --signing-cert PEM     with --private-key: its certificate, carried in the bundles
  --cert-chain PEM       (repeatable) with --signing-cert: the certificates that issued it,
                         its issuer first, carried in the bundles
  --sigstore auto|public-good|github|custom, --fulcio-url, --rekor-url, --tsa-url
  --trust-config FILE    a Sigstore ClientTrustConfig (as sigstore-python --trust-config
                         reads): sign with its Fulcio, Rekor and TSA, instead of the above
  --push-to-github       store through the attestations API (needs GITHUB_TOKEN)
  --model-signature      also write an OpenSSF model-signing model.sig per model directory
  --ml-bom               also write training.cdx.json, the record as a CycloneDX 1.6
                         ML-BOM, signed as an attestation of its own
  --resume               sign and store the statements an earlier run left unsigned in
                         --output-dir (signing failed): nothing is hashed again
  --format text|json     output format (default text)
`;
const OPTIONS = {
    model: { type: 'string', multiple: true },
    'model-manifest': { type: 'string', multiple: true },
    dataset: { type: 'string', multiple: true },
    'datasets-file': { type: 'string' },
    python: { type: 'string' },
    requirements: { type: 'string', multiple: true },
    parameters: { type: 'string' },
    byproducts: { type: 'string', multiple: true },
    workspace: { type: 'string' },
    'output-dir': { type: 'string' },
    sign: { type: 'boolean' },
    'identity-token-file': { type: 'string' },
    'private-key': { type: 'string' },
    'signing-cert': { type: 'string' },
    'cert-chain': { type: 'string', multiple: true },
    sigstore: { type: 'string' },
    'fulcio-url': { type: 'string' },
    'rekor-url': { type: 'string' },
    'tsa-url': { type: 'string' },
    ...trust_config/* TRUST_CONFIG_OPTION */.uC,
    'push-to-github': { type: 'boolean' },
    'model-signature': { type: 'boolean' },
    'ml-bom': { type: 'boolean' },
    resume: { type: 'boolean' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
async function cliAttest(argv, out, err) {
    const { values } = (0,args/* parse */.qg)('attest', argv, OPTIONS);
    if (values.help) {
        out.write(ATTEST_HELP);
        return 0;
    }
    const env = process.env;
    const workspace = (0,external_node_path_.resolve)((0,args/* str */.gx)(values.workspace) || '.');
    const format = (0,cli_format/* formatOption */.Bx)((0,args/* str */.gx)(values.format));
    const bar = new progress/* ProgressBar */.z2(err);
    const run = values.resume === true ? resumeAttest : attest/* attest */.st;
    const result = await run({
        model: (0,args/* herePaths */.tM)(values.model),
        modelManifest: (0,args/* herePaths */.tM)(manifestFiles(values['model-manifest'])),
        datasets: (0,args/* str */.gx)(values.dataset?.map(datasetHere)),
        datasetsFile: (0,args/* here */.Zv)((0,args/* str */.gx)(values['datasets-file'])),
        python: pythonHere((0,args/* str */.gx)(values.python) || 'auto'),
        requirements: (0,args/* herePaths */.tM)(values.requirements),
        parameters: await parametersHere((0,args/* str */.gx)(values.parameters)),
        byproducts: (0,args/* herePaths */.tM)(values.byproducts),
        sign: values.sign !== false,
        ...(await (0,trust_config/* signingFlags */.JB)(values)),
        pushToGitHub: values['push-to-github'] === true,
        uploadArtifact: false,
        artifactName: '',
        outputDir: (0,args/* here */.Zv)((0,args/* str */.gx)(values['output-dir'])) || (0,external_node_path_.join)(workspace, 'provenance'),
        modelSignature: values['model-signature'] === true,
        mlBom: values['ml-bom'] === true,
        privateKey: (0,args/* here */.Zv)((0,args/* str */.gx)(values['private-key'])),
        signingCert: (0,args/* here */.Zv)((0,args/* str */.gx)(values['signing-cert'])),
        certChain: (values['cert-chain'] ?? []).map(args/* here */.Zv),
    }, {
        workspace,
        env: { ...env },
        pathEnv: env.PATH ?? '',
        getIdToken: () => (0,token/* commandIdToken */.o)({ tokenFile: (0,args/* str */.gx)(values['identity-token-file']), env }),
        idTokenProblem: () => 'no SIGSTORE_ID_TOKEN, --identity-token-file or Actions runner token; use --no-sign for an unsigned statement',
        githubToken: env.GITHUB_TOKEN,
        artifactRuntimeAvailable: false,
        toolVersion: version/* TOOL_VERSION */.w,
        keyPassphrase: env.TRAINING_PROVENANCE_KEY_PASSPHRASE || undefined,
        log: (line) => err.write(`${line}\n`),
        warn: (line) => err.write(`warning: ${line}\n`), // what was left out of the record
        onProgress: (label, p) => bar.update(label, p),
    }).finally(() => bar.done()); // the bar's line ends before anything else, errors included
    out.write(format === 'json' ? resultJson(result) : resultText(result));
    return 0;
}
/** Path flags whose value may be something else too, made absolute only where a path. */
const datasetHere = (line) => (0,dataset_spec/* datasetLineFrom */.rB)(line, process.cwd());
const pythonHere = (v) => (v.includes('/') ? (0,args/* here */.Zv)(v) : v); // a bare name is on PATH
/** `[NAME=]FILE` values, the file made absolute. */
const manifestFiles = (v) => (v ?? []).map((s) => {
    const named = /^([^=/]+)=(.+)$/.exec(s);
    return named ? `${named[1]}=${(0,args/* here */.Zv)(named[2].trim())}` : s;
});
/** A parameters file (one there, or a name that looks like one) where the user stands; else inline text. */
async function parametersHere(v) {
    const t = v.trim();
    if (t === '' || t.includes('\n') || t.startsWith('{'))
        return v;
    const there = await (0,promises_.lstat)((0,args/* here */.Zv)(t)).then(() => true, () => false);
    return there || (0,parameters/* looksLikePath */.j8)(t) ? (0,args/* here */.Zv)(t) : v;
}
function resultJson(result) {
    const json = Object.fromEntries(['provenance', 'training', 'mlBom'].flatMap((k) => {
        const v = result[k];
        if (!v)
            return [];
        return [
            [
                k,
                {
                    ...('bomPath' in v ? { bomPath: v.bomPath } : {}),
                    statementPath: v.statementPath,
                    bundlePath: v.bundlePath ?? null,
                    logIndex: v.logIndex ?? null,
                    attestationUrl: v.attestation?.attestationUrl ?? null,
                },
            ],
        ];
    }));
    return `${JSON.stringify({ ...json, modelDigest: result.modelDigest, subjects: result.subjects }, null, 2)}\n`;
}
function resultText(result) {
    const lines = [];
    for (const k of ['provenance', 'training', 'mlBom']) {
        const v = result[k];
        if (!v)
            continue;
        if ('bomPath' in v)
            lines.push(`ml-bom: ${v.bomPath}`);
        const label = k === 'mlBom' ? 'ml-bom attestation' : k;
        lines.push(`${label}: ${v.bundlePath ?? v.statementPath}${v.bundlePath ? '' : ' (unsigned)'}`);
        if (v.logIndex)
            lines.push(`  log index: ${v.logIndex}`);
        if (v.attestation)
            lines.push(`  attestation: ${v.attestation.attestationUrl}`);
    }
    if (result.endpoints && result.training.bundlePath)
        lines.push(`signed on: ${result.endpoints.instance}`);
    if (result.modelDigest)
        lines.push(`model:     ${result.modelDigest}`);
    lines.push(`subjects:  ${result.subjects.length}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 69526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ cliBom)
});

// UNUSED EXPORTS: BOM_HELP

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/bom/index.js + 5 modules
var bom = __webpack_require__(9193);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/review/load.js
var load = __webpack_require__(10180);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
;// CONCATENATED MODULE: ./build/src/engine/bom.js
// `bom`: a training record (bundle or statement) as a CycloneDX 1.6 ML-BOM. It decodes and
// does not verify: a BOM made here says what the record claims. The BOM attest signs
// (`ml-bom: true`) is the one to trust; `verify` decides whether a record is.




async function makeBom(inputs, ctx) {
    const { view, path } = await (0,load/* loadProvenance */.mb)(inputs.record, 'bom');
    if ((0,layout/* statementRole */.qh)(view.predicateType, view.buildType) !== 'training-record')
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${path} is not a training record: it names no datasets or packages for a BOM`, {
            input: 'bom',
            value: path,
            fix: `give ${layout/* OUTPUT_FILES */.Y7['training-record'].bundle} or ${layout/* OUTPUT_FILES */.Y7['training-record'].statement} as attest wrote it`,
        });
    const metrics = await (0,bom.recordedMetrics)(view.byproducts, ctx.workspace);
    return (0,bom.buildMlBom)(view, { toolVersion: ctx.toolVersion, metrics });
}

// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
;// CONCATENATED MODULE: ./build/src/cli/bom.js






const BOM_HELP = `training-provenance bom RECORD [--output FILE] [--workspace DIR] [--format text|json]

Write a training record (training.sigstore.json, training.intoto.json, or their directory)
as a CycloneDX 1.6 ML-BOM: the model with its digests and model card, each dataset with its
digest, licence and location, each Python package with its purl, and the training run as
formulation. Metrics come from the record's JSON byproducts found unchanged in the workspace.
Nothing is verified: run 'verify' first, or use the BOM attest --ml-bom signs.

  --output FILE       where to write the BOM (default: standard output)
  --workspace DIR     where the run's byproducts are (default: the current directory)
  --format text|json  text (default): the BOM on standard output, or with --output a line on
                      standard error; json (needs --output): a JSON summary on standard output,
                      {output, sha256, bytes, specVersion, components}
`;
const OPTIONS = {
    output: { type: 'string' },
    format: { type: 'string' },
    workspace: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
async function cliBom(argv, out, err) {
    const { values, positionals } = (0,args/* parse */.qg)('bom', argv, OPTIONS, Infinity);
    if (values.help) {
        out.write(BOM_HELP);
        return 0;
    }
    const output = (0,args/* str */.gx)(values.output);
    const format = (0,cli_format/* documentFormat */.bU)((0,args/* str */.gx)(values.format), output, 'bom');
    if (positionals.length !== 1)
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'bom takes exactly one training record', {
            input: 'bom',
            fix: 'run: training-provenance bom provenance/training.sigstore.json --output training.cdx.json',
        });
    const workspace = (0,external_node_path_.resolve)((0,args/* str */.gx)(values.workspace) || '.');
    const bom = await makeBom({ record: (0,args/* here */.Zv)(positionals[0]) }, { workspace, toolVersion: version/* TOOL_VERSION */.w });
    const text = `${JSON.stringify(bom, null, 2)}\n`;
    const facts = { specVersion: bom.specVersion, components: bom.components?.length ?? 0 };
    const label = 'CycloneDX 1.6 ML-BOM';
    await (0,cli_format/* writeDocument */.ft)({ text, output, format, facts, label }, out, err);
    return 0;
}


/***/ }),

/***/ 28363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ cliDiff)
});

// UNUSED EXPORTS: DIFF_HELP

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/review/diff.js
var review_diff = __webpack_require__(67803);
// EXTERNAL MODULE: ./build/src/review/load.js
var load = __webpack_require__(10180);
// EXTERNAL MODULE: ./build/src/review/flatten.js
var flatten = __webpack_require__(26068);
// EXTERNAL MODULE: ./build/src/present/markdown.js
var markdown = __webpack_require__(29232);
// EXTERNAL MODULE: ./build/src/review/version.js
var version = __webpack_require__(85802);
;// CONCATENATED MODULE: ./build/src/review/text.js
// The diff for a terminal (`training-provenance diff OLD NEW`): one line per change, `+`
// added, `-` removed, `~` changed, grouped by kind. `--format json` prints the diff object
// itself (JSON.stringify), so this module only writes text.




const INDENT = '  ';
function digest(d) {
    return (0,markdown/* shortDigest */.VK)(d, 12) ?? 'no digest';
}
function datasetDigest(ds) {
    return ds.unpinned ? 'unpinned' : digest(ds.digest);
}
function value(v) {
    return (0,markdown/* oneLine */.TN)((0,flatten/* formatParameterValue */.oW)(v));
}
function section(title, lines) {
    return lines.length ? [title, ...lines.map((l) => `${INDENT}${l}`)] : [];
}
function datasetLines(c) {
    const what = c.fields.map((f) => (f === 'uri' ? 'URI' : f === 'license' ? 'licence' : f));
    const lines = [`~ ${c.name}: ${what.join(', ')} changed`];
    const detail = (label, before, after) => {
        lines.push(`${INDENT}${label}: ${before} -> ${after}`);
    };
    const b = c.before;
    const a = c.after;
    if (c.fields.includes('name'))
        detail('name', b.name, a.name);
    if (c.fields.includes('uri'))
        detail('uri', b.uri, a.uri);
    if (c.fields.includes('digest') || c.fields.includes('pinning')) {
        detail('digest', datasetDigest(b), datasetDigest(a));
    }
    if (c.fields.includes('kind'))
        detail('kind', b.kind, a.kind);
    if (c.fields.includes('license'))
        detail('licence', b.license ?? 'none', a.license ?? 'none');
    if (c.fields.includes('size')) {
        const size = (d) => `${d.fileCount ?? '?'} files, ${d.totalBytes ?? '?'} bytes`;
        detail('size', size(b), size(a));
    }
    return lines.map(markdown/* oneLine */.TN);
}
function packageLine(mark, word, c) {
    const b = (0,version/* splitLocalVersion */.qN)(c.before).local;
    const a = (0,version/* splitLocalVersion */.qN)(c.after).local;
    const build = c.buildChanged && word !== 'rebuilt' ? `; build ${b ?? 'none'} -> ${a ?? 'none'}` : '';
    return (0,markdown/* oneLine */.TN)(`${mark} ${c.name} ${c.before} -> ${c.after} (${word}${build})`);
}
function fieldLines(changes) {
    return changes.map((c) => (0,markdown/* oneLine */.TN)(`~ ${c.label}: ${c.before ?? 'none'} -> ${c.after ?? 'none'}`));
}
function changeLines(d) {
    const f = d.frameworks;
    const p = d.parameters;
    return [
        ...section('Model', [
            ...d.subjects.changed.map((c) => (0,markdown/* oneLine */.TN)(`~ ${c.name} (${c.kind}) ${digest(c.before)} -> ${digest(c.after)}`)),
            ...d.subjects.added.map((s) => (0,markdown/* oneLine */.TN)(`+ ${s.name} (${s.kind}) ${digest(s.digest)}`)),
            ...d.subjects.removed.map((s) => (0,markdown/* oneLine */.TN)(`- ${s.name} (${s.kind}) ${digest(s.digest)}`)),
        ]),
        ...section('Datasets', [
            ...d.datasets.changed.flatMap(datasetLines),
            ...d.datasets.added.map((ds) => (0,markdown/* oneLine */.TN)(`+ ${ds.name} ${ds.uri} ${datasetDigest(ds)}`)),
            ...d.datasets.removed.map((ds) => (0,markdown/* oneLine */.TN)(`- ${ds.name} ${ds.uri} ${datasetDigest(ds)}`)),
        ]),
        ...section('Frameworks', [
            ...f.upgraded.map((c) => packageLine('~', 'upgraded', c)),
            ...f.downgraded.map((c) => packageLine('~', 'downgraded', c)),
            ...f.rebuilt.map((c) => packageLine('~', 'rebuilt', c)),
            ...f.changed.map((c) => packageLine('~', 'changed', c)),
            ...f.added.map((pkg) => (0,markdown/* oneLine */.TN)(`+ ${pkg.name} ${pkg.version}`)),
            ...f.removed.map((pkg) => (0,markdown/* oneLine */.TN)(`- ${pkg.name} ${pkg.version}`)),
        ]),
        ...section('Environment', fieldLines(d.environment)),
        ...section('Parameters', [
            ...p.changed.map((c) => (0,markdown/* oneLine */.TN)(`~ ${c.path}: ${value(c.before)} -> ${value(c.after)}`)),
            ...p.added.map((a) => (0,markdown/* oneLine */.TN)(`+ ${a.path}: ${value(a.value)}`)),
            ...p.removed.map((r) => (0,markdown/* oneLine */.TN)(`- ${r.path}: ${value(r.value)}`)),
        ]),
        ...section('Identity', fieldLines(d.identity)),
    ];
}
/** The diff as lines for a terminal, ending in a newline. */
function diffText(diff) {
    if (diff.base === 'none')
        return 'No base provenance: nothing to compare with.\n';
    const n = (0,review_diff/* countChanges */.xS)(diff);
    if (n === 0)
        return 'No changes.\n';
    return `${[`${n} change${n === 1 ? '' : 's'}:`, ...changeLines(diff)].join('\n')}\n`;
}

// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
;// CONCATENATED MODULE: ./build/src/cli/diff.js






const DIFF_HELP = `training-provenance diff OLD NEW [--format text|json]

Compare two provenance files (statements, bundles, or directories holding one): datasets
added, removed or re-hashed; frameworks upgraded, downgraded or rebuilt; parameters changed;
model digests changed. Exits 0 whether or not anything changed.
`;
const OPTIONS = { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
async function cliDiff(argv, out) {
    const { values, positionals } = (0,args/* parse */.qg)('diff', argv, OPTIONS, Infinity);
    if (values.help) {
        out.write(DIFF_HELP);
        return 0;
    }
    const format = (0,cli_format/* formatOption */.Bx)((0,args/* str */.gx)(values.format));
    if (positionals.length !== 2) {
        const got = positionals.length === 0
            ? 'no file'
            : `${positionals.length} (${positionals.map((p) => `'${abbreviate(p)}'`).join(', ')})`;
        throw new errors/* ProvenanceError */.CG(positionals.length < 2 ? 'INPUT_MISSING' : 'INPUT_INVALID', `diff compares exactly two provenance files, OLD and NEW; got ${got}`, {
            input: 'diff',
            value: positionals.map(abbreviate).join(' '),
            fix: 'run: training-provenance diff OLD NEW (each a statement, a bundle, or a directory holding one)',
        });
    }
    const [oldPath, newPath] = positionals;
    const base = await (0,load/* loadProvenance */.mb)(oldPath, 'OLD');
    const head = await (0,load/* loadProvenance */.mb)(newPath, 'NEW');
    const diff = (0,review_diff/* diffProvenance */.Hr)(base.view, head.view);
    out.write(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : diffText(diff));
    return 0;
}
/** A path as shown in a message: a long one cut, so the error stays one readable line. */
const abbreviate = (p) => (p.length > 200 ? `${p.slice(0, 200)}…` : p);


/***/ }),

/***/ 13876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ cliDigest)
});

// UNUSED EXPORTS: DIGEST_HELP

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/oms/statement.js
var statement = __webpack_require__(23238);
// EXTERNAL MODULE: ./build/src/engine/sign-model.js
var sign_model = __webpack_require__(85063);
;// CONCATENATED MODULE: ./build/src/engine/digest.js


async function modelDigest(inputs, ctx) {
    const dir = await (0,sign_model/* oneModel */.yA)(inputs.model, ctx.workspace);
    const how = (0,sign_model/* serializationChoice */.Yl)({ hashType: inputs.hashType });
    const walk = (0,sign_model/* modelWalk */.dH)(dir, inputs, undefined, ctx.onProgress);
    const manifest = how.hashType === 'sha256'
        ? (0,statement/* omsManifest */.hv)(await (0,sign_model/* digestSha256 */.OL)(dir, walk))
        : await (0,statement/* serializeModel */.km)(await (0,sign_model/* listModel */.wA)(dir, walk), how, { onProgress: ctx.onProgress });
    return {
        path: dir.path,
        digest: `sha256:${manifest.directoryRoot}`,
        hashType: how.hashType,
        files: manifest.resources.length,
    };
}

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/hash/progress.js
var progress = __webpack_require__(51499);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
;// CONCATENATED MODULE: ./build/src/cli/digest.js






const DIGEST_HELP = `training-provenance digest PATH [--hash-type sha256|blake2b|blake3] [flags]

Print a model's OpenSSF model signing (OMS) root digest: sha256 over every file's digest in
model_signing's (PurePosixPath) order, the value model_signing computes for the same directory
or file, and the one attest records as model-digest. Exit 0 printed, 2 bad usage or input.

  PATH                        the model directory, or a model that is one file
  --hash-type sha256|blake2b|blake3
                              how each file is hashed (default sha256; blake2b is BLAKE2b-512);
                              the root over them is sha256 whatever the type
  --ignore-paths PATH         (repeatable) more paths to leave out, relative to the model or
                              absolute inside it (.git, .gitattributes, .github, .gitignore and
                              model.sig are always left out)
  --allow-symlinks            follow links that stay inside the model directory, as sign-model
  --workspace DIR             accepted as attest takes it; PATH is read where you name it,
                              absolute or relative to the current directory
  --format text|json
`;
const OPTIONS = {
    'hash-type': { type: 'string' },
    'ignore-paths': { type: 'string', multiple: true },
    'allow-symlinks': { type: 'boolean' },
    workspace: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
async function cliDigest(argv, out, err) {
    const { values, positionals } = (0,args/* parse */.qg)('digest', argv, OPTIONS, 1);
    if (values.help) {
        out.write(DIGEST_HELP);
        return 0;
    }
    const format = (0,cli_format/* formatOption */.Bx)((0,args/* str */.gx)(values.format));
    const model = positionals[0] ?? '';
    if (model.trim() === '')
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'digest takes the model to digest', {
            input: 'digest',
            fix: 'run: training-provenance digest out/model',
        });
    const bar = new progress/* ProgressBar */.z2(err);
    const digest = await modelDigest({
        model: (0,args/* here */.Zv)(model),
        ignorePaths: values['ignore-paths'] ?? [],
        allowSymlinks: values['allow-symlinks'] === true,
        hashType: (0,args/* str */.gx)(values['hash-type']),
    }, { workspace: (0,external_node_path_.resolve)((0,args/* str */.gx)(values.workspace) || '.'), onProgress: (p) => bar.update('model', p) }).finally(() => bar.done());
    out.write(format === 'json' ? `${JSON.stringify(digest, null, 2)}\n` : `${digest.digest}\n`);
    return 0;
}


/***/ }),

/***/ 27497:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ formatOption),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   bU: () => (/* binding */ documentFormat),
/* harmony export */   ft: () => (/* binding */ writeDocument)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _store_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7216);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42711);




function formatOption(raw) {
    const format = raw || 'text';
    if (format !== 'text' && format !== 'json') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${format}' is not a format`, {
            input: '--format',
            value: format,
            fix: 'use --format text or --format json',
        });
    }
    return format;
}
/**
 * --format for a command whose output is a document (a proof, a BOM, trusted roots): json is a
 * summary of what was written, so the document itself needs --output to go somewhere else.
 */
function documentFormat(raw, output, command) {
    const format = formatOption(raw);
    if (format === 'json' && output === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_MISSING', '--format json prints a summary of --output', {
            input: '--output',
            fix: `give --output FILE for the document, or drop --format json to print it: training-provenance ${command} ... --output FILE --format json`,
        });
    return format;
}
/**
 * Writes the document to stdout, or to --output with a line on stderr (text) or a summary on
 * stdout (json): the path, the sha256 and size of the bytes written, and `facts`.
 */
async function writeDocument(doc, out, err) {
    if (doc.output === '') {
        out.write(doc.text);
        return;
    }
    await (0,_store_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .here */ .Zv)(doc.output), doc.text, '--output');
    if (doc.format === 'text') {
        err.write(`${doc.label}: ${doc.output}\n`);
        return;
    }
    const written = {
        output: doc.output,
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(doc.text).digest('hex'),
        bytes: Buffer.byteLength(doc.text),
    };
    writeSummary(written, doc.facts, out);
}
/** The json summary of a document written to --output: where, its sha256 and size, `facts`. */
function writeSummary(written, facts, out) {
    out.write(`${JSON.stringify({ ...written, ...facts }, null, 2)}\n`);
}


/***/ }),

/***/ 26708:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(28009);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73360);
/* harmony import */ var _bom_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69526);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33519);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28363);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13876);
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97618);
/* harmony import */ var _prove_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76106);
/* harmony import */ var _sign_model_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75947);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(15007);
/* harmony import */ var _verify_proof_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(76456);
/* harmony import */ var _trusted_root_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(11318);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(33018);
// The `training-provenance` command: the same engine as the action, for terminals and
// for CI systems other than GitHub Actions. Exit codes: 0 success, 1 verification, policy
// or service failure, 2 bad usage or bad input.














const HELP = `training-provenance ${_version_js__WEBPACK_IMPORTED_MODULE_13__/* .TOOL_VERSION */ .w} — signed provenance for ML training

usage: training-provenance <command> [flags]

commands:
  attest    hash the model and data, record the environment, write and sign provenance
  verify    check a bundle's signature, signer identity, model digests and a policy
  inspect   print what a bundle says, without judging it
  diff      compare two statements or bundles
  sign-model  sign a model directory as OpenSSF model signing does (model.sig)
  digest    print a model's OpenSSF model signing root digest, as model_signing computes it
  prove     prove that content is, or is not, in a dataset attest committed to
  verify-proof  check such a proof against a signed training record
  trusted-root  print the current trusted roots (refreshed over TUF) for offline verification
  bom       write a training record as a CycloneDX 1.6 ML-BOM
  manifest  hash a dataset where it lives (in shards), merge shards, re-check a manifest

Run 'training-provenance <command> --help' for its flags.
`;
const USAGE_CODES = [
    'INPUT_INVALID',
    'INPUT_MISSING',
    'NOT_SUPPORTED',
    'NO_MATCH',
    'FILE_UNREADABLE',
    'SYMLINK_REFUSED',
    'PATH_OUTSIDE_WORKSPACE',
    'PARSE_ERROR',
    'POLICY_INVALID',
    'BUNDLE_INVALID',
    'TRUST_ROOT_MISSING',
];
async function run(argv) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'attest':
                return await (0,_attest_js__WEBPACK_IMPORTED_MODULE_1__/* .cliAttest */ .A)(rest, process.stdout, process.stderr);
            case 'diff':
                return await (0,_diff_js__WEBPACK_IMPORTED_MODULE_4__/* .cliDiff */ .i)(rest, process.stdout);
            case 'verify':
                return await (0,_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .cliVerify */ .e)(rest, process.stdout, process.stderr);
            case 'inspect':
                return await (0,_inspect_js__WEBPACK_IMPORTED_MODULE_6__/* .cliInspect */ .N)(rest, process.stdout);
            case 'sign-model':
                return await (0,_sign_model_js__WEBPACK_IMPORTED_MODULE_8__/* .cliSignModel */ .L)(rest, process.stdout, process.stderr);
            case 'digest':
                return await (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .cliDigest */ .p)(rest, process.stdout, process.stderr);
            case 'prove':
                return await (0,_prove_js__WEBPACK_IMPORTED_MODULE_7__/* .cliProve */ .p)(rest, process.stdout, process.stderr);
            case 'verify-proof':
                return await (0,_verify_proof_js__WEBPACK_IMPORTED_MODULE_10__/* .cliVerifyProof */ .O)(rest, process.stdout, process.stderr);
            case 'manifest':
                return await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .cliManifest */ .U)(rest, process.stdout, process.stderr);
            case 'bom':
                return await (0,_bom_js__WEBPACK_IMPORTED_MODULE_2__/* .cliBom */ .y)(rest, process.stdout, process.stderr);
            case 'trusted-root':
                return await (0,_trusted_root_js__WEBPACK_IMPORTED_MODULE_11__/* .cliTrustedRoot */ .k)(rest, process.stdout, process.stderr);
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                process.stdout.write(HELP);
                return command === undefined ? 2 : 0;
            case '--version':
            case 'version':
                process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_13__/* .TOOL_VERSION */ .w}\n`);
                return 0;
            default:
                process.stderr.write(`error: unknown command '${command}'\n\n${HELP}`);
                return 2;
        }
    }
    catch (e) {
        process.stderr.write(`error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(e)}\n`);
        // A script reading --format json gets the error as JSON too, on the stream it reads.
        if (wantsJson(rest))
            process.stdout.write(`${JSON.stringify({ error: errorJson(e) }, null, 2)}\n`);
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isProvenanceError */ .Ev)(e) && USAGE_CODES.includes(e.code) ? 2 : 1;
    }
    finally {
        await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_12__/* .closeHashPool */ .Hl)();
    }
}
function wantsJson(argv) {
    const i = argv.indexOf('--format');
    return argv.includes('--format=json') || (i >= 0 && argv[i + 1] === 'json');
}
function errorJson(e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isProvenanceError */ .Ev)(e))
        return { code: e.code, input: e.input, value: e.value, message: e.message, fix: e.fix };
    return errorJson((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .internalError */ .WB)(e));
}
// A reader that closes early (`| head`) ends the command as SIGPIPE ends a C program (128 + 13),
// never with 0: a gate's failure must not read as success because its output was cut.
process.stdout.on('error', (e) => {
    if (e.code !== 'EPIPE')
        throw e;
    process.exit(141);
});
process.exitCode = await run(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 97618:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ cliInspect)
});

// UNUSED EXPORTS: INSPECT_HELP

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/oms/layout.js
var layout = __webpack_require__(11833);
// EXTERNAL MODULE: ./build/src/oms/parse.js
var parse = __webpack_require__(34788);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var statement_layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/statement/read.js + 1 modules
var read = __webpack_require__(69453);
// EXTERNAL MODULE: ./build/src/verify/bundles.js
var bundles = __webpack_require__(35886);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./build/src/identity/certificate.js
var certificate = __webpack_require__(52351);
// EXTERNAL MODULE: ./build/src/verify/trust.js + 1 modules
var trust = __webpack_require__(9610);
;// CONCATENATED MODULE: ./build/src/verify/inspect.js
// `inspect BUNDLE`: what a bundle says, decoded, without judging it. No trusted root is
// needed and nothing is verified: the output says so.






/** Decode a bundle (a parsed bundle, or its JSON object) and its statement. */
function inspectBundle(bundle, source = 'bundle') {
    const b = (0,bundles/* isLoadedBundle */.Gm)(bundle) ? bundle : (0,bundles/* parseBundle */.QN)(bundle, source);
    const vm = b.bundle.verificationMaterial;
    const entry = vm.tlogEntries[0];
    const timestamps = [];
    for (const ts of vm.timestampVerificationData?.rfc3161Timestamps ?? []) {
        try {
            timestamps.push(dist.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime.toISOString());
        }
        catch {
            timestamps.push('(unreadable timestamp)');
        }
    }
    const envelope = b.bundle.content.dsseEnvelope;
    const out = {
        verified: false,
        source: b.source,
        mediaType: b.bundle.mediaType,
        instance: b.certificate ? (0,trust/* classifyCertificateIssuer */.hS)(b.certificate) : 'key',
        ...(b.certificate
            ? { signer: (0,certificate/* signerFromCertificate */._H)(b.certificate) }
            : { publicKeyHint: b.publicKeyHint ?? '' }),
        payloadType: envelope.payloadType,
        subjects: [],
        datasets: [],
        frameworks: [],
        logIndex: entry?.logIndex,
        integratedTime: entry?.integratedTime && entry.integratedTime !== '0'
            ? new Date(Number(entry.integratedTime) * 1000).toISOString()
            : undefined,
        timestamps,
    };
    try {
        const env = (0,read/* parseStatementPayload */.x2)(envelope.payload);
        out.predicateType = env.predicateType;
        out.subjects = env.subject;
        if ((0,statement_layout/* readsAsProvenance */.lS)(env.predicateType)) {
            const view = (0,read/* readProvenance */.Ch)(JSON.parse(Buffer.from(envelope.payload).toString('utf8')));
            out.buildType = view.buildType;
            out.datasets = view.datasets;
            out.frameworks = view.packages;
            out.parameters = view.parameters;
            out.builderId = view.builderId;
            if (view.local)
                out.local = view.local;
            out.invocationId = view.invocationId;
            out.startedOn = view.startedOn;
            out.finishedOn = view.finishedOn;
        }
    }
    catch (e) {
        out.statementError = e.message;
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/json.js
var json = __webpack_require__(4715);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
;// CONCATENATED MODULE: ./build/src/cli/inspect.js











const INSPECT_HELP = `training-provenance inspect FILE [--format text|json]

Print what a bundle (.sigstore.json, .jsonl), an unsigned statement (.intoto.json) or an
OpenSSF model signature (model.sig) says: signer, subjects, datasets, frameworks, parameters,
the signed files and ignored paths. Nothing is verified; use 'verify' to decide whether to
trust it.
`;
const OPTIONS = { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
async function cliInspect(argv, out) {
    const { values, positionals } = (0,args/* parse */.qg)('inspect', argv, OPTIONS, Infinity);
    if (values.help) {
        out.write(INSPECT_HELP);
        return 0;
    }
    const format = (0,cli_format/* formatOption */.Bx)((0,args/* str */.gx)(values.format));
    if (positionals.length !== 1) {
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'inspect takes exactly one bundle file', {
            input: 'inspect',
            fix: 'run: training-provenance inspect provenance.sigstore.json',
        });
    }
    const path = positionals[0];
    const statement = await unsignedStatement(path);
    const inspections = [];
    if (statement !== undefined)
        inspections.push(inspectStatement(statement, path));
    else {
        for (const c of await (0,bundles/* readBundleFile */.zi)(path)) {
            if ((0,bundles/* isRejected */.TK)(c))
                throw c.error;
            inspections.push(withModelSignature(inspectBundle(c), c));
        }
    }
    out.write(format === 'json'
        ? `${JSON.stringify(inspections.length === 1 ? inspections[0] : inspections, null, 2)}\n`
        : inspections.map(renderInspection).join('\n'));
    return 0;
}
/** The JSON document at `path` when it is an in-toto statement (what sign: false writes). */
async function unsignedStatement(path) {
    // Not a regular file (a FIFO would be read forever): the bundle reader refuses it.
    if (!(await (0,promises_.stat)(path).catch(() => undefined))?.isFile())
        return undefined;
    let doc;
    try {
        doc = JSON.parse((await (0,promises_.readFile)(path, 'utf8')).replace(/^\uFEFF/, ''));
    }
    catch {
        return undefined; // not one JSON document: the bundle reader says what it is
    }
    return (0,bundles/* isStatement */.SH)(doc) ? doc : undefined;
}
function inspectStatement(doc, source) {
    const subjects = (0,read/* readSubjects */.Km)(doc);
    // Shown as written, whatever it is: String() of {"toString": 1} throws.
    const predicateType = (0,json/* preview */.V)(doc.predicateType ?? '', Infinity);
    const out = {
        verified: false,
        signed: false,
        source,
        predicateType,
        subjects,
        datasets: [],
        frameworks: [],
        timestamps: [],
    };
    if (!(0,statement_layout/* readsAsProvenance */.lS)(predicateType))
        return out;
    const view = (0,read/* readProvenance */.Ch)(doc);
    return {
        ...out,
        buildType: view.buildType,
        datasets: view.datasets,
        frameworks: view.packages,
        parameters: view.parameters,
        builderId: view.builderId,
        ...(view.local ? { local: view.local } : {}),
        invocationId: view.invocationId,
        startedOn: view.startedOn,
        finishedOn: view.finishedOn,
    };
}
/** A model.sig's signed files and ignored paths, beside what any bundle shows. */
function withModelSignature(i, c) {
    if (i.predicateType !== layout/* OMS_PREDICATE_TYPE */.hC && i.predicateType !== layout/* OMS_PREDICATE_TYPE_V02 */.E6)
        return i;
    try {
        const oms = (0,parse/* parseOmsStatement */.q)(c.bundle.content.dsseEnvelope.payload);
        const { root, method, ignorePaths, resources } = oms;
        return { ...i, modelSignature: { root, method, ignorePaths, resources } };
    }
    catch (e) {
        return { ...i, statementError: e.message };
    }
}
function renderInspection(i) {
    if (!('mediaType' in i))
        return renderStatement(i);
    const lines = [`${i.source} — NOT VERIFIED (inspect only decodes)`, ''];
    if (!i.signer)
        lines.push(`signer:     a key (hint ${i.publicKeyHint || 'none'}): no certificate`);
    else {
        lines.push(`signer:     ${i.signer.san ?? '(none)'}`);
        lines.push(`issuer:     ${i.signer.issuer ?? '(none)'}`);
    }
    if (i.signer?.sourceRepositoryUri)
        lines.push(`repository: ${i.signer.sourceRepositoryUri} @ ${i.signer.sourceRepositoryRef ?? '?'}`);
    lines.push(`instance:   ${i.instance}`);
    if (i.logIndex)
        lines.push(`log index:  ${i.logIndex}${i.integratedTime ? ` at ${i.integratedTime}` : ''}`);
    for (const t of i.timestamps)
        lines.push(`timestamp:  ${t}`);
    if (i.predicateType)
        lines.push(`predicate:  ${i.predicateType}`);
    if (i.buildType)
        lines.push(`buildType:  ${i.buildType}`);
    return `${[...lines, ...contentLines(i)].join('\n')}\n`;
}
function renderStatement(i) {
    const lines = [`${i.source} — UNSIGNED statement (nothing vouches for it)`, ''];
    if (i.predicateType)
        lines.push(`predicate:  ${i.predicateType}`);
    if (i.buildType)
        lines.push(`buildType:  ${i.buildType}`);
    return `${[...lines, ...contentLines(i)].join('\n')}\n`;
}
/** "local, on gpu-box-7: git https://… @ main 1a2b3c4d (uncommitted changes)". */
function describeLocalRun(l) {
    const g = l.git;
    if (!g)
        return `local, on ${l.host} (not a git checkout)`;
    const where = `${g.remote ?? 'no remote'}${g.branch ? ` @ ${g.branch}` : ''}`;
    return `local, on ${l.host}: git ${where} ${g.commit?.slice(0, 12) ?? '?'}${g.dirty ? ' (uncommitted changes)' : ''}`;
}
function contentLines(i) {
    const lines = [];
    if (i.local)
        lines.push(`run:        ${describeLocalRun(i.local)}`);
    if (i.finishedOn)
        lines.push(`finished:   ${i.finishedOn}`);
    if (i.statementError)
        lines.push(`statement:  unreadable: ${i.statementError}`);
    lines.push('', `subjects (${i.subjects.length}):`);
    for (const s of i.subjects)
        lines.push(`  ${s.name ?? '?'}  ${Object.entries(s.digest ?? {})
            .map(([a, h]) => `${a}:${h}`)
            .join(' ')}`);
    if (i.datasets.length) {
        lines.push('', `datasets (${i.datasets.length}):`);
        for (const d of i.datasets) {
            const digest = Object.entries(d.digest)
                .map(([a, h]) => `${a}:${h.slice(0, 16)}`)
                .join(' ') || 'UNPINNED';
            lines.push(`  ${d.name}  ${d.uri}  ${digest}`);
        }
    }
    if (i.frameworks.length) {
        lines.push('', `frameworks (${i.frameworks.length}):`);
        for (const f of i.frameworks)
            lines.push(`  ${f.name} ${f.version}`);
    }
    if (i.parameters)
        lines.push('', 'parameters:', ...JSON.stringify(i.parameters, null, 2)
            .split('\n')
            .map((l) => `  ${l}`));
    const sig = i.modelSignature;
    if (sig) {
        lines.push('', `model signature: root sha256:${sig.root}, method ${sig.method}`);
        lines.push(`ignored paths: ${sig.ignorePaths ? sig.ignorePaths.join(', ') || '(none)' : '(not recorded)'}`);
        lines.push(`signed files (${sig.resources.length}):`);
        for (const r of sig.resources)
            lines.push(`  ${r.name}  ${r.algorithm}:${r.digest}`);
    }
    return lines;
}


/***/ }),

/***/ 33519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ cliManifest)
});

// UNUSED EXPORTS: MANIFEST_HELP

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/hash/oms.js
var oms = __webpack_require__(61791);
// EXTERNAL MODULE: ./build/src/hash/stream.js
var stream = __webpack_require__(17848);
// EXTERNAL MODULE: ./build/src/hash/walk.js
var walk = __webpack_require__(99129);
// EXTERNAL MODULE: ./build/src/verify/content.js
var content = __webpack_require__(49626);
// EXTERNAL MODULE: ./build/src/manifest/read.js
var read = __webpack_require__(2775);
;// CONCATENATED MODULE: ./build/src/manifest/check.js
// `manifest verify MANIFEST DIR [--sample N | --all]`: the files re-hashed against the manifest.
// Either way the directory is walked beside the manifest, both in OMS order, and files added and
// removed are named. --all re-hashes every file; a sample is drawn by reservoir sampling with a
// seeded generator (the seed is printed, so the same sample can be drawn again). Every
// difference is named in verify's words (verify/content.ts): added, removed, renamed, changed.
// Only the differences are held, never a file list: memory stays flat however many files match.







const noSides = () => ({ removed: [], added: [], changed: [] });
/** mulberry32: a small seeded generator, so a sample can be drawn again from its seed. */
function generator(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * The directory and the manifest walked together, both in OMS order: a file on both sides is
 * yielded, a file on one side only is kept in `sides`. Listing is cheap next to hashing, so a
 * sample re-hashes few files but still names every file added and removed.
 */
async function* pairs(file, dir, sides, count) {
    const records = file.records();
    let want = await records.next();
    const missing = (r) => {
        sides.removed.push(r);
        count.listed++;
    };
    for await (const f of (0,walk/* walkInOrder */.$v)(dir, { input: 'manifest verify' })) {
        for (; !want.done && (0,oms/* compareOmsPaths */.xH)(want.value.path, f.relPath) < 0; want = await records.next())
            missing(want.value);
        if (want.done || want.value.path !== f.relPath) {
            sides.added.push(f);
            continue;
        }
        const pair = { want: want.value, file: f };
        count.listed++;
        want = await records.next();
        yield pair;
    }
    for (; !want.done; want = await records.next())
        missing(want.value);
}
/** Re-hashes the pairs' files in order, keeping each that differs from its record. */
async function rehash(files, sides) {
    const expected = [];
    let i = 0;
    async function* each() {
        for await (const p of files) {
            expected.push(p.want);
            yield p.file;
        }
    }
    // Files come back in the order given; a queue emptied as it is consumed keeps memory flat.
    const next = (got) => {
        const want = expected[i++];
        if (got.sha256 !== want.sha256 || got.size !== want.size)
            sides.changed.push({ want, got });
        if (i === expected.length)
            expected.length = i = 0;
    };
    const totals = await (0,stream/* hashInOrder */.Oj)(each(), next, { input: 'manifest verify' });
    return totals.files;
}
// A record binds a size as well as a digest: two are the same content only if both agree.
const check_content = (size, sha256) => `${sha256}:${size}`;
/**
 * The files added whose size some removed record has, hashed: only they can be a rename. A
 * sample stays cheap when a directory holds many files the manifest does not list.
 */
async function addedContent(sides) {
    const sizes = new Set(sides.removed.map((r) => r.size));
    async function* candidates() {
        if (sizes.size === 0)
            return;
        for (const f of sides.added) {
            // A file gone since the walk stays named as added; hashing it would only fail.
            const size = await (0,promises_.stat)(f.path).then((st) => st.size, () => -1);
            if (sizes.has(size))
                yield f;
        }
    }
    const found = new Map();
    // In chunks, as the walk's files are: many added files are never all hashed at once.
    const keep = (f) => void found.set(f.relPath, check_content(f.size, f.sha256));
    await (0,stream/* hashInOrder */.Oj)(candidates(), keep, { input: 'manifest verify' });
    return found;
}
/** The differences kept, compared and named as verify names them (verify/content.ts). */
async function differences(sides) {
    const added = await addedContent(sides);
    const records = new Map(sides.removed.map((r) => [r.path, r]));
    const changed = new Map(sides.changed.map((c) => [c.want.path, c]));
    const diff = (0,content/* compareContent */.TH)([...sides.removed, ...sides.changed.map((c) => c.want)].map((r) => ({
        name: r.path,
        digest: check_content(r.size, r.sha256),
    })), [
        // A file not hashed (no removed record of its size) has no content to pair.
        ...sides.added.map((f) => ({ name: f.relPath, digest: added.get(f.relPath) ?? '' })),
        ...sides.changed.map((c) => ({
            name: c.got.relPath,
            digest: check_content(c.got.size, c.got.sha256),
        })),
    ]);
    const from = new Map(diff.renamed.map((r) => [r.to, r.from]));
    return (0,content/* differenceLines */.Ze)(diff).map((d) => {
        const was = d.kind === 'renamed' ? from.get(d.name) : undefined;
        return {
            kind: d.kind,
            path: d.name,
            ...(was ? { from: was } : {}),
            line: d.line,
            detail: detail(d, was, records, changed),
        };
    });
}
function detail(d, was, records, changed) {
    if (d.kind === 'added')
        return 'on disk, not in the manifest';
    if (d.kind === 'removed')
        return 'listed in the manifest, not on disk';
    if (d.kind === 'renamed') {
        const r = records.get(was);
        return `${r.size} bytes sha256:${r.sha256}`;
    }
    const { want, got } = changed.get(d.name);
    return `manifest ${want.size} bytes sha256:${want.sha256}, on disk ${got.size} bytes sha256:${got.sha256}`;
}
/** A seeded reservoir sample of `n` of the files on both sides (OMS order), re-hashed. */
async function checkSample(file, dir, n, seed) {
    const sides = noSides();
    const count = { listed: 0 };
    const next = generator(seed);
    const kept = [];
    let seen = 0;
    for await (const p of pairs(file, dir, sides, count)) {
        seen++;
        if (kept.length < n)
            kept.push(p);
        else {
            const j = Math.floor(next() * seen);
            if (j < n)
                kept[j] = p;
        }
    }
    kept.sort((a, b) => (0,oms/* compareOmsPaths */.xH)(a.want.path, b.want.path));
    const checked = await rehash(kept, sides);
    return { listed: count.listed, checked, seed, differences: await differences(sides) };
}
/** --all: every file on both sides re-hashed, as the walk reaches it. */
async function checkAll(file, dir) {
    const sides = noSides();
    const count = { listed: 0 };
    const checked = await rehash(pairs(file, dir, sides, count), sides);
    return { listed: count.listed, checked, differences: await differences(sides) };
}
async function checkManifest(manifestPath, dir, opts) {
    const file = await read/* ManifestFile */.qX.open(manifestPath, 'manifest verify');
    if (opts.sample === undefined)
        return checkAll(file, dir);
    return checkSample(file, dir, opts.sample, opts.seed ?? (0,external_node_crypto_.randomInt)(0, 2 ** 31));
}

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/manifest/format.js
var format = __webpack_require__(87252);
;// CONCATENATED MODULE: ./build/src/manifest/shard.js
// Which shard a file belongs to: by its path alone, so the same file falls in the same shard
// on every run and every node, whatever else the dataset holds.


function shardOf(path, count) {
    return (0,external_node_crypto_.createHash)('sha256').update(path).digest().readUInt32BE(0) % count;
}
/** `I/N`, 0 ≤ I < N (e.g. `$SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT`). */
function parseShard(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index >= count || count > 1_000_000)
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `--shard '${text}' is not I/N with 0 ≤ I < N`, {
            input: 'shard',
            value: text,
            fix: 'give the 0-based shard index and the shard count, e.g. --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT',
        });
    return { index, count };
}

;// CONCATENATED MODULE: ./build/src/manifest/merge.js
// `manifest merge`: the shards of one dataset made into its whole manifest. Refused, naming the
// file: a shard of another dataset or another shard count, a shard given twice, a shard missing,
// a record in the wrong shard, a path in two shards. The records are merged as they are read
// (each shard is in OMS order), so the whole manifest's root digest is that of one run.






function refuse(message, value, fix) {
    throw new errors/* ProvenanceError */.CG('INPUT_INVALID', message, { input: 'manifest merge', value, fix });
}
/** Every shard 0..N-1 once, all of one dataset and one count. */
function checkShardSet(files) {
    const first = files[0];
    if (!first.header.shard)
        refuse(`${first.path} is not a shard (its header has no shard)`, first.path, 'give the shard manifests made with --shard I/N');
    const { count } = first.header.shard;
    const seen = new Map();
    for (const f of files) {
        const s = f.header.shard;
        if (!s || s.count !== count || f.header.root !== first.header.root)
            refuse(`${f.path} is a foreign shard: root '${f.header.root}'${s ? `, shard ${s.index}/${s.count}` : ', no shard'}; ${first.path} has root '${first.header.root}', ${count} shards`, f.path, 'merge the shards of one run over one dataset');
        const twice = seen.get(s.index);
        if (twice)
            refuse(`shard ${s.index}/${count} is given twice: ${twice} and ${f.path}`, f.path, 'give each shard once');
        seen.set(s.index, f.path);
    }
    const missing = [...Array(count).keys()].filter((i) => !seen.has(i));
    if (missing.length)
        refuse(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: ${files.length} of ${count} given`, missing.join(','), 'run the missing shards (or wait for them) and merge all of them');
}
const before = (a, b) => (0,oms/* compareOmsPaths */.xH)(a.record.path, b.record.path) < 0;
/** A binary heap of the shards' next records: O(log N) a record, whatever the shard count. */
class Heads {
    items = [];
    get size() {
        return this.items.length;
    }
    push(h) {
        const a = this.items;
        a.push(h);
        for (let i = a.length - 1; i > 0;) {
            const p = (i - 1) >> 1;
            if (!before(a[i], a[p]))
                break;
            [a[i], a[p]] = [a[p], a[i]];
            i = p;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length === 0)
            return top;
        a[0] = last;
        for (let i = 0;;) {
            const l = 2 * i + 1;
            const r = l + 1;
            let m = i;
            if (l < a.length && before(a[l], a[m]))
                m = l;
            if (r < a.length && before(a[r], a[m]))
                m = r;
            if (m === i)
                break;
            [a[i], a[m]] = [a[m], a[i]];
            i = m;
        }
        return top;
    }
}
async function advance(heads, file, rest) {
    const next = await rest.next();
    if (next.done)
        return;
    const s = file.header.shard;
    if (shardOf(next.value.path, s.count) !== s.index)
        file.fail(`${next.value.path} does not belong to shard ${s.index}/${s.count}: a foreign record`);
    heads.push({ record: next.value, file, rest });
}
/** Progress of a merge: records written against the shards' trailers, bytes as they pass. */
async function mergeProgress(paths, onProgress) {
    if (!onProgress)
        return () => { };
    const claimed = await Promise.all(paths.map(read/* claimedTrailer */.HP));
    const filesTotal = claimed.reduce((n, t) => n + (t?.files ?? 0), 0);
    const bytesTotal = claimed.reduce((n, t) => n + (t?.bytes ?? 0), 0);
    let last = 0;
    return (files, bytes, end = false) => {
        const now = performance.now();
        if (!end && now - last < 250)
            return;
        last = now;
        onProgress({
            filesDone: files,
            filesTotal: Math.max(filesTotal, files),
            bytesDone: bytes,
            bytesTotal: Math.max(bytesTotal, bytes),
        });
    };
}
async function mergeManifests(paths, sink, toolVersion, onProgress) {
    if (paths.length === 0)
        refuse('manifest merge needs the shard manifests', '', 'run: training-provenance manifest merge shard-*.jsonl > whole.jsonl');
    const files = await Promise.all(paths.map((p) => read/* ManifestFile */.qX.open(p, 'manifest merge')));
    checkShardSet(files);
    const progress = await mergeProgress(paths, onProgress);
    await sink((0,format/* headerLine */.iH)({
        format: format/* MANIFEST_FORMAT */.Sn,
        version: format/* MANIFEST_VERSION */.hh,
        root: files[0].header.root,
        tool: `training-provenance ${toolVersion}`,
        mergedFrom: files.length,
    }));
    const heads = new Heads();
    for (const f of files)
        await advance(heads, f, f.records());
    const root = (0,external_node_crypto_.createHash)('sha256');
    let last;
    const totals = { files: 0, bytes: 0 };
    while (heads.size > 0) {
        const h = heads.pop();
        if (last && last.record.path === h.record.path)
            refuse(`${h.record.path} is in two shards: ${last.file.path} and ${h.file.path}`, h.record.path, 'merge shards of one run: each file is in exactly one');
        await sink((0,format/* recordLine */.IK)(h.record));
        root.update(Buffer.from(h.record.sha256, 'hex'));
        totals.files++;
        totals.bytes += h.record.size;
        last = h;
        progress(totals.files, totals.bytes);
        await advance(heads, h.file, h.rest);
    }
    progress(totals.files, totals.bytes, true);
    const trailer = { ...totals, root: `sha256:${root.digest('hex')}` };
    await sink((0,format/* trailerLine */.eh)(trailer));
    return trailer;
}

;// CONCATENATED MODULE: ./build/src/manifest/write.js
// `manifest PATH [--shard I/N]`: the files of a dataset directory (or one shard of them) hashed
// in OMS order and written as a manifest as they are hashed, so memory stays flat whatever
// the number of files.






async function* inShard(files, shard) {
    for await (const f of files)
        if (!shard || shardOf(f.relPath, shard.count) === shard.index)
            yield f;
}
const walkOpts = (opts) => ({
    input: 'manifest',
    ...(opts.ignorePaths ? { ignorePaths: opts.ignorePaths } : {}),
});
async function writeManifest(opts, sink) {
    const st = await (0,promises_.stat)(opts.dir).catch(() => undefined);
    if (!st?.isDirectory())
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${opts.dir} is not a directory`, {
            input: 'manifest',
            value: opts.dir,
            fix: 'give the dataset directory: a manifest lists the files under one root',
        });
    const files = () => inShard((0,walk/* walkInOrder */.$v)(opts.dir, walkOpts(opts)), opts.shard);
    const filesTotal = opts.onProgress ? await (0,stream/* countInOrder */.ft)(files()) : 0;
    await sink((0,format/* headerLine */.iH)({
        format: format/* MANIFEST_FORMAT */.Sn,
        version: format/* MANIFEST_VERSION */.hh,
        root: opts.rootLabel,
        tool: `training-provenance ${opts.toolVersion}`,
        ...(opts.shard ? { shard: opts.shard } : {}),
    }));
    const totals = await (0,stream/* hashInOrder */.Oj)(files(), (f) => sink((0,format/* recordLine */.IK)({ path: f.relPath, size: f.size, sha256: f.sha256 })), { input: 'manifest', filesTotal, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
    await sink((0,format/* trailerLine */.eh)({ files: totals.files, bytes: totals.bytes, root: `sha256:${totals.root}` }));
    return totals;
}

// EXTERNAL MODULE: ./build/src/store/files.js
var files = __webpack_require__(7216);
;// CONCATENATED MODULE: ./build/src/engine/manifest.js
// `manifest`, `manifest merge`, `manifest verify`: datasets hashed where they live, in shards
// on many nodes, merged into one manifest that attest records without reading the data.






/** Into `output` atomically when given, else to the context's standard output. */
function into(output, ctx, fill) {
    if (output)
        return (0,files/* writeStreamAtomic */.Zs)((0,external_node_path_.resolve)(output), fill, 'output');
    return fill(ctx.stdout).finally(() => ctx.stdout.flush());
}
async function makeManifest(inputs, ctx) {
    const dir = (0,external_node_path_.resolve)(inputs.path);
    const opts = {
        dir,
        rootLabel: inputs.rootName || (0,external_node_path_.basename)(dir),
        ...(inputs.shard ? { shard: parseShard(inputs.shard) } : {}),
        toolVersion: ctx.toolVersion,
        ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
    };
    return into(inputs.output ?? '', ctx, (sink) => writeManifest(opts, sink));
}
async function mergeManifestFiles(inputs, ctx) {
    const paths = inputs.manifests.map((p) => (0,external_node_path_.resolve)(p));
    return into(inputs.output ?? '', ctx, (sink) => mergeManifests(paths, sink, ctx.toolVersion, ctx.onProgress));
}
async function verifyManifest(inputs) {
    return checkManifest((0,external_node_path_.resolve)(inputs.manifest), (0,external_node_path_.resolve)(inputs.path), {
        ...(inputs.sample !== undefined ? { sample: inputs.sample } : {}),
        ...(inputs.seed !== undefined ? { seed: inputs.seed } : {}),
    });
}

// EXTERNAL MODULE: ./build/src/hash/progress.js
var progress = __webpack_require__(51499);
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
// EXTERNAL MODULE: ./build/src/cli/args.js
var cli_args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/hash/index.js + 2 modules
var hash = __webpack_require__(33018);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
;// CONCATENATED MODULE: ./build/src/cli/manifest.js








const MANIFEST_HELP = `training-provenance manifest PATH [--shard I/N] [--output FILE]
training-provenance manifest merge SHARD... [--output FILE]
training-provenance manifest verify MANIFEST PATH [--sample N [--seed S] | --all]

Hash a dataset directory where it lives and write a manifest (docs/manifests.md): one JSON line
a file (path, size, sha256) in OMS order, with the root digest attest records. --shard I/N
(0 ≤ I < N) hashes the I-th of N shards, split by path so that a shard is the same on every
run; 'merge' joins the shards of one run into the whole manifest, refusing a missing,
duplicated or foreign shard; 'verify' re-hashes all files (--all, the default) or a random
sample of N (the seed is printed, to draw it again); either way the directory is listed and
every file added or removed is named.
Exit 0 written / no difference, 1 differences found, 2 bad usage or input.

  --shard I/N         e.g. --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT
  --root-name NAME    how the header names the dataset (default: the directory's name);
                      shards of one dataset must agree
  --output FILE       where to write (default: standard output)
  --sample N, --seed S, --all
  --workspace DIR     accepted as attest takes it; every path is read where you name it,
                      absolute or relative to the current directory
  --format text|json  verify: the result as text (default) or JSON. manifest and merge: text
                      (default) writes the manifest to --output or standard output and a line on
                      standard error; json (needs --output) prints a JSON summary on standard
                      output, {output, sha256, bytes, files, datasetBytes, root}
`;
const OPTIONS = {
    shard: { type: 'string' },
    'root-name': { type: 'string' },
    output: { type: 'string' },
    sample: { type: 'string' },
    seed: { type: 'string' },
    all: { type: 'boolean' },
    workspace: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
function count(v, flag) {
    const s = (0,cli_args/* str */.gx)(v);
    if (s === '')
        return undefined;
    const n = Number(s);
    if (!Number.isSafeInteger(n) || n < 0)
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${flag} '${s}' is not a whole number`, {
            input: flag,
            value: s,
            fix: `give ${flag} as a count, e.g. ${flag} 1000`,
        });
    return n;
}
function usage(message) {
    return new errors/* ProvenanceError */.CG('INPUT_MISSING', message, {
        input: 'manifest',
        fix: "run 'training-provenance manifest --help'",
    });
}
async function cliManifest(argv, out, err) {
    const { values, positionals } = (0,cli_args/* parse */.qg)('manifest', argv, OPTIONS, Infinity);
    if (values.help) {
        out.write(MANIFEST_HELP);
        return 0;
    }
    const ctx = {
        toolVersion: version/* TOOL_VERSION */.w,
        stdout: (0,files/* streamSink */.gG)(out),
    };
    const [first, ...more] = positionals;
    if (first === 'verify')
        return cliCheck(more.map(cli_args/* here */.Zv), values, out);
    const rest = more.map(cli_args/* here */.Zv);
    const label = first === 'merge' ? 'merge' : 'manifest';
    const output = (0,cli_args/* str */.gx)(values.output);
    const format = (0,cli_format/* documentFormat */.bU)((0,cli_args/* str */.gx)(values.format), output, label);
    if (first !== 'merge' && positionals.length !== 1)
        throw usage('manifest takes one dataset directory');
    const bar = new progress/* ProgressBar */.z2(err);
    const onProgress = progressTo(err, bar, label);
    const t = await (first === 'merge'
        ? mergeManifestFiles({ manifests: rest, output: (0,cli_args/* here */.Zv)(output) }, { ...ctx, onProgress })
        : makeManifest({
            path: (0,cli_args/* here */.Zv)(first),
            shard: (0,cli_args/* str */.gx)(values.shard),
            output: (0,cli_args/* here */.Zv)(output),
            rootName: (0,cli_args/* str */.gx)(values['root-name']),
        }, { ...ctx, onProgress })).finally(() => bar.done());
    const root = t.root.startsWith('sha256:') ? t.root : `sha256:${t.root}`;
    const what = first === 'merge' ? `merged ${rest.length} shards` : 'manifest';
    await report({ output, format, what, files: t.files, bytes: t.bytes, root }, out, err);
    return 0;
}
/** The line manifest and merge always printed, or with --format json a summary of the file. */
async function report(r, out, err) {
    if (r.format === 'text') {
        err.write(`${r.what}: ${r.files} files, ${r.bytes} bytes, root ${r.root}\n`);
        return;
    }
    const written = await (0,hash/* hashFile */.DC)((0,cli_args/* here */.Zv)(r.output), 'sha256', { input: '--output' });
    const facts = { files: r.files, datasetBytes: r.bytes, root: r.root };
    (0,cli_format/* writeSummary */.Sy)({ output: r.output, sha256: written.digest, bytes: written.size }, facts, out);
}
/** A bar on a terminal; in a batch job's log, a line every 10 s. */
function progressTo(err, bar, label) {
    const line = (0,progress/* progressLogger */.St)((l) => err.write(`${l}\n`), { intervalMs: 10_000, label });
    return (p) => (err.isTTY === true ? bar.update(label, p) : line(p));
}
async function cliCheck(args, values, out) {
    const format = (0,cli_format/* formatOption */.Bx)((0,cli_args/* str */.gx)(values.format));
    if (args.length !== 2)
        throw usage('manifest verify takes a manifest and the dataset directory');
    if (values.all === true && values.sample !== undefined)
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', '--sample and --all ask for different checks', {
            input: '--sample',
            value: String(values.sample),
            fix: 'give --sample N to re-hash a sample, or --all to re-hash every file, not both',
        });
    const sample = values.all === true ? undefined : count(values.sample, '--sample');
    // A sample of none would re-hash nothing and still say SAME.
    if (sample === 0)
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', "--sample '0' re-hashes no file", {
            input: '--sample',
            value: '0',
            fix: 'give --sample a count of 1 or more, e.g. --sample 1000, or --all to re-hash every file',
        });
    const r = await verifyManifest({
        manifest: args[0],
        path: args[1],
        sample,
        seed: count(values.seed, '--seed'),
    });
    if (format === 'json')
        out.write(`${JSON.stringify(r, null, 2)}\n`);
    else {
        const how = r.seed !== undefined ? `a sample of ${r.checked} (seed ${r.seed})` : `all ${r.checked}`;
        out.write(`${r.differences.length ? 'DIFFERENT' : 'SAME'}: ${how} of ${r.listed} listed files re-hashed\n`);
        for (const d of r.differences)
            out.write(`  ${d.line} (${d.detail})\n`);
    }
    return r.differences.length ? 1 : 0;
}


/***/ }),

/***/ 76106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ cliProve)
});

// UNUSED EXPORTS: PROVE_HELP

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/commitment/leaves.js
var commitment_leaves = __webpack_require__(36511);
// EXTERNAL MODULE: ./build/src/collect/manifest.js
var manifest = __webpack_require__(45783);
// EXTERNAL MODULE: ./build/src/hash/stream.js
var stream = __webpack_require__(17848);
// EXTERNAL MODULE: ./build/src/collect/digest-list.js
var digest_list = __webpack_require__(84787);
// EXTERNAL MODULE: ./build/src/commitment/merkle.js
var merkle = __webpack_require__(23265);
// EXTERNAL MODULE: ./build/src/commitment/proof.js
var proof = __webpack_require__(75645);
// EXTERNAL MODULE: ./build/src/collect/paths.js
var paths = __webpack_require__(85768);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/hash/index.js + 2 modules
var hash = __webpack_require__(33018);
;// CONCATENATED MODULE: ./build/src/engine/prove.js
// `prove`: a proof that a digest is, or is not, among a dataset's content digests, made from the
// dataset itself (docs/commitments.md). The dataset is named as attest was given it: a file, a
// directory, `digests:FILE` or `manifest:FILE`; the commitment rebuilt from it is the one attest
// recorded. A directory is hashed as attest hashes it, in flat memory.









async function prove(inputs, ctx) {
    const digest = parseContentDigest(inputs.digest);
    const leaves = (0,commitment_leaves/* sortRawLeavesInPlace */.rb)(await contentDigests(inputs.dataset.trim(), ctx));
    return (0,proof/* makeProof */.r_)(new merkle/* MerkleTree */.vU(leaves), leaves, digest);
}
/** `sha256:HEX` → lower-case hex, or an input error. */
function parseContentDigest(text, input = 'digest') {
    const hex = (0,commitment_leaves/* parseSha256 */.tz)(text);
    if (hex === undefined)
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `'${text}' is not sha256:HEX`, {
            input,
            value: text,
            fix: 'give the content digest as sha256:<64 hex>, as `sha256sum FILE` prints it',
        });
    return hex;
}
/** The dataset's content digests (32 bytes each, packed), as attest commits to them. */
async function contentDigests(dataset, ctx) {
    const input = 'dataset';
    const list = /^digests:/i.test(dataset) ? dataset.slice('digests:'.length).trim() : undefined;
    if (list !== undefined)
        return (0,commitment_leaves/* packDigests */.bJ)((await (0,digest_list/* readDigestList */.j)(list, { workspace: ctx.workspace, input })).digests);
    if (/^manifest:/i.test(dataset))
        return (await (0,manifest/* readManifestFacts */.$M)(dataset.slice('manifest:'.length).trim(), {
            workspace: ctx.workspace,
            input,
        })).digests;
    const [entry, ...more] = await (0,paths/* resolvePatterns */.Ep)([dataset], {
        workspace: ctx.workspace,
        input,
        required: true,
    });
    if (!entry || more.length > 0)
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `'${dataset}' names ${more.length + 1} paths`, {
            input,
            value: dataset,
            fix: 'name one dataset: the file, directory or digests:FILE that attest recorded',
        });
    if (entry.kind === 'directory')
        return (await (0,stream/* digestDirectoryFlat */.bI)(entry.path, {
            input,
            ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
        })).digests;
    const digested = await (0,hash/* digestEntries */.Np)([entry], { input, onProgress: ctx.onProgress });
    return (0,commitment_leaves/* packDigests */.bJ)(digested.files.map((f) => f.sha256));
}

// EXTERNAL MODULE: ./build/src/hash/progress.js
var progress = __webpack_require__(51499);
// EXTERNAL MODULE: ./build/src/collect/dataset-spec.js
var dataset_spec = __webpack_require__(86202);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
;// CONCATENATED MODULE: ./build/src/cli/prove.js







const PROVE_HELP = `training-provenance prove --dataset PATH --digest sha256:HEX [--output FILE]
  [--format text|json]

Prove that a piece of content is, or is not, in a dataset that attest committed to, without
publishing the dataset (docs/commitments.md). Writes the proof as JSON. Exit 0 when written,
2 bad usage or input.

  --dataset PATH      the dataset as attest was given it: a file, a directory, digests:FILE
                      or manifest:FILE
  --digest sha256:HEX the content asked about (sha256sum of a file, or a sample's digest)
  --output FILE       where to write the proof (default: standard output)
  --workspace DIR     accepted as attest takes it; every path is read where you name it,
                      absolute or relative to the current directory
  --format text|json  text (default): the proof on standard output, or with --output a line on
                      standard error; json (needs --output): a JSON summary on standard output,
                      {output, sha256, bytes, digest, member, leaves, root}
`;
const OPTIONS = {
    dataset: { type: 'string' },
    digest: { type: 'string' },
    output: { type: 'string' },
    format: { type: 'string' },
    workspace: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
async function cliProve(argv, out, err) {
    const { values } = (0,args/* parse */.qg)('prove', argv, OPTIONS);
    if (values.help) {
        out.write(PROVE_HELP);
        return 0;
    }
    const output = (0,args/* str */.gx)(values.output);
    const format = (0,cli_format/* documentFormat */.bU)((0,args/* str */.gx)(values.format), output, 'prove');
    const workspace = (0,external_node_path_.resolve)((0,args/* str */.gx)(values.workspace) || '.');
    const bar = new progress/* ProgressBar */.z2(err);
    const proof = await prove({
        dataset: (0,dataset_spec/* datasetLineFrom */.rB)(required(values.dataset, '--dataset'), process.cwd()),
        digest: required(values.digest, '--digest'),
    }, { workspace, onProgress: (p) => bar.update('dataset', p) }).finally(() => bar.done());
    const { root, leaves } = proof.commitment;
    const facts = { digest: proof.digest, member: proof.member, leaves, root };
    const label = `${proof.digest} is ${proof.member ? '' : 'NOT '}in the dataset (${leaves} committed digests, root ${root})`;
    const text = `${JSON.stringify(proof, null, 2)}\n`;
    await (0,cli_format/* writeDocument */.ft)({ text, output, format, facts, label }, out, err);
    return 0;
}
function required(v, flag) {
    const s = (0,args/* str */.gx)(v);
    if (s.trim() === '')
        throw missing(flag);
    return s;
}
function missing(flag) {
    return new errors/* ProvenanceError */.CG('INPUT_MISSING', `${flag} is required`, {
        input: flag,
        fix: `run 'training-provenance prove --help'`,
    });
}


/***/ }),

/***/ 75947:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ cliSignModel)
/* harmony export */ });
/* unused harmony export SIGN_MODEL_HELP */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _engine_sign_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85063);
/* harmony import */ var _hash_progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51499);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42711);
/* harmony import */ var _trust_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53458);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27497);
/* harmony import */ var _token_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4841);







const SIGN_MODEL_HELP = `training-provenance sign-model --model DIR|FILE [--output FILE] [flags]

Sign a model as OpenSSF model signing (OMS) does, keyless through Sigstore or with a key, and
write model.sig: the signature model_signing verifies and 'verify --model-signature' checks.
Resources are listed in the specification's code-point order. Exit 0 signed, 1 a service
failed, 2 bad usage or input.

  --model DIR|FILE            the model directory, or a model that is one file (required)
  --output FILE               where to write the signature (default: DIR/model.sig, FILE.sig)
  --ignore-paths PATH         (repeatable) more paths to leave out, relative to the model or
                              absolute inside it (.git, .gitattributes, .github, .gitignore and
                              the signature itself are always left out)
  --hash-type sha256|blake2b|blake3
                              how files are hashed (default sha256; blake2b is BLAKE2b-512)
  --shard-size BYTES          sign byte ranges of BYTES (path:start:end) instead of whole
                              files: the OMS shards serialization, re-hashed on every core
                              (not with blake3, which model_signing never shards)
  --allow-symlinks            follow links that stay inside the model directory (recorded
                              as allow_symlinks: true, as model_signing's --allow_symlinks);
                              a link out of it, to nothing, or in a cycle is still refused
  --private-key PEM           sign with an EC P-256/384/521 key instead of keyless (an
                              encrypted key's passphrase: TRAINING_PROVENANCE_KEY_PASSPHRASE)
  --signing-cert PEM          with --private-key: its certificate, carried in the bundle
                              (verify with --cert-chain and the anchors)
  --cert-chain PEM            (repeatable) with --signing-cert: the certificates that issued
                              it, its issuer first, carried in the bundle as model_signing's
                              sign certificate --certificate_chain does
  --sigstore auto|public-good|github|custom, --fulcio-url URL, --rekor-url URL, --tsa-url URL
  --trust-config FILE         a Sigstore ClientTrustConfig (as model_signing --trust_config
                              reads): sign with its Fulcio, Rekor and TSA, instead of the above
  --identity-token-file FILE  the OIDC token (else SIGSTORE_ID_TOKEN, or the runner's)
  --workspace DIR             accepted as attest takes it; every path is read where you
                              name it, absolute or relative to the current directory
  --format text|json
`;
const OPTIONS = {
    model: { type: 'string' },
    output: { type: 'string' },
    'private-key': { type: 'string' },
    'signing-cert': { type: 'string' },
    'cert-chain': { type: 'string', multiple: true },
    'ignore-paths': { type: 'string', multiple: true },
    'allow-symlinks': { type: 'boolean' },
    'hash-type': { type: 'string' },
    'shard-size': { type: 'string' },
    sigstore: { type: 'string' },
    'fulcio-url': { type: 'string' },
    'rekor-url': { type: 'string' },
    'tsa-url': { type: 'string' },
    ..._trust_config_js__WEBPACK_IMPORTED_MODULE_3__/* .TRUST_CONFIG_OPTION */ .uC,
    'identity-token-file': { type: 'string' },
    workspace: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
async function cliSignModel(argv, out, err) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)('sign-model', argv, OPTIONS);
    if (values.help) {
        out.write(SIGN_MODEL_HELP);
        return 0;
    }
    const format = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOption */ .Bx)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values.format));
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values.workspace) || '.');
    const tokenFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values['identity-token-file']);
    const bar = new _hash_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .ProgressBar */ .z2(err);
    const signed = await (0,_engine_sign_model_js__WEBPACK_IMPORTED_MODULE_1__/* .signModel */ .TP)({
        model: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .here */ .Zv)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values.model)),
        output: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .here */ .Zv)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values.output)),
        ignorePaths: values['ignore-paths'] ?? [],
        ...(await (0,_trust_config_js__WEBPACK_IMPORTED_MODULE_3__/* .signingFlags */ .JB)(values)),
        privateKey: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .here */ .Zv)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values['private-key'])),
        signingCert: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .here */ .Zv)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values['signing-cert'])),
        certChain: (values['cert-chain'] ?? []).map(_args_js__WEBPACK_IMPORTED_MODULE_2__/* .here */ .Zv),
        allowSymlinks: values['allow-symlinks'] === true,
        hashType: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values['hash-type']),
        shardSize: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(values['shard-size']),
    }, {
        workspace,
        getIdToken: () => (0,_token_js__WEBPACK_IMPORTED_MODULE_5__/* .commandIdToken */ .o)({ tokenFile, env: process.env }),
        idTokenProblem: () => 'no SIGSTORE_ID_TOKEN, --identity-token-file or Actions runner token',
        keyPassphrase: process.env.TRAINING_PROVENANCE_KEY_PASSPHRASE || undefined,
        log: (line) => err.write(`${line}\n`),
        onProgress: (p) => bar.update('model', p),
    }).finally(() => bar.done());
    const summary = { path: signed.path, root: signed.root, logIndex: signed.logIndex ?? null };
    out.write(format === 'json'
        ? `${JSON.stringify(summary, null, 2)}\n`
        : `model signature: ${signed.path}\nroot:            sha256:${signed.root}\n${signed.logIndex ? `log index:       ${signed.logIndex}\n` : ''}`);
    return 0;
}


/***/ }),

/***/ 10698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ tufCacheDir),
/* harmony export */   C5: () => (/* binding */ signerInputs),
/* harmony export */   ml: () => (/* binding */ SIGNER_OPTIONS),
/* harmony export */   rM: () => (/* binding */ SIGNER_HELP)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _verify_trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9610);
/* harmony import */ var _verify_tuf_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29880);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42711);
// The flags that pin who signed (a CI identity, a key, your PKI's anchors), and the trusted
// root: the same for `verify` and `verify-proof`.





const SIGNER_OPTIONS = {
    repository: { type: 'string' },
    'signer-workflow': { type: 'string' },
    'source-ref': { type: 'string' },
    'cert-identity': { type: 'string' },
    'cert-identity-regex': { type: 'string' },
    'cert-oidc-issuer': { type: 'string' },
    'deny-self-hosted-runners': { type: 'boolean' },
    'trusted-root': { type: 'string' },
    'tuf-url': { type: 'string' },
    'tuf-root': { type: 'string' },
    offline: { type: 'boolean' },
    'public-key': { type: 'string' },
    'cert-chain': { type: 'string', multiple: true },
};
const SIGNER_HELP = `  --repository OWNER/REPO     expected source repository (certificate extension 12)
  --signer-workflow OWNER/REPO/.github/workflows/FILE.yml[@REF]
  --source-ref REF            exact or glob (refs/tags/v*)
  --cert-identity SAN, --cert-identity-regex RE, --cert-oidc-issuer URL
  --deny-self-hosted-runners
  --trusted-root auto|public-good|github|FILE   (default auto: refreshed over TUF, the
                              embedded root when offline)
  --tuf-url URL --tuf-root FILE   a TUF repository (mirror, private Sigstore) and its root.json
  --offline                   never ask a TUF repository (also TRAINING_PROVENANCE_OFFLINE=1)
  --public-key PEM            what is signed with a key (attest --private-key, model_signing
                              sign key) must verify with this key; a key proves no CI
                              identity, so --repository and the like then fail
  --cert-chain PEM            (repeatable) trust anchors of your own PKI: what is signed with
                              its certificates (attest --signing-cert, model_signing sign
                              certificate) must chain to them; proves no CI identity`;
/** The flags as the engine takes them, every file absolute (read where the user names it). */
function signerInputs(values) {
    const root = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['trusted-root']);
    return {
        tufUrl: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['tuf-url']),
        tufRoot: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .here */ .Zv)((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['tuf-root'])),
        offline: values.offline === true || (0,_verify_tuf_js__WEBPACK_IMPORTED_MODULE_3__/* .offlineRequested */ .EZ)(process.env),
        repository: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values.repository),
        signerWorkflow: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['signer-workflow']),
        sourceRef: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['source-ref']),
        certIdentity: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['cert-identity']),
        certIdentityRegex: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['cert-identity-regex']),
        certOidcIssuer: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['cert-oidc-issuer']),
        denySelfHostedRunners: values['deny-self-hosted-runners'] === true,
        publicKey: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .here */ .Zv)((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['public-key'])),
        certChain: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .herePaths */ .tM)(values['cert-chain']),
        trustedRoot: !root ? 'auto' : _verify_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .NAMED_TRUSTED_ROOTS */ .SG.includes(root) ? root : (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .here */ .Zv)(root),
    };
}
/** Where the command keeps TUF metadata and refreshed roots: the user's cache directory. */
function tufCacheDir(env) {
    const base = env.XDG_CACHE_HOME ||
        (env.HOME ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME, '.cache') : '') ||
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)() || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), '.cache');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, 'training-provenance', 'tuf');
}


/***/ }),

/***/ 4841:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ commandIdToken)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _collect_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33052);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
// The OIDC token for the command: SIGSTORE_ID_TOKEN, a token file, or the Actions runner's
// token endpoint when the command runs inside a `run:` step. The endpoint is asked directly,
// not through @actions/core: its getIDToken writes `::add-mask::<token>` and `::debug::` to
// stdout, which would put the token into `--format json > result.json`.
// A token the user gives (a file, the variable) that is not a JWT is bad input, said of where
// it came from and never quoted; the runner's is the token service's failure.




const TOKEN_FIX = 'give the raw OIDC token (a JWT, HEADER.PAYLOAD.SIGNATURE) your CI issues for the audience sigstore';
async function commandIdToken(src) {
    if (src.tokenFile) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(src.tokenFile);
        return givenToken(await readTokenFile(path), path);
    }
    if (src.env.SIGSTORE_ID_TOKEN)
        return givenToken(src.env.SIGSTORE_ID_TOKEN.trim());
    const url = src.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = src.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer)
        return undefined;
    return runnerToken(url, bearer, 'sigstore');
}
/** GET <url>&audience=A with the request bearer, as the runner's token service expects. */
async function runnerToken(url, bearer, audience) {
    const target = new URL(url);
    target.searchParams.set('audience', audience);
    let res;
    try {
        res = await fetch(target, {
            headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (e) {
        throw tokenError(`no answer (${e.message})`, e);
    }
    const body = (await res.json().catch(() => ({})));
    if (!res.ok || typeof body.value !== 'string' || body.value === '')
        throw tokenError(`HTTP ${res.status}${res.ok ? ' without a token' : ''}`);
    return body.value;
}
function tokenError(why, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('OIDC_UNAVAILABLE', `the runner's OIDC token service failed: ${why}`, {
        input: 'sign',
        value: 'true',
        fix: "give the job 'permissions: id-token: write', pass --identity-token-file, or use --no-sign",
        cause,
    });
}
async function readTokenFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('FILE_UNREADABLE', `cannot read the token file ${path}: ${e.message}`, { input: '--identity-token-file', value: path, fix: TOKEN_FIX, cause: e });
    }
    const token = text.trim();
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `the token file ${path} is empty`, {
            input: '--identity-token-file',
            value: path,
            fix: TOKEN_FIX,
        });
    return token;
}
/** The token as given, when it is a JWT; else bad input naming its source (file or variable). */
function givenToken(token, file) {
    const read = (0,_collect_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .readJwtClaims */ .Lw)(token);
    if ('claims' in read)
        return token;
    const where = file ? `the token file ${file}` : 'SIGSTORE_ID_TOKEN';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `${where} is not an OIDC token: ${read.problem}`, {
        input: file ? '--identity-token-file' : 'SIGSTORE_ID_TOKEN',
        ...(file ? { value: file } : {}),
        fix: TOKEN_FIX,
    });
}


/***/ }),

/***/ 53458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uC: () => (/* binding */ TRUST_CONFIG_OPTION),
  JB: () => (/* binding */ signingFlags),
  DE: () => (/* binding */ trustConfigRoot)
});

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/verify/trust-root.js
var trust_root = __webpack_require__(61130);
// EXTERNAL MODULE: ./build/src/sign/instances.js
var instances = __webpack_require__(98423);
;// CONCATENATED MODULE: ./build/src/sign/trust-config.js
// A Sigstore ClientTrustConfig (protobuf-specs dev.sigstore.trustroot.v1): one file naming a
// private instance's trusted root and where to sign (SigningConfig v0.2), as sigstore-python 4
// (`--trust-config`), cosign and model_signing read it. The one reader: the CLI resolves the
// path, the engine gets the endpoints and the root.




const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const MAX_BYTES = 5 * 1024 * 1024;
/** Public-good names its TSA by the full endpoint; the signer appends this path itself. */
const TSA_PATH = /\/api\/v1\/timestamp\/?$/;
/** Read and check a ClientTrustConfig; `input` is the flag that named it. */
async function readTrustConfig(path, input = 'trust-config') {
    const bad = badField(path, input);
    const doc = await readJson(path, input);
    if (!isObject(doc))
        throw bad('the file', 'is not a JSON object');
    if (doc.mediaType !== trust_root/* CLIENT_TRUST_CONFIG_MEDIA_TYPE */.qJ)
        throw bad('mediaType', `is ${JSON.stringify(doc.mediaType)}, not ${trust_root/* CLIENT_TRUST_CONFIG_MEDIA_TYPE */.qJ}`);
    if (!isObject(doc.trustedRoot))
        throw bad('trustedRoot', 'is missing');
    const sc = doc.signingConfig;
    if (!isObject(sc))
        throw bad('signingConfig', 'is missing');
    if (sc.mediaType !== SIGNING_CONFIG_MEDIA_TYPE)
        throw bad('signingConfig.mediaType', `is ${JSON.stringify(sc.mediaType)}, not ${SIGNING_CONFIG_MEDIA_TYPE}`);
    const list = (field) => services(sc[field], `signingConfig.${field}`, bad);
    const ca = list('caUrls');
    if (ca.length === 0)
        throw bad('signingConfig.caUrls', 'names no Fulcio');
    return {
        path,
        input,
        trustedRoot: rootOf(doc.trustedRoot, path, input),
        services: { ca, rekor: list('rekorTlogUrls'), tsa: list('tsaUrls') },
    };
}
/** Where to sign now: the Fulcio, Rekor (v1 API) and TSA valid at `now`, the newest first. */
function signingEndpoints(tc, now = new Date()) {
    const bad = badField(tc.path, tc.input);
    const ca = current(tc.services.ca, now);
    if (!ca)
        throw bad('signingConfig.caUrls', `names no Fulcio valid at ${now.toISOString()}`);
    const rekor = current(tc.services.rekor, now, 1);
    const tsa = current(tc.services.tsa, now);
    if (!rekor && !tsa)
        throw bad('signingConfig', `names no Rekor (v1 API) nor TSA valid at ${now.toISOString()}: a signature needs a trusted time`);
    const url = (field, s) => {
        try {
            return s && (0,instances/* checkUrl */.CU)(field, s.url);
        }
        catch (e) {
            // checkUrl's message quotes the URL with its credentials as ***.
            throw bad(`signingConfig.${field}`, e.message);
        }
    };
    return {
        instance: 'custom',
        fulcioUrl: url('caUrls', ca),
        rekorUrl: url('rekorTlogUrls', rekor),
        tsaUrl: url('tsaUrls', tsa)?.replace(TSA_PATH, ''),
    };
}
function badField(path, input) {
    return (field, why) => new errors/* ProvenanceError */.CG('INPUT_INVALID', `trust config ${path}: ${field} ${why}`, {
        input,
        value: path,
        fix: `pass a Sigstore ClientTrustConfig (${trust_root/* CLIENT_TRUST_CONFIG_MEDIA_TYPE */.qJ}) with its trustedRoot and signingConfig`,
    });
}
function rootOf(json, path, input) {
    try {
        return (0,trust_root/* trustedRootFromJSON */.ad)(json, 'trust-config', `${path} (trustedRoot)`);
    }
    catch (e) {
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', e.message, {
            input,
            value: path,
            fix: 'its trustedRoot must be a Sigstore trusted_root.json object',
            cause: e,
        });
    }
}
async function readJson(path, input) {
    let text;
    try {
        const st = await (0,promises_.stat)(path);
        if (!st.isFile())
            throw new Error('not a regular file');
        if (st.size > MAX_BYTES)
            throw new Error(`${st.size} bytes, more than ${MAX_BYTES} allowed`);
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new errors/* ProvenanceError */.CG('FILE_UNREADABLE', `cannot read trust config ${path}: ${e.message}`, {
            input,
            value: path,
            fix: 'pass the path of a ClientTrustConfig JSON file',
            cause: e,
        });
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `trust config ${path} is not JSON: ${e.message}`, {
            input,
            value: path,
            fix: 'pass a ClientTrustConfig JSON file',
            cause: e,
        });
    }
}
function services(raw, field, bad) {
    if (raw === undefined)
        return [];
    if (!Array.isArray(raw))
        throw bad(field, 'is not a list');
    return raw.map((s, i) => {
        const at = `${field}[${i}]`;
        if (!isObject(s) || typeof s.url !== 'string' || s.url === '')
            throw bad(`${at}.url`, 'is missing');
        const validFor = s.validFor;
        if (!isObject(validFor))
            throw bad(`${at}.validFor`, 'is missing');
        const start = Date.parse(String(validFor.start));
        if (Number.isNaN(start))
            throw bad(`${at}.validFor.start`, 'is not a timestamp');
        const end = validFor.end === undefined ? undefined : Date.parse(String(validFor.end));
        if (end !== undefined && Number.isNaN(end))
            throw bad(`${at}.validFor.end`, 'is not a timestamp');
        const version = s.majorApiVersion ?? 1;
        if (typeof version !== 'number')
            throw bad(`${at}.majorApiVersion`, 'is not a number');
        return { url: s.url, majorApiVersion: version, start, end };
    });
}
/** The service valid now (start ≤ now < end), the newest start first, of the API version given. */
function current(list, now, version) {
    const t = now.getTime();
    return list
        .filter((s) => s.start <= t && (s.end === undefined || t < s.end))
        .filter((s) => version === undefined || s.majorApiVersion === version)
        .sort((a, b) => b.start - a.start)[0];
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
;// CONCATENATED MODULE: ./build/src/cli/trust-config.js
// `--trust-config FILE`: a Sigstore ClientTrustConfig in place of `--sigstore custom` and its
// URLs (attest, sign-model) or of `--trusted-root` (verify). Read here, at the edge; the engine
// gets endpoints and a root path as it gets them from the other flags.



const TRUST_CONFIG_OPTION = { 'trust-config': { type: 'string' } };
const SIGNING_FLAGS = ['sigstore', 'fulcio-url', 'rekor-url', 'tsa-url'];
/** The signing instance: from --trust-config, or from --sigstore and its URLs. */
async function signingFlags(values) {
    const file = (0,args/* str */.gx)(values['trust-config']);
    if (!file)
        return {
            sigstore: (0,args/* str */.gx)(values.sigstore) || 'auto',
            fulcioUrl: (0,args/* str */.gx)(values['fulcio-url']),
            rekorUrl: (0,args/* str */.gx)(values['rekor-url']),
            tsaUrl: (0,args/* str */.gx)(values['tsa-url']),
        };
    refuseBoth(values, SIGNING_FLAGS, file);
    const e = signingEndpoints(await readTrustConfig((0,args/* here */.Zv)(file)));
    return {
        sigstore: 'custom',
        fulcioUrl: e.fulcioUrl,
        rekorUrl: e.rekorUrl ?? '',
        tsaUrl: e.tsaUrl ?? '',
    };
}
/** The trusted root to verify with: the --trust-config file (checked here), else undefined. */
async function trustConfigRoot(values) {
    const file = (0,args/* str */.gx)(values['trust-config']);
    if (!file)
        return undefined;
    refuseBoth(values, ['trusted-root', 'tuf-url', 'tuf-root'], file);
    await readTrustConfig((0,args/* here */.Zv)(file));
    return (0,args/* here */.Zv)(file);
}
function refuseBoth(values, flags, file) {
    const other = flags.find((f) => values[f] !== undefined);
    if (other)
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `--trust-config and --${other} both name the instance`, {
            input: 'trust-config',
            value: file,
            fix: `give one: --trust-config FILE names it all, or drop it for --${other}`,
        });
}


/***/ }),

/***/ 11318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ cliTrustedRoot)
});

// UNUSED EXPORTS: TRUSTED_ROOT_HELP

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./build/src/verify/trust.js + 1 modules
var trust = __webpack_require__(9610);
// EXTERNAL MODULE: ./build/src/verify/tuf.js
var tuf = __webpack_require__(29880);
// EXTERNAL MODULE: ./build/src/engine/verify.js + 9 modules
var verify = __webpack_require__(41199);
;// CONCATENATED MODULE: ./build/src/engine/trusted-root.js
// `trusted-root`: the roots `trusted-root: auto` would use now, as JSON lines (one root a line,
// as `gh attestation trusted-root` prints them), for verifying later without network.




async function currentTrustedRoots(inputs, ctx) {
    const refresh = (0,verify/* tufRefresh */.zI)(inputs, ctx);
    if (!refresh) {
        const seed = (0,trust/* publicGoodTrustedRoot */.cB)();
        ctx.log(`offline: the embedded public-good root (${seed.source})`);
        return [seed];
    }
    const outcome = await (0,tuf/* refreshTrustedRoot */.nA)(refresh);
    if (outcome.ok) {
        ctx.log(`${outcome.root.source}${outcome.fromCache ? ' (kept from an earlier refresh)' : ''}`);
        return [outcome.root];
    }
    const seed = (0,trust/* publicGoodTrustedRoot */.cB)();
    ctx.log(`${refresh.url} could not be reached (${outcome.unreachable}): the embedded public-good root (${seed.source})`);
    return [seed];
}
function trustedRootsJsonl(roots) {
    return roots.map((r) => `${JSON.stringify(dist.TrustedRoot.toJSON(r.root))}\n`).join('');
}

// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
// EXTERNAL MODULE: ./build/src/cli/signer-flags.js
var signer_flags = __webpack_require__(10698);
;// CONCATENATED MODULE: ./build/src/cli/trusted-root.js






const TRUSTED_ROOT_HELP = `training-provenance trusted-root [--tuf-url URL --tuf-root FILE] [--output FILE]
  [--format text|json]

Print the trusted roots that 'verify --trusted-root auto' uses now, refreshed over TUF, as JSON
lines (one root a line, as 'gh attestation trusted-root' prints them). Save them where the
verification will have no network, and pass the file as --trusted-root. Exit 0 written, 1 the
TUF repository refused to verify, 2 bad usage.

  --tuf-url URL --tuf-root FILE   a TUF repository (mirror, private Sigstore) and its root.json;
                              default the public-good repository
  --offline                   no refresh: the embedded public-good root
  --output FILE               write to FILE instead of standard output
  --workspace DIR             accepted as attest takes it; every path is read where you
                              name it, absolute or relative to the current directory
  --format text|json          text (default): the JSON lines on standard output, or with
                              --output a line on standard error; json (needs --output): a JSON
                              summary on standard output, {output, sha256, bytes, roots}
`;
const OPTIONS = {
    'tuf-url': { type: 'string' },
    'tuf-root': { type: 'string' },
    offline: { type: 'boolean' },
    output: { type: 'string' },
    format: { type: 'string' },
    workspace: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
async function cliTrustedRoot(argv, out, err) {
    const { values } = (0,args/* parse */.qg)('trusted-root', argv, OPTIONS);
    if (values.help) {
        out.write(TRUSTED_ROOT_HELP);
        return 0;
    }
    const output = (0,args/* str */.gx)(values.output);
    const format = (0,cli_format/* documentFormat */.bU)((0,args/* str */.gx)(values.format), output, 'trusted-root');
    const workspace = (0,external_node_path_.resolve)((0,args/* str */.gx)(values.workspace) || '.');
    const roots = await currentTrustedRoots({
        tufUrl: (0,args/* str */.gx)(values['tuf-url']),
        tufRoot: (0,args/* here */.Zv)((0,args/* str */.gx)(values['tuf-root'])),
        offline: values.offline === true || (0,tuf/* offlineRequested */.EZ)(process.env),
    }, { workspace, tufCacheDir: (0,signer_flags/* tufCacheDir */.$J)(process.env), log: (l) => err.write(`${l}\n`) });
    const text = trustedRootsJsonl(roots);
    const label = `${roots.length} trusted root${roots.length === 1 ? '' : 's'}`;
    await (0,cli_format/* writeDocument */.ft)({ text, output, format, facts: { roots: roots.length }, label }, out, err);
    return 0;
}


/***/ }),

/***/ 76456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ cliVerifyProof)
});

// UNUSED EXPORTS: VERIFY_PROOF_HELP

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/commitment/proof.js
var commitment_proof = __webpack_require__(75645);
// EXTERNAL MODULE: ./build/src/identity/expected-signer.js
var expected_signer = __webpack_require__(71657);
// EXTERNAL MODULE: ./build/src/verify/pipeline.js + 2 modules
var pipeline = __webpack_require__(36835);
// EXTERNAL MODULE: ./build/src/verify/proofs.js
var proofs = __webpack_require__(58184);
// EXTERNAL MODULE: ./build/src/engine/verify.js + 9 modules
var verify = __webpack_require__(41199);
;// CONCATENATED MODULE: ./build/src/engine/verify-proof.js
// `verify-proof`: whether a piece of content was, or was not, in a dataset of a signed training
// run. The bundle is verified as verify does (signature, log or timestamp, trusted root, signer:
// a CI identity, a key, or a PKI's anchors); the proof is checked against the commitment the
// verified record holds, never its own. A record that did not verify leaves the proof unchecked.





async function verifyProof(inputs, ctx) {
    const proof = await (0,proofs/* readProofFile */.nW)(inputs.proof);
    const identity = (0,verify/* signerOf */.Kv)(inputs, undefined, ctx);
    (0,expected_signer/* requireSigner */.Sz)(identity, inputs);
    const trust = await (0,verify/* keyTrust */.y$)(inputs, ctx.workspace);
    const { report, view } = await (0,pipeline/* verifyRecord */.RC)({
        bundles: [inputs.bundle],
        identity,
        trustedRoot: inputs.trustedRoot.trim() || 'auto',
        workspace: ctx.workspace,
        now: ctx.now,
        refresh: (0,verify/* tufRefresh */.zI)(inputs, ctx),
        ...trust,
    });
    if (report.identity.some((c) => c.check === 'identity-required' && !c.ok))
        throw (0,expected_signer/* noSigner */.E5)('the record is signed keylessly, which a key or anchors do not pin: ');
    const verdict = {
        holds: false,
        recordVerified: view !== undefined,
        digest: proof.digest,
        report,
        violations: [],
    };
    if (!view)
        return { ...verdict, violations: report.violations };
    verdict.run = view.invocationId ?? report.signer?.runInvocationUri;
    const dataset = committedDataset(view, proof);
    if (!dataset)
        return { ...verdict, violations: [noDataset(proof)] };
    verdict.dataset = { name: dataset.name, uri: dataset.uri, leaves: dataset.commitment.leaves };
    const check = (0,commitment_proof/* checkProof */.DW)(proof, dataset.commitment);
    if (!check.ok)
        return { ...verdict, violations: [proofViolation(check.reason)] };
    return { ...verdict, holds: true, member: check.member };
}
/** The dataset whose recorded commitment the proof is against. */
function committedDataset(view, proof) {
    return view.datasets.find((d) => d.commitment?.root === proof.commitment.root &&
        d.commitment.leaves === proof.commitment.leaves);
}
function noDataset(proof) {
    return proofViolation(`no dataset of this training record commits to root ${proof.commitment.root} (${proof.commitment.leaves} leaves): the proof is about another dataset or another run`);
}
const proofViolation = (message) => ({ kind: 'policy', rule: 'proof', message });
/** What failed of the record, said as a user names it. */
const FAILED = {
    bundle: 'bundle',
    'trusted-root': 'trusted root',
    signature: 'signature',
    identity: 'signer',
    statement: 'statement',
    subject: 'subject',
    policy: 'policy',
};
/** The one line the command prints. */
function describeProofVerdict(v) {
    const why = v.violations.map((x) => x.message).join('; ');
    if (!v.recordVerified) {
        const which = [...new Set(v.violations.map((x) => FAILED[x.kind]))].join(', ') || 'bundle';
        return `the training record did not verify (${which}): ${why || 'no bundle verified'}; the proof was not checked`;
    }
    if (!v.holds)
        return `the proof does not hold: ${why}`;
    const where = `dataset '${v.dataset.name}' (${v.dataset.leaves} committed digests) of run ${v.run ?? 'unknown'}`;
    const signer = v.report.signer?.san ?? v.report.signedWithKey ?? 'an unknown signer';
    return `${v.digest} ${v.member ? 'WAS' : 'was NOT'} in ${where}, signed by ${signer}`;
}

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/github.js
var github = __webpack_require__(15042);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
// EXTERNAL MODULE: ./build/src/cli/signer-flags.js
var signer_flags = __webpack_require__(10698);
;// CONCATENATED MODULE: ./build/src/cli/verify-proof.js







const VERIFY_PROOF_HELP = `training-provenance verify-proof --bundle training.sigstore.json --proof FILE [flags]

Check a proof that a piece of content was, or was not, in a dataset of a signed training run.
The bundle is verified as verify does it, with the same signer flags (a CI identity, a
--public-key, or --cert-chain anchors); the proof is checked against the commitment in the
verified record. Prints one line. Exit 0 when the proof holds; 1 when it does not, or when the
record did not verify (the line says which check failed, and that the proof was not checked);
2 bad usage or input, no signer given included.

  --bundle FILE               the training record's bundle (training.sigstore.json)
  --proof FILE                a proof written by 'training-provenance prove'
${signer_flags/* SIGNER_HELP */.rM}
  --workspace DIR             accepted as verify takes it; every path is read where you
                              name it, absolute or relative to the current directory
  --format text|json
`;
const OPTIONS = {
    bundle: { type: 'string' },
    proof: { type: 'string' },
    ...signer_flags/* SIGNER_OPTIONS */.ml,
    workspace: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
async function cliVerifyProof(argv, out, err) {
    const { values } = (0,args/* parse */.qg)('verify-proof', argv, OPTIONS);
    if (values.help) {
        out.write(VERIFY_PROOF_HELP);
        return 0;
    }
    const format = (0,cli_format/* formatOption */.Bx)((0,args/* str */.gx)(values.format));
    const workspace = (0,external_node_path_.resolve)((0,args/* str */.gx)(values.workspace) || '.');
    const path = (flag) => {
        if (!(0,args/* str */.gx)(values[flag]).trim())
            throw new errors/* ProvenanceError */.CG('INPUT_MISSING', `--${flag} is required`, {
                input: `--${flag}`,
                fix: "run 'training-provenance verify-proof --help'",
            });
        return (0,args/* here */.Zv)((0,args/* str */.gx)(values[flag]));
    };
    const verdict = await verifyProof({ bundle: path('bundle'), proof: path('proof'), ...(0,signer_flags/* signerInputs */.C5)(values) }, {
        workspace,
        ...(0,github/* githubUrls */.MB)(process.env),
        tufCacheDir: (0,signer_flags/* tufCacheDir */.$J)(process.env),
        log: (line) => err.write(`${line}\n`),
    });
    const line = describeProofVerdict(verdict);
    if (format === 'json') {
        const { report, ...rest } = verdict;
        const signer = { signer: report.signer, signedWithKey: report.signedWithKey };
        out.write(`${JSON.stringify({ ...rest, line, ...signer }, null, 2)}\n`);
    }
    else
        out.write(`${line}\n`);
    return verdict.holds ? 0 : 1;
}


/***/ }),

/***/ 15007:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ cliVerify)
/* harmony export */ });
/* unused harmony export VERIFY_HELP */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _engine_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41199);
/* harmony import */ var _hash_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51499);
/* harmony import */ var _store_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7216);
/* harmony import */ var _verify_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(23329);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42711);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27497);
/* harmony import */ var _signer_flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10698);
/* harmony import */ var _trust_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53458);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15042);










const VERIFY_HELP = `training-provenance verify --model PATH (--bundle FILE | --repository OWNER/REPO) [flags]

Check a bundle's signature against a trusted root, pin its signer, re-hash the model and
evaluate a policy. Exit 0 verified, 1 not verified, 2 bad usage or input, no signer
given included (a signer flag, a policy's identity, --public-key or --cert-chain).

  --model PATH                model file, directory or glob (repeatable, required)
  --bundle FILE               .sigstore.json or .jsonl (repeatable); without it, the model's
                              digest is looked up in --repository's attestations (GITHUB_TOKEN)
${_signer_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNER_HELP */ .rM}
  --trust-config FILE         a Sigstore ClientTrustConfig: verify with its trusted root
                              (instead of --trusted-root)
  --policy FILE               YAML policy
  --proofs DIR                proof files (training-provenance prove) for datasets.deny-content
  --advisories PATH           (repeatable) OSV data in place of the shipped advisories: an
                              OSV JSON file, a directory of them, or osv.dev's PyPI/all.zip
  --model-signature FILE      an OMS model.sig to check too (default: model.sig inside a
                              model directory, when there is one); with no --bundle, the
                              model signature is verified on its own. A one-file model:
                              --model FILE --model-signature FILE.sig
  --no-model-signature        check no model.sig
  --model-signature-identity SAN, --model-signature-identity-regex RE,
  --model-signature-issuer URL
                              the model signature's signer, when it is not the provenance's
  --ignore-paths PATH         (repeatable) more paths for the model signature to leave out
  --ignore-unsigned-files     files the model signature does not list are not a failure
  --report FILE               also write the JSON report to FILE
  --workspace DIR             what subject names are relative to (default: the current
                              directory); every path is read where you name it, absolute or
                              relative to the current directory
  --format text|json
`;
const OPTIONS = {
    model: { type: 'string', multiple: true },
    bundle: { type: 'string', multiple: true },
    ..._signer_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNER_OPTIONS */ .ml,
    ..._trust_config_js__WEBPACK_IMPORTED_MODULE_6__/* .TRUST_CONFIG_OPTION */ .uC,
    policy: { type: 'string' },
    proofs: { type: 'string' },
    advisories: { type: 'string', multiple: true },
    'model-signature': { type: 'string' },
    'no-model-signature': { type: 'boolean' },
    'model-signature-identity': { type: 'string' },
    'model-signature-identity-regex': { type: 'string' },
    'model-signature-issuer': { type: 'string' },
    'ignore-paths': { type: 'string', multiple: true },
    'ignore-unsigned-files': { type: 'boolean' },
    report: { type: 'string' },
    workspace: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
async function cliVerify(argv, out, err) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)('verify', argv, OPTIONS);
    if (values.help) {
        out.write(VERIFY_HELP);
        return 0;
    }
    const format = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOption */ .Bx)((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.format));
    const env = process.env;
    // Paths are read where the user names them (here); the workspace decides subject names.
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.workspace) || '.');
    // Drawn on a terminal only; a log or a pipe gets nothing.
    const trustConfig = await (0,_trust_config_js__WEBPACK_IMPORTED_MODULE_6__/* .trustConfigRoot */ .DE)(values);
    const bar = new _hash_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .ProgressBar */ .z2(err);
    const report = await (0,_engine_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verify */ .MX)({
        model: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .herePaths */ .tM)(values.model),
        bundle: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .herePaths */ .tM)(values.bundle),
        ...(0,_signer_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .signerInputs */ .C5)(values),
        ...(trustConfig ? { trustedRoot: trustConfig } : {}),
        policy: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .here */ .Zv)((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.policy)),
        proofs: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .here */ .Zv)((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.proofs)),
        advisories: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .herePaths */ .tM)(values.advisories),
        // parseArgs (allowNegative) reads --no-model-signature as model-signature: false.
        modelSignature: values['model-signature'] === false || values['no-model-signature'] === true
            ? 'false'
            : (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .here */ .Zv)((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['model-signature'])) || 'auto',
        modelSignatureIdentity: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['model-signature-identity']),
        modelSignatureIdentityRegex: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['model-signature-identity-regex']),
        modelSignatureIssuer: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['model-signature-issuer']),
        ignorePaths: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .pathList */ .CN)(values['ignore-paths']),
        ignoreUnsignedFiles: values['ignore-unsigned-files'] === true,
    }, {
        workspace,
        ...(0,_github_js__WEBPACK_IMPORTED_MODULE_8__/* .githubUrls */ .MB)(env),
        currentRepository: env.GITHUB_REPOSITORY,
        githubToken: env.GITHUB_TOKEN,
        tufCacheDir: (0,_signer_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .tufCacheDir */ .$J)(env),
        log: (line) => err.write(`${line}\n`),
        onProgress: (label, p) => bar.update(label, p),
    }).finally(() => bar.done());
    const reportFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.report);
    if (reportFile)
        await (0,_store_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .here */ .Zv)(reportFile), (0,_verify_report_js__WEBPACK_IMPORTED_MODULE_9__/* .renderReportJson */ .BK)(report), '--report');
    out.write(format === 'json' ? (0,_verify_report_js__WEBPACK_IMPORTED_MODULE_9__/* .renderReportJson */ .BK)(report) : (0,_verify_report_js__WEBPACK_IMPORTED_MODULE_9__/* .renderText */ .S5)(report));
    return report.verified ? 0 : 1;
}


/***/ }),

/***/ 85063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ digestSha256),
/* harmony export */   TP: () => (/* binding */ signModel),
/* harmony export */   Yl: () => (/* binding */ serializationChoice),
/* harmony export */   dH: () => (/* binding */ modelWalk),
/* harmony export */   wA: () => (/* binding */ listModel),
/* harmony export */   yA: () => (/* binding */ oneModel)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _collect_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33052);
/* harmony import */ var _collect_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85768);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33018);
/* harmony import */ var _oms_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68123);
/* harmony import */ var _oms_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11833);
/* harmony import */ var _oms_sign_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27890);
/* harmony import */ var _oms_single_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80526);
/* harmony import */ var _oms_statement_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(23238);
/* harmony import */ var _sign_key_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(76452);
/* harmony import */ var _sign_instances_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(98423);
// `sign-model`: an OpenSSF model signature (model.sig) on its own, keyless, with the same token
// sources and Sigstore instances as attest, for a model that has no training record to go with
// it (or before one is made). The signature is the one attest's model-signature writes.












async function signModel(inputs, ctx) {
    const dir = await oneModel(inputs.model, ctx.workspace);
    // Everything that can fail is checked before the model is read.
    const how = serializationChoice(inputs);
    const signer = await signingMaterial(inputs, ctx);
    const isFile = dir.kind === 'file';
    const output = inputs.output
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(inputs.output)
        : isFile
            ? (0,_oms_single_file_js__WEBPACK_IMPORTED_MODULE_8__/* .defaultFileSignature */ .g)(dir.path)
            : undefined;
    const opts = {
        ...signer,
        log: ctx.log,
        signatureName: output && !isFile ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(dir.path, output) : _oms_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OMS_SIGNATURE_NAME */ .HW,
        path: output,
        ...ctx.network,
    };
    const walk = modelWalk(dir, inputs, output, ctx.onProgress);
    if (how.method === 'files' && how.hashType === 'sha256')
        return (0,_oms_sign_js__WEBPACK_IMPORTED_MODULE_7__/* .signModelDirectory */ .OY)(await digestSha256(dir, walk), opts);
    const manifest = await (0,_oms_statement_js__WEBPACK_IMPORTED_MODULE_9__/* .serializeModel */ .km)(await listModel(dir, walk), how, {
        signatureName: opts.signatureName,
        onProgress: ctx.onProgress,
    });
    return (0,_oms_sign_js__WEBPACK_IMPORTED_MODULE_7__/* .signModelManifest */ .uM)(manifest, dir.path, opts);
}
/** The one model `raw` names in the workspace: a directory, or a file. */
async function oneModel(raw, workspace) {
    const [dir, ...more] = await (0,_collect_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePatterns */ .Ep)([raw], {
        workspace,
        input: 'model',
        required: true,
    });
    if (!dir || more.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${raw}' is not one model`, {
            input: 'model',
            value: raw,
            fix: 'name the directory that holds the model, or its one file: an OMS signature covers one model',
        });
    return dir;
}
/** How the model's files are walked: what is left out (with the signature), links followed. */
function modelWalk(dir, inputs, output, onProgress) {
    return {
        ignorePaths: dir.kind === 'file' ? [] : modelIgnores(dir.path, inputs.ignorePaths, output),
        input: 'model',
        followLinks: inputs.allowSymlinks === true,
        onProgress,
    };
}
/** Files and sha256: the digest attest records (a directory's, or a one-file model's). */
function digestSha256(dir, walk) {
    return dir.kind === 'file'
        ? (0,_oms_single_file_js__WEBPACK_IMPORTED_MODULE_8__/* .digestModelFile */ .C4)(dir.path, walk.onProgress)
        : (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_4__/* .digestDirectory */ .qW)(dir.path, walk);
}
/** The model's files for serializeModel: the file itself as `.`, or the directory's walk. */
async function listModel(dir, walk) {
    const files = dir.kind === 'file'
        ? [{ path: dir.path, relPath: _oms_single_file_js__WEBPACK_IMPORTED_MODULE_8__/* .SINGLE_FILE_RESOURCE */ .z$ }]
        : (await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_4__/* .listDirectory */ .KG)(dir.path, walk)).files;
    const ignorePaths = [...(walk.ignorePaths ?? [])];
    return { path: dir.path, files, ignorePaths, allowSymlinks: walk.followLinks === true };
}
/** The key (with its certificate and chain) to sign with, or the keyless instance and token. */
async function signingMaterial(inputs, ctx) {
    const at = (p) => (p ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(p) : undefined);
    const key = await (0,_sign_key_js__WEBPACK_IMPORTED_MODULE_10__/* .loadKeyMaterial */ .nD)({
        privateKey: at(inputs.privateKey),
        signingCert: at(inputs.signingCert),
        certChain: (inputs.certChain ?? []).map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(p)),
    }, ctx.keyPassphrase);
    return key ? { key } : keylessSigning(inputs, ctx);
}
/** OMS's names, the ones given and the signature itself, relative to the model directory. */
function modelIgnores(dir, given, output) {
    const inside = output ? (0,_oms_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._l)(dir, output) : undefined;
    const extra = given.map((p) => (p.startsWith('/') ? ((0,_oms_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._l)(dir, p) ?? '') : p));
    return (0,_oms_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeIgnorePaths */ .QA)([..._oms_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OMS_SIGNING_IGNORES */ .UG, ...extra, ...(inside ? [inside] : [])]);
}
/** files or shards (with --shard-size), and a hash type OMS lists: refused with the fix if not. */
function serializationChoice(inputs) {
    const hashType = inputs.hashType || 'sha256';
    if (!Object.hasOwn(_oms_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OMS_HASH_TYPES */ .LB, hashType))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `hash type '${hashType}' is not one OMS lists`, {
            input: 'hash-type',
            value: hashType,
            fix: `give one of ${Object.keys(_oms_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OMS_HASH_TYPES */ .LB).join(', ')}`,
        });
    const size = inputs.shardSize?.trim();
    if (!size)
        return { method: 'files', hashType: hashType };
    // model_signing never shards BLAKE3 (it signs whole files instead), nor verifies such shards.
    if (hashType === 'blake3')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', 'blake3 is not cut into shards', {
            input: 'shard-size',
            value: size,
            fix: 'drop --shard-size: model_signing signs and verifies BLAKE3 by whole files only',
        });
    const shardSize = Number(size);
    if (!/^\d+$/.test(size) || !Number.isSafeInteger(shardSize) || shardSize <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `shard size '${size}' is not a number of bytes`, {
            input: 'shard-size',
            value: size,
            fix: "give a positive whole number of bytes, e.g. 1000000000 (model_signing's default)",
        });
    return { method: 'shards', hashType: hashType, shardSize };
}
/** The instance and the token to sign keyless with; outside a GitHub workflow, auto is public-good. */
async function keylessSigning(inputs, ctx) {
    const endpointInputs = { choice: inputs.sigstore, ...urls(inputs) };
    (0,_sign_instances_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveEndpoints */ .$K)(endpointInputs);
    const token = await ctx.getIdToken();
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('OIDC_UNAVAILABLE', `no OIDC token to sign with (${ctx.idTokenProblem()})`, {
            input: 'sign-model',
            fix: 'set SIGSTORE_ID_TOKEN or --identity-token-file, run in a workflow step with id-token: write, or sign with --private-key',
        });
    const claims = (0,_collect_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJwtClaims */ .dG)(token);
    const visibility = typeof claims.repository_visibility === 'string' ? claims.repository_visibility : 'public';
    return { endpoints: (0,_sign_instances_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveEndpoints */ .$K)({ ...endpointInputs, visibility }), token };
}
const urls = (i) => ({
    fulcioUrl: i.fulcioUrl,
    rekorUrl: i.rekorUrl,
    tsaUrl: i.tsaUrl,
});


/***/ })

};
