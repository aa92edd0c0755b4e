/**
 * The intermediate form both languages' date readers produce: a span of NORMALISED text with
 * calendar parts as written. Year inference, interval assembly and the mapping to original
 * offsets are shared (see build.ts), so the two languages cannot drift apart in policy.
 */
import type { NormalizedText } from '../../text/normalize.js';
import type { DateGrain } from '../../types.js';
import type { DateContext } from '../../lang/types.js';
import type { HolidayRule } from './holiday.js';

/** Calendar parts; null = not written (a year is then inferred from the reference). */
export interface CalendarParts {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Precision of these parts (an interval end may be finer than the mention's grain). */
  grain: DateGrain;
  /** True when `year` (or the whole date) came from the reference date. */
  inferred?: boolean;
}

export interface DateAtom {
  /** Offsets in `t.norm`, end exclusive. */
  start: number;
  end: number;
  grain: DateGrain;
  date: CalendarParts;
  /** End of an interval (inclusive), when the expression is one. */
  to?: CalendarParts;
  /**
   * The expression names a period that is not a calendar unit of the grain (a week, a Hijri
   * month): `from`/`to` are reported, `value` stays null.
   */
  noValue?: boolean;
  /**
   * Anchored to the reference date or to a narrated event (weekday, yesterday, last week,
   * three days later). Never used to guess a document's own date.
   */
  relative?: boolean;
  /**
   * A relative atom that names its month ("last October", "next March"): a written month for
   * half-open periods ("since last October" runs from it), unlike "last month".
   */
  named?: boolean;
  /**
   * Names the calendar unit after the reference's own ("next week", "next month", "next year"):
   * with DateContext.nextPeriod 'start' it stands for its first day unless a period takes it
   * (build.ts; extract/dates/options.ts).
   */
  nextUnit?: boolean;
  /** Cannot be resolved at all (narrative-anchored, or relative without a reference). */
  unresolved?: boolean;
  /** Only the closing end of a period ("until now"): dropped when no period takes it. */
  endOnly?: boolean;
  /** Only the opening end of a period ("between now and …"): dropped when no period takes it. */
  startOnly?: boolean;
  /**
   * Applies to the single date right after it, once that date is resolved: a count of units
   * from it ("3 days after January 12", "two weeks before Christmas") or the Monday–Sunday
   * week containing it ("the week of April 10"), or its nth weekday after it (n > 0) or before it
   * (n < 0: "the third Tuesday after Christmas", "the last Friday before 1 May"; weekday 0 =
   * Sunday), or the nth nearest such weekday to it (closestWeekday, n ≥ 1: "the closest Monday to Oct 5",
   * "the second closest Mon to …"; at equal distance the earlier first), or the nth nearest
   * occurrence of a holiday to it, a day, month or year (closestHoliday: "the closest Christmas to
   * today", "the 2nd nearest Super Tuesday to 2019"). Dropped when no date
   * follows ("three days after the attack" is narrative).
   */
  applies?:
    | { shift: { count: number; unit: 'day' | 'week' | 'month' | 'year' } }
    | { weekOf: true }
    | { nthWeekday: { n: number; weekday: number } }
    | { closestWeekday: { n: number; weekday: number } }
    | { closestHoliday: { n: number; rule: HolidayRule } };
  /**
   * The year (unit 'year') or the year and month (unit 'month') are those of the nearest
   * date written before it in the text, shifted by `delta` units: "in September that year",
   * "the following year", "the same month", «في العام التالي», «في الشهر نفسه». Without such
   * a date the atom stays what its reader made of it (from the reference, or unresolved).
   * Unit 'week' ("the following week", «الأسبوع التالي»): the Monday–Sunday week of the nearest
   * written day before it, shifted by `delta` weeks (value null, from/to days, `noValue`);
   * without a narrated day, the reader's week from the reference (or unresolved); with
   * `weekday` (days after its Monday: "Monday of the following week" = 0) that day of it. Unit 'day'
   * ("the next day", "three days later", «في اليوم التالي»): that many days from the last
   * narrated day (build.ts); unresolved without one; with `weekday` the first such day after it
   * ("the following Friday"). `weekend`: the Saturday and Sunday of that week ("that weekend");
   * `part`: that part of the week ("the beginning of the following week": relative.ts unitPart).
   */
  anaphor?: { unit: 'year' | 'month' | 'week' | 'day'; delta: number; weekday?: number; weekend?: boolean; part?: 'early' | 'mid' | 'late' | 'end' };
  /**
   * An anaphor whose reader gave it the reference's unit for want of an antecedent ("the same
   * year" with no date narrated before it): kept so, it is no antecedent of the anaphors after it.
   */
  fallback?: boolean;
  /** Dropped when it stays unresolved («في اليوم التالي» with no day narrated before it is no date). */
  optional?: boolean;
  /**
   * A half-open period named by one date and a word before it (set by interval.ts from the
   * language's IntervalSyntax.halfOpen): 'since' ("since 15 November", «منذ أغسطس») runs from
   * the date to the reference date; 'after' from the unit after it; 'until' up to the date,
   * 'before' up to the unit before it; 'onward' (set by a reader: "2012 or later") from the
   * date itself, the end open; the other end is open (null).
   */
  half?: HalfOpen;
  /**
   * A weekday named alone, resolved from the reference ("Friday"): as the closing end of a
   * period it is the first such day on or after the opening end ("from next Monday to
   * Friday"), see interval.ts.
   */
  weekday?: boolean;
  /**
   * A written month or year with a part ("late March", "the end of April 2018", "mid-2019"):
   * the mention keeps the month or year as its value and reports the part's days as
   * `from`/`to` (build.ts; relative.ts unitPart: a month's early 1–10, mid 11–20, late/end 21
   * to its last day; a year's early January–March, mid May–August, late/end September–
   * December), as the Arabic reader does for «منتصف مارس». Not for a period's end nor a
   * half-open period (those keep the unit).
   */
  partOf?: 'early' | 'mid' | 'late' | 'end';
  /**
   * A numbered part of a month or year ("the first week of June", "the last ten days of March",
   * "the final week of 2016"): like `partOf`, the mention keeps the month or year as its value
   * (what versions and the gold compare) and reports these days (or months) as `from`/`to`.
   */
  within?: { from: CalendarParts; to: CalendarParts };
  /**
   * Narrated in the past right before it ("disappeared in March", "was killed on 3 May"): a
   * year-less date takes its year on or before the reference when the caller chose no side
   * (build.ts), as "since" does.
   */
  narratedPast?: boolean;
}

export type HalfOpen = 'since' | 'after' | 'before' | 'until' | 'onward';

/** What a language's date reader implements; the language module wraps it for the plugin. */
export interface DateReader {
  /** Atoms in normalised coordinates, in any order, possibly overlapping. */
  read(t: NormalizedText, ctx: DateContext): DateAtom[];
}

