/**
 * Identity and auth providers (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';
import { auth0Rules } from './auth0.js';
import { clerkRules } from './clerk.js';
import { oktaRules } from './okta.js';
import { oryRules } from './ory.js';
import { stytchRules } from './stytch.js';
import { workosRules } from './workos.js';

export const identityRules: readonly Rule[] = [...oktaRules, ...auth0Rules, ...clerkRules, ...workosRules, ...stytchRules, ...oryRules];
