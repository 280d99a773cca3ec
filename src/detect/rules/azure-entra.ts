/**
 * Microsoft Entra ID (Azure AD) client secrets (secret-formats.md §7; gitleaks azure.go,
 * microsoft/security-utilities IdentifiableMetadata.cs). Current secrets are 40 characters with `8Q~`
 * at offset 3 and end in the first 3 characters of a Marvin32 checksum of the 37 before them
 * (verified on 7 public leaked secrets; gitleaks' fixtures fail it, they are edited). Legacy `7Q~`
 * secrets are 37 characters without a known checksum.
 */
import type { Rule } from '../types.js';
import { ENTRA_ALPHABET, entraChecksum } from './azureChecksums.js';
import { startBoundary } from './pattern.js';
import { indirections, inContexts, seededRandom, shift } from './sampleKit.js';

const ENV_VAR = 'AZURE_CLIENT_SECRET';
const CHAR = '[A-Za-z0-9_~.-]';

export const azureEntraRules: readonly Rule[] = [
  {
    id: 'azure-entra-client-secret',
    provider: 'Azure',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    keywords: ['8q~', '7q~'],
    // `8Q~` + 30–40: a secret of the wrong length is matched and rejected, so the generic rule does
    // not report what this rule judged (generalRules.ts).
    pattern: new RegExp(`${CHAR}{3}${startBoundary(CHAR, 3)}(?:8Q~${CHAR}{30,40}|7Q~${CHAR}{31})(?!${CHAR})`, 'g'),
    validate: (secret) => secret.charAt(3) === '7' || (secret.length === 40 && secret.slice(-3) === entraChecksum(secret.slice(0, -3))),
    severity: 'block',
    validation: '40 characters with 8Q~ at offset 3 and a Marvin32 checksum in the last 3 (37 with 7Q~, unchecked)',
    remediation: {
      revokeUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
      usageUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SignInEventsV3Blade',
      envVar: ENV_VAR,
    },
    samples() {
      const r = seededRandom('azure-entra-client-secret');
      const current = (): string => {
        const head = `${r.chars(3, ENTRA_ALPHABET)}8Q~${r.chars(31, ENTRA_ALPHABET)}`;
        return head + entraChecksum(head);
      };
      const good = current();
      return {
        positives: [
          ...inContexts(good, ENV_VAR),
          `client_secret = "${current()}"`,
          `<value xsi:type="xsd:string">${current()}</value>`,
          `"ClientSecret": "${r.chars(3, ENTRA_ALPHABET)}7Q~${r.chars(31, ENTRA_ALPHABET)}"`,
        ],
        negatives: [
          ...indirections(ENV_VAR),
          `${ENV_VAR}=${good.slice(0, -3)}${shift(good.slice(-3), ENTRA_ALPHABET)}`,
          `${ENV_VAR}=${good.slice(0, 3)}8Q~${'x'.repeat(34)}`,
          `${ENV_VAR}=${good.slice(0, -1)}`,
          `${ENV_VAR}=${good}a`,
          'https://p3-juejin.byteimg.com/tos-cn-i-k3u1fbpfcp/6a9e704af49b4380bb686f0c96d33b81~tplv-k3u1fbpfcp-watermark.image',
          `~${'~'.repeat(40)}`,
        ],
      };
    },
  },
];
