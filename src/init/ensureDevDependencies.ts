import { readdir } from 'node:fs/promises';
import pkg from '../../package.json' with { type: 'json' };
import * as messages from '../messages.js';
import { dependsOn, type Manifest, readManifest, writeManifest } from './manifest.js';
import { installDevCommand, packageManager, runTool } from './runTool.js';

/**
 * The hooks `init` writes need two packages in the project's own node_modules after every install:
 * husky (the `prepare` script runs it) and keyguard (each hook runs the installed binary). `init`
 * may have been run through a global keyguard or `npx` from the registry, so keyguard itself is not
 * a given. A package only present in node_modules would be gone on the next `npm ci`: what counts is
 * package.json.
 */

/** husky 9's hooks are what `init` writes (one shell line per `.husky/<hook>`, run via `core.hooksPath .husky/_`). */
export const HUSKY_RANGE = '^9.1.7';

export interface DevDependency { readonly name: string; readonly range: string }

/** What the project's package.json lacks; keyguard's own repository needs no keyguard. */
export function missingDevDependencies(manifest: Manifest, needHusky: boolean): DevDependency[] {
  const wanted: DevDependency[] = [{ name: pkg.name, range: `^${pkg.version}` }];
  if (needHusky) wanted.push({ name: 'husky', range: HUSKY_RANGE });
  return wanted.filter((dep) => !dependsOn(manifest, dep.name) && manifest.name !== dep.name);
}

/** `manifest` with `deps` added to devDependencies, sorted by name as npm writes them. */
export function withDevDependencies(manifest: Manifest, deps: readonly DevDependency[]): Manifest {
  const current = typeof manifest.devDependencies === 'object' && manifest.devDependencies !== null ? manifest.devDependencies : {};
  const merged: Record<string, unknown> = { ...current };
  for (const dep of deps) merged[dep.name] = dep.range;
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b, 'en')));
  return { ...manifest, devDependencies: sorted };
}

/**
 * Make sure the next install (and every clone's) has husky and keyguard: install what is missing,
 * or with --no-install write it into devDependencies for the next `npm install` to fetch. Without
 * this, `prepare: husky` made that next install fail ("husky: not found").
 */
export async function ensureDevDependencies(manifestPath: string, pkgDir: string, options: { install: boolean; husky: boolean }): Promise<string[]> {
  const manifest = await readManifest(manifestPath);
  const missing = missingDevDependencies(manifest, options.husky);
  if (missing.length === 0) return [];
  const files = new Set(await readdir(pkgDir));
  const specs = missing.map((dep) => `${dep.name}@${dep.range}`);
  if (options.install) {
    const [cmd, args] = installDevCommand(files, specs);
    runTool(cmd, args, pkgDir);
    return [messages.initInstalled(specs, `${cmd} ${args.join(' ')}`)];
  }
  await writeManifest(manifestPath, withDevDependencies(manifest, missing));
  return [messages.initAddedDevDependencies(specs, `${packageManager(files)} install`)];
}
