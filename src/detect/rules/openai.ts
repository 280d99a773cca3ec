/**
 * OpenAI API keys (secret-formats.md §1; gitleaks rules/openai.go, trufflehog openai/openaiadmin).
 * Every format carries `T3BlbkFJ` — base64 of "OpenAI" — exactly between two equal random halves.
 * There is no checksum, so the marker's position is the structural check.
 *
 * The first project keys (2023–24) kept the legacy 20 + marker + 20 base62 body behind `sk-proj-`
 * (56 characters; issue 12): keyshade's rule and the OpenAI community thread it cites
 * (community.openai.com/t/288643, "sk-[project-name]-[20 alnum]T3BlbkFJ[20 alnum]"); 2 public
 * examples of that shape checked (find_string), both docs/test fakes with a mutated marker.
 *
 * The rules match docs samples whose marker is mutated (`T4BlbkFJ`, seen in 9 public examples:
 * "API key looks like …" pages, a "not recommended" hard-coded sample) and reject them, so they
 * judge those spans and the generic rule stays quiet (generalRules.ts); the `sk-proj-`-style
 * prefixes are keywords for the same reason: a value starting with one is OpenAI's to judge.
 */
import type { Rule } from '../types.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const MARKER = 'T3BlbkFJ';
/** The marker with its digit left open: docs samples mutate it (`T4BlbkFJ`); validate checks it. */
const ANY_MARKER = 'T[0-9]BlbkFJ';
const ENV_VAR = 'OPENAI_API_KEY';
const REMEDIATION = {
  revokeUrl: 'https://platform.openai.com/api-keys',
  usageUrl: 'https://platform.openai.com/usage',
  envVar: ENV_VAR,
};

/** Halves seen so far are 58 and 74; accept 40–96 so a new length still matches if centred. */
const MIN_HALF = 40;
const MAX_HALF = 96;

/** True when `secret` is prefix + half + marker + half, halves of equal length. */
function markerInMiddle(prefixLength: number): (secret: string) => boolean {
  return (secret) => {
    const rest = secret.length - prefixLength - MARKER.length;
    const half = rest / 2;
    return (
      Number.isInteger(half) &&
      half >= MIN_HALF &&
      half <= MAX_HALF &&
      secret.startsWith(MARKER, prefixLength + half)
    );
  };
}

const legacy: Rule = {
  id: 'openai-legacy-key',
  provider: 'OpenAI',
  description: 'OpenAI user API key (legacy sk- format) or early project key (sk-proj- + the same body)',
  keywords: ['blbkfj'],
  ...tokenFields({
    prefixes: ['sk-'],
    body: `(?:proj-)?${CLASS.base62}{20}${ANY_MARKER}${CLASS.base62}{20}`,
    boundary: CLASS.base64url,
  }),
  validate: (secret) => secret.startsWith(MARKER, secret.length - 28),
  severity: 'block',
  validation: 'T3BlbkFJ marker between two 20-character base62 halves (51 characters; 56 with sk-proj-)',
  remediation: REMEDIATION,
  samples() {
    const r = seededRandom('openai-legacy-key');
    const key = (marker: string): string => `sk-${r.chars(20, ALPHABET.base62)}${marker}${r.chars(20, ALPHABET.base62)}`;
    return {
      positives: [...inContexts(key(MARKER), ENV_VAR), `OPENAI_API_KEY=${key(MARKER).replace('sk-', 'sk-proj-')}`],
      negatives: [
        `OPENAI_API_KEY=${key('T4Blbk' + 'FJ').replace('sk-', 'sk-proj-')}`,
        `OPENAI_API_KEY=sk-proj-${r.chars(19, ALPHABET.base62)}${MARKER}${r.chars(21, ALPHABET.base62)}`,
        ...indirections(ENV_VAR),
        'OPENAI_API_KEY=sk-...',
        'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        `OPENAI_API_KEY=${key('T4Blbk' + 'FJ')}`,
        `OPENAI_API_KEY=sk-${'x'.repeat(20)}${MARKER}${'x'.repeat(20)}`,
        `id=Z${key(MARKER)}`,
        `id=${key(MARKER)}Z`,
      ],
    };
  },
};

interface ModernKind {
  readonly id: string;
  readonly prefix: string;
  readonly description: string;
  readonly halves: readonly number[];
  readonly revokeUrl: string;
}

function modernKey(kind: ModernKind): Rule {
  const b64 = ALPHABET.base64url;
  return {
    id: kind.id,
    provider: 'OpenAI',
    description: kind.description,
    keywords: [kind.prefix.toLowerCase()],
    ...tokenFields({
      prefixes: [kind.prefix],
      body: `${CLASS.base64url}{${2 * MIN_HALF + MARKER.length},${2 * MAX_HALF + MARKER.length}}`,
      boundary: CLASS.base64url,
    }),
    validate: markerInMiddle(kind.prefix.length),
    severity: 'block',
    validation: `${kind.prefix} + two equal base64url halves (${kind.halves.join(' or ')} seen) with T3BlbkFJ exactly in the middle`,
    remediation: { ...REMEDIATION, revokeUrl: kind.revokeUrl },
    samples() {
      const r = seededRandom(kind.id);
      // Real keys end in 'A' in every modern sample examined (secret-formats.md §1).
      const key = (left: number, right: number, marker = MARKER): string =>
        `${kind.prefix}${r.chars(left, b64)}${marker}${r.chars(right - 1, b64)}A`;
      const [half = 74] = kind.halves;
      return {
        positives: [...inContexts(key(half, half), ENV_VAR), ...kind.halves.map((h) => `key: ${key(h, h)}`)],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${kind.prefix}...`,
          `${ENV_VAR}=${kind.prefix}your-key-here`,
          `${ENV_VAR}=${kind.prefix}${'x'.repeat(half)}${MARKER}${'x'.repeat(half)}`,
          `${ENV_VAR}=${key(half, half, 'T4Blbk' + 'FJ')}`,
          `${ENV_VAR}=${key(half - 1, half + 1)}`,
          `${ENV_VAR}=${key(half, half)}A`,
          `blob=Q${key(half, half)}`,
        ],
      };
    },
  };
}

const apiKeys = 'https://platform.openai.com/api-keys';

export const openaiRules: readonly Rule[] = [
  legacy,
  modernKey({ id: 'openai-project-key', prefix: 'sk-proj-', description: 'OpenAI project API key', halves: [74, 58], revokeUrl: apiKeys }),
  modernKey({ id: 'openai-service-account-key', prefix: 'sk-svcacct-', description: 'OpenAI service-account API key', halves: [74], revokeUrl: apiKeys }),
  modernKey({
    id: 'openai-admin-key',
    prefix: 'sk-admin-',
    description: 'OpenAI admin API key',
    halves: [58],
    revokeUrl: 'https://platform.openai.com/settings/organization/admin-keys',
  }),
  modernKey({ id: 'openai-none-key', prefix: 'sk-None-', description: 'OpenAI API key (sk-None- format)', halves: [74], revokeUrl: apiKeys }),
];
