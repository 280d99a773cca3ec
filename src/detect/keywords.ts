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
  /** By keyword index (`keywords`): 1 when it occurs. What scan() asks per rule, without strings. */
  readonly seen: Uint8Array;
  /** The indexes set in `seen`, in the order first seen: a text holds few of the ~600 keywords. */
  readonly seenIndexes: readonly number[];
  /**
   * Every occurrence of a tracked keyword as a flat list of (keyword index, start offset) pairs,
   * in the order the occurrences end (so starts may step back by less than a keyword's length).
   * One flat list, no per-occurrence object: a hostile text is a keyword repeated a million times.
   */
  readonly occurrences: readonly number[];
  /**
   * False when tracked keywords were so dense (more than one per DENSE characters) that recording
   * stopped: their stretches would cover the whole text anyway, so callers take all of it.
   */
  readonly complete: boolean;
  /** The keyword of each index in `occurrences`. */
  readonly keywords: readonly string[];
}

export interface KeywordMatcher {
  (text: string): KeywordHits;
  /** The keyword of each index (lower case, without duplicates), the same for every call. */
  readonly keywords: readonly string[];
}

/**
 * Keywords are ASCII (checked below); any other code unit cannot be part of a keyword. `classOf`
 * covers every UTF-16 code unit (64 kB, class 0 beyond ASCII) so the walk needs no range check
 * per character: walks ~10% faster (in-process over the case b corpus of npm run bench, 30
 * interleaved rounds).
 */
const CODE_UNITS = 0x10000;

interface Automaton {
  /** Character class of each UTF-16 code unit (ASCII lower-cased); 0 = appears in no keyword (every non-ASCII unit). */
  readonly classOf: Uint8Array;
  readonly classes: number;
  /**
   * The transition table by row (a state's row starts at state × classes): the next state's row =
   * delta[row + class]; -1 = not resolved yet. Holds the trie's edges from the start; every other
   * edge is resolved through the failure links on first use (`step`), so building costs
   * O(total keyword length) instead of O(states × classes).
   */
  readonly delta: Int32Array;
  /**
   * What the walk reads: one entry per (state, class), so a character costs one load that depends
   * on the previous one, and no separate output lookup. A state's row is (state + 1) × `columns`
   * (row 0 is never used, so 0 can mean "not resolved yet"); an entry is the next state's row, plus
   * 1 when a keyword ends there (`columns` is even, so bit 0 is free). Filled from `delta` on first
   * use (`jumpFrom`). Columns by class, not by ASCII code: the class lookup does not wait for the
   * previous step, and rows ~3× narrower keep the states a text visits in the CPU's first-level
   * cache (128 columns: ~20% slower walks, npm run bench case b).
   */
  readonly jump: Int32Array;
  /** Columns of `jump`: `classes`, rounded up to an even number. */
  readonly columns: number;
  /** By row: 1 where at least one keyword ends (following failure links). */
  readonly hasOutput: Uint8Array;
  /** By state: keyword indexes ending there, following failure links (output function). */
  readonly outputs: readonly (readonly number[] | undefined)[];
  /** Resolves (and remembers) an edge that is not in `delta` yet; rows in, row out. */
  readonly step: (row: number, cls: number) => number;
}

/** `tracked`: keywords whose occurrences are wanted too (KeywordHits.occurrences), for rules with a `reach`. */
export function compileKeywords(keywords: readonly string[], tracked: readonly string[] = []): KeywordMatcher {
  // Sorted: matchers of the same keywords (check-staged's rule catalog and the rules' own plan)
  // share one automaton (sharedAutomaton), whatever order their lists came in.
  const all = [...new Set(keywords.map((k) => k.toLowerCase()))].filter((k) => k !== '').sort();
  const nonAscii = all.find((k) => /[^\x00-\x7f]/.test(k));
  if (nonAscii !== undefined) throw new Error(`keyword must be ASCII: ${JSON.stringify(nonAscii)}`);
  if (all.length === 0) return Object.assign(() => ({ found: new Set<string>(), seen: new Uint8Array(0), seenIndexes: [], occurrences: [], complete: true, keywords: all }), { keywords: all });
  const wanted = new Set(tracked.map((k) => k.toLowerCase()));
  const isTracked = Uint8Array.from(all, (k) => (wanted.has(k) ? 1 : 0));
  const lengths = Int32Array.from(all, (k) => k.length);
  // Built on first use: a matcher that is never called (no general rule matched) costs nothing.
  let automaton: Automaton | undefined;
  const match = (text: string): KeywordHits => {
    automaton ??= sharedAutomaton(all);
    const seen = new Uint8Array(all.length);
    const firstSeen: number[] = [];
    const occurrences: number[] = [];
    const limit = 2 * Math.max(MIN_RECORDED, Math.ceil(text.length / DENSE));
    walk(automaton, text, { seen, firstSeen, isTracked, occurrences, lengths, limit });
    const found = new Set<string>();
    for (const index of firstSeen) found.add(all[index]!);
    return { found, seen, seenIndexes: firstSeen, occurrences, complete: occurrences.length < limit, keywords: all };
  };
  return Object.assign(match, { keywords: all });
}

