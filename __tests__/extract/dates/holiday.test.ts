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
