/**
 * What a command may do to the outside world. Only src/cli.ts builds one from
 * `process`; tests pass fakes (lint-staged's logger-parameter pattern).
 */
export interface CommandIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Milliseconds, monotonic (performance.now in the CLI). */
  readonly now: () => number;
  /** Colours allowed on stdout (TTY, NO_COLOR / FORCE_COLOR already applied). */
  readonly color: boolean;
  /** Whole standard input; only commands that consume stdin call it. */
  readonly readStdin: () => Promise<Buffer>;
  /** stderr is a terminal: progress may be shown there. */
  readonly stderrIsTTY: boolean;
}

/** `markdown`: the GitHub job summary's table (src/report/formatMarkdown.ts); merge-reports offers it too. */
export type OutputFormat = 'text' | 'json' | 'sarif' | 'markdown';
