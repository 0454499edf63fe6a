export const id = 163;
export const ids = [163];
export const modules = {

/***/ 47636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ GLOB_OPTIONS),
/* harmony export */   p: () => (/* binding */ resolveGlob)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33581);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33018);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92973);





const GLOB_OPTIONS = {
    dot: false,
    nocomment: true,
    nonegate: true,
    magicalBraces: true,
};
/** Lines of an input, trimmed; empty lines and `#` comment lines dropped. */
function literalBase(mm) {
    let base;
    for (const parts of mm.set) {
        const lit = [];
        for (const part of parts.slice(0, -1)) {
            if (typeof part !== 'string')
                break;
            lit.push(part);
        }
        if (base === undefined)
            base = lit;
        else {
            let i = 0;
            while (i < base.length && i < lit.length && base[i] === lit[i])
                i++;
            base = base.slice(0, i);
        }
    }
    return (base ?? []).filter((s) => s !== '' && s !== '.');
}
/** A glob: walks from its literal base, pruning directories that cannot match. */
async function resolveGlob(rel, pattern, ws, opts) {
    const wantDirs = rel.endsWith('/');
    const glob = wantDirs ? rel.slice(0, -1) : rel;
    const mm = new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(glob, GLOB_OPTIONS);
    const base = literalBase(mm);
    const baseAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws.real, ...base);
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(baseAbs);
        if (!st.isDirectory() && !st.isSymbolicLink())
            return [];
    }
    catch {
        return [];
    }
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(baseAbs)) !== baseAbs)
        await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .followLink */ .sT)(baseAbs, pattern, ws, opts);
    const found = [];
    const g = { mm, wantDirs, pattern, ws, opts };
    const walk = async (absDir, relDir) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(absDir, { withFileTypes: true });
        }
        catch (e) {
            throw (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .unreadable */ .O$)(opts.input, pattern, absDir, e);
        }
        for (const ent of entries) {
            await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_3__/* .assertUtf8Name */ .b6)(absDir, ent.name, opts.input);
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absDir, ent.name);
            const relChild = relDir === '' ? ent.name : `${relDir}/${ent.name}`;
            const step = await globStep(ent, abs, relChild, g);
            if (step === 'walk')
                await walk(abs, relChild);
            else if (step)
                found.push(step);
        }
    };
    await walk(baseAbs, base.join('/'));
    return found;
}
/** What a glob does with one directory entry: takes it, walks into it, or passes it by. */
async function globStep(ent, abs, relChild, g) {
    const { pattern, opts } = g;
    const full = g.mm.match(relChild);
    if (ent.isSymbolicLink()) {
        // A link the glob would take, or walk through, is judged like a named one; the glob itself
        // never walks into a linked directory. A directory it matches is taken whole.
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs).catch(() => undefined);
        const isDir = target?.isDirectory() ?? false;
        const takes = full && (target === undefined || isDir || !g.wantDirs);
        const walksThrough = isDir && !takes && g.mm.match(relChild, true);
        if (!takes && !walksThrough)
            return undefined;
        const real = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .followLink */ .sT)(abs, pattern, g.ws, opts);
        if (!takes)
            return undefined;
        const kind = isDir ? 'directory' : 'file';
        await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .checkReadable */ .ro)(real, kind, pattern, opts.input);
        return { kind, path: real, relPath: relChild, pattern };
    }
    if (ent.isDirectory()) {
        // A directory the glob matches is taken whole (every file in it, and its OMS root), as
        // naming it would take it; one it only leads through is walked.
        if (!full)
            return g.mm.match(relChild, true) ? 'walk' : undefined;
        await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .checkReadable */ .ro)(abs, 'directory', pattern, opts.input);
        return { kind: 'directory', path: abs, relPath: relChild, pattern };
    }
    if (!ent.isFile() || g.wantDirs || !full)
        return undefined;
    await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .checkReadable */ .ro)(abs, 'file', pattern, opts.input);
    return { kind: 'file', path: abs, relPath: relChild, pattern };
}
/** Canonical order of resolved entries: OMS path order, then files before directories. */


/***/ }),

/***/ 11117:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bO: () => (/* binding */ fileUri),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   sr: () => (/* binding */ fromBase)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// The path forms names take: POSIX separators, and `file:` URIs of workspace-relative paths.
// (Splitting what the user typed into items is the entry points' work: src/request/edge.ts.)

const toPosix = (p) => (node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/'));
/**
 * `p` read from `base`, as text: `base/p`, with `p` kept as typed (a glob's escapes, its
 * trailing `/`, and `..`, which errors then show as the user wrote it); absolute and '' unchanged.
 */
function fromBase(base, p) {
    if (p === '' || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p))
        return p;
    const rel = p.replace(/^(\.\/+)+/, '');
    const root = base.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? base.slice(0, -1) : base;
    return rel === '.' || rel === '' ? base : `${root}${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}${rel}`;
}
/** `file:` URI of a workspace-relative path, each segment percent-encoded. */
function fileUri(relPath) {
    return 'file:' + relPath.split('/').map(encodeURIComponent).join('/');
}


/***/ }),

/***/ 85768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ resolvePatterns),
/* harmony export */   FQ: () => (/* binding */ digestFilesOf),
/* harmony export */   T1: () => (/* binding */ ancestors),
/* harmony export */   a3: () => (/* binding */ unescapePath),
/* harmony export */   bO: () => (/* reexport safe */ _lists_js__WEBPACK_IMPORTED_MODULE_7__.bO),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   ec: () => (/* binding */ existsLexically)
/* harmony export */ });
/* unused harmony export MAX_PATTERN_LENGTH */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33018);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47636);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92973);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11117);
// One way for every input to turn what the user typed into files and directories inside
// the workspace: model, datasets, requirements, parameters, byproducts (hashing them is
// hash/entries.ts).
//
// Pattern semantics (documented in docs/inputs.md):
// - A pattern without glob characters is a path, relative to the workspace or absolute
//   inside it; it may name a file or a directory.
// - A glob (minimatch syntax: `*`, `**`, `?`, `[...]`, `{a,b}`, extglobs) is matched
//   against workspace-relative POSIX paths. It matches FILES, unless it ends with `/`,
//   then it matches DIRECTORIES only. `*` and `**` do not match names starting with `.`
//   unless the pattern spells the dot (as upload-artifact leaves hidden files out);
//   name a directory to take everything in it under the OMS rules.
// - A pattern that names an existing path literally is taken literally, so
//   `data/file[1].csv` works without escaping. `\` escapes a glob character; in a list
//   input `\,` is a comma of a name, not a separator (request/edge.ts inputList).
// - A pattern is at most MAX_PATTERN_LENGTH characters.
// - A path outside the workspace (after `..` and symbolic links are resolved) is read where
//   it is and named relative to its own directory (workspace.ts placePattern).
//   Symbolic links are refused unless allowSymlinks; links are then resolved (never to
//   outside where they are named from) and links to directories are never walked into by a glob.








const MAX_PATTERN_LENGTH = 4096;
async function resolvePath(rel, pattern, ws, opts) {
    const lexical = rel === '.' ? ws.real : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws.real, ...rel.split('/'));
    let st;
    try {
        st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(lexical);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('NO_MATCH', `'${pattern}' does not exist in ${ws.given}`, {
                input: opts.input,
                value: pattern,
                fix: 'check the path (the action reads a relative one from the workspace, the command from the current directory) and that the files are written before',
                cause: e,
            });
        }
        throw (0,_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .unreadable */ .O$)(opts.input, pattern, lexical, e);
    }
    // realpath catches links anywhere on the way, not only the last component.
    let real = lexical;
    if (st.isSymbolicLink() || (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(lexical)) !== lexical) {
        real = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .followLink */ .sT)(lexical, pattern, ws, opts);
        st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real);
    }
    const kind = st.isDirectory() ? 'directory' : st.isFile() ? 'file' : undefined;
    if (!kind) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${pattern}' is neither a regular file nor a directory`, {
            input: opts.input,
            value: pattern,
            fix: 'name regular files or directories',
        });
    }
    await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .checkReadable */ .ro)(real, kind, pattern, opts.input);
    return { kind, path: real, relPath: rel, pattern };
}
/** Longest leading run of literal path segments common to every brace alternative. */
function compareEntries(a, b) {
    return comparePaths(a.relPath, b.relPath) || (a.kind === b.kind ? 0 : a.kind === 'file' ? -1 : 1);
}
/** POSIX paths in OMS order, the workspace itself ('.') first. */
function comparePaths(a, b) {
    if (a === b)
        return 0;
    if (a === '.')
        return -1;
    if (b === '.')
        return 1;
    return (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_4__/* .compareOmsPaths */ .xH)(a, b);
}
/** Turn patterns into files and directories inside the workspace; deduplicated, sorted. */
async function resolvePatterns(patterns, opts) {
    if (patterns.length === 0) {
        if (!opts.required)
            return [];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_MISSING', 'no path was given', {
            input: opts.input,
            value: '',
            fix: `set '${opts.input}' to the files, directories or globs to record (one per line)`,
        });
    }
    const ws = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .openWorkspace */ .OH)(opts.workspace, opts.input);
    const byKey = new Map();
    for (const pattern of patterns) {
        for (const e of await resolvePattern(pattern, ws, opts)) {
            const key = `${e.kind}:${e.relPath}`;
            const seen = byKey.get(key);
            if (seen && seen.path !== e.path)
                throw sameName(e, seen, opts.input);
            if (!seen)
                byKey.set(key, e);
        }
    }
    return [...byKey.values()].sort(compareEntries);
}
/** Two paths outside the workspace, each named from its own directory, under one name. */
function sameName(a, b, input) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${b.pattern}' (${b.path}) and '${a.pattern}' (${a.path}) would both be named '${a.relPath}'`, {
        input,
        value: a.pattern,
        fix: 'run from (or pass --workspace as) a directory that holds both, so their names differ',
    });
}
async function resolvePattern(pattern, workspace, opts) {
    checkPatternForm(pattern, opts.input);
    const { ws, rel } = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .placePattern */ .WV)(pattern, workspace, opts.input);
    if (!new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(rel, _glob_js__WEBPACK_IMPORTED_MODULE_5__/* .GLOB_OPTIONS */ .g).hasMagic())
        return [await resolvePath(unescapePath(rel), pattern, ws, opts)];
    // A name that exists as typed is that name, glob characters and all.
    if (await existsLexically((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws.real, ...rel.split('/'))))
        return [await resolvePath(rel.replace(/\/$/, ''), pattern, ws, opts)];
    const entries = await (0,_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveGlob */ .p)(rel, pattern, ws, opts);
    if (entries.length > 0)
        return entries;
    const what = rel.endsWith('/')
        ? 'no directory (a pattern ending in / matches directories only)'
        : 'no file or directory';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('NO_MATCH', `'${pattern}' matches ${what} in ${ws.given}`, {
        input: opts.input,
        value: pattern,
        fix: 'check the pattern (* and ** skip names starting with a dot; the action reads a relative one from the workspace, the command from the current directory) and that the files are written before',
    });
}
function checkPatternForm(pattern, input) {
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${pattern.slice(0, 60)}…' is ${pattern.length} characters long; a path or glob may have at most ${MAX_PATTERN_LENGTH}`, {
            input,
            value: `${pattern.slice(0, 60)}…`,
            fix: 'name the directory that holds the files, or a shorter glob (one per line)',
        });
    }
    if (pattern.startsWith('!')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${pattern}': exclusion patterns are not supported`, {
            input,
            value: pattern,
            fix: 'list what to include (globs allowed), or name a directory to take all of it',
        });
    }
}
/** `a/b/c` → `a`, `a/b`: the directories a name lies in. */
const ancestors = (name) => name
    .split('/')
    .slice(0, -1)
    .map((_, i, parts) => parts.slice(0, i + 1).join('/'));
/** A plain path may still carry `\` escapes of glob characters; drop them. */
function unescapePath(rel) {
    return (0,_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .unescapeGlob */ .DU)(rel).replace(/\/$/, '') || '.';
}
/** Whether a name exists as typed, links not followed (a dangling link is a name too). */
async function existsLexically(abs) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
        return true;
    }
    catch {
        return false;
    }
}
/** Entries of an optional list input, resolved and expanded to their files, hashed. */
async function digestFilesOf(patterns, opts) {
    const entries = await resolvePatterns(patterns, {
        workspace: opts.workspace,
        input: opts.input,
    });
    if (entries.length === 0)
        return [];
    return (await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_4__/* .digestEntries */ .Np)(entries, { input: opts.input, onProgress: opts.onProgress })).files;
}


/***/ }),

/***/ 92973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ unescapeGlob),
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   OH: () => (/* binding */ openWorkspace),
/* harmony export */   WV: () => (/* binding */ placePattern),
/* harmony export */   ro: () => (/* binding */ checkReadable),
/* harmony export */   sT: () => (/* binding */ followLink)
/* harmony export */ });
/* unused harmony export outside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27406);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11117);
// The workspace every input is resolved in: what lies inside it, symbolic links judged by
// the rules (refused unless allowed, never to outside the workspace), and the errors that
// name the input and the pattern at fault. A path outside the workspace is read where it is
// and named from its own directory (placePattern): the workspace decides names, not reads.






/**
 * Longest path or glob taken: PATH_MAX on Linux, so no real path is refused; far longer
 * text is a mistake (and minimatch throws an unlabelled error past 64 KB).
 */
const isInside = (root, abs) => {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
};
async function openWorkspace(workspace, input) {
    const given = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace);
    try {
        return { given, real: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(given) };
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('FILE_UNREADABLE', `the workspace ${given} cannot be read: ${e.message}`, {
            input,
            value: given,
            fix: 'run the step after actions/checkout, or pass the workspace directory that holds the files',
            cause: e,
        });
    }
}
/**
 * Workspace-relative POSIX form of a pattern, or undefined when it leaves the workspace.
 * An absolute pattern may start with the workspace as given or as its real path.
 */
function relativePattern(pattern, ws) {
    let p = (0,_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .toPosix */ .d7)(pattern);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pattern)) {
        const prefix = [ws.given, ws.real]
            .map(_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .toPosix */ .d7)
            .find((w) => p === w || p.startsWith(w.endsWith('/') ? w : w + '/'));
        if (prefix === undefined)
            return undefined;
        p = p.slice(prefix.length).replace(/^\/+/, '');
    }
    const trailingSlash = p.endsWith('/') && p.length > 1;
    const n = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(p === '' ? '.' : p).replace(/\/+$/, '');
    if (n === '..' || n.startsWith('../'))
        return undefined;
    return trailingSlash && n !== '.' ? n + '/' : n;
}
/** A link that leads out of where its name lies: the name would pass off outside files as inside. */
function outside(input, pattern, ws, target) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('PATH_OUTSIDE_WORKSPACE', `'${pattern}' leads out of ${ws.given} through a symbolic link (it resolves to ${target})`, {
        input,
        value: pattern,
        fix: `name ${target} itself: a path outside the workspace is read where it is, and named relative to its own directory`,
    });
}
/**
 * Where a pattern's names start. Inside the workspace (judged by real paths, so neither `..`
 * nor a link makes an outside file look inside): the workspace, as always. Outside it: the
 * pattern's own directory (a path's parent, a glob's literal base), so `/data/ckpt/model` is
 * named `model/...`, as attest of `model` run in /data/ckpt names it, and verifies so from
 * anywhere. A relative pattern is relative to the workspace.
 */
async function placePattern(pattern, ws, input) {
    const rel = relativePattern(pattern, ws);
    if (rel !== undefined)
        return { ws, rel };
    const p = (0,_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .toPosix */ .d7)(pattern);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pattern) ? node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(p) : node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join((0,_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .toPosix */ .d7)(ws.given), p);
    const slash = abs.endsWith('/') && abs.length > 1 ? '/' : '';
    const parts = abs.replace(/\/+$/, '').split('/').slice(1);
    let k = parts.findIndex((s) => new minimatch__WEBPACK_IMPORTED_MODULE_3__/* .Minimatch */ .VR(s, { nocomment: true, magicalBraces: true }).hasMagic());
    if (k < 0)
        k = Math.max(parts.length - 1, 0);
    const base = '/' + parts.slice(0, k).map(unescapeGlob).join('/');
    const rest = (parts.slice(k).join('/') || '.') + slash;
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(base);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('NO_MATCH', `'${pattern}': the directory ${base} cannot be read`, {
            input,
            value: pattern,
            fix: 'check the path (absolute, or relative to where the command runs)',
            cause: e,
        });
    }
    if (!isInside(ws.real, real))
        return { ws: { given: base, real }, rel: rest };
    const inWs = (0,_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .toPosix */ .d7)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(ws.real, real));
    return { ws, rel: inWs === '' ? rest : `${inWs}/${rest}`.replace(/\/\.\/?$/, slash) };
}
/** A name with its `\\` escapes of glob characters dropped. */
const unescapeGlob = (s) => s.replace(/\\([*?[\]{}()!+@])/g, '$1');
function unreadable(input, pattern, abs, e) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('FILE_UNREADABLE', `'${pattern}': ${abs} cannot be read: ${e.message}`, {
        input,
        value: pattern,
        fix: 'check the file permissions; the step runs as the runner user',
        cause: e,
    });
}
/** Checks a symbolic link (or a path through one) against the rules; returns its real path. */
async function followLink(abs, pattern, ws, opts) {
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('NO_MATCH', `'${pattern}': the symbolic link ${abs} points to nothing`, {
            input: opts.input,
            value: pattern,
            fix: 'remove the dangling link or name the file it should point to',
            cause: e,
        });
    }
    if (!isInside(ws.real, real))
        throw outside(opts.input, pattern, ws, real);
    if (!opts.allowSymlinks) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('SYMLINK_REFUSED', `'${pattern}': ${abs} is or passes through a symbolic link`, {
            input: opts.input,
            value: pattern,
            fix: 'name the file the link points to, or replace the link with the file (links can point anywhere and are not signed)',
        });
    }
    return real;
}
async function checkReadable(abs, kind, pattern, input) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(abs, kind === 'file' ? node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch (e) {
        throw unreadable(input, pattern, abs, e);
    }
}
/** A plain path: one entry, or NO_MATCH. */


/***/ }),

/***/ 36511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ commitToRaw),
/* harmony export */   bJ: () => (/* binding */ packDigests),
/* harmony export */   gm: () => (/* binding */ COMMITMENT_SCHEME),
/* harmony export */   or: () => (/* binding */ parseDigestList),
/* harmony export */   rb: () => (/* binding */ sortRawLeavesInPlace),
/* harmony export */   tz: () => (/* binding */ parseSha256),
/* harmony export */   v$: () => (/* binding */ commitTo)
/* harmony export */ });
/* unused harmony exports sortedLeaves, commitmentOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _merkle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23265);
// What a dataset commits to: the set of its content digests (sha256), sorted by their bytes and
// without repeats, one leaf each. Sorting is what lets a proof show that a digest is absent: its
// two neighbours in the order are adjacent leaves.


const HEX64 = /^[0-9a-f]{64}$/;
/** The scheme name recorded beside a root, so a reader knows how to check a proof against it. */
const COMMITMENT_SCHEME = 'rfc6962-sha256-sorted-set';
/** `sha256:HEX` (either case) → lower-case hex; undefined for anything else. */
function parseSha256(text) {
    const m = /^sha256:([0-9a-fA-F]{64})$/.exec(text.trim());
    return m ? m[1].toLowerCase() : undefined;
}
/** Lower-case hex sha256 digests packed end to end as raw 32-byte digests. */
function packDigests(hexDigests) {
    const out = Buffer.allocUnsafe(hexDigests.length * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA);
    hexDigests.forEach((h, i) => {
        if (!HEX64.test(h))
            throw new RangeError(`not a sha256 digest: ${h}`);
        out.write(h, i * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA, 'hex');
    });
    return out;
}
/** Sorted, distinct leaf data from lower-case hex sha256 digests (32 bytes each). */
function sortedLeaves(hexDigests) {
    return sortRawLeavesInPlace(packDigests([...hexDigests]));
}
function commitmentOf(tree) {
    return { scheme: COMMITMENT_SCHEME, root: tree.root.toString('hex'), leaves: tree.size };
}
/** The commitment to a set of digests, for the record: root and count (no tree kept). */
function commitTo(hexDigests) {
    return commitToRaw(packDigests([...hexDigests]));
}
/**
 * A digest list as training code writes it: one `sha256:HEX` per line (for example one per
 * training example); empty lines and `#` comments skipped. Any other line is an input error
 * naming the file and the line.
 */
function parseDigestList(text, label, input) {
    const out = [];
    text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const hex = parseSha256(line);
        if (hex === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `${label} line ${i + 1}: '${line.slice(0, 80)}' is not sha256:HEX`, { input, value: label, fix: 'write one sha256:<64 hex> per line' });
        }
        out.push(hex);
    });
    return out;
}
/**
 * Sorts raw 32-byte digests packed end to end (as a directory's files are hashed: no string or
 * object per digest) in place, by their bytes, and drops repeats; returns the distinct ones.
 * Beside the data it holds 8 bytes a digest: a 32-bit prefix that decides almost every
 * comparison, and the order.
 */
function sortRawLeavesInPlace(raw) {
    if (raw.length % _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA !== 0)
        throw new RangeError('digest data is not 32-byte aligned');
    const n = raw.length / _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA;
    const prefix = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        prefix[i] = raw.readUInt32BE(i * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA);
    const at = (i) => i * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    order.sort((a, b) => prefix[a] - prefix[b] || raw.compare(raw, at(b), at(b + 1), at(a), at(a + 1)));
    permuteInPlace(raw, order);
    let kept = 0;
    for (let i = 0; i < n; i++) {
        if (kept > 0 && raw.compare(raw, at(kept - 1), at(kept), at(i), at(i + 1)) === 0)
            continue;
        if (kept !== i)
            raw.copy(raw, at(kept), at(i), at(i + 1));
        kept++;
    }
    return raw.subarray(0, at(kept));
}
/** Puts record order[k] at position k, following each cycle with one record of scratch. */
function permuteInPlace(raw, order) {
    const scratch = Buffer.allocUnsafe(_merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA);
    const done = new Uint8Array(order.length);
    for (let start = 0; start < order.length; start++) {
        if (done[start] || order[start] === start)
            continue;
        raw.copy(scratch, 0, start * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA, (start + 1) * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA);
        let k = start;
        for (;;) {
            done[k] = 1;
            const from = order[k];
            if (from === start) {
                scratch.copy(raw, k * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA);
                break;
            }
            raw.copy(raw, k * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA, from * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA, (from + 1) * _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA);
            k = from;
        }
    }
}
/** The commitment to raw 32-byte digests packed end to end; `raw` is sorted in place. */
function commitToRaw(raw) {
    const leaves = sortRawLeavesInPlace(raw);
    return {
        scheme: COMMITMENT_SCHEME,
        root: (0,_merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .merkleRoot */ .nk)(leaves).toString('hex'),
        leaves: leaves.length / _merkle_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_BYTES */ .FA,
    };
}


/***/ }),

/***/ 23265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ HASH_BYTES),
/* harmony export */   J$: () => (/* binding */ rootFromAuditPath),
/* harmony export */   nk: () => (/* binding */ merkleRoot),
/* harmony export */   vU: () => (/* binding */ MerkleTree)
/* harmony export */ });
/* unused harmony exports leafHash, nodeHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
// The Merkle tree of RFC 6962 §2.1 (Certificate Transparency's, and Rekor's), over SHA-256:
// a leaf hashes as SHA-256(0x00 || data), an inner node as SHA-256(0x01 || left || right), so a
// leaf can never pass for a node. A tree of n leaves splits at the largest power of two below
// n; built level by level, that is the rule "pair from the left, carry an odd last node up".
// Audit paths and their verification follow RFC 9162 §2.1.3.

const HASH_BYTES = 32;
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);
const sha256 = (data) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', data, 'buffer');
function leafHash(data) {
    return sha256(Buffer.concat([LEAF_PREFIX, data]));
}
function nodeHash(left, right) {
    return sha256(Buffer.concat([NODE_PREFIX, left, right]));
}
/** A built tree: every level kept (2n hashes), so any audit path is read off without hashing. */
class MerkleTree {
    /** levels[0] holds the leaf hashes; the last level holds the root. Each is n × 32 bytes. */
    levels;
    size;
    /** `leaves` is the leaf data, `HASH_BYTES` each, concatenated in tree order. */
    constructor(leaves) {
        if (leaves.length % HASH_BYTES !== 0)
            throw new RangeError('leaf data is not 32-byte aligned');
        this.size = leaves.length / HASH_BYTES;
        let level = Buffer.alloc(leaves.length);
        for (let i = 0; i < this.size; i++)
            leafHash(leaves.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES)).copy(level, i * HASH_BYTES);
        this.levels = [level];
        while (level.length > HASH_BYTES) {
            level = nextLevel(level);
            this.levels.push(level);
        }
    }
    /** MTH of the whole tree; SHA-256 of nothing for an empty one (RFC 6962 §2.1). */
    get root() {
        if (this.size === 0)
            return sha256(Buffer.alloc(0));
        return Buffer.from(this.levels[this.levels.length - 1]);
    }
    /** The audit path of leaf `index`, from the leaf's sibling up to the root's children. */
    auditPath(index) {
        if (!Number.isInteger(index) || index < 0 || index >= this.size)
            throw new RangeError(`leaf index ${index} is outside a tree of ${this.size}`);
        const path = [];
        let i = index;
        for (const level of this.levels.slice(0, -1)) {
            const count = level.length / HASH_BYTES;
            const sibling = i % 2 === 1 ? i - 1 : i + 1;
            // The last node of an odd level has no sibling here: it is carried up unchanged.
            if (sibling < count)
                path.push(level.subarray(sibling * HASH_BYTES, (sibling + 1) * HASH_BYTES));
            i = Math.floor(i / 2);
        }
        return path.map((h) => Buffer.from(h));
    }
}
function nextLevel(level) {
    const count = level.length / HASH_BYTES;
    const next = Buffer.alloc(Math.ceil(count / 2) * HASH_BYTES);
    for (let j = 0; j + 1 < count; j += 2) {
        const left = level.subarray(j * HASH_BYTES, (j + 1) * HASH_BYTES);
        const right = level.subarray((j + 1) * HASH_BYTES, (j + 2) * HASH_BYTES);
        nodeHash(left, right).copy(next, (j / 2) * HASH_BYTES);
    }
    if (count % 2 === 1)
        level.copy(next, next.length - HASH_BYTES, level.length - HASH_BYTES);
    return next;
}
/**
 * The root an audit path leads to from a leaf at `index` of a tree of `size` leaves (RFC 9162
 * §2.1.3.2), or undefined when the path cannot belong to that position: too long or too short.
 */
function rootFromAuditPath(leaf, index, size, path) {
    if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
        return undefined;
    let fn = index;
    let sn = size - 1;
    let r = leafHash(leaf);
    for (const p of path) {
        if (sn === 0)
            return undefined;
        if (fn % 2 === 1 || fn === sn) {
            r = nodeHash(p, r);
            while (fn % 2 === 0 && fn !== 0) {
                fn = Math.floor(fn / 2);
                sn = Math.floor(sn / 2);
            }
        }
        else {
            r = nodeHash(r, p);
        }
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
    }
    return sn === 0 ? r : undefined;
}
/**
 * MTH of `leaves` (leaf data, HASH_BYTES each) in O(log n) memory, for a root without a tree:
 * complete subtrees are merged as they fill, like a binary counter; at the end the partial
 * ones fold from the right, which is RFC 6962's split at the largest power of two.
 */
function merkleRoot(leaves) {
    if (leaves.length % HASH_BYTES !== 0)
        throw new RangeError('leaf data is not 32-byte aligned');
    const n = leaves.length / HASH_BYTES;
    if (n === 0)
        return sha256(Buffer.alloc(0));
    // Two scratch inputs instead of a concatenation per hash: a million leaves, no garbage storm.
    const leafIn = Buffer.alloc(1 + HASH_BYTES, 0x00);
    const nodeIn = Buffer.alloc(1 + 2 * HASH_BYTES, 0x01);
    const node = (left, right) => {
        left.copy(nodeIn, 1);
        right.copy(nodeIn, 1 + HASH_BYTES);
        return sha256(nodeIn);
    };
    const sizes = [];
    const hashes = [];
    for (let i = 0; i < n; i++) {
        leaves.copy(leafIn, 1, i * HASH_BYTES, (i + 1) * HASH_BYTES);
        let size = 1;
        let h = sha256(leafIn);
        while (sizes.length > 0 && sizes[sizes.length - 1] === size) {
            sizes.pop();
            h = node(hashes.pop(), h);
            size *= 2;
        }
        sizes.push(size);
        hashes.push(h);
    }
    let root = hashes.pop();
    while (hashes.length > 0)
        root = node(hashes.pop(), root);
    return root;
}


/***/ }),

/***/ 50344:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ inOrder)
/* harmony export */ });
// Work started at once, reported as if done one after the other: the same bad input always
// gives the same message, whichever promise happens to fail first.
/** Await every promise; fail with the first failure in argument order, not in time order. */
async function inOrder(...promises) {
    const settled = await Promise.allSettled(promises);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((r) => r.value);
}


/***/ }),

