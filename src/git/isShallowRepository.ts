import { execGit } from './execGit.js';

/** A shallow clone has no history before its boundary commits (git-rev-parse(1) --is-shallow-repository). */
export async function isShallowRepository(cwd: string): Promise<boolean> {
  return (await execGit(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
}
