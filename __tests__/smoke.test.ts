import { ProvenanceError } from '../src/errors.js';
import * as core from '@actions/core';
test('smoke', () => {
  expect(new ProvenanceError('INPUT_INVALID', 'x', { input: 'model', fix: 'y' }).toLine()).toBe("INPUT_INVALID: input 'model': x Fix: y");
  expect(typeof core.getInput).toBe('function');
});
