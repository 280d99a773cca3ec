/**
 * PyPI API tokens (secret-formats.md §16; gitleaks pypi.go, trufflehog pypi, noseyparker pypi.yml):
 * `pypi-` + base64url of a v2 macaroon whose location is `pypi.org` — hence the constant opening
 * `pypi-AgEIcHlwaS5vcmc` (`AgENdGVzdC5weXBpLm9yZw` for TestPyPI). The whole macaroon is parsed
 * (pypiMacaroon.ts): docs stubs such as `pypi-AgEIcHlwaS5vcmc...` and truncated copies fail.
 */
import type { Rule } from '../types.js';
import { CLASS, tokenFields } from './pattern.js';
import { buildPypiMacaroon, isPypiMacaroon } from './pypiMacaroon.js';
import { HEX, uuidFrom } from './labelledSamples.js';
import { ALPHABET, indirections, inContexts, seededRandom } from './sampleKit.js';

const ENV_VAR = 'PYPI_API_TOKEN';

export const pypiRules: readonly Rule[] = [
  {
    id: 'pypi-api-token',
    provider: 'PyPI',
    description: 'PyPI / TestPyPI API token (upload token)',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    ...tokenFields({
      prefixes: ['pypi-Ag'],
      body: `(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)${CLASS.base64url}{60,2000}`,
      boundary: CLASS.base64url,
    }),
    validate: isPypiMacaroon,
    severity: 'block',
    validation: 'base64url v2 macaroon: location pypi.org, UUID identifier, well-formed caveats, 32-byte signature',
    remediation: {
      revokeUrl: 'https://pypi.org/manage/account/',
      usageUrl: 'https://pypi.org/manage/account/#account-events',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('pypi-api-token');
      const signature = (): Uint8Array => Buffer.from(r.chars(64, HEX), 'hex');
      const id = (): string => uuidFrom(r.chars(32, HEX));
      const project = `[1,["${r.chars(8, 'abcdefghijklmnopqrstuvwxyz')}"]]`;
      const user = `[2,["${id()}"]]`;
      const token = (location = 'pypi.org', caveats = [project, user]): string =>
        buildPypiMacaroon(location, id(), caveats, signature());
      const good = token();
      return {
        positives: [
          ...inContexts(good, ENV_VAR),
          `[pypi]\nusername = __token__\npassword = ${token('pypi.org', ['{"permissions": "user", "version": 1}'])}`,
          `[testpypi]\npassword = ${token('test.pypi.org', [])}`,
          `uv publish --token ${token('pypi.org', [user, `[3,${'1'.repeat(10)}]`.repeat(8)])}`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          'password = pypi-AgEIcHlwaS5vcmc...',
          `password = pypi-AgEIcHlwaS5vcmc${'x'.repeat(150)}`,
          `password = ${good.slice(0, -3)}`,
          `password = ${buildPypiMacaroon('pypi.org', id(), [project], signature().subarray(0, 31))}`,
          `password = pypi-AgEIcHlwaS5vcmcCJ${r.chars(160, ALPHABET.base64url)}`,
          `password = ${buildPypiMacaroon('pypi.org', 'not-a-uuid', [project], signature())}`,
        ],
      };
    },
  },
];
