/** Generated samples for generic.ts: random values under secret names, and the code that is not. */
import type { RuleSamples } from '../types.js';
import { lazyCrypto } from '../../sha256.js';
import { ALPHABET, indirections, seededRandom } from './sampleKit.js';

const DIGITS = '0123456789';
const HEX = '0123456789abcdef';

/** A hex digest, computed when the samples are made: no hash literal in this repository. */
const digest = (algorithm: string, text: string): string => lazyCrypto().createHash(algorithm).update(text).digest('hex');

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
    `<resources>\n  <string name="api_key">${v}</string>\n</resources>`,
    `resource "x" "y" {\n  api_key = "${v}"\n}`,
    `app.api-key=${v}`,
    `FROM node:20\nENV AUTH_TOKEN=${v}\nRUN npm ci`,
    `curl -H "X-Api-Key: ${v}" https://api.acme-corp.io/v1`,
    String.raw`"source": ["os.environ[\"SERVICE_TOKEN\"] = \"${v}\"\n"]`,
    `'db_password' => '${v}',`,
    `https://api.acme-corp.io/v1/items?access_token=${v}&page=2`,
    // Unquoted and ending an expression, still data (not isCodeReference): no blank before it.
    `export API_TOKEN=${v}; ./deploy.sh`,
    `[the dashboard](https://dash.acme-corp.io/?token=${v})`,
    ...assignmentSyntaxes(v),
  ];
}

/** Issue #12 point 2: the syntaxes real code also assigns with; each was missed before. */
export function assignmentSyntaxes(v: string): string[] {
  return [
    // Column-aligned: gofmt, YAML, INI.
    `clientSecret                = "${v}"`,
    `const (\n\tRetries\t\t\t\t\t\t\t\t= 3\n\tapiToken\t\t\t\t\t\t\t= "${v}"\n)`,
    `db:\n  host:                 db-1\n  password:             ${v}`,
    `[auth]\nsecret_key          =          ${v}`,
    // A type between name and value; Makefile's and PHP's operators.
    `var apiToken string = "${v}"`,
    `const API_KEY: &str = "${v}";`,
    `private val clientSecret: String = "${v}"`,
    `$password .= '${v}';`,
    `API_TOKEN ::= ${v}`,
    `API_TOKEN :::= ${v}`,
    `API_SECRET ?= ${v}`,
    // Name and value as two arguments or an initializer; an indexer.
    `System.setProperty("X_TOKEN", "${v}");`,
    `config.Add("ClientSecret", "${v}");`,
    `var settings = new Dictionary<string, string> { { "ApiKey", "${v}" } };`,
    // Found before too; kept next to the pairs as the issue names it.
    `headers["X-Api-Key"] = "${v}"`,
    // A `value` key after the name: Kubernetes env lists, ECS task definitions.
    `        env:\n          - name: API_TOKEN\n            value: "${v}"`,
    `{"environment": [{"name": "API_SECRET", "value": "${v}"}]}`,
    // Command-line flags.
    `deploy --password ${v} --host db.acme-corp.io`,
    `AzCopy.exe /Source:https://acme.blob.core.windows.net/in /Dest:C:\\in -storagekey ${v}`,
    `./run.sh --api-key "${v}"`,
    // The value on the next line: an element's text, a YAML block scalar.
    `<connection>\n  <password>\n    ${v}\n  </password>\n</connection>`,
    `credentials:\n    secret_key: |\n        ${v}\n    region: eu-west-1`,
    `settings:\n  password:\n        ${v}`,
    // Shell defaults and code fallbacks.
    `DB_URL=postgres://app@db/app?key=\${API_KEY:-${v}}`,
    `const apiKey = process.env.API_KEY || "${v}";`,
    `const apiKey = process.env.API_KEY ?? '${v}';`,
    `api_key = os.getenv("API_KEY", "${v}")`,
    `api_key = os.environ.get("API_KEY") or "${v}"`,
    `api_key = ENV.fetch("API_KEY", "${v}")`,
    `api_key = os.getenv("API_KEY", default="${v}")`,
    `my $token = $ENV{API_TOKEN} || '${v}';`,
    `var key = Environment.GetEnvironmentVariable("API_KEY") ?? "${v}";`,
  ];
}

