import { normalize } from '../../../src/text/normalize.js';
import type { DateAtom } from '../../../src/extract/dates/atom.js';
import { buildMentions, dropOverlaps } from '../../../src/extract/dates/build.js';
import type { IntervalSyntax } from '../../../src/extract/dates/interval.js';
import { extractDates as extractArabic } from '../../../src/lang/ar/dates.js';

const SYNTAX: IntervalSyntax = {
  joiner: /^\s*(?:-|to|and)\s*$/,
  pairedJoiner: /^and$/,
  opener: /\b(?:between|from)\s+$/,
  bareDay: /(\d{1,2})\s*(-|to|and)\s*$/,
};

const day = (start: number, end: number, year: number | null, month: number, d: number): DateAtom => ({
  start,
  end,
  grain: 'day',
  date: { year, month, day: d, grain: 'day' },
});

describe('overlaps', () => {
  test('the longer atom wins, output sorted', () => {
    const a = day(0, 11, 2019, 12, 2);
    const b: DateAtom = { start: 7, end: 11, grain: 'year', date: { year: 2019, month: null, day: null, grain: 'year' } };
    const c = day(20, 25, null, 1, 1);
    expect(dropOverlaps([c, b, a])).toEqual([a, c]);
  });
});

describe('resolution and periods', () => {
  const text = 'D1 x from 15 to D2 y';
  const t = normalize(text);

  test('a year-less date takes the closest year; without reference the value is null', () => {
    expect(buildMentions(t, [day(0, 2, null, 11, 15)], { reference: '2019-12-02' }, SYNTAX)).toEqual([
      { start: 0, end: 2, text: 'D1', value: '2019-11-15', grain: 'day', inferred: true },
    ]);
    expect(buildMentions(t, [day(0, 2, null, 11, 15)], { reference: null }, SYNTAX)).toEqual([
      { start: 0, end: 2, text: 'D1', value: null, grain: 'day' },
    ]);
  });

  test('impossible dates are dropped', () => {
    expect(buildMentions(t, [day(0, 2, 2019, 2, 30)], { reference: null }, SYNTAX)).toEqual([]);
  });

  test('a bare day before a date makes a period with its month and year', () => {
    const got = buildMentions(t, [day(16, 18, 2015, 7, 20)], { reference: null }, SYNTAX);
    expect(got).toEqual([
      { start: 5, end: 18, text: 'from 15 to D2', value: '2015-07-15', grain: 'day', from: '2015-07-15', to: '2015-07-20' },
    ]);
  });

  test('two dates joined: the first borrows the year of the second', () => {
    const s = normalize('A to B');
    const got = buildMentions(s, [day(0, 1, null, 1, 1), day(5, 6, 2015, 7, 15)], { reference: null }, SYNTAX);
    expect(got).toEqual([{ start: 0, end: 6, text: 'A to B', value: '2015-01-01', grain: 'day', from: '2015-01-01', to: '2015-07-15' }]);
  });

  test('"and" joins only after an opener', () => {
    const s = normalize('A and B');
    expect(buildMentions(s, [day(0, 1, 2015, 1, 1), day(6, 7, 2015, 1, 2)], { reference: null }, SYNTAX)).toHaveLength(2);
    const s2 = normalize('between A and B');
    expect(buildMentions(s2, [day(8, 9, 2015, 1, 1), day(14, 15, 2015, 1, 2)], { reference: null }, SYNTAX)).toHaveLength(1);
  });
});

