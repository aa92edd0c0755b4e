/**
 * A set of words kept as the one sorted, space-separated string a lexicon file ships, searched in
 * place. A `Set` of WordNet's 62 000 lemmas cost 3.7 MB of heap and 62 000 strings for every major
 * garbage collection to trace, once per module that split the file; this costs the string alone
 * and nothing to build: a look-up is a binary search over the characters of the string (each
 * probe takes the word around the middle, found with the native lastIndexOf/indexOf), about 20
 * probes for a megabyte of words, so it suits callers that cache per word form. An index of word
 * offsets, built on first use, cost a pass over the string (~100 000 words) in every cold start.
 *
 * An Arabic word list is a two-byte string (two bytes a character): the set keeps it in the
 * one-byte form of src/text/one-byte.ts when it can (half the memory, in the heap and in the
 * startup snapshot); a query is compared through the same mapping.
 */
import { oneByteForm, unitOf } from './one-byte.js';

export interface WordSet {
  has(word: string): boolean;
  /** The number of words (counted on first use). */
  readonly size: number;
}

/**
 * `words`: space-separated, sorted by UTF-16 code units, no duplicates or empty words. The
 * generators write them so and a test checks the shipped files (`sortedWordsError`); checking
 * at every start cost a pass over the string.
 */
export function packedWordSet(list: string): WordSet {
  const words = oneByteForm(list) ?? list;
  const mapped = words !== list;
  const n = words.length;
  let count = -1;
  return {
    get size(): number {
      if (count < 0) {
        count = n ? 1 : 0;
        for (let i = words.indexOf(' '); i >= 0; i = words.indexOf(' ', i + 1)) count++;
      }
      return count;
    },
    has(w: string): boolean {
      if (w.length === 0) return false;
      if (mapped) {
        // a character outside the mapping (a Latin-1 letter, other Arabic-block letters) is in no word
        for (let j = 0; j < w.length; j++) if (unitOf(w.charCodeAt(j)) < 0) return false;
      }
      // The words in [lo, hi) are the candidates: lo starts a word, hi ends one (a space or n).
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        // The word around mid (the one before it when mid is a space): [s, e).
        const s = words.lastIndexOf(' ', mid - 1) + 1;
        let e = words.indexOf(' ', mid);
        if (e < 0 || e > hi) e = hi;
        // word [s, e) compared with w, in code-unit order.
        const len = e - s;
        const m = len < w.length ? len : w.length;
        let d = 0;
        if (mapped) for (let j = 0; j < m && d === 0; j++) d = words.charCodeAt(s + j) - unitOf(w.charCodeAt(j));
        else for (let j = 0; j < m && d === 0; j++) d = words.charCodeAt(s + j) - w.charCodeAt(j);
        if (d === 0) d = len - w.length;
        if (d === 0) return true;
        if (d < 0) lo = e + 1;
        else hi = s - 1;
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
