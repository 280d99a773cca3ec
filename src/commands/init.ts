import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ExitCode, KeyguardError } from '../errors.js';
import { getHooksPath } from '../git/getHooksPath.js';
import { getRepoRoot } from '../git/getRepoRoot.js';
import {
  HOOK_COMMAND, inPackage, MESSAGE_HOOK_COMMAND, MESSAGE_HOOK_MARKER, planCommitMsgHook, planGitignore, planPreCommitHook, planPrepareScript,
  planPrePushHook, PUSH_HOOK_COMMAND,
} from '../init/planFiles.js';
import { planPlainHook } from '../init/planPlainHook.js';
import { planLintStagedHook } from '../init/planLintStaged.js';
import { assertHusky9 } from '../init/assertHusky9.js';
import { ensureDevDependencies } from '../init/ensureDevDependencies.js';
import { readManifest, writeManifest } from '../init/manifest.js';
import { runTool } from '../init/runTool.js';
import { wireLintStaged } from '../init/wireLintStaged.js';
import * as messages from '../messages.js';
import type { CommandIo } from './types.js';

/**
 * `keyguard init`: set up husky + the pre-commit hook in the user's project.
 * Idempotent and non-destructive: only creates or appends, reports each change.
 */
export async function init(options: { install: boolean; lintStaged?: boolean }, io: CommandIo): Promise<number> {
  const root = await getRepoRoot(io.cwd);
  const pkgDir = io.cwd;
  const manifestPath = join(pkgDir, 'package.json');
  if (!existsSync(manifestPath)) throw new KeyguardError('usage', messages.INIT_NO_PACKAGE_JSON);
  const rel = relative(root, pkgDir).split(sep).join('/');
  // Hooks live at the git root (one set per repository, also in a monorepo); git runs them there.
  const huskyDir = '.husky';
  const changes: string[] = [];
  const hooksPath = await getHooksPath(root);
  if (hooksPath !== null && hooksPath !== '.husky/_' && options.lintStaged !== true) {
    // The team already has its own hooks directory: add keyguard there, leave husky out of it.
    changes.push(...(await ensureDevDependencies(manifestPath, pkgDir, { install: options.install, husky: false })));
    changes.push(...(await wireHooksDir(join(root, hooksPath), hooksPath, rel)));
    if (await updateFile(join(root, '.gitignore'), planGitignore)) changes.push(messages.INIT_GITIGNORE);
    io.stdout(changes.length === 0 ? `${messages.INIT_NOTHING}\n` : `${messages.initDone(changes)}\n`);
    return ExitCode.ok;
  }
  // Before anything changes: what follows writes husky 9 hooks.
  assertHusky9(await readManifest(manifestPath), pkgDir);
  // First, so a missing lint-staged config stops init before it changes anything.
  if (options.lintStaged === true) {
    const file = await wireLintStaged(pkgDir);
    if (file !== null) changes.push(messages.initLintStaged(file));
  }

  changes.push(...(await ensureDevDependencies(manifestPath, pkgDir, { install: options.install, husky: true })));
  // husky must run at the git root (it looks for .git there): a sub-package's prepare goes up first.
  const huskyCommand = rel === '' ? 'husky' : `cd ${relative(pkgDir, root).split(sep).join('/')} && husky`;
  if (await updatePrepare(manifestPath, huskyCommand)) changes.push(messages.initPrepare(huskyCommand));
  // --lint-staged: the hook runs lint-staged, which runs keyguard check-files on the staged files.
  const [planHook, hookMessage] = options.lintStaged === true ? [planLintStagedHook, messages.initLintStagedHook] : [planPreCommitHook, messages.initHook];
  if (await updateFile(join(root, huskyDir, 'pre-commit'), (c) => planHook(c, rel), 0o755)) changes.push(hookMessage(`${huskyDir}/pre-commit`));
  if (await updateFile(join(root, huskyDir, 'commit-msg'), (c) => planCommitMsgHook(c, rel), 0o755)) changes.push(messages.initMessageHook(`${huskyDir}/commit-msg`));
  if (await updateFile(join(root, huskyDir, 'pre-push'), (c) => planPrePushHook(c, rel), 0o755)) changes.push(messages.initPushHook(`${huskyDir}/pre-push`));
  if (await updateFile(join(root, '.gitignore'), planGitignore)) changes.push(messages.INIT_GITIGNORE);
  changes.push(...(await activateHusky(root, huskyDir, pkgDir)));

  io.stdout(changes.length === 0 ? `${messages.INIT_NOTHING}\n` : `${messages.initDone(changes)}\n`);
  return ExitCode.ok;
}

async function updatePrepare(manifestPath: string, huskyCommand: string): Promise<boolean> {
  const manifest = await readManifest(manifestPath);
  const scripts = (typeof manifest.scripts === 'object' && manifest.scripts !== null ? manifest.scripts : {}) as Record<string, string>;
  const next = planPrepareScript(scripts.prepare, huskyCommand);
  if (next === null) return false;
  await writeManifest(manifestPath, { ...manifest, scripts: { ...scripts, prepare: next } });
  return true;
}

async function updateFile(path: string, plan: (current: string | null) => string | null, mode?: number): Promise<boolean> {
  const current = existsSync(path) ? await readFile(path, 'utf8') : null;
  const next = plan(current);
  if (next === null) return false;
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, next);
  if (mode !== undefined) await chmod(path, mode);
  return true;
}

/** pre-commit, commit-msg and pre-push scripts in an existing `core.hooksPath` directory (not husky's). */
async function wireHooksDir(dir: string, shown: string, rel: string): Promise<string[]> {
  const changes: string[] = [];
  // Each file's own message: the pre-push script runs check-push, not check-staged.
  const hooks = [
    ['pre-commit', inPackage(HOOK_COMMAND, rel), /\bkeyguard\s+check-staged\b/, messages.initHook],
    ['commit-msg', inPackage(MESSAGE_HOOK_COMMAND, rel), MESSAGE_HOOK_MARKER, messages.initMessageHook],
    ['pre-push', inPackage(PUSH_HOOK_COMMAND, rel), /\bkeyguard\s+check-push\b/, messages.initPushHook],
  ] as const;
  for (const [name, line, marker, said] of hooks) {
    if (await updateFile(join(dir, name), (c) => planPlainHook(c, line, marker), 0o755)) changes.push(said(`${shown}/${name}`));
  }
  return changes;
}

/** Point git at husky's hooks now (the `prepare` script does it on later installs). */
async function activateHusky(root: string, huskyDir: string, pkgDir: string): Promise<string[]> {
  const current = await getHooksPath(root);
  if (current === `${huskyDir}/_` && existsSync(join(root, huskyDir, '_', 'pre-commit'))) return [];
  if (current !== null && current !== `${huskyDir}/_`) return [messages.initForeignHooksPath(current, huskyDir)];
  const bin = join(pkgDir, 'node_modules', '.bin', 'husky');
  if (!existsSync(bin)) return [messages.initHuskyMissing];
  runTool(bin, huskyDir === '.husky' ? [] : [huskyDir], root);
  return [messages.initActivated(`${huskyDir}/_`)];
}
