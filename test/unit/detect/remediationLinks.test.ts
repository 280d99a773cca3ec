/**
 * Every revoke and usage link of a built-in rule is https and on the provider's own domain (issue 11
 * point 4: the Dockerfile finding linked to an OWASP cheat sheet, private keys to GitHub's SSH keys).
 * Rules of a kind rather than a provider have no link at all: the advice says "where it was issued".
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';

/** The provider's own registrable domains; a link's host must be one of them or a subdomain. */
const OWN_DOMAINS: Record<string, readonly string[]> = {
  OpenAI: ['openai.com'],
  Anthropic: ['anthropic.com'],
  GitHub: ['github.com'],
  AWS: ['aws.amazon.com'],
  Firebase: ['google.com'],
  Google: ['google.com'],
  'Google Cloud': ['google.com'],
  'Hugging Face': ['huggingface.co'],
  Groq: ['groq.com'],
  Replicate: ['replicate.com'],
  Perplexity: ['perplexity.ai'],
  xAI: ['x.ai'],
  OpenRouter: ['openrouter.ai'],
  DeepSeek: ['deepseek.com'],
  Mistral: ['mistral.ai'],
  Cohere: ['cohere.com'],
  Slack: ['slack.com'],
  Discord: ['discord.com'],
  Telegram: ['t.me'],
  Twilio: ['twilio.com'],
  SendGrid: ['sendgrid.com'],
  Mailgun: ['mailgun.com'],
  Stripe: ['stripe.com'],
  Postman: ['postman.co'],
  Linear: ['linear.app'],
  Notion: ['notion.so'],
  Atlassian: ['atlassian.com'],
  Shopify: ['shopify.com'],
  Azure: ['azure.com', 'microsoft.com'],
  'Azure DevOps': ['microsoft.com'],
  GitLab: ['gitlab.com'],
  npm: ['npmjs.com'],
  PyPI: ['pypi.org'],
  DigitalOcean: ['digitalocean.com'],
  Heroku: ['heroku.com'],
  Vercel: ['vercel.com'],
  Netlify: ['netlify.com'],
  Supabase: ['supabase.com'],
  Databricks: ['databricks.com'],
  Doppler: ['doppler.com'],
  '1Password': ['1password.com'],
  'HashiCorp Vault': ['hashicorp.com'],
  'HashiCorp Terraform': ['terraform.io', 'hashicorp.com'],
  // Developer platforms and data services (issue 12 point 3, dev-platforms.ts / data-services.ts).
  Bitbucket: ['bitbucket.org', 'atlassian.com'],
  CircleCI: ['circleci.com'],
  Buildkite: ['buildkite.com'],
  Snyk: ['snyk.io'],
  SonarQube: ['sonarsource.com'],
  SonarCloud: ['sonarcloud.io', 'sonarsource.com'],
  Codecov: ['codecov.com', 'codecov.io'],
  JFrog: ['jfrog.com'],
  NuGet: ['nuget.org'],
  RubyGems: ['rubygems.org'],
  'crates.io': ['crates.io'],
  Figma: ['figma.com'],
  Airtable: ['airtable.com'],
  Asana: ['asana.com'],
  Contentful: ['contentful.com'],
  Sanity: ['sanity.io'],
  Algolia: ['algolia.com'],
  Mapbox: ['mapbox.com'],
  Snowflake: ['snowflake.com'],
  'MongoDB Atlas': ['mongodb.com'],
  PlanetScale: ['planetscale.com'],
  Neon: ['neon.tech', 'neon.com'],
  Upstash: ['upstash.com'],
  Elastic: ['elastic.co'],
  Confluent: ['confluent.cloud', 'confluent.io'],
  'Redis Cloud': ['redis.io', 'redislabs.com'],
};

/** Rules of a kind, not a provider: no page is theirs to link. */
const NO_PROVIDER = new Set(['Generic', 'Dockerfile', 'Private key', 'Database', 'Basic auth', 'JWT', 'Client-side exposure', 'SDK constructor']);

const ownDomain = (url: string, domains: readonly string[]): boolean => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' && domains.some((d) => hostname === d || hostname.endsWith(`.${d}`));
};

describe('remediation links of the built-in rules', () => {
  it('name every provider in one of the two tables', () => {
    const unknown = builtinRules.map((r) => r.provider).filter((p) => !(p in OWN_DOMAINS) && !NO_PROVIDER.has(p));
    expect(unknown).toEqual([]);
  });

  it.each(builtinRules.filter((r) => !NO_PROVIDER.has(r.provider)).map((r) => [r.id, r] as const))(
    '%s links its provider’s own https pages',
    (_id, rule) => {
      const domains = OWN_DOMAINS[rule.provider]!;
      const { revokeUrl, usageUrl } = rule.remediation;
      expect(revokeUrl, 'a provider rule has a revoke page').toBeDefined();
      expect(ownDomain(revokeUrl!, domains), revokeUrl).toBe(true);
      if (usageUrl !== undefined) expect(ownDomain(usageUrl, domains), usageUrl).toBe(true);
    },
  );

  it.each(builtinRules.filter((r) => NO_PROVIDER.has(r.provider)).map((r) => [r.id, r] as const))(
    '%s (a kind, not a provider) links no revoke or usage page',
    (_id, rule) => {
      expect(rule.remediation.revokeUrl).toBeUndefined();
      expect(rule.remediation.usageUrl).toBeUndefined();
    },
  );
});