describe('periods: mixed grains, a day after a day, relative ends', () => {
  const SYN2: IntervalSyntax = { ...SYNTAX, dayAfter: /^\s*(?:-|to)\s*(\d{1,2})(?!\d)(?:,?\s+(\d{4}))?/ };
  const year = (start: number, end: number, y: number): DateAtom => ({ start, end, grain: 'year', date: { year: y, month: null, day: null, grain: 'year' } });
  const month = (start: number, end: number, y: number | null, m: number): DateAtom => ({
    start,
    end,
    grain: 'month',
    date: { year: y, month: m, day: null, grain: 'month' },
  });

  test('a year to a month: one period, each end at its own precision', () => {
    const s = normalize('from Y1 to M2');
    expect(buildMentions(s, [year(5, 7, 2014), month(11, 13, 2017, 4)], { reference: null }, SYN2)).toEqual([
      { start: 0, end: 13, text: 'from Y1 to M2', value: '2014', grain: 'year', from: '2014', to: '2017-04' },
    ]);
  });

  test('a bare day after a day that ends with its number: the same month, the year written after', () => {
    const s = normalize('Jul 13-15, 2020 x');
    expect(buildMentions(s, [day(0, 6, null, 7, 13)], { reference: null }, SYN2)).toEqual([
      { start: 0, end: 15, text: 'Jul 13-15, 2020', value: '2020-07-13', grain: 'day', from: '2020-07-13', to: '2020-07-15' },
    ]);
    // Not after a date ending with a year, nor with a smaller day.
    const s2 = normalize('Jul 13 - 9 x');
    expect(buildMentions(s2, [day(0, 6, 2020, 7, 13)], { reference: null }, SYN2)).toEqual([
      { start: 0, end: 6, text: 'Jul 13', value: '2020-07-13', grain: 'day' },
    ]);
  });

  test('an end named from the reference joins only with an opener; a closing "now" alone is dropped', () => {
    const now: DateAtom = { start: 9, end: 12, grain: 'day', date: { year: 2019, month: 12, day: 4, grain: 'day' }, relative: true, endOnly: true };
    const s = normalize('Y1 until now');
    expect(buildMentions(s, [year(0, 2, 2011), now], { reference: '2019-12-04' }, { ...SYN2, joiner: /^\s*(?:to|until)\s*$/ })).toEqual([
      { start: 0, end: 12, text: 'Y1 until now', value: '2011', grain: 'year', from: '2011', to: '2019-12-04' },
    ]);
    const s2 = normalize('up to now');
    expect(buildMentions(s2, [{ ...now, start: 6, end: 9 }], { reference: '2019-12-04' }, SYN2)).toEqual([]);
    const rel: DateAtom = { ...day(6, 7, 2019, 12, 2), relative: true };
    const s3 = normalize('Y1 to B');
    expect(buildMentions(s3, [year(0, 2, 2011), rel], { reference: '2019-12-04' }, SYN2)).toHaveLength(2);
  });
});

/** An operator atom ("the day after", "the first Monday after") that applies to the date after it. */
const op = (start: number, end: number, applies: DateAtom['applies']): DateAtom => ({
  start,
  end,
  grain: 'day',
  date: { year: null, month: null, day: null, grain: 'day' },
  relative: true,
  applies,
});
/** A day read relative to the reference. */
const rel = (start: number, end: number, y: number, m: number, d: number): DateAtom => ({ ...day(start, end, y, m, d), relative: true });

describe('operators on the date after them', () => {

  test('a count of units from a date named from the reference', () => {
    const s = normalize('3 days after X');
    expect(buildMentions(s, [op(0, 13, { shift: { count: 3, unit: 'day' } }), rel(13, 14, 2019, 12, 25)], { reference: '2019-12-04' }, SYNTAX)).toEqual([
      { start: 0, end: 14, text: '3 days after X', value: '2019-12-28', grain: 'day' },
    ]);
  });

  test('the week of a date: Monday to Sunday', () => {
    const s = normalize('week of X');
    expect(buildMentions(s, [op(0, 8, { weekOf: true }), rel(8, 9, 2019, 12, 4)], { reference: '2019-12-04' }, SYNTAX)).toEqual([
      { start: 0, end: 9, text: 'week of X', value: null, grain: 'day', from: '2019-12-02', to: '2019-12-08' },
    ]);
  });

  test('a written date keeps its own mention; an operator with no date after it is dropped', () => {
    const s = normalize('3 days after X');
    expect(buildMentions(s, [op(0, 13, { shift: { count: 3, unit: 'day' } }), day(13, 14, 2019, 11, 15)], { reference: null }, SYNTAX)).toEqual([
      { start: 13, end: 14, text: 'X', value: '2019-11-15', grain: 'day' },
    ]);
    expect(buildMentions(normalize('3 days after the'), [op(0, 13, { shift: { count: 3, unit: 'day' } })], { reference: null }, SYNTAX)).toEqual([]);
  });
});

