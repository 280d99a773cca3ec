import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';
import * as messages from '../messages.js';
import { type Manifest } from './manifest.js';

/**
 * The hooks `init` writes are husky 9 hooks: `prepare: husky` and one shell line per `.husky/<hook>`,
 * run through `core.hooksPath .husky/_`. husky 8 and older read `husky` without a command as "print
 * the usage" and exit 0 (husky 8 bin.js), so every install "succeeded" while no hook was ever
 * activated, and init reported the hooks active. A project pinned to an older husky stops init before
 * it changes anything.
 */
export function assertHusky9(manifest: Manifest, pkgDir: string): void {
  const declared = declaredRange(manifest);
  const installed = installedVersion(pkgDir);
  const old = [declared, installed].find((version) => version !== undefined && majorOf(version) !== null && majorOf(version)! < 9);
  if (old !== undefined) throw new KeyguardError('usage', messages.initOldHusky(old), { hint: messages.INIT_OLD_HUSKY_HINT });
}

/** The leading major version of a plain range (`^8.0.0`, `~8.0.3`, `8.x`, `8`), or null for anything else (`latest`, `>=8`, `file:…`). */
export function majorOf(range: string): number | null {
  const match = /^[\^~=v]*(\d+)(?:\.|$)/.exec(range.trim());
  return match === null ? null : Number(match[1]);
}

function declaredRange(manifest: Manifest): string | undefined {
  for (const deps of [manifest.devDependencies, manifest.dependencies]) {
    if (typeof deps === 'object' && deps !== null && typeof (deps as Record<string, unknown>).husky === 'string') return (deps as Record<string, string>).husky;
  }
  return undefined;
}

function installedVersion(pkgDir: string): string | undefined {
  const path = join(pkgDir, 'node_modules', 'husky', 'package.json');
  if (!existsSync(path)) return undefined;
  try {
    const version: unknown = (JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}
