import { describe, expect, it } from 'vitest';
import { LINT_STAGED_COMMAND, planLintStagedConfig } from '../../../src/init/planLintStaged.js';

describe('planLintStagedConfig', () => {
  it('adds "*": keyguard check-files next to the existing globs', () => {
    expect(planLintStagedConfig({ '*.ts': 'eslint --fix' })).toEqual({ '*.ts': 'eslint --fix', '*': LINT_STAGED_COMMAND });
  });
  it('keeps an existing "*" task and runs keyguard after it', () => {
    expect(planLintStagedConfig({ '*': 'prettier --check' })).toEqual({ '*': ['prettier --check', LINT_STAGED_COMMAND] });
    expect(planLintStagedConfig({ '*': ['a', 'b'] })).toEqual({ '*': ['a', 'b', LINT_STAGED_COMMAND] });
  });
  it('changes nothing when keyguard is already wired in, under any glob', () => {
    expect(planLintStagedConfig({ '*': LINT_STAGED_COMMAND })).toBeNull();
    expect(planLintStagedConfig({ '**/*': ['prettier', 'npx keyguard check-files'] })).toBeNull();
  });
  it('never rewrites a "*" task it does not understand', () => {
    expect(planLintStagedConfig({ '*': { title: 'x', task: 'y' } })).toBeNull();
  });
});
