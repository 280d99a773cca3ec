/**
 * The detector's data model. Rules are plain data (gitleaks' design): the scanner
 * never contains provider-specific code, it only interprets these fields.
 */

/** `block` refuses the commit; `warn` is printed and the commit goes through. */
export type Severity = 'block' | 'warn';

/** Where the developer goes to act on a leaked key of this kind. */
export interface RemediationLinks {
  /**
   * The provider's own page where the owner revokes / rotates the key. Absent for rules of a kind
   * rather than a provider (a generic secret, a private key, a database password, a Dockerfile
   * value): no page is theirs, and the advice says to revoke it where it was issued.
   */
  readonly revokeUrl?: string;
  /** The provider's own page where the owner reviews usage or audit logs for the key. */
  readonly usageUrl?: string;
  /** Conventional environment variable name for the key (e.g. OPENAI_API_KEY). */
  readonly envVar?: string;
  /** Extra lines under this provider's remediation steps (how to keep the value out, e.g. Docker). */
  readonly advice?: readonly string[];
}

/** Test samples are generated at run time (never a literal key in the repository). */
export interface RuleSamples {
  /** Each string contains exactly one secret this rule must report. */
  readonly positives: readonly string[];
  /** Strings this rule must never report (placeholders, bad checksums, wrong lengths). */
  readonly negatives: readonly string[];
  /** Path the samples are scanned as, for a rule with `paths` (e.g. `Dockerfile`). */
  readonly path?: string;
}

