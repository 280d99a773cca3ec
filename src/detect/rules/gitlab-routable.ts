/**
 * GitLab routable tokens (secret-formats.md §0.3, §9; gitlabhq lib/authn/token_field/generator/
 * routable_token.rb, osv-scalibr veles/secrets/gitlabpat). Layout:
 *   <prefix><base64url payload, 27–300> . [<2-char version> .] <2-char base36 payload length> <crc>
 * where <crc> is CRC-32 of everything before it (prefix and dots included), lower-case base36,
 * zero-padded to 7 — verified on osv-scalibr's test tokens, versioned and unversioned. The generator
 * is shared by the token types, so every GitLab prefix is accepted; the CRC decides.
 */
import type { Rule } from '../types.js';
import { crc32 } from '../checksum/crc32.js';
import { CLASS, tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom, shift } from './sampleKit.js';

const ENV_VAR = 'GITLAB_TOKEN';
const TYPES = ['pat', 'rt', 'dt', 'cbt', 'ft', 'imt', 'oas', 'agent', 'soat', 'ffct', 'ptt'];
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

const base36 = (value: number, width: number): string => value.toString(36).padStart(width, '0');

/** Recomputes the trailing CRC and checks the length field against the payload. */
function validRoutable(token: string): boolean {
  const dash = token.indexOf('-');
  const dot = token.indexOf('.');
  const lengthField = token.slice(-9, -7);
  return base36(crc32(token.slice(0, -7)), 7) === token.slice(-7) && base36(dot - dash - 1, 2) === lengthField;
}

/** A routable token around `payload` (for samples), with or without the version segment. */
function routable(prefix: string, payload: string, version = '01.'): string {
  const head = `${prefix}${payload}.${version}${base36(payload.length, 2)}`;
  return head + base36(crc32(head), 7);
}

export const gitlabRoutableRules: readonly Rule[] = [
  {
    id: 'gitlab-routable-token',
    provider: 'GitLab',
    description: 'GitLab routable token (personal/project access, runner, deploy, CI job, …)',
    keywords: TYPES.map((type) => `gl${type}-`),
    ...tokenFields({
      prefixes: ['gl'],
      body: `(?:${TYPES.join('|')})-${CLASS.base64url}{27,300}\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9}`,
      boundary: CLASS.base64url,
    }),
    validate: validRoutable,
    severity: 'block',
    validation: 'payload length field and CRC-32 (base36, 7 characters) of everything before it',
    remediation: {
      revokeUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens',
      usageUrl: 'https://docs.gitlab.com/user/compliance/audit_events/',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('gitlab-routable-token');
      // 16 random bytes + routing text (`o:` organization, `u:` user) + its length byte.
      const payload = (routing = `o:${r.chars(2, BASE36)}\nu:${r.chars(4, BASE36)}`): string =>
        Buffer.concat([Buffer.from(r.chars(32, '0123456789abcdef'), 'hex'), Buffer.from(routing), Buffer.from([routing.length])]).toString('base64url');
      const good = routable('glpat-', payload());
      return {
        positives: [
          ...inContexts(good, ENV_VAR),
          `git clone https://oauth2:${routable('glpat-', payload(), '')}@gitlab.com/group/app.git`,
          `runner:\n  token: ${routable('glrt-', `t1_${payload()}`)}`,
          `CI_JOB_TOKEN=${routable('glcbt-', payload(`c:1\no:${r.chars(3, BASE36)}`))}`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${good.slice(0, -7)}${shift(good.slice(-7), BASE36)}`,
          `${ENV_VAR}=${good.slice(0, -1)}`,
          `${ENV_VAR}=${good}z`,
          `${ENV_VAR}=glpat-${'x'.repeat(8)}-${'x'.repeat(18)}.${'x'.repeat(9)}`,
          `${ENV_VAR}=${routable('glpat-', r.chars(30, ALPHABET.base64url)).replace(/\.01\.../, '.01.0z')}`,
        ],
      };
    },
  },
];
