/**
 * SonarQube and SonarQube Cloud (SonarCloud) tokens
 * (https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/; gitleaks
 * sonar.go, kingfisher sonarqube.yml/sonarcloud.yml, trufflehog sonarcloud). Since SonarQube 9.5
 * tokens are `squ_` (user), `sqp_` (project analysis) or `sqa_` (global analysis) + 40 lower-case
 * hex: checked on 5 real tokens committed to public code (squ_ ×3, sqp_ ×2), 1 placeholder
 * (`squ_cafe_erp_…`) did not match. Older SonarQube tokens and SonarCloud's are 40 hex with no
 * prefix: only right after a Sonar token label (`SONAR_TOKEN=`, `-Dsonar.login=`, `sonar.token=`).
 * SonarQube is self-hosted, so its revoke link is the docs page saying where (My Account → Security).
 */
import type { Rule } from '../types.js';
import { HEX, labelledContexts as namedContexts } from './labelledSamples.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelledRule } from './labelledRule.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';

const ENV_VAR = 'SONAR_TOKEN';

/** `SONAR_TOKEN=`, `SONAR_LOGIN=`, `sonarToken:`, `-Dsonar.login=`, `sonar.token=` (sonar-project.properties). */
const LABEL = `${anyCase('sonar')}(?:[_.-]?(?:${anyCase('auth')}|${anyCase('cloud')}))?[_.-]?(?:${anyCase('token')}|${anyCase('login')})${ASSIGN}`;

export const sonarRules: readonly Rule[] = [
  prefixedRule({
    id: 'sonarqube-token',
    provider: 'SonarQube',
    description: 'SonarQube user or analysis token',
    prefixes: ['squ_', 'sqp_', 'sqa_'],
    body: '[0-9a-f]{40}',
    boundary: CLASS.word,
    validation: 'squ_, sqp_ or sqa_ + 40 lower-case hex',
    remediation: {
      revokeUrl: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
      usageUrl: 'https://docs.sonarsource.com/sonarqube-server/latest/instance-administration/monitoring/',
      envVar: ENV_VAR,
    },
    sampleBody: (r) => r.chars(40, HEX),
    positives: (token) => [
      `sonar-scanner -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=${token}`,
      `SONAR_TOKEN = 'sqp_${token.slice(4)}'`,
    ],
    negatives: () => ['-Dsonar.token=squ_cafe_erp_system_sonar_token_2026', 'entete = self._lire_jusqu_a(b"\\r\\n")'],
  }),
  labelledRule({
    id: 'sonarcloud-token',
    provider: 'SonarCloud',
    description: 'SonarQube Cloud (SonarCloud) or legacy SonarQube token (40 hex behind a Sonar label)',
    keywords: ['sonar'],
    lead: LABEL,
    body: '[0-9a-f]{40}',
    validation: '40 lower-case hex right after a Sonar token/login label (SONAR_TOKEN=, -Dsonar.login=)',
    remediation: {
      revokeUrl: 'https://sonarcloud.io/account/security',
      usageUrl: 'https://docs.sonarsource.com/sonarqube-cloud/administering-sonarcloud/managing-organization/audit-logs/',
      envVar: ENV_VAR,
    },
    sampleSecret: (r) => r.chars(40, HEX),
    contexts: (token) => [...namedContexts(token, ENV_VAR), `mvn verify sonar:sonar -Dsonar.login=${token}`, `sonar.token=${token}`],
    negatives: (token) => [`SONAR_PROJECT_KEY=${token}`, `sonar.scm.revision=${token}`],
  }),
];
