/** User-facing text of the git layer (kept here so src/messages.ts can absorb it in one move). */

export const NOT_A_REPO_HINT = 'Run keyguard inside the working tree of a git repository (a bare repository has nothing staged).';

export const gitFailed = (command: string, detail: string) => `git ${command} failed: ${detail}`;

export const noSuchDirectory = (cwd: string) => `cannot run git in ${cwd}: no such directory`;
