/**
 * Shopify Partner API client access tokens (https://shopify.dev/docs/api/partner#authentication):
 * `prtapi_` + 32 hex, created and revoked under Partner Dashboard → Settings → Partner API clients,
 * apart from the store tokens of shopify.ts (their own service: another dashboard, another owner).
 * Checked on 4 public examples of this shape (find_string `prtapi_`), 4 placeholders (`prtapi_...`,
 * `prtapi_x`). No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

const HEX = '0123456789abcdef';

export const shopifyPartnersRules: readonly Rule[] = [
  prefixedRule({
    id: 'shopify-partners-api-token',
    provider: 'Shopify Partners',
    description: 'Shopify Partner API client access token',
    prefixes: ['prtapi_'],
    body: '[0-9a-f]{32}',
    boundary: CLASS.word,
    validation: 'prtapi_ + 32 lower-case hex',
    remediation: {
      revokeUrl: 'https://partners.shopify.com/',
      usageUrl: 'https://shopify.dev/docs/api/partner#authentication',
      envVar: 'SHOPIFY_PARTNER_ACCESS_TOKEN',
    },
    sampleBody: (r) => r.chars(32, HEX),
    positives: (token) => [`headers = {"X-Shopify-Access-Token": "${token}"}`],
    negatives: () => ['accessToken: "prtapi_x"'],
  }),
];
