/**
 * The catch-all (gitleaks generic-api-key, noseyparker generic.yml): a value assigned to a name that
 * says "secret" — `api_key`, `clientSecret`, `AUTH_TOKEN`, `db-password` — in code, config, `.env`,
 * JSON/YAML/XML keys. No prefix or checksum to lean on, so the value must look generated
 * (genericShape.ts) and the rules are `general`: a value a provider's rule matched or recognises by
 * its prefix is that rule's to judge (generalRules.ts). Registered last.
 */
import type { Rule, Severity } from '../types.js';
import { ASSIGNMENT_REACH, ASSIGNMENT_REACH_BEFORE, isCodeReference, NAME, NAME_ALTERNATIVES, OPENER, OPERATOR, VALUE } from './assignmentSyntax.js';
import { hostKind } from './credentialJudge.js';
import { isUnderExampleKey, urlHostAround } from './exampleContext.js';
import { genericSamples } from './genericSamples.js';
import { isPasswordHash } from './passwordHashes.js';
import { clearlyGenerated, isUuid, looksGenerated } from './genericShape.js';

/**
 * Names whose values are not credentials, or not the credential: one-time form tokens (`csrf_token`,
 * Rails' `authenticity_token` in every served form and in its request logs, Django's
 * `csrfmiddlewaretoken`; issue 12 found Rails' guides blocked), pagination cursors
 * (`nextPageToken`), hashes of a password (`hashed_password`), form fields (`new_password`), device
 * push tokens.
 */
const NOT_AFTER = String.raw`(?<!(?:csrf|csrfmiddleware|xsrf|authenticity|hash|hashed|encrypted|salted|page|next|prev|previous|continuation|cancel|cancellation|sync|resume|reset|verification|confirm|confirmation|old|new|current|device|push)[_.\s-]?(?:${NAME_ALTERNATIVES}))`;
/**
 * WebRTC SDP's `a=ice-pwd:` (RFC 8839 §5.4): a per-session ICE password that each peer generates and
 * sends in the clear in its offer/answer, so SDP examples and fixtures carry random-looking ones;
 * never a stored credential. Read only after a name matched (`pwd`), so it costs nothing per line.
 */
const NOT_SDP = String.raw`(?<!a=ice-pwd)`;

/**
 * Severity, decided after measuring on third-party code (counts of this rule, before → after the
 * docs-sample checks in genericShape.ts): node_modules + lockfile, 36 MB, 0 → 0; npm's and Debian's
 * Python packages, 42 MB, 9 (all docs values: RFC 6749/5849 examples, base64 of "not my real
 * password", oauthlib's typed `lsdkfol23w54jlksdef`) → 0 block, 5 warn; held out, not tuned on:
 * Google Cloud SDK + Perl, 398 MB, 28,400 files → 13 block (4 real embedded OAuth client secrets,
 * 9 test-fixture values) and 43 warn (docs examples). Docs and tests type short or one-case values,
 * so only values beyond doubt machine-made block, about one false block per 40 MB; the rest warn.
 */
function genericSeverity(value: string): Severity {
  return clearlyGenerated(value) ? 'block' : 'warn';
}

/** A UUID is a request or object id unless the name asks for a key or secret (`license_key`). */
function assignmentSeverity(value: string, match: RegExpExecArray): Severity | undefined {
  const name = (match[1] ?? '').toLowerCase();
  if (isUuid(value) && !/key|secret/.test(name)) return undefined;
  if (isCodeReference(value, match)) return undefined;
  if (isSearchOnlyKey(name, value, match)) return undefined;
  if (isExampleUrlQuery(match)) return undefined;
  if (/passw|pwd/.test(name) && isPasswordHash(value, match)) return undefined;
  const severity = genericSeverity(value);
  // Documentation examples (OpenAPI `examples:`) are usually made up: a warning, not a block.
  return severity === 'block' && isUnderExampleKey(match.input, match.index) ? 'warn' : severity;
}

