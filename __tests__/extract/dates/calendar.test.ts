import { addMonths, dayNumber, daysInMonth, formatIso, fromDayNumber, isValidDay, parseIsoDay, weekdayOf } from '../../../src/extract/dates/calendar.js';

describe('calendar', () => {
  test('day numbers round-trip, including years before 100', () => {
    for (const [y, m, d] of [[2019, 12, 2], [1970, 1, 1], [2000, 2, 29], [622, 7, 19], [45, 3, 1]] as const) {
      expect(fromDayNumber(dayNumber(y, m, d))).toEqual({ year: y, month: m, day: d });
    }
    expect(dayNumber(1970, 1, 1)).toBe(0);
  });

  test('weekdays (0 = Sunday)', () => {
    expect(weekdayOf(dayNumber(2019, 12, 2))).toBe(1);
    expect(weekdayOf(dayNumber(2013, 2, 12))).toBe(2);
  });

  test('validity and month lengths', () => {
    expect(isValidDay(2019, 2, 29)).toBe(false);
    expect(isValidDay(2020, 2, 29)).toBe(true);
    expect(isValidDay(2019, 4, 31)).toBe(false);
    expect(daysInMonth(2019, 12)).toBe(31);
  });

  test('ISO at the grain', () => {
    expect(formatIso('day', 2019, 3, 5)).toBe('2019-03-05');
    expect(formatIso('month', 2019, 3)).toBe('2019-03');
    expect(formatIso('year', 948)).toBe('0948');
  });

  test('references: a datetime is cut to its day; junk is null', () => {
    expect(parseIsoDay('2013-02-12T04:30:00-02:00')).toEqual({ year: 2013, month: 2, day: 12 });
    expect(parseIsoDay('2019-02-30')).toBeNull();
    expect(parseIsoDay('yesterday')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });

  test('month arithmetic', () => {
    expect(addMonths(2019, 12, 1)).toEqual({ year: 2020, month: 1 });
    expect(addMonths(2019, 1, -1)).toEqual({ year: 2018, month: 12 });
  });
});