describe('anaphoric atoms take the year (month) of the nearest date before them', () => {
  // A1 … A4 stand for written expressions; the atoms say what the readers made of them.
  const text = 'A1 A2 A3 A4';
  const t = normalize(text);
  const ctx = { reference: '2026-07-03' };
  const monthYear = (start: number, year: number | null, month: number): DateAtom => ({
    start,
    end: start + 2,
    grain: 'month',
    date: { year, month, day: null, grain: 'month' },
  });
  const thatYear: DateAtom = {
    start: 3,
    end: 5,
    grain: 'year',
    date: { year: null, month: null, day: null, grain: 'year' },
    relative: true,
    unresolved: true,
    anaphor: { unit: 'year', delta: 0 },
  };
  const values = (atoms: DateAtom[]) => buildMentions(t, atoms, ctx, SYNTAX).map((m) => [m.text, m.value, m.grain]);

  test.each<[string, DateAtom[], Array<[string, string | null, string]>]>([
    ['a year-less month with "that year"', [monthYear(0, 2019, 3), { ...monthYear(3, null, 10), anaphor: { unit: 'year', delta: 0 } }], [['A1', '2019-03', 'month'], ['A2', '2019-10', 'month']]],
    ['"the following year", read from the reference as 2027', [monthYear(0, 2019, 3), { ...thatYear, date: { ...thatYear.date, year: 2027 }, unresolved: false, anaphor: { unit: 'year', delta: 1 } }], [['A1', '2019-03', 'month'], ['A2', '2020', 'year']]],
    ['"later that year"', [monthYear(0, 2019, 3), thatYear], [['A1', '2019-03', 'month'], ['A2', '2019', 'year']]],
    ['"the same month"', [monthYear(0, 2019, 12), { ...thatYear, grain: 'month', anaphor: { unit: 'month', delta: 1 } }], [['A1', '2019-12', 'month'], ['A2', '2020-01', 'month']]],
    ['chained: an anaphor resolved is the next antecedent', [monthYear(0, 2019, 3), { ...thatYear, anaphor: { unit: 'year', delta: 1 } }, { ...thatYear, start: 6, end: 8, grain: 'month', anaphor: { unit: 'month', delta: 0 } }], [['A1', '2019-03', 'month'], ['A2', '2020', 'year'], ['A3', '2020-03', 'month']]],
    ['a weekday (a day from the reference) is no antecedent', [monthYear(0, 2019, 3), { start: 3, end: 5, grain: 'day', date: { year: 2026, month: 6, day: 29, grain: 'day', inferred: true }, relative: true }, { ...thatYear, start: 6, end: 8 }], [['A1', '2019-03', 'month'], ['A2', '2026-06-29', 'day'], ['A3', '2019', 'year']]],
    ['without an antecedent, "that year" is dropped', [thatYear], []],
    ['without an antecedent, a month keeps the reader\'s year', [{ ...monthYear(3, 2025, 10), anaphor: { unit: 'year', delta: -1 } }], [['A2', '2025-10', 'month']]],
  ])('%s', (_name, atoms, expected) => {
    expect(values(atoms)).toEqual(expected);
  });
});

