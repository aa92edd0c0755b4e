/**
 * One byte a character for Arabic word lists: V8 keeps a string with any character past U+00FF
 * as two bytes a character. Lists whose characters are all ASCII or in U+0600–U+067F (the Arabic
 * letters, marks and digits) are kept with those characters moved to 0x80–0xFF, in the same
 * order (the mapping is increasing, so sorted lists stay sorted); queries go through `unitOf`.
 */

/** A character's code in the one-byte form: ASCII as is, U+0600–U+067F at 0x80–0xFF, else -1. */
export function unitOf(c: number): number {
  if (c < 0x80) return c;
  return c >= 0x600 && c < 0x680 ? c - 0x580 : -1;
}

/** The character a code of the one-byte form stands for (the inverse of `unitOf`). */
export function charOf(u: number): number {
  return u < 0x80 ? u : u + 0x580;
}

/**
 * `s` in the one-byte form, or null when there is nothing to gain (no character past U+007F, or
 * one in U+0080–U+00FF: already one byte) or a character the mapping lacks.
 */
export function oneByteForm(s: string): string | null {
  if (!WIDE.test(s) || UNMAPPED.test(s)) return null;
  return mapCodes(s, 0, s.length, -0x580);
}

const WIDE = /[^\x00-\x7f]/;
const UNMAPPED = /[^\x00-\x7f\u0600-\u067f]/;

/** The one-byte form s[from, to) read back as the characters it stands for. */
export function fromOneByte(s: string, from: number, to: number): string {
  return mapCodes(s, from, to, 0x580);
}

/** s[from, to) with every code past 0x7F moved by `shift` (the one-byte form and back). */
function mapCodes(s: string, from: number, to: number, shift: number): string {
  if (shift > 0) {
    // back to the characters (a key now and then): small strings
    let out = '';
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      out += String.fromCharCode(c < 0x80 ? c : c + shift);
    }
    return out;
  }
  const bytes = Buffer.allocUnsafe(to - from);
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    bytes[i - from] = c < 0x80 ? c : c + shift;
  }
  // latin1 decoding makes a one-byte string; in pieces below Node's threshold for external
  // strings (about 1 MB), which a startup snapshot could not hold, then joined into one
  const parts: string[] = [];
  const PIECE = 1 << 18;
  for (let i = 0; i < bytes.length; i += PIECE) parts.push(bytes.toString('latin1', i, Math.min(bytes.length, i + PIECE)));
  return parts.length === 1 ? parts[0]! : parts.join('');
}
