import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { KeyguardError } from '../errors.js';
import * as messages from '../messages.js';

/**
 * The files a GitHub Actions step talks back through ("Workflow commands for GitHub Actions":
 * GITHUB_OUTPUT takes `name=value` lines, GITHUB_STEP_SUMMARY takes markdown); both are appended
 * to, as other steps' writes share them. A write that fails is an error (exit 2): a gate whose
 * result was not recorded did not pass.
 */
export function appendTo(path: string, text: string): void {
  try {
    appendFileSync(path, text);
  } catch (error) {
    throw ioError(path, error);
  }
}

/** `name=value` lines for GITHUB_OUTPUT; a value with a line break could forge another output, so none may have one. */
export function outputLines(outputs: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(outputs).filter(([, value]) => value !== undefined).map(([name, value]) => {
    if (/[\r\n]/.test(String(value))) throw new KeyguardError('usage', messages.outputPathUnsafe(name));
    return `${name}=${value}\n`;
  }).join('');
}

/** Write `text` to `path` (relative to `cwd`; missing folders made), replacing it; returns its absolute path. */
export function writeFileAt(cwd: string, path: string, text: string): string {
  const absolute = resolve(cwd, path);
  try {
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  } catch (error) {
    throw ioError(path, error);
  }
  return absolute;
}

function ioError(path: string, error: unknown): KeyguardError {
  return new KeyguardError('io', `cannot write ${path}: ${(error as Error).message}`, { cause: error });
}
