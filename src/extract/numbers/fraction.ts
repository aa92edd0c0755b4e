/**
 * Fractions: `two-thirds`, `a quarter`, `half`, `نصف`, `ثلاثة أرباع`, mixed numbers (`one and a
 * half`, `مليون ونصف`, `3 million and a quarter`), fractions of a scale (`half a million`,
 * `نصف مليون`, `two thirds of a million`), `3/4`, `2 1/4`, and proportions (`1 in 5`,
 * `one out of three`).
 *
 * Numerator and denominator agree in number, as the languages require: `one fifth`, `three
 * fifths`; a singular ordinal after a number larger than one is an ordinal (`twenty fifth`),
 * which the cardinal reader has already taken.
 */
import type { Context } from './atoms.js';
import { readCardinal, cardValue } from './cardinal.js';
import { clean } from './digits.js';
import { hasRole } from './lexicon.js';
import { kindOf, withValue, type Reading } from './reading.js';
import { Tok, glued } from './tokens.js';

export interface Denominator {
  value: number;
  plural: boolean;
  e: number;
  /** A fraction noun (`half`, `quarters`), not an ordinal. */
  noun: boolean;
}

function sameLine(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && !t.nl;
}

/** A denominator at token k: `fifths`, `twenty-firsts`, `one hundred fifth`, `quarter`, `أرباع`. */
export function readDenominator(ctx: Context, k: number): Denominator | null {
  if (!sameLine(ctx, k)) return null;
  const first = ctx.atom(k);
  if (!first || first.kind !== 'word' || (!first.sense.den && !first.sense.card)) return null;
  const c = readCardinal(ctx, k, { allowPlural: true });
  // `first`/`second` alone are not denominators (`one second` is a time), `twenty-first` is.
  if (c && c.ord && c.lastAtom?.kind === 'word' && (c.lastAtom.sense.den || (c.atoms > 1 && cardValue(c) >= 3))) {
    return { value: cardValue(c), plural: c.plural, e: c.e, noun: false };
  }
  if (c) return null;
  const a = ctx.atom(k);
  if (a && a.kind === 'word' && a.sense.den && !a.sense.card && !a.conj) return { value: a.sense.den.value, plural: a.sense.den.plural, e: a.e, noun: true };
  return null;
}

/** `of a million`, `a million`, `million` after a fraction: the multiplier and last token. */
export function scaleAfter(ctx: Context, k: number): { mult: number; e: number } | null {
  let j = k;
  for (let step = 0; step < 2 && sameLine(ctx, j); step++) {
    const a = ctx.atom(j);
    if (a && a.kind === 'word' && !a.sense.card && (hasRole(a.sense, 'fracOf') || hasRole(a.sense, 'article'))) j = a.e + 1;
    else break;
  }
  if (!sameLine(ctx, j)) return null;
  const a = ctx.atom(j);
  if (a && a.kind === 'word' && !a.conj && a.sense.card && !a.sense.ordinal && !a.sense.card.plural && a.sense.card.role === 'scale') {
    return { mult: a.sense.card.value, e: a.e };
  }
  return null;
}

function scaled(ctx: Context, r: Reading): Reading {
  const sc = scaleAfter(ctx, r.e + 1);
  return sc && r.value !== null ? withValue(ctx, r, clean(r.value * sc.mult), sc.e) : r;
}

function fractionReading(ctx: Context, s: number, start: number, e: number, value: number): Reading {
  const v = clean(value);
  return { s, e, start, end: ctx.tokens[e]!.end, kind: 'fraction', value: v, min: v, max: v, words: true };
}

/** The word after token e is a definite noun that is not a number (`الساعة` in `خمس الساعة`). */
export function beforeDefiniteNoun(ctx: Context, e: number): boolean {
  const art = ctx.g.definiteArticle;
  const n = ctx.tokens[e + 1];
  if (!art || !n || n.nl || n.type !== Tok.Word || !n.key.startsWith(art) || n.key.length <= art.length + 1) return false;
  const na = ctx.atom(e + 1);
  return !na || na.kind !== 'word' || !na.sense.card;
}

/**
 * A fraction word alone (`half`, `نصف`), a word that is a fraction only before a definite noun
 * (`ثمن الوزن`, an eighth of the weight, against `ثمن` price elsewhere), or a denominator word
 * before a scale (`quarter million`).
 */
export function fractionWordAt(ctx: Context, i: number): Reading | null {
  const a = ctx.atom(i);
  if (!a || a.kind !== 'word') return null;
  if (a.sense.frac !== undefined) return scaled(ctx, fractionReading(ctx, i, a.start, a.e, a.sense.frac));
  const fb = a.sense.fracBeforeDefinite;
  if (fb !== undefined && !a.sense.card && beforeDefiniteNoun(ctx, a.e)) return fractionReading(ctx, i, a.start, a.e, fb);
  if (a.sense.den && !a.sense.card && !a.sense.den.plural) {
    const sc = scaleAfter(ctx, a.e + 1);
    if (sc) return withValue(ctx, fractionReading(ctx, i, a.start, a.e, 1 / a.sense.den.value), clean(sc.mult / a.sense.den.value), sc.e);
  }
  return null;
}

