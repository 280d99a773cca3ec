/**
 * A key written into an SDK constructor: `new OpenAI({ apiKey: "…" })` (openai-node),
 * `new Anthropic({ apiKey: '…' })` (anthropic-sdk-typescript), `OpenAI(api_key="…")` and
 * `Anthropic(api_key="…")` (the Python SDKs). Both SDKs read OPENAI_API_KEY / ANTHROPIC_API_KEY
 * from the environment when the option is left out. A recognised key format is reported by its
 * own rule, and a generated-looking value by the generic rule; this `general` rule yields to both
 * (generalRules.ts) and warns about the rest — a literal of no known format is still a literal.
 */
import type { Rule } from '../types.js';
import { ALPHABET, seededRandom } from './sampleKit.js';

const CLIENTS = String.raw`(?:OpenAI|AsyncOpenAI|AzureOpenAI|Anthropic|AsyncAnthropic)`;
/** The constructor call, up to 200 characters of other options, then the key option and a quoted literal. */
const PATTERN = new RegExp(
  String.raw`\b${CLIENTS}\s{0,4}\(\s{0,8}\{?[^()]{0,200}?\b(?:apiKey|api_key)["']?\s{0,4}[:=]\s{0,4}["'\x60]([^"'\x60\s$\\]{8,256})["'\x60]`,
  'g',
);
/** What people type where the key goes. */
const TYPED = /your|example|placeholder|xxx|dummy|fake|test|changeme|todo|replace|redacted|api[_-]?key|secret|token/i;

export const sdkConstructorRules: readonly Rule[] = [
  {
    id: 'sdk-hardcoded-key',
    provider: 'SDK constructor',
    description: 'Literal API key in an OpenAI/Anthropic SDK constructor; read it from the environment instead',
    keywords: ['openai', 'anthropic'],
    pattern: PATTERN,
    secretGroup: 1,
    validate: (value) => !TYPED.test(value),
    guessable: true,
    general: true,
    severity: 'warn',
    validation: 'new OpenAI/Anthropic({ apiKey: "…" }) or OpenAI/Anthropic(api_key="…") with an 8+ character literal of no recognised format (those have their own rules)',
    remediation: { envVar: 'OPENAI_API_KEY' },
    samples() {
      const r = seededRandom('sdk-hardcoded-key');
      const opaque = () => `${r.chars(4, ALPHABET.base62)}.${r.chars(7, ALPHABET.base62)}`;
      return {
        positives: [
          `const client = new OpenAI({ apiKey: "${opaque()}" });`,
          `const anthropic = new Anthropic({\n  baseURL: proxy,\n  apiKey: '${opaque()}',\n});`,
          `client = OpenAI(api_key="${opaque()}")`,
          `client = anthropic.Anthropic(api_key='${opaque()}')`,
        ],
        negatives: [
          'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
          'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
          'new Anthropic({ apiKey: "your-api-key" })',
          'new OpenAI({ apiKey: `${key}` })',
          'new OpenAI({ apiKey: "" })',
          'OpenAI(api_key="sk-...")',
          'new OpenAI({ apiKey: "short" })',
        ],
      };
    },
  },
];
