import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { scan } from '../../../src/detect/scan.js';
import { pemBlock } from '../../../src/detect/rules/pemArmor.js';
import type { Rule } from '../../../src/detect/types.js';
import { redact } from '../../../src/report/mask.js';
import { fakeAwsAccessKeyId, fakeOpenAiLegacyKey, fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';

const randomish = (n: number) => Array.from({ length: n }, (_, i) => 'aZ3_q9Xk'[i % 8]).join('');
const rule = (id: string): Rule => builtinRules.find((r) => r.id === id)!;
/** What a mask shows of the secret: everything before the ellipsis. */
const shown = (masked: string) => masked.slice(0, masked.indexOf('…'));

describe('redact', () => {
  it('shows the public prefix plus 4 characters and the length', () => {
    const project = fakeOpenAiProjectKey();
    expect(redact(project, rule('openai-project-key'))).toBe(`${project.slice(0, 12)}…(164 chars)`);
    expect(shown(redact(project, rule('openai-project-key')))).toMatch(/^sk-proj-.{4}$/);
    expect(shown(redact(fakeOpenAiLegacyKey(), rule('openai-legacy-key')))).toMatch(/^sk-.{4}$/);
    expect(shown(redact(fakeAwsAccessKeyId(), rule('aws-access-key-id')))).toMatch(/^AKIA.{4}$/);
  });

  it('shows at most 4 characters of a secret with no public prefix, never more than a quarter', () => {
    const plain: Pick<Rule, 'prefixes'> = {};
    expect(redact(randomish(40), plain)).toBe('aZ3_…(40 chars)');
    expect(redact('abcdefghijkl', plain)).toBe('abc…(12 chars)');
  });

  it('shows at most a sixth of a password, and never a prefix', () => {
    const password = { guessable: true, prefixes: ['corr'] };
    expect(redact('correcthorsebatterystaple', password)).toBe('corr…(25 chars)');
    expect(redact('Summer2024!x', password)).toBe('Su…(12 chars)');
    expect(redact('hunter22', password)).toBe('h…(8 chars)');
  });

  it('shows only the first line of a multi-line secret; a key block shows its opening literal', () => {
    const pem = `-----BEGIN\n${randomish(70)}\n-----END`;
    expect(redact(pem, {})).toBe(`----…(${pem.length} chars)`);
    expect(redact(pem, {})).not.toContain('\n');
    const rsa = pemBlock(['RSA', 'PRIVATE', 'KEY'].join(' '), [randomish(70)]).join('\n');
    expect(redact(rsa, rule('private-key'))).toBe(`-----BEGIN RSA …(${rsa.length} chars)`);
  });
});

/** Every rule's own true samples: the mask shows its public prefix plus at most 4 characters. */
describe('masks of every rule', () => {
  it.each(builtinRules.map((r) => [r.id, r] as const))('%s shows at most the public prefix and 4 characters', (_id, r) => {
    const { positives, path } = r.samples();
    for (const f of positives.flatMap((sample) => scan(sample, [r], { inlineAllow: false, path }))) {
      const visible = shown(redact(f.secret, r));
      const prefixes = r.prefixes ?? (r.spansLines ? [r.spansLines.opener] : []);
      const prefix = r.guessable === true ? '' : prefixes.filter((p) => f.secret.startsWith(p)).sort((a, b) => b.length - a.length)[0] ?? '';
      expect(visible.startsWith(prefix)).toBe(true);
      expect(visible.length - prefix.length).toBeLessThanOrEqual(4);
    }
  });

  it('the token rules declare the public prefixes their keys start with', () => {
    for (const id of ['github-personal-access-token', 'slack-bot-token', 'openai-project-key', 'aws-access-key-id', 'anthropic-api-key']) {
      expect(rule(id).prefixes?.length, id).toBeGreaterThan(0);
    }
  });
});
