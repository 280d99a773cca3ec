import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/verify/candidates.js';
import { TransportError, type HttpRequest, type HttpResponse, type Transport } from '../../../src/verify/types.js';
import { verifyCandidates } from '../../../src/verify/verifyCandidates.js';
import { VERIFIERS } from '../../../src/verify/registry.js';
import type { Verifier } from '../../../src/verify/types.js';
import { randomFrom } from '../../helpers/fakeKeys.js';

const key = () => `test-${randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 32)}`;
let counter = 0;
function candidate(ruleId: string, overrides: Partial<Candidate> = {}): Candidate {
  counter += 1;
  return { fingerprint: `sha256:${counter}`, ruleId, builtIn: true, secret: key(), place: 'a.env', line: counter, ...overrides };
}

/** A transport that records each request and answers `answer` (or throws it) after a tick. */
function recording(answer: HttpResponse | Error = { status: 200, body: '{}' }) {
  const requests: HttpRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const transport: Transport = async (request) => {
    requests.push(request);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight -= 1;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { transport, requests, maxInFlight: () => maxInFlight };
}

const run = (candidates: readonly Candidate[], transport: Transport, extra: { clock?: () => number; budgetMs?: number } = {}) =>
  verifyCandidates(candidates, { transport, clock: extra.clock ?? (() => 0), now: () => new Date(0), budgetMs: extra.budgetMs });

describe('verifyCandidates', () => {
  it('asks each provider at its own host, one request per distinct key', async () => {
    const openai = candidate('openai-project-key');
    const again = { ...openai, line: 99 };
    const github = candidate('github-personal-access-token');
    const t = recording();
    const results = await run([openai, again, github], t.transport);
    expect(t.requests.map((r) => r.host).sort()).toEqual(['api.github.com', 'api.openai.com']);
    expect(results.get(openai.fingerprint)).toEqual({ status: 'live', detail: 'api.openai.com accepted the key (HTTP 200)', checkedAt: new Date(0).toISOString() });
  });

  it('never sends a custom rule\'s match, nor a key of a rule without a verifier', async () => {
    const custom = candidate('openai-project-key', { builtIn: false });
    const generic = candidate('generic-secret-assignment');
    const t = recording();
    const results = await run([custom, generic], t.transport);
    expect(t.requests).toEqual([]);
    expect(results.get(custom.fingerprint)?.status).toBe('unknown');
    expect(results.get(generic.fingerprint)?.detail).toBe('keyguard has no live check for generic-secret-assignment');
  });

  it('keeps at most 4 requests in flight', async () => {
    const t = recording();
    await run(Array.from({ length: 12 }, () => candidate('openai-project-key')), t.transport);
    expect(t.requests).toHaveLength(12);
    expect(t.maxInFlight()).toBe(4);
  });

  it('answers unknown, without a request, once the time budget is spent', async () => {
    let now = 0;
    const t = recording();
    const first = candidate('openai-project-key');
    const second = candidate('groq-api-key');
    const transport: Transport = async (request, timeoutMs) => {
      now += 31_000; // this request took longer than the whole budget
      return t.transport(request, timeoutMs);
    };
    const results = await verifyCandidates([first, second], { transport, clock: () => now, now: () => new Date(0), concurrency: 1 });
    expect(t.requests).toHaveLength(1);
    expect(results.get(second.fingerprint)).toMatchObject({ status: 'unknown', detail: "not checked: the run's 30 s verification budget was used up" });
  });

  it('gives each request at most the time left in the budget', async () => {
    const timeouts: number[] = [];
    let now = 0;
    const transport: Transport = async (_request, timeoutMs) => {
      timeouts.push(timeoutMs);
      now += 25_000;
      return { status: 200, body: '{}' };
    };
    await verifyCandidates([candidate('openai-project-key'), candidate('groq-api-key')], { transport, clock: () => now, now: () => new Date(0), concurrency: 1 });
    expect(timeouts).toEqual([10_000, 5_000]);
  });

  it('turns a network or TLS failure into unknown with its cause, never the key', async () => {
    const c = candidate('openai-project-key');
    const results = await run([c], recording(new TransportError('DEPTH_ZERO_SELF_SIGNED_CERT')).transport);
    expect(results.get(c.fingerprint)).toMatchObject({ status: 'unknown', detail: 'no answer from api.openai.com: DEPTH_ZERO_SELF_SIGNED_CERT' });
    const other = candidate('openai-project-key');
    const leaky = await run([other], recording(new Error(`boom ${other.secret}`)).transport);
    expect(leaky.get(other.fingerprint)?.detail).toBe('no answer from api.openai.com: request failed');
  });

  it('pairs an AWS key id with the secret from the same file, and asks once for both', async () => {
    const id = candidate('aws-access-key-id', { secret: `AKIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, line: 1 });
    const secret = candidate('aws-secret-access-key', { line: 2 });
    const elsewhere = candidate('aws-secret-access-key', { place: 'other.env' });
    const t = recording({ status: 200, body: '<GetCallerIdentityResponse/>' });
    const results = await run([id, secret, elsewhere], t.transport);
    expect(t.requests.map((r) => r.host)).toEqual(['sts.amazonaws.com']);
    expect(t.requests[0]!.headers.authorization).toContain(`Credential=${id.secret}/`);
    expect(results.get(id.fingerprint)?.status).toBe('live');
    expect(results.get(secret.fingerprint)?.status).toBe('live');
    expect(results.get(elsewhere.fingerprint)).toMatchObject({ status: 'unknown', detail: 'needs the access key id, and none was found in the same file' });
  });

  it('puts no key in any detail', async () => {
    const all = ['openai-project-key', 'slack-bot-token', 'telegram-bot-token', 'aws-access-key-id'].map((id) => candidate(id));
    for (const answer of [{ status: 401, body: '' }, { status: 200, body: '{"ok":false,"error":"invalid_auth"}' }, new TransportError('ECONNRESET')]) {
      const results = await run(all, recording(answer).transport);
      for (const c of all) expect(results.get(c.fingerprint)!.detail).not.toContain(c.secret);
    }
  });

  describe('with a misbehaving verifier', () => {
    const registry = VERIFIERS as Map<string, Verifier>;
    const install = (verifier: Verifier) => registry.set('test-misbehaving', verifier);
    const remove = () => registry.delete('test-misbehaving');

    it('sends to the verifier\'s constant host, whatever host its request names', async () => {
      install({ host: 'api.example.com', docs: 'https://example.com/', build: () => ({ host: 'attacker.example', method: 'GET', path: '/', headers: {} }) as never });
      try {
        const t = recording();
        await run([candidate('test-misbehaving')], t.transport);
        expect(t.requests.map((r) => r.host)).toEqual(['api.example.com']);
      } finally {
        remove();
      }
    });

    it('turns an error while building the request into unknown, without its message', async () => {
      const c = candidate('test-misbehaving');
      install({ host: 'api.example.com', docs: 'https://example.com/', build: ({ secret }) => { throw new Error(`bad key ${secret}`); } });
      try {
        const t = recording();
        const results = await run([c], t.transport);
        expect(t.requests).toEqual([]);
        expect(results.get(c.fingerprint)).toMatchObject({ status: 'unknown', detail: 'no answer from api.example.com: the request could not be built' });
      } finally {
        remove();
      }
    });
  });
});
