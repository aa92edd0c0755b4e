/**
 * Decimals written with a word for the point: `two point five`, `nine point nought four`,
 * `two hundred point seventy-one`, `1 point 1`, `واحد فاصلة واحد`, then an optional scale
 * (`two point two million`).
 */
import type { Context } from './atoms.js';
import { readCardinal, cardValue } from './cardinal.js';
import { clean } from './digits.js';
import { hasRole } from './lexicon.js';
import { withValue, type Reading } from './reading.js';
import { Tok } from './tokens.js';

export function pointDecimal(ctx: Context, r: Reading): Reading | null {
  const c = r.card;
  if (!c || c.ord || c.decimal || r.value === null || !Number.isInteger(r.value) || c.last === 'scale') return null;
  const p = ctx.atom(r.e + 1);
  if (!p || p.kind !== 'word' || p.sense.card || !hasRole(p.sense, 'point')) return null;
  return afterPoint(ctx, r, p.e + 1);
}

/** `point 5`, `point seven five` with no whole part (transcribed speech), not after a number. */
export function leadingPoint(ctx: Context, i: number): Reading | null {
  const p = ctx.atom(i);
  if (!p || p.kind !== 'word' || p.sense.card || !hasRole(p.sense, 'point')) return null;
  const prev = ctx.tokens[i - 1];
  if (prev && !ctx.tokens[i]!.nl && (prev.type === Tok.Num || ctx.atom(i - 1)?.kind === 'digits')) return null;
  const t = ctx.tokens[i]!;
  const zero: Reading = { s: i, e: i, start: t.start, end: t.end, kind: 'integer', value: 0, min: 0, max: 0, words: true };
  const r = afterPoint(ctx, zero, p.e + 1);
  return r && r.e > p.e ? r : null;
}

function afterPoint(ctx: Context, r: Reading, from: number): Reading | null {
  let k = from;
  let digits = '';
  let e = -1;
  for (let guard = 0; guard < 32; guard++) {
    const t = ctx.tokens[k];
    if (!t || t.nl) break;
    if (t.type === Tok.Num) {
      if (digits === '') {
        digits = t.text;
        e = k;
      }
      break;
    }
    const a = ctx.atom(k);
    const card = a && a.kind === 'word' && !a.sense.ordinal ? a.sense.card : undefined;
    const role = card?.role;
    if (card && role === 'unit' && !card.teenOnly) {
      digits += String(card.value);
      e = a!.e;
      k = a!.e + 1;
      continue;
    }
    if ((role === 'teen' || role === 'ten') && digits === '') {
      // `point seventy-one`, `point eleven`: the digits of a number below 100.
      const d = readCardinal(ctx, k);
      if (d && !d.ord && (d.last === 'ten' || d.last === 'unit' || d.last === 'teen')) {
        digits = String(cardValue(d));
        e = d.e;
      }
    }
    break;
  }
  if (e < 0) return null;
  let value = clean(Number(`${r.value}.${digits}`));
  const s = ctx.atom(e + 1);
  if (s && s.kind === 'word' && !s.conj && s.sense.card?.role === 'scale' && !s.sense.ordinal) {
    value = clean(value * s.sense.card.value);
    e = s.e;
  }
  return withValue(ctx, r, value, e);
}
