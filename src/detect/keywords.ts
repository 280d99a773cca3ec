/**
 * Keyword pre-filter (gitleaks' design): a rule's regex only runs when one of its keywords occurs in
 * the text, so the common case — a diff without any key-like literal — costs one pass over the text.
 *
 * Like gitleaks, this is Aho-Corasick: one pass over the text whatever the number of keywords, with
 * ASCII case folded on the fly (no lower-cased copy of the text). The first version used one
 * case-insensitive alternation regex; with the full catalog (~480 keywords) V8 tries the
 * alternatives at every position and recompiling after each hit dominated the hook's time
 * (self-scan of this repository: 2.5 s → see npm run bench).
 */

export interface KeywordHits {
  /** The (lower-case) keywords that occur in the text. */
  readonly found: ReadonlySet<string>;
  /**
   * Every occurrence of a tracked keyword as a flat list of (keyword index, start offset) pairs,
   * in the order the occurrences end (so starts may step back by less than a keyword's length).
   * One flat list, no per-occurrence object: a hostile text is a keyword repeated a million times.
   */
  readonly occurrences: readonly number[];
  /** The keyword of each index in `occurrences`. */
  readonly keywords: readonly string[];
}

export type KeywordMatcher = (text: string) => KeywordHits;

/** Keywords are ASCII (checked below); any other code unit cannot be part of a keyword. */
const ASCII = 128;

interface Automaton {
  /** Character class of each ASCII code (lower-cased); 0 = appears in no keyword. */
  readonly classOf: Uint8Array;
  readonly classes: number;
  /**
   * The transition table by row (a state's row starts at state × classes): the next state's row =
   * delta[row + class]; -1 = not resolved yet. Holds the trie's edges from the start; every other
   * edge is resolved through the failure links on first use (`step`), so building costs
   * O(total keyword length) instead of O(states × classes).
   */
  readonly delta: Int32Array;
  /** By row: 1 where at least one keyword ends (following failure links). */
  readonly hasOutput: Uint8Array;
  /** By state: keyword indexes ending there, following failure links (output function). */
  readonly outputs: readonly (readonly number[])[];
  /** Resolves (and remembers) an edge that is not in `delta` yet; rows in, row out. */
  readonly step: (row: number, cls: number) => number;
}

/**
 * `tracked`: keywords whose occurrences are wanted too (KeywordHits.starts), for rules with a
 * `reach`. Without any, the pass stops as soon as every keyword has been seen.
 */
export function compileKeywords(keywords: readonly string[], tracked: readonly string[] = []): KeywordMatcher {
  const all = [...new Set(keywords.map((k) => k.toLowerCase()))].filter((k) => k !== '');
  const nonAscii = all.find((k) => /[^\x00-\x7f]/.test(k));
  if (nonAscii !== undefined) throw new Error(`keyword must be ASCII: ${JSON.stringify(nonAscii)}`);
  if (all.length === 0) return () => ({ found: new Set(), occurrences: [], keywords: all });
  const wanted = new Set(tracked.map((k) => k.toLowerCase()));
  const isTracked = Uint8Array.from(all, (k) => (wanted.has(k) ? 1 : 0));
  const lengths = Int32Array.from(all, (k) => k.length);
  // Built on first use: a matcher that is never called (no general rule matched) costs nothing.
  let automaton: Automaton | undefined;
  return (text) => {
    automaton ??= buildAutomaton(all);
    const seen = new Uint8Array(all.length);
    const firstSeen: number[] = [];
    const occurrences: number[] = [];
    walk(automaton, text, { seen, firstSeen, isTracked, occurrences, lengths });
    const found = new Set<string>();
    for (const index of firstSeen) found.add(all[index]!);
    return { found, occurrences, keywords: all };
  };
}

/** What one pass records, by keyword index. */
interface WalkResult {
  /** 1 once a keyword was seen. */
  readonly seen: Uint8Array;
  /** Keyword indexes in the order first seen. */
  readonly firstSeen: number[];
  readonly isTracked: Uint8Array;
  /** (keyword index, start offset) pairs of every tracked keyword's occurrence. */
  readonly occurrences: number[];
  readonly lengths: Int32Array;
}

