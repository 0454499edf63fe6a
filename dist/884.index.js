export const id = 884;
export const ids = [884];
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
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   bO: () => (/* binding */ fileUri),
/* harmony export */   d7: () => (/* binding */ toPosix)
/* harmony export */ });
/* unused harmony export parseLines */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// The text of list inputs: lines, comma-separated items, and the path forms they name.

function parseLines(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/**
 * Items of a newline- or comma-separated input. A comma inside `{...}` belongs to a
 * brace glob (`out/{a,b}.bin`) and does not split. `\,` is a comma that is part of a name
 * (`out/a\,b.bin` names the file `a,b.bin`): outside braces the backslash is dropped, as a
 * comma there is literal to a glob too; inside braces it is kept, for the glob reads `\,`
 * as a literal comma of one alternative. Other `\` escapes are kept for the glob.
 */
function parseList(raw) {
    const out = [];
    for (const line of parseLines(raw)) {
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
const toPosix = (p) => (node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/'));
/** `file:` URI of a workspace-relative path, each segment percent-encoded. */
function fileUri(relPath) {
    return 'file:' + relPath.split('/').map(encodeURIComponent).join('/');
}


/***/ }),

/***/ 85768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* reexport safe */ _lists_js__WEBPACK_IMPORTED_MODULE_6__.E1),
/* harmony export */   Ep: () => (/* binding */ resolvePatterns),
/* harmony export */   FQ: () => (/* binding */ digestFilesOf),
/* harmony export */   a3: () => (/* binding */ unescapePath),
/* harmony export */   bO: () => (/* reexport safe */ _lists_js__WEBPACK_IMPORTED_MODULE_6__.bO),
/* harmony export */   cD: () => (/* binding */ comparePaths)
/* harmony export */ });
/* unused harmony export MAX_PATTERN_LENGTH */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27406);
/* harmony import */ var _hash_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33018);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47636);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11117);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92973);
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
//   input `\,` is a comma of a name, not a separator (parseList).
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
        throw (0,_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .unreadable */ .O$)(opts.input, pattern, lexical, e);
    }
    // realpath catches links anywhere on the way, not only the last component.
    let real = lexical;
    if (st.isSymbolicLink() || (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(lexical)) !== lexical) {
        real = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .followLink */ .sT)(lexical, pattern, ws, opts);
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
    await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .checkReadable */ .ro)(real, kind, pattern, opts.input);
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
    const ws = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .openWorkspace */ .OH)(opts.workspace, opts.input);
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
    const { ws, rel } = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .placePattern */ .WV)(pattern, workspace, opts.input);
    if (!new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(rel, _glob_js__WEBPACK_IMPORTED_MODULE_5__/* .GLOB_OPTIONS */ .g).hasMagic())
        return [await resolvePath(unescapePath(rel), pattern, ws, opts)];
    // A name that exists as typed is that name, glob characters and all.
    if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws.real, ...rel.split('/'))))
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
/** A plain path may still carry `\` escapes of glob characters; drop them. */
function unescapePath(rel) {
    return (0,_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .unescapeGlob */ .DU)(rel).replace(/\/$/, '') || '.';
}
async function exists(abs) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
        return true;
    }
    catch {
        return false;
    }
}
/** Entries of an optional list input, resolved and expanded to their files, hashed. */
async function digestFilesOf(raw, opts) {
    const entries = await resolvePatterns((0,_lists_js__WEBPACK_IMPORTED_MODULE_6__/* .parseList */ .E1)(raw), {
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

/***/ 4715:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isObject),
/* harmony export */   V: () => (/* binding */ preview)
/* harmony export */ });
// The one test for "a JSON object" (not null, not an array) that every reader uses, and the
// one way to quote an untrusted value in a message.
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * An untrusted value as a message may quote it: a string as it is, anything else as JSON, cut
 * at `max` characters. Never throws, where String() of `{"toString": 1}` and JSON.stringify of
 * lists nested 100,000 deep (both what JSON.parse reads) do.
 */
function preview(v, max = 200) {
    let text;
    try {
        text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
    }
    catch {
        text = Array.isArray(v)
            ? 'a list nested too deep to show'
            : 'an object nested too deep to show';
    }
    return text.length > max ? `${text.slice(0, max)}…` : text;
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

/***/ 29232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ openDetails),
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
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   wg: () => (/* binding */ foldable),
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
/** A table in the open when short, folded when long. */
function foldable(tableText, rows, summary) {
    return rows > FOLD_ROWS ? details(summary, tableText) : tableText;
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


/***/ }),

