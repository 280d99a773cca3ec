import { describe, expect, it } from 'vitest';
import { planGitignore, planPrepareScript } from '../../../src/init/planFiles.js';

describe('planGitignore', () => {
  it('creates a .gitignore with .env', () => {
    expect(planGitignore(null)).toContain('\n.env\n');
  });
  it('appends after existing lines, adding a missing newline', () => {
    const next = planGitignore('node_modules');
    expect(next?.startsWith('node_modules\n')).toBe(true);
    expect(next?.split('\n')).toContain('.env');
  });
  it.each(['.env', '/.env', '.env*', '**/.env', '  .env  '])('treats %j as already ignoring .env', (line) => {
    expect(planGitignore(`dist\n${line}\n`)).toBeNull();
  });
  it('does not mistake .env.example for .env', () => {
    expect(planGitignore('.env.example\n')).not.toBeNull();
  });
});

describe('planPrepareScript', () => {
  it('sets husky when there is no prepare script', () => {
    expect(planPrepareScript(undefined, 'husky')).toBe('husky');
  });
  it('appends husky to an existing prepare script', () => {
    expect(planPrepareScript('npm run build', 'husky')).toBe('npm run build && husky');
  });
  it('leaves a prepare script that already runs husky', () => {
    expect(planPrepareScript('husky && npm run build', 'husky')).toBeNull();
  });
});
