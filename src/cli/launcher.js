#!/usr/bin/env node
// The `training-provenance` command, installed as dist/cli/index.js. The command and the action
// share one bundle (dist/index.js, from src/main.ts); this mark makes it run as the command.
globalThis[Symbol.for('training-provenance.cli')] = true;
await import('../index.js');
