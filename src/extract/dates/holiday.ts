/**
 * Holidays as calendar rules, shared by the languages (their names are in each language's
 * lexicon): a fixed Gregorian day, the nth weekday of a month (or the first one on or after a
 * day), a day counted from Easter
 * Sunday, a Hijri day («عيد الفطر» = 1 Shawwal) or a whole Hijri month (Ramadan), a day of a
 * Hebrew month (Yom Kippur = 10 Tishri, through ICU: hebrew.ts), an Indian solar or lunisolar
 * feast (Makar Sankranti, Diwali: sidereal.ts), a date table (Chinese New Year, Super Tuesday). Hijri dates use the Umm al-Qura
 * calendar of hijri.ts (or the caller's DateContext.hijriCalendar), so they can be a day off the announced sighting elsewhere. A Jewish
 * holiday is the day it is kept, not the eve it begins at sunset (Yom Kippur 2018 = 19 September),
 * unless the caller asks for the eve (DateContext.feastDays 'eve', options.ts: Yom Kippur 2018 = 18
 * September, Rosh Hashanah 2018 = 9–11 September).
 *
 * A year written beside the name places the holiday in that Gregorian year; last/next/this
 * place it relative to the reference; a bare name takes the occurrence closest to the
 * reference, or with DateContext.prefer the next ('future') or latest ('past') one.
 */
import { dayNumber, fromDayNumber, type Ymd } from './calendar.js';
import { hijriOf, hijriToDayNumber, hijriMonthRange, type HijriCalendar } from './hijri.js';
import { hebrewDayIn } from './hebrew.js';
import { sankrantiDay, tithiDays } from './sidereal.js';
import type { Prefer } from './relative.js';
import type { FeastDays } from './options.js';

export type HolidayRule =
  /** `moves`: days it moves when it falls on a weekday (0 = Sunday: King's Day on a Sunday is the Saturday before, {"0": -1}). */
  | { month: number; day: number; moves?: Record<string, number> }
  /** `offset`: days after the nth weekday (Black Friday = the day after the 4th Thursday of November). */
  | { month: number; weekday: number; nth: number; offset?: number }
  /** The first such weekday on or after a day of the month (Victoria Day: the Monday on or after 18 May). */
  | { month: number; weekday: number; onOrAfter: number }
  /** `days`: a period of that many days from there (Lent: 46 days before Easter, 46 days long). */
  | { easter: number; days?: number }
  /** Days after Orthodox Easter Sunday (Julian computus, given as a Gregorian day). */
  | { orthodoxEaster: number; days?: number }
  | { hijri: [number, number] }
  /**
   * A day of a Hebrew month (ICU month name, "Adar" = Adar II in a leap year), `days` long
   * (Passover: 8); `moves`: days it moves when it falls on a weekday (0 = Sunday: Yom HaAtzmaut
   * on a Friday is kept on the Thursday, {"5": -1}); `offset`: days from there (Yom HaZikaron is
   * the day before Yom HaAtzmaut).
   */
  | { hebrew: [string, number]; days?: number; moves?: Record<string, number>; offset?: number }
  /** A date table by Gregorian year ("2019": "02-05") for calendars we do not compute (Chinese New Year). */
  | { dates: Record<string, string> }
  | { hijriMonth: number }
  /** The last such weekday of a Hijri month (Jumu'atul-Wida: the last Friday of Ramadan, [9, 5]). */
  | { hijriLastWeekday: [number, number] }
  /**
   * A day that comes back every `period` days from `epoch` (YYYY-MM-DD): the new year of a
   * calendar of 365 days without leap years (the Shahenshahi Parsi New Year).
   */
  | { cycle: [string, number] }
  /**
   * Days after the Sun enters a sidereal sign (0 = Aries … 9 = Capricorn): Makar Sankranti [9,
   * 0], Pongal's days; `afterSunset`: an ingress after sunset counts for the next day (sidereal.ts).
   */
  | { sankranti: [number, number]; afterSunset?: boolean }
  /**
   * A tithi of an amanta lunar month ([0 = Chaitra … 11 = Phalguna, 1–30]) kept at hour `at` of
   * Indian time (sidereal.ts tithiDays; `later`: the second of two days whose hour it covers),
   * `offset` days after it (Holi: the day after Holika Dahan), `days` long (Navaratri: 9).
   */
  | { lunar: [number, number]; at: number; later?: boolean; offset?: number; days?: number };

