/**
 * Cloud, infrastructure and package-registry rules, in the order builtinRules lists them (index.ts).
 * Specific before general within the family: identifiable Azure keys and routable GitLab tokens are
 * unambiguous; label-bound rules (AWS secret key, legacy Heroku/Vercel/Vault/ADO) only fire in context.
 */
import type { Rule } from '../types.js';
import { awsBedrockRules } from './aws-bedrock.js';
import { awsSecretRules } from './aws-secret.js';
import { azureDevopsRules } from './azure-devops.js';
import { azureEntraRules } from './azure-entra.js';
import { azureKeyRules } from './azure-keys.js';
import { azureServiceRules } from './azure-services.js';
import { databricksRules } from './databricks.js';
import { digitaloceanRules } from './digitalocean.js';
import { dopplerRules } from './doppler.js';
import { firebaseRules } from './firebase.js';
import { gcpRules } from './gcp.js';
import { gitlabRoutableRules } from './gitlab-routable.js';
import { gitlabRules } from './gitlab.js';
import { herokuRules } from './heroku.js';
import { netlifyRules } from './netlify.js';
import { npmRules } from './npm.js';
import { onePasswordRules } from './onepassword.js';
import { pypiRules } from './pypi.js';
import { supabaseRules } from './supabase.js';
import { terraformCloudRules } from './terraform-cloud.js';
import { vaultRules } from './vault.js';
import { vercelRules } from './vercel.js';

export const cloudRules: readonly Rule[] = [
  ...gcpRules,
  ...awsSecretRules,
  ...awsBedrockRules,
  ...azureKeyRules,
  ...azureEntraRules,
  ...azureServiceRules,
  ...azureDevopsRules,
  ...gitlabRoutableRules,
  ...gitlabRules,
  ...npmRules,
  ...pypiRules,
  ...digitaloceanRules,
  ...herokuRules,
  ...vercelRules,
  ...netlifyRules,
  ...supabaseRules,
  ...firebaseRules,
  ...databricksRules,
  ...dopplerRules,
  ...onePasswordRules,
  ...vaultRules,
  ...terraformCloudRules,
];
