/**
 * Tokens that carry a base64 JSON payload next to their secret (Sentry org tokens, Grafana Cloud
 * and legacy Grafana API keys): the payload's fields tell them apart from any other base64 blob
 * that happens to start with `eyJ` (a Power BI embed link, a JWT segment).
 */

/** The JSON object `text` (base64 or base64url, padding optional) decodes to, else undefined. */
export function base64JsonObject(text: string): Readonly<Record<string, unknown>> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `value` as base64 JSON with `=` padding, as Sentry and Grafana print it (for samples). */
export function encodeBase64Json(value: Readonly<Record<string, unknown>>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64');
}

/** The object's keys are exactly `keys` (any order). */
export function hasExactly(object: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  const own = Object.keys(object);
  return own.length === keys.length && keys.every((k) => k in object);
}
