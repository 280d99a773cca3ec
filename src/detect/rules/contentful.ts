/**
 * Contentful personal access tokens for the Content Management API
 * (https://www.contentful.com/developers/docs/references/authentication/; trufflehog
 * contentfulpersonalaccesstoken, kingfisher contentful.yml): `CFPAT-` + 43 base64url (49 in all).
 * Checked on 8 real tokens in public code (`contentful.createClient({ accessToken: 'CFPAT-…' })`),
 * 0 placeholders matched. Delivery/preview API keys (43 base64url, no prefix) are read-only
 * content keys and are not covered. No checksum.
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const contentfulRules: readonly Rule[] = [
  prefixedRule({
    id: 'contentful-management-token',
    provider: 'Contentful',
    description: 'Contentful personal access token (Content Management API)',
    prefixes: ['CFPAT-'],
    body: '[A-Za-z0-9_-]{43}',
    validation: 'CFPAT- + 43 base64url characters',
    remediation: {
      revokeUrl: 'https://app.contentful.com/account/profile/cma_tokens',
      usageUrl: 'https://www.contentful.com/help/admin/usage/usage-limit/',
      envVar: 'CONTENTFUL_MANAGEMENT_TOKEN',
    },
    sampleBody: (r) => r.chars(43, ALPHABET.base64url),
    positives: (token) => [`const client = contentful.createClient({ accessToken: '${token}' })`],
    negatives: () => ['if (!/^CFPAT-/.test(accessToken)) throw new Error("not a CMA token")'],
  }),
];
