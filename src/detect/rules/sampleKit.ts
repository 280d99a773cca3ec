/**
 * Helpers for rules' `samples()`: keys are generated at run time from a seeded generator (same
 * samples on every run, so a failing case reproduces) — never a literal key in the repository,
 * which our own hook and GitHub push protection scan.
 */
import { BASE62_ALPHABET } from '../checksum/base62.js';
import { BASE32_ALPHABET } from '../checksum/base32.js';

export const ALPHABET = {
  base62: BASE62_ALPHABET,
  base64url: `${BASE62_ALPHABET}-_`,
  base64: `${BASE62_ALPHABET}+/`,
  base32: BASE32_ALPHABET,
} as const;

export interface SampleRandom {
  /** `length` characters drawn uniformly from `alphabet`. */
  chars(length: number, alphabet: string): string;
}

/** mulberry32 seeded from an FNV-1a hash of `seed`: small, fast, good enough for test data. */
export function seededRandom(seed: string): SampleRandom {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chars(length, alphabet) {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet.charAt(Math.floor(next() * alphabet.length));
      return out;
    },
  };
}

/**
 * `secret` embedded where keys really turn up. The notebook cases keep JSON escapes as two
 * characters: `\"` around the key, and `\n` right before it (so the character before the key is `n`);
 * the URL-encoded one has `%22` (a quote) right before it.
 */
export function inContexts(secret: string, envVar: string): string[] {
  return [
    `${envVar}=${secret}`,
    `export ${envVar}="${secret}"`,
    `{"api_key": "${secret}", "timeout": 30}`,
    `client = Client(api_key="${secret}")`,
    `const apiKey = '${secret}';`,
    `settings:\n  api_key: '${secret}'\n  retries: 3`,
    `https://api.example.net/v1/run?key=${secret}&debug=1`,
    `GET /v1/search?q=%22${secret}%22 HTTP/1.1`,
    `curl -H "Authorization: Bearer ${secret}" https://api.example.net/v1`,
    String.raw`"source": ["import os\n", "os.environ[\"${envVar}\"] = \"${secret}\"\n"]`,
    String.raw`"text": ["key:\n${secret}\n"]`,
    `<add key="${envVar}" value="${secret}" />`,
    `FROM node:20\nENV ${envVar}=${secret}\nRUN npm ci`,
  ];
}

/** How code refers to a key without containing it: none of these is a finding. */
export function indirections(envVar: string): string[] {
  return [
    `${envVar}=\${${envVar}}`,
    `apiKey: process.env.${envVar},`,
    `key = os.environ["${envVar}"]`,
    `${envVar}=<your-key-here>`,
    `${envVar}=`,
  ];
}

/** Each character of `text` moved one step along `alphabet`: same shape, different value. */
export function shift(text: string, alphabet: string): string {
  return [...text].map((c) => alphabet.charAt((alphabet.indexOf(c) + 1) % alphabet.length)).join('');
}
