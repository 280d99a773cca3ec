/**
 * SaaS and AI-provider rules, in the order they must keep in builtinRules: firebase-web-api-key
 * before google-api-key, because both match a Firebase key and the earlier rule wins (scan.ts).
 */
import type { Rule } from '../types.js';
import { atlassianRules } from './atlassian.js';
import { cohereRules } from './cohere.js';
import { deepseekRules } from './deepseek.js';
import { discordRules } from './discord.js';
import { firebaseWebApiKey } from './firebase-web-key.js';
import { googleRules } from './google.js';
import { groqRules } from './groq.js';
import { huggingfaceRules } from './huggingface.js';
import { linearRules } from './linear.js';
import { mailgunRules } from './mailgun.js';
import { mistralRules } from './mistral.js';
import { notionRules } from './notion.js';
import { openrouterRules } from './openrouter.js';
import { perplexityRules } from './perplexity.js';
import { postmanRules } from './postman.js';
import { replicateRules } from './replicate.js';
import { sendgridRules } from './sendgrid.js';
import { shopifyRules } from './shopify.js';
import { slackRules } from './slack.js';
import { stripeRules } from './stripe.js';
import { telegramRules } from './telegram.js';
import { twilioRules } from './twilio.js';
import { xaiRules } from './xai.js';

export const saasRules: readonly Rule[] = [
  firebaseWebApiKey,
  ...googleRules,
  ...huggingfaceRules,
  ...groqRules,
  ...replicateRules,
  ...perplexityRules,
  ...xaiRules,
  ...openrouterRules,
  ...deepseekRules,
  ...mistralRules,
  ...cohereRules,
  ...slackRules,
  ...discordRules,
  ...telegramRules,
  ...twilioRules,
  ...sendgridRules,
  ...mailgunRules,
  ...stripeRules,
  ...postmanRules,
  ...linearRules,
  ...notionRules,
  ...atlassianRules,
  ...shopifyRules,
];
