import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpret } from '../../../src/verify/interpret.js';
import { httpsTransport } from '../../../src/verify/transport.js';
import { TransportError, type HttpRequest, type Transport } from '../../../src/verify/types.js';
import { VERIFIERS } from '../../../src/verify/registry.js';

/**
 * The real HTTPS transport against a local server with a certificate made now (openssl), for
 * `localhost` only. The transport's port and CA are library parameters these tests set; the CLI
 * never does (src/verify/runVerification.ts), so nothing here is a switch of the product.
 */
let dir: string;
let cert: string;
let key: string;
let server: Server;
let port: number;
const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'keyguard-tls-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
  key = readFileSync(join(dir, 'key.pem'), 'utf8');
  server = createServer({ cert, key }, (req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    if (req.url === '/silent') return; // never answers: the client's deadline must end it
    if (req.url === '/redirect') return void res.writeHead(302, { location: `https://localhost:${port}/elsewhere` }).end();
    if (req.url === '/limited') return void res.writeHead(429, { 'retry-after': '60' }).end('{"error":"rate_limited"}');
    if (req.url === '/big') return void res.writeHead(200).end('x'.repeat(200_000));
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const USER_AGENT = 'keyguard/0.0.0-test (+verify)';
const trusted = (): Transport => httpsTransport({ userAgent: USER_AGENT, port, ca: cert });
const request = (path: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({ host: 'localhost', method: 'GET', path, headers: { authorization: 'Bearer test-token' }, ...extra });

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TransportError);
  return (error as TransportError).reason;
}

describe('httpsTransport', () => {
  it('sends exactly the request, with keyguard\'s User-Agent, and returns the answer', async () => {
    seen.length = 0;
    const response = await trusted()(request('/v1/models', { method: 'POST', body: 'a=1' }), 5_000);
    expect(response).toEqual({ status: 200, body: '{"ok":true}' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/v1/models' });
    expect(seen[0]!.headers).toMatchObject({ 'user-agent': USER_AGENT, authorization: 'Bearer test-token', host: `localhost:${port}`, 'content-length': '3' });
  });

  it('does not follow a redirect: the 302 is the answer, and it reads as unknown', async () => {
    seen.length = 0;
    const response = await trusted()(request('/redirect'), 5_000);
    expect(response.status).toBe(302);
    expect(seen.map((s) => s.url)).toEqual(['/redirect']);
    expect(interpret(VERIFIERS.get('openai-project-key')!, response)).toMatchObject({ status: 'unknown', detail: 'api.openai.com answered with a redirect (HTTP 302), never followed' });
  });

  it('returns a rate limit as an answer (unknown, not revoked)', async () => {
    const response = await trusted()(request('/limited'), 5_000);
    expect(response.status).toBe(429);
    expect(interpret(VERIFIERS.get('openai-project-key')!, response).status).toBe('unknown');
  });

  it('ends a request that gets no answer at its deadline', async () => {
    expect(await failure(trusted()(request('/silent'), 300))).toBe('timed out after 0.3 s');
  });

  it('keeps at most 64 KiB of a body', async () => {
    const response = await trusted()(request('/big'), 5_000);
    expect(response.body.length).toBe(64 * 1024);
  });

  it('refuses a certificate no trusted CA signed, even with NODE_TLS_REJECT_UNAUTHORIZED=0', async () => {
    const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      seen.length = 0;
      const reason = await failure(httpsTransport({ userAgent: USER_AGENT, port })(request('/v1/models'), 5_000));
      expect(reason).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY/);
      expect(seen).toEqual([]); // no request (and no key) went over the connection
    } finally {
      if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
    }
  });

  it('refuses a certificate for another name than the host asked', async () => {
    seen.length = 0;
    const reason = await failure(trusted()(request('/v1/models', { host: '127.0.0.1' }), 5_000));
    expect(reason).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(seen).toEqual([]);
  });

  it('reports a refused connection by its code only', async () => {
    const closed = createServer({ cert, key });
    await new Promise<void>((resolve) => closed.listen(0, resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failure(httpsTransport({ userAgent: USER_AGENT, port: closedPort, ca: cert })(request('/'), 5_000))).toBe('ECONNREFUSED');
  });
});
