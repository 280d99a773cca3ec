/**
 * The built-in rule set, one explicit list. Order matters: when two rules report the same span,
 * the earlier one wins (scan.ts), so specific rules come before general ones.
 */
import type { Rule } from '../types.js';
import { anthropicRules } from './anthropic.js';
import { awsRules } from './aws.js';
import { githubRules } from './github.js';
import { openaiRules } from './openai.js';
import { privateKeyRules } from './private-keys.js';
import { saasRules } from './saas.js';
import { observabilityRules } from './observability.js';
import { identityRules } from './identity.js';
import { infrastructureRules } from './infrastructure.js';
import { aiPlatformRules } from './ai-platforms.js';
import { paymentRules } from './payments.js';
import { messagingRules } from './messaging.js';
import { devPlatformRules } from './dev-platforms.js';
import { dataServiceRules } from './data-services.js';
// @@ imports: saas (keep this line; add imports above it)
import { cloudRules } from './cloud.js';
// @@ imports: cloud (keep this line; add imports above it)
import { jwtRules } from './jwt.js';
import { privateKeyContainerRules } from './private-key-containers.js';
import { credentialUrlRules } from './credential-urls.js';
import { curlCredentialRules } from './curl-credentials.js';
import { githubOauthBasicRules } from './github-oauth-basic.js';
import { genericRules } from './generic.js';
import { dockerfileRules } from './dockerfile.js';
import { clientExposureRules } from './client-exposure.js';
import { sdkConstructorRules } from './sdk-constructors.js';
import { withTokenReach } from './patternReach.js';
// @@ imports: structured (keep this line; add imports above it)

export const builtinRules: readonly Rule[] = [
  ...openaiRules,
  ...anthropicRules,
  ...githubRules,
  ...awsRules,
  ...privateKeyRules,
  ...saasRules,
  ...observabilityRules,
  ...identityRules,
  ...infrastructureRules,
  ...aiPlatformRules,
  ...paymentRules,
  ...messagingRules,
  ...devPlatformRules,
  ...dataServiceRules,
  // @@ rules: saas (keep this line; add entries above it)
  ...cloudRules,
  // @@ rules: cloud (keep this line; add entries above it)
  ...jwtRules,
  ...privateKeyContainerRules,
  ...credentialUrlRules,
  ...curlCredentialRules,
  ...githubOauthBasicRules,
  ...genericRules,
  // Hygiene (issue 5): after the generic rules, which they supersede or yield to (see each file).
  ...dockerfileRules,
  ...clientExposureRules,
  ...sdkConstructorRules,
  // @@ rules: structured, general rules last (keep this line; add entries above it)
  // Token rules whose prefixes hold a keyword run only near it (patternReach.ts).
].map(withTokenReach);