/** An article before a singular denominator: `a third`, `a twenty-first`, `a half`. */
export function articleFraction(ctx: Context, i: number, scale = true): Reading | null {
  const a = ctx.atom(i);
  if (!a || a.kind !== 'word' || !hasRole(a.sense, 'article')) return null;
  const b = ctx.atom(a.e + 1);
  let f: Reading | null = null;
  if (b && b.kind === 'word' && b.sense.frac !== undefined && !b.sense.card) {
    f = fractionReading(ctx, i, a.start, b.e, b.sense.frac);
  } else {
    const d = readDenominator(ctx, a.e + 1);
    if (!d || d.plural) return null;
    f = fractionReading(ctx, i, a.start, d.e, 1 / d.value);
  }
  return scale ? scaled(ctx, f) : f;
}

/**
 * Numerator in words + denominator: `two thirds`, `one-eighth`, `ثلاثة أرباع`. After a
 * conjunction the fraction may be only the last part (a mixed number): after a scale (`six
 * million and two thirds` = 6⅔ million), before a fraction noun (`one hundred and three
 * quarters`) or a decimal denominator (`two hundred and fifty-four hundredths` = 200.54);
 * otherwise the whole number is the numerator (`one hundred and thirty fifths` = 26).
 */
export function numeratorFraction(ctx: Context, r: Reading, scale = true): Reading | null {
  const c = r.card;
  if (!c || c.ord || c.digitsOnly || c.decimal || r.value === null || !Number.isInteger(r.value)) return null;
  let k = r.e + 1;
  const t = ctx.tokens[k];
  if (t && t.type === Tok.Sym && t.text === '-') k++;
  const d = readDenominator(ctx, k);
  if (!d) return null;
  const pre = c.preConj;
  if (pre && (pre.last === 'hundred' || pre.last === 'hundreds' || pre.last === 'scale' || pre.last === 'dual')) {
    const pv = cardValue(pre);
    const onScale = pre.last === 'scale' || pre.last === 'dual';
    const denNoun = d.noun || (d.value >= 10 && Math.log10(d.value) % 1 === 0);
    if (onScale || denNoun) {
      const num = r.value - pv;
      if (num === 1 ? d.plural : !d.plural) return null;
      // `one billion and three quarters million`: the fraction of a smaller scale.
      const sc = onScale ? scaleAfter(ctx, d.e + 1) : null;
      if (sc && sc.mult < pre.lastScale) return withValue(ctx, r, clean(pv + (num / d.value) * sc.mult), sc.e);
      if (onScale) return withValue(ctx, r, clean(pv + (num / d.value) * pre.lastScale), d.e);
      return fractionReading(ctx, r.s, r.start, d.e, pv + num / d.value);
    }
  }
  if (r.value === 1 ? d.plural : !d.plural) return null;
  const f = fractionReading(ctx, r.s, r.start, d.e, r.value / d.value);
  return scale ? scaled(ctx, f) : f;
}

/** A fraction below one starting at token k (the part after `and` / و in a mixed number). */
function fractionPart(ctx: Context, k: number): Reading | null {
  const a = ctx.atom(k);
  if (!a || a.kind !== 'word') return null;
  if (a.sense.frac !== undefined) return fractionReading(ctx, k, a.start, a.e, a.sense.frac);
  const art = articleFraction(ctx, k, false);
  if (art) return art;
  const c = readCardinal(ctx, k);
  if (!c || c.ord) return null;
  const r: Reading = { s: c.s, e: c.e, start: c.start, end: ctx.tokens[c.e]!.end, kind: 'integer', value: cardValue(c), min: null, max: null, words: c.words, card: c };
  return numeratorFraction(ctx, r, false);
}

/**
 * A mixed number after the cardinal `r`: `one and a half`, `3 million and a quarter`,
 * `one and a half million`, `one billion and a half million`, `واحد ونصف`, `مليون ونصف`,
 * `عشرون وثلاثة أخماس`. A fraction after a scale is a fraction of that scale.
 */
