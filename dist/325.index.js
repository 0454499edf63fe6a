export const id = 325;
export const ids = [325,5];
export const modules = {

/***/ 66325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReview: () => (/* binding */ runReview)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var lib_github = __webpack_require__(61351);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/src/policy/policy.js + 3 modules
var policy_policy = __webpack_require__(20531);
// EXTERNAL MODULE: ./build/src/policy/advisories.js + 5 modules
var policy_advisories = __webpack_require__(50923);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 310 modules
var artifact = __webpack_require__(56656);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/src/store/attestations.js
var attestations = __webpack_require__(45112);
// EXTERNAL MODULE: ./build/src/net/retry.js
var retry = __webpack_require__(56683);
// EXTERNAL MODULE: ./build/src/review/load.js
var load = __webpack_require__(10180);
// EXTERNAL MODULE: ./build/src/store/artifact.js
var store_artifact = __webpack_require__(75689);
;// CONCATENATED MODULE: ./build/src/review/base.js
// Finds the base branch's provenance for `base: auto`: the artifact of the latest
// successful run of the same workflow on the base branch, through the Actions REST API.
// The zip download is an injected function (the real one needs the runner's artifact
// service); the run and artifact lookup is plain REST.








const isDefaultName = (name) => name === store_artifact/* ARTIFACT_PREFIX */.Cw || name.startsWith(`${store_artifact/* ARTIFACT_PREFIX */.Cw}-`);
/**
 * Like with like: of several provenance artifacts (the jobs of a matrix), this job's; else the
 * only one; else the first, saying which was taken.
 */
function chooseArtifact(candidates, job, log) {
    if (candidates.length <= 1)
        return candidates[0];
    const own = job ? candidates.filter((a) => a.name.startsWith((0,store_artifact/* defaultArtifactName */.Vb)(job, ''))) : [];
    const chosen = own[0] ?? candidates[0];
    log?.(`the base run has ${candidates.length} provenance artifacts (${candidates.map((a) => a.name).join(', ')}): comparing with ${chosen.name}${own.length > 0 ? ", this job's" : ''}`);
    return chosen;
}
/** The real download, through the runner's artifact service (`actions: read`). */
const downloadWithArtifactClient = async (artifactId, request) => {
    const client = new artifact.DefaultArtifactClient();
    return client.downloadArtifact(artifactId, {
        path: request.path,
        findBy: {
            token: request.token,
            workflowRunId: request.workflowRunId,
            repositoryOwner: request.repositoryOwner,
            repositoryName: request.repositoryName,
        },
    });
};
/** `.github/workflows/train.yml` → `train.yml`, the name the Actions API takes. */
function workflowFileName(workflowPath) {
    const at = workflowPath.lastIndexOf('@');
    const path = at > 0 ? workflowPath.slice(0, at) : workflowPath;
    return path.slice(path.lastIndexOf('/') + 1);
}
function branchName(ref) {
    return ref.replace(/^refs\/heads\//, '');
}
function httpReason(e, what) {
    const f = (0,attestations/* classifyOctokitError */.A)(e);
    if (f.status === 401 || f.status === 403) {
        return `${what} was refused (HTTP ${f.status}): grant the job \`permissions: actions: read\``;
    }
    return `${what} failed: ${f.status ? `HTTP ${f.status}` : e.message}`;
}
/** The base branch's latest successful run, its provenance artifact, and the record in it. */
async function findBaseProvenance(opts) {
    const branch = branchName(opts.branch);
    const run = await latestRun(opts, branch);
    if ('found' in run)
        return run;
    const runRef = { runId: run.id, ...(run.html_url ? { runUrl: run.html_url } : {}) };
    const artifact = await provenanceArtifact(opts, run, branch);
    if ('found' in artifact)
        return { ...artifact, ...runRef };
    try {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(opts.workDir ?? (0,external_node_os_.tmpdir)(), 'base-provenance-'));
        const download = opts.downloadArtifact ?? downloadWithArtifactClient;
        const res = await download(artifact.id, {
            path: dir,
            token: opts.token,
            workflowRunId: run.id,
            repositoryOwner: opts.owner,
            repositoryName: opts.repo,
        });
        const file = await (0,load/* provenanceFileIn */.tT)(res.downloadPath ?? dir, 'base');
        const provenance = await (0,load/* loadProvenance */.mb)(file, 'base');
        return { found: true, provenance, artifactId: artifact.id, ...runRef };
    }
    catch (e) {
        return {
            found: false,
            kind: 'error',
            reason: `the \`${artifactNameOf(opts)}\` artifact of run ${run.id} could not be read: ${e.message}`,
            ...runRef,
        };
    }
}
const artifactNameOf = (opts) => opts.artifactName ?? `${store_artifact/* ARTIFACT_PREFIX */.Cw}-*`;
/** A GitHub API call with the review's retry policy. */
function caller(opts) {
    return (what, fn) => (0,retry/* withRetry */.bD)(what, fn, attestations/* classifyOctokitError */.A, {
        ...(opts.retry ? { policy: opts.retry } : {}),
        ...(opts.log ? { log: opts.log } : {}),
    });
}
async function latestRun(opts, branch) {
    const { octokit, owner, repo } = opts;
    let run;
    try {
        const res = await caller(opts)(`list runs of ${opts.workflowFile} on ${branch}`, () => octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            owner,
            repo,
            workflow_id: opts.workflowFile,
            branch,
            status: 'success',
            per_page: 1,
        }));
        run = res.data.workflow_runs?.[0];
    }
    catch (e) {
        // The workflow file is new in this pull request: the base branch has never run it.
        if ((0,attestations/* classifyOctokitError */.A)(e).status === 404) {
            return {
                found: false,
                kind: 'no-run',
                reason: `${opts.workflowFile} does not exist on ${branch}`,
            };
        }
        return {
            found: false,
            kind: 'error',
            reason: httpReason(e, `looking up runs of ${opts.workflowFile} on ${branch}`),
        };
    }
    return (run ?? {
        found: false,
        kind: 'no-run',
        reason: `no successful run of ${opts.workflowFile} on ${branch}`,
    });
}
async function provenanceArtifact(opts, run, branch) {
    const { octokit, owner, repo } = opts;
    try {
        const res = await caller(opts)(`list artifacts of run ${run.id}`, () => octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
            owner,
            repo,
            run_id: run.id,
            ...(opts.artifactName ? { name: opts.artifactName } : {}),
            per_page: 100,
        }));
        const artifacts = res.data.artifacts ?? [];
        // The API filters by name; filter again in case a server ignores the parameter.
        const named = artifacts.filter((a) => opts.artifactName ? a.name === opts.artifactName : isDefaultName(a.name));
        const artifact = chooseArtifact(named.filter((a) => !a.expired), opts.job, opts.log);
        if (artifact)
            return artifact;
        const why = named.length > 0 ? 'has expired' : 'was not uploaded';
        return {
            found: false,
            kind: 'no-artifact',
            reason: `the \`${artifactNameOf(opts)}\` artifact of run ${run.id} on ${branch} ${why}`,
        };
    }
    catch (e) {
        return {
            found: false,
            kind: 'error',
            reason: httpReason(e, `listing the artifacts of run ${run.id}`),
        };
    }
}

;// CONCATENATED MODULE: ./build/src/review/comment.js
// The one sticky review comment on a pull request: found again by the hidden marker its
// body starts with, edited in place on re-runs, created when missing. Where the token may
// not comment (a fork's read-only token), the caller is told so and puts the review in the
// job summary instead: that is a skip, not a failure.




/** HTTP statuses that mean "this token may not comment here", not "GitHub is down". */
const NOT_ALLOWED = new Set([401, 403, 404]);
function clientFor(opts) {
    if (opts.octokit)
        return opts.octokit;
    if (!opts.token) {
        throw new errors/* ProvenanceError */.CG('INPUT_MISSING', 'no token to comment on the pull request with', {
            input: 'github-token',
            fix: 'pass github-token (the default ${{ github.token }} needs `permissions: pull-requests: write`)',
        });
    }
    // Retries are ours (bounded, logged), so Octokit's own are off.
    return (0,lib_github/* getOctokit */.Q)(opts.token, {
        ...(opts.apiUrl ? { baseUrl: opts.apiUrl } : {}),
        request: { retries: 0 },
    });
}
/** A comment we wrote: its body begins with the marker (a human quoting it does not). */
function isOurComment(c, marker, author) {
    if (!(c.body ?? '').startsWith(marker))
        return false;
    return author === undefined || c.user?.login === author;
}
/**
 * The comment to edit: marker-led, by `author` when known. Without it, a bot's comment is
 * preferred over a person's (GITHUB_TOKEN and apps write as bots; a person who starts a
 * comment with our marker does not get it overwritten). The oldest wins, so duplicates
 * left by two racing jobs always resolve to the same one.
 */
