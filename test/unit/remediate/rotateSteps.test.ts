import { describe, expect, it } from 'vitest';
import { rotateSteps } from '../../../src/remediate/rotateSteps.js';
import { stepCounter } from '../../../src/remediate/stepCounter.js';
import type { ReportFinding } from '../../../src/report/types.js';
import { stagedOpenAi as project } from '../../helpers/reportFindings.js';

const admin: ReportFinding = {
  ...project, ruleId: 'openai-admin-key', fingerprint: `sha256:${'cd'.repeat(32)}`,
  links: { ...project.links, revokeUrl: 'https://platform.openai.com/settings/organization/admin-keys' },
};
const generic: ReportFinding = { ...project, ruleId: 'generic-secret-assignment', provider: 'Generic', fingerprint: `sha256:${'ef'.repeat(32)}`, links: {} };

describe('rotateSteps', () => {
  it('one line per provider, with each distinct page of its rules', () => {
    const out = rotateSteps([project, admin], 'local', stepCounter()).join('\n');
    expect(out).toContain('- OpenAI (2 keys, OPENAI_API_KEY): https://platform.openai.com/api-keys  https://platform.openai.com/settings/organization/admin-keys');
    expect(out).not.toContain('usage:');
  });

  it('a committed key: revoke first, usage page shown; a rule of a kind: "where it was issued", no page', () => {
    const out = rotateSteps([project, generic], 'committed', stepCounter()).join('\n');
    expect(out).toMatch(/^ {2}1\. Revoke the key now, then create a new one/);
    expect(out).toContain('usage: https://platform.openai.com/usage');
    expect(out).toContain('- Generic (1 key): revoke it where it was issued');
  });
});
