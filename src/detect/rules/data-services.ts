/**
 * Data services: warehouses, hosted databases, search, streaming (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';
import { confluentRules } from './confluent.js';
import { elasticRules } from './elastic.js';
import { mongodbAtlasRules } from './mongodb-atlas.js';
import { neonRules } from './neon.js';
import { planetscaleRules } from './planetscale.js';
import { redisCloudRules } from './redis-cloud.js';
import { snowflakeRules } from './snowflake.js';
import { upstashRules } from './upstash.js';

export const dataServiceRules: readonly Rule[] = [
  ...snowflakeRules,
  ...mongodbAtlasRules,
  ...planetscaleRules,
  ...neonRules,
  ...upstashRules,
  ...elasticRules,
  ...confluentRules,
  ...redisCloudRules,
];
