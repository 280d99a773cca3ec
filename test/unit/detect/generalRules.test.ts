/** Scanner extensions: per-finding severity (`severityOf`) and general rules yielding to specific ones. */
import { describe, expect, it } from 'vitest';
import { withoutJudged } from '../../../src/detect/generalRules.js';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';
import { testRule } from './fixtures.js';

/** A catch-all over `…token=value` assignments; like the generic rule, its match starts at the word. */
const general = testRule({
  id: 'catch-all',
  keywords: ['token'],
  pattern: /token=([a-z_]{12,})/g,
  secretGroup: 1,
  general: true,
});

describe('severityOf', () => {
  it('sets each finding’s severity, or drops the match when it returns undefined', () => {
    const rule = testRule({ severityOf: (secret) => (secret.endsWith('q') ? undefined : secret.includes('w') ? 'warn' : 'block') });
    const found = scan('tok_abqxmwyzkplt tok_qzmvkbpxrtyh tok_qzmvkbpxrtyq', [rule]);
    expect(found.map((f) => f.severity)).toEqual(['warn', 'block']);
  });

  it('gets the whole match, so other capture groups can decide', () => {
    const rule = testRule({ pattern: /(tok_[a-z]{12})@(\w+)/g, secretGroup: 1, severityOf: (_s, m) => (m[2] === 'local' ? 'warn' : 'block') });
    expect(scan('tok_abqxmwyzkplt@local tok_abqxmwyzkplt@prod', [rule]).map((f) => f.severity)).toEqual(['warn', 'block']);
  });
});

describe('general rules', () => {
  const specific = testRule({ id: 'specific', keywords: ['tok_'], pattern: /tok_[a-z]{8}/g });

  it('report what no specific rule claims', () => {
    expect(scan('token=qzmvkwpxrtyhgn', [specific, general]).map((f) => f.ruleId)).toEqual(['catch-all']);
  });

  it('lose de-duplication to a specific rule’s finding (specific rules are listed first)', () => {
    expect(scan('token=tok_qzmvkwpx', [specific, general]).map((f) => f.ruleId)).toEqual(['specific']);
  });

  it('yield to a span a specific rule matched and rejected (bad checksum, docs sample)', () => {
    const strict = testRule({ id: 'strict', pattern: /tok_[a-z]{8}/g, validate: () => false });
    expect(scan('token=tok_qzmvkwpx', [strict, general])).toEqual([]);
  });

  it('yield to a value starting with the prefix a specific rule recognises its tokens by (its keyword)', () => {
    const prefixed = testRule({ id: 'prefixed', keywords: ['tok_'], prefixes: ['tok_'], pattern: /tok_[a-z]{8}(?![a-z])/g });
    // Wrong length: the rule did not match, but the prefix is its own — its verdict stands.
    expect(scan('token=tok_qzmvkwpxrtyhgn', [prefixed, general])).toEqual([]);
    // Inside a longer word the prefix is no one's.
    expect(scan('token=xtok_qzmvkwpxrtyhgn', [prefixed, general]).map((f) => f.ruleId)).toEqual(['catch-all']);
    // A prefix that is not the rule's keyword (`sk-` of OpenAI's legacy keys, known by their marker) recognises nothing.
    const marked = testRule({ id: 'marked', keywords: ['mark'], prefixes: ['tok_'], pattern: /tok_[a-z]{4}mark[a-z]{4}/g });
    expect(scan('token=tok_qzmvkwpxrtyhgn mark', [marked, general]).map((f) => f.ruleId)).toEqual(['catch-all']);
  });

  // Issue 12: a keyword in the name or the value silenced the catch-all on values no rule matched.
  it('do not yield to a keyword in the variable name or the value when no specific rule matched', () => {
    const mistral = testRule({ id: 'mistral', keywords: ['mistral'], pattern: /mistral_key=([a-z]{32})/g, secretGroup: 1 });
    expect(scan('mistral_token=qzmvkwpxrtyhgn', [mistral, general]).map((f) => f.ruleId)).toEqual(['catch-all']);
    expect(scan('token=qzmistralvkwpxrt', [mistral, general]).map((f) => f.ruleId)).toEqual(['catch-all']);
    // The labelled rule that matched still judges its span: a finding, or a rejection that stands.
    expect(scan(`mistral_key=${'qzmvkwpxrtyhgnbd'.repeat(2)}`, [mistral, general]).map((f) => f.ruleId)).toEqual(['mistral']);
    const strict = testRule({ ...mistral, validate: () => false });
    const both = testRule({ ...general, keywords: ['token', 'key'], pattern: /(?:token|key)=([a-z_]{12,})/g });
    expect(scan(`mistral_key=${'qzmvkwpxrtyhgnbd'.repeat(2)}`, [strict, both])).toEqual([]);
  });

  it('ignore keywords they share with specific rules: `token` names no provider', () => {
    const tokenWord = testRule({ id: 'bot-token', keywords: ['token'], pattern: /bot [a-z]{40}/g });
    expect(scan('token=qzmvkwpxrtyhgn', [tokenWord, general])).toHaveLength(1);
  });
});

