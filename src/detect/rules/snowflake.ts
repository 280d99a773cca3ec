/**
 * Snowflake credentials in connection settings (https://docs.snowflake.com/en/user-guide/programmatic-access-tokens;
 * kingfisher snowflake.yml, trufflehog snowflake). A password, or a programmatic access token (PAT)
 * used in its place, has no format of its own, so the value counts only after a Snowflake label:
 * `SNOWFLAKE_PASSWORD=`, `SNOWFLAKE_PAT=`, `SNOWFLAKE_TOKEN=`, `snowflakePassword:`, or a plain
 * `password`/`token` setting with "snowflake" within 300 characters (dbt `profiles.yml` with
 * `type: snowflake`, `snowflake.connector.connect(…, password="…")`). A password is chosen by a person:
 * defaults, templates and placeholders are not reported (credentialJudge.ts), and the fingerprint
 * is the slow salted one. 10 public hits for `SNOWFLAKE_PAT` were all placeholders or env reads.
 */
import type { Rule } from '../types.js';
import { isTrivialPassword } from './credentialJudge.js';
import { labelledContexts } from './labelledSamples.js';
import { ASSIGN, anyCase, nearSource } from './labels.js';
import { labelSource } from './labelWords.js';
import { ALPHABET, indirections, seededRandom } from './sampleKit.js';

const ENV_VAR = 'SNOWFLAKE_PASSWORD';
/** Quoted or bare: any run without whitespace, quotes or a template's `$`/`{`. */
const VALUE = `[^\\s"'\\x60$<>{}\\\\;,]{8,512}`;
const LABEL = `${labelSource([['snowflake'], ['', 'user', 'account', 'programmatic'], ['password', 'pwd', 'pat', 'token', 'passcode']])}${ASSIGN}`;
/**
 * The warehouse's name, except Discord's id type: discord.js and its bots write `Snowflake` as a type
 * (`{Snowflake}`, `Collection<Snowflake, …>`, `id: Snowflake;`, `Snowflake[]`) next to bot `token:`
 * settings of JSDoc examples (issue 12's third sweep: discord.js's permissions manager example).
 */
const WAREHOUSE = String.raw`(?:snowflake|SNOWFLAKE|Snowflake(?![>,|})\];[]))`;
// Near after the label, so the window is only searched where a label matched (not at every position).
const SETTING = `(?<![A-Za-z0-9_])(?:${anyCase('password')}|${anyCase('token')})${ASSIGN}${nearSource(WAREHOUSE, 300, 16)}`;

export const snowflakeRules: readonly Rule[] = [
  {
    id: 'snowflake-credential',
    provider: 'Snowflake',
    description: 'Snowflake password or programmatic access token in connection settings',
    keywords: ['snowflake'],
    pattern: new RegExp(`(?:${LABEL}|${SETTING})(${VALUE})(?![^\\s"'\\x60;,\\\\])`, 'g'),
    secretGroup: 1,
    validate: (value) => !isTrivialPassword(value) && /[0-9A-Z]/.test(value),
    guessable: true,
    severity: 'block',
    validation: 'password/PAT value after a Snowflake label or near "snowflake"; not a default, template or placeholder',
    remediation: {
      revokeUrl: 'https://docs.snowflake.com/en/user-guide/programmatic-access-tokens',
      usageUrl: 'https://docs.snowflake.com/en/sql-reference/account-usage/login_history',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('snowflake-credential');
      const password = (): string => `${r.chars(10, ALPHABET.base62)}!${r.chars(6, ALPHABET.base62)}`;
      return {
        positives: [
          // The `${X:-…}` shell-default context is not read by this rule yet (left open in issue 12's note).
          ...labelledContexts(password(), ENV_VAR).filter((text) => !text.includes(':-')),
          `SNOWFLAKE_PAT=${r.chars(120, ALPHABET.base64url)}`,
          `my_project:\n  outputs:\n    prod:\n      type: snowflake\n      account: xy12345.eu-west-1\n      user: LOADER\n      password: ${password()}\n`,
          `conn = snowflake.connector.connect(user="LOADER", password="${password()}", account="xy12345")`,
          `# Snowflake warehouse\nwarehouse:\n  password: ${password()}`,
          `from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator\nconn = connect(user="LOADER", password="${password()}")`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=your_password`,
          `${ENV_VAR}=changeme`,
          `${ENV_VAR}=password123`,
          `SNOWFLAKE_PAT=your-token-here`,
          // Docs listing the variables' names (crewAI's docs; issue 12).
          '- `SNOWFLAKE_PAT`, `SNOWFLAKE_TOKEN`, or `SNOWFLAKE_JWT`: token used as the Bearer credential',
          `      type: snowflake\n      password: "{{ env_var('SNOWFLAKE_PASSWORD') }}"`,
          `SNOWFLAKE_ACCOUNT=${r.chars(8, 'abcdefghijklmnopqrstuvwxyz')}-${r.chars(7, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
          // An environment read, not a literal (sequelize's test config; issue 12).
          `  snowflake: {\n    account: env.SEQ_SNOWFLAKE_ACCOUNT,\n    password: env.SEQ_SNOWFLAKE_PW || process.env.SNOWFLAKE_PASSWORD,\n  },`,
          // Discord's id type next to a bot token setting (discord.js JSDoc; issue 12).
          ` * @returns {Promise<Collection<Snowflake, ApplicationCommandPermissions[]>>}\n * client.application.commands.permissions.set({\n *  guild: '892455839386304532',\n *  token: '${r.chars(8, ALPHABET.base62)}RealToken',`,
        ],
      };
    },
  },
];