function pickOurComment(comments, marker, author) {
    const candidates = comments.filter((c) => isOurComment(c, marker, author));
    const bots = candidates.filter((c) => c.user?.type === 'Bot');
    return [...(bots.length > 0 ? bots : candidates)].sort((a, b) => a.id - b.id)[0];
}
function skipReason(status, what) {
    const why = status === 404
        ? 'not found, or not visible to this token'
        : 'the token may not write comments here (a pull request from a fork gets a read-only token)';
    return `${what} was refused with HTTP ${status}: ${why}. Grant \`permissions: pull-requests: write\`; the review is in the job summary.`;
}
async function upsertComment(opts) {
    if (!opts.body.startsWith(opts.marker)) {
        throw new errors/* ProvenanceError */.CG('INTERNAL', 'the review comment does not start with its marker', {
            value: opts.marker,
        });
    }
    const octokit = clientFor(opts);
    const { owner, repo } = opts;
    const where = `${owner}/${repo}#${opts.issueNumber}`;
    const call = guarded(opts);
    const listed = await call(`list comments of ${where}`, `listing the comments of ${where}`, () => octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: opts.issueNumber,
        per_page: 100,
    }));
    if (listed.skipped)
        return listed.skipped;
    const ours = pickOurComment(listed.value, opts.marker, opts.author);
    if (ours) {
        const updated = await call(`update comment ${ours.id} on ${where}`, `editing comment ${ours.id} on ${where}`, () => octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: opts.body }), 
        // Deleted between listing and editing: write a new one below.
        404);
        if (updated.skipped)
            return updated.skipped;
        if (updated.value)
            return { action: 'updated', id: updated.value.data.id, url: updated.value.data.html_url };
        opts.log?.(`comment ${ours.id} on ${where} is gone; creating a new one`);
    }
    const created = await call(`create a comment on ${where}`, `commenting on ${where}`, () => octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: opts.issueNumber,
        body: opts.body,
    }));
    if (created.skipped)
        return created.skipped;
    return { action: 'created', id: created.value.data.id, url: created.value.data.html_url };
}
/**
 * A GitHub call with the review's retries (`what` names it in the retry log, `doing` in the
 * reason). A refusal the token cannot help (NOT_ALLOWED) skips the comment instead of failing
 * the step; `passStatus` gives an undefined value.
 */
function guarded(opts) {
    return async (what, doing, fn, passStatus) => {
        try {
            const value = await (0,retry/* withRetry */.bD)(what, fn, attestations/* classifyOctokitError */.A, {
                ...(opts.retry ? { policy: opts.retry } : {}),
                ...(opts.log ? { log: opts.log } : {}),
            });
            return { value };
        }
        catch (e) {
            const status = (0,attestations/* classifyOctokitError */.A)(e).status;
            if (status !== undefined && status === passStatus)
                return { value: undefined };
            if (status !== undefined && NOT_ALLOWED.has(status))
                return { skipped: { action: 'skipped', reason: skipReason(status, doing), status } };
            throw failed(doing, e);
        }
    };
}
function failed(what, e) {
    const f = (0,attestations/* classifyOctokitError */.A)(e);
    return new errors/* ProvenanceError */.CG('SERVICE_FAILED', `${what} failed: ${f.status ? `HTTP ${f.status}` : e.message}`, { input: 'comment', fix: 're-run the job; the review is in the job summary', cause: e });
}

// EXTERNAL MODULE: ./build/src/review/diff.js + 2 modules
var review_diff = __webpack_require__(50570);
// EXTERNAL MODULE: ./build/src/collect/environment.js + 1 modules
var environment = __webpack_require__(19595);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(28009);
// EXTERNAL MODULE: ./build/src/review/flatten.js
var flatten = __webpack_require__(26068);
// EXTERNAL MODULE: ./build/src/present/markdown.js
var markdown = __webpack_require__(29232);
// EXTERNAL MODULE: ./build/src/present/bytes.js
var present_bytes = __webpack_require__(70870);
// EXTERNAL MODULE: ./build/src/review/version.js
var review_version = __webpack_require__(85802);
;// CONCATENATED MODULE: ./build/src/review/markdown-changes.js
// What changed since the base branch, as the PR comment shows it: subjects, datasets,
// frameworks and parameters. Everything taken from a statement goes through present/markdown.ts.







