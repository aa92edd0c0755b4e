/**
 * Resolution of expressions anchored to the reference date. One policy for every language:
 *
 * - A year-less date or month takes the year that puts it closest to the reference (ties go
 *   to the past): news reports events of the last months and announces those of the next
 *   ones, so "November 15" in a story of 2 Dec 2019 is 2019-11-15 and "January 5" is 2020-01-05.
 * - A bare weekday ("on Monday", «يوم الاثنين») is the latest such day on or before the
 *   reference, because news narrates what already happened; a future cue in the clause
 *   ("will", «سـ») turns it to the next such day on or after the reference. "last"/«الماضي»
 *   is strictly before, "next"/«المقبل» strictly after.
 * - "last week" is the Monday–Sunday week before the reference's week (a period, not a day).
 */
import type { CalendarParts } from './atom.js';
import { addMonths, dayNumber, daysInMonth, fromDayNumber, weekdayOf, type Ymd } from './calendar.js';

/** `lastWeek`: that day in the Monday–Sunday week before the reference's (the calendar-assistant reading of "last Friday"). */
export type WeekdayMode = 'past' | 'future' | 'after' | 'last' | 'lastWeek' | 'next' | 'nextWeek' | 'this';
export type Prefer = 'past' | 'future' | 'closest';

/** The mode of a bare weekday without cue under the caller's `prefer` ('after' = strictly after). */
export function bareWeekdayMode(cued: WeekdayMode, prefer: Prefer | undefined): WeekdayMode {
  if (prefer === 'future') return 'after';
  if (prefer === 'past') return 'past';
  return cued;
}

/**
 * Year of a year-less month (and day): closest to the reference, or with `prefer` the nearest
 * month on or after ('future') / on or before ('past') the reference's month.
 */
