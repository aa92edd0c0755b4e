import { holidayIn, resolveHoliday, type HolidayRule } from '../../../src/extract/dates/holiday.js';
import { formatDay } from '../../../src/extract/dates/calendar.js';
import { offsetParts } from '../../../src/extract/dates/relative.js';
import { SHORT_NUMERIC, readShortNumeric } from '../../../src/extract/dates/numeric.js';

const day = (r: [number, number] | null | undefined) => (r ? `${formatDay(r[0])}..${formatDay(r[1])}` : null);

describe('holiday rules', () => {
  test.each<[HolidayRule, number, string]>([
    [{ month: 12, day: 25 }, 2021, '2021-12-25..2021-12-25'],
    [{ easter: 0 }, 2024, '2024-03-31..2024-03-31'],
    [{ easter: -2 }, 2019, '2019-04-19..2019-04-19'],
    [{ month: 11, weekday: 4, nth: 4 }, 2020, '2020-11-26..2020-11-26'],
    [{ month: 5, weekday: 1, nth: -1 }, 2021, '2021-05-31..2021-05-31'],
    [{ hijri: [10, 1] }, 2021, '2021-05-13..2021-05-13'],
    [{ hijriMonth: 9 }, 2022, '2022-04-02..2022-05-01'],
  ])('%j in %d', (rule, year, expected) => {
    expect(day(holidayIn(rule, year)[0])).toBe(expected);
  });

  test('a Hijri holiday can fall twice in one Gregorian year', () => {
    expect(holidayIn({ hijri: [10, 1] }, 2000).map((r) => formatDay(r[0]))).toEqual(['2000-01-08', '2000-12-27']);
  });

  test('year-less: closest by default, next/latest with prefer, last/next written', () => {
    const ref = { year: 2021, month: 2, day: 1 };
    const xmas: HolidayRule = { month: 12, day: 25 };
    expect(day(resolveHoliday(xmas, null, null, ref, undefined))).toBe('2020-12-25..2020-12-25');
    expect(day(resolveHoliday(xmas, null, null, ref, 'future'))).toBe('2021-12-25..2021-12-25');
    expect(day(resolveHoliday(xmas, null, 'next', ref, undefined))).toBe('2021-12-25..2021-12-25');
    expect(day(resolveHoliday(xmas, null, 'last', ref, 'future'))).toBe('2020-12-25..2020-12-25');
    expect(resolveHoliday(xmas, null, null, null, undefined)).toBeNull();
  });
});

describe('offsets from the reference', () => {
  const ref = { year: 2020, month: 1, day: 31 };
  test.each<[number, 'day' | 'week' | 'month' | 'year', string]>([
    [-3, 'day', '2020-01-28'],
    [2, 'week', '2020-02-14'],
    [1, 'month', '2020-02-29'],
    [-1, 'year', '2019-01-31'],
  ])('%d %s', (n, unit, expected) => {
    const p = offsetParts(ref, n, unit);
    expect(`${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`).toBe(expected);
  });
});

describe('month and day without a year', () => {
  const read = (s: string, order: 'mdy' | 'dmy') => {
    SHORT_NUMERIC.lastIndex = 0;
    const m = SHORT_NUMERIC.exec(s);
    return m ? readShortNumeric(m[1]!, m[2]!, m[3]!, order) : null;
  };
  test.each<[string, 'mdy' | 'dmy', object | null]>([
    ['on 4/22 it', 'mdy', { year: null, month: 4, day: 22 }],
    ['on 22/4 it', 'mdy', { year: null, month: 4, day: 22 }],
    ['on 3/4 it', 'dmy', { year: null, month: 4, day: 3 }],
    ['in 2014-10 it', 'mdy', { year: 2014, month: 10, day: null }],
    ['in 2/30 it', 'mdy', null],
    ['a 12/02/2019 date', 'mdy', null],
  ])('%s', (s, order, expected) => {
    expect(read(s, order)).toEqual(expected);
  });
});

