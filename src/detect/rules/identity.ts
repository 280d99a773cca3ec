/**
 * Identity and auth providers (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';

export const identityRules: readonly Rule[] = [];
