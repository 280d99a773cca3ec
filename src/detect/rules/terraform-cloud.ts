/**
 * HCP Terraform / Terraform Cloud / Enterprise API tokens (secret-formats.md §40; gitleaks
 * hashicorp.go, trufflehog terraformcloudpersonaltoken): a 14-character base62 token id, the literal
 * `.atlasv1.`, then 60–70 characters (67 observed). The same format serves user, team, organization
 * and audit-trail tokens. No checksum is published.
 */
import type { Rule } from '../types.js';
import { startBoundary } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'TF_TOKEN_app_terraform_io';
const TAIL = '[A-Za-z0-9_=-]';
const MARKER = String.raw`\.atlasv1\.`;

export const terraformCloudRules: readonly Rule[] = [
  {
    id: 'terraform-cloud-api-token',
    provider: 'HashiCorp Terraform',
    description: 'HCP Terraform / Terraform Enterprise API token',
    keywords: ['.atlasv1.'],
    // Matching starts at the literal marker (fast scan); a lookbehind checks the 14-character id,
    // which may not continue a longer run, and a lookahead from the id's start captures the token.
    // The tail is matched loosely (50–80) and checked in validate: a token of the wrong length is
    // this rule's to reject, not the generic rule's to report (generalRules.ts).
    pattern: new RegExp(
      `${MARKER}(?<=${startBoundary('[A-Za-z0-9]', 0)}(?=([A-Za-z0-9]{14}${MARKER}${TAIL}{50,80}(?!${TAIL})))[A-Za-z0-9]{14}${MARKER})`,
      'g',
    ),
    secretGroup: 1,
    validate: (secret) => secret.length >= 83 && secret.length <= 93,
    severity: 'block',
    validation: '14 base62 + .atlasv1. + 60–70 characters',
    remediation: {
      revokeUrl: 'https://app.terraform.io/app/settings/tokens',
      usageUrl: 'https://developer.hashicorp.com/terraform/cloud-docs/api-docs/audit-trails',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('terraform-cloud-api-token');
      const token = (tail = 67): string => `${r.chars(14, ALPHABET.base62)}.atlasv1.${r.chars(tail, ALPHABET.base64url)}`;
      return {
        positives: [
          ...inContexts(token(), ENV_VAR),
          `credentials "app.terraform.io" {\n  token = "${token()}"\n}`,
          `{"credentials": {"app.terraform.io": {"token": "${token(60)}"}}}`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `token = "${'x'.repeat(14)}.atlasv1.${'x'.repeat(67)}"`,
          `token = "${token(59)}"`,
          `token = "${token(71)}"`,
          `id: "${r.chars(13, ALPHABET.base62)}.atlasv1.${r.chars(67, ALPHABET.base64url)}"`,
          'The token looks like <id>.atlasv1.<secret>.',
        ],
      };
    },
  },
];
