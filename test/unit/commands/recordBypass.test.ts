import { describe, expect, it } from 'vitest';
import { safeReason } from '../../../src/commands/recordBypass.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { fakeOpenAiProjectKey } from '../../helpers/fakeKeys.js';

describe('safeReason', () => {
  it('masks a key, removes control characters, bounds the length', () => {
    const key = fakeOpenAiProjectKey();
    const safe = safeReason(`fixture\n\u001b[31mremote: fake ${key}`, builtinRules);
    expect(safe).not.toContain(key);
    expect(safe).toContain('sk-proj-');
    expect(safe).not.toMatch(/[\n\u001b]/);
    expect(safeReason('x'.repeat(1000), builtinRules)).toHaveLength(301);
  });
});
