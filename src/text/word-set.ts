/**
 * A set of words kept as the one sorted, space-separated string a lexicon file ships, searched in
 * place. A `Set` of WordNet's 62 000 lemmas cost 3.7 MB of heap and 62 000 strings for every major
 * garbage collection to trace, once per module that split the file; this costs the string and one
 * offset per word (0.25 MB), is built in one pass on first use and shared by every reader.
 * Look-ups are a binary search (about 16 comparisons), so it suits callers that cache per word form.
 */
export interface WordSet {
  has(word: string): boolean;
  readonly size: number;
}

/**
 * `words`: space-separated, sorted by UTF-16 code units, no duplicates or empty words. The
 * generators write them so and a test checks the shipped files (`sortedWordsError`); checking
 * at every start cost a pass over the string.
 */
export function packedWordSet(words: string): WordSet {
  // starts[k] = offset of word k; starts[count] = words.length + 1 (one past the virtual space).
  // indexOf is native: two passes of it cost a tenth of a loop over every character cold.
  let count = words.length ? 1 : 0;
  for (let i = words.indexOf(' '); i >= 0; i = words.indexOf(' ', i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let i = words.indexOf(' '); i >= 0; i = words.indexOf(' ', i + 1)) starts[k++] = i + 1;
  starts[count] = words.length + 1;

  /** word k compared with w, in code-unit order: < 0, 0, > 0. */
  const cmp = (k: number, w: string): number => {
    const a = starts[k]!;
    const len = starts[k + 1]! - 1 - a;
    const n = len < w.length ? len : w.length;
    for (let j = 0; j < n; j++) {
      const d = words.charCodeAt(a + j) - w.charCodeAt(j);
      if (d !== 0) return d;
    }
    return len - w.length;
  };
  return {
    size: count,
    has(w: string): boolean {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = cmp(mid, w);
        if (c === 0) return true;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
}

/** The first word out of order or repeated in a space-separated list, as an error message; null when it is sorted. */
export function sortedWordsError(words: string): string | null {
  const list = words.length ? words.split(' ') : [];
  for (let k = 1; k < list.length; k++) {
    if (list[k - 1]! >= list[k]!) return `word list not sorted or not unique at "${list[k]}"`;
  }
  return null;
}
