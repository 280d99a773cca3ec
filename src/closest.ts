/**
 * The valid name a mistyped word most likely meant, for "did you mean …?" (`--fromat` → `--format`,
 * `chek-staged` → `check-staged`), or undefined when none is close: a suggestion far from what was
 * typed is noise. Close means an edit distance of at most a third of the word (at least 1), or the
 * word being the start of exactly one name (`--write` → `--write-replacements`).
 */
export function closest(word: string, names: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of names) {
    const distance = editDistance(word, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  if (best !== undefined) return best;
  const extending = word.length >= 2 ? names.filter((name) => name.startsWith(word)) : [];
  return extending.length === 1 ? extending[0] : undefined;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours, so `--fromat` is one
 * edit from `--format`): Damerau 1964; the two-row form of Wagner–Fischer 1974. Words here are short
 * (option and command names), so O(a·b) is nothing.
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
    }
    [beforePrevious, previous] = [previous, current];
  }
  return previous[b.length]!;
}