/***/ 15042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ githubUrls),
/* harmony export */   m7: () => (/* binding */ GITHUB_SERVER_URL),
/* harmony export */   td: () => (/* binding */ GITHUB_API_URL)
/* harmony export */ });
// GitHub's URLs, named once: the defaults when the runner names none (GitHub Enterprise and
// ghe.com set GITHUB_SERVER_URL and GITHUB_API_URL).
const GITHUB_SERVER_URL = 'https://github.com';
const GITHUB_API_URL = 'https://api.github.com';
/** The server and REST API the runner's variables name, else github.com's. */
function githubUrls(env) {
    return {
        serverUrl: env.GITHUB_SERVER_URL || GITHUB_SERVER_URL,
        apiUrl: env.GITHUB_API_URL || GITHUB_API_URL,
    };
}


/***/ }),

/***/ 52351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _H: () => (/* binding */ signerFromCertificate),
/* harmony export */   q: () => (/* binding */ certificateIssuerName)
/* harmony export */ });
/* unused harmony exports FULCIO_OID, decodeDerUtf8String, fulcioExtension, distinguishedName */
const FULCIO = '1.3.6.1.4.1.57264.1.';
/** Fulcio certificate extension OIDs (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO_OID = {
    issuerV1: `${FULCIO}1`,
    githubWorkflowTrigger: `${FULCIO}2`,
    githubWorkflowSha: `${FULCIO}3`,
    githubWorkflowName: `${FULCIO}4`,
    githubWorkflowRepository: `${FULCIO}5`,
    githubWorkflowRef: `${FULCIO}6`,
    issuer: `${FULCIO}8`,
    buildSignerUri: `${FULCIO}9`,
    buildSignerDigest: `${FULCIO}10`,
    runnerEnvironment: `${FULCIO}11`,
    sourceRepositoryUri: `${FULCIO}12`,
    sourceRepositoryDigest: `${FULCIO}13`,
    sourceRepositoryRef: `${FULCIO}14`,
    sourceRepositoryIdentifier: `${FULCIO}15`,
    sourceRepositoryOwnerUri: `${FULCIO}16`,
    sourceRepositoryOwnerIdentifier: `${FULCIO}17`,
    buildConfigUri: `${FULCIO}18`,
    buildConfigDigest: `${FULCIO}19`,
    buildTrigger: `${FULCIO}20`,
    runInvocationUri: `${FULCIO}21`,
    sourceRepositoryVisibility: `${FULCIO}22`,
    deploymentEnvironment: `${FULCIO}23`,
    tokenSubject: `${FULCIO}24`,
};
const DN_NAMES = {
    '2.5.4.3': 'CN',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
};
/** Decode a complete DER UTF8String (tag 0x0c), refusing trailing bytes and bad lengths. */
function decodeDerUtf8String(der) {
    if (der.length < 2 || der[0] !== 0x0c)
        return undefined;
    let len = der[1];
    let offset = 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4 || der.length < 2 + n)
            return undefined;
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + der[2 + i];
        offset = 2 + n;
    }
    if (offset + len !== der.length)
        return undefined;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(der.subarray(offset));
    }
    catch {
        return undefined;
    }
}
function rawExtension(cert, oid) {
    return cert.extension(oid)?.value;
}
/**
 * The text of one Fulcio extension: DER-decoded for OIDs 8+, raw UTF-8 for the legacy
 * ones. `undefined` when absent; `null` when present but malformed.
 */
function fulcioExtension(cert, oid) {
    const raw = rawExtension(cert, oid);
    if (raw === undefined)
        return undefined;
    const n = Number(oid.slice(FULCIO.length));
    if (oid.startsWith(FULCIO) && n >= 1 && n <= 7) {
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(raw);
        }
        catch {
            return null;
        }
    }
    return decodeDerUtf8String(raw) ?? null;
}
/** The position of the issuer Name inside TBSCertificate: after the optional [0] version. */
function issuerName(cert) {
    const subs = cert.tbsCertificate.subs;
    const offset = subs[0]?.tag.isContextSpecific(0) ? 1 : 0;
    return subs[2 + offset];
}
/** Render an X.509 Name as `O=..., CN=...` (attributes in certificate order). */
function distinguishedName(name) {
    if (!name)
        return '';
    const parts = [];
    for (const rdn of name.subs) {
        for (const atv of rdn.subs) {
            const [type, value] = atv.subs;
            if (!type || !value)
                continue;
            let oid;
            try {
                oid = type.toOID();
            }
            catch {
                continue;
            }
            parts.push(`${DN_NAMES[oid] ?? oid}=${value.value.toString('utf8')}`);
        }
    }
    return parts.join(', ');
}
function certificateIssuerName(cert) {
    return distinguishedName(issuerName(cert));
}
/**
 * Decode every identity-bearing field of a Fulcio certificate. Does not judge anything. A DER
 * that is no certificate is refused when its bundle is read (verify/bundles.ts), so its parts
 * read here.
 */
function signerFromCertificate(cert) {
    const malformed = [];
    const ext = (oid) => {
        const v = fulcioExtension(cert, oid);
        if (v === null) {
            malformed.push(oid);
            return undefined;
        }
        return v;
    };
    const issuerV2 = ext(FULCIO_OID.issuer);
    const issuerV1 = ext(FULCIO_OID.issuerV1);
    let san;
    try {
        san = cert.subjectAltName;
    }
    catch {
        san = undefined;
    }
    return {
        san,
        issuer: issuerV2 ?? issuerV1,
        buildSignerUri: ext(FULCIO_OID.buildSignerUri),
        buildSignerDigest: ext(FULCIO_OID.buildSignerDigest),
        runnerEnvironment: ext(FULCIO_OID.runnerEnvironment),
        sourceRepositoryUri: ext(FULCIO_OID.sourceRepositoryUri),
        sourceRepositoryDigest: ext(FULCIO_OID.sourceRepositoryDigest),
        sourceRepositoryRef: ext(FULCIO_OID.sourceRepositoryRef),
        repositoryId: ext(FULCIO_OID.sourceRepositoryIdentifier),
        ownerUri: ext(FULCIO_OID.sourceRepositoryOwnerUri),
        ownerId: ext(FULCIO_OID.sourceRepositoryOwnerIdentifier),
        buildConfigUri: ext(FULCIO_OID.buildConfigUri),
        buildConfigDigest: ext(FULCIO_OID.buildConfigDigest),
        buildTrigger: ext(FULCIO_OID.buildTrigger),
        runInvocationUri: ext(FULCIO_OID.runInvocationUri),
        visibility: ext(FULCIO_OID.sourceRepositoryVisibility),
        deploymentEnvironment: ext(FULCIO_OID.deploymentEnvironment),
        tokenSubject: ext(FULCIO_OID.tokenSubject),
        certificateIssuer: certificateIssuerName(cert),
        notBefore: cert.notBefore.toISOString(),
        notAfter: cert.notAfter.toISOString(),
        malformedExtensions: malformed,
    };
}


/***/ }),

/***/ 71193:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   oP: () => (/* binding */ GITHUB_OIDC_ISSUER),
/* harmony export */   pv: () => (/* binding */ parseSignerWorkflow),
/* harmony export */   xQ: () => (/* binding */ gitlabIssuer)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15042);
// How a verify input names a signer: a repository (`OWNER/REPO`, or a GitLab project in nested
// groups), a signer workflow (`OWNER/REPO/.github/workflows/FILE.yml`, or GitLab's CI config
// `GROUP/PROJECT//PATH.yml`), with or without the server's URL; and which issuers are GitLab's.


const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The GitLab instance an expected issuer names, or undefined: GitLab's issuer is its URL (no
 * path), unlike GitHub's (token.actions.githubusercontent.com, or a GHES host's /_services/token).
 */
function gitlabIssuer(issuer) {
    if (!issuer?.trim() || issuer.trim() === GITHUB_OIDC_ISSUER)
        return undefined;
    try {
        const u = new URL(issuer.trim());
        return u.pathname === '/' && !u.search ? u.origin : undefined;
    }
    catch {
        return undefined;
    }
}
const NAME = /^[A-Za-z0-9_.-]+$/;
function stripServer(value, server) {
    const v = value.trim();
    const prefix = `${server}/`;
    return v.toLowerCase().startsWith(prefix.toLowerCase()) ? v.slice(prefix.length) : v;
}
/** Parse `OWNER/REPO` (or its https URL). */
function parseRepository(value, server = _github_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_SERVER_URL */ .m7, nests = false) {
    const v = stripServer(value, server)
        .replace(/\.git$/, '')
        .replace(/\/$/, '');
    const parts = v.split('/');
    // GitLab's projects sit in groups that may nest: GROUP/SUBGROUP/PROJECT.
    if ((nests ? parts.length < 2 : parts.length !== 2) || !parts.every((p) => NAME.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${value}' is not a repository of the form OWNER/REPO`, {
            input: 'repository',
            value,
            fix: nests
                ? 'write the project path as GROUP/PROJECT, e.g. acme/vision'
                : 'write the repository as OWNER/REPO, e.g. acme/vision',
        });
    }
    return { owner: parts.slice(0, -1).join('/'), repo: parts.at(-1) };
}
/** GitLab's CI config as Fulcio's SAN names it: `GROUP/PROJECT//PATH.yml[@REF]`. */
function parseGitLabConfig(value, server) {
    const v = stripServer(value, server);
    const at = v.lastIndexOf('@');
    const base = at > v.indexOf('//') ? v.slice(0, at) : v;
    const ref = at > v.indexOf('//') ? v.slice(at + 1) : undefined;
    const [project, path] = base.split('//');
    const parts = project?.split('/') ?? [];
    if (parts.length < 2 ||
        !parts.every((p) => NAME.test(p)) ||
        !path ||
        !/\.ya?ml$/.test(path) ||
        ref === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${value}' is not a CI config of the form GROUP/PROJECT//PATH.yml[@REF]`, {
            input: 'signer-workflow',
            value,
            fix: 'write e.g. acme/vision//.gitlab-ci.yml or acme/vision//.gitlab-ci.yml@refs/heads/main',
        });
    return { owner: parts.slice(0, -1).join('/'), repo: parts.at(-1), path: `/${path}`, ref };
}
/** Parse `OWNER/REPO/.github/workflows/FILE.yml[@REF]` (or its https URL). */
function parseSignerWorkflow(value, server = _github_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_SERVER_URL */ .m7, gitlab = false) {
    if (gitlab)
        return parseGitLabConfig(value, server);
    const v = stripServer(value, server);
    const at = v.indexOf('@');
    const base = at >= 0 ? v.slice(0, at) : v;
    const ref = at >= 0 ? v.slice(at + 1) : undefined;
    const parts = base.split('/');
    const path = parts.slice(2).join('/');
    const ok = parts.length >= 5 &&
        NAME.test(parts[0]) &&
        NAME.test(parts[1]) &&
        /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) &&
        (ref === undefined || ref.length > 0);
    if (!ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('INPUT_INVALID', `'${value}' is not a workflow of the form OWNER/REPO/.github/workflows/FILE.yml[@REF]`, {
            input: 'signer-workflow',
            value,
            fix: 'write e.g. acme/vision/.github/workflows/train.yml or acme/vision/.github/workflows/train.yml@refs/heads/main',
        });
    }
    return { owner: parts[0], repo: parts[1], path, ref };
}


/***/ }),

/***/ 51195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nj: () => (/* binding */ validateIdentityPolicy),
/* harmony export */   SU: () => (/* reexport safe */ _signer_names_js__WEBPACK_IMPORTED_MODULE_3__.SU),
/* harmony export */   Xy: () => (/* binding */ compileIdentityRegex),
/* harmony export */   Z0: () => (/* binding */ checkIdentity),
/* harmony export */   je: () => (/* binding */ identityInputMissing),
/* harmony export */   m7: () => (/* reexport safe */ _github_js__WEBPACK_IMPORTED_MODULE_4__.m7),
/* harmony export */   pv: () => (/* reexport safe */ _signer_names_js__WEBPACK_IMPORTED_MODULE_3__.pv)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52351);
/* harmony import */ var _signer_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71193);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15042);
// Who must have signed: the expected identity, checked on the decoded certificate after
// the cryptographic verification. Every check is anchored and exact (globs only where the
// user wrote one), at least as strict as `gh attestation verify`: issuer always, the
// owner whenever a repository is expected, the signer's repository unless a signer
// workflow or certificate identity says otherwise. Every mismatch is reported.








function compileIdentityRegex(source) {
    try {
        return new RegExp(`^(?:${source})$`);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `cert-identity-regex '${source}' is not a valid regular expression: ${e.message}`, {
            input: 'cert-identity-regex',
            value: source,
            fix: 'write a JavaScript regular expression; it is anchored at both ends for you',
            cause: e,
        });
    }
}
/** Syntax errors in the expected identity: bad usage, reported before any bundle is read. */
function validateIdentityPolicy(p) {
    const server = p.serverUrl ?? _github_js__WEBPACK_IMPORTED_MODULE_4__/* .GITHUB_SERVER_URL */ .m7;
    if (p.repository)
        (0,_signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(p.repository, server, p.gitlab);
    if (p.signerWorkflow)
        (0,_signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSignerWorkflow */ .pv)(p.signerWorkflow, server, p.gitlab);
    if (p.certIdentityRegex)
        compileIdentityRegex(p.certIdentityRegex);
    if (p.certOidcIssuer !== undefined && p.certOidcIssuer.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', 'cert-oidc-issuer is empty', {
            input: 'cert-oidc-issuer',
            fix: `leave it unset for GitHub Actions (${_signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_OIDC_ISSUER */ .oP}) or give the issuer URL`,
        });
    }
}
/** True when nothing names who must have signed: verification must then refuse to pass. */
function identityInputMissing(p) {
    return !p.repository && !p.signerWorkflow && !p.certIdentity && !p.certIdentityRegex;
}
const isGlob = (s) => /[*?[\]{}]/.test(s);
const sameCi = (a, b) => a !== undefined && a.toLowerCase() === b.toLowerCase();
const show = (v) => (v === undefined ? '(absent)' : v);
const withReason = (c) => ({
    ...c,
    reason: c.reason ??
        (c.ok
            ? `${c.check} matches`
            : `${c.check}: expected ${c.expected}, certificate has ${show(c.actual)}`),
});
const startsWithCi = (s, head) => s !== undefined && s.slice(0, head.length).toLowerCase() === head.toLowerCase();
/**
 * Check the certificate's identity against the expected one. Returns every check, passing
 * or not; owner and repository names compare case-insensitively (GitHub's names do),
 * everything else exactly. Call validateIdentityPolicy first.
 */
function checkIdentity(signer, p) {
    const server = (p.serverUrl ?? _github_js__WEBPACK_IMPORTED_MODULE_4__/* .GITHUB_SERVER_URL */ .m7).replace(/\/$/, '');
    const repo = p.repository ? (0,_signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(p.repository, server, p.gitlab) : undefined;
    return [
        ...requiredCheck(p),
        issuerCheck(signer, p),
        ...repositoryChecks(signer, repo, server),
        ...workflowChecks(signer, p, repo, server),
        ...sanChecks(signer, p),
        ...refChecks(signer, p),
        ...runnerChecks(signer, p),
    ].map(withReason);
}
function requiredCheck(p) {
    if (!identityInputMissing(p))
        return [];
    return [
        {
            check: 'identity-required',
            ok: false,
            expected: 'repository, signer-workflow, cert-identity or cert-identity-regex',
            input: 'repository',
            reason: 'no expected signer was given, so any valid signature would pass: set `repository: OWNER/REPO` ' +
                '(or `signer-workflow`, `cert-identity`, `cert-identity-regex`)',
        },
    ];
}
function issuerCheck(signer, p) {
    const issuer = p.certOidcIssuer?.trim() || _signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_OIDC_ISSUER */ .oP;
    return {
        check: 'issuer',
        ok: signer.issuer === issuer,
        expected: issuer,
        actual: signer.issuer,
        input: 'cert-oidc-issuer',
    };
}
function repositoryChecks(signer, repo, server) {
    if (!repo)
        return [];
    const want = `${server}/${repo.owner}/${repo.repo}`;
    const owner = `${server}/${repo.owner}`;
    return [
        {
            check: 'repository',
            ok: sameCi(signer.sourceRepositoryUri, want),
            expected: want,
            actual: signer.sourceRepositoryUri,
            input: 'repository',
        },
        {
            check: 'owner',
            ok: sameCi(signer.ownerUri, owner),
            expected: owner,
            actual: signer.ownerUri,
            input: 'repository',
        },
    ];
}
/** signer-workflow pins the SAN; with --repo alone, as gh does, the workflow must live there. */
function workflowChecks(signer, p, repo, server) {
    const san = signer.san;
    if (p.signerWorkflow) {
        const wf = (0,_signer_names_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSignerWorkflow */ .pv)(p.signerWorkflow, server, p.gitlab);
        const head = `${server}/${wf.owner}/${wf.repo}/`;
        const rest = san?.slice(head.length) ?? '';
        const pinned = wf.ref !== undefined;
        const expected = `${head}${wf.path}@${pinned ? wf.ref : '<any ref>'}`;
        const ok = startsWithCi(san, head) &&
            (pinned
                ? rest === `${wf.path}@${wf.ref}`
                : rest.startsWith(`${wf.path}@`) && rest.length > wf.path.length + 1);
        return [{ check: 'signer-workflow', ok, expected, actual: san, input: 'signer-workflow' }];
    }
    if (!repo || p.certIdentity || p.certIdentityRegex)
        return [];
    const head = `${server}/${repo.owner}/${repo.repo}/`;
    const ok = startsWithCi(san, head);
    return [
        {
            check: 'signer-repository',
            ok,
            expected: `${head}…`,
            actual: san,
            input: 'repository',
            reason: ok
                ? 'the signing workflow is in the expected repository'
                : `the signing workflow ${show(san)} is not in ${repo.owner}/${repo.repo}; ` +
                    'if a reusable workflow signed, name it with `signer-workflow`',
        },
    ];
}
function sanChecks(signer, p) {
    const san = signer.san;
    const out = [];
    if (p.certIdentity)
        out.push({
            check: 'cert-identity',
            ok: san === p.certIdentity,
            expected: p.certIdentity,
            actual: san,
            input: 'cert-identity',
        });
    if (p.certIdentityRegex) {
        const re = compileIdentityRegex(p.certIdentityRegex);
        out.push({
            check: 'cert-identity-regex',
            ok: san !== undefined && re.test(san),
            expected: `^(?:${p.certIdentityRegex})$`,
            actual: san,
            input: 'cert-identity-regex',
        });
    }
    return out;
}
function refChecks(signer, p) {
    if (!p.sourceRef)
        return [];
    const ref = signer.sourceRepositoryRef;
    const glob = isGlob(p.sourceRef);
    const ok = ref !== undefined &&
        (glob
            ? (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(ref, p.sourceRef, { dot: true, nocomment: true, nonegate: true })
            : ref === p.sourceRef);
    return [
        {
            check: 'source-ref',
            ok,
            expected: glob ? `${p.sourceRef} (glob)` : p.sourceRef,
            actual: ref,
            input: 'source-ref',
        },
    ];
}
function runnerChecks(signer, p) {
    if (!p.denySelfHostedRunners)
        return [];
    const hosted = p.gitlab ? 'gitlab-hosted' : 'github-hosted';
    return [
        {
            check: 'runner',
            ok: signer.runnerEnvironment === hosted,
            expected: hosted,
            actual: signer.runnerEnvironment,
            input: 'deny-self-hosted-runners',
        },
    ];
}


/***/ }),

/***/ 46783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YT: () => (/* binding */ normaliseLicence),
/* harmony export */   _i: () => (/* binding */ licenceAllowed),
/* harmony export */   u9: () => (/* binding */ allowListEntry)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93326);
/* harmony import */ var spdx_correct__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25728);
/* harmony import */ var spdx_satisfies__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45131);
// Dataset licences as SPDX licence expressions, through the SPDX libraries: parsing
// (spdx-expression-parse), the list of identifiers (spdx-license-ids), correction of common
// spellings (spdx-correct) and allow-lists (spdx-satisfies). Text is normalised only where
// the reading is unambiguous; licences outside SPDX (Hugging Face's `openrail`, `other`)
// stay as written and are matched exactly or as `LicenseRef-...`.




const require = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
const IDS = [
    ...require('spdx-license-ids'),
    ...require('spdx-license-ids/deprecated.json'),
];
const BY_LOWER = new Map(IDS.map((id) => [id.toLowerCase(), id]));
const OPERATORS = new Set(['AND', 'OR', 'WITH']);
function isExpression(text) {
    try {
        spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1__(text);
        return true;
    }
    catch {
        return false;
    }
}
/** Identifiers and operators in the wrong case (`cc-by-4.0 and mit`): one reading only. */
function fixCase(text) {
    return text.replace(/[A-Za-z0-9.+:-]+/g, (tok) => {
        const up = tok.toUpperCase();
        if (OPERATORS.has(up))
            return up;
        return BY_LOWER.get(tok.toLowerCase()) ?? tok;
    });
}
// spdx-correct guesses: `GPL 3` becomes GPL-3.0-or-later, which the text does not say. The
// GNU licences' only/or-later split is exactly what SPDX deprecated the bare ids over.
function ambiguous(text, corrected) {
    return /-(only|or-later)\b/.test(corrected) && !/only|later|\+/i.test(text);
}
function normaliseLicence(text) {
    const t = text.trim();
    if (isExpression(t))
        return { expression: t, spdx: true };
    const cased = fixCase(t);
    if (isExpression(cased))
        return { expression: cased, spdx: true, declared: t };
    const guess = spdx_correct__WEBPACK_IMPORTED_MODULE_2__(t, { upgrade: true });
    if (guess && isExpression(guess) && !ambiguous(t, guess))
        return { expression: guess, spdx: true, declared: t };
    return { expression: t, spdx: false };
}
/** `LicenseRef-` + the name with what SPDX refs may not hold replaced (`openrail++` → `openrail--`). */
function licenseRef(name) {
    return `LicenseRef-${name.replace(/^LicenseRef-/i, '').replace(/[^A-Za-z0-9.-]/g, '-')}`;
}
/** An allow-list entry: one licence, not an expression (spdx-satisfies' rule). */
function allowListEntry(text) {
    const l = normaliseLicence(text);
    if (!l.spdx)
        return { id: licenseRef(l.expression) };
    const tree = spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1__(l.expression);
    if (tree.conjunction)
        return {
            id: l.expression,
            problem: `'${text}' is an expression; list the licences it allows one by one`,
        };
    return { id: l.expression };
}
/**
 * Does the recorded licence satisfy an allow-list? For an SPDX expression, as SPDX defines
 * it: `Apache-2.0 OR MIT` passes with MIT allowed, `CC-BY-4.0 AND GPL-3.0-only` needs both.
 * Text outside SPDX matches an entry with the same name, or its `LicenseRef-`.
 */
function licenceAllowed(recorded, allowed) {
    const l = normaliseLicence(recorded);
    const ids = allowed
        .map((a) => allowListEntry(a))
        .filter((a) => !a.problem)
        .map((a) => a.id);
    if (!l.spdx) {
        const ref = licenseRef(l.expression).toLowerCase();
        return ids.some((id) => id.toLowerCase() === ref);
    }
    try {
        return spdx_satisfies__WEBPACK_IMPORTED_MODULE_3__(l.expression, ids);
    }
    catch {
        // An expression spdx-satisfies cannot compare (e.g. a licence exception it does not
        // know) is not shown to be allowed.
        return false;
    }
}


/***/ }),

/***/ 93186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ recordedLineage),
/* harmony export */   PF: () => (/* binding */ datasetsOf),
/* harmony export */   UL: () => (/* binding */ baseNode),
/* harmony export */   bP: () => (/* binding */ rootNode)
/* harmony export */ });
/** `sha256:HEX` of a digest set: sha256 when it has one, else its first algorithm. */
function digestString(d) {
    if (!d)
        return undefined;
    const alg = d.sha256 ? 'sha256' : Object.keys(d)[0];
    return alg && d[alg] ? `${alg}:${d[alg]}` : undefined;
}
const datasetsOf = (view) => view.datasets.map((d) => {
    const digest = d.unpinned ? undefined : digestString(d.digest);
    return { name: d.name, ...(d.uri ? { uri: d.uri } : {}), ...(digest ? { digest } : {}) };
});
/**
 * The record's model: its directory (OMS root) when it has one, else its one file; a record
 * of several files is named by their count, with no one digest to show.
 */
function rootNode(view) {
    const subjects = view.subjects;
    const subject = subjects.find((s) => s.annotations?.role === 'model-directory') ??
        (subjects.length === 1 ? subjects[0] : undefined);
    const name = subject?.name ?? (subjects.length > 1 ? `model, ${subjects.length} files` : 'model');
    const digest = digestString(subject?.digest);
    return {
        name,
        ...(digest ? { digest } : {}),
        datasets: datasetsOf(view),
        evidence: [],
        bases: [],
        problems: [],
        path: [name],
    };
}
/** A base as its parent's record names it: nothing of its own record known yet. */
function baseNode(base, parent) {
    return {
        name: base.name,
        ...(base.uri ? { uri: base.uri } : {}),
        ...(base.sha256 ? { digest: `sha256:${base.sha256}` } : {}),
        datasets: [],
        evidence: [],
        bases: [],
        problems: [],
        path: [...parent, base.name],
    };
}
/** identity @ issuer, or the key hint, as the record names an evidence's signer. */
function signerName(s) {
    if (s.identity)
        return s.issuer ? `${s.identity} @ ${s.issuer}` : s.identity;
    return s.keyHint ? `key ${s.keyHint}` : undefined;
}
function recordedBase(b, parent) {
    const node = baseNode(b, parent);
    if (!node.digest)
        node.problems.push('no digest recorded: a reference names the base but pins none of its content');
    if (b.evidence.length === 0)
        node.problems.push('no evidence recorded for this base');
    node.evidence = b.evidence.map((e) => ({ kind: e.kind, path: e.path, verified: false }));
    const signer = b.evidence.map((e) => signerName(e.signer)).find((s) => s !== undefined);
    if (signer)
        node.signer = signer;
    return node;
}
/**
 * The lineage a record claims: its model, the datasets and the bases it names. `signer` is who
 * signed the record, when the caller knows.
 */
function recordedLineage(view, signer) {
    const root = rootNode(view);
    if (signer)
        root.signer = signer;
    root.bases = view.baseModels.map((b) => recordedBase(b, root.path));
    return root;
}


/***/ }),

/***/ 87547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ renderLineageJson),
/* harmony export */   Zl: () => (/* binding */ unverifiedNodes),
/* harmony export */   dQ: () => (/* binding */ renderLineageText),
/* harmony export */   fs: () => (/* binding */ lineageMarkdown),
/* harmony export */   ti: () => (/* binding */ renderLineageMermaid)
/* harmony export */ });
/* harmony import */ var _present_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29232);
// Draws a lineage (a model, the run that trained it, its datasets, the bases it was fine-tuned
// from) as text for a terminal, JSON for scripts and a Mermaid flowchart for GitHub. A node is
// drawn as verified only when the walker verified it: no problem, and evidence that all
// verified. Anything else is drawn dashed and labelled with what is missing, never as verified.

function nodeState(node, mode = 'verified') {
    if (node.problems.length > 0)
        return 'unverified';
    if (mode === 'recorded')
        return node.evidence.some((e) => e.problem) ? 'unverified' : 'recorded';
    return node.evidence.length > 0 && node.evidence.every((e) => e.verified)
        ? 'verified'
        : 'unverified';
}
/**
 * Why a node is not verified, in words: its problems, its failed evidence, or no evidence. A
 * record's evidence (`recorded`) counts only when it names a problem: it was not checked here.
 */
