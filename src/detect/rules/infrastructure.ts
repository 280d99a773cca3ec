/**
 * Infrastructure and hosting services (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';

export const infrastructureRules: readonly Rule[] = [];
