/**
 * Azure service keys (secret-formats.md §7; gitleaks azure.go, microsoft/security-utilities
 * Azure64ByteIdentifiableKeys.cs / Azure32ByteIdentifiableKeys.cs). Legacy storage and Service Bus
 * keys are plain base64 (88 / 44 characters) — SHA-512 digests in lock files have the same shape — so
 * they are only reported in their connection-string or label context. "Identifiable" keys carry a
 * 4-character service signature at a fixed offset and are reported anywhere; storage ones (`+ASt`)
 * also have their Marvin32 checksum verified (azureChecksums.ts).
 */
import type { Rule } from '../types.js';
import { storageKeyChecksumOk, storageKeyFrom } from './azureChecksums.js';
import { notKnownSample } from './docsKeys.js';
import { ASSIGN, anyCase } from './labels.js';
import { labelKeywords, labelSource } from './labelWords.js';
import { ALPHABET, indirections, seededRandom } from './sampleKit.js';

const B64 = '[A-Za-z0-9+/]';
const END = '(?![A-Za-z0-9+/=])';
const ENV_VAR = 'AZURE_STORAGE_CONNECTION_STRING';
const storageRemediation = {
  revokeUrl: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
  usageUrl: 'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage',
  envVar: ENV_VAR,
};

/** Azurite's well-known development key (devstoreaccount1), public in Microsoft's docs: hashPrefix(). */
const AZURITE = new Set(['0011cc25eb432071']);
const isNotAzurite = notKnownSample(AZURITE);
const azurite = (): string => 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq' + '/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * `AccountKey=` (connection strings), `AZURE_STORAGE_KEY`, `azure_storage_account_access_key`, and
 * outside connection strings (issue 12): `storage_account_key`, `STORAGE_ACCESS_KEY`,
 * `storageAccountKey`, `account_key` (Terraform's azurerm backend `access_key` is not specific enough:
 * AWS uses the name too). The 88-character `==` value is the other half of the evidence.
 */
const STORAGE_LABELS = [
  [['accountkey']],
  [['azure'], ['storage'], ['', 'account'], ['', 'access'], ['key']],
  [['storage'], ['', 'account'], ['', 'access'], ['key']],
  [['account'], ['key']],
];
const STORAGE_LABEL = `(?:${STORAGE_LABELS.map(labelSource).join('|')})`;

const connection = (key: string): string =>
  `DefaultEndpointsProtocol=https;AccountName=acme${key.slice(0, 4).toLowerCase().replace(/[^a-z0-9]/g, 'x')};AccountKey=${key};EndpointSuffix=core.windows.net`;

const storageAccountKey: Rule = {
  id: 'azure-storage-account-key',
  provider: 'Azure',
  description: 'Azure Storage / Cosmos DB account key (AccountKey=… or an Azure storage key label)',
  keywords: ['azure_storage', 'azure-storage', 'azurestorage', ...labelKeywords([['storage'], ['', 'account'], ['', 'access'], ['key']]), ...labelKeywords([['account'], ['key']])],
  pattern: new RegExp(`${STORAGE_LABEL}${ASSIGN}(${B64}{86}==)${END}`, 'g'),
  secretGroup: 1,
  // An identifiable key (a service signature at offset 76) is azure-identifiable-key's: it checks the checksum.
  validate: (key) => isNotAzurite(key) && !SIGNATURES_64.includes(key.slice(76, 80)),
  severity: 'block',
  validation: '88 base64 characters ending == after AccountKey= or an Azure storage key label; not the Azurite key',
  remediation: storageRemediation,
  samples() {
    const r = seededRandom('azure-storage-account-key');
    const key = (length = 86): string => `${r.chars(length, ALPHABET.base64)}==`;
    return {
      positives: [
        `${ENV_VAR}="${connection(key())}"`,
        `"ConnectionStrings": { "Blob": "${connection(key())}" }`,
        `AZURE_STORAGE_KEY=${key()}`,
        `azure_storage_account_access_key: '${key()}'`,
        `AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=${key()};`,
        // Outside connection strings (issue 12).
        `storage_account_key = "${key()}"`,
        `"storageAccountKey": "${key()}",`,
        `STORAGE_ACCESS_KEY=${key()}`,
        `$account_key = '${key()}'`,
      ],
      negatives: [
        ...indirections(ENV_VAR),
        `${ENV_VAR}="${connection(azurite())}"`,
        `${ENV_VAR}="DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<key>;EndpointSuffix=core.windows.net"`,
        `"integrity": "sha512-${key()}"`,
        `AccountKey=${'A'.repeat(86)}==`,
        `storage_account_name = "acme${r.chars(8, '0123456789')}"`,
        `storage_key_id = "${key()}"`,
      ],
    };
  },
};

