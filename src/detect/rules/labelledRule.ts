/**
 * Rules for secrets without a prefix (Mistral, Cohere, Twilio): the value is only a secret next to
 * a label that names it, so the label is part of the pattern (bounded gap, secret in group 1).
 */
import { shannonEntropy } from '../entropy.js';
import type { RemediationLinks, Rule } from '../types.js';
import { CLASS } from './pattern.js';
import { withKeywordsInMatch } from './patternReach.js';
import { classCount } from './randomness.js';
import { labelSyntaxes } from './labelledSamples.js';
import { indirections, seededRandom, type SampleRandom } from './sampleKit.js';

export interface LabelledSpec {
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  /** Lower-case words of which every labelled context contains one (usually the provider name). */
  readonly keywords: readonly string[];
  /** Regex source of the label and separator, ending right before the secret. */
  readonly lead: string;
  /** Regex source of the secret itself. */
  readonly body: string;
  /** Regex source tested after the secret (e.g. labels.ts near()). */
  readonly after?: string;
  readonly validation: string;
  readonly remediation: RemediationLinks & { readonly envVar: string };
  readonly sampleSecret: (r: SampleRandom) => string;
  /** Places where the secret really appears next to its label; each contains a keyword. */
  readonly contexts: (secret: string, r: SampleRandom) => readonly string[];
  readonly negatives?: (secret: string, r: SampleRandom) => readonly string[];
}

/** Random keys use upper, lower and digits with high entropy; typed fillers rarely do. */
const MIN_ENTROPY = 3.5;

export function looksRandom(secret: string): boolean {
  return classCount(secret) >= 2 && shannonEntropy(secret) >= MIN_ENTROPY;
}

export function labelledRule(spec: LabelledSpec): Rule {
  // The label holds a keyword and opens every match: the rule runs only near its keywords.
  return withKeywordsInMatch({
    id: spec.id,
    provider: spec.provider,
    description: spec.description,
    keywords: spec.keywords,
    pattern: new RegExp(`${spec.lead}(${spec.body})(?!${CLASS.base64url})${spec.after ?? ''}`, 'g'),
    secretGroup: 1,
    validate: looksRandom,
    severity: 'block',
    validation: spec.validation,
    remediation: spec.remediation,
    samples() {
      const r = seededRandom(spec.id);
      const secret = spec.sampleSecret(r);
      const env = spec.remediation.envVar;
      return {
        positives: [...spec.contexts(secret, r)],
        negatives: [
          ...indirections(env),
          `${env}=your-${spec.provider.toLowerCase()}-api-key`,
          `${env}=${'x'.repeat(secret.length)}`,
          `${env}=${'aB3'.repeat(Math.ceil(secret.length / 3)).slice(0, secret.length)}`,
          // A value of the wrong length under the label is no longer silent: the generic rule reports
          // what this rule does not match (test/unit/detect/generalRules.test.ts, issue 12).
          ...(spec.negatives?.(secret, r) ?? []),
        ],
      };
    },
  });
}

/** The usual places for a labelled key: env files, shells, code, YAML, JSON, XML, notebooks. */
export function labelledContexts(envVar: string, camel: string, snake: string, secret: string): string[] {
  return [
    `${envVar}=${secret}`,
    `export ${envVar}="${secret}"`,
    `os.environ["${envVar}"] = "${secret}"`,
    `${snake}: '${secret}'`,
    `{"${camel}": "${secret}"}`,
    `<add key="${envVar}" value="${secret}" />`,
    `FROM python:3.12\nENV ${envVar}=${secret}\nRUN pip install -r requirements.txt`,
    String.raw`"source": ["os.environ[\"${envVar}\"] = \"${secret}\"\n"]`,
    ...labelSyntaxes(envVar, secret),
  ];
}
