/**
 * Render API keys (https://render.com/docs/api#1-create-an-api-key; no peer rule in gitleaks,
 * trufflehog or kingfisher): `rnd_` + 28 alphanumerics. `rnd_` also starts ordinary identifiers
 * (`rnd_nodes`, `rnd_forestRegressor…`), so the key is only reported with "render" within 300
 * characters (`RENDER_API_KEY=`, `api.render.com`). No checksum. Checked on 1 real key in public
 * code (28 characters), 9 placeholders (`rnd_xxx`, `rnd_...`, `rnd_your_api_key_here`).
 */
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { looksRandom } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const renderRules: readonly Rule[] = [
  prefixedRule({
    id: 'render-api-key',
    provider: 'Render',
    description: 'Render API key',
    prefixes: ['rnd_'],
    body: `${CLASS.base62}{28}`,
    boundary: CLASS.word,
    end: `(?!${CLASS.word})${near('render', 300, 32)}`,
    // The prefix, not "render" (a common word, which would make the generic rule yield to names like RENDERER_TOKEN).
    keywords: ['rnd_'],
    needsContext: true,
    // React code says "render" everywhere: the body must also look machine-made.
    validate: (key) => looksRandom(key.slice(4)),
    validation: 'rnd_ + 28 random-looking alphanumerics with "render" within 300 characters',
    remediation: { revokeUrl: 'https://dashboard.render.com/u/settings#api-keys', usageUrl: 'https://render.com/docs/audit-logs', envVar: 'RENDER_API_KEY' },
    sampleBody: (r) => r.chars(28, ALPHABET.base62),
    positives: (key) => [`curl -H "Authorization: Bearer ${key}" https://api.render.com/v1/services`],
    negatives: (key) => ['return render(rnd_forestregressormodelinstance);', `rnd_val = "${key.slice(4)}"`, `KEY=${key}`, 'RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];
