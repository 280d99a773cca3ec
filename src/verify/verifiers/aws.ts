/**
 * AWS: STS GetCallerIdentity, which any valid key may call and no IAM policy can deny
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html). It needs the
 * key pair: the rules report the access key id and the secret access key as two findings, and
 * pairs.ts joins the two found in the same file. Signed with Signature Version 4 by `aws4`
 * (https://github.com/mhart/aws4), not by hand; credentials are always passed to it explicitly,
 * so it never reads AWS_* variables.
 */
import aws4 from 'aws4';
import * as messages from '../../messages.js';
import { revoked, unknown } from '../interpret.js';
import type { Credential, HttpResponse, RequestShape, Verdict, Verifier } from '../types.js';

const STS = 'sts.amazonaws.com';
const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';

function signed(accessKeyId: string, secretAccessKey: string): RequestShape | Verdict {
  // ASIA keys are session credentials: without their token STS says InvalidClientTokenId, which is no verdict on them.
  if (accessKeyId.startsWith('ASIA')) return unknown(messages.VERIFY_AWS_TEMPORARY);
  const request = aws4.sign(
    { host: STS, service: 'sts', region: 'us-east-1', method: 'POST', path: '/', body: BODY, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' } },
    { accessKeyId, secretAccessKey },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    // The transport sets Host (from the verifier) and Content-Length itself.
    if (!/^(host|content-length)$/i.test(name)) headers[name.toLowerCase()] = String(value);
  }
  return { method: 'POST', path: '/', headers, body: BODY };
}

/** STS error codes (https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html). */
function stsReading(response: HttpResponse): Verdict | undefined {
  if (response.status !== 403) return undefined;
  if (response.body.includes('<Code>SignatureDoesNotMatch</Code>')) return unknown(messages.VERIFY_AWS_MISMATCH);
  for (const code of ['InvalidClientTokenId', 'ExpiredToken']) if (response.body.includes(`<Code>${code}</Code>`)) return revoked(messages.verifyProviderSaid(STS, code));
  return undefined;
}

const pairIdentity = (id: string | undefined, secret: string | undefined) => `aws\0${id ?? ''}\0${secret ?? ''}`;

function awsVerifier(build: (credential: Credential) => RequestShape | Verdict, identity: (credential: Credential) => string): Verifier {
  return { host: STS, docs: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html', build, interpret: stsReading, identity };
}

export const awsVerifiers: Readonly<Record<string, Verifier>> = {
  'aws-access-key-id': awsVerifier(
    ({ secret, partner }) => (partner === undefined ? unknown(messages.VERIFY_NEEDS_AWS_SECRET) : signed(secret, partner)),
    ({ secret, partner }) => pairIdentity(secret, partner),
  ),
  'aws-secret-access-key': awsVerifier(
    ({ secret, partner }) => (partner === undefined ? unknown(messages.VERIFY_NEEDS_AWS_ID) : signed(partner, secret)),
    ({ secret, partner }) => pairIdentity(partner, secret),
  ),
};