function nodeProblems(node, mode = 'verified') {
    const out = [...node.problems];
    for (const e of node.evidence)
        if (mode === 'verified' ? !e.verified : e.problem)
            // The walk names a failed evidence among the node's problems too: said once.
            if (!e.problem || !node.problems.some((p) => p.includes(e.problem)))
                out.push(`${e.kind} ${e.path}: ${e.problem ?? 'not verified'}`);
    if (mode === 'verified' && node.evidence.length === 0 && out.length === 0)
        out.push('no evidence verified');
    return out;
}
/** Every node of the tree that is not verified, with where it sits and why. */
function unverifiedNodes(root) {
    const out = [];
    const visit = (n) => {
        if (nodeState(n) !== 'verified')
            out.push({ path: n.path, problems: nodeProblems(n) });
        n.bases.forEach(visit);
    };
    visit(root);
    return out;
}
/** `sha256:0123456789ab…` from `sha256:HEX`. */
function shortLineageDigest(digest) {
    if (!digest)
        return undefined;
    const at = digest.indexOf(':');
    if (at < 0)
        return (0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)({ sha256: digest }, 12);
    return (0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)({ [digest.slice(0, at)]: digest.slice(at + 1) }, 12);
}
// --- text --------------------------------------------------------------------------------
const INDENT = '  ';
/** The chain for a terminal: each model, its digest, its signer, its datasets, what failed. */
function renderLineageText(root) {
    const bad = unverifiedNodes(root);
    const head = bad.length === 0
        ? 'Lineage verified: every model in the chain has verified evidence.'
        : `Lineage NOT verified: ${bad.length} model${bad.length === 1 ? '' : 's'} in the chain could not be verified.`;
    return `${[head, '', ...nodeText(root, 0)].join('\n')}\n`;
}
function nodeText(node, depth) {
    const pad = INDENT.repeat(depth * 2);
    const state = nodeState(node);
    const lines = [
        `${pad}${depth === 0 ? '' : 'base '}${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(node.name)}  ${state === 'verified' ? '✓ verified' : '✗ NOT verified'}`,
    ];
    const item = (label, value) => {
        lines.push(`${pad}${INDENT}${label}: ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(value)}`);
    };
    if (node.uri)
        item('uri', node.uri);
    item('digest', node.digest ?? 'none recorded');
    item('signer', node.signer ?? 'unknown');
    if (node.datasets.length === 0)
        item('datasets', 'none recorded');
    for (const d of node.datasets)
        item('dataset', [d.name, d.uri, d.digest ?? 'unpinned'].filter(Boolean).join('  '));
    for (const e of node.evidence)
        item('evidence', `${e.verified ? '✓' : '✗'} ${e.kind} ${e.path}${e.verified ? '' : `: ${e.problem ?? 'not verified'}`}`);
    if (state !== 'verified')
        for (const p of nodeProblems(node))
            item('not verified', p);
    for (const b of node.bases)
        lines.push(...nodeText(b, depth + 1));
    return lines;
}
// --- JSON --------------------------------------------------------------------------------
/** The tree as it is, with the verdict and every unverified node up front for scripts. */
function renderLineageJson(root) {
    const unverified = unverifiedNodes(root);
    return `${JSON.stringify({ verified: unverified.length === 0, unverified, lineage: root }, null, 2)}\n`;
}
// --- Mermaid -----------------------------------------------------------------------------
/** Datasets drawn per model; more are counted in one node, so a big run stays readable. */
const MAX_DATASETS = 8;
const CLASS_DEFS = [
    'classDef verified fill:#e6f4ea,stroke:#1a7f37,stroke-width:2px',
    'classDef unverified fill:#fff1e5,stroke:#bc4c00,stroke-width:2px,stroke-dasharray:6 4',
    'classDef recorded fill:#f6f8fa,stroke:#57606a,stroke-dasharray:3 3',
    'classDef run fill:#ddf4ff,stroke:#0969da',
    'classDef data fill:#fbefff,stroke:#8250df',
];
function newId(d, cls) {
    const id = `n${d.count++}`;
    const list = d.classes.get(cls) ?? [];
    list.push(id);
    d.classes.set(cls, list);
    return id;
}
/** Label lines joined by Mermaid's line break; each line is escaped or our own fixed words. */
const label = (...lines) => lines.filter((l) => Boolean(l)).join('<br/>');
/**
 * The flowchart: datasets → training run → model, and each base → the run that fine-tuned it.
 * Node ids are ours (n0, n1, …); every name is escaped by mermaidText.
 */
function renderLineageMermaid(root, mode = 'verified') {
    const d = { lines: [], classes: new Map(), count: 0, mode };
    drawModel(root, d, true);
    const classLines = [...d.classes].map(([cls, ids]) => `  class ${ids.join(',')} ${cls}`);
    return ['flowchart LR', ...d.lines, ...CLASS_DEFS.map((c) => `  ${c}`), ...classLines].join('\n');
}
/** The diagram in a ```mermaid block, for a job summary or a PR comment. */
function lineageMarkdown(root, mode = 'verified') {
    return (0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidBlock */ .tW)(renderLineageMermaid(root, mode));
}
function stateWords(node, state, d, isRoot) {
    if (state === 'verified')
        return '✅ verified';
    // The record's own model is what the record is about; its bases are claims in it.
    if (state === 'recorded')
        return isRoot ? undefined : 'recorded, not verified here';
    const problems = nodeProblems(node, d.mode);
    const more = problems.length > 1 ? `, and ${problems.length - 1} more` : '';
    return `⚠ NOT verified: ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(problems[0] ?? '', 70)}${more}`;
}
/**
 * A model, and the run that trained it when anything is known of that run (the root's record,
 * a base's training record, its datasets or bases). A base known only by its model.sig has no
 * run to draw: its signer goes on the model itself.
 */
function drawModel(node, d, isRoot) {
    const state = nodeState(node, d.mode);
    const model = newId(d, state);
    const digest = shortLineageDigest(node.digest);
    // A record's own signer is not in the record: the summaries pass it when they know it.
    const signer = node.signer
        ? `signed by ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(node.signer, 120)}`
        : d.mode === 'verified'
            ? 'signer unknown'
            : undefined;
    const hasRun = isRoot ||
        node.datasets.length > 0 ||
        node.bases.length > 0 ||
        node.evidence.some((e) => e.kind === 'training-record');
    d.lines.push(`  ${model}["${label(`${isRoot ? '' : 'base: '}${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(node.name)}`, node.uri ? (0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(node.uri, 100) : undefined, digest ? (0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(digest) : isRoot && d.mode === 'recorded' ? undefined : '⚠ no digest', hasRun ? undefined : signer, stateWords(node, state, d, isRoot))}"]`);
    drawEvidence(node, model, d);
    if (!hasRun)
        return model;
    const run = newId(d, 'run');
    d.lines.push(`  ${run}(["${label('training run', signer)}"])`, `  ${run} --> ${model}`);
    drawDatasets(node, run, d);
    for (const base of node.bases) {
        const b = drawModel(base, d, false);
        d.lines.push(`  ${b} -->|base model| ${run}`);
    }
    return model;
}
function drawDatasets(node, run, d) {
    for (const ds of node.datasets.slice(0, MAX_DATASETS)) {
        const short = shortLineageDigest(ds.digest);
        const id = newId(d, short ? 'data' : 'unverified');
        d.lines.push(`  ${id}[("${label(`dataset: ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(ds.name)}`, short ? (0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(short) : '⚠ unpinned: no digest')}")]`, `  ${id} --> ${run}`);
    }
    const more = node.datasets.length - MAX_DATASETS;
    if (more > 0) {
        const id = newId(d, 'data');
        d.lines.push(`  ${id}[("${more} more datasets")]`, `  ${id} --> ${run}`);
    }
}
function drawEvidence(node, model, d) {
    for (const e of node.evidence) {
        // A record's evidence was not checked here: shown as recorded unless it names a problem.
        const state = d.mode === 'recorded' && !e.problem ? 'recorded' : e.verified ? 'verified' : 'unverified';
        const words = state === 'verified'
            ? '✅ verified'
            : state === 'recorded'
                ? 'recorded, not verified here'
                : `⚠ NOT verified: ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(e.problem ?? 'not checked', 70)}`;
        const id = newId(d, state);
        d.lines.push(`  ${id}>"${label(`evidence: ${(0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(e.kind, 30)}`, (0,_present_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(e.path), words)}"]`, `  ${id} -.-> ${model}`);
    }
}


/***/ }),

/***/ 56683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY, retryDelayMs */
// Bounded retries for calls to services we do not own. Waits grow exponentially; a
// `retry-after` from the server is honoured, but never beyond a cap, so a rate-limited
// job fails in minutes rather than hanging until the job's own timeout.
const DEFAULT_RETRY = {
    retries: 3,
    baseDelayMs: 500,
    maxDelayMs: 8_000,
    retryAfterCapMs: 30_000,
};
function isRetryable(f) {
    if (f.network)
        return true;
    const s = f.status ?? 0;
    return s === 408 || s === 429 || s >= 500;
}
/** Delay before attempt `attempt` (1-based retry number). */
function retryDelayMs(policy, attempt, retryAfter) {
    if (retryAfter) {
        const secs = Number(retryAfter);
        const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(retryAfter) - Date.now();
        if (Number.isFinite(ms) && ms >= 0)
            return Math.min(ms, policy.retryAfterCapMs);
    }
    return Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
}
async function withRetry(what, fn, classify, opts = {}) {
    const policy = { ...DEFAULT_RETRY, ...opts.policy };
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    for (let attempt = 0;; attempt++) {
        try {
            return await fn();
        }
        catch (e) {
            const f = classify(e);
            if (attempt >= policy.retries || !isRetryable(f))
                throw e;
            const wait = retryDelayMs(policy, attempt + 1, f.retryAfter);
            const why = f.status
                ? `HTTP ${f.status}`
                : f.detail
                    ? `a network error (${f.detail})`
                    : 'a network error';
            opts.log?.(`${what}: ${why}, retry ${attempt + 1}/${policy.retries} in ${Math.round(wait)} ms`);
            await sleep(wait);
        }
    }
}


/***/ }),

/***/ 43102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Q: () => (/* binding */ directoryRoot),
/* harmony export */   gO: () => (/* binding */ rootInSignedOrder),
/* harmony export */   ge: () => (/* binding */ digestsOnDisk)
/* harmony export */ });
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33018);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11833);
/* harmony import */ var _shards_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25946);
/* harmony import */ var _single_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80526);
// The model on disk as a signature names it: every file (or byte range, for a shard signature)
// with its digest under the signature's hash type, and the root over them in the order the
// signature lists them, as model_signing verifies.




/** The files of `model` (a directory, or one file) with their digests, as `signed` names them. */
async function digestsOnDisk(model, kind, signed, ignorePaths, cache) {
    const algorithm = _layout_js__WEBPACK_IMPORTED_MODULE_1__/* .OMS_HASH_TYPES */ .LB[signed.hashType].algorithm;
    const names = new Set(signed.resources.map((r) => r.name));
    if (kind === 'file') {
        if (signed.method === 'shards') {
            // Shards are named `NAME:start:end`; the file's name is what comes before the range.
            const own = [...new Set([...names].map((n) => n.replace(/:\d+:\d+$/, '')))];
            return (0,_shards_js__WEBPACK_IMPORTED_MODULE_2__/* .diskShards */ .J)([{ path: model, relPath: (0,_single_file_js__WEBPACK_IMPORTED_MODULE_3__/* .singleFileName */ .oz)(own, model) }], signed, names);
        }
        // Through the cache, the provenance's check of the same file and this one read it once.
        const { digest } = cache
            ? await cache.file(model, algorithm)
            : await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .hashFile */ .DC)(model, algorithm, { input: 'model' });
        return [{ relPath: (0,_single_file_js__WEBPACK_IMPORTED_MODULE_3__/* .singleFileName */ .oz)([...names], model), digest }];
    }
    const walk = { ignorePaths, input: 'model', followLinks: signed.allowSymlinks };
    if (signed.method === 'shards') {
        const { files } = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listDirectory */ .KG)(model, walk);
        return (0,_shards_js__WEBPACK_IMPORTED_MODULE_2__/* .diskShards */ .J)(files, signed, names);
    }
    if (signed.hashType !== 'sha256') {
        const { files } = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listDirectory */ .KG)(model, walk);
        const hashed = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .hashFilesWith */ .O_)(files, [algorithm], { input: 'model' });
        return hashed.map((f) => ({ relPath: f.relPath, digest: f.digest[algorithm] }));
    }
    const disk = cache
        ? await cache.directory(model, ignorePaths, signed.allowSymlinks)
        : await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .digestDirectory */ .qW)(model, walk);
    return disk.files.map((f) => ({ relPath: f.relPath, digest: f.sha256 }));
}
/**
 * The root over the files on disk in the order the signature lists them, as model_signing
 * verifies: it writes Python's PurePosixPath order, the specification says code-point order, and
 * the two differ where a name has a character below `/` where they branch (`tokenizer.json`
 * beside `tokenizer/`). A signature from either passes. Undefined when a listed file is missing.
 */
function rootInSignedOrder(signed, files) {
    const byName = new Map(files.map((f) => [f.relPath, f.digest]));
    const digests = signed.resources.map((r) => byName.get(r.name));
    return digests.every((d) => d !== undefined) ? (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rootOfDigests */ .nv)(digests) : undefined;
}
/** The root in PurePosixPath order: what a directory subject records (`model_signing digest`). */
function directoryRoot(files) {
    const sorted = [...files].sort((a, b) => (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareOmsPaths */ .xH)(a.relPath, b.relPath));
    return (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rootOfDigests */ .nv)(sorted.map((f) => f.digest));
}


/***/ }),

/***/ 30988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HW: () => (/* reexport */ layout/* OMS_SIGNATURE_NAME */.HW),
  UG: () => (/* reexport */ layout/* OMS_SIGNING_IGNORES */.UG),
  aS: () => (/* reexport */ checkBinding)
});

// UNUSED EXPORTS: OMS_HASH_TYPES, OMS_PREDICATE_TYPE, OMS_PREDICATE_TYPE_V02, OMS_STATEMENT_TYPE, SINGLE_FILE_RESOURCE, buildOmsStatement, defaultFileSignature, digestModelFile, fallbackSignaturePath, isIgnored, normalizeIgnorePath, normalizeIgnorePaths, omsManifest, omsPayload, parseOmsStatement, pathInside, serializeModel, signModelDirectory, signModelManifest, singleFileName, statementOf

;// CONCATENATED MODULE: ./build/src/oms/binding.js
/**
 * `omsRoots`: the signature's root, then the root of the same signed files in PurePosixPath
 * order, which a directory subject records when the signature lists them in the specification's
 * code-point order (the two differ for names like `tokenizer.json` beside `tokenizer/`). For a
 * one-file model (`kind: 'file'`), the file's digest, which its file subject records.
 */
function checkBinding(omsRoots, provenance, kind = 'directory') {
    const roots = omsRoots.map((r) => r.toLowerCase());
    const root = roots[0];
    const role = `model-${kind}`;
    const subjects = provenance.subjects;
    const same = subjects.filter((s) => roots.includes(s.digest?.sha256?.toLowerCase() ?? ''));
    // A subject of the model's kind is the intended match; another subject with that digest would
    // be a coincidence of content, not of layout, and is reported as such.
    const hit = same.find((s) => s.annotations?.role === role) ?? same[0];
    if (hit)
        return { bound: true, subject: hit.name, statement: boundStatement(hit, root, kind) };
    const own = subjects.filter((s) => s.annotations?.role === role);
    const known = own.length
        ? `its ${kind} subjects: ${own.map((d) => `'${d.name ?? '(unnamed)'}' sha256:${d.digest?.sha256 ?? '?'}`).join(', ')}`
        : `it has no ${kind} subject`;
    return {
        bound: false,
        statement: `the OMS signature binds ${kind === 'file' ? 'file' : 'root'} digest ${root}, which no subject of the provenance has (${known})`,
    };
}
function boundStatement(hit, root, kind) {
    const name = `'${hit.name ?? '(unnamed)'}'`;
    const digest = hit.digest.sha256.toLowerCase();
    const same = 'the OMS signature and the provenance bind the same model';
    if (kind === 'file')
        return `${same}: subject ${name} has sha256 ${digest}, the signed file's digest`;
    const what = hit.annotations?.role === 'model-directory' ? 'directory subject' : 'subject';
    const order = digest === root
        ? ''
        : ` of the signed files (the signature lists them in code-point order, root ${root})`;
    return `${same}: ${what} ${name} has sha256 ${digest}, the OMS root digest${order}`;
}

// EXTERNAL MODULE: ./build/src/oms/layout.js
var layout = __webpack_require__(11833);
// EXTERNAL MODULE: ./build/src/oms/parse.js
var parse = __webpack_require__(34788);
// EXTERNAL MODULE: ./build/src/oms/paths.js
var paths = __webpack_require__(68123);
// EXTERNAL MODULE: ./build/src/oms/sign.js
var sign = __webpack_require__(27890);
// EXTERNAL MODULE: ./build/src/oms/single-file.js
var single_file = __webpack_require__(80526);
// EXTERNAL MODULE: ./build/src/oms/statement.js
var statement = __webpack_require__(23238);
;// CONCATENATED MODULE: ./build/src/oms/index.js










/***/ }),

/***/ 11833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ OMS_PREDICATE_TYPE_V02),
/* harmony export */   HW: () => (/* reexport safe */ _hash_index_js__WEBPACK_IMPORTED_MODULE_0__.HW),
/* harmony export */   LB: () => (/* binding */ OMS_HASH_TYPES),
/* harmony export */   UG: () => (/* reexport safe */ _hash_index_js__WEBPACK_IMPORTED_MODULE_0__.UG),
/* harmony export */   XX: () => (/* binding */ OMS_STATEMENT_TYPE),
/* harmony export */   hC: () => (/* binding */ OMS_PREDICATE_TYPE),
/* harmony export */   mi: () => (/* binding */ omsPayload)
/* harmony export */ });
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33018);
// The OpenSSF model signing (OMS, `model_signing` v1.x) signature layout: an in-toto
// Statement v1 whose single subject is the model directory's root digest and whose
// predicate lists every file with its digest. The key order of every object follows the
// statements model_signing v1.0.0 writes (v0.3.1 writes the same); `ignore_paths` is the
// v1.1.0 addition and comes last in `serialization`, as model_signing builds it.

const OMS_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
/** The predicate of model_signing v0.2's experimental format: one subject a file, no root. */
const OMS_PREDICATE_TYPE_V02 = 'https://model_signing/Digests/v0.1';
const OMS_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/**
 * The hash types model_signing writes that this tool makes and re-checks, with the hashing
 * engine's algorithm and the digest's hex length: Python's `hashlib.blake2b()` is BLAKE2b-512,
 * `blake3` the 256-bit default output. The root digest is sha256 whatever the files' hash type.
 */
const OMS_HASH_TYPES = {
    sha256: { algorithm: 'sha256', hexLength: 64 },
    blake2b: { algorithm: 'blake2b512', hexLength: 128 },
    blake3: { algorithm: 'blake3', hexLength: 64 },
};
/** The DSSE payload bytes: JSON with two-space indentation, as model_signing writes it. */
function omsPayload(statement) {
    return Buffer.from(JSON.stringify(statement, null, 2), 'utf8');
}


/***/ }),

/***/ 34788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseOmsStatement)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33018);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11833);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4715);
// Reads the statement inside an OMS signature, whichever model_signing wrote it: v0.3.1 and
// v1.0.0 write the same layout, v1.1.0 adds `serialization.ignore_paths` (and orders keys
// differently, which JSON readers do not see). Files and shards (byte ranges, `path:start:end`)
// serializations are read, and model_signing 0.2's `Digests/v0.1` (a subject a file); anything
// this tool cannot re-check exactly is refused with a reason: other hash types, 0.2's other predicates.




const HEX64 = /^[0-9a-f]{64}$/;
const isHashType = (v) => typeof v === 'string' && Object.hasOwn(_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_HASH_TYPES */ .LB, v);
function invalid(message, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('BUNDLE_INVALID', message, {
        input: 'model-signature',
        fix: fix ?? 'pass a model.sig written by model_signing ≥ 0.3 or by this tool',
    });
}
function unsupported(message, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .CG('NOT_SUPPORTED', message, { input: 'model-signature', fix });
}
/** Parse and check an OMS statement (the DSSE payload). Throws ProvenanceError with the reason. */
function parseOmsStatement(payload) {
    const s = parseStatementJson(payload);
    if (s.predicateType === _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE_V02 */ .E6)
        return parseLegacy(s.subject);
    const { name, root } = readSubject(s.subject);
    const predicate = s.predicate;
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(predicate) || !(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(predicate.serialization)) {
        throw invalid('the predicate has no `serialization` section');
    }
    const { allowSymlinks, hashType, ignorePaths, method, shardSize } = readSerialization(predicate.serialization);
    const resources = readResources(predicate.resources, hashType);
    // model_signing's own consistency check: the subject is the hash of the listed digests.
    const listed = (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rootOfDigests */ .nv)(resources.map((r) => r.digest));
    if (listed !== root) {
        throw invalid(`the statement is inconsistent: its resources hash to ${listed}, its subject says ${root}`);
    }
    return {
        name,
        root,
        method,
        ...(shardSize !== undefined ? { shardSize } : {}),
        hashType,
        allowSymlinks,
        ignorePaths,
        resources,
        order: orderOf(resources.map((r) => r.name)),
        predicateType: _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE */ .hC,
    };
}
/**
 * model_signing 0.2's `Digests/v0.1`: every file a subject `{name, digest: {sha256}}`, no
 * predicate, no root. The names and digests are all signed, so the root over them in the listed
 * order stands in for one; nothing was recorded of ignore paths or links.
 */
function parseLegacy(subjects) {
    if (!Array.isArray(subjects))
        throw invalid('the statement has no subjects');
    const resources = readResources(subjects.map((x) => (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(x) && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(x.digest)
        ? { name: x.name, algorithm: 'sha256', digest: x.digest.sha256 }
        : x), 'sha256');
    return {
        name: '',
        root: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rootOfDigests */ .nv)(resources.map((r) => r.digest)),
        method: 'files',
        hashType: 'sha256',
        allowSymlinks: false,
        resources,
        order: orderOf(resources.map((r) => r.name)),
        predicateType: _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE_V02 */ .E6,
    };
}
function orderOf(names) {
    const sorted = (cmp) => names.every((n, i) => i === 0 || cmp(names[i - 1], n) < 0);
    if (sorted(_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareSpecPaths */ .vb))
        return 'specification';
    return sorted(_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareOmsPaths */ .xH) ? 'PurePosixPath' : 'unsorted';
}
/** The payload as JSON, with the OMS statement and predicate types. */
function parseStatementJson(payload) {
    const text = typeof payload === 'string' ? payload : Buffer.from(payload).toString('utf8');
    let s;
    try {
        s = JSON.parse(text);
    }
    catch (e) {
        throw invalid(`the signed payload is not JSON: ${e.message}`);
    }
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(s))
        throw invalid('the signed payload is not a JSON object');
    if (s._type !== _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_STATEMENT_TYPE */ .XX) {
        throw invalid(`the statement type is '${(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .V)(s._type)}', not ${_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_STATEMENT_TYPE */ .XX}`);
    }
    if (s.predicateType === _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE_V02 */ .E6)
        return s;
    if (typeof s.predicateType === 'string' &&
        s.predicateType !== _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE */ .hC &&
        s.predicateType.startsWith('https://model_signing/')) {
        throw unsupported(`the model_signing predicate '${s.predicateType}' is not supported: of model_signing 0.2's experimental formats only ${_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE_V02 */ .E6} (one subject a file) is read`, 'sign the model again with model_signing ≥ 1.0 or with this tool');
    }
    if (s.predicateType !== _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE */ .hC) {
        throw invalid(`the predicate type is '${(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .V)(s.predicateType)}', not an OMS model signature (${_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_PREDICATE_TYPE */ .hC})`, 'this is not a model_signing signature; verify provenance bundles with `verify --bundle`');
    }
    return s;
}
function readSubject(subjects) {
    if (!Array.isArray(subjects) || subjects.length !== 1) {
        throw invalid(`an OMS statement has exactly one subject; this one has ${Array.isArray(subjects) ? subjects.length : 'none'}`);
    }
    const subject = subjects[0];
    const root = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(subject) && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(subject.digest) ? subject.digest.sha256 : undefined;
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(subject) ||
        typeof subject.name !== 'string' ||
        typeof root !== 'string' ||
        !HEX64.test(root)) {
        throw invalid('the subject has no name or no lower-case hex sha256 root digest');
    }
    return { name: subject.name, root };
}
function readSerialization(ser) {
    if (ser.method !== 'files' && ser.method !== 'shards') {
        throw unsupported(`OMS serialization method '${(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .V)(ser.method)}' is not supported (files or shards)`, 'verify this signature with model_signing');
    }
    const method = ser.method;
    const shardSize = method === 'shards' ? ser.shard_size : undefined;
    if (method === 'shards' && !(Number.isSafeInteger(shardSize) && shardSize > 0))
        throw invalid('`serialization.shard_size` is not a positive whole number of bytes');
    const hashType = ser.hash_type;
    if (!isHashType(hashType)) {
        throw unsupported(`OMS hash type '${(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .V)(hashType)}' is not supported (${Object.keys(_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_HASH_TYPES */ .LB).join(' or ')})`, 'sign the model with the sha256 hash type, or verify it with model_signing');
    }
    const allowSymlinks = ser.allow_symlinks === true || ser.allow_symlinks === 'true';
    const common = {
        allowSymlinks,
        hashType,
        method,
        ...(method === 'shards' ? { shardSize: shardSize } : {}),
    };
    if (ser.ignore_paths === undefined)
        return common;
    if (!Array.isArray(ser.ignore_paths) || !ser.ignore_paths.every((p) => typeof p === 'string')) {
        throw invalid('`serialization.ignore_paths` is not a list of paths');
    }
    return { ...common, ignorePaths: [...ser.ignore_paths] };
}
function readResources(list, hashType) {
    const hexLength = _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_HASH_TYPES */ .LB[hashType].hexLength;
    if (!Array.isArray(list) || list.length === 0) {
        throw invalid('the predicate lists no resources');
    }
    const resources = [];
    const seen = new Set();
    for (const [i, r] of list.entries()) {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(r) ||
            typeof r.name !== 'string' ||
            r.name === '' ||
            typeof r.algorithm !== 'string' ||
            typeof r.digest !== 'string') {
            throw invalid(`resource #${i + 1} lacks a name, an algorithm or a digest`);
        }
        if (r.algorithm !== hashType) {
            throw unsupported(`resource '${r.name}' uses algorithm '${r.algorithm}', not the signature's hash type ${hashType}`, 'verify this signature with model_signing');
        }
        if (r.digest.length !== hexLength || !/^[0-9a-f]*$/.test(r.digest))
            throw invalid(`resource '${r.name}' has no lower-case hex ${hashType} digest`);
        if (seen.has(r.name))
            throw invalid(`resource '${r.name}' is listed twice`);
        seen.add(r.name);
        resources.push({ name: r.name, algorithm: r.algorithm, digest: r.digest });
    }
    return resources;
}


/***/ }),

/***/ 68123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QA: () => (/* binding */ normalizeIgnorePaths),
/* harmony export */   _l: () => (/* binding */ pathInside),
/* harmony export */   pi: () => (/* binding */ isIgnored)
/* harmony export */ });
/* unused harmony export normalizeIgnorePath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// Ignore paths as OMS records them: relative to the model directory, a directory ignoring
// everything below it (Python's `is_relative_to`). Recorded lists come from other tools, so
// they are normalised before use and entries that cannot name anything inside the model
// (absolute, `..`, empty) are dropped rather than trusted.

/** `./a/b/` → `a/b`; undefined when the entry cannot name a path inside the model. */
function normalizeIgnorePath(p) {
    let v = p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    v = v.replace(/\/{2,}/g, '/');
    if (v === '' || v === '.' || v.startsWith('/'))
        return undefined;
    if (v.split('/').some((c) => c === '..' || c === '.'))
        return undefined;
    return v;
}
/** Normalised, de-duplicated and sorted (code unit order, for a stable recorded list). */
function normalizeIgnorePaths(paths) {
    const out = new Set();
    for (const p of paths) {
        const n = normalizeIgnorePath(p);
        if (n !== undefined)
            out.add(n);
    }
    return [...out].sort();
}
/** True when `relPath` is an ignored path or lies below one. */
function isIgnored(relPath, ignorePaths) {
    return ignorePaths.some((i) => relPath === i || relPath.startsWith(`${i}/`));
}
/** The POSIX path of `file` relative to `dir`, or undefined when it is not inside `dir`. */
function pathInside(dir, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(file));
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return undefined;
    return node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '/' ? rel : rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ }),

/***/ 25946:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ shardsOf),
/* harmony export */   J: () => (/* binding */ diskShards)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33018);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11833);
// OMS shard serialization (spec §6.3.2): each file is cut into byte ranges of `shard_size`
// (the last one shorter; an empty file has none), each named `path:start:end` (end exclusive)
// and hashed on its own, on every core through the hashing pool, as whole files are. The files
// on disk are cut the same way when a shard signature is checked.



/** The files' shards, in the files' order, each a byte range named `path:start:end`. */
async function shardsOf(files, shardSize) {
    const out = [];
    for (const f of files) {
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.path);
        for (let start = 0; start < size; start += shardSize) {
            const end = Math.min(start + shardSize, size);
            out.push({ path: f.path, relPath: `${f.relPath}:${start}:${end}`, range: { start, end } });
        }
    }
    return out;
}
/**
 * The files' shards as `{relPath: name, digest}`: every shard on disk, hashed under the
 * signature's hash type when the signature lists it (the others are extra whatever they hold).
 */
async function diskShards(files, how, signed) {
    const algorithm = _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .OMS_HASH_TYPES */ .LB[how.hashType].algorithm;
    const shards = await shardsOf(files, how.shardSize);
    const listed = shards.filter((s) => signed.has(s.relPath));
    const hashed = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .hashFilesWith */ .O_)(listed, [algorithm], { input: 'model' });
    const digests = new Map(hashed.map((h) => [h.relPath, h.digest[algorithm]]));
    return shards.map((s) => ({ relPath: s.relPath, digest: digests.get(s.relPath) ?? '' }));
}


/***/ }),

/***/ 27890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ signModelDirectory),
/* harmony export */   uM: () => (/* binding */ signModelManifest)
/* harmony export */ });
/* unused harmony export fallbackSignaturePath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
/* harmony import */ var _sign_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76452);
/* harmony import */ var _sign_sign_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66613);
/* harmony import */ var _store_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7216);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11833);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23238);
// Writes an OMS signature (model.sig) for a model directory, signed with the same keyless
// identity as the provenance. The signature goes into the directory, where model_signing
// looks for it; when the directory cannot be written (a read-only checkout, a mounted
// volume) it goes to the output directory instead, and the log says where.









