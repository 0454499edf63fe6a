// Imported first by the entry, so that it runs before the rest of the action is loaded: the
// hashing workers boot (about 100 ms) on the other cores while this thread compiles the action,
// and attest or verify finds them up when it starts hashing, so that two large files start
// together. Idle workers never hold the process and go on their own; on one core nothing starts.
import { warmHashPool } from '../hash/index.js';

void warmHashPool();
