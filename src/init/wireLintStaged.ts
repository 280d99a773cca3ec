import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KeyguardError } from '../errors.js';
import * as messages from '../messages.js';
import { findLintStagedConfig, lintStagedForm, mentionsKeyguard } from './findLintStagedConfig.js';
import { type Manifest, readManifest, writeManifest } from './manifest.js';
import { planLintStagedConfig } from './planLintStaged.js';

/**
 * Add keyguard to the lint-staged config that lint-staged really reads in this package (see
 * findLintStagedConfig). JSON forms are edited; YAML and JS/TS configs are code or formatting keyguard
 * does not rewrite: unless they already run keyguard, init stops (exit 2) and says the exact entry to
 * add, because a reported success there would be a hook that never runs keyguard. Returns the file
 * changed, or null when keyguard was already wired in.
 */
export async function wireLintStaged(pkgDir: string): Promise<string | null> {
  const manifestPath = join(pkgDir, 'package.json');
  const manifest = await readManifest(manifestPath);
  const present = new Set(await readdir(pkgDir));
  const read = (name: string) => readFile(join(pkgDir, name), 'utf8');
  const yamlKeys = new Set<string>();
  for (const name of ['package.yaml', 'package.yml']) if (present.has(name) && /^lint-staged\s*:/m.test(await read(name))) yamlKeys.add(name);
  const file = findLintStagedConfig(present, (name) => (name === 'package.json' ? Boolean(manifest['lint-staged']) : yamlKeys.has(name)));
  if (file === null) throw new KeyguardError('usage', messages.INIT_NO_LINT_STAGED, { hint: messages.INIT_NO_LINT_STAGED_HINT });
  const text = file === 'package.json' ? '' : await read(file);
  const form = lintStagedForm(file, text);
  if (form === 'package.json') return edit(manifestPath, file, manifest['lint-staged'], (next) => ({ ...manifest, 'lint-staged': next }));
  if (form === 'json') return edit(join(pkgDir, file), file, await readManifest(join(pkgDir, file)), (next) => next);
  if (mentionsKeyguard(text)) return null;
  throw new KeyguardError('usage', messages.initLintStagedByHand(file), { hint: messages.initLintStagedByHandHint(file) });
}

/** Plan keyguard into `config` and write the file (`place` puts the new config in it) when it changes. */
async function edit(path: string, file: string, config: unknown, place: (next: Manifest) => Manifest): Promise<string | null> {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new KeyguardError('usage', messages.initLintStagedByHand(file), { hint: messages.initLintStagedByHandHint(file) });
  }
  const next = planLintStagedConfig(config as Manifest);
  if (next === null) return null;
  await writeManifest(path, place(next));
  return file;
}
