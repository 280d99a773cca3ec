/**
 * OpenShift OAuth access tokens (https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/authentication_and_authorization/managing-oauth-access-tokens;
 * gitleaks openshift.go): `sha256~` + 43 base64url characters (the form since OpenShift 4.6), as in
 * `oc login --token=sha256~…`. No checksum. Checked on 3 real tokens in public code (all 43),
 * 5 placeholders (`sha256~<TOKEN>`, `sha256~new-token`); SQL `x_sha256~'^…'` regex tests do not
 * match (the boundary before the prefix).
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';
import { CLASS } from './pattern.js';

export const openshiftRules: readonly Rule[] = [
  prefixedRule({
    id: 'openshift-oauth-token',
    provider: 'OpenShift',
    description: 'OpenShift OAuth access token',
    prefixes: ['sha256~'],
    body: `${CLASS.base64url}{43}`,
    validation: 'sha256~ + 43 base64url characters',
    remediation: {
      revokeUrl: 'https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/authentication_and_authorization/managing-oauth-access-tokens',
      envVar: 'OPENSHIFT_TOKEN',
    },
    sampleBody: (r) => r.chars(43, ALPHABET.base64url),
    positives: (token) => [`oc login --token=${token} --server=https://api.cluster.example.net:6443`],
    negatives: () => ["check(snapshot_sha256~'^sha256:[0-9a-f]{64}$')", 'oc login --token=sha256~<TOKEN> --server=https://api.example.net'],
  }),
];
