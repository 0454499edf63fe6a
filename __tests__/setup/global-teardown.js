import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const dir = process.env.TP_TEST_TMP;
  if (dir && !process.env.TP_KEEP_TEST_TMP) rmSync(dir, { recursive: true, force: true });
}