function baseLine(base) {
    if (!base)
        return 'Compared with the base provenance.';
    if (base.path)
        return `Compared with ${(0,markdown/* code */.aY)(base.path, 120)}.`;
    const run = base.runId !== undefined ? (0,markdown/* link */.nf)(`run ${base.runId}`, base.runUrl) : 'the latest run';
    return `Compared with ${run}${base.ref ? ` on ${(0,markdown/* code */.aY)(base.ref, 80)}` : ''}.`;
}
function changesBlock(diff, base) {
    const title = '#### Changes since base';
    if (diff.base === 'none') {
        if (base?.note)
            return `${title}\n\nNo base provenance to compare with: ${(0,markdown/* escapeText */.X1)(base.note, 280)}`;
        const where = base?.ref ? ` on ${(0,markdown/* code */.aY)(base.ref, 80)}` : '';
        return `${title}\n\nNo base provenance found${where}: this is the first one.`;
    }
    const parts = [title, baseLine(base)];
    if ((0,review_diff/* countChanges */.xS)(diff) === 0) {
        parts.push('No changes: model, base models, datasets, frameworks, parameters and identity are the same.');
        return parts.join('\n\n');
    }
    parts.push(...[
        subjectChanges(diff),
        baseModelChanges(diff),
        datasetChanges(diff),
        frameworkChanges(diff),
        fieldChanges('Environment', diff.environment),
        parameterChanges(diff),
        fieldChanges('Identity', diff.identity),
    ].filter((s) => s !== ''));
    return parts.join('\n\n');
}
const DASH = '—';
function subjectChanges(diff) {
    const { added, removed, changed } = diff.subjects;
    const rows = [
        ...changed.map((c) => [
            (0,markdown/* code */.aY)(c.name, 80),
            `${c.kind}, new digest`,
            (0,markdown/* digestCell */.Ve)(c.before),
            (0,markdown/* digestCell */.Ve)(c.after),
        ]),
        ...added.map((s) => [(0,markdown/* code */.aY)(s.name, 80), `${s.kind}, added`, DASH, (0,markdown/* digestCell */.Ve)(s.digest)]),
        ...removed.map((s) => [(0,markdown/* code */.aY)(s.name, 80), `${s.kind}, removed`, (0,markdown/* digestCell */.Ve)(s.digest), DASH]),
    ];
    if (rows.length === 0)
        return '';
    return `**Model**\n\n${(0,markdown/* foldedTable */.vd)(['Subject', 'Change', 'Before', 'After'], rows, 'model change')}`;
}
/** A base model's side of a change: its name, URI, digest, licence and evidence. */
function baseSide(m, fields) {
    const all = fields.length === 0;
    const lines = [];
    if (all || fields.includes('name'))
        lines.push((0,markdown/* code */.aY)(m.name, 60));
    if ((all || fields.includes('uri')) && m.uri)
        lines.push((0,markdown/* code */.aY)(m.uri, 90));
    if (all || fields.includes('digest'))
        lines.push(m.sha256 ? (0,markdown/* digestCell */.Ve)({ sha256: m.sha256 }) : '⚠ no digest');
    if (fields.includes('kind'))
        lines.push(m.kind ? (0,markdown/* code */.aY)(m.kind, 30) : DASH);
    if (fields.includes('license'))
        lines.push(m.license ? (0,markdown/* code */.aY)(m.license, 40) : 'no licence');
    if (all || fields.includes('evidence'))
        lines.push(m.evidence.length ? (0,markdown/* plural */.LS)(m.evidence.length, 'evidence file') : '⚠ no evidence');
    return lines.join('<br>');
}
/** A changed base model is other weights under the fine-tune: its own table, before datasets. */
function baseModelChanges(diff) {
    const { added, removed, changed } = diff.baseModels;
    const words = (f) => f === 'digest' ? 'new digest' : f === 'license' ? 'licence' : f === 'uri' ? 'new URI' : f;
    const rows = [
        ...changed.map((c) => [
            (0,markdown/* code */.aY)(c.name, 60),
            c.fields.map(words).join(', '),
            baseSide(c.before, c.fields),
            baseSide(c.after, c.fields),
        ]),
        ...added.map((m) => [(0,markdown/* code */.aY)(m.name, 60), 'added', DASH, baseSide(m, [])]),
        ...removed.map((m) => [(0,markdown/* code */.aY)(m.name, 60), 'removed', baseSide(m, []), DASH]),
    ];
    if (rows.length === 0)
        return '';
    return `**Base models**\n\n${(0,markdown/* table */.tp)(['Base model', 'Change', 'Before', 'After'], rows)}`;
}
const DATASET_FIELD_WORDS = {
    name: 'renamed',
    uri: 'new URI',
    digest: 'new digest',
    pinning: 'pinning',
    kind: 'kind',
    license: 'licence',
    size: 'size',
};
/** The parts of a dataset that changed, one per line of the cell. */
function datasetSide(ds, fields) {
    const lines = [];
    if (fields.includes('name'))
        lines.push((0,markdown/* code */.aY)(ds.name, 60));
    if (fields.includes('uri') || fields.length === 0)
        lines.push((0,markdown/* code */.aY)(ds.uri, 90));
    if (fields.includes('digest') || fields.includes('pinning') || fields.length === 0) {
        lines.push((0,markdown/* datasetDigestCell */.lB)(ds));
    }
    if (fields.includes('kind'))
        lines.push((0,markdown/* code */.aY)(ds.kind));
    if (fields.includes('license'))
        lines.push(ds.license ? (0,markdown/* code */.aY)(ds.license, 40) : 'no licence');
    if (fields.includes('size')) {
        const size = [
            ds.fileCount !== undefined ? (0,markdown/* plural */.LS)(ds.fileCount, 'file') : '',
            ds.totalBytes !== undefined ? (0,present_bytes/* humanBytes */.p)(ds.totalBytes) : '',
        ].filter(Boolean);
        lines.push(size.join(', ') || DASH);
    }
    return lines.join('<br>');
}
function datasetChanges(diff) {
    const { added, removed, changed } = diff.datasets;
    const changedRow = (c) => [
        (0,markdown/* code */.aY)(c.name, 60),
        c.fields.map((f) => DATASET_FIELD_WORDS[f] ?? f).join(', '),
        datasetSide(c.before, c.fields),
        datasetSide(c.after, c.fields),
    ];
    const rows = [
        ...changed.map(changedRow),
        ...added.map((d) => [(0,markdown/* code */.aY)(d.name, 60), 'added', DASH, datasetSide(d, [])]),
        ...removed.map((d) => [(0,markdown/* code */.aY)(d.name, 60), 'removed', datasetSide(d, []), DASH]),
    ];
    if (rows.length === 0)
        return '';
    return `**Datasets**\n\n${(0,markdown/* foldedTable */.vd)(['Dataset', 'Change', 'Before', 'After'], rows, 'dataset change')}`;
}
function buildNote(c) {
    const b = (0,review_version/* splitLocalVersion */.qN)(c.before).local;
    const a = (0,review_version/* splitLocalVersion */.qN)(c.after).local;
    return `${b ? (0,markdown/* code */.aY)(b, 20) : 'no build label'} → ${a ? (0,markdown/* code */.aY)(a, 20) : 'no build label'}`;
}
function frameworkChanges(diff) {
    const f = diff.frameworks;
    const moved = (icon, word) => (c) => ({
        name: c.name,
        cells: [
            (0,markdown/* code */.aY)(c.name, 60),
            (0,markdown/* code */.aY)(c.before, 40),
            (0,markdown/* code */.aY)(c.after, 40),
            word === 'rebuilt'
                ? `${icon} rebuilt (${buildNote(c)})`
                : `${icon} ${word}${c.buildChanged ? `, rebuilt (${buildNote(c)})` : ''}`,
        ],
    });
    const rows = [
        ...f.upgraded.map(moved('⬆', 'upgraded')),
        ...f.downgraded.map(moved('⬇', 'downgraded')),
        ...f.rebuilt.map(moved('🔁', 'rebuilt')),
        ...f.changed.map(moved('↔', 'changed')),
        ...f.added.map((p) => ({
            name: p.name,
            cells: [(0,markdown/* code */.aY)(p.name, 60), DASH, (0,markdown/* code */.aY)(p.version, 40), '➕ added'],
        })),
        ...f.removed.map((p) => ({
            name: p.name,
            cells: [(0,markdown/* code */.aY)(p.name, 60), (0,markdown/* code */.aY)(p.version, 40), DASH, '➖ removed'],
        })),
    ];
    return rows.length === 0 ? '' : frameworkTable(rows);
}
/** Few changes in one table; many (a lock file refresh): the ML frameworks open, the rest folded. */
function frameworkTable(rows) {
    const header = ['Package', 'Before', 'After', 'Change'];
    const notableNames = new Set((0,environment/* notablePackages */.nC)(rows.map((r) => ({ name: r.name, version: '', purl: '' }))).map((p) => (0,layout/* normalizePackageName */.NX)(p.name)));
    if (rows.length <= markdown/* FOLD_ROWS */.oW) {
        return `**Frameworks**\n\n${(0,markdown/* table */.tp)(header, rows.map((r) => r.cells))}`;
    }
    // Many changes (a lock file refresh): the ML frameworks in the open, the rest folded.
    const open = rows.filter((r) => notableNames.has((0,layout/* normalizePackageName */.NX)(r.name)));
    const rest = rows.filter((r) => !notableNames.has((0,layout/* normalizePackageName */.NX)(r.name)));
    const parts = ['**Frameworks**'];
    if (open.length)
        parts.push((0,markdown/* table */.tp)(header, open.map((r) => r.cells)));
    if (rest.length) {
        parts.push((0,markdown/* details */.zH)(`${open.length ? `${(0,markdown/* plural */.LS)(rest.length, 'other package')}` : (0,markdown/* plural */.LS)(rest.length, 'package')} changed`, (0,markdown/* table */.tp)(header, rest.map((r) => r.cells))));
    }
    return parts.join('\n\n');
}
function fieldChanges(title, changes) {
    if (changes.length === 0)
        return '';
    const rows = changes.map((c) => [
        (0,markdown/* escapeText */.X1)(c.label, 40),
        c.before !== undefined ? (0,markdown/* code */.aY)(c.before, 100) : DASH,
        c.after !== undefined ? (0,markdown/* code */.aY)(c.after, 100) : DASH,
    ]);
    return `**${title}**\n\n${(0,markdown/* table */.tp)(['', 'Before', 'After'], rows)}`;
}
function parameterChanges(diff) {
    const p = diff.parameters;
    const value = (v) => (0,markdown/* code */.aY)((0,flatten/* formatParameterValue */.oW)(v), 100);
    const rows = [
        ...p.changed.map((c) => [(0,markdown/* code */.aY)(c.path, 80), value(c.before), value(c.after)]),
        ...p.added.map((a) => [(0,markdown/* code */.aY)(a.path, 80), DASH, value(a.value)]),
        ...p.removed.map((r) => [(0,markdown/* code */.aY)(r.path, 80), value(r.value), DASH]),
    ];
    if (rows.length === 0)
        return '';
    return `**Parameters**\n\n${(0,markdown/* foldedTable */.vd)(['Parameter', 'Before', 'After'], rows, 'parameter change')}`;
}