export function closestYear(ref: Ymd, month: number, day: number | null, prefer: Prefer = 'closest'): number {
  const r = dayNumber(ref.year, ref.month, ref.day);
  // 29 February: the nearest leap year on the chosen side ("Feb 29" said in 2017 is 2016's or 2020's).
  if (month === 2 && day === 29) {
    const leaps = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((k) => ref.year + k).filter((y) => daysInMonth(y, 2) === 29);
    const side = leaps.filter((y) => (prefer === 'future' ? dayNumber(y, 2, 29) >= r : prefer === 'past' ? dayNumber(y, 2, 29) <= r : true));
    return side.reduce((a, b) => (Math.abs(dayNumber(b, 2, 29) - r) < Math.abs(dayNumber(a, 2, 29) - r) ? b : a));
  }
  // The reference's own month counts as current for both sides (as in calendar assistants:
  // "1 February" said on 12 February is this year's).
  if (prefer === 'future') return month >= ref.month ? ref.year : ref.year + 1;
  if (prefer === 'past') return month <= ref.month ? ref.year : ref.year - 1;
  let best = ref.year;
  let bestDist = Infinity;
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    // A month stands for its middle, so a month 6 months away ties and goes to the past.
    const d = day ?? 15;
    const dist = Math.abs(dayNumber(y, month, Math.min(d, 28)) - r);
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

/** Day number of a weekday (0 = Sunday) relative to the reference. */
export function resolveWeekday(ref: Ymd, weekday: number, mode: WeekdayMode): number {
  const r = dayNumber(ref.year, ref.month, ref.day);
  const back = (weekdayOf(r) - weekday + 7) % 7;
  const fwd = (weekday - weekdayOf(r) + 7) % 7;
  switch (mode) {
    case 'past':
      return r - back;
    case 'future':
      return r + fwd;
    case 'after':
      return r + (fwd === 0 ? 7 : fwd);
    case 'last':
      return r - (back === 0 ? 7 : back);
    case 'next':
      return r + (fwd === 0 ? 7 : fwd);
    case 'nextWeek':
      return weekRange(ref, 1)[0] + ((weekday + 6) % 7);
    case 'lastWeek':
      return weekRange(ref, -1)[0] + ((weekday + 6) % 7);
    case 'this': {
      // Within the reference's Monday–Sunday week.
      const monday = r - ((weekdayOf(r) + 6) % 7);
      return monday + ((weekday + 6) % 7);
    }
  }
}

/** Monday–Sunday week shifted by `delta` weeks from the reference's week. */
export function weekRange(ref: Ymd, delta: number): [number, number] {
  const r = dayNumber(ref.year, ref.month, ref.day);
  const monday = r - ((weekdayOf(r) + 6) % 7) + 7 * delta;
  return [monday, monday + 6];
}

/** A named month with last/next/this ("last May", «نوفمبر الماضي»). */
export function relativeMonthYear(ref: Ymd, month: number, mode: 'last' | 'next' | 'this'): number {
  if (mode === 'this') return ref.year;
  if (mode === 'last') return month < ref.month ? ref.year : ref.year - 1;
  return month > ref.month ? ref.year : ref.year + 1;
}

/** Calendar parts of a day number, marked as taken from the reference. */
export function dayParts(n: number): CalendarParts {
  const d = fromDayNumber(n);
  return { year: d.year, month: d.month, day: d.day, grain: 'day', inferred: true };
}

/** Calendar parts of the reference month shifted by `delta` months. */
export function monthParts(ref: Ymd, delta: number): CalendarParts {
  const m = addMonths(ref.year, ref.month, delta);
  return { year: m.year, month: m.month, day: null, grain: 'month', inferred: true };
}

export function yearParts(year: number): CalendarParts {
  return { year, month: null, day: null, grain: 'year', inferred: true };
}

/** Placeholder parts of an expression that cannot be resolved. */
export function unknownParts(grain: CalendarParts['grain']): CalendarParts {
  return { year: null, month: null, day: null, grain };
}

export type OffsetUnit = 'day' | 'week' | 'month' | 'year';

/**
 * "3 days ago", "in two weeks", «قبل ثلاثة أيام», «بعد يومين»: the reference shifted by a count
 * of units (negative = past). Days and weeks give a day; months and years the reference's day
 * in that month or year, at day precision too (the expression counts from the reference day).
 */
export function offsetParts(ref: Ymd, count: number, unit: OffsetUnit): CalendarParts {
  const r = dayNumber(ref.year, ref.month, ref.day);
  if (unit === 'day') return dayParts(r + count);
  if (unit === 'week') return dayParts(r + 7 * count);
  const m = addMonths(ref.year, ref.month, unit === 'month' ? count : 12 * count);
  const last = dayNumber(m.month === 12 ? m.year + 1 : m.year, m.month === 12 ? 1 : m.month + 1, 1) - dayNumber(m.year, m.month, 1);
  return { year: m.year, month: m.month, day: Math.min(ref.day, last), grain: 'day', inferred: true };
}

/**
 * A day of the month named without its month ("on the 15th", «يوم 15»): that day in the
 * reference's month or a neighbouring one — the closest to the reference (ties to the past),
 * or with `prefer` the first on or after ('future') / the last on or before ('past') it.
 * With a weekday ("Friday the 15th") only months where that day is that weekday count, up
 * to a year away. Null when no month fits (the 31st never a Sunday within reach).
 */
export function monthDayNear(ref: Ymd, day: number, prefer: Prefer = 'closest', weekday: number | null = null): number | null {
  const r = dayNumber(ref.year, ref.month, ref.day);
  const span = weekday === null ? 2 : 13;
  let best: number | null = null;
  for (let k = -span; k <= span; k++) {
    const m = addMonths(ref.year, ref.month, k);
    if (day > daysInMonth(m.year, m.month)) continue;
    const n = dayNumber(m.year, m.month, day);
    if (weekday !== null && weekdayOf(n) !== weekday) continue;
    if (prefer === 'future' && n < r) continue;
    if (prefer === 'past' && n > r) continue;
    if (best === null) {
      best = n;
      continue;
    }
    const better = prefer === 'future' ? n < best : prefer === 'past' ? n > best : Math.abs(n - r) < Math.abs(best - r);
    if (better) best = n;
  }
  return best;
}

export type UnitPart = 'early' | 'mid' | 'late' | 'end' | 'rest';
export type CalendarUnit = 'week' | 'month' | 'year';

/**
 * The days of a part of the week, month or year that contains day `n` ("early next week",
 * "the end of the month", "late this year", "the rest of the week"): a week is early
 * Monday–Wednesday, mid Tuesday–Friday, late Thursday–Sunday, at its end Friday–Sunday; a
 * month is early 1–10, mid 11–20, late and at its end 21 to its last day; a year is early
 * January–March, mid May–August, late and at its end September–December. "The rest of" runs
 * from `from` (the reference) to the unit's last day.
 */
export function unitPart(n: number, unit: CalendarUnit, part: UnitPart, from: number): [number, number] {
  const d = fromDayNumber(n);
  let first: number;
  let last: number;
  if (unit === 'week') {
    first = n - ((weekdayOf(n) + 6) % 7);
    last = first + 6;
  } else if (unit === 'month') {
    first = dayNumber(d.year, d.month, 1);
    last = first + daysInMonth(d.year, d.month) - 1;
  } else {
    first = dayNumber(d.year, 1, 1);
    last = dayNumber(d.year, 12, 31);
  }
  if (part === 'rest') return [Math.max(first, from), last];
  if (unit === 'week') {
    const [a, b] = { early: [0, 2], mid: [1, 4], late: [3, 6], end: [4, 6] }[part];
    return [first + a!, first + b!];
  }
  if (unit === 'month') {
    if (part === 'early') return [first, first + 9];
    if (part === 'mid') return [first + 10, first + 19];
    return [first + 20, last];
  }
  if (part === 'early') return [first, dayNumber(d.year, 3, 31)];
  if (part === 'mid') return [dayNumber(d.year, 5, 1), dayNumber(d.year, 8, 31)];
  return [dayNumber(d.year, 9, 1), last];
}

/**
 * "Earlier this week/month/year" (the unit's start up to the day before the reference) and
 * "later this …" (from the day after the reference to the unit's end; for a week, late in it:
 * from Thursday or the reference, whichever is later).
 */
export function earlierLater(n: number, unit: CalendarUnit, which: 'earlier' | 'later', ref: number): [number, number] {
  const [first, last] = unitPart(n, unit, 'rest', Number.NEGATIVE_INFINITY);
  if (which === 'earlier') return [first, Math.max(first, ref - 1)];
  return [unit === 'week' ? Math.max(first + 3, ref) : Math.min(ref + 1, last), last];
}
