/**
 * The shared number reader: one left-to-right pass over tokens; at each position the longest
 * reading wins (phone, time, range, then a number with its sign, percent and currency), and the
 * pass resumes after it, so readings come out sorted and never overlap.
 *
 * The text is cut into windows at line breaks (or, in a text without them, at spaces) so that a
 * 50 MB input never holds more than one window of tokens; numbers do not run over a line break.
 */
import type { NumberMention } from '../../types.js';
import { Context } from './atoms.js';
import { articleState, readCardinal } from './cardinal.js';
import { clean } from './digits.js';
import { articleFraction, beforeDefiniteNoun, fractionWordAt, mixedFraction, numeratorFraction, ratioFraction, slashFraction } from './fraction.js';
import { buildGrammar, type Grammar, type GrammarJson } from './grammar.js';
import { foldWord } from '../../text/normalize.js';
import { hasRole } from './lexicon.js';
import { readPhone } from './phone.js';
import { leadingPoint, pointDecimal } from './point.js';
import { rangeFromStart, rangeInfix } from './range.js';
import { fromCard, toMention, type Reading } from './reading.js';
import { readTime } from './clock.js';
import { Tok, glued, tokenize } from './tokens.js';
import { readVague } from './vague.js';

const WINDOW = 1 << 16;

/** Symbols that may open a reading without being in the lexicon (`+33…`, `(212)…`, `-5`, `.5`). */
const STARTERS = new Set(['+', '(', '-', '.']);

/** Language rules that look at a single-word cardinal and its neighbours. */
function adjustSingle(ctx: Context, r: Reading): Reading | null {
  const c = r.card;
  const g = ctx.g;
  const { tokens } = ctx;
  if (!c || c.firstAtom?.kind !== 'word') return r;
  const a = c.firstAtom;
  // `القرن الواحد والعشرين`, `الأحد عشر`, `العشرين`: a definite teen or tens compound is an
  // ordinal when it opens with a tens word or with one/two (which agree like adjectives);
  // `الخمسة والعشرون` after a noun is the cardinal `the twenty-five`.
  if (g.options.definiteTensOrdinal && a.definite && !c.ord && r.value !== null && r.value >= 11 && r.value <= 99) {
    const first = a.sense.card;
    if (first && (first.role === 'ten' || (first.role === 'unit' && first.value <= 2))) return { ...r, kind: 'ordinal' };
  }
  if (c.atoms !== 1) return r;
  // `the one you mentioned`, `which one`, `no one`: a pronoun, not a count.
  const p1 = g.pronounOne;
  if (p1 && p1.words.has(a.key)) {
    const prev = tokens[a.s - 1];
    const next = tokens[a.e + 1];
    // "said that one of the injured died": after a complementizer, `one of` is a count.
    const partitive = prev && p1.complementizers.has(prev.key) && next && !next.nl && p1.partitives.has(next.key);
    if (!partitive && ((prev && !tokens[a.s]!.nl && p1.after.has(prev.key)) || (next && !next.nl && p1.before.has(next.key)))) return null;
    if (prev && !tokens[a.s]!.nl && p1.afterAskOnly.has(prev.key) && (!next || next.nl || !/\p{L}/u.test(next.text) || p1.verbs.has(next.key))) return null;
  }
  // `خمس الساعة` (a fifth of the hour) against `خمس سنوات` (five years).
  const fb = a.sense.fracBeforeDefinite;
  if (fb !== undefined && beforeDefiniteNoun(ctx, a.e)) return { ...r, kind: 'fraction', value: fb, min: fb, max: fb };
  return r;
}

/** `forty-five (45)`: a number restated in brackets is one mention. */
function restated(ctx: Context, r: Reading): Reading {
  const { tokens } = ctx;
  const open = tokens[r.e + 1];
  if (!open || open.nl || open.text !== '(' || r.value === null) return r;
  const inner = readCardinal(ctx, r.e + 2);
  if (!inner || tokens[inner.e + 1]?.text !== ')') return r;
  const v = clean(inner.total + inner.cur);
  if (v !== r.value) return r;
  return { ...r, e: inner.e + 1, end: tokens[inner.e + 1]!.end };
}

function longest(a: Reading | null, b: Reading | null): Reading | null {
  if (!a) return b;
  if (!b) return a;
  return b.end > a.end ? b : a;
}

