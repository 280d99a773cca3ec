/**
 * The hook files of `keyguard init`: all planned before anything is written (a hook keyguard cannot
 * be placed in safely stops init with nothing changed), then written with the exec bit.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { KeyguardError } from '../errors.js';
import * as messages from '../messages.js';
import { commandOf, type HookTarget } from './hookScript.js';
import { planHook } from './planHook.js';
import type { HookFile } from './verifyHooks.js';

export interface PlannedHook extends HookFile {
  readonly text: string | null;
  readonly message: (path: string) => string;
}

/** Each hook file's new text (null: unchanged); throws, naming the file, when one cannot be placed safely. */
export async function planHooks(
  root: string, dir: string, packageDir: string, plain: boolean, hooks: readonly (readonly [string, HookTarget, (path: string) => string])[],
): Promise<PlannedHook[]> {
  const planned: PlannedHook[] = [];
  for (const [name, target, message] of hooks) {
    const path = resolve(root, dir, name); // core.hooksPath may be absolute
    const shown = `${dir}/${name}`;
    const spec = { target, packageDir, plain };
    const plan = planHook(existsSync(path) ? await readFile(path, 'utf8') : null, spec);
    if ('refused' in plan) throw new KeyguardError('usage', messages.hookUnplaceable(shown, plan.refused), { hint: messages.hookUnplaceableHint(commandOf(target)) });
    planned.push({ path, shown, spec, text: plan.text, message });
  }
  return planned;
}

export async function writeHooks(hooks: readonly PlannedHook[]): Promise<string[]> {
  const changes: string[] = [];
  for (const hook of hooks) {
    if (hook.text === null) continue;
    await mkdir(dirname(hook.path), { recursive: true });
    await writeFile(hook.path, hook.text);
    await chmod(hook.path, 0o755); // git skips a hook that is not executable (githooks(5))
    changes.push(hook.message(hook.shown));
  }
  return changes;
}