// EXTERNAL MODULE: ./build/src/lineage/record.js
var record = __webpack_require__(93186);
// EXTERNAL MODULE: ./build/src/lineage/render.js
var render = __webpack_require__(87547);
;// CONCATENATED MODULE: ./build/src/review/markdown.js
// The pull-request comment (and job summary): the verdict first, then what changed since the
// base branch, then the violations; the full record (identity, model, datasets, frameworks,
// parameters) folds under <details>. Pure. Everything taken from a statement is untrusted
// and goes through present/markdown.ts.










/** Violations listed in the open before the rest fold away. */
const OPEN_VIOLATIONS = 10;
const MARKER_PREFIX = 'training-provenance:review';
/**
 * The hidden first line that finds our comment again. A key (the workflow and job) keeps
 * two workflows that review the same PR from overwriting each other's comment.
 */
function reviewMarker(key) {
    const clean = key
        ?.replace(/-->|--|[<>\r\n]/g, '-')
        .replace(/\s+/g, ' ')
        .trim();
    return clean ? `<!-- ${MARKER_PREFIX}:${clean} -->` : `<!-- ${MARKER_PREFIX} -->`;
}
/**
 * A reviewer reads the verdict, then what this PR changed, then why it failed; the full
 * record (identity, model, datasets, frameworks, parameters) is there when wanted, folded.
 */
function renderReview(input) {
    const { head, diff, verdict } = input;
    const blocks = [
        input.marker,
        verdictBlock(verdict, input.signed ?? true),
        changesBlock(diff, input.base),
        violationsBlock(verdict?.violations ?? []),
        rulesDetails(verdict?.rules ?? []),
        lineageBlock(head),
        (0,markdown/* details */.zH)('Full record: identity, model, datasets, frameworks, parameters', [
            identityBlock(head, input.runUrl),
            modelBlock(head),
            datasetsBlock(head.datasets),
            frameworksBlock(head),
            parametersBlock(head),
        ].join('\n\n')),
        footer(input.runUrl),
    ];
    return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}
// --- verdict -------------------------------------------------------------------------
function verdictBlock(verdict, signed) {
    const title = '### Training provenance';
    const status = verdict?.status ?? (signed ? 'unverified' : 'unsigned');
    const rules = verdict?.rules ?? [];
    const violations = verdict?.violations ?? [];
    const notes = verdict?.notes ?? [];
    let line;
    switch (status) {
        case 'verified':
            line = `${title}: ✅ verified\n\nSignature, signer, model${rules.some(isPolicyRule) ? ' and policy' : ''} checked: all passed${notEvaluatedNote(rules)}.`;
            break;
        case 'failed':
            line = `${title}: ❌ verification failed\n\n${(0,markdown/* plural */.LS)(violations.length, 'violation')}, listed below the changes.`;
            break;
        case 'unverified':
            line = `${title}: ⚠ unverified\n\nThe bundle’s signature was not checked${notes.length ? ` (${notes.map((n) => (0,markdown/* escapeText */.X1)(n, 160)).join('; ')})` : ''}: what follows is what it claims.`;
            break;
        case 'unsigned':
            line = `${title}: ⚠ unsigned\n\nThis statement carries no signature: what follows is what it claims, unproven.`;
            break;
    }
    if (!verdict?.signatureChecked && rules.length > 0) {
        line += violations.length
            ? `\n\nPolicy on these claims: ❌ ${(0,markdown/* plural */.LS)(violations.length, 'violation')}, listed below the changes.`
            : `\n\nPolicy on these claims: ✅ ${(0,markdown/* plural */.LS)(rules.filter((r) => r.status === 'passed').length, 'rule')} passed${notEvaluatedNote(rules)}.`;
    }
    return line;
}
/** `; 2 rules not evaluated` (allow-unrecorded let them stand), or nothing. */
function notEvaluatedNote(rules) {
    const n = rules.filter((r) => r.status === 'not-evaluated').length;
    return n > 0 ? `; ${(0,markdown/* plural */.LS)(n, 'rule')} not evaluated` : '';
}
/** Checks the verify engine adds beside the policy's own rules. */
function isPolicyRule(r) {
    return !r.rule.startsWith('identity.') && !r.rule.startsWith('model ');
}
function violationsBlock(violations) {
    if (violations.length === 0)
        return '';
    const item = (v) => `- ${(0,markdown/* escapeText */.X1)(v, 280)}`;
    const open = violations.slice(0, OPEN_VIOLATIONS).map(item).join('\n');
    const rest = violations.slice(OPEN_VIOLATIONS);
    const title = `#### ${(0,markdown/* plural */.LS)(violations.length, 'violation')}`;
    if (rest.length === 0)
        return `${title}\n\n${open}`;
    return `${title}\n\n${open}\n\n${(0,markdown/* details */.zH)(`${rest.length} more`, rest.map(item).join('\n'))}`;
}
function rulesDetails(rules) {
    if (rules.length === 0)
        return '';
    const failed = rules.filter((r) => r.status === 'failed').length;
    const skipped = rules.filter((r) => r.status === 'not-evaluated').length;
    const rows = rules.map((r) => [
        (0,markdown/* code */.aY)(r.rule, 60),
        (0,markdown/* ruleMark */.MQ)(r.status),
        r.reason ? (0,markdown/* escapeText */.X1)(r.reason, 200) : '',
    ]);
    const summary = `${(0,markdown/* plural */.LS)(rules.length, 'check')}, ${failed} failed${skipped ? `, ${skipped} not evaluated` : ''}`;
    return (0,markdown/* details */.zH)(summary, (0,markdown/* table */.tp)(['Rule', 'Result', 'Detail'], rows));
}
// --- what this run recorded -------------------------------------------------------------
/**
 * The bases it was fine-tuned from → training run → model, as the record says. Without bases
 * the diagram would only redraw the datasets table above it: nothing is drawn.
 */
