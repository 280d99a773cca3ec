/**
 * Shared test fixtures. Keys are built at run time from parts and a seeded generator: never a
 * literal key in the repository (our own hook and GitHub push protection scan it).
 */
import { classicChecksum } from '../../../src/detect/rules/githubChecksums.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';
import type { Rule } from '../../../src/detect/types.js';

const random = seededRandom('test/unit/detect/keys');

export function awsKeyId(): string {
  return 'AK' + 'IA' + random.chars(16, ALPHABET.base32);
}

export function githubPat(): string {
  const body = random.chars(30, ALPHABET.base62);
  return 'gh' + 'p_' + body + classicChecksum(body);
}

export function openaiProjectKey(): string {
  const half = (): string => random.chars(74, ALPHABET.base64url);
  return 'sk-' + 'proj-' + half() + 'T3Blbk' + 'FJ' + half();
}

/** A minimal rule for scanner behaviour; its "secrets" are `tok_` + 12 lower-case letters. */
export function testRule(overrides: Partial<Rule> = {}): Rule {
  return {
    id: 'test-token',
    provider: 'Test',
    description: 'test token',
    keywords: ['tok_'],
    pattern: /tok_[a-z]{12}/g,
    severity: 'block',
    validation: 'shape only',
    remediation: { revokeUrl: 'https://example.test/revoke' },
    samples: () => ({ positives: [], negatives: [] }),
    ...overrides,
  };
}

/** Rule id, line and column of each finding (the secret left out, to keep assertions short). */
export function positionsOf(text: string, rules: readonly Rule[]): { ruleId: string; line: number; column: number }[] {
  return scan(text, rules).map(({ ruleId, line, column }) => ({ ruleId, line, column }));
}
