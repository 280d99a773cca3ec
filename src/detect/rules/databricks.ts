/**
 * Databricks personal access tokens (secret-formats.md §36; gitleaks databricks.go, noseyparker
 * databricks.yml, trufflehog databrickstoken): `dapi` + 32 lower-case hex, sometimes followed by
 * `-<digit>` (the workspace shard). No checksum is published.
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { tokenFields } from './pattern.js';
import { indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'DATABRICKS_TOKEN';

/** 32 random hex characters hold digits and letters a–f both, except with probability ~1e-6. */
const MIXED_HEX = /^dapi(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])/;

export const databricksRules: readonly Rule[] = [
  {
    id: 'databricks-access-token',
    provider: 'Databricks',
    description: 'Databricks personal access token',
    keywords: ['dapi'],
    ...tokenFields({ prefixes: ['dapi'], body: '[0-9a-f]{32}(?:-[0-9])?', boundary: '[A-Za-z0-9_]', end: '(?![A-Za-z0-9_-])' }),
    validate: (secret) => MIXED_HEX.test(secret),
    severity: 'block',
    validation: 'dapi + 32 lower-case hex characters (digits and letters), optional -N suffix',
    remediation: {
      revokeUrl: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
      usageUrl: 'https://docs.databricks.com/en/admin/system-tables/audit-logs.html',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('databricks-access-token');
      const token = (length = 32): string => `dapi${r.chars(length, HEX)}`;
      return {
        positives: [
          ...inContexts(token(), ENV_VAR),
          `[DEFAULT]\nhost = https://adb-1234.5.azuredatabricks.net\ntoken = ${token()}-2`,
          `spark.conf.set("spark.databricks.token", "${token()}")`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=dapi${'x'.repeat(32)}`,
          `${ENV_VAR}=dapi${'0'.repeat(32)}`,
          `${ENV_VAR}=${token(31)}`,
          `${ENV_VAR}=${token(33)}`,
          `${ENV_VAR}=${token()}-12`,
          `id=rapi${token().slice(4)} and xdapi${r.chars(32, HEX)}`,
        ],
      };
    },
  },
];
