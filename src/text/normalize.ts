/**
 * Normalise a copy of the decoded text for matching, keeping a map from every UTF-16 unit of
 * the copy back to the original. Extractors match on `norm`, then report spans through
 * `toOriginal`, so offsets in the output always index the text the user gave us.
 *
 * What is folded, and why:
 * - NFKC: presentation forms (ﻻ), full-width digits, no-break spaces become plain forms.
 * - Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits → ASCII, so one
 *   number grammar reads all three digit systems.
 * - U+066B / U+066C are decimal / thousands separators only between digits; elsewhere U+066C is
 *   used as a comma in real text (the seed), so it becomes the Arabic comma there.
 * - Persian letter forms ک → ك, ی → ي; alef forms أ إ آ ٱ → ا, ى → ي, ة → ه: news text mixes
 *   them freely (missing hamzas, `مدينه`), so lexicons are matched in this folded space
 *   (`foldWord` applies the same folding to lexicon entries).
 * - Tatweel, Arabic diacritics, zero-width and bidi control characters are removed: they carry
 *   no meaning for matching and break word patterns.
 * - Curly quotes and apostrophes → ASCII, dashes → '-'.
 */

export interface NormalizedText {
  /** The original decoded text. */
  original: string;
  /** The normalised copy. */
  norm: string;
  /** For each unit of `norm`, the original start index of the character that produced it. */
  startMap: Int32Array;
  /** For each unit of `norm`, the original end index (exclusive) of that character. */
  endMap: Int32Array;
}

const DIACRITIC = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;

const CHAR_FOLD: Record<string, string> = {
  '\u06A9': '\u0643', // ک → ك
  '\u06AA': '\u0643',
  '\u06CC': '\u064A', // ی → ي
  '\u06D2': '\u064A', // ے → ي
  '\u0649': '\u064A', // ى → ي
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0629': '\u0647', // ة → ه
  '\u06C0': '\u0647', // ۀ → ه
  '\u06D5': '\u0647', // ە → ه
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  // Line and paragraph separators other than \n (NEL, U+2028, U+2029) break lines as \n does.
  '\u0085': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

const LETTER = /\p{L}/u;

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** Fold one character (already NFKC'd) into matching space; '' removes it. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x660 && c <= 0x669) return String.fromCharCode(c - 0x660 + 0x30);
  if (c >= 0x6f0 && c <= 0x6f9) return String.fromCharCode(c - 0x6f0 + 0x30);
  if (DIACRITIC.test(ch) || INVISIBLE.test(ch)) return '';
  const f = CHAR_FOLD[ch];
  return f === undefined ? ch : f;
}

/**
 * The folding applied to text, for single words or phrases outside a document (lexicon
 * entries, user queries). Same rules as `normalize`, without the offset map.
 */
export function foldWord(s: string): string {
  // Lexicons fold thousands of entries at load: an ASCII entry (most English ones) is already
  // folded, and the rest skip the offset maps. Same output as normalize(s).norm.
  // The same steps as normalize (ASCII units kept, `foldAt` for the rest) into a string, with no
  // offset maps (three typed arrays per entry were most of the cost of loading an Arabic lexicon).
  const n = s.length;
  let out = '';
  let run = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    if (c < 0x80 && !isCombining(next) && !(c === 0x0d && next !== 0x0a)) {
      i++;
      continue;
    }
    if (run < i) out += s.slice(run, i);
    if (c === 0x0d) {
      out += '\n';
      i = run = i + 1;
      continue;
    }
    out += foldAt(s, i);
    i = run = foldEnd;
  }
  return run === 0 ? s : run < n ? out + s.slice(run) : out;
}

