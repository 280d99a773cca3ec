import { spawnSync } from 'node:child_process';
import { KeyguardError } from '../errors.js';

/**
 * Run a package-manager or husky command for `keyguard init`, argument array only,
 * output passed through so the user sees what the package manager says.
 */
export function runTool(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, [...args], { cwd, stdio: 'inherit', shell: false });
  if (result.error) {
    throw new KeyguardError('io', `Could not run ${command}: ${result.error.message}`, {
      hint: `Run it yourself: ${[command, ...args].join(' ')}`,
      cause: result.error,
    });
  }
  if (result.status !== 0) {
    throw new KeyguardError('io', `${[command, ...args].join(' ')} failed (exit code ${String(result.status)})`, {
      hint: 'Fix the problem above and run "npx keyguard init" again; it only adds what is missing.',
    });
  }
}

/** The project's package manager, from its lockfile; npm when there is none. */
export function installDevCommand(files: ReadonlySet<string>, pkg: string): [string, string[]] {
  if (files.has('pnpm-lock.yaml')) return ['pnpm', ['add', '--save-dev', pkg]];
  if (files.has('yarn.lock')) return ['yarn', ['add', '--dev', pkg]];
  if (files.has('bun.lockb') || files.has('bun.lock')) return ['bun', ['add', '--dev', pkg]];
  return ['npm', ['install', '--save-dev', pkg]];
}
