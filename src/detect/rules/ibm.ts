/**
 * IBM Cloud API keys (https://cloud.ibm.com/docs/account?topic=account-userapikey; trufflehog
 * ibmclouduserkey, kingfisher ibm.yml): 44 base64url characters with no prefix, so only a value
 * right after an IBM Cloud key label counts (`IBMCLOUD_API_KEY=`, `IBM_CLOUD_API_KEY`, the
 * Terraform provider's `IC_API_KEY`, `ibmcloud_api_key`). No checksum. No real key found in public
 * code (10 placeholders and indirections); the length is the peers'.
 */
import type { Rule } from '../types.js';
import { aliasLabel, infraLabelledRule } from './infraLabels.js';
import { CLASS } from './pattern.js';
import { ALPHABET } from './sampleKit.js';

export const ibmRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'ibm-cloud-api-key',
    provider: 'IBM Cloud',
    description: 'IBM Cloud API key',
    words: [['ibmcloud', 'ibm'], ['', 'cloud'], ['', 'iam'], ['', 'api'], ['key']],
    otherLabels: [aliasLabel([['ic'], ['api'], ['key']])],
    keywords: ['ibm', 'ic_api_key'],
    body: `${CLASS.base64url}{44}`,
    validation: '44 base64url characters labelled as an IBM Cloud API key (no prefix, no checksum)',
    remediation: {
      revokeUrl: 'https://cloud.ibm.com/iam/apikeys',
      usageUrl: 'https://cloud.ibm.com/docs/activity-tracker?topic=activity-tracker-getting-started',
      envVar: 'IBMCLOUD_API_KEY',
    },
    sampleSecret: (r) => r.chars(44, ALPHABET.base64url),
    contexts: (key) => [`IC_API_KEY=${key}`, `export TF_VAR_ibmcloud_api_key='${key}'`, `IBM_CLOUD_IAM_API_KEY: ${key}`],
    negatives: (key) => [`IBMCLOUD_REGION=${key}`],
  }),
];
