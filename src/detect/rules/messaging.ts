/**
 * Messaging, mail and support services (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';

export const messagingRules: readonly Rule[] = [];
