/**
 * Hetzner Cloud API tokens (https://docs.hetzner.cloud/reference/cloud#authentication; no peer rule):
 * 64 alphanumerics with no prefix, so only a value right after a Hetzner token label counts
 * (`HCLOUD_TOKEN=`, the hcloud CLI's and Terraform provider's variable, or `HETZNER_API_TOKEN=`).
 * No checksum. No real token found in public code (10 placeholders and indirections); 64
 * alphanumerics is the length the hcloud CLI checks (`hcloud context create`).
 */
import type { Rule } from '../types.js';
import { infraLabelledRule } from './infraLabels.js';
import { CLASS } from './pattern.js';
import { ALPHABET } from './sampleKit.js';

export const hetznerRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'hetzner-cloud-api-token',
    provider: 'Hetzner',
    description: 'Hetzner Cloud API token',
    words: [['hcloud', 'hetzner'], ['', 'cloud'], ['', 'api', 'dns'], ['token', 'key']],
    keywords: ['hcloud', 'hetzner'],
    body: `${CLASS.base62}{64}`,
    validation: '64 alphanumerics labelled as a Hetzner (hcloud) token (no prefix, no checksum)',
    remediation: { revokeUrl: 'https://console.hetzner.cloud/projects', usageUrl: 'https://docs.hetzner.cloud/reference/cloud#actions', envVar: 'HCLOUD_TOKEN' },
    sampleSecret: (r) => r.chars(64, ALPHABET.base62),
    contexts: (token) => [`HETZNER_API_TOKEN="${token}"`, `provider "hcloud" {\n  token = var.x\n}\nhcloud_token = "${token}"`],
    negatives: (token) => [`HCLOUD_SERVER_TYPE=${token}`, `hcloud_token = "${'a'.repeat(64)}"`],
  }),
];
