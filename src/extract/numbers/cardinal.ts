/**
 * Combining atoms into one cardinal (or ordinal) number: `six hundred`, `twenty-five`,
 * `ثلاثة آلاف وخمسمائة`, `5 آلاف و385`, `2.3 million`, `three thousand millions`.
 *
 * A small state machine over atoms: `total` holds what is already closed by a scale word,
 * `cur` the group being built below it. Each atom is accepted only where the language allows
 * it (a unit after a ten, a ten after a unit joined by و in Arabic, a scale below the previous
 * scale…); the first atom that does not fit ends the number at the last complete state, so
 * `one two` is two numbers and `between 10 and 14` keeps 10 and 14 apart.
 */
import type { Atom, Context } from './atoms.js';
import { clean } from './digits.js';
import { hasRole } from './lexicon.js';
import { Tok } from './tokens.js';

type Last = 'none' | 'unit' | 'teen' | 'ten' | 'hundred' | 'hundreds' | 'scale' | 'dual' | 'digits';

export interface CardState {
  total: number;
  cur: number;
  lastScale: number;
  last: Last;
  /** An ordinal word or suffix was used: the number is an ordinal. */
  ord: boolean;
  /** It ended with a plural ordinal (`fifths`): only a fraction denominator. */
  plural: boolean;
  /** Some atom was a word. */
  words: boolean;
  decimal: boolean;
  zero: boolean;
  atoms: number;
  /** First and last token, start offset in the text. */
  s: number;
  e: number;
  start: number;
  /** Trailing scale multiplier (`20 thousand` → 1000) and the value it multiplied (`20`), for ranges. */
  endScale: number;
  base: number;
  /** The number was closed by an ordinal (English): nothing may follow. */
  final: boolean;
  /** Waiting for the second half of a teen (`اثنا` needs `عشر`). */
  pendingTeen: boolean;
  /** `one twenty` read as 120 with the hundred left out: waits for the unit (`one twenty two` = 122). */
  pendingUnit: boolean;
  /** Made of a weak word alone (`متين`). */
  weakOnly: boolean;
  /** The number is a single digit atom: what the digits said (grouping, suffix…). */
  digitsOnly: boolean;
  moneyOnly: boolean;
  /** Single atoms, for language rules that look at them (pronoun `one`, definite tens). */
  firstAtom: Atom | null;
  lastAtom: Atom | null;
  /** The number as it stood before the last conjunction (`two million` in `two million and one`). */
  preConj: CardState | null;
}

export function cardValue(st: CardState): number {
  return clean(st.total + st.cur);
}

const MULTIPLIER = new Set(['hundred', 'scale', 'dual']);

function initial(s: number, start: number): CardState {
  return {
    total: 0, cur: 0, lastScale: Infinity, last: 'none', ord: false, plural: false, words: false, decimal: false,
    zero: false, atoms: 0, s, e: s - 1, start, endScale: 0, base: 0, final: false, pendingTeen: false, pendingUnit: false,
    weakOnly: false, digitsOnly: false, moneyOnly: false, firstAtom: null, lastAtom: null, preConj: null,
  };
}

/** State of an article read as 1 before a multiplier (`a hundred`, `a million`, `a dozen`). */
export function articleState(i: number, start: number): CardState {
  return { ...initial(i, start), cur: 1, last: 'unit', words: true, atoms: 1, e: i };
}

function afterMultiplier(st: CardState): boolean {
  return st.last === 'scale' || st.last === 'dual';
}

function afterHundred(st: CardState): boolean {
  return st.last === 'hundred' || st.last === 'hundreds';
}

