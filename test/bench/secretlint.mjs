// secretlint (https://github.com/secretlint/secretlint) next to keyguard in case (b): installed at
// bench time into a cache outside the repository, never a devDependency (npm ci time matters).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv } from './common.mjs';

/** Pinned: figures stay comparable between bench runs. */
const PACKAGES = ['secretlint@13.0.6', '@secretlint/secretlint-rule-preset-recommend@12.0.0'];
const CACHE = join(tmpdir(), 'keyguard-bench-secretlint');
const RC = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] };

/**
 * [cmd, ...args] running secretlint with its recommended preset on every file under the working
 * directory (`secretlint "**\/*"`), or { skipped } saying why not (no registry, failed install).
 */
export function secretlintCommand() {
  const bin = join(CACHE, 'node_modules', '.bin', 'secretlint');
  const stamp = join(CACHE, `${PACKAGES.join(' ').replace(/[^\w.@-]+/g, '_')}.installed`);
  if (!existsSync(stamp)) {
    mkdirSync(CACHE, { recursive: true });
    try {
      execFileSync('npm', ['install', '--prefix', CACHE, '--no-save', '--no-audit', '--no-fund', ...PACKAGES], { env: cleanEnv, stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
    } catch (error) {
      return { skipped: `could not install ${PACKAGES.join(' ')} into ${CACHE} (registry unreachable?): ${String(error.stderr ?? error.message).trim().split('\n').at(-1)}` };
    }
    writeFileSync(stamp, '');
  }
  const rc = join(CACHE, 'secretlintrc.json');
  writeFileSync(rc, JSON.stringify(RC));
  return { argv: [bin, '--secretlintrc', rc, '**/*'] };
}
