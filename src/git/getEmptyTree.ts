import { execGit } from './execGit.js';

/**
 * The id of the empty tree in this repository's hash (SHA-1 and SHA-256 repositories differ),
 * computed without writing anything (`git hash-object -t tree /dev/null`, no `-w`).
 */
export async function getEmptyTree(cwd: string): Promise<string> {
  return (await execGit(['hash-object', '-t', 'tree', '/dev/null'], { cwd })).trim();
}