async function writable(dir) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Where the signature of `dir` goes when the directory itself cannot take it. */
function fallbackSignaturePath(outputDir, dirName, sigName) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputDir, dirName, sigName);
}
/**
 * Sign `dir` (already hashed by the attest step) as OMS v1.0 and write model.sig. The root
 * equals `dir.root` when the directory was digested with OMS_SIGNING_IGNORES; otherwise the
 * files OMS ignores are left out, the root recomputed, and the log says so.
 */
async function signModelDirectory(dir, opts) {
    const manifest = (0,_statement_js__WEBPACK_IMPORTED_MODULE_8__/* .omsManifest */ .hv)(dir, { signatureName: opts.signatureName ?? _layout_js__WEBPACK_IMPORTED_MODULE_7__/* .OMS_SIGNATURE_NAME */ .HW });
    if (manifest.dropped.length > 0) {
        opts.log?.(`model signature for ${dir.path}: left out ${manifest.dropped.join(', ')} (OMS ignores ${manifest.ignorePaths.join(', ')}); ` +
            `its root ${manifest.root} differs from the directory digest ${dir.root}`);
    }
    else if (manifest.root !== manifest.directoryRoot) {
        opts.log?.(`model signature for ${dir.path}: files listed in the specification's code-point order, so its root ${manifest.root} ` +
            `differs from the directory digest ${manifest.directoryRoot} (PurePosixPath order); verify ties them by the signed files`);
    }
    return signModelManifest(manifest, dir.path, opts);
}
/** Sign `manifest`, the model at `modelPath`, and write the signature (see signModelDirectory). */
async function signModelManifest(manifest, modelPath, opts) {
    const sigName = opts.signatureName ?? _layout_js__WEBPACK_IMPORTED_MODULE_7__/* .OMS_SIGNATURE_NAME */ .HW;
    const inDir = opts.path ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(modelPath, sigName);
    const fallback = opts.outputDir
        ? fallbackSignaturePath(opts.outputDir, manifest.name, sigName)
        : undefined;
    const dirWritable = opts.path !== undefined || (await writable(modelPath));
    if (!dirWritable && !fallback)
        throw notWritable(modelPath, 'it is not writable');
    const signed = await signManifest((0,_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .omsPayload */ .mi)((0,_statement_js__WEBPACK_IMPORTED_MODULE_8__/* .statementOf */ .T8)(manifest)), opts);
    const text = JSON.stringify(signed.bundle);
    let path = inDir;
    let inModelDirectory = true;
    let why = 'it is not writable';
    if (dirWritable) {
        try {
            await (0,_store_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(inDir, text, 'model-signature');
        }
        catch (e) {
            if (!fallback || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isProvenanceError */ .Ev)(e))
                throw e;
            why = `writing failed (${e.cause?.message ?? e.message})`;
            inModelDirectory = false;
        }
    }
    else
        inModelDirectory = false;
    if (!inModelDirectory) {
        path = fallback;
        await (0,_store_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path, text, 'output-dir');
        opts.log?.(`model signature for ${modelPath} written to ${path}: ${why}`);
    }
    return {
        path,
        inModelDirectory,
        root: manifest.root,
        bundle: signed.bundle,
        logIndex: signed.logIndex,
        certificatePem: signed.certificatePem,
        dropped: manifest.dropped,
    };
}
/** Keyless through Sigstore, or with the key given (a bundle with its hint, no log). */
async function signManifest(payload, opts) {
    if (opts.key)
        return {
            bundle: await (0,_sign_key_js__WEBPACK_IMPORTED_MODULE_4__/* .signWithKey */ .Ft)(payload, opts.key, { modelSignature: true }),
            logIndex: undefined,
            certificatePem: opts.key.certificatePem ?? '',
        };
    return (0,_sign_sign_js__WEBPACK_IMPORTED_MODULE_5__/* .signStatement */ .f)(payload, {
        endpoints: opts.endpoints,
        token: opts.token,
        log: opts.log,
        timeoutMs: opts.timeoutMs,
        retry: opts.retry,
    });
}
function notWritable(dir, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('STORAGE_FAILED', `cannot write the model signature into ${dir}: ${why}`, {
        input: 'model-signature',
        value: dir,
        fix: 'make the model directory writable, or set output-dir so that model.sig is written there',
    });
}


/***/ }),

/***/ 80526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ digestModelFile),
/* harmony export */   g: () => (/* binding */ defaultFileSignature),
/* harmony export */   oz: () => (/* binding */ singleFileName),
/* harmony export */   z$: () => (/* binding */ SINGLE_FILE_RESOURCE)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33018);
// A model that is one file (a .gguf, a .safetensors): model_signing signs it as a manifest of one
// resource named by the file's path relative to itself, `.`, under the file's name as subject.
// A signature naming the resource by the file's name instead is read too.


/** The resource name model_signing gives a single-file model: its path relative to itself. */
const SINGLE_FILE_RESOURCE = '.';
/** The file as a one-resource model, ready for omsManifest; `path` is the file itself. */
async function digestModelFile(path, onProgress) {
    const { digest, size } = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .hashFile */ .DC)(path, 'sha256', { input: 'model', onProgress });
    const file = {
        path,
        relPath: SINGLE_FILE_RESOURCE,
        size,
        sha256: digest,
    };
    return { path, files: [file], root: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rootOfDigests */ .nv)([digest]), ignorePaths: [], totalBytes: size };
}
/**
 * The name to check the file under: the signature's own when it names its one resource `.` or
 * after the file, so either form verifies; otherwise `.`, and the mismatch is reported.
 */
function singleFileName(signedNames, file) {
    const own = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(file));
    return signedNames.length === 1 && signedNames[0] === own ? own : SINGLE_FILE_RESOURCE;
}
/** Where a single file's signature goes by default: beside it, as FILE.sig. */
const defaultFileSignature = (file) => `${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(file)}.sig`;


/***/ }),

/***/ 23238:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ statementOf),
/* harmony export */   hv: () => (/* binding */ omsManifest),
/* harmony export */   km: () => (/* binding */ serializeModel)
/* harmony export */ });
/* unused harmony export buildOmsStatement */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33018);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11833);
/* harmony import */ var _disk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43102);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68123);
/* harmony import */ var _shards_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25946);
/* harmony import */ var _single_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(80526);
// Builds the OMS statement for a model. From the digests the attest step already computed (files,
// sha256): no second hashing pass. Or, for another serialization (shards, blake2b, blake3), from
// a listing of the model, each file or byte range hashed once here. Files under the recorded
// ignore paths (the signature file among them) are left out, and the root is computed from the
// rest.








/** The files the signature covers, the ignore list it records and what that list dropped. */
function select(model, opts) {
    // A single-file model has nothing to leave out: nothing is below it.
    const single = model.files.length === 1 && model.files[0].relPath === _single_file_js__WEBPACK_IMPORTED_MODULE_7__/* .SINGLE_FILE_RESOURCE */ .z$;
    const ignorePaths = single
        ? []
        : (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeIgnorePaths */ .QA)([
            ...model.ignorePaths,
            opts.signatureName ?? _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .OMS_SIGNATURE_NAME */ .HW,
            ...(opts.ignorePaths ?? []),
        ]);
    const kept = [];
    const dropped = [];
    for (const f of model.files) {
        if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isIgnored */ .pi)(f.relPath, ignorePaths))
            dropped.push(f.relPath);
        else
            kept.push(f);
    }
    if (kept.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceError */ .CG('INPUT_INVALID', `the model directory ${model.path} holds no file to sign`, {
            input: 'model',
            value: model.path,
            fix: `check that training wrote the model there (names ignored: ${ignorePaths.join(', ')})`,
        });
    }
    kept.sort((a, b) => (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSpecPaths */ .vb)(a.relPath, b.relPath));
    const name = opts.name ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(model.path));
    return { name, kept, ignorePaths, dropped, allowSymlinks: model.allowSymlinks === true };
}
/** The files and sha256 manifest of a directory already digested. */
function omsManifest(dir, opts = {}) {
    const { kept, ...rest } = select(dir, opts);
    const resources = kept.map((f) => ({ name: f.relPath, digest: f.sha256 }));
    return {
        ...rest,
        serialization: { method: 'files', hashType: 'sha256' },
        resources,
        root: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .rootOfDigests */ .nv)(resources.map((r) => r.digest)),
        directoryRoot: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .omsRootDigest */ .KN)(kept),
    };
}
/** The manifest of a listed model under `how`: every file, or every shard of one, hashed. */
async function serializeModel(model, how, opts = {}) {
    const { kept, ...rest } = select(model, opts);
    const toHash = how.method === 'files' ? kept : await (0,_shards_js__WEBPACK_IMPORTED_MODULE_6__/* .shardsOf */ .$)(kept, how.shardSize);
    const algorithm = _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .OMS_HASH_TYPES */ .LB[how.hashType].algorithm;
    const hashed = await (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFilesWith */ .O_)(toHash, [algorithm], {
        input: 'model',
        onProgress: opts.onProgress,
    });
    const resources = hashed
        .map((h) => ({ name: h.relPath, digest: h.digest[algorithm] }))
        .sort((a, b) => (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSpecPaths */ .vb)(a.name, b.name));
    const files = resources.map((r) => ({ relPath: r.name, digest: r.digest }));
    return {
        ...rest,
        serialization: how,
        resources,
        root: (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_2__/* .rootOfDigests */ .nv)(resources.map((r) => r.digest)),
        ...(how.method === 'files' ? { directoryRoot: (0,_disk_js__WEBPACK_IMPORTED_MODULE_4__/* .directoryRoot */ ._Q)(files) } : {}),
    };
}
/** The OMS v1.0 statement of a directory, in model_signing's layout. */
function buildOmsStatement(dir, opts = {}) {
    return statementOf(omsManifest(dir, opts));
}
function statementOf(m) {
    const { method, hashType, shardSize } = m.serialization;
    return {
        _type: _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .OMS_STATEMENT_TYPE */ .XX,
        subject: [{ name: m.name, digest: { sha256: m.root } }],
        predicateType: _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .OMS_PREDICATE_TYPE */ .hC,
        predicate: {
            serialization: {
                method,
                hash_type: hashType,
                ...(method === 'shards' ? { shard_size: shardSize } : {}),
                allow_symlinks: m.allowSymlinks,
                ignore_paths: m.ignorePaths,
            },
            resources: m.resources.map((r) => ({ algorithm: hashType, digest: r.digest, name: r.name })),
        },
    };
}


/***/ }),

/***/ 19715:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readPemCertificates),
/* harmony export */   _K: () => (/* binding */ curveHash),
/* harmony export */   a9: () => (/* binding */ keyError),
/* harmony export */   p4: () => (/* binding */ keyHint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27406);
// PEM keys and certificates, as signing and verifying both read them: the hash each EC curve
// signs with, the hint a bundle names its key by, and the certificates of a PEM file. Below
// src/sign/ and src/verify/ alike, so neither imports the other for them.



/** The hash each curve signs with, as OMS pairs them. */
const CURVES = {
    prime256v1: 'sha256',
    secp384r1: 'sha384',
    secp521r1: 'sha512',
};
/** An input error naming the key or certificate file, what is wrong with it and the fix. */
function keyError(input, path, message, fix, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProvenanceError */ .CG('INPUT_INVALID', `${path}: ${message}`, {
        input,
        value: path,
        fix,
        cause,
    });
}
/** The hash an EC key of a curve OMS takes signs with; undefined for any other key. */
function curveHash(key) {
    const curve = key.asymmetricKeyType === 'ec' ? key.asymmetricKeyDetails?.namedCurve : undefined;
    return curve ? CURVES[curve] : undefined;
}
/**
 * The hint a bundle names its key by, as model_signing writes and checks it: the sha256 of the
 * key's SubjectPublicKeyInfo in PEM (the text, with its final newline).
 */
function keyHint(publicKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'pem' }))
        .digest('hex');
}
/**
 * The PEM certificates of a file, in order (at least one), or an input error naming the file:
 * signing certificates, their chains and verification anchors are all read so.
 */
async function readPemCertificates(path, input, fix) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw keyError(input, path, `cannot be read: ${e.message}`, fix, e);
    }
    const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (pems.length === 0)
        throw keyError(input, path, 'holds no PEM certificate', fix);
    return pems;
}


/***/ }),

/***/ 29232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ openDetails),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MQ: () => (/* binding */ ruleMark),
/* harmony export */   SV: () => (/* binding */ CLOSE_DETAILS),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   Ve: () => (/* binding */ digestCell),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   lB: () => (/* binding */ datasetDigestCell),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   oW: () => (/* binding */ FOLD_ROWS),
/* harmony export */   tW: () => (/* binding */ mermaidBlock),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   vd: () => (/* binding */ foldedTable),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports preferredDigest, truncate, truncateWords, safeUrl */
/** Algorithms in the order a reader recognises them. */
const DIGEST_PREFERENCE = ['sha256', 'sha512', 'gitCommit', 'sha1', 'md5'];
/** The digest a reader should see: sha256 first, else the first the set has. */
function preferredDigest(d) {
    for (const alg of DIGEST_PREFERENCE) {
        const hex = d[alg];
        if (hex)
            return [alg, hex];
    }
    const first = Object.entries(d)[0];
    return first ? [first[0], first[1]] : undefined;
}
/** `sha256:abcd1234…`, or undefined for an empty set. */
function shortDigest(d, hexChars = 8) {
    const p = preferredDigest(d);
    if (!p)
        return undefined;
    const [alg, hex] = p;
    return hex.length > hexChars ? `${alg}:${hex.slice(0, hexChars)}…` : `${alg}:${hex}`;
}
/** Cuts text to `max` characters, marking the cut with `…`. */
function truncate(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** Like truncate, but prose is cut between words, so a URL is never left half a link. */
function truncateWords(text, max) {
    const cut = truncate(text, max);
    if (cut === text)
        return text;
    const body = cut.slice(0, -1);
    const space = body.lastIndexOf(' ');
    return space >= max * 0.6 ? `${body.slice(0, space)} …` : cut;
}
/** One line: newlines and tabs become spaces, other control characters go. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}
/**
 * A code span holding `text` verbatim, safe in a table cell: one line, `|` escaped (GFM
 * splits cells before it parses code spans), a fence longer than any backtick run inside.
 */
function code(text, max = 100) {
    const body = truncate(oneLine(text), max).replace(/\|/g, '\\|');
    if (body === '')
        return '` `';
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = longestRun > 0 || body.startsWith(' ') || body.endsWith(' ') ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * Plain text, mid-line (callers put it after a list marker or inside a cell): what could
 * act there is escaped — emphasis, code, links and images, HTML and entities, strikethrough,
 * cell boundaries — and `@` cannot mention. Other punctuation stays, so URLs still link.
 */
function escapeText(text, max = 300) {
    return truncateWords(oneLine(text), max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/@/g, '@\u200b');
}
/** An http(s) URL fit for a Markdown link target, or undefined. */
function safeUrl(url) {
    if (!url)
        return undefined;
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return undefined;
        // Credentials never show; everything but plain URL characters is percent-encoded, so no
        // `|`, bracket, parenthesis or `@` from a statement can end the link or the table cell.
        u.username = '';
        u.password = '';
        return u.href.replace(/[^A-Za-z0-9\-._~:/?#&=%+,;]/g, (c) => [...new TextEncoder().encode(c)]
            .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
            .join(''));
    }
    catch {
        return undefined;
    }
}
/** `[label](url)` when the URL is safe, else the label alone. `label` is Markdown already. */
function link(label, url) {
    const safe = safeUrl(url);
    return safe ? `[${label}](${safe})` : label;
}
/** A Markdown table; cells are Markdown already (use `code`/`escapeText`). */
function table(header, rows, align) {
    const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(sep), ...rows.map(line)].join('\n');
}
/** Tables longer than this fold into a collapsed section. */
const FOLD_ROWS = 15;
/** A folded section; `summary` is Markdown already. */
function details(summary, body) {
    return `${openDetails(summary)}\n${body}\n\n${CLOSE_DETAILS}`;
}
/** The first line of details() (a blank line must follow), for renderers that write lines. */
function openDetails(summary) {
    return `<details><summary>${summary}</summary>\n`;
}
const CLOSE_DETAILS = '</details>';
/** A table in the open when short; when long, folded under its row count (`40 datasets`). */
function foldedTable(header, rows, noun, align) {
    const text = table(header, rows, align);
    return rows.length > FOLD_ROWS ? details(plural(rows.length, noun), text) : text;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** A digest cell of a table: short, in a code span; a warning when there is none. */
function digestCell(d) {
    const s = shortDigest(d);
    return s ? code(s) : '⚠ none';
}
function datasetDigestCell(ds) {
    const s = shortDigest(ds.digest);
    return ds.unpinned || !s ? '⚠ unpinned' : code(s);
}
/** A rule's result in Markdown: never ✅ for a rule that was not evaluated. */
function ruleMark(status) {
    return status === 'passed' ? '✅' : status === 'failed' ? '❌' : '➖ not evaluated';
}
/**
 * Untrusted text inside a quoted Mermaid label (`id["…"]`). Everything but letters, digits,
 * spaces and `. , : / + = -` becomes a Mermaid entity (`#34;`), so a quote, a bracket, `<`,
 * `%%`, a backtick, Markdown, `@` or a newline cannot end the label, open a directive or a
 * `click` line, become HTML, mention anyone, or close the ```mermaid fence around it.
 */
function mermaidText(text, max = 60) {
    return [...truncate(oneLine(text), max)]
        .map((c) => (/^[A-Za-z0-9 .,:/+=-]$/.test(c) ? c : `#${c.codePointAt(0)};`))
        .join('');
}
/** A Mermaid diagram as a fenced block GitHub renders; its text holds no backtick. */
function mermaidBlock(diagram) {
    if (diagram.includes('`'))
        throw new Error('a Mermaid diagram must not hold a backtick');
    return `\`\`\`mermaid\n${diagram}\n\`\`\``;
}


/***/ }),

/***/ 40326:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ inputList),
/* harmony export */   KD: () => (/* binding */ inputLines),
/* harmony export */   eN: () => (/* binding */ actionEdge),
/* harmony export */   uA: () => (/* binding */ cliEdge),
/* harmony export */   wd: () => (/* binding */ absolutePaths),
/* harmony export */   ys: () => (/* binding */ absolute),
/* harmony export */   zg: () => (/* binding */ flagList)
/* harmony export */ });
/* harmony import */ var _collect_lists_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11117);
// What every request builder needs from its entry point: where relative paths are read from
// (the action: GITHUB_WORKSPACE; the CLI: the current directory) and where a notice goes.
// The action's multi-line inputs are split into items here, once; the CLI has arrays already.
// Errors name the input by its name, which is also its flag's (`model`, `--model`).

/** Absolute against the edge's base, the rest as typed (fromBase); '' stays ''. */
const absolute = (edge, p) => (0,_collect_lists_js__WEBPACK_IMPORTED_MODULE_0__/* .fromBase */ .sr)(edge.base, p);
/** Each item trimmed and made absolute; blank items dropped. */
const absolutePaths = (edge, items) => items
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => absolute(edge, p));
/** Non-blank lines of a multi-line action input, trimmed; `#` starts a comment line. */
function inputLines(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/**
 * Items of a newline- or comma-separated action input. A comma inside `{...}` belongs to a
 * brace glob (`out/{a,b}.bin`) and does not split. `\,` is a comma that is part of a name
 * (`out/a\,b.bin` names the file `a,b.bin`): outside braces the backslash is dropped, as a
 * comma there is literal to a glob too; inside braces it is kept, for the glob reads `\,`
 * as a literal comma of one alternative. Other `\` escapes are kept for the glob.
 */
function inputList(raw) {
    const out = [];
    for (const line of inputLines(raw)) {
        let depth = 0;
        let item = '';
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (c === '\\' && i + 1 < line.length) {
                const next = line[++i];
                item += next === ',' && depth === 0 ? ',' : c + next;
            }
            else if (c === ',' && depth === 0) {
                out.push(item);
                item = '';
            }
            else {
                if (c === '{')
                    depth++;
                else if (c === '}' && depth > 0)
                    depth--;
                item += c;
            }
        }
        out.push(item);
    }
    return out.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}
/** The action's edge: relative paths against the workspace. */
const actionEdge = (workspace, notice) => ({
    base: workspace,
    notice,
});
/** The command line's edge: relative paths against the current directory. */
const cliEdge = (notice) => ({ base: process.cwd(), notice });
/** A parseArgs value as the list of its items: a repeated flag, one given once, or none. */
function flagList(v) {
    if (Array.isArray(v))
        return v.map(String);
    return typeof v === 'string' ? [v] : [];
}


/***/ }),

/***/ 76452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ signWithKey),
/* harmony export */   fg: () => (/* binding */ loadPublicKey),
/* harmony export */   nD: () => (/* binding */ loadKeyMaterial)
/* harmony export */ });
/* unused harmony exports keyHash, loadPrivateKey, loadSigningCertificate, loadCertificateChain */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15179);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19715);
/* harmony import */ var _statement_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94589);
// Signing with a key instead of a Sigstore certificate, for machines without OIDC (clusters,
// air-gapped hosts): EC P-256, P-384 or P-521 (OMS §4.2), a DSSE bundle whose verification
// material is the public key's hint, as model_signing's `sign key` writes it. The key is read
// from a PEM file; an encrypted one is opened with a passphrase from the environment, never a
// flag. Nothing here logs or returns the private key.






const CURVE_NAMES = 'EC P-256, P-384 or P-521';
/** The EC key's hash, or an input error naming the key and what it is. */
function keyHash(key, input, path) {
    const hash = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .curveHash */ ._K)(key);
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (!hash)
        throw (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .keyError */ .a9)(input, path, `is a ${key.asymmetricKeyType}${curve ? ` ${curve}` : ''} key, not ${CURVE_NAMES}`, `give an ${CURVE_NAMES} key (e.g. openssl ecparam -name prime256v1 -genkey -noout -out key.pem)`);
    return hash;
}
/** A private key from a PEM file; `passphrase` for an encrypted one. */
async function loadPrivateKey(path, passphrase) {
    const input = 'private-key';
    let pem;
    try {
        pem = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    }
    catch (e) {
        throw (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .keyError */ .a9)(input, path, `cannot be read: ${e.message}`, 'check the path of the PEM key', e);
    }
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(passphrase ? { key: pem, passphrase } : { key: pem });
    }
    catch (e) {
        const encrypted = /ENCRYPTED/.test(pem.toString('latin1'));
        throw (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .keyError */ .a9)(input, path, encrypted ? 'is encrypted and could not be opened' : 'is not a PEM private key', encrypted
            ? 'set TRAINING_PROVENANCE_KEY_PASSPHRASE to its passphrase (never pass it as a flag)'
            : `give a PEM ${CURVE_NAMES} private key`, e);
    }
    keyHash(key, input, path);
    return key;
}
/** A public key from a PEM file (a certificate's key is not taken: give the key itself). */
async function loadPublicKey(path, input = 'public-key') {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path));
    }
    catch (e) {
        throw (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .keyError */ .a9)(input, path, `is not a PEM public key: ${e.message}`, `give the ${CURVE_NAMES} public key in PEM`, e);
    }
    keyHash(key, input, path);
    return key;
}
function keySigner(privateKey, certificatePem) {
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    const hash = keyHash(privateKey, 'private-key', 'the key');
    return {
        sign: async (data) => ({
            signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(hash, data, privateKey),
            key: certificatePem
                ? { $case: 'x509Certificate', certificate: certificatePem }
                : {
                    $case: 'publicKey',
                    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
                    hint: (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .keyHint */ .p4)(publicKey),
                },
        }),
    };
}
/**
 * The signing certificate's PEM, which must hold the private key's public half, and the
 * certificates after it in the same file: the chain that issued it (leaf first, as cosign's
 * --certificate-chain file).
 */
async function loadSigningCertificate(path, privateKey) {
    const input = 'signing-cert';
    const [pem, ...rest] = await (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .readPemCertificates */ .$p)(path, input, 'give the signing certificate in PEM');
    const certKey = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
    const own = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey).export({ type: 'spki', format: 'der' });
    if (!certKey.equals(own))
        throw (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .keyError */ .a9)(input, path, 'is not the certificate of the private key given', 'give the certificate issued for --private-key');
    return { pem: pem, issuers: rest.map((p) => ({ pem: p, path })) };
}
/**
 * The certificates that issued the signing certificate (those after it in its file, then the
 * files given, each may hold several), ordered from the leaf's issuer up: each must have issued
 * the one before it.
 */
async function loadCertificateChain(paths, leafPem, inline = []) {
    const given = [...inline];
    for (const path of paths)
        for (const pem of await (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .readPemCertificates */ .$p)(path, 'cert-chain', 'give the chain in PEM'))
            given.push({ pem, path });
    const chain = [];
    for (const { pem, path } of given) {
        const child = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(chain.at(-1) ?? leafPem);
        const parent = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
        if (!child.checkIssued(parent) || !child.verify(parent.publicKey))
            throw (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .keyError */ .a9)(inline.some((i) => i.path === path) ? 'signing-cert' : 'cert-chain', path, `'${parent.subject.replace(/\n/g, ', ')}' did not issue '${child.subject.replace(/\n/g, ', ')}'`, 'give the chain in order after the signing certificate, from its issuer up to (at most) the root');
        chain.push(pem);
    }
    return chain;
}
/**
 * The key, certificate and chain named, each checked before anything is read from the model;
 * undefined when no key is named. (A certificate without its key cannot be asked for: the
 * request builder, src/request/key.ts, refuses it.)
 */
async function loadKeyMaterial(files, passphrase) {
    if (!files)
        return undefined;
    const { privateKey: keyPath, signingCert, certChain } = files;
    const privateKey = await loadPrivateKey(keyPath, passphrase);
    if (!signingCert)
        return { privateKey };
    const leaf = await loadSigningCertificate(signingCert, privateKey);
    return {
        privateKey,
        certificatePem: leaf.pem,
        certificateChain: await loadCertificateChain(certChain, leaf.pem, leaf.issuers),
    };
}
/**
 * A DSSE bundle of `payload` (an in-toto statement) signed with the key: no log, no timestamp.
 * With a certificate and its chain, the bundle carries them all: an X.509 chain, which the bundle
 * format has only up to version 0.2. A model signature (`modelSignature`) carries the chain
 * (the leaf alone when none is given) in a bundle v0.3, the only shape model_signing's `verify
 * certificate` reads.
 */
async function signWithKey(payload, key, { modelSignature = false } = {}) {
    const { privateKey, certificatePem, certificateChain: chain = [] } = key;
    const signer = keySigner(privateKey, certificatePem);
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_3__/* .DSSEBundleBuilder */ .VV({ signer, witnesses: [] });
    const bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__.bundleToJSON)(await builder.create({ data: payload, type: _statement_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4 }));
    if (!certificatePem || (chain.length === 0 && !modelSignature))
        return bundle;
    const der = (pem) => ({ rawBytes: new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem).raw.toString('base64') });
    const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
    return {
        ...bundle,
        mediaType: modelSignature ? _sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__.BUNDLE_V03_MEDIA_TYPE : _sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__.BUNDLE_V02_MEDIA_TYPE,
        verificationMaterial: {
            x509CertificateChain: { certificates: [certificatePem, ...chain].map(der) },
            tlogEntries,
            timestampVerificationData,
        },
    };
}


/***/ }),

/***/ 66613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ signStatement),
  K: () => (/* binding */ signStatements)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/src/sign/one-certificate.js
// One Fulcio certificate for every statement of a run. attest signs two statements with the
// same identity; asking Fulcio twice would double its share of the cost and give the two
// bundles different keys for no gain. The ephemeral key lives only in this object, and
// the certificate (valid ten minutes) is only reused within one attest.

/** An in-memory P-256 key, as @sigstore/sign's own ephemeral signer makes. */
class EphemeralKey {
    privateKey;
    publicKeyPem;
    constructor() {
        const pair = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
        this.privateKey = pair.privateKey;
        this.publicKeyPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    }
    async sign(data) {
        return {
            signature: (0,external_node_crypto_.sign)('sha256', data, this.privateKey),
            key: { $case: 'publicKey', publicKey: this.publicKeyPem },
        };
    }
}
/**
 * Signs with `key`; the first call goes through `certifying` (a FulcioSigner over the same
 * key), later ones reuse the certificate it returned. Concurrent calls wait for that first
 * certificate, and fail with it.
 */
class OneCertificateSigner {
    certifying;
    key;
    certificate;
    constructor(certifying, key) {
        this.certifying = certifying;
        this.key = key;
    }
    async sign(data) {
        if (!this.certificate) {
            const first = this.certifying.sign(data);
            this.certificate = first.then((s) => {
                if (s.key.$case !== 'x509Certificate')
                    throw new Error('Fulcio returned no certificate');
                return s.key.certificate;
            });
            // The first caller gets the failure itself; later ones, if any, get it through here.
            this.certificate.catch(() => { });
            return first;
        }
        const certificate = await this.certificate;
        const { signature } = await this.key.sign(data);
        return { signature, key: { $case: 'x509Certificate', certificate } };
    }
}

// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(53053);
// EXTERNAL MODULE: ./build/src/net/retry.js
var retry = __webpack_require__(56683);
;// CONCATENATED MODULE: ./build/src/sign/retry.js
// Retries around the Sigstore services (Fulcio, Rekor, TSA). @sigstore/sign can retry by
// itself, but it waits on its own schedule and never reads `retry-after`, so a rate-limited
// job would spend its retries while still being told to wait. Its own retries are turned off
// (sign.ts) and each service call is wrapped here instead: the same bounded policy as the
// GitHub API calls (src/net/retry.ts), with the server's `retry-after` honoured up to a cap.
//
// @sigstore/sign's errors carry the HTTP status but not the headers. The headers are read
// from Node's `http.client.response.finish` diagnostics channel, which every http(s) request
// in the process publishes to, keyed by the service's host.


const SIGN_RETRY = {
    retries: 3,
    baseDelayMs: 500,
    maxDelayMs: 5_000,
    retryAfterCapMs: 30_000,
};
const RESPONSE_CHANNEL = 'http.client.response.finish';
/** The last answer each host gave while signing: its status and `retry-after`, if any. */
class ResponseLog {
    last = new Map();
    listener = (message) => {
        const { request, response } = message;
        const host = String(request?.getHeader?.('host') ?? request?.host ?? '').toLowerCase();
        if (!host || typeof response?.statusCode !== 'number')
            return;
        const ra = response.headers?.['retry-after'];
        this.last.set(host, {
            status: response.statusCode,
            retryAfter: (Array.isArray(ra) ? ra[0] : ra) ?? null,
        });
    };
    start() {
        (0,external_node_diagnostics_channel_.subscribe)(RESPONSE_CHANNEL, this.listener);
        return this;
    }
    stop() {
        (0,external_node_diagnostics_channel_.unsubscribe)(RESPONSE_CHANNEL, this.listener);
    }
    /** The `retry-after` of the host's last answer, when that answer had this status. */
    retryAfter(host, status) {
        const r = this.last.get(host.toLowerCase());
        return r && r.status === status ? r.retryAfter : null;
    }
}
/** What went wrong in one call to a service, from @sigstore/sign's error and the response log. */
function classifySigstoreError(e, host, responses) {
    const cause = e?.cause ?? e;
    const status = cause?.statusCode;
    if (typeof status === 'number')
        return { status, retryAfter: responses.retryAfter(host, status) };
    // make-fetch-happen rejects with a FetchError for resets, refusals and its own timeout.
    const fetchError = cause;
    if (fetchError?.name === 'FetchError') {
        const detail = fetchError.type === 'request-timeout'
            ? 'timed out'
            : typeof fetchError.code === 'string' && fetchError.code !== 'FETCH_ERROR'
                ? fetchError.code
                : undefined;
        return { network: true, detail };
    }
    // Anything else (a refused token, a malformed answer) would fail the same way again.
    return {};
}
/** One call to the service at `url`, retried under the context's policy. */
function retryCall(service, url, ctx) {
    const host = new URL(url).host;
    return (call) => (0,retry/* withRetry */.bD)(`${service} at ${url}`, call, (e) => classifySigstoreError(e, host, ctx.responses), {
        policy: ctx.policy,
        log: ctx.log,
    });
}
function retryingSigner(inner, service, url, ctx) {
    const retried = retryCall(service, url, ctx);
    return { sign: (data) => retried(() => inner.sign(data)) };
}
function retryingWitness(inner, service, url, ctx) {
    const retried = retryCall(service, url, ctx);
    return { testify: (content, publicKey) => retried(() => inner.testify(content, publicKey)) };
}

// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
;// CONCATENATED MODULE: ./build/src/sign/sign.js
// Keyless signing of a statement as a DSSE envelope in a Sigstore bundle v0.3.
// The cryptography, the Fulcio/Rekor/TSA protocols and the bundle layout are
// @sigstore/sign's; this module chooses the witnesses, bounds retries and time (retry.ts),
// and turns a failure into one line that names the service and its URL.






async function signStatement(payload, opts) {
    const [result] = await signStatements([payload], opts);
    return result;
}
/**
 * Signs each payload as its own bundle, all under one Fulcio certificate and at once: Rekor
 * and the TSA are asked in parallel, Fulcio once. Results are in payload order; if any
 * signing fails, the whole call fails, so a run never keeps one signed statement of two.
 */
async function signStatements(payloads, opts) {
    const { endpoints } = opts;
    // @sigstore/sign's own retries are off: each service call is retried around it (retry.ts),
    // on a schedule that honours retry-after.
    const fetchOptions = { timeout: opts.timeoutMs ?? 30_000, retry: 0 };
    const responses = new ResponseLog();
    const ctx = {
        policy: { ...SIGN_RETRY, ...opts.retry },
        responses,
        log: opts.log,
    };
    const key = new EphemeralKey();
    const signer = new OneCertificateSigner(retryingSigner(new sign_dist/* FulcioSigner */.$o({
        identityProvider: { getToken: async () => opts.token },
        fulcioBaseURL: endpoints.fulcioUrl,
        keyHolder: key,
        ...fetchOptions,
    }), 'fulcio', endpoints.fulcioUrl, ctx), key);
    const builder = new sign_dist/* DSSEBundleBuilder */.VV({
        signer,
        witnesses: witnesses(endpoints, fetchOptions, ctx),
        certificateChain: false,
    });
    responses.start();
    try {
        const bundles = await Promise.all(payloads.map((data) => builder.create({ data, type: layout/* IN_TOTO_PAYLOAD_TYPE */.T4 })));
        return bundles.map(toResult);
    }
    catch (e) {
        throw signingError(e, endpoints, opts.token);
    }
    finally {
        responses.stop();
    }
}
function witnesses(endpoints, fetchOptions, ctx) {
    const out = [];
    if (endpoints.rekorUrl) {
        const rekor = new sign_dist/* RekorWitness */.fU({
            rekorBaseURL: endpoints.rekorUrl,
            entryType: 'dsse',
            fetchOnConflict: true,
            ...fetchOptions,
        });
        out.push(retryingWitness(rekor, 'rekor', endpoints.rekorUrl, ctx));
    }
    if (endpoints.tsaUrl) {
        const tsa = new sign_dist/* TSAWitness */.gs({ tsaBaseURL: endpoints.tsaUrl, ...fetchOptions });
        out.push(retryingWitness(tsa, 'tsa', endpoints.tsaUrl, ctx));
    }
    return out;
}
function toResult(bundle) {
    const json = (0,dist.bundleToJSON)(bundle);
    const vm = json.verificationMaterial;
    const rawCert = vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes ?? '';
    return {
        bundle: json,
        logIndex: vm.tlogEntries?.[0]?.logIndex,
        certificatePem: toPem(rawCert),
    };
}
function toPem(base64Der) {
    const lines = base64Der.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
const SERVICE_OF_CODE = {
    CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'fulcio',
    TLOG_CREATE_ENTRY_ERROR: 'rekor',
    TLOG_FETCH_ENTRY_ERROR: 'rekor',
    TSA_CREATE_TIMESTAMP_ERROR: 'tsa',
    IDENTITY_TOKEN_READ_ERROR: 'oidc',
    IDENTITY_TOKEN_PARSE_ERROR: 'oidc',
};
function signingError(e, endpoints, token) {
    const err = e;
    const service = err.code ? SERVICE_OF_CODE[err.code] : undefined;
    const url = service === 'fulcio'
        ? endpoints.fulcioUrl
        : service === 'rekor'
            ? endpoints.rekorUrl
            : service === 'tsa'
                ? endpoints.tsaUrl
                : undefined;
    const detail = [err.message, err.cause?.message].filter(Boolean).join(': ');
    const where = service && url ? `${service} at ${url}` : `the ${endpoints.instance} Sigstore instance`;
    // A service may echo the request; the token must not reach a log through an error text.
    const safe = detail.split(token).join('***');
    return new errors/* ProvenanceError */.CG('SERVICE_FAILED', `signing failed at ${where}: ${safe}`, {
        input: 'sigstore',
        value: endpoints.instance,
        fix: service === 'fulcio'
            ? 'check that the OIDC token is for this instance (audience sigstore) and that the service is reachable; re-run the job'
            : 'the service did not answer after retries: re-run the job, or check the endpoint URL',
        cause: e,
    });
}


/***/ }),

/***/ 69490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ readBaseModel),
/* harmony export */   b: () => (/* binding */ BASE_MODEL_ROLE),
/* harmony export */   ue: () => (/* binding */ baseModelDependency),
/* harmony export */   x6: () => (/* binding */ BASES_DIR)
/* harmony export */ });
/* unused harmony exports BASE_MODEL_KINDS, BASE_EVIDENCE_KINDS */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4715);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94589);
// A base model in the training record: one `resolvedDependencies` entry with role `base-model`
// (docs/buildtype.md, "Base models"). The one writer and the one reader of that entry, so attest,
// verify's chain walk, the BOM and the lineage view read the same fields the same way.


const BASE_MODEL_ROLE = 'base-model';
const BASE_MODEL_KINDS = [
    'local-directory',
    'local-file',
    'hf-cache',
    'reference',
];
const BASE_EVIDENCE_KINDS = [
    'training-record',
    'build-provenance',
    'ml-bom',
    'model-signature',
];
/** Where attest copies a base's evidence, relative to output-dir: `bases/NAME/`. */
const BASES_DIR = 'bases';
/** The `base-model` dependency of one base: keys in a fixed order, absent fields left out. */
function baseModelDependency(b) {
    const annotations = { [_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLE_KEY */ .$b]: BASE_MODEL_ROLE, kind: b.kind };
    if (b.files !== undefined)
        annotations.files = b.files;
    if (b.bytes !== undefined)
        annotations.bytes = b.bytes;
    if (b.listing !== undefined)
        annotations.listing = b.listing;
    if (b.license !== undefined)
        annotations.license = b.license;
    annotations.evidence = b.evidence.map((e) => ({
        kind: e.kind,
        path: e.path,
        digest: { sha256: e.sha256 },
        signer: { ...e.signer },
    }));
    return {
        name: b.name,
        ...(b.uri !== undefined ? { uri: b.uri } : {}),
        ...(b.sha256 !== undefined ? { digest: { sha256: b.sha256 } } : {}),
        annotations,
    };
}
const str = (v) => (typeof v === 'string' ? v : undefined);
const int = (v) => (Number.isInteger(v) ? v : undefined);
/**
 * One `base-model` entry (the `index`-th of its record), read tolerantly: unknown fields are left
 * out. statement/read.ts reads every record's entries with it (ProvenanceView.baseModels). Evidence without a known kind, path or
 * digest is left out: the walk then finds no evidence for the base and says so.
 */
function readBaseModel(rd, index) {
    const a = rd.annotations ?? {};
    const kind = str(a.kind);
    const out = {
        name: str(rd.name) || str(rd.uri) || `base ${index + 1}`,
        kind: kind && BASE_MODEL_KINDS.includes(kind) ? kind : 'reference',
        evidence: Array.isArray(a.evidence) ? a.evidence.flatMap(readEvidence) : [],
    };
    if (rd.uri !== undefined)
        out.uri = rd.uri;
    const sha256 = str(rd.digest?.sha256);
    if (sha256)
        out.sha256 = sha256.toLowerCase();
    const files = int(a.files);
    const bytes = int(a.bytes);
    if (files !== undefined)
        out.files = files;
    if (bytes !== undefined)
        out.bytes = bytes;
    if (str(a.listing) !== undefined)
        out.listing = str(a.listing);
    if (str(a.license) !== undefined)
        out.license = str(a.license);
    return out;
}
function readEvidence(e) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(e))
        return [];
    const kind = str(e.kind);
    const path = str(e.path);
    const sha256 = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(e.digest) ? str(e.digest.sha256)?.toLowerCase() : undefined;
    if (!kind || !BASE_EVIDENCE_KINDS.includes(kind) || !path || !sha256)
        return [];
    const s = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(e.signer) ? e.signer : {};
    const signerKind = str(s.kind);
    const signer = {
        kind: signerKind === 'key' || signerKind === 'pki' ? signerKind : 'keyless',
    };
    for (const k of ['identity', 'issuer', 'keyHint']) {
        const v = str(s[k]);
        if (v !== undefined)
            signer[k] = v;
    }
    return [{ kind, path, sha256, signer }];
}


/***/ }),

/***/ 94589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ ROLE_KEY),
/* harmony export */   CX: () => (/* binding */ DATASET_ANNOTATION_KEYS),
/* harmony export */   GC: () => (/* binding */ LOCAL_BUILDER_ID),
/* harmony export */   JA: () => (/* binding */ INTERPRETER_NAME),
/* harmony export */   Kl: () => (/* binding */ GITHUB_WORKFLOW_BUILD_TYPE),
/* harmony export */   Kp: () => (/* binding */ impliedDatasetPath),
/* harmony export */   NX: () => (/* binding */ normalizePackageName),
/* harmony export */   PZ: () => (/* binding */ STATEMENT_TYPE_V01),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Y7: () => (/* binding */ OUTPUT_FILES),
/* harmony export */   aA: () => (/* binding */ INTERNAL_KEY),
/* harmony export */   kn: () => (/* binding */ ML_BOM_FILE),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   lS: () => (/* binding */ readsAsProvenance),
/* harmony export */   mK: () => (/* binding */ BUILD_TYPE),
/* harmony export */   n9: () => (/* binding */ RUNNER_FIELDS),
/* harmony export */   nv: () => (/* binding */ CYCLONEDX_PREDICATE_TYPE),
/* harmony export */   qh: () => (/* binding */ statementRole),
/* harmony export */   sw: () => (/* binding */ TRAINING_PREDICATE_TYPE),
/* harmony export */   uY: () => (/* binding */ ACCELERATOR_STRING_FIELDS),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1),
/* harmony export */   x7: () => (/* binding */ GITHUB_WORKFLOW_BUILD_TYPES),
/* harmony export */   zG: () => (/* binding */ STATEMENT_TYPE)
/* harmony export */ });
// The layout of our provenance: the one place that names our buildType, the role
// markers on resolvedDependencies, and the keys we add. Writers (build.ts) and readers
// (read.ts, verify, policy, review) import these names instead of spelling strings.
/** The DSSE payload type of an in-toto Statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The pre-v1 in-toto Statement type: still read (npm's early provenance), never written. */
const STATEMENT_TYPE_V01 = 'https://in-toto.io/Statement/v0.1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** Our buildType: a documented superset of GitHub's workflow buildType (docs/buildtype.md). */
const BUILD_TYPE = 'https://training-provenance.github.io/buildtypes/training/v1';
/** GitHub's workflow buildType, whose fields ours keeps unchanged. */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/**
 * Every URI under which GitHub's workflow buildType has been published: the current one
 * (actions/attest), the spec repository's own spelling, and the SLSA-framework one that
 * npm provenance carries. They share one field layout, which read.ts understands.
 */
const GITHUB_WORKFLOW_BUILD_TYPES = [
    GITHUB_WORKFLOW_BUILD_TYPE,
    'https://github.com/actions/buildtypes/workflow/v1',
    'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
];
const TOOL_NAME = 'training-provenance';
/** Annotation key on every resolvedDependency/byproduct/subject we write, saying what it is. */
const ROLE_KEY = 'role';
/** Key under internalParameters for what GitHub's buildType has no place for. */
const INTERNAL_KEY = 'training_provenance';
/**
 * Annotation keys we write on a dataset dependency. A dataset's own annotations (from a
 * datasets file) sit beside them; on a clash ours win, so a user annotation cannot
 * relabel a dataset's role or pinning.
 */
const DATASET_ANNOTATION_KEYS = [
    ROLE_KEY,
    'kind',
    'unpinned',
    'path',
    'files',
    'bytes',
    'license',
    'license_declared',
    'split',
    'commitment',
];
/** The accelerator facts that are one string each, as the statement records them. */
const ACCELERATOR_STRING_FIELDS = [
    'cuda',
    'cudaSource',
    'cudnn',
    'cudnnSource',
    'rocm',
    'driverVersion',
];
/** The runner facts (all strings) the statement records, in the order it writes them. */
const RUNNER_FIELDS = [
    'os',
    'arch',
    'name',
    'environment',
    'imageOs',
    'imageVersion',
];
/** Name and purl of the interpreter dependency (role "interpreter"). */
const INTERPRETER_NAME = 'python';
/**
 * The workspace-relative path a local dataset's `file:` URI names (`file:data/val` →
 * `data/val`). The writer records a separate `path` annotation only when this does not
 * give the dataset's path back; the reader falls back on it.
 */
function impliedDatasetPath(kind, uri) {
    if (kind !== 'local-file' && kind !== 'local-directory' && kind !== 'digest-list')
        return undefined;
    if (!uri.startsWith('file:') || uri.startsWith('file://'))
        return undefined;
    try {
        return decodeURIComponent(uri.slice('file:'.length));
    }
    catch {
        return undefined;
    }
}
/**
 * The training record's predicate type: a URI we own, so GitHub's attestations API stores it
 * as a custom predicate (it validates only SLSA provenance). Schema: docs/training-v1.schema.json.
 */
const TRAINING_PREDICATE_TYPE = 'https://training-provenance.github.io/predicates/training/v1';
/** SLSA provenance, or our training record laid out as it: both read into a ProvenanceView. */
function readsAsProvenance(predicateType) {
    return predicateType === SLSA_PROVENANCE_V1 || predicateType === TRAINING_PREDICATE_TYPE;
}
/** builder.id of a run outside any CI: the tool on a host, which no certificate vouches for. */
const LOCAL_BUILDER_ID = 'https://training-provenance.github.io/builders/local/v1';
/** CycloneDX's predicate type, as actions/attest-sbom stores a BOM. */
const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
/** The files attest writes into output-dir, per statement. Readers find siblings by these names. */
const OUTPUT_FILES = {
    'build-provenance': {
        statement: 'provenance.intoto.json',
        bundle: 'provenance.sigstore.json',
    },
    'training-record': {
        statement: 'training.intoto.json',
        bundle: 'training.sigstore.json',
    },
    'ml-bom': {
        statement: 'training.cdx.intoto.json',
        bundle: 'training.cdx.sigstore.json',
    },
};
/** The CycloneDX document itself, beside the statement that carries it. */
const ML_BOM_FILE = 'training.cdx.json';
/**
 * The role of a statement by its types. 0.1 wrote the training record as SLSA provenance
 * with our buildType: it still reads as the training record.
 */
function statementRole(predicateType, buildType) {
    if (predicateType === TRAINING_PREDICATE_TYPE)
        return 'training-record';
    if (predicateType !== SLSA_PROVENANCE_V1)
        return undefined;
    return buildType === BUILD_TYPE ? 'training-record' : 'build-provenance';
}
/**
 * PEP 503 name normalisation, the one every module uses: surrounding space dropped, lower
 * case, runs of `-`, `_`, `.` become one `-`. (Two copies once differed on the trim, so a name
 * could match in the policy and not in the review.)
 */
function normalizePackageName(name) {
    return name
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, '-');
}


/***/ }),

/***/ 69453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x2: () => (/* binding */ parseStatementPayload),
  Ch: () => (/* binding */ readProvenance),
  Km: () => (/* binding */ readSubjects)
});

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/statement/base-model.js
var base_model = __webpack_require__(69490);
// EXTERNAL MODULE: ./build/src/json.js
var json = __webpack_require__(4715);
;// CONCATENATED MODULE: ./build/src/statement/read-fields.js


const DATASET_KINDS = [
    'local-file',
    'local-directory',
    'digest-list',
    'manifest',
    'reference',
    'dvc',
];
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : undefined;
}
function obj(v) {
    return (0,json/* isObject */.G)(v) ? v : {};
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}
/**
 * The fields whose value could be read (not undefined), in the order given: how every reader
 * leaves out what it did not understand instead of recording it as undefined.
 */
function defined(fields) {
    return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}
function readDigest(v) {
    if (!(0,json/* isObject */.G)(v))
        return undefined;
    const out = {};
    for (const [alg, hex] of Object.entries(v))
        if (typeof hex === 'string')
            out[alg] = hex;
    return out;
}
/** Keeps the ResourceDescriptor fields with the types the spec gives them; drops the rest. */
function readDescriptor(v) {
    const o = obj(v);
    const rd = defined({
        name: str(o.name),
        uri: str(o.uri),
        digest: readDigest(o.digest),
        content: str(o.content),
        downloadLocation: str(o.downloadLocation),
        mediaType: str(o.mediaType),
    });
    if ((0,json/* isObject */.G)(o.annotations))
        rd.annotations = { ...o.annotations };
    return rd;
}
function roleOf(rd) {
    return str(rd.annotations?.[layout/* ROLE_KEY */.$b]);
}
/** The descriptor as its writer meant it, without the role marker we add. */
function withoutRole(rd) {
    if (!rd.annotations || !(layout/* ROLE_KEY */.$b in rd.annotations))
        return rd;
    const rest = { ...rd.annotations };
    delete rest[layout/* ROLE_KEY */.$b];
    const out = { ...rd };
    if (Object.keys(rest).length > 0)
        out.annotations = rest;
    else
        delete out.annotations;
    return out;
}
function readDataset(rd) {
    const a = rd.annotations ?? {};
    const kindValue = str(a.kind);
    const kind = DATASET_KINDS.includes(kindValue)
        ? kindValue
        : 'reference';
    const digest = rd.digest ?? {};
    const hasDigest = Object.keys(digest).length > 0;
    const uri = rd.uri ?? '';
    const ds = {
        name: rd.name ?? uri,
        kind,
        uri,
        digest,
        // A dataset without a digest is unpinned whatever its annotation says.
        unpinned: !hasDigest || a.unpinned === true,
        ...defined({
            path: str(a.path) ?? (0,layout/* impliedDatasetPath */.Kp)(kind, uri),
            fileCount: num(a.files),
            totalBytes: num(a.bytes),
            license: str(a.license),
            licenseDeclared: str(a.license_declared),
            split: str(a.split),
            commitment: readCommitment(a.commitment),
        }),
    };
    const own = {};
    for (const [k, v] of Object.entries(a)) {
        if (!layout/* DATASET_ANNOTATION_KEYS */.CX.includes(k))
            own[k] = v;
    }
    if (Object.keys(own).length > 0)
        ds.annotations = own;
    return ds;
}
/** A commitment as recorded: scheme, 64-hex root and a leaf count; anything else reads as none. */
function readCommitment(v) {
    if (!(0,json/* isObject */.G)(v))
        return undefined;
    const { scheme, root, leaves } = v;
    if (typeof scheme !== 'string' || typeof root !== 'string' || !/^[0-9a-f]{64}$/.test(root))
        return undefined;
    if (typeof leaves !== 'number' || !Number.isSafeInteger(leaves) || leaves < 0)
        return undefined;
    return { scheme, root, leaves };
}
/** The version a purl carries after its last `@` (before any qualifiers), decoded. */
function versionFromPurl(purl) {
    if (!purl)
        return undefined;
    const at = purl.lastIndexOf('@');
    if (at < 0)
        return undefined;
    const version = purl.slice(at + 1).split(/[?#]/)[0] ?? '';
    try {
        return decodeURIComponent(version);
    }
    catch {
        return version;
    }
}
function readPackage(rd) {
    return {
        name: rd.name ?? '',
        version: str(rd.annotations?.version) ?? versionFromPurl(rd.uri) ?? '',
        purl: rd.uri ?? '',
    };
}
function readAccelerator(v) {
    const o = obj(v);
    return {
        ...stringFields(o, layout/* ACCELERATOR_STRING_FIELDS */.uY),
        ...defined({ gpus: strings(o.gpus), notes: strings(o.notes) }),
    };
}
function stringFields(v, keys) {
    const o = obj(v);
    const out = {};
    for (const key of keys) {
        const s = str(o[key]);
        if (s !== undefined)
            out[key] = s;
    }
    return out;
}
function isEmpty(o) {
    return Object.keys(o).length === 0;
}
/**
 * Recovers the workflow identity from the fields GitHub's buildType defines, by undoing
 * the way they are composed (see build.ts): repository = server + owner/repo, builder.id
 * = server + job_workflow_ref, invocationId = server/repo/actions/runs/ID/attempts/N.
 */

;// CONCATENATED MODULE: ./build/src/statement/read.js
// Turns a signed Statement's JSON into the typed ProvenanceView that verify, policy,
// inspect, diff and review read. Tolerant of what other writers leave out (GitHub's
// workflow provenance, npm provenance: no datasets, no packages → empty lists), strict
// about what it cannot interpret (another Statement _type or predicateType).





const READABLE_STATEMENT_TYPES = [layout/* STATEMENT_TYPE */.zG, layout/* STATEMENT_TYPE_V01 */.PZ];
function invalid(message, value, fix) {
    return new errors/* ProvenanceError */.CG('BUNDLE_INVALID', message, { input: 'bundle', value, fix });
}
/**
 * Parses a DSSE payload (the Statement's JSON bytes) and checks its outer layer: an
 * object with an in-toto Statement `_type` we read and a `subject` list.
 */
function parseStatementPayload(payload) {
    const text = typeof payload === 'string' ? payload : new TextDecoder().decode(payload);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* ProvenanceError */.CG('BUNDLE_INVALID', 'the DSSE payload is not JSON', {
            input: 'bundle',
            fix: 'check that the bundle holds an in-toto Statement (payloadType application/vnd.in-toto+json)',
            cause: e,
        });
    }
    return checkEnvelope(parsed);
}
function checkEnvelope(statement) {
    if (!(0,json/* isObject */.G)(statement)) {
        throw invalid('the statement is not a JSON object', undefined, 'pass an in-toto Statement');
    }
    const type = statement._type;
    if (typeof type !== 'string' || !READABLE_STATEMENT_TYPES.includes(type)) {
        throw invalid(`unsupported statement _type '${(0,json/* preview */.V)(type)}'`, (0,json/* preview */.V)(type), `expected ${layout/* STATEMENT_TYPE */.zG} (or ${layout/* STATEMENT_TYPE_V01 */.PZ})`);
    }
    if (!Array.isArray(statement.subject)) {
        throw invalid('the statement has no subject list', undefined, 'pass an in-toto Statement');
    }
    return {
        _type: type,
        subject: statement.subject.map(readDescriptor),
        predicateType: str(statement.predicateType) ?? '',
        predicate: statement.predicate,
    };
}
/** The subjects of any in-toto Statement we can read, whatever its predicate. */
function readSubjects(statement) {
    return checkEnvelope(statement).subject;
}
function familyOf(buildType) {
    if (buildType === layout/* BUILD_TYPE */.mK)
        return 'training';
    if (buildType !== undefined && layout/* GITHUB_WORKFLOW_BUILD_TYPES */.x7.includes(buildType)) {
        return 'github-workflow';
    }
    return 'other';
}
function recoverIdentity(view) {
    const id = {};
    if (view.identitySource)
        id.source = view.identitySource;
    const repoUrl = view.workflow?.repository;
    if (repoUrl) {
        try {
            const u = new URL(repoUrl);
            id.serverUrl = u.origin;
            id.repository = u.pathname.replace(/^\/+/, '').replace(/\/+$/, '');
            id.repositoryOwner = id.repository.split('/')[0];
        }
        catch {
            // Not a URL: leave server and repository unknown rather than guess.
        }
    }
    const g = view.github ?? {};
    if (g.repository_id !== undefined)
        id.repositoryId = g.repository_id;
    if (g.repository_owner_id !== undefined)
        id.repositoryOwnerId = g.repository_owner_id;
    if (g.event_name !== undefined)
        id.eventName = g.event_name;
    if (g.runner_environment !== undefined)
        id.runnerEnvironment = g.runner_environment;
    if (view.workflow?.ref !== undefined)
        id.ref = view.workflow.ref;
    if (view.source?.gitCommit !== undefined)
        id.sha = view.source.gitCommit;
    if (view.workflow?.path !== undefined)
        id.workflowPath = view.workflow.path;
    if (id.repository && id.workflowPath && id.ref) {
        id.workflowRef = `${id.repository}/${id.workflowPath}@${id.ref}`;
    }
    // Only a builder.id of the form <server>/OWNER/REPO/PATH@REF names a workflow: npm's
    // provenance, for one, writes https://github.com/actions/runner/github-hosted.
    if (view.builderId && id.serverUrl && view.builderId.startsWith(`${id.serverUrl}/`)) {
        const rest = view.builderId.slice(id.serverUrl.length + 1);
        if (/^[^/@]+\/[^/@]+\/.+@.+$/.test(rest))
            id.jobWorkflowRef = rest;
    }
    const run = /\/actions\/runs\/([^/]+)\/attempts\/([^/]+)$/.exec(view.invocationId ?? '');
    if (run) {
        id.runId = run[1];
        id.runAttempt = run[2];
    }
    return id;
}
/**
 * Reads the training record (or a SLSA Provenance v1 Statement, laid out alike) into the view. Refuses (BUNDLE_INVALID) a
 * Statement whose `_type` or `predicateType` it does not understand; everything inside
 * the predicate is optional, so GitHub's and npm's provenance read with empty lists.
 */
function readProvenance(statement) {
    const env = checkEnvelope(statement);
    if (env.predicateType !== layout/* SLSA_PROVENANCE_V1 */.us && env.predicateType !== layout/* TRAINING_PREDICATE_TYPE */.sw) {
        throw invalid(`unsupported predicateType ${JSON.stringify(env.predicateType)}`, env.predicateType, `expected the training record (${layout/* TRAINING_PREDICATE_TYPE */.sw}) or SLSA provenance (${layout/* SLSA_PROVENANCE_V1 */.us})`);
    }
    const predicate = obj(env.predicate);
    const def = obj(predicate.buildDefinition);
    const runDetails = obj(predicate.runDetails);
    const ours = obj(obj(def.internalParameters)[layout/* INTERNAL_KEY */.aA]);
    const buildType = str(def.buildType);
    const view = {
        statementType: env._type,
        predicateType: env.predicateType,
        buildTypeFamily: familyOf(buildType),
        subjects: env.subject,
        identity: {},
        datasets: [],
        packages: [],
        accelerator: readAccelerator(ours.accelerator),
        requirements: [],
        byproducts: arr(runDetails.byproducts).map(readDescriptor).map(withoutRole),
        baseModels: [],
        otherDependencies: [],
    };
    if (buildType !== undefined)
        view.buildType = buildType;
    readParameters(view, obj(def.externalParameters), obj(def.internalParameters));
    arr(def.resolvedDependencies)
        .map(readDescriptor)
        .forEach((rd, index) => readDependency(view, rd, index));
    readRunDetails(view, obj(runDetails.builder), obj(runDetails.metadata));
    readOurs(view, ours);
    view.identity = recoverIdentity(view);
    return view;
}
/** GitHub's workflow fields and the training parameters. */
function readParameters(view, external, internal) {
    const workflow = stringFields(external.workflow, ['ref', 'repository', 'path']);
    if (!isEmpty(workflow))
        view.workflow = workflow;
    const github = stringFields(internal.github, [
        'event_name',
        'repository_id',
        'repository_owner_id',
        'runner_environment',
    ]);
    // The spec's first draft put runner_environment among the external parameters.
    const legacyRunner = str(external.runner_environment);
    if (github.runner_environment === undefined && legacyRunner !== undefined) {
        github.runner_environment = legacyRunner;
    }
    if (!isEmpty(github))
        view.github = github;
    if ((0,json/* isObject */.G)(external.parameters))
        view.parameters = external.parameters;
    if ((0,json/* isObject */.G)(external.parametersSource)) {
        view.parametersSource = readDescriptor(external.parametersSource);
    }
}
/** One resolved dependency, sorted by its role: source, dataset, package, requirements, ... */
function readDependency(view, rd, index) {
    const role = roleOf(rd);
    const isSource = role === 'source' || (role === undefined && index === 0 && rd.uri?.startsWith('git+'));
    if (isSource && view.source === undefined && rd.uri !== undefined) {
        view.source = { uri: rd.uri };
        const commit = rd.digest?.gitCommit;
        if (commit !== undefined)
            view.source.gitCommit = commit;
        return;
    }
    if (role === 'dataset')
        view.datasets.push(readDataset(rd));
    else if (role === 'python-package')
        view.packages.push(readPackage(rd));
    else if (role === base_model/* BASE_MODEL_ROLE */.b)
        view.baseModels.push((0,base_model/* readBaseModel */.B_)(rd, view.baseModels.length));
    else if (role === 'requirements')
        view.requirements.push(withoutRole(rd));
    else if (role === 'interpreter')
        view.pythonVersion ??= str(rd.annotations?.version) ?? versionFromPurl(rd.uri);
    else
        view.otherDependencies.push(rd);
}
function readRunDetails(view, builder, metadata) {
    const builderId = str(builder.id);
    if (builderId !== undefined)
        view.builderId = builderId;
    if ((0,json/* isObject */.G)(builder.version)) {
        const version = stringFields(builder.version, Object.keys(builder.version));
        if (!isEmpty(version))
            view.builderVersion = version;
    }
    Object.assign(view, stringFields(metadata, ['invocationId', 'startedOn', 'finishedOn']));
}
/** Our own internal parameters: how the identity was taken, Python, the OS and the runner. */
/** `local` of a run outside any CI: the host, and what git said. */
function readLocalRun(v) {
    if (!(0,json/* isObject */.G)(v) || typeof v.host !== 'string')
        return undefined;
    const run = { host: v.host };
    if ((0,json/* isObject */.G)(v.oidc) && typeof v.oidc.issuer === 'string' && typeof v.oidc.subject === 'string')
        run.oidc = { issuer: v.oidc.issuer, subject: v.oidc.subject };
    if ((0,json/* isObject */.G)(v.git)) {
        const g = stringFields(v.git, ['remote', 'commit', 'branch']);
        run.git = { ...g, dirty: v.git.dirty !== false };
    }
    return run;
}
function readOurs(view, ours) {
    const identitySource = str(ours.identitySource);
    if (identitySource === 'oidc-token' ||
        identitySource === 'environment' ||
        identitySource === 'local') {
        view.identitySource = identitySource;
    }
    const local = readLocalRun(ours.local);
    if (local)
        view.local = local;
    if ((0,json/* isObject */.G)(ours.python) && typeof ours.python.present === 'boolean') {
        view.pythonPresent = ours.python.present;
        Object.assign(view, defined({
            pythonVersion: str(ours.python.version),
            pythonExecutable: str(ours.python.executable),
            pythonReason: str(ours.python.reason),
            pythonNotes: strings(ours.python.notes),
        }));
    }
    const os = stringFields(ours.os, ['platform', 'release', 'arch']);
    if (!isEmpty(os))
        view.os = os;
    const runner = stringFields(ours.runner, layout/* RUNNER_FIELDS */.n9);
    if (!isEmpty(runner))
        view.runner = runner;
}


/***/ }),