/***/ 76452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readPemCertificates),
/* harmony export */   Ft: () => (/* binding */ signWithKey),
/* harmony export */   fg: () => (/* binding */ loadPublicKey),
/* harmony export */   jQ: () => (/* binding */ dsseSignatureVerifies),
/* harmony export */   nD: () => (/* binding */ loadKeyMaterial),
/* harmony export */   p4: () => (/* binding */ keyHint)
/* harmony export */ });
/* unused harmony exports curveHash, keyHash, loadPrivateKey, loadSigningCertificate, loadCertificateChain */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15179);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83917);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27406);
/* harmony import */ var _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94589);
// Signing with a key instead of a Sigstore certificate, for machines without OIDC (clusters,
// air-gapped hosts): EC P-256, P-384 or P-521 (OMS §4.2), a DSSE bundle whose verification
// material is the public key's hint, as model_signing's `sign key` writes it. The key is read
// from a PEM file; an encrypted one is opened with a passphrase from the environment, never a
// flag. Nothing here logs or returns the private key.







/** The hash each curve signs with, as OMS pairs them. */
const CURVES = {
    prime256v1: 'sha256',
    secp384r1: 'sha384',
    secp521r1: 'sha512',
};
const CURVE_NAMES = 'EC P-256, P-384 or P-521';
function keyError(input, path, message, fix, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG('INPUT_INVALID', `${path}: ${message}`, {
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
/** The EC key's hash, or an input error naming the key and what it is. */
function keyHash(key, input, path) {
    const hash = curveHash(key);
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (!hash)
        throw keyError(input, path, `is a ${key.asymmetricKeyType}${curve ? ` ${curve}` : ''} key, not ${CURVE_NAMES}`, `give an ${CURVE_NAMES} key (e.g. openssl ecparam -name prime256v1 -genkey -noout -out key.pem)`);
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
        throw keyError(input, path, `cannot be read: ${e.message}`, 'check the path of the PEM key', e);
    }
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(passphrase ? { key: pem, passphrase } : { key: pem });
    }
    catch (e) {
        const encrypted = /ENCRYPTED/.test(pem.toString('latin1'));
        throw keyError(input, path, encrypted ? 'is encrypted and could not be opened' : 'is not a PEM private key', encrypted
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
        throw keyError(input, path, `is not a PEM public key: ${e.message}`, `give the ${CURVE_NAMES} public key in PEM`, e);
    }
    keyHash(key, input, path);
    return key;
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
                    hint: keyHint(publicKey),
                },
        }),
    };
}
/** The signing certificate's PEM, which must hold the private key's public half. */
async function loadSigningCertificate(path, privateKey) {
    const input = 'signing-cert';
    const pem = (await readPemCertificates(path, input, 'give the signing certificate in PEM'))[0];
    const certKey = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
    const own = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey).export({ type: 'spki', format: 'der' });
    if (!certKey.equals(own))
        throw keyError(input, path, 'is not the certificate of the private key given', 'give the certificate issued for --private-key');
    return pem;
}
/**
 * The certificates that issued the signing certificate, in the files given (each may hold
 * several), ordered from the leaf's issuer up: each must have issued the one before it.
 */
async function loadCertificateChain(paths, leafPem) {
    const chain = [];
    for (const path of paths) {
        for (const pem of await readPemCertificates(path, 'cert-chain', 'give the chain in PEM')) {
            const child = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(chain.at(-1) ?? leafPem);
            const parent = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
            if (!child.checkIssued(parent) || !child.verify(parent.publicKey))
                throw keyError('cert-chain', path, `'${parent.subject.replace(/\n/g, ', ')}' did not issue '${child.subject.replace(/\n/g, ', ')}'`, "give the chain in order, from the signing certificate's issuer up to (at most) the root");
            chain.push(pem);
        }
    }
    return chain;
}
/**
 * The key, certificate and chain named (absolute paths), each checked before anything is read
 * from the model; undefined when no key is named. A certificate without its key, or a chain
 * without its certificate, is refused.
 */
