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

/** Every character but letters and digits as a `%XX` escape (RFC 3986 §2.1), as URL-encoder tests write. */
function percentEncoded(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
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
      // A provider's name in front of a password: no provider rule matched it (generalRules.ts).
      `MAILGUN_SMTP_PASSWORD=Kx${r.chars(20, `${ALPHABET.base62}!#%^-_`)}7`,
      `SECRET_KEY = "${r.chars(40, HEX)}"`,
      `"signingKey": "M${r.chars(41, ALPHABET.base64)}1A=="`,
      `LICENSE_KEY=${uuid}`,
      // An `sk-` key without OpenAI's marker is no OpenAI key, but often an OpenAI-compatible
      // provider's kept under this name (issue 12: no rule matched it, so this rule reports it).
      `OPENAI_API_KEY=sk-${r.chars(48, ALPHABET.base62)}`,
      // Issue #12: near the negatives below, and still secrets.
      `const secret = 'ISSUE-17040-${key(32)}';`,
      `password: "${percentEncoded(`${key(12)}@${key(10)}#!${key(8)}`)}"`,
      // A base64 key URL-encoded (`+`, `/`, `=` escaped) is still that key.
      `token=${percentEncoded(`${key(30)}+${key(8)}/${key(6)}==`)}`,
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
      // Issue #12, seen on real repositories: WebRTC SDP session parameters (RFC 8839 §5.4) ...
      `a=ice-ufrag:${r.chars(8, ALPHABET.base62)}\na=ice-pwd:${key(24)}`,
      String.raw`"sdp": "v=0\r\na=ice-ufrag:${r.chars(4, ALPHABET.base62)}\r\na=ice-pwd:${key(24)}\r\n"`,
      // ... an issue reproduction's marker string (vercel/ai) ...
      `const secret = 'ISSUE-17040-TEXT-FILE-ONLY-${r.chars(6, HEX)}';`,
      `const token = "bug_${r.chars(4, DIGITS)}_${r.chars(8, ALPHABET.base62)}";`,
      // ... a test value of words that once hid behind its `sk-` (openai-node's test suite) ...
      "const apiKey = 'sk-synthetic-cloudflare-lifecycle-private-83d4';",
      // ... and URL-encoder test vectors.
      `password: "${percentEncoded('!@#$%^&*()')}"`,
      `secret: '${percentEncoded('ab/cd=ef&gh?ij@kl#mn$op9')}'`,
      `const secret = '${percentEncoded('key=value&other=thing/path9')}';`,
      `{ token: "${percentEncoded('Hello World!?&x1')}", decoded: "Hello World!?&x1" },`,
      `api_key = "${percentEncoded('Hello World!?&Again2')}"`,
    ],
  };
}
