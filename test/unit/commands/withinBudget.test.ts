import { describe, expect, it } from 'vitest';
import { OUT_OF_TIME, withinBudget } from '../../../src/commands/withinBudget.js';

describe('withinBudget', () => {
  it('gives the result of work that settles, and its error', async () => {
    await expect(withinBudget(Promise.resolve(7), 60_000)).resolves.toBe(7);
    await expect(withinBudget(Promise.reject(new Error('git failed')), 60_000)).rejects.toThrow('git failed');
  });

  it('gives OUT_OF_TIME for work that never settles, and swallows its later failure', async () => {
    let fail: (error: Error) => void = () => undefined;
    const never = new Promise<number>((_, reject) => (fail = reject));
    await expect(withinBudget(never, 1)).resolves.toBe(OUT_OF_TIME);
    fail(new Error('killed'));
  });
});
