#!/usr/bin/env bash
# action.yml's first step (and the org workflow's), run in the action's own checkout ($GITHUB_ACTION_PATH),
# which has no dist/ (never committed). Builds dist/cli.cjs once per job from the build's own dependencies
# only: scripts/action-build/package-lock.json pins esbuild and the bundled packages (simple-git, zod,
# picomatch, safe-regex2) at the root lockfile's versions (test/unit/ci/actionBuildLock.test.ts), 13
# packages instead of the 97 of a development install. No lifecycle scripts (--ignore-scripts): `prepare`
# would run husky, which would set core.hooksPath in a checkout that is also the workspace under `uses: ./`.
# Cost (docs/ci.md): 2.7 s to install with an empty npm cache (16.4 s for the whole development install),
# about 1 s to bundle.
set -euo pipefail
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null; then
  echo "::error title=keyguard::keyguard needs Node 20 or later on the runner (found: $(node --version 2>/dev/null || echo none)); add actions/setup-node before it"
  exit 2
fi
if [ -f dist/cli.cjs ]; then
  echo "keyguard: dist/cli.cjs already built in this job"
  exit 0
fi
# A checkout whose own dependencies are installed already (a development clone) builds with those.
if [ ! -d node_modules/esbuild ]; then
  npm ci --prefix scripts/action-build --ignore-scripts --no-audit --no-fund --loglevel=error
  [ -e node_modules ] || ln -s scripts/action-build/node_modules node_modules
fi
node esbuild.config.mjs
