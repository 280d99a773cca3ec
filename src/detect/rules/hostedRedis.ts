/**
 * Redis connection URLs to a hosted provider's own domain (`rediss://default:<password>@
 * redis-12345.c1.us-east-1-2.ec2.redns.redis-cloud.com:12345`): credential-urls.ts already reports
 * every `redis://`/`rediss://` URL with a password as a database credential; these rules report the
 * same span first (dev/data rules are listed before credential-urls.ts) with the provider's own
 * revoke page, and only for its hosts, judged by the same credentialJudge.ts.
 */
import type { RemediationLinks, Rule } from '../types.js';
import { credentialSeverity } from './credentialJudge.js';
import { indirections, seededRandom } from './sampleKit.js';

/** Characters that may stand unencoded in URL userinfo (credentialUrlSamples.ts). */
const PASSWORD_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~!';

export interface HostedRedisSpec {
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  /** Regex source of the provider's registrable domain(s), e.g. `redis-cloud\\.com|redislabs\\.com`. */
  readonly domains: string;
  /** Lower-case keywords: the domains as written (every match contains one). */
  readonly keywords: readonly string[];
  readonly remediation: RemediationLinks & { readonly envVar: string };
  /** A host of the provider, for the samples. */
  readonly sampleHost: string;
}

export function hostedRedisRule(spec: HostedRedisSpec): Rule {
  return {
    id: spec.id,
    provider: spec.provider,
    description: spec.description,
    keywords: spec.keywords,
    // Same userinfo grammar as credential-urls.ts (RFC 3986 §3.2.1), the host ending in the domain.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9+.-])rediss?://([^\s:/?#@"'\x60<>\\]{0,128}):([^\s/?#"'\x60<>\\]{1,256})@((?:[A-Za-z0-9-]{1,63}\.){1,8}(?:${spec.domains}))(?![A-Za-z0-9.-])`,
      'gi',
    ),
    secretGroup: 2,
    severityOf: (password, match) => credentialSeverity(password, match[1] ?? '', match[3]),
    guessable: true,
    severity: 'block',
    validation: 'password in a redis:// or rediss:// URL to the provider\'s own hosts; not a default, template or placeholder',
    remediation: spec.remediation,
    samples() {
      const r = seededRandom(spec.id);
      const pw = (): string => r.chars(32, PASSWORD_CHARS);
      const env = spec.remediation.envVar;
      return {
        positives: [
          `${env}=rediss://default:${pw()}@${spec.sampleHost}`,
          `const client = createClient({ url: "redis://app:${pw()}@${spec.sampleHost}" });`,
        ],
        negatives: [
          ...indirections(env),
          `${env}=rediss://default:<password>@${spec.sampleHost}`,
          `${env}=rediss://default:\${REDIS_PASSWORD}@${spec.sampleHost}`,
          `${env}=rediss://default:password@${spec.sampleHost}`,
        ],
      };
    },
  };
}
