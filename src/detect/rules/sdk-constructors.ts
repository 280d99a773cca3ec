/**
 * A key written into an SDK constructor: `new OpenAI({ apiKey: "…" })` (openai-node),
 * `new Anthropic({ apiKey: '…' })` (anthropic-sdk-typescript), `OpenAI(api_key="…")` and
 * `Anthropic(api_key="…")` (the Python SDKs). Both SDKs read OPENAI_API_KEY / ANTHROPIC_API_KEY
 * from the environment when the option is left out. A recognised key format is reported by its
 * own rule (this `general` rule yields to it: generalRules.ts); any other literal that could be a
 * key is this rule's — a literal of no known format is still a literal. It wins over the generic
 * assignment rule on the same value (`supersedes`), whose severity it keeps: block when beyond doubt
 * machine-made, else warn (genericShape.ts clearlyGenerated).
 */
import { shannonEntropy } from '../entropy.js';
import type { Rule } from '../types.js';
import { clearlyGenerated } from './genericShape.js';
import { seededRandom } from './sampleKit.js';

const CLIENTS = String.raw`(?:OpenAI|AsyncOpenAI|AzureOpenAI|Anthropic|AsyncAnthropic)`;
/** The constructor call, up to 200 characters of other options, then the key option and a quoted literal. */
const PATTERN = new RegExp(
  String.raw`\b${CLIENTS}\s{0,4}\(\s{0,8}\{?[^()]{0,200}?\b(?:apiKey|api_key)["']?\s{0,4}[:=]\s{0,4}["'\x60]([^"'\x60\s$\\]{8,256})["'\x60]`,
  'g',
);
/** What people type where the key goes. */
const TYPED = /your|example|placeholder|xxx|dummy|fake|test|changeme|todo|replace|redacted|synthetic|api[_-]?key|secret|token/i;
/**
 * The shortest key this rule is for: the formats with no rule of their own that these clients are
 * pointed at are 32+ characters (Azure OpenAI: 32 hex; DeepSeek, Moonshot: `sk-` + 32 hex; Together:
 * 64 hex; Groq: `gsk_` + 52). 20 leaves a margin and drops the test values real SDK repositories
 * pass (`something1234`, `sk-explicit`, `parent-key`: issue 12, 66 of 94 false findings).
 */
const MIN_LENGTH = 20;
/**
 * Bits per character (entropy.ts). A random 20-character base62 or hex key scores 3.5–4.3; a
 * value this low repeats a few characters (`aaaa1111bbbb2222cccc`).
 */
const MIN_ENTROPY = 3;
/** Segments of a dash-, underscore-, dot- or colon-joined literal: `sk-synthetic-client-key` → sk, synthetic, … */
const SEGMENTS = /[-_.:]/;
const LETTER = /[A-Za-z]/;
const DIGIT = /[0-9]/;

/**
 * Could the literal be a key rather than words a test typed? Long enough, varied, and with letters
 * and digits mixed within one segment: words joined by dashes (`my-test-key-1234`) never are, while a
 * random base62 segment of 20+ lacks a digit with probability (52/62)^20 ≈ 3% (hex: far less).
 */
function couldBeKey(value: string): boolean {
  if (value.length < MIN_LENGTH || TYPED.test(value)) return false;
  if (!value.split(SEGMENTS).some((segment) => LETTER.test(segment) && DIGIT.test(segment))) return false;
  return shannonEntropy(value) >= MIN_ENTROPY;
}

export const sdkConstructorRules: readonly Rule[] = [
  {
    id: 'sdk-hardcoded-key',
    provider: 'SDK constructor',
    description: 'Literal API key in an OpenAI/Anthropic SDK constructor; read it from the environment instead',
    keywords: ['openai', 'anthropic'],
    pattern: PATTERN,
    secretGroup: 1,
    validate: couldBeKey,
    guessable: true,
    general: true,
    supersedes: ['generic-secret-assignment'],
    severityOf: (value) => (clearlyGenerated(value) ? 'block' : 'warn'),
    severity: 'block',
    validation: 'new OpenAI/Anthropic({ apiKey: "…" }) or OpenAI/Anthropic(api_key="…") with a literal of no recognised format (those have their own rules) that could be a key: 20+ characters, letters and digits mixed, entropy ≥ 3 bits/char, not words or a placeholder',
    remediation: { envVar: 'OPENAI_API_KEY' },
    samples() {
      const r = seededRandom('sdk-hardcoded-key');
      // DeepSeek/Moonshot style (`sk-` + 32 hex), a format no specific rule claims: this rule warns
      // (one case, so not beyond doubt machine-made). A random mixed-case token blocks:
      // test/unit/detect/hygieneRules.test.ts.
      const opaque = () => `sk-${r.chars(32, '0123456789abcdef')}`;
      return {
        positives: [
          `const client = new OpenAI({ apiKey: "${opaque()}" });`,
          `const anthropic = new Anthropic({\n  baseURL: proxy,\n  apiKey: '${opaque()}',\n});`,
          `client = OpenAI(api_key="${opaque()}")`,
          `client = anthropic.Anthropic(api_key='${opaque()}')`,
          `const azure = new AzureOpenAI({ endpoint, apiKey: "${opaque()}", apiVersion });`,
        ],
        negatives: [
          'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
          'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
          'new Anthropic({ apiKey: "your-api-key" })',
          'new OpenAI({ apiKey: `${key}` })',
          'new OpenAI({ apiKey: "" })',
          'OpenAI(api_key="sk-...")',
          'new OpenAI({ apiKey: "short" })',
          // Test values from the OpenAI and Anthropic SDKs' own suites (issue 12).
          "new OpenAI({ apiKey: 'parent-key' })",
          "new OpenAI({ apiKey: 'sk-explicit' })",
          'client = Anthropic(api_key="My API Key")',
          "const openai = new OpenAI({ apiKey: 'something1234', baseURL: 'http://127.0.0.1:4010', fetch });",
          "new OpenAI({\n    apiKey: 'sk-synthetic-client-key',\n  })",
          "new OpenAI({ apiKey: 'sk-synthetic-retried-serialized-tool' })",
          "new OpenAI({ apiKey: 'safe-client-key', baseURL: 'https://example.com/v1/' })",
          "new AzureOpenAI({ apiKey: 'azure-key' })",
          "new OpenAI({ apiKey: 'my-test-key' })",
          'client = OpenAI(api_key="local-development-only-key-42")',
          'new OpenAI({ apiKey: "aaaa1111bbbb2222cccc" })',
        ],
      };
    },
  },
];
