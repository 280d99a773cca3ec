import { describe, expect, it } from 'vitest';
import { listedFindings, MAX_LISTED } from '../../../src/commands/listedFindings.js';

const finding = (ruleId: string, severity: 'block' | 'warn', file = 'a.json', line = 1) => ({ ruleId, severity, file, line });

describe('listedFindings (check-staged text output)', () => {
  it('lists everything up to the limit, in order', () => {
    const all = Array.from({ length: MAX_LISTED }, (_, i) => finding('generic-secret-assignment', 'block', 'a.json', i));
    expect(listedFindings(all)).toEqual({ listed: all, unlisted: { blocking: 0, warnings: 0, files: [] } });
  });

  it('beyond it, lists the first blocking finding and the first warning of every rule, then fills with blocking ones, and counts the rest by file', () => {
    const passwords = Array.from({ length: 50 }, (_, i) => finding('generic-secret-assignment', i % 10 === 0 ? 'warn' : 'block', i < 30 ? 'users.json' : 'more.json', i));
    const key = finding('openai-project-key', 'block', 'late.ts', 99);
    const warning = finding('jwt', 'warn', 'late.ts', 100);
    const { listed, unlisted } = listedFindings([...passwords, key, warning], 5);
    expect(listed).toContain(key);
    expect(listed).toContain(warning);
    expect(listed).toContain(passwords[0]); // the rule's first warning
    expect(listed).toContain(passwords[1]); // the rule's first blocking finding
    expect(listed).toHaveLength(5);
    expect(listed.filter((f) => f.severity === 'block')).toHaveLength(3);
    // In the findings' order.
    expect(listed.map((f) => f.line)).toEqual([...listed.map((f) => f.line)].sort((a, b) => a - b));
    expect(unlisted).toEqual({ blocking: 50 - 5 - 2, warnings: 5 - 1, files: ['users.json', 'more.json'] });
  });

  it('lists one finding of every rule even when more rules matched than the limit', () => {
    const many = Array.from({ length: 8 }, (_, i) => finding(`rule-${i}`, 'block'));
    expect(listedFindings([...many, ...many], 3).listed).toEqual(many);
  });
});