/** What the syntaxes above look like when no secret is written (issue #12 point 2 negatives). */
const ASSIGNMENT_SYNTAX_NEGATIVES = [
  'deploy --password "$PASSWORD" --host db.acme-corp.io',
  'run: ./deploy --token ${{ secrets.DEPLOY_TOKEN }}',
  './run.sh --api-key YOUR_API_KEY_HERE',
  'mytool --password-file /run/secrets/db_password_file',
  'api_key = os.getenv("API_KEY", "")',
  'api_key = os.getenv("API_KEY", default_api_key_value)',
  'DB_URL=${API_KEY:-changeme}',
  'POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-postgres}',
  '<password>${DB_PASSWORD}</password>',
  '<password>\n    ${DB_PASSWORD}\n</password>',
  'const token = req.headers.token || fallbackTokenValue;',
  'logger.warn("invalid token", tokenValueFromServer123);',
  'API_PASSWORD=\nDATABASE_HOST=db-prod-7.internal.acme-corp.io',
  'password:\n  host: db-prod-7.internal.acme-corp.io',
  'if token:\n    raise InvalidTokenError("no token configured")',
  'var apiToken string = os.Getenv("API_TOKEN")',
  'System.setProperty("X_TOKEN", System.getenv("X_TOKEN"));',
  'headers["X-Api-Key"] = apiKeyFromEnvironment',
  'if (token != "") { return token }',
  'SECRET_KEY ?= $(shell cat .secret)',
  '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db-credentials\n      key: password',
  // An unquoted identifier ending an expression is a reference in code (authelia's Go tests).
  '\t\tIssuerPrivateKey:         x509PrivateKeyRSA2048,',
  'client = Client(api_key = configuredApiKeyV2xR7, timeout=30)',
];

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
        // Base64 of words, its typo as in symfony's access-token tests (issue 12).
        `['Bearer ${Buffer.from('wrong_regexp_exmaple').toString('base64')}', 'Bearer Not Valid'],`,
        // Connect2id's demo master token (docsSamples.ts; issue 12's ninth sweep).
        `curl -H "Authorization: Bearer ${['ztucZS1ZyFKgh0tU', 'EruUtiSTXhnexmd6'].join('')}" http://127.0.0.1:8080/c2id/clients`,
      ],
    };
  }
  const uuid = [8, 4, 4, 4, 12].map((n) => r.chars(n, HEX)).join('-');
  // A test key as supertokens typed it, then pasted into itself.
  const pasted = `${key(19)}=${key(7)}-`;
  return {
    positives: [
      ...assignmentContexts(key()),
      `DB_PASSWORD='Kx${r.chars(20, `${ALPHABET.base62}!#%^-_`)}7'`,
      // A provider's name in front of a password: no provider rule matched it (generalRules.ts).
      `MAILGUN_SMTP_PASSWORD=Kx${r.chars(20, `${ALPHABET.base62}!#%^-_`)}7`,
      `SECRET_KEY = "${r.chars(40, HEX)}"`,
      // A hex password whose comment names some word: not its hash, so still a secret.
      `'password' => '${r.chars(32, HEX)}', // appwrite`,
      `https://app.acme-corp.io/landing-page?token=${key(32)}&email=user@acme-corp.io`,
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
      // An `apiKey` of 32 hex without an Algolia search configuration around it is still a key.
      `const apiKey = '${r.chars(32, HEX)}';`,
      // Near the fourth sweep's negatives: a hex password that hashes no word beside it, a token
      // beside a timestamp but no signature, an API key without a search client around it.
      `'users' => ['foo' => ['password' => '${r.chars(40, HEX)}', 'roles' => 'ROLE_USER']],`,
      `{"token": "${r.chars(50, HEX)}", "timestamp": "1661621710"}`,
      `const ALGOLIA_API_KEY = '${r.chars(32, HEX)}';\nconst client = adminClient(ALGOLIA_APP_ID, ALGOLIA_API_KEY);`,
      // The secret of such a pair, named like the id (`SecretAccessKey`); a base64-encoded key.
      `<Credentials>\n  <AccessKeyId>${r.chars(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}</AccessKeyId>\n  <SecretAccessKey>${key(44)}</SecretAccessKey>\n</Credentials>`,
      `public static final String DEFAULT_ENCODED_SECRET_KEY = "${key(43)}=";`,
      // An access key without a secret key beside it may be a service's only credential.
      `const accessKey = "${key(24)}";`,
      // Mixpanel's API secret is one (only its project token is public).
      `MIXPANEL_API_SECRET = "${r.chars(32, HEX)}"`,
      // A name-value pair on two lines whose name line is no comment (Kubernetes env).
      `env:\n  - name: API_SECRET\n    value: ${key(40)}`,
      // Near the eighth sweep's negatives: a 7-character run twice, bytes that count up only five
      // in a row, a hasher's name inside the value.
      `String apiKey = "${pasted.slice(0, 7)}${key(24)}${pasted.slice(0, 7)}";`,
      `const secret = "${[0x31, 0x32, 0x33, 0x34, 0x35].map((b) => b.toString(16)).join('')}${r.chars(54, HEX)}";`,
      `"password": "Xk${key(20)}pbkdf2_sha256$${key(12)}",`,
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
      `<input type="hidden" name="authenticity_token" value="${key(86)}" autocomplete="off">`,
      `  Parameters: {"utf8"=>"✓", "authenticity_token"=>"${key(86)}==", "commit"=>"Save"}`,
      `<input type="hidden" name="csrfmiddlewaretoken" value="${key(64)}">`,
      // A model id passed beside a token's name (huggingface_hub), and docs of a call's result
      // (stripe-node's CryptoProvider).
      'url = helper._prepare_url("hf_token", "Qwen/Qwen3-Embedding-0.6B")',
      `model = load("api_key", "meta-llama/Llama-3.1-8B-Instruct")`,
      ` * - computeHMACSignature('', 'test_secret') => '${r.chars(64, HEX)}'`,
      // Password hashes for an import test (appwrite): of the word the comment names, or in a record
      // with hashed-password settings; and a token in a documented link on a "your" host (logto).
      `'password' => '${digest('md5', 'appwrite')}', // appwrite`,
      `"password": "${digest('sha256', 'hunter22')}", # sha256 of hunter22`,
      `'password' => '${r.chars(86, ALPHABET.base64)}==',\n'name' => 'Scrypt User',\n'passwordSalt' => '${r.chars(14, ALPHABET.base64)}==',`,
      `https://yourapp.com/landing-page?token=${key(32)}&email=user@example.com`,
      // ... issue 12's fourth sweep: an in-memory user whose password is the SHA-1 of its name
      // (symfony), Mailgun's webhook signature envelope (its token is a public nonce), an Algolia
      // search key beside its search client (pydantic's docs site) ...
      `'users' => ['foo' => ['password' => '${digest('sha1', 'foo')}', 'roles' => 'ROLE_USER']],`,
      // ... issue 12's sixth sweep: Mixpanel project tokens (public by design: aider's analytics.py),
      // a hex key holding programmers' filler, an example password in leetspeak ...
      `mixpanel_project_token = "${r.chars(32, HEX)}"`,
      `def __init__(self, project_token="${r.chars(32, HEX)}"):\n    self.mp = Mixpanel(project_token)`,
      `api_key = '${r.chars(20, HEX)}deadbeef${r.chars(12, HEX)}'`,
      `"exampleStrongPassword": "P@55w0rd_3x4mpl3_${r.chars(4, DIGITS)}!",`,
      // ... issue 12's seventh sweep: a password encoder's output (spring-security), an access key id
      // beside its secret key (minio's STS tests), RFC 9449's example access token ...
      `String encodedPassword = "${r.chars(80, HEX)}";`,
      `creds := Credentials{\n\tAccessKey: "${key(20)}",\n\tSecretKey: os.Getenv("MINIO_SECRET_KEY"),\n}`,
      `{ "access_token": "${['Kz~8mXK1EalYznwH-LC-1', 'fBAo.4Ljp~zsPE_NeO.gxU'].join('')}", "token_type": "DPoP" }`,
      // ... the alphabet interleaved with digits (appwrite's SDK tests) ...
      `'applicationSecret': '${[...'AbCdEfHiJkLmNoPqRsTu'].map((c, i) => c + ((i + 1) % 10)).join('')}',`,
      `{\n  "signature": {\n    "token": "${r.chars(50, HEX)}",\n    "timestamp": "1661621710",\n    "signature": "${r.chars(64, HEX)}"\n  },`,
      `const ALGOLIA_APP_ID = 'KPPUDTIAVX';\nconst ALGOLIA_API_KEY = '${r.chars(32, HEX)}';\nconst searchClient = algoliasearch(ALGOLIA_APP_ID, ALGOLIA_API_KEY);`,
      // ... a comment whose last word is a secret name, the value on the next line (kratos' cookie test) ...
      `\t\t\tName: config.DefaultSessionCookieName,\n\t\t\t// This is an invalid cookie because it is generated by a very random secret\n\t\t\tValue:    "${key(40)}",`,
      // ... a negated expression after `||` (discord.js), hex of a sentence (kratos) ...
      'if (!process.env.CF_R2_SECRET_ACCESS_KEY || !process.env.CF_R2_DOCS_BUCKET || !process.env.CF_R2_REGION) {',
      // ... a secret-named word as one value of a SQL tuple (kratos' migration test data) ...
      `INSERT INTO selfservice_login_flows (id, active_method, csrf_token) VALUES ('${uuid}', 'password', '${key(88)}');`,
      `{"initial_id_token":"${Buffer.from('this must not end up in the output\n').toString('hex')}"}`,
      // ... OAuth providers' docs response examples (Bilibili, Lark; docsSamples.ts) ...
      `oauth_token=${['Z6eEdO8MOmk394WozF5oK', 'yuAv855l4Mlqo7hhlSLik'].join('')}&oauth_token_secret=${['Kd75W4OQfb2oJTV0vzGz', 'eXftVAwgMnEK9MumzYcM'].join('')}&user_id=1`,
      `oauth_token=${['6253282-eWudHldSbIaelX7s', 'wmsiHImEL4KinwaGloHANdrY'].join('')}&oauth_token_secret=${['2EEfA6BG5ly3sR3XjE0I', 'BSnlQu4ZrUzPiYTmrkVU'].join('')}&user_id=6253282`,
      `{ "token": "${['Jhj5dZrVaK7Z', 'wHHjRyZWjbDl'].join('')}", "challenge": "x", "type": "url_verification" }`,
      `const body = 'token=${['xyzz0WbapA4v', 'BCDEFasx0q6G'].join('')}&team_id=T1DC2JH3J';`,
      `self.token["access_token"] = "${['Qcb0Orv1zh30vL1MPRsbm-diHiMwc', 'LyZvn1arpZv-Jxf_11jnpEX3Tgfvk'].join('')}"`,
      `"access_token": "${['d30bedaa4d8eb312', '8cf35ddc1030e27d'].join('')}",`,
      `"refresh_token": "${['WxFDKwqScZIQDm4i', 'WmKDvetyFugM6HkX'].join('')}",`,
      `"access_token": "${['u-6U1SbDiM6X', 'IH2DcTCPyeub'].join('')}",`,
      `"refresh_token": "${['ur-t9HHgRCjM', 'qGqIU9v05Zhos'].join('')}",`,
      // ... issue 12's eighth sweep: Cloudflare's API reference examples in its generated SDKs
      // (the TSIG secret, the X-Auth-Key, an Access service token's secret) and OIDC Core A.3's
      // access token (docsSamples.ts); a Django password hash; bytes counting up; a test key pasted
      // into itself; a value made to fail ...
      `secret="${['caf79a7804b04337c9c66ccd7bef9190', 'a1e1679b5dd03d8aa10f7ad45e1a9dab', '92b417896c15d4d007c7c14194538d2a', '5d0feffdecc5a7f0e1c570cfa700837c'].join('')}",`,
      `api_key = "${['144c9defac04969c', '7bfad8efaa8ea194'].join('')}"`,
      `"cf-access-client-secret": "${['bdd31cbc4dec990953e39163fbbb194c', '93313ca9f0a6e420346af9d326b1d2a5'].join('')}"`,
      `const access_token = '${['jHkWEdUXMU1BwAsC4vtUs', 'ZwnNvTIxEl0z9K3vx5KF0Y'].join('')}';`,
      `"password": "pbkdf2_sha256$870000$${key(22)}$${r.chars(43, ALPHABET.base64)}=",`,
      `const secret = "${Array.from({ length: 32 }, (_, i) => (i + 1).toString(16).padStart(2, '0')).join('')}";`,
      `String apiKey = "${[1, 2, 3].map(() => pasted).join('-')}";`,
      `String saasSecret = "${pasted}-${pasted.slice(0, 9)}${pasted.slice(19, 27)}";`,
      `jsonBody.addProperty("refreshToken", "MAKE_INVALID${key(40)}");`,
      // ... the ninth: Auth0's public samples client, APISIX's default Admin API keys, external-dns'
      // tutorial TSIG secret, gcloud's installed-app client secret, Standard Webhooks' example ...
      `"client_secret": "${['60Op4HFM0I8ajz0WdiStAbziZ-', 'VFQttXuxixHHs2R7r7-CW8GR79l-mmLqMhc-Sa'].join('')}",`,
      `--- more_headers\nX-API-KEY: ${['edd1c9f034335f13', '6f87ad84b625c8f1'].join('')}`,
      `GET /apisix/admin/routes?api_key=${['4054f7cf07e34434', '6cd3f287985e76a2'].join('')}`,
      `--rfc2136-tsig-secret=${['96Ah/a2g0/nLeFGK+d/0', 'tzQcccf9hCEIy34PoXX2Qg8='].join('')}`,
      `body: client_secret=${['d-FL95Q19q7M', 'QmFpd7hHD0Ty'].join('')}&grant_type=refresh_token`,
      `local SECRET = "${['MfKQ9r8GKYqrTwjU', 'PD8ILPZIo2LaLaSw'].join('')}"`,
      // ... the tenth: Datadog's and Memset's API docs keys, Elasticsearch's docs refresh token,
      // the IV opening a Bitwarden EncString ...
      `    api_key: ${['9775a026f1ca7d1c', '6c5af9d94d9595a4'].join('')}\n    app_key: ${['87ce4a24b5553d2e482e', 'a8a8500e71b8ad4554ff'].join('')}`,
      `    api_key: ${['5eb86c9196ab0391', '9abcf03857163741'].join('')}`,
      `  "refresh_token": "${['vLBPvmAB6K', 'vwvJZr27cS'].join('')}"`,
      `private static readonly string _mockEncryptedType7WrappedSigningKey = "7.${key(22)}==";`,
      `PrivateKey = "2.${key(22)}==|${key(40)}==|${key(43)}=",`,
      `turn_shared_secret: "n0t4ctuAlly${key(28)}"`,
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
      // ... framework tutorials' published secret keys (FastAPI, Flask docs; docsSamples.ts) ...
      `SECRET_KEY = "${['09d25e094faa6ca2556c818166b7a956', '3b93f7099f6f0f4caa6cf63b88e8d3e7'].join('')}"`,
      `app.config['SECRET_KEY'] = '${['192b9bdd22ab9ed4d12e236c78afcb9a', '393ec15f71bbf5dc987d54727823bcbf'].join('')}'`,
      `$ export FLASK_SECRET_KEY="${['5f352379324c2246', '3451387a0aec5d2f'].join('')}"`,
      `{ 'token' : '${['9944b09199c62bcf9418', 'ad846dd0e4bbdfc6ee4b'].join('')}' }`,
      // ... a test value of words that once hid behind its `sk-` (openai-node's test suite) ...
      "const apiKey = 'sk-synthetic-cloudflare-lifecycle-private-83d4';",
      // ... and URL-encoder test vectors.
      `password: "${percentEncoded('!@#$%^&*()')}"`,
      `secret: '${percentEncoded('ab/cd=ef&gh?ij@kl#mn$op9')}'`,
      `const secret = '${percentEncoded('key=value&other=thing/path9')}';`,
      `{ token: "${percentEncoded('Hello World!?&x1')}", decoded: "Hello World!?&x1" },`,
      `api_key = "${percentEncoded('Hello World!?&Again2')}"`,
      // ... Algolia search-only keys in DocSearch and docs-theme settings, public by design.
      `docsearch({\n  appId: '${r.chars(10, ALPHABET.base62.toUpperCase())}',\n  apiKey: '${r.chars(32, HEX)}',\n  indexName: 'docs',\n});`,
      `search = docsearch({\n  apiKey: '${r.chars(32, HEX)}',\n  indexName: 'shop',\n  inputSelector: '#q',\n});`,
      `  algolia: {\n    appId: '${r.chars(10, ALPHABET.base62.toUpperCase())}',\n    apiKey: '${r.chars(32, HEX)}',\n    indexName: 'my-site',\n  },`,
      ...ASSIGNMENT_SYNTAX_NEGATIVES,
    ],
  };
}