describe('periods: opening "now", strong joiners, unresolved ends, written ordinal days', () => {
  const rel = (start: number, end: number, n: [number, number, number] | null, extra: Partial<DateAtom> = {}): DateAtom => ({
    start,
    end,
    grain: 'day',
    date: n ? { year: n[0], month: n[1], day: n[2], grain: 'day', inferred: true } : { year: null, month: null, day: null, grain: 'day' },
    relative: true,
    ...(n ? {} : { unresolved: true }),
    ...extra,
  });
  const syntax: IntervalSyntax = { ...SYNTAX, joiner: /^\s*(?:-|to|and|until)\s*$/, strongJoiner: /^\s*until\s*$/ };

  test('a startOnly "now" opens a period, and is dropped alone', () => {
    const t = normalize('between now and D2');
    const now = rel(8, 11, [2019, 5, 20], { startOnly: true });
    expect(buildMentions(t, [now, day(16, 18, 2019, 6, 15)], { reference: '2019-05-20' }, syntax)).toEqual([
      { start: 0, end: 18, text: 'between now and D2', value: '2019-05-20', grain: 'day', from: '2019-05-20', to: '2019-06-15', inferred: true },
    ]);
    expect(buildMentions(t, [now], { reference: '2019-05-20' }, syntax)).toEqual([]);
  });

  test('a strong joiner joins two relative days in order, without an opener', () => {
    const t = normalize('R1 until R2');
    expect(buildMentions(t, [rel(0, 2, [2019, 5, 20]), rel(9, 11, [2019, 5, 26])], { reference: '2019-05-20' }, syntax).map((m) => m.text)).toEqual(['R1 until R2']);
    // not when the second is before the first
    expect(buildMentions(t, [rel(0, 2, [2019, 5, 20]), rel(9, 11, [2019, 5, 12])], { reference: '2019-05-20' }, syntax).map((m) => m.text)).toEqual(['R1', 'R2']);
  });

  test('unresolved ends after an opener make one unresolved period', () => {
    const t = normalize('from R1 to R2');
    expect(buildMentions(t, [rel(5, 7, null), rel(11, 13, null)], { reference: null }, syntax)).toEqual([
      { start: 0, end: 13, text: 'from R1 to R2', value: null, grain: 'day', from: null, to: null },
    ]);
  });

  test('dayValue reads a written ordinal as a bare day', () => {
    const t = normalize('from ninth to D2');
    const s2: IntervalSyntax = { ...SYNTAX, bareDay: /(\d{1,2}|ninth)\s*(-|to|and)\s*$/, dayValue: (x) => (x === 'ninth' ? 9 : null) };
    expect(buildMentions(t, [day(14, 16, 2019, 4, 17)], { reference: null }, s2)).toEqual([
      { start: 0, end: 16, text: 'from ninth to D2', value: '2019-04-09', grain: 'day', from: '2019-04-09', to: '2019-04-17' },
    ]);
  });
});

describe('half-open periods (shared policy)', () => {
  const HALF: IntervalSyntax = {
    ...SYNTAX,
    halfOpen: { since: /\bsince\s+$/, after: /\bafter\s+$/, before: /\bbefore\s+$/, until: /\buntil\s+$/ },
  };
  const month = (start: number, end: number, year: number | null, m: number): DateAtom => ({ start, end, grain: 'month', date: { year, month: m, day: null, grain: 'month' } });
  const year = (start: number, end: number, y: number): DateAtom => ({ start, end, grain: 'year', date: { year: y, month: null, day: null, grain: 'year' } });
  const run = (text: string, atom: DateAtom, reference: string | null = '2019-12-02') =>
    buildMentions(normalize(text), [atom], { reference }, HALF).map((m) => [m.text, m.value, m.from, m.to, m.halfOpen]);

  test.each<[string, DateAtom, Array<unknown>]>([
    ['since D1', day(6, 8, null, 11, 15), ['D1', '2019-11-15', '2019-11-15', '2019-12-02', true]],
    ['since D1', day(6, 8, null, 12, 20), ['D1', '2018-12-20', '2018-12-20', '2019-12-02', true]],
    ['since Y1', year(6, 8, 2021), ['Y1', '2021', '2021', null, true]],
    ['after M1', month(6, 8, 2020, 12), ['M1', '2020-12', '2021-01', null, true]],
    ['before D1', day(7, 9, 2019, 3, 1), ['D1', '2019-03-01', null, '2019-02-28', true]],
    ['until Y1', year(6, 8, 2014), ['Y1', '2014', null, '2014', true]],
    ['before Y1', year(7, 9, 2014), ['Y1', '2014', null, '2013', true]],
  ])('%s', (text, atom, expected) => {
    expect(run(text, atom)).toEqual([expected]);
  });

  test('not a relative date, an operator\'s date nor one already a period of months', () => {
    expect(run('since D1', { ...day(6, 8, 2019, 12, 1), relative: true })).toEqual([['D1', '2019-12-01', undefined, undefined, undefined]]);
    const months: DateAtom = { ...month(6, 8, 2019, 3), to: { year: 2019, month: 5, day: null, grain: 'month' } };
    expect(run('since M1', months)).toEqual([['M1', '2019-03', '2019-03', '2019-05', undefined]]);
  });

  test('a part with its own days: "since" from its first day, "after" from the day after its last', () => {
    const part: DateAtom = { start: 6, end: 8, grain: 'month', date: { year: 2019, month: 3, day: 11, grain: 'day' }, to: { year: 2019, month: 3, day: 20, grain: 'day' } };
    expect(run('since P1', part)).toEqual([['P1', '2019-03', '2019-03-11', '2019-12-02', true]]);
    expect(run('after P1', part)).toEqual([['P1', '2019-03', '2019-03-21', null, true]]);
    expect(run('until P1', part)).toEqual([['P1', '2019-03', null, '2019-03-20', true]]);
  });
});