export interface Rule {
  /** Unique kebab-case id, e.g. `openai-project-key`. */
  readonly id: string;
  /** Human provider name used to group remediation, e.g. `OpenAI`. */
  readonly provider: string;
  readonly description: string;
  /**
   * Lower-case literals; the rule's pattern only runs on text containing at least one
   * of them (keyword pre-filter). Every true sample must contain one of them.
   */
  readonly keywords: readonly string[];
  /** Global (`g`) regex; must be linear-time (no nested quantifiers). */
  readonly pattern: RegExp;
  /**
   * Literal starts of the secret that are public parts of its format (`ghp_`, `sk-proj-`, `AKIA`):
   * masks show the one the secret starts with, then at most 4 characters (report/mask.ts). Set with
   * the pattern by tokenFields() (pattern.ts). Default: none.
   */
  readonly prefixes?: readonly string[];
  /** Capture group holding the secret; 0 (whole match) when omitted. */
  readonly secretGroup?: number;
  readonly severity: Severity;
  /** Offline structural check (checksum, marker position, …); false → not a finding. */
  readonly validate?: (secret: string) => boolean;
  /**
   * Run the shared placeholder check (placeholder.ts) on the secret (default true). PEM private keys
   * turn it off: DER bodies legitimately hold long `AAAA` runs, so their `validate` checks the body.
   */
  readonly placeholderCheck?: boolean;
  /**
   * Per-finding severity, for rules whose verdict depends on the value or its context (an expired
   * JWT, a public Supabase `anon` JWT, the host of a connection URL): the finding's severity, or
   * `undefined` when the match is no finding after all (`postgres:postgres@localhost`). Gets the
   * whole match to read other capture groups. Runs after `validate`; default: `severity`, which
   * stays the rule's highest severity for listings.
   */
  readonly severityOf?: (secret: string, match: RegExpExecArray) => Severity | undefined;
  /**
   * The other half of a credential that only works in a pair, found near the secret in the same
   * text (Twilio's account SID for its auth token): for `--verify` only, which needs both. An
   * identifier, not a secret; never reported or written.
   */
  readonly partner?: (text: string, start: number) => string | undefined;
  /**
   * The secret may be a value a person chose (a password in a connection URL or an ODBC string, any
   * literal assigned to a secret-named variable), not a random key whose format the rule checks. Its
   * fingerprint is then a slow salted hash (report/fingerprint.ts), since a SHA-256 of a password is
   * one guess away from it, and its mask shows fewer characters (report/mask.ts). Default false;
   * custom rules are guessable (their entropy is unknown).
   */
  readonly guessable?: boolean;
  /**
   * A general rule (generic `api_key = …` assignment, credential URL) yields to the specific ones
   * (generalRules.ts): its candidate is dropped when it overlaps a span a specific rule matched and
   * rejected, or a value starting with the literal prefix a specific rule recognises its tokens by
   * (`ghp_`, `sk_live_`: a prefix that is also the rule's keyword). That rule already decided — a
   * failed checksum, a docs sample, a wrong length — and a catch-all must not overrule it. Only a
   * match counts: a provider's name in the variable (`MISTRAL_API_KEY=…`) or a prefix no rule
   * recognises (`sk_`) does not silence it. Default false.
   */
  readonly general?: boolean;
  /**
   * Ids of rules listed earlier that this rule still wins de-duplication against (scan.ts): a
   * provider-specific reading of a general format registered after it, e.g. the PEM key inside a
   * GCP service-account file, which `private-key` matches too. Default: none (list order decides).
   */
  readonly supersedes?: readonly string[];
  /**
   * Only files whose repo-relative path matches (gitleaks' rule `path`), e.g. Dockerfiles. The
   * detector is text-only, so the caller passes the path (ScanOptions.path); with no path given
   * (standard input, a bare text) such a rule does not run. Default: every file.
   */
  readonly paths?: RegExp;
  /**
   * A promise about the pattern, for rules whose pattern cannot start from a literal (the generic
   * assignment, credential URLs): every match contains one of the rule's keywords, and the match,
   * look-arounds included, reads no further than `reach` characters on either side of that keyword.
   * The scanner then runs the pattern only on the stretches of text within `reach` of a keyword
   * (merged), instead of on all of it: same findings, a fraction of the work on long texts where
   * the keyword is rare (npm run bench, case b). Default: the whole text.
   */
  readonly reach?: number;
  /**
   * With `reach`: how far before its keyword a match, look-behinds included, can read, when that is
   * less than `reach` (the keyword sits in the name that opens the match, the rest of the match
   * comes after it). Stretches then start this far before each keyword: the generic assignment's
   * 768 characters on both sides ran its pattern over ~40% more text than needed (npm run bench,
   * case b). Default (and at most): `reach`; without `reach` it has no effect.
   */
  readonly reachBefore?: number;
  /**
   * With `reach`: every match starts at most this many characters before the start of one of the
   * rule's keywords, never after it (the keyword sits in the first characters of the name that opens
   * the match: `encryption_` before `key`). The scanner then tries the pattern only at those
   * positions instead of at every position of the stretches: a pattern that opens with a 20-way
   * alternation spends most of its time failing to start one (npm run bench, case b: the generic
   * assignment's 31 ms over the 20 MB commit's stretches, 12 ms from its keywords). Same findings:
   * test/unit/detect/reach.test.ts compares whole-text scans. Without `reach` it has no effect.
   */
  readonly startsBefore?: number;
  /**
   * The rule's construction guarantees that every match reads one of its keywords (its literal
   * prefix or label opens the match: rules/patternReach.ts). The scanner then bounds the rule's
   * stretches by its pattern's extent (patternExtent.ts), computed the first time the rule runs,
   * as if that were its `reach`; a pattern without a bound scans the whole text.
   */
  readonly keywordsInMatch?: boolean;
  /**
   * For a key block whose match spans lines (PEM, PGP, PuTTY, SSH2): every match starts with the
   * literal `opener` and is at most `length` characters long. Lets a text that arrives in pieces
   * be scanned before it is complete (pieceRule.ts). Any other rule's match that spans lines
   * must stay under 4 kB.
   */
  readonly spansLines?: { readonly opener: string; readonly length: number };
  /**
   * Run the pattern on each line on its own, a line longer than this in windows of this many
   * characters (overlapping by a quarter of it): a match stays within one line and is at most a
   * quarter of this long. Bounds what one match attempt can read, so a pattern that backtracks
   * polynomially costs at most a polynomial of this, not of the file (custom rules: a
   * user's pattern cannot be audited like the built-in ones). Default: the whole text.
   */
  readonly lineWindow?: number;
  /** What `keyguard rules` says is validated, e.g. "CRC32/base62 checksum". */
  readonly validation: string;
  readonly remediation: RemediationLinks;
  /** Generates this rule's true/false samples; only called by tests. */
  readonly samples: () => RuleSamples;
}

/** One secret found in a piece of text. Holds the secret in memory only: reporters mask it. */
export interface Finding {
  readonly ruleId: string;
  readonly provider: string;
  readonly description: string;
  readonly severity: Severity;
  /** 1-based line within the scanned text. */
  readonly line: number;
  /** 1-based column (UTF-16 code units, as editors count) within that line. */
  readonly column: number;
  /** The secret itself. Never printed, logged or written: see report/mask.ts. */
  readonly secret: string;
  /** Rule.partner's answer, for --verify (in memory only, like `secret`). */
  readonly partner?: string;
}

/** Where the scanner runs a pattern: text[start, end), counting only matches that start before `until` (default `end`). */
export type Stretch = readonly [start: number, end: number, until?: number];

export interface ScanOptions {
  /** Honour `keyguard:allow` on the finding's line or the line before (default true). */
  readonly inlineAllow?: boolean;
  /** Repo-relative path of the scanned text: rules with `paths` run only when it matches. */
  readonly path?: string;
}
