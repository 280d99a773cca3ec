import { workTreeFiles } from '../../../src/config/repoFiles.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { makeAllowlist } from '../../../src/config/allowlist.js';
import { KeyguardError } from '../../../src/errors.js';

const known = new Set(['openai-project-key', 'aws-access-key-id']);
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'keyguard-config-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function loadError(): Promise<KeyguardError> {
  const error = await loadConfig(workTreeFiles(dir), known).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KeyguardError);
  return error as KeyguardError;
}

describe('loadConfig', () => {
  it('returns the defaults when there is no config', async () => {
    const config = await loadConfig(workTreeFiles(dir), known);
    expect(config.source).toBeNull();
    expect(config.allowlist.paths).toEqual([]);
  });

  it('reads keyguard.config.json before .keyguardrc.json and package.json', async () => {
    writeFileSync(join(dir, 'keyguard.config.json'), JSON.stringify({ disabledRules: ['aws-access-key-id'] }));
    writeFileSync(join(dir, '.keyguardrc.json'), '{}');
    const config = await loadConfig(workTreeFiles(dir), known);
    expect(config.source).toBe('keyguard.config.json');
    expect(config.disabledRules).toEqual(['aws-access-key-id']);
  });

  it('reads the "keyguard" key of package.json and fills defaults', async () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', keyguard: { allowlist: { paths: ['fixtures/**'] } } }));
    const config = await loadConfig(workTreeFiles(dir), known);
    expect(config.source).toContain('package.json');
    expect(config.allowlist).toEqual({ paths: ['fixtures/**'], regexes: [], stopwords: [] });
  });

  it('ignores a package.json without a "keyguard" key', async () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x' }));
    expect((await loadConfig(workTreeFiles(dir), known)).source).toBeNull();
  });

  it('names the file, the key path and what was expected', async () => {
    writeFileSync(join(dir, '.keyguardrc.json'), JSON.stringify({ allowlist: { paths: ['ok', 42] } }));
    const error = await loadError();
    expect(error.code).toBe('config');
    expect(error.message).toContain('.keyguardrc.json');
    expect(error.message).toContain('allowlist.paths[1]');
    expect(error.message).toMatch(/expected string/i);
  });

  it('refuses unknown keys (typos must not be ignored silently)', async () => {
    writeFileSync(join(dir, 'keyguard.config.json'), JSON.stringify({ allowList: {} }));
    expect((await loadError()).message).toContain('"allowList"');
  });

  it('reads onUnscannable ("block" | "note"; unset means the command\'s default) and refuses anything else', async () => {
    expect((await loadConfig(workTreeFiles(dir), known)).onUnscannable).toBeUndefined();
    writeFileSync(join(dir, 'keyguard.config.json'), JSON.stringify({ onUnscannable: 'note' }));
    expect((await loadConfig(workTreeFiles(dir), known)).onUnscannable).toBe('note');
    writeFileSync(join(dir, 'keyguard.config.json'), JSON.stringify({ onUnscannable: 'skip' }));
    expect((await loadError()).message).toContain('onUnscannable');
  });

  it('refuses a regex that does not compile', async () => {
    writeFileSync(join(dir, 'keyguard.config.json'), JSON.stringify({ allowlist: { regexes: ['(unclosed'] } }));
    expect((await loadError()).message).toContain('allowlist.regexes[0]');
  });

  it('refuses an unknown rule id', async () => {
    writeFileSync(join(dir, 'keyguard.config.json'), JSON.stringify({ disabledRules: ['openai-projekt-key'] }));
    expect((await loadError()).message).toContain('openai-projekt-key');
  });

  it('reports invalid JSON with the file name', async () => {
    writeFileSync(join(dir, 'keyguard.config.json'), '{ "disabledRules": [ }');
    const error = await loadError();
    expect(error.message).toContain('keyguard.config.json');
    expect(error.message).toContain('not valid JSON');
  });
});

describe('custom rules', () => {
  const rule = {
    id: 'acme-api-key', provider: 'Acme', pattern: 'acme_[a-z0-9]{24}', keywords: ['ACME_'],
    remediation: { revokeUrl: 'https://acme.example/keys' },
  };

  it('compiles a valid rule with defaults (block, group 0, lower-case keywords, guessable)', async () => {
    writeFileSync(join(dir, 'keyguard.config.json'), JSON.stringify({ rules: [rule] }));
    const [custom] = (await loadConfig(workTreeFiles(dir), known)).customRules;
    // Its values may be passwords: slow fingerprint, no prefix in the mask (report/fingerprint.ts).
    expect(custom).toMatchObject({ id: 'acme-api-key', severity: 'block', secretGroup: 0, keywords: ['acme_'], guessable: true });
    expect(custom?.pattern.flags).toContain('g');
    expect(custom?.lineWindow).toBe(1024); // what one match attempt may read (lineWindows.ts)
  });

  it('accepts a pattern without nested quantifiers, an alternation inside a group included', async () => {
    writeFileSync(join(dir, 'keyguard.config.json'), JSON.stringify({ rules: [{ ...rule, pattern: String.raw`\bacme_(?:live|test)_[0-9a-f]{40}\b` }] }));
    expect((await loadConfig(workTreeFiles(dir), known)).customRules).toHaveLength(1);
  });

  it.each([
    [{ pattern: '(unclosed' }, 'rules[0].pattern'],
    [{ pattern: 'a*' }, 'can match the empty string'],
    [{ id: 'Acme Key' }, 'kebab-case'],
    [{ severity: 'fatal' }, 'rules[0].severity'],
    [{ remediation: { revokeUrl: 'not a url' } }, 'rules[0].remediation.revokeUrl'],
    [{ secretGroup: 2 }, 'no group 2'],
    [{ id: 'openai-project-key' }, 'built-in rule id'],
    [{ extra: true }, '"extra"'],
    // Catastrophic backtracking (issue 10, item 13): the rule and the reason are named.
    [{ pattern: 'acme_(a+)+$' }, 'rules[0].pattern (rule "acme-api-key"): the pattern can backtrack catastrophically'],
    [{ pattern: 'acme_(?:[a-z]{4}-){3}' }, 'quantifier inside a quantified group'],
  ])('refuses %j', async (change, expected) => {
    writeFileSync(join(dir, 'keyguard.config.json'), JSON.stringify({ rules: [{ ...rule, ...change }] }));
    const error = await loadError();
    expect(error.message).toContain('keyguard.config.json');
    expect(error.message).toContain(expected);
  });
});

describe('makeAllowlist', () => {
  it('matches path globs (dot files included), regexes and stop-words', () => {
    const allow = makeAllowlist({ source: 'x', disabledRules: [], customRules: [], allowlist: { paths: ['fixtures/**'], regexes: ['^TESTONLY'], stopwords: ['Dummy'] } });
    expect(allow.pathAllowed('fixtures/a/.env')).toBe(true);
    expect(allow.pathAllowed('src/.env')).toBe(false);
    expect(allow.secretAllowed('TESTONLY-123')).toBe(true);
    expect(allow.secretAllowed('abc-dummy-def')).toBe(true);
    expect(allow.secretAllowed('something-else')).toBe(false);
  });
});
