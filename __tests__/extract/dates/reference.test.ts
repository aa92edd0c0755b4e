import { pickReferenceDate, type ReferenceCandidate } from '../../../src/extract/dates/reference.js';

/** Candidates at the positions of `[[...]]`-free markers: each value placed where its text is. */
function at(text: string, ...values: Array<[string, string]>): ReferenceCandidate[] {
  return values.map(([needle, value]) => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length, value };
  });
}

describe('reference date rule', () => {
  test('1. the first full date of the head wins, even over later ones', () => {
    const text = 'Headline\nBy A. Writer, 3 March 2020\n\nBody on 9 May 2021.';
    expect(pickReferenceDate(text, at(text, ['3 March 2020', '2020-03-03'], ['9 May 2021', '2021-05-09']))).toBe('2020-03-03');
  });

  test('2. else the latest date standing at a line edge (caption, embed)', () => {
    const text = 'a\nb\nc\nIt began on 1 May 2018 in the city and more.\nA caption, 2 June 2019\nOld photo, 1 January 2000\n';
    const cands = at(text, ['1 May 2018', '2018-05-01'], ['2 June 2019', '2019-06-02'], ['1 January 2000', '2000-01-01']);
    expect(pickReferenceDate(text, cands)).toBe('2019-06-02');
  });

  test('3. else the latest full date', () => {
    const text = 'a\nb\nc\nIt began on 1 May 2018 and ended on 4 May 2018 in the city.';
    expect(pickReferenceDate(text, at(text, ['1 May 2018', '2018-05-01'], ['4 May 2018', '2018-05-04']))).toBe('2018-05-04');
  });

  test('none', () => {
    expect(pickReferenceDate('text', [])).toBeNull();
  });
});
