export const id = 708;
export const ids = [708,766];
export const modules = {

/***/ 3766:
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
const baseModelRef = (name) => `base-model:${name}`;

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
        inputs: [
            ...view.datasets.map((d) => ({ resource: { ref: datasetRef(d.name) } })),
            ...view.baseModels.map((b) => ({ resource: { ref: baseModelRef(b.name) } })),
        ],
        outputs: view.subjects.map((s) => ({ resource: { ref: modelRef(subjectName(s)) } })),
        ...(view.startedOn ? { timeStart: view.startedOn } : {}),
        ...(view.finishedOn ? { timeEnd: view.finishedOn } : {}),
        ...(properties.length ? { properties } : {}),
    };
    return { 'bom-ref': 'formula:training-run', workflows: [workflow] };
}

;// CONCATENATED MODULE: ./build/src/bom/lineage.js
// The base models of a fine-tune in the ML-BOM as the model's CycloneDX 1.6 `pedigree.ancestors`
// (which @cyclonedx/cyclonedx-library does not model: added to its output, as the model card is).
// Their components (digest, licence, location, a dependency of the model) are cyclonedx.ts's.

/**
 * `pedigree.ancestors` on the model's components (its directories, else every subject): each
 * base's component as normalised, without its bom-ref, which names the one in `components`.
 */
function addPedigree(json, modelRefs) {
    const components = json.components ?? [];
    const bases = components.filter((c) => String(c['bom-ref']).startsWith(baseModelRef('')));
    if (bases.length === 0)
        return;
    const ancestors = bases.map((b) => {
        const copy = { ...b };
        delete copy['bom-ref'];
        return copy;
    });
    for (const c of components)
        if (modelRefs.includes(String(c['bom-ref'])))
            c.pedigree = { ancestors };
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
/** A dataset's or a base model's licence, location and facts (training-provenance:KEY). */
function withDetails(c, d, facts) {
    if (d.license) {
        const l = (0,spdx/* normaliseLicence */.YT)(d.license);
        c.licenses.add(l.spdx ? new models.LicenseExpression(l.expression) : new models.NamedLicense(l.expression));
    }
    if (d.uri)
        c.externalReferences.add(new models.ExternalReference(d.uri, enums.ExternalReferenceType.Distribution));
    for (const [k, v] of facts)
        if (v !== undefined)
            c.properties.add(new models.Property(`training-provenance:${k}`, String(v)));
    return c;
}
function datasetComponent(d) {
    const c = new models.Component(enums.ComponentType.Data, d.name, { bomRef: datasetRef(d.name) });
    withHashes(c, d.unpinned ? undefined : d.digest);
    return withDetails(c, d, [
        ['kind', d.kind],
        ['unpinned', d.unpinned],
        ['files', d.fileCount],
        ['bytes', d.totalBytes],
        ['split', d.split],
        ['commitment-root', d.commitment?.root],
    ]);
}
/** A base model of a fine-tune: its digest, licence, location and the evidence recorded. */
function baseComponent(b) {
    const c = new models.Component(enums.ComponentType.MachineLearningModel, b.name, {
        bomRef: baseModelRef(b.name),
    });
    if (b.sha256)
        c.hashes.set(enums.HashAlgorithm['SHA-256'], b.sha256);
    return withDetails(c, b, [
        ['kind', b.kind],
        ['files', b.files],
        ['bytes', b.bytes],
        ['listing', b.listing],
        ...b.evidence.map((e) => [`evidence:${e.kind}`, e.path]),
    ]);
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
    const bases = view.baseModels.map(baseComponent);
    const libraries = view.packages.map(libraryComponent);
    for (const s of view.subjects) {
        const model = modelComponent(s);
        for (const dep of [...datasets, ...bases, ...libraries])
            model.dependencies.add(dep.bomRef);
        bom.components.add(model);
    }
    for (const c of [...datasets, ...bases, ...libraries])
        bom.components.add(c);
    return bom;
}
/** The CycloneDX 1.6 JSON document for a training record. */
function buildMlBom(view, opts) {
    const bom = libraryBom(view, opts.toolVersion);
    const json = new index_node.JSON.Normalize.Factory(spec.Spec1dot6)
        .makeForBom()
        .normalize(bom, { sortLists: true });
    const models = new Set(view.subjects.map((s) => modelRef(subjectName(s))));
    for (const c of json.components ?? []) {
        if (models.has(String(c['bom-ref'])))
            c.modelCard = modelCard(view, c, opts.metrics ?? []);
        if (c.type === 'data')
            c.data = [dataOf(view, c)];
    }
    addPedigree(json, pedigreeRefs(view));
    json.formulation = [formulation(view)];
    return json;
}
/** The model's components that carry its pedigree: its directories, else every subject. */
function pedigreeRefs(view) {
    const dirs = view.subjects.filter((s) => s.annotations?.role === 'model-directory');
    return (dirs.length ? dirs : view.subjects).map((s) => modelRef(subjectName(s)));
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
/* harmony export */   Zv: () => (/* binding */ here),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _request_edge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40326);
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
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options,
            allowPositionals: true,
            strict: true,
            allowNegative: true,
        });
    }
    catch (e) {
        const msg = e.message.replace(/\. To specify.*$/s, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', msg, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `unexpected argument${extra.length > 1 ? 's' : ''} ${shown}: every value needs its flag`, {
            input: command,
            value: extra.join(' '),
            fix: "a glob the shell expanded gives one argument per file: quote it ('shards/*.safetensors') or repeat the flag (--model a --model b)",
        });
    }
    return parsed;
}
/** A single-valued flag as typed, '' when absent; repeated flags are read with flagList. */
function str(v) {
    return typeof v === 'string' ? v : '';
}
/**
 * A path flag's value, absolute: read where the user names it (absolute, or relative to the
 * current directory), as the request builders read it (request/edge.ts). `--workspace`
 * decides subject names only.
 */
const here = (p) => (0,_request_edge_js__WEBPACK_IMPORTED_MODULE_2__/* .absolute */ .ys)((0,_request_edge_js__WEBPACK_IMPORTED_MODULE_2__/* .cliEdge */ .uA)(), p);


/***/ }),

/***/ 73360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ attestCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/engine/attest.js + 14 modules
var attest = __webpack_require__(12156);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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

// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
// EXTERNAL MODULE: ./build/src/request/attest.js
var request_attest = __webpack_require__(98854);
// EXTERNAL MODULE: ./build/src/request/edge.js
var edge = __webpack_require__(40326);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/trust-config.js
var trust_config = __webpack_require__(65541);
// EXTERNAL MODULE: ./build/src/cli/token.js
var token = __webpack_require__(4841);
;// CONCATENATED MODULE: ./build/src/cli/attest.js









