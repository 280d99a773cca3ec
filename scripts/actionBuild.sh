#!/usr/bin/env bash
# action.yml's first step, run in the action's own checkout ($GITHUB_ACTION_PATH), which has no dist/
# (never committed). Builds dist/cli.cjs once per job: the exact dependencies of package-lock.json
# (npm ci), without lifecycle scripts (`prepare` would run husky, which would set core.hooksPath in
# a checkout that is also the workspace when the action is used as `uses: ./`), then esbuild.
# Cost (docs/ci.md): about 16 s with an empty npm cache, 6 s with a warm one, under 1 s to bundle.
set -euo pipefail
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null; then
  echo "::error title=keyguard::keyguard needs Node 20 or later on the runner (found: $(node --version 2>/dev/null || echo none)); add actions/setup-node before it"
  exit 2
fi
if [ -f dist/cli.cjs ]; then
  echo "keyguard: dist/cli.cjs already built in this job"
  exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
node esbuild.config.mjs
