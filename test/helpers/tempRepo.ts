import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { spawnAsync } from './spawnAsync.js';

export interface GitOptions {
  readonly env?: Record<string, string>;
  readonly input?: string | Buffer;
}

/** A throwaway repository (lint-staged's integration-test pattern). */
export interface TempRepo {
  /** Absolute, symlink-free path of the work tree (what `git rev-parse --show-toplevel` prints). */
  readonly dir: string;
  /** Run git in the repo without any outer GIT_* variables; throws with git's stderr on failure. */
  git(args: readonly string[], options?: GitOptions): string;
  /** `git` for the few calls that can take many seconds (`add` of 150,000 files): the test worker is not blocked (see spawnAsync). */
  gitAsync(args: readonly string[], options?: GitOptions): Promise<string>;
  /** Write a file (parent folders created), relative to the work tree. */
  write(path: string, content: string | Buffer): void;
  /** Remove the directory; safe to call twice. */
  cleanup(): void;
}

export interface TempRepoOptions {
  /** Make an initial commit (default true); false leaves HEAD unborn. */
  readonly initialCommit?: boolean;
}

/** Environment without the GIT_* variables of an outer git (tests may run inside a hook). */
export function envWithoutGit(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  return { ...env, ...extra };
}

export function makeTempRepo(options: TempRepoOptions = {}): TempRepo {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-repo-')));
  const repo: TempRepo = {
    dir,
    git(args, opts = {}) {
      try {
        return execFileSync('git', [...args], {
          cwd: dir,
          env: envWithoutGit(opts.env),
          input: opts.input,
          encoding: 'utf8',
          stdio: ['pipe', 'pipe', 'pipe'],
          maxBuffer: 1 << 28,
        });
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr ?? '';
        throw new Error(`git ${args.join(' ')} failed: ${stderr}`, { cause: error });
      }
    },
    async gitAsync(args, opts = {}) {
      const r = await spawnAsync('git', args, { cwd: dir, env: envWithoutGit(opts.env), input: opts.input });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
      return r.stdout;
    },
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    repo.git(['init', '-q', '-b', 'main']);
    repo.git(['config', 'user.name', 'keyguard tests']);
    repo.git(['config', 'user.email', 'tests@example.invalid']);
    repo.git(['config', 'commit.gpgsign', 'false']);
    repo.git(['config', 'core.autocrlf', 'false']);
    if (options.initialCommit !== false) {
      repo.write('README.md', '# test repo\n');
      repo.git(['add', 'README.md']);
      repo.git(['commit', '-q', '-m', 'initial']);
    }
  } catch (error) {
    repo.cleanup();
    throw error;
  }
  return repo;
}

/** Run `fn` with a fresh repo and always remove it afterwards. */
export async function withTempRepo<T>(fn: (repo: TempRepo) => T | Promise<T>, options: TempRepoOptions = {}): Promise<T> {
  const repo = makeTempRepo(options);
  try {
    return await fn(repo);
  } finally {
    repo.cleanup();
  }
}

/**
 * Hide an outer git's GIT_* variables (GIT_DIR, GIT_INDEX_FILE, … when the test run itself
 * happens inside a hook) from the code under test, for every test of the calling file.
 */
export function isolateFromOuterGit(): void {
  beforeEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('GIT_')) vi.stubEnv(key, undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
}