/** Apply one atom; null when it does not continue the number. */
export function apply(ctx: Context, st: CardState, a: Atom, conj: boolean, hyphen: boolean, allowPlural: boolean): CardState | null {
  const o = ctx.g.options;
  if (a.kind === 'reject' || st.final || st.zero) return null;
  if (a.kind === 'word' && !a.sense.card) return null;
  const n: CardState = { ...st, atoms: st.atoms + 1, e: a.e, lastAtom: a, digitsOnly: false };
  if (st.atoms === 0) {
    n.firstAtom = a;
    n.start = a.start;
  }
  if (a.kind === 'digits') {
    if (hyphen) return null;
    const d = a.d;
    if (d.ordinal) {
      if (st.last !== 'none') return null;
      return { ...n, cur: d.value, ord: true, final: true, last: 'digits', digitsOnly: true };
    }
    if (st.last === 'none') {
      n.digitsOnly = true;
      n.decimal = d.decimal;
      n.moneyOnly = d.moneyOnly ?? false;
      if (d.mult !== undefined && d.mult >= 1000) {
        return { ...n, total: d.value, cur: 0, lastScale: d.mult, last: 'scale', endScale: d.mult, base: d.base ?? d.value };
      }
      return { ...n, cur: d.value, last: 'digits', zero: d.value === 0 && !d.decimal && d.intDigits === 1 };
    }
    if (d.mult !== undefined || !Number.isInteger(d.value) || d.value === 0) return null;
    if (afterMultiplier(st) && st.cur === 0 && d.value < st.lastScale) return { ...n, cur: d.value, last: 'digits', endScale: 0 };
    if (afterHundred(st) && st.cur % 100 === 0 && d.value < 100) return { ...n, cur: st.cur + d.value, last: 'digits' };
    return null;
  }

  const sense = a.sense;
  const card = sense.card;
  if (!card) return null;
  if (sense.ordinal && card.plural && !allowPlural) return null;
  n.words = true;
  // `one twenty two`: only the unit of the tens compound may follow an elided hundred.
  if (st.pendingUnit && (card.role !== 'unit' || sense.ordinal || conj)) return null;
  n.pendingUnit = false;
  if (card.weak && st.atoms === 0) n.weakOnly = true;
  else n.weakOnly = false;
  if (sense.ordinal) {
    n.ord = true;
    if (card.plural) n.plural = true;
    if (!o.ordinalFirst) n.final = true;
    else if (st.last !== 'none' && !(card.teenTen)) return null;
  } else if (st.ord && o.ordinalFirst) {
    // Arabic compound ordinal: الحادي عشر, الخامس والعشرون; only teens and tens may follow.
    if (card.role !== 'ten' && !card.teenTen) return null;
  }
  if (hyphen && !(st.last === 'ten' && card.role === 'unit')) return null;
  const v = card.value;
  const c100 = st.cur % 100;
  switch (card.role) {
    case 'unit': {
      if (card.teenOnly) n.pendingTeen = true;
      if (v === 0) {
        if (st.last !== 'none') return null;
        return { ...n, cur: 0, last: 'unit', zero: true };
      }
      if (st.last === 'none') n.cur = v;
      else if (st.last === 'ten' && !o.unitBeforeTen && c100 % 10 === 0 && !conj) n.cur = st.cur + v;
      else if (afterHundred(st) && c100 === 0) n.cur = st.cur + v;
      else if (afterMultiplier(st) && st.cur === 0) n.cur = v;
      else return null;
      n.last = 'unit';
      n.endScale = 0;
      return n;
    }
    case 'teen': {
      if (card.teenTen && st.last === 'unit' && !conj && c100 >= 1 && c100 <= 9) {
        n.cur = st.cur + 10;
        n.pendingTeen = false;
      } else if (st.pendingTeen) return null;
      else if (st.last === 'none') n.cur = v;
      else if (afterHundred(st) && c100 === 0) n.cur = st.cur + v;
      else if (afterMultiplier(st) && st.cur === 0) n.cur = v;
      else return null;
      n.last = 'teen';
      n.endScale = 0;
      return n;
    }
    case 'ten': {
      if (st.pendingTeen) return null;
      if (st.last === 'none') n.cur = v;
      else if (o.unitBeforeTen && st.last === 'unit' && conj && c100 >= 1 && c100 <= 9) n.cur = st.cur + v;
      else if (o.elidedHundred && st.atoms === 1 && st.last === 'unit' && !conj && !sense.ordinal && st.cur >= 1 && st.cur <= 9) {
        // Hundreds said without `hundred` (`one twenty two` = 122): complete only with a unit,
        // so `one twenty` (a time) and `one twenty-year-old` stay apart.
        n.cur = st.cur * 100 + v;
        n.pendingUnit = true;
      }
      else if (afterHundred(st) && c100 === 0) n.cur = st.cur + v;
      else if (afterMultiplier(st) && st.cur === 0) n.cur = v;
      else return null;
      n.last = 'ten';
      n.endScale = 0;
      return n;
    }
    case 'hundred': {
      if (st.pendingTeen) return null;
      if (st.last === 'none') {
        if (!sense.ordinal && (card.plural || !o.bareScale)) return null;
        n.cur = 100;
      } else if (!conj && st.cur > 0 && (st.cur < 100 || (st.last === 'digits' && st.atoms === 1 && st.cur < 1000)) && st.last !== 'hundred' && st.last !== 'hundreds' && !afterMultiplier(st)) {
        n.cur = clean(st.cur * 100);
      } else if (afterMultiplier(st) && st.cur === 0 && !card.plural && (conj || o.bareScale)) {
        n.cur = 100;
      } else return null;
      n.last = 'hundred';
      n.endScale = 0;
      return n;
    }
    case 'hundreds': {
      if (st.pendingTeen) return null;
      if (st.last === 'none') n.cur = v;
      else if (afterMultiplier(st) && st.cur === 0) n.cur = v;
      else return null;
      n.last = 'hundreds';
      n.endScale = 0;
      return n;
    }
    case 'scale': {
      if (st.pendingTeen) return null;
      if (st.last === 'none') {
        if (card.plural && !sense.ordinal) return null;
        if (card.alone !== undefined) n.total = card.alone;
        else if (o.bareScale || sense.ordinal) n.total = v;
        else return null;
        n.cur = 0;
        n.lastScale = v;
        n.endScale = card.alone !== undefined ? 0 : v;
        n.base = 1;
      } else if (v === 12 && st.cur > 100 && c100 !== 0 && !conj) {
        // A dozen counts the group right before it: `three hundred and two dozens` = 324.
        n.cur = st.cur - c100 + c100 * 12;
        n.last = 'teen';
        n.endScale = 0;
        return n;
      } else if (st.cur > 0 && v < st.lastScale && !conj) {
        n.endScale = st.total === 0 ? v : 0;
        n.base = st.cur;
        n.total = clean(st.total + st.cur * v);
        n.cur = 0;
        n.lastScale = v;
      } else if (st.cur === 0 && st.last === 'scale' && v > st.lastScale && !conj) {
        n.total = clean(st.total * v);
        n.lastScale = v;
        n.endScale = 0;
      } else return null;
      n.last = 'scale';
      return n;
    }
    case 'dual': {
      if (st.pendingTeen) return null;
      if (st.last === 'none') n.total = 2 * v;
      else if (afterMultiplier(st) && st.cur === 0 && v < st.lastScale) n.total = st.total + 2 * v;
      else return null;
      n.lastScale = v;
      n.last = 'dual';
      n.endScale = 0;
      return n;
    }
  }
  return null;
}

