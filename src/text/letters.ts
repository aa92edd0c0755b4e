/**
 * Letters of a text by script family (Latin, Arabic, other), counted in one pass without
 * allocating: `text.match(/\p{L}/gu)` builds an array of one-character strings, ~40 bytes per
 * letter, which for a 10 MB document is most of the memory the whole run takes.
 *
 * Each BMP code unit is classified once by the Unicode property regexes, then read from a table.
 */

const UNSEEN = 0;
const NONE = 1;
const LATIN = 2;
const ARABIC = 3;
const OTHER = 4;

const table = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

function classify(ch: string): number {
  if (!LETTER.test(ch)) return NONE;
  if (LATIN_SCRIPT.test(ch)) return LATIN;
  if (ARABIC_SCRIPT.test(ch)) return ARABIC;
  return OTHER;
}

export interface LetterCounts {
  latin: number;
  arabic: number;
  other: number;
  /** latin + arabic + other */
  letters: number;
}

/** Letters of `s[start, end)` by script; astral letters (CJK extensions…) count as `other`. */
export function countLetters(s: string, start = 0, end = s.length): LetterCounts {
  let latin = 0;
  let arabic = 0;
  let other = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    if (c < 0x80) k = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LATIN : NONE;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) {
        i++;
        k = classify(String.fromCodePoint(cp));
      } else k = NONE; // a lone high surrogate
    } else {
      k = table[c]!;
      if (k === UNSEEN) k = table[c] = classify(String.fromCharCode(c));
    }
    if (k === LATIN) latin++;
    else if (k === ARABIC) arabic++;
    else if (k === OTHER) other++;
  }
  return { latin, arabic, other, letters: latin + arabic + other };
}