/** `training-provenance attest`: its flags are the spec's (src/surface/spec.ts). */
const attestCommand = async ({ values, format, workspace, err, out, progress, }) => {
    const env = process.env;
    const run = values.resume === true ? resumeAttest : attest/* attest */.st;
    const warn = (line) => err.write(`warning: ${line}\n`); // what was left out of the record
    const request = await (0,request_attest/* buildAttestRequest */.f)({
        model: (0,edge/* flagList */.zg)(values.model),
        modelManifest: (0,edge/* flagList */.zg)(values['model-manifest']),
        datasets: (0,edge/* flagList */.zg)(values.dataset),
        datasetsFile: (0,args/* str */.gx)(values['datasets-file']),
        python: (0,args/* str */.gx)(values.python),
        requirements: (0,edge/* flagList */.zg)(values.requirements),
        parameters: (0,args/* str */.gx)(values.parameters),
        byproducts: (0,edge/* flagList */.zg)(values.byproducts),
        sign: values.sign !== false,
        ...(await (0,trust_config/* signingFlags */.J)(values)),
        pushToGitHub: values['push-to-github'] === true,
        uploadArtifact: false,
        artifactName: '',
        outputDir: (0,args/* str */.gx)(values['output-dir']),
        defaultOutputDir: (0,external_node_path_.join)(workspace, 'provenance'),
        modelSignature: values['sign-model'] === true,
        mlBom: values['ml-bom'] === true,
        privateKey: (0,args/* str */.gx)(values['private-key']),
        // --signing-cert's file holds the certificate and the chain that issued it.
        signingCert: (0,args/* str */.gx)(values['signing-cert']),
        certChain: [],
        baseModels: (0,edge/* flagList */.zg)(values['base-model']),
        baseModelEvidence: (0,edge/* flagList */.zg)(values['base-model-evidence']),
        trustConfig: (0,args/* str */.gx)(values['trust-config']),
    }, (0,edge/* cliEdge */.uA)(warn));
    const result = await progress((onProgress) => run(request, {
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
        warn,
        onProgress,
    }));
    out.write(format === 'json' ? resultJson(result) : resultText(result));
    return 0;
};
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
  A: () => (/* binding */ bomCommand)
});

// EXTERNAL MODULE: ./build/src/bom/index.js + 6 modules
var bom = __webpack_require__(3766);
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
;// CONCATENATED MODULE: ./build/src/cli/bom.js




/** `training-provenance bom RECORD`: the record as a CycloneDX ML-BOM, unverified. */
const bomCommand = async ({ positionals, workspace, document }) => {
    if (positionals.length !== 1)
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'bom takes exactly one training record', {
            input: 'bom',
            fix: 'run: training-provenance bom provenance/training.sigstore.json --output training.cdx.json',
        });
    const bom = await makeBom({ record: (0,args/* here */.Zv)(positionals[0]) }, { workspace, toolVersion: version/* TOOL_VERSION */.w });
    const text = `${JSON.stringify(bom, null, 2)}\n`;
    const facts = { specVersion: bom.specVersion, components: bom.components?.length ?? 0 };
    const label = 'CycloneDX 1.6 ML-BOM';
    await document({ text, facts, label });
    return 0;
};


/***/ }),

/***/ 8373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/hash/progress.js
var progress = __webpack_require__(51499);
// EXTERNAL MODULE: ./build/src/store/files.js
var files = __webpack_require__(7216);
// EXTERNAL MODULE: ./build/src/surface/spec.js + 6 modules
var spec = __webpack_require__(74164);
;// CONCATENATED MODULE: ./build/src/surface/render-cli.js

