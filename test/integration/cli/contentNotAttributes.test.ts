import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeOpenAiProjectKey, randomFrom } from '../../helpers/fakeKeys.js';
import { CLI, cleanEnv, git, installHook, installPushHook, runKeyguard } from '../../helpers/runCli.js';
import { makeTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

/**
 * Issue 10, items 1, 5, 6, 7: keyguard decides what it can scan from the content, never from the
 * user's attributes or a size limit, and names (and in hooks, fails closed on) what it could not read.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function repo(): TempRepo {
  const r = makeTempRepo();
  cleanups.push(() => r.cleanup());
  return r;
}

function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-content-')));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real `git commit` through the installed pre-commit hook (check-staged). */
function commitThroughHook(r: TempRepo): { status: number | null; output: string } {
  installHook(r.dir);
  const run = git(r.dir, ['commit', '-q', '-m', 'through the hook']);
  return { status: run.status, output: run.stdout + run.stderr };
}

function commitNoVerify(r: TempRepo, files: Record<string, string | Buffer>): string {
  for (const [path, content] of Object.entries(files)) r.write(path, content);
  r.git(['add', '-A']);
  r.git(['commit', '-q', '--no-verify', '-m', `add ${Object.keys(files).join(' ')}`]);
  return r.git(['rev-parse', 'HEAD']).trim();
}

const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);
const utf16le = (text: string) => withBom([0xff, 0xfe], Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => withBom([0xfe, 0xff], Buffer.from(text, 'utf16le').swap16());

interface JsonReport {
  findings: { file: string; line: number; column: number; commit?: string }[];
  stats: { binarySkipped: number; unscanned?: { file: string; reason: string; commit?: string }[] };
}
const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const places = (stdout: string) => json(stdout).findings.map((f) => `${f.file}:${f.line}`);

/** Three clean lines then the key: the finding must say line 4. */
const snapshot = (key: string) => `exports[\`a 1\`] = \`\nfirst\nsecond\nconst token = "${key}";\n\`;\n`;

describe('files git treats as binary because of attributes are scanned by content', () => {
  const sources: [string, (r: TempRepo, line: string) => void][] = [
    ['.gitattributes', (r, line) => r.write('.gitattributes', `${line}\n`)],
    ['.git/info/attributes', (r, line) => r.write('.git/info/attributes', `${line}\n`)],
    ['core.attributesFile', (r, line) => {
      const file = join(tempDir(), 'attributes');
      writeFileSync(file, `${line}\n`);
      r.git(['config', 'core.attributesFile', file]);
    }],
  ];
  const kinds: [string, string, (r: TempRepo) => void][] = [
    ['-diff', '*.snap -diff', () => undefined],
    ['binary', '*.snap binary', () => undefined],
    ['diff=drv with diff.drv.binary', '*.snap diff=drv', (r) => r.git(['config', 'diff.drv.binary', 'true'])],
  ];
  for (const [source, write] of sources) {
    for (const [kind, line, configure] of kinds) {
      it(`git commit is blocked: ${kind} in ${source}`, () => {
        const r = repo();
        write(r, line);
        configure(r);
        r.write('a.snap', snapshot(fakeOpenAiProjectKey()));
        r.git(['add', '-A']);
        // git itself shows the file as binary: the old code stopped here ("1 binary file(s) not scanned").
        expect(r.git(['diff', '--cached', '--numstat', '--', 'a.snap'])).toMatch(/^-\t-\t/);
        const run = commitThroughHook(r);
        expect(run.status).not.toBe(0);
        expect(run.output).toContain('a.snap:4:16');
        expect(r.git(['rev-list', '--count', 'HEAD']).trim()).toBe('1');
      });
    }
  }

  it('reports only lines the old blob did not have, at their exact line numbers', () => {
    const r = repo();
    const old = fakeOpenAiProjectKey();
    commitNoVerify(r, { '.gitattributes': '*.snap -diff\n', 'a.snap': `one\nold = "${old}"\ntwo\n` });
    const added = fakeOpenAiProjectKey();
    r.write('a.snap', `zero\none\nold = "${old}"\nnew = "${added}"\ntwo\n`);
    r.git(['add', '-A']);
    const run = runKeyguard(r.dir, ['check-staged', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => [f.file, f.line, f.column])).toEqual([['a.snap', 4, 8]]);
  });

  it('a deleted -diff file next to a new one does not count as the new one\'s old content', () => {
    const r = repo();
    const line = `token = "${fakeOpenAiProjectKey()}"`;
    const filler = (tag: string) => Array.from({ length: 40 }, (_, i) => `${tag} content, line number ${i}`).join('\n');
    commitNoVerify(r, { '.gitattributes': '*.snap -diff\n', 'a.snap': `${line}\n${filler('old')}\n` });
    r.git(['rm', '-q', 'a.snap']);
    r.write('b.snap', `${filler('new')}\n${line}\n`);
    r.git(['add', '-A']);
    expect(r.git(['diff', '--cached', '--name-status'])).toBe('D\ta.snap\nA\tb.snap\n');
    const run = runKeyguard(r.dir, ['check-staged', '--format', 'json']);
    expect(places(run.stdout)).toEqual(['b.snap:41']);
  });

  it('check-files scans a -diff file it is given', () => {
    const r = repo();
    r.write('.gitattributes', '*.lock -diff\n');
    r.write('deps.lock', `resolved "x"\ntoken "${fakeOpenAiProjectKey()}"\n`);
    r.git(['add', '-A']);
    const run = runKeyguard(r.dir, ['check-files', 'deps.lock']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('deps.lock:2:8');
  });

  it('still counts real binary content (NUL in the first 8000 bytes) as binary, and lets it through', () => {
    const r = repo();
    r.write('.gitattributes', '*.png -diff\n');
    r.write('logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), Buffer.from(`key=${fakeOpenAiProjectKey()}\n`)]));
    r.git(['add', '-A']);
    const run = runKeyguard(r.dir, ['check-staged', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(json(run.stdout).stats.binarySkipped).toBe(1);
    expect(runKeyguard(r.dir, ['check-staged']).stdout).toContain('1 binary file(s) not scanned (binary content: a NUL byte');
  });

  it('check-push blocks a -diff file with a key committed with --no-verify', () => {
    const r = repo();
    const remote = tempDir();
    r.git(['init', '-q', '--bare', remote]);
    r.git(['remote', 'add', 'origin', remote]);
    r.git(['push', '-q', '-u', 'origin', 'main']);
    installPushHook(r.dir);
    const bad = commitNoVerify(r, { '.gitattributes': '*.ipynb -diff\n', 'nb.ipynb': `{\n  "cells": [],\n  "key": "${fakeOpenAiProjectKey()}"\n}\n` });
    const push = git(r.dir, ['push', 'origin', 'main']);
    expect(push.status).not.toBe(0);
    expect(push.stdout + push.stderr).toContain(`commit ${bad.slice(0, 12)}`);
    expect(push.stdout + push.stderr).toContain('nb.ipynb:3');
  });

  it('keyguard baseline accepts a key in a UTF-16 file, so check-staged lets it through', () => {
    const r = repo();
    r.write('deploy.ps1', utf16le(`$token = "${fakeOpenAiProjectKey()}"\r\n`));
    r.git(['add', '-A']);
    expect(runKeyguard(r.dir, ['baseline']).stdout).toContain('1 finding(s) accepted');
    r.git(['add', '-A']);
    const run = runKeyguard(r.dir, ['check-staged']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 finding(s) accepted by .keyguard-baseline.json');
  });

  it('scan-history and scrub find a key in a -diff file', () => {
    const r = repo();
    const id = commitNoVerify(r, { '.gitattributes': '*.snap binary\n', 'a.snap': snapshot(fakeOpenAiProjectKey()) });
    const run = runKeyguard(r.dir, ['scan-history', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => [f.file, f.line, f.commit])).toEqual([['a.snap', 4, id]]);
    expect(json(run.stdout).stats.binarySkipped).toBe(0);
    const out = join(tempDir(), 'replacements.txt');
    const scrub = runKeyguard(r.dir, ['scrub', '--write-replacements', out]);
    expect(scrub.status).toBe(0);
    expect(scrub.stdout).toContain('1 key(s) to remove from history');
    expect(scrub.stdout).toContain('(a.snap:4)');
  });
});

describe('UTF-16 and UTF-8 BOM text is decoded and scanned with exact line numbers', () => {
  const script = (key: string) => `# deploy.ps1\r\nparam()\r\n$token = "${key}"\r\nWrite-Host done\r\n`;

  it('git commit of a UTF-16LE PowerShell script with a key is blocked (line 3)', () => {
    const r = repo();
    r.write('deploy.ps1', utf16le(script(fakeOpenAiProjectKey())));
    r.git(['add', '-A']);
    const run = commitThroughHook(r);
    expect(run.status).toBe(1);
    expect(run.output).toContain('deploy.ps1:3:11');
  });

  it('check-staged finds a key in UTF-16BE and UTF-8-with-BOM files, line and column exact', () => {
    const r = repo();
    r.write('be.reg', utf16be(script(fakeOpenAiProjectKey())));
    r.write('bom.txt', withBom([0xef, 0xbb, 0xbf], Buffer.from(`token = "${fakeOpenAiProjectKey()}"\nend\n`)));
    r.git(['add', '-A']);
    const run = runKeyguard(r.dir, ['check-staged', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual(['be.reg:3:11', 'bom.txt:1:10']);
  });

  it('a working-tree-encoding file is stored as UTF-8 by git and found', () => {
    const r = repo();
    r.write('.gitattributes', '*.ps1 working-tree-encoding=UTF-16LE-BOM eol=crlf\n');
    r.write('deploy.ps1', utf16le(script(fakeOpenAiProjectKey())));
    r.git(['add', '-A']);
    expect(r.git(['cat-file', '-p', ':deploy.ps1'])).toContain('$token = "');
    const run = runKeyguard(r.dir, ['check-staged', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(places(run.stdout)).toEqual(['deploy.ps1:3']);
  });

  it('scan-history reports a key in a committed UTF-16LE file, in only the commit that added it', () => {
    const r = repo();
    const key = fakeOpenAiProjectKey();
    const id = commitNoVerify(r, { 'deploy.ps1': utf16le(script(key)) });
    commitNoVerify(r, { 'deploy.ps1': utf16le(`${script(key)}Write-Host again\r\n`) });
    const run = runKeyguard(r.dir, ['scan-history', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => [f.file, f.line, f.commit])).toEqual([['deploy.ps1', 3, id]]);
  });

  it('keyguard scan decodes UTF-16 working-tree files instead of skipping them as binary', () => {
    const r = repo();
    r.write('deploy.ps1', utf16le(script(fakeOpenAiProjectKey())));
    r.write('be.ps1', utf16be(script(fakeOpenAiProjectKey())));
    const run = runKeyguard(r.dir, ['scan', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['be.ps1:3:11', 'deploy.ps1:3:11']);
    expect(json(run.stdout).stats.binarySkipped).toBe(0);
  });
});

describe('Git LFS: the object is scanned when present, else the file is named', () => {
  /** Store `content` as LFS object under `objects` and return its pointer (git-lfs docs/spec.md). */
  function lfsStore(objects: string, content: string): string {
    const oid = createHash('sha256').update(content).digest('hex');
    const dir = join(objects, oid.slice(0, 2), oid.slice(2, 4));
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, oid), content);
    return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${Buffer.byteLength(content)}\n`;
  }
  const modelConfig = (key: string) => `name: model\napi_key: "${key}"\n`;
  const LFS_ATTRIBUTES = '*.yml filter=lfs diff=lfs merge=lfs -text\n';

  it('git commit is blocked by a key in the local LFS object (the pointer alone is clean)', () => {
    const r = repo();
    const pointer = lfsStore(join(r.dir, '.git', 'lfs', 'objects'), modelConfig(fakeOpenAiProjectKey()));
    r.write('.gitattributes', LFS_ATTRIBUTES);
    r.write('model.yml', pointer);
    r.git(['add', '-A']);
    const run = commitThroughHook(r);
    expect(run.status).toBe(1);
    expect(run.output).toContain('model.yml:2:11');
  });

  it('honours lfs.storage', () => {
    const r = repo();
    const storage = tempDir();
    r.git(['config', 'lfs.storage', storage]);
    r.write('model.yml', lfsStore(join(storage, 'objects'), modelConfig(fakeOpenAiProjectKey())));
    r.git(['add', '-A']);
    expect(places(runKeyguard(r.dir, ['check-staged', '--format', 'json']).stdout)).toEqual(['model.yml:2']);
  });

  it('a missing object fails the commit closed (exit 2, named); with onUnscannable "note" it is listed in JSON', () => {
    const r = repo();
    const pointer = lfsStore(tempDir(), modelConfig(fakeOpenAiProjectKey())); // stored elsewhere: not local
    r.write('.gitattributes', LFS_ATTRIBUTES);
    r.write('model.yml', pointer);
    r.git(['add', '-A']);
    expect(runKeyguard(r.dir, ['check-staged']).status).toBe(2);
    const run = commitThroughHook(r);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('could not scan 1 file(s)');
    expect(run.output).toContain('model.yml: Git LFS object not present locally');
    expect(run.output).toContain('git commit --no-verify');
    r.write('keyguard.config.json', '{ "onUnscannable": "note" }\n');
    r.git(['add', '-A']);
    const noted = runKeyguard(r.dir, ['check-staged', '--format', 'json']);
    expect(noted.status).toBe(0);
    expect(json(noted.stdout).stats.unscanned).toEqual([{ file: 'model.yml', reason: 'Git LFS object not present locally (git lfs fetch, then run again)' }]);
  });

  it('check-push fails closed on a missing object; scan-history only notes it (with the commit)', () => {
    const r = repo();
    const id = commitNoVerify(r, { '.gitattributes': LFS_ATTRIBUTES, 'model.yml': lfsStore(tempDir(), modelConfig('clean')) });
    const push = spawnSync(process.execPath, [CLI, 'check-push', 'origin'], {
      cwd: r.dir, env: cleanEnv(), input: `refs/heads/main ${id} refs/heads/main ${'0'.repeat(40)}\n`, encoding: 'utf8',
    });
    expect(push.status).toBe(2);
    expect(push.stderr).toContain('model.yml: Git LFS object not present locally');
    expect(push.stderr).toContain('git push --no-verify');
    const history = runKeyguard(r.dir, ['scan-history', '--format', 'json']);
    expect(history.status).toBe(0);
    expect(json(history.stdout).stats.unscanned).toEqual([{ file: 'model.yml', reason: expect.stringContaining('not present locally'), commit: id }]);
    expect(runKeyguard(r.dir, ['scan-history']).stdout).toContain(`${id.slice(0, 12)} model.yml: Git LFS object not present locally`);
  });

  it('scan-history finds a key in a committed LFS object that is present', () => {
    const r = repo();
    const id = commitNoVerify(r, { '.gitattributes': LFS_ATTRIBUTES, 'model.yml': lfsStore(join(r.dir, '.git', 'lfs', 'objects'), modelConfig(fakeOpenAiProjectKey())) });
    const run = runKeyguard(r.dir, ['scan-history', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => [f.file, f.line, f.commit])).toEqual([['model.yml', 2, id]]);
  });
});

describe('content over a size limit is named, never passed as binary', () => {
  it('git commit of a text file above core.bigFileThreshold (512 MiB) fails closed, naming it', () => {
    // A real 513 MiB file, cheap on disk: 12 kB of text, then a sparse hole (NUL bytes past the
    // first 8000, so it is text by git's own test). git stores it in a ~1 MB pack.
    const r = repo();
    r.write('dump.sql', `-- dump\n${randomFrom('abcdefghij\n', 12_000)}\n`);
    truncateSync(join(r.dir, 'dump.sql'), 513 * 1024 * 1024);
    r.git(['add', '-A']);
    const run = commitThroughHook(r);
    expect(run.status).not.toBe(0); // git commit exits 1 whatever the hook's code; the hook said:
    expect(run.output).toContain('keyguard could not check this commit, so it was stopped (fail closed)');
    expect(run.output).toMatch(/dump\.sql: text of 513 MiB, over the 64 MiB keyguard reads whole/);
    expect(r.git(['rev-list', '--count', 'HEAD']).trim()).toBe('1');
  }, 60_000);

  it('keyguard scan lists a UTF-16 file over 64 MiB as not scanned; onUnscannable "block" makes it exit 2', () => {
    const r = repo();
    r.write('huge.ps1', utf16le('# script\r\n'));
    truncateSync(join(r.dir, 'huge.ps1'), 65 * 1024 * 1024); // sparse: nothing is written or read
    const run = runKeyguard(r.dir, ['scan', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(json(run.stdout).stats.unscanned).toEqual([{ file: 'huge.ps1', reason: expect.stringContaining('text of 65 MiB') }]);
    expect(json(run.stdout).stats.binarySkipped).toBe(0);
    r.write('keyguard.config.json', '{ "onUnscannable": "block" }\n');
    const blocked = runKeyguard(r.dir, ['scan']);
    expect(blocked.status).toBe(2);
    expect(blocked.stderr).toContain('huge.ps1: text of 65 MiB');
  });

  it('scan-history notes (does not silently skip) a -diff text file over 64 MiB, exit code unchanged', () => {
    const r = repo();
    r.write('.gitattributes', '*.snap -diff\n');
    r.write('big.snap', 'text\n'.repeat(2000));
    truncateSync(join(r.dir, 'big.snap'), 65 * 1024 * 1024);
    r.git(['add', '-A']);
    r.git(['commit', '-q', '--no-verify', '-m', 'big']);
    const run = runKeyguard(r.dir, ['scan-history', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(json(run.stdout).stats.unscanned?.map((u) => u.file)).toEqual(['big.snap']);
    expect(json(run.stdout).stats.binarySkipped).toBe(0);
  }, 60_000);
});
