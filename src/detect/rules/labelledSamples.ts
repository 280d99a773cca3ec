/** Sample helpers shared by the cloud-provider rules (samples only: tests call them, scans never). */
import { inContexts } from './sampleKit.js';

/**
 * inContexts() limited to the contexts that name the variable: a label-bound rule (AWS secret
 * access key, Heroku UUID key) must not report the bare value, so only these are its positives.
 */
export function labelledContexts(secret: string, envVar: string): string[] {
  return [...inContexts(secret, envVar).filter((sample) => sample.includes(envVar)), ...labelSyntaxes(envVar, secret)];
}

/**
 * Issue #12 point 2: the other syntaxes that put a value under a label (labels.ts ASSIGN): column
 * alignment, Makefile's `?=`, a quoted pair of arguments, a shell default, a code fallback.
 */
export function labelSyntaxes(envVar: string, secret: string): string[] {
  return [
    `${envVar}                 = "${secret}"`,
    `${envVar} ?= ${secret}`,
    `System.setProperty("${envVar}", "${secret}");`,
    `key = os.getenv("${envVar}", "${secret}")`,
    `url: https://api.acme-corp.io?key=\${${envVar}:-${secret}}`,
    `const key = process.env.${envVar} || "${secret}";`,
  ];
}

/** Lower-case hex, the alphabet of DigitalOcean, Databricks, Supabase `sbp_` and GitLab trigger tokens. */
export const HEX = '0123456789abcdef';

/** A version-4 UUID from `chars` (seeded random hex): `xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`. */
export function uuidFrom(hex32: string): string {
  const h = hex32.padEnd(32, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

