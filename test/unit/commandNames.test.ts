import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/commandNames.js';

describe('COMMAND_NAMES', () => {
  it("are the cases of src/cli.ts's command switch, plus help and version", () => {
    const cli = readFileSync(join(import.meta.dirname, '../../src/cli.ts'), 'utf8');
    const cases = [...cli.matchAll(/^\s*case '([a-z-]+)':/gm)].map((m) => m[1]);
    expect(cases.length).toBeGreaterThan(5);
    expect([...COMMAND_NAMES].sort()).toEqual([...cases, 'help', 'version'].sort());
  });
});