function easterSunday(y: number): number {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/** Orthodox Easter Sunday: the Julian computus (Meeus), converted to the Gregorian calendar. */
function orthodoxEasterSunday(y: number): number {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // Julian to Gregorian: the calendars drift apart by one day every century not divisible by 400.
  const drift = Math.floor(y / 100) - Math.floor(y / 400) - 2;
  return dayNumber(y, month, day) + drift;
}

const weekday = (n: number) => (((n + 4) % 7) + 7) % 7;

/**
 * Occurrences of the holiday starting in Gregorian year `y`, as [first, last] day numbers.
 * `feastDays` 'eve': a Hebrew-calendar feast from the civil day on whose evening it begins (a
 * one-day feast is that day alone).
 */
export function holidayIn(rule: HolidayRule, y: number, cal?: HijriCalendar, feastDays?: FeastDays): Array<[number, number]> {
  if ('easter' in rule || 'orthodoxEaster' in rule) {
    const n = 'easter' in rule ? easterSunday(y) + rule.easter : orthodoxEasterSunday(y) + rule.orthodoxEaster;
    return [[n, n + Math.max(1, rule.days ?? 1) - 1]];
  }
  if ('dates' in rule) {
    const md = rule.dates[String(y)];
    if (!md) return [];
    const n = dayNumber(y, Number(md.slice(0, 2)), Number(md.slice(3, 5)));
    return [[n, n]];
  }
  if ('onOrAfter' in rule) {
    const d = dayNumber(y, rule.month, rule.onOrAfter);
    const n = d + ((rule.weekday - weekday(d) + 7) % 7);
    return [[n, n]];
  }
  if ('day' in rule) {
    let n = dayNumber(y, rule.month, rule.day);
    n += rule.moves?.[String(weekday(n))] ?? 0;
    return [[n, n]];
  }
  if ('lunar' in rule) {
    const k = rule.offset ?? 0;
    return tithiDays(y, rule.lunar[0], rule.lunar[1], rule.at, rule.later).map((n) => [n + k, n + k + Math.max(1, rule.days ?? 1) - 1] as [number, number]);
  }
  if ('sankranti' in rule) {
    const n = sankrantiDay(y, rule.sankranti[0], rule.afterSunset);
    return n === null ? [] : [[n + rule.sankranti[1], n + rule.sankranti[1]]];
  }
  if ('cycle' in rule) {
    const [ey, em, ed] = rule.cycle[0].split('-').map(Number) as [number, number, number];
    const epoch = dayNumber(ey, em, ed);
    const period = rule.cycle[1];
    const first = dayNumber(y, 1, 1);
    const n = epoch + Math.ceil((first - epoch) / period) * period;
    return n < dayNumber(y + 1, 1, 1) ? [[n, n]] : [];
  }
  if ('nth' in rule) {
    let n: number;
    if (rule.nth > 0) {
      const first = dayNumber(y, rule.month, 1);
      n = first + ((rule.weekday - weekday(first) + 7) % 7) + 7 * (rule.nth - 1);
    } else {
      const last = dayNumber(rule.month === 12 ? y + 1 : y, rule.month === 12 ? 1 : rule.month + 1, 1) - 1;
      n = last - ((weekday(last) - rule.weekday + 7) % 7);
    }
    n += rule.offset ?? 0;
    return [[n, n]];
  }
  if ('hebrew' in rule) {
    let n = hebrewDayIn(y, rule.hebrew[0], rule.hebrew[1]);
    if (n === null) return [];
    n += (rule.moves?.[String(weekday(n))] ?? 0) + (rule.offset ?? 0);
    const last = n + Math.max(1, rule.days ?? 1) - 1;
    if (feastDays === 'eve') return [[n - 1, last > n ? last : n - 1]];
    return [[n, last]];
  }
  // Hijri: the one or two occurrences whose first day falls in year y.
  const h = hijriOf(dayNumber(y, 1, 1), cal);
  if (!h) return [];
  const out: Array<[number, number]> = [];
  for (const hy of [h.year, h.year + 1]) {
    let r: [number, number] | null;
    if ('hijri' in rule) {
      const n = hijriToDayNumber(hy, rule.hijri[0], rule.hijri[1], cal);
      r = n === null ? null : [n, n];
    } else if ('hijriLastWeekday' in rule) {
      const m = hijriMonthRange(hy, rule.hijriLastWeekday[0], cal);
      const n = m ? m[1] - ((weekday(m[1]) - rule.hijriLastWeekday[1] + 7) % 7) : null;
      r = n === null ? null : [n, n];
    } else r = hijriMonthRange(hy, rule.hijriMonth, cal);
    if (r && fromDayNumber(r[0]).year === y) out.push(r);
  }
  return out;
}

/** The occurrence a mention names, or null. `mod`: last/next/this written before the name. */
export function resolveHoliday(
  rule: HolidayRule,
  year: number | null,
  mod: 'last' | 'next' | 'this' | null,
  ref: Ymd | null,
  prefer: Prefer | undefined,
  cal?: HijriCalendar,
  feastDays?: FeastDays,
): [number, number] | null {
  if (year !== null) return holidayIn(rule, year, cal, feastDays)[0] ?? null;
  if (!ref) return null;
  const r = dayNumber(ref.year, ref.month, ref.day);
  // A table of some years only (Super Tuesday: one in four) is searched whole.
  const years = 'dates' in rule ? Object.keys(rule.dates).map(Number).sort((a, b) => a - b) : [ref.year - 1, ref.year, ref.year + 1];
  const all = years.flatMap((y) => holidayIn(rule, y, cal, feastDays));
  if (all.length === 0) return null;
  if (mod === 'this') return holidayIn(rule, ref.year, cal, feastDays)[0] ?? null;
  if (mod === 'last') return [...all].reverse().find((o) => o[1] < r) ?? null;
  if (mod === 'next') return all.find((o) => o[0] > r) ?? null;
  // A table that has none on the preferred side (a one-off: "Super Duper Tuesday" of 2008) names its closest.
  const table = 'dates' in rule;
  if (prefer === 'future') {
    const f = all.find((o) => o[1] >= r);
    if (f || !table) return f ?? null;
  } else if (prefer === 'past') {
    const p = [...all].reverse().find((o) => o[0] <= r);
    if (p || !table) return p ?? null;
  }
  // Closest; a running occurrence (Ramadan now) is distance 0.
  const dist = (o: [number, number]) => (r < o[0] ? o[0] - r : r > o[1] ? r - o[1] : 0);
  return [...all].sort((a, b) => dist(a) - dist(b) || a[0] - b[0])[0]!;
}
