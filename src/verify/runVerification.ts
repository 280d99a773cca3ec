import pkg from '../../package.json' with { type: 'json' };
import * as messages from '../messages.js';
import type { ReportFinding } from '../report/types.js';
import type { Candidate } from './candidates.js';
import { httpsTransport } from './transport.js';
import type { Transport, Verification } from './types.js';
import { verifyCandidates } from './verifyCandidates.js';

/**
 * `--verify`: each finding with its verification. The product's only transport: node:https to
 * each verifier's constant host on port 443, Node's CA store, no option of any kind (transport.ts).
 * `transport` is a parameter for tests of this step only.
 */
export async function runVerification(
  findings: readonly ReportFinding[],
  candidates: readonly Candidate[],
  clock: () => number,
  transport: Transport = httpsTransport({ userAgent: `keyguard/${pkg.version} (+verify)` }),
): Promise<ReportFinding[]> {
  const results = await verifyCandidates(candidates, { transport, clock, now: () => new Date() });
  const checkedAt = new Date().toISOString();
  return findings.map((f) => ({ ...f, verification: results.get(f.fingerprint) ?? notAsked(f, checkedAt) }));
}

/** A finding no candidate stands for: a staged secret file (.env, id_rsa), which is no single key. */
function notAsked(f: ReportFinding, checkedAt: string): Verification {
  return { status: 'unknown', checkedAt, detail: f.ruleId.startsWith('secret-file-') ? messages.VERIFY_NOT_A_KEY : messages.verifyUnsupported(f.ruleId) };
}
