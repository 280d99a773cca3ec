/**
 * How far a regular expression can read around where its match starts, from its source alone: the
 * bound behind a rule's `reach` (types.ts), computed instead of promised by hand.
 *
 * The result is an over-estimate on purpose: every lookaround counts its whole extent both before
 * and after the match start, and every consuming atom its longest form (two code units per
 * character under the `u`/`v` flags, where one character may be a surrogate pair). Anything this
 * parser does not know (backreferences, `\k<name>`, the `v` flag's nested classes, an unbounded
 * quantifier) makes the pattern unbounded: `undefined`, and the rule keeps scanning the whole text.
 * Syntax: ECMA-262 §22.2.1 (Patterns).
 */

/** What a piece of pattern reads: consumed code units at most, and what its lookarounds add. */
interface Extent {
  /** Longest run of code units the piece consumes. */
  readonly length: number;
  /** Code units its lookarounds may read beyond what it consumes (before or after). */
  readonly around: number;
}

class Unbounded extends Error {}

const NONE: Extent = { length: 0, around: 0 };

/**
 * The number of code units on either side of a match's start that matching may read, or undefined
 * when the pattern has no bound (or uses syntax this module does not analyse).
 */
export function patternExtent(pattern: RegExp): number | undefined {
  if (pattern.flags.includes('v')) return undefined;
  const unit = pattern.flags.includes('u') ? 2 : 1;
  try {
    const parser = new Parser(pattern.source, unit);
    const extent = parser.alternation();
    if (!parser.done()) return undefined;
    return extent.length + 2 * extent.around;
  } catch (error) {
    if (error instanceof Unbounded) return undefined;
    throw error;
  }
}

const add = (a: Extent, b: Extent): Extent => ({ length: a.length + b.length, around: a.around + b.around });
const widest = (a: Extent, b: Extent): Extent => ({ length: Math.max(a.length, b.length), around: Math.max(a.around, b.around) });

class Parser {
  private at = 0;

  constructor(
    private readonly source: string,
    /** Code units one character may take. */
    private readonly unit: number,
  ) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  /** Alternatives separated by `|`, up to a `)` or the end. */
  alternation(): Extent {
    let extent = this.sequence();
    while (this.source[this.at] === '|') {
      this.at += 1;
      extent = widest(extent, this.sequence());
    }
    return extent;
  }

  private sequence(): Extent {
    let extent = NONE;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      extent = add(extent, this.quantified(this.atom()));
    }
    return extent;
  }

  private atom(): Extent {
    const char = this.source[this.at]!;
    this.at += 1;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        this.skipClass();
        return { length: this.unit, around: 0 };
      case '\\':
        return this.escape();
      case '^':
      case '$':
        return NONE;
      case '*':
      case '+':
      case '?':
      case '{':
        // A quantifier with nothing to repeat (or a literal brace): not analysed.
        throw new Unbounded();
      default:
        return { length: this.unit, around: 0 };
    }
  }

  private group(): Extent {
    const rest = this.source.slice(this.at, this.at + 4);
    const look = /^\?(?:<?[=!])/.exec(rest);
    if (look !== null) {
      this.at += look[0].length;
      const inner = this.closeGroup();
      // A lookaround consumes nothing; what it reads may lie before or after the match start.
      return { length: 0, around: inner.length + inner.around };
    }
    if (rest.startsWith('?:')) this.at += 2;
    else if (rest.startsWith('?<')) {
      const end = this.source.indexOf('>', this.at);
      if (end < 0) throw new Unbounded();
      this.at = end + 1;
    } else if (rest.startsWith('?')) throw new Unbounded(); // modifiers (?i:…) and the like
    return this.closeGroup();
  }

  private closeGroup(): Extent {
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Unbounded();
    this.at += 1;
    return inner;
  }

  /**
   * Skips a `[...]` class (the `[` is already read): the first unescaped `]` closes it, also right
   * after the `[` (`[]` is the empty class in ECMAScript, unlike POSIX).
   */
  private skipClass(): void {
    for (let i = this.at; i < this.source.length; i++) {
      const char = this.source[i];
      if (char === '\\') i += 1;
      else if (char === ']') {
        this.at = i + 1;
        return;
      }
    }
    throw new Unbounded();
  }

  private escape(): Extent {
    const char = this.source[this.at];
    if (char === undefined) throw new Unbounded();
    // Backreferences read as much as their group: not analysed.
    if (/[1-9k]/.test(char)) throw new Unbounded();
    this.at += 1;
    if (char === 'b' || char === 'B') return NONE;
    if (char === 'u' && this.source[this.at] === '{') this.skipTo('}');
    else if (char === 'u') this.at += 4;
    else if (char === 'x') this.at += 2;
    else if (char === 'c') this.at += 1;
    else if ((char === 'p' || char === 'P') && this.source[this.at] === '{') this.skipTo('}');
    return { length: this.unit, around: 0 };
  }

  private skipTo(close: string): void {
    const end = this.source.indexOf(close, this.at);
    if (end < 0) throw new Unbounded();
    this.at = end + 1;
  }

  /** Applies a following quantifier (`?`, `{n}`, `{n,m}`); `*`, `+` and `{n,}` have no bound. */
  private quantified(extent: Extent): Extent {
    const char = this.source[this.at];
    let times = 1;
    if (char === '*' || char === '+') throw new Unbounded();
    if (char === '?') {
      this.at += 1;
    } else if (char === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at, this.at + 24));
      if (braces === null) throw new Unbounded();
      if (braces[2] !== undefined && braces[3] === '') throw new Unbounded();
      times = Number(braces[3] ?? braces[1]);
      this.at += braces[0].length;
    } else {
      return extent;
    }
    if (this.source[this.at] === '?') this.at += 1; // lazy: reads no more than greedy
    return { length: extent.length * times, around: extent.around * times };
  }
}
