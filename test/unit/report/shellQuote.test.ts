import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../../src/remediate/shellQuote.js';

describe('shellQuote', () => {
  it('leaves plain paths readable', () => {
    expect(shellQuote('src/app.ts')).toBe('src/app.ts');
  });
  it.each(['my file.ts', "it's.ts", 'a"b', '$(rm -rf x)', '-rf', 'new\nline', 'ünïcode.ts', '*.env'])(
    'round-trips %j through a real shell',
    (name) => {
      const echoed = execFileSync('sh', ['-c', `printf '%s' ${shellQuote(name)}`], { encoding: 'utf8' });
      expect(echoed).toBe(name);
    },
  );
});
