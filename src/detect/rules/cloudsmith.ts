/**
 * Cloudsmith API keys (https://help.cloudsmith.io/docs/api-key; trufflehog cloudsmith, kingfisher
 * cloudsmith.yml): 40 lower-case hex with no prefix — the shape of every SHA-1 — so only a value
 * right after a Cloudsmith key label counts (`CLOUDSMITH_API_KEY=`). No checksum. No real key found
 * in public code (placeholders and `${{ secrets… }}` indirections only); the shape is the peers'.
 */
import type { Rule } from '../types.js';
import { infraLabelledRule } from './infraLabels.js';
import { HEX } from './labelledSamples.js';

export const cloudsmithRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'cloudsmith-api-key',
    provider: 'Cloudsmith',
    description: 'Cloudsmith API key',
    words: [['cloudsmith'], ['', 'api'], ['key', 'token']],
    keywords: ['cloudsmith'],
    body: '[0-9a-f]{40}',
    validation: '40 lower-case hex labelled as a Cloudsmith key (no prefix, no checksum)',
    remediation: { revokeUrl: 'https://app.cloudsmith.com/user/settings/api', envVar: 'CLOUDSMITH_API_KEY' },
    sampleSecret: (r) => r.chars(40, HEX),
    negatives: (key) => [`CLOUDSMITH_REPO_SHA=${key}`],
  }),
];
