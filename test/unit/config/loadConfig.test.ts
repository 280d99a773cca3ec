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
  const error = await loadConfig(dir, known).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KeyguardError);
  return error as KeyguardError;
}

describe('loadConfig', () => {
  it('returns the defaults when there is no config', async () => {
    const config = await loadConfig(dir, known);
    expect(config.source).toBeNull();
    expect(config.allowlist.paths).toEqual([]);
  });

  it('reads keyguard.config.json before .keyguardrc.json and package.json', async () => {
    writeFileSync(join(dir, 'keyguard.config.json'), JSON.stringify({ disabledRules: ['aws-access-key-id'] }));
    writeFileSync(join(dir, '.keyguardrc.json'), '{}');
    const config = await loadConfig(dir, known);
    expect(config.source).toBe('keyguard.config.json');
    expect(config.disabledRules).toEqual(['aws-access-key-id']);
  });

  it('reads the "keyguard" key of package.json and fills defaults', async () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', keyguard: { allowlist: { paths: ['fixtures/**'] } } }));
    const config = await loadConfig(dir, known);
    expect(config.source).toContain('package.json');
    expect(config.allowlist).toEqual({ paths: ['fixtures/**'], regexes: [], stopwords: [] });
  });

  it('ignores a package.json without a "keyguard" key', async () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x' }));
    expect((await loadConfig(dir, known)).source).toBeNull();
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

describe('makeAllowlist', () => {
  it('matches path globs (dot files included), regexes and stop-words', () => {
    const allow = makeAllowlist({ source: 'x', disabledRules: [], allowlist: { paths: ['fixtures/**'], regexes: ['^TESTONLY'], stopwords: ['Dummy'] } });
    expect(allow.pathAllowed('fixtures/a/.env')).toBe(true);
    expect(allow.pathAllowed('src/.env')).toBe(false);
    expect(allow.secretAllowed('TESTONLY-123')).toBe(true);
    expect(allow.secretAllowed('abc-dummy-def')).toBe(true);
    expect(allow.secretAllowed('something-else')).toBe(false);
  });
});
