/**
 * NuGet.org API keys (https://learn.microsoft.com/en-us/nuget/nuget-org/publish-a-package; kingfisher
 * nuget.yml: `oy2` + 43 lower-case letters and digits). The body is lower-case base32
 * (`a-z`, `2-7`): all 8 real keys committed to public code (`dotnet nuget push … -k oy2…`) agree,
 * 1 placeholder (`oy2xxxx…`) did not match. 46 characters in all, no checksum.
 */
import type { Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

export const nugetRules: readonly Rule[] = [
  prefixedRule({
    id: 'nuget-api-key',
    provider: 'NuGet',
    description: 'NuGet.org API key',
    prefixes: ['oy2'],
    body: '[a-z2-7]{43}',
    boundary: CLASS.word,
    validation: 'oy2 + 43 lower-case base32 characters (a-z, 2-7)',
    remediation: { revokeUrl: 'https://www.nuget.org/account/apikeys', usageUrl: 'https://www.nuget.org/account/Packages', envVar: 'NUGET_API_KEY' },
    sampleBody: (r) => r.chars(43, BASE32_LOWER),
    positives: (key) => [`dotnet nuget push bin/Release/*.nupkg -k ${key} -s https://api.nuget.org/v3/index.json`],
    negatives: (key) => [`NUGET_API_KEY=${key.slice(0, 10)}9${key.slice(11)}`, `NUGET_API_KEY=${key.slice(0, 10)}Q${key.slice(11)}`],
  }),
];