/** The automaton built last, by its keywords: building one for the ~600 keywords costs ~5–10 ms. */
let lastBuilt: { readonly key: string; readonly automaton: Automaton } | undefined;

function sharedAutomaton(keywords: readonly string[]): Automaton {
  const key = JSON.stringify(keywords);
  if (lastBuilt?.key !== key) {
    lastBuilt = { key, automaton: buildAutomaton(keywords) };
    primeWalk(lastBuilt.automaton, keywords);
  }
  return lastBuilt.automaton;
}

/**
 * Walks a text made of the first keyword, recording it as tracked, and drops the result: every
 * path of `walk` has then run once. V8 optimizes `walk` while it is hot, and compiles a path that
 * never ran as a bail-out; a hook run's first texts are often small files without a tracked
 * keyword, so the optimized walk was thrown away at the first tracked keyword (--trace-deopt:
 * "Insufficient type feedback") and the 20 MB commit walked megabytes in slower code until V8
 * optimized it again.
 */
function primeWalk(automaton: Automaton, keywords: readonly string[]): void {
  const all = Uint8Array.from(keywords, () => 1);
  const result = { seen: new Uint8Array(keywords.length), firstSeen: [], isTracked: all, occurrences: [], lengths: Int32Array.from(keywords, (k) => k.length), limit: 2 };
  walk(automaton, keywords[0]!, result);
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
  /** Entries of `occurrences` recorded at most: a hostile text repeats a keyword a million times. */
  readonly limit: number;
}

/** Tracked keywords closer than this on average are recorded no further (KeywordHits.complete). */
const DENSE = 32;
const MIN_RECORDED = 4096;

/**
 * The hot loop of every hook run (npm run bench: about half of the detector's time): per
 * character, its class (classOf folds ASCII case; class 0 returns to the root) and one `jump` load,
 * which also says whether a keyword ends there (bit 0); outputs are only looked at then. No
 * allocation per occurrence: general rules call a matcher for every candidate (generalRules.ts),
 * so a call must cost nothing beyond its text.
 */
function walk(automaton: Automaton, text: string, result: WalkResult): void {
  const { jump, outputs, classOf, columns } = automaton;
  const { seen, firstSeen, isTracked, occurrences, lengths, limit } = result;
  const root = columns; // the root's row
  let row = root;
  for (let i = 0, length = text.length; i < length; i++) {
    const code = text.charCodeAt(i);
    // Class 0 (every non-ASCII code unit, and ASCII no keyword holds) returns to the root.
    const cls = classOf[code]!;
    let next = jump[row + cls]!;
    if (next === 0) next = jumpFrom(automaton, row, cls);
    row = next & -2;
    if (next === row) continue;
    const out = outputs[row / columns - 1]!;
    for (let k = 0; k < out.length; k++) {
      const index = out[k]!;
      if (seen[index] === 0) {
        seen[index] = 1;
        firstSeen.push(index);
      }
      if (isTracked[index] === 1 && occurrences.length < limit) occurrences.push(index, i + 1 - lengths[index]!);
    }
  }
}

/**
 * Fills one `jump` entry from the class table (outside the hot loop: V8 keeps `walk` small). Upper-case
 * ASCII letters share their lower-case class, so case folding costs nothing per character.
 */
function jumpFrom(automaton: Automaton, row: number, cls: number): number {
  const { classes, columns, jump, hasOutput, step } = automaton;
  const state = row / columns - 1;
  const at = state * classes + cls;
  const nextRow = cls === 0 ? 0 : automaton.delta[at]! >= 0 ? automaton.delta[at]! : step(state * classes, cls);
  const entry = (nextRow / classes + 1) * columns + hasOutput[nextRow]!;
  jump[row + cls] = entry;
  return entry;
}

