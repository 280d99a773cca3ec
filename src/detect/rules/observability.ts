/**
 * Observability and monitoring services (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';

export const observabilityRules: readonly Rule[] = [];
