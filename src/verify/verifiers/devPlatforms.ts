/** Code hosting and package registries: each token's "who am I" call. */
import * as messages from '../../messages.js';
import { get, revoked, unknown } from '../interpret.js';
import type { Verifier } from '../types.js';
import { bearerGet, forRules } from './kit.js';

/** https://docs.github.com/en/rest/about-the-rest-api/api-versions */
const GITHUB_HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
const GITHUB = 'api.github.com';
/** GitHub's 403 is a rate limit or a missing scope (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api): unknown, the default. */
const githubUser = bearerGet(GITHUB, '/user', 'https://docs.github.com/en/rest/users/users#get-the-authenticated-user', { headers: GITHUB_HEADERS });

const GITLAB = 'gitlab.com';
const gitlabSelf: Verifier = {
  host: GITLAB,
  docs: 'https://docs.gitlab.com/api/personal_access_tokens/',
  // Personal, project and group access tokens (glpat-); routable runner, deploy or job tokens are no API credential for it.
  build: ({ secret }) =>
    secret.startsWith('glpat-') ? get('/api/v4/personal_access_tokens/self', { 'private-token': secret }) : unknown(messages.verifyUnsupported(`GitLab ${secret.slice(0, 5)}- tokens`)),
  // A 401 from gitlab.com also means "not a gitlab.com token": the detail says so.
  interpret: (response) => (response.status === 401 ? revoked(messages.verifyRejected(GITLAB, 401) + messages.VERIFY_GITLAB_ONLY) : undefined),
};

export const devPlatformVerifiers: Readonly<Record<string, Verifier>> = {
  ...forRules(['github-personal-access-token', 'github-oauth-token', 'github-user-to-server-token', 'github-fine-grained-pat'], githubUser),
  // An installation token acts as the app's installation, which has no user: its own listing.
  'github-app-installation-token': bearerGet(GITHUB, '/installation/repositories?per_page=1', 'https://docs.github.com/en/rest/apps/installations#list-repositories-accessible-to-the-app-installation', { headers: GITHUB_HEADERS }),
  'github-refresh-token': { host: GITHUB, docs: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens', build: () => unknown(messages.VERIFY_GITHUB_REFRESH) },
  ...forRules(['gitlab-personal-access-token', 'gitlab-routable-token'], gitlabSelf),
  'npm-access-token': bearerGet('registry.npmjs.org', '/-/whoami', 'https://docs.npmjs.com/cli/v10/commands/npm-whoami'),
};
