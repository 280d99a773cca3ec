import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAwsAccessKeyId, fakeOpenAiProjectKey, fakeRsaPrivateKeyPem } from '../../helpers/fakeKeys.js';
import { cleanEnv, runKeyguard } from '../../helpers/runCli.js';
import { makeTempRepo, type TempRepo } from '../../helpers/tempRepo.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'keyguard-scrub-')));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Every commit (by subject) with every file's content: what must survive the rewrite. */
function snapshot(r: TempRepo): Map<string, Map<string, string>> {
  const commits = r.git(['log', '--all', '--format=%H %s']).trim().split('\n');
  return new Map(commits.map((line) => {
    const [id = '', ...subject] = line.split(' ');
    const paths = r.git(['ls-tree', '-r', '-z', '--name-only', id]).split('\0').filter(Boolean);
    return [subject.join(' '), new Map(paths.map((p) => [p, r.git(['show', `${id}:${p}`])]))];
  }));
}

describe('keyguard scrub with real git filter-repo', () => {
  it('writes a 0600 expressions file that removes every key from every commit and leaves the rest intact', () => {
    // .ci/run installs it (Debian package git-filter-repo); without it this test cannot prove anything.
    const version = spawnSync('git', ['filter-repo', '--version'], { env: cleanEnv(), encoding: 'utf8' });
    expect(version.status, 'git filter-repo is not installed: run "apt-get install -y git-filter-repo" (.ci/run does)').toBe(0);

    const r = makeTempRepo();
    cleanups.push(() => r.cleanup());
    const openai = fakeOpenAiProjectKey();
    const aws = fakeAwsAccessKeyId();
    const pem = fakeRsaPrivateKeyPem();
    const commit = (message: string, files: Record<string, string>) => {
      for (const [path, content] of Object.entries(files)) r.write(path, content);
      r.git(['add', '-A']);
      r.git(['commit', '-q', '-m', message]);
    };
    commit('config', { 'config.js': `// settings\nconst key = "${openai}";\nexport default key;\n`, 'other.txt': 'one\n' });
    // A multi-line key with CRLF line endings: a regex expression, line breaks matching \r?\n.
    commit('deploy key', { 'deploy/id_rsa': pem.replace(/\n/g, '\r\n'), 'other.txt': 'one\ntwo\n' });
    // The same key in an annotated tag's message: --replace-message removes it there.
    r.git(['tag', '-a', 'v1', '-m', `release\n\nold key ${openai}`]);
    commit('remove key', { 'config.js': '// settings\nconst key = process.env.OPENAI_API_KEY;\nexport default key;\n' });
    r.git(['checkout', '-q', '-b', 'feature']);
    commit('aws', { '.env': `AWS_ACCESS_KEY_ID=${aws}\n` });
    r.git(['checkout', '-q', 'main']);
    const before = snapshot(r);
    const count = r.git(['rev-list', '--all', '--count']);

    const out = tempDir();
    const file = join(out, 'replacements.txt');
    const run = runKeyguard(r.dir, ['scrub', '--write-replacements', file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const secret of [openai, aws, ...pem.split('\n').filter((l) => l.length > 40)]) expect(run.stdout).not.toContain(secret);
    expect(run.stdout).toContain('3 key(s) to remove from history');
    expect(run.stdout).toContain(`git filter-repo --replace-text ${file} --replace-message ${file}`);
    expect(run.stdout).toContain('npx keyguard scan-history --all');
    expect(run.stdout).toContain('git push --force-with-lease --all origin');
    const expressions = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(expressions).toHaveLength(3);
    expect(expressions).toContain(`literal:${openai}==>***REMOVED-openai-project-key***`);
    expect(expressions.filter((l) => l.startsWith('regex:'))).toHaveLength(1);

    // Never overwritten, never written inside the work tree; an empty private file (mktemp) is fine.
    expect(runKeyguard(r.dir, ['scrub', '--write-replacements', file]).status).toBe(2);
    expect(runKeyguard(r.dir, ['scrub', '--write-replacements', 'in-tree.txt']).status).toBe(2);
    const empty = join(out, 'mktemp');
    writeFileSync(empty, '', { mode: 0o600 });
    const again = runKeyguard(r.dir, ['scrub', '--write-replacements', empty]);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(empty, 'utf8')).toBe(readFileSync(file, 'utf8'));

    // Not a fresh clone, hence --force (git-filter-repo(1) "FRESH CLONE SAFETY CHECK AND --FORCE").
    const rewrite = spawnSync('git', ['filter-repo', '--force', '--replace-text', file, '--replace-message', file], { cwd: r.dir, env: cleanEnv(), encoding: 'utf8' });
    expect(rewrite.status, `git filter-repo: ${rewrite.stdout}${rewrite.stderr}`).toBe(0);

    const log = r.git(['log', '-p', '--all']);
    for (const secret of [openai, aws, ...pem.split('\n').filter((l) => l.length > 0)]) expect(log).not.toContain(secret.trim());
    expect(runKeyguard(r.dir, ['scan-history', '--all'])).toMatchObject({ status: 0 });
    expect(r.git(['rev-list', '--all', '--count'])).toBe(count);
    const after = snapshot(r);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [subject, files] of before) {
      for (const [path, content] of files) {
        const expected = content
          .replace(openai, '***REMOVED-openai-project-key***')
          .replace(aws, '***REMOVED-aws-access-key-id***')
          .replace(pem.trimEnd().replace(/\n/g, '\r\n'), '***REMOVED-private-key***');
        expect({ subject, path, content: after.get(subject)?.get(path) }).toEqual({ subject, path, content: expected });
      }
    }
    expect(r.git(['tag', '--list'])).toBe('v1\n');
    expect(r.git(['cat-file', 'tag', 'v1'])).toContain('old key ***REMOVED-openai-project-key***');
  });
});

describe('keyguard scrub --write-replacements refuses the work tree by any path', () => {
  it('through a symlinked directory, a symlink as the file name (even dangling) or .. after a link', () => {
    const r = makeTempRepo();
    cleanups.push(() => r.cleanup());
    r.write('config.js', `const key = "${fakeOpenAiProjectKey()}";\n`);
    r.git(['add', '-A']);
    r.git(['commit', '-q', '-m', 'key']);
    mkdirSync(join(r.dir, 'sub'));
    const out = tempDir();
    symlinkSync(r.dir, join(out, 'tree'));
    symlinkSync(join(r.dir, 'sub'), join(out, 'subdir'));
    symlinkSync(join(r.dir, 'leak.txt'), join(out, 'dangling'));
    const cases = [
      [join(out, 'tree', 'replacements.txt'), join(r.dir, 'replacements.txt')],
      [join(out, 'subdir', 'replacements.txt'), join(r.dir, 'sub', 'replacements.txt')],
      [join(out, 'dangling'), join(r.dir, 'leak.txt')],
      // The system resolves `subdir/..` to the work tree's top, not to `out`.
      [`${join(out, 'subdir')}/../dotdot.txt`, join(r.dir, 'dotdot.txt')],
    ];
    for (const [given, lands] of cases) {
      const run = runKeyguard(r.dir, ['scrub', '--write-replacements', given!]);
      expect(run.status, given).toBe(2);
      expect(run.stderr).toContain('inside the working tree');
      expect(existsSync(lands!), lands).toBe(false);
    }
    // Control: the same repository, a path really outside, is written.
    expect(runKeyguard(r.dir, ['scrub', '--write-replacements', join(out, 'outside.txt')]).status).toBe(0);
  });
});
