// The bom-refs that tie the BOM's parts together (the model card's datasets, the formulation's
// inputs and outputs), made in one place so every part names a component the same way.
import type { ResourceDescriptor } from '../types.js';

/** A subject's component name: its name, else its URI. */
export const subjectName = (s: ResourceDescriptor): string => s.name ?? s.uri ?? 'model';
export const modelRef = (name: string) => `model:${name}`;
export const modelCardRef = (name: string) => `model-card:${name}`;
export const datasetRef = (name: string) => `dataset:${name}`;
export const baseModelRef = (name: string) => `base-model:${name}`;
