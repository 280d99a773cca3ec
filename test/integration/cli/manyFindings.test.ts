/**
 * Issue 10, item 14, through the built CLI: a file holding 200,000 keys is reported in full. It
 * used to end in "Internal error: Maximum call stack size exceeded" (exit 2): the findings of one
 * file were appended with `push(...findings)`, one stack slot per finding. And `scan` of a work
 * tree with 150,000 tracked symbolic links, which copied its list of skipped links once per link
 * (40,000 links: 18 s, now 1.3 s; 150,000 ran past the test timeout). No timing assertion.
 */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../helpers/prng.js';
import { CLI, cleanEnv } from '../../helpers/runCli.js';
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

describe('scale (issue 10, item 14)', () => {
  it('scan of a file with 200,000 keys reports every one of them, exit 1', () =>
    withTempRepo((repo) => {
      repo.write('keys.txt', `${awsKeyIds(COUNT).join('\n')}\n`);
      // spawnSync keeps at most 1 MiB of output by default; the report is ~60 MB.
      const run = spawnSync(process.execPath, [CLI, 'scan', '--format', 'json', 'keys.txt'], { cwd: repo.dir, env: cleanEnv(), encoding: 'utf8', maxBuffer: 1 << 30 });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const findings = (JSON.parse(run.stdout) as { findings: { line: number }[] }).findings;
      // A random id may look typed (a run like `ABCDEF`) and is then no finding: all but a handful count.
      expect(findings.length).toBeGreaterThan(COUNT - 10);
      expect(findings.at(-1)?.line).toBeGreaterThan(COUNT - 10);
    }), 180_000);

  it('scan of a work tree with 150,000 tracked symbolic links notes them and exits 0', () =>
    withTempRepo((repo) => {
      const links = 150_000;
      for (let i = 0; i < links; i++) symlinkSync(`target-${i}`, join(repo.dir, `link-${i}`));
      repo.git(['add', '-A']);
      const run = spawnSync(process.execPath, [CLI, 'scan'], { cwd: repo.dir, env: cleanEnv(), encoding: 'utf8', maxBuffer: 1 << 30 });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`note: ${links} symbolic link(s) not followed`);
    }), 180_000);
});
