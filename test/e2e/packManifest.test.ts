import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNpmProject, ok, pack, run } from '../helpers/npmProject.js';

/**
 * The packed package.json carries no development scripts (issue 11, point 2): npm 11 warned about
 * keyguard's "prepare" on every install of the tarball. The checkout is copied (sources, build
 * config, scripts; node_modules linked) and packed there with its real prepack/postpack, so the
 * build that prepack runs never touches the dist/ other tests are running.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const TIMEOUT = 180_000;
const COPIED = ['package.json', 'README.md', 'esbuild.config.mjs', 'tsconfig.json', 'src', 'hooks', 'scripts'];
let work = '';
let checkout = '';

beforeAll(() => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-pack-')));
  checkout = join(work, 'keyguard');
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(checkout, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'));
});

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

const manifestText = () => readFileSync(join(checkout, 'package.json'), 'utf8');
const strip = (command: 'strip' | 'restore') => run(checkout, process.execPath, ['scripts/packManifest.mjs', command]);

describe('npm pack', () => {
  it('ships a package.json without scripts, leaves the checkout\'s own unchanged; the tarball installs without a warning', async () => {
    const before = manifestText();
    const tarball = await pack(work, checkout, []);
    expect(manifestText()).toBe(before);
    expect(existsSync(join(checkout, 'package.json.before-pack'))).toBe(false);
    const packed = JSON.parse(await ok(work, 'tar', ['-xzOf', tarball, 'package/package.json'])) as Record<string, unknown>;
    expect(packed.scripts).toBeUndefined();
    expect(packed.bin).toEqual({ keyguard: 'dist/cli.cjs' });
    expect(await ok(work, 'tar', ['-tzf', tarball])).toContain('package/dist/cli.cjs'); // prepack built it

    const app = await makeNpmProject(join(work, 'app'), { name: 'app' });
    const install = await run(app, 'npm', ['install', '--no-audit', '--no-fund', '--offline', '--save-dev', tarball]);
    expect(install.status).toBe(0);
    expect(install.stderr).not.toMatch(/npm warn/i);
    expect((await ok(app, 'npx', ['--no', 'keyguard', 'version'])).trim()).toBe((JSON.parse(before) as { version: string }).version);
  }, TIMEOUT);

  it('never loses the developer\'s package.json when a pack dies between prepack and postpack', async () => {
    const original = manifestText();
    expect((await strip('strip')).status).toBe(0);
    expect(JSON.parse(manifestText())).not.toHaveProperty('scripts');
    // Interrupted: no restore. The next pack puts the original back before stripping again.
    expect((await strip('strip')).status).toBe(0);
    expect(readFileSync(join(checkout, 'package.json.before-pack'), 'utf8')).toBe(original);
    expect((await strip('restore')).status).toBe(0);
    expect(manifestText()).toBe(original);

    // Edited after an interrupted pack: neither file is touched, the developer chooses.
    expect((await strip('strip')).status).toBe(0);
    const edited = manifestText().replace('"version"', '"private": true,\n  "version"');
    writeFileSync(join(checkout, 'package.json'), edited);
    const refused = await strip('strip');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('package.json.before-pack is left from an interrupted npm pack');
    expect(manifestText()).toBe(edited);
    expect(readFileSync(join(checkout, 'package.json.before-pack'), 'utf8')).toBe(original);
  });
});