function complete(st: CardState): boolean {
  return st.atoms > 0 && !st.pendingTeen && !st.pendingUnit && !st.weakOnly;
}

export interface CardinalOptions {
  /** Accept a plural ordinal as the last word (denominators: `twenty-fifths`). */
  allowPlural?: boolean;
  /** Start from this state instead of an empty one (an article before a multiplier). */
  from?: CardState;
}

/**
 * Read the longest cardinal/ordinal starting at token `i`. Returns null when no number
 * starts there.
 */
export function readCardinal(ctx: Context, i: number, opts: CardinalOptions = {}): CardState | null {
  const { tokens, g } = ctx;
  const allowPlural = opts.allowPlural ?? false;
  let st: CardState = opts.from ?? initial(i, tokens[i]?.start ?? 0);
  let commit: CardState | null = opts.from && complete(opts.from) ? opts.from : null;
  let j = opts.from ? opts.from.e + 1 : i;
  let conj = false;
  let hyphen = false;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (j > i && t.nl) break;
    if (t.type === Tok.Sym && t.text === '-' && st.last === 'ten' && !hyphen && !conj) {
      hyphen = true;
      j++;
      continue;
    }
    const a = ctx.atom(j);
    if (!a || a.kind === 'reject') break;
    if (a.kind === 'word' && !a.sense.card && !hasRole(a.sense, 'and')) break;
    if (a.kind === 'word' && !a.sense.card) {
      if (conj || hyphen || st.last === 'none') break;
      if (!g.options.conjAnywhere && !(st.last === 'hundred' || st.last === 'hundreds' || afterMultiplier(st))) break;
      conj = true;
      j = a.e + 1;
      continue;
    }
    const withConj = conj || (a.conj && st.last !== 'none');
    const next = apply(ctx, st, a, withConj, hyphen, allowPlural);
    if (!next) break;
    if (withConj && !MULTIPLIER.has(next.last)) {
      const peek = ctx.atom(a.e + 1);
      if (peek && peek.kind === 'word' && !peek.conj) {
        const pc = peek.sense.card;
        // `3 hundred and 2 hundred`: the part after `and` belongs to the next number when the
        // multiplier that follows it cannot extend this one.
        if (pc && MULTIPLIER.has(pc.role) && !apply(ctx, next, peek, false, false, allowPlural) && apply(ctx, initial(a.s, a.start), a, false, false, allowPlural)) break;
      }
    }
    if (a.kind === 'word' && a.sense.card?.role === 'ten' && !a.sense.ordinal && st.last !== 'none' && !withConj) {
      // `one hundred thirty-fifths` = 100/35: a ten right before a plural ordinal opens the
      // denominator, unless `and` tied it to the numerator (`one hundred and thirty fifths`).
      let k = a.e + 1;
      if (tokens[k]?.type === Tok.Sym && tokens[k]!.text === '-') k++;
      const after = ctx.atom(k);
      if (after && after.kind === 'word' && after.sense.ordinal && after.sense.card?.plural && after.sense.card.role === 'unit') break;
    }
    if (withConj) next.preConj = st;
    st = next;
    if (complete(st)) commit = st;
    conj = false;
    hyphen = false;
    j = a.e + 1;
    if (st.final) break;
  }
  return commit;
}
