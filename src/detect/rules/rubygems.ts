/**
 * RubyGems.org API keys (https://guides.rubygems.org/api-key-scopes/; gitleaks rubygems.go,
 * trufflehog rubygems): `rubygems_` + 48 lower-case hex (57 in all). Public code search for the
 * prefix returns only `rubygems_version`-style identifiers (0 real keys, none matching). No checksum.
 */
import type { Rule } from '../types.js';
import { HEX } from './labelledSamples.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

export const rubygemsRules: readonly Rule[] = [
  prefixedRule({
    id: 'rubygems-api-key',
    provider: 'RubyGems',
    description: 'RubyGems.org API key',
    prefixes: ['rubygems_'],
    body: '[0-9a-f]{48}',
    boundary: CLASS.word,
    validation: 'rubygems_ + 48 lower-case hex',
    remediation: { revokeUrl: 'https://rubygems.org/profile/api_keys', usageUrl: 'https://rubygems.org/profile/api_keys', envVar: 'GEM_HOST_API_KEY' },
    sampleBody: (r) => r.chars(48, HEX),
    positives: (key) => [`---\n:rubygems_api_key: ${key}\n`],
    negatives: () => ['s.required_rubygems_version = Gem::Requirement.new(">= 0")', 's.metadata = { "rubygems_mfa_required" => "true" }'],
  }),
];
