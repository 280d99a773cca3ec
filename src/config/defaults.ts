import type { Rule } from '../detect/types.js';

/** Config used when the repository has none; equal to what the schema's defaults produce. */
export interface ResolvedConfig {
  /** Which file the config came from (for messages), or null for defaults. */
  readonly source: string | null;
  readonly disabledRules: readonly string[];
  readonly allowlist: {
    readonly paths: readonly string[];
    readonly regexes: readonly string[];
    readonly stopwords: readonly string[];
  };
  /** Rules defined in the config, already compiled and validated. */
  readonly customRules: readonly Rule[];
  /** schema.ts onUnscannable; undefined: the command's default. */
  readonly onUnscannable?: 'block' | 'note';
  /** schema.ts verify: scan and scan-history verify keys live; undefined: only with --verify. */
  readonly verify?: boolean;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  source: null,
  disabledRules: [],
  allowlist: { paths: [], regexes: [], stopwords: [] },
  customRules: [],
};

/** The allowlist of a repository without config: allows nothing, costs nothing. */
export const NO_ALLOWLIST = {
  pathAllowed: (_path: string): boolean => false,
  secretAllowed: (_secret: string): boolean => false,
} as const;
