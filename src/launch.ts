#!/usr/bin/env node
/**
 * The `keyguard` executable (dist/cli.cjs): runs the bundled CLI (dist/keyguard.cjs, built from
 * src/cli.ts) through a V8 code cache, and the built-in rules (dist/rules.cjs) through another when
 * the CLI requires them. No logic of its own (it reads `process` only to name the
 * cache): it exists because start-up is most of a hook run's time. Node 20 has no compile cache of its own
 * (module.enableCompileCache arrived in Node 22), and compiling the ~0.5 MB bundle on every
 * commit cost ~10 ms (npm run bench, case a); with the cache V8 deserializes what an earlier
 * run compiled instead.
 *
 * The cache lives next to the bundle (same owner, same trust as the code itself), named after a
 * hash of the bundle (esbuild.config.mjs) because V8 only checks a cache against the source's
 * length, and after the command: a cache holds what its first run compiled, so the hook's
 * `check-staged` must not inherit the cache of an `init` or a `version` that happened to run first. V8 rejects a cache from another Node version or other V8 flags by itself; the bundle
 * then compiles as usual and the cache is rewritten once the command has finished. Writing is
 * best effort: a read-only install (root-owned global prefix, Nix store) runs uncached.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { COMMAND_NAMES } from './commandNames.js';

/** Replaced at build time: the first 16 hex digits of each bundle's SHA-256. */
declare const KEYGUARD_BUNDLE_ID: string;
declare const KEYGUARD_RULES_ID: string;

const bundle = join(__dirname, 'keyguard.cjs');
const rulesBundle = join(__dirname, 'rules.cjs');
const runtime = runtimeTag();
const bundleCache = join(__dirname, `keyguard-${KEYGUARD_BUNDLE_ID}-${cacheName(process.argv.slice(2))}-${runtime}.v8cache`);
/**
 * The built-in rules are a bundle of their own (esbuild.config.mjs), compiled only when a run
 * builds them (a hook run: only for texts holding a keyword, commands/LazyScan.ts), with one cache
 * for every command: building them runs the same code whichever command asks.
 */
const rulesCache = join(__dirname, `rules-${KEYGUARD_RULES_ID}-${runtime}.v8cache`);

interface CliModule {
  exports: { done?: Promise<void> };
}

/** A bundle compiled with its cache, and what became of that cache. */
interface Compiled {
  script: Script;
  cacheFile: string;
  hadCache: boolean;
}

/** The first argument that names a command (help without any), else `other`: never a path or a typo. */
function cacheName(args: readonly string[]): string {
  if (!args.some((arg) => !arg.startsWith('-'))) return 'help';
  return args.find((arg) => COMMAND_NAMES.includes(arg)) ?? 'other';
}

/**
 * V8 rejects a cache made by another V8 or with other flags; one file per Node version and
 * flags keeps a developer whose editor and terminal run different Nodes from rewriting the cache
 * on every commit. FNV-1a (32 bits): loading node:v8 for cachedDataVersionTag() costs ~2 ms.
 */
function runtimeTag(): string {
  const runtime = `${process.version} ${process.arch} ${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < runtime.length; i++) hash = Math.imul(hash ^ runtime.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // first run, or unreadable: compile from source
  }
}

function saveCache(script: Script, cacheFile: string): void {
  const temporary = `${cacheFile}.${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData(), { flag: 'wx' });
    renameSync(temporary, cacheFile); // atomic: a concurrent run reads the old cache or the new one
  } catch {
    // Never an error of the command's: a failed clean-up must not turn into an exit code.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // the temporary file stays behind; the next successful write does not depend on it
    }
  }
}

/** Compiles `file` (a function expression: the wrapper Node's CommonJS loader would put around it) with its cache. */
function compile(file: string, cacheFile: string): Compiled {
  const cachedData = readCache(cacheFile);
  // Compiled as read, without a second copy of the source.
  const script = new Script(readFileSync(file, 'utf8'), { filename: file, ...(cachedData === undefined ? {} : { cachedData }) });
  return { script, cacheFile, hadCache: cachedData !== undefined };
}

/** Rewrites a cache that was missing or that V8 rejected (another Node, or a damaged file). */
function keepCache({ script, cacheFile, hadCache }: Compiled): void {
  if (!hadCache || script.cachedDataRejected === true) saveCache(script, cacheFile);
}

let rules: { compiled: Compiled; exports: unknown } | undefined;

/**
 * The bundle's `require`: dist/rules.cjs through its cache, anything else through the launcher's
 * own `require`, which resolves from this directory, the bundle's too (node: modules and
 * ./vendor/*.cjs); createRequire(bundle) cost ~0.3–1 ms of every hook run (path lookups for a
 * Module object the bundle never needs).
 */
function bundleRequire(id: string): unknown {
  if (id !== './rules.cjs') return require(id);
  if (rules === undefined) {
    const compiled = compile(rulesBundle, rulesCache);
    const module = { exports: {} };
    compiled.script.runInThisContext()(module.exports, require, module, rulesBundle, __dirname);
    rules = { compiled, exports: module.exports };
  }
  return rules.exports;
}

const main = compile(bundle, bundleCache);
const cli: CliModule = { exports: {} };
main.script.runInThisContext()(cli.exports, bundleRequire, cli, bundle, __dirname);
void cli.exports.done?.then(() => {
  keepCache(main);
  if (rules !== undefined) keepCache(rules.compiled);
});
