// How the model was made, as CycloneDX `formulation`: one workflow, the training run, with
// the datasets as inputs, the model as output, and the run's identity and build as properties.
import type { ProvenanceView } from '../statement/view.js';
import { baseModelRef, datasetRef, modelRef, subjectName } from './refs.js';

type Json = Record<string, unknown>;

function runFacts(view: ProvenanceView): Array<[string, string | undefined]> {
  const id = view.identity;
  return [
    ['repository', id.repository ?? view.workflow?.repository],
    ['ref', id.ref ?? view.workflow?.ref],
    ['commit', id.sha ?? view.source?.gitCommit],
    ['workflow', id.workflowPath ?? view.workflow?.path],
    ['builder', view.builderId],
    ['runner-environment', view.github?.runner_environment ?? view.runner?.environment],
    ['runner-os', view.runner?.os],
    ['runner-arch', view.runner?.arch],
    ['python', view.pythonVersion],
    ['cuda', view.accelerator.cuda],
    ['cuda-source', view.accelerator.cudaSource],
    ['cudnn', view.accelerator.cudnn],
    ['rocm', view.accelerator.rocm],
    ['gpus', view.accelerator.gpus?.join(', ')],
  ];
}

export function formulation(view: ProvenanceView): Json {
  const properties = runFacts(view)
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([k, v]) => ({ name: `training-provenance:${k}`, value: v }));
  const workflow: Json = {
    'bom-ref': 'workflow:training-run',
    uid: view.invocationId ?? view.builderId ?? 'training-run',
    name: view.identity.workflowPath ?? view.workflow?.path ?? 'training run',
    taskTypes: ['build'],
    inputs: [
      ...view.datasets.map((d) => ({ resource: { ref: datasetRef(d.name) } })),
      ...view.baseModels.map((b) => ({ resource: { ref: baseModelRef(b.name) } })),
    ],
    outputs: view.subjects.map((s) => ({ resource: { ref: modelRef(subjectName(s)) } })),
    ...(view.startedOn ? { timeStart: view.startedOn } : {}),
    ...(view.finishedOn ? { timeEnd: view.finishedOn } : {}),
    ...(properties.length ? { properties } : {}),
  };
  return { 'bom-ref': 'formula:training-run', workflows: [workflow] };
}
