/** Generated samples for generic.ts: random values under secret names, and the code that is not. */
import type { RuleSamples } from '../types.js';
import { ALPHABET, indirections, seededRandom } from './sampleKit.js';

const DIGITS = '0123456789';
const HEX = '0123456789abcdef';

/** Where secret-named assignments live, one language or format per line; `v` is the value. */
export function assignmentContexts(v: string): string[] {
  return [
    `API_KEY=${v}`,
    `export API_SECRET="${v}"`,
    `{"client_secret": "${v}", "timeout": 30}`,
    `settings:\n  api_key: '${v}'\n  retries: 3`,
    `const apiKey = '${v}';`,
    `client = Client(api_key="${v}")`,
    `apiKey := "${v}"`,
    `private static final String API_TOKEN = "${v}";`,
    `var clientSecret = @"${v}";`,
    `<add key="ApiKey" value="${v}" />`,
    `<config>\n  <password>${v}</password>\n</config>`,
    `resource "x" "y" {\n  api_key = "${v}"\n}`,
    `app.api-key=${v}`,
    `FROM node:20\nENV AUTH_TOKEN=${v}\nRUN npm ci`,
    `curl -H "X-Api-Key: ${v}" https://api.acme-corp.io/v1`,
    String.raw`"source": ["os.environ[\"SERVICE_TOKEN\"] = \"${v}\"\n"]`,
    `'db_password' => '${v}',`,
    `https://api.acme-corp.io/v1/items?access_token=${v}&page=2`,
  ];
}

export function genericSamples(kind: 'assignment' | 'bearer'): RuleSamples {
  const r = seededRandom(`generic-${kind}`);
  // Generated keys nearly always hold a digit; the samples make sure of it.
  const key = (length = 32): string => r.chars(length - 2, ALPHABET.base62) + r.chars(2, DIGITS);
  if (kind === 'bearer') {
    return {
      positives: [
        `curl -H "Authorization: Bearer ${key(40)}" https://api.acme-corp.io/v1`,
        `headers: { Authorization: \`Bearer ${key()}\` },`,
      ],
      negatives: [
        'curl -H "Authorization: Bearer $TOKEN" https://api.acme-corp.io/v1',
        'Authorization: Bearer <access-token>',
        'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
        'Use the Bearer authentication scheme (RFC 6750).',
      ],
    };
  }
  const uuid = [8, 4, 4, 4, 12].map((n) => r.chars(n, HEX)).join('-');
  return {
    positives: [
      ...assignmentContexts(key()),
      `DB_PASSWORD='Kx${r.chars(20, `${ALPHABET.base62}!#%^-_`)}7'`,
      // A provider's name in front of a password: no provider rule knows passwords (Rule.yieldsToName).
      `MAILGUN_SMTP_PASSWORD=Kx${r.chars(20, `${ALPHABET.base62}!#%^-_`)}7`,
      `SECRET_KEY = "${r.chars(40, HEX)}"`,
      `"signingKey": "M${r.chars(41, ALPHABET.base64)}1A=="`,
      `LICENSE_KEY=${uuid}`,
    ],
    negatives: [
      ...indirections('API_KEY'),
      'password: user.password,',
      'const token = getToken();',
      'secret: this.config.secretValue,',
      `token = "${key(15)}"`,
      `"token": "sha512-${r.chars(86, ALPHABET.base64)}=="`,
      `password_hash = "$2b$12$${r.chars(53, ALPHABET.base64)}"`,
      `hashed_password: "${r.chars(64, HEX)}"`,
      `csrf_token: "${key()}"`,
      `nextPageToken: "${key()}"`,
      `token: "${uuid}"`,
      'api_key: "your-api-key-here-1234"',
      `secret: "${'a'.repeat(32)}"`,
      'password: "/usr/local/etc/secrets/db.txt"',
      `token_url: "https://auth.acme-corp.io/oauth/token"`,
      `API_KEY=${DIGITS.repeat(3)}`,
      'SECRET_KEY=some_long_identifier_name_here',
      'apiKey: ApiKeyProviderInterface,',
      'def sign(private_key: PKCS7PrivateKeyTypes, data: bytes) -> bytes:',
      `    Next page token: ${key(25)}`,
      `tokenizer = "${key()}"`,
      'max_tokens: 4096',
      `if (token == "${key()}") {`,
      `GITHUB_TOKEN=gh${'p_'}${r.chars(36, ALPHABET.base62)}`,
      `OPENAI_API_KEY=sk-${r.chars(48, ALPHABET.base62)}`,
    ],
  };
}
