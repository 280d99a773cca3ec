import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ExitCode, KeyguardError } from '../errors.js';
import { getRepoRoot } from '../git/getRepoRoot.js';
import { assertHusky9 } from '../init/assertHusky9.js';
import { ensureDevDependencies } from '../init/ensureDevDependencies.js';
import { planHooks, writeHooks } from '../init/hookFiles.js';
import { COMMIT_MSG, LINT_STAGED, PRE_COMMIT, PRE_PUSH, type HookTarget } from '../init/hookScript.js';
import { readManifest, writeManifest } from '../init/manifest.js';
import { repoHooksPath } from '../init/repoHooksPath.js';
import { planGitignore, planPrepareScript } from '../init/planFiles.js';
import { runTool } from '../init/runTool.js';
import { type Verification, verifyHooks } from '../init/verifyHooks.js';
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
  const hooksPath = await repoHooksPath(root);
  const ownHooksDir = hooksPath !== null && hooksPath !== '.husky/_' && options.lintStaged !== true;
  // The team already has its own hooks directory: add keyguard there, leave husky out of it.
  const hooksDir = ownHooksDir ? hooksPath : huskyDir;
  const preCommit: [HookTarget, (path: string) => string] =
    options.lintStaged === true ? [LINT_STAGED, messages.initLintStagedHook] : [PRE_COMMIT, messages.initHook];
  // Planned before anything is written: a hook keyguard cannot be placed in safely stops init here.
  const hooks = await planHooks(root, hooksDir, rel, ownHooksDir, [
    ['pre-commit', ...preCommit],
    ['commit-msg', COMMIT_MSG, messages.initMessageHook],
    ['pre-push', PRE_PUSH, messages.initPushHook],
  ]);
  if (ownHooksDir) {
    changes.push(...(await ensureDevDependencies(manifestPath, pkgDir, { install: options.install, husky: false })));
    changes.push(...(await writeHooks(hooks)));
    if (await updateFile(join(root, '.gitignore'), planGitignore)) changes.push(messages.INIT_GITIGNORE);
    return report(io, changes, await verifyHooks(root, hooks, await repoHooksPath(root), hooksPath));
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
  changes.push(...(await writeHooks(hooks)));
  if (await updateFile(join(root, '.gitignore'), planGitignore)) changes.push(messages.INIT_GITIGNORE);
  changes.push(...(await activateHusky(root, huskyDir, pkgDir)));
  return report(io, changes, await verifyHooks(root, hooks, await repoHooksPath(root), `${huskyDir}/_`));
}

/** What changed, what was verified; exit 2 when a hook does not reach keyguard. */
function report(io: CommandIo, changes: readonly string[], verification: Verification): number {
  const notes = [...verification.checked, ...verification.notes];
  io.stdout(`${changes.length === 0 ? messages.INIT_NOTHING : messages.initDone(changes)}\n${notes.map((n) => `  ${n}\n`).join('')}`);
  if (verification.failures.length === 0) return ExitCode.ok;
  io.stderr(`${verification.failures.map((f) => `keyguard init: ${f}\n`).join('')}${messages.HOOK_UNVERIFIED_HINT}\n`);
  return ExitCode.error;
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

/** Point git at husky's hooks now (the `prepare` script does it on later installs). */
async function activateHusky(root: string, huskyDir: string, pkgDir: string): Promise<string[]> {
  const current = await repoHooksPath(root);
  if (current === `${huskyDir}/_` && existsSync(join(root, huskyDir, '_', 'pre-commit'))) return [];
  if (current !== null && current !== `${huskyDir}/_`) return [messages.initForeignHooksPath(current, huskyDir)];
  const bin = join(pkgDir, 'node_modules', '.bin', 'husky');
  if (!existsSync(bin)) return [messages.initHuskyMissing];
  runTool(bin, huskyDir === '.husky' ? [] : [huskyDir], root);
  return [messages.initActivated(`${huskyDir}/_`)];
}
