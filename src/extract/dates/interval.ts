/**
 * Joins two neighbouring dates into one period ("from 15 to 20 November", "between 2019 and
 * 2021", «من 15 إلى 20 نوفمبر», «بين عامي 2019 و2021») — one mention with `from`/`to`, because
 * a period reported as two loose dates would be compared as two separate facts.
 *
 * The words are the language's (IntervalSyntax); the rules are shared:
 * - both sides are single dates; their grains may differ ("between 2015 and May 2018": each
 *   end keeps its precision); a joiner that is also a plain conjunction ("and", «و») needs an
 *   opener ("between", «بين») before the first side;
 * - an end that is itself a span of days with a value («من منتصف مارس إلى نهاية أبريل») closes
 *   the period with its own last day;
 * - an end named from the reference ("from this May to October 2020", «منذ 2011 حتى اليوم»)
 *   needs the opener or a strong joiner ("today until 22 October", «الجمعة حتى الأحد»),
 *   except a closing "now" («حتى الآن»), which is read only as such an end (`endOnly`) and
 *   dropped when no period takes it; an opening "now" ("between now and May 21",
 *   `startOnly`) likewise;
 * - a bare day number before a day date ("15-20 November", "from 4 to 22 this month") or
 *   after one that ends with its day ("July 13 through 15", «يوليو 13-15») borrows the month
 *   and year of that date;
 * - a single date left alone after a half-open word ("since 15 November", "before 2014",
 *   «منذ أغسطس», «حتى مارس»: `halfOpen`) is a half-open period (`half`, see atom.ts); its
 *   span stays the date as written (what versions show and compare), the word is not in
 *   it. Not a date an operator already took ("two days before 15 November" keeps 15
 *   November as written), nor a relative one ("until today" is "to this day"; «منذ شهر»
 *   is an offset), nor one that cannot be resolved.
 */
import type { CalendarParts, DateAtom, HalfOpen } from './atom.js';
import { dayNumber, fromDayNumber } from './calendar.js';
import { isWordString } from './scan.js';

export interface IntervalSyntax {
  /** The whole gap between two dates, anchored (^…$): "to", "-", «إلى», «و»… */
  joiner: RegExp;
  /** Joiners that are only a period with an opener: "and", «و». Anchored. */
  pairedJoiner: RegExp;
  /** An opener that ends right where the first date starts ("from ", «بين »), anchored at $. */
  opener: RegExp;
  /**
   * The openers a pairedJoiner needs, when not all of `opener` do ("between 2015 and 2016" is
   * a period, "from 2015 and 2016" two years). Anchored at $; optional (default `opener`).
   */
  pairedOpener?: RegExp;
  /**
   * A bare day and its joiner right before a day date ("15-", "15 to ", «15 و»), anchored at $;
   * group 1 = the day digits, group 2 = the joiner.
   */
  bareDay: RegExp;
  /**
   * A joiner and a bare day right after a day date that ends with its day number ("July 13
   * through 15", «يوليو 13-15»), anchored at ^; group 1 = the day digits, group 2 = a year
   * written after it (optional).
   */
  dayAfter?: RegExp;
  /**
   * The day number of a bare day's text when it is not all digits ("ninth", "17th"); without it
   * the text is read as digits. Lets bareDay/dayAfter accept written ordinals ("April ninth
   * through seventeenth").
   */
  dayValue?: (text: string) => number | null;
  /**
   * Joiners that make a period even of ends named from the reference (one or both), without
   * an opener ("Friday through Sunday", "today until 22 October", «الجمعة حتى الأحد»): unlike
   * "to" or "-", they cannot be anything else. Anchored; optional.
   */
  strongJoiner?: RegExp;
  /**
   * Words that make a single date right after them a half-open period, each anchored at $
   * (the date starts where the match ends): "since ", "after ", "before ", "until ", "after
   * the beginning of " (`onward`: from the date itself). The
   * language keeps out what is not one ("the day before", «قبل أيام»). Optional.
   */
  halfOpen?: Partial<Record<HalfOpen, RegExp>>;
  /**
   * A cheap test on the text before a date (`before`, what the halfOpen patterns see) that is
   * true whenever one of them may match: false skips them all (they run at every position of
   * `before`; most dates have no half-open word). Optional (then they always run).
   */
  halfOpenGate?: (before: string) => boolean;
  /**
   * An article a halfOpen word may stand before when the date starts with a day ordinal
   * ("since the 3rd of May", "after the 15th of June"; not "after the 1979 revolution"): `article`
   * anchored at $ on the text before the date, `date` anchored at ^ on the date's text. Optional.
   */
  halfOpenArticle?: { article: RegExp; date: RegExp };
  /**
   * Words right after a single date that make it a half-open period, anchored at ^ (the date
   * ends where the match starts): "onwards", "or later" (`onward`), "or earlier" (`until`).
   * Optional; the words before the date (halfOpen) win.
   */
  halfOpenAfter?: Partial<Record<HalfOpen, RegExp>>;
}

