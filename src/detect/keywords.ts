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

/** Returns the (lower-case) keywords that occur in a text. */
export type KeywordMatcher = (text: string) => ReadonlySet<string>;

/** Keywords are ASCII (checked below); any other code unit cannot be part of a keyword. */
const ASCII = 128;

interface Automaton {
  /** Character class of each ASCII code (lower-cased); 0 = appears in no keyword. */
  readonly classOf: Uint8Array;
  readonly classes: number;
  /** Dense DFA: next state = delta[state * classes + class]. */
  readonly delta: Int32Array;
  /** Keyword indexes ending at each state, following failure links (output function). */
  readonly outputs: readonly (readonly number[])[];
}

export function compileKeywords(keywords: readonly string[]): KeywordMatcher {
  const all = [...new Set(keywords.map((k) => k.toLowerCase()))].filter((k) => k !== '');
  const nonAscii = all.find((k) => /[^\x00-\x7f]/.test(k));
  if (nonAscii !== undefined) throw new Error(`keyword must be ASCII: ${JSON.stringify(nonAscii)}`);
  if (all.length === 0) return () => new Set();
  const { classOf, classes, delta, outputs } = buildAutomaton(all);
  const hasOutput = Uint8Array.from(outputs, (out) => (out.length > 0 ? 1 : 0));
  return (text) => {
    const found = new Set<string>();
    let state = 0;
    // The hot loop of every hook run: one table lookup per character (classOf folds ASCII case,
    // class 0 returns to the root), outputs only looked at where a keyword ends.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < ASCII ? delta[state * classes + classOf[code]!]! : 0;
      if (hasOutput[state] === 0) continue;
      for (const index of outputs[state]!) found.add(all[index]!);
      if (found.size === all.length) break;
    }
    return found;
  };
}

/**
 * Trie over a compact alphabet (only characters that occur in keywords; the ~480 keywords use
 * about 40), failure links by breadth-first search, every transition resolved (a DFA). Built once
 * per rule list; compact classes keep that to a few ms of the hook's start-up.
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
  keywords.forEach((keyword, index) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const at = state * classes + classOf[keyword.charCodeAt(i)]!;
      if (delta[at]! < 0) {
        delta[at] = outputs.length;
        outputs.push([]);
      }
      state = delta[at]!;
    }
    outputs[state]!.push(index);
  });
  resolveFailures(delta, outputs, classes);
  return { classOf, classes, delta: delta.subarray(0, outputs.length * classes), outputs };
}

/** Aho-Corasick failure links, breadth first, turning the trie's missing edges into DFA edges. */
function resolveFailures(delta: Int32Array, outputs: number[][], classes: number): void {
  const fail = new Int32Array(outputs.length);
  const queue: number[] = [];
  for (let c = 0; c < classes; c++) {
    if (delta[c]! < 0) delta[c] = 0;
    else if (delta[c] !== 0) queue.push(delta[c]!);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const failState = fail[state]!;
    if (outputs[failState]!.length > 0) outputs[state]!.push(...outputs[failState]!);
    for (let c = 0; c < classes; c++) {
      const at = state * classes + c;
      const next = delta[at]!;
      if (next < 0) {
        delta[at] = delta[failState * classes + c]!;
      } else {
        fail[next] = delta[failState * classes + c]!;
        queue.push(next);
      }
    }
  }
}
