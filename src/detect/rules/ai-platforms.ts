/**
 * AI platforms beyond the LLM APIs in saas.ts (issue 12 point 3): one file per provider, listed here.
 * Rules whose prefix is ordinary text (`sk_`, `sk-`, `pa-`, `fc-`, `fw_`, `as-`, `key_`) require the
 * provider's name nearby; OpenAI's and Stripe's rules come earlier in index.ts and keep their spans.
 */
import type { Rule } from '../types.js';
import { ai21Rules } from './ai21.js';
import { assemblyaiRules } from './assemblyai.js';
import { cartesiaRules } from './cartesia.js';
import { cerebrasRules } from './cerebras.js';
import { clarifaiRules } from './clarifai.js';
import { deepgramRules } from './deepgram.js';
import { elevenlabsRules } from './elevenlabs.js';
import { exaRules } from './exa.js';
import { falRules } from './fal.js';
import { firecrawlRules } from './firecrawl.js';
import { fireworksRules } from './fireworks.js';
import { heliconeRules } from './helicone.js';
import { jinaRules } from './jina.js';
import { langfuseRules } from './langfuse.js';
import { langsmithRules } from './langsmith.js';
import { llamacloudRules } from './llamacloud.js';
import { modalRules } from './modal.js';
import { nvidiaRules } from './nvidia.js';
import { pineconeRules } from './pinecone.js';
import { qdrantRules } from './qdrant.js';
import { runwayRules } from './runway.js';
import { stabilityRules } from './stability.js';
import { tavilyRules } from './tavily.js';
import { togetherRules } from './together.js';
import { voyageRules } from './voyage.js';
import { wandbRules } from './wandb.js';
import { weaviateRules } from './weaviate.js';
import { zillizRules } from './zilliz.js';

export const aiPlatformRules: readonly Rule[] = [
  ...elevenlabsRules,
  ...togetherRules,
  ...fireworksRules,
  ...pineconeRules,
  ...langsmithRules,
  ...cerebrasRules,
  ...assemblyaiRules,
  ...deepgramRules,
  ...voyageRules,
  ...jinaRules,
  ...wandbRules,
  ...stabilityRules,
  ...falRules,
  ...nvidiaRules,
  ...weaviateRules,
  ...qdrantRules,
  ...tavilyRules,
  ...exaRules,
  ...firecrawlRules,
  ...langfuseRules,
  ...llamacloudRules,
  ...cartesiaRules,
  ...heliconeRules,
  ...clarifaiRules,
  ...runwayRules,
  ...modalRules,
  ...ai21Rules,
  ...zillizRules,
];