const HALF_KINDS: readonly HalfOpen[] = ['since', 'after', 'before', 'until', 'onward'];

const MAX_GAP = 24;
const LOOK_BACK = 40;

const isWordChar = isWordString;

/** Start of an opener ending at `pos` (skipping nothing), or -1. */
function openerStart(norm: string, pos: number, floor: number, syn: IntervalSyntax, opener: RegExp = syn.opener): number {
  const from = Math.max(floor, pos - LOOK_BACK);
  const m = opener.exec(norm.slice(from, pos));
  if (!m) return -1;
  const s = from + m.index;
  return s > 0 && isWordChar(norm[s - 1]) && isWordChar(norm[s]) ? -1 : s;
}

/** A plain calendar date: not already a period, not relative, resolvable. */
function isCalendar(a: DateAtom): boolean {
  return !a.to && !a.relative && !a.noValue && !a.unresolved && !a.applies;
}

/** A possible end of a period: a calendar date or a resolved single date named from the reference. */
function isEnd(a: DateAtom): boolean {
  return !a.to && !a.noValue && !a.unresolved && !a.applies;
}

/** The first end is not after the second, when both are known days (or one is unresolved). */
function inOrder(a: DateAtom, b: DateAtom): boolean {
  const x = a.date;
  const y = b.date;
  if (x.year === null || x.month === null || y.year === null || y.month === null) return true;
  return x.year * 400 + x.month * 32 + (x.day ?? 0) <= y.year * 400 + y.month * 32 + (y.day ?? 31);
}

/**
 * An end of a period, also one named from a reference date we do not have (then it needs the
 * opener), or one that is itself a span of days with a value («منتصف مارس», "the end of April":
 * the period runs from the first end's start to the second end's end).
 */
function endOk(a: DateAtom): boolean {
  if (a.to && !a.noValue && !a.unresolved && !a.applies) return true;
  return isEnd(a) || (!!a.unresolved && !!a.relative && !a.to && !a.noValue && !a.applies && !a.anaphor);
}

