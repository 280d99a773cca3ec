// Case (f): `git commit` in a project set up exactly as `npx keyguard init` leaves it (issue 11).
// keyguard comes from `npm pack` of this checkout (dist/ as `npm run bench` just built it), husky
// from the registry through init's own install; the typical change of case (a) is committed,
// then undone (`git reset --soft HEAD~1`), so every run commits the same staged change.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, git, makeRepo, timings, writeTypicalFiles } from './common.mjs';

function run(cwd, cmd, args) {
  return execFileSync(cmd, args, { cwd, env: cleanEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
}

/** The hooks keyguard's init wrote before issue 11: each a registry-resolving `npx` line. */
const NPX_HOOKS = { 'pre-commit': 'npx --no -- keyguard check-staged\n', 'commit-msg': 'npx --no -- keyguard check-message "$1"\n' };

/**
 * The project: package.json, keyguard's tarball installed, `npx keyguard init` (which installs
 * husky with npm). Without a registry, husky is packed from this checkout's node_modules and
 * installed offline first, so init finds it installed; `notes` says so.
 */
function makeProject(root, work, notes) {
  mkdirSync(join(work, 'app'));
  const app = makeRepo(join(work, 'app'));
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'bench-app', version: '1.0.0', private: true }, null, 2)}\n`);
  writeFileSync(join(app, '.gitignore'), 'node_modules\n');
  const pack = (dir) => join(work, JSON.parse(run(work, 'npm', ['pack', dir, '--ignore-scripts', '--json', '--pack-destination', work]))[0].filename);
  const npmInstall = (...args) => run(app, 'npm', ['install', '--no-audit', '--no-fund', '--save-dev', ...args]);
  npmInstall('--offline', pack(root)); // keyguard has no runtime dependencies
  if (!registryReachable(app)) {
    notes.push('npm registry unreachable: husky packed from this checkout and installed before init');
    npmInstall('--offline', pack(join(root, 'node_modules', 'husky')));
  }
  run(app, 'npx', ['--no', '--', 'keyguard', 'init']);
  writeTypicalFiles(app, false);
  git(app, 'add', '-A');
  git(app, 'commit', '-q', '-m', 'base'); // through the hooks: they work before anything is timed
  writeTypicalFiles(app, true);
  git(app, 'add', '-A');
  return app;
}

export function registryReachable(cwd) {
  try {
    run(cwd, 'npm', ['ping']);
    return true;
  } catch {
    return false;
  }
}

/** A copy of `app` whose keyguard hooks are the `npx` lines init wrote before issue 11. */
function npxVariant(app, work) {
  const copy = join(work, 'app-npx');
  cpSync(app, copy, { recursive: true, verbatimSymlinks: true });
  for (const [hook, line] of Object.entries(NPX_HOOKS)) {
    if (existsSync(join(copy, '.husky', hook))) writeFileSync(join(copy, '.husky', hook), line, { mode: 0o755 });
  }
  return copy;
}

/** As `app` with its pre-commit hook only (commit-msg removed): the cost of check-staged's hook alone. */
function preCommitOnly(app, work) {
  const copy = join(work, 'app-pre-commit');
  cpSync(app, copy, { recursive: true, verbatimSymlinks: true });
  rmSync(join(copy, '.husky', 'commit-msg'), { force: true });
  return copy;
}

export function endToEndBench(root, runs) {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-bench-e2e-')));
  const notes = [];
  try {
    const app = makeProject(root, work, notes);
    const npx = npxVariant(app, work);
    const single = preCommitOnly(app, work);
    const commit = (cwd, ...extra) => ({
      argv: ['git', 'commit', '-q', '-m', 'typical change', ...extra],
      cwd,
      after: () => git(cwd, 'reset', '-q', '--soft', 'HEAD~1'),
    });
    const [node, noVerify, hooks, preCommit, npxHooks] = timings(
      [[process.execPath, '-e', '0'], commit(app, '--no-verify'), commit(app), commit(single), commit(npx)],
      app,
      runs,
    );
    const hookFiles = ['pre-commit', 'commit-msg'].filter((h) => existsSync(join(app, '.husky', h)));
    return { node, noVerify, hooks, preCommit, npxHooks, hookFiles, notes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
