/**
 * Phone numbers: `+33 1 23 45 67 89`, `(212) 555-0100`, `+1-222-2222/2222`, `555-123-4567`.
 * Read as one mention so their digit groups are not taken for counts or ranges.
 *
 * Without a `+` or an area code in brackets, only dash-separated runs of at least three
 * groups and nine digits qualify: `2020-05-12` is a date, `10-14` a range.
 */
import type { Context } from './atoms.js';
import type { Reading } from './reading.js';
import { Tok, glued, type Token } from './tokens.js';

function isNum(t: Token | undefined): boolean {
  return t !== undefined && t.type === Tok.Num;
}

export function readPhone(ctx: Context, i: number): Reading | null {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t) return null;
  let k = i;
  let plus = false;
  let paren = false;
  let digits = 0;
  let groups = 0;
  let minGroup = Infinity;
  // separators met, made on the first (most calls end before any: no set per number read)
  let seps: Set<string> | null = null;
  if (t.type === Tok.Sym && t.text === '+' && isNum(tokens[i + 1]) && glued(t, tokens[i + 1])) {
    const prev = tokens[i - 1];
    if (prev && glued(prev, t) && (prev.type === Tok.Num || prev.type === Tok.Word)) return null;
    plus = true;
    k = i + 1;
  } else if (t.type === Tok.Sym && t.text === '(' && isNum(tokens[i + 1]) && glued(t, tokens[i + 1]) && tokens[i + 2]?.text === ')' && glued(tokens[i + 1], tokens[i + 2])) {
    const len = tokens[i + 1]!.text.length;
    if (len < 2 || len > 4) return null;
    paren = true;
    digits = len;
    groups = 1;
    minGroup = len;
    k = i + 3;
    if (!isNum(tokens[k]) || tokens[k]!.ws > 1 || tokens[k]!.nl) return null;
  } else if (!isNum(t)) {
    return null;
  } else {
    const prev = tokens[i - 1];
    if (prev && glued(prev, t) && prev.type !== Tok.Sym) return null;
  }
  let last = k;
  for (;;) {
    const g = tokens[k];
    if (!isNum(g)) break;
    digits += g!.text.length;
    // Bounded: a phone number has at most 15 digits, so a long dashed run is given up early.
    if (digits > 15) return null;
    groups++;
    minGroup = Math.min(minGroup, g!.text.length);
    last = k;
    const s = tokens[k + 1];
    if (s && s.type === Tok.Sym && '-./'.includes(s.text) && s.text.length === 1 && glued(g, s) && isNum(tokens[k + 2]) && glued(s, tokens[k + 2])) {
      (seps ??= new Set()).add(s.text);
      k += 2;
      continue;
    }
    if ((plus || paren) && s && isNum(s) && s.ws === 1 && !s.nl) {
      (seps ??= new Set()).add(' ');
      k += 1;
      continue;
    }
    break;
  }
  if (digits > 15) return null;
  const after = tokens[last + 1];
  if (after && glued(tokens[last], after) && after.type === Tok.Word) return null;
  let ok: boolean;
  if (plus) ok = digits >= 7 && (groups >= 2 || digits >= 9);
  else if (paren) ok = digits >= 7 && groups >= 3;
  else ok = groups >= 3 && digits >= 9 && minGroup >= 2 && seps !== null && seps.size === 1 && seps.has('-');
  if (!ok) return null;
  return { s: i, e: last, start: t.start, end: tokens[last]!.end, kind: 'phone', value: null, min: null, max: null, words: false };
}
