/**
 * docs/rules.md is generated from `keyguard rules --format json` (scripts/rulesDoc.mjs): a rule
 * added without regenerating it fails here, so the reference never lags the detector.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const check = (root: string) => spawnSync(process.execPath, [join(root, 'scripts/rulesDoc.mjs'), '--check'], { encoding: 'utf8' });

describe('docs/rules.md', () => {
  it('is up to date with the built-in rules (npm run docs:rules)', () => {
    const run = check(ROOT);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const doc = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    const json = JSON.parse(spawnSync(process.execPath, [join(ROOT, 'dist/cli.cjs'), 'rules', '--format', 'json'], { cwd: tmpdir(), encoding: 'utf8' }).stdout);
    // Every rule id appears, and the headline counts match the CLI's.
    for (const rule of json.rules) expect(doc).toContain(`\`${rule.id}\``);
    expect(doc).toContain(`for ${json.services} services`);
  });

  it('--check fails on a stale copy, naming the command that fixes it', () => {
    const copy = mkdtempSync(join(tmpdir(), 'keyguard-rules-doc-'));
    for (const path of ['scripts/rulesDoc.mjs', 'dist', 'docs/rules.md']) {
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      cpSync(join(ROOT, path), join(copy, path), { recursive: true });
    }
    writeFileSync(join(copy, 'docs/rules.md'), readFileSync(join(copy, 'docs/rules.md'), 'utf8').replace(/\| `[a-z0-9-]+` \|/, '| `renamed-rule` |'));
    const run = check(copy);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run docs:rules');
  });
});
