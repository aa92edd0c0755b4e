/**
 * Times of day: `8:39`, `09 : 40`, `8:30 am`, `10 p.m.`, `10pm`, `8.30 pm`. A time is read as
 * one mention so that its digits never pass for counts. The value is the hour of the day as a
 * decimal (8:30 pm → 20.5).
 */
import type { Context } from './atoms.js';
import { clean } from './digits.js';
import { hasRole } from './lexicon.js';
import type { Reading } from './reading.js';
import { Tok, glued, type Token } from './tokens.js';

function num(t: Token | undefined, maxLen: number): boolean {
  return t !== undefined && t.type === Tok.Num && t.text.length <= maxLen && !t.nl;
}

function ampmAt(ctx: Context, k: number): { offset: number; e: number } | null {
  const t = ctx.tokens[k];
  if (!t || t.nl || t.ws > 1) return null;
  const a = ctx.atom(k);
  if (!a || a.kind !== 'word' || !hasRole(a.sense, 'ampm')) return null;
  // The am/pm word must end there (`10 amendments` is not a time).
  const after = ctx.tokens[a.e + 1];
  if (glued(ctx.tokens[a.e], after) && after!.type !== Tok.Sym) return null;
  return { offset: a.sense.hourOffset ?? 0, e: a.e };
}

export function readTime(ctx: Context, i: number): Reading | null {
  const { tokens } = ctx;
  const h = tokens[i];
  if (!num(h, 2)) return null;
  const prev = tokens[i - 1];
  if (prev && glued(prev, h) && (prev.text === ':' || prev.text === '.' || prev.type === Tok.Word)) return null;
  let hour = Number(h!.text);
  let minute = 0;
  let e = i;
  const sep = tokens[i + 1];
  const m = tokens[i + 2];
  let sepKind = '';
  if (sep && sep.type === Tok.Sym && (sep.text === ':' || sep.text === '.') && sep.ws <= 1 && num(m, 2) && m!.text.length === 2 && m!.ws <= 1) {
    sepKind = sep.text;
    // `8.30` is a decimal unless am/pm follows; `8 . 30` is nothing.
    if (sep.text === '.' && (!glued(h, sep) || !glued(sep, m))) sepKind = '';
  }
  if (sepKind) {
    minute = Number(m!.text);
    e = i + 2;
    if (tokens[e + 1]?.text === ':' && glued(m, tokens[e + 1]) && num(tokens[e + 2], 2) && glued(tokens[e + 1], tokens[e + 2])) e += 2;
  }
  if (hour > 24 || minute > 59) return null;
  const ap = ampmAt(ctx, e + 1);
  if (!sepKind || sepKind === '.') {
    if (!ap || hour > 12 || hour === 0) return null;
  }
  const after = tokens[(ap ? ap.e : e) + 1];
  if (!ap && after && glued(tokens[e], after) && (after.type === Tok.Num || after.type === Tok.Word || after.text === ':')) return null;
  if (ap) {
    if (ap.offset === 0 && hour === 12) hour = 0;
    else if (ap.offset > 0 && hour < 12) hour += ap.offset;
    e = ap.e;
  }
  const value = clean(hour + minute / 60);
  return { s: i, e, start: h!.start, end: tokens[e]!.end, kind: 'time', value, min: value, max: value, words: false };
}
