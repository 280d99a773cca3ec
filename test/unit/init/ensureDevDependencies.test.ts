import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { ensureDevDependencies, HUSKY_RANGE, missingDevDependencies, withDevDependencies } from '../../../src/init/ensureDevDependencies.js';

const KEYGUARD = { name: 'keyguard', range: `^${pkg.version}` };
const HUSKY = { name: 'husky', range: HUSKY_RANGE };

describe('missingDevDependencies', () => {
  it('wants keyguard and husky in a bare project (init run through npx or a global keyguard)', () => {
    expect(missingDevDependencies({ name: 'app' }, true)).toEqual([KEYGUARD, HUSKY]);
  });
  it('counts dependencies and devDependencies, whatever the version', () => {
    expect(missingDevDependencies({ dependencies: { husky: 'latest' }, devDependencies: { keyguard: 'file:../kg.tgz' } }, true)).toEqual([]);
  });
  it('wants no husky beside a team\'s own core.hooksPath, and no keyguard in keyguard itself', () => {
    expect(missingDevDependencies({ name: 'app' }, false)).toEqual([KEYGUARD]);
    expect(missingDevDependencies({ name: 'keyguard', devDependencies: { husky: '^9' } }, true)).toEqual([]);
  });
  it('asks for the husky keyguard is built and tested with', () => {
    expect(HUSKY_RANGE).toBe(pkg.devDependencies.husky);
  });
});

describe('withDevDependencies', () => {
  it('adds to devDependencies in name order, keeping every other field', () => {
    const next = withDevDependencies({ name: 'app', devDependencies: { zod: '^4', esbuild: '^0.28' } }, [KEYGUARD, HUSKY]);
    expect(next.name).toBe('app');
    expect(Object.keys(next.devDependencies as object)).toEqual(['esbuild', 'husky', 'keyguard', 'zod']);
  });
});

describe('ensureDevDependencies --no-install', () => {
  it('writes the missing packages into package.json (same indentation) and says to install them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyguard-deps-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{\n    "name": "app"\n}\n');
      writeFileSync(join(dir, 'pnpm-lock.yaml'), '');
      const changes = await ensureDevDependencies(join(dir, 'package.json'), dir, { install: false, husky: true });
      expect(changes).toEqual([expect.stringContaining(`added keyguard@^${pkg.version} and husky@${HUSKY_RANGE} to devDependencies`)]);
      expect(changes[0]).toContain('run "pnpm install" before your next commit');
      expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(
        `{\n    "name": "app",\n    "devDependencies": {\n        "husky": "${HUSKY_RANGE}",\n        "keyguard": "^${pkg.version}"\n    }\n}\n`,
      );
      expect(await ensureDevDependencies(join(dir, 'package.json'), dir, { install: false, husky: true })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
