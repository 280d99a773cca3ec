import type { ReportFinding } from '../../src/report/types.js';

/** A staged OpenAI finding as the report sees it (masked, fingerprinted: no key anywhere). */
export const stagedOpenAi: ReportFinding = {
  ruleId: 'openai-project-key', provider: 'OpenAI', description: 'OpenAI project API key', severity: 'block',
  file: 'src/app.ts', line: 3, column: 17, redacted: 'sk-proj-…(164 chars)', fingerprint: `sha256:${'ab'.repeat(32)}`,
  links: { revokeUrl: 'https://platform.openai.com/api-keys', usageUrl: 'https://platform.openai.com/usage', envVar: 'OPENAI_API_KEY' },
  inHead: [],
};
