import { dayNumber, formatDay } from '../../../src/extract/dates/calendar.js';
import {
  closestHijriDay,
  hijriMonthInGregorianYear,
  hijriMonthRange,
  hijriOf,
  hijriToDayNumber,
  hijriYearRange,
} from '../../../src/extract/dates/hijri.js';

describe('Hijri (Umm al-Qura) to Gregorian', () => {
  test.each<[number, number, number, string]>([
    [1440, 9, 1, '2019-05-06'],
    [1440, 9, 15, '2019-05-20'],
    [1440, 10, 1, '2019-06-04'],
    [1441, 1, 1, '2019-08-31'],
    [1445, 9, 1, '2024-03-11'],
    [1400, 1, 1, '1979-11-21'],
  ])('%i-%i-%i', (y, m, d, iso) => {
    expect(formatDay(hijriToDayNumber(y, m, d)!)).toBe(iso);
    expect(hijriOf(hijriToDayNumber(y, m, d)!)).toEqual({ year: y, month: m, day: d });
  });

  test('a day a month does not have is null', () => {
    // Ramadan 1440 had 29 days.
    expect(hijriToDayNumber(1440, 9, 30)).toBeNull();
    expect(hijriToDayNumber(1440, 13, 1)).toBeNull();
  });

  test('months, years and a month in a Gregorian year', () => {
    expect(hijriMonthRange(1440, 9)!.map(formatDay)).toEqual(['2019-05-06', '2019-06-03']);
    expect(hijriYearRange(1440)!.map(formatDay)).toEqual(['2018-09-11', '2019-08-30']);
    expect(hijriMonthInGregorianYear(2019, 9)!.map(formatDay)).toEqual(['2019-05-06', '2019-06-03']);
  });

  test('a year-less Hijri day nearest a reference', () => {
    expect(formatDay(closestHijriDay(dayNumber(2019, 6, 10), 9, 15)!)).toBe('2019-05-20');
  });
});

describe('a caller-chosen Hijri calendar (DateContext.hijriCalendar)', () => {
  // The arithmetic calendar of the astronomical epoch runs a day or so ahead of Umm al-Qura here.
  test.each<[number, number, number, string, string]>([
    [1440, 9, 1, '2019-05-06', '2019-05-05'],
    [1442, 10, 1, '2021-05-13', '2021-05-12'],
    [1442, 12, 10, '2021-07-20', '2021-07-19'],
  ])('%i-%i-%i', (y, m, d, umalqura, tabular) => {
    expect(formatDay(hijriToDayNumber(y, m, d)!)).toBe(umalqura);
    expect(formatDay(hijriToDayNumber(y, m, d, 'islamic-tbla')!)).toBe(tabular);
    expect(hijriOf(hijriToDayNumber(y, m, d, 'islamic-tbla')!, 'islamic-tbla')).toEqual({ year: y, month: m, day: d });
  });
});
