import { Agent, request } from 'node:https';
import * as messages from '../messages.js';
import { TransportError, type HttpRequest, type HttpResponse, type Transport } from './types.js';

/** Enough of any identity call's answer to read its verdict; the rest is discarded unread. */
const MAX_BODY = 64 * 1024;

export interface HttpsTransportOptions {
  /** `keyguard/<version> (+verify)`: providers see who is asking (and can rate-limit by it). */
  readonly userAgent: string;
  /**
   * Library level only, for the transport's own tests against a local server: the CLI never sets
   * them (src/verify/runVerification.ts), so keys go to port 443 checked against Node's CA store.
   */
  readonly port?: number;
  readonly ca?: string;
}

/**
 * Requests over node:https: TLS certificates always verified (`rejectUnauthorized: true` given
 * explicitly, so NODE_TLS_REJECT_UNAUTHORIZED=0 — which only changes the default — has no effect),
 * the certificate checked against the request's host (SNI `servername`), no proxy, no redirect
 * followed (node:https never follows one; a 3xx is an answer like any other), one deadline per
 * request covering connect, TLS and the whole answer.
 */
export function httpsTransport(options: HttpsTransportOptions): Transport {
  // One connection per request: nothing pooled between providers, nothing kept when the run ends.
  const agent = new Agent({ keepAlive: false, rejectUnauthorized: true, ca: options.ca });
  return (req, timeoutMs) => send(req, timeoutMs, agent, options);
}

function send(req: HttpRequest, timeoutMs: number, agent: Agent, options: HttpsTransportOptions): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...req.headers, 'user-agent': options.userAgent, accept: req.headers.accept ?? 'application/json' };
    if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
    const outgoing = request(
      { host: req.host, servername: req.host, port: options.port ?? 443, method: req.method, path: req.path, headers, agent, rejectUnauthorized: true, ca: options.ca },
      (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY) chunks.push(chunk);
          size += chunk.length;
        });
        incoming.on('end', () => {
          clearTimeout(timer);
          resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8') });
        });
        incoming.on('error', fail);
      },
    );
    const timer = setTimeout(() => outgoing.destroy(new TransportError(messages.verifyTimedOut(timeoutMs / 1000))), timeoutMs);
    function fail(error: Error): void {
      clearTimeout(timer);
      reject(error instanceof TransportError ? error : new TransportError(reasonOf(error)));
    }
    outgoing.on('error', fail);
    outgoing.end(req.body);
  });
}

/**
 * Node's error code only (ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT,
 * ERR_TLS_CERT_ALTNAME_INVALID, …): its message can quote request details, and a detail must never
 * carry the key.
 */
function reasonOf(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : 'request failed';
}
