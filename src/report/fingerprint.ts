import type { Finding, Rule } from '../detect/types.js';
import { lazyCrypto, sha256 } from '../sha256.js';

/**
 * A one-way fingerprint of a secret, stable across line moves and clones: baselines, JSON
 * consumers and SARIF identify a finding by it. Never reversible to the secret — which for a
 * random key a plain SHA-256 guarantees, but not for a value a person chose (a password in a
 * connection URL): one SHA-256 per guess from a password list recovers it from an uploaded
 * JSON or SARIF file. So a `guessable` rule's secret gets a slow, memory-hard hash instead.
 *
 * scrypt (RFC 7914) with N=2^14, r=8, p=1: the cost its author gives for interactive logins
 * (Percival 2009, "Stronger key derivation via sequential memory-hard functions"; r and p as in
 * RFC 7914 §2): 16 MiB and tens of ms per guess, on a GPU too, hundreds of thousands of times a
 * SHA-256. keyguard pays it once per distinct guessable secret found (about 50 ms of CPU, measured
 * on a shared 2-core machine; results are kept for the process), and never when none is found.
 *
 * The salt is a fixed product constant, not a per-repository one. Every clone, fork and mirror,
 * a history rewritten by `keyguard scrub`, the first commit of a repository, a scan outside any
 * repository and `scan --stdin` all give the same fingerprint with nothing to set up, so committed
 * baselines keep matching everywhere. A per-repository salt committed beside the baseline would be
 * as public as the SARIF file (the repository that reports are uploaded for), so its only gain
 * would be against precomputing one password list for every keyguard user; the scrypt cost already
 * makes that precomputation expensive, and the salt keeps generic SHA-256/scrypt tables useless.
 * Changing the salt or parameters changes every such fingerprint: it needs a new prefix.
 */
const SALT = 'keyguard/fingerprint/scrypt/v1';
const SCRYPT = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const LENGTH = 32;
const PREFIX = 'scrypt:';

/** Slow hashes already computed in this process, by secret: the hook asks up to three times per finding. */
const slow = new Map<string, string>();

/**
 * Compute the slow hashes of these findings' guessable secrets in parallel, on libuv's thread pool
 * (4 threads by default, UV_THREADPOOL_SIZE), so that `fingerprint` then finds them ready: with many
 * password findings the wall time is divided by the cores, instead of one scrypt after another.
 */
export async function prepareFingerprints(findings: Iterable<Pick<Finding, 'secret' | 'ruleId'>>, rules: readonly Rule[]): Promise<void> {
  const guessable = new Set(rules.filter((r) => r.guessable === true).map((r) => r.id));
  const pending = new Set<string>();
  for (const { secret, ruleId } of findings) if (guessable.has(ruleId) && !slow.has(secret)) pending.add(secret);
  if (pending.size === 0) return;
  const { scrypt } = lazyCrypto();
  await Promise.all(
    [...pending].map(
      (secret) =>
        new Promise<void>((resolve, reject) =>
          scrypt(secret, SALT, LENGTH, SCRYPT, (error, key) => {
            if (error) return reject(error);
            slow.set(secret, `${PREFIX}${key.toString('hex')}`);
            resolve();
          }),
        ),
    ),
  );
}

/**
 * `scrypt:<hex>` for a secret of a `guessable` rule (and of any custom rule: keyguard cannot
 * know its entropy), else `sha256:<hex>` of the secret's UTF-8 bytes. Without a rule (a
 * secret-file finding's `path:<path>`, nothing secret) the SHA-256.
 */
export function fingerprint(secret: string, rule?: Pick<Rule, 'guessable'>): string {
  if (rule?.guessable !== true) return legacyFingerprint(secret);
  let known = slow.get(secret);
  if (known === undefined) {
    known = `${PREFIX}${lazyCrypto().scryptSync(secret, SALT, LENGTH, SCRYPT).toString('hex')}`;
    slow.set(secret, known);
  }
  return known;
}

/** Whether `fp` is a slow (`scrypt:`) fingerprint: only a baseline holding one needs them computed. */
export function isSlowFingerprint(fp: string): boolean {
  return fp.startsWith(PREFIX);
}

/** The plain `sha256:<hex>`: every fingerprint before JSON version 2, guessable secrets included. */
export function legacyFingerprint(secret: string): string {
  return `sha256:${sha256(secret).toString('hex')}`;
}

/**
 * The fingerprints under which a baseline may list this secret: its fingerprint, and for a
 * guessable secret also the plain SHA-256 that baselines written before JSON version 2 hold, so
 * they keep suppressing it until `keyguard baseline` rewrites them (the first one is current).
 */
export function baselineFingerprints(secret: string, rule?: Pick<Rule, 'guessable'>): readonly string[] {
  const current = fingerprint(secret, rule);
  return rule?.guessable === true ? [current, legacyFingerprint(secret)] : [current];
}
