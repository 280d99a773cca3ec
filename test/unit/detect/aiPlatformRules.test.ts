/**
 * AI-platform rules (issue 12 point 3, ai-platforms.ts) where they meet other rules: shared prefixes
 * (`sk-` with OpenAI, `sk_` with Stripe), JWTs (Qdrant inside the generic JWT rule), and prefixes
 * that are ordinary text without the provider's name. Keys are generated at run time.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';

const r = seededRandom('ai-platform-rules');
const HEX = '0123456789abcdef';
const ids = (text: string): string[] => scan(text, builtinRules, { inlineAllow: false }).map((f) => f.ruleId);
const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: object): string => `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment(payload)}.${r.chars(43, ALPHABET.base64url)}`;

describe('AI-platform rules next to the rules sharing their prefixes', () => {
  it('leaves an OpenAI legacy key (T3BlbkFJ marker) to OpenAI, even labelled for Stability', () => {
    const openai = `sk-${r.chars(20, ALPHABET.base62)}${'T3Blbk'}FJ${r.chars(20, ALPHABET.base62)}`;
    expect(ids(`STABILITY_API_KEY=${openai}`)).toEqual(['openai-legacy-key']);
  });

  it('reports a Stability key only with Stability named nearby', () => {
    const key = `sk-${r.chars(46, ALPHABET.base62)}Q7`;
    expect(ids(`STABILITY_API_KEY=${key}`)).toEqual(['stability-api-key']);
    expect(ids(`headers = {"X-Token": "${key}"}`)).not.toContain('stability-api-key');
  });

  it('leaves Stripe live keys to Stripe next to an ElevenLabs label', () => {
    const stripe = `sk_live_51${r.chars(97, ALPHABET.base62)}`;
    expect(ids(`ELEVENLABS_API_KEY=${stripe}`)).toEqual(['stripe-live-secret-key']);
  });

  it('reports an ElevenLabs sk_ key with the provider named, not a bare sk_ hex value', () => {
    const key = `sk_${r.chars(48, HEX)}`;
    expect(ids(`ELEVENLABS_API_KEY=${key}`)).toEqual(['elevenlabs-api-key']);
    expect(ids(`const cacheEntry = "${key}";`)).toEqual([]);
  });

  it('names Qdrant for a JWT with an access claim, and leaves other JWTs to the JWT rule', () => {
    expect(ids(`QDRANT_API_KEY=${jwt({ access: 'm' })}`)).toEqual(['qdrant-api-key']);
    expect(ids(`AUTH_TOKEN=${jwt({ sub: 'user_1', access: 'admin', exp: 4_102_444_800 })}`)).toEqual(['jwt']);
  });

  it('does not take CSS classes or firmware names for keys', () => {
    const text = [
      `<v-card class="pa-4 ${r.chars(43, ALPHABET.base62)}">`,
      '<div class="fc-daygrid-day fc-day-future">',
      'uint32_t fw_FirmwareUpdateHeaderMagi;',
      `<span class="csk-live-indicator__dot">`,
    ].join('\n');
    expect(ids(text)).toEqual([]);
  });
});
