/**
 * Codecov upload and API tokens (https://docs.codecov.com/docs/codecov-tokens; gitleaks codecov.go
 * is looser: 32 alphanumerics near "codecov"). Upload tokens are UUIDs with no prefix, so only a
 * value right after a Codecov token label counts (`CODECOV_TOKEN=`; a bare `token:` under the
 * codecov action is left to the generic rule, since other steps take `token:` too). No checksum.
 */
import type { Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelledRule } from './labelledRule.js';
import { labelSource } from './labelWords.js';
import { UUID_BODY, uuidContexts, uuidSecret } from './uuidLabel.js';

const ENV_VAR = 'CODECOV_TOKEN';

export const codecovRules: readonly Rule[] = [
  labelledRule({
    id: 'codecov-token',
    provider: 'Codecov',
    description: 'Codecov upload or API token (UUID behind a Codecov token label)',
    keywords: ['codecov'],
    lead: `${labelSource([['codecov'], ['', 'upload', 'api', 'global', 'org'], ['token', 'key']])}${ASSIGN}`,
    body: UUID_BODY,
    validation: 'UUID right after a Codecov token label (CODECOV_TOKEN=…)',
    remediation: { revokeUrl: 'https://docs.codecov.com/docs/codecov-tokens', usageUrl: 'https://app.codecov.io', envVar: ENV_VAR },
    sampleSecret: uuidSecret,
    contexts: (token) => [...uuidContexts(token, ENV_VAR), `env:\n  CODECOV_UPLOAD_TOKEN: ${token}`, `const codecovToken = "${token}";`],
    negatives: (token) => [`CODECOV_REPO_ID=${token}`, `- uses: codecov/codecov-action@v4\n  with:\n    files: ./coverage.xml # ${token.slice(0, 8)}`],
  }),
];
