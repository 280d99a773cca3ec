/**
 * Developer platforms: CI, registries, code quality, SaaS APIs (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';

export const devPlatformRules: readonly Rule[] = [];
