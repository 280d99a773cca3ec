import * as messages from '../messages.js';
import type { HttpResponse, VerificationStatus, Verdict, Verifier } from './types.js';

export const live = (detail: string): Verdict => ({ status: 'live', detail });
export const revoked = (detail: string): Verdict => ({ status: 'revoked', detail });
export const unknown = (detail: string): Verdict => ({ status: 'unknown', detail });

/**
 * An answer as a verdict. The provider's own reading first (a body saying `invalid_auth`), then
 * HTTP's (RFC 9110 §15): 2xx accepted, 401 rejected, 403 as the verifier says, anything else —
 * a redirect, 429, a server error, an unexpected 4xx — says nothing about the key: unknown.
 */
export function interpret(verifier: Verifier, response: HttpResponse): Verdict {
  const own = verifier.interpret?.(response);
  if (own !== undefined) return own;
  const { host } = verifier;
  const status = response.status;
  if (status >= 200 && status < 300) return live(messages.verifyAccepted(host, status));
  if (status === 401) return revoked(messages.verifyRejected(host, status));
  if (status === 403) return forbidden(verifier.forbidden ?? 'unknown', host);
  if (status >= 300 && status < 400) return unknown(messages.verifyRedirect(host, status));
  if (status === 429) return unknown(messages.verifyRateLimited(host));
  if (status >= 500) return unknown(messages.verifyServerError(host, status));
  return unknown(messages.verifyUnexpected(host, status));
}

function forbidden(status: VerificationStatus, host: string): Verdict {
  if (status === 'live') return live(messages.verifyAcceptedWithoutAccess(host));
  return status === 'revoked' ? revoked(messages.verifyRejected(host, 403)) : unknown(messages.verifyForbidden(host));
}

/** The body as JSON, or undefined when it is not (a proxy's HTML page). */
export function jsonBody(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

/** `Authorization: Bearer <key>` (RFC 6750 §2.1), the header most providers document. */
export function bearer(secret: string): Record<string, string> {
  return { authorization: `Bearer ${secret}` };
}

/** HTTP Basic credentials (RFC 7617). */
export function basic(user: string, password: string): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

/** A GET of `path` with `headers`: the shape of nearly every verifier's identity call. */
export function get(path: string, headers: Readonly<Record<string, string>>) {
  return { method: 'GET' as const, path, headers };
}

export function isVerdict(value: object): value is Verdict {
  return 'status' in value && 'detail' in value;
}