describe('periods whose closing end is itself a span of days', () => {
  test('from the first end\'s start to the second end\'s last day', () => {
    const text = 'from P1 to P2';
    const a: DateAtom = { start: 5, end: 7, grain: 'month', date: { year: 2019, month: 3, day: 11, grain: 'day' }, to: { year: 2019, month: 3, day: 20, grain: 'day' } };
    const b: DateAtom = { start: 11, end: 13, grain: 'month', date: { year: 2019, month: 4, day: 21, grain: 'day' }, to: { year: 2019, month: 4, day: 30, grain: 'day' } };
    expect(buildMentions(normalize(text), [a, b], { reference: '2019-12-02' }, SYNTAX).map((m) => [m.text, m.value, m.from, m.to])).toEqual([
      ['from P1 to P2', '2019-03', '2019-03-11', '2019-04-30'],
    ]);
  });
});

describe('day and week anaphors', () => {
  const text = 'D1 then N1 and W1';
  const anaphor = (start: number, end: number, unit: 'day' | 'week', delta: number, optional = false): DateAtom => ({
    start,
    end,
    grain: 'day',
    date: { year: null, month: null, day: null, grain: 'day' },
    relative: true,
    unresolved: true,
    ...(unit === 'week' ? { noValue: true } : {}),
    anaphor: { unit, delta },
    ...(optional ? { optional: true } : {}),
  });
  const run = (atoms: DateAtom[]) => buildMentions(normalize(text), atoms, { reference: '2019-12-02' }, SYNTAX).map((m) => [m.text, m.value, m.from, m.to]);

  test('counted from the day narrated before them (a week: its Monday–Sunday week)', () => {
    expect(run([day(0, 2, 2019, 3, 12), anaphor(8, 10, 'day', 1), anaphor(15, 17, 'week', 1)])).toEqual([
      ['D1', '2019-03-12', undefined, undefined],
      ['N1', '2019-03-13', undefined, undefined],
      ['W1', null, '2019-03-18', '2019-03-24'],
    ]);
  });

  test('a weekday named from the reference is a narrated day too', () => {
    expect(run([{ ...day(0, 2, 2019, 11, 29), relative: true }, anaphor(8, 10, 'day', -1)])).toEqual([
      ['D1', '2019-11-29', undefined, undefined],
      ['N1', '2019-11-28', undefined, undefined],
    ]);
  });

  test('without a narrated day: kept unresolved, or dropped when optional', () => {
    expect(run([anaphor(8, 10, 'day', 3)])).toEqual([['N1', null, undefined, undefined]]);
    expect(run([anaphor(8, 10, 'day', 1, true)])).toEqual([]);
  });
});

