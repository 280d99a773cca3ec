/** A finding as verification needs it: still holding its secret, so it lives in memory only. */
export interface Candidate {
  readonly fingerprint: string;
  readonly ruleId: string;
  /** A built-in rule: only those have verifiers (a custom rule's match is never sent anywhere). */
  readonly builtIn: boolean;
  readonly secret: string;
  /** Where it was found (a file, or a commit and file): the two halves of a pair come from one place. */
  readonly place: string;
  readonly line: number;
  /** The other half the detector found next to the secret (types.ts Rule.partner), if any. */
  readonly partner?: string;
}

/** Credentials the rules report as two findings (an AWS key id and its secret): each half's other half. */
const PAIRED: Readonly<Record<string, string>> = {
  'aws-access-key-id': 'aws-secret-access-key',
  'aws-secret-access-key': 'aws-access-key-id',
};

/**
 * The other half of `candidate`'s pair found in the same place, the nearest by line (AWS), or the
 * one the detector found next to it (Twilio); undefined when none.
 */
export function partnerOf(candidate: Candidate, all: readonly Candidate[]): string | undefined {
  const wanted = PAIRED[candidate.ruleId];
  if (wanted === undefined) return candidate.partner;
  let best: Candidate | undefined;
  for (const other of all) {
    if (other.ruleId !== wanted || other.place !== candidate.place || !other.builtIn) continue;
    if (best === undefined || Math.abs(other.line - candidate.line) < Math.abs(best.line - candidate.line)) best = other;
  }
  return best?.secret;
}
