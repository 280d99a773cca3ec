/** The scanner: positions, contexts, and large inputs. */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/detect/rules/index.js';
import { scan } from '../../../src/detect/scan.js';
import { awsKeyId, githubPat, openaiProjectKey, positionsOf, testRule } from './fixtures.js';

describe('scan', () => {
  it('finds nothing in empty or keyword-free text', () => {
    expect(scan('', builtinRules)).toEqual([]);
    expect(scan('const answer = 42;\n'.repeat(1000), builtinRules)).toEqual([]);
  });

  it('reports 1-based line and column of the secret, sorted by line then column', () => {
    const [aws, gh, oa] = [awsKeyId(), githubPat(), openaiProjectKey()];
    const text = `first line\nKEY=${oa}\n\n  id: ${aws}, token: ${gh}\n${aws}`;
    expect(positionsOf(text, builtinRules)).toEqual([
      { ruleId: 'openai-project-key', line: 2, column: 5 },
      { ruleId: 'aws-access-key-id', line: 4, column: 7 },
      { ruleId: 'github-personal-access-token', line: 4, column: 7 + aws.length + 9 },
      { ruleId: 'aws-access-key-id', line: 5, column: 1 },
    ]);
  });

  it('returns the secret itself and the rule metadata', () => {
    const key = awsKeyId();
    expect(scan(`x=${key}`, builtinRules)).toEqual([
      {
        ruleId: 'aws-access-key-id',
        provider: 'AWS',
        description: expect.any(String),
        severity: 'block',
        line: 1,
        column: 3,
        secret: key,
      },
    ]);
  });

  it('counts columns in UTF-16 code units, as editors do', () => {
    expect(positionsOf(`// 😀 é ${awsKeyId()}`, builtinRules)).toEqual([{ ruleId: 'aws-access-key-id', line: 1, column: 9 }]);
  });

  it('locates the secret group, not the whole match', () => {
    const rule = testRule({ pattern: /key=(tok_[a-z]{12})/g, secretGroup: 1 });
    const [finding] = scan('\n  key=tok_abqxmwyzkplt', [rule]);
    expect(finding).toMatchObject({ line: 2, column: 7, secret: 'tok_abqxmwyzkplt' });
  });

  it('finds keys inside JSON-escaped notebook strings', () => {
    const key = openaiProjectKey();
    const notebook = String.raw`{"source": ["import os\n", "os.environ[\"OPENAI_API_KEY\"] = \"${key}\"\n"]}`;
    expect(positionsOf(notebook, builtinRules).map((f) => f.ruleId)).toEqual(['openai-project-key']);
    // `\n` right before the key: the character before `sk-` is the letter `n`.
    expect(scan(String.raw`"text": "key:\n${key}\n"`, builtinRules).map((f) => f.secret)).toEqual([key]);
  });

  it('finds a key at the end of a long single line (minified file)', () => {
    const key = githubPat();
    const text = `${'var a=1;'.repeat(250_000)}t="${key}"`;
    expect(positionsOf(text, builtinRules)).toEqual([{ ruleId: 'github-personal-access-token', line: 1, column: 2_000_004 }]);
  });

  it('reports thousands of keys on one line, each with its own column', () => {
    const keys = Array.from({ length: 3000 }, awsKeyId);
    const found = positionsOf(keys.join(' '), builtinRules);
    expect(found).toHaveLength(3000);
    expect(found[2999]).toEqual({ ruleId: 'aws-access-key-id', line: 1, column: 2999 * 21 + 1 });
  });
});
