// The entry of the one bundle, dist/index.js: the action, as the runner runs it, unless the
// `training-provenance` command (dist/cli/index.js, copied from src/cli/launcher.js) loaded it
// and set the mark. The action and the command share nearly all their code; built as two
// bundles, dist/ held it twice.
const CLI_MARK = Symbol.for('training-provenance.cli');

if ((globalThis as Record<symbol, unknown>)[CLI_MARK] === true) await import('./cli/index.js');
else await import('./action/index.js');