/** Marks that combine with the character before them (Arabic diacritics are removed instead). */
function isCombining(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/**
 * The folding of each BMP code unit, computed once: the per-character work of normalize. In
 * blocks of 256 units made when a text first has one of theirs (a text meets a few blocks: ASCII,
 * its script's, punctuation): a single 65,536-slot array was 256 KB in every process (and in the
 * startup snapshot) for a few hundred foldings.
 */
const UNIT_FOLD: Array<Array<string | undefined> | undefined> = new Array(0x100);

function foldUnit(c: number): string {
  let block = UNIT_FOLD[c >> 8];
  if (block === undefined) UNIT_FOLD[c >> 8] = block = new Array(0x100);
  let r = block[c & 0xff];
  if (r === undefined) {
    r = '';
    for (const ch of String.fromCharCode(c).normalize('NFKC')) r += foldChar(ch);
    block[c & 0xff] = r;
  }
  return r;
}

function foldCluster(cluster: string): string {
  let r = '';
  for (const ch of cluster.normalize('NFKC')) r += foldChar(ch);
  return r;
}

/** Where the cluster read by the last `foldAt` ends (exclusive). */
let foldEnd = 0;

/**
 * The folded form of the cluster at i of `original` (one code point plus the combining marks
 * after it, so NFKC can compose them), for a unit that is not a lone ASCII character; sets
 * `foldEnd` to the end of the cluster.
 */
function foldAt(original: string, i: number): string {
  const n = original.length;
  const c = original.charCodeAt(i);
  const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
  let j = i + (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
  while (j < n && isCombining(original.charCodeAt(j))) j++;
  foldEnd = j;
  // "Saul Bass—who", "Paris–Berlin": a dash glued between two letters separates words (a hyphen
  // would join them into one); between digits, or spaced, it stays a dash ("15–20", " — ").
  if ((c === 0x2013 || c === 0x2014 || c === 0x2015) && i > 0 && j < n && LETTER.test(original[i - 1]!) && LETTER.test(original[j]!)) return ' ';
  if (c === 0x66c || c === 0x66b) {
    const between = i > 0 && isDigitAt(original, i - 1) && isDigitAt(original, j);
    return between ? (c === 0x66c ? ',' : '.') : c === 0x66c ? '\u060C' : '.';
  }
  return j === i + 1 ? foldUnit(c) : foldCluster(original.slice(i, j));
}

export function normalize(original: string): NormalizedText {
  const n = original.length;
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let k = 0;
  const grow = (need: number) => {
    if (k + need <= cap) return;
    cap = Math.max(cap * 2, k + need);
    const o = new Uint16Array(cap);
    o.set(out);
    out = o;
    const s2 = new Int32Array(cap);
    s2.set(starts);
    starts = s2;
    const e2 = new Int32Array(cap);
    e2.set(ends);
    ends = e2;
  };
  const emit = (piece: string, i: number, j: number) => {
    grow(piece.length);
    for (let u = 0; u < piece.length; u++) {
      out[k] = piece.charCodeAt(u);
      starts[k] = i;
      ends[k] = j;
      k++;
    }
  };
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    if (c < 0x80 && !isCombining(next)) {
      grow(1);
      // A carriage return alone (old Mac line ends) breaks the line as \n does.
      out[k] = c === 0x0d && next !== 0x0a ? 0x0a : c;
      starts[k] = i;
      ends[k] = i + 1;
      k++;
      i++;
      continue;
    }
    const piece = foldAt(original, i);
    const j = foldEnd;
    emit(piece, i, j);
    i = j;
  }
  // Decode the UTF-16 buffer in chunks: String.fromCharCode takes a bounded argument list.
  let norm = '';
  const CHUNK = 8192;
  for (let a = 0; a < k; a += CHUNK) norm += String.fromCharCode.apply(null, out.subarray(a, Math.min(k, a + CHUNK)) as unknown as number[]);
  return { original, norm, startMap: starts.subarray(0, k), endMap: ends.subarray(0, k) };
}

/** Map a span of `norm` [start, end) back to the original text. */
export function toOriginal(t: NormalizedText, start: number, end: number): { start: number; end: number } {
  const len = t.norm.length;
  if (len === 0) return { start: 0, end: 0 };
  const s = start >= len ? t.original.length : t.startMap[Math.max(0, start)]!;
  let e = end <= 0 ? s : t.endMap[Math.min(len, end) - 1]!;
  // Marks the copy dropped at the end of a word (tanween in «ألفاً», tatweel) belong to it.
  while (e < t.original.length && DIACRITIC.test(t.original[e]!)) e++;
  return { start: s, end: Math.max(s, e) };
}

/** The original substring behind a span of `norm`, with its original offsets. */
export function originalSpan(t: NormalizedText, start: number, end: number): { start: number; end: number; text: string } {
  const o = toOriginal(t, start, end);
  return { start: o.start, end: o.end, text: t.original.slice(o.start, o.end) };
}
