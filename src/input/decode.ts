/**
 * Bytes → text. UTF-8 (BOM optional) is the default; a BOM selects UTF-16 LE/BE, and so does a
 * NUL byte pattern typical of BOM-less UTF-16 (every other byte zero). Other NUL bytes mean
 * binary data: rejected. Invalid UTF-8 is decoded with U+FFFD and reported as a warning, so
 * nothing is silently dropped.
 */
import { InputError } from './input-error.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'windows-1252';
  warnings: string[];
}

/**
 * Well-formed multi-byte UTF-8 sequences against invalid bytes, and where the first invalid one
 * stands (-1: none). A legacy 8-bit file (windows-1256 Arabic) can hold a few byte pairs that
 * happen to be valid UTF-8 (a letter before the Arabic comma 0xA1), so the decision is by
 * majority, not by the first valid sequence.
 */
function utf8Tally(buf: Uint8Array): { valid: number; invalid: number; first: number } {
  let valid = 0;
  let invalid = 0;
  let first = -1;
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < n && (buf[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      if (first < 0) first = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, first };
}

/**
 * A file that is not UTF-8 at all (no valid multi-byte sequence) is most likely in a legacy
 * 8-bit code page: windows-1256 for Arabic (still common in Arabic newsrooms' archives) when
 * most non-ASCII characters decode to Arabic letters, else windows-1252.
 */
function legacyCodePage(buf: Uint8Array): { text: string; encoding: 'windows-1256' | 'windows-1252' } {
  const arabic = new TextDecoder('windows-1256').decode(buf);
  let nonAscii = 0;
  let letters = 0;
  for (const ch of arabic) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (/[\u0621-\u064A\u067E\u0686\u0698\u06AF\u06A9\u06CC]/.test(ch)) letters++;
  }
  if (nonAscii > 0 && letters / nonAscii >= 0.6) return { text: arabic, encoding: 'windows-1256' };
  return { text: new TextDecoder('windows-1252').decode(buf), encoding: 'windows-1252' };
}

const MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x1f, 0x8b], // gzip
];

function countNul(buf: Uint8Array, limit = buf.length): number {
  let n = 0;
  for (let i = 0; i < limit; i++) if (buf[i] === 0) n++;
  return n;
}

/**
 * Control bytes (C0 but tab, line breaks, form feed and escape; DEL) beyond what a damaged
 * legacy-encoded text has: random data has one in ten.
 */
function controlHeavy(buf: Uint8Array): boolean {
  const head = Math.min(buf.length, 65536);
  let n = 0;
  for (let i = 0; i < head; i++) {
    const b = buf[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) n++;
  }
  return n >= 16 && n / head > 0.01;
}

/** Binary: a known file signature, or NUL bytes beyond what a damaged text file has. */
function isBinary(buf: Uint8Array): boolean {
  const head = Math.min(buf.length, 65536);
  const nul = countNul(buf, head);
  return nul >= 16 || nul / head > 0.05;
}

function hasMagic(buf: Uint8Array): boolean {
  return MAGIC.some((m) => m.every((b, i) => buf[i] === b));
}

/** Code units that ordinary text is made of (no controls but tab and line breaks, no NUL). */
function textUnit(u: number): boolean {
  return (
    u === 0x09 ||
    u === 0x0a ||
    u === 0x0d ||
    (u >= 0x20 && u <= 0x7e) ||
    (u >= 0xa0 && u <= 0x2fff) ||
    (u >= 0x3000 && u <= 0x9fff) ||
    (u >= 0xac00 && u <= 0xd7a3) ||
    (u >= 0xd800 && u <= 0xdfff) || // surrogates: pairs, checked by the decoder
    (u >= 0xf900 && u <= 0xfffd)
  );
}

/**
 * BOM-less UTF-16: NUL bytes in one byte position only (the high byte of ASCII characters:
 * spaces, digits, punctuation — even Arabic text has them), almost none in the other, and the
 * code units read that way are text.
 */
function looksUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const guess = oddZero > pairs * 0.05 && evenZero <= oddZero * 0.02 ? 'utf-16le' : evenZero > pairs * 0.05 && oddZero <= evenZero * 0.02 ? 'utf-16be' : null;
  if (!guess) return null;
  // The high bytes of real text come from one or two script blocks (0x00 and 0x06 for Arabic);
  // a UTF-8 text with a stray NUL read this way has letters of all kinds there.
  const high = new Uint32Array(256);
  let text = 0;
  for (let i = 0; i < n; i += 2) {
    const u = guess === 'utf-16le' ? buf[i]! | (buf[i + 1]! << 8) : (buf[i]! << 8) | buf[i + 1]!;
    high[u >> 8]!++;
    if (textUnit(u)) text++;
  }
  const [a = 0, b = 0] = [...high].sort((x, y) => y - x);
  return text >= pairs * 0.95 && a + b >= pairs * 0.8 ? guess : null;
}

export function decode(buf: Uint8Array, path: string): Decoded {
  if (buf.length === 0) throw new InputError(path, 'empty file');
  let encoding: Decoded['encoding'] = 'utf-8';
  let offset = 0;
  const warnings: string[] = [];
  if (hasMagic(buf)) throw new InputError(path, 'binary file (an image, PDF or archive), not text');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) offset = 3;
  else if (buf[0] === 0xff && buf[1] === 0xfe) {
    encoding = 'utf-16le';
    offset = 2;
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    encoding = 'utf-16be';
    offset = 2;
  } else if (buf.includes(0)) {
    const guess = looksUtf16(buf);
    if (guess) {
      encoding = guess;
      warnings.push(`no byte-order mark; decoded as ${guess.toUpperCase()}`);
    } else if (isBinary(buf)) {
      throw new InputError(path, 'binary file (contains NUL bytes), not text');
    } else {
      // A stray NUL in otherwise plain text (a paste, a broken export): keep the text, say so.
      warnings.push(`${countNul(buf)} NUL byte(s) in the text`);
    }
  }
  const body = buf.subarray(offset);
  let text: string;
  if (encoding === 'utf-8') {
    const tally = utf8Tally(body);
    const bad = tally.first;
    if (bad >= 0 && offset === 0 && tally.invalid > tally.valid) {
      // Random or compressed bytes without a signature or many NULs: no text in any code page
      // has control characters between its letters.
      if (controlHeavy(body)) throw new InputError(path, 'binary file (control bytes, not UTF-8), not text');
      const legacy = legacyCodePage(body);
      encoding = legacy.encoding;
      text = legacy.text;
      warnings.push(`not UTF-8 (invalid byte at ${bad}); decoded as ${legacy.encoding}`);
    } else {
      if (bad >= 0) warnings.push(`invalid UTF-8 at byte ${bad + offset}; undecodable bytes replaced with U+FFFD`);
      text = new TextDecoder('utf-8').decode(body);
    }
  } else {
    text = new TextDecoder(encoding).decode(body);
    if (text.includes('\0')) throw new InputError(path, `binary file (NUL characters in ${encoding.toUpperCase()} text)`);
  }
  // /\S/ rather than trim(): no copy of a large text just to test it.
  if (!/\S/.test(text)) throw new InputError(path, 'no text (only white space)');
  return { text, encoding, warnings };
}
