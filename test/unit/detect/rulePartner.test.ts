/**
 * Rule.partner (types.ts): Twilio's auth token only authenticates with its account SID, so the
 * detector hands --verify the SID it finds next to the token. The SID is an identifier: it rides
 * along in memory only (report formats are checked in test/integration/cli/twilioPartner.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { looksRandom } from '../../../src/detect/rules/labelledRule.js';
import { scan } from '../../../src/detect/scan.js';
import { randomFrom } from '../../helpers/fakeKeys.js';

const hex = (n: number) => randomFrom('0123456789abcdef', n);
/** A token the rule takes: 32 hex that look random (about 1 in 5 draws does not, labelledRule.ts). */
const tokenHex = (): string => {
  for (;;) {
    const token = hex(32);
    if (looksRandom(token)) return token;
  }
};
const twilio = (text: string) => scan(text, builtinRules).filter((f) => f.ruleId === 'twilio-auth-token');

describe('Twilio auth token partner', () => {
  it('is the account SID next to the token, the nearest of several', () => {
    const [near, far, token] = [`AC${hex(32)}`, `AC${hex(32)}`, tokenHex()];
    const text = `# twilio\nOLD_SID=${far}\n${'#'.repeat(120)}\nTWILIO_ACCOUNT_SID=${near}\nTWILIO_AUTH_TOKEN=${token}\n`;
    expect(twilio(text).map((f) => f.partner)).toEqual([near]);
  });

  it('is also found after the token (a client built with both)', () => {
    const [sid, token] = [`AC${hex(32)}`, tokenHex()];
    expect(twilio(`twilio_auth_token: "${token}"\ntwilio_account_sid: "${sid}"\n`).map((f) => f.partner)).toEqual([sid]);
  });

  it('is absent when no SID is within 400 characters, or the SID is part of a longer word', () => {
    const [sid, token] = [`AC${hex(32)}`, tokenHex()];
    expect(twilio(`SID=${sid}\n${'#'.repeat(500)}\nTWILIO_AUTH_TOKEN=${token}\n`).map((f) => f.partner)).toEqual([undefined]);
    expect(twilio(`X=Q${sid}\nTWILIO_AUTH_TOKEN=${token}\n`).map((f) => f.partner)).toEqual([undefined]);
  });

  it('is given by no other rule', () => {
    expect(builtinRules.filter((rule) => rule.partner !== undefined).map((rule) => rule.id)).toEqual(['twilio-auth-token']);
  });
});
