// The main job on an embedded default, on one machine: a fixture training run is attested
// by dist/index.js exactly as a GitHub runner runs it, signed on a local Sigstore stack,
// stored through a stand-in for GitHub's attestations API, verified as a release gate,
// inspected, and then tampered with to show the gate closing.
import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTrainingFixture } from '../fixture/index.js';
import { startFakeGitHub } from '../github-api/index.js';
import { githubContextEnv, REPO_ROOT, runAction, type RunActionResult } from '../runner/index.js';
import { startStack } from '../stack/index.js';

const keep = process.argv.includes('--keep');
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const step = (n: number, title: string) => console.log(`\n${bold(`${n}. ${title}`)}`);
const indent = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `   ${l}`)
    .join('\n');

/** The step's log as a person sees it on GitHub: workflow commands hidden, annotations shown. */
function log(r: RunActionResult): string {
  return r.stdout
    .split('\n')
    .filter((l) => !/^::(add-mask|debug|set-output)/.test(l))
    .map((l) => l.replace(/^::(error|warning|notice)::/, (_, k: string) => `${k.toUpperCase()}: `))
    .join('\n');
}

function expectExit(r: RunActionResult, code: 'ok' | 'fail', what: string): void {
  if ((r.exitCode === 0) !== (code === 'ok')) {
    console.error(`\n${what}: unexpected exit ${r.exitCode}\n${r.stdout}\n${r.stderr}`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const ghToken = 'ghs_demo_token_not_secret';
  const workspace = await mkdtemp(join(tmpdir(), 'training-provenance-demo-'));
  const stack = await startStack();
  const gh = await startFakeGitHub({ token: ghToken });
  try {
    console.log(bold('training-provenance: the whole cycle on this machine'));

    step(1, 'A training run leaves its outputs in the workspace');
    const fx = await makeTrainingFixture(workspace);
    console.log(
      indent(
        `workspace  ${workspace}\nmodel      ${fx.modelDir} (${fx.modelFiles.length} files in subfolders)`,
      ),
    );
    console.log(indent(`datasets   ${fx.inputs.datasets!.split('\n').join('\n           ')}`));
    console.log(
      indent(
        `python     ${fx.inputs.python} (${fx.realVenv ? 'a real virtualenv' : 'a virtualenv layout'} with torch, transformers, CUDA wheels)`,
      ),
    );

    step(2, 'A local Sigstore stack and GitHub stand-ins start on loopback');
    console.log(
      indent(
        `OIDC issuer (GitHub-shaped tokens)  ${stack.issuerUrl}\nFulcio                              ${stack.fulcioUrl}\nRekor                               ${stack.rekorUrl}\nTSA                                 ${stack.tsaUrl}\nGitHub REST API                     ${gh.url}\ntrusted root                        ${stack.trustedRootPath}`,
      ),
    );
    const env = githubContextEnv({
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: stack.claims.repository,
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.tokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.tokenRequestToken,
    });

    step(3, 'the root action (attest) — node dist/index.js, as the runner runs it');
    const attest = await runAction({
      workspace,
      inputs: {
        ...fx.inputs,
        'trust-config': stack.trustConfigFulcioRekorPath,
        'github-token': ghToken,
      },
      env,
    });
    expectExit(attest, 'ok', 'attest');
    console.log(indent(log(attest)));

    step(4, 'training-provenance inspect — what the signed provenance says');
    const inspect = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'dist/cli/index.js'), 'inspect', attest.outputs['training-bundle-path']!],
      { encoding: 'utf8' },
    );
    console.log(indent(inspect.stdout || inspect.stderr));

    const verifyInputs = {
      model: fx.modelDir,
      bundle: attest.outputs['training-bundle-path']!,
      'trusted-root': stack.trustedRootPath,
      'github-token': ghToken,
      summary: 'false',
    };
    step(5, 'the verify action — the release gate, pinned to the repository that trained');
    const verified = await runAction({ workspace, action: 'verify', inputs: verifyInputs, env });
    expectExit(verified, 'ok', 'verify');
    console.log(indent(log(verified)));

    step(6, 'One byte of the model changes: the gate closes and names the file');
    const tampered = await mkdtemp(join(tmpdir(), 'training-provenance-demo-tampered-'));
    await cp(workspace, tampered, { recursive: true });
    await appendFile(join(tampered, fx.modelFiles[1]!), '\0');
    const refused = await runAction({
      workspace: tampered,
      action: 'verify',
      inputs: verifyInputs,
      env,
    });
    expectExit(refused, 'fail', 'verify of a tampered model');
    console.log(
      indent(
        log(refused)
          .split('\n')
          .filter((l) => /NOT VERIFIED|✗|ERROR/.test(l))
          .join('\n'),
      ),
    );
    await rm(tampered, { recursive: true, force: true });

    console.log(
      `\n${bold('Done.')} The statement, the bundle and the job summary are in ${attest.runnerTemp}${keep ? '' : ' (removed; pass --keep to keep them)'}.`,
    );
    if (!keep) await rm(attest.runnerTemp, { recursive: true, force: true });
  } finally {
    await stack.close();
    await gh.close();
    if (!keep) await rm(workspace, { recursive: true, force: true });
  }
}

await main();
