import { dayNumber, formatDay } from '../../../src/extract/dates/calendar.js';
import { closestYear, relativeMonthYear, resolveWeekday, weekRange } from '../../../src/extract/dates/relative.js';

const WED = { year: 2019, month: 12, day: 4 };

describe('year of a year-less date: closest to the reference', () => {
  test.each<[number, number | null, number]>([
    [11, 15, 2019],
    [1, 5, 2020],
    [6, null, 2019],
    [5, null, 2020],
    [12, 31, 2019],
  ])('month %i day %p → %i', (month, day, year) => {
    expect(closestYear(WED, month, day)).toBe(year);
  });
});

describe('weekdays', () => {
  test.each<[number, Parameters<typeof resolveWeekday>[2], string]>([
    [1, 'past', '2019-12-02'],
    [3, 'past', '2019-12-04'],
    [5, 'past', '2019-11-29'],
    [5, 'future', '2019-12-06'],
    [3, 'last', '2019-11-27'],
    [3, 'next', '2019-12-11'],
    [0, 'this', '2019-12-08'],
    [1, 'this', '2019-12-02'],
    // the day in last week's Monday–Sunday (calendar assistants' "last Tuesday")
    [2, 'lastWeek', '2019-11-26'],
    [5, 'lastWeek', '2019-11-29'],
    [0, 'lastWeek', '2019-12-01'],
  ])('weekday %i, %s', (wd, mode, iso) => {
    expect(formatDay(resolveWeekday(WED, wd, mode))).toBe(iso);
  });

  test('weeks run Monday to Sunday', () => {
    expect(weekRange(WED, -1).map(formatDay)).toEqual(['2019-11-25', '2019-12-01']);
    expect(weekRange({ year: 2019, month: 12, day: 8 }, 0)[0]).toBe(dayNumber(2019, 12, 2));
  });

  test('last / next / this month names', () => {
    expect(relativeMonthYear(WED, 5, 'last')).toBe(2019);
    expect(relativeMonthYear(WED, 12, 'last')).toBe(2018);
    expect(relativeMonthYear(WED, 3, 'next')).toBe(2020);
    expect(relativeMonthYear(WED, 3, 'this')).toBe(2019);
  });
});

describe('29 February without a year', () => {
  test.each<[string, 'closest' | 'past' | 'future', number]>([
    ['2017-03-22', 'closest', 2016],
    ['2019-03-22', 'closest', 2020],
    ['2017-03-22', 'future', 2020],
    ['2019-03-22', 'past', 2016],
    ['2020-01-10', 'closest', 2020],
  ])('reference %s (%s) → %i', (ref, prefer, year) => {
    const [y, m, d] = ref.split('-').map(Number) as [number, number, number];
    expect(closestYear({ year: y, month: m, day: d }, 2, 29, prefer)).toBe(year);
  });
});
