/**
 * Shared pieces of the rules for UUID keys behind a provider's label (Snyk, Codecov, MongoDB
 * Atlas): a UUID is also every id, so only the label makes it a secret (heroku.ts explains it).
 */
import { HEX, labelledContexts, uuidFrom } from './labelledSamples.js';
import type { SampleRandom } from './sampleKit.js';

/** Any-case hex UUID (8-4-4-4-12); versions are not checked: providers issue v1 and v4 alike. */
export const UUID_BODY = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export const uuidSecret = (r: SampleRandom): string => uuidFrom(r.chars(32, HEX));

/** The standard contexts that name `envVar`, and the upper-case form some consoles show. */
export function uuidContexts(uuid: string, envVar: string): string[] {
  return [...labelledContexts(uuid, envVar), `${envVar}=${uuid.toUpperCase()}`];
}
