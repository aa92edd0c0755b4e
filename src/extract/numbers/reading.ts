/**
 * A reading: one number found in the token stream, before it becomes a `NumberMention`.
 * Keeps the token range and the cardinal it came from, so later steps (percent, money,
 * ranges) can extend it.
 */
import type { NumberKind, NumberMention } from '../../types.js';
import type { CardState } from './cardinal.js';
import { cardValue } from './cardinal.js';
import type { Context } from './atoms.js';

export interface Reading {
  /** First and last token. */
  s: number;
  e: number;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  kind: NumberKind;
  value: number | null;
  min: number | null;
  max: number | null;
  words: boolean;
  unit?: string;
  /** The cardinal behind the reading, when it is a plain number (ranges distribute its scale). */
  card?: CardState;
  /** Only valid as money (`5m`). */
  moneyOnly?: boolean;
}

export function kindOf(value: number): NumberKind {
  return Number.isInteger(value) ? 'integer' : 'decimal';
}

export function fromCard(ctx: Context, c: CardState): Reading {
  const value = cardValue(c);
  return {
    s: c.s,
    e: c.e,
    start: c.start,
    end: ctx.tokens[c.e]!.end,
    kind: c.ord ? 'ordinal' : kindOf(value),
    value,
    min: value,
    max: value,
    words: c.words,
    card: c,
    moneyOnly: c.moneyOnly,
  };
}

/** A reading with a new value and extent (fractions, decimals, scaled fractions). */
export function withValue(ctx: Context, r: Reading, value: number, e: number, kind?: NumberKind, words = true): Reading {
  return {
    ...r,
    e,
    end: ctx.tokens[e]!.end,
    value,
    min: value,
    max: value,
    kind: kind ?? kindOf(value),
    words: r.words || words,
    card: undefined,
  };
}

export function toMention(norm: string, r: Reading): NumberMention {
  const m: NumberMention = {
    start: r.start,
    end: r.end,
    text: norm.slice(r.start, r.end),
    kind: r.kind,
    value: r.value,
    min: r.min,
    max: r.max,
  };
  if (r.unit !== undefined) m.unit = r.unit;
  if (r.words) m.words = true;
  return m;
}