/***/ 7216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zs: () => (/* binding */ writeStreamAtomic),
/* harmony export */   gG: () => (/* binding */ streamSink)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27406);
// Files we write are written whole or not at all: a reader (or a later step) never sees
// half a statement or half a bundle, even when the job is cancelled mid-write.





async function writeFileAtomic(path, data, input = 'output-dir') {
    const tmp = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, data, { mode: 0o644 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true }).catch(() => { });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('STORAGE_FAILED', `cannot write ${path}: ${e.message}`, {
            input,
            value: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path),
            fix: 'choose a writable output-dir (the default is $RUNNER_TEMP/training-provenance)',
            cause: e,
        });
    }
}
const SINK_BATCH = 256 * 1024;
/**
 * A sink over a Node stream: lines are gathered into writes of about 256 KiB, and a write waits
 * for 'drain' when the stream asks to. Waiting line by line would tie hashing to the disk's
 * round trips (a million lines, a million waits).
 */
function streamSink(stream) {
    let pending = [];
    let size = 0;
    const write = (text) => new Promise((resolve, reject) => {
        const ok = stream.write(text, (e) => (e ? reject(e) : undefined));
        if (ok)
            resolve();
        else
            stream.once('drain', resolve);
    });
    const flush = async () => {
        if (pending.length === 0)
            return;
        const text = pending.join('');
        pending = [];
        size = 0;
        await write(text);
    };
    const sink = async (text) => {
        pending.push(text);
        size += text.length;
        if (size >= SINK_BATCH)
            await flush();
    };
    return Object.assign(sink, { flush });
}
/**
 * Writes a file that is produced piece by piece (a manifest of a million lines) whole or not at
 * all: into a temporary file beside it, renamed over `path` when `fill` has written everything.
 */
async function writeStreamAtomic(path, fill, input = 'output') {
    const tmp = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(tmp, { mode: 0o644 });
    const closed = new Promise((resolve, reject) => {
        stream.on('close', resolve);
        stream.on('error', reject);
    });
    try {
        const sink = streamSink(stream);
        const result = await fill(sink);
        await sink.flush();
        stream.end();
        await closed;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, path);
        return result;
    }
    catch (e) {
        stream.destroy();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true }).catch(() => { });
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('STORAGE_FAILED', `cannot write ${path}: ${e.message}`, {
            input,
            value: path,
            fix: 'choose a writable path',
            cause: e,
        });
    }
}


/***/ }),

/***/ 35886:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ MAX_BUNDLE_FILE_BYTES),
/* harmony export */   EU: () => (/* binding */ bundlesOfBytes),
/* harmony export */   GA: () => (/* binding */ readBundleBytes),
/* harmony export */   Gm: () => (/* binding */ isLoadedBundle),
/* harmony export */   QN: () => (/* binding */ parseBundle),
/* harmony export */   SH: () => (/* binding */ isStatement),
/* harmony export */   TK: () => (/* binding */ isRejected),
/* harmony export */   wg: () => (/* binding */ collectBundles),
/* harmony export */   zi: () => (/* binding */ readBundleFile)
/* harmony export */ });
/* unused harmony exports ACCEPTED_BUNDLE_MEDIA_TYPES, MAX_BUNDLE_BYTES, toCandidate */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27406);
/* harmony import */ var _input_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7108);
/* harmony import */ var _oms_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11833);
// Reading Sigstore bundles: files (.sigstore.json, .json, .jsonl with one bundle a line)
// or objects from the attestations API. Anything that is not a DSSE bundle of a known media
// type is refused with a reason, per bundle, never with a crash; a file that holds no bundle
// at all (not JSON, not an object, no media type) is the wrong file: bad input, thrown.







const ACCEPTED_BUNDLE_MEDIA_TYPES = [
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json',
];
/** One bundle may be at most this large. */
const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;
/** A bundle file (a .jsonl holds many) may be at most this large. */
const MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024;
function isRejected(c) {
    return 'error' in c;
}
const FIELD_HINTS = {
    mediaType: 'media type',
    content: 'a DSSE envelope or message signature',
    verificationMaterial: 'verification material (certificate, transparency log entries)',
    'verificationMaterial.content': 'the signing certificate',
    'verificationMaterial.tlogEntries': 'the transparency log entry list',
    'verificationMaterial.content.$case': 'a certificate chain, which a bundle v0.3 carries only as an OpenSSF model signature',
};
function invalid(source, message, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `${source}: ${message}`, {
        input: 'bundle',
        value: source,
        fix: 'pass a Sigstore bundle as written by `attest` (provenance.sigstore.json), actions/attest or `gh attestation download`',
        cause,
    });
}
/**
 * Why a JSON document is not a Sigstore bundle at all (not an object, no media type); undefined
 * when it has a bundle's frame. A file of such documents is the wrong file: bad input.
 */
function notABundle(json) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return 'is not a JSON object';
    if (typeof json.mediaType !== 'string')
        return 'has no mediaType: not a Sigstore bundle';
    return undefined;
}
/** Check and parse one bundle object. Throws ProvenanceError BUNDLE_INVALID with the reason. */
function parseBundle(json, source) {
    const notOne = notABundle(json);
    if (notOne)
        throw invalid(source, notOne);
    const mediaType = json.mediaType;
    if (!ACCEPTED_BUNDLE_MEDIA_TYPES.includes(mediaType)) {
        throw invalid(source, `has media type '${mediaType}'; accepted: ${ACCEPTED_BUNDLE_MEDIA_TYPES.join(', ')}`);
    }
    let bundle;
    try {
        bundle = modelSignatureWithChain(json) ?? (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(json);
    }
    catch (e) {
        const fields = e.fields;
        if (Array.isArray(fields) && fields.length > 0) {
            const named = fields.map((f) => `${String(f)}${FIELD_HINTS[String(f)] ? ` (${FIELD_HINTS[String(f)]})` : ''}`);
            throw invalid(source, `is missing or has empty fields: ${named.join(', ')}`, e);
        }
        throw invalid(source, `is malformed: ${e.message}`, e);
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw invalid(source, 'signs a message digest, not a DSSE envelope: it carries no in-toto statement');
    }
    checkLogTimes(bundle, source);
    const vm = bundle.verificationMaterial.content;
    let rawCert;
    if (vm.$case === 'certificate')
        rawCert = vm.certificate.rawBytes;
    else if (vm.$case === 'x509CertificateChain')
        rawCert = vm.x509CertificateChain.certificates[0]?.rawBytes;
    else
        return {
            source,
            json: json,
            bundle: bundle,
            publicKeyHint: vm.publicKey.hint,
        };
    let certificate;
    try {
        certificate = _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.X509Certificate.parse(Buffer.from(rawCert ?? []));
        // @sigstore/core reads a certificate's parts lazily: a DER that is no certificate (an empty
        // SEQUENCE) parses, and throws only when read. Read the parts every stage uses, here.
        void [certificate.issuer, certificate.subject, certificate.notBefore, certificate.notAfter];
        void certificate.extensions;
    }
    catch (e) {
        throw invalid(source, `has an unreadable signing certificate: ${e.message}`, e);
    }
    return {
        source,
        json: json,
        bundle: bundle,
        certificate,
    };
}
/**
 * A bundle v0.3 carrying an X.509 chain whose statement is an OpenSSF model signature, checked
 * as @sigstore/bundle checks v0.2 (every field, no chain rule); undefined for any other bundle.
 * model_signing's `sign certificate` writes this shape and the OMS specification's own vector
 * has it, though the bundle specification keeps the chain to v0.1/0.2. Other statements in that
 * shape (provenance) stay refused by @sigstore/bundle.
 */
function modelSignatureWithChain(json) {
    const bundle = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.Bundle.fromJSON(json);
    if (bundle.verificationMaterial?.content?.$case !== 'x509CertificateChain' ||
        bundle.mediaType === _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.BUNDLE_V01_MEDIA_TYPE ||
        bundle.content?.$case !== 'dsseEnvelope')
        return undefined;
    let predicateType;
    try {
        predicateType = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8')).predicateType;
    }
    catch {
        return undefined;
    }
    if (predicateType !== _oms_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OMS_PREDICATE_TYPE */ .hC && predicateType !== _oms_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .OMS_PREDICATE_TYPE_V02 */ .E6)
        return undefined;
    (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.assertBundleV02)(bundle);
    return bundle;
}
/** Seconds since 1970 that a Date holds: a log entry's time is shown and compared as one. */
function checkLogTimes(bundle, source) {
    for (const [i, e] of bundle.verificationMaterial.tlogEntries.entries()) {
        const t = e.integratedTime;
        if (!/^\d{1,15}$/.test(t) || Number.isNaN(new Date(Number(t) * 1000).getTime()))
            throw invalid(source, `has a transparency log entry (#${i + 1}) whose integratedTime '${t}' is not a time in seconds since 1970`);
    }
}
/** Parse without throwing: a rejected bundle keeps its reason. */
function toCandidate(json, source) {
    try {
        return parseBundle(json, source);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG)
            return { source, error: e };
        return { source, error: invalid(source, `cannot be read: ${e.message}`, e) };
    }
}
function parseJsonText(text, source) {
    if (Buffer.byteLength(text) > MAX_BUNDLE_BYTES) {
        return {
            source,
            error: invalid(source, `is larger than ${MAX_BUNDLE_BYTES} bytes; a bundle is a few kilobytes`),
        };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        const error = invalid(source, `is not valid JSON: ${e.message}`, e);
        return { source, error, notABundle: true };
    }
    const notOne = notABundle(json);
    return notOne
        ? { source, error: invalid(source, notOne), notABundle: true }
        : toCandidate(json, source);
}
/**
 * Read every bundle of a file. `.jsonl` holds one bundle a line; any other file holds one
 * bundle, or (when it does not parse as one JSON document) one a line.
 * Throws when the file cannot be read, is too large, or holds no bundle at all.
 */
async function readBundleFile(path) {
    return bundlesOfBytes(await readBundleBytes(path), path);
}
/** The bytes of a bundle file, under a bundle file's limits (for a reader that also hashes them). */
function readBundleBytes(path) {
    return (0,_input_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputBytes */ .aN)(path, {
        input: 'bundle',
        what: 'bundle',
        fix: 'check the path; bundles are .sigstore.json, .json or .jsonl files',
        maxBytes: MAX_BUNDLE_FILE_BYTES,
        tooLarge: (size) => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `bundle file ${path} is ${size} bytes, more than ${MAX_BUNDLE_FILE_BYTES}`, {
            input: 'bundle',
            value: path,
            fix: 'pass the bundle file itself, not an archive or a model',
        }),
    });
}
/** Every bundle of a bundle file's bytes (see readBundleFile); `path` names it in messages. */
function bundlesOfBytes(bytes, path) {
    const text = (0,_input_file_js__WEBPACK_IMPORTED_MODULE_5__/* .inputText */ .AN)(bytes);
    const lines = () => text
        .split('\n')
        .map((l, i) => ({ l, n: i + 1 }))
        .filter(({ l }) => l.trim() !== '');
    // A file that holds no JSON at all is the wrong file, not a forged bundle: bad input (exit 2).
    if (text.trim() === '')
        throw invalid(path, 'is empty');
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(path) === '.jsonl')
        return everyLine(lines(), path);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        if (lines().length > 1)
            return everyLine(lines(), path);
        throw invalid(path, `is not JSON: ${e.message}`, e);
    }
    refuseWrongDocument(doc, path);
    return [parseJsonText(text, path)];
}
/** A statement, or JSON without a bundle's frame: the wrong file (bad input), thrown. */
function refuseWrongDocument(doc, path) {
    if (isStatement(doc)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ProvenanceError */ .CG('BUNDLE_INVALID', `${path} is an unsigned in-toto statement, not a bundle`, {
            input: 'bundle',
            value: path,
            fix: 'verify needs the signed bundle attest wrote beside it (.sigstore.json); `inspect` shows a statement',
        });
    }
    const notOne = notABundle(doc);
    if (notOne)
        throw invalid(path, notOne);
}
/** One bundle a line; a file none of whose lines is JSON is the wrong file. */
function everyLine(ls, path) {
    const found = ls.map(({ l, n }) => parseJsonText(l, `${path}:${n}`));
    if (found.length === 0)
        throw invalid(path, 'holds no bundle');
    const notJson = (c) => isRejected(c) && /is not valid JSON/.test(c.error.message);
    if (found.every(notJson))
        throw invalid(path, 'holds no JSON line: not a .jsonl of bundles');
    if (found.every((c) => isRejected(c) && c.notABundle))
        throw invalid(path, 'holds no bundle: no line is a JSON object with a mediaType');
    return found;
}
function isStatement(doc) {
    return (typeof doc === 'object' &&
        doc !== null &&
        typeof doc._type === 'string' &&
        doc._type.startsWith('https://in-toto.io/Statement/'));
}
/**
 * Bundles given as file paths, bundle JSON objects, labelled objects (`{source, bundle}`,
 * as lookupAttestations returns) or already-parsed bundles; in order.
 */
async function collectBundles(inputs) {
    const out = [];
    let n = 0;
    for (const input of inputs) {
        n++;
        if (typeof input === 'string')
            out.push(...(await readBundleFile(input)));
        else if (isLoadedBundle(input))
            out.push(input);
        else if (isLabelled(input))
            out.push(toCandidate(input.bundle, input.source));
        else
            out.push(toCandidate(input, `bundle #${n}`));
    }
    return out;
}
function isLabelled(x) {
    return (typeof x === 'object' &&
        x !== null &&
        !('mediaType' in x) &&
        typeof x.source === 'string' &&
        typeof x.bundle === 'object');
}
/** A bundle already parsed by parseBundle: keyless, or signed with a key (no certificate). */
function isLoadedBundle(x) {
    return typeof x === 'object' && x !== null && 'json' in x && 'bundle' in x && 'source' in x;
}


/***/ }),

/***/ 75933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sl: () => (/* binding */ checkCarriedCertificate),
/* harmony export */   TH: () => (/* binding */ loadAnchors)
/* harmony export */ });
/* unused harmony exports leafProblem, chainProblem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83917);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19715);
/* harmony import */ var _key_signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25527);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9610);
// A signing certificate from the user's own PKI (model_signing's `sign certificate`, attest
// --signing-cert): valid now (such bundles carry no trusted timestamp), allowed to sign, and
// chained through CA certificates to an anchor the verifier gives (--cert-chain).





/** The anchors in the PEM files given (each may hold several). */
async function loadAnchors(paths) {
    const fix = 'give the PEM certificates of the trust anchors (the root, and intermediates if the bundle lacks them)';
    const out = [];
    for (const path of paths)
        for (const pem of await (0,_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .readPemCertificates */ .$p)(path, 'cert-chain', fix))
            out.push(_sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(pem));
    return out;
}
function leafProblem(leaf, now) {
    if (now < leaf.notBefore || now > leaf.notAfter)
        return `the signing certificate is valid from ${leaf.notBefore.toISOString()} to ${leaf.notAfter.toISOString()}, not now`;
    const usage = leaf.extKeyUsage;
    if (usage && !usage.digitalSignature)
        return 'the signing certificate does not allow digital signatures (key usage)';
    return undefined;
}
/** Up from the leaf through CA certificates that signed each, until an anchor is reached. */
function chainProblem(leaf, pool, anchors) {
    const isAnchor = (c) => anchors.some((a) => a.equals(c));
    let cur = leaf;
    for (let depth = 0; depth < 10; depth++) {
        if (isAnchor(cur))
            return undefined;
        const issuer = pool.find((c) => c.isCA && (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .issuedBy */ .T1)(cur, c));
        if (!issuer)
            break;
        if (issuer.equals(cur))
            break;
        cur = issuer;
    }
    return 'the signing certificate does not chain to an anchor given (--cert-chain)';
}
/**
 * A bundle's certificate (with the chain it carries) checked against the anchors: the leaf valid
 * now and allowed to sign, chained to an anchor, its key the one that signed the envelope.
 */
function checkCarriedCertificate(b, anchors, now) {
    const vm = b.bundle.verificationMaterial.content;
    const carried = vm.$case === 'x509CertificateChain'
        ? vm.x509CertificateChain.certificates.map((c) => _sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(Buffer.from(c.rawBytes)))
        : vm.$case === 'certificate'
            ? [_sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(Buffer.from(vm.certificate.rawBytes))]
            : [];
    const leaf = carried[0];
    if (!leaf)
        return { problem: 'the bundle carries no certificate: it is signed with a key' };
    const problem = leafProblem(leaf, now) ?? chainProblem(leaf, [...carried.slice(1), ...anchors], anchors);
    if (problem)
        return { problem };
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: leaf.publicKey, format: 'der', type: 'spki' });
    if (!(0,_key_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .dsseSignatureVerifies */ .j)(b.bundle.content.dsseEnvelope, key))
        return { problem: "the signature does not verify with its certificate's key" };
    return { leaf };
}


/***/ }),

/***/ 49626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ withPrefix),
/* harmony export */   TH: () => (/* binding */ compareContent),
/* harmony export */   Ze: () => (/* binding */ differenceLines),
/* harmony export */   g7: () => (/* binding */ describeDifferences),
/* harmony export */   mr: () => (/* binding */ noDifferences)
/* harmony export */ });
/* harmony import */ var _hash_oms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61791);
// The one comparison of a signed list of files (names and digests) with the files on disk, and
// the words every report uses for what differs: added, removed, renamed, changed. Pure: the
// callers hash. A name is compared as its exact string: the NFC and NFD spellings of one name
// are two names, as they are two files to the file system and to whoever loads the model.

const noDifferences = (d) => d.added.length + d.removed.length + d.renamed.length + d.changed.length === 0;
/** Pairs each removed name with the first added one of the same digest, both in path order. */
function pairRenames(removed, added, want, have) {
    // Added names by digest, each list in path order, taken from the front: linear, however many
    // files moved or share one content.
    const byDigest = new Map();
    for (const a of added) {
        const d = have.get(a);
        const q = byDigest.get(d);
        if (q)
            q.names.push(a);
        else
            byDigest.set(d, { names: [a], next: 0 });
    }
    const renamed = [];
    for (const from of removed) {
        const q = byDigest.get(want.get(from));
        if (q && q.next < q.names.length)
            renamed.push({ from, to: q.names[q.next++] });
    }
    const moved = new Set(renamed.map((r) => r.from));
    const taken = new Set(renamed.map((r) => r.to));
    return {
        renamed,
        removed: removed.filter((n) => !moved.has(n)),
        added: added.filter((n) => !taken.has(n)),
    };
}
/** The signed list against the disk: every name added, removed, renamed or changed. */
function compareContent(signed, onDisk) {
    const want = new Map(signed.map((f) => [f.name, f.digest.toLowerCase()]));
    const have = new Map(onDisk.map((f) => [f.name, f.digest.toLowerCase()]));
    const changed = [];
    for (const [name, digest] of want) {
        const actual = have.get(name);
        if (actual !== undefined && actual !== digest)
            changed.push({ name, signed: digest, actual });
    }
    changed.sort((a, b) => (0,_hash_oms_js__WEBPACK_IMPORTED_MODULE_0__/* .compareOmsPaths */ .xH)(a.name, b.name));
    const removed = [...want.keys()].filter((n) => !have.has(n)).sort(_hash_oms_js__WEBPACK_IMPORTED_MODULE_0__/* .compareOmsPaths */ .xH);
    const added = [...have.keys()].filter((n) => !want.has(n)).sort(_hash_oms_js__WEBPACK_IMPORTED_MODULE_0__/* .compareOmsPaths */ .xH);
    return { ...pairRenames(removed, added, want, have), changed };
}
/** Two names that differ only in their Unicode normalization look alike: say so. */
function spelling(from, to) {
    if (from.normalize('NFC') !== to.normalize('NFC'))
        return '';
    const form = (s) => s === s.normalize('NFC') ? 'NFC' : s === s.normalize('NFD') ? 'NFD' : 'mixed';
    return ` (the same name spelt ${form(from)} then ${form(to)}: '${escape(from)}' → '${escape(to)}')`;
}
const escape = (s) => s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** The same differences with `prefix` joined to every name (a directory's path in the workspace). */
function withPrefix(d, prefix) {
    const p = (n) => `${prefix}${n}`;
    return {
        added: d.added.map(p),
        removed: d.removed.map(p),
        renamed: d.renamed.map((r) => ({ from: p(r.from), to: p(r.to) })),
        changed: d.changed.map((c) => ({ ...c, name: p(c.name) })),
    };
}
/** Each difference in the words every report uses: renamed, removed, added, changed. */
function differenceLines(d) {
    const line = (kind, name, text = `${kind} ${name}`) => ({
        kind,
        name,
        line: text,
    });
    return [
        ...d.renamed.map((r) => line('renamed', r.to, `renamed ${r.from} → ${r.to}${spelling(r.from, r.to)}`)),
        ...d.removed.map((n) => line('removed', n)),
        ...d.added.map((n) => line('added', n)),
        ...d.changed.map((c) => line('changed', c.name)),
    ];
}
const describeDifferences = (d) => differenceLines(d).map((l) => l.line);


/***/ }),

/***/ 90316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ directoryNames),
/* harmony export */   P9: () => (/* binding */ unsignedDirectory),
/* harmony export */   Rl: () => (/* binding */ checkDirectoryContent)
/* harmony export */ });
/* harmony import */ var _collect_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85768);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33018);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49626);
// A model directory against its signed subject. The OMS root binds contents and order but no
// names, so the names are bound too, by what the statement gives: the per-file subjects under
// the directory (compared with the disk by the one content comparison, content.ts), else the
// listing digest the training record carries (hash/listing.ts). A directory with neither (the
// build provenance of more than 1,024 files alone) has its names unbound: the pipeline refuses
// that unless a training record of the same run binds them.



/**
 * The names that are directories: a model-directory subject, or a name with signed names under
 * it (the build provenance drops roles). Linear in the subjects, whatever a statement holds;
 * their names normalized by the caller.
 */
function directoryNames(subjects) {
    const out = new Set();
    for (const s of subjects) {
        if (s.name === undefined)
            continue;
        const n = s.name;
        if (s.annotations?.role === 'model-directory')
            out.add(n);
        for (const a of (0,_collect_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .ancestors */ .T1)(n))
            out.add(a);
    }
    return out;
}
/**
 * The per-file subjects under `dir` (names relative to it); nested directory subjects left out.
 * Subject names are normalized by the caller (subjects.ts).
 */