/** Several values: a list input, unless this command takes one (`single`). */
function repeatable(e, command) {
    return (e.type === 'list' || e.type === 'paths') && !(0,spec/* useIn */.B5)(e, { command })?.single;
}
function commandOptions(command) {
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const e of (0,spec/* commandEntries */.Cl)(command)) {
        options[(0,spec/* flagName */.GI)(e)] = {
            type: e.type === 'boolean' ? 'boolean' : 'string',
            ...(repeatable(e, command) ? { multiple: true } : {}),
            ...(e.short ? { short: e.short } : {}),
        };
    }
    return options;
}
/** The choices a flag takes on this command, when it is a choice. */
function choicesOf(e, command) {
    return (0,spec/* useIn */.B5)(e, { command })?.choices ?? e.choices;
}
const WIDTH = 92;
const COLUMN = 30;
function commandHelp(command) {
    const head = spec/* COMMAND_HEADS */.u$.find((h) => h.name === command);
    const lines = [head.usage, '', head.about, ''];
    for (const e of (0,spec/* commandEntries */.Cl)(command))
        lines.push(...flagHelp(e, command));
    return `${lines.join('\n')}\n`;
}
function flagHelp(e, command) {
    const use = (0,spec/* useIn */.B5)(e, { command });
    const choices = choicesOf(e, command);
    const metavar = e.type === 'boolean'
        ? ''
        : (use.metavar ?? (choices ? choices.join('|') : (e.metavar ?? 'VALUE')));
    const flag = e.type === 'boolean' && (e.cliDefault?.value ?? e.default) === 'true'
        ? `--[no-]${(0,spec/* flagName */.GI)(e)}`
        : `--${(0,spec/* flagName */.GI)(e)}`;
    const name = `  ${flag}${metavar ? ` ${metavar}` : ''}`;
    const said = plain(use.description ?? e.help ?? e.description);
    const text = said +
        defaultNote(e, command, said) +
        (repeatable(e, command) && !/repeatable/.test(said) ? ' (repeatable)' : '');
    const words = wrap(text, WIDTH - COLUMN);
    if (name.length >= COLUMN - 1)
        return [name, ...words.map((w) => ' '.repeat(COLUMN) + w)];
    return [name.padEnd(COLUMN) + words[0], ...words.slice(1).map((w) => ' '.repeat(COLUMN) + w)];
}
/** The default as the command has it, when the text does not say it already. */
function defaultNote(e, command, text) {
    const d = (0,spec/* useIn */.B5)(e, { command })?.default ?? e.cliDefault?.value ?? e.default;
    if (d === '' || e.type === 'boolean' || /default/i.test(text))
        return '';
    return ` (default ${d})`;
}
/** Action-description text for a terminal: no Markdown code marks, no final full stop. */
function plain(text) {
    const t = text.replace(/`/g, '');
    return /\.$/.test(t) && !/\.\.\.$/.test(t)
        ? t.slice(0, -1).replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase())
        : t;
}
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
}

// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
;// CONCATENATED MODULE: ./build/src/cli/command.js
// The shell every command runs in: its flags parsed as the spec declares them (a removed flag
// refused naming its replacement), --help, --format checked, the progress bar, and --output.
// A command is then only what it does with its values.








async function runCommand(name, run, argv, out, err) {
    refuseRemoved(name, argv);
    const head = spec/* COMMAND_HEADS */.u$.find((h) => h.name === name);
    const { values, positionals } = (0,args/* parse */.qg)(name, argv, commandOptions(name), head.positionals);
    if (values.help) {
        out.write(commandHelp(name));
        return 0;
    }
    checkChoices(name, values);
    const output = (0,args/* str */.gx)(values.output);
    // Refused before any work: the document needs somewhere to go besides the summary.
    const format = head.document
        ? (0,cli_format/* documentFormat */.bU)((0,args/* str */.gx)(values.format), output, name)
        : (0,args/* str */.gx)(values.format) || 'text';
    return run({
        values,
        positionals,
        format,
        workspace: (0,external_node_path_.resolve)((0,args/* str */.gx)(values.workspace) || '.'),
        out,
        err,
        progress: async (work) => {
            const bar = new progress/* ProgressBar */.z2(err);
            return work((label, p) => bar.update(label, p)).finally(() => bar.done());
        },
        emit: async (text) => {
            if (output)
                await (0,files/* writeFileAtomic */.Zf)((0,args/* here */.Zv)(output), text, '--output');
            else
                out.write(text);
        },
        document: (doc) => (0,cli_format/* writeDocument */.ft)({ ...doc, output, format: format }, out, err),
    });
}
/** A flag v1 removed (or a value, `--sigstore custom`): exit 2, naming what replaces it. */
function refuseRemoved(name, argv) {
    for (const r of (0,spec/* removedFor */.iJ)({ command: name })) {
        const at = argv.findIndex((a) => a === `--${r.name}` || a.startsWith(`--${r.name}=`));
        if (at < 0)
            continue;
        const given = argv[at].includes('=') ? argv[at].split('=').slice(1).join('=') : argv[at + 1];
        if (r.value !== undefined && given !== r.value)
            continue;
        const flag = r.value !== undefined ? `--${r.name} ${r.value}` : `--${r.name}`;
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `${flag} was removed in v1: use --${r.by}`, {
            input: `--${r.name}`,
            ...(r.value !== undefined ? { value: r.value } : {}),
            fix: `--${r.by}: ${r.replacement} (docs/migrating-to-v1.md)`,
        });
    }
}
/** A flag that takes one of a few values, given another: exit 2 naming the choices. */
function checkChoices(name, values) {
    for (const e of (0,spec/* commandEntries */.Cl)(name)) {
        const choices = choicesOf(e, name);
        const given = (0,args/* str */.gx)(values[(0,spec/* flagName */.GI)(e)]);
        if (e.type !== 'choice' || !choices || given === '' || choices.includes(given))
            continue;
        const flag = `--${(0,spec/* flagName */.GI)(e)}`;
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `'${given}' is not ${e.name === 'format' ? 'a format' : `one of ${choices.join(', ')}`}`, {
            input: flag,
            value: given,
            fix: `use ${choices.map((c) => `${flag} ${c}`).join(' or ')}`,
        });
    }
}


/***/ }),

/***/ 28363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ diffCommand)
});

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/review/diff.js + 2 modules
var review_diff = __webpack_require__(50570);
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
function baseModelLines(d) {
    const b = d.baseModels;
    const one = (m) => [m.name, m.uri, m.sha256 ? digest({ sha256: m.sha256 }) : 'no digest']
        .filter(Boolean)
        .join(' ');
    return [
        ...b.changed.flatMap((c) => [
            (0,markdown/* oneLine */.TN)(`~ ${c.name}: ${c.fields.map((f) => (f === 'license' ? 'licence' : f)).join(', ')} changed`),
            (0,markdown/* oneLine */.TN)(`${INDENT}${one(c.before)} -> ${one(c.after)}`),
        ]),
        ...b.added.map((m) => (0,markdown/* oneLine */.TN)(`+ ${one(m)}`)),
        ...b.removed.map((m) => (0,markdown/* oneLine */.TN)(`- ${one(m)}`)),
    ];
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
        ...section('Base models', baseModelLines(d)),
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

;// CONCATENATED MODULE: ./build/src/cli/diff.js




/** `training-provenance diff OLD NEW`. */
const diffCommand = async ({ positionals, format, emit }) => {
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
    await emit(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : diffText(diff));
    return 0;
};
/** A path as shown in a message: a long one cut, so the error stays one readable line. */
const abbreviate = (p) => (p.length > 200 ? `${p.slice(0, 200)}…` : p);


/***/ }),

/***/ 13876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ digestCommand)
});

// EXTERNAL MODULE: ./build/src/request/sign-model.js
var sign_model = __webpack_require__(8650);
// EXTERNAL MODULE: ./build/src/request/edge.js
var edge = __webpack_require__(40326);
// EXTERNAL MODULE: ./build/src/oms/statement.js
var statement = __webpack_require__(23238);
// EXTERNAL MODULE: ./build/src/engine/sign-model.js
var engine_sign_model = __webpack_require__(85063);
;// CONCATENATED MODULE: ./build/src/engine/digest.js


async function modelDigest(inputs, ctx) {
    const dir = await (0,engine_sign_model/* oneModel */.yA)(inputs.model, ctx.workspace);
    const how = inputs.serialization;
    const walk = (0,engine_sign_model/* modelWalk */.dH)(dir, inputs, undefined, ctx.onProgress);
    const manifest = how.hashType === 'sha256'
        ? (0,statement/* omsManifest */.hv)(await (0,engine_sign_model/* digestSha256 */.OL)(dir, walk))
        : await (0,statement/* serializeModel */.km)(await (0,engine_sign_model/* listModel */.wA)(dir, walk), how, { onProgress: ctx.onProgress });
    return {
        path: dir.path,
        digest: `sha256:${manifest.directoryRoot}`,
        hashType: how.hashType,
        files: manifest.resources.length,
    };
}

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
;// CONCATENATED MODULE: ./build/src/cli/digest.js





/** `training-provenance digest PATH`: the OMS root digest, as model_signing computes it. */
const digestCommand = async ({ values, positionals, format, workspace, progress, emit, }) => {
    const model = positionals[0] ?? '';
    if (model.trim() === '')
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'digest takes the model to digest', {
            input: 'digest',
            fix: 'run: training-provenance digest out/model',
        });
    const request = (0,sign_model/* buildDigestRequest */._)({
        model,
        ignorePaths: (0,edge/* flagList */.zg)(values['ignore-paths']),
        allowSymlinks: values['allow-symlinks'] === true,
        hashType: (0,args/* str */.gx)(values['hash-type']),
    }, (0,edge/* cliEdge */.uA)());
    const digest = await progress((onProgress) => modelDigest(request, { workspace, onProgress: (p) => onProgress('model', p) }));
    await emit(format === 'json' ? `${JSON.stringify(digest, null, 2)}\n` : `${digest.digest}\n`);
    return 0;
};


/***/ }),

/***/ 27497:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   bU: () => (/* binding */ documentFormat),
/* harmony export */   ft: () => (/* binding */ writeDocument)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _store_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7216);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42711);




/**
 * --format for a command whose output is a document (a proof, a BOM, trusted roots): json is a
 * summary of what was written, so the document itself needs --output to go somewhere else.
 */
function documentFormat(format, output, command) {
    if (format === 'json' && output === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_MISSING', '--format json prints a summary of --output', {
            input: '--output',
            fix: `give --output FILE for the document, or drop --format json to print it: training-provenance ${command} ... --output FILE --format json`,
        });
    return format === 'json' ? 'json' : 'text';
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
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(28009);
/* harmony import */ var _surface_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74164);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8373);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73360);
/* harmony import */ var _bom_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69526);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33519);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28363);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13876);
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(97618);
/* harmony import */ var _lineage_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31026);
/* harmony import */ var _prove_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(94071);
/* harmony import */ var _sign_model_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(75947);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(15007);
/* harmony import */ var _verify_proof_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(76456);
/* harmony import */ var _trusted_root_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(11318);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(33018);
// The `training-provenance` command: the same engine as the action, for terminals and
// for CI systems other than GitHub Actions. Exit codes: 0 success, 1 verification, policy
// or service failure, 2 bad usage or bad input.

















/** The commands, each run in the one shell (command.ts) with the flags the spec declares. */
const COMMANDS = {
    attest: _attest_js__WEBPACK_IMPORTED_MODULE_3__/* .attestCommand */ .d,
    verify: _verify_js__WEBPACK_IMPORTED_MODULE_12__/* .verifyCommand */ .p,
    inspect: _inspect_js__WEBPACK_IMPORTED_MODULE_8__/* .inspectCommand */ .Q,
    diff: _diff_js__WEBPACK_IMPORTED_MODULE_6__/* .diffCommand */ .F,
    'sign-model': _sign_model_js__WEBPACK_IMPORTED_MODULE_11__/* .signModelCommand */ .y,
    digest: _digest_js__WEBPACK_IMPORTED_MODULE_7__/* .digestCommand */ .e,
    prove: _prove_js__WEBPACK_IMPORTED_MODULE_10__/* .proveCommand */ .m,
    'verify-proof': _verify_proof_js__WEBPACK_IMPORTED_MODULE_13__/* .verifyProofCommand */ .v,
    lineage: _lineage_js__WEBPACK_IMPORTED_MODULE_9__/* .lineageCommand */ .D,
    'trusted-root': _trusted_root_js__WEBPACK_IMPORTED_MODULE_14__/* .trustedRootCommand */ .p,
    bom: _bom_js__WEBPACK_IMPORTED_MODULE_4__/* .bomCommand */ .A,
    manifest: _manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestCommand */ .Z,
};
const HELP = `training-provenance ${_version_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_VERSION */ .w} — signed provenance for ML training

usage: training-provenance <command> [flags]

commands:
${_surface_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMAND_HEADS */ .u$.filter((h) => COMMANDS[h.name])
    .map((h) => `  ${h.name.padEnd(13)} ${h.summary}`)
    .join('\n')}

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
        const known = command && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
        if (known)
            return await (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .runCommand */ .d)(command, known, rest, process.stdout, process.stderr);
        switch (command) {
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                process.stdout.write(HELP);
                return command === undefined ? 2 : 0;
            case '--version':
            case 'version':
                process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_VERSION */ .w}\n`);
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
        await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_15__/* .closeHashPool */ .Hl)();
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
  Q: () => (/* binding */ inspectCommand)
});

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
        baseModels: [],
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
            out.baseModels = view.baseModels;
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
;// CONCATENATED MODULE: ./build/src/cli/inspect.js









/** `training-provenance inspect FILE`: decodes, never verifies. */
const inspectCommand = async ({ positionals, format, emit }) => {
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
    await emit(format === 'json'
        ? `${JSON.stringify(inspections.length === 1 ? inspections[0] : inspections, null, 2)}\n`
        : inspections.map(renderInspection).join('\n'));
    return 0;
};
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
        baseModels: [],
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
        baseModels: view.baseModels,
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
/** The bases a record names, as it names them: `training-provenance lineage` verifies them. */
function baseModelLines(bases) {
    if (bases.length === 0)
        return [];
    const lines = ['', `base models (${bases.length}):`];
    for (const b of bases) {
        const evidence = b.evidence.map((e) => `${e.kind} ${e.path}`).join(', ') || 'none';
        const digest = b.sha256 ? `sha256:${b.sha256.slice(0, 16)}` : 'no digest';
        lines.push(`  ${[b.name, b.kind, b.uri, digest].filter(Boolean).join('  ')}  evidence: ${evidence}`);
    }
    return lines;
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
    lines.push(...baseModelLines(i.baseModels));
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

/***/ 31026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ lineageCommand)
});

// UNUSED EXPORTS: lineageWith

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/github.js
var github = __webpack_require__(15042);
// EXTERNAL MODULE: ./build/src/lineage/render.js
var render = __webpack_require__(87547);
// EXTERNAL MODULE: ./build/src/policy/policy.js + 3 modules
var policy_policy = __webpack_require__(20531);
// EXTERNAL MODULE: ./build/src/policy/advisories.js + 5 modules
var advisories = __webpack_require__(50923);
// EXTERNAL MODULE: ./build/src/identity/expected-signer.js
var expected_signer = __webpack_require__(71657);
// EXTERNAL MODULE: ./build/src/lineage/chain.js + 4 modules
var chain = __webpack_require__(99960);
// EXTERNAL MODULE: ./build/src/lineage/stage.js
var stage = __webpack_require__(46373);
// EXTERNAL MODULE: ./build/src/verify/pipeline.js
var pipeline = __webpack_require__(90909);
// EXTERNAL MODULE: ./build/src/verify/trust.js + 1 modules
var trust = __webpack_require__(9610);
// EXTERNAL MODULE: ./build/src/engine/verify.js + 5 modules
var verify = __webpack_require__(32729);
;// CONCATENATED MODULE: ./build/src/engine/lineage.js
// The chain walker as the `lineage` command calls it (src/lineage/types.ts, WalkLineage): the
// model's training record verified as verify verifies it (verifyRecord: trusted root, signature,
// the expected signer), then its lineage walked (lineage/chain.ts) with the policy's lineage:
// rules. What failed is in the tree: the root's problems name every violation, never silent.








const NODE_RULES = new Set([
    'lineage.require-evidence',
    'lineage.cycle',
    'lineage.max-bases',
    'lineage.max-depth',
]);
/** The root of a chain whose own record did not verify: nothing above it is walked. */
function unverifiedRoot(bundlePath, problems) {
    const problem = problems[0] ?? 'the training record did not verify';
    return {
        name: 'model',
        datasets: [],
        evidence: [{ kind: 'training-record', path: bundlePath, verified: false, problem }],
        bases: [],
        problems,
        path: ['model'],
    };
}
async function verifiedRecord(bundlePath, o) {
    const policy = o.policy ? await (0,policy_policy/* loadPolicy */.tb)(o.policy) : undefined;
    const identity = (0,verify/* signerOf */.Kv)(o.trust.signer, policy, { serverUrl: o.serverUrl, log: o.log });
    (0,expected_signer/* requireSigner */.Sz)(identity, o.trust.signer);
    const trustedRoot = (0,trust/* trustedRootSpec */.Nr)(o.trust.trustedRoot);
    const refresh = (0,verify/* tufRefresh */.zI)(o.trust, { tufCacheDir: o.tufCacheDir });
    const keys = await (0,verify/* keyTrust */.y$)(o.trust.signer);
    const { report, view } = await (0,pipeline/* verifyRecord */.RC)({
        bundles: [bundlePath],
        identity,
        trustedRoot,
        refresh,
        workspace: '.',
        ...(keys.publicKey ? { publicKey: keys.publicKey } : {}),
        ...(keys.certChain ? { certChain: keys.certChain } : {}),
    });
    return { policy, identity, trustedRoot, refresh, report, view };
}
/** `lineage BUNDLE`: the verified tree, the policy's lineage: failures among the root's problems. */
const walkLineageFromBundle = async (bundlePath, o) => {
    const { policy, identity, trustedRoot, refresh, report, view } = await verifiedRecord(bundlePath, o);
    if (!view || !report.verified)
        return unverifiedRoot(bundlePath, report.violations.map((v) => v.message));
    const repository = identity.repository;
    const walked = await (0,chain/* walkLineage */.X9)({
        record: { view, source: bundlePath, fromFile: true },
        policy,
        trustedRoot,
        refresh,
        evidenceDirs: o.evidence,
        advisories: (0,advisories/* advisoryDatabase */.dr)(policy),
        ...(repository && o.githubToken
            ? { lookup: { repository, token: o.githubToken, apiUrl: o.apiUrl, log: o.log } }
            : {}),
    });
    const root = walked.root;
    root.evidence = [{ kind: 'training-record', path: bundlePath, verified: true }];
    const signer = (0,stage/* reportSigner */.l)(report);
    if (signer)
        root.signer = signer;
    // A base's own failure (no verified evidence, a cycle, past a bound) is its node's problem; the
    // rest (deny, licences, inherited sections) are the root's: each said once, none silent.
    root.problems.push(...walked.violations
        .filter((v) => !NODE_RULES.has(v.rule))
        .map((v) => `${v.rule}: ${v.message}`));
    return root;
};

// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/signer-flags.js
var signer_flags = __webpack_require__(10698);
// EXTERNAL MODULE: ./build/src/request/verify.js
var request_verify = __webpack_require__(73238);
// EXTERNAL MODULE: ./build/src/request/edge.js
var edge = __webpack_require__(40326);
;// CONCATENATED MODULE: ./build/src/cli/lineage.js
// `training-provenance lineage BUNDLE`: verify a model's training record and walk the chain of
// base models it was fine-tuned from, then print it (text, JSON or a Mermaid flowchart). The
// walk is chain.ts's; this file parses the flags and renders. Exit 0 when every model in the
// chain verified, 1 when any could not be, 2 for bad usage or input.








const RENDER = {
    text: render/* renderLineageText */.dQ,
    json: render/* renderLineageJson */.OC,
    mermaid: (root) => `${(0,render/* renderLineageMermaid */.ti)(root)}\n`,
};
/** Run with the walker verify uses; a test may pass another. */
const lineageWith = (walk) => async ({ values, positionals, format, err, emit }) => {
    const bundle = positionals[0];
    if (!bundle)
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'lineage takes the bundle of the model to walk', {
            input: 'lineage',
            fix: 'run: training-provenance lineage provenance/training.sigstore.json --cert-identity … --cert-oidc-issuer …',
        });
    const trust = await (0,signer_flags/* trustFields */.u)(values);
    const env = process.env;
    const root = await walk((0,args/* here */.Zv)(bundle), {
        evidence: (0,args/* str */.gx)(values.evidence) ? [(0,args/* here */.Zv)((0,args/* str */.gx)(values.evidence))] : [],
        policy: (0,args/* here */.Zv)((0,args/* str */.gx)(values.policy)),
        trust: (0,request_verify/* buildTrustRequest */.A1)(trust, (0,edge/* cliEdge */.uA)()),
        tufCacheDir: (0,signer_flags/* tufCacheDir */.$)(env),
        ...(0,github/* githubUrls */.MB)(env),
        githubToken: env.GITHUB_TOKEN,
        log: (line) => err.write(`${line}\n`),
    });
    await emit(RENDER[format](root));
    const unverified = (0,render/* unverifiedNodes */.Zl)(root).length;
    // Text on standard output starts with the verdict; other forms get it on standard error.
    const output = (0,args/* str */.gx)(values.output);
    if (output || format !== 'text')
        err.write(`${unverified === 0 ? 'lineage verified' : `lineage NOT verified: ${unverified} model${unverified === 1 ? '' : 's'} could not be verified`}${output ? ` (written to ${output})` : ''}\n`);
    return unverified === 0 ? 0 : 1;
};
const lineageCommand = lineageWith(walkLineageFromBundle);


/***/ }),

/***/ 33519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ manifestCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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

// EXTERNAL MODULE: ./build/src/manifest/format.js
var format = __webpack_require__(87252);
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
        return (0,files/* writeStreamAtomic */.Zs)(output, fill, 'output');
    return fill(ctx.stdout).finally(() => ctx.stdout.flush());
}
async function makeManifest(inputs, ctx) {
    const dir = inputs.path;
    const opts = {
        dir,
        rootLabel: inputs.rootName || (0,external_node_path_.basename)(dir),
        ...(inputs.shard ? { shard: inputs.shard } : {}),
        toolVersion: ctx.toolVersion,
        ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
    };
    return into(inputs.output ?? '', ctx, (sink) => writeManifest(opts, sink));
}
async function mergeManifestFiles(inputs, ctx) {
    return into(inputs.output ?? '', ctx, (sink) => mergeManifests(inputs.manifests, sink, ctx.toolVersion, ctx.onProgress));
}
async function verifyManifest(inputs) {
    return checkManifest(inputs.manifest, inputs.path, {
        ...(inputs.sample !== undefined ? { sample: inputs.sample } : {}),
        ...(inputs.seed !== undefined ? { seed: inputs.seed } : {}),
    });
}

// EXTERNAL MODULE: ./build/src/hash/progress.js
var progress = __webpack_require__(51499);
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/hash/index.js + 2 modules
var hash = __webpack_require__(33018);
// EXTERNAL MODULE: ./build/src/cli/format.js
var cli_format = __webpack_require__(27497);
;// CONCATENATED MODULE: ./build/src/cli/manifest.js









function count(v, flag) {
    const s = (0,args/* str */.gx)(v);
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
/** `training-provenance manifest`, `manifest merge`, `manifest verify`. */
const manifestCommand = async ({ values, positionals, format, out, err }) => {
    const ctx = {
        toolVersion: version/* TOOL_VERSION */.w,
        stdout: (0,files/* streamSink */.gG)(out),
    };
    const [first, ...more] = positionals;
    if (first === 'verify')
        return cliCheck(more.map(args/* here */.Zv), values, format, out);
    const rest = more.map(args/* here */.Zv);
    const label = first === 'merge' ? 'merge' : 'manifest';
    const output = (0,args/* str */.gx)(values.output);
    const as = (0,cli_format/* documentFormat */.bU)(format, output, label);
    if (first !== 'merge' && positionals.length !== 1)
        throw usage('manifest takes one dataset directory');
    const bar = new progress/* ProgressBar */.z2(err);
    const onProgress = progressTo(err, bar, label);
    const t = await (first === 'merge'
        ? mergeManifestFiles({ manifests: rest, output: (0,args/* here */.Zv)(output) }, { ...ctx, onProgress })
        : makeManifest({
            path: (0,args/* here */.Zv)(first),
            ...((0,args/* str */.gx)(values.shard) ? { shard: parseShard((0,args/* str */.gx)(values.shard)) } : {}),
            output: (0,args/* here */.Zv)(output),
            rootName: (0,args/* str */.gx)(values['root-name']),
        }, { ...ctx, onProgress })).finally(() => bar.done());
    const root = t.root.startsWith('sha256:') ? t.root : `sha256:${t.root}`;
    const what = first === 'merge' ? `merged ${rest.length} shards` : 'manifest';
    await report({ output, format: as, what, files: t.files, bytes: t.bytes, root }, out, err);
    return 0;
};
/** The line manifest and merge always printed, or with --format json a summary of the file. */
async function report(r, out, err) {
    if (r.format === 'text') {
        err.write(`${r.what}: ${r.files} files, ${r.bytes} bytes, root ${r.root}\n`);
        return;
    }
    const written = await (0,hash/* hashFile */.DC)((0,args/* here */.Zv)(r.output), 'sha256', { input: '--output' });
    const facts = { files: r.files, datasetBytes: r.bytes, root: r.root };
    (0,cli_format/* writeSummary */.Sy)({ output: r.output, sha256: written.digest, bytes: written.size }, facts, out);
}
/** A bar on a terminal; in a batch job's log, a line every 10 s. */
function progressTo(err, bar, label) {
    const line = (0,progress/* progressLogger */.St)((l) => err.write(`${l}\n`), { intervalMs: 10_000, label });
    return (p) => (err.isTTY === true ? bar.update(label, p) : line(p));
}
async function cliCheck(args, values, format, out) {
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

/***/ 94071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ proveCommand)
});

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









async function prove(request, ctx) {
    const leaves = (0,commitment_leaves/* sortRawLeavesInPlace */.rb)(await contentDigests(request.dataset, ctx));
    return (0,proof/* makeProof */.r_)(new merkle/* MerkleTree */.vU(leaves), leaves, request.digest);
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
async function contentDigests({ kind, path: dataset }, ctx) {
    const input = 'dataset';
    const at = { workspace: ctx.workspace, input };
    if (kind === 'digests')
        return (0,commitment_leaves/* packDigests */.bJ)((await (0,digest_list/* readDigestList */.j)(dataset, at)).digests);
    if (kind === 'manifest')
        return (await (0,manifest/* readManifestFacts */.$M)(dataset, at)).digests;
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

// EXTERNAL MODULE: ./build/src/collect/dataset-spec.js
var dataset_spec = __webpack_require__(86202);
;// CONCATENATED MODULE: ./build/src/request/prove.js
// The ProveRequest the CLI hands `prove`: the dataset as attest parsed it (dataset-spec.ts),
// its path absolute, and the content digest as hex.



function buildProveRequest(f, edge) {
    const [spec] = (0,dataset_spec/* parseDatasetLines */.rU)([f.dataset], edge.base);
    const t = spec?.target;
    if (!t || 'uri' in t)
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `'${f.dataset}' is not local data`, {
            input: 'dataset',
            value: f.dataset,
            fix: 'name the file, directory, digests:FILE or manifest:FILE that attest recorded',
        });
    const dataset = 'local' in t
        ? { kind: 'path', path: t.local }
        : 'digestList' in t
            ? { kind: 'digests', path: t.digestList }
            : { kind: 'manifest', path: t.manifest };
    return { dataset, digest: parseContentDigest(f.digest.trim()) };
}

// EXTERNAL MODULE: ./build/src/request/edge.js
var edge = __webpack_require__(40326);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
;// CONCATENATED MODULE: ./build/src/cli/prove.js





/** `training-provenance prove`: a proof of membership or absence, from the dataset itself. */
const proveCommand = async ({ values, workspace, progress, document }) => {
    const request = buildProveRequest({ dataset: required(values.dataset, '--dataset'), digest: required(values.digest, '--digest') }, (0,edge/* cliEdge */.uA)());
    const proof = await progress((onProgress) => prove(request, { workspace, onProgress: (p) => onProgress('dataset', p) }));
    const { root, leaves } = proof.commitment;
    const facts = { digest: proof.digest, member: proof.member, leaves, root };
    const label = `${proof.digest} is ${proof.member ? '' : 'NOT '}in the dataset (${leaves} committed digests, root ${root})`;
    const text = `${JSON.stringify(proof, null, 2)}\n`;
    await document({ text, facts, label });
    return 0;
};
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
/* harmony export */   y: () => (/* binding */ signModelCommand)
/* harmony export */ });
/* harmony import */ var _request_sign_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8650);
/* harmony import */ var _request_edge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40326);
/* harmony import */ var _engine_sign_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85063);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42711);
/* harmony import */ var _trust_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65541);
/* harmony import */ var _token_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4841);






/** `training-provenance sign-model`: an OMS model.sig, keyless or with a key. */
const signModelCommand = async ({ values, format, workspace, progress, out, err, }) => {
    const tokenFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['identity-token-file']);
    const { sigstore, ...urls } = await (0,_trust_config_js__WEBPACK_IMPORTED_MODULE_4__/* .signingFlags */ .J)(values);
    const request = (0,_request_sign_model_js__WEBPACK_IMPORTED_MODULE_0__/* .buildSignModelRequest */ .O)({
        model: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.model),
        output: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.output),
        ignorePaths: (0,_request_edge_js__WEBPACK_IMPORTED_MODULE_1__/* .flagList */ .zg)(values['ignore-paths']),
        choice: sigstore,
        ...urls,
        privateKey: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['private-key']),
        // --signing-cert's file holds the certificate and the chain that issued it.
        signingCert: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['signing-cert']),
        certChain: [],
        allowSymlinks: values['allow-symlinks'] === true,
        hashType: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['hash-type']),
        shardSize: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['shard-size']),
    }, (0,_request_edge_js__WEBPACK_IMPORTED_MODULE_1__/* .cliEdge */ .uA)());
    const signed = await progress((onProgress) => (0,_engine_sign_model_js__WEBPACK_IMPORTED_MODULE_2__/* .signModel */ .TP)(request, {
        workspace,
        getIdToken: () => (0,_token_js__WEBPACK_IMPORTED_MODULE_5__/* .commandIdToken */ .o)({ tokenFile, env: process.env }),
        idTokenProblem: () => 'no SIGSTORE_ID_TOKEN, --identity-token-file or Actions runner token',
        keyPassphrase: process.env.TRAINING_PROVENANCE_KEY_PASSPHRASE || undefined,
        log: (line) => err.write(`${line}\n`),
        onProgress: (p) => onProgress('model', p),
    }));
    const summary = { path: signed.path, root: signed.root, logIndex: signed.logIndex ?? null };
    out.write(format === 'json'
        ? `${JSON.stringify(summary, null, 2)}\n`
        : `model signature: ${signed.path}\nroot:            sha256:${signed.root}\n${signed.logIndex ? `log index:       ${signed.logIndex}\n` : ''}`);
    return 0;
};


/***/ }),

/***/ 10698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ tufCacheDir),
/* harmony export */   u: () => (/* binding */ trustFields)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _request_edge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40326);
/* harmony import */ var _verify_tuf_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29880);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42711);
/* harmony import */ var _trust_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65541);
// The flags that pin who signed (a CI identity, a key, your PKI's anchors), and the trusted
// root: the same for `verify` and `verify-proof`.






/**
 * The signer and trust flags as typed, for the request builder (src/request/verify.ts); a
 * --trust-config file (checked) is the trusted root, in place of --trusted-root.
 */
async function trustFields(values) {
    const trustConfig = await (0,_trust_config_js__WEBPACK_IMPORTED_MODULE_5__/* .trustConfigRoot */ .D)(values);
    return {
        tufUrl: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['tuf-url']),
        tufRoot: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['tuf-root']),
        offline: values.offline === true || (0,_verify_tuf_js__WEBPACK_IMPORTED_MODULE_3__/* .offlineRequested */ .EZ)(process.env),
        repository: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values.repository),
        signerWorkflow: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['signer-workflow']),
        sourceRef: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['source-ref']),
        certIdentity: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['cert-identity']),
        certIdentityRegex: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['cert-identity-regex']),
        certOidcIssuer: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['cert-oidc-issuer']),
        denySelfHostedRunners: values['deny-self-hosted-runners'] === true,
        publicKey: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['public-key']),
        certChain: (0,_request_edge_js__WEBPACK_IMPORTED_MODULE_2__/* .flagList */ .zg)(values['cert-chain']),
        trustedRoot: trustConfig ?? (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(values['trusted-root']),
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

/***/ 65541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ trustConfigRoot),
/* harmony export */   J: () => (/* binding */ signingFlags)
/* harmony export */ });
/* harmony import */ var _sign_trust_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93772);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42711);
// `--trust-config FILE`: a Sigstore ClientTrustConfig naming a custom instance, in place of
// `--sigstore` (attest, sign-model) or of `--trusted-root` (verify). Read here, at the edge; the
// engine gets endpoints and a root path as it gets them from the other flags.


/** The signing instance: from --trust-config, or the named one of --sigstore. */
async function signingFlags(values) {
    const file = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(values['trust-config']);
    refuseBoth(values, ['sigstore'], file);
    return (0,_sign_trust_config_js__WEBPACK_IMPORTED_MODULE_0__/* .signingInstance */ .Xk)(file && (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .here */ .Zv)(file), (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(values.sigstore));
}
/** The trusted root to verify with: the --trust-config file (checked here), else undefined. */
async function trustConfigRoot(values) {
    const file = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(values['trust-config']);
    if (!file)
        return undefined;
    refuseBoth(values, ['trusted-root', 'tuf-url', 'tuf-root'], file);
    await (0,_sign_trust_config_js__WEBPACK_IMPORTED_MODULE_0__/* .readTrustConfig */ .Rx)((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .here */ .Zv)(file));
    return (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .here */ .Zv)(file);
}
function refuseBoth(values, flags, file) {
    (0,_sign_trust_config_js__WEBPACK_IMPORTED_MODULE_0__/* .refuseTwoInstances */ .rQ)(file, flags.find((f) => values[f] !== undefined), '--');
}


/***/ }),

/***/ 11318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ trustedRootCommand)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./build/src/verify/trust.js + 1 modules
var trust = __webpack_require__(9610);
// EXTERNAL MODULE: ./build/src/verify/tuf.js
var verify_tuf = __webpack_require__(29880);
// EXTERNAL MODULE: ./build/src/engine/verify.js + 5 modules
var verify = __webpack_require__(32729);
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
    const outcome = await (0,verify_tuf/* refreshTrustedRoot */.nA)(refresh);
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

// EXTERNAL MODULE: ./build/src/request/edge.js
var edge = __webpack_require__(40326);
// EXTERNAL MODULE: ./build/src/request/verify.js
var request_verify = __webpack_require__(73238);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/signer-flags.js
var signer_flags = __webpack_require__(10698);
;// CONCATENATED MODULE: ./build/src/cli/trusted-root.js






/** `training-provenance trusted-root`: the roots verify uses now, for offline use. */
const trustedRootCommand = async ({ values, err, document }) => {
    const tuf = (0,request_verify/* tufRepository */.cT)((0,args/* str */.gx)(values['tuf-url']).trim(), (0,edge/* absolute */.ys)((0,edge/* cliEdge */.uA)(), (0,args/* str */.gx)(values['tuf-root']).trim()));
    const roots = await currentTrustedRoots({ ...(tuf ? { tuf } : {}), offline: values.offline === true || (0,verify_tuf/* offlineRequested */.EZ)(process.env) }, { tufCacheDir: (0,signer_flags/* tufCacheDir */.$)(process.env), log: (l) => err.write(`${l}\n`) });
    const text = trustedRootsJsonl(roots);
    const label = `${roots.length} trusted root${roots.length === 1 ? '' : 's'}`;
    await document({ text, facts: { roots: roots.length }, label });
    return 0;
};


/***/ }),

/***/ 76456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ verifyProofCommand)
});

// EXTERNAL MODULE: ./build/src/commitment/proof.js
var commitment_proof = __webpack_require__(75645);
// EXTERNAL MODULE: ./build/src/identity/expected-signer.js
var expected_signer = __webpack_require__(71657);
// EXTERNAL MODULE: ./build/src/verify/pipeline.js
var pipeline = __webpack_require__(90909);
// EXTERNAL MODULE: ./build/src/verify/proofs.js
var proofs = __webpack_require__(58184);
// EXTERNAL MODULE: ./build/src/verify/trust.js + 1 modules
var verify_trust = __webpack_require__(9610);
// EXTERNAL MODULE: ./build/src/engine/verify.js + 5 modules
var verify = __webpack_require__(32729);
;// CONCATENATED MODULE: ./build/src/engine/verify-proof.js
// `verify-proof`: whether a piece of content was, or was not, in a dataset of a signed training
// run. The bundle is verified as verify does (signature, log or timestamp, trusted root, signer:
// a CI identity, a key, or a PKI's anchors); the proof is checked against the commitment the
// verified record holds, never its own. A record that did not verify leaves the proof unchecked.






async function verifyProof(inputs, ctx) {
    const proof = await (0,proofs/* readProofFile */.nW)(inputs.proof);
    const identity = (0,verify/* signerOf */.Kv)(inputs.signer, undefined, ctx);
    (0,expected_signer/* requireSigner */.Sz)(identity, inputs.signer);
    const trust = await (0,verify/* keyTrust */.y$)(inputs.signer);
    const { report, view } = await (0,pipeline/* verifyRecord */.RC)({
        bundles: [inputs.bundle],
        identity,
        trustedRoot: (0,verify_trust/* trustedRootSpec */.Nr)(inputs.trustedRoot),
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
    lineage: 'lineage',
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
// EXTERNAL MODULE: ./build/src/request/edge.js
var request_edge = __webpack_require__(40326);
// EXTERNAL MODULE: ./build/src/request/verify.js
var request_verify = __webpack_require__(73238);
// EXTERNAL MODULE: ./build/src/cli/args.js
var args = __webpack_require__(42711);
// EXTERNAL MODULE: ./build/src/cli/signer-flags.js
var signer_flags = __webpack_require__(10698);
;// CONCATENATED MODULE: ./build/src/cli/verify-proof.js







/** `training-provenance verify-proof`: the record verified as verify does, then the proof. */
const verifyProofCommand = async ({ values, format, workspace, err, emit }) => {
    const edge = (0,request_edge/* cliEdge */.uA)();
    const path = (flag) => {
        if (!(0,args/* str */.gx)(values[flag]).trim())
            throw new errors/* ProvenanceError */.CG('INPUT_MISSING', `--${flag} is required`, {
                input: `--${flag}`,
                fix: "run 'training-provenance verify-proof --help'",
            });
        return (0,request_edge/* absolute */.ys)(edge, (0,args/* str */.gx)(values[flag]));
    };
    const trust = await (0,signer_flags/* trustFields */.u)(values);
    const request = {
        bundle: path('bundle'),
        proof: path('proof'),
        ...(0,request_verify/* buildTrustRequest */.A1)(trust, edge),
    };
    const verdict = await verifyProof(request, {
        workspace,
        ...(0,github/* githubUrls */.MB)(process.env),
        tufCacheDir: (0,signer_flags/* tufCacheDir */.$)(process.env),
        log: (line) => err.write(`${line}\n`),
    });
    const line = describeProofVerdict(verdict);
    if (format === 'json') {
        const { report, ...rest } = verdict;
        const signer = { signer: report.signer, signedWithKey: report.signedWithKey };
        await emit(`${JSON.stringify({ ...rest, line, ...signer }, null, 2)}\n`);
    }
    else
        await emit(`${line}\n`);
    return verdict.holds ? 0 : 1;
};


/***/ }),

/***/ 15007:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var _engine_verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32729);
/* harmony import */ var _verify_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23329);
/* harmony import */ var _request_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73238);
/* harmony import */ var _request_edge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40326);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42711);
/* harmony import */ var _signer_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10698);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15042);







/** `training-provenance verify`: its flags are the spec's (src/surface/spec.ts). */
const verifyCommand = async ({ values, format, workspace, err, progress, emit, }) => {
    const env = process.env;
    // Paths are read where the user names them (here); the workspace decides subject names.
    const trust = await (0,_signer_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .trustFields */ .u)(values);
    const request = (0,_request_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .buildVerifyRequest */ .BL)({
        model: (0,_request_edge_js__WEBPACK_IMPORTED_MODULE_2__/* .flagList */ .zg)(values.model),
        bundle: (0,_request_edge_js__WEBPACK_IMPORTED_MODULE_2__/* .flagList */ .zg)(values.bundle),
        ...trust,
        policy: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.policy),
        proofs: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.proofs),
        evidence: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values.evidence),
        advisories: (0,_request_edge_js__WEBPACK_IMPORTED_MODULE_2__/* .flagList */ .zg)(values.advisories),
        // parseArgs (allowNegative) reads --no-model-signature as model-signature: false.
        modelSignature: values['model-signature'] === false || values['no-model-signature'] === true
            ? ['false']
            : [(0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['model-signature']) || 'auto'],
        modelSignatureIdentity: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['model-signature-identity']),
        modelSignatureIdentityRegex: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['model-signature-identity-regex']),
        modelSignatureIssuer: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(values['model-signature-issuer']),
        ignorePaths: (0,_request_edge_js__WEBPACK_IMPORTED_MODULE_2__/* .flagList */ .zg)(values['ignore-paths']),
        ignoreUnsignedFiles: values['ignore-unsigned-files'] === true,
    }, (0,_request_edge_js__WEBPACK_IMPORTED_MODULE_2__/* .cliEdge */ .uA)());
    const report = await progress((onProgress) => (0,_engine_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .verify */ .MX)(request, {
        workspace,
        ...(0,_github_js__WEBPACK_IMPORTED_MODULE_5__/* .githubUrls */ .MB)(env),
        currentRepository: env.GITHUB_REPOSITORY,
        githubToken: env.GITHUB_TOKEN,
        tufCacheDir: (0,_signer_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .tufCacheDir */ .$)(env),
        log: (line) => err.write(`${line}
`),
        onProgress,
    }));
    await emit(format === 'json' ? (0,_verify_report_js__WEBPACK_IMPORTED_MODULE_6__/* .renderReportJson */ .BK)(report) : (0,_verify_report_js__WEBPACK_IMPORTED_MODULE_6__/* .renderText */ .S5)(report));
    return report.verified ? 0 : 1;
};


/***/ }),

/***/ 85063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ digestSha256),
/* harmony export */   TP: () => (/* binding */ signModel),
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
    const how = inputs.serialization;
    const signer = await signingMaterial(inputs, ctx);
    const isFile = dir.kind === 'file';
    const output = inputs.output
        ? inputs.output
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
    const key = await (0,_sign_key_js__WEBPACK_IMPORTED_MODULE_10__/* .loadKeyMaterial */ .nD)(inputs.key, ctx.keyPassphrase);
    return key ? { key } : keylessSigning(inputs, ctx);
}
/** OMS's names, the ones given and the signature itself, relative to the model directory. */
function modelIgnores(dir, given, output) {
    const inside = output ? (0,_oms_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._l)(dir, output) : undefined;
    const extra = given.map((p) => (p.startsWith('/') ? ((0,_oms_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._l)(dir, p) ?? '') : p));
    return (0,_oms_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeIgnorePaths */ .QA)([..._oms_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OMS_SIGNING_IGNORES */ .UG, ...extra, ...(inside ? [inside] : [])]);
}
/** The instance and the token to sign keyless with; outside a GitHub workflow, auto is public-good. */
async function keylessSigning(inputs, ctx) {
    const instance = inputs.sigstore;
    const token = await ctx.getIdToken();
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('OIDC_UNAVAILABLE', `no OIDC token to sign with (${ctx.idTokenProblem()})`, {
            input: 'sign-model',
            fix: 'set SIGSTORE_ID_TOKEN or --identity-token-file, run in a workflow step with id-token: write, or sign with --private-key',
        });
    const claims = (0,_collect_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeJwtClaims */ .dG)(token);
    const visibility = typeof claims.repository_visibility === 'string' ? claims.repository_visibility : 'public';
    return { endpoints: (0,_sign_instances_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveEndpoints */ .$K)(instance, visibility), token };
}


/***/ }),

/***/ 8650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ buildSignModelRequest),
/* harmony export */   _: () => (/* binding */ buildDigestRequest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _oms_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11833);
/* harmony import */ var _sign_instances_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98423);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40326);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72428);





function buildDigestRequest(f, edge) {
    return {
        model: (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolute */ .ys)(edge, f.model.trim()),
        ignorePaths: f.ignorePaths,
        allowSymlinks: f.allowSymlinks,
        serialization: serializationChoice({ hashType: f.hashType }),
    };
}
function buildSignModelRequest(f, edge) {
    const output = (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolute */ .ys)(edge, f.output.trim());
    return {
        model: (0,_edge_js__WEBPACK_IMPORTED_MODULE_3__/* .absolute */ .ys)(edge, f.model.trim()),
        ...(output ? { output } : {}),
        ignorePaths: f.ignorePaths,
        allowSymlinks: f.allowSymlinks,
        serialization: serializationChoice(f),
        sigstore: (0,_sign_instances_js__WEBPACK_IMPORTED_MODULE_2__/* .sigstoreInstance */ .KY)(f),
        ...(0,_key_js__WEBPACK_IMPORTED_MODULE_4__/* .keyFiles */ .h)(f, edge),
    };
}
/** files or shards (with --shard-size), and a hash type OMS lists: refused with the fix if not. */
function serializationChoice(inputs) {
    const hashType = inputs.hashType || 'sha256';
    if (!Object.hasOwn(_oms_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .OMS_HASH_TYPES */ .LB, hashType))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `hash type '${hashType}' is not one OMS lists`, {
            input: 'hash-type',
            value: hashType,
            fix: `give one of ${Object.keys(_oms_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .OMS_HASH_TYPES */ .LB).join(', ')}`,
        });
    const size = inputs.shardSize?.trim();
    if (!size)
        return { method: 'files', hashType: hashType };
    // model_signing never shards BLAKE3 (it signs whole files instead), nor verifies such shards.
    if (hashType === 'blake3')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', 'blake3 is not cut into shards', {
            input: 'shard-size',
            value: size,
            fix: 'drop --shard-size: model_signing signs and verifies BLAKE3 by whole files only',
        });
    const shardSize = Number(size);
    if (!/^\d+$/.test(size) || !Number.isSafeInteger(shardSize) || shardSize <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `shard size '${size}' is not a number of bytes`, {
            input: 'shard-size',
            value: size,
            fix: "give a positive whole number of bytes, e.g. 1000000000 (model_signing's default)",
        });
    return { method: 'shards', hashType: hashType, shardSize };
}


/***/ })

};
