// The shape of the one spec (src/surface/spec.ts) of every action input and CLI flag, from
// which the three action.yml, the CLI's options and --help, and the README's tables are made.

/** list: several values (lines in the action, a repeated flag); paths: a list of files. */
export type InputType = 'string' | 'boolean' | 'list' | 'path' | 'paths' | 'choice';

export const ACTIONS = ['attest', 'verify', 'review'] as const;
export type ActionName = (typeof ACTIONS)[number];

export const COMMANDS = [
  'attest',
  'verify',
  'inspect',
  'diff',
  'sign-model',
  'digest',
  'prove',
  'verify-proof',
  'trusted-root',
  'bom',
  'manifest',
  'lineage',
] as const;
export type CommandName = (typeof COMMANDS)[number];

/** How one action or command differs from the entry's common text. */
export interface Use {
  description?: string;
  default?: string;
  choices?: readonly string[];
  metavar?: string;
  /** One value where the entry takes several, with `reason`. */
  single?: string;
}

export interface Entry {
  /** The action input's name; the flag is `--name` (or its singular, `singular`). */
  name: string;
  type: InputType;
  choices?: readonly string[];
  /** The default as the action declares it ('' for none). */
  default: string;
  /** The value's placeholder in --help (`--model PATH`). */
  metavar?: string;
  /** What it is, for the action.yml and the README. */
  description: string;
  /** The --help text, when it reads otherwise on a terminal. */
  help?: string;
  actions?: Partial<Record<ActionName, Use | true>>;
  commands?: Partial<Record<CommandName, Use | true>>;
  /** A list named in the plural: its flag is the singular, repeated (datasets → --dataset). */
  singular?: true;
  /** Why the command's default differs from the action's. */
  cliDefault?: { value: string; reason: string };
  /** Why an input only the action has, or a flag only the command has, is not on the other side. */
  actionOnly?: string;
  cliOnly?: string;
  short?: string;
}

/** An input or flag v1 removed, and what replaces it. */
export interface Removed {
  name: string;
  /** Only this value was removed (`sigstore: custom`); the input itself stays. */
  value?: string;
  actions?: readonly ActionName[];
  commands?: readonly CommandName[];
  /** The input or flag that replaces it; for a root-action input, the sub-action's path. */
  by: string;
  /** What to write instead (a sentence naming the replacement). */
  replacement: string;
  /** Why, for docs/migrating-to-v1.md. */
  reason: string;
}

export interface Output {
  name: string;
  actions: Partial<Record<ActionName, string>>;
}

/** A command's --help head: its usage lines and what it does. */
export interface CommandHead {
  name: CommandName;
  summary: string;
  usage: string;
  about: string;
  /** Bare arguments it takes at most (files named without a flag). */
  positionals: number;
  /** It writes a document (a proof, a BOM): --format json is a summary of --output. */
  document?: true;
}
