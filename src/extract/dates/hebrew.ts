/**
 * Hebrew (Jewish) calendar days to Gregorian, through the platform's ICU 'hebrew' calendar (no
 * table of our own): the Jewish holidays news names ("Yom Kippur 2018", "Passover", "Hanukkah")
 * are days of Hebrew months. ICU formats a Gregorian day as "15 Nisan 5778"; we index the days
 * of one Gregorian year by their Hebrew month and day, lazily and once per year (about 370 format
 * calls, only when a Jewish holiday is named). Null when the runtime has no Hebrew calendar
 * (small-icu builds).
 *
 * Months are ICU's English names: Tishri, Heshvan, Kislev, Tevet, Shevat, Adar I, Adar II (leap
 * years), Adar (common years), Nisan, Iyar, Sivan, Tamuz, Av, Elul. A rule naming "Adar" takes
 * Adar in a common year and Adar II in a leap year (Purim is kept in Adar II).
 */
import { dayNumber } from './calendar.js';

const DAY_MS = 86_400_000;

let formatter: Intl.DateTimeFormat | null | undefined;

function getFormatter(): Intl.DateTimeFormat | null {
  if (formatter !== undefined) return formatter;
  formatter = null;
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-hebrew', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
    if (f.resolvedOptions().calendar === 'hebrew') formatter = f;
  } catch {
    // no Hebrew calendar in this runtime
  }
  return formatter;
}

const HEBREW_DAY = /^(\d{1,2}) (.+) (\d{4})$/;
/** Per Gregorian year: "Nisan 15" → its day number (the holidays read fall once in a Gregorian year; of a day that falls twice, the later). */
const yearIndex = new Map<number, Map<string, number> | null>();

function indexOf(year: number): Map<string, number> | null {
  const cached = yearIndex.get(year);
  if (cached !== undefined) return cached;
  const f = getFormatter();
  let index: Map<string, number> | null = null;
  if (f) {
    index = new Map();
    const first = dayNumber(year, 1, 1);
    const last = dayNumber(year, 12, 31);
    for (let n = first; n <= last; n++) {
      const m = HEBREW_DAY.exec(f.format(new Date(n * DAY_MS)));
      if (!m) continue;
      const month = m[2]!;
      index.set(`${month} ${m[1]}`, n);
      // "Adar" names Adar II in a leap year.
      if (month === 'Adar II') index.set(`Adar ${m[1]}`, n);
    }
  }
  if (yearIndex.size > 64) yearIndex.clear();
  yearIndex.set(year, index);
  return index;
}

/** Gregorian day number of Hebrew `month` `day` in Gregorian year `year`, or null (none that year, or no Hebrew calendar). */
export function hebrewDayIn(year: number, month: string, day: number): number | null {
  if (year < 1 || year > 9999) return null;
  return indexOf(year)?.get(`${month} ${day}`) ?? null;
}
