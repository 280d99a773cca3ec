/**
 * Clojars deploy tokens (https://github.com/clojars/clojars-web/wiki/Deploy-Tokens; gitleaks
 * clojars.go): `CLOJARS_` + 60 lower-case letters and digits, used as the deploy password. The
 * `CLOJARS_` prefix also starts variable names (`CLOJARS_USERNAME`, `CLOJARS_PASSWORD`): the body
 * is lower-case, those names are not. No checksum. No real token found in public code (10 hits, all
 * variable names).
 */
import type { Rule } from '../types.js';
import { prefixedRule } from './prefixedRule.js';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const clojarsRules: readonly Rule[] = [
  prefixedRule({
    id: 'clojars-deploy-token',
    provider: 'Clojars',
    description: 'Clojars deploy token',
    prefixes: ['CLOJARS_'],
    body: '[a-z0-9]{60}',
    validation: 'CLOJARS_ + 60 lower-case letters and digits',
    remediation: { revokeUrl: 'https://clojars.org/tokens', envVar: 'CLOJARS_PASSWORD' },
    sampleBody: (r) => r.chars(60, LOWER_ALNUM),
    positives: (token) => [`:deploy-repositories [["clojars" {:url "https://repo.clojars.org" :username "ci" :password "${token}"}]]`],
    negatives: () => ['export CLOJARS_USERNAME=username', ':password :env/clojars_password'],
  }),
];