describe('holiday rules: periods from Easter, Orthodox Easter, date tables', () => {
  test.each<[HolidayRule, number, string | null]>([
    // Lent: 46 days before Easter, 46 days long (Ash Wednesday to Holy Saturday)
    [{ easter: -46, days: 46 }, 2018, '2018-02-14..2018-03-31'],
    // Orthodox Easter (Julian computus): 8 April 2018, 19 April 2020, 2 May 2021
    [{ orthodoxEaster: 0 }, 2018, '2018-04-08..2018-04-08'],
    [{ orthodoxEaster: -2 }, 2020, '2020-04-17..2020-04-17'],
    [{ orthodoxEaster: 0 }, 2021, '2021-05-02..2021-05-02'],
    [{ dates: { '2019': '02-05' } }, 2019, '2019-02-05..2019-02-05'],
    [{ dates: { '2019': '02-05' } }, 2020, null],
  ])('%j in %d', (rule, year, expected) => {
    expect(day(holidayIn(rule, year)[0])).toBe(expected);
  });

  test('a table holiday resolves like any other (closest, last/next)', () => {
    const rule: HolidayRule = { dates: { '2018': '02-16', '2019': '02-05', '2020': '01-25' } };
    const ref = { year: 2019, month: 12, day: 2 };
    expect(day(resolveHoliday(rule, null, null, ref, undefined))).toBe('2020-01-25..2020-01-25');
    expect(day(resolveHoliday(rule, null, 'last', ref, undefined))).toBe('2019-02-05..2019-02-05');
  });
});

describe('Hebrew calendar holidays (ICU, the day kept, not the eve)', () => {
  test.each<[HolidayRule, number, string]>([
    [{ hebrew: ['Tishri', 10] }, 2018, '2018-09-19..2018-09-19'],
    [{ hebrew: ['Tishri', 1], days: 2 }, 2020, '2020-09-19..2020-09-20'],
    [{ hebrew: ['Nisan', 15], days: 8 }, 2024, '2024-04-23..2024-04-30'],
    [{ hebrew: ['Kislev', 25], days: 8 }, 2021, '2021-11-29..2021-12-06'],
    // "Adar" is Adar II in a leap year (5784 is one), Adar in a common year.
    [{ hebrew: ['Adar', 14] }, 2024, '2024-03-24..2024-03-24'],
    [{ hebrew: ['Adar', 14] }, 2023, '2023-03-07..2023-03-07'],
    // Days that move off a weekday: 5 Iyar 5778 fell on a Friday (kept on the Thursday), 9 Av
    // 5778 on a Saturday (kept on the Sunday); the day before it with an offset.
    [{ hebrew: ['Iyar', 5], moves: { '5': -1, '6': -2, '1': 1 } }, 2018, '2018-04-19..2018-04-19'],
    [{ hebrew: ['Iyar', 5], moves: { '5': -1, '6': -2, '1': 1 }, offset: -1 }, 2018, '2018-04-18..2018-04-18'],
    [{ hebrew: ['Av', 9], moves: { '6': 1 } }, 2018, '2018-07-22..2018-07-22'],
    [{ hebrew: ['Av', 9], moves: { '6': 1 } }, 2019, '2019-08-11..2019-08-11'],
  ])('%j in %d', (rule, year, expected) => {
    expect(day(holidayIn(rule, year)[0])).toBe(expected);
  });

  test('year-less: the closest occurrence', () => {
    expect(day(resolveHoliday({ hebrew: ['Tishri', 10] }, null, null, { year: 2022, month: 11, day: 1 }, undefined))).toBe('2022-10-05..2022-10-05');
  });
});

describe('Hebrew calendar holidays from their eve (feastDays "eve", round 8)', () => {
  test.each<[HolidayRule, number, string]>([
    // one day: the eve alone; longer: from the eve to the last day kept
    [{ hebrew: ['Tishri', 10] }, 2021, '2021-09-15..2021-09-15'],
    [{ hebrew: ['Tishri', 1], days: 2 }, 2022, '2022-09-25..2022-09-27'],
    [{ hebrew: ['Kislev', 25], days: 8 }, 2019, '2019-12-22..2019-12-30'],
    // a moved day moves its eve: 5 Iyar 5778 fell on a Friday, kept on the Thursday (19 April 2018)
    [{ hebrew: ['Iyar', 5], moves: { '5': -1, '6': -2, '1': 1 } }, 2018, '2018-04-18..2018-04-18'],
    // other calendars keep their day
    [{ month: 12, day: 25 }, 2021, '2021-12-25..2021-12-25'],
    [{ easter: 0 }, 2024, '2024-03-31..2024-03-31'],
  ])('%j in %d', (rule, year, expected) => {
    expect(day(holidayIn(rule, year, undefined, 'eve')[0])).toBe(expected);
    expect(day(holidayIn(rule, year, undefined, 'day')[0])).toBe(day(holidayIn(rule, year)[0]));
  });

  test('year-less and with last/next: the occurrence of the kept days, dated from its eve', () => {
    const ref = { year: 2022, month: 11, day: 1 };
    expect(day(resolveHoliday({ hebrew: ['Tishri', 10] }, null, null, ref, undefined, undefined, 'eve'))).toBe('2022-10-04..2022-10-04');
    expect(day(resolveHoliday({ hebrew: ['Tishri', 10] }, null, 'next', ref, undefined, undefined, 'eve'))).toBe('2023-09-24..2023-09-24');
    expect(day(resolveHoliday({ hebrew: ['Tishri', 10] }, 2019, null, ref, undefined, undefined, 'eve'))).toBe('2019-10-08..2019-10-08');
  });
});

