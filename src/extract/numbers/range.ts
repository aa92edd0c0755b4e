/**
 * Ranges: `between 10 and 14`, `from 10 to 14`, `10 to 14`, `10-14`, `بين 10 و14`,
 * `ما بين 10 و 14`, `من 10 إلى 14`, `10 - 14 ألف`.
 *
 * A scale written only after the upper end applies to both ends (`between 10 and 20
 * thousand` = 10,000–20,000) when the lower end has no scale of its own and is not larger than
 * the number the scale multiplies (`between 500 and 2 million` keeps 500).
 *
 * The ends must be in order (`from 14 to 10` is a change, not a range), and a dash between
 * parts of a longer dash or slash chain (`2020-05-12`) is not a range.
 */
import type { Context } from './atoms.js';
import { clean } from './digits.js';
import { hasRole } from './lexicon.js';
import type { Reading } from './reading.js';
import { Tok, glued } from './tokens.js';

const END_KINDS = new Set(['integer', 'decimal', 'fraction', 'money', 'percentage']);

export type ItemReader = (i: number) => Reading | null;

function inChain(ctx: Context, a: Reading, b: Reading): boolean {
  const { tokens } = ctx;
  const chainSym = (k: number) => {
    const t = tokens[k];
    return t !== undefined && t.type === Tok.Sym && (t.text === '-' || t.text === '/' || t.text === '.');
  };
  const numberish = (k: number) => {
    const t = tokens[k];
    if (!t) return false;
    if (t.type === Tok.Num) return true;
    const x = ctx.atom(k);
    return x !== null && x.kind === 'word' && x.sense.card !== undefined;
  };
  if (chainSym(a.s - 1) && glued(tokens[a.s - 1], tokens[a.s]) && numberish(a.s - 2)) return true;
  return chainSym(b.e + 1) && glued(tokens[b.e], tokens[b.e + 1]) && numberish(b.e + 2) && glued(tokens[b.e + 1], tokens[b.e + 2]);
}

/** Lower end with the scale of the upper end applied where it was left out. */
function lowerValue(a: Reading, b: Reading): number {
  const av = a.value!;
  const bc = b.card;
  const ac = a.card;
  if (!bc || !ac || bc.endScale <= 1 || b.value === null) return av;
  const aHasScale = ac.last === 'scale' || ac.last === 'dual' || ac.lastScale !== Infinity;
  if (aHasScale || ac.ord || av > bc.base) return av;
  return clean(av * bc.endScale);
}

function build(ctx: Context, start: number, s: number, a: Reading, b: Reading, strict: boolean): Reading | null {
  if (!END_KINDS.has(a.kind) || !END_KINDS.has(b.kind) || a.value === null || b.value === null) return null;
  if (a.kind === 'money' && b.kind === 'money' && a.unit !== b.unit) return null;
  // `rose 5% to 12,345` is a change between two quantities, not a range of percentages.
  if (a.kind === 'percentage' && b.kind !== 'percentage') return null;
  if (b.kind === 'money' && a.kind === 'percentage') return null;
  const lo = lowerValue(a, b);
  if (strict ? !(lo < b.value) : !(lo <= b.value)) return null;
  const r: Reading = {
    s,
    e: b.e,
    start,
    end: b.end,
    kind: 'range',
    value: null,
    min: lo,
    max: b.value,
    words: a.words || b.words,
  };
  const unit = b.unit ?? a.unit;
  if (unit !== undefined) r.unit = unit;
  return r;
}

/** A range opened by a word at token i (`between`, `from`, `بين`, `ما بين`, `من`). */
export function rangeFromStart(ctx: Context, i: number, readItem: ItemReader): Reading | null {
  const w = ctx.atom(i);
  if (!w || w.kind !== 'word' || !hasRole(w.sense, 'rangeStart') || !w.sense.rangeMids) return null;
  const mids = w.sense.rangeMids;
  const a = readItem(w.e + 1);
  if (!a || ctx.tokens[a.s]!.nl) return null;
  const mt = ctx.tokens[a.e + 1];
  if (!mt || mt.nl) return null;
  let bStart: number;
  const m = ctx.atom(a.e + 1);
  if (mt.type !== Tok.Num && mids.includes(mt.key)) bStart = a.e + 2;
  else if (m && m.kind !== 'reject' && m.conj && mids.some((x) => ctx.g.lex.conjLength(x) === x.length)) bStart = a.e + 1;
  else return null;
  if (!ctx.tokens[bStart] || ctx.tokens[bStart]!.nl) return null;
  const b = readItem(bStart);
  if (!b) return null;
  return build(ctx, w.start, i, a, b, false);
}

/** A range written between its ends: `10-14`, `10 to 14`, `10 - 14 ألف`, `20 إلى 100`. */
export function rangeInfix(ctx: Context, a: Reading, readItem: ItemReader): Reading | null {
  const k = a.e + 1;
  const t = ctx.tokens[k];
  if (!t || t.nl) return null;
  const m = ctx.atom(k);
  let bStart: number;
  if (t.type === Tok.Sym && (t.text === '-' || t.text === '~')) bStart = k + 1;
  else if (m && m.kind === 'word' && !m.sense.card && hasRole(m.sense, 'rangeInfix')) bStart = m.e + 1;
  else return null;
  const bt = ctx.tokens[bStart];
  if (!bt || bt.nl) return null;
  const b = readItem(bStart);
  if (!b) return null;
  if (t.text === '-' && inChain(ctx, a, b)) return null;
  return build(ctx, a.start, a.s, a, b, true);
}
