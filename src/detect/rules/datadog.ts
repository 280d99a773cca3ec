/**
 * Datadog keys (https://docs.datadoghq.com/account_management/api-app-keys/; gitleaks datadog.go,
 * kingfisher datadog.yml, trufflehog datadogtoken): API keys are 32 lower-case hex, application keys
 * 40 lower-case hex, neither with a prefix, so each is only reported right after a label naming it
 * (`DD_API_KEY`, `DATADOG_APP_KEY`, the `DD-API-KEY` / `DD-APPLICATION-KEY` headers). Client tokens
 * (`pub` + 32 hex) are public by design (browser RUM/logs SDKs): the API-key rule matches them too,
 * anywhere in a text naming Datadog, and rejects them, so the generic rule does not report them
 * under `DD_CLIENT_TOKEN=` or `clientToken:` either (generalRules.ts yields to a rejected match).
 * Public code checked: 40 hits of `DD_API_KEY=`, `DATADOG_API_KEY=`, `DD_APP_KEY=`, `DD_APPLICATION_KEY`,
 * all placeholders or indirections (no real key to compare); the shapes are Datadog's documented ones.
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { ASSIGN } from './labels.js';
import { labelKeywords, labelSource } from './labelWords.js';
import { labelledContexts } from './labelledRule.js';
import { hexRule, looksRandomHex } from './hexRandom.js';

const remediation = {
  revokeUrl: 'https://app.datadoghq.com/organization-settings/api-keys',
  usageUrl: 'https://app.datadoghq.com/audit-trail',
};

/** `dd` alone is too short to stand inside a word: `ADD_API_KEY` is not Datadog's. */
const label = (kind: readonly string[]): string =>
  `(?:${labelSource([['datadog'], kind, ['key']])}|(?<![A-Za-z0-9])${labelSource([['dd'], kind, ['key']])})${ASSIGN}`;

const API = ['api'];
const CLIENT_TOKEN = labelKeywords([['dd', 'datadog'], ['client'], ['token']]);
/** A client token wherever it stands (its own label varies: `clientToken`, `DD_CLIENT_TOKEN`, `ddClientToken`). */
const PUBLIC_TOKEN = '(?<![A-Za-z0-9_-])(?=pub[0-9a-f]{32}(?![A-Za-z0-9_-]))';
const APP = ['app', 'application'];

export const datadogRules: readonly Rule[] = [
  {
    ...hexRule({
      id: 'datadog-api-key',
      provider: 'Datadog',
      description: 'Datadog API key',
      keywords: ['datadog', ...labelKeywords([['dd'], API, ['key']]), ...CLIENT_TOKEN],
      lead: `(?:${label(['', ...API])}|${PUBLIC_TOKEN})`,
      body: '(?:pub)?[0-9a-f]{32}',
      validation: '32 lower-case hex right after a Datadog API key label (DD_API_KEY=…, DD-API-KEY: …); client tokens (pub…) rejected',
      remediation: { ...remediation, envVar: 'DD_API_KEY' },
      sampleSecret: (r) => r.chars(32, HEX),
      contexts: (key) => [
        ...labelledContexts('DD_API_KEY', 'datadogApiKey', 'datadog_api_key', key),
        `curl -X POST https://api.datadoghq.com/api/v2/series -H "DD-API-KEY: ${key}"`,
        `DATADOG_API_KEY=${key}`,
      ],
      negatives: (key, r) => [
        `DD_SITE=datadoghq.eu # ${r.chars(8, HEX)}`,
        `DD_TRACE_ID=${key}`,
        `DD_CLIENT_TOKEN=pub${r.chars(32, HEX)}`,
        `datadogRum.init({ applicationId: '${r.chars(8, HEX)}', clientToken: 'pub${r.chars(32, HEX)}', site: 'datadoghq.com' });`,
        `DD_API_KEY=pub${key}`,
      ],
    }),
    validate: (key) => looksRandomHex(key.replace(/^pub/, '')),
    // A client token (`pub…`) is matched only to be rejected: public, and no longer the generic rule's.
    severityOf: (key) => (key.startsWith('pub') ? undefined : 'block'),
  },
  hexRule({
    id: 'datadog-application-key',
    provider: 'Datadog',
    description: 'Datadog application key',
    keywords: ['datadog', ...labelKeywords([['dd'], APP, ['key']])],
    lead: label(APP),
    body: '[0-9a-f]{40}',
    validation: '40 lower-case hex right after a Datadog application key label (DD_APP_KEY=…)',
    remediation: { revokeUrl: 'https://app.datadoghq.com/organization-settings/application-keys', usageUrl: remediation.usageUrl, envVar: 'DD_APP_KEY' },
    sampleSecret: (r) => r.chars(40, HEX),
    contexts: (key) => [
      ...labelledContexts('DD_APP_KEY', 'datadogAppKey', 'datadog_app_key', key),
      `-H "DD-APPLICATION-KEY: ${key}"`,
      `DATADOG_APPLICATION_KEY: "${key}"`,
    ],
    negatives: (key) => [`GIT_COMMIT_SHA=${key}`, `DD_VERSION=${key}`],
  }),
];
