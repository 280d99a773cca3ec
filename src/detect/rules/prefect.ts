/**
 * Prefect Cloud API keys (https://docs.prefect.io/v3/how-to-guides/cloud/manage-users/api-keys;
 * gitleaks prefect.go, trufflehog prefect, kingfisher prefect.yml): `pnu_` (user) + 36
 * alphanumerics; service-account keys use `pnb_` (bot) with the same body. No checksum. No real key
 * found in public code (10 `pnu_` hits, all identifiers such as `pnu_K`).
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const prefectRules: readonly Rule[] = [
  prefixedRule({
    id: 'prefect-api-key',
    provider: 'Prefect',
    description: 'Prefect Cloud API key (user pnu_ or service account pnb_)',
    prefixes: ['pnu_', 'pnb_'],
    body: `${CLASS.base62}{36}`,
    boundary: CLASS.word,
    validation: 'pnu_/pnb_ + 36 alphanumerics',
    remediation: { revokeUrl: 'https://app.prefect.cloud/my/api-keys', usageUrl: 'https://docs.prefect.io/v3/manage/cloud/manage-users/audit-logs', envVar: 'PREFECT_API_KEY' },
    sampleBody: (r) => r.chars(36, ALPHABET.base62),
    positives: (key) => [`prefect cloud login --key ${key.replace('pnu_', 'pnb_')}`],
    negatives: () => ['calcLogSoftEvMatrix_FromPost(Data, pnu_K=self.Post.pnu_K)'],
  }),
];
