/** Payments and work tools: Stripe, Linear, Notion. */
import * as messages from '../../messages.js';
import { revoked, unknown } from '../interpret.js';
import type { HttpResponse, Verdict, Verifier } from '../types.js';
import { bearerGet, forRules } from './kit.js';

/**
 * Stripe: 401 for an unknown, expired or rolled key; 403 for a restricted key without the
 * permission for the call, which is a valid key (https://docs.stripe.com/error-codes, https://docs.stripe.com/keys#limit-access).
 */
const stripeBalance = bearerGet('api.stripe.com', '/v1/balance', 'https://docs.stripe.com/api/balance/balance_retrieve', { forbidden: 'live' });

const LINEAR = 'api.linear.app';
/** Linear's GraphQL API answers a bad key with an AUTHENTICATION_ERROR (HTTP 400 or 401). */
function linearReading(response: HttpResponse): Verdict | undefined {
  return response.body.includes('AUTHENTICATION_ERROR') ? revoked(messages.verifyProviderSaid(LINEAR, 'AUTHENTICATION_ERROR')) : undefined;
}

/**
 * `{ viewer { id } }`: the smallest query (https://linear.app/developers/graphql#authentication).
 * A personal API key goes bare in Authorization; an OAuth token as a Bearer token.
 */
function linearViewer(scheme: (secret: string) => string): Verifier {
  return {
    host: LINEAR,
    docs: 'https://linear.app/developers/graphql#authentication',
    build: ({ secret }) => ({ method: 'POST', path: '/graphql', headers: { authorization: scheme(secret), 'content-type': 'application/json' }, body: '{"query":"{ viewer { id } }"}' }),
    interpret: linearReading,
  };
}

export const saasVerifiers: Readonly<Record<string, Verifier>> = {
  ...forRules(['stripe-live-secret-key', 'stripe-live-restricted-key', 'stripe-test-key'], stripeBalance),
  // A webhook signing secret signs events Stripe sends; no API call takes it.
  'stripe-webhook-secret': { host: 'api.stripe.com', docs: 'https://docs.stripe.com/webhooks#verify-events', build: () => unknown(messages.verifyUnsupported('webhook signing secrets')) },
  'linear-api-key': linearViewer((secret) => secret),
  'linear-oauth-token': linearViewer((secret) => `Bearer ${secret}`),
  ...forRules(
    ['notion-integration-token', 'notion-legacy-integration-token'],
    bearerGet('api.notion.com', '/v1/users/me', 'https://developers.notion.com/reference/get-self', { headers: { 'notion-version': '2022-06-28' } }),
  ),
};
