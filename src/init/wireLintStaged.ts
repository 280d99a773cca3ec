import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';
import * as messages from '../messages.js';
import { planLintStagedConfig } from './planLintStaged.js';

type Json = Record<string, unknown>;

/**
 * Add keyguard to the package's existing lint-staged config: the `"lint-staged"` key of
 * package.json first, then `.lintstagedrc.json` (the JSON forms lint-staged reads; JS/YAML configs
 * are left to the user). Returns the file changed, or null when keyguard was already wired in.
 */
export async function wireLintStaged(pkgDir: string): Promise<string | null> {
  const manifestPath = join(pkgDir, 'package.json');
  const manifest = await readJson(manifestPath);
  const inManifest = manifest['lint-staged'];
  if (isObject(inManifest)) {
    const next = planLintStagedConfig(inManifest);
    if (next !== null) await writeJson(manifestPath, { ...manifest, 'lint-staged': next });
    return next === null ? null : 'package.json';
  }
  const rcPath = join(pkgDir, '.lintstagedrc.json');
  if (!existsSync(rcPath)) throw new KeyguardError('usage', messages.INIT_NO_LINT_STAGED, { hint: messages.INIT_NO_LINT_STAGED_HINT });
  const next = planLintStagedConfig(await readJson(rcPath));
  if (next !== null) await writeJson(rcPath, next);
  return next === null ? null : '.lintstagedrc.json';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJson(path: string): Promise<Json> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    parsed = undefined;
  }
  if (isObject(parsed)) return parsed;
  throw new KeyguardError('usage', messages.initBadPackageJson(path));
}

/** Keep the file's indentation (what `npm pkg set` does too). */
async function writeJson(path: string, value: Json): Promise<void> {
  const indent = /^[ \t]+/m.exec(await readFile(path, 'utf8'))?.[0] ?? '  ';
  await writeFile(path, `${JSON.stringify(value, null, indent)}\n`);
}
