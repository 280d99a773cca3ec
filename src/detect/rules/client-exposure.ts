/**
 * Keys shipped to the browser. Build tools inline every variable with a public prefix into the
 * client bundle: Next.js `NEXT_PUBLIC_` (https://nextjs.org/docs/app/guides/environment-variables),
 * Vite `VITE_` (https://vite.dev/guide/env-and-mode), Create React App `REACT_APP_`, Expo
 * `EXPO_PUBLIC_`, SvelteKit/Astro `PUBLIC_`, Nuxt `NUXT_PUBLIC_`, Gatsby `GATSBY_`. A secret-named
 * one with a literal value reaches every visitor. Likewise the OpenAI and Anthropic SDKs refuse to
 * run in a browser unless told `dangerouslyAllowBrowser: true`. Both warn: the fix is a server route.
 */
import type { Rule, Severity } from '../types.js';
import { NOT_A_SECRET_NAME } from './dockerfile.js';
import { isQuotedOrCommented } from './codeContext.js';
import { ALPHABET, seededRandom } from './sampleKit.js';

const PREFIX = String.raw`(?:NEXT_PUBLIC|NUXT_PUBLIC|EXPO_PUBLIC|REACT_APP|VITE|GATSBY|PUBLIC)_`;
const SECRET_WORD = String.raw`(?:API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|SECRET|TOKEN|PASSWORD|PASSWD|SERVICE_ROLE|CREDENTIALS?)`;
const NAME = String.raw`(?<![A-Za-z0-9_])(${PREFIX}[A-Z0-9_]{0,40}?${SECRET_WORD}[A-Z0-9_]{0,40})`;
/**
 * `.env` syntax (`NAME=value`, unquoted allowed) or code and config (`NAME: "…"`, `NAME = '…'`,
 * quoted only: an unquoted value there is an expression such as `process.env.X`).
 */
const ASSIGN = String.raw`(?:=["'\x60]?|["']?[ \t]*[:=][ \t]*["'\x60])`;
const VALUE = String.raw`([^\s"'\x60$\\,;{}()<>#][^\s"'\x60\\,;(){}]{0,255})(?=["'\x60\s,;})\]]|$)`;
/** Values public by design: Supabase anon, Stripe publishable, Firebase/Maps browser keys, site keys. */
const PUBLIC_BY_DESIGN = /ANON|PUBLISHABLE|FIREBASE|MAPS|MAPBOX|RECAPTCHA|SITE_KEY|PUBLIC_KEY|SEARCH|CLIENT_ID|MEASUREMENT/;
const TS_TYPES = /^(?:string|number|boolean|undefined|any|unknown|null|true|false)$/;

function publicSeverity(value: string, match: RegExpExecArray): Severity | undefined {
  const name = match[1] ?? '';
  if (PUBLIC_BY_DESIGN.test(name) || NOT_A_SECRET_NAME.test(name) || TS_TYPES.test(value)) return undefined;
  return 'warn';
}

/**
 * Code reading such a variable (issue 12): the bundler replaces `process.env.NEXT_PUBLIC_X` /
 * `import.meta.env.VITE_X` with the value at build time, so the read is the leak wherever the value
 * came from (Next.js and Vite docs above). Forms: `process.env.X`, `process.env["X"]`,
 * `import.meta.env.X` (Vite, Astro), SvelteKit's `import { PUBLIC_X } from '$env/static/public'`
 * and `env.PUBLIC_X` from `$env/dynamic/public` (https://svelte.dev/docs/kit/$env-static-public).
 * A write (`process.env.X = …`, `process.env['X'] = …` in test setup) is not a read.
 */
const ENV_OBJECT = String.raw`(?<![A-Za-z0-9_$.])(?:process\.env|import\.meta\.env|env)(?:\??\.|\[[ \t]*["'\x60])`;
const NOT_WRITTEN = String.raw`(?![A-Za-z0-9_])(?![ \t]*["'\x60]?[ \t]*\]?[ \t]*=(?!=))`;
/** Names listed in a SvelteKit import, up to 512 characters before its closing brace. */
const SVELTE_STATIC = String.raw`(?=[\w\s,]{0,512}\}[ \t]*from[ \t]*["']\$env/static/public["'])`;
const READS = new RegExp(`${ENV_OBJECT}${NAME}${NOT_WRITTEN}|${NAME}${SVELTE_STATIC}`, 'g');
/** Source files a browser bundle is built from (JS/TS and single-file components). */
const BUNDLED_SOURCE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i;

