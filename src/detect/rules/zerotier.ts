/**
 * ZeroTier Central API tokens (https://docs.zerotier.com/api/tokens/; trufflehog zerotier,
 * kingfisher zerotier.yml): 32 alphanumerics with no prefix, so only a value right after a ZeroTier
 * token label counts (`ZEROTIER_CENTRAL_TOKEN=`, `ZEROTIER_API_TOKEN=`). No checksum. No real
 * token found in public code (placeholders and indirections only); the shape is the peers'.
 */
import type { Rule } from '../types.js';
import { infraLabelledRule } from './infraLabels.js';
import { CLASS } from './pattern.js';
import { ALPHABET } from './sampleKit.js';

export const zerotierRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'zerotier-api-token',
    provider: 'ZeroTier',
    description: 'ZeroTier Central API token',
    words: [['zerotier'], ['', 'central'], ['', 'api', 'access'], ['token', 'key']],
    keywords: ['zerotier'],
    body: `${CLASS.base62}{32}`,
    validation: '32 alphanumerics labelled as a ZeroTier token (no prefix, no checksum)',
    remediation: { revokeUrl: 'https://my.zerotier.com/account', envVar: 'ZEROTIER_CENTRAL_TOKEN' },
    sampleSecret: (r) => r.chars(32, ALPHABET.base62),
    contexts: (token) => [`ZEROTIER_API_TOKEN=${token}`],
    negatives: (token) => [`ZEROTIER_NETWORK_ID=${token.slice(0, 16)}`],
  }),
];
