import type { ScanStats } from './report/types.js';

/**
 * Every fixed user-facing string of the CLI (lint-staged's messages module):
 * constants for fixed text, functions for text with values. Remediation advice
 * lives in src/remediate/, which is the product's voice for blocked commits.
 */

export const USAGE = `Usage: keyguard <command> [options]

Commands:
  check-staged        scan what is about to be committed (the pre-commit hook)
  init                set up the pre-commit hook in this repository (husky)
  rules               list the active detection rules and what each validates
  baseline            accept the findings already in the index (.keyguard-baseline.json);
                      --reason <text> records why
  help                show this help
  version             print the version

Options:
  --format <text|json>  output format of check-staged and rules (default: text)
  --no-color            disable colours (NO_COLOR and FORCE_COLOR are honoured)

Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage/config/git/internal error.
`;

export const BYPASS_HINT =
  'keyguard could not check this commit, so it was stopped (fail closed).\n' +
  'Fix the problem above, or, if you are sure the commit holds no secret, bypass once: git commit --no-verify';

export const NOTHING_STAGED = 'keyguard: nothing staged, nothing to check.';

export const unknownCommand = (name: string) => `Unknown command "${name}". Run "keyguard help".`;
export const badFormat = (value: string, allowed: readonly string[]) =>
  `Unknown --format "${value}" for this command: expected ${allowed.map((f) => `"${f}"`).join(' or ')}.`;
export const unexpectedArgument = (value: string) => `Unexpected argument "${value}".`;
export const internalError = (detail: string) => `Internal error: ${detail}`;
export const submoduleNote = (paths: readonly string[]) =>
  `${paths.length} submodule pointer(s) changed and were not descended into: ${paths.join(', ')}`;
export const binaryNote = (paths: readonly string[]) =>
  `${paths.length} binary file(s) not scanned (git treats them as binary): ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''}`;
export const pathAllowedNote = (count: number) =>
  `${count} staged file(s) skipped by the allowlist in your keyguard config.`;

export function summaryLine(stats: ScanStats, blocking: number, warnings: number): string {
  const size = stats.bytes >= 1024 * 1024
    ? `${(stats.bytes / 1024 / 1024).toFixed(1)} MB`
    : `${(stats.bytes / 1024).toFixed(1)} kB`;
  const binary = stats.binarySkipped > 0 ? `, ${stats.binarySkipped} binary skipped` : '';
  return `keyguard: ${blocking} blocking, ${warnings} warning(s); scanned ${stats.files} file(s), ${size} in ${stats.ms} ms${binary}.`;
}

export const INIT_NO_PACKAGE_JSON =
  'No package.json here. Run "keyguard init" in your project folder (npm init -y creates one), ' +
  'or, without npm, copy node_modules/keyguard/hooks/pre-commit to .git/hooks/pre-commit.';
export const INIT_GITIGNORE = 'added .env to .gitignore';
export const INIT_NOTHING = 'keyguard init: already set up, nothing changed.';
export const initBadPackageJson = (path: string) => `${path} is not a valid JSON object; fix it and run init again.`;
export const initInstalled = (command: string) => `installed husky (${command})`;
export const initPrepare = (command: string) => `set the "prepare" script to run "${command}"`;
export const initHook = (path: string) => `wrote ${path} (runs keyguard check-staged before every commit)`;
export const initActivated = (hooksPath: string) => `activated the hooks (git config core.hooksPath ${hooksPath})`;
export const initHuskyMissing = 'husky is not installed yet: run "npm install" to activate the hook';
export const initForeignHooksPath = (current: string, huskyDir: string) =>
  `core.hooksPath is already "${current}": left as is. Add "npx --no -- keyguard check-staged" to the pre-commit hook there, ` +
  `or run "git config core.hooksPath ${huskyDir}/_" to use husky.`;
export const initDone = (changes: readonly string[]) => `keyguard init:\n${changes.map((c) => `  - ${c}`).join('\n')}`;

// git layer (src/git)
export const NOT_A_REPO_HINT = 'Run keyguard inside the working tree of a git repository (a bare repository has nothing staged).';
export const gitFailed = (command: string, detail: string) => `git ${command} failed: ${detail}`;
export const noSuchDirectory = (cwd: string) => `cannot run git in ${cwd}: no such directory`;

export const baselineWritten = (file: string, total: number, added: number, removed: number) =>
  `keyguard baseline: ${total} finding(s) accepted in ${file} (${added} new, ${removed} no longer found and removed).\n` +
  'Commit the file and review it like code: an accepted key is still a key; prefer revoking it.';
export const baselineNote = (count: number) => `${count} finding(s) accepted by .keyguard-baseline.json (not blocking).`;
