/**
 * Issue 10, item 14, through the built CLI: a file holding 200,000 keys is reported in full. It
 * used to end in "Internal error: Maximum call stack size exceeded" (exit 2): the findings of one
 * file were appended with `push(...findings)`, one stack slot per finding. And `scan` of a work
 * tree with 150,000 tracked symbolic links, which copied its list of skipped links once per link
 * (40,000 links: 18 s, now 1.3 s; 150,000 ran past the test timeout). No timing assertion.
 * Every long step is asynchronous: a worker blocked for over 60 s (a loaded machine) fails the
 * whole vitest run with `Timeout calling "onTaskUpdate"` (see test/helpers/spawnAsync.ts).
 */
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../helpers/prng.js';
import { runKeyguardAsync } from '../../helpers/runCli.js';
import { withTempRepo } from '../../helpers/tempRepo.js';

const COUNT = 200_000;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** AWS access key ids (`AKIA` + 16 base32), built at run time; seeded, so every run scans the same text. */
function awsKeyIds(count: number): string[] {
  const next = mulberry32(14);
  return Array.from({ length: count }, () => {
    let id = 'AK' + 'IA';
    for (let i = 0; i < 16; i++) id += BASE32[next() % 32];
    return id;
  });
}

/** `count` dangling links `link-<i>` in `dir`, a thousand at a time without blocking the worker. */
async function makeLinks(dir: string, count: number): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - start) }, (_, i) => start + i);
    await Promise.all(batch.map((i) => symlink(`target-${i}`, join(dir, `link-${i}`))));
  }
}

describe('scale (issue 10, item 14)', () => {
  it('scan of a file with 200,000 keys reports every one of them, exit 1', () =>
    withTempRepo(async (repo) => {
      repo.write('keys.txt', `${awsKeyIds(COUNT).join('\n')}\n`);
      const run = await runKeyguardAsync(repo.dir, ['scan', '--format', 'json', 'keys.txt']); // all ~60 MB of the report
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const findings = (JSON.parse(run.stdout) as { findings: { line: number }[] }).findings;
      // A random id may look typed (a run like `ABCDEF`) and is then no finding: all but a handful count.
      expect(findings.length).toBeGreaterThan(COUNT - 10);
      expect(findings.at(-1)?.line).toBeGreaterThan(COUNT - 10);
    }), 180_000);

  it('scan of a work tree with 150,000 tracked symbolic links notes them and exits 0', () =>
    withTempRepo(async (repo) => {
      const links = 150_000;
      await makeLinks(repo.dir, links);
      await repo.gitAsync(['add', '-A']);
      const run = await runKeyguardAsync(repo.dir, ['scan']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`note: ${links} symbolic link(s) not followed`);
    }), 180_000);
});
