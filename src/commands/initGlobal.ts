/**
 * `keyguard init --global [--uninstall]`: guard every repository of this user, with or without
 * package.json, through a global core.hooksPath of dispatchers (src/init/globalHookScript.ts) that
 * run each repository's own hooks and then keyguard. Undone exactly by `--uninstall` from the record
 * it keeps (src/init/globalRecord.ts). See docs/install-global.md.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ExitCode, KeyguardError } from '../errors.js';
import { getGlobalHooksPath, getLocalHooksPath, setGlobalHooksPath } from '../git/globalHooksPath.js';
import { globalPaths, type GlobalPaths, planGlobalFiles, type PlannedFile, writeFileAtomically } from '../init/globalFiles.js';
import { hashOf, readRecord, removeRecord, type GlobalRecord, writeRecord } from '../init/globalRecord.js';
import * as messages from '../messages.js';
import type { CommandIo } from './types.js';

export interface InitGlobalOptions {
  readonly uninstall: boolean;
  /** HOME and XDG_CONFIG_HOME (only src/cli.ts reads the environment). */
  readonly home: string | undefined;
  readonly xdgConfigHome: string | undefined;
  /** The node running keyguard (process.execPath): the dispatchers start keyguard with it. */
  readonly node: string;
  /** The running keyguard's cli.cjs (process.argv[1]): its bundle is what gets copied. */
  readonly cli: string;
}

export async function initGlobal(options: InitGlobalOptions, io: CommandIo): Promise<number> {
  const paths = globalPaths(options);
  return options.uninstall ? uninstall(paths, options.home, io) : install(paths, options, io);
}

/** Does a core.hooksPath value name this directory? git expands a leading `~/` (git-config(1) "pathname"). */
function isOurs(value: string | null, paths: GlobalPaths, home: string | undefined): boolean {
  if (value === null) return false;
  const expanded = value.startsWith('~/') && home !== undefined ? join(home, value.slice(2)) : value;
  return resolve(expanded) === resolve(paths.hooks);
}

async function install(paths: GlobalPaths, options: InitGlobalOptions, io: CommandIo): Promise<number> {
  const record = await readRecord(paths.record);
  const current = await getGlobalHooksPath(io.cwd);
  const ours = isOurs(current, paths, options.home);
  // A hooks path set since keyguard's (or before the first install) is the one to chain and restore.
  const previous = ours ? (record?.previous ?? null) : current;
  const planned = planGlobalFiles(paths, options.cli, options.node, previous);
  const plannedNames = new Set(planned.map((file) => file.name));
  const stale = Object.keys(record?.files ?? {}).filter((name) => !plannedNames.has(name));
  // Everything is checked before anything is written: a file the user changed stops the install whole.
  const changed: PlannedFile[] = [];
  for (const file of planned) {
    const existing = await readIfExists(join(paths.base, file.name));
    if (existing !== null && existing.equals(file.content)) continue;
    if (existing !== null && record?.files[file.name] !== hashOf(existing)) {
      throw new KeyguardError('usage', messages.initGlobalModified(join(paths.base, file.name)), { hint: messages.INIT_GLOBAL_MODIFIED_HINT });
    }
    changed.push(file);
  }
  const createdParent = record?.createdParent === true || !existsSync(dirname(paths.base));
  const changes: string[] = [];
  for (const file of changed) await writeFileAtomically(join(paths.base, file.name), file.content, file.mode);
  if (changed.length > 0) changes.push(messages.initGlobalWrote(paths.base, changed.length));
  const removed = await removeUnchanged(paths, record, stale);
  const files = Object.fromEntries(planned.map((file) => [file.name, hashOf(file.content)]));
  const next: GlobalRecord = { previous, files, ...(createdParent ? { createdParent: true } : {}) };
  if (changed.length > 0 || removed.length > 0 || record === null || record.previous !== previous || record.createdParent !== next.createdParent) {
    await writeRecord(paths.record, next);
  }
  if (!ours) {
    await setGlobalHooksPath(io.cwd, paths.hooks);
    changes.push(messages.initGlobalHooksPath(paths.hooks, previous));
  }
  const active = isOurs(await getGlobalHooksPath(io.cwd), paths, options.home);
  const local = await getLocalHooksPath(io.cwd);
  const notes = [messages.INIT_GLOBAL_CAVEAT, ...(local === null ? [] : [messages.initGlobalLocalHere(local)])];
  io.stdout(`${changes.length === 0 ? messages.INIT_GLOBAL_NOTHING : messages.initDone(changes)}\n${notes.map((n) => `  ${n}\n`).join('')}`);
  if (active) return ExitCode.ok;
  io.stderr(`keyguard init: ${messages.initGlobalNotActive(await getGlobalHooksPath(io.cwd))}\n`);
  return ExitCode.error;
}

async function uninstall(paths: GlobalPaths, home: string | undefined, io: CommandIo): Promise<number> {
  const record = await readRecord(paths.record);
  if (record === null) {
    io.stdout(`${messages.INIT_GLOBAL_NOT_INSTALLED}\n`);
    return ExitCode.ok;
  }
  const changes: string[] = [];
  const current = await getGlobalHooksPath(io.cwd);
  // The hooks path first: from here on git no longer runs the dispatchers that are about to go.
  if (isOurs(current, paths, home)) {
    await setGlobalHooksPath(io.cwd, record.previous);
    // `--unset` also exits 5 when the value is in an included file or set twice, and a later file may
    // still set ours: if git would still run the dispatchers, removing them would silence every hook.
    const after = await getGlobalHooksPath(io.cwd);
    if (after !== null && isOurs(after, paths, home)) throw new KeyguardError('config', messages.initGlobalStillSet(after));
    changes.push(messages.initGlobalRestored(record.previous));
  } else {
    changes.push(messages.initGlobalForeignHooksPath(current));
  }
  const files = Object.keys(record.files);
  const removed = await removeUnchanged(paths, record, files);
  changes.push(messages.initGlobalRemoved(removed.length, paths.base));
  for (const name of files.filter((f) => !removed.includes(f))) {
    if (existsSync(join(paths.base, name))) changes.push(messages.initGlobalKept(join(paths.base, name)));
  }
  await removeCodeCaches(paths.lib);
  await removeRecord(paths.record);
  const dirs = [join(paths.lib, 'vendor'), paths.lib, paths.hooks, paths.base, ...(record.createdParent === true ? [dirname(paths.base)] : [])];
  for (const dir of dirs) await rmdir(dir).catch(() => undefined); // only when empty
  io.stdout(`${messages.initGlobalUninstalled(changes)}\n`);
  return ExitCode.ok;
}

/** Remove the named files that still hold what keyguard wrote; returns their names. */
async function removeUnchanged(paths: GlobalPaths, record: GlobalRecord | null, names: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const name of names) {
    const existing = await readIfExists(join(paths.base, name));
    if (existing === null || hashOf(existing) !== record?.files[name]) continue;
    await rm(join(paths.base, name));
    removed.push(name);
  }
  return removed;
}

/** The V8 code caches keyguard's launcher writes beside its bundle (src/launch.ts): keyguard's own, regenerated on demand. */
async function removeCodeCaches(lib: string): Promise<void> {
  const names = existsSync(lib) ? await readdir(lib) : [];
  for (const name of names) if (/^(?:keyguard|rules)-.*\.v8cache(?:\..*\.tmp)?$/.test(name)) await rm(join(lib, name), { force: true });
}

async function readIfExists(path: string): Promise<Buffer | null> {
  return existsSync(path) ? readFile(path) : null;
}
