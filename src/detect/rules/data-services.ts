/**
 * Data services: warehouses, hosted databases, search, streaming (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';

export const dataServiceRules: readonly Rule[] = [];