describe('reference fallbacks of anaphors, weekends, "the following Friday" (issue 6, round 4)', () => {
  const text = 'D1 then N1 and W1';
  const ref = '2019-12-04'; // a Wednesday
  const run = (atoms: DateAtom[]) => buildMentions(normalize(text), atoms, { reference: ref }, SYNTAX).map((m) => [m.text, m.value, m.from, m.to]);
  // "the same year" read as the reference's (2019) for want of an antecedent.
  const sameYear = (start: number): DateAtom => ({
    start,
    end: start + 2,
    grain: 'year',
    date: { year: 2019, month: null, day: null, grain: 'year' },
    relative: true,
    anaphor: { unit: 'year', delta: 0 },
    fallback: true,
  });
  // "that weekend" read as the reference week's (7–8 December 2019).
  const weekend = (start: number): DateAtom => ({
    start,
    end: start + 2,
    grain: 'day',
    date: { year: 2019, month: 12, day: 7, grain: 'day' },
    to: { year: 2019, month: 12, day: 8, grain: 'day' },
    relative: true,
    noValue: true,
    anaphor: { unit: 'week', delta: 0, weekend: true },
    fallback: true,
  });

  test.each<[string, DateAtom[], unknown[]]>([
    ['alone, the fallback stands', [sameYear(8)], [['N1', '2019', undefined, undefined]]],
    ['after a narrated year, it takes that year', [{ start: 0, end: 2, grain: 'year', date: { year: 2015, month: null, day: null, grain: 'year' } }, sameYear(8)], [['D1', '2015', undefined, undefined], ['N1', '2015', undefined, undefined]]],
    ['after a narrated day, a weekend is that day\'s', [day(0, 2, 2016, 3, 2), weekend(8)], [['D1', '2016-03-02', undefined, undefined], ['N1', null, '2016-03-05', '2016-03-06']]],
    ['after a narrated year it cannot take (no day), a weekend is dropped', [{ start: 0, end: 2, grain: 'year', date: { year: 2015, month: null, day: null, grain: 'year' } }, weekend(8)], [['D1', '2015', undefined, undefined]]],
    ['a fallback is no antecedent', [weekend(0), { ...sameYear(8), fallback: undefined, date: { year: null, month: null, day: null, grain: 'year' }, unresolved: true }], [['D1', null, '2019-12-07', '2019-12-08']]],
    [
      '"the following Friday" after a Tuesday is that week\'s Friday',
      [day(0, 2, 2016, 5, 3), { start: 8, end: 10, grain: 'day', date: { year: null, month: null, day: null, grain: 'day' }, relative: true, unresolved: true, anaphor: { unit: 'day', delta: 0, weekday: 4 } }],
      [['D1', '2016-05-03', undefined, undefined], ['N1', '2016-05-06', undefined, undefined]],
    ],
    [
      '"the following Friday" after a Friday is a week later',
      [day(0, 2, 2016, 5, 6), { start: 8, end: 10, grain: 'day', date: { year: null, month: null, day: null, grain: 'day' }, relative: true, unresolved: true, anaphor: { unit: 'day', delta: 0, weekday: 4 } }],
      [['D1', '2016-05-06', undefined, undefined], ['N1', '2016-05-13', undefined, undefined]],
    ],
  ])('%s', (_name, atoms, expected) => {
    expect(run(atoms)).toEqual(expected);
  });
});

describe('pairedOpener: "and" closes a period after "between" only', () => {
  const year = (start: number, y: number): DateAtom => ({ start, end: start + 4, grain: 'year', date: { year: y, month: null, day: null, grain: 'year' } });
  const syntax: IntervalSyntax = { ...SYNTAX, opener: /\b(?:between|from)\s+$/, pairedOpener: /\bbetween\s+$/ };
  const run = (text: string, atoms: DateAtom[]) => buildMentions(normalize(text), atoms, { reference: null }, syntax).map((m) => [m.text, m.value, m.to ?? null]);

  test.each<[string, unknown[]]>([
    ['from 2015 and 2016', [['2015', '2015', null], ['2016', '2016', null]]],
    ['between 2015 and 2016', [['between 2015 and 2016', '2015', '2016']]],
    ['from 2015 to 2016', [['from 2015 to 2016', '2015', '2016']]],
  ])('%s', (text, expected) => {
    const i = text.indexOf('2015');
    const j = text.indexOf('2016');
    expect(run(text, [year(i, 2015), year(j, 2016)])).toEqual(expected);
  });
});