/**
 * Trie over a compact alphabet (only characters that occur in keywords; the ~480 keywords use
 * about 40), failure links breadth first. The first version resolved every transition up front
 * (a full DFA): ~5 ms of each hook run's start-up, in code too cold for the JIT, for a table whose
 * states a typical diff mostly never leaves the root of. The trie lives in typed arrays and the
 * outputs only where a keyword ends: no object per state (about 4,000 of them).
 */
function buildAutomaton(keywords: readonly string[]): Automaton {
  const classOf = new Uint8Array(CODE_UNITS);
  let classes = 1;
  for (let k = 0; k < keywords.length; k++) {
    const keyword = keywords[k]!;
    for (let i = 0; i < keyword.length; i++) classOf[keyword.charCodeAt(i)] ||= classes++;
  }
  // Upper-case ASCII letters share their lower-case class: case folding costs nothing per character.
  for (let code = 65; code <= 90; code++) classOf[code] = classOf[code + 32]!;
  const maxStates = keywords.reduce((n, k) => n + k.length, 1);
  const delta = new Int32Array(maxStates * classes).fill(-1);
  /** Parent state and the class of the edge from it; a parent is always created before its child. */
  const parent = new Int32Array(maxStates);
  const edge = new Uint8Array(maxStates);
  const depth = new Int32Array(maxStates);
  const outputs: (number[] | undefined)[] = [];
  let states = 1;
  for (let index = 0; index < keywords.length; index++) {
    const keyword = keywords[index]!;
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const cls = classOf[keyword.charCodeAt(i)]!;
      const at = state * classes + cls;
      if (delta[at]! < 0) {
        delta[at] = states * classes;
        parent[states] = state;
        edge[states] = cls;
        depth[states] = depth[state]! + 1;
        states += 1;
      }
      state = delta[at]! / classes;
    }
    (outputs[state] ??= []).push(index);
  }
  const failRow = new Int32Array(states);
  /** goto, else the failure state's edge; the root's missing edges loop back to the root. */
  const step = (row: number, cls: number): number => {
    let next = delta[row + cls]!;
    if (next < 0) {
      next = row === 0 ? 0 : step(failRow[row / classes]!, cls);
      delta[row + cls] = next;
    }
    return next;
  };
  linkFailures(byDepth(depth, states), { parent, edge, failRow, outputs, classes, step });
  const hasOutput = new Uint8Array(states * classes);
  for (let state = 0; state < states; state++) if (outputs[state] !== undefined) hasOutput[state * classes] = 1;
  const columns = classes + (classes & 1);
  const jump = new Int32Array((states + 1) * columns);
  return { classOf, classes, delta, jump, columns, hasOutput, outputs, step };
}

/** States 0..count-1 in breadth-first order (a counting sort on depth). */
function byDepth(depth: Int32Array, count: number): Int32Array {
  let deepest = 0;
  for (let state = 0; state < count; state++) deepest = Math.max(deepest, depth[state]!);
  const first = new Int32Array(deepest + 2);
  for (let state = 0; state < count; state++) first[depth[state]! + 1]! += 1;
  for (let d = 1; d <= deepest + 1; d++) first[d]! += first[d - 1]!;
  const order = new Int32Array(count);
  for (let state = 0; state < count; state++) order[first[depth[state]!]!++] = state;
  return order;
}

interface Trie {
  readonly parent: Int32Array;
  readonly edge: Uint8Array;
  readonly failRow: Int32Array;
  readonly outputs: (number[] | undefined)[];
  readonly classes: number;
  readonly step: (row: number, cls: number) => number;
}

/**
 * Aho-Corasick failure links, breadth first: a state's failure state is shallower, so its
 * link and outputs are final when the state is reached.
 */
function linkFailures(order: Int32Array, trie: Trie): void {
  const { parent, edge, failRow, outputs, classes, step } = trie;
  for (let i = 1; i < order.length; i++) {
    const state = order[i]!;
    const from = parent[state]!;
    const fail = from === 0 ? 0 : step(failRow[from]!, edge[state]!);
    failRow[state] = fail;
    const inherited = outputs[fail / classes];
    if (inherited !== undefined) outputs[state] = [...(outputs[state] ?? []), ...inherited];
  }
}
