import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED, shippedHook } from '../../helpers/shippedHooks.js';

describe('shipped hooks/', () => {
  for (const name of Object.keys(SHIPPED) as (keyof typeof SHIPPED)[]) {
    it(`hooks/${name} runs the installed keyguard, never npx`, () => {
      const text = readFileSync(resolve(import.meta.dirname, '../../../hooks', name), 'utf8');
      expect(text).toBe(shippedHook(name));
      expect(text).not.toMatch(/\bnpx\b/);
    });
  }
});
