/**
 * Observability and identity rules (issue 12 point 3) beyond the shared table test: how they share
 * prefixes with Stripe (Clerk, WorkOS), which public keys stay unreported even by the generic rule
 * (PostHog project keys, Sentry DSNs, Power BI links that look like Grafana keys), and the byte order
 * of Grafana's service-account checksum. Keys are built from parts at run time.
 */
import { describe, expect, it } from 'vitest';
import { checksumHex } from '../../../src/detect/rules/grafana.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';

const r = seededRandom('observability-identity-test');
const found = (text: string) => scan(text, builtinRules, { inlineAllow: false }).map((f) => [f.ruleId, f.severity]);
const base62 = (n: number) => r.chars(n, ALPHABET.base62);
const hex = (n: number) => r.chars(n, '0123456789abcdef');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('Grafana service-account checksum', () => {
  it('is the CRC-32 in little-endian hex (check value of "123456789" is cbf43926)', () => {
    expect(checksumHex('123456789')).toBe('2639f4cb');
  });

  it('a wrong checksum is no finding of any rule (the generic rule yields to the verdict)', () => {
    const body = base62(32);
    const good = `glsa_${body}_${checksumHex(`glsa_${body}`)}`;
    expect(found(`GRAFANA_TOKEN=${good}`)).toEqual([['grafana-service-account-token', 'block']]);
    const bad = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
    expect(found(`GRAFANA_TOKEN=${bad}`)).toEqual([]);
  });
});

describe('keys that share Stripe prefixes', () => {
  const clerkTest = `sk_test_${base62(42)}`;
  const clerkLive = `sk_live_${base62(42)}`;

  it('stay Stripe findings without a Clerk context', () => {
    expect(found(`SECRET_KEY=${clerkTest}`)).toEqual([['stripe-test-key', 'warn']]);
    expect(found(`SECRET_KEY=${clerkLive}`)).toEqual([['stripe-live-secret-key', 'block']]);
  });

  it('are Clerk findings next to a Clerk label, with the same severities', () => {
    expect(found(`CLERK_SECRET_KEY=${clerkTest}`)).toEqual([['clerk-development-secret-key', 'warn']]);
    expect(found(`CLERK_SECRET_KEY=${clerkLive}`)).toEqual([['clerk-secret-key', 'block']]);
  });

  it('leave a current 99-character Stripe key to Stripe even next to Clerk', () => {
    const stripe = `sk_live_51${base62(97)}`;
    expect(found(`# clerk and stripe\nSTRIPE_SECRET_KEY=${stripe}`)).toEqual([['stripe-live-secret-key', 'block']]);
  });

  it('are WorkOS findings when the body decodes to a WorkOS key id and secret', () => {
    const payload = Buffer.from(`key_01${r.chars(24, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')},${base62(25)}`).toString('base64').replace(/=+$/, '');
    expect(found(`WORKOS_API_KEY=sk_test_${payload}`)).toEqual([['workos-staging-api-key', 'warn']]);
    expect(found(`WORKOS_API_KEY=sk_live_${payload}`)).toEqual([['workos-api-key', 'block']]);
  });
});

describe('public keys', () => {
  it('PostHog project keys are never reported; personal keys are', () => {
    expect(found(`POSTHOG_API_KEY=phc_${base62(43)}`)).toEqual([]);
    expect(found(`POSTHOG_PERSONAL_API_KEY=phx_${base62(43)}`)).toEqual([['posthog-personal-api-key', 'block']]);
  });

  it('a Sentry DSN is not a finding; an org auth token is', () => {
    expect(found(`SENTRY_DSN=https://${hex(32)}@o4509706557915136.ingest.us.sentry.io/4509738327539712`)).toEqual([]);
    const payload = b64({ iat: 1751000000.5, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'acme' });
    expect(found(`SENTRY_AUTH_TOKEN=sntrys_${payload}_${r.chars(43, ALPHABET.base64)}`)).toEqual([['sentry-org-token', 'block']]);
  });

  it('Datadog client tokens are never reported (the generic rule warned before); API keys are', () => {
    expect(found(`DD_CLIENT_TOKEN=pub${hex(32)}`)).toEqual([]);
    expect(found(`datadogRum.init({ applicationId: 'app', clientToken: 'pub${hex(32)}' });`)).toEqual([]);
    expect(found(`DD_API_KEY=${hex(32)}`)).toEqual([['datadog-api-key', 'block']]);
  });

  it('a Power BI publish-to-web link is no Grafana key', () => {
    const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    expect(found(`<iframe src="https://app.powerbi.com/view?r=${b64({ k: uuid(), t: uuid(), c: 8 })}"></iframe>`)).toEqual([]);
  });

  it('New Relic browser keys are not reported; Honeycomb ingest keys only warn', () => {
    expect(found(`NEW_RELIC_BROWSER_KEY=NRJS-${hex(19)}`)).toEqual([]);
    const ingest = `hcaik_01${r.chars(24, '0123456789abcdefghjkmnpqrstvwxyz')}${r.chars(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    expect(found(`x-honeycomb-team: ${ingest}`)).toEqual([['honeycomb-ingest-key', 'warn']]);
  });
});

describe('values with no prefix', () => {
  it('an Okta token needs the SSWS scheme or an Okta label', () => {
    const token = `00${r.chars(40, ALPHABET.base64url)}`;
    expect(found(`headers.put("Authorization", "SSWS ${token}");`)).toEqual([['okta-api-token', 'block']]);
    expect(found(`const id = "${token}";`)).toEqual([]);
  });

  it('a LaunchDarkly SDK key needs LaunchDarkly nearby', () => {
    const key = `sdk-${hex(8)}-${hex(4)}-4${hex(3)}-b${hex(3)}-${hex(12)}`;
    expect(found(`const client = LaunchDarkly.init('${key}');`)).toEqual([['launchdarkly-key', 'block']]);
    expect(found(`const requestId = '${key}';`)).toEqual([]);
  });
});