function signedFilesUnder(dir, subjects) {
    const prefix = dir === '.' ? '' : `${dir}/`;
    const named = subjects
        .filter((s) => s.name !== undefined && typeof s.digest?.sha256 === 'string')
        .map((s) => ({ s, n: s.name }));
    const dirs = directoryNames(subjects);
    return named
        .filter(({ n }) => n.startsWith(prefix) && n !== dir)
        .filter(({ n }) => !dirs.has(n))
        .map(({ s, n }) => ({ name: n.slice(prefix.length), digest: s.digest.sha256 }));
}
/** The recorded listing digest against the disk's, when the subject records one. */
function listingCheck(subject, dir) {
    const recorded = subject.annotations?.listing;
    if (typeof recorded !== 'string')
        return undefined;
    const actual = (0,_hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .listingDigest */ .pL)(dir.files);
    return {
        mismatch: actual === recorded.toLowerCase() ? undefined : [recorded, actual],
    };
}
/** The names bound by the per-file subjects and by the listing digest, each that is given. */
function bindNames(signedName, subject, dir, subjects) {
    const prefix = signedName === '.' ? '' : `${signedName}/`;
    const signed = signedFilesUnder(signedName, subjects);
    const listing = listingCheck(subject, dir);
    if (signed.length === 0)
        return {
            names: listing ? 'listing' : 'unbound',
            listing: listing?.mismatch,
            checked: [],
            gone: [],
        };
    const files = (0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .compareContent */ .TH)(signed, dir.files.map((f) => ({ name: f.relPath, digest: f.sha256 })));
    const gone = new Set([...files.removed, ...files.renamed.map((r) => r.from)]);
    return {
        names: 'listed',
        files,
        // Both given: both must hold (a record whose list and listing disagree is refused).
        listing: listing?.mismatch,
        checked: signed.filter((f) => !gone.has(f.name)).map((f) => `${prefix}${f.name}`),
        gone: [...gone].map((n) => `${prefix}${n}`),
    };
}
/** The directory `name` on disk against `subject` (found by its name, or by its root digest). */
function checkDirectoryContent(name, subject, dir, subjects) {
    const signedName = subject.name ?? name;
    const actual = `sha256:${dir.root}`;
    const base = { name, kind: 'directory', subject: subject.name, actual };
    const expectedHex = subject.digest?.sha256?.toLowerCase();
    if (!expectedHex)
        return {
            ...base,
            ok: false,
            checked: [],
            reason: `subject '${subject.name}' carries no sha256 (OMS root) digest`,
        };
    const b = bindNames(signedName, subject, dir, subjects);
    const files = b.files && (0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .withPrefix */ .Fe)(b.files, name === '.' ? '' : `${name}/`);
    const differences = files ? (0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDifferences */ .g7)(files) : [];
    if (b.listing)
        differences.push(`its file names or contents differ from the signed listing ${b.listing[0]} (on disk ${b.listing[1]})${b.files ? '' : '; the record lists no files to name which'}`);
    const rootOk = expectedHex === dir.root;
    const ok = rootOk && differences.length === 0;
    const by = signedName === name ? '' : ` by subject '${signedName}'`;
    const detail = differences.length ? ` (${differences.join('; ')})` : '';
    const reason = ok
        ? `${name}/ matches its OMS root digest${by} and ${b.names === 'unbound' ? 'no signed list of' : 'the signed'} names (${dir.files.length} files)`
        : rootOk
            ? `${name}/ holds the signed contents under other names${detail}`
            : `${name}/ changed: OMS root ${dir.root} differs from the signed ${expectedHex}${detail}`;
    return {
        ...base,
        ok,
        algorithm: 'sha256',
        expected: `sha256:${expectedHex}`,
        reason,
        names: b.names,
        checked: [signedName, ...b.checked],
        gone: b.gone,
        ...(files && !(0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .noDifferences */ .mr)(files) ? { files } : {}),
    };
}
/** A directory no subject names or has the root of: what the files under its name say differs. */
function unsignedDirectory(name, dir, subjects) {
    const signed = signedFilesUnder(name, subjects);
    const files = signed.length
        ? (0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .withPrefix */ .Fe)((0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .compareContent */ .TH)(signed, dir.files.map((f) => ({ name: f.relPath, digest: f.sha256 }))), name === '.' ? '' : `${name}/`)
        : undefined;
    const detail = files ? ` (${(0,_content_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDifferences */ .g7)(files).join('; ')})` : '';
    return {
        name,
        kind: 'directory',
        ok: false,
        algorithm: 'sha256',
        actual: `sha256:${dir.root}`,
        checked: [],
        ...(files ? { files } : {}),
        reason: `${name}/ is not signed: no subject has its name or its OMS root digest ${dir.root}${detail}`,
    };
}


/***/ }),

/***/ 84038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ signsDigest)
/* harmony export */ });
/**
 * Does it sign `sha256` (lower-case hex)? A statement by one of its subjects; a model.sig by its
 * OMS root (a directory), or by the one file it lists when that file's sha256 is the digest (a
 * one-file model's root is not the file's sha256).
 */
function signsDigest(signed, sha256) {
    if (!signed.oms)
        return signed.subjects.some((d) => d.toLowerCase() === sha256);
    const { root, hashType, resources } = signed.oms;
    if (root === sha256)
        return true;
    const [only, ...more] = resources;
    return more.length === 0 && hashType === 'sha256' && only?.digest === sha256;
}


/***/ }),

/***/ 25527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ dsseSignatureVerifies)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83917);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19715);
// A key-signed DSSE bundle's signature, checked against the key given: the verifier's own
// check (only src/verify/ checks a signature), for key-signed and PKI bundles alike.



/**
 * The envelope's one signature over DSSE's pre-authentication encoding, ECDSA with the curve's
 * hash as model_signing signs (SHA-256, -384, -512 for P-256, -384, -521), or SHA-256, which is
 * what sigstore-js verifies DSSE with whatever the curve. A key of another kind verifies with
 * SHA-256 alone.
 */
function dsseSignatureVerifies(envelope, key) {
    if (envelope.signatures.length !== 1)
        return false;
    const pae = _sigstore_core__WEBPACK_IMPORTED_MODULE_1__.dsse.preAuthEncoding(envelope.payloadType, envelope.payload);
    const sig = envelope.signatures[0].sig;
    const hashes = new Set([(0,_pem_js__WEBPACK_IMPORTED_MODULE_2__/* .curveHash */ ._K)(key), 'sha256'].filter((h) => h !== undefined));
    return [...hashes].some((h) => {
        try {
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(h, pae, key, sig);
        }
        catch {
            return false;
        }
    });
}


/***/ }),

/***/ 35949:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ readSigned),
/* harmony export */   g: () => (/* binding */ checkFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33018);
/* harmony import */ var _statement_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94589);
/* harmony import */ var _oms_disk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43102);
/* harmony import */ var _oms_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34788);
/* harmony import */ var _oms_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68123);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49626);
/* harmony import */ var _violations_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83171);
// A model signature's statement read (the predicate, the resources, the serialization), and the
// model on disk re-hashed against the signed resources, the recorded ignore paths re-applied. It
// produces violations, so it is verify's: src/oms/ is the format it reads (parse, layout, disk).
// The signature itself is checked in model-signature.ts, as every bundle's is.








function readSigned(loaded) {
    const envelope = loaded.bundle.content.dsseEnvelope;
    if (envelope.payloadType !== _statement_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        return {
            kind: 'statement',
            rule: 'payloadType',
            message: `the DSSE payload type is '${envelope.payloadType}', not an in-toto statement (${_statement_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_PAYLOAD_TYPE */ .T4})`,
        };
    }
    try {
        return (0,_oms_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOmsStatement */ .q)(envelope.payload);
    }
    catch (e) {
        return (0,_violations_js__WEBPACK_IMPORTED_MODULE_7__/* .fromError */ .NQ)('statement', 'statement', e);
    }
}
/** The directory on disk against the signed resources: every changed, missing or extra file. */
async function checkFiles(signed, opts) {
    const { modelDir, kind } = opts;
    const out = {
        violations: [],
        files: { added: [], removed: [], renamed: [], changed: [] },
        ignorePaths: [],
    };
    // As model_signing verifies: git paths always, the recorded list, and the signature file
    // itself when it sits inside the model.
    const sigInside = (0,_oms_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._l)(modelDir, opts.sigPath);
    if (kind === 'directory')
        out.ignorePaths = (0,_oms_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeIgnorePaths */ .QA)([
            ..._hash_index_js__WEBPACK_IMPORTED_MODULE_1__/* .OMS_DEFAULT_IGNORES */ .ET,
            ...(signed.ignorePaths ?? []),
            ...(sigInside ? [sigInside] : []),
            ...(opts.ignorePaths ?? []).map((p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? ((0,_oms_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._l)(modelDir, p) ?? '') : p)),
        ]);
    let files;
    try {
        files = await (0,_oms_disk_js__WEBPACK_IMPORTED_MODULE_3__/* .digestsOnDisk */ .ge)(modelDir, kind, signed, out.ignorePaths, opts.cache);
    }
    catch (e) {
        return { ...out, violations: [(0,_violations_js__WEBPACK_IMPORTED_MODULE_7__/* .fromError */ .NQ)('subject', 'model', e)] };
    }
    // Unsigned files left aside: the root is the one over the files the signature lists.
    if (opts.ignoreUnsignedFiles)
        files = files.filter((f) => signed.resources.some((r) => r.name === f.relPath));
    // The directory's OMS root (what a provenance subject records); a shard signature has none.
    const inSignedOrder = (0,_oms_disk_js__WEBPACK_IMPORTED_MODULE_3__/* .rootInSignedOrder */ .gO)(signed, files);
    if (kind === 'file' && signed.method === 'files' && signed.hashType === 'sha256')
        out.fileDigest = files[0]?.digest;
    out.root = (signed.method === 'files' ? (0,_oms_disk_js__WEBPACK_IMPORTED_MODULE_3__/* .directoryRoot */ ._Q)(files) : inSignedOrder);
    out.files = (0,_content_js__WEBPACK_IMPORTED_MODULE_6__/* .compareContent */ .TH)(signed.resources, files.map((f) => ({ name: f.relPath, digest: f.digest })));
    const compared = inSignedOrder ?? out.root ?? '(none: files are missing)';
    out.violations = fileViolations(out.files, signed, compared, opts.model);
    return out;
}
const UNSIGNED_FIX = 'remove the file, or sign the model again; files the signer meant to leave out must be in its ignore paths';
/** Every file added, removed, renamed or changed, and a root that differs, each as a violation. */
function fileViolations(diff, { root: signedRoot, hashType }, root, model) {
    const out = diff.changed.map((c) => ({
        kind: 'subject',
        rule: c.name,
        message: `changed ${c.name}: its ${hashType} is ${c.actual}, the signature says ${c.signed}`,
        expected: `${hashType}:${c.signed}`,
        actual: `${hashType}:${c.actual}`,
    }));
    for (const d of (0,_content_js__WEBPACK_IMPORTED_MODULE_6__/* .differenceLines */ .Ze)({ ...diff, changed: [] })) {
        const added = d.kind === 'added';
        out.push({
            kind: 'subject',
            rule: d.name,
            message: `${d.line} in ${model}${added ? ': not signed' : ''}`,
            ...(added ? { fix: UNSIGNED_FIX } : {}),
        });
    }
    if (root !== signedRoot) {
        out.push({
            kind: 'subject',
            rule: 'root',
            message: `the OMS root digest of ${model} is ${root}, the signature's subject says ${signedRoot}`,
            expected: `sha256:${signedRoot}`,
            actual: `sha256:${root}`,
        });
    }
    return out;
}


/***/ }),

/***/ 54241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ verifySigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54187);
/* harmony import */ var _identity_certificate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52351);
/* harmony import */ var _identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51195);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19715);
/* harmony import */ var _key_signature_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25527);
/* harmony import */ var _cert_chain_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75933);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9610);
/* harmony import */ var _violations_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83171);
// The one check of who signed a bundle, as sigstore-js's Verifier.verify() reads: trusted root →
// signature (and its verified times) → identity. Every bundle verify reads goes through it: the
// build provenance, the training record, the ML-BOM and a model.sig alike; reading the statement
// is the caller's next stage. Keyless bundles are checked against a trusted root and the expected
// signer; a key-signed one against the key given, which is its whole identity; a certificate of
// the user's PKI against the anchors given. Nothing outside src/verify/ checks a signature.










const BUNDLE = { name: 'the bundle', what: 'the bundle' };
function signerMode(b, ctx, o) {
    if (o.trustGivenDecides && ctx.publicKey)
        return 'key';
    if (o.trustGivenDecides && ctx.certChain?.length)
        return 'cert-chain';
    if (!b.certificate)
        return 'key';
    return ctx.certChain?.length ? 'cert-chain' : 'keyless';
}
/**
 * The bundle's signer checked, in stages, each recorded on the attempt; whether its statement
 * may be read next (no stage stopped the bundle's way).
 */
async function verifySigner(b, a, ctx, o = BUNDLE) {
    const mode = signerMode(b, ctx, o);
    if (mode === 'keyless')
        a.signer = (0,_identity_certificate_js__WEBPACK_IMPORTED_MODULE_3__/* .signerFromCertificate */ ._H)(b.certificate);
    for (const [stage, run] of STAGES[mode]) {
        a.stage = stage;
        const r = await run(b, a, ctx, o);
        a.violations.push(...r.violations);
        if (r.stop)
            return false;
    }
    return true;
}
const trustStage = async (b, a, ctx) => {
    try {
        a.trustedRoot = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_8__/* .selectTrustedRoot */ .of)(ctx.trustedRoot, b.certificate, ctx.roots, ctx.refresh);
        return { violations: [] };
    }
    catch (e) {
        return { violations: [(0,_violations_js__WEBPACK_IMPORTED_MODULE_9__/* .fromError */ .NQ)('trusted-root', 'trusted-root', e)], stop: true };
    }
};
const signatureStage = async (b, a, _ctx, o) => {
    try {
        (0,_trust_js__WEBPACK_IMPORTED_MODULE_8__/* .createVerifier */ .$A)(a.trustedRoot).verify((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toSignedEntity */ .DC)(b.bundle));
    }
    catch (e) {
        return {
            violations: [(0,_violations_js__WEBPACK_IMPORTED_MODULE_9__/* .signatureViolation */ .QH)(e, a.trustedRoot.name, o.what, o.where)],
            stop: true,
        };
    }
    const times = bundleTimes(b);
    a.logIndex = times.logIndex;
    a.integratedTime = times.integratedTime;
    a.timestamps = times.tsa.map((t) => t.toISOString());
    if (times.tlog)
        a.signedAt = { time: times.tlog.toISOString(), source: 'transparency-log' };
    else if (times.tsa[0])
        a.signedAt = { time: times.tsa[0].toISOString(), source: 'timestamp-authority' };
    return { violations: [] };
};
const identityStage = async (_b, a, ctx) => {
    a.identity = (0,_identity_signer_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .checkIdentity */ .Z0)(a.signer, ctx.identity);
    return { violations: (0,_violations_js__WEBPACK_IMPORTED_MODULE_9__/* .identityViolations */ .ZX)(a.identity) };
};
const keySignatureStage = async (b, a, ctx, o) => {
    const hint = b.publicKeyHint || 'none';
    const fail = (message, fix) => ({
        violations: [
            { kind: 'signature', rule: 'public-key', message, ...(fix ? { fix } : {}) },
        ],
        stop: true,
    });
    if (b.certificate)
        return fail(`${o.name} is signed with a certificate, not a key`, 'verify it with --cert-identity and --cert-oidc-issuer (keyless) instead of --public-key');
    if (!ctx.publicKey)
        return fail(`${o.name} is signed with a key (hint ${hint}), not a certificate: give its public key (--public-key; action: public-key) to verify it`);
    if (!(0,_key_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .dsseSignatureVerifies */ .j)(b.bundle.content.dsseEnvelope, ctx.publicKey))
        return fail(`the signature of ${o.name} does not verify with the public key given (its key hint is ${hint}, the key given is sha256:${(0,_pem_js__WEBPACK_IMPORTED_MODULE_5__/* .keyHint */ .p4)(ctx.publicKey)})`, 'do not use this model: it was not signed with that key');
    a.signedWithKey = `the key given (hint ${(0,_pem_js__WEBPACK_IMPORTED_MODULE_5__/* .keyHint */ .p4)(ctx.publicKey)})`;
    return { violations: [] };
};
/**
 * A key or a PKI's certificate proves who holds it, not which repository or workflow ran: any
 * identity asked for (repository, signer workflow, certificate identity) is unmet, by design.
 */
const keyIdentityStage = async (b, _a, ctx) => {
    const p = ctx.identity;
    const asked = [
        p.repository && `repository ${p.repository}`,
        p.signerWorkflow && `signer workflow ${p.signerWorkflow}`,
        p.certIdentity && `certificate identity ${p.certIdentity}`,
        p.certIdentityRegex && `certificate identity matching ${p.certIdentityRegex}`,
    ].filter(Boolean);
    if (asked.length === 0)
        return { violations: [] };
    const signer = b.certificate ? 'a certificate of the anchors given' : 'a key';
    const message = `signed with ${signer}, not a CI certificate: nothing shows it was made by ${asked.join(', ')}`;
    return { violations: [{ kind: 'identity', rule: 'identity', message }] };
};
/**
 * A certificate of the user's PKI (attest --signing-cert, model_signing `sign certificate`): the
 * leaf valid now and allowed to sign, chained to an anchor given, its key the one that signed.
 */
const certChainStage = async (b, a, ctx) => {
    const checked = (0,_cert_chain_js__WEBPACK_IMPORTED_MODULE_7__/* .checkCarriedCertificate */ .Sl)(b, ctx.certChain ?? [], new Date());
    if ('problem' in checked) {
        const fix = b.certificate
            ? 'do not use this model: its signer does not chain to the anchors given'
            : 'verify a key-signed signature with --public-key';
        const v = { kind: 'signature', rule: 'cert-chain', message: checked.problem, fix };
        return { violations: [v], stop: true };
    }
    // node's X509Certificate reads the subject as text (CN=...); @sigstore/core's keeps its DER.
    const subject = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(checked.leaf.root.toDER()).subject.replace(/\n/g, ', ');
    a.signedWithKey = `a certificate of the anchors given (${subject})`;
    return { violations: [] };
};
const STAGES = {
    keyless: [
        ['trusted-root', trustStage],
        ['signature', signatureStage],
        ['signature', identityStage],
    ],
    key: [
        ['signature', keySignatureStage],
        ['signature', keyIdentityStage],
    ],
    'cert-chain': [
        ['signature', certChainStage],
        ['signature', keyIdentityStage],
    ],
};
/** Verified times: RFC 3161 timestamps (checked by the verifier) and Rekor's integrated time. */
function bundleTimes(b) {
    const vm = b.bundle.verificationMaterial;
    const entry = vm.tlogEntries[0];
    const tsa = [];
    for (const ts of vm.timestampVerificationData?.rfc3161Timestamps ?? []) {
        try {
            tsa.push(_sigstore_core__WEBPACK_IMPORTED_MODULE_1__.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)).signingTime);
        }
        catch {
            // The verifier already refused an unreadable timestamp.
        }
    }
    const integrated = entry?.integratedTime && entry.integratedTime !== '0'
        ? new Date(Number(entry.integratedTime) * 1000)
        : undefined;
    return {
        logIndex: entry?.logIndex,
        integratedTime: integrated?.toISOString(),
        // Only an entry with an inclusion promise (a signed entry timestamp) makes its time a verified one.
        tlog: entry?.inclusionPromise ? integrated : undefined,
        tsa,
    };
}


/***/ }),

/***/ 32269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ac: () => (/* binding */ DEFAULT_PREDICATE_TYPES),
  GN: () => (/* binding */ attemptBundle),
  oG: () => (/* binding */ newAttempt)
});

// UNUSED EXPORTS: predicateViolations

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/statement/layout.js
var layout = __webpack_require__(94589);
// EXTERNAL MODULE: ./build/src/statement/read.js + 1 modules
var read = __webpack_require__(69453);
// EXTERNAL MODULE: ./build/src/identity/signer-policy.js
var signer_policy = __webpack_require__(51195);
// EXTERNAL MODULE: ./build/src/verify/subjects.js + 1 modules
var verify_subjects = __webpack_require__(63897);
// EXTERNAL MODULE: ./build/src/verify/violations.js
var violations = __webpack_require__(83171);
// EXTERNAL MODULE: ./build/src/json.js
var json = __webpack_require__(4715);
// EXTERNAL MODULE: ./build/src/verify/signer.js
var signer = __webpack_require__(54241);
// EXTERNAL MODULE: ./build/src/collect/paths.js
var paths = __webpack_require__(85768);
// EXTERNAL MODULE: ./build/src/verify/directory.js
var directory = __webpack_require__(90316);
;// CONCATENATED MODULE: ./build/src/verify/coverage.js



/**
 * The signed subjects the patterns cover (and those a check matched otherwise), how many were
 * checked, and which are on disk nowhere: a missing file, or a directory with all under it.
 */
function subjectCoverage(subjects, checks, covers) {
    const normalized = subjects.map((s) => s.name === undefined ? s : { ...s, name: (0,verify_subjects/* normalizeSubjectName */.hP)(s.name) });
    const names = [...new Set(normalized.flatMap((s) => (s.name === undefined ? [] : [s.name])))];
    const dirs = (0,directory/* directoryNames */.IP)(normalized);
    const isDir = (n) => dirs.has(n);
    const checked = new Set(checks.flatMap((c) => c.checked));
    const gone = new Set(checks.flatMap((c) => c.gone ?? []));
    const covered = names.filter((n) => checked.has(n) || gone.has(n) || covers?.(n, isDir(n)));
    const lost = covered.filter((n) => !checked.has(n) && !gone.has(n));
    const lostSet = new Set(lost);
    const missing = lost
        .filter((n) => !(0,paths/* ancestors */.T1)(n).some((d) => lostSet.has(d)))
        .map((n) => (isDir(n) ? `${n}/` : n));
    return { checked: covered.filter((n) => checked.has(n)).length, signed: covered.length, missing };
}
/** The coverage for the report, and a violation for each covered subject not on disk. */
function coverageViolations(subjects, checks, covers) {
    const { missing, ...coverage } = subjectCoverage(subjects, checks, covers);
    const violations = missing.map((name) => ({
        kind: 'subject',
        rule: name,
        message: `removed ${name}: signed, and covered by the model patterns, but not on disk`,
        fix: 'restore it from the signed release; a model without it is not the one signed',
    }));
    return { coverage, violations };
}

;// CONCATENATED MODULE: ./build/src/verify/stages.js
// The checks one bundle goes through, in order, as sigstore-js's Verifier.verify() reads:
// the signer (signer.ts: trusted root → signature and timestamps → identity), then the
// statement → subjects. Each stage records what it learnt on the attempt and returns its
// violations; a stage that leaves nothing for the next to check ends the bundle's way (`stop`).









const DEFAULT_PREDICATE_TYPES = [
    layout/* SLSA_PROVENANCE_V1 */.us,
    layout/* TRAINING_PREDICATE_TYPE */.sw,
];
/** After the signer: what the statement says, and the model on disk against its subjects. */
const STATEMENT_STAGES = [
    ['statement', statementStage],
    ['complete', subjectsStage],
];
function newAttempt(source) {
    return { source, stage: 'bundle', violations: [], timestamps: [], identity: [], subjects: [] };
}
/** Runs the stages over one bundle; the attempt ends at `complete` when every stage ran. */
async function attemptBundle(b, ctx) {
    const a = newAttempt(b.source);
    if (!(await (0,signer/* verifySigner */.M)(b, a, ctx)))
        return a;
    for (const [stage, run] of STATEMENT_STAGES) {
        a.stage = stage;
        const r = await run(b, a, ctx);
        a.violations.push(...r.violations);
        if (r.stop)
            return a;
    }
    return a;
}
async function statementStage(b, a, ctx) {
    const envelope = b.bundle.content.dsseEnvelope;
    if (envelope.payloadType !== layout/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        const message = `the DSSE payload type is '${envelope.payloadType}', not an in-toto statement (${layout/* IN_TOTO_PAYLOAD_TYPE */.T4})`;
        return { violations: [{ kind: 'statement', rule: 'payloadType', message }], stop: true };
    }
    try {
        a.envelope = (0,read/* parseStatementPayload */.x2)(envelope.payload);
    }
    catch (e) {
        return { violations: [(0,violations/* fromError */.NQ)('statement', 'statement', e)], stop: true };
    }
    const wrongKind = predicateViolations(a.envelope, ctx.predicateTypes);
    a.statement = summarize(a.envelope);
    if (wrongKind.length > 0)
        return { violations: wrongKind, stop: true };
    if (!(0,layout/* readsAsProvenance */.lS)(a.envelope.predicateType))
        return { violations: [] };
    try {
        a.view = (0,read/* readProvenance */.Ch)(JSON.parse(Buffer.from(envelope.payload).toString('utf8')));
    }
    catch (e) {
        return { violations: [(0,violations/* fromError */.NQ)('statement', 'predicate', e)] };
    }
    a.role = (0,layout/* statementRole */.qh)(a.envelope.predicateType, a.view.buildType);
    a.statement = summarize(a.envelope, a.view);
    return { violations: a.signer ? statementClaims(a.view, a.signer) : [] };
}
async function subjectsStage(_b, a, ctx) {
    const env = a.envelope;
    const model = ctx.model.map((m) => (0,external_node_path_.isAbsolute)(m.path) ? m : { ...m, path: (0,external_node_path_.resolve)(ctx.workspace, m.path) });
    a.subjects = await (0,verify_subjects/* checkSubjects */.GX)(env.subject, model, ctx.cache, ctx.covers);
    const violations = a.subjects
        .filter((s) => !s.ok)
        .map((s) => ({
        kind: 'subject',
        rule: s.name,
        message: s.reason,
        expected: s.expected,
        actual: s.actual,
    }));
    // A name given two digests is refused even when no model path carries it.
    const checked = new Set(a.subjects.map((s) => s.name));
    for (const amb of (0,verify_subjects/* ambiguousSubjects */._R)(env.subject).filter((x) => !checked.has(x.name)))
        violations.push({ kind: 'subject', rule: amb.name, message: (0,verify_subjects/* describeAmbiguous */._k)(amb) });
    // Every signed subject the patterns cover must be on disk: a deleted shard is not a pass.
    const covered = coverageViolations(env.subject, a.subjects, ctx.covers);
    a.coverage = covered.coverage;
    violations.push(...covered.violations);
    return { violations };
}
function summarize(env, view) {
    return {
        predicateType: env.predicateType,
        subjects: env.subject.length,
        ...(view
            ? {
                buildType: view.buildType,
                datasets: view.datasets.length,
                packages: view.packages.length,
                builderId: view.builderId,
                invocationId: view.invocationId,
                startedOn: view.startedOn,
                finishedOn: view.finishedOn,
            }
            : {}),
    };
}
/**
 * What the statement claims about where it was built, against the certificate: a workflow
 * can sign anything, but a statement that names another repository, ref or commit than its
 * certificate is lying about its origin.
 */
function statementClaims(view, signer) {
    const id = view.identity;
    const server = id.serverUrl ?? signer_policy/* GITHUB_SERVER_URL */.m7;
    const claims = [
        [
            'source repository',
            id.repository ? `${server}/${id.repository}` : undefined,
            signer.sourceRepositoryUri,
            true,
        ],
        ['source ref', id.ref, signer.sourceRepositoryRef, false],
        ['source commit', id.sha, signer.sourceRepositoryDigest, false],
        [
            'builder',
            id.jobWorkflowRef ? `${server}/${id.jobWorkflowRef}` : undefined,
            signer.san,
            false,
        ],
    ];
    const out = [];
    for (const [rule, claimed, actual, ci] of claims) {
        if (claimed === undefined || actual === undefined)
            continue;
        const same = ci ? claimed.toLowerCase() === actual.toLowerCase() : claimed === actual;
        if (!same) {
            out.push({
                kind: 'statement',
                rule,
                message: `the statement claims ${rule} ${claimed}, its signing certificate says ${actual}`,
                expected: actual,
                actual: claimed,
            });
        }
    }
    return out;
}
const nonEmpty = (v) => typeof v === 'string' && v !== '';
/** The fields SLSA provenance v1 marks REQUIRED that this predicate lacks (our record shares them). */
function missingSlsaFields(predicate) {
    const def = predicate.buildDefinition;
    const run = predicate.runDetails;
    const missing = [];
    if (!(0,json/* isObject */.G)(def))
        missing.push('buildDefinition');
    else {
        if (!nonEmpty(def.buildType))
            missing.push('buildDefinition.buildType');
        if (!(0,json/* isObject */.G)(def.externalParameters))
            missing.push('buildDefinition.externalParameters');
    }
    if (!(0,json/* isObject */.G)(run))
        missing.push('runDetails');
    else if (!(0,json/* isObject */.G)(run.builder) || !nonEmpty(run.builder.id))
        missing.push('runDetails.builder.id');
    return missing;
}
/**
 * Whether the statement is an attestation asked for: its predicate type, and a predicate
 * with the fields the spec requires. Any statement a workflow signs verifies
 * cryptographically; only its type says what it is.
 */
function predicateViolations(env, wanted) {
    const names = wanted.join(' or ');
    const fix = wanted.includes(layout/* SLSA_PROVENANCE_V1 */.us)
        ? 'pass the bundles `attest` wrote (provenance.sigstore.json, training.sigstore.json), not another attestation of the model'
        : `pass an attestation whose predicate type is ${names}`;
    if (!wanted.includes(env.predicateType)) {
        const message = `the statement's predicate type is ${env.predicateType ? `'${env.predicateType}'` : '(none)'}, not ${names}`;
        return [
            {
                kind: 'statement',
                rule: 'predicateType',
                message,
                expected: names,
                actual: env.predicateType || undefined,
                fix,
            },
        ];
    }
    if (!(0,json/* isObject */.G)(env.predicate)) {
        const message = `the statement has ${env.predicate === undefined ? 'no predicate' : 'a predicate that is not a JSON object'}: a ${env.predicateType} statement says nothing without one`;
        return [{ kind: 'statement', rule: 'predicate', message, fix }];
    }
    const missing = (0,layout/* readsAsProvenance */.lS)(env.predicateType) ? missingSlsaFields(env.predicate) : [];
    if (missing.length === 0)
        return [];
    return [
        {
            kind: 'statement',
            rule: 'predicate',
            message: `the SLSA provenance predicate lacks the required ${missing.join(', ')}`,
            fix,
        },
    ];
}


