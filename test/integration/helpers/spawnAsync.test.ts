import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnAsync } from '../../helpers/spawnAsync.js';

/**
 * The helper the end-to-end tests run npm, npx and git through: same result as spawnSync, but
 * the test worker's event loop keeps running (vitest's worker RPC times out after 60 s otherwise).
 */
const node = (script: string) => [process.execPath, ['-e', script]] as const;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('spawnAsync', () => {
  it('gives the status, all of stdout and stderr (UTF-8 split across reads intact) and passes the input', async () => {
    const [command, args] = node("process.stdin.pipe(process.stdout); process.stderr.write('é'.repeat(200000)); process.exitCode = 3");
    const r = await spawnAsync(command, args, { cwd: tmpdir(), env: process.env, input: 'input ✓' });
    expect(r).toEqual({ status: 3, stdout: 'input ✓', stderr: 'é'.repeat(200_000) });
  });

  it('lets the test process run while the child runs: the child waits for a file the test writes meanwhile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyguard-spawn-'));
    dirs.push(dir);
    const go = join(dir, 'go');
    // With a blocking spawn the file would never appear and the child would be killed at the timeout.
    const [command, args] = node(`const { existsSync } = require('node:fs'); const t = setInterval(() => existsSync(${JSON.stringify(go)}) && clearInterval(t), 5)`);
    const pending = spawnAsync(command, args, { cwd: dir, env: process.env, timeout: 50_000 });
    setTimeout(() => writeFileSync(go, ''), 0);
    expect((await pending).status).toBe(0);
  }, 60_000);

  it('kills a child running past the timeout and rejects, like spawnSync\'s error; rejects a command that cannot start', async () => {
    const [command, args] = node('setInterval(() => {}, 1000)');
    await expect(spawnAsync(command, args, { cwd: tmpdir(), env: process.env, timeout: 300 })).rejects.toThrow(/timed out after 300 ms/);
    await expect(spawnAsync('keyguard-no-such-command', [], { cwd: tmpdir(), env: process.env })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
