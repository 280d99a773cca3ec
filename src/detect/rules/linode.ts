/**
 * Linode (Akamai Cloud) personal access tokens (https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens;
 * no peer rule): 64 lower-case hex with no prefix, so only a value right after a Linode token label
 * counts (`LINODE_TOKEN=`, `LINODE_CLI_TOKEN=`, `linode_api_token`). No checksum. No real token
 * found in public code (10 placeholders and indirections); the length is that of the tokens the
 * Cloud Manager issues.
 */
import type { Rule } from '../types.js';
import { infraLabelledRule } from './infraLabels.js';
import { HEX } from './labelledSamples.js';

export const linodeRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'linode-personal-access-token',
    provider: 'Linode',
    description: 'Linode / Akamai Cloud personal access token',
    words: [['linode'], ['', 'api', 'cli', 'personal'], ['', 'access'], ['token', 'key']],
    keywords: ['linode'],
    body: '[0-9a-f]{64}',
    validation: '64 lower-case hex labelled as a Linode token (no prefix, no checksum)',
    remediation: { revokeUrl: 'https://cloud.linode.com/profile/tokens', usageUrl: 'https://cloud.linode.com/events', envVar: 'LINODE_TOKEN' },
    sampleSecret: (r) => r.chars(64, HEX),
    contexts: (token) => [`LINODE_CLI_TOKEN=${token}`, `terraform plan -var="linode_token=${token}"`],
    negatives: (token) => [`LINODE_IMAGE=${token.toUpperCase()}`, `linode_image_sha256=${token}`],
  }),
];
