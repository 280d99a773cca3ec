/**
 * One representative key per rule family, placed where keys really get committed: each of 16
 * file formats yields exactly one finding, of that family's rule, at the line and column where the
 * key starts (computed here independently of the scanner). Keys are generated at run time.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { pemBlock } from '../../../src/detect/rules/pemArmor.js';
import { ALPHABET, seededRandom } from '../../../src/detect/rules/sampleKit.js';
import { scan } from '../../../src/detect/scan.js';
import { awsKeyId, githubPat, openaiProjectKey } from './fixtures.js';

/** The secret as written inside a string literal: raw newlines, `\n` escapes, or `\\n` in JSON-in-JSON. */
interface Literal {
  readonly raw: string;
  readonly escaped: string;
  readonly escapedTwice: string;
}

interface Names {
  readonly env: string;
  readonly camel: string;
  readonly snake: string;
}

interface Family {
  readonly ruleId: string;
  readonly names: Names;
  readonly value: Literal;
  /** Where the finding starts: the key itself, a PEM's BEGIN line, a URL's password. */
  readonly anchor: string;
  /** Formats that make no sense for this family (a PEM block inside a URL). */
  readonly skip?: readonly string[];
}

const single = (text: string): Literal => ({ raw: text, escaped: text, escapedTwice: text });
const names = (env: string, camel: string): Names => ({ env, camel, snake: env.toLowerCase() });

const FORMATS: Record<string, (v: Literal, n: Names) => string> = {
  env: (v, n) => `# production\nNODE_ENV=production\n${n.env}="${v.raw}"\n`,
  json: (v, n) => `{\n  "name": "svc",\n  "${n.camel}": "${v.escaped}"\n}`,
  yaml: (v, n) => `service:\n  name: svc\n  ${n.snake}: "${v.escaped}"\n`,
  typescript: (v, n) => `export const config = {\n  ${n.camel}: \`${v.raw}\`,\n};`,
  python: (v, n) => `import os\n\n${n.env} = """${v.raw}"""\n`,
  go: (v, n) => `package main\n\nconst ${n.camel} = \`${v.raw}\`\n`,
  java: (v, n) => `class Config {\n  static final String ${n.env} = """\n${v.raw}""";\n}`,
  csharp: (v, n) => `public static class Config {\n  public const string ${n.camel} = @"${v.raw}";\n}`,
  xml: (v, n) => `<configuration>\n  <${n.camel}>${v.raw}</${n.camel}>\n</configuration>`,
  hcl: (v, n) => `resource "svc" "main" {\n  ${n.snake} = <<EOT\n${v.raw}\nEOT\n}`,
  properties: (v, n) => `# application.properties\napp.${n.snake.replaceAll('_', '-')}=${v.escaped}\n`,
  shell: (v, n) => `#!/bin/sh\nexport ${n.env}="${v.raw}"\nexec ./svc\n`,
  dockerfile: (v, n) => `FROM node:20\nENV ${n.env}="${v.escaped}"\nRUN npm ci\n`,
  markdown: (v, n) => `## Try it\n\n\`\`\`sh\ncurl https://api.acme-corp.io/v1 -H "X-Api-Key: ${v.escaped}" # ${n.env}\n\`\`\`\n`,
  notebook: (v, n) => `{"cells": [{"source": ["import os\\n", "os.environ[\\"${n.env}\\"] = \\"${v.escapedTwice}\\"\\n"]}]}`,
  url: (v, n) => `see https://console.acme-corp.io/v1/run?${n.snake}=${v.raw}&debug=1 for details`,
};

function families(): Family[] {
  const r = seededRandom('contexts.test');
  const pem = pemBlock('PRIVATE KEY', `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${r.chars(1560, ALPHABET.base64)}`.match(/.{1,64}/g) ?? []);
  const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const jwt = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment({ sub: r.chars(12, ALPHABET.base62), exp: 4_102_444_800 })}.${r.chars(43, ALPHABET.base64url)}`;
  const password = r.chars(22, ALPHABET.base62);
  const generic = r.chars(30, ALPHABET.base62) + '42';
  const anthropic = 'sk-ant-' + 'api03-' + r.chars(93, ALPHABET.base64url) + 'AA';
  const key = (ruleId: string, value: string, n: Names): Family => ({ ruleId, names: n, value: single(value), anchor: value });
  return [
    key('openai-project-key', openaiProjectKey(), names('OPENAI_API_KEY', 'openaiApiKey')),
    key('anthropic-api-key', anthropic, names('ANTHROPIC_API_KEY', 'anthropicApiKey')),
    key('github-personal-access-token', githubPat(), names('GITHUB_TOKEN', 'githubToken')),
    key('aws-access-key-id', awsKeyId(), names('AWS_ACCESS_KEY_ID', 'awsAccessKeyId')),
    key('jwt', jwt, names('SESSION_TOKEN', 'sessionToken')),
    key('generic-secret-assignment', generic, names('SERVICE_API_KEY', 'serviceApiKey')),
    {
      ruleId: 'database-connection-url',
      names: names('DATABASE_URL', 'databaseUrl'),
      value: single(`postgres://svc:${password}@db-1.acme-corp.io:5432/app`),
      anchor: password,
    },
    {
      ruleId: 'private-key',
      names: names('TLS_PRIVATE_KEY', 'tlsPrivateKey'),
      value: { raw: pem.join('\n'), escaped: pem.join('\\n'), escapedTwice: pem.join('\\\\n') },
      anchor: pem[0] ?? '',
      skip: ['url'],
    },
  ];
}

/** 1-based line and UTF-16 column of `index`, counted here rather than by the scanner. */
function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

const cases = families().flatMap((family) =>
  Object.entries(FORMATS)
    .filter(([format]) => !(family.skip ?? []).includes(format))
    .map(([format, render]) => [family.ruleId, format, render(family.value, family.names), family.anchor] as const),
);

describe('keys in real file formats', () => {
  it('covers every family in 15+ formats', () => {
    expect(new Set(cases.map(([id]) => id)).size).toBe(8);
    expect(cases.length).toBeGreaterThanOrEqual(8 * 15);
    for (const [id] of cases) expect(builtinRules.some((rule) => rule.id === id)).toBe(true);
  });

  it.each(cases)('%s in %s: exactly one finding at the key', (ruleId, _format, text, anchor) => {
    const index = text.indexOf(anchor);
    expect(index).toBeGreaterThanOrEqual(0);
    const findings = scan(text, builtinRules, { inlineAllow: false });
    expect(findings.map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column }))).toEqual([{ ruleId, ...position(text, index) }]);
    expect(findings[0]?.secret.startsWith(anchor)).toBe(true);
  });
});
