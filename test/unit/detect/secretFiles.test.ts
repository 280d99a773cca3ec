import { describe, expect, it } from 'vitest';
import { classifySecretFile, findSecretFiles, SECRET_FILE_RULE_IDS } from '../../../src/detect/secretFiles.js';

describe('classifySecretFile', () => {
  it.each([
    ['.env', 'secret-file-env'],
    ['apps/web/.env.local', 'secret-file-env'],
    ['.env.production', 'secret-file-env'],
    ['config/.ENV.staging', 'secret-file-env'],
    ['.env.keys', 'secret-file-env'],
    ['deploy/server.pem', 'secret-file-private-key'],
    ['tls/site.key', 'secret-file-private-key'],
    ['.ssh/id_rsa', 'secret-file-private-key'],
    ['id_ed25519', 'secret-file-private-key'],
    ['id_ecdsa', 'secret-file-private-key'],
    ['id_dsa', 'secret-file-private-key'],
    ['certs/client.p12', 'secret-file-keystore'],
    ['win/cert.pfx', 'secret-file-keystore'],
    ['android/release.jks', 'secret-file-keystore'],
    ['android/upload.keystore', 'secret-file-keystore'],
    ['infra/terraform.tfstate', 'secret-file-tfstate'],
    ['infra/terraform.tfstate.backup', 'secret-file-tfstate'],
    ['.git-credentials', 'secret-file-git-credentials'],
    ['home/.netrc', 'secret-file-netrc'],
    ['_netrc', 'secret-file-netrc'],
    ['.npmrc', 'secret-file-npmrc'],
    ['.pypirc', 'secret-file-pypirc'],
  ])('%s is %s', (path, ruleId) => {
    expect(classifySecretFile(path)?.ruleId).toBe(ruleId);
  });

  it.each([
    '.env.example', '.env.sample', '.env.template', '.env.dist', '.env.vault', 'apps/api/.env.example',
    'id_rsa.pub', '.ssh/id_ed25519.pub', 'keys/server.pem.pub',
    'src/env.ts', 'environment.yml', '.envrc.md', 'docs/keys.md', 'src/keystore.ts', 'terraform.tf', 'main.tfvars.json',
    'README.md', '.gitignore', 'pem', 'key',
  ])('%s is not a secret file', (path) => {
    expect(classifySecretFile(path)).toBeUndefined();
  });

  it('lists every id it gives in SECRET_FILE_RULE_IDS (what disabledRules accepts)', () => {
    const given = ['.env', 'id_rsa', 'a.p12', 'terraform.tfstate', '.git-credentials', '.netrc', '.npmrc', '.pypirc'].map((p) => classifySecretFile(p)?.ruleId);
    expect(given).toEqual(SECRET_FILE_RULE_IDS);
  });

  it('gives the exact .gitignore line', () => {
    expect(classifySecretFile('apps/web/.env.local')?.gitignoreLine).toBe('.env.local');
    expect(classifySecretFile('deploy/server.pem')?.gitignoreLine).toBe('*.pem');
    expect(classifySecretFile('.ssh/id_rsa')?.gitignoreLine).toBe('id_rsa');
    expect(classifySecretFile('release.jks')?.gitignoreLine).toBe('*.jks');
  });
});

describe('findSecretFiles', () => {
  const none = () => '';

  it('reports added, modified and renamed secret files, never deletions', () => {
    const files = [
      { path: '.env', status: 'A' },
      { path: 'old/.env.production', status: 'D' },
      { path: 'id_rsa', status: 'M' },
      { path: 'certs/new.pem', status: 'R' },
      { path: 'src/app.ts', status: 'A' },
    ];
    expect(findSecretFiles(files, none).map((h) => h.path)).toEqual(['.env', 'id_rsa', 'certs/new.pem']);
  });

  it('reports .npmrc and .pypirc only when their added lines hold a credential', () => {
    const files = [{ path: '.npmrc', status: 'A' }, { path: 'py/.pypirc', status: 'M' }];
    const clean: Record<string, string> = { '.npmrc': 'registry=https://registry.npmjs.org/\nsave-exact=true', 'py/.pypirc': '[pypi]\nusername = __token__' };
    expect(findSecretFiles(files, (p) => clean[p] ?? '')).toEqual([]);
    expect(findSecretFiles(files, () => '//registry.npmjs.org/:_authToken=${NPM_TOKEN}')).toEqual([]);
    const withAuth: Record<string, string> = { '.npmrc': `//registry.npmjs.org/:_authToken=${'a1b2'.repeat(6)}`, 'py/.pypirc': `[pypi]\npassword = ${'c3d4'.repeat(6)}` };
    expect(findSecretFiles(files, (p) => withAuth[p] ?? '').map((h) => h.kind.ruleId)).toEqual(['secret-file-npmrc', 'secret-file-pypirc']);
  });
});
