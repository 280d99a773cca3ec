/**
 * The syntaxes in which code and config give a secret-named thing its value, as regex sources for
 * the generic assignment rule (generic.ts): the name, the operator, what opens the value, the
 * value. Issue #12 point 2 lists the ones real code uses beyond `name = "…"`: column-aligned
 * assignments, type annotations, Makefile and PHP operators, `("NAME", "…")` argument pairs,
 * command-line flags, shell defaults and code fallbacks, the value on the next line.
 * Every quantifier is bounded and adjacent ones share no character (redos.test.ts).
 */

/** `<qualifier>_key`: a bare `key` is a map key, a cache key, a React key. */
const KEY_QUALIFIERS = ['api', 'access', 'secret', 'private', 'signing', 'encryption', 'master', 'client', 'consumer', 'app', 'license', 'account', 'storage', 'service', 'admin', 'auth'];
const QUALIFIED_KEY = String.raw`(?:${KEY_QUALIFIERS.join('|')})[_.-]?key`;
export const NAME_ALTERNATIVES = String.raw`${QUALIFIED_KEY}|api[_.-]?secret|secret|token|passw(?:or)?d|passphrase|pwd`;
export const NAME = `(${NAME_ALTERNATIVES})`;

/**
 * Blanks that align columns: gofmt aligns `=` of a block to its longest name, people align YAML
 * and INI values. 64 covers a 40-character name next to a short one.
 */
const ALIGN = '[ \\t]{0,64}';

/**
 * The value on the next line, indented: YAML's `password:` then the value, Terraform's wrapped
 * `token =`. Not when that line assigns something of its own (`  DB_HOST=…`, `  host: …`): the
 * value above was empty, and this line is not it. A value's base64 padding (`…==`, `…=` at its
 * end) is no assignment.
 */
const NEXT_LINE = String.raw`(?:\r?\n[ \t]{1,64}(?![A-Za-z_][\w.-]{0,64}(?:=(?![=\s])|[ \t]{1,4}=|:)))?`;

/**
 * A type between name and `=`: Go's `var apiToken string = "…"`, TypeScript/Kotlin/Swift/Python
 * `apiKey: string = "…"`, Rust's `const API_KEY: &str = "…"` / `&'static str`.
 */
const TYPE = String.raw`(?:(?::[ \t]{0,4}|[ \t]{1,8})(?:&(?:'static[ \t]{1,4})?str|string\??|str))?`;

/**
 * Assignment operators: `=`, `:`, `:=`, `=>`; Makefile's `::=`, `:::=` and `?=` (GNU make manual
 * §6.2 "The Two Flavors of Variables" and §6.2.4); PHP's `.=`; `??=` and Ruby's `||=`. Then
 * fallbacks, where the literal is what runs when the variable is unset: JS `||`/`??`, Kotlin/PHP
 * `?:`, Python `or` (`os.environ.get("API_KEY") or "…"`). `==`, `!=` and `::` are not assignments;
 * `:-` is the shell default below. `=>` right after a call's `)` is no assignment but docs for a
 * result: `computeHMACSignature('', 'test_secret') => 'f7f9…'` (stripe-node, issue 12).
 */
const ASSIGN_OPERATOR = String.raw`(?:(?<!\)[ \t]{0,64})=>|:{1,3}=|[.?]=|\?\?=|\|\|=|=(?!=)|:(?![:-])|\|\||\?\?|\?:|(?<=[ \t])or(?=[ \t]))`;

/**
 * A `value` key after the name: XML appSettings' `key="ApiKey" value="…"`, Kubernetes env lists'
 * `- name: API_TOKEN` with `value: "…"` on the next line, ECS/Terraform `{"name": "API_TOKEN",
 * "value": "…"}`. A `valueFrom:` is a reference, and does not match.
 */
const VALUE_KEY = String.raw`(?:(?:,[ \t]{0,4}\\?["']?|\r?\n[ \t]{0,64})?value\\?["']?[ \t]{0,2})?`;

/**
 * Closing quote/bracket/paren/brace of the name (`"api_key":`, `os.environ["TOKEN"] =`,
 * JSON-escaped `\"`, `getenv("TOKEN") or`, Perl's `$ENV{TOKEN} ||`), a type, aligning blanks, a
 * `value` key, the operator.
 */
const ASSIGNMENT = String.raw`[\]"'\x60\\)}]{0,4}${TYPE}${ALIGN}${VALUE_KEY}${ASSIGN_OPERATOR}${ALIGN}${NEXT_LINE}`;

/**
 * The `>` of an element `<password>…</password>` or `<string name="api_key">…</string>` (Android
 * resources), only when a closing tag follows; the text may start on the next line.
 */
const ELEMENT = String.raw`[\]"'\x60\\]{0,4}[ \t]{0,4}>(?=[^<>]{16,400}</)\s{0,64}`;

