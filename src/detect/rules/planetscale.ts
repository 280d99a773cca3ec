/**
 * PlanetScale credentials (https://planetscale.com/docs/concepts/service-tokens,
 * https://planetscale.com/docs/concepts/connection-strings; gitleaks planetscale.go, trufflehog
 * planetscale/planetscaledb). Service tokens are `pscale_tkn_` + 43 base64url-ish characters
 * (trufflehog: `[A-Za-z0-9_]{43}`); database passwords are `pscale_pw_` + 43 base62: checked on 9
 * real passwords committed to public code (PHP/Java/Python configs, `mysql://user:pscale_pw_…@
 * aws.connect.psdb.cloud`), all 43 base62; placeholders (`pscale_tkn_...`, `pscale_tkn_` + 32 `x`)
 * do not match. gitleaks accepts 32–64 characters; no public token has another length. No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const usageUrl = 'https://planetscale.com/docs/security/audit-log';

export const planetscaleRules: readonly Rule[] = [
  prefixedRule({
    id: 'planetscale-service-token',
    provider: 'PlanetScale',
    description: 'PlanetScale service token',
    prefixes: ['pscale_tkn_'],
    body: '[A-Za-z0-9_]{43}',
    boundary: CLASS.base64url,
    validation: 'pscale_tkn_ + 43 letters, digits or _',
    remediation: { revokeUrl: 'https://planetscale.com/docs/concepts/service-tokens', usageUrl, envVar: 'PLANETSCALE_SERVICE_TOKEN' },
    sampleBody: (r) => r.chars(43, `${ALPHABET.base62}_`),
    positives: (token) => [`pscale auth login --service-token-id abc123xyz --service-token ${token}`],
  }),
  prefixedRule({
    id: 'planetscale-password',
    provider: 'PlanetScale',
    description: 'PlanetScale database password',
    prefixes: ['pscale_pw_'],
    body: `${CLASS.base62}{43}`,
    boundary: CLASS.base64url,
    validation: 'pscale_pw_ + 43 base62',
    remediation: { revokeUrl: 'https://planetscale.com/docs/concepts/connection-strings', usageUrl, envVar: 'DATABASE_PASSWORD' },
    sampleBody: (r) => r.chars(43, ALPHABET.base62),
    positives: (password) => [
      `DATABASE_URL=mysql://q22jl9a79rsymx497jfd:${password}@aws.connect.psdb.cloud/shop?sslaccept=strict`,
      `$password = "${password}";`,
    ],
  }),
];
