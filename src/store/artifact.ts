// Uploads the statement and bundle as a workflow artifact. Outside a runner (a local run
// through the CLI or a test) there is no artifact service: that is a notice, not a failure,
// because the files are already in output-dir.
import { dirname } from 'node:path';

export type ArtifactOutcome =
  { uploaded: true; id?: number; size?: number } | { uploaded: false; reason: string };

export async function uploadProvenanceArtifact(
  name: string,
  files: string[],
  runtimeAvailable: boolean,
): Promise<ArtifactOutcome> {
  if (!runtimeAvailable) {
    return {
      uploaded: false,
      reason:
        'no artifact service here (ACTIONS_RUNTIME_TOKEN is not set): the files stay in output-dir',
    };
  }
  const root = dirname(files[0] ?? '.');
  try {
    // Loaded only when there is a service to talk to: it is the largest dependency we have.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const res = await client.uploadArtifact(name, files, root, { retentionDays: undefined });
    return { uploaded: true, id: res.id, size: res.size };
  } catch (e) {
    return { uploaded: false, reason: `artifact upload failed: ${(e as Error).message}` };
  }
}
