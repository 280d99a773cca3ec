import { bearer, get } from '../interpret.js';
import type { Verifier } from '../types.js';

/**
 * The common verifier: `GET https://<host><path>` with `Authorization: Bearer <key>` (plus the
 * provider's fixed headers, e.g. an API version), read as interpret.ts reads HTTP.
 */
export function bearerGet(host: string, path: string, docs: string, extra: Partial<Verifier> & { headers?: Record<string, string> } = {}): Verifier {
  const { headers = {}, ...rest } = extra;
  return { host, docs, build: ({ secret }) => get(path, { ...headers, ...bearer(secret) }), ...rest };
}

/** The same verifier under each of `ruleIds` (a provider's key kinds that one call checks). */
export function forRules(ruleIds: readonly string[], verifier: Verifier): Record<string, Verifier> {
  return Object.fromEntries(ruleIds.map((id) => [id, verifier]));
}
