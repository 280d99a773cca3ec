import { describe, expect, it } from 'vitest';
import { allowedLines, LineLocator } from '../../../src/detect/lines.js';

describe('LineLocator', () => {
  it('maps increasing offsets to 1-based line and column', () => {
    const text = 'ab\ncde\n\nf';
    const locator = new LineLocator(text);
    expect(locator.locate(0)).toEqual({ line: 1, column: 1 });
    expect(locator.locate(2)).toEqual({ line: 1, column: 3 }); // the newline itself
    expect(locator.locate(3)).toEqual({ line: 2, column: 1 });
    expect(locator.locate(5)).toEqual({ line: 2, column: 3 });
    expect(locator.locate(8)).toEqual({ line: 4, column: 1 });
    expect(locator.locate(8)).toEqual({ line: 4, column: 1 });
  });

  it('handles text without newlines', () => {
    expect(new LineLocator('abc').locate(2)).toEqual({ line: 1, column: 3 });
  });
});

describe('allowedLines', () => {
  it('allows the marker line and the next one', () => {
    expect([...allowedLines('a\n# keyguard:allow reason\nb\nc')].sort()).toEqual([2, 3]);
  });

  it('finds every marker, any case', () => {
    expect([...allowedLines('Keyguard:Allow\nx\nx\n//keyguard:allow')].sort()).toEqual([1, 2, 4, 5]);
  });

  it('is empty without markers', () => {
    expect(allowedLines('keyguard allow\nkeyguard:deny').size).toBe(0);
  });
});