function lineageBlock(head) {
    if (head.baseModels.length === 0)
        return '';
    return `#### Lineage\n\nAs the record states it: the review does not verify the bases' evidence (\`training-provenance lineage\` does).\n\n${(0,render/* lineageMarkdown */.fs)((0,record/* recordedLineage */.MI)(head), 'recorded')}`;
}
function identityBlock(head, runUrl) {
    const id = head.identity;
    const lines = [];
    if (id.repository)
        lines.push(`- **Repository**: ${(0,markdown/* code */.aY)(id.repository)}`);
    if (id.workflowPath) {
        const ref = id.ref ? ` at ${(0,markdown/* code */.aY)(id.ref)}` : '';
        lines.push(`- **Workflow**: ${(0,markdown/* code */.aY)(id.workflowPath)}${ref}`);
    }
    else if (id.ref)
        lines.push(`- **Ref**: ${(0,markdown/* code */.aY)(id.ref)}`);
    if (id.jobWorkflowRef && id.repository && !id.jobWorkflowRef.startsWith(`${id.repository}/`)) {
        lines.push(`- **Reusable workflow**: ${(0,markdown/* code */.aY)(id.jobWorkflowRef)}`);
    }
    if (id.sha) {
        const commitUrl = id.serverUrl && id.repository
            ? `${id.serverUrl}/${id.repository}/commit/${id.sha}`
            : undefined;
        lines.push(`- **Commit**: ${(0,markdown/* link */.nf)((0,markdown/* code */.aY)(id.sha.slice(0, 7)), commitUrl)}`);
    }
    const runner = runnerText(head);
    if (runner)
        lines.push(`- **Runner**: ${runner}`);
    const runLabel = id.runId
        ? `run ${(0,markdown/* escapeText */.X1)(id.runId, 20)}${id.runAttempt ? `, attempt ${(0,markdown/* escapeText */.X1)(id.runAttempt, 10)}` : ''}`
        : undefined;
    const trainingRun = head.invocationId;
    if (runLabel || trainingRun) {
        lines.push(`- **Training run**: ${(0,markdown/* link */.nf)(runLabel ?? 'workflow run', trainingRun)}`);
    }
    if (head.finishedOn)
        lines.push(`- **Finished**: ${(0,markdown/* code */.aY)(head.finishedOn)}`);
    if (runUrl && runUrl !== trainingRun)
        lines.push(`- **This review**: ${(0,markdown/* link */.nf)('workflow run', runUrl)}`);
    return lines.length ? lines.join('\n') : '_No workflow identity recorded._';
}
function runnerText(head) {
    const r = head.runner ?? {};
    const parts = [];
    const env = r.environment ?? head.identity.runnerEnvironment;
    if (env)
        parts.push((0,markdown/* code */.aY)(env));
    const platform = [r.os, r.arch].filter(Boolean).join(' ');
    if (platform)
        parts.push((0,markdown/* code */.aY)(platform));
    const image = [r.imageOs, r.imageVersion].filter(Boolean).join(' ');
    if (image)
        parts.push(`image ${(0,markdown/* code */.aY)(image)}`);
    if (r.name)
        parts.push((0,markdown/* code */.aY)(r.name, 60));
    return parts.join(' · ');
}
function modelBlock(head) {
    const subjects = head.subjects;
    if (subjects.length === 0)
        return '#### Model\n\n_No subjects._';
    const rows = subjects.map((s) => {
        const kind = (0,review_diff/* subjectKind */.ZQ)(s);
        const files = s.annotations?.files;
        const bytes = s.annotations?.bytes;
        return [
            (0,markdown/* code */.aY)(s.name ?? '', 80),
            kind === 'directory' && typeof files === 'number'
                ? `directory, ${(0,markdown/* plural */.LS)(files, 'file')}`
                : kind,
            (0,markdown/* digestCell */.Ve)(s.digest ?? {}),
            typeof bytes === 'number' ? (0,present_bytes/* humanBytes */.p)(bytes) : '',
        ];
    });
    const header = ['Subject', 'Kind', 'Digest', 'Size'];
    return `#### Model\n\n${(0,markdown/* foldedTable */.vd)(header, rows, 'subject', ['l', 'l', 'l', 'r'])}`;
}
function datasetsBlock(datasets) {
    if (datasets.length === 0)
        return '#### Datasets\n\n_No datasets recorded._';
    const rows = datasets.map((ds) => [
        (0,markdown/* code */.aY)(ds.name, 60),
        ds.uri ? (0,markdown/* code */.aY)(ds.uri, 90) : '',
        (0,markdown/* datasetDigestCell */.lB)(ds),
        ds.fileCount !== undefined ? String(ds.fileCount) : '',
        ds.totalBytes !== undefined ? (0,present_bytes/* humanBytes */.p)(ds.totalBytes) : '',
        ds.license ? (0,markdown/* code */.aY)(ds.license, 40) : '',
    ]);
    const header = ['Name', 'URI', 'Digest', 'Files', 'Size', 'Licence'];
    const align = ['l', 'l', 'l', 'r', 'r', 'l'];
    return `#### Datasets\n\n${(0,markdown/* foldedTable */.vd)(header, rows, 'dataset', align)}`;
}
function frameworksBlock(head) {
    const out = ['#### Frameworks'];
    const env = [];
    const acc = head.accelerator;
    if (acc.cuda) {
        env.push(`CUDA build ${(0,markdown/* code */.aY)(acc.cuda, 20)}${acc.cudaSource ? ` (${(0,markdown/* code */.aY)(acc.cudaSource, 60)})` : ''}`);
    }
    else if (acc.cudaSource)
        env.push((0,markdown/* code */.aY)(acc.cudaSource, 60));
    if (acc.cudnn)
        env.push(`cuDNN ${(0,markdown/* code */.aY)(acc.cudnn, 30)}`);
    if (acc.driverVersion)
        env.push(`driver ${(0,markdown/* code */.aY)(acc.driverVersion, 30)}`);
    if (acc.gpus?.length)
        env.push(`GPU ${(0,markdown/* code */.aY)(gpuSummary(acc.gpus), 80)}`);
    if (head.pythonVersion)
        env.push(`Python ${(0,markdown/* code */.aY)(head.pythonVersion, 30)}`);
    if (env.length)
        out.push(env.join(' · '));
    if (head.pythonPresent === false) {
        out.push(`_No Python environment recorded${head.pythonReason ? `: ${(0,markdown/* escapeText */.X1)(head.pythonReason, 200)}` : ''}._`);
    }
    const packages = head.packages;
    if (packages.length > 0) {
        const notable = (0,environment/* notablePackages */.nC)(packages);
        if (notable.length > 0)
            out.push((0,markdown/* table */.tp)(['Package', 'Version'], notable.map(packageRow)));
        const all = [...packages].sort((a, b) => (0,layout/* normalizePackageName */.NX)(a.name).localeCompare((0,layout/* normalizePackageName */.NX)(b.name)));
        out.push((0,markdown/* details */.zH)(`All ${(0,markdown/* plural */.LS)(all.length, 'Python package')}`, (0,markdown/* table */.tp)(['Package', 'Version'], all.map(packageRow))));
    }
    else if (head.pythonPresent !== false) {
        out.push('_No Python packages recorded._');
    }
    return out.join('\n\n');
}
function gpuSummary(gpus) {
    const counts = new Map();
    for (const g of gpus)
        counts.set(g, (counts.get(g) ?? 0) + 1);
    return [...counts].map(([name, n]) => (n > 1 ? `${n} × ${name}` : name)).join(', ');
}
function packageRow(p) {
    return [(0,markdown/* code */.aY)(p.name, 60), (0,markdown/* code */.aY)(p.version, 40)];
}
function parametersBlock(head) {
    const params = head.parameters;
    const source = head.parametersSource;
    const from = source?.name
        ? ` from ${(0,markdown/* code */.aY)(source.name, 80)}${source.digest && (0,markdown/* shortDigest */.VK)(source.digest) ? ` (${(0,markdown/* code */.aY)((0,markdown/* shortDigest */.VK)(source.digest))})` : ''}`
        : '';
    if (!params || Object.keys(params).length === 0) {
        return `#### Parameters\n\n_No parameters recorded${from}._`;
    }
    const rows = (0,flatten/* flattenParameters */.xy)(params).map(([path, value]) => [
        (0,markdown/* code */.aY)(path, 80),
        (0,markdown/* code */.aY)((0,flatten/* formatParameterValue */.oW)(value), 120),
    ]);
    const intro = from ? `Recorded${from}.\n\n` : '';
    return `#### Parameters\n\n${intro}${(0,markdown/* foldedTable */.vd)(['Parameter', 'Value'], rows, 'parameter')}`;
}
// --- helpers ----------------------------------------------------------------------------
function footer(runUrl) {
    const by = `training-provenance ${version/* TOOL_VERSION */.w}`;
    return `<sub>${runUrl ? (0,markdown/* link */.nf)(by, runUrl) : by}</sub>`;
}

// EXTERNAL MODULE: ./build/src/policy/evaluate.js
var evaluate = __webpack_require__(33737);
// EXTERNAL MODULE: ./build/src/policy/result.js
var result = __webpack_require__(83527);
;// CONCATENATED MODULE: ./build/src/review/verdict.js
// The verdict a review opens with: verify's report, the release gate's own verification
// (engine/review.ts runs it), or, for a bare statement or a model not on disk, what the
// statement claims, with the policy evaluated on those claims so a reviewer still sees a denied
// framework or dataset.





/** Verify's report as the review's verdict: every identity, model and policy check. */
function verdictFromReport(report) {
    const rules = [
        ...report.identity.map((c) => (0,result/* checked */.KD)(`identity.${c.check}`, c.ok, c.reason, c.actual)),
        ...report.subjects.map((s) => (0,result/* checked */.KD)(`model ${s.name}`, s.ok, s.reason, s.name)),
        ...report.rules,
    ];
    return {
        status: report.verified ? 'verified' : 'failed',
        verified: report.verified,
        signatureChecked: true,
        violations: report.violations.map((v) => v.message),
        rules,
        notes: [],
    };
}
/** The policy on the statement's claims alone: nothing proves who made them. */
function claimsVerdict(view, signed, policy, now, notes, evidence = {}) {
    // Identity rules need a verified certificate; with none, they are not evaluated.
    const rules = policy
        ? [
            ...identityNotEvaluated(policy),
            ...(0,evaluate/* evaluatePolicy */.Uz)(view, undefined, policy, now, { includeIdentity: false, ...evidence }),
        ]
        : [];
    return {
        status: signed ? 'unverified' : 'unsigned',
        verified: false,
        signatureChecked: false,
        violations: rules.filter((r) => r.status === 'failed').map((r) => r.reason),
        rules,
        notes,
    };
}
function identityNotEvaluated(policy) {
    const id = policy.identity ?? {};
    if (!id.repository && !id.signerWorkflow && !id.sourceRef && id.runner !== 'github-hosted')
        return [];
    return [
        (0,result/* notEvaluated */.JB)('identity', 'the signature was not checked, so there is no signer to hold to it'),
    ];
}
/**
 * The model paths the subjects name that exist under the workspace: directories (checked
 * by their OMS root) and the files outside them. Verify re-hashes these.
 */
