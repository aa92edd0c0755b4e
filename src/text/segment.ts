/**
 * Sentence and quotation segmentation over normalised text (see normalize.ts: quotes are
 * already ASCII there). Spans index the normalised text.
 *
 * Sentences end at . ! ? ؟ ؛ … and at blank lines or line breaks (headlines and captions have no
 * full stop). A full stop does not end a sentence after a known abbreviation (Mrs., Dr., U.S.),
 * a single capital letter, or between digits. Closing quotes and brackets after the stop stay
 * in the sentence. The Arabic comma ، is a clause boundary, not a sentence boundary: Arabic
 * prose chains whole statements with it, and attribution must see across it.
 */

export interface TextSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'gov',
    'sen', 'rep', 'rev', 'hon', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan',
    'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est',
    'fig', 'al', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
  ],
);

const TERMINATORS = new Set(['.', '!', '?', '\u061F', '\u061B', '\u2026', '\u06D4']);
/** TERMINATORS as char codes. */
function isTerminatorCode(k: number): boolean {
  return k === 46 || k === 33 || k === 63 || k === 0x061f || k === 0x061b || k === 0x2026 || k === 0x06d4;
}
const CLOSERS = new Set(['"', "'", ')', ']', '\u00BB', '\u203A', '}']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f' || c === '\v';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The word just before position i (letters and inner dots), lower-cased. */
function wordBefore(s: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(s[j - 1]!)) j--;
  return s.slice(j, i).toLowerCase();
}

function trimSpan(s: string, start: number, end: number): TextSpan | null {
  while (start < end && isSpace(s[start]!)) start++;
  while (end > start && isSpace(s[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

export function segmentSentences(s: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const t = trimSpan(s, start, end);
    if (t) out.push(t);
    start = end;
  };
  const n = s.length;
  for (let i = 0; i < n; i++) {
    // char codes first: most characters are neither a line break nor a terminator, and s[i] of a
    // non-Latin-1 character (Arabic) allocates a string
    const k = s.charCodeAt(i);
    if (k === 10) {
      push(i + 1);
      continue;
    }
    if (!isTerminatorCode(k)) continue;
    const c = s[i]!;
    if (c === '.') {
      if (isDigit(s[i - 1]) && isDigit(s[i + 1])) continue;
      const w = wordBefore(s, i);
      if (ABBREVIATIONS.has(w) || (/^\p{Lu}$/u.test(s.slice(i - 1, i)) && w.length === 1)) continue;
      // "U.S." style: a dotted initialism continues the sentence when a lower-case word follows.
      if (/^(\p{L}\.)+\p{L}$/u.test(w) && /^\s+\p{Ll}/u.test(s.slice(i + 1, i + 4))) continue;
    }
    let j = i + 1;
    while (j < n && (TERMINATORS.has(s[j]!) || CLOSERS.has(s[j]!))) j++;
    // Only a break when followed by space/end: "3.5", "a.m.", "..." inside a line stay joined.
    if (j < n && !isSpace(s[j]!)) {
      i = j - 1;
      continue;
    }
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}

const QUOTE_PAIRS: Array<[string, string]> = [
  ['\u00AB', '\u00BB'],
  ['"', '"'],
];

/**
 * Quoted passages (« … », " … "), as spans including the quote marks. Straight double quotes
 * pair up left to right within a paragraph; an unclosed quote runs to the end of its paragraph
 * (news often opens a quote per paragraph and closes only the last).
 */
export function findQuotes(s: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let i = 0;
    while (i < s.length) {
      const a = s.indexOf(open, i);
      if (a < 0) break;
      const para = s.indexOf('\n', a + 1);
      const paraEnd = para < 0 ? s.length : para;
      const b = s.indexOf(close, a + 1);
      if (b >= 0 && b < paraEnd) {
        out.push({ start: a, end: b + 1 });
        i = b + 1;
      } else {
        out.push({ start: a, end: paraEnd });
        i = paraEnd;
      }
    }
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  // Drop quotes nested in an earlier one.
  const res: TextSpan[] = [];
  for (const q of out) {
    const last = res[res.length - 1];
    if (last && q.start < last.end) continue;
    res.push(q);
  }
  return res;
}