/** The number at token i without sign, percent or currency. */
function readCore(ctx: Context, i: number): Reading | null {
  const t = ctx.tokens[i];
  if (!t || t.type === Tok.Opaque) return null;
  const a = ctx.atom(i);
  if (!a || a.kind === 'reject') return null;

  if (a.kind === 'word' && hasRole(a.sense, 'article') && !a.sense.card) {
    const b = ctx.atom(a.e + 1);
    if (!b || b.kind !== 'word' || ctx.tokens[a.e + 1]!.nl) return null;
    if (b.sense.pair !== undefined) {
      const v = b.sense.pair;
      return { s: i, e: b.e, start: a.start, end: ctx.tokens[b.e]!.end, kind: 'integer', value: v, min: v, max: v, words: true };
    }
    let best: Reading | null = null;
    const role = b.sense.card?.role;
    if ((role === 'hundred' || role === 'scale') && !b.sense.ordinal) {
      if (!b.sense.card!.plural) {
        const c = readCardinal(ctx, i, { from: articleState(i, a.start) });
        if (c && c.atoms > 1) best = extend(ctx, fromCard(ctx, c));
      }
    }
    return longest(best, articleFraction(ctx, i));
  }

  const c = readCardinal(ctx, i);
  if (!c) {
    return longest(longest(readVague(ctx, i), fractionWordAt(ctx, i)), leadingPoint(ctx, i));
  }
  if (c.plural) return null;
  const r = adjustSingle(ctx, fromCard(ctx, c));
  if (!r) return null;
  if (r.kind !== 'integer' && r.kind !== 'decimal') return r;
  return extend(ctx, r);
}

/** Longer readings that start with the cardinal r: decimals, fractions, proportions, restatements. */
function extend(ctx: Context, r: Reading): Reading {
  let best: Reading = r;
  for (const f of [pointDecimal, numeratorFraction, mixedFraction, slashFraction, ratioFraction]) {
    const x = f(ctx, r);
    if (x && x.end > best.end) best = x;
  }
  return restated(ctx, best);
}

function isNumberStart(ctx: Context, k: number): boolean {
  const a = ctx.atom(k);
  return a !== null && a.kind !== 'reject' && (a.kind === 'digits' || !!a.sense.card || a.sense.frac !== undefined);
}

/** A number with its sign, currency and percent. Null when there is none at token i. */
function readItem(ctx: Context, i: number): Reading | null {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || t.type === Tok.Opaque) return null;
  let j = i;
  let start = -1;
  let unit: string | undefined;
  let wrap: 'money' | 'percentage' | undefined;
  let neg = false;

  const a = ctx.atom(j);
  if (a && a.kind === 'word' && hasRole(a.sense, 'currencyBefore') && !a.sense.card) {
    const n = tokens[a.e + 1];
    if (n && !n.nl && n.ws <= 1) {
      unit = a.sense.unit;
      wrap = 'money';
      start = a.start;
      j = a.e + 1;
    }
  }
  const s = tokens[j];
  if (s && s.type === Tok.Sym && s.text === '-' && glued(s, tokens[j + 1]) && (tokens[j + 1]!.type === Tok.Num || tokens[j + 1]!.text === '.')) {
    // A sign, unless the dash follows a number (`10-14`, `10 -14`) or joins a word (`SCP-173`).
    const prev = tokens[j - 1];
    if (!prev || (prev.type !== Tok.Num && !(glued(prev, s) && prev.type === Tok.Word))) {
      neg = true;
      if (start < 0) start = s.start;
      j++;
    }
  } else {
    const w = ctx.atom(j);
    if (w && w.kind === 'word' && hasRole(w.sense, 'neg') && !w.sense.card && isNumberStart(ctx, w.e + 1) && !tokens[w.e + 1]!.nl) {
      neg = true;
      if (start < 0) start = w.start;
      j = w.e + 1;
    } else if (w && w.kind === 'word' && hasRole(w.sense, 'percentBefore') && !wrap && tokens[w.e + 1]?.type === Tok.Num && !tokens[w.e + 1]!.nl) {
      wrap = 'percentage';
      unit = '%';
      start = w.start;
      j = w.e + 1;
    }
  }
  const core = readCore(ctx, j);
  if (!core) return null;
  if (neg && (core.value === null || core.kind === 'ordinal' || core.kind === 'vague')) return null;
  let r: Reading = { ...core };
  if (start >= 0) {
    r.start = start;
    r.s = i;
  }
  if (neg && r.value !== null) {
    r.value = -r.value;
    r.min = r.value;
    r.max = r.value;
  }
  if (r.kind !== 'ordinal' && r.kind !== 'vague' && r.value !== null) {
    const k = r.e + 1;
    const n = tokens[k];
    if (n && !n.nl) {
      const b = ctx.atom(k);
      if (b && b.kind === 'word' && !b.sense.card && !wrap && hasRole(b.sense, 'percentAfter')) {
        wrap = 'percentage';
        unit = '%';
        r = { ...r, e: b.e, end: tokens[b.e]!.end };
      } else if (b && b.kind === 'word' && !b.sense.card && wrap !== 'percentage' && hasRole(b.sense, 'currencyAfter') && !(wrap === 'money' && unit)) {
        wrap = 'money';
        unit = ctx.tokens.slice(k, b.e + 1).map((x, q) => (q > 0 && x.ws > 0 ? ' ' : '') + x.text).join('');
        r = { ...r, e: b.e, end: tokens[b.e]!.end };
      }
    }
  }
  if (r.moneyOnly && wrap !== 'money') {
    // `5m` is five metres unless money or people follow: "1.2m people", "3m refugees"
    const b = tokens[r.e + 1] && !tokens[r.e + 1]!.nl && tokens[r.e + 1]!.ws > 0 ? ctx.atom(r.e + 1) : null;
    if (!b || b.kind !== 'word' || !hasRole(b.sense, 'countAfter')) return null;
    r = { ...r, moneyOnly: false };
  }
  if (wrap) {
    r.kind = wrap;
    r.unit = unit;
  }
  return r;
}

