// Every temporary directory the tests make (workspaces, runner temps, stacks) goes under
// one folder that the teardown removes, so test runs leave nothing behind in /tmp.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'training-provenance-tests-'));
  process.env.TP_TEST_TMP = dir;
  process.env.TMPDIR = dir;
  // No test reaches for a TUF repository on the internet: `trusted-root: auto` uses the embedded
  // root. The TUF tests clear this and point the command at a repository on loopback.
  process.env.TRAINING_PROVENANCE_OFFLINE = '1';
}
