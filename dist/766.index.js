export const id = 766;
export const ids = [766];
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





/***/ })

};