describe('generalRules helpers', () => {
  it('withoutJudged drops exactly the overlapping candidates', () => {
    const judged = [
      { start: 10, end: 20 },
      { start: 0, end: 3 },
      { start: 12, end: 50 },
    ];
    const candidates = [
      { start: 3, end: 10 },
      { start: 5, end: 11 },
      { start: 49, end: 60 },
      { start: 50, end: 60 },
    ];
    expect(withoutJudged(candidates, judged)).toEqual([candidates[0], candidates[3]]);
    expect(withoutJudged(candidates, [])).toEqual(candidates);
  });
});

/**
 * Issue 12 with the built-in rules: the generic rule yields only where a provider's rule matched (or
 * recognises the value's prefix as its own), not because the variable or the value names a provider.
 */
describe('generic rule and provider rules (issue 12)', () => {
  const r = seededRandom('general-rules-issue-12');
  const hex = (n: number): string => r.chars(n, '0123456789abcdef');
  const b62 = (n: number): string => r.chars(n, ALPHABET.base62);
  const idsOf = (text: string): string[] => scan(text, builtinRules, { inlineAllow: false }).map((f) => f.ruleId);

  it.each([
    // `sk_` is no rule's prefix (Stripe's are `sk_live_`/`sk_test_`): another provider's key.
    ['sk_ key of an unknown provider', `ACME_AI_API_KEY=sk_${hex(48)}`],
    ['sk_ key in code', `const client = new AcmeClient({ apiKey: "sk_${hex(48)}" });`],
    // `sk-` without OpenAI's marker: an OpenAI-compatible provider's key kept under OPENAI_API_KEY.
    ['sk- key without the OpenAI marker', `OPENAI_API_KEY=sk-${b62(48)}`],
    // A provider's name in the variable, a value its labelled rule does not match.
    ['Mistral label, 33 characters', `MISTRAL_API_KEY=${b62(33)}`],
    ['Mistral label, dash in the middle', `mistral_api_key = "${b62(16)}-${b62(16)}"`],
    ['Cohere label, 39 characters', `COHERE_API_KEY=${b62(39)}`],
    ['Twilio label, upper-case hex', `twilio_auth_token = "${hex(32).toUpperCase()}"`],
    ['DeepSeek label, 33 hex', `DEEPSEEK_API_KEY=sk-${hex(33)}`],
    ['DeepSeek label, other prefix', `DEEPSEEK_API_KEY=task-${hex(32)}`],
    ['Mailgun label, 33 characters', `MAILGUN_API_KEY=key-${r.chars(33, '0123456789abcdefghijklmnopqrstuvwxyz')}`],
    ['Gemini label, upper case', `GEMINI_API_KEY=AIZASY${b62(33).toUpperCase()}`],
    // A kept match of a rule listed after it (client exposure warns) does not silence its block.
    ['random key in a public variable', `NEXT_PUBLIC_API_KEY=${b62(30)}aB1`],
  ])('reports %s (generic rule)', (_name, text) => {
    expect(idsOf(text)).toEqual(['generic-secret-assignment']);
  });

  it.each([
    ['ElevenLabs sk_ key', `ELEVENLABS_API_KEY=sk_${hex(48)}`],
    ['ElevenLabs sk_ key in code', `const client = new ElevenLabsClient({ apiKey: "sk_${hex(48)}" });`],
  ])('reports %s (its own rule, since issue 12 point 3)', (_name, text) => {
    expect(idsOf(text)).toEqual(['elevenlabs-api-key']);
  });

  it.each([
    // The provider's rule matched and rejected it (docs sample with a mutated marker, bad checksum).
    ['OpenAI key with a mutated marker', `OPENAI_API_KEY=sk-${b62(20)}T4Blbk${'FJ'}${b62(20)}`],
    ['OpenAI project key with a mutated marker', `OPENAI_API_KEY=sk-proj-${b62(20)}T4Blbk${'FJ'}${b62(20)}`],
    ['Entra secret of the wrong length', `AZURE_CLIENT_SECRET=${b62(3)}8Q~${b62(35)}`],
    // The value starts with a provider's own prefix: its rule judges the length.
    ['GitHub token one character short', `GITHUB_TOKEN=ghp_${b62(35)}`],
    ['Stripe live key too short', `STRIPE_SECRET_KEY=sk_live_${b62(20)}`],
    ['OpenAI project key too short', `OPENAI_API_KEY=sk-proj-${b62(19)}T3Blbk${'FJ'}${b62(21)}`],
    // Public by design.
    ['Stripe publishable key', `stripe_api_key = "pk_live_${b62(99)}"`],
  ])('stays quiet on %s', (_name, text) => {
    expect(idsOf(text)).toEqual([]);
  });
});