describe('issue 6, round 7: a part of a week anaphor, the nth weekday after or before a date', () => {

  test.each<[string, 'early' | 'mid' | 'late' | 'end', string, string]>([
    ['early', 'early', '2019-03-18', '2019-03-20'],
    ['end', 'end', '2019-03-22', '2019-03-24'],
  ])('the %s of the week after the narrated day', (_name, part, from, to) => {
    const w: DateAtom = {
      start: 8,
      end: 10,
      grain: 'day',
      date: { year: null, month: null, day: null, grain: 'day' },
      relative: true,
      unresolved: true,
      noValue: true,
      anaphor: { unit: 'week', delta: 1, part },
    };
    // 12 March 2019 is a Tuesday.
    expect(buildMentions(normalize('D1 then W1'), [day(0, 2, 2019, 3, 12), w], { reference: '2019-12-02' }, SYNTAX).map((m) => [m.text, m.from, m.to])).toEqual([
      ['D1', undefined, undefined],
      ['W1', from, to],
    ]);
  });

  test.each<[number, number, string]>([
    [1, 2, '2019-12-31'], // the first Tuesday after Wednesday 25 December 2019
    [3, 2, '2020-01-14'],
    [-1, 5, '2019-12-20'], // the last Friday before it
    [-2, 3, '2019-12-11'], // the second Wednesday before it (not the day itself)
  ])('nth %i of weekday %i', (n, weekday, value) => {
    const s = normalize('nth after X');
    expect(buildMentions(s, [op(0, 10, { nthWeekday: { n, weekday } }), day(10, 11, 2019, 12, 25)], { reference: null }, SYNTAX)).toEqual([
      { start: 0, end: 11, text: 'nth after X', value, grain: 'day' },
    ]);
    // a date named from the reference too
    expect(buildMentions(s, [op(0, 10, { nthWeekday: { n, weekday } }), rel(10, 11, 2019, 12, 25)], { reference: '2019-12-02' }, SYNTAX)[0]!.value).toBe(value);
  });
});

describe('nextPeriod "start": the unit after the reference\'s own is its first day (round 8)', () => {
  const t = normalize('N1 x N2 y N3');
  const month: DateAtom = { start: 0, end: 2, grain: 'month', date: { year: 2024, month: 4, day: null, grain: 'month', inferred: true }, relative: true, nextUnit: true };
  const year: DateAtom = { start: 5, end: 7, grain: 'year', date: { year: 2025, month: null, day: null, grain: 'year', inferred: true }, relative: true, nextUnit: true };
  const week: DateAtom = { ...day(10, 12, 2024, 3, 18), to: { year: 2024, month: 3, day: 24, grain: 'day' }, noValue: true, relative: true, nextUnit: true };
  const values = (ctx: Parameters<typeof buildMentions>[2]) => buildMentions(t, [month, year, week], ctx, SYNTAX).map((m) => m.value ?? `${m.from}..${m.to}`);

  test.each<[string | undefined, string[]]>([
    [undefined, ['2024-04', '2025', '2024-03-18..2024-03-24']],
    ['whole', ['2024-04', '2025', '2024-03-18..2024-03-24']],
    ['start', ['2024-04-01', '2025-01-01', '2024-03-18']],
  ])('nextPeriod %s', (nextPeriod, expected) => {
    expect(values({ reference: '2024-03-13', ...(nextPeriod ? { nextPeriod: nextPeriod as 'whole' | 'start' } : {}) })).toEqual(expected);
  });

  test('an atom not marked, and a half-open one, keep their unit', () => {
    const plain: DateAtom = { ...month, nextUnit: undefined };
    const half: DateAtom = { ...month, half: 'until' };
    expect(buildMentions(t, [plain], { reference: '2024-03-13', nextPeriod: 'start' }, SYNTAX).map((m) => m.value)).toEqual(['2024-04']);
    expect(buildMentions(t, [half], { reference: '2024-03-13', nextPeriod: 'start' }, SYNTAX).map((m) => [m.value, m.to])).toEqual([['2024-04', '2024-04']]);
  });

  test.each<[string, string, string]>([
    ['سيعقد الاجتماع الشهر المقبل في الرياض.', '2024-04', '2024-04-01'],
    ['تبدأ الأعمال العام المقبل.', '2025', '2025-01-01'],
    ['قال إن الأسعار ارتفعت الشهر الماضي.', '2024-02', '2024-02'],
  ])('Arabic: %s', (sentence, whole, start) => {
    const value = (nextPeriod: 'whole' | 'start') => extractArabic(normalize(sentence), { reference: '2024-03-13', nextPeriod }).map((m) => m.value);
    expect(value('whole')).toEqual([whole]);
    expect(value('start')).toEqual([start]);
  });
});
