/** Exit codes are part of the CLI contract (README "Exit codes"). */
export const ExitCode = {
  ok: 0,
  blocked: 1,
  error: 2,
} as const;

export type ErrorCode = 'usage' | 'config' | 'git' | 'not-a-repo' | 'internal' | 'io' | 'unscannable';

/**
 * The one error type library code throws. The CLI maps every KeyguardError (and
 * anything unexpected) to exit code 2 and prints `message` plus `hint`.
 */
export class KeyguardError extends Error {
  readonly code: ErrorCode;
  /** What the user can do about it, printed after the message. */
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'KeyguardError';
    this.code = code;
    this.hint = options.hint;
  }
}
