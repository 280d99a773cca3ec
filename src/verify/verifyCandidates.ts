import * as messages from '../messages.js';
import { partnerOf, type Candidate } from './candidates.js';
import { interpret, isVerdict, unknown } from './interpret.js';
import { VERIFIERS } from './registry.js';
import { TransportError, type Transport, type Verdict, type Verification, type Verifier } from './types.js';

export interface VerifyRunOptions {
  readonly transport: Transport;
  /** Milliseconds, monotonic: the budget's clock. */
  readonly clock: () => number;
  /** The time stamped on each result. */
  readonly now: () => Date;
  /** Requests in flight at once (default 4): a scan of a leaked dump must not hammer a provider. */
  readonly concurrency?: number;
  /** All requests of the run together (default 30 s): what is not asked by then is `unknown`. */
  readonly budgetMs?: number;
  /** One request, connect to last byte (default 10 s). */
  readonly timeoutMs?: number;
}

export const DEFAULTS = { concurrency: 4, budgetMs: 30_000, timeoutMs: 10_000 } as const;

/** A request that cannot be built (a signing library's error) is no answer: unknown, and its message, which might quote the key, is dropped. */
function buildSafely(verifier: Verifier, credential: Parameters<Verifier['build']>[0]): ReturnType<Verifier['build']> {
  try {
    return verifier.build(credential);
  } catch {
    return unknown(messages.verifyNoAnswer(verifier.host, 'the request could not be built'));
  }
}

/**
 * Each distinct finding (by fingerprint) asked of its provider once; the same credential found by
 * two rules or as both halves of a pair is one request. Results are returned, never stored.
 */
export async function verifyCandidates(candidates: readonly Candidate[], options: VerifyRunOptions): Promise<Map<string, Verification>> {
  const { concurrency = DEFAULTS.concurrency, budgetMs = DEFAULTS.budgetMs, timeoutMs = DEFAULTS.timeoutMs } = options;
  const started = options.clock();
  const inFlight = new Map<string, Promise<Verdict>>();
  const distinct = [...new Map(candidates.map((c) => [c.fingerprint, c])).values()];
  const results = new Map<string, Verification>();

  const ask = async (verifier: Verifier, shape: ReturnType<Verifier['build']>): Promise<Verdict> => {
    if (isVerdict(shape)) return shape;
    const remaining = budgetMs - (options.clock() - started);
    if (remaining <= 0) return unknown(messages.verifyBudgetSpent(budgetMs / 1000));
    try {
      // The host last: whatever a verifier returned, the request goes to its constant host.
      const response = await options.transport({ ...shape, host: verifier.host }, Math.min(timeoutMs, remaining));
      return interpret(verifier, response);
    } catch (error) {
      return unknown(messages.verifyNoAnswer(verifier.host, error instanceof TransportError ? error.reason : 'request failed'));
    }
  };

  const check = (candidate: Candidate): Promise<Verdict> => {
    const verifier = candidate.builtIn ? VERIFIERS.get(candidate.ruleId) : undefined;
    if (verifier === undefined) return Promise.resolve(unknown(messages.verifyUnsupported(candidate.ruleId)));
    const credential = { secret: candidate.secret, partner: partnerOf(candidate, candidates) };
    const identity = `${verifier.host}\0${verifier.identity?.(credential) ?? credential.secret}`;
    let pending = inFlight.get(identity);
    if (pending === undefined) {
      pending = ask(verifier, buildSafely(verifier, credential));
      inFlight.set(identity, pending);
    }
    return pending;
  };

  let next = 0;
  const worker = async () => {
    for (let c = distinct[next++]; c !== undefined; c = distinct[next++]) {
      const verdict = await check(c);
      results.set(c.fingerprint, { ...verdict, checkedAt: options.now().toISOString() });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
}
