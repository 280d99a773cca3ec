/** The scanner's filters: keyword pre-filter, validation, placeholders, de-duplication, inline allow. */
import { describe, expect, it } from 'vitest';
import { KeyguardError } from '../../../src/errors.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { scan } from '../../../src/detect/scan.js';
import { awsKeyId, positionsOf, testRule } from './fixtures.js';

describe('scan pre-filter and checks', () => {
  it('runs a rule only when one of its keywords occurs, case-insensitively', () => {
    const text = 'TOK_ and tok_abqxmwyzkplt';
    expect(scan(text, [testRule({ keywords: ['absent'] })])).toEqual([]);
    expect(scan(text, [testRule({ keywords: ['tok_'] })])).toHaveLength(1);
    expect(scan('TOK_ABQXMWYZKPLT', [testRule({ pattern: /tok_[a-z]{12}/gi })])).toHaveLength(1);
  });

  it('runs a rule without keywords on every text', () => {
    expect(scan('tok_abqxmwyzkplt', [testRule({ keywords: [] })])).toHaveLength(1);
  });

  it('drops matches that fail validate or look like placeholders', () => {
    expect(scan('tok_abqxmwyzkplt', [testRule({ validate: () => false })])).toEqual([]);
    expect(scan('tok_xxxxxxxxxxxx', [testRule()])).toEqual([]);
    expect(scan('tok_xxxxxxxxxxxx', [testRule({ placeholderCheck: false })])).toHaveLength(1);
  });

  it('works with a pattern lacking the g flag (or sticky) and leaves the rule pattern untouched', () => {
    const rule = testRule({ pattern: /tok_[a-z]{12}/ });
    expect(scan('tok_abqxmwyzkplt tok_mwyzkpltabqx', [rule])).toHaveLength(2);
    expect(scan('- tok_abqxmwyzkplt', [testRule({ pattern: /tok_[a-z]{12}/y })])).toHaveLength(1);
    expect(rule.pattern.lastIndex).toBe(0);
  });

  it('rejects a malformed rule list loudly', () => {
    // A missing secret group is caught at the rule's first match (no up-front compile of every rule).
    expect(() => scan('tok_abqxmwyzkplt', [testRule({ secretGroup: 1 })])).toThrow(/secretGroup 1 does not exist/);
    expect(() => scan('x', [testRule({ secretGroup: -1 })])).toThrow(KeyguardError);
    expect(() => scan('x', [testRule(), testRule()])).toThrow(/used by another rule/);
    expect(() => scan('x', [testRule({ id: 'Not_Kebab' })])).toThrow(/kebab-case/);
    expect(() => scan('x', [testRule({ keywords: ['Tok_'] })])).toThrow(/lower case/);
  });
});

describe('scan de-duplication', () => {
  const specific = testRule({ id: 'specific' });
  const general = testRule({ id: 'general', pattern: /tok_[a-z]+/g });

  it('reports a span claimed by two rules once, for the earlier rule', () => {
    expect(positionsOf('a tok_abqxmwyzkplt b', [specific, general])).toEqual([{ ruleId: 'specific', line: 1, column: 3 }]);
    expect(positionsOf('a tok_abqxmwyzkplt b', [general, specific])).toEqual([{ ruleId: 'general', line: 1, column: 3 }]);
  });

  it('drops partial overlaps but keeps disjoint findings of both rules', () => {
    const text = 'tok_abqxmwyzkpltrs tok_kw tok_mwyzkpltabqx';
    expect(positionsOf(text, [specific, general])).toEqual([
      { ruleId: 'specific', line: 1, column: 1 },
      { ruleId: 'general', line: 1, column: 20 },
      { ruleId: 'specific', line: 1, column: 27 },
    ]);
  });
});

describe('scan inline allow', () => {
  const key = awsKeyId();

  it('drops a finding with keyguard:allow on its line or the line before', () => {
    expect(scan(`id = "${key}"  # keyguard:allow docs fixture`, builtinRules)).toEqual([]);
    expect(scan(`// keyguard:allow: rotated 2024-01\nid = "${key}"`, builtinRules)).toEqual([]);
    expect(scan(`<!-- KEYGUARD:ALLOW -->\n${key}`, builtinRules)).toEqual([]);
  });

  it('keeps findings further away and other lines', () => {
    const text = `// keyguard:allow\n\n${key}\n${key} # keyguard:allow`;
    expect(positionsOf(text, builtinRules)).toEqual([{ ruleId: 'aws-access-key-id', line: 3, column: 1 }]);
  });

  it('is ignored with inlineAllow: false', () => {
    expect(scan(`${key} # keyguard:allow`, builtinRules, { inlineAllow: false })).toHaveLength(1);
  });
});
