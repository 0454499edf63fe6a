export const id = 567;
export const ids = [567];
export const modules = {

/***/ 6567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAttest: () => (/* binding */ runAttest)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./build/src/engine/attest.js + 14 modules
var attest = __webpack_require__(12156);
// EXTERNAL MODULE: ./build/src/request/attest.js
var request_attest = __webpack_require__(98854);
// EXTERNAL MODULE: ./build/src/request/edge.js
var edge = __webpack_require__(40326);
// EXTERNAL MODULE: ./build/src/hash/progress.js
var progress = __webpack_require__(51499);
// EXTERNAL MODULE: ./build/src/collect/environment.js + 1 modules
var environment = __webpack_require__(19595);
// EXTERNAL MODULE: ./build/src/statement/read.js + 1 modules
var read = __webpack_require__(69453);
// EXTERNAL MODULE: ./build/src/present/bytes.js
var present_bytes = __webpack_require__(70870);
// EXTERNAL MODULE: ./build/src/present/markdown.js
var markdown = __webpack_require__(29232);
// EXTERNAL MODULE: ./build/src/lineage/record.js
var record = __webpack_require__(93186);
// EXTERNAL MODULE: ./build/src/lineage/render.js
var render = __webpack_require__(87547);
;// CONCATENATED MODULE: ./build/src/report/summary.js
// The attest step's job summary: what was attested (model, datasets, frameworks), by which
// workflow run, and where the signature went. Rendered from the statement through
// readProvenance, so the summary shows what was signed, not what was meant to be.






/** Rows beyond this are summarised in one line: the statement file has them all. */
const MAX_ROWS = 50;
/** Longer cell values are shortened; the statement keeps the full text. */
const MAX_CELL = 90;
const PUBLIC_REKOR = 'https://rekor.sigstore.dev';
/** Rows past MAX_ROWS are counted in one line: the statement file has them all. */
function cappedTable(header, rows) {
    const lines = [(0,markdown/* table */.tp)(header, rows.slice(0, MAX_ROWS))];
    if (rows.length > MAX_ROWS)
        lines.push('', `… and ${rows.length - MAX_ROWS} more (see the statement).`);
    return lines;
}
/** A cell of untrusted text, or a code span of it, shortened to MAX_CELL characters. */
const cell = (text) => (0,markdown/* escapeText */.X1)(text, MAX_CELL);
const codeCell = (text) => (0,markdown/* code */.aY)(text, MAX_CELL);
const digest12 = (d) => d ? (0,markdown/* shortDigest */.VK)(d, 12) : undefined;
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function subjectsSection(subjects, sizes) {
    const rows = subjects.map((s) => {
        const name = s.name ?? '';
        const a = s.annotations ?? {};
        const files = num(a.files);
        const bytes = num(a.bytes) ?? sizes.get(name);
        let size = bytes !== undefined ? (0,present_bytes/* humanBytes */.p)(bytes) : '';
        if (files !== undefined)
            size = `${size}${size ? ', ' : ''}${files} file${files === 1 ? '' : 's'}`;
        const kind = a.role === 'model-directory' ? 'directory (OMS root)' : 'file';
        const digest = digest12(s.digest);
        return [codeCell(name), kind, digest ? codeCell(digest) : '', cell(size)];
    });
    return ['### Model', '', ...cappedTable(['Subject', 'Kind', 'Digest', 'Size'], rows)];
}
function datasetsSection(view) {
    if (view.datasets.length === 0)
        return ['### Datasets', '', 'No dataset was recorded.'];
    const rows = view.datasets.map((d) => {
        const digest = digest12(d.digest);
        return [
            cell(d.name),
            cell(d.kind),
            codeCell(d.uri),
            d.unpinned || !digest ? '⚠ unpinned' : codeCell(digest),
            d.fileCount !== undefined ? String(d.fileCount) : '',
            d.totalBytes !== undefined ? (0,present_bytes/* humanBytes */.p)(d.totalBytes) : '',
            cell(d.license ?? ''),
        ];
    });
    return [
        '### Datasets',
        '',
        ...cappedTable(['Name', 'Kind', 'URI', 'Digest', 'Files', 'Bytes', 'Licence'], rows),
    ];
}
function environmentSection(view) {
    const lines = ['### Frameworks and environment', ''];
    const python = view.pythonPresent === false
        ? `Python: not recorded${view.pythonReason ? ` (${(0,markdown/* escapeText */.X1)(whyNotRecorded(view.pythonReason))})` : ''}.`
        : `Python ${(0,markdown/* escapeText */.X1)(view.pythonVersion ?? '(version unknown)')}, ${view.packages.length} installed distribution${view.packages.length === 1 ? '' : 's'} recorded.`;
    lines.push(python);
    const notable = (0,environment/* notablePackages */.nC)(view.packages);
    if (notable.length > 0) {
        const rows = notable.map((p) => [cell(p.name), codeCell(p.version)]);
        lines.push('', ...cappedTable(['Framework', 'Version'], rows));
    }
    const acc = view.accelerator;
    const facts = [];
    if (acc.cuda)
        facts.push(`CUDA build ${acc.cuda}${acc.cudaSource ? ` (from ${acc.cudaSource})` : ''}`);
    if (acc.rocm)
        facts.push(`ROCm build ${acc.rocm}`);
    if (acc.cudnn)
        facts.push(`cuDNN ${acc.cudnn}`);
    if (acc.driverVersion)
        facts.push(`NVIDIA driver ${acc.driverVersion}`);
    for (const gpu of acc.gpus ?? [])
        facts.push(`GPU: ${gpu}`);
    for (const note of acc.notes ?? [])
        facts.push(`Note: ${note}`);
    lines.push('');
    if (facts.length === 0)
        lines.push('Accelerator: no CUDA or ROCm build recorded.');
    else
        lines.push('Accelerator:', '', ...facts.map((f) => `- ${(0,markdown/* escapeText */.X1)(f)}`));
    return lines;
}
function runnerText(view) {
    const r = view.runner ?? {};
    const parts = [
        view.github?.runner_environment ?? r.environment,
        [r.os, r.arch].filter(Boolean).join(' '),
        [r.imageOs, r.imageVersion].filter(Boolean).join(' '),
        r.name,
    ].filter((p) => Boolean(p));
    return parts.join(' · ');
}
function identitySection(view) {
    const id = view.identity;
    const repoUrl = view.workflow?.repository;
    const rows = [];
    if (id.repository)
        rows.push(['Repository', (0,markdown/* link */.nf)(cell(id.repository), repoUrl)]);
    if (view.workflow?.path)
        rows.push(['Workflow', codeCell(view.workflow.path)]);
    if (id.jobWorkflowRef && id.jobWorkflowRef !== id.workflowRef) {
        rows.push(['Job workflow', codeCell(id.jobWorkflowRef)]);
    }
    if (id.ref)
        rows.push(['Ref', codeCell(id.ref)]);
    if (id.sha) {
        const commitUrl = repoUrl ? `${repoUrl}/commit/${id.sha}` : undefined;
        rows.push(['Commit', (0,markdown/* link */.nf)(cell(id.sha.slice(0, 12)), commitUrl)]);
    }
    if (id.eventName)
        rows.push(['Event', cell(id.eventName)]);
    const runner = runnerText(view);
    if (runner)
        rows.push(['Runner', cell(runner)]);
    if (view.invocationId) {
        const label = id.runId ? `run ${id.runId}, attempt ${id.runAttempt ?? '?'}` : view.invocationId;
        rows.push(['Run', (0,markdown/* link */.nf)(cell(label), view.invocationId)]);
    }
    const source = view.identitySource === 'oidc-token'
        ? 'OIDC token claims (the same claims the signing certificate carries)'
        : view.identitySource === 'environment'
            ? 'runner variables (GITHUB_*); only a signature binds them to a certificate'
            : 'not recorded';
    rows.push(['Identity source', cell(source)]);
    return ['### Identity', '', ...cappedTable(['Item', 'Value'], rows)];
}
function rekorLink(endpoints, logIndex) {
    if (!logIndex || !endpoints?.rekorUrl)
        return undefined;
    const rekor = endpoints.rekorUrl.replace(/\/+$/, '');
    if (rekor === PUBLIC_REKOR)
        return `https://search.sigstore.dev/?logIndex=${encodeURIComponent(logIndex)}`;
    return `${rekor}/api/v1/log/entries?logIndex=${encodeURIComponent(logIndex)}`;
}
function signingFrom(input, view) {
    if (input.signing)
        return input.signing;
    if (!input.bundlePath)
        return undefined;
    const signing = { bundlePath: input.bundlePath };
    // A token-signed certificate names the job's workflow, which is what builder.id says.
    if (view.builderId)
        signing.signer = view.builderId;
    if (input.endpoints?.instance)
        signing.instance = input.endpoints.instance;
    if (input.logIndex)
        signing.logIndex = input.logIndex;
    const logUrl = rekorLink(input.endpoints, input.logIndex);
    if (logUrl)
        signing.logUrl = logUrl;
    if (input.attestation?.attestationUrl)
        signing.attestationUrl = input.attestation.attestationUrl;
    return signing;
}
function signingSection(signing, statementPath) {
    const lines = ['### Signature', ''];
    if (!signing)
        return statementPath ? [`Statement: ${codeCell(statementPath)}`] : [];
    const rows = [];
    if (signing.instance)
        rows.push(['Sigstore instance', cell(signing.instance)]);
    if (signing.signer)
        rows.push(['Signer', codeCell(signing.signer)]);
    if (signing.logIndex)
        rows.push(['Transparency log', (0,markdown/* link */.nf)(cell(`entry ${signing.logIndex}`), signing.logUrl)]);
    else if (signing.instance === 'github')
        rows.push(['Transparency log', 'none (GitHub’s instance timestamps instead)']);
    if (signing.attestationUrl)
        rows.push(['Attestation', (0,markdown/* link */.nf)(cell(signing.attestationUrl), signing.attestationUrl)]);
    if (signing.bundlePath)
        rows.push(['Bundle', codeCell(signing.bundlePath)]);
    if (statementPath)
        rows.push(['Statement', codeCell(statementPath)]);
    return [...lines, ...cappedTable(['Item', 'Value'], rows)];
}
/**
 * Markdown for the job summary of an attest step: the outcome first (signed, or why it is not
 * trustworthy yet), then the warnings, the signature, and the full record folded.
 */
function renderAttestSummary(input) {
    const view = (0,read/* readProvenance */.Ch)(input.statement);
    const sizes = new Map((input.files ?? []).map((f) => [f.relPath, f.size]));
    const subjects = view.subjects;
    const signing = signingFrom(input, view);
    const record = [
        subjectsSection(subjects, sizes),
        datasetsSection(view),
        environmentSection(view),
        identitySection(view),
    ];
    const sections = [
        [signing ? '## ✅ Training provenance signed' : '## ⚠ Training provenance not signed'],
        warningsSection(view, signing),
        signingSection(signing, input.statementPath),
        lineageSection(view, signing),
        [
            (0,markdown/* details */.zH)('Full record: model, datasets, frameworks, identity', record.map((r) => r.join('\n')).join('\n\n')),
        ],
    ].filter((lines) => lines.length > 0);
    return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
/** Datasets → training run → model, and each base model → the run, as the record states. */
function lineageSection(view, signing) {
    const bases = view.baseModels.length;
    return [
        '### Lineage',
        '',
        bases === 0
            ? 'Datasets → training run → model, as recorded.'
            : `Datasets and ${bases === 1 ? 'the base model' : `${bases} base models`} → training run → model, as recorded: \`training-provenance lineage\` verifies the bases' evidence.`,
        '',
        (0,render/* lineageMarkdown */.fs)((0,record/* recordedLineage */.MI)(view, signing?.signer), 'recorded'),
    ];
}
/** What a reader must know before trusting the record: no signature, unpinned datasets. */
function warningsSection(view, signing) {
    const warnings = [];
    if (!signing)
        warnings.push('Not signed (`sign: false` or no OIDC token): verify cannot trust this statement.');
    const unpinned = view.datasets.filter((d) => d.unpinned).length;
    if (unpinned > 0)
        warnings.push(`${unpinned} dataset${unpinned === 1 ? ' is' : 's are'} unpinned: recorded by reference without a content digest, so a later change to ${unpinned === 1 ? 'it' : 'them'} cannot be detected.`);
    if (warnings.length === 0)
        return [];
    return ['### ⚠ Warnings', '', ...warnings.map((w) => `- ⚠ ${w}`)];
}
/** 0.1 wrote the reason as "not recorded (python: none)": shown once, not twice. */
function whyNotRecorded(reason) {
    return reason.replace(/^not recorded \((.*)\)$/, '$1');
}

// EXTERNAL MODULE: ./build/src/action/inputs.js
var inputs = __webpack_require__(73991);
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
;// CONCATENATED MODULE: ./build/src/action/attest.js
// The root action, attest, as the runner runs it: inputs and runner context in, outputs and a job
// summary out. The work itself is the engine's (src/engine/attest.ts).








async function runAttest() {
    const env = process.env;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const request = await (0,request_attest/* buildAttestRequest */.f)(await attestFields((0,inputs/* outputDirInput */.nL)(env, workspace), workspace), (0,edge/* actionEdge */.eN)(workspace, (line) => core/* warning */.$e(line)));
    const result = await (0,attest/* attest */.st)(request, {
        ...runnerContext(env),
        workspace,
    });
    report(result);
    if ((0,inputs/* boolInput */.Hm)('summary', true))
        await writeSummary(result);
}
/** The inputs as typed, each list split into its items (inputList) or lines. */
async function attestFields(outputDir, workspace) {
    const artifact = (0,inputs/* input */.hF)('artifact').trim();
    return {
        model: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('model')),
        modelManifest: (0,edge/* inputLines */.KD)((0,inputs/* input */.hF)('model-manifest')),
        datasets: (0,inputs/* input */.hF)('datasets').split(/\r?\n/),
        datasetsFile: (0,inputs/* input */.hF)('datasets-file'),
        python: (0,inputs/* input */.hF)('python'),
        requirements: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('requirements')),
        parameters: (0,inputs/* input */.hF)('parameters'),
        byproducts: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('byproducts')),
        sign: (0,inputs/* boolInput */.Hm)('sign', true),
        ...(await (0,inputs/* signingInputs */.hY)(workspace)),
        pushToGitHub: (0,inputs/* boolInput */.Hm)('push-to-github', true),
        // `artifact`: a name, `false` for none, empty (or true) for the generated name.
        uploadArtifact: !/^false$/i.test(artifact),
        artifactName: /^(true|false)$/i.test(artifact) ? '' : artifact,
        outputDir,
        defaultOutputDir: outputDir,
        modelSignature: (0,inputs/* boolInput */.Hm)('sign-model', false),
        mlBom: (0,inputs/* boolInput */.Hm)('ml-bom', false),
        privateKey: '',
        signingCert: '',
        certChain: [],
        baseModels: (0,edge/* inputLines */.KD)((0,inputs/* input */.hF)('base-models')),
        baseModelEvidence: (0,edge/* inputLines */.KD)((0,inputs/* input */.hF)('base-model-evidence')),
        trustConfig: (0,inputs/* input */.hF)('trust-config'),
    };
}
/** The runner around the inputs: its variables, its OIDC token, the GitHub token. */
function runnerContext(env) {
    let tokenProblem;
    return {
        env: { ...env },
        pathEnv: env.PATH ?? '',
        getIdToken: async () => {
            if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
                tokenProblem =
                    'ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job lacks id-token: write, or this is a fork';
                return undefined;
            }
            try {
                // getIDToken masks the token in the log itself.
                return await core/* getIDToken */.V9('sigstore');
            }
            catch (e) {
                tokenProblem = e.message;
                return undefined;
            }
        },
        idTokenProblem: () => tokenProblem,
        githubToken: (0,inputs/* input */.hF)('github-token') || undefined,
        artifactRuntimeAvailable: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
        toolVersion: version/* TOOL_VERSION */.w,
        log: (line) => core/* info */.pq(line),
        warn: (line) => core/* warning */.$e(line),
        onProgress: (0,progress/* labelledProgressLogger */.ZU)((line) => core/* info */.pq(line)),
    };
}
async function writeSummary(result) {
    const oms = result.modelSignatures.map((m) => `- OMS model signature \`${m.path}\` (root \`sha256:${m.root}\`)`);
    const extra = oms.length > 0 ? `\n### Model signatures\n\n${oms.join('\n')}\n` : '';
    const summary = renderAttestSummary({
        statement: result.statement,
        statementPath: result.training.statementPath,
        bundlePath: result.training.bundlePath,
        logIndex: result.training.logIndex,
        attestation: result.training.attestation,
        endpoints: result.endpoints,
        files: result.files,
    });
    await core/* summary */.z.addRaw(summary + extra, true).write();
}
function report(r) {
    const { provenance: p, training: t } = r;
    core/* setOutput */.uH('statement-path', p?.statementPath ?? '');
    core/* setOutput */.uH('bundle-path', p?.bundlePath ?? '');
    core/* setOutput */.uH('attestation-id', p?.attestation?.attestationId ?? '');
    core/* setOutput */.uH('attestation-url', p?.attestation?.attestationUrl ?? '');
    core/* setOutput */.uH('training-statement-path', t.statementPath);
    core/* setOutput */.uH('training-bundle-path', t.bundlePath ?? '');
    core/* setOutput */.uH('training-attestation-id', t.attestation?.attestationId ?? '');
    core/* setOutput */.uH('training-attestation-url', t.attestation?.attestationUrl ?? '');
    core/* setOutput */.uH('model-digest', r.modelDigest);
    core/* setOutput */.uH('log-index', p?.logIndex ?? t.logIndex ?? '');
    core/* setOutput */.uH('ml-bom-path', r.mlBom?.bomPath ?? '');
    core/* setOutput */.uH('ml-bom-bundle-path', r.mlBom?.bundlePath ?? '');
    for (const s of [p, t, r.mlBom].filter((x) => x !== undefined)) {
        core/* info */.pq(`${s.role}: ${s.bundlePath ?? s.statementPath}`);
        if (s.logIndex)
            core/* info */.pq(`  transparency log index: ${s.logIndex}`);
        if (s.attestation)
            core/* info */.pq(`  attestation: ${s.attestation.attestationUrl}`);
    }
    if (r.modelDigest)
        core/* info */.pq(`model digest: ${r.modelDigest}`);
    if (t.bundlePath)
        core/* info */.pq(`signed on the ${r.endpoints?.instance} Sigstore instance`);
    for (const m of r.modelSignatures)
        core/* info */.pq(`model signature (OMS): ${m.path}`);
    if (r.artifact && !r.artifact.uploaded)
        core/* notice */.lm(r.artifact.reason);
    if (r.artifact?.uploaded)
        core/* info */.pq(`artifact: ${r.artifact.name} (id ${r.artifact.id})`);
    if (!t.bundlePath)
        core/* notice */.lm('sign: false — the statements are unsigned; verify cannot trust them.');
}


/***/ })

};
