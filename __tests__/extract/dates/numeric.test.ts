import { NUMERIC_DATE, readNumericDate } from '../../../src/extract/dates/numeric.js';

describe('all-digit dates', () => {
  test.each<[string, 'mdy' | 'dmy', string | null]>([
    ['12/02/2019', 'mdy', '2019-12-02'],
    ['12/02/2019', 'dmy', '2019-02-12'],
    ['13/02/2019', 'mdy', '2019-02-13'],
    ['02/13/2019', 'dmy', '2019-02-13'],
    ['2019-12-02', 'dmy', '2019-12-02'],
    ['02.12.19', 'dmy', '2019-12-02'],
    ['02.12.95', 'dmy', '1995-12-02'],
    ['31/04/2019', 'dmy', null],
    ['13/13/2019', 'dmy', null],
  ])('%s (%s)', (s, order, iso) => {
    NUMERIC_DATE.lastIndex = 0;
    const m = NUMERIC_DATE.exec(s)!;
    const d = readNumericDate(m[1]!, m[3]!, m[4]!, order, 2019);
    expect(d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null).toBe(iso);
  });

  test('not inside longer numbers, not two-part fractions', () => {
    for (const s of ['1/2', '3.14', '10/12/2019/5', '1.2.3.4']) {
      NUMERIC_DATE.lastIndex = 0;
      expect(NUMERIC_DATE.exec(s)).toBeNull();
    }
  });
});

describe('all-digit dates: dots are day-first whatever the language', () => {
  test.each<[string, 'mdy' | 'dmy', string | null]>([
    ['12.06.2025', 'mdy', '2025-06-12'],
    ['12.06.2025', 'dmy', '2025-06-12'],
    ['03.04.21', 'mdy', '2021-04-03'],
    ['31.12.2019', 'mdy', '2019-12-31'],
    ['12/06/2025', 'mdy', '2025-12-06'],
    ['12-06-2025', 'mdy', '2025-12-06'],
    ['12/06/2025', 'dmy', '2025-06-12'],
    ['2025.06.12', 'mdy', '2025-06-12'],
    ['31.04.2019', 'mdy', null],
  ])('%s (%s)', (s, order, iso) => {
    NUMERIC_DATE.lastIndex = 0;
    const m = NUMERIC_DATE.exec(s)!;
    const d = readNumericDate(m[1]!, m[3]!, m[4]!, order, 2019, m[2]);
    expect(d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null).toBe(iso);
  });
});
