import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as messages from '../messages.js';
import { commandOf } from './hookScript.js';
import { checkHook, type HookSpec } from './planHook.js';

export interface HookFile {
  /** Absolute path, and how messages name it (relative to the git root). */
  readonly path: string;
  readonly shown: string;
  readonly spec: HookSpec;
}

export interface Verification {
  /** One line per hook that reaches keyguard. */
  readonly checked: string[];
  /** The hooks are fine but git does not run them yet (husky activates them on npm install): said, not an error. */
  readonly notes: string[];
  /** A hook that does not reach keyguard, git runs another hooks directory, keyguard not installed: init exits 2. */
  readonly failures: string[];
}

/**
 * After init wrote the hooks: re-read each one and check, statically (planHook.ts checkHook says
 * why not by running it), that it reaches keyguard; that git runs it (`core.hooksPath` is its
 * directory, husky's stub for it exists, a plain hook is executable — git skips one that is not,
 * githooks(5)); and that the binary it starts is installed.
 */
export async function verifyHooks(root: string, hooks: readonly HookFile[], hooksPath: string | null, expectedPath: string): Promise<Verification> {
  const result: Verification = { checked: [], notes: [], failures: [] };
  for (const hook of hooks) {
    const check = checkHook(await readFile(hook.path, 'utf8'), hook.spec);
    const mode = (await stat(hook.path)).mode;
    if (!check.ok) result.failures.push(messages.hookUnverified(hook.shown, check.reason));
    else if (hook.spec.plain && process.platform !== 'win32' && (mode & 0o111) === 0) result.failures.push(messages.hookUnverified(hook.shown, 'it is not executable, so git skips it'));
    else result.checked.push(messages.hookVerified(hook.shown, check.line, commandOf(hook.spec.target).split(' ').slice(0, 2).join(' '), expectedPath));
    const stub = hook.spec.plain || existsSync(join(root, expectedPath, hook.shown.split('/').at(-1)!));
    const inactive = messages.hookInactive(hook.shown, `core.hooksPath is ${hooksPath ?? 'unset'}, not ${expectedPath}`);
    // Unset: husky sets it on the next npm install ("prepare"); another directory: git never runs this file.
    if (hooksPath !== null && hooksPath !== expectedPath) result.failures.push(inactive);
    else if (hooksPath === null || !stub) result.notes.push(inactive);
  }
  const packageDir = hooks[0]?.spec.packageDir ?? '';
  const binDirs = [...new Set([join(packageDir, 'node_modules/.bin'), 'node_modules/.bin'])];
  for (const bin of new Set(['keyguard', ...hooks.map((h) => h.spec.target.bin)])) {
    if (!binDirs.some((dir) => existsSync(join(root, dir, bin)))) result.failures.push(messages.hookBinMissing(bin, binDirs.map((d) => `./${d}`)));
  }
  return result;
}
