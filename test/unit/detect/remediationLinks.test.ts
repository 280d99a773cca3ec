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
  // Issue 12 point 3, payments and messaging (s4).
  Square: ['squareup.com'],
  Braintree: ['paypal.com', 'braintreegateway.com'],
  PayPal: ['paypal.com'],
  Adyen: ['adyen.com'],
  Razorpay: ['razorpay.com'],
  Paystack: ['paystack.com'],
  Plaid: ['plaid.com'],
  Coinbase: ['coinbase.com'],
  'Shopify Partners': ['shopify.com', 'shopify.dev'],
  Flutterwave: ['flutterwave.com'],
  GoCardless: ['gocardless.com'],
  Lob: ['lob.com'],
  EasyPost: ['easypost.com'],
  Shippo: ['goshippo.com'],
  Duffel: ['duffel.com'],
  Vonage: ['nexmo.com', 'vonage.com'],
  Postmark: ['postmarkapp.com'],
  Resend: ['resend.com'],
  Brevo: ['brevo.com'],
  Mailchimp: ['mailchimp.com'],
  Mandrill: ['mandrillapp.com'],
  Mailjet: ['mailjet.com'],
  SparkPost: ['sparkpost.com'],
  Intercom: ['intercom.com'],
  Zendesk: ['zendesk.com'],
  Twitch: ['twitch.tv'],
  Telnyx: ['telnyx.com'],
  MessageBird: ['messagebird.com'],
  Sendbird: ['sendbird.com'],
  HubSpot: ['hubspot.com'],
  Typeform: ['typeform.com'],
  Postman: ['postman.co'],
  Linear: ['linear.app'],
  Notion: ['notion.so'],
  Atlassian: ['atlassian.com'],
  Shopify: ['shopify.com'],
  Azure: ['azure.com', 'microsoft.com'],
  'Azure DevOps': ['microsoft.com'],
  'Azure OpenAI': ['microsoft.com'],
  GitLab: ['gitlab.com'],
  npm: ['npmjs.com'],
  PyPI: ['pypi.org'],
  DigitalOcean: ['digitalocean.com'],
  // Infrastructure family (issue 12, s2).
  Cloudflare: ['cloudflare.com'],
  'Docker Hub': ['docker.com'],
  Pulumi: ['pulumi.com'],
  'Fly.io': ['fly.io'],
  Render: ['render.com'],
  Railway: ['railway.com'],
  Tailscale: ['tailscale.com'],
  Fastly: ['fastly.com'],
  Linode: ['linode.com'],
  Vultr: ['vultr.com'],
  Hetzner: ['hetzner.cloud', 'hetzner.com'],
  Scaleway: ['scaleway.com'],
  'Alibaba Cloud': ['aliyun.com', 'alibabacloud.com'],
  'IBM Cloud': ['ibm.com'],
  ngrok: ['ngrok.com'],
  Harness: ['harness.io'],
  'Octopus Deploy': ['octopus.com'],
  Infracost: ['infracost.io'],
  Scalingo: ['scalingo.com'],
  'Defined Networking': ['defined.net'],
  OpenShift: ['redhat.com'],
  ZeroTier: ['zerotier.com'],
  Cloudsmith: ['cloudsmith.com'],
  'Travis CI': ['travis-ci.com'],
  'Drone CI': ['drone.io'],
  Sourcegraph: ['sourcegraph.com'],
  Prefect: ['prefect.cloud', 'prefect.io'],
  Clojars: ['clojars.org'],
  Heroku: ['heroku.com'],
  Vercel: ['vercel.com'],
  Netlify: ['netlify.com'],
  Supabase: ['supabase.com'],
  Databricks: ['databricks.com'],
  Doppler: ['doppler.com'],
  '1Password': ['1password.com'],
  'HashiCorp Vault': ['hashicorp.com'],
  'HashiCorp Terraform': ['terraform.io', 'hashicorp.com'],
  // AI platforms (issue 12 point 3, ai-platforms.ts)
  ElevenLabs: ['elevenlabs.io'],
  'Together AI': ['together.ai'],
  'Fireworks AI': ['fireworks.ai'],
  Pinecone: ['pinecone.io'],
  LangSmith: ['langchain.com'],
  Cerebras: ['cerebras.ai'],
  AssemblyAI: ['assemblyai.com'],
  Deepgram: ['deepgram.com'],
  'Voyage AI': ['voyageai.com'],
  'Jina AI': ['jina.ai'],
  'Weights & Biases': ['wandb.ai'],
  'Stability AI': ['stability.ai'],
  fal: ['fal.ai'],
  NVIDIA: ['nvidia.com'],
  Weaviate: ['weaviate.cloud', 'weaviate.io'],
  Qdrant: ['qdrant.io', 'qdrant.tech'],
  Tavily: ['tavily.com'],
  Exa: ['exa.ai'],
  Firecrawl: ['firecrawl.dev'],
  Langfuse: ['langfuse.com'],
  LlamaCloud: ['llamaindex.ai'],
  Cartesia: ['cartesia.ai'],
  Helicone: ['helicone.ai'],
  Clarifai: ['clarifai.com'],
  Runway: ['runwayml.com'],
  Modal: ['modal.com'],
  'AI21 Labs': ['ai21.com'],
  Zilliz: ['zilliz.com'],
  // Observability and identity (issue 12, s1).
  Sentry: ['sentry.io'],
  Datadog: ['datadoghq.com'],
  'New Relic': ['newrelic.com'],
  Grafana: ['grafana.com'],
  Honeycomb: ['honeycomb.io'],
  PagerDuty: ['pagerduty.com'],
  Dynatrace: ['dynatrace.com'],
  'Sumo Logic': ['sumologic.com'],
  Rollbar: ['rollbar.com'],
  Opsgenie: ['atlassian.com'],
  Splunk: ['splunk.com'],
  LaunchDarkly: ['launchdarkly.com'],
  PostHog: ['posthog.com'],
  Segment: ['segment.com', 'segmentapis.com'],
  'Better Stack': ['betterstack.com'],
  Airbrake: ['airbrake.io'],
  'Logz.io': ['logz.io'],
  BugSnag: ['bugsnag.com'],
  Axiom: ['axiom.co'],
  Ory: ['ory.sh'],
  Okta: ['okta.com'],
  Auth0: ['auth0.com'],
  Clerk: ['clerk.com'],
  WorkOS: ['workos.com'],
  Stytch: ['stytch.com'],
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
const NO_PROVIDER = new Set(['Generic', 'Dockerfile', 'Private key', 'Database', 'Basic auth', 'JWT', 'Client-side exposure', 'SDK constructor', 'Webhook']);

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
