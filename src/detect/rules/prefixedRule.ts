/**
 * Most SaaS tokens are a fixed prefix + a random body with no checksum (secret-formats.md §0.7).
 * This builds such a rule and its standard samples, so each provider file only states its facts.
 */
import type { RemediationLinks, Rule, Severity } from '../types.js';
import { CLASS, tokenFields } from './pattern.js';
import { indirections, inContexts, seededRandom, type SampleRandom } from './sampleKit.js';

export interface PrefixedSpec {
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  /** Literal prefixes of one length; the first is used for the samples. */
  readonly prefixes: readonly string[];
  /** Regex source of everything after the prefix. */
  readonly body: string;
  /** Characters that may not touch the token (default base64url). */
  readonly boundary?: string;
  /** Regex source after the token (default: no boundary character), e.g. a labels.ts near(). */
  readonly end?: string;
  /** Default: the prefixes. Must not be words that name variables (see types.ts `general`). */
  readonly keywords?: readonly string[];
  /** The rule needs context (`end`): only the standard samples that name the variable are positives. */
  readonly needsContext?: boolean;
  readonly severity?: Severity;
  readonly validate?: (secret: string) => boolean;
  readonly validation: string;
  readonly remediation: RemediationLinks & { readonly envVar: string };
  /** A valid body (without prefix) drawn from `r`. */
  readonly sampleBody: (r: SampleRandom) => string;
  /** False for variable-length bodies: the one-short / one-long negatives would still be keys. */
  readonly fixedLength?: boolean;
  /** Rule-specific true samples (real-world contexts) and false ones (docs samples, bad structure). */
  readonly positives?: (token: string, r: SampleRandom) => readonly string[];
  readonly negatives?: (token: string, r: SampleRandom) => readonly string[];
}

export function prefixedRule(spec: PrefixedSpec): Rule {
  const boundary = spec.boundary ?? CLASS.base64url;
  return {
    id: spec.id,
    provider: spec.provider,
    description: spec.description,
    keywords: spec.keywords ?? spec.prefixes.map((p) => p.toLowerCase()),
    ...tokenFields({ prefixes: spec.prefixes, body: spec.body, boundary, ...(spec.end === undefined ? {} : { end: spec.end }) }),
    ...(spec.validate === undefined ? {} : { validate: spec.validate }),
    severity: spec.severity ?? 'block',
    validation: spec.validation,
    remediation: spec.remediation,
    samples: () => prefixedSamples(spec),
  };
}

/** The rule's keywords include its prefix: the generic rule leaves values starting with it to this rule. */
function prefixClaimed(spec: PrefixedSpec): boolean {
  const prefix = (spec.prefixes[0] ?? '').toLowerCase();
  return spec.keywords === undefined || spec.keywords.includes(prefix);
}

function prefixedSamples(spec: PrefixedSpec): { positives: string[]; negatives: string[] } {
  const r = seededRandom(spec.id);
  const prefix = spec.prefixes[0] ?? '';
  const env = spec.remediation.envVar;
  const token = prefix + spec.sampleBody(r);
  const filler = prefix + 'x'.repeat(token.length - prefix.length);
  // Under its variable a value of the wrong length is still a random value assigned to a secret
  // name, which the generic rule reports unless this rule owns the prefix (a keyword: generalRules.ts).
  const label = prefixClaimed(spec) ? env : 'sample';
  const lengths = spec.fixedLength === false ? [] : [`${label}=${token.slice(0, -1)}`, `${label}=${token}Q`];
  const contexts = inContexts(token, env).filter((sample) => spec.needsContext !== true || sample.includes(env));
  return {
    positives: [...contexts, ...(spec.positives?.(prefix + spec.sampleBody(r), r) ?? [])],
    negatives: [
      ...indirections(env),
      `${env}=${prefix}...`,
      `${env}=${prefix}your-key-here`,
      `${env}=${filler}`,
      ...lengths,
      `blob=Q${token}`,
      ...(spec.negatives?.(token, r) ?? []),
    ],
  };
}