const sharedAccessKey: Rule = {
  id: 'azure-shared-access-key',
  provider: 'Azure',
  description: 'Azure Service Bus / Event Hubs / IoT Hub / Relay shared access key (SharedAccessKey=…)',
  keywords: ['sharedaccesskey'],
  pattern: new RegExp(`${anyCase('SharedAccessKey')}${ASSIGN}(${B64}{43}=)${END}`, 'g'),
  secretGroup: 1,
  severity: 'block',
  validation: '44 base64 characters ending = after SharedAccessKey=',
  remediation: {
    revokeUrl: 'https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas#regenerate-keys',
    usageUrl: 'https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log',
    envVar: 'SERVICEBUS_CONNECTION_STRING',
  },
  samples() {
    const r = seededRandom('azure-shared-access-key');
    const key = (length = 43): string => `${r.chars(length, ALPHABET.base64)}=`;
    const conn = (k: string): string => `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k}`;
    return {
      positives: [`SERVICEBUS_CONNECTION_STRING="${conn(key())}"`, `HostName=hub.azure-devices.net;DeviceId=d1;SharedAccessKey=${key()}`],
      negatives: [
        `SERVICEBUS_CONNECTION_STRING="${conn('<key>')}"`,
        `sha256-${key()}`,
      ],
    };
  },
};

/** 64-byte keys: storage, Batch, Cosmos DB, ML classic. 32-byte: Service Bus, Event Hubs, Relay. */
const SIGNATURES_64 = ['+ASt', '+ABa', 'ACDb', '+AMC'];
const SIGNATURES_32 = ['+ASb', '+AEh', '+ARm'];
const alternation = (signatures: readonly string[]): string => signatures.map((s) => s.replace('+', '\\+')).join('|');

const identifiableKey: Rule = {
  id: 'azure-identifiable-key',
  provider: 'Azure',
  description: 'Azure identifiable service key (Storage, Cosmos DB, Batch, ML, Service Bus, Event Hubs, Relay)',
  keywords: [...SIGNATURES_64, ...SIGNATURES_32].map((s) => s.toLowerCase()),
  pattern: new RegExp(
    `(?<!${B64})(?:${B64}{76}(?:${alternation(SIGNATURES_64)})${B64}{5}[AQgw]==|${B64}{33}(?:${alternation(SIGNATURES_32)})[A-P]${B64}{5}=)${END}`,
    'g',
  ),
  validate: (secret) => secret.slice(76, 80) !== '+ASt' || storageKeyChecksumOk(secret),
  severity: 'block',
  validation: 'service signature at offset 76 (64-byte keys) or 33 (32-byte keys); Marvin32 checksum for storage keys',
  remediation: { ...storageRemediation, revokeUrl: 'https://portal.azure.com/#view/HubsExtension/BrowseAll' },
  samples() {
    const r = seededRandom('azure-identifiable-key');
    const bytes = (): Buffer => Buffer.from(r.chars(114, '0123456789abcdef'), 'hex');
    const storage = storageKeyFrom(bytes(), '+ASt');
    const signed = (signature: string): string => `${r.chars(76, ALPHABET.base64)}${signature}${r.chars(5, ALPHABET.base64)}Q==`;
    const short = (signature: string): string => `${r.chars(33, ALPHABET.base64)}${signature}C${r.chars(5, ALPHABET.base64)}=`;
    return {
      positives: [
        `storage_key = "${storage}"`,
        `backend "azurerm" {\n  access_key = "${storageKeyFrom(bytes(), '+ASt')}"\n}`,
        `cosmos_key: ${signed('ACDb')}`,
        `BATCH_KEY=${signed('+ABa')}`,
        `iothub_key = '${short('+ASb')}'`,
        `eventhub_key: "${short('+AEh')}"`,
      ],
      negatives: [
        `storage_key = "${storage.slice(0, 84)}${storage.charAt(84) === 'A' ? 'B' : 'A'}${storage.slice(85)}"`,
        `cosmos_key: ${signed('ACDb').replace('Q==', 'B==')}`,
        `blob: x${signed('+ABa')}`,
        `eventhub_key: "${short('+AEh').replace(/C(.{5})=$/, 'Z$1=')}"`,
      ],
    };
  },
};

export const azureKeyRules: readonly Rule[] = [storageAccountKey, sharedAccessKey, identifiableKey];