describe('holiday rules (issue 6, round 6)', () => {
  test.each<[HolidayRule, number, string]>([
    // the first Monday on or after 18 May; the Wednesday on or after 21 April
    [{ month: 5, weekday: 1, onOrAfter: 18 }, 2021, '2021-05-24..2021-05-24'],
    [{ month: 5, weekday: 1, onOrAfter: 18 }, 2026, '2026-05-18..2026-05-18'],
    [{ month: 4, weekday: 3, onOrAfter: 21 }, 2021, '2021-04-21..2021-04-21'],
  ])('%j in %d', (rule, year, expected) => {
    expect(day(holidayIn(rule, year)[0])).toBe(expected);
  });

  test('a date table is searched whole, and a one-off names its only day whatever the side', () => {
    const table: HolidayRule = { dates: { '2000': '03-07', '2004': '03-02', '2008': '02-05' } };
    const ref = { year: 2015, month: 6, day: 1 };
    expect(day(resolveHoliday(table, null, 'last', ref, undefined))).toBe('2008-02-05..2008-02-05');
    expect(day(resolveHoliday(table, null, null, ref, 'future'))).toBe('2008-02-05..2008-02-05');
    expect(day(resolveHoliday(table, null, null, { year: 2001, month: 1, day: 1 }, 'past'))).toBe('2000-03-07..2000-03-07');
  });
});

describe('holiday rules: moved fixed days, Hijri weekdays, cycles, sankrantis (issue 6, round 6)', () => {
  test.each<[HolidayRule, number, string]>([
    // 27 April moved to the Saturday when it is a Sunday (2025: a Sunday)
    [{ month: 4, day: 27, moves: { '0': -1 } }, 2025, '2025-04-26..2025-04-26'],
    [{ month: 4, day: 27, moves: { '0': -1 } }, 2024, '2024-04-27..2024-04-27'],
    // the last Friday of Ramadan 1444 (ended 20 April 2023)
    [{ hijriLastWeekday: [9, 5] }, 2023, '2023-04-14..2023-04-14'],
    // every 365 days from an epoch: a day earlier every four years
    [{ cycle: ['2018-08-17', 365] }, 2026, '2026-08-15..2026-08-15'],
    // the Sun into sidereal Capricorn: 14 January 2022 (14:28 IST), 15 January 2023 (after sunset on the 14th)
    [{ sankranti: [9, 0], afterSunset: true }, 2022, '2022-01-14..2022-01-14'],
    [{ sankranti: [9, 0], afterSunset: true }, 2023, '2023-01-15..2023-01-15'],
    [{ sankranti: [9, -1], afterSunset: true }, 2023, '2023-01-14..2023-01-14'],
    // into Aries: 14 April 2021 (02:33 IST)
    [{ sankranti: [0, 0] }, 2021, '2021-04-14..2021-04-14'],
  ])('%j in %d', (rule, year, expected) => {
    expect(day(holidayIn(rule, year)[0])).toBe(expected);
  });
});

describe('Hindu lunisolar feasts by tithi (issue 6, round 6)', () => {
  test.each<[HolidayRule, number, string]>([
    // Diwali: the new moon of Ashvin at sunset (24 October 2022, 3 November 2013, 31 October 2024)
    [{ lunar: [6, 30], at: 17.5 }, 2022, '2022-10-24..2022-10-24'],
    [{ lunar: [6, 30], at: 17.5 }, 2013, '2013-11-03..2013-11-03'],
    [{ lunar: [6, 30], at: 17.5 }, 2024, '2024-10-31..2024-10-31'],
    // Holi: the day after the full moon of Phalguna (8 March 2023)
    [{ lunar: [11, 15], at: 18, later: true, offset: 1 }, 2023, '2023-03-08..2023-03-08'],
    // Ganesh Chaturthi at midday (31 August 2022); Maha Shivaratri at midnight (18 February 2023)
    [{ lunar: [5, 4], at: 12 }, 2022, '2022-08-31..2022-08-31'],
    [{ lunar: [10, 29], at: 24 }, 2023, '2023-02-18..2023-02-18'],
    // Navaratri: nine days from the first of Ashvin's bright half (15 October 2023)
    [{ lunar: [6, 1], at: 6, days: 9 }, 2023, '2023-10-15..2023-10-23'],
  ])('%j in %d', (rule, year, expected) => {
    expect(day(holidayIn(rule, year)[0])).toBe(expected);
  });
});
