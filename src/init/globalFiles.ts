/**
 * Where `keyguard init --global` puts its files and what they are: keyguard's config directory
 * ($XDG_CONFIG_HOME/keyguard, else ~/.config/keyguard, XDG Base Directory spec: a relative
 * XDG_CONFIG_HOME is ignored) holds hooks/ (the dispatchers git runs) and lib/, a copy of the
 * running keyguard's bundle (dist/*.cjs: self-contained, no node_modules). A copy, not the path of
 * the running one: `npx keyguard init --global` runs from npm's npx cache, which npm may clean at
 * any time, and a global npm install moves with each node version of a version manager.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { KeyguardError } from '../errors.js';
import * as messages from '../messages.js';
import { GUARDED_HOOKS, globalHookScript, PASS_THROUGH_HOOKS } from './globalHookScript.js';

export interface GlobalPaths {
  readonly base: string;
  readonly hooks: string;
  readonly lib: string;
  readonly record: string;
}

export function globalPaths(env: { readonly home: string | undefined; readonly xdgConfigHome: string | undefined }): GlobalPaths {
  const xdg = env.xdgConfigHome;
  const config = xdg !== undefined && isAbsolute(xdg) ? xdg : env.home === undefined || env.home === '' ? null : join(env.home, '.config');
  if (config === null) throw new KeyguardError('usage', messages.INIT_GLOBAL_NO_HOME);
  const base = join(config, 'keyguard');
  return { base, hooks: join(base, 'hooks'), lib: join(base, 'lib'), record: join(base, 'global-install.json') };
}

export interface PlannedFile {
  /** Relative to GlobalPaths.base, with `/`. */
  readonly name: string;
  readonly content: Buffer;
  readonly mode: number;
}

/** The files of an install: keyguard's bundle from `runningCli`'s directory, then one dispatcher per hook. */
export function planGlobalFiles(paths: GlobalPaths, runningCli: string, node: string, previous: string | null): PlannedFile[] {
  const dist = dirname(realpathSync(runningCli));
  const bundle = cjsFiles(dist).map((file) => ({
    name: `lib/${relative(dist, file).split('\\').join('/')}`,
    content: readFileSync(file),
    mode: file.endsWith('cli.cjs') ? 0o755 : 0o644,
  }));
  const settings = { node, cli: join(paths.lib, 'cli.cjs'), previous };
  const hooks = [...Object.keys(GUARDED_HOOKS), ...PASS_THROUGH_HOOKS].map((name) => ({
    name: `hooks/${name}`,
    content: Buffer.from(globalHookScript(name, settings)),
    mode: 0o755, // git skips a hook that is not executable (githooks(5))
  }));
  return [...bundle, ...hooks];
}

/** `dir`'s *.cjs files, recursively (package.json "files": dist/**\/*.cjs); the V8 code caches are not part of it. */
function cjsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cjsFiles(path);
    return entry.name.endsWith('.cjs') ? [path] : [];
  }).sort();
}

/** Written under a temporary name and renamed: a commit running meanwhile sees the old file or the new one, never half of one. */
export async function writeFileAtomically(path: string, content: Buffer | string, mode: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, content, { mode });
    await chmod(temporary, mode); // writeFile's mode is masked by the umask
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
