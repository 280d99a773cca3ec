/**
 * The hygiene rules (issue 5) beyond the shared table test: the Dockerfile rule's path filter,
 * and that a recognised key is reported once, by its own rule, wherever these rules also match.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { DOCKERFILE_PATHS } from '../../../src/detect/rules/dockerfile.js';
import { scan } from '../../../src/detect/scan.js';
import { fakeOpenAiProjectKey, randomFrom } from '../../helpers/fakeKeys.js';

const opaque = () => `${randomFrom('abcdefghjkmnpqrstuvwxyz', 5)}-${randomFrom('23456789', 6)}`;
const ids = (text: string, path?: string) => scan(text, builtinRules, { inlineAllow: false, path }).map((f) => f.ruleId);

describe('Dockerfile paths', () => {
  it.each(['Dockerfile', 'docker/Dockerfile', 'Dockerfile.prod', 'api.Dockerfile', 'Containerfile', 'build/dockerfile'])('%s is a Dockerfile', (path) => {
    expect(DOCKERFILE_PATHS.test(path)).toBe(true);
  });

  it.each(['Dockerfile.md/notes.txt', 'docs/dockerfile-guide.md', 'src/Dockerfiles.ts', '.dockerignore', 'docker-compose.yml'])('%s is not', (path) => {
    expect(DOCKERFILE_PATHS.test(path)).toBe(false);
  });

  it('runs the Dockerfile rule only on Dockerfiles, never on an unknown path', () => {
    const text = `FROM node:20\nENV BILLING_API_TOKEN=${opaque()}\n`;
    expect(ids(text, 'Dockerfile')).toEqual(['dockerfile-secret-env']);
    expect(ids(text, 'docs/setup.md')).toEqual([]);
    expect(ids(text)).toEqual([]);
  });

  it('leaves a recognised key to its own rule', () => {
    const text = `FROM node:20\nENV OPENAI_API_KEY=${fakeOpenAiProjectKey()}\n`;
    expect(ids(text, 'Dockerfile')).toEqual(['openai-project-key']);
  });
});

describe('client-side exposure and SDK constructors', () => {
  it('warns once on a public-prefixed secret and on dangerouslyAllowBrowser', () => {
    const option = ['dangerously', 'AllowBrowser'].join('');
    const findings = scan(`NEXT_PUBLIC_ADMIN_SECRET=${opaque()}\nnew OpenAI({ ${option}: true })`, builtinRules);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['public-env-secret', 'warn'], ['dangerously-allow-browser', 'warn']]);
  });

  // Issue 12: openai-node's own error message names the option inside a string literal; text sets nothing.
  it('reports dangerouslyAllowBrowser where code sets it, not where a string, comment or prose names it', () => {
    const option = ['dangerously', 'AllowBrowser'].join('');
    const text = [
      `throw new Error("In a browser your key is exposed.\\nSet \x60${option}\x60 to \x60true\x60, e.g.\\nnew OpenAI({ apiKey, ${option}: true });");`,
      `// new OpenAI({ apiKey, ${option}: true })`,
      `Set ${option}: true in the options to run it in a browser.`,
      `const client = new OpenAI({ apiKey, ${option}: true });`,
    ].join('\n');
    expect(scan(text, builtinRules).map((f) => [f.ruleId, f.line])).toEqual([['dangerously-allow-browser', 4]]);
  });

  it('leaves a recognised key in a public variable or an SDK constructor to its own rule (blocking)', () => {
    const key = fakeOpenAiProjectKey();
    expect(ids(`NEXT_PUBLIC_OPENAI_API_KEY=${key}`)).toEqual(['openai-project-key']);
    expect(ids(`const client = new OpenAI({ apiKey: "${key}" });`)).toEqual(['openai-project-key']);
  });

  it('warns on a literal of no known format in an SDK constructor', () => {
    const findings = scan(`client = Anthropic(api_key="sk-${randomFrom('0123456789abcdef', 32)}")`, builtinRules);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['sdk-hardcoded-key', 'warn']]);
  });

  // Issue 12: the rule warned on test values (66 of 94 false findings on real SDK repositories).
  it.each(['parent-key', 'sk-explicit', 'something1234', 'sk-synthetic-client-key', 'safe-client-key', 'azure-key', opaque()])(
    'leaves the test value %s alone',
    (value) => {
      expect(ids(`const client = new OpenAI({ apiKey: '${value}' });`)).toEqual([]);
    },
  );

  it('blocks a random mixed-case 32+ character token passed as apiKey, as the generic rule would', () => {
    // Upper case, lower case and a digit for sure: the generic rule's "clearly generated" (genericShape.ts).
    const token = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789'].map((a) => randomFrom(a, 1)).join('') +
      randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 37);
    const findings = scan(`const client = new OpenAI({ apiKey: "${token}" });`, builtinRules);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['sdk-hardcoded-key', 'block']]);
  });
});
