import { describe, expect, it } from 'vitest';
import { classifySecretFile, findSecretFiles, SECRET_FILE_RULE_IDS } from '../../../src/detect/secretFiles.js';
import { fakePemBlock, fakeRsaPrivateKeyPem, randomFrom, supabaseDemoJwt } from '../../helpers/fakeKeys.js';

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

describe('secret files judged by content (issue 12)', () => {
  const cert = fakePemBlock('CERTIFICATE');
  const privateKey = fakeRsaPrivateKeyPem();
  const verdict = (path: string, text: string) => findSecretFiles([{ path, status: 'A' }], () => text).map((h) => h.severity);

  it.each([
    ['a chain of certificates', `${cert}${fakePemBlock('CERTIFICATE')}`],
    ['a public key', fakePemBlock('PUBLIC KEY')],
    ['a CRL and a certificate request', `${fakePemBlock('X509 CRL')}${fakePemBlock('CERTIFICATE REQUEST')}`],
    ['openssl output: Bag Attributes and subject lines around a certificate', `subject=CN = example\nissuer=CN = ca\n${cert}`],
  ])('a .pem holding %s is public: no finding', (_, text) => {
    expect(verdict('certs/ca.pem', text)).toEqual([]);
    expect(verdict('tls/server.key', text)).toEqual([]);
  });

  it.each([
    ['an RSA private key', privateKey],
    ['a certificate and its private key', `${cert}${privateKey}`],
    ['an OpenSSH private key', fakePemBlock(['OPENSSH', 'PRIVATE KEY'].join(' '))],
    ['an encrypted private key', fakePemBlock(['ENCRYPTED', 'PRIVATE KEY'].join(' '))],
    ['a PGP private key block', fakePemBlock(['PGP', 'PRIVATE KEY BLOCK'].join(' '))],
    ['an unknown label', fakePemBlock('SOMETHING ELSE')],
    ['no text (binary DER, unreadable)', ''],
    ['edited key body lines without armor', privateKey.split('\n').slice(2, 5).join('\n')],
    ['openssl rsa -text output next to a certificate', `${['Private', 'Key: (2048 bit, 2 primes)'].join('-')}\nmodulus:\n    00:c3:1a\nprivateExponent:\n    4e:91:02\n${cert}`],
    ['openssl ec -text output', `${['Private', 'Key: (256 bit)'].join('-')}\npriv:\n    3a:91:7c\n`],
    ['a certificate plus key body lines outside it', `${cert}${privateKey.split('\n').slice(2, 5).join('\n')}`],
  ])('a .pem holding %s blocks', (_, text) => {
    expect(verdict('certs/ca.pem', text)).toEqual(['block']);
  });

  it('keystores block whatever their content (binary: cannot tell)', () => {
    expect(verdict('release.jks', cert)).toEqual(['block']);
    expect(verdict('client.p12', '')).toEqual(['block']);
  });

  it.each(['.env.local.example', '.env.example.local', 'apps/web/.env.production.sample', '.env.template', '.env.tpl', '.env.defaults', '.env.development.dist'])(
    '%s is an example file, not a secret file',
    (path) => expect(classifySecretFile(path)).toBeUndefined(),
  );

  it.each([
    ['empty values', 'API_KEY=\nDATABASE_URL=""\n'],
    ['placeholders', 'OPENAI_API_KEY=your-key-here\nSECRET=changeme\nTOKEN=xxx\nSTRIPE_KEY=<stripe key>\nexport PASSWORD="sk-xxxx"'],
    ['references', 'API_KEY=${OTHER_KEY}\nTOKEN=$CI_TOKEN'],
    ['settings', '# test settings\nNODE_ENV=test\nPORT=3000\nDEBUG=true\nDATABASE_URL=postgres://localhost:5432/app_test\nAPP_NAME="My App"'],
    ["Supabase's local-development keys", `SUPABASE_ANON_KEY=${supabaseDemoJwt('anon')}\nSUPABASE_SERVICE_ROLE_KEY=${supabaseDemoJwt('service_role')}`],
  ])('a .env.test holding only %s is a warning, not a block', (_, text) => {
    expect(verdict('.env.test', text)).toEqual(['warn']);
    expect(verdict('ci/.env.ci', text)).toEqual(['warn']);
  });

  it('an edited .env.test that HEAD tracks blocks whatever its added lines: its other lines are unseen', () => {
    expect(findSecretFiles([{ path: '.env.test', status: 'M' }], () => 'DEBUG=1').map((h) => h.severity)).toEqual(['block']);
  });

  it.each([
    ['a secret-named random value', `API_KEY=${randomFrom('abcdef0123456789', 32)}`],
    ['a password', 'DB_PASSWORD=Pr0d-Passw0rd!2024'],
    ['a URL with a password', `DATABASE_URL=postgres://app:${randomFrom('abcdefgh', 12)}@db.internal/app`],
    ['a long random value under any name', `FOO=${randomFrom('ABCDEFGHabcdefgh0123456789', 32)}`],
    ['a line that is no assignment (multi-line value)', `KEY="${'-----BEGIN'} PRIVATE\nMIIabc"`],
    ['nothing readable', ''],
  ])('a .env.test holding %s blocks', (_, text) => {
    // Next to a setting: one secret value is enough.
    expect(verdict('.env.test', text === '' ? '' : `NODE_ENV=test\n${text}`)).toEqual(['block']);
  });
});
