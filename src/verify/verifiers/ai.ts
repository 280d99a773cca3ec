/**
 * AI platforms: each asks the cheapest documented read-only call (a model list, the key's own
 * info, the account) — never a completion, which would cost the owner money.
 */
import * as messages from '../../messages.js';
import { get, jsonBody, revoked } from '../interpret.js';
import type { HttpResponse, Verdict, Verifier } from '../types.js';
import { bearerGet, forRules } from './kit.js';

const anthropicHeaders = (secret: string) => ({ 'x-api-key': secret, 'anthropic-version': '2023-06-01' });

/** Google answers an unknown key with 400 INVALID_ARGUMENT, reason API_KEY_INVALID (https://cloud.google.com/apis/design/errors). */
function googleInvalidKey(response: HttpResponse): Verdict | undefined {
  if (response.status === 400 && response.body.includes('API_KEY_INVALID')) return revoked(messages.verifyProviderSaid(GOOGLE_AI, 'API_KEY_INVALID'));
  return undefined;
}
const GOOGLE_AI = 'generativelanguage.googleapis.com';

/** xAI answers an invalid key with 400; a known but blocked or disabled key with its flags (docs below). */
function xaiReading(response: HttpResponse): Verdict | undefined {
  if (response.status === 400) return revoked(messages.verifyRejected(XAI, 400));
  const info = jsonBody(response) as { api_key_blocked?: unknown; api_key_disabled?: unknown; team_blocked?: unknown } | undefined;
  if (response.status === 200 && info !== undefined && info !== null) {
    for (const flag of ['api_key_blocked', 'api_key_disabled', 'team_blocked'] as const) if (info[flag] === true) return revoked(messages.verifyProviderSaid(XAI, flag));
  }
  return undefined;
}
const XAI = 'api.x.ai';

export const aiVerifiers: Readonly<Record<string, Verifier>> = {
  // https://platform.openai.com/docs/api-reference/models/list
  ...forRules(
    ['openai-legacy-key', 'openai-project-key', 'openai-service-account-key', 'openai-none-key'],
    bearerGet('api.openai.com', '/v1/models', 'https://platform.openai.com/docs/api-reference/models/list'),
  ),
  // Admin keys only reach the administration API: https://platform.openai.com/docs/api-reference/projects/list
  'openai-admin-key': bearerGet('api.openai.com', '/v1/organization/projects?limit=1', 'https://platform.openai.com/docs/api-reference/projects/list'),
  'anthropic-api-key': {
    host: 'api.anthropic.com',
    docs: 'https://docs.anthropic.com/en/api/models-list',
    build: ({ secret }) => get('/v1/models?limit=1', anthropicHeaders(secret)),
  },
  'anthropic-admin-key': {
    host: 'api.anthropic.com',
    docs: 'https://docs.anthropic.com/en/api/admin-api/users/list-users',
    build: ({ secret }) => get('/v1/organizations/users?limit=1', anthropicHeaders(secret)),
  },
  // A Google API key may be restricted to other APIs: 403 stays unknown (the default), not revoked.
  'google-api-key': {
    host: GOOGLE_AI,
    docs: 'https://ai.google.dev/api/models#method:-models.list',
    build: ({ secret }) => get('/v1beta/models?pageSize=1', { 'x-goog-api-key': secret }),
    interpret: googleInvalidKey,
  },
  'groq-api-key': bearerGet('api.groq.com', '/openai/v1/models', 'https://console.groq.com/docs/api-reference#models-list'),
  'mistral-api-key': bearerGet('api.mistral.ai', '/v1/models', 'https://docs.mistral.ai/api/#tag/models/operation/list_models_v1_models_get'),
  'cohere-api-key': bearerGet('api.cohere.com', '/v1/models?page_size=1', 'https://docs.cohere.com/reference/list-models'),
  ...forRules(
    ['huggingface-access-token', 'huggingface-org-api-token'],
    bearerGet('huggingface.co', '/api/whoami-v2', 'https://huggingface.co/docs/hub/api#get-apiwhoami-v2'),
  ),
  'replicate-api-token': bearerGet('api.replicate.com', '/v1/account', 'https://replicate.com/docs/reference/http#account.get'),
  'openrouter-api-key': bearerGet('openrouter.ai', '/api/v1/key', 'https://openrouter.ai/docs/api-reference/api-keys/get-current-key'),
  'xai-api-key': bearerGet(XAI, '/v1/api-key', 'https://docs.x.ai/docs/api-reference#get-api-key-info', { interpret: xaiReading }),
  'deepseek-api-key': bearerGet('api.deepseek.com', '/models', 'https://api-docs.deepseek.com/api/list-models'),
  'perplexity-api-key': bearerGet('api.perplexity.ai', '/router/v1/models', 'https://docs.perplexity.ai/api-reference/gateway-models-get'),
};