function skipReject(ctx: Context, i: number): number {
  const a = ctx.atom(i);
  return a && a.kind === 'reject' ? a.e + 1 : i + 1;
}

/** All readings in tokens (one window). */
function scan(ctx: Context, norm: string, out: NumberMention[]): void {
  const { tokens } = ctx;
  const item = (k: number) => readItem(ctx, k);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Most tokens of a text are ordinary words: one cached look-up rules them out.
    if (t.type === Tok.Opaque || (t.type !== Tok.Num && ctx.atom(i) === null && !STARTERS.has(t.text))) {
      i++;
      continue;
    }
    let r: Reading | null = readPhone(ctx, i) ?? readTime(ctx, i) ?? rangeFromStart(ctx, i, item);
    if (!r) {
      const x = readItem(ctx, i);
      if (x) r = (x.kind !== 'ordinal' && x.kind !== 'vague' ? rangeInfix(ctx, x, item) : null) ?? x;
    }
    if (r) {
      out.push(toMention(norm, r));
      i = r.e + 1;
    } else {
      i = skipReject(ctx, i);
    }
  }
}

/** Cut [from, n) at a line break (else a space) near `from + WINDOW`. */
function windowEnd(norm: string, from: number): number {
  const n = norm.length;
  if (n - from <= WINDOW) return n;
  const limit = from + WINDOW;
  const nl = norm.lastIndexOf('\n', limit);
  if (nl > from + WINDOW / 2) return nl + 1;
  for (let k = limit; k > from + WINDOW / 2; k--) {
    const c = norm.charCodeAt(k);
    if (c === 0x20 || c === 0x09) {
      // Not inside `12 000` or `between 10 and 14`: a space between two letters.
      const before = norm.charCodeAt(k - 1);
      const after = norm.charCodeAt(k + 1);
      if (!(before >= 0x30 && before <= 0x39) && !(after >= 0x30 && after <= 0x39)) return k + 1;
    }
  }
  return limit;
}

/** Read every number of a normalised text with the grammar of a language. */
export function readNumbersWith(norm: string, g: Grammar): NumberMention[] {
  const out: NumberMention[] = [];
  let from = 0;
  while (from < norm.length) {
    const to = windowEnd(norm, from);
    scan(new Context(tokenize(norm, from, to), g), norm, out);
    from = to;
  }
  return out;
}

/** A language's `readNumbers`, from its word list (entries folded like the text they match). */
export function numberReader(words: GrammarJson, fold: (s: string) => string = foldWord): (norm: string) => NumberMention[] {
  const g = buildGrammar(words, fold);
  return (norm) => readNumbersWith(norm, g);
}
