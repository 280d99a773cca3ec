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

/** A pattern that matches the empty string would report "secrets" everywhere (or nowhere useful). */
function cannotMatchEmpty(source: string): boolean {
  if (!compiles(source)) return true; // reported by regexSource
  const probe = new RegExp(source, 'g');
  const match = probe.exec('') ?? probe.exec('keyguard probe 0123');
  return match === null || match[0] !== '';
}

const urlString = z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' });

/** A user-defined rule: the same data as a built-in rule (src/detect/types.ts). */
export const customRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id, e.g. "acme-api-key"'),
    provider: z.string().min(1),
    description: z.string().min(1).optional(),
    pattern: regexSource.refine(cannotMatchEmpty, { message: 'the pattern can match the empty string' }),
    /** Capture group holding the secret (0 = whole match). */
    secretGroup: z.number().int().min(0).default(0),
    /** Literals that must occur in the text for the pattern to run (case-insensitive). */
    keywords: z.array(z.string().min(1)).default([]),
    severity: z.enum(['block', 'warn']).default('block'),
    remediation: z
      .object({ revokeUrl: urlString, usageUrl: urlString.optional(), envVar: z.string().min(1).optional() })
      .strict(),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    /** Rule ids to switch off entirely. */
    disabledRules: z.array(z.string().min(1)).default([]),
    allowlist: allowlistSchema.default({ paths: [], regexes: [], stopwords: [] }),
    /** Extra rules, checked like the built-in ones. */
    rules: z.array(customRuleSchema).default([]),
    /**
     * Content keyguard could not scan (over a size limit, a Git LFS object not present locally):
     * "block" fails with exit 2 naming each file, "note" lists them and keeps the exit code.
     * Unset: block in the hooks (check-staged, check-files, check-push), note in scan and scan-history.
     */
    onUnscannable: z.enum(['block', 'note']).optional(),
    /**
     * true: `scan` and `scan-history` verify as with --verify (docs/verify.md), sending each key to
     * its provider. Never the hooks (check-staged, check-push): a commit or push must not depend on
     * a network unless its own command line says --verify.
     */
    verify: z.boolean().optional(),
  })
  .strict();

export type CustomRuleConfig = z.infer<typeof customRuleSchema>;

export type KeyguardConfig = z.infer<typeof configSchema>;
