/**
 * Snyk API tokens (https://docs.snyk.io/snyk-api/authentication-for-api; gitleaks snyk.go,
 * trufflehog snykkey): a UUID with no prefix — ids of every kind are UUIDs too — so it counts only
 * right after a Snyk token label (`SNYK_TOKEN=`, `snyk_api_key:`, `snyk auth <uuid>`). No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { UUID_BODY, uuidContexts, uuidSecret } from './uuidLabel.js';

const ENV_VAR = 'SNYK_TOKEN';
const LABEL = `(?:${labelSource([['snyk'], ['', 'api', 'auth', 'oauth'], ['token', 'key']])}${ASSIGN}|${anyCase('snyk')} ${anyCase('auth')} )`;

export const snykRules: readonly Rule[] = [
  labelledRule({
    id: 'snyk-api-token',
    provider: 'Snyk',
    description: 'Snyk API token (UUID behind a Snyk token label)',
    keywords: ['snyk'],
    lead: LABEL,
    body: UUID_BODY,
    validation: 'UUID right after a Snyk token label (SNYK_TOKEN=…) or `snyk auth`',
    remediation: { revokeUrl: 'https://app.snyk.io/account', usageUrl: 'https://docs.snyk.io/snyk-admin/user-management-with-the-api/audit-logs', envVar: ENV_VAR },
    sampleSecret: uuidSecret,
    contexts: (token) => [...uuidContexts(token, ENV_VAR), `snyk auth ${token}`, `const snykApiToken = "${token}";`],
    negatives: (token) => [`SNYK_ORG_ID=${token}`, `snyk test --org=${token}`],
  }),
];
