/**
 * Live verification (issue 14, docs/verify.md): asking a key's provider whether it still accepts
 * the key. Verifiers are data (one file per provider family under verifiers/, like the rules);
 * the transport is a parameter, so tests replay recorded answers and the product always uses the
 * HTTPS transport with the verifier's own constant host.
 */

/** `live`: the provider accepted the key; `revoked`: it said the key is invalid; `unknown`: no answer either way. */
export type VerificationStatus = 'live' | 'revoked' | 'unknown';

export interface Verdict {
  readonly status: VerificationStatus;
  /** Why, in words: the host that answered and how, or why nothing was asked. Never the key. */
  readonly detail: string;
}

/** A verdict and when it was reached (ISO 8601). Held in memory and printed; never written to disk. */
export interface Verification extends Verdict {
  readonly checkedAt: string;
}

/** What goes on the wire. `host` is always a verifier's constant: no caller supplies it. */
export interface HttpRequest {
  readonly host: string;
  readonly method: 'GET' | 'POST';
  /** Absolute path with query; may hold the key where the provider wants it there (Telegram). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** The part of a request a verifier builds from the key: everything but the host. */
export type RequestShape = Omit<HttpRequest, 'host'>;

export interface HttpResponse {
  readonly status: number;
  /** The start of the body (transport.ts reads at most 64 KiB), for providers that answer in it (Slack). */
  readonly body: string;
}

/**
 * Sends one request and resolves with the answer; rejects with a TransportError on any network,
 * TLS or timeout failure. Never follows a redirect.
 */
export type Transport = (request: HttpRequest, timeoutMs: number) => Promise<HttpResponse>;

/** A transport failure, by cause only: node's messages are not reused, so no request detail leaks. */
export class TransportError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'TransportError';
  }
}

/** The key to check and, for credentials that come in pairs (AWS), the other half found with it. */
export interface Credential {
  readonly secret: string;
  readonly partner?: string;
}

export interface Verifier {
  /** The provider's API host, a constant: the only place this key is ever sent. */
  readonly host: string;
  /** The provider's documentation of the call made (cited in docs/verify.md). */
  readonly docs: string;
  /** The request for `credential`, or a verdict when it cannot be asked (a pair half missing). */
  readonly build: (credential: Credential) => RequestShape | Verdict;
  /** What HTTP 403 means for this provider (default `unknown`: rate limits and scopes answer 403 too). */
  readonly forbidden?: VerificationStatus;
  /** A provider that answers in the body (Slack's `ok`, AWS's error code): its reading, or undefined for the default one. */
  readonly interpret?: (response: HttpResponse) => Verdict | undefined;
  /**
   * Identity of the request for de-duplication within a run (default: the secret). A pair verified
   * from either half is one request.
   */
  readonly identity?: (credential: Credential) => string;
}