function readSeverity(name: string, match: RegExpExecArray): Severity | undefined {
  if (PUBLIC_BY_DESIGN.test(name) || NOT_A_SECRET_NAME.test(name) || isQuotedOrCommented(match.input, match.index)) return undefined;
  // A bare `env.PUBLIC_X` is SvelteKit's only when the file imports the public dynamic env.
  if (match[0].startsWith('env') && !match.input.includes('$env/dynamic/public')) return undefined;
  return 'warn';
}

/**
 * Code setting the option: an object property (`{ dangerouslyAllowBrowser: true }`, JSON's quoted
 * name, one per line) or an assignment (`opts.dangerouslyAllowBrowser = true`, `let … = true`), not
 * a comparison (`=== true`). Preceded on its line only by `{`, `,`, `(`, `.`, `let`/`const`/`var` or
 * nothing, and followed by the end of the expression: prose naming the option ("set
 * dangerouslyAllowBrowser: true in …", `- dangerouslyAllowBrowser: true lets …`, Markdown's
 * backticks) has words there. String literals and comments are excluded by severityOf.
 */
const SETS_ALLOW_BROWSER =
  /(?<=(?:^|[\n{,(.])[ \t]*|\b(?:const|let|var)[ \t]+)(["']?)dangerouslyAllowBrowser\1[ \t]{0,4}(?::|=(?!=))[ \t]{0,4}true\b(?=[ \t]*(?:[,;})\]\r\n]|\/[/*]|$))/g;

export const clientExposureRules: readonly Rule[] = [
  {
    id: 'public-env-secret',
    provider: 'Client-side exposure',
    description: 'Secret in a browser-exposed variable (NEXT_PUBLIC_, VITE_, …): shipped to every visitor; proxy the call through a server route',
    keywords: ['public_', 'react_app_', 'vite_', 'gatsby_'],
    pattern: new RegExp(NAME + ASSIGN + VALUE, 'g'),
    secretGroup: 2,
    severityOf: publicSeverity,
    guessable: true,
    severity: 'warn',
    validation: 'NEXT_PUBLIC_/VITE_/REACT_APP_/EXPO_PUBLIC_/PUBLIC_/NUXT_PUBLIC_/GATSBY_ + a secret word (API_KEY, SECRET, TOKEN, PASSWORD …) given a literal; not public-by-design names (ANON, PUBLISHABLE, FIREBASE …), placeholders, $VAR or types',
    // A code pattern, not a provider's key: no revoke page (the description says what to do).
    remediation: {},
    samples() {
      const r = seededRandom('public-env-secret');
      const opaque = () => `${r.chars(5, ALPHABET.base62)}-${r.chars(6, ALPHABET.base62)}`;
      return {
        positives: [
          `NEXT_PUBLIC_PAYMENTS_SECRET=${opaque()}`,
          `VITE_API_KEY="${opaque()}"`,
          `env: { REACT_APP_ADMIN_TOKEN: '${opaque()}' },`,
          `EXPO_PUBLIC_BACKEND_PASSWORD = "${opaque()}";`,
          `NUXT_PUBLIC_SERVICE_ROLE_KEY=${opaque()}`,
        ],
        negatives: [
          'NEXT_PUBLIC_API_KEY=',
          'VITE_API_KEY=${API_KEY}',
          'VITE_API_KEY=$API_KEY',
          'env: { NEXT_PUBLIC_API_KEY: process.env.NEXT_PUBLIC_API_KEY },',
          'readonly VITE_API_KEY: string;',
          'NEXT_PUBLIC_API_KEY: z.string().min(1),',
          `NEXT_PUBLIC_SUPABASE_ANON_KEY=${opaque()}`,
          `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${opaque()}`,
          `VITE_FIREBASE_API_KEY=${opaque()}`,
          'NEXT_PUBLIC_API_KEY=<your-key-here>',
          `SERVER_API_KEY_PUBLIC_VITE=${opaque()}`,
          `NEXT_PUBLIC_API_URL=https://api.example.net`,
        ],
      };
    },
  },
  {
    id: 'public-env-secret-read',
    provider: 'Client-side exposure',
    description: 'Code reads a secret in a browser-exposed variable (process.env.NEXT_PUBLIC_…, import.meta.env.VITE_…): the bundler inlines its value into every page; proxy the call through a server route',
    keywords: ['public_', 'react_app_', 'vite_', 'gatsby_'],
    pattern: READS,
    // The finding is the variable's name (a group of either alternative): no value is in the code.
    secretGroup: 0,
    paths: BUNDLED_SOURCE,
    placeholderCheck: false,
    severityOf: (_secret, match) => readSeverity(match[1] ?? match[2] ?? '', match),
    severity: 'warn',
    validation: 'process.env./import.meta.env./$env/static/public read of a NEXT_PUBLIC_/VITE_/REACT_APP_/EXPO_PUBLIC_/PUBLIC_/NUXT_PUBLIC_/GATSBY_ name with a secret word, in JS/TS/Vue/Svelte/Astro source; not public-by-design names, comments, strings or writes',
    remediation: {},
    samples() {
      return {
        path: 'src/app/page.tsx',
        positives: [
          'const client = new OpenAI({ apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY });',
          'const stripe = new Stripe(import.meta.env.VITE_STRIPE_SECRET_KEY);',
          'fetch(url, { headers: { Authorization: `Bearer ${process.env.REACT_APP_GITHUB_TOKEN}` } });',
          "const key = process.env['EXPO_PUBLIC_ANTHROPIC_API_KEY'];",
          'const token = process.env?.NUXT_PUBLIC_ADMIN_TOKEN;',
          'if (!import.meta.env.PUBLIC_SUPABASE_SERVICE_ROLE_KEY) throw new Error("missing");',
          "import { PUBLIC_OPENAI_API_KEY } from '$env/static/public';",
          "import { env } from '$env/dynamic/public';\nconst key = env.PUBLIC_GROQ_API_KEY;",
          'const secret = process.env.GATSBY_CONTENTFUL_ACCESS_TOKEN',
        ],
        negatives: [
          'createClient(url, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY);',
          'loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY);',
          'const firebaseConfig = { apiKey: import.meta.env.VITE_FIREBASE_API_KEY };',
          'Sentry.init({ dsn: process.env.NEXT_PUBLIC_SENTRY_DSN });',
          'const base = process.env.NEXT_PUBLIC_API_URL;',
          'const apiKey = process.env.OPENAI_API_KEY;',
          '// apiKey: process.env.NEXT_PUBLIC_LANGSMITH_API_KEY,',
          'throw new Error("Set process.env.NEXT_PUBLIC_OPENAI_API_KEY on the server instead");',
          'process.env.NEXT_PUBLIC_OPENAI_API_KEY = key;',
          "process.env['VITE_API_TOKEN'] = token;",
          'const key = env.PUBLIC_GROQ_API_KEY;',
          'const key = config.env.VITE_API_TOKEN_HEADER;',
        ],
      };
    },
  },
  {
    id: 'dangerously-allow-browser',
    provider: 'Client-side exposure',
    description: 'SDK option dangerouslyAllowBrowser set to true: the API key reaches every visitor; proxy the call through a server route',
    keywords: ['dangerouslyallowbrowser'],
    pattern: SETS_ALLOW_BROWSER,
    placeholderCheck: false,
    severityOf: (_value, match) => (isQuotedOrCommented(match.input, match.index) ? undefined : 'warn'),
    severity: 'warn',
    validation: 'the OpenAI/Anthropic SDK option dangerouslyAllowBrowser set to true',
    remediation: {},
    samples() {
      // Assembled at run time so keyguard's own scan of this repository does not warn on it.
      const option = ['dangerously', 'AllowBrowser'].join('');
      return {
        positives: [
          `const client = new OpenAI({ apiKey: key, ${option}: true });`,
          `{"${option}": true}`,
          `{\n  ${option}: true\n}`,
          `new OpenAI({apiKey,${option}:true})`,
          `const client = new Anthropic({ ${option} :  true, baseURL });`,
          `export const opts = { ...base, ${option}: true };`,
          `options.${option} = true;`,
          `let ${option} = true;`,
          `  ${option}: true, // demo page only`,
        ],
        negatives: [
          `new Anthropic({ ${option}: false })`,
          `// never set ${option} in production`,
          `the SDK needs \x60${option}: true\x60 to run there`,
          // The SDK's own error message (issue 12): the option named inside a string literal.
          `throw new Error("Running in a browser exposes your key. To allow it, set \x60${option}\x60 to \x60true\x60, e.g.\\n\\nnew OpenAI({ apiKey, ${option}: true });\\n");`,
          `expect(source).toContain('new OpenAI({ apiKey, ${option}: true })');`,
          `const hint = \x60pass { ${option}: true } to the constructor\x60;`,
          `// new OpenAI({ apiKey, ${option}: true })`,
          ` * const client = new OpenAI({ ${option}: true });`,
          `# Set ${option}: true only for a local demo`,
          `Set ${option}: true in the client options to run it in a browser.`,
          `- ${option}: true lets the SDK run in a browser`,
          `if (options.${option} === true) warn();`,
          `/* ${option}: true */ const x = 1;`,
        ],
      };
    },
  },
];
