/**
 * Drone CI personal tokens (https://docs.drone.io/cli/setup/; gitleaks droneci.go, trufflehog
 * droneci, kingfisher droneci.yml): 32 alphanumerics with no prefix, so only a value right after a
 * Drone token label counts (`DRONE_TOKEN=`). Drone is self-hosted: the token is rotated on the
 * user's own server (its account page), which the CLI setup page explains. No checksum. No real
 * token found in public code (placeholders and indirections only); the shape is the peers'.
 */
import type { Rule } from '../types.js';
import { infraLabelledRule } from './infraLabels.js';
import { CLASS } from './pattern.js';
import { ALPHABET } from './sampleKit.js';

export const droneciRules: readonly Rule[] = [
  infraLabelledRule({
    id: 'droneci-access-token',
    provider: 'Drone CI',
    description: 'Drone CI personal token',
    words: [['drone'], ['', 'ci'], ['', 'api', 'access', 'personal'], ['token']],
    keywords: ['drone'],
    body: `${CLASS.base62}{32}`,
    validation: '32 alphanumerics labelled as a Drone token (no prefix, no checksum)',
    remediation: { revokeUrl: 'https://docs.drone.io/cli/setup/', envVar: 'DRONE_TOKEN' },
    sampleSecret: (r) => r.chars(32, ALPHABET.base62),
    contexts: (token) => [`export DRONE_SERVER=https://drone.example.com\nexport DRONE_TOKEN=${token}`],
    negatives: (token) => [`DRONE_BUILD_NUMBER=${token}`],
  }),
];
