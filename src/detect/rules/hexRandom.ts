/**
 * A randomness test for hex keys and UUIDs behind a label (Datadog, Rollbar, Airbrake, Opsgenie,
 * Splunk, Logz.io). labelledRule's looksRandom wants 3.5 bits of entropy per character, which 32
 * random hex characters miss about one time in five (16 symbols give at most 4 bits, and a short
 * sample scores lower): measured on the rules' own generated samples.
 */
import { shannonEntropy } from '../entropy.js';
import type { Rule } from '../types.js';
import { labelledRule, type LabelledSpec } from './labelledRule.js';

/** Random hex of 32+ characters scores about 3.6 (standard deviation about 0.12); typed fillers far less. */
const MIN_HEX_ENTROPY = 3;

/** Digits and letters both occur, and the hex digits (hyphens aside) are spread like random ones. */
export function looksRandomHex(secret: string): boolean {
  const hex = secret.replace(/-/g, '');
  return /[0-9]/.test(hex) && /[a-fA-F]/.test(hex) && shannonEntropy(hex) >= MIN_HEX_ENTROPY;
}

/** labelledRule() for a hex or UUID body: the same rule, judged by looksRandomHex. */
export function hexRule(spec: LabelledSpec): Rule {
  return { ...labelledRule(spec), validate: looksRandomHex };
}
