/**
 * Tokenizer for the number readers. One linear pass over a window of the normalised text:
 * digit runs, letter runs and single other characters; whitespace is not a token but is
 * remembered on the token after it, because number grammar depends on it (`12 000` groups,
 * `12,000` does not need spaces, `3bn` glues a suffix).
 *
 * URLs become one opaque token so that `%20` or `?id=17859` never read as numbers.
 */

export const enum Tok {
  Num = 0,
  Word = 1,
  Sym = 2,
  /** A URL: a barrier that no number reads through. */
  Opaque = 3,
}

export interface Token {
  type: Tok;
  /** Offsets in the normalised text, end exclusive. */
  start: number;
  end: number;
  /** The text as written (case kept: `M` and `m` are different suffixes). */
  text: string;
  /** Lower-cased text, the lexicon key. */
  key: string;
  /** Number of whitespace characters between the previous token and this one. */
  ws: number;
  /** True when that whitespace holds a line break: numbers never continue over one. */
  nl: boolean;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

const LETTER_RE = /[\p{L}\p{M}]/u;

/** Letters of any script; the common blocks are tested by range so a 50 MB text stays fast. */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x0621 && c <= 0x064a) return true; // Arabic letters
  if (c >= 0x0660 && c <= 0x066d) return false; // Arabic digits, ٪ and separators
  if (c === 0x060c || c === 0x061b || c === 0x061f || c === 0x06d4) return false; // ، ؛ ؟ ۔
  if (c >= 0x0600 && c <= 0x06ff) return !(c >= 0x06f0 && c <= 0x06f9);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true;
  return LETTER_RE.test(String.fromCharCode(c));
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function startsUrl(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 0x20;
  if (c === 0x68 /* h */) {
    const head = s.slice(i, i + 8).toLowerCase();
    return head.startsWith('http://') || head.startsWith('https://');
  }
  if (c === 0x77 /* w */) return s.slice(i, i + 4).toLowerCase() === 'www.';
  return false;
}

/** Tokenize `s[from, to)`. Offsets are absolute (index `s`). */
export function tokenize(s: string, from = 0, to = s.length): Token[] {
  const out: Token[] = [];
  let i = from;
  let ws = 0;
  let nl = false;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      ws++;
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) nl = true;
      i++;
      continue;
    }
    const start = i;
    let type: Tok;
    /** A word that may hold a letter with a lower-case form (else its key is its text, no copy). */
    let cased = false;
    if (isDigitCode(c)) {
      type = Tok.Num;
      do i++; while (i < to && isDigitCode(s.charCodeAt(i)));
    } else if (isLetterCode(c)) {
      const prev = start > from ? s.charCodeAt(start - 1) : 0x20;
      if ((isSpaceCode(prev) || prev === 0x28 || prev === 0x3c || prev === 0x22) && startsUrl(s, i)) {
        type = Tok.Opaque;
        while (i < to && !isSpaceCode(s.charCodeAt(i))) i++;
        // A URL often ends a sentence: leave trailing punctuation to the text.
        while (i > start + 1 && /[.,;:!?)\]"']/.test(s[i - 1]!)) i--;
      } else {
        type = Tok.Word;
        cased = c < 0x80 ? c <= 0x5a : c < 0x0600 || c > 0x06ff;
        for (i++; i < to; i++) {
          const d = s.charCodeAt(i);
          if (!isLetterCode(d)) break;
          // Only capitals and letters beyond ASCII and the Arabic block may lower-case to something else.
          if (d < 0x80 ? d <= 0x5a : d < 0x0600 || d > 0x06ff) cased = true;
        }
      }
    } else {
      type = Tok.Sym;
      i++;
      // Keep surrogate pairs whole (emoji, rare symbols).
      if (c >= 0xd800 && c <= 0xdbff && i < to) i++;
    }
    const text = s.slice(start, i);
    out.push({ type, start, end: i, text, key: type === Tok.Word && cased ? text.toLowerCase() : text, ws, nl });
    ws = 0;
    nl = false;
  }
  return out;
}

/** True when token `b` follows token `a` with no whitespace between them. */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}
