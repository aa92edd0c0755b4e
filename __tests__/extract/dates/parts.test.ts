import { dayNumber, formatDay } from '../../../src/extract/dates/calendar.js';
import { earlierLater, monthDayNear, unitPart, type CalendarUnit, type UnitPart } from '../../../src/extract/dates/relative.js';

const WED = { year: 2019, month: 12, day: 4 };
const day = (n: number | null) => (n === null ? null : formatDay(n));

describe('a day of the month without its month', () => {
  test.each<[number, 'closest' | 'past' | 'future', string]>([
    [2, 'closest', '2019-12-02'],
    [20, 'closest', '2019-11-20'],
    [10, 'closest', '2019-12-10'],
    [20, 'future', '2019-12-20'],
    [2, 'future', '2020-01-02'],
    [20, 'past', '2019-11-20'],
    [4, 'past', '2019-12-04'],
    [31, 'closest', '2019-12-31'],
  ])('the %i (%s)', (d, prefer, expected) => {
    expect(day(monthDayNear(WED, d, prefer))).toBe(expected);
  });

  test('with a weekday: the nearest month where that day falls on it', () => {
    // 19 November 2019 was a Tuesday; 15 November a Friday, 15 May 2020 too.
    expect(day(monthDayNear(WED, 19, 'closest', 2))).toBe('2019-11-19');
    expect(day(monthDayNear(WED, 15, 'closest', 5))).toBe('2019-11-15');
    expect(day(monthDayNear(WED, 15, 'future', 5))).toBe('2020-05-15');
    // No month has a 32nd day.
    expect(monthDayNear(WED, 32, 'closest')).toBeNull();
  });
});

describe('parts of a week, month or year', () => {
  const r = dayNumber(2019, 12, 4);
  test.each<[CalendarUnit, UnitPart, string, string]>([
    ['week', 'early', '2019-12-02', '2019-12-04'],
    ['week', 'mid', '2019-12-03', '2019-12-06'],
    ['week', 'late', '2019-12-05', '2019-12-08'],
    ['week', 'end', '2019-12-06', '2019-12-08'],
    ['week', 'rest', '2019-12-04', '2019-12-08'],
    ['month', 'early', '2019-12-01', '2019-12-10'],
    ['month', 'mid', '2019-12-11', '2019-12-20'],
    ['month', 'end', '2019-12-21', '2019-12-31'],
    ['month', 'rest', '2019-12-04', '2019-12-31'],
    ['year', 'early', '2019-01-01', '2019-03-31'],
    ['year', 'mid', '2019-05-01', '2019-08-31'],
    ['year', 'late', '2019-09-01', '2019-12-31'],
  ])('%s %s', (unit, part, from, to) => {
    const [a, b] = unitPart(r, unit, part, r);
    expect([formatDay(a), formatDay(b)]).toEqual([from, to]);
  });

  test('a month part follows the month length', () => {
    const [a, b] = unitPart(dayNumber(2020, 2, 1), 'month', 'end', 0);
    expect([formatDay(a), formatDay(b)]).toEqual(['2020-02-21', '2020-02-29']);
  });
});

describe('earlier / later in the unit of the reference', () => {
  const r = dayNumber(2019, 12, 4); // a Wednesday
  test.each<[CalendarUnit, 'earlier' | 'later', string, string]>([
    ['week', 'earlier', '2019-12-02', '2019-12-03'],
    ['week', 'later', '2019-12-05', '2019-12-08'],
    ['month', 'earlier', '2019-12-01', '2019-12-03'],
    ['month', 'later', '2019-12-05', '2019-12-31'],
    ['year', 'earlier', '2019-01-01', '2019-12-03'],
  ])('%s %s', (unit, which, from, to) => {
    const [a, b] = earlierLater(r, unit, which, r);
    expect([formatDay(a), formatDay(b)]).toEqual([from, to]);
  });

  test('later this week, said on a Monday, is late in the week', () => {
    const mon = dayNumber(2019, 12, 2);
    expect(earlierLater(mon, 'week', 'later', mon).map(formatDay)).toEqual(['2019-12-05', '2019-12-08']);
  });
});
