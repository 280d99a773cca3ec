/**
 * Shopify tokens (secret-formats.md §29; gitleaks shopify.go, noseyparker shopify.yml): `shpat_`
 * (Admin API), `shpca_` (custom app), `shppa_` (legacy private app) and `shpss_` (app shared
 * secret), each + 32 hex = 38 characters. No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

const HEX = '0123456789abcdef';
const BODY = '[0-9a-fA-F]{32}';

export const shopifyRules: readonly Rule[] = [
  prefixedRule({
    id: 'shopify-access-token',
    provider: 'Shopify',
    description: 'Shopify Admin API / custom or private app access token',
    prefixes: ['shpat_', 'shpca_', 'shppa_'],
    body: BODY,
    boundary: CLASS.word,
    validation: 'shpat_/shpca_/shppa_ + 32 hex',
    remediation: { revokeUrl: 'https://help.shopify.com/en/manual/apps/app-types/custom-apps', envVar: 'SHOPIFY_ACCESS_TOKEN' },
    sampleBody: (r) => r.chars(32, HEX),
    positives: (token) => [`headers = {"X-Shopify-Access-Token": "${token.replace('shpat_', 'shpca_')}"}`, `SHOPIFY_PRIVATE_APP_PASSWORD=${token.replace('shpat_', 'shppa_')}`],
  }),
  prefixedRule({
    id: 'shopify-shared-secret',
    provider: 'Shopify',
    description: 'Shopify app shared secret',
    prefixes: ['shpss_'],
    body: BODY,
    boundary: CLASS.word,
    validation: 'shpss_ + 32 hex',
    remediation: { revokeUrl: 'https://partners.shopify.com', envVar: 'SHOPIFY_API_SECRET' },
    sampleBody: (r) => r.chars(32, HEX),
  }),
];
