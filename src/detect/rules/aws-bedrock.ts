/**
 * Amazon Bedrock API keys (secret-formats.md §6; gitleaks aws-amazon-bedrock-api-key-*). Long-term
 * keys are `ABSK` + base64 of `BedrockAPIKey-<id>-at-<12-digit account>:<secret>` (decoded from three
 * public leaked keys). Short-term keys are `bedrock-api-key-` + base64 of a SigV4-presigned URL
 * `bedrock.amazonaws.com/?Action=CallWithBearerToken&…&X-Amz-Signature=…` (aws-bedrock-token-
 * generator). Both are decoded: truncated or typed values fail.
 */
import { lazyCrypto } from '../../sha256.js';
import type { Rule } from '../types.js';
import { tokenFields } from './pattern.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'AWS_BEARER_TOKEN_BEDROCK';
const B64 = '[A-Za-z0-9+/]';
const END = '(?![A-Za-z0-9+/=])';
/** base64("BedrockAPIKey-"), the first 18 characters that do not depend on what follows. */
const LONG_PREFIX = 'ABSKQmVkcm9ja0FQSUtleS';
/** base64("bedrock.amazonaws.com"). */
const SHORT_PREFIX = 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t';
const remediation = {
  revokeUrl: 'https://console.aws.amazon.com/iam/home#/users',
  usageUrl: 'https://console.aws.amazon.com/cloudtrail/home#/events',
  envVar: ENV_VAR,
};

const decode = (base64: string): string => Buffer.from(base64, 'base64').toString('latin1');
const LONG_BODY = /^BedrockAPIKey-[^\s:]{1,64}-at-[0-9]{12}:[A-Za-z0-9+/=]{20,}$/;
const SIGNATURE = /[?&]X-Amz-Signature=[0-9a-f]{64}(?:&|$)/;

/** The decoded URL: Bedrock host, the bearer-token action, a credential and a SigV4 signature. */
function isPresigned(base64: string): boolean {
  const url = decode(base64);
  return (
    url.startsWith('bedrock.amazonaws.com/?') &&
    url.includes('Action=CallWithBearerToken') &&
    url.includes('X-Amz-Credential=') &&
    SIGNATURE.test(url)
  );
}

const longTerm: Rule = {
  id: 'aws-bedrock-api-key',
  provider: 'AWS',
  description: 'Amazon Bedrock long-term API key (ABSK…)',
  keywords: [LONG_PREFIX.toLowerCase()],
  ...tokenFields({ prefixes: [LONG_PREFIX], body: `${B64}{91,251}={0,2}`, boundary: B64, end: END }),
  validate: (secret) => LONG_BODY.test(decode(secret.slice(4))),
  severity: 'block',
  validation: 'ABSK + base64 of BedrockAPIKey-<id>-at-<account id>:<secret>',
  remediation,
  samples() {
    const r = seededRandom('aws-bedrock-api-key');
    const key = (account = r.chars(12, '0123456789'), secret = `${r.chars(59, ALPHABET.base64)}=`): string =>
      `ABSK${Buffer.from(`BedrockAPIKey-${r.chars(4, 'abcdefghijklmnopqrstuvwxyz0123456789')}-at-${account}:${secret}`).toString('base64')}`;
    return {
      positives: [...inContexts(key(), ENV_VAR), `BEDROCK_API_KEY=${key()}`, `headers = {"x-api-key": "${key()}"}`],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=ABSK...`,
        `${ENV_VAR}=${LONG_PREFIX}${'A'.repeat(110)}`,
        `${ENV_VAR}=${key('123')}`,
        `${ENV_VAR}=${key().slice(0, 100)}`,
        `${ENV_VAR}=${LONG_PREFIX}1leGFtcGxlZXhhbXBsZQ==`,
      ],
    };
  },
};

/** A presigned short-term key (for samples): the URL aws-bedrock-token-generator signs, base64. */
function shortTermKey(r: ReturnType<typeof seededRandom>, signature?: string): string {
  const credential = `ASIA${r.chars(16, ALPHABET.base32)}%2F20260101%2Fus-east-1%2Fbedrock%2Faws4_request`;
  const token = encodeURIComponent(`IQoJb3JpZ2luX2Vj${r.chars(600, ALPHABET.base64)}`);
  const query = `Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${credential}&X-Amz-Date=20260101T000000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${token}&X-Amz-SignedHeaders=host`;
  const sig = signature ?? lazyCrypto().createHmac('sha256', r.chars(32, ALPHABET.base62)).update(query).digest('hex');
  return `bedrock-api-key-${Buffer.from(`bedrock.amazonaws.com/?${query}&X-Amz-Signature=${sig}&Version=1`).toString('base64')}`;
}

const shortTerm: Rule = {
  id: 'aws-bedrock-short-term-api-key',
  provider: 'AWS',
  description: 'Amazon Bedrock short-term API key (presigned bearer token, valid up to 12 hours)',
  keywords: ['bedrock-api-key-'],
  // Any base64 after the marker is matched, so a truncated docs value (`bedrock-api-key-YmVkcm9jay …`)
  // is judged here and rejected, and general rules do not report it either (scan.ts `judged`).
  ...tokenFields({ prefixes: ['bedrock-api-key-'], body: `${B64}{8,8000}={0,2}`, boundary: '[A-Za-z0-9_-]', end: END }),
  validate: (secret) => secret.startsWith(SHORT_PREFIX) && isPresigned(secret.slice('bedrock-api-key-'.length)),
  severity: 'block',
  validation: 'bedrock-api-key- + base64 of a presigned CallWithBearerToken URL with a SigV4 signature',
  remediation: { ...remediation, revokeUrl: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-revoke.html' },
  samples() {
    const r = seededRandom('aws-bedrock-short-term-api-key');
    const good = shortTermKey(r);
    return {
      positives: [...inContexts(good, ENV_VAR), `client = OpenAI(api_key="${shortTermKey(r)}")`],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}=${SHORT_PREFIX}ABC123`,
        `${ENV_VAR}=${good.slice(0, 400)}`,
        `${ENV_VAR}=${shortTermKey(r, 'f'.repeat(63))}`,
        `let myApiKey = "bedrock-api-key-YmVkcm9jay ... (redacted for brevity) .... b249MQ=="`,
      ],
    };
  },
};

export const awsBedrockRules: readonly Rule[] = [longTerm, shortTerm];
