// The shipped list of advisories for ML frameworks, applied by `frameworks.advisories:
// default`. Each entry is a published advisory whose identifier, affected range and fixed
// version were checked against its advisory record (GitHub Advisory Database / OSV / PyPA
// advisory database); `url` is that record. Ranges use the syntax of versions.ts and are
// compared with local versions dropped (`2.3.1+cu121` is 2.3.1).
//
// Keep entries to what a record states. Add an entry only with its record's URL.

export interface Advisory {
  /** CVE identifier. */
  id: string;
  /** Other identifiers of the same advisory (GHSA, PYSEC). */
  aliases: string[];
  /** PyPI distribution name (PEP 503-normalised). */
  package: string;
  /** Affected versions. */
  versions: string;
  /** First fixed version(s), as the record states. */
  fixed: string;
  summary: string;
  url: string;
}

function forPackages(packages: string[], a: Omit<Advisory, 'package'>): Advisory[] {
  return packages.map((p) => ({ ...a, package: p }));
}

export const DEFAULT_ADVISORIES: readonly Advisory[] = [
  // PyTorch
  {
    id: 'CVE-2025-32434',
    aliases: ['GHSA-53q9-r3pm-6pq6', 'PYSEC-2025-41'],
    package: 'torch',
    versions: '<2.6.0',
    fixed: '2.6.0',
    summary:
      'torch.load with weights_only=True can still execute code from a crafted file (remote code execution)',
    url: 'https://github.com/advisories/GHSA-53q9-r3pm-6pq6',
  },
  {
    id: 'CVE-2026-24747',
    aliases: ['GHSA-63cw-57p8-fm3p'],
    package: 'torch',
    versions: '<2.10.0',
    fixed: '2.10.0',
    summary:
      'the weights_only unpickler can be driven into memory corruption by a crafted checkpoint (code execution with weights_only=True)',
    url: 'https://github.com/pytorch/pytorch/security/advisories/GHSA-63cw-57p8-fm3p',
  },
  {
    id: 'CVE-2022-45907',
    aliases: ['GHSA-47fc-vmwq-366v', 'PYSEC-2022-43015'],
    package: 'torch',
    versions: '<1.13.1',
    fixed: '1.13.1',
    summary:
      'torch.jit.annotations.parse_type_line uses eval on its input (arbitrary code execution)',
    url: 'https://github.com/advisories/GHSA-47fc-vmwq-366v',
  },
  {
    id: 'CVE-2024-31580',
    aliases: ['GHSA-5pcm-hx3q-hm94'],
    package: 'torch',
    versions: '<2.2.0',
    fixed: '2.2.0',
    summary: 'heap buffer overflow in runtime/vararg_functions.cpp',
    url: 'https://github.com/advisories/GHSA-5pcm-hx3q-hm94',
  },
  {
    id: 'CVE-2024-31583',
    aliases: ['GHSA-pg7h-5qx3-wjr3'],
    package: 'torch',
    versions: '<2.2.0',
    fixed: '2.2.0',
    summary: 'use-after-free in the mobile interpreter (torch/csrc/jit/mobile/interpreter.cpp)',
    url: 'https://github.com/advisories/GHSA-pg7h-5qx3-wjr3',
  },
  // Hugging Face Transformers
  {
    id: 'CVE-2023-6730',
    aliases: ['GHSA-3863-2447-669p'],
    package: 'transformers',
    versions: '<4.36.0',
    fixed: '4.36.0',
    summary:
      'deserialization of untrusted data (pickle) in RagRetriever: code execution from a crafted repository',
    url: 'https://github.com/advisories/GHSA-3863-2447-669p',
  },
  {
    id: 'CVE-2023-7018',
    aliases: ['GHSA-v68g-wm8c-6x7j'],
    package: 'transformers',
    versions: '<4.36.0',
    fixed: '4.36.0',
    summary:
      'deserialization of untrusted data (pickle) in TransfoXLTokenizer: code execution from a crafted repository',
    url: 'https://github.com/advisories/GHSA-v68g-wm8c-6x7j',
  },
  {
    id: 'CVE-2024-3568',
    aliases: ['GHSA-37q5-v5qm-c9v8'],
    package: 'transformers',
    versions: '<4.38.0',
    fixed: '4.38.0',
    summary:
      'TFPreTrainedModel.load_repo_checkpoint unpickles checkpoint data: code execution from a crafted checkpoint',
    url: 'https://github.com/advisories/GHSA-37q5-v5qm-c9v8',
  },
  {
    id: 'CVE-2024-11392',
    aliases: ['GHSA-qxrp-vhvm-j765'],
    package: 'transformers',
    versions: '<4.48.0',
    fixed: '4.48.0',
    summary: 'MobileViTV2 configuration deserialization of untrusted data (remote code execution)',
    url: 'https://github.com/advisories/GHSA-qxrp-vhvm-j765',
  },
  {
    id: 'CVE-2024-11393',
    aliases: ['GHSA-wrfc-pvp9-mr9g'],
    package: 'transformers',
    versions: '<4.48.0',
    fixed: '4.48.0',
    summary: 'MaskFormer model file deserialization of untrusted data (remote code execution)',
    url: 'https://github.com/advisories/GHSA-wrfc-pvp9-mr9g',
  },
  {
    id: 'CVE-2024-11394',
    aliases: ['GHSA-hxxf-235m-72v3'],
    package: 'transformers',
    versions: '<4.48.0',
    fixed: '4.48.0',
    summary: 'Trax model file deserialization of untrusted data (remote code execution)',
    url: 'https://github.com/advisories/GHSA-hxxf-235m-72v3',
  },
  // Keras
  {
    id: 'CVE-2024-3660',
    aliases: ['GHSA-x4wf-678h-2pmq'],
    package: 'keras',
    versions: '<2.13.1rc0',
    fixed: '2.13.1rc0',
    summary: 'Lambda layers in a loaded model run arbitrary code (code injection)',
    url: 'https://github.com/advisories/GHSA-x4wf-678h-2pmq',
  },
  {
    id: 'CVE-2025-1550',
    aliases: ['GHSA-48g7-3x6r-xfhp'],
    package: 'keras',
    versions: '>=3.0.0,<3.9.0',
    fixed: '3.9.0',
    summary:
      'Model.load_model runs arbitrary code from a crafted .keras config.json even with safe_mode=True',
    url: 'https://github.com/advisories/GHSA-48g7-3x6r-xfhp',
  },
  {
    id: 'CVE-2025-8747',
    aliases: ['GHSA-c9rc-mg46-23w3'],
    package: 'keras',
    versions: '>=3.0.0,<3.11.0',
    fixed: '3.11.0',
    summary:
      'bypass of the CVE-2025-1550 fix through built-in Keras functions: file overwrite, often code execution, with safe_mode=True',
    url: 'https://github.com/advisories/GHSA-c9rc-mg46-23w3',
  },
  // TensorFlow (and its -cpu/-gpu distributions, which the record covers separately)
  ...forPackages(['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu'], {
    id: 'CVE-2021-37678',
    aliases: ['GHSA-r6jx-9g48-2r5r', 'PYSEC-2021-300'],
    versions: '>=2.3.0,<2.3.4 || >=2.4.0,<2.4.3 || ==2.5.0',
    fixed: '2.3.4, 2.4.3, 2.5.1, 2.6.0',
    summary:
      'Keras model_from_yaml uses yaml.unsafe_load: code execution when deserializing a model from YAML',
    url: 'https://github.com/tensorflow/tensorflow/security/advisories/GHSA-r6jx-9g48-2r5r',
  }),
  // NumPy, joblib (model persistence)
  {
    id: 'CVE-2019-6446',
    aliases: ['PYSEC-2019-108'],
    package: 'numpy',
    versions: '<1.16.1',
    fixed: '1.16.1',
    summary:
      'numpy.load unpickles object arrays by default: code execution from a crafted .npy/.npz (disputed by upstream)',
    url: 'https://osv.dev/vulnerability/PYSEC-2019-108',
  },
  {
    id: 'CVE-2022-21797',
    aliases: ['PYSEC-2022-288'],
    package: 'joblib',
    versions: '<1.2.0',
    fixed: '1.2.0',
    summary:
      'Parallel(pre_dispatch=...) evaluates its argument with eval (arbitrary code execution)',
    url: 'https://osv.dev/vulnerability/PYSEC-2022-288',
  },
];
