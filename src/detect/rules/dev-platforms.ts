/**
 * Developer platforms: CI, registries, code quality, SaaS APIs (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';
import { airtableRules } from './airtable.js';
import { algoliaRules } from './algolia.js';
import { asanaRules } from './asana.js';
import { bitbucketRules } from './bitbucket.js';
import { buildkiteRules } from './buildkite.js';
import { circleciRules } from './circleci.js';
import { codecovRules } from './codecov.js';
import { contentfulRules } from './contentful.js';
import { cratesIoRules } from './crates-io.js';
import { figmaRules } from './figma.js';
import { jfrogRules } from './jfrog.js';
import { mapboxRules } from './mapbox.js';
import { nugetRules } from './nuget.js';
import { rubygemsRules } from './rubygems.js';
import { sanityRules } from './sanity.js';
import { snykRules } from './snyk.js';
import { sonarRules } from './sonar.js';

export const devPlatformRules: readonly Rule[] = [
  ...bitbucketRules,
  ...circleciRules,
  ...buildkiteRules,
  ...snykRules,
  ...sonarRules,
  ...codecovRules,
  ...jfrogRules,
  ...nugetRules,
  ...rubygemsRules,
  ...cratesIoRules,
  ...figmaRules,
  ...airtableRules,
  ...asanaRules,
  ...contentfulRules,
  ...sanityRules,
  ...algoliaRules,
  ...mapboxRules,
];
