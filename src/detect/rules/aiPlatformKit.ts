/**
 * Regex pieces shared by the AI-platform rules (ai-platforms.ts): a provider named near a token whose
 * prefix alone is ordinary text (`sk_`, `pa-`, `as-`), and a label that must start a word.
 */
import { shannonEntropy } from '../entropy.js';
import type { Rule } from '../types.js';
import { labelledRule, type LabelledSpec } from './labelledRule.js';
import { ASSIGN, near } from './labels.js';
import { labelSource, type LabelWords } from './labelWords.js';
import { CLASS } from './pattern.js';
import type { PrefixedSpec } from './prefixedRule.js';
import { uuidFrom } from './labelledSamples.js';
import type { SampleRandom } from './sampleKit.js';

/**
 * labels.ts near() for several spellings of one provider (`elevenlabs`, `xi-api-key`): any of
 * `words` within `window` characters before or after a token of at most `tokenLength` characters.
 */
function nearAny(words: readonly string[], window: number, tokenLength: number): string {
  return `(?:${words.map((word) => near(word, window, tokenLength)).join('|')})`;
}

/** How far from the token the provider's name may stand (as DeepSeek's rule, within a short file section). */
const NAME_WINDOW = 200;

/**
 * The prefixedRule() fields for a token whose prefix is ordinary text (`pa-`, `as-`, `key_`): it
 * counts only with one of `words` (the provider's name, lower case) within NAME_WINDOW characters,
 * and those words are its keywords.
 */
export function namedNearby(words: readonly string[], tokenLength: number): Pick<PrefixedSpec, 'end' | 'keywords' | 'needsContext'> {
  return { end: `(?!${CLASS.base64url})${nearAny(words, NAME_WINDOW, tokenLength)}`, keywords: words, needsContext: true };
}

/**
 * A label from labelWords.ts that starts a word, then the assignment: `FAL_KEY=`, `falKey: "`, but
 * not the `…fal_key` ending of a longer name.
 */
export function labelLead(words: LabelWords): string {
  return `(?<![A-Za-z0-9])${labelSource(words)}${ASSIGN}`;
}

/** Lower-case hex (the alphabet of many key bodies). */
export const HEX_LOWER = '0123456789abcdef';

/**
 * Regex source of a version-4 UUID without dashes (32 lower-case hex, `4` at offset 12, `8`–`b` at
 * offset 16): the shape of every real AssemblyAI and Clarifai key examined.
 */
export const UUID_V4_HEX_SOURCE = '[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}';

/** A random UUID_V4_HEX_SOURCE value for samples. */
export function uuidV4Hex(r: SampleRandom): string {
  return uuidFrom(r.chars(32, HEX_LOWER)).replace(/-/g, '');
}

/** Regex source of a lower-case hex UUID (any version): the form the providers below issue. */
export const UUID_SOURCE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Hex needs a lower entropy bar than labelledRule's looksRandom (3.5 bits/character): 16 symbols
 * give at most 4, and 19% of random 32-hex keys (5% of 40-hex ones) fall under 3.5. Under 3.0 falls
 * none in 20,000 draws; typed hex runs (`deadbeef…`, `0123…`) do, and the shared placeholder check
 * catches repeats and sequences.
 */
const HEX_MIN_ENTROPY = 3;

export function hexLooksRandom(secret: string): boolean {
  return /[0-9]/.test(secret) && /[a-f]/.test(secret) && shannonEntropy(secret) >= HEX_MIN_ENTROPY;
}

/** labelledRule() for a lower-case hex (or UUID) value, judged by hexLooksRandom(). */
export function hexLabelledRule(spec: LabelledSpec): Rule {
  return { ...labelledRule(spec), validate: hexLooksRandom };
}
