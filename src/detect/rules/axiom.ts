/**
 * Axiom tokens (https://axiom.co/docs/reference/tokens): personal access tokens `xapt-` and API
 * tokens `xaat-`, each + a UUID (checked on 10 public `xaat-` hits: 1 real token, a version-4 UUID,
 * and 9 placeholders; 10 `xapt-` hits: placeholders only). A personal token acts as its user on every
 * dataset: block. An API token carries the permissions chosen for it, and Axiom's own Next.js guide
 * ships an ingest-only one to browsers (`NEXT_PUBLIC_AXIOM_TOKEN`): warn.
 */
import type { Rule } from '../types.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { prefixedRule, type PrefixedSpec } from './prefixedRule.js';

const common = {
  provider: 'Axiom',
  body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  sampleBody: (r) => uuidFrom(r.chars(32, HEX)),
  remediation: { revokeUrl: 'https://app.axiom.co/settings/api-tokens', envVar: 'AXIOM_TOKEN' },
} satisfies Partial<PrefixedSpec>;

export const axiomRules: readonly Rule[] = [
  prefixedRule({
    ...common,
    id: 'axiom-personal-token',
    description: 'Axiom personal access token',
    prefixes: ['xapt-'],
    validation: 'xapt- + UUID',
    negatives: () => ['AXIOM_TOKEN=xapt-xxxxxxxx', "expect(scrub('bad credential xapt-abc123'))"],
  }),
  prefixedRule({
    ...common,
    id: 'axiom-api-token',
    description: 'Axiom API token (its permissions chosen at creation; ingest-only ones ship to browsers)',
    prefixes: ['xaat-'],
    severity: 'warn',
    validation: 'xaat- + UUID',
    remediation: { ...common.remediation, envVar: 'AXIOM_API_TOKEN' },
    negatives: () => ['NEXT_PUBLIC_AXIOM_TOKEN=xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', 'token="xaat-test-token",'],
  }),
];
