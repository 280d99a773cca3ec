/** Hosting platforms: each account's "who am I" call; Azure storage where keyguard can. */
import * as messages from '../../messages.js';
import { revoked, unknown } from '../interpret.js';
import type { HttpResponse, Verdict, Verifier } from '../types.js';
import { bearerGet, forRules } from './kit.js';

const VERCEL = 'api.vercel.com';
/** Vercel answers an invalid token with HTTP 403 and `"invalidToken": true` in its error. */
function vercelReading(response: HttpResponse): Verdict | undefined {
  return response.status === 403 && response.body.includes('"invalidToken":true') ? revoked(messages.verifyProviderSaid(VERCEL, 'invalidToken')) : undefined;
}

export const cloudVerifiers: Readonly<Record<string, Verifier>> = {
  ...forRules(
    ['digitalocean-personal-access-token', 'digitalocean-oauth-token'],
    bearerGet('api.digitalocean.com', '/v2/account', 'https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account/operation/account_get'),
  ),
  ...forRules(
    ['heroku-platform-key', 'heroku-api-key'],
    bearerGet('api.heroku.com', '/account', 'https://devcenter.heroku.com/articles/platform-api-reference#account-info', { headers: { accept: 'application/vnd.heroku+json; version=3' } }),
  ),
  ...forRules(['vercel-token', 'vercel-legacy-token'], bearerGet(VERCEL, '/v2/user', 'https://vercel.com/docs/rest-api/reference/endpoints/user/get-the-user', { interpret: vercelReading })),
  'netlify-access-token': bearerGet('api.netlify.com', '/api/v1/user', 'https://open-api.netlify.com/#tag/user/operation/getCurrentUser'),
  // SharedKey signs with the account name and is sent to the account's own host, <account>.blob.core.windows.net
  // (https://learn.microsoft.com/en-us/rest/api/storageservices/authorize-with-shared-key): a host named by
  // the scanned file, not a constant, so no key is sent there (and the key may be a Cosmos DB one).
  'azure-storage-account-key': {
    host: 'blob.core.windows.net',
    docs: 'https://learn.microsoft.com/en-us/rest/api/storageservices/authorize-with-shared-key',
    build: () => unknown(messages.VERIFY_NEEDS_AZURE_ACCOUNT),
  },
};