async function modelOnDisk(subjects, workspace) {
    const dirs = subjects.filter((s) => (0,review_diff/* subjectKind */.ZQ)(s) === 'directory').map((s) => s.name ?? '');
    const inDir = (name) => dirs.some((d) => d !== '' && name.startsWith(`${d}/`));
    const out = [];
    for (const s of subjects) {
        const relPath = s.name ?? '';
        if (!relPath || (0,external_node_path_.isAbsolute)(relPath) || relPath.split('/').includes('..'))
            continue;
        const kind = (0,review_diff/* subjectKind */.ZQ)(s);
        if (kind === 'file' && inDir(relPath))
            continue;
        const path = (0,external_node_path_.resolve)(workspace, relPath);
        try {
            const info = await (0,promises_.stat)(path);
            if (kind === 'directory' ? info.isDirectory() : info.isFile())
                out.push({ kind, path, relPath });
        }
        catch {
            // Not on disk here: the review runs where the model is not.
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/review/review.js
// `mode: review`: this run's provenance, the base branch's, what changed, the verdict (verify's
// own, passed in by engine/review.ts), and one sticky comment on the pull request. The entry point passes everything it read from
// inputs and the event payload (PR number, base ref) as data; nothing here reads the
// environment.








function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new errors/* ProvenanceError */.CG('INPUT_INVALID', `repository '${repository}' is not OWNER/REPO`, {
            input: 'repository',
            value: repository,
            fix: 'pass OWNER/REPO',
        });
    }
    return { owner, repo };
}
function review_clientFor(opts, github) {
    return (opts.octokit ?? (0,lib_github/* getOctokit */.Q)(github.token, { baseUrl: github.apiUrl, request: { retries: 0 } }));
}
async function resolveBase(opts, head) {
    if (opts.base !== 'auto') {
        const loaded = await (0,load/* loadProvenance */.mb)(opts.base, 'base');
        return { view: loaded.view, description: { path: opts.base } };
    }
    const github = opts.github;
    if (!github?.baseRef) {
        return {
            description: { note: 'no base branch to look on (`base: auto` needs a pull request)' },
        };
    }
    const ref = branchName(github.baseRef);
    const workflowPath = github.workflowFile ?? head.identity.workflowPath ?? head.workflow?.path;
    if (!workflowPath) {
        return {
            description: { ref, note: 'the statement names no workflow to look for on the base branch' },
        };
    }
    const { owner, repo } = splitRepository(github.repository);
    const lookup = await findBaseProvenance({
        octokit: review_clientFor(opts, github),
        token: github.token,
        owner,
        repo,
        workflowFile: workflowFileName(workflowPath),
        branch: ref,
        ...(github.artifactName ? { artifactName: github.artifactName } : {}),
        ...(github.job ? { job: github.job } : {}),
        ...(opts.downloadArtifact ? { downloadArtifact: opts.downloadArtifact } : {}),
        ...(opts.workDir ? { workDir: opts.workDir } : {}),
        ...(opts.retry ? { retry: opts.retry } : {}),
        ...(opts.log ? { log: opts.log } : {}),
    });
    if (lookup.found) {
        return {
            view: lookup.provenance.view,
            description: {
                ref,
                runId: lookup.runId,
                ...(lookup.runUrl ? { runUrl: lookup.runUrl } : {}),
            },
        };
    }
    opts.log?.(`base provenance: ${lookup.reason}`);
    // No successful run at all is the plain "first one"; anything else says what went wrong.
    return lookup.kind === 'no-run'
        ? { description: { ref } }
        : {
            description: {
                ref,
                note: lookup.reason,
                ...(lookup.runId !== undefined ? { runId: lookup.runId } : {}),
                ...(lookup.runUrl ? { runUrl: lookup.runUrl } : {}),
            },
        };
}
const NOT_VERIFIED = 'no verification was run: the review was given no verify to run';
async function review(opts) {
    const now = opts.now ?? new Date();
    const head = await (0,load/* loadProvenance */.mb)(opts.head, 'bundle');
    const base = await resolveBase(opts, head.view);
    const diff = (0,review_diff/* diffProvenance */.Hr)(base.view, head.view);
    const verdict = opts.verdict
        ? await opts.verdict(head)
        : claimsVerdict(head.view, head.bundle !== undefined, undefined, now, [NOT_VERIFIED]);
    const github = opts.github;
    const runUrl = github?.runId !== undefined
        ? `${github.serverUrl.replace(/\/+$/, '')}/${github.repository}/actions/runs/${github.runId}`
        : undefined;
    const markerKey = opts.markerKey ??
        workflowFileName(head.view.identity.workflowPath ?? head.view.workflow?.path ?? '');
    const marker = reviewMarker(markerKey || undefined);
    const markdown = renderReview({
        head: head.view,
        diff,
        verdict,
        signed: head.bundle !== undefined,
        marker,
        base: base.description,
        ...(runUrl ? { runUrl } : {}),
    });
    const comment = await postComment(opts, markdown, marker);
    return {
        markdown,
        diff,
        verdict,
        head: head.view,
        base: { ...base.description, found: base.view !== undefined },
        comment,
        marker,
    };
}
/** The sticky comment, when asked for and on a pull request. */
async function postComment(opts, markdown, marker) {
    const github = opts.github;
    if (!opts.comment)
        return { action: 'not-requested', reason: 'comment: false' };
    if (!github || github.prNumber === undefined) {
        return {
            action: 'not-requested',
            reason: 'not a pull request: the review is in the job summary',
        };
    }
    const { owner, repo } = splitRepository(github.repository);
    return upsertComment({
        octokit: review_clientFor(opts, github),
        owner,
        repo,
        issueNumber: github.prNumber,
        body: markdown,
        marker,
        ...(github.author ? { author: github.author } : {}),
        ...(opts.retry ? { retry: opts.retry } : {}),
        ...(opts.log ? { log: opts.log } : {}),
    });
}

// EXTERNAL MODULE: ./build/src/verify/proofs.js
var verify_proofs = __webpack_require__(58184);
// EXTERNAL MODULE: ./build/src/engine/verify.js + 5 modules
var verify = __webpack_require__(32729);
;// CONCATENATED MODULE: ./build/src/engine/review.js
// `review`: the release gate's verification of this run's record, and what changed against the
// base. The head is verified by verify itself (the same trusted root, TUF refresh included, the
// same signer, the training record beside the bundle, the same coverage and name binding), with
// the model the record names; the review adds only the diff and the comment (review/review.ts).







const MODEL_ABSENT = 'the model the subjects name is not in the workspace, and verify re-hashes it';
function review_review(opts, inputs, ctx) {
    const verdict = async (head) => headVerdict(head, await bundlesOf(opts.head, head), inputs, ctx);
    return review({ ...opts, verdict });
}
/** The file given (build provenance, say) and the record read from it or beside it, as verify takes them. */
async function bundlesOf(given, head) {
    const isFile = await (0,promises_.stat)(given).then((s) => s.isFile(), () => false);
    return [...new Set(isFile ? [given, head.path] : [head.path])];
}
/**
 * A signed head with its model on disk goes through verify, which requires every subject the
 * record signs; a bare statement, or a record whose model is elsewhere, is judged on its claims.
 */
async function headVerdict(head, bundles, inputs, ctx) {
    if (!head.bundle)
        return claims(head, [], inputs, ctx);
    const model = await modelOnDisk(head.view.subjects, ctx.workspace);
    if (model.length === 0)
        return claims(head, [MODEL_ABSENT], inputs, ctx);
    const outcome = await (0,verify/* verify */.MX)({
        ...inputs,
        model: model.map((m) => m.path),
        bundles,
        coverEverySubject: true,
        modelSignatures: { kind: 'auto' },
        ignorePaths: [],
        ignoreUnsignedFiles: false,
    }, ctx);
    return verdictFromReport(outcome);
}
/** The policy on the statement's claims, with the proofs and advisories verify would read. */
async function claims(head, notes, inputs, ctx) {
    const policy = inputs.policy ? await (0,policy_policy/* loadPolicy */.tb)(inputs.policy) : undefined;
    const proofs = inputs.proofs ? await (0,verify_proofs/* readProofs */.OR)(inputs.proofs) : undefined;
    const advisories = (0,policy_advisories/* advisoryDatabase */.dr)(policy, inputs.advisories);
    const signed = head.bundle !== undefined;
    return claimsVerdict(head.view, signed, policy, ctx.now ?? new Date(), notes, {
        proofs,
        advisories,
    });
}

// EXTERNAL MODULE: ./build/src/action/inputs.js
var inputs = __webpack_require__(73991);
// EXTERNAL MODULE: ./build/src/github.js
var github = __webpack_require__(15042);
// EXTERNAL MODULE: ./build/src/request/edge.js
var request_edge = __webpack_require__(40326);
// EXTERNAL MODULE: ./build/src/request/verify.js
var request_verify = __webpack_require__(73238);
// EXTERNAL MODULE: ./build/src/action/verify.js + 1 modules
var action_verify = __webpack_require__(15005);
;// CONCATENATED MODULE: ./build/src/action/review.js
// The review action as the runner runs it: one sticky comment on the pull request, or the job
// summary alone where the token cannot comment (forks). Review informs; verify gates.









async function runReview() {
    const env = process.env;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const outputDir = (0,inputs/* outputDirInput */.nL)(env, workspace);
    const pr = lib_github/* context */._.payload.pull_request;
    const token = (0,inputs/* input */.hF)('github-token');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const edge = (0,request_edge/* actionEdge */.eN)(workspace);
    const result = await review_review({
        head: (0,inputs/* input */.hF)('bundle').trim() ? (0,external_node_path_.resolve)(workspace, (0,inputs/* input */.hF)('bundle').trim()) : outputDir,
        base: (0,inputs/* input */.hF)('base').trim() || 'auto',
        comment: (0,inputs/* boolInput */.Hm)('comment', true),
        github: token ? reviewGitHub(env, token, pr) : undefined,
        log: (line) => core/* info */.pq(line),
    }, 
    // Verified as the verify sub-action verifies, with the same inputs read the same way.
    {
        ...(0,request_verify/* buildTrustRequest */.A1)(await (0,action_verify.trustFields)(env, workspace), edge),
        ...(0,request_verify/* policyFiles */.qR)({
            policy: (0,inputs/* input */.hF)('policy'),
            proofs: (0,inputs/* input */.hF)('proofs'),
            advisories: (0,request_edge/* inputList */.Ds)((0,inputs/* input */.hF)('advisories')),
        }, edge),
    }, {
        workspace,
        ...(0,github/* githubUrls */.MB)(env),
        // Without a signer from the inputs or the policy, this repository must have signed.
        currentRepository: repository || undefined,
        pinCurrentRepository: true,
        tufCacheDir: (0,action_verify.tufCacheDir)(env),
        log: (line) => core/* info */.pq(line),
    });
    await report(result);
}
function reviewGitHub(env, token, pr) {
    return {
        token,
        ...(0,github/* githubUrls */.MB)(env),
        repository: env.GITHUB_REPOSITORY ?? '',
        prNumber: pr?.number,
        baseRef: pr?.base?.ref,
        workflowFile: env.GITHUB_WORKFLOW_REF
            ? (0,external_node_path_.basename)(env.GITHUB_WORKFLOW_REF.split('@')[0])
            : undefined,
        runId: env.GITHUB_RUN_ID,
        artifactName: (0,inputs/* input */.hF)('artifact').trim() || undefined,
        job: env.GITHUB_JOB,
        author: 'github-actions[bot]',
    };
}
/** Outputs, where the review went, and the job summary when there is no comment to read. */
async function report(result) {
    core/* setOutput */.uH('verified', String(result.verdict.verified));
    core/* setOutput */.uH('violations', String(result.verdict.violations.length));
    const c = result.comment;
    let posted = false;
    if (c.action === 'created' || c.action === 'updated') {
        posted = true;
        core/* info */.pq(`review comment ${c.action}: ${c.url}`);
    }
    else {
        const why = 'reason' in c ? String(c.reason) : c.action;
        core/* notice */.lm(`review not posted as a comment (${why}): it is in the job summary`);
    }
    if ((0,inputs/* boolInput */.Hm)('summary', true) || !posted) {
        await core/* summary */.z.addRaw(result.markdown, true).write();
    }
    if (result.verdict.status === 'failed') {
        core/* warning */.$e(`provenance review: ${result.verdict.violations.join('; ')}`);
    }
}


/***/ }),

