import { readFile, writeFile } from 'node:fs/promises';
import { KeyguardError } from '../errors.js';
import * as messages from '../messages.js';

export type Manifest = Record<string, unknown>;

/** A package.json as an object; anything else is a usage error naming the file. */
export async function readManifest(path: string): Promise<Manifest> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Manifest;
  } catch {
    // fall through to the error below
  }
  throw new KeyguardError('usage', messages.initBadPackageJson(path));
}

/** Keep the file's indentation (what `npm pkg set` does too). */
export async function writeManifest(path: string, manifest: Manifest): Promise<void> {
  const indent = /^[ \t]+/m.exec(await readFile(path, 'utf8'))?.[0] ?? '  ';
  await writeFile(path, `${JSON.stringify(manifest, null, indent)}\n`);
}

/** A package the project depends on (dependencies or devDependencies), whatever its version. */
export function dependsOn(manifest: Manifest, name: string): boolean {
  return [manifest.dependencies, manifest.devDependencies].some((deps) => typeof deps === 'object' && deps !== null && name in deps);
}
