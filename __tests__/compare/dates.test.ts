import { compareDates, dateConflicts } from '../../src/compare/dates.js';
import type { Claim, ClaimCategory, DateMention, DocumentExtraction } from '../../src/types.js';

/** A document from its sentences: each is [text, claim category or null, dates as [text, ISO value]]. */
function doc(path: string, sentences: Array<[string, ClaimCategory | null, Array<[string, string]>]>): DocumentExtraction {
  const claims: Claim[] = [];
  const dates: DateMention[] = [];
  let at = 0;
  for (const [text, category, ds] of sentences) {
    const sentence = { start: at, end: at + text.length };
    if (category) claims.push({ category, qualifier: 'exact', value: 1, min: 1, max: 1, text: '1', start: at, end: at + 1, subject: null, source: null, sentence });
    for (const [t, value] of ds) {
      const k = text.indexOf(t);
      dates.push({ start: at + k, end: at + k + t.length, text: t, value, grain: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' });
    }
    at += text.length + 1;
  }
  return { path, language: { code: 'en', iso6393: 'eng', confidence: 1 }, claims, dates, entities: [], reference: null, length: at };
}

describe('dateConflicts: versions dating the same figures differently', () => {
  test('each version dates the deaths with a day the other never gives', () => {
    const a = doc('a', [['PARIS, Dec 2 — 600 were killed since 15 November.', 'deaths', [['Dec 2', '2019-12-02'], ['15 November', '2019-11-15']]]]);
    const b = doc('b', [['باريس 2 ديسمبر - قتل 600 منذ 16 نوفمبر.', 'deaths', [['2 ديسمبر', '2019-12-02'], ['16 نوفمبر', '2019-11-16']]]]);
    expect(dateConflicts([a, b])).toEqual([
      {
        category: 'deaths',
        grain: 'day',
        versions: [
          { path: 'a', values: ['2019-11-15'], mentions: ['15 November'] },
          { path: 'b', values: ['2019-11-16'], mentions: ['16 نوفمبر'] },
        ],
      },
    ]);
  });

  test('no conflict when both give the same date', () => {
    const a = doc('a', [['Killed since 15 November.', 'deaths', [['15 November', '2019-11-15']]]]);
    const b = doc('b', [['قتل منذ 15 نوفمبر.', 'deaths', [['15 نوفمبر', '2019-11-15']]]]);
    expect(dateConflicts([a, b])).toEqual([]);
  });

  test('no conflict when the other date is given elsewhere in the other version', () => {
    const a = doc('a', [
      ['Killed since 15 November.', 'deaths', [['15 November', '2019-11-15']]],
      ['Protests began on 16 November.', null, [['16 November', '2019-11-16']]],
    ]);
    const b = doc('b', [['قتل منذ 16 نوفمبر.', 'deaths', [['16 نوفمبر', '2019-11-16']]]]);
    expect(dateConflicts([a, b])).toEqual([]);
  });

  test('different grains, other categories, undated figures and lone versions are no conflict', () => {
    const a = doc('a', [['600 were killed in 2019.', 'deaths', [['2019', '2019']]], ['12 arrested on 3 May.', 'arrests', [['3 May', '2019-05-03']]]]);
    const b = doc('b', [['قتل 600 في نوفمبر 2019.', 'deaths', [['نوفمبر 2019', '2019-11']]], ['اعتقل 12.', 'arrests', []]]);
    expect(dateConflicts([a, b])).toEqual([]);
    expect(dateConflicts([a])).toEqual([]);
  });

  test('three versions: each lists its dates that another version never gives', () => {
    const s = (d: string, v: string): Array<[string, ClaimCategory | null, Array<[string, string]>]> => [[`Killed since ${d}.`, 'deaths', [[d, v]]]];
    const r = dateConflicts([doc('a', s('15 November', '2019-11-15')), doc('b', s('15 November', '2019-11-15')), doc('c', s('16 November', '2019-11-16'))]);
    expect(r).toHaveLength(1);
    expect(r[0]!.versions.map((v) => v.values)).toEqual([['2019-11-15'], ['2019-11-15'], ['2019-11-16']]);
  });
});

describe('compareDates', () => {
  test('one row per resolved value, in date order, with each version’s mentions', () => {
    const a = doc('a', [['On 2 December and 15 November.', null, [['2 December', '2019-12-02'], ['15 November', '2019-11-15']]]]);
    const b = doc('b', [['في 2 ديسمبر.', null, [['2 ديسمبر', '2019-12-02']]]]);
    const rows = compareDates([a, b]);
    expect(rows.map((r) => [r.value, r.in])).toEqual([
      ['2019-11-15', ['a']],
      ['2019-12-02', ['a', 'b']],
    ]);
    expect(rows[1]!.versions).toEqual([
      { path: 'a', mentions: ['2 December'] },
      { path: 'b', mentions: ['2 ديسمبر'] },
    ]);
  });

  test('an interval ("next week") is one row keyed by its ISO interval; unresolved dates have none', () => {
    const a = doc('a', []);
    a.dates.push({ start: 0, end: 9, text: 'next week', value: null, grain: 'day', from: '2019-12-09', to: '2019-12-15', inferred: true });
    a.dates.push({ start: 10, end: 21, text: '15 November', value: null, grain: 'day' });
    const b = doc('b', []);
    b.dates.push({ start: 0, end: 15, text: 'الأسبوع المقبل', value: null, grain: 'day', from: '2019-12-09', to: '2019-12-15', inferred: true });
    expect(compareDates([a, b]).map((r) => [r.value, r.in])).toEqual([['2019-12-09/2019-12-15', ['a', 'b']]]);
  });

  test('a half-open period is keyed by its named date; one without a value by its open ISO interval', () => {
    const a = doc('a', []);
    a.dates.push({ start: 0, end: 11, text: '15 November', value: '2019-11-15', grain: 'day', from: '2019-11-15', to: '2019-12-02', halfOpen: true });
    a.dates.push({ start: 12, end: 16, text: '2014', value: '2014', grain: 'year', from: null, to: '2013', halfOpen: true });
    a.dates.push({ start: 17, end: 20, text: 'x', value: null, grain: 'day', from: '2019-06-01', to: null, halfOpen: true });
    a.dates.push({ start: 21, end: 22, text: 'y', value: null, grain: 'day', from: null, to: '2019-06-30', halfOpen: true });
    const b = doc('b', []);
    b.dates.push({ start: 0, end: 9, text: '15 نوفمبر', value: '2019-11-15', grain: 'day', from: '2019-11-15', to: null, halfOpen: true });
    expect(compareDates([a, b]).map((r) => [r.value, r.in])).toEqual([
      ['../2019-06-30', ['a']],
      ['2014', ['a']],
      ['2019-06-01/..', ['a']],
      ['2019-11-15', ['a', 'b']],
    ]);
  });
});

describe('dateConflicts: half-open periods', () => {
  test('"since" one day beside the figures in one version and another day in the other is a conflict', () => {
    const a = doc('a', [['Some 600 were killed since 15 November.', 'deaths', [['15 November', '2019-11-15']]]]);
    const b = doc('b', [['قتل 600 منذ 16 نوفمبر.', 'deaths', [['16 نوفمبر', '2019-11-16']]]]);
    a.dates[0] = { ...a.dates[0]!, from: '2019-11-15', to: '2019-12-02', halfOpen: true };
    b.dates[0] = { ...b.dates[0]!, from: '2019-11-16', to: null, halfOpen: true };
    expect(dateConflicts([a, b]).map((c) => [c.category, c.grain, c.versions.map((v) => v.values)])).toEqual([
      ['deaths', 'day', [['2019-11-15'], ['2019-11-16']]],
    ]);
  });
});
