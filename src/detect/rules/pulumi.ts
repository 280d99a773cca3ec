/**
 * Pulumi Cloud access tokens (https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/;
 * gitleaks pulumi.go, trufflehog pulumi, kingfisher pulumi.yml): `pul-` + 40 lower-case hex. `pul-`
 * alone occurs in words (`simpul-simpul`, `PUL-177`), 40 hex after it does not. No checksum.
 * Checked on 3 real tokens in public code (`PULUMI_ACCESS_TOKEN=pul-…`), 6 placeholders (`pul-xxxx`).
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { prefixedRule } from './prefixedRule.js';

export const pulumiRules: readonly Rule[] = [
  prefixedRule({
    id: 'pulumi-access-token',
    provider: 'Pulumi',
    description: 'Pulumi Cloud access token',
    prefixes: ['pul-'],
    body: '[0-9a-f]{40}',
    validation: 'pul- + 40 lower-case hex',
    remediation: {
      revokeUrl: 'https://app.pulumi.com/account/tokens',
      usageUrl: 'https://www.pulumi.com/docs/pulumi-cloud/audit-logs/',
      envVar: 'PULUMI_ACCESS_TOKEN',
    },
    sampleBody: (r) => r.chars(40, HEX),
    positives: (token) => [`docker run -e "PULUMI_ACCESS_TOKEN=${token}" -it pulumi/pulumi`],
    negatives: (token) => ['PULUMI_ACCESS_TOKEN=pul-xxxxxxxxxxxxxxxx', `PULUMI_ACCESS_TOKEN=${token.toUpperCase().replace('PUL-', 'pul-')}`, 'expectedData.put("zk", "pul-zookeeper-ca.ns.svc.cluster.local:2181");'],
  }),
];
