/**
 * Octopus Deploy API keys (https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key;
 * gitleaks octopusdeploy.go says 26 characters after `API-`, trufflehog octopusdeploy 29–34):
 * `API-` + upper-case letters and digits. `API-` starts ordinary text (`API-KEY`, `API-GATEWAY`),
 * so the key is only reported with "octopus" within 300 characters (`OCTOPUS_API_KEY=`,
 * `X-Octopus-ApiKey:`, `*.octopus.app`), holding both letters and digits, 25–34 long to cover both
 * peers. No checksum. No real key found in public code (10 hits: `API-XXXX…` placeholders and
 * `API-KEY`).
 */
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const octopusRules: readonly Rule[] = [
  prefixedRule({
    id: 'octopus-deploy-api-key',
    provider: 'Octopus Deploy',
    description: 'Octopus Deploy API key',
    prefixes: ['API-'],
    body: '[A-Z0-9]{25,34}',
    boundary: CLASS.word,
    end: `(?![A-Za-z0-9_-])${near('octopus', 300, 40)}`,
    keywords: ['octopus'],
    needsContext: true,
    validate: (key) => classCount(key.slice(4)) >= 2,
    validation: 'API- + 25–34 upper-case letters and digits (both) with "octopus" within 300 characters',
    remediation: {
      revokeUrl: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
      usageUrl: 'https://octopus.com/docs/security/users-and-teams/auditing',
      envVar: 'OCTOPUS_API_KEY',
    },
    sampleBody: (r) => `${r.chars(24, UPPER_ALNUM)}7Q`,
    fixedLength: false,
    positives: (key) => [`$Header = @{ "X-Octopus-ApiKey" = "${key}" }`],
    negatives: (key) => [
      'OCTOPUS_API_KEY=API-XXXXXXXXXXXXXXXXXXXXXXXXXX',
      'OCTOPUS_API_KEY=API-KEY',
      'X-Octopus-ApiKey: API-YOUR_SOURCE_API_KEY',
      `gateway = "${key}"`,
    ],
  }),
];