/***/ 15005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerify: () => (/* binding */ runVerify),
  trustFields: () => (/* binding */ trustFields),
  tufCacheDir: () => (/* binding */ tufCacheDir)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/engine/verify.js + 5 modules
var verify = __webpack_require__(32729);
// EXTERNAL MODULE: ./build/src/request/edge.js
var edge = __webpack_require__(40326);
// EXTERNAL MODULE: ./build/src/request/verify.js
var request_verify = __webpack_require__(73238);
// EXTERNAL MODULE: ./build/src/hash/progress.js
var progress = __webpack_require__(51499);
// EXTERNAL MODULE: ./build/src/store/files.js
var files = __webpack_require__(7216);
// EXTERNAL MODULE: ./build/src/verify/report.js
var verify_report = __webpack_require__(23329);
// EXTERNAL MODULE: ./build/src/present/markdown.js
var markdown = __webpack_require__(29232);
// EXTERNAL MODULE: ./build/src/lineage/render.js
var render = __webpack_require__(87547);
;// CONCATENATED MODULE: ./build/src/report/verify-summary.js


const mark = (ok) => (ok ? '✅' : '❌');
/**
 * The outcome, and the lineage when the chain walker produced one (`lineage`, src/lineage/chain.ts):
 * drawn after the violations, before the folded record.
 */