async function loadKeyMaterial(paths, passphrase) {
    const { privateKey: keyPath, signingCert, certChain = [] } = paths;
    const missing = (input, value, what, fix) => new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceError */ .CG('INPUT_INVALID', `${input} is ${what}, and none is given`, {
        input,
        value,
        fix,
    });
    if (signingCert && !keyPath)
        throw missing('signing-cert', signingCert, 'the certificate of a private key', 'give private-key too');
    if (certChain.length > 0 && !signingCert)
        throw missing('cert-chain', certChain.join(', '), 'the chain of a signing certificate', 'give signing-cert too');
    if (!keyPath)
        return undefined;
    const privateKey = await loadPrivateKey(keyPath, passphrase);
    if (!signingCert)
        return { privateKey };
    const certificatePem = await loadSigningCertificate(signingCert, privateKey);
    return {
        privateKey,
        certificatePem,
        certificateChain: await loadCertificateChain(certChain, certificatePem),
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
    const bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_2__.bundleToJSON)(await builder.create({ data: payload, type: _statement_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .IN_TOTO_PAYLOAD_TYPE */ .T4 }));
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
/**
 * The envelope's one signature over DSSE's pre-authentication encoding, ECDSA with the curve's
 * hash as model_signing signs (SHA-256, -384, -512 for P-256, -384, -521), or SHA-256, which is
 * what sigstore-js verifies DSSE with whatever the curve. A key of another kind verifies with
 * SHA-256 alone.
 */
function dsseSignatureVerifies(envelope, key) {
    if (envelope.signatures.length !== 1)
        return false;
    const pae = _sigstore_core__WEBPACK_IMPORTED_MODULE_4__.dsse.preAuthEncoding(envelope.payloadType, envelope.payload);
    const sig = envelope.signatures[0].sig;
    const hashes = new Set([curveHash(key), 'sha256'].filter((h) => h !== undefined));
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
function hostOf(url) {
    return new URL(url).host;
}
function retryingSigner(inner, service, url, ctx) {
    const host = hostOf(url);
    return {
        sign: (data) => (0,retry/* withRetry */.bD)(`${service} at ${url}`, () => inner.sign(data), (e) => classifySigstoreError(e, host, ctx.responses), { policy: ctx.policy, log: ctx.log }),
    };
}
function retryingWitness(inner, service, url, ctx) {
    const host = hostOf(url);
    return {
        testify: (content, publicKey) => (0,retry/* withRetry */.bD)(`${service} at ${url}`, () => inner.testify(content, publicKey), (e) => classifySigstoreError(e, host, ctx.responses), { policy: ctx.policy, log: ctx.log }),
    };
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
    const rd = {};
    const name = str(o.name);
    if (name !== undefined)
        rd.name = name;
    const uri = str(o.uri);
    if (uri !== undefined)
        rd.uri = uri;
    const digest = readDigest(o.digest);
    if (digest !== undefined)
        rd.digest = digest;
    const content = str(o.content);
    if (content !== undefined)
        rd.content = content;
    const downloadLocation = str(o.downloadLocation);
    if (downloadLocation !== undefined)
        rd.downloadLocation = downloadLocation;
    const mediaType = str(o.mediaType);
    if (mediaType !== undefined)
        rd.mediaType = mediaType;
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
    };
    const path = str(a.path) ?? (0,layout/* impliedDatasetPath */.Kp)(kind, uri);
    if (path !== undefined)
        ds.path = path;
    const files = num(a.files);
    if (files !== undefined)
        ds.fileCount = files;
    const bytes = num(a.bytes);
    if (bytes !== undefined)
        ds.totalBytes = bytes;
    const license = str(a.license);
    if (license !== undefined)
        ds.license = license;
    const declared = str(a.license_declared);
    if (declared !== undefined)
        ds.licenseDeclared = declared;
    const split = str(a.split);
    if (split !== undefined)
        ds.split = split;
    const commitment = readCommitment(a.commitment);
    if (commitment !== undefined)
        ds.commitment = commitment;
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
    const acc = stringFields(o, layout/* ACCELERATOR_STRING_FIELDS */.uY);
    const gpus = strings(o.gpus);
    if (gpus !== undefined)
        acc.gpus = gpus;
    const notes = strings(o.notes);
    if (notes !== undefined)
        acc.notes = notes;
    return acc;
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
    const invocationId = str(metadata.invocationId);
    if (invocationId !== undefined)
        view.invocationId = invocationId;
    const startedOn = str(metadata.startedOn);
    if (startedOn !== undefined)
        view.startedOn = startedOn;
    const finishedOn = str(metadata.finishedOn);
    if (finishedOn !== undefined)
        view.finishedOn = finishedOn;
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
        const version = str(ours.python.version);
        if (version !== undefined)
            view.pythonVersion = version;
        const executable = str(ours.python.executable);
        if (executable !== undefined)
            view.pythonExecutable = executable;
        const reason = str(ours.python.reason);
        if (reason !== undefined)
            view.pythonReason = reason;
        const notes = strings(ours.python.notes);
        if (notes !== undefined)
            view.pythonNotes = notes;
    }
    const os = stringFields(ours.os, ['platform', 'release', 'arch']);
    if (!isEmpty(os))
        view.os = os;
    const runner = stringFields(ours.runner, [
        'os',
        'arch',
        'name',
        'environment',
        'imageOs',
        'imageVersion',
    ]);
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


/***/ })

};
