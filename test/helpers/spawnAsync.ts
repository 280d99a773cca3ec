import { spawn } from 'node:child_process';
import type { RunResult } from './runCli.js';

export interface SpawnAsyncOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is then closed (as spawnSync does). */
  readonly input?: string | Buffer;
  /** Milliseconds before the child is killed (SIGTERM) and the promise rejects; none by default. */
  readonly timeout?: number;
}

/**
 * spawnSync's result, without blocking the test worker's event loop while the child runs. Why:
 * vitest's worker reports test progress to the main process over RPC (birpc, 60 s timeout per
 * call); a worker blocked in one spawnSync longer than that (an `npm install` on a loaded
 * machine) makes the whole run exit 1 with `Timeout calling "onTaskUpdate"` although every test
 * passed. For children that can run long: npm, npx, big scans. Like spawnSync with `error`
 * thrown, it rejects when the child cannot start or runs past `timeout` (with all it printed).
 */
export function spawnAsync(command: string, args: readonly string[], options: SpawnAsyncOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: options.cwd, env: options.env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    // setEncoding decodes across chunk boundaries (a UTF-8 character split between two reads).
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // A child that exits without reading its input closes the pipe (EPIPE): its status says what happened.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input);
    let timedOut = false;
    const timer = options.timeout === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      child.kill();
    }, options.timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // 'close', not 'exit': every byte of stdout and stderr has been read by then.
    child.on('close', (status) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`${command} ${args.join(' ')} timed out after ${String(options.timeout)} ms:\n${stdout}\n${stderr}`));
      else resolve({ status, stdout, stderr });
    });
  });
}
