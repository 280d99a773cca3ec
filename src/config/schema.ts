import { z } from 'zod';

/**
 * The single source of truth for keyguard's configuration: defaults live here,
 * types are inferred from it, and `.strict()` turns a typo into an error instead of
 * a silently ignored setting (a security tool must not ignore what you asked for).
 */

const regexSource = z.string().min(1).refine(compiles, { message: 'expected a valid JavaScript regular expression' });

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

export const allowlistSchema = z
  .object({
    /** Globs (picomatch) over repo-relative paths whose content is not scanned. */
    paths: z.array(z.string().min(1)).default([]),
    /** Regexes over the secret: a matching secret is not reported. */
    regexes: z.array(regexSource).default([]),
    /** Case-insensitive words: a secret containing one is not reported. */
    stopwords: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    /** Rule ids to switch off entirely. */
    disabledRules: z.array(z.string().min(1)).default([]),
    allowlist: allowlistSchema.default({ paths: [], regexes: [], stopwords: [] }),
  })
  .strict();

export type KeyguardConfig = z.infer<typeof configSchema>;
