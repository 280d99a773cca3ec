/**
 * The observability and identity rules (issue 12 point 3) through the real pre-commit hook: a Sentry
 * organization token blocks the commit with Sentry's own revoke page and is never printed whole; the
 * public values that sit next to it in real projects (the Sentry DSN, a PostHog project key) and a
 * Clerk development key (warn) let the commit through. Keys are built from parts at run time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeHookRepo, removeHookRepos, writeRepoFile } from '../../helpers/hookRepo.js';
import { git, gitOk } from '../../helpers/runCli.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';

afterEach(removeHookRepos);

const r = seededRandom('observability-identity-commits');
const hex = (n: number) => r.chars(n, '0123456789abcdef');
const dsn = () => `https://${hex(32)}@o4509706557915136.ingest.us.sentry.io/4509738327539712`;

function commit(dir: string): { status: number | null; out: string } {
  gitOk(dir, ['add', '-A']);
  const result = git(dir, ['commit', '-m', 'change']);
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('observability and identity keys in a real commit', () => {
  it('a Sentry org token blocks, masked, with Sentry’s revoke page', () => {
    const dir = makeHookRepo();
    const payload = Buffer.from(JSON.stringify({ iat: 1751000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })).toString('base64');
    const token = `sntrys_${payload}_${r.chars(43, ALPHABET.base64)}`;
    writeRepoFile(dir, 'vite.config.ts', `export default { sentry: { authToken: "${token}", dsn: "${dsn()}" } };\n`);
    const { status, out } = commit(dir);
    expect(status).toBe(1);
    expect(out).toContain('Sentry');
    expect(out).toContain('sentry.io/orgredirect/organizations/:orgslug/settings/auth-tokens/');
    expect(out).not.toContain(token);
    expect(out).not.toContain(payload);
  });

  it('a Sentry DSN, a PostHog project key and a Clerk development key let the commit through', () => {
    const dir = makeHookRepo();
    writeRepoFile(
      dir,
      'deploy/app.yml',
      [
        'env:',
        `  SENTRY_DSN: ${dsn()}`,
        `  POSTHOG_API_KEY: phc_${r.chars(43, ALPHABET.base62)}`,
        `  CLERK_SECRET_KEY: sk_test_${r.chars(42, ALPHABET.base62)}`,
        '',
      ].join('\n'),
    );
    writeRepoFile(dir, 'src/analytics.ts', `posthog.init('phc_${r.chars(43, ALPHABET.base62)}', { api_host: 'https://eu.i.posthog.com' });\n`);
    const { status, out } = commit(dir);
    expect(out).toContain('clerk-development-secret-key');
    // Before: the generic rule warned on the PostHog project key (`POSTHOG_API_KEY: phc_…`).
    expect(out).not.toContain('generic-secret-assignment');
    expect(status).toBe(0);
  });
});
