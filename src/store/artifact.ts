// Uploads the run's statements and bundles as a workflow artifact. Outside a runner (a local
// run, a test without the service) there is no artifact service: that is a notice, because the
// files are already in output-dir. With a service, a failed upload fails the step: the user
// asked for the artifact (artifact not false), and review will look for it.
import { dirname } from 'node:path';
import { ProvenanceError } from '../errors.js';

export type ArtifactOutcome =
  | { uploaded: true; id?: number; size?: number; name: string }
  | { uploaded: false; reason: string };

/** What every default artifact name starts with; review looks for it. */
export const ARTIFACT_PREFIX = 'training-provenance';

/**
 * The default name: the job id and the model's digest, which differ between the jobs of a
 * matrix that train different models. GitHub's artifact service takes a name once per run.
 */
export function defaultArtifactName(job: string | undefined, modelDigest: string): string {
  const hex = modelDigest.replace(/^sha256:/, '').slice(0, 12);
  return [ARTIFACT_PREFIX, job?.replace(/[^A-Za-z0-9_.-]/g, '-'), hex].filter(Boolean).join('-');
}

export interface UploadOptions {
  /** The name to upload under. */
  name: string;
  /** The user named it: a name taken in this run is their error, not ours to work around. */
  explicit: boolean;
  runtimeAvailable: boolean;
  log?: (line: string) => void;
}

const TAKEN = /an artifact with this name already exists on the workflow run/;

export async function uploadProvenanceArtifact(
  files: string[],
  opts: UploadOptions,
): Promise<ArtifactOutcome> {
  if (!opts.runtimeAvailable) {
    return {
      uploaded: false,
      reason:
        'no artifact service here (ACTIONS_RUNTIME_TOKEN is not set): the files stay in output-dir',
    };
  }
  // Loaded only when there is a service to talk to: it is the largest dependency we have.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  // A default name taken by another job of the run (the same model trained twice) gets -2, -3.
  const names = opts.explicit
    ? [opts.name]
    : [opts.name, ...[2, 3, 4, 5].map((n) => `${opts.name}-${n}`)];
  for (const name of names) {
    try {
      const res = await client.uploadArtifact(name, files, dirname(files[0] ?? '.'), {});
      return { uploaded: true, id: res.id, size: res.size, name };
    } catch (e) {
      const message = (e as Error).message;
      if (!opts.explicit && TAKEN.test(message) && name !== names.at(-1)) {
        opts.log?.(`artifact name ${name} is taken in this run: trying the next`);
        continue;
      }
      throw uploadError(name, message, opts.explicit && TAKEN.test(message), e);
    }
  }
  throw new Error('unreachable');
}

function uploadError(
  name: string,
  message: string,
  taken: boolean,
  cause: unknown,
): ProvenanceError {
  return new ProvenanceError(
    'STORAGE_FAILED',
    `the artifact '${name}' could not be uploaded: ${message}`,
    taken
      ? {
          input: 'artifact',
          value: name,
          fix: 'give each job of the run its own artifact name (include ${{ strategy.job-index }} in a matrix), or leave it empty for a name per job and model; the files are kept in output-dir',
          cause,
        }
      : {
          input: 'artifact',
          value: name,
          fix: 're-run the job, or set artifact: false; the signed files are kept in output-dir',
          cause,
        },
  );
}
