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
    // Bidirectional overrides would reorder what the pusher and the log reader see (Trojan Source).
    expect(safeReason('ok \u202egnp.exe\u2066x', builtinRules)).toBe('ok  gnp.exe x');
  });
});
