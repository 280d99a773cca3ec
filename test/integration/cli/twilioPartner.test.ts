/**
 * The account SID the detector pairs with a Twilio auth token (for --verify) never reaches a
 * report: not in text, JSON or SARIF. Runs the built CLI on a real file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looksRandom } from '../../../src/detect/rules/labelledRule.js';
import { randomFrom } from '../../helpers/fakeKeys.js';
import { runKeyguard } from '../../helpers/runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'keyguard-twilio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a Twilio auth token next to its account SID', () => {
  const sid = `AC${randomFrom('0123456789abcdef', 32)}`;
  let token = randomFrom('0123456789abcdef', 32);
  while (!looksRandom(token)) token = randomFrom('0123456789abcdef', 32); // what the rule takes
  writeFileSync(join(dir, 'twilio.env'), `TWILIO_ACCOUNT_SID=${sid}\nTWILIO_AUTH_TOKEN=${token}\n`);

  it.each(['text', 'json', 'sarif'])('is reported in %s without the SID or the token', (format) => {
    const r = runKeyguard(dir, ['scan', '--format', format, 'twilio.env']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('twilio-auth-token');
    for (const text of [r.stdout, r.stderr]) {
      expect(text).not.toContain(sid);
      expect(text).not.toContain(token);
      expect(text).not.toContain('partner');
    }
  });
});
