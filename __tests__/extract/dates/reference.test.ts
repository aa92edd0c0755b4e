import { pickReferenceDate, publicationCue, type ReferenceCandidate } from '../../../src/extract/dates/reference.js';

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

  test('a date of the running text is never the reference', () => {
    const text = 'a\nb\nc\nIt began on 1 May 2018 and ended on 4 May 2018 in the city.';
    expect(pickReferenceDate(text, at(text, ['1 May 2018', '2018-05-01'], ['4 May 2018', '2018-05-04']))).toBeNull();
  });

  const CUE = publicationCue(['published', 'updated', 'date', 'نشر', 'آخر تحديث']);
  test.each<[string, string, string, string | null]>([
    // a dateline near the start of the lead's first sentence
    ['lead dateline', 'LAGOS, 4 August 2027 - Storms hit the coast. More followed.', '4 August 2027', '2027-08-04'],
    ['Arabic dateline', 'لاغوس - 4 آب/أغسطس 2027 - ضربت العواصف الساحل.', '4 آب/أغسطس 2027', '2027-08-04'],
    // a background date in the lead's second sentence
    ['second sentence of the lead', 'Storms hit the coast. A year ago, on 9 May 2026, floods came.\nMore.', '9 May 2026', null],
    ['Arabic second sentence', 'ضربت العواصف الساحل. وقبل عام، في 9 أيار/مايو 2026، جاءت الفيضانات.', '9 أيار/مايو 2026', null],
    // a background date in the first sentence, but deep in a long lead
    [
      'deep in a long lead',
      'Storms that forecasters had been warning about for many days hit the low-lying coast again, a year after the floods that began on 9 May 2026 and lasted weeks',
      '9 May 2026',
      null,
    ],
    // a date line under the title
    ['date line', 'Storms hit the coast\nWednesday 4 August 2027\n\nBody text.', '4 August 2027', '2027-08-04'],
    // a paragraph further down, even at its line's end
    ['paragraph end', 'Title\n\nLead sentence here is long enough.\n\nBackground.\n\nThe floods began on 9 May 2026.', '9 May 2026', null],
    // a publication line further down
    ['publication line', 'Title\n\nLead.\n\nMore.\n\nMore text.\nPublished on Friday, 6 August 2027', '6 August 2027', '2027-08-06'],
    ['publication cue after a byline', 'T\nA\nB\nBody.\nBy A. Writer | Updated: 6 August 2027 10:00', '6 August 2027', '2027-08-06'],
    ['Arabic publication line', 'عنوان\n\nنص.\n\nنص آخر.\n\nتتمة.\nنشر في 6 آب/أغسطس 2027', '6 آب/أغسطس 2027', '2027-08-06'],
    ['a cue word opening running text is no cue', 'T\nA\nB\nBody.\nDate palms were planted on 6 August 2027.', '6 August 2027', null],
    ['a verb in running text is no cue', 'T\nA\nB\nBody.\nThe toll was updated on 6 August 2027 by officials who spoke.', '6 August 2027', null],
    // the cue words are looked for first (case-insensitively, as the cue): none, no cue
    ['an upper-case cue', 'T\nA\nB\nBody.\nPUBLISHED: 6 August 2027', '6 August 2027', '2027-08-06'],
    ['no cue word on the line', 'T\nA\nB\nBody.\nPosted: 6 August 2027 by the desk, with more words after it', '6 August 2027', null],
  ])('%s', (_name, text, needle, expected) => {
    // With `expected` null, the candidate's value is a marker that must not come out.
    expect(pickReferenceDate(text, at(text, [needle, expected ?? '2000-01-01']), CUE)).toBe(expected);
  });

  test('a cue of its own (not from publicationCue) is used as is', () => {
    const text = 'T\nA\nB\nBody.\nPosted: 6 August 2027 by the desk, with more words after it';
    expect(pickReferenceDate(text, at(text, ['6 August 2027', '2027-08-06']), /posted\W*$/i)).toBe('2027-08-06');
  });

  test('none', () => {
    expect(pickReferenceDate('text', [])).toBeNull();
  });
});
