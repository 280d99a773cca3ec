import { sha256 } from '../sha256.js';

/**
 * The only two ways a secret may leave memory: a masked form that identifies the
 * key to its owner without letting anyone use it, and a one-way fingerprint that
 * stays stable across line moves (baselines, JSON consumers, SARIF).
 */

/** Visible prefix length: at most 8 characters and never more than a quarter of the secret. */
function visibleLength(secret: string): number {
  return Math.min(8, Math.floor(secret.length / 4));
}

/** e.g. `sk-proj-…(164 chars)`; a multi-line secret shows only its first line's prefix. */
export function redact(secret: string): string {
  const firstLine = secret.split('\n', 1)[0] ?? '';
  const shown = firstLine.slice(0, visibleLength(secret));
  return `${shown}…(${secret.length} chars)`;
}

/** `sha256:<hex>` of the secret's UTF-8 bytes; never reversible to the secret. */
export function fingerprint(secret: string): string {
  return `sha256:${sha256(secret).toString('hex')}`;
}
