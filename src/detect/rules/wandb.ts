/**
 * Weights & Biases API keys (https://docs.wandb.ai/guides/track/environment-variables: `WANDB_API_KEY`;
 * `wandb login` stores the key as the password of `machine api.wandb.ai` in ~/.netrc). Keys made
 * since 2025 are `wandb_v1_` + 27 base62 + `_` + 49 base62 (86 characters): checked on 10 public
 * examples (all of this shape) and 1 placeholder (`wandb_v1_xxxxx`). Older keys are 40 lower-case hex
 * with no prefix (trufflehog wandb; 8 public examples in `wandb.login(key="…")`), reported only after
 * a W&B label, `wandb.login(key=…)`, `wandb login …` or in the api.wandb.ai netrc entry. No checksum.
 */
import type { Rule } from '../types.js';
import { HEX_LOWER, hexLabelledRule, labelLead } from './aiPlatformKit.js';
import { labelledContexts } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

const ENV_VAR = 'WANDB_API_KEY';
const remediation = { revokeUrl: 'https://wandb.ai/settings', usageUrl: 'https://wandb.ai/settings', envVar: ENV_VAR };

const LEADS = [
  labelLead([['wandb'], ['', 'api'], ['key']]),
  // wandb.login(key="…"), wandb.login("…")
  String.raw`wandb\.login\([ \t]{0,4}(?:key[ \t]{0,4}=[ \t]{0,4})?["']`,
  // wandb login [--relogin] …
  String.raw`wandb[ \t]+login[ \t]+(?:--relogin[ \t]+)?`,
  // ~/.netrc (or _netrc) entry, on one line or several: machine api.wandb.ai login user password …
  String.raw`machine[ \t]+api\.wandb\.ai[ \t\r\n]+login[ \t]+\S{1,64}[ \t\r\n]+password[ \t]+`,
];

export const wandbRules: readonly Rule[] = [
  prefixedRule({
    id: 'wandb-api-key',
    provider: 'Weights & Biases',
    description: 'Weights & Biases API key',
    prefixes: ['wandb_v1_'],
    body: `${CLASS.base62}{27}_${CLASS.base62}{49}`,
    boundary: CLASS.word,
    validation: 'wandb_v1_ + 27 base62 + _ + 49 base62 (86 characters)',
    remediation,
    sampleBody: (r) => `${r.chars(27, ALPHABET.base62)}_${r.chars(49, ALPHABET.base62)}`,
    positives: (key) => [`wandb.login(key="${key}")`],
    negatives: (key) => [`${ENV_VAR}=${key.replace(/_(?=[^_]*$)/, '')}`],
  }),
  hexLabelledRule({
    id: 'wandb-legacy-api-key',
    provider: 'Weights & Biases',
    description: 'Weights & Biases API key (40-hex form)',
    keywords: ['wandb'],
    lead: `(?:${LEADS.join('|')})`,
    body: '[0-9a-f]{40}',
    validation: '40 lower-case hex after a W&B label (WANDB_API_KEY=…), wandb.login(key=…), wandb login …, or the api.wandb.ai .netrc entry',
    remediation,
    sampleSecret: (r) => r.chars(40, HEX_LOWER),
    contexts: (key) => [
      ...labelledContexts(ENV_VAR, 'wandbApiKey', 'wandb_api_key', key),
      `wandb.login(key="${key}")`,
      `!wandb login ${key}`,
      `machine api.wandb.ai\n  login user\n  password ${key}\n`,
      `machine api.wandb.ai login user password ${key}`,
    ],
    negatives: (key) => [`WANDB_RUN_ID=${key}`, `machine api.wandb.ai\n  login user\n  password $WANDB_API_KEY`, `git checkout ${key}  # wandb`],
  }),
];
