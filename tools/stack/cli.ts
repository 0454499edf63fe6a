// Runs the loopback Sigstore stack until SIGINT/SIGTERM.
//   node build/stack/index.js [--dir DIR]
// Writes DIR/trusted_root.json, DIR/trust_config.json and DIR/stack.env (shell `export`
// lines), prints a summary.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStack, type Stack } from './index.js';

/** Single-quoted for POSIX shells: the only character to escape is the quote itself. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function stackEnv(stack: Stack): string {
  const vars: Array<[string, string]> = [
    ['TP_FULCIO_URL', stack.fulcioUrl],
    ['TP_REKOR_URL', stack.rekorUrl],
    ['TP_TSA_URL', stack.tsaUrl],
    ['TP_TRUSTED_ROOT', stack.trustedRootPath],
    ['TP_TRUST_CONFIG', stack.trustConfigPath],
    ['ACTIONS_ID_TOKEN_REQUEST_URL', stack.tokenRequestUrl],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', stack.tokenRequestToken],
  ];
  return vars.map(([name, value]) => `export ${name}=${shellQuote(value)}\n`).join('');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' } }, strict: true });
  const dir = resolve(values.dir ?? (await mkdtemp(join(tmpdir(), 'tp-stack-'))));
  const stack = await startStack({ dir });
  const envPath = join(dir, 'stack.env');
  await writeFile(envPath, stackEnv(stack), { mode: 0o600 });

  process.stdout.write(
    [
      'training-provenance loopback Sigstore stack',
      `  fulcio        ${stack.fulcioUrl}`,
      `  rekor         ${stack.rekorUrl}`,
      `  tsa           ${stack.tsaUrl}`,
      `  oidc issuer   ${stack.issuerUrl} (tokens say iss=${stack.claims.iss})`,
      `  identity      ${stack.claims.repository} @ ${stack.claims.ref}`,
      `  trusted root  ${stack.trustedRootPath}`,
      `  environment   ${envPath}  (source it)`,
      'Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    stack.close().then(
      () => {
        process.stdout.write(`stack stopped (${signal})\n`);
        process.exit(0);
      },
      (err: unknown) => {
        process.stderr.write(`stack close failed: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(
    `stack failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
