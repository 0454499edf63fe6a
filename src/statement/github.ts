// GitHub's build provenance, exactly as actions/attest writes it (`@actions/attest`'s
// buildSLSAProvenancePredicate): GitHub's attestations API validates SLSA provenance
// against this shape and refuses any other buildType or any extra field, so nothing of
// the training run goes here. The training record carries that (build.ts).
import type { Subject, WorkflowIdentity } from '../types.js';
import { GITHUB_WORKFLOW_BUILD_TYPE, SLSA_PROVENANCE_V1, STATEMENT_TYPE } from './layout.js';
import { builderId, invocationId, repositoryUrl, sourceUri, uniqueSubjects } from './build.js';

export interface GithubProvenancePredicate {
  buildDefinition: {
    buildType: typeof GITHUB_WORKFLOW_BUILD_TYPE;
    externalParameters: { workflow: { ref: string; repository: string; path: string } };
    internalParameters: {
      github: {
        event_name: string;
        repository_id?: string;
        repository_owner_id?: string;
        runner_environment: string;
      };
    };
    resolvedDependencies: [{ uri: string; digest: { gitCommit: string } }];
  };
  runDetails: { builder: { id: string }; metadata: { invocationId: string } };
}

export interface GithubProvenanceStatement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: typeof SLSA_PROVENANCE_V1;
  predicate: GithubProvenancePredicate;
}

export function buildGithubProvenancePredicate(id: WorkflowIdentity): GithubProvenancePredicate {
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: id.ref, repository: repositoryUrl(id), path: id.workflowPath },
      },
      internalParameters: {
        github: {
          event_name: id.eventName,
          repository_id: id.repositoryId,
          repository_owner_id: id.repositoryOwnerId,
          runner_environment: id.runnerEnvironment,
        },
      },
      resolvedDependencies: [{ uri: sourceUri(id), digest: { gitCommit: id.sha } }],
    },
    runDetails: {
      builder: { id: builderId(id) },
      metadata: { invocationId: invocationId(id) },
    },
  };
}

/**
 * The statement `gh attestation verify` and GitHub's attestation pages read. Subjects carry
 * only name and digest, as actions/attest's do: annotations are the training record's.
 */
export function buildGithubProvenance(
  subjects: readonly Subject[],
  id: WorkflowIdentity,
): GithubProvenanceStatement {
  return {
    _type: STATEMENT_TYPE,
    subject: uniqueSubjects(subjects).map((s) => ({ name: s.name, digest: { ...s.digest } })),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: buildGithubProvenancePredicate(id),
  };
}
