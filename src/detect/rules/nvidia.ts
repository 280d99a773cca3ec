/**
 * NVIDIA API keys for NIM / build.nvidia.com and NGC (https://docs.api.nvidia.com/nim/reference/
 * authentication, https://docs.nvidia.com/ngc/gpu-cloud/ngc-user-guide/index.html#generating-api-key):
 * `nvapi-` + 64 base64url characters (70 in all). Checked on 2 public examples (both 64, with `-` and
 * `_`) and 6 placeholders (`nvapi-...`, `nvapi-test123`, `nvapi-xxxx…`). No checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { ALPHABET } from './sampleKit.js';

export const nvidiaRules: readonly Rule[] = [
  prefixedRule({
    id: 'nvidia-api-key',
    provider: 'NVIDIA',
    description: 'NVIDIA NIM / NGC API key',
    prefixes: ['nvapi-'],
    body: `${CLASS.base64url}{64}`,
    validation: 'nvapi- + 64 base64url characters (70 in all)',
    remediation: {
      revokeUrl: 'https://org.ngc.nvidia.com/setup/api-keys',
      envVar: 'NVIDIA_API_KEY',
    },
    sampleBody: (r) => r.chars(64, ALPHABET.base64url),
    positives: (key) => [`client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="${key}")`],
    negatives: () => ['NVIDIA_API_KEY=nvapi-test123', `("Nvidia key: nvapi-${'abcdefghijklmnopqrstuvwxyz'}${'1234567890'}")`],
  }),
];