/**
 * `token=…` in the query of a URL on an example host (`https://yourapp.com/landing?token=…`, logto's
 * changelog; `example.com`, `.test`): a documented link, its token made up for the docs.
 */
function isExampleUrlQuery(match: RegExpExecArray): boolean {
  const host = urlHostAround(match.input, match.index);
  return host !== undefined && hostKind(host) === 'example';
}

/**
 * An `apiKey` of 32 hex characters in a `docsearch(…)` call, or beside an `indexName` and an `appId`
 * (or DocSearch 2's `inputSelector`, whose shared application needed no id): the search-only key
 * of a DocSearch or InstantSearch configuration (Docusaurus' and VitePress' `algolia` theme
 * settings too). Checked on the first 10 public hits for `docsearch({`: the 4 with a literal key
 * are DocSearch 2 calls without `appId`. Algolia makes these keys to be shipped in every page of
 * the site ("Search-only API key … safe to use in your frontend code",
 * https://www.algolia.com/doc/guides/security/api-keys/); issue 12 found them blocked in public
 * docs sites. An admin key has no place in such an object; the algolia-admin-key rule still
 * reports one labelled as such.
 */
function isSearchOnlyKey(name: string, value: string, match: RegExpExecArray): boolean {
  if (!/^api_?key$/.test(name) || !/^[0-9a-f]{32}$/.test(value)) return false;
  const around = match.input.slice(Math.max(0, match.index - 300), match.index + match[0].length + 300);
  return /\bdocsearch\s*\(/i.test(around) || (/\bindex_?name\b/i.test(around) && /\b(?:app_?id|inputSelector)\b/i.test(around));
}

export const genericRules: readonly Rule[] = [
  {
    id: 'generic-secret-assignment',
    provider: 'Generic',
    description: 'High-entropy value assigned to a secret-named variable or key (api_key, secret, token, password)',
    keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'passphrase'],
    // The exclusion look-behind sits after the name (and re-reads it): placed first, V8 evaluated
    // its 26 alternatives at every position of the text (npm run bench, ReDoS probes: ~5× slower).
    pattern: new RegExp(NAME + NOT_AFTER + NOT_SDP + OPERATOR + OPENER + VALUE, 'gi'),
    // The keyword is in the name; how far a match reaches around it: assignmentSyntax.ts.
    reach: ASSIGNMENT_REACH,
    reachBefore: ASSIGNMENT_REACH_BEFORE,
    secretGroup: 2,
    validate: looksGenerated,
    severityOf: assignmentSeverity,
    guessable: true,
    general: true,
    severity: 'block',
    validation: 'secret-named assignment; 16–256 characters with letters and digits, random-looking (entropy, not words), not an identifier, path, URL, template, hash, docs sample or UUID; blocks when 20+ mixed-case or 32+ hex characters, else warns',
    remediation: {},
    samples: () => genericSamples('assignment'),
  },
  {
    id: 'generic-bearer-token',
    provider: 'Generic',
    description: 'High-entropy bearer token in an Authorization header or curl line (Bearer, or Token after Authorization)',
    keywords: ['bearer', 'authorization'],
    // `Authorization: Token …` is Django REST framework's TokenAuthentication scheme and GitHub's
    // older `token` one: the same header, another scheme word, so only right after `Authorization`.
    pattern: /(?:(?<![A-Za-z0-9])bearer|authorization[\s"'\x60\\:=,]{1,12}token)\s{1,4}([A-Za-z0-9._~+/-]{16,512}={0,2})(?=["'\x60\s;,)}\]<&\\|]|$)/gi,
    // `authorization`, 12 separators, `token`, 4 spaces, 514 token characters, 1 looked at after.
    reach: 640,
    secretGroup: 1,
    validate: looksGenerated,
    severityOf: genericSeverity,
    guessable: true,
    general: true,
    severity: 'block',
    validation: 'Bearer + 16–512 token characters with letters and digits and high entropy, not a template or placeholder',
    remediation: {},
    samples: () => genericSamples('bearer'),
  },
];
