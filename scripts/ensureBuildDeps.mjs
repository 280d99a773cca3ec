#!/usr/bin/env node
// First step of `prepare` (npm runs it on `npm install`/`npm ci` in a checkout and when it installs
// keyguard from git): make sure the build's devDependencies (esbuild, husky) are in node_modules, and
// install them when they are not, so that the `npm run build` after it always builds.
//
// Why they can be missing: installing a git dependency with `npm install -g git+…` (what the
// pre-commit framework runs since 4.6.1, pre_commit/languages/node.py) makes npm prepare the clone
// with a nested `npm install --include=dev …`, but that nested npm inherits the parent's
// npm_config_global=true, so it installs the clone globally instead of installing its
// devDependencies into it (npm 11.19, seen in its debug log: "placeDep ROOT keyguard@0.1.0"), and
// `prepare` then found no esbuild. `--global=false` on our own command line beats that variable.
// `--ignore-scripts`: this runs inside `prepare`, which must not start itself again; the build
// follows in the same `prepare`. Nothing happens in an ordinary checkout, where `npm ci` installed
// everything before running `prepare`. See docs/pre-commit.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const BUILD_DEPENDENCIES = ['esbuild', 'husky'];

// By path, not require.resolve: husky's "exports" hides its package.json. npm runs `prepare` in the
// package's own directory, where `npm ci` puts node_modules.
const missing = (name) => !existsSync(resolve('node_modules', name, 'package.json'));

const absent = BUILD_DEPENDENCIES.filter(missing);
if (absent.length > 0) {
  process.stderr.write(`keyguard prepare: ${absent.join(', ')} not installed here; installing the devDependencies (npm ci) to build\n`);
  // npm sets npm_execpath for lifecycle scripts; by hand, the npm on PATH.
  const npm = process.env.npm_execpath;
  const args = ['ci', '--global=false', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
  // Its output goes to stderr: this script's stdout may be read by whoever runs npm (see .npmrc).
  const result = npm ? spawnSync(process.execPath, [npm, ...args], { stdio: ['ignore', 2, 2] }) : spawnSync('npm', args, { stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write(`keyguard prepare: npm ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}); keyguard cannot be built\n`);
    process.exit(1);
  }
  const still = BUILD_DEPENDENCIES.filter(missing);
  if (still.length > 0) {
    process.stderr.write(`keyguard prepare: ${still.join(', ')} still not installed after npm ci; keyguard cannot be built\n`);
    process.exit(1);
  }
}
