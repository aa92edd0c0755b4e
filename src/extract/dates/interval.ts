/**
 * Joins two neighbouring dates into one period ("from 15 to 20 November", "between 2019 and
 * 2021", «من 15 إلى 20 نوفمبر», «بين عامي 2019 و2021») — one mention with `from`/`to`, because
 * a period reported as two loose dates would be compared as two separate facts.
 *
 * The words are the language's (IntervalSyntax); the rules are shared: both sides must be
 * calendar dates of the same grain, a joiner that is also a plain conjunction ("and", «و»)
 * needs an opener ("between", «بين») before the first side, and a bare day number before a
 * full date ("15-20 November") borrows its month and year from that date.
 */
import type { DateAtom } from './atom.js';

export interface IntervalSyntax {
  /** The whole gap between two dates, anchored (^…$): "to", "-", «إلى», «و»… */
  joiner: RegExp;
  /** Joiners that are only a period with an opener: "and", «و». Anchored. */
  pairedJoiner: RegExp;
  /** An opener that ends right where the first date starts ("from ", «بين »), anchored at $. */
  opener: RegExp;
  /**
   * A bare day and its joiner right before a day date ("15-", "15 to ", «15 و»), anchored at $;
   * group 1 = the day digits, group 2 = the joiner.
   */
  bareDay: RegExp;
}

const MAX_GAP = 16;
const LOOK_BACK = 24;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Start of an opener ending at `pos` (skipping nothing), or -1. */
function openerStart(norm: string, pos: number, floor: number, syn: IntervalSyntax): number {
  const from = Math.max(floor, pos - LOOK_BACK);
  const m = syn.opener.exec(norm.slice(from, pos));
  if (!m) return -1;
  const s = from + m.index;
  return s > 0 && isWordChar(norm[s - 1]) && isWordChar(norm[s]) ? -1 : s;
}

/** A plain calendar date: not already a period, not relative, resolvable. */
function isCalendar(a: DateAtom): boolean {
  return !a.to && !a.relative && !a.noValue && !a.unresolved;
}

/** `atoms` sorted by start and non-overlapping; returns the same with periods joined. */
export function combineIntervals(norm: string, atoms: DateAtom[], syn: IntervalSyntax): DateAtom[] {
  const out: DateAtom[] = [];
  let floor = 0;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    if (b && a.grain === b.grain && isCalendar(a) && isCalendar(b) && b.start - a.end <= MAX_GAP) {
      const gap = norm.slice(a.end, b.start);
      if (syn.joiner.test(gap)) {
        const open = openerStart(norm, a.start, floor, syn);
        if (open >= 0 || !syn.pairedJoiner.test(gap.trim())) {
          out.push({ start: open >= 0 ? open : a.start, end: b.end, grain: a.grain, date: a.date, to: b.date });
          floor = b.end;
          i++;
          continue;
        }
      }
    }
    if (a.grain === 'day' && a.date.day !== null && isCalendar(a)) {
      const from = Math.max(floor, a.start - LOOK_BACK);
      const m = syn.bareDay.exec(norm.slice(from, a.start));
      if (m) {
        const s = from + m.index;
        const day = Number(m[1]);
        const boundary = s === 0 || !/[\p{N}\p{L},.\/:]/u.test(norm[s - 1]!);
        if (boundary && day >= 1 && day < a.date.day) {
          const open = openerStart(norm, s, floor, syn);
          if (open >= 0 || !syn.pairedJoiner.test((m[2] ?? '').trim())) {
            out.push({
              start: open >= 0 ? open : s,
              end: a.end,
              grain: 'day',
              date: { ...a.date, day },
              to: a.date,
            });
            floor = a.end;
            continue;
          }
        }
      }
    }
    out.push(a);
    floor = a.end;
  }
  return out;
}
