/**
 * Redis Cloud (Redis Ltd., formerly Redis Labs) database URLs
 * (https://redis.io/docs/latest/operate/rc/databases/connect/): hosts under `redis-cloud.com`
 * (`redis-12345.c1.us-east-1-2.ec2.redns.redis-cloud.com`) or the older `redislabs.com`
 * (`….cloud.redislabs.com`). The password is the database user's, rotated in the console's
 * data-access settings. See hostedRedis.ts.
 */
import type { Rule } from '../types.js';
import { hostedRedisRule } from './hostedRedis.js';

export const redisCloudRules: readonly Rule[] = [
  hostedRedisRule({
    id: 'redis-cloud-url',
    provider: 'Redis Cloud',
    description: 'Redis Cloud database URL with a password',
    domains: String.raw`redis-cloud\.com|redislabs\.com`,
    keywords: ['redis-cloud.com', 'redislabs.com'],
    remediation: {
      revokeUrl: 'https://redis.io/docs/latest/operate/rc/security/access-control/data-access-control/',
      usageUrl: 'https://redis.io/docs/latest/operate/rc/databases/monitor-performance/',
      envVar: 'REDIS_URL',
    },
    sampleHost: 'redis-12345.c1.us-east-1-2.ec2.redns.redis-cloud.com:12345',
  }),
];
