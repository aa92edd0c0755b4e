/**
 * Proleptic Gregorian calendar arithmetic on plain numbers. Everything goes through UTC day
 * numbers so that the machine's time zone can never shift a date by one day.
 */
import type { DateGrain } from '../../types.js';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC). */
export function dayNumber(year: number, month: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return Math.round(d.getTime() / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  // 1970-01-01 was a Thursday.
  return (((n + 4) % 7) + 7) % 7;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** ISO string at the grain's precision: YYYY-MM-DD, YYYY-MM or YYYY. */
export function formatIso(grain: DateGrain, year: number, month = 1, day = 1): string {
  const y = pad(year, 4);
  if (grain === 'year') return y;
  if (grain === 'month') return `${y}-${pad(month, 2)}`;
  return `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function formatDay(n: number): string {
  const d = fromDayNumber(n);
  return formatIso('day', d.year, d.month, d.day);
}

/** Reads a YYYY-MM-DD reference (a longer ISO datetime is cut to its date); null if invalid. */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** Add months to a year/month pair (month 1–12). */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const k = year * 12 + (month - 1) + delta;
  return { year: Math.floor(k / 12), month: (k % 12 + 12) % 12 + 1 };
}
