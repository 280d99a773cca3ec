/**
 * Harness API keys (https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/;
 * gitleaks harness.go, trufflehog harness): personal `pat.` or service-account `sat.` + account id
 * (22 base64url) + `.` + token id (24 hex) + `.` + secret (20 alphanumerics). `pat.` alone is an
 * ordinary word start (`pat.h`, `pat.chen@…`); the three dotted parts are not. No checksum. No real
 * key found in public code (10 `"pat.` hits, all file names and e-mail addresses).
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const harnessRules: readonly Rule[] = [
  prefixedRule({
    id: 'harness-api-key',
    provider: 'Harness',
    description: 'Harness personal (pat.) or service-account (sat.) API key',
    prefixes: ['pat.', 'sat.'],
    body: `${CLASS.base64url}{22}\\.[0-9a-f]{24}\\.${CLASS.base62}{20}`,
    boundary: '[A-Za-z0-9_.-]',
    validation: 'pat./sat. + 22-character account id + . + 24 hex + . + 20 alphanumerics',
    remediation: {
      revokeUrl: 'https://app.harness.io/ng/account/default/settings/user-profile',
      usageUrl: 'https://developer.harness.io/docs/platform/governance/audit-trail/',
      envVar: 'HARNESS_PLATFORM_API_KEY',
    },
    sampleBody: (r) => `${r.chars(22, ALPHABET.base64url)}.${r.chars(24, HEX)}.${r.chars(20, ALPHABET.base62)}`,
    positives: (key) => [`curl -H 'x-api-key: ${key.replace('pat.', 'sat.')}' https://app.harness.io/gateway/ng/api/user/currentUser`],
    negatives: () => ['#include "pat.h"', 'email="pat.chen@example.com"'],
  }),
];
