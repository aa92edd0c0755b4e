/**
 * Hijri (Umm al-Qura) dates to Gregorian, through the platform's ICU calendar: there is no
 * closed formula for Umm al-Qura (it follows observed tables), so we estimate the day from the
 * mean lunar month and search a few days around it for the one ICU formats as the wanted
 * Hijri date. Returns null when the runtime has no Islamic calendar (small-icu builds).
 */
import type { ExtractOptions } from '../../types.js';
import { dayNumber } from './calendar.js';

interface HijriYmd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
/** 1 Muharram 1 AH in the civil reckoning, proleptic Gregorian. */
const EPOCH = dayNumber(622, 7, 19);
const YEAR_DAYS = 354.36667;
const MONTH_DAYS = 29.530589;

/**
 * Which Hijri calendar (an ICU calendar id): Umm al-Qura (the default: what the Gulf press and
 * most news follow), or an arithmetic one — 'islamic-tbla' (tabular, astronomical epoch: a day
 * before the civil one; what some date libraries use) or 'islamic-civil'. A caller's convention
 * (`DateContext.hijriCalendar`), never guessed from the text.
 */
export type HijriCalendar = NonNullable<ExtractOptions['hijriCalendar']>;

const formatters = new Map<HijriCalendar, Intl.DateTimeFormat | null>();

function getFormatter(wanted: HijriCalendar = 'islamic-umalqura'): Intl.DateTimeFormat | null {
  const known = formatters.get(wanted);
  if (known !== undefined) return known;
  let formatter: Intl.DateTimeFormat | null = null;
  for (const cal of [wanted, 'islamic-civil']) {
    try {
      const f = new Intl.DateTimeFormat(`en-u-ca-${cal}`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      if (f.resolvedOptions().calendar === cal) {
        formatter = f;
        break;
      }
    } catch {
      // calendar not available: try the next one
    }
  }
  formatters.set(wanted, formatter);
  return formatter;
}

/** Hijri date of a Gregorian day number. */
export function hijriOf(n: number, cal?: HijriCalendar): HijriYmd | null {
  const f = getFormatter(cal);
  if (!f) return null;
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(n * DAY_MS))) {
    if (p.type === 'year' || p.type === 'month' || p.type === 'day') out[p.type] = parseInt(p.value, 10);
  }
  return out.year && out.month && out.day ? { year: out.year, month: out.month, day: out.day } : null;
}

/** Gregorian day number of a Hijri date, or null if that day does not exist (30th of a 29-day month). */
export function hijriToDayNumber(year: number, month: number, day: number, cal?: HijriCalendar): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1) return null;
  const est = EPOCH + Math.round((year - 1) * YEAR_DAYS + (month - 1) * MONTH_DAYS + (day - 1));
  for (let k = 0; k <= 6; k++) {
    for (const n of k === 0 ? [est] : [est - k, est + k]) {
      const h = hijriOf(n, cal);
      if (!h) return null;
      if (h.year === year && h.month === month && h.day === day) return n;
    }
  }
  return null;
}

/** First and last Gregorian day of a Hijri month. */
export function hijriMonthRange(year: number, month: number, cal?: HijriCalendar): [number, number] | null {
  const first = hijriToDayNumber(year, month, 1, cal);
  const next = month === 12 ? hijriToDayNumber(year + 1, 1, 1, cal) : hijriToDayNumber(year, month + 1, 1, cal);
  return first === null || next === null ? null : [first, next - 1];
}

/** First and last Gregorian day of a Hijri year. */
export function hijriYearRange(year: number, cal?: HijriCalendar): [number, number] | null {
  const first = hijriToDayNumber(year, 1, 1, cal);
  const next = hijriToDayNumber(year + 1, 1, 1, cal);
  return first === null || next === null ? null : [first, next - 1];
}

/** Hijri year that puts a year-less Hijri day closest to a Gregorian reference day. */
export function closestHijriDay(refDay: number, month: number, day: number, cal?: HijriCalendar): number | null {
  const h = hijriOf(refDay, cal);
  if (!h) return null;
  let best: number | null = null;
  for (const y of [h.year - 1, h.year, h.year + 1]) {
    const n = hijriToDayNumber(y, month, day, cal);
    if (n !== null && (best === null || Math.abs(n - refDay) < Math.abs(best - refDay))) best = n;
  }
  return best;
}

/** The Hijri month that begins in a Gregorian year («رمضان 2019»): its first and last day. */
export function hijriMonthInGregorianYear(gregorianYear: number, month: number, cal?: HijriCalendar): [number, number] | null {
  const h = hijriOf(dayNumber(gregorianYear, 1, 1), cal);
  if (!h) return null;
  for (const y of [h.year, h.year + 1]) {
    const range = hijriMonthRange(y, month, cal);
    if (range && new Date(range[0] * DAY_MS).getUTCFullYear() === gregorianYear) return range;
  }
  return null;
}
