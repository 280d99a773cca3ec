/**
 * Checks of the payment and messaging rules (issue 12 point 3) beyond the shared table test
 * (rules.test.ts): Paystack and Stripe sharing `sk_live_`, keys that only count near their
 * provider's name, decoded structures, and keywords that must not silence the generic rule.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';

const r = seededRandom('paymentMessagingRules.test');
const HEX = '0123456789abcdef';
const found = (text: string) => scan(text, builtinRules, { inlineAllow: false }).map((f) => [f.ruleId, f.severity]);

describe('Paystack and Stripe share sk_live_ / sk_test_', () => {
  const paystackLive = `sk_${'live'}_${r.chars(40, HEX)}`;
  const stripeLive = `sk_${'live'}_51${r.chars(97, ALPHABET.base62)}`;

  it('40 lower-case hex with "paystack" nearby is Paystack', () => {
    expect(found(`PAYSTACK_SECRET_KEY=${paystackLive}`)).toEqual([['paystack-live-secret-key', 'block']]);
    expect(found(`PAYSTACK_SECRET_KEY=sk_${'test'}_${r.chars(40, HEX)}`)).toEqual([['paystack-test-secret-key', 'warn']]);
  });

  it('the same key without "paystack" nearby stays Stripe’s, and still blocks', () => {
    expect(found(`const key = "${paystackLive}";`)).toEqual([['stripe-live-secret-key', 'block']]);
  });

  it('a Stripe key next to the word Paystack stays Stripe’s', () => {
    expect(found(`// migrating from Paystack\nSTRIPE_SECRET_KEY=${stripeLive}`)).toEqual([['stripe-live-secret-key', 'block']]);
  });
});

describe('keys found only near their provider’s name', () => {
  const squareToken = `EAAA${r.chars(60, ALPHABET.base64url)}`;

  it('Square EAAA tokens: near "square" only (Meta tokens and base64 runs share the start)', () => {
    expect(found(`SQUARE_ACCESS_TOKEN=${squareToken}`)).toEqual([['square-access-token', 'block']]);
    expect(found(`page_ref = "${squareToken}"`)).toEqual([]);
  });

  it('Mailchimp keys: near "mailchimp" only', () => {
    const key = `${r.chars(32, HEX)}-us${'21'}`;
    expect(found(`mailchimp.setConfig({ apiKey: "${key}" });`)).toEqual([['mailchimp-api-key', 'block']]);
    expect(found(`cache_file = "${key}.json"`)).toEqual([]);
  });
});

describe('Intercom tokens are decoded', () => {
  it('a dG9rO… value of the right length that does not decode to tok:<id>:1:0 is no token', () => {
    const fake = `dG9rO${r.chars(54, ALPHABET.base64)}=`;
    expect(found(`const client = new Intercom.Client({ token: "${fake}" });`)).toEqual([]);
  });
});

describe('keywords do not silence the generic rule', () => {
  // Rule keywords make the generic assignment rule yield to names that start with them
  // (generalRules.ts): short prefixes such as `key`, `pat-` or `lob` would silence it for
  // ordinary names. These names hold no new provider's keyword, so the generic rule still reports.
  it.each(['GLOBAL_API_KEY', 'BLOB_API_KEY', 'KEY_SECRET', 'pat-token', 'ACCESS_TOKEN', 'STORE_API_KEY'])('%s=<random> is still found', (name) => {
    const value = r.chars(40, ALPHABET.base62);
    expect(found(`${name}=${value}`).map(([id]) => id)).toEqual(['generic-secret-assignment']);
  });
});