export function mixedFraction(ctx: Context, r: Reading): Reading | null {
  const c = r.card;
  if (!c || c.ord || r.value === null) return null;
  let k = r.e + 1;
  if (!sameLine(ctx, k)) return null;
  const a = ctx.atom(k);
  if (!a) return null;
  if (a.kind === 'word' && !a.sense.card && hasRole(a.sense, 'and')) k = a.e + 1;
  else if (!(a.kind === 'word' && a.conj)) return null;
  if (!sameLine(ctx, k)) return null;
  const f = fractionPart(ctx, k);
  if (!f || f.value === null || f.value >= 1) return null;
  const sc = scaleAfter(ctx, f.e + 1);
  const endsOnScale = c.last === 'scale' || c.last === 'dual';
  let value: number;
  let e = f.e;
  if (sc && !endsOnScale) {
    value = (r.value + f.value) * sc.mult;
    e = sc.e;
  } else if (sc && c.lastScale >= sc.mult) {
    // `مليون ونصف مليون`, `one million and a half million`: the scale repeated after the fraction is read with it.
    value = r.value + f.value * sc.mult;
    e = sc.e;
  } else {
    value = endsOnScale ? r.value + f.value * c.lastScale : r.value + f.value;
  }
  const v = clean(value);
  // With a scale the result is a count (`one and a half million`), else a fraction (`1½`).
  const kind = sc || endsOnScale ? kindOf(v) : 'fraction';
  return { ...r, e, end: ctx.tokens[e]!.end, kind, value: v, min: v, max: v, words: true, card: undefined };
}

/** `3/4`, `-4/5` (the sign is the caller's), and mixed `2 1/4`; not dates (`5/17/2018`). */
export function slashFraction(ctx: Context, r: Reading): Reading | null {
  const c = r.card;
  if (!c || !c.digitsOnly || c.ord || c.decimal || r.value === null || c.lastAtom?.kind !== 'digits' || !c.lastAtom.d.plain) return null;
  const { tokens } = ctx;
  const isSlash = (k: number) => tokens[k]?.type === Tok.Sym && (tokens[k]!.text === '/' || tokens[k]!.text === '\u2044');
  const plainNum = (k: number) => tokens[k]?.type === Tok.Num && glued(tokens[k - 1], tokens[k]);
  const prevSlash = isSlash(r.s - 1) && glued(tokens[r.s - 1], tokens[r.s]);
  if (prevSlash) return null;
  const k = r.e + 1;
  if (isSlash(k) && glued(tokens[r.e], tokens[k]) && plainNum(k + 1)) {
    if (isSlash(k + 2) && glued(tokens[k + 1], tokens[k + 2])) return null;
    if (glued(tokens[k + 1], tokens[k + 2]) && tokens[k + 2]!.type === Tok.Word) return null;
    const den = Number(tokens[k + 1]!.text);
    if (den === 0) return null;
    return fractionReading(ctx, r.s, r.start, k + 1, r.value / den);
  }
  // Mixed number: whole part, space, a/b with a < b.
  const n = tokens[k];
  if (n && n.type === Tok.Num && n.ws > 0 && !n.nl && isSlash(k + 1) && glued(n, tokens[k + 1]) && plainNum(k + 2) && !isSlash(k + 3)) {
    const num = Number(n.text);
    const den = Number(tokens[k + 2]!.text);
    if (den > 0 && num < den && !(glued(tokens[k + 2], tokens[k + 3]) && tokens[k + 3]!.type === Tok.Word)) {
      return fractionReading(ctx, r.s, r.start, k + 2, r.value + num / den);
    }
  }
  return null;
}

/** A bare year (`in 2019`) is never the denominator of a proportion. */
function yearLike(c: { digitsOnly: boolean; lastAtom: unknown }, value: number): boolean {
  return c.digitsOnly && Number.isInteger(value) && value >= 1000 && value <= 2999;
}

/** A word (or number) on the same line right after token k-1. */
function wordAfter(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && !t.nl && (t.type === Tok.Word || t.type === Tok.Num);
}

/**
 * Proportions: `1 in 5`, `one out of three`, `٣ من أصل ١٠`: the count is below the total.
 * Division words (`over`, `على`) also make quotients: `2000 over 3`.
 */
export function ratioFraction(ctx: Context, r: Reading): Reading | null {
  const c = r.card;
  if (!c || c.ord || c.decimal || r.value === null || !Number.isInteger(r.value) || c.moneyOnly) return null;
  const k = r.e + 1;
  if (!sameLine(ctx, k)) return null;
  const a = ctx.atom(k);
  if (!a || a.kind !== 'word' || a.sense.card) return null;
  const divide = hasRole(a.sense, 'divide');
  if (!divide && !hasRole(a.sense, 'ratio')) return null;
  if (!sameLine(ctx, a.e + 1)) return null;
  const d = readCardinal(ctx, a.e + 1);
  if (!d || d.ord || d.decimal) return null;
  const den = cardValue(d);
  if (den === 0 || yearLike(d, den)) return null;
  // A quotient (`2000 over 3`, `مائة على خمسة وثلاثون`) may exceed one, but only as a bare
  // expression: a word after it makes `over` a preposition (`$2000 over 3 years`).
  if (!(den > r.value) && !(divide && !wordAfter(ctx, d.e + 1))) return null;
  const next = ctx.atom(d.e + 1);
  if (next && next.kind === 'word' && next.sense.den) return null;
  return fractionReading(ctx, r.s, r.start, d.e, r.value / den);
}
