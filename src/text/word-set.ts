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
 * `words`: space-separated, sorted by UTF-16 code units, no duplicates or empty words (the
 * generators write them so; `packedWordSet` checks the order once and throws on a bad file, since
 * an unsorted list would silently miss words).
 */
export function packedWordSet(words: string): WordSet {
  let count = words.length ? 1 : 0;
  for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) === 32) count++;
  // starts[k] = offset of word k; starts[count] = words.length + 1 (one past the virtual space)
  const starts = new Int32Array(count + 1);
  for (let i = 0, k = 1; i < words.length; i++) if (words.charCodeAt(i) === 32) starts[k++] = i + 1;
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
  for (let k = 1; k < count; k++) {
    // adjacent words compared in place: the check allocates nothing
    const a = starts[k - 1]!;
    const b = starts[k]!;
    const la = b - 1 - a;
    const lb = starts[k + 1]! - 1 - b;
    let d = 0;
    for (let j = 0; j < la && j < lb && d === 0; j++) d = words.charCodeAt(a + j) - words.charCodeAt(b + j);
    if (d > 0 || (d === 0 && la >= lb)) throw new Error(`word list not sorted or not unique at "${words.slice(b, b + lb)}"`);
  }
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