/***/ }),

/***/ 63897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pC: () => (/* reexport */ DigestCache),
  _R: () => (/* binding */ ambiguousSubjects),
  GX: () => (/* binding */ checkSubjects),
  _k: () => (/* binding */ describeAmbiguous),
  hP: () => (/* binding */ normalizeSubjectName)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/hash/engine.js + 7 modules
var engine = __webpack_require__(14485);
// EXTERNAL MODULE: ./build/src/hash/tree.js
var tree = __webpack_require__(79572);
;// CONCATENATED MODULE: ./build/src/hash/cache.js
// Digests of model paths, each computed once however many bundles are tried against them.



/**
 * Caches digests so that trying several bundles hashes each file once. Every file goes through
 * the engine's scheduler, so the model paths checked at once hash on every core, with the threads
 * and buffers bounded whatever their number.
 */
class DigestCache {
    opts;
    files = new Map();
    dirs = new Map();
    constructor(opts = {}) {
        this.opts = opts;
    }
    /** Hashing options for one path: progress under its name relative to the base. */
    hashing(path) {
        const { onProgress, base, concurrency } = this.opts;
        const label = `model ${base ? (0,external_node_path_.relative)(base, path) || '.' : path}`;
        return {
            input: 'model',
            concurrency,
            onProgress: onProgress && ((p) => onProgress(label, p)),
        };
    }
    file(path, alg) {
        const key = `${alg}\0${path}`;
        let p = this.files.get(key);
        if (!p) {
            p = (0,engine/* hashFilesWith */.O_)([{ path, relPath: path }], [alg], {
                ...this.hashing(path),
                pool: 'always',
            }).then(([f]) => ({ digest: f.digest[alg], size: f.size }));
            this.files.set(key, p);
        }
        return p;
    }
    directory(path, ignorePaths, followLinks = false) {
        const key = `${followLinks ? 'links' : ''}\0${[...ignorePaths].sort().join('\0')}\0\0${path}`;
        let p = this.dirs.get(key);
        if (!p) {
            p = (0,tree/* digestDirectory */.qW)(path, { ...this.hashing(path), ignorePaths, followLinks });
            this.dirs.set(key, p);
        }
        return p;
    }
}

// EXTERNAL MODULE: ./build/src/hash/index.js + 2 modules
var hash = __webpack_require__(33018);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/verify/directory.js
var directory = __webpack_require__(90316);
;// CONCATENATED MODULE: ./build/src/verify/subjects.js
// The model on disk against the signed subjects. Every file named by `model` is re-hashed
// with the algorithm its subject carries (sha256, or sha512 as npm provenance uses) and
// must match a subject by name (its path relative to the workspace) or, failing that, by
// digest. Every directory must match its OMS root digest; when it does not, the files
// that are missing, extra or changed are named from the per-file subjects.





const SUPPORTED = ['sha256', 'sha512'];
const normalizeSubjectName = (name) => name.replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';
const digestText = (s) => Object.entries(s.digest ?? {})
    .map(([alg, hex]) => `${alg}:${String(hex).toLowerCase()}`)
    .sort()
    .join(', ') || '(no digest)';
/**
 * Every name that more than one subject carries with different digests. A verifier that took
 * the first (or the last) would let the statement sign both contents under one name.
 */
function ambiguousSubjects(subjects) {
    const byName = new Map();
    for (const s of subjects) {
        if (s.name === undefined)
            continue;
        const name = normalizeSubjectName(s.name);
        const digests = byName.get(name) ?? [];
        const d = digestText(s);
        if (!digests.includes(d))
            digests.push(d);
        byName.set(name, digests);
    }
    return [...byName]
        .filter(([, digests]) => digests.length > 1)
        .map(([name, digests]) => ({ name, digests }));
}
const describeAmbiguous = (a) => `the statement gives subject '${a.name}' ${a.digests.length} different digests (${a.digests.join(' | ')}): which one is signed is ambiguous`;
function ambiguousCheck(name, kind, a) {
    return { name, kind, ok: false, subject: a.name, checked: [], reason: describeAmbiguous(a) };
}
function supportedAlgorithms(s) {
    return SUPPORTED.filter((a) => typeof s.digest?.[a] === 'string');
}
function ignorePathsOf(s) {
    const v = s?.annotations?.ignorePaths;
    return Array.isArray(v) && v.every((x) => typeof x === 'string')
        ? v
        : [...hash/* OMS_SIGNING_IGNORES */.UG];
}
function failure(name, kind, e) {
    const reason = (0,errors/* isProvenanceError */.Ev)(e) ? e.message : `cannot hash ${name}: ${e.message}`;
    return { name, kind, ok: false, checked: [], reason };
}
/** The subject that names this model path, or the failed check when its name is ambiguous. */
function subjectNamed(m, kind, c) {
    const name = normalizeSubjectName(m.relPath);
    const twice = c.ambiguous.find((a) => a.name === name);
    if (twice)
        return ambiguousCheck(name, kind, twice);
    return { name, named: c.subjects.find((s) => s.name === name) };
}
async function checkFile(m, c) {
    const found = subjectNamed(m, 'file', c);
    if ('ok' in found)
        return found;
    try {
        return found.named
            ? await checkNamedFile(m, found.name, found.named, c.cache)
            : await checkFileByContent(m, found.name, c);
    }
    catch (e) {
        return failure(found.name, 'file', e);
    }
}
/** Every supported algorithm the subject carries must match, not only the first. */
async function checkNamedFile(m, name, named, cache) {
    const base = { name, kind: 'file', subject: named.name };
    const algs = supportedAlgorithms(named);
    if (algs.length === 0) {
        const has = Object.keys(named.digest ?? {}).join(', ') || 'none';
        const reason = `subject '${named.name}' carries no sha256 or sha512 digest (has: ${has})`;
        return { ...base, ok: false, checked: [], reason };
    }
    const checked = [named.name];
    for (const alg of algs) {
        const { digest } = await cache.file(m.path, alg);
        const expected = named.digest[alg].toLowerCase();
        if (digest !== expected) {
            return {
                ...base,
                ok: false,
                checked,
                algorithm: alg,
                expected: `${alg}:${expected}`,
                actual: `${alg}:${digest}`,
                reason: `changed ${name}: its ${alg} is ${digest}, the signed subject says ${expected}`,
            };
        }
    }
    const alg = algs[0];
    return {
        ...base,
        ok: true,
        checked,
        algorithm: alg,
        expected: `${alg}:${named.digest[alg].toLowerCase()}`,
        actual: `${alg}:${(await cache.file(m.path, alg)).digest}`,
        reason: `${name} matches its subject`,
    };
}
/**
 * No subject of that name: the content among the subjects (npm provenance names its subject by
 * purl, actions/attest by what it is given). When the subject it matches has a name the model
 * patterns cover, the file was signed under that name: a rename (or a copy), not a match.
 */
async function checkFileByContent(m, name, c) {
    for (const alg of SUPPORTED) {
        const withAlg = c.subjects.filter((s) => typeof s.digest?.[alg] === 'string');
        if (withAlg.length === 0)
            continue;
        const { digest } = await c.cache.file(m.path, alg);
        const hit = withAlg.find((s) => s.digest[alg].toLowerCase() === digest);
        if (!hit)
            continue;
        const expected = `${alg}:${digest}`;
        const base = { name, kind: 'file', algorithm: alg, subject: hit.name, expected };
        if (hit.name !== undefined && c.covers?.(hit.name, false)) {
            const copy = c.onDisk.has(hit.name);
            const reason = copy
                ? `added ${name}: a copy of the signed ${hit.name}, not signed under this name`
                : `renamed ${hit.name} → ${name}: the signed content under another name`;
            return {
                ...base,
                ok: false,
                actual: expected,
                checked: [],
                gone: copy ? [] : [hit.name],
                reason,
            };
        }
        const reason = `${name} matches subject '${hit.name ?? '(unnamed)'}' by ${alg} digest`;
        return { ...base, ok: true, actual: expected, checked: [hit.name ?? name], reason };
    }
    const { digest } = await c.cache.file(m.path, 'sha256');
    return {
        name,
        kind: 'file',
        ok: false,
        algorithm: 'sha256',
        actual: `sha256:${digest}`,
        checked: [],
        reason: `added ${name}: no subject has its name or its digest, it is not signed`,
    };
}
async function checkDirectory(m, c) {
    const found = subjectNamed(m, 'directory', c);
    if ('ok' in found)
        return found;
    const { name, named } = found;
    try {
        const dir = await c.cache.directory(m.path, ignorePathsOf(named));
        const subject = named ?? c.subjects.find((s) => s.digest?.sha256?.toLowerCase() === dir.root);
        if (!subject)
            return (0,directory/* unsignedDirectory */.P9)(name, dir, c.subjects);
        const check = (0,directory/* checkDirectoryContent */.Rl)(name, subject, dir, c.subjects);
        return named ? check : elsewhere(check, subject, c);
    }
    catch (e) {
        return failure(name, 'directory', e);
    }
}
/** A directory matched by its root to a subject the patterns cover under its own name: moved. */
function elsewhere(check, subject, c) {
    const from = subject.name;
    if (from === undefined || !c.covers?.(from, true))
        return check;
    const copy = c.onDisk.has(from);
    const reason = copy
        ? `added ${check.name}/: a copy of the signed ${from}/, not signed under this name`
        : `renamed ${from}/ → ${check.name}/: the signed directory under another name`;
    return { ...check, ok: false, reason, checked: [], gone: copy ? [] : check.checked };
}
/**
 * Check every model path against the subjects; one result per path, in input order. A path
 * whose name the statement gives with two different digests fails (see ambiguousSubjects).
 */
async function checkSubjects(subjects, model, cache = new DigestCache(), covers) {
    const c = {
        subjects: subjects.map((s) => s.name === undefined ? s : { ...s, name: normalizeSubjectName(s.name) }),
        cache,
        ambiguous: ambiguousSubjects(subjects),
        covers,
        onDisk: new Set(model.map((m) => normalizeSubjectName(m.relPath))),
    };
    // All at once: a model of several large files hashes on every core. Each check reports its
    // own failure, so one bad path does not cut the others short.
    return Promise.all(model.map((m) => (m.kind === 'directory' ? checkDirectory(m, c) : checkFile(m, c))));
}


/***/ }),

/***/ 9610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SG: () => (/* binding */ NAMED_TRUSTED_ROOTS),
  hS: () => (/* binding */ classifyCertificateIssuer),
  $A: () => (/* binding */ createVerifier),
  T1: () => (/* binding */ issuedBy),
  ce: () => (/* reexport */ trust_root/* loadTrustedRootFile */.ce),
  cB: () => (/* reexport */ trust_root/* publicGoodTrustedRoot */.cB),
  of: () => (/* binding */ selectTrustedRoot),
  v: () => (/* binding */ trustedRootChoice),
  Nr: () => (/* binding */ trustedRootSpec)
});

// UNUSED EXPORTS: rootCoversCertificate, trustedRootFromJSON

// EXTERNAL MODULE: ./build/src/collect/lists.js
var lists = __webpack_require__(11117);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
;// CONCATENATED MODULE: ./build/src/verify/checkpoint.js

const DECIMAL = /^(0|[1-9][0-9]*)$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** The body of a checkpoint's signed note, or the reason it cannot be read. */
function parseCheckpoint(envelope) {
    const end = envelope.indexOf('\n\n');
    if (end < 0)
        return 'the checkpoint has no blank line between its body and its signatures';
    const [origin, size, hash] = envelope.slice(0, end).split('\n');
    if (!origin)
        return 'the checkpoint has no origin line';
    if (size === undefined || !DECIMAL.test(size))
        return `the checkpoint's tree size line is not a decimal number: ${JSON.stringify(size ?? '')}`;
    if (hash === undefined || !BASE64.test(hash) || hash.length % 4 !== 0)
        return `the checkpoint's root hash line is not base64: ${JSON.stringify(hash ?? '')}`;
    return { origin, treeSize: BigInt(size), rootHash: Buffer.from(hash, 'base64') };
}
/**
 * Why an entry's inclusion proof disagrees with its checkpoint, or undefined when it agrees
 * (or the entry carries no inclusion proof: an inclusion promise is checked elsewhere).
 */
function inclusionProofMismatch(entry) {
    const proof = entry.inclusionProof;
    if (!proof)
        return undefined;
    const envelope = proof.checkpoint?.envelope;
    if (!envelope)
        return 'the inclusion proof has no checkpoint';
    const body = parseCheckpoint(envelope);
    if (typeof body === 'string')
        return body;
    const problems = [];
    const treeSize = String(proof.treeSize ?? '');
    if (!DECIMAL.test(treeSize) || BigInt(treeSize) !== body.treeSize)
        problems.push(`tree size ${treeSize || '(none)'}, its signed checkpoint ${body.treeSize}`);
    const rootHash = Buffer.from(proof.rootHash ?? []);
    if (!rootHash.equals(body.rootHash)) {
        problems.push(`root hash ${rootHash.toString('base64') || '(none)'}, its signed checkpoint ${body.rootHash.toString('base64')}`);
    }
    return problems.length > 0
        ? `the inclusion proof disagrees with its checkpoint (${body.origin}): the proof says ${problems.join('; ')}`
        : undefined;
}
/**
 * Throw a VerificationError (TLOG_INCLUSION_PROOF_ERROR, as @sigstore/verify's own inclusion
 * failures) for the first entry whose inclusion proof disagrees with its checkpoint.
 */
function assertInclusionProofsMatchCheckpoints(entries) {
    for (const entry of entries) {
        const mismatch = inclusionProofMismatch(entry);
        if (mismatch) {
            throw new dist/* VerificationError */.mk({ code: 'TLOG_INCLUSION_PROOF_ERROR', message: mismatch });
        }
    }
}

// EXTERNAL MODULE: ./build/src/identity/certificate.js
var certificate = __webpack_require__(52351);
// EXTERNAL MODULE: ./build/src/verify/trust-root.js
var trust_root = __webpack_require__(61130);
// EXTERNAL MODULE: ./build/src/verify/tuf.js
var tuf = __webpack_require__(29880);
;// CONCATENATED MODULE: ./build/src/verify/trust.js
// Trusted roots: which Sigstore instance's keys a bundle is checked against, and the verifier
// built from them. `auto` refreshes the root over TUF when the caller passes a refresh (the
// entry points do, unless offline), and falls back to the embedded public-good root, saying so,
// when the repository cannot be reached; `public-good` is the embedded root; a file is read.








/** The trusted roots named by a word rather than a path. */
const NAMED_TRUSTED_ROOTS = ['auto', 'public-good', 'github'];
/** What the user typed for `trusted-root`: a name, else a file read from `base`. */
function trustedRootChoice(value, base) {
    const v = value.trim();
    if (v === '' || v === 'auto')
        return { kind: 'auto' };
    if (v === 'public-good' || v === 'github')
        return { kind: 'named', name: v };
    return { kind: 'file', path: (0,lists/* fromBase */.sr)(base, v) };
}
/** The choice as the verification stages key their roots: its name, or its file's path. */
const trustedRootSpec = (c) => c.kind === 'auto' ? 'auto' : c.kind === 'named' ? c.name : c.path;
function classifyCertificateIssuer(cert) {
    const dn = (0,certificate/* certificateIssuerName */.q)(cert);
    if (/(^|, )O=GitHub, Inc\.(,|$)/.test(dn))
        return 'github';
    if (/(^|, )O=sigstore\.dev(,|$)/.test(dn))
        return 'public-good';
    return 'unknown';
}
/** Does one of the root's certificate authorities hold the certificate that issued `cert`? */
function rootCoversCertificate(root, cert) {
    return root.material.certificateAuthorities.some((ca) => ca.certChain.some((c) => c.subject.equals(cert.issuer)));
}
/**
 * Whether an authority of the root signed the certificate: stricter than its name, which two
 * instances (before and after a rotation, say) can share.
 */
function rootSignedCertificate(root, cert) {
    return root.material.certificateAuthorities.some((ca) => ca.certChain.some((c) => issuedBy(cert, c)));
}
/** `issuer` is named as the certificate's issuer and its key signed the certificate. */
function issuedBy(cert, issuer) {
    try {
        return issuer.subject.equals(cert.issuer) && cert.verify(issuer);
    }
    catch {
        return false;
    }
}
const GITHUB_ROOT_FIX = `supply GitHub's trusted root: \`tuf-url: ${tuf/* GITHUB_TUF_URL */.aE}\` with \`tuf-root:\` the TUF ` +
    'root.json gh embeds (pkg/cmd/attestation/verification/embed/tuf-repo.github.com/root.json), or ' +
    'a file, `trusted-root: path/to/trusted_root.json` (written by `gh attestation trusted-root > trusted_root.jsonl`)';
function githubRootMissing(issuer, how) {
    return new errors/* ProvenanceError */.CG('TRUST_ROOT_MISSING', `the bundle was signed by GitHub's Sigstore instance (certificate issuer ${issuer}); ${how}`, { input: 'trusted-root', fix: GITHUB_ROOT_FIX });
}
/**
 * Pick the trusted root that covers the bundle's certificate, or say clearly why none does.
 * With `refresh`, `auto` takes the root its TUF repository serves now.
 */
async function selectTrustedRoot(spec, cert, cache = new Map(), refresh) {
    const instance = classifyCertificateIssuer(cert);
    const issuer = (0,certificate/* certificateIssuerName */.q)(cert) || '(no issuer name)';
    const choice = spec.trim() === '' ? 'auto' : spec.trim();
    if (choice === 'github') {
        throw githubRootMissing(issuer, "no trusted root for GitHub's instance ships with this tool (`trusted-root: github` needs a file)");
    }
    if (choice === 'auto' && refresh)
        return autoRoot(cert, instance, issuer, cache, refresh);
    if (choice === 'public-good' || choice === 'auto') {
        if (choice === 'auto' && instance === 'github') {
            throw githubRootMissing(issuer, "`trusted-root: auto` has no trusted root for GitHub's instance");
        }
        return coveringOrExplain([(0,trust_root/* publicGoodTrustedRoot */.cB)()], cert, choice, instance, issuer);
    }
    let pending = cache.get(choice);
    if (!pending) {
        pending = (0,trust_root/* loadTrustedRootFile */.ce)(choice);
        cache.set(choice, pending);
    }
    return coveringOrExplain(await pending, cert, choice, instance, issuer);
}
/** The repository's current root, or the embedded one (saying why) when it cannot be reached. */
async function tufRoots(refresh) {
    const o = await (0,tuf/* refreshTrustedRoot */.nA)(refresh);
    if (o.ok)
        return [{ ...o.root, kept: o.fromCache }];
    const seed = (0,trust_root/* publicGoodTrustedRoot */.cB)();
    return [
        { ...seed, source: `${seed.source}; ${refresh.url} could not be reached (${o.unreachable})` },
    ];
}
/**
 * `auto` with a TUF repository to refresh from: its current root; the embedded public-good root
 * when the repository cannot be reached (the source says so, and why).
 */
async function autoRoot(cert, instance, issuer, cache, refresh) {
    const publicGoodRepo = refresh.url === tuf/* PUBLIC_GOOD_TUF_URL */.C$;
    if (instance === 'github' && publicGoodRepo) {
        throw githubRootMissing(issuer, "GitHub's trusted root could not be refreshed: no TUF root for its repository ships with this tool");
    }
    const key = `tuf:${refresh.url}`;
    let pending = cache.get(key);
    if (!pending) {
        pending = tufRoots(refresh);
        cache.set(key, pending);
    }
    let roots = await pending;
    // A root kept from an earlier refresh that cannot check this bundle may predate a rotation:
    // ask the repository once more before saying no.
    if (roots[0]?.kept && !roots.some((r) => rootSignedCertificate(r, cert))) {
        pending = tufRoots({ ...refresh, maxAgeMs: 0 });
        cache.set(key, pending);
        roots = await pending;
    }
    return coveringOrExplain(roots, cert, 'auto', instance, issuer);
}
function coveringOrExplain(roots, cert, choice, instance, issuer) {
    const found = roots.find((r) => rootCoversCertificate(r, cert));
    if (found)
        return found;
    const tried = roots.map((r) => r.source).join(', ');
    const named = NAMED_TRUSTED_ROOTS.includes(choice);
    if (named && instance === 'github')
        throw githubRootMissing(issuer, `the trusted root (${tried}) does not cover it`);
    const hint = instance === 'github' ? ` It was signed by GitHub's Sigstore instance.` : '';
    throw new errors/* ProvenanceError */.CG('TRUST_ROOT_MISSING', named
        ? `no trusted root this tool has covers the bundle's certificate issuer ${issuer} (tried ${choice}, ${tried})`
        : `trusted root ${choice} has no certificate authority that issued the bundle's certificate (issuer ${issuer}).${hint}`, {
        input: 'trusted-root',
        value: choice,
        fix: instance === 'github'
            ? GITHUB_ROOT_FIX
            : "pass the signing instance's trusted_root.json as `trusted-root: PATH`, or its TUF repository as tuf-url and tuf-root",
    });
}
/**
 * @sigstore/verify's verifier, plus what it leaves out: each inclusion proof's own root hash
 * and tree size must be those of the checkpoint it was verified against.
 */
class CheckedVerifier extends dist/* Verifier */.BL {
    verify(entity, policy) {
        const signer = super.verify(entity, policy);
        assertInclusionProofsMatchCheckpoints(entity.tlogEntries);
        return signer;
    }
}
function createVerifier(root) {
    return new CheckedVerifier(root.material, root.thresholds);
}


/***/ }),

/***/ 29880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ PUBLIC_GOOD_TUF_URL),
/* harmony export */   EZ: () => (/* binding */ offlineRequested),
/* harmony export */   aE: () => (/* binding */ GITHUB_TUF_URL),
/* harmony export */   nA: () => (/* binding */ refreshTrustedRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
/* harmony import */ var _store_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7216);
/* harmony import */ var _trust_root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61130);
// Trusted roots refreshed over TUF, as `gh attestation verify` refreshes its own: the Sigstore
// instance publishes trusted_root.json as a TUF target, and a client that starts from a TUF
// root.json it trusts follows key rotations and refuses tampered, rolled-back or expired
// metadata (tuf-js, through @sigstore/tuf). A refreshed root is kept for a day. A repository
// that cannot be reached is said so (the caller falls back to the embedded root and says that);
// any other TUF failure is an error, never a silent fallback.






/** TRAINING_PROVENANCE_OFFLINE=1 (or true, yes): never ask a TUF repository. */
function offlineRequested(env) {
    return /^(1|true|yes)$/i.test(env.TRAINING_PROVENANCE_OFFLINE ?? '');
}
const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
const GITHUB_TUF_URL = 'https://tuf-repo.github.com';
const DAY_MS = 24 * 60 * 60 * 1000;
/** The refreshed root and when it was fetched, in the repository's cache folder. */
const KEPT = 'trusted_root.kept.json';
/** The trusted root the repository serves now, or why it could not be reached. */
async function refreshTrustedRoot(r) {
    const now = r.now ?? new Date();
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(r.cacheDir, encodeURIComponent(r.url));
    const kept = await readKept(dir);
    if (kept && now.getTime() - kept.fetchedAt.getTime() < (r.maxAgeMs ?? DAY_MS))
        return {
            ok: true,
            root: loaded(kept.json, r.url, kept.fetchedAt),
            fetchedAt: kept.fetchedAt,
            fromCache: true,
        };
    const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.t.bind(__webpack_require__, 84423, 19));
    let json;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const root = await getTrustedRoot({
            mirrorURL: r.url,
            rootPath: r.rootPath,
            cachePath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'metadata'),
            timeout: r.timeoutMs ?? 10_000,
            retry: { retries: 1, factor: 1, minTimeout: 100, maxTimeout: 500 },
        });
        json = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.TrustedRoot.toJSON(root);
    }
    catch (e) {
        const unreachable = networkFailure(e);
        if (unreachable)
            return { ok: false, unreachable };
        throw tufFailed(r.url, e);
    }
    // Kept for the next run; a cache that cannot be written costs a refresh then, nothing now.
    await (0,_store_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, KEPT), JSON.stringify({ fetchedAt: now.toISOString(), trustedRoot: json }), 'tuf-cache').catch(() => undefined);
    return { ok: true, root: loaded(json, r.url, now), fetchedAt: now, fromCache: false };
}
function loaded(json, url, fetchedAt) {
    return (0,_trust_root_js__WEBPACK_IMPORTED_MODULE_5__/* .trustedRootFromJSON */ .ad)(json, url.replace(/^https?:\/\//, ''), `TUF ${url}, refreshed ${fetchedAt.toISOString()}`);
}
async function readKept(dir) {
    try {
        const kept = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, KEPT), 'utf8'));
        const fetchedAt = new Date(kept.fetchedAt);
        return Number.isNaN(fetchedAt.getTime()) ? undefined : { json: kept.trustedRoot, fetchedAt };
    }
    catch {
        return undefined;
    }
}
const NETWORK_CODES = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|EHOSTUNREACH|ENETDOWN)\b/;
/** The reason, when the failure is that the repository could not be reached at all. */
function networkFailure(e) {
    for (let c = e; c; c = c.cause) {
        const err = c;
        const text = `${String(err.code ?? '')} ${String(err.message ?? '')}`;
        const m = NETWORK_CODES.exec(text);
        if (m)
            return m[1];
        // tuf-js rethrows fetch's own failure as text, without its cause: undici's "fetch failed"
        // (refused, unresolvable, reset) and AbortSignal.timeout's TimeoutError.
        if (/\bfetch failed\b/.test(text))
            return 'fetch failed: no connection';
        if (/TimeoutError|due to timeout/.test(text))
            return 'timed out';
    }
    return undefined;
}
/** A refusal by the TUF client: bad signature, rollback, expiry, a target that does not match. */
function tufFailed(url, e) {
    const reasons = [];
    for (let c = e; c; c = c.cause) {
        const err = c;
        reasons.push(`${String(err.name ?? 'Error')}: ${String(err.message ?? '')}`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ProvenanceError */ .CG('TUF_REFUSED', `the TUF repository ${url} did not give a trusted root that verifies: ${reasons.join(' ← ')}`, {
        input: 'tuf-url',
        value: url,
        fix: 'this is not a network failure and is never ignored: check --tuf-url and --tuf-root (the repository may be tampered with, rolled back or expired), or verify offline with --trusted-root FILE',
        cause: e,
    });
}


/***/ }),

/***/ 83171:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NQ: () => (/* binding */ fromError),
/* harmony export */   QH: () => (/* binding */ signatureViolation),
/* harmony export */   ZX: () => (/* binding */ identityViolations)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
// Violations made from what a check threw or found: one wording for every verify stage, the
// provenance's and the model signature's alike.

/**
 * A violation from a thrown error about the input: a ProvenanceError keeps its fix. Anything
 * else (a TypeError, an INTERNAL failure) is a bug of this tool and is thrown as INTERNAL:
 * shown as a violation it would read as the user's provenance failing verification.
 */
function fromError(kind, rule, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isProvenanceError */ .Ev)(e) && e.code !== 'INTERNAL')
        return { kind, rule, message: e.message, fix: e.fix };
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .internalError */ .WB)(e, `checking the ${kind} (${rule}) failed`);
}
const SIGNATURE_HINTS = {
    SIGNATURE_ERROR: 'the signed content was changed after signing, or the signature is not from this certificate',
    CERTIFICATE_ERROR: 'the certificate does not chain to the trusted root, or was not valid when signed',
    TLOG_ERROR: 'the transparency log entry is missing or does not verify',
    TLOG_BODY_ERROR: 'the transparency log entry records another signature or content',
    TLOG_INCLUSION_PROOF_ERROR: 'the transparency log inclusion proof does not verify',
    TLOG_INCLUSION_PROMISE_ERROR: 'the transparency log inclusion promise does not verify',
    TIMESTAMP_ERROR: 'no verified time for the signature (transparency log or timestamp authority)',
};
/** A failed cryptographic check, with what @sigstore/verify's error code means for a user. */
function signatureViolation(e, rootName, what, where = '') {
    const code = e.code;
    const hint = code ? SIGNATURE_HINTS[code] : undefined;
    return {
        kind: 'signature',
        rule: code ?? 'signature',
        message: `cryptographic verification${where ? ` of ${where}` : ''} against ${rootName} failed${code ? ` (${code})` : ''}: ${e.message}${hint ? ` — ${hint}` : ''}`,
        fix: `do not use this model: ${what} does not prove who signed it`,
    };
}
/** Each failed identity check as a violation, with the input to change when it is expected. */
function identityViolations(checks) {
    return checks
        .filter((c) => !c.ok)
        .map((c) => ({
        kind: 'identity',
        rule: c.check,
        message: c.reason,
        expected: c.expected,
        actual: c.actual,
        fix: c.check === 'identity-required'
            ? undefined
            : c.check === 'signer-repository'
                ? 'if a reusable workflow signs, name it with `signer-workflow`'
                : `if this signer is expected, change the '${c.input}' input`,
    }));
}


/***/ })

};
