import { normalize } from '../../../src/text/normalize.js';
import type { DateAtom } from '../../../src/extract/dates/atom.js';
import { buildMentions, dropOverlaps } from '../../../src/extract/dates/build.js';
import type { IntervalSyntax } from '../../../src/extract/dates/interval.js';

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