function renderVerifySummary(r) {
    const out = [];
    const n = r.violations.length;
    out.push(r.verified
        ? '## ✅ Training provenance verified'
        : `## ❌ Training provenance not verified: ${n} violation${n === 1 ? '' : 's'}`, '');
    if (n > 0) {
        for (const v of r.violations)
            out.push(`- **${(0,markdown/* escapeText */.X1)(v.rule)}**: ${(0,markdown/* escapeText */.X1)(v.message)}`);
        out.push('');
    }
    out.push(...warningsSection(r.warnings));
    if (r.lineage)
        out.push(...lineageSection(r.lineage));
    // The full record: a reader who wants it unfolds it; the verdict and violations stay on top.
    out.push((0,markdown/* openDetails */.Fo)('Full record: signer, identity, model, policy'));
    out.push(...signerTable(r));
    if (r.identity.length > 0) {
        out.push('### Identity checks', '', '| Check | Result | Expected | Actual |', '| --- | --- | --- | --- |');
        for (const c of r.identity) {
            out.push(`| ${(0,markdown/* escapeText */.X1)(c.check)} | ${mark(c.ok)} | ${(0,markdown/* code */.aY)(c.expected)} | ${c.actual ? (0,markdown/* code */.aY)(c.actual) : ''} |`);
        }
        out.push('');
    }
    if (r.subjects.length > 0) {
        out.push('### Model', '', '| Path | Result | Detail |', '| --- | --- | --- |');
        for (const c of r.subjects)
            out.push(`| ${(0,markdown/* code */.aY)(c.name)} | ${mark(c.ok)} | ${(0,markdown/* escapeText */.X1)(c.reason)} |`);
        if (r.coverage)
            out.push('', `${r.coverage.checked} of ${r.coverage.signed} signed subjects checked`);
        out.push('');
    }
    if (r.rules.length > 0) {
        out.push('### Policy', '', '| Rule | Result | Reason |', '| --- | --- | --- |');
        for (const rule of r.rules)
            out.push(`| ${(0,markdown/* escapeText */.X1)(rule.rule)} | ${(0,markdown/* ruleMark */.MQ)(rule.status)} | ${(0,markdown/* escapeText */.X1)(rule.reason)} |`);
        out.push('');
    }
    out.push(...modelSignaturesMarkdown(r.modelSignatures));
    out.push(markdown/* CLOSE_DETAILS */.SV);
    return `${out.join('\n')}\n`;
}
function warningsSection(warnings) {
    if (warnings.length === 0)
        return [];
    return [
        '### ⚠️ Known advisories',
        '',
        'No policy was given; a policy makes these violations.',
        '',
        ...warnings.map((w) => `- ${(0,markdown/* escapeText */.X1)(w)}`),
        '',
    ];
}
function lineageSection(root) {
    const bad = (0,render/* unverifiedNodes */.Zl)(root).length;
    return [
        '### Lineage',
        '',
        bad === 0
            ? 'Every model in the chain has verified evidence.'
            : `${bad} model${bad === 1 ? '' : 's'} in the chain could not be verified (dashed, marked ⚠).`,
        '',
        (0,render/* lineageMarkdown */.fs)(root, 'verified'),
        '',
    ];
}
/** Who signed, and against what: the certificate's identity, the trusted root, the time. */
function signerTable(r) {
    const s = r.signer;
    if (!s)
        return [];
    const out = [];
    out.push('### Signer', '', '| Item | Value |', '| --- | --- |');
    out.push(`| Identity | ${(0,markdown/* code */.aY)(s.san ?? '(none)')} |`);
    out.push(`| Issuer | ${(0,markdown/* code */.aY)(s.issuer ?? '(none)')} |`);
    if (s.sourceRepositoryUri)
        out.push(`| Repository | ${(0,markdown/* code */.aY)(s.sourceRepositoryUri)} |`);
    if (s.sourceRepositoryRef)
        out.push(`| Ref | ${(0,markdown/* code */.aY)(s.sourceRepositoryRef)} |`);
    if (s.sourceRepositoryDigest)
        out.push(`| Commit | ${(0,markdown/* code */.aY)(s.sourceRepositoryDigest)} |`);
    if (s.runnerEnvironment)
        out.push(`| Runner | ${(0,markdown/* code */.aY)(s.runnerEnvironment)} |`);
    if (r.trustedRoot)
        out.push(`| Trusted root | ${(0,markdown/* escapeText */.X1)(`${r.trustedRoot.name} (${r.trustedRoot.source})`)} |`);
    if (r.logIndex)
        out.push(`| Log index | ${(0,markdown/* code */.aY)(r.logIndex)} |`);
    if (r.signedAt)
        out.push(`| Signed at | ${(0,markdown/* escapeText */.X1)(`${r.signedAt.time} (${r.signedAt.source})`)} |`);
    out.push('');
    return out;
}
function modelSignaturesMarkdown(checks) {
    if (checks.length === 0)
        return [];
    const out = [
        '### Model signatures (OpenSSF model signing)',
        '',
        '| Signature | Result | Signer | Binding |',
        '| --- | --- | --- | --- |',
    ];
    for (const c of checks) {
        out.push(`| ${(0,markdown/* code */.aY)(c.signature)} | ${mark(c.result.verified)} | ${(0,markdown/* code */.aY)(c.result.signer?.san ?? (c.result.publicKey ? `public key ${c.result.publicKey}` : '(none)'))} | ${(0,markdown/* escapeText */.X1)(c.binding?.statement ?? '')} |`);
    }
    out.push('');
    return out;
}

// EXTERNAL MODULE: ./build/src/action/inputs.js
var inputs = __webpack_require__(73991);
// EXTERNAL MODULE: ./build/src/github.js
var github = __webpack_require__(15042);
// EXTERNAL MODULE: ./build/src/verify/tuf.js
var tuf = __webpack_require__(29880);
;// CONCATENATED MODULE: ./build/src/action/verify.js
// The verify action as the runner runs it: the release gate. The step fails, with every
// violation listed, when the model is not what a pinned signer attested.













/** The action's inputs as typed, each list split into its items. */
async function verifyFields(env, workspace) {
    return {
        model: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('model')),
        bundle: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('bundle')),
        ...(await trustFields(env, workspace)),
        policy: (0,inputs/* input */.hF)('policy'),
        proofs: (0,inputs/* input */.hF)('proofs'),
        evidence: (0,inputs/* input */.hF)('evidence'),
        advisories: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('advisories')),
        modelSignature: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('model-signature')),
        modelSignatureIdentity: (0,inputs/* input */.hF)('model-signature-identity'),
        modelSignatureIdentityRegex: (0,inputs/* input */.hF)('model-signature-identity-regex'),
        modelSignatureIssuer: (0,inputs/* input */.hF)('model-signature-issuer'),
        ignorePaths: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('ignore-paths')),
        ignoreUnsignedFiles: (0,inputs/* boolInput */.Hm)('ignore-unsigned-files', false),
    };
}
/** The signer and trust inputs, the same for the gate and the review. */
async function trustFields(env, workspace) {
    return {
        repository: (0,inputs/* input */.hF)('repository'),
        signerWorkflow: (0,inputs/* input */.hF)('signer-workflow'),
        sourceRef: (0,inputs/* input */.hF)('source-ref'),
        certIdentity: (0,inputs/* input */.hF)('cert-identity'),
        certIdentityRegex: (0,inputs/* input */.hF)('cert-identity-regex'),
        certOidcIssuer: (0,inputs/* input */.hF)('cert-oidc-issuer'),
        denySelfHostedRunners: (0,inputs/* boolInput */.Hm)('deny-self-hosted-runners', false),
        trustedRoot: await (0,inputs/* trustedRootInput */.sT)(workspace),
        tufUrl: (0,inputs/* input */.hF)('tuf-url'),
        tufRoot: (0,inputs/* input */.hF)('tuf-root'),
        // The input and TRAINING_PROVENANCE_OFFLINE are one setting: either asks for no network.
        offline: (0,inputs/* boolInput */.Hm)('offline', false) || (0,tuf/* offlineRequested */.EZ)(env),
        publicKey: (0,inputs/* input */.hF)('public-key'),
        certChain: (0,edge/* inputList */.Ds)((0,inputs/* input */.hF)('cert-chain')),
    };
}
/** Where TUF metadata is kept: the runner's tool cache outlives the job on self-hosted runners. */
const tufCacheDir = (env) => (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'training-provenance', 'tuf');
async function runVerify() {
    const env = process.env;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const outputDir = (0,inputs/* outputDirInput */.nL)(env, workspace);
    const request = (0,request_verify/* buildVerifyRequest */.BL)(await verifyFields(env, workspace), (0,edge/* actionEdge */.eN)(workspace));
    const report = await (0,verify/* verify */.MX)(request, {
        workspace,
        ...(0,github/* githubUrls */.MB)(env),
        currentRepository: env.GITHUB_REPOSITORY,
        pinCurrentRepository: true,
        githubToken: (0,inputs/* input */.hF)('github-token') || undefined,
        tufCacheDir: tufCacheDir(env),
        log: (line) => core/* info */.pq(line),
        onProgress: (0,progress/* labelledProgressLogger */.ZU)((line) => core/* info */.pq(line)),
    });
    const reportPath = (0,external_node_path_.join)(outputDir, 'verify-report.json');
    await (0,files/* writeFileAtomic */.Zf)(reportPath, (0,verify_report/* renderReportJson */.BK)(report));
    core/* setOutput */.uH('verified', String(report.verified));
    core/* setOutput */.uH('report-path', reportPath);
    core/* setOutput */.uH('violations', String(report.violations.length));
    core/* info */.pq((0,verify_report/* renderText */.S5)(report));
    if ((0,inputs/* boolInput */.Hm)('summary', true))
        await core/* summary */.z.addRaw(renderVerifySummary(report), true).write();
    if (!report.verified) {
        const n = report.violations.length;
        core/* setFailed */.C1(`VERIFY_FAILED: ${n} violation${n === 1 ? '' : 's'}: ${report.violations.map((v) => v.message).join('; ')}`);
    }
}


/***/ })

};
