/**
 * Infrastructure and hosting services (issue 12 point 3): one file per provider, listed here.
 */
import type { Rule } from '../types.js';
import { alibabaRules } from './alibaba.js';
import { clojarsRules } from './clojars.js';
import { cloudflareRules } from './cloudflare.js';
import { cloudsmithRules } from './cloudsmith.js';
import { definedNetworkingRules } from './definednetworking.js';
import { dockerhubRules } from './dockerhub.js';
import { droneciRules } from './droneci.js';
import { fastlyRules } from './fastly.js';
import { flyioRules } from './flyio.js';
import { harnessRules } from './harness.js';
import { hetznerRules } from './hetzner.js';
import { ibmRules } from './ibm.js';
import { infracostRules } from './infracost.js';
import { linodeRules } from './linode.js';
import { ngrokRules } from './ngrok.js';
import { octopusRules } from './octopus.js';
import { openshiftRules } from './openshift.js';
import { prefectRules } from './prefect.js';
import { pulumiRules } from './pulumi.js';
import { railwayRules } from './railway.js';
import { renderRules } from './render.js';
import { scalewayRules } from './scaleway.js';
import { scalingoRules } from './scalingo.js';
import { sourcegraphRules } from './sourcegraph.js';
import { tailscaleRules } from './tailscale.js';
import { travisciRules } from './travisci.js';
import { vultrRules } from './vultr.js';
import { zerotierRules } from './zerotier.js';

export const infrastructureRules: readonly Rule[] = [
  ...cloudflareRules,
  ...dockerhubRules,
  ...pulumiRules,
  ...flyioRules,
  ...renderRules,
  ...railwayRules,
  ...tailscaleRules,
  ...fastlyRules,
  ...linodeRules,
  ...vultrRules,
  ...hetznerRules,
  ...scalewayRules,
  ...alibabaRules,
  ...ibmRules,
  ...ngrokRules,
  ...harnessRules,
  ...octopusRules,
  ...infracostRules,
  ...scalingoRules,
  ...definedNetworkingRules,
  ...openshiftRules,
  ...zerotierRules,
  ...cloudsmithRules,
  ...travisciRules,
  ...droneciRules,
  ...sourcegraphRules,
  ...prefectRules,
  ...clojarsRules,
];
