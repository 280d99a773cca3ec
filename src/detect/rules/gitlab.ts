/**
 * GitLab tokens, fixed-length (pre-routable) forms (secret-formats.md §9; gitleaks gitlab.go,
 * https://docs.gitlab.com/security/tokens/#token-prefixes). A prefix names the token type and a
 * fixed number of random characters follows; there is no checksum. Since 2024 GitLab issues
 * routable tokens with a CRC-32 instead (gitlab-routable.ts). A self-managed instance may put its own
 * prefix in front (`mycompany-glpat-…`), so a `-` may precede the token.
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { CLASS, tokenFields } from './pattern.js';
import { classCount } from './randomness.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'GITLAB_TOKEN';
const B64 = CLASS.base64url;
const PAT_PAGE = 'https://gitlab.com/-/user_settings/personal_access_tokens';

type Chars = (n: number, alphabet: string) => string;

interface Kind {
  readonly id: string;
  readonly prefix: string;
  readonly description: string;
  /** Regex source of the random part, its description, and a generator for samples. */
  readonly body: string;
  readonly shape: string;
  readonly make: (chars: Chars) => string;
  readonly revokeUrl: string;
}

const b64 = (n: number) => (chars: Chars) => chars(n, ALPHABET.base64url);

function gitlabToken(kind: Kind): Rule {
  return {
    id: kind.id,
    provider: 'GitLab',
    description: kind.description,
    keywords: [kind.prefix.toLowerCase()],
    ...tokenFields({ prefixes: [kind.prefix], body: kind.body, boundary: CLASS.word, end: `(?!${B64})` }),
    // Random bodies mix character classes; kebab-case words (`glpat-token-for-the-ci`) do not.
    validate: (secret) => classCount(secret.slice(kind.prefix.length)) >= 2,
    severity: 'block',
    validation: `${kind.prefix} + ${kind.shape}`,
    remediation: { revokeUrl: kind.revokeUrl, usageUrl: 'https://docs.gitlab.com/user/compliance/audit_events/', envVar: ENV_VAR },
    samples() {
      const r = seededRandom(kind.id);
      const token = (): string => kind.prefix + kind.make((n, alphabet) => r.chars(n, alphabet));
      const good = token();
      return {
        positives: [...inContexts(good, ENV_VAR), `token: instance-${token()}`],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${kind.prefix}${'x'.repeat(good.length - kind.prefix.length)}`,
          `${ENV_VAR}=${good.slice(0, -1)}`,
          `${ENV_VAR}=${good}Q`,
          `${ENV_VAR}=${kind.prefix}<token>`,
          `id=Z${good}`,
        ],
      };
    },
  };
}

const legacy = (id: string, prefix: string, description: string, length: number, revokeUrl: string): Rule =>
  gitlabToken({ id, prefix, description, body: `${B64}{${length}}`, shape: `${length} base64url characters`, make: b64(length), revokeUrl });

export const gitlabRules: readonly Rule[] = [
  legacy('gitlab-personal-access-token', 'glpat-', 'GitLab personal, project or group access token', 20, PAT_PAGE),
  legacy('gitlab-deploy-token', 'gldt-', 'GitLab deploy token', 20, 'https://docs.gitlab.com/user/project/deploy_tokens/'),
  // Since GitLab 17 the 20 characters follow the runner type (`t1_` instance, `t2_` group, `t3_`
  // project), 23 after `glrt-` (issue 12; public example `glrt-t3_…` in a Dockerfile; the routable
  // form with a CRC is gitlab-routable.ts; gitleaks' `glrt-t\d_` routable rule).
  gitlabToken({
    id: 'gitlab-runner-token',
    prefix: 'glrt-',
    description: 'GitLab runner authentication token',
    body: `(?:t[1-3]_)?${B64}{20}`,
    shape: '20 base64url characters, after the runner type t1_/t2_/t3_ since GitLab 17',
    make: (chars) => `t${chars(1, '123')}_${chars(20, ALPHABET.base64url)}`,
    revokeUrl: 'https://docs.gitlab.com/ci/runners/',
  }),
  legacy('gitlab-feed-token', 'glft-', 'GitLab feed token', 20, PAT_PAGE),
  legacy('gitlab-incoming-mail-token', 'glimt-', 'GitLab incoming mail token', 25, PAT_PAGE),
  legacy('gitlab-agent-token', 'glagent-', 'GitLab agent for Kubernetes token', 50, 'https://docs.gitlab.com/user/clusters/agent/work_with_agent/'),
  legacy('gitlab-oauth-app-secret', 'gloas-', 'GitLab OAuth application secret', 64, 'https://gitlab.com/-/user_settings/applications'),
  legacy('gitlab-scim-token', 'glsoat-', 'GitLab SCIM token', 20, 'https://docs.gitlab.com/user/group/saml_sso/scim_setup/'),
  legacy('gitlab-feature-flag-client-token', 'glffct-', 'GitLab feature flags client token', 20, 'https://docs.gitlab.com/operations/feature_flags/'),
  legacy('gitlab-runner-registration-token', 'GR1348941', 'GitLab runner registration token (deprecated)', 20, 'https://docs.gitlab.com/ci/runners/'),
  gitlabToken({
    id: 'gitlab-pipeline-trigger-token',
    prefix: 'glptt-',
    description: 'GitLab pipeline trigger token',
    body: '[0-9a-f]{40}',
    shape: '40 lower-case hex characters',
    make: (chars) => chars(40, HEX),
    revokeUrl: 'https://docs.gitlab.com/ci/triggers/',
  }),
  gitlabToken({
    id: 'gitlab-ci-job-token',
    prefix: 'glcbt-',
    description: 'GitLab CI/CD job token',
    body: `${CLASS.base62}{1,5}_${B64}{20}`,
    shape: '1–5 base62 + _ + 20 base64url characters',
    make: (chars) => `${chars(2, ALPHABET.base62)}_${chars(20, ALPHABET.base64url)}`,
    revokeUrl: 'https://docs.gitlab.com/ci/jobs/ci_job_token/',
  }),
];
