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
export function packageManager(files: ReadonlySet<string>): 'pnpm' | 'yarn' | 'bun' | 'npm' {
  if (files.has('pnpm-lock.yaml')) return 'pnpm';
  if (files.has('yarn.lock')) return 'yarn';
  if (files.has('bun.lockb') || files.has('bun.lock')) return 'bun';
  return 'npm';
}

/** The command that adds `pkgs` (name@range) to the project's devDependencies and installs them. */
export function installDevCommand(files: ReadonlySet<string>, pkgs: readonly string[]): [string, string[]] {
  const manager = packageManager(files);
  if (manager === 'npm') return ['npm', ['install', '--save-dev', ...pkgs]];
  return [manager, ['add', manager === 'pnpm' ? '--save-dev' : '--dev', ...pkgs]];
}