/**
 * The hot loop of every hook run (npm run bench: about half of the detector's time): one table
 * lookup per character (classOf folds ASCII case, class 0 returns to the root); outputs are only
 * looked at where a keyword ends. No allocation per occurrence: general rules call a matcher for
 * every candidate (generalRules.ts), so a call must cost nothing beyond its text.
 */
function walk(automaton: Automaton, text: string, result: WalkResult): void {
  const { classOf, classes, delta, hasOutput, outputs, step } = automaton;
  const { seen, firstSeen, isTracked, occurrences, lengths } = result;
  let row = 0; // state * classes: rows are what delta holds, so no multiplication per character
  for (let i = 0, length = text.length; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= ASCII) {
      row = 0;
      continue;
    }
    const cls = classOf[code]!;
    const next = delta[row + cls]!;
    row = next >= 0 ? next : step(row, cls);
    if (hasOutput[row] === 0) continue;
    const out = outputs[row / classes]!;
    for (let k = 0; k < out.length; k++) {
      const index = out[k]!;
      if (seen[index] === 0) {
        seen[index] = 1;
        firstSeen.push(index);
      }
      if (isTracked[index] === 1) occurrences.push(index, i + 1 - lengths[index]!);
    }
  }
}

/**
 * Trie over a compact alphabet (only characters that occur in keywords; the ~480 keywords use
 * about 40), failure links by breadth-first search. The first version resolved every
 * transition up front (a full DFA): ~5 ms of each hook run's start-up, in code too cold for the
 * JIT, for a table whose states a typical diff mostly never leaves the root of.
 */
function buildAutomaton(keywords: readonly string[]): Automaton {
  const classOf = new Uint8Array(ASCII);
  let classes = 1;
  for (const k of keywords) for (let i = 0; i < k.length; i++) classOf[k.charCodeAt(i)] ||= classes++;
  // Upper-case ASCII letters share their lower-case class: case folding costs nothing per character.
  for (let code = 65; code <= 90; code++) classOf[code] = classOf[code + 32]!;
  const maxStates = keywords.reduce((n, k) => n + k.length, 1);
  const delta = new Int32Array(maxStates * classes).fill(-1);
  const outputs: number[][] = [[]];
  /** Classes of each state's trie children, for the breadth-first walk. */
  const children: number[][] = [[]];
  keywords.forEach((keyword, index) => {
    let row = 0;
    for (let i = 0; i < keyword.length; i++) {
      const cls = classOf[keyword.charCodeAt(i)]!;
      if (delta[row + cls]! < 0) {
        delta[row + cls] = outputs.length * classes;
        outputs.push([]);
        children.push([]);
        children[row / classes]!.push(cls);
      }
      row = delta[row + cls]!;
    }
    outputs[row / classes]!.push(index);
  });
  const failRow = new Int32Array(outputs.length);
  /** goto, else the failure state's edge; the root's missing edges loop back to the root. */
  const step = (row: number, cls: number): number => {
    let next = delta[row + cls]!;
    if (next < 0) {
      next = row === 0 ? 0 : step(failRow[row / classes]!, cls);
      delta[row + cls] = next;
    }
    return next;
  };
  linkFailures(delta, classes, children, failRow, outputs, step);
  const hasOutput = new Uint8Array(outputs.length * classes);
  outputs.forEach((out, state) => {
    if (out.length > 0) hasOutput[state * classes] = 1;
  });
  return { classOf, classes, delta, hasOutput, outputs, step };
}

/**
 * Aho-Corasick failure links, breadth first: a state's failure state is shallower, so its
 * link and outputs are final when the state is reached.
 */
function linkFailures(
  delta: Int32Array,
  classes: number,
  children: readonly (readonly number[])[],
  failRow: Int32Array,
  outputs: number[][],
  step: (row: number, cls: number) => number,
): void {
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const row = state * classes;
    for (const cls of children[state]!) {
      const next = delta[row + cls]! / classes;
      const fail = row === 0 ? 0 : step(failRow[state]!, cls);
      failRow[next] = fail;
      const inherited = outputs[fail / classes]!;
      if (inherited.length > 0) outputs[next]!.push(...inherited);
      queue.push(next);
    }
  }
}
