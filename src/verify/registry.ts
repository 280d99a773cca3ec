import type { Verifier } from './types.js';
import { aiVerifiers } from './verifiers/ai.js';
import { awsVerifiers } from './verifiers/aws.js';
import { cloudVerifiers } from './verifiers/cloud.js';
import { devPlatformVerifiers } from './verifiers/devPlatforms.js';
import { messagingVerifiers } from './verifiers/messaging.js';
import { saasVerifiers } from './verifiers/saas.js';

/** Built-in rule id → its verifier (docs/verify.md lists them). A rule not here is `unknown`: no live check. */
export const VERIFIERS: ReadonlyMap<string, Verifier> = new Map(
  Object.entries({ ...aiVerifiers, ...devPlatformVerifiers, ...messagingVerifiers, ...saasVerifiers, ...cloudVerifiers, ...awsVerifiers }),
);
