/**
 * DeepSeek API keys (secret-formats.md §24; kingfisher deepseek.yml, trufflehog deepseek):
 * `sk-` + 32 lower-case hex. Alibaba DashScope (Qwen) keys have exactly the same shape, so like
 * trufflehog the rule requires "deepseek" within 300 characters (`DEEPSEEK_API_KEY=`,
 * `base_url="https://api.deepseek.com"`). No checksum.
 */
import type { Rule } from '../types.js';
import { near } from './labels.js';
import { CLASS, tokenFields } from './pattern.js';
import { indirections, seededRandom } from './sampleKit.js';

const ENV_VAR = 'DEEPSEEK_API_KEY';
const HEX = '0123456789abcdef';

export const deepseekRules: readonly Rule[] = [
  {
    id: 'deepseek-api-key',
    provider: 'DeepSeek',
    description: 'DeepSeek API key',
    keywords: ['deepseek'],
    ...tokenFields({
      prefixes: ['sk-'],
      body: '[0-9a-f]{32}',
      boundary: CLASS.base64url,
      end: `(?!${CLASS.base64url})${near('deepseek', 300, 35)}`,
    }),
    severity: 'block',
    validation: 'sk- + 32 lower-case hex with "deepseek" within 300 characters (DashScope keys share the shape)',
    remediation: {
      revokeUrl: 'https://platform.deepseek.com/api_keys',
      usageUrl: 'https://platform.deepseek.com/usage',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('deepseek-api-key');
      const key = (): string => `sk-${r.chars(32, HEX)}`;
      const good = key();
      return {
        positives: [
          `DEEPSEEK_API_KEY=${good}`,
          `export DEEPSEEK_API_KEY="${key()}"`,
          `client = OpenAI(api_key="${key()}", base_url="https://api.deepseek.com")`,
          `{"provider": "deepseek", "apiKey": "${key()}"}`,
          `curl https://api.deepseek.com/chat/completions -H "Authorization: Bearer ${key()}"`,
          `os.environ["DEEPSEEK_API_KEY"] = "${key()}"`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `DEEPSEEK_API_KEY=sk-${'x'.repeat(32)}`,
          // Upper case, wrong lengths, `task-`: not this rule's (it stays silent on them); under the
          // label the generic rule reports them now (test/unit/detect/generalRules.test.ts).
          `model=${good.toUpperCase().replace('SK-', 'sk-')}`,
          `deepseek: ${good}0`,
          `deepseek: ${good.slice(0, -1)}`,
          `deepseek: task-${good.slice(3)}`,
        ],
      };
    },
  },
];
