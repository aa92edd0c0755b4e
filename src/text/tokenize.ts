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

// Letters, marks and digits, with inner apostrophes/hyphens/dots kept in a word ("al-Quds", "U.S").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\-.][\p{L}\p{M}\p{N}]+)*/uy;

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
    WORD.lastIndex = i;
    const m = WORD.exec(norm);
    if (m && m.index === i) {
      const whole = i + m[0].length;
      const end = Math.min(whole, limit);
      // m[0] is norm.slice(i, whole): no second substring unless a number cuts the word
      out.push({ kind: 'word', start: i, end, text: (end === whole ? m[0] : norm.slice(i, end)).toLowerCase() });
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
