/**
 * All-digit dates (12/02/2019, 2019-12-02, 02.12.2019). The order of day and month is a
 * convention of the writer's language, so it is the caller's choice ('mdy' for US English,
 * 'dmy' for Arabic and most of the world) for slashes and hyphens; dots are day-first whatever
 * the language ("12.06.2025" = 12 June 2025: the European and Arab convention, US writers use
 * slashes) when the caller passes the separator. A first number over 12 can only be a day and
 * wins over the convention. A year-first date is always Y-M-D. Two-digit years are 20xx up to ten years
 * after the reference (2029 without one), else 19xx. Returns null for anything that is not a valid day.
 */
import { isValidDay } from './calendar.js';

export type NumericOrder = 'mdy' | 'dmy';

export const NUMERIC_DATE = /(?=\d)(?<![\p{N}/.]|[\p{N}/.]-)(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\p{N}]|[/.-]\p{N})/gu;

export function readNumericDate(
  a: string,
  b: string,
  c: string,
  order: NumericOrder,
  refYear: number | null,
  sep?: string,
): { year: number; month: number; day: number } | null {
  if (sep === '.') order = 'dmy';
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) {
    if (c.length > 2) return null;
    year = Number(a);
    month = Number(b);
    day = Number(c);
  } else {
    if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
    const x = Number(a);
    const y = Number(b);
    [month, day] = order === 'mdy' ? [x, y] : [y, x];
    if (month > 12 && day <= 12) [month, day] = [day, month];
    year = Number(c);
    if (c.length === 2) {
      const pivot = Math.min(99, ((refYear ?? 2019) % 100) + 10);
      year += year <= pivot ? 2000 : 1900;
    }
  }
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/**
 * Month and day without a year ("2/15", "15.2", "4-22", "2 / 15"): only read when the caller
 * asks for it (DateContext.shortNumeric); the year is then inferred like any year-less date.
 * Also month/year ("3/2015", "2014-10") as a month. Not after or before another digit group
 * (a full date, a ratio chain, a decimal with a third part).
 */
export const SHORT_NUMERIC = /(?=\d)(?<![\p{N}/.:,-]|[\p{N}][\s]?[/-]\s?)(\d{1,4})\s?([/.-]|\s[/-]\s)\s?(\d{1,4})(?![\p{N}%]|\s?[/.:-]\s?\p{N}|[.,]\d)/gu;

export function readShortNumeric(
  a: string,
  sep: string,
  b: string,
  order: NumericOrder,
): { year: number | null; month: number; day: number | null } | null {
  const x = Number(a);
  const y = Number(b);
  // Month and year: "3/2015", "2014-10", "2014/10".
  if (a.length === 4 && b.length <= 2 && y >= 1 && y <= 12 && sep.trim() !== '.') return { year: x, month: y, day: null };
  if (b.length === 4 && a.length <= 2 && x >= 1 && x <= 12 && sep.trim() !== '.') return { year: y, month: x, day: null };
  if (a.length > 2 || b.length > 2) return null;
  let [month, day] = order === 'mdy' ? [x, y] : [y, x];
  if (month > 12 && day <= 12) [month, day] = [day, month];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return isValidDay(2000, month, day) ? { year: null, month, day } : null;
}

/**
 * A short numeric match glued to letters ("9h30 - 11h", "3/4h", "1/2pm") is part of a time or
 * a quantity, not a date.
 */
export function shortNumericGlued(norm: string, start: number, end: number): boolean {
  return /\p{L}/u.test(norm[start - 1] ?? '') || /^\p{L}/u.test(norm.slice(end, end + 1));
}