/** `atoms` sorted by start and non-overlapping; returns the same with periods joined. */
export function combineIntervals(norm: string, atoms: DateAtom[], syn: IntervalSyntax): DateAtom[] {
  const out: DateAtom[] = [];
  let floor = 0;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    // Both ends are calendar dates; their grains may differ ("between 2015 and May 2018").
    // An end named from the reference ("from this May to October 2020", "between 2011 and
    // today") needs the opener.
    // (A bare day after a written day, "from April the ninth till the seventeenth", is read
    // below with that day's month, not as a day of its own.)
    if (b && endOk(a) && !a.endOnly && endOk(b) && !b.startOnly && b.start - a.end <= MAX_GAP && !bareDayAfter(norm, a, b, syn)) {
      const gap = norm.slice(a.end, b.start);
      if (syn.joiner.test(gap)) {
        const paired = syn.pairedJoiner.test(gap.trim());
        const open = openerStart(norm, a.start, floor, syn, paired ? syn.pairedOpener : undefined);
        const relative = !isCalendar(a) || !isCalendar(b);
        // "Friday through Sunday", "today until 22 October": a strong joiner needs no opener
        // even when an end is named from the reference.
        // A bare day after a written day ("April 9th through the 17th") is read below with its month.
        const strong = relative && inOrder(a, b) && !!syn.strongJoiner?.test(gap) && !bareDayAfter(norm, a, b, syn);
        if (open >= 0 || ((!relative || b.endOnly || strong) && !paired)) {
          // Without a reference date the period stays one mention, unresolved ("from today
          // until Friday" read with no reference).
          const unresolved = a.unresolved || b.unresolved ? { relative: true, unresolved: true } : {};
          out.push({ start: open >= 0 ? open : a.start, end: b.end, grain: a.grain, date: a.date, to: b.to ?? weekdayOnOrAfter(b, a), ...unresolved });
          floor = b.end;
          i++;
          continue;
        }
      }
    }
    // A bare day before a day date, also one named from the reference ("from 4 to 22 this month").
    if (a.grain === 'day' && a.date.day !== null && !a.to && !a.noValue && !a.unresolved && !a.endOnly && !a.startOnly) {
      const from = Math.max(floor, a.start - LOOK_BACK);
      const m = syn.bareDay.exec(norm.slice(from, a.start));
      if (m) {
        const s = from + m.index;
        const day = dayOf(m[1]!, syn);
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
    if (syn.dayAfter && a.grain === 'day' && a.date.day !== null && isCalendar(a) && endsWithDay(norm, a, syn)) {
      const m = syn.dayAfter.exec(norm.slice(a.end, a.end + 32));
      const day = m ? dayOf(m[1]!, syn) : 0;
      const year = m?.[2] ? Number(m[2]) : null;
      // A joiner that is also a plain conjunction ("December 2 and 5") needs the opener.
      const joinWord = m ? /^\s*([^\s\d]+)/u.exec(m[0])?.[1] ?? '' : '';
      const open = m ? openerStart(norm, a.start, floor, syn) : -1;
      if (m && day > a.date.day && day <= 31 && (a.date.year === null || year === null) && (open >= 0 || !syn.pairedJoiner.test(joinWord))) {
        const end = a.end + m[0].length;
        // The closing day may have been read on its own ("through the 17th"): it is this one.
        const inside = !!b && b.start >= a.end && b.end <= end;
        if (!b || b.start >= end || inside) {
          const y = a.date.year ?? year;
          out.push({
            start: open >= 0 ? open : a.start,
            end,
            grain: 'day',
            date: { ...a.date, year: y },
            to: { ...a.date, year: y, day },
          });
          floor = end;
          if (inside) i++;
          continue;
        }
      }
    }
    if (!a.endOnly && !a.startOnly) out.push(syn.halfOpen || syn.halfOpenAfter ? halfOpen(norm, a, floor, syn) : a);
    floor = a.end;
  }
  return out;
}

/** The atom as a half-open period when a half-open word ends right where it starts (after `floor`). */
function halfOpen(norm: string, a: DateAtom, floor: number, syn: IntervalSyntax): DateAtom {
  // A part of a month or year with its own days («مطلع مارس») may be one; a period of two dates not.
  // A period without a value of its own ("next week", a season) only starts one: "starting next
  // week" runs from its first day on (`onward`); "since last week" stays the week.
  const onwardOnly = !!a.noValue;
  if (a.unresolved || a.applies || a.half || (a.to && a.to.grain !== 'day' && !onwardOnly)) return a;
  // Only written dates (and anaphors of them): "until today"/«حتى اليوم» is "to this day", and
  // «منذ شهر و21 يوما» is already an offset counted from the reference. A part of a unit named
  // from the reference opens a count too: "since the start of the year", «منذ مطلع العام».
  // "Starting tomorrow", "beginning next week", «اعتبارا من اليوم» (`onward`) are from that day
  // or unit on, whatever names it.
  const part = !!a.to && !a.anaphor;
  // A month named from the reference ("since last October", «منذ نوفمبر الماضي») is a written
  // month: only a day or a unit counted from it stays out ("until today", "since a month").
  const relativeDay = !!a.relative && !a.anaphor && !part && !(a.grain === 'month' && a.date.month !== null && a.named === true);
  const from = Math.max(floor, a.start - LOOK_BACK);
  let before = norm.slice(from, a.start);
  if (syn.halfOpenArticle?.date.test(norm.slice(a.start, a.start + 8))) {
    const art = syn.halfOpenArticle.article.exec(before);
    if (art) before = before.slice(0, art.index);
  }
  const words = (!syn.halfOpenGate || syn.halfOpenGate(before) ? syn.halfOpen : undefined) ?? {};
  for (const kind of HALF_KINDS) {
    if ((relativeDay || onwardOnly) && kind !== 'onward') continue;
    const m = words[kind]?.exec(before);
    if (!m || (a.relative && part && kind !== 'since' && kind !== 'onward')) continue;
    const s = from + m.index;
    if (s > 0 && isWordChar(norm[s - 1]) && isWordChar(norm[s])) continue;
    return { ...a, half: kind };
  }
  // "2012 onwards", "15 May or later": words after the date (not after a part of a unit named
  // from the reference: "the end of the year or later" is no such date).
  if (syn.halfOpenAfter && !a.relative && !onwardOnly) {
    const after = norm.slice(a.end, a.end + LOOK_BACK);
    for (const kind of HALF_KINDS) if (syn.halfOpenAfter[kind]?.test(after)) return { ...a, half: kind };
  }
  return a;
}

/**
 * The closing end's date; a weekday named alone ("from next Monday to Friday") is the first such
 * day on or after the opening day, not the one closest to the reference.
 */
function weekdayOnOrAfter(b: DateAtom, a: DateAtom): CalendarParts {
  const x = a.date;
  const y = b.date;
  if (!b.weekday || x.year === null || x.month === null || x.day === null || y.year === null || y.month === null || y.day === null) return y;
  const start = dayNumber(x.year, x.month, x.day);
  let n = dayNumber(y.year, y.month, y.day);
  while (n < start) n += 7;
  while (n - 7 >= start) n -= 7;
  return { ...fromDayNumber(n), grain: 'day', inferred: true };
}

/** `b` is the bare day that dayAfter reads after the written day `a` ("July 13 through the 15th"). */
function bareDayAfter(norm: string, a: DateAtom, b: DateAtom, syn: IntervalSyntax): boolean {
  if (!syn.dayAfter || !isCalendar(a) || a.grain !== 'day' || a.date.day === null) return false;
  const m = syn.dayAfter.exec(norm.slice(a.end, a.end + 32));
  return !!m && a.end + m[0].length >= b.end;
}

/** The day number of a bare day's text: digits, or the language's own reading (written ordinals). */
function dayOf(text: string, syn: IntervalSyntax): number {
  if (/^\d+$/.test(text)) return Number(text);
  return syn.dayValue?.(text) ?? Number.NaN;
}

/** The atom's text ends with its own day number ("July 13", «يوليو 13», "April ninth"), not with a year or a month. */
function endsWithDay(norm: string, a: DateAtom, syn: IntervalSyntax): boolean {
  const m = /(\d{1,2})(?:st|nd|rd|th)?$/i.exec(norm.slice(Math.max(a.start, a.end - 6), a.end));
  if (m) return Number(m[1]) === a.date.day && !/\d/.test(norm[a.end - m[0].length - 1] ?? '');
  if (!syn.dayValue) return false;
  const w = /(?:^|[\s-])(\p{L}+(?:[-\s]\p{L}+)?)$/u.exec(norm.slice(Math.max(a.start, a.end - 20), a.end));
  return !!w && (syn.dayValue(w[1]!) === a.date.day || syn.dayValue(w[1]!.split(/[-\s]/).pop()!) === a.date.day);
}
