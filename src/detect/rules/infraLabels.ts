/**
 * Label-bound keys of the infrastructure family (Fastly, Linode, Vultr, Hetzner, Railway, IBM Cloud,
 * …): a value without a prefix that only counts right after a label naming the provider
 * (`FASTLY_API_TOKEN=…`, `hcloudToken: "…"`). One builder so each provider file states its facts.
 */
import type { RemediationLinks, Rule } from '../types.js';
import { ASSIGN } from './labels.js';
import { labelledContexts, labelledRule } from './labelledRule.js';
import { labelSource, type LabelWords } from './labelWords.js';
import type { SampleRandom } from './sampleKit.js';

/** A UUID in either case: Railway and Scaleway secrets. */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * A UUID's entropy stays under looksRandom's bar (16 symbols and 4 dashes), so a random one is told
 * from a typed one by its distinct digits: 32 random hex digits show at least 10 of the 16 but for
 * about 1 in 10^6 (the nil UUID and `1234…-abcd…` fillers show few).
 */
export function uuidLooksRandom(uuid: string): boolean {
  return new Set(uuid.toLowerCase().replace(/-/g, '')).size >= 10;
}

export interface InfraLabelSpec {
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  /** Label words (labelWords.ts); the first names the provider. */
  readonly words: LabelWords;
  /** Further labels (regex source) tried besides `words`, e.g. a header name or a short alias. */
  readonly otherLabels?: readonly string[];
  /** Lower-case provider names as they appear in the labels. */
  readonly keywords: readonly string[];
  readonly body: string;
  readonly validation: string;
  /** `envVar` must itself be a label `words` accepts: it names the standard contexts. */
  readonly remediation: RemediationLinks & { readonly envVar: string };
  readonly sampleSecret: (r: SampleRandom) => string;
  /** Default looksRandom (labelledRule.ts). */
  readonly validate?: (secret: string) => boolean;
  readonly contexts?: (secret: string, r: SampleRandom) => readonly string[];
  readonly negatives?: (secret: string, r: SampleRandom) => readonly string[];
}

/** A short alias label (`CF_API_TOKEN`, `IC_API_KEY`) that must not end a longer word. */
export function aliasLabel(words: LabelWords): string {
  return `(?<![A-Za-z0-9])${labelSource(words)}`;
}

/** `FASTLY_API_TOKEN` → [`fastlyApiToken`, `fastly_api_token`]. */
function spellings(envVar: string): [camel: string, snake: string] {
  const parts = envVar.toLowerCase().split('_');
  const camel = parts.map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('');
  return [camel, parts.join('_')];
}

export function infraLabelledRule(spec: InfraLabelSpec): Rule {
  const env = spec.remediation.envVar;
  const [camel, snake] = spellings(env);
  const rule = labelledRule({
    id: spec.id,
    provider: spec.provider,
    description: spec.description,
    keywords: spec.keywords,
    lead: `(?:${[labelSource(spec.words), ...(spec.otherLabels ?? [])].join('|')})${ASSIGN}`,
    body: spec.body,
    validation: spec.validation,
    remediation: spec.remediation,
    sampleSecret: spec.sampleSecret,
    contexts: (secret, r) => [...labelledContexts(env, camel, snake, secret), ...(spec.contexts?.(secret, r) ?? [])],
    negatives: (secret, r) => [
      // The value alone, or under a label of the provider that names no key (an id, a region).
      `value = "${secret}"`,
      `${snake.split('_')[0] ?? ''}_region: ${secret}`,
      ...(spec.negatives?.(secret, r) ?? []),
    ],
  });
  return spec.validate === undefined ? rule : { ...rule, validate: spec.validate };
}
