import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The GitHub Action builds dist/ from scripts/action-build/package-lock.json (scripts/actionBuild.sh):
 * the build's dependencies only, which must be exactly those development builds and tests with. A
 * dependency bumped in the root lockfile fails here until the action's lockfile follows
 * (`cd scripts/action-build && npm install --package-lock-only --ignore-scripts` after editing its
 * package.json to the new versions).
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const lock = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { packages: Record<string, { version?: string; integrity?: string }> };

describe("the action's build lockfile", () => {
  const root = lock('package-lock.json').packages;
  const action = lock('scripts/action-build/package-lock.json').packages;

  it('pins every package at the version and integrity of the root package-lock.json', () => {
    for (const [path, entry] of Object.entries(action)) {
      if (path === '') continue;
      expect(root[path], path).toBeDefined();
      expect({ version: entry.version, integrity: entry.integrity }, path).toEqual({ version: root[path]!.version, integrity: root[path]!.integrity });
    }
  });

  it('holds esbuild and every package src/ imports (what the bundle takes in)', () => {
    const imported = new Set(['esbuild']);
    for (const file of readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(join(ROOT, 'src', file), 'utf8').matchAll(/^(?:import|export)\b[^'\n]*from '([^.'][^']*)'/gm)) {
        if (!m[1]!.startsWith('node:')) imported.add(m[1]!);
      }
    }
    expect(imported.size).toBeGreaterThan(3);
    for (const name of imported) expect(action[`node_modules/${name}`], name).toBeDefined();
  });
});
