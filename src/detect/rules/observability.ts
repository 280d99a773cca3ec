/**
 * Observability and monitoring services (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';
import { airbrakeRules } from './airbrake.js';
import { axiomRules } from './axiom.js';
import { betterstackRules } from './betterstack.js';
import { bugsnagRules } from './bugsnag.js';
import { datadogRules } from './datadog.js';
import { dynatraceRules } from './dynatrace.js';
import { grafanaRules } from './grafana.js';
import { honeycombRules } from './honeycomb.js';
import { launchdarklyRules } from './launchdarkly.js';
import { logzioRules } from './logzio.js';
import { newrelicRules } from './newrelic.js';
import { opsgenieRules } from './opsgenie.js';
import { pagerdutyRules } from './pagerduty.js';
import { posthogRules } from './posthog.js';
import { rollbarRules } from './rollbar.js';
import { segmentRules } from './segment.js';
import { sentryRules } from './sentry.js';
import { splunkRules } from './splunk.js';
import { sumologicRules } from './sumologic.js';

export const observabilityRules: readonly Rule[] = [
  ...sentryRules,
  ...datadogRules,
  ...newrelicRules,
  ...grafanaRules,
  ...honeycombRules,
  ...pagerdutyRules,
  ...dynatraceRules,
  ...sumologicRules,
  ...rollbarRules,
  ...opsgenieRules,
  ...splunkRules,
  ...launchdarklyRules,
  ...posthogRules,
  ...segmentRules,
  ...betterstackRules,
  ...airbrakeRules,
  ...logzioRules,
  ...bugsnagRules,
  ...axiomRules,
];