/**
 * A quoted name, a comma, a quoted value: `System.setProperty("X_TOKEN", "…")`,
 * `.Add("AccountKey", "…")`, C#/JS initializers `{ "AccountKey", "…" }`, and the defaults of
 * `os.getenv("API_KEY", "…")` (or `default="…"`), `ENV.fetch("API_KEY", "…")`. An unquoted value after a comma is
 * an argument (`verify(token, expected)`), so the quote is required. The quoted name must open the
 * argument list or initializer (`(`, `{`, `[` before it): inside a longer tuple it is one value among
 * others, as in SQL `VALUES (…, 'password', '<csrf token>', …)` (kratos' migration test data; issue 12).
 */
const PAIR = String.raw`(?<=[({\[]\s{0,16}\\?["'\x60][A-Za-z0-9_.:/-]{0,48})\\?["'\x60][ \t]{0,4},[ \t]{0,4}(?:default[ \t]{0,2}=[ \t]{0,2})?(?=[@rbuf]?\\?["'\x60])`;

/** Shell parameter defaults `${API_KEY:-…}` and `${API_KEY-…}` (bash manual, Shell Parameter Expansion). */
const SHELL_DEFAULT = String.raw`(?<=\$\{[A-Za-z0-9_]{1,64}):?-`;

/**
 * A command-line flag and its value as the next argument: `--password …`, `-storagekey …`
 * (AzCopy), `--db-password …`. The name must end a word that starts with `-` after a blank or
 * quote, so `x-token value` in prose is not a flag.
 */
const FLAG = String.raw`(?<=(?:^|[\s"'\x60(\[,])-[A-Za-z0-9_.-]{1,40})[ \t]{1,4}`;

export const OPERATOR = `(?:${ASSIGNMENT}|${ELEMENT}|${PAIR}|${SHELL_DEFAULT}|${FLAG})`;

/**
 * What opens the value: a quote (with C#'s `@`, Python's `r`/`b`/`f`), Python/Java triple quotes,
 * a JSON-escaped quote, a heredoc (`<<EOT`, `<<-'EOF'`, HCL and shell), a YAML block scalar (`|`,
 * `>-`) whose text starts on the next line, indented.
 */
export const OPENER = String.raw`(?:(?:[@rbuf]?(?:"""|'''|["'\x60])|\\["']|<<[-~]?["']?[A-Za-z_]{1,16}["']?|[|>][-+]?)[ \t]{0,4}(?:\r?\n[ \t]{0,64})?)?`;

/** The value: 16–256 characters of a key or password, ending where a string, line or list does. */
// Taken atomically (look-ahead capture + back-reference): the terminator class shares no character
// with the value class, so a shorter value can never end at a terminator where the longest did not;
// without this, `token=token=…` made V8 retry up to 240 shorter lengths at every match.
// The terminator is captured (group 3) for isCodeReference.
export const VALUE = String.raw`(?=([A-Za-z0-9+/=_.~!@#$%^*-]{16,256}))\2(?=(["'\x60\s;,)}\]<&\\|]|$))`;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * An unquoted identifier after a blank that ends an expression (`,`, `;`, `)`) is a reference to a
 * variable or constant in code: Go's `IssuerPrivateKey:         x509PrivateKeyRSA2048,`. A literal
 * in code is quoted; config formats give unquoted values a line of their own. Without the blank it
 * can be data: a shell `export API_KEY=…;`, a URL query in a Markdown link `(…?token=…)`.
 * `match` is the generic rule's: value in group 2, terminator in 3.
 */
export function isCodeReference(value: string, match: RegExpExecArray): boolean {
  const before = match[0].charAt(match[0].length - value.length - 1);
  return /[ \t]/.test(before) && /^[,;)]$/.test(match[3] ?? '') && IDENTIFIER.test(value);
}

/**
 * How far before its keyword a match starts (Rule.startsBefore): the name opens every match and
 * holds the keyword, after at most a qualifier and its separator (`encryption_` of `encryption_key`;
 * `api_` of `api_secret`; the other names start with theirs).
 */
export const ASSIGNMENT_STARTS_BEFORE = Math.max(...KEY_QUALIFIERS.map((qualifier) => qualifier.length)) + 1;

/**
 * Characters a match may span after the keyword: name 14, closing 4, type 20, aligning blanks
 * 64 + 64 with a `value` key 75 and an operator 4, a next line 66, an opener 21 + 70, the value 256 and
 * its terminator (the element's look-ahead, 402, ends before the value's end); before the keyword,
 * the exclusion look-behind's 27 and the shell default's `${` + 64.
 */
export const ASSIGNMENT_REACH = 768;

/**
 * Characters a match may read before the keyword: the name opens the match, with at most 11 of
 * them before the keyword (`encryption_` of `encryption_key`); the exclusion look-behind re-reads
 * the name and 13 before it (`confirmation_`); the operator's look-behinds read back from after
 * the name, at most 66 (the shell default's `${` + 64) and 42 (a flag's `-` + 40 and the blank or
 * start before it). 96 leaves room; test/unit/detect/reach.test.ts compares whole-text scans.
 */
export const ASSIGNMENT_REACH_BEFORE = 96;
