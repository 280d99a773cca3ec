/**
 * AI platforms beyond the LLM APIs in saas.ts (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';

export const aiPlatformRules: readonly Rule[] = [];
