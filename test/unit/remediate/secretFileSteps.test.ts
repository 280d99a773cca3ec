import { describe, expect, it } from 'vitest';
import { secretFileFindings } from '../../../src/commands/secretFileFindings.js';
import { classifySecretFile } from '../../../src/detect/secretFiles.js';
import { buildRemediation } from '../../../src/remediate/buildRemediation.js';
import type { ReportFinding } from '../../../src/report/types.js';

const fileFinding = (path: string): ReportFinding => secretFileFindings([{ path, kind: classifySecretFile(path)!, severity: 'block' }])[0]!;
const key: ReportFinding = {
  ruleId: 'openai-project-key', provider: 'OpenAI', description: 'OpenAI project API key', severity: 'block',
  file: 'src/app.ts', line: 3, column: 17, redacted: 'sk-proj-…(164 chars)', fingerprint: `sha256:${'ab'.repeat(32)}`,
  links: { revokeUrl: 'https://platform.openai.com/api-keys', envVar: 'OPENAI_API_KEY' },
  inHead: [],
};

describe('secret file findings and their remediation', () => {
  it('fingerprints the path, shows no content, and sits at line 1, column 1', () => {
    const f = fileFinding('apps/web/.env.local');
    expect(f).toMatchObject({ ruleId: 'secret-file-env', severity: 'block', line: 1, column: 1, redacted: '(whole file)' });
    expect(f.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(f.fingerprint).not.toBe(fileFinding('.env.local').fingerprint);
  });

  it('unstages every file, gives the .gitignore lines, and for .env a template, without key-revocation steps', () => {
    const out = buildRemediation([fileFinding('.env'), fileFinding('certs/my server.pem')], { firstCommit: false }).join('\n');
    expect(out).toContain("git restore --staged -- .env 'certs/my server.pem'");
    expect(out).toMatch(/\.gitignore[^\n]*\n\s+\.env\n\s+\*\.pem\n/);
    expect(out).toContain('.env.example');
    expect(out).toContain('allowlist.paths');
    expect(out).not.toContain('Revoke the key');
    expect(out).not.toContain('keyguard:allow');
  });

  it('uses git rm --cached before the first commit, and keeps the key steps for key findings next to it', () => {
    const out = buildRemediation([fileFinding('id_rsa'), key], { firstCommit: true }).join('\n');
    expect(out).toContain('git rm --cached -- id_rsa');
    expect(out).not.toContain('.env.example');
    expect(out).toContain('- OpenAI (1 key, OPENAI_API_KEY): https://platform.openai.com/api-keys');
    expect(out).toContain('edit src/app.ts (line 3)');
    expect(out).toContain('keyguard:allow');
  });
});
