/**
 * Word/punctuation tokens over normalised text, with number mentions as single tokens.
 * Numbers come first because a number may span several words (`six hundred`, `ثلاثة آلاف
 * وخمسمائة`) and the claim engine reasons about "the word before the number".
 */
import type { NumberMention } from '../types.js';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower-cased surface (normalised text). */
  text: string;
  /** The number read here, for `num` tokens. */
  num?: NumberMention;
}

// A word: letters, marks and digits, with inner apostrophes/hyphens/dots kept ("al-Quds", "U.S"),
// as /[\p{L}\p{M}\p{N}]+(?:['\-.][\p{L}\p{M}\p{N}]+)*/u would match; scanned by hand, since
// a regular-expression match (an array per word) was a tenth of what the pipeline allocates.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Per BMP code unit: 1 letter/mark/digit, 2 not, 0 not known yet (filled on first sight). */
const WORD_UNIT = new Uint8Array(0x10000);

/** Length (1, 2 for a surrogate pair, 0: none) of the letter, mark or digit at s[i], i < n. */
function wordCharAt(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let k = WORD_UNIT[c]!;
  if (k === 0) WORD_UNIT[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** End of the word starting at i (i itself when none starts there); n = the text length. */
function wordEnd(s: string, i: number, n: number): number {
  let j = i;
  for (let k = wordCharAt(s, j, n); k > 0; k = j < n ? wordCharAt(s, j, n) : 0) j += k;
  if (j === i) return i;
  while (j + 1 < n) {
    const c = s.charCodeAt(j);
    if (c !== 0x27 && c !== 0x2d && c !== 0x2e) break;
    let x = j + 1;
    for (let k = wordCharAt(s, x, n); k > 0; k = x < n ? wordCharAt(s, x, n) : 0) x += k;
    if (x === j + 1) break;
    j = x;
  }
  return j;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** Tokens of norm[from, to), numbers (sorted, non-overlapping) taking their spans whole. */
export function tokenize(norm: string, numbers: readonly NumberMention[], from = 0, to = norm.length): Token[] {
  const out: Token[] = [];
  // First number starting at or after `from`: a binary search, since this runs once per
  // sentence and a linear scan from the start made a document's tokenisation quadratic.
  let k = 0;
  let hi = numbers.length;
  while (k < hi) {
    const mid = (k + hi) >>> 1;
    if (numbers[mid]!.start < from) k = mid + 1;
    else hi = mid;
  }
  let i = from;
  while (i < to) {
    const nextNum = k < numbers.length ? numbers[k]! : undefined;
    if (nextNum && nextNum.start <= i) {
      if (nextNum.end > i) {
        out.push({ kind: 'num', start: nextNum.start, end: nextNum.end, text: norm.slice(nextNum.start, nextNum.end).toLowerCase(), num: nextNum });
        i = nextNum.end;
      }
      k++;
      continue;
    }
    const limit = nextNum && nextNum.start < to ? nextNum.start : to;
    const c = norm.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const whole = wordEnd(norm, i, norm.length);
    if (whole > i) {
      const end = Math.min(whole, limit);
      out.push({ kind: 'word', start: i, end, text: norm.slice(i, end).toLowerCase() });
      i = end;
      continue;
    }
    const cp = norm.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    out.push({ kind: 'punct', start: i, end: i + len, text: norm.slice(i, i + len) });
    i += len;
  }
  return out;
}
