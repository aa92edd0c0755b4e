import { normalize } from '../../../src/text/normalize.js';
import { extractDates, findReferenceDate } from '../../../src/lang/en/dates.js';
import type { DateMention } from '../../../src/types.js';
import { fixture } from '../../helpers.js';

const REF = '2019-12-02'; // a Monday

function dates(s: string, reference: string | null = REF): DateMention[] {
  return extractDates(normalize(s), { reference });
}

/** [text, value, grain] of each mention. */
function brief(s: string, reference: string | null = REF): Array<[string, string | null, string]> {
  return dates(s, reference).map((m) => [m.text, m.value, m.grain]);
}

describe('English dates: absolute forms', () => {
  test.each<[string, string, string, string]>([
    ['The talks opened on Dec 2, 2019 in Geneva.', 'Dec 2, 2019', '2019-12-02', 'day'],
    ['Polls closed on 2 December 2019 at dusk.', '2 December 2019', '2019-12-02', 'day'],
    ['It was signed on December 2, 2019, in Oslo.', 'December 2, 2019', '2019-12-02', 'day'],
    ['The memo is dated Sept. 16, 2022.', 'Sept. 16, 2022', '2022-09-16', 'day'],
    ['The ruling came on the 3rd of March 2016.', '3rd of March 2016', '2016-03-03', 'day'],
    ['The form was dated 12/02/2019.', '12/02/2019', '2019-12-02', 'day'],
    ['A later form was dated 13/02/2019.', '13/02/2019', '2019-02-13', 'day'],
    ['The file was stamped 2019-12-02 by the clerk.', '2019-12-02', '2019-12-02', 'day'],
    ['Turnout fell in November 2019 to a record low.', 'November 2019', '2019-11', 'month'],
    ['The council was founded in 1948 by decree.', '1948', '1948', 'year'],
    ['Unrest has not stopped since 2017, officials said.', '2017', '2017', 'year'],
    ['Nothing changed after the 1979 revolution.', '1979', '1979', 'year'],
    ['Figures for the year (2018) were revised.', '2018', '2018', 'year'],
  ])('%s', (sentence, text, value, grain) => {
    expect(brief(sentence)).toEqual([[text, value, grain]]);
  });

  test('a weekday in front belongs to the date', () => {
    expect(brief('Monday, December 2, 2019 was cold.')).toEqual([['Monday, December 2, 2019', '2019-12-02', 'day']]);
  });
});

describe('English dates: year taken from the reference', () => {
  test('day and month: the year closest to the reference, marked inferred', () => {
    const [m] = dates('Marches have gone on since November 15.');
    expect(m).toMatchObject({ text: 'November 15', value: '2019-11-15', grain: 'day', inferred: true });
    expect(dates('The vote is set for January 5.')[0]).toMatchObject({ value: '2020-01-05', inferred: true });
  });

  test('without a reference the grain and text are kept, value null', () => {
    expect(dates('Marches have gone on since November 15.', null)).toEqual([
      { start: 27, end: 38, text: 'November 15', value: null, grain: 'day' },
    ]);
  });

  test.each<[string, string, string | null]>([
    ['The uprising in November shook the capital.', 'November', '2019-11'],
    ['Fuel prices jumped in early December, traders said.', 'early December', '2019-12'],
    ['The crackdown began in mid-September.', 'mid-September', '2019-09'],
    ['The plan is due by the end of February.', 'February', '2020-02'],
    ['In last May, the court ruled twice.', 'last May', '2019-05'],
    ['They meet again next March.', 'next March', '2020-03'],
  ])('a month named alone: %s', (sentence, text, value) => {
    expect(brief(sentence)).toEqual([[text, value, 'month']]);
  });

  test.each([
    'You may want to read it twice.',
    'They may 5 times refuse.',
    'As many as 10 may have died in the fire.',
    'Some 20 march on the palace every week.',
    'The March for Peace drew crowds.',
    'Organisers plan a march through the city.',
    'November rain fell on the square.',
  ])('not a month: %s', (sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
});

describe('English dates: counts, ordinals and times are not dates', () => {
  test.each([
    "Jean Dupont, Mayor of Paris' 1st District, spoke first.",
    'The 2nd District voted last.',
    'Police said 12,000 arrested youths were held.',
    'Some 2019 protesters were detained overnight.',
    'Officials counted about 1500 people in the square.',
    'The convoy crossed 2000 villages.',
    'The bill costs $2019 per household.',
    'Turnout reached 2019% of the forecast.',
    'The meeting starts at 5pm sharp.',
    'He was on flight 1948 to Doha.',
    'Half of them, 1/2 of the group, left.',
  ])('%s', (sentence) => {
    expect(brief(sentence)).toEqual([]);
  });

  test('a clock time next to a weekday leaves only the day', () => {
    expect(brief('The vote closed at 10:30 on Tuesday.').map(([, v, g]) => [v, g])).toEqual([['2019-11-26', 'day']]);
  });
});

describe('English dates: relative expressions', () => {
  const WED = '2019-12-04';
  test.each<[string, string, string | null]>([
    ['Officials spoke on Monday about the toll.', 'Monday', '2019-12-02'],
    ['The minister will visit on Friday.', 'Friday', '2019-12-06'],
    ['It happened last Tuesday near the port.', 'last Tuesday', '2019-12-03'],
    ['Shops reopened yesterday after the strike.', 'yesterday', '2019-12-03'],
    ['We are all here today to support them.', 'today', '2019-12-04'],
    ['A rally is planned for tomorrow.', 'tomorrow', '2019-12-05'],
    ['Two days ago the border closed.', 'Two days ago', '2019-12-02'],
    ['The tally grew last month.', 'last month', '2019-11'],
    ['Exports fell last year, the bank said.', 'last year', '2018'],
    ['Three days later, police returned.', 'Three days later', null],
  ])('%s', (sentence, text, value) => {
    const got = dates(sentence, WED);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ text, value });
  });

  test('a week is a period: value null, from/to its days', () => {
    expect(dates('Last week the council voted.', WED)[0]).toMatchObject({
      text: 'Last week',
      value: null,
      grain: 'day',
      from: '2019-11-25',
      to: '2019-12-01',
    });
    expect(dates('He flies out on Friday next week.', WED)[0]).toMatchObject({ value: '2019-12-13', grain: 'day' });
  });

  test('a weekday restating "yesterday" is one mention', () => {
    expect(brief('The quake struck yesterday evening, Friday, near the coast.', '2019-12-07')).toEqual([
      ['yesterday evening, Friday', '2019-12-06', 'day'],
    ]);
  });

  test('without a reference relative dates are never guessed from the clock', () => {
    for (const m of dates('On Monday, yesterday and last week were all quiet.', null)) expect(m.value).toBeNull();
    expect(dates('On Monday it rained.', null)).toHaveLength(1);
  });
});

describe('English dates: periods', () => {
  test.each<[string, string, string, string, string]>([
    ['Talks ran from 15 to 20 November in Geneva.', 'from 15 to 20 November', '2019-11-15', '2019-11-15', '2019-11-20'],
    ['The fair runs 15-20 November each year.', '15-20 November', '2019-11-15', '2019-11-15', '2019-11-20'],
    ['Voting is between 15 and 20 November.', 'between 15 and 20 November', '2019-11-15', '2019-11-15', '2019-11-20'],
    ['Executions rose from 3 February to 20 April 2016.', 'from 3 February to 20 April 2016', '2016-02-03', '2016-02-03', '2016-04-20'],
    ['Prices doubled between 2019 and 2021, a study found.', 'between 2019 and 2021', '2019', '2019', '2021'],
    ['The 2014-2018 plan failed.', '2014-2018', '2014', '2014', '2018'],
  ])('%s', (sentence, text, value, from, to) => {
    const got = dates(sentence);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ text, value, from, to });
  });

  test('a decade is a period of years without a single value', () => {
    expect(dates('Inflation soared in the 1980s.')[0]).toMatchObject({ text: '1980s', value: null, grain: 'year', from: '1980', to: '1989' });
  });
});

describe('English dates: offsets', () => {
  test('spans index the original text, sorted and disjoint', () => {
    const s = 'Paris’ “rally” on Dec 2, 2019 — and a march in November, as in 1948…';
    const got = dates(s);
    expect(got.map((m) => m.text)).toEqual(['Dec 2, 2019', 'November', '1948']);
    for (const m of got) expect(s.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < got.length; i++) expect(got[i]!.start).toBeGreaterThanOrEqual(got[i - 1]!.end);
  });
});

describe('English reference date', () => {
  test.each<[string, string | null]>([
    ['PARIS, Dec 2, 2019 — Thousands marched on Monday.', '2019-12-02'],
    ['Crowds gathered.\n\nBy Jane Roe | 3 March 2020\n\nIn 2015 and on 1 June 2018 it was calm.', '2020-03-03'],
    ['No date here.\n\nOr here.\n\nOr here.\n\nA photo caption, 1 June 2018\n\nIt began on 5 May 2016 and ended 7 May 2016 in the body.', '2018-06-01'],
    // dates of the running text further down date events, not the document
    ['a\n\nb\n\nc\n\nThe fight ran from 5 May 2016 to a deal signed on 7 June 2017 at night.', null],
    ['Storm season\n\nRains flooded the valley on Tuesday, officials said. Last year, on 12 June 2025, a dam broke.', null],
    ['Rains flooded the valley.\n\nThe dam broke on 12 June 2025.\n\nRepairs began on 3 August 2025.', null],
    ['KAMPALA, 8 July 2026 (Wire) - Rains flooded the valley. Last year, on 12 June 2025, a dam broke.', '2026-07-08'],
    ['Rains flood the valley\nPublished 8 July 2026\n\nThe dam broke on 12 June 2025.', '2026-07-08'],
    ['Rains flooded the valley.\n\nThe dam broke on 12 June 2025.\n\nMore.\n\nFirst published on 8 July 2026', '2026-07-08'],
    ['Protests began on November 15 and spread in 2019.', null],
    ['Nothing to see.', null],
  ])('%#', (text, expected) => {
    expect(findReferenceDate(normalize(text))).toBe(expected);
  });
});

describe('English seed document', () => {
  const text = fixture('paris-rally-2019.en.txt');
  const t = normalize(text);

  test('its own date', () => {
    expect(findReferenceDate(t)).toBe('2019-12-02');
  });

  test('the gold dates, and no ordinal district', () => {
    const got = extractDates(t, { reference: '2019-12-02' });
    const pairs = got.map((m) => [m.text, m.value, m.grain]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['November 15', '2019-11-15', 'day'],
        ['1948', '1948', 'year'],
        ['Dec 2, 2019', '2019-12-02', 'day'],
        ['December 2, 2019', '2019-12-02', 'day'],
        ['November', '2019-11', 'month'],
      ]),
    );
    expect(got.some((m) => /District|12,000|600/.test(m.text))).toBe(false);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('English dates: added forms (issue 6)', () => {
  const WED = '2019-12-04';
  /** [text, value or from..to] of each mention. */
  const short = (s: string, ctx: Partial<Parameters<typeof extractDates>[1]> = {}) =>
    extractDates(normalize(s), { reference: WED, ...ctx }).map((m) => [m.text, m.value ?? `${m.from}..${m.to}`]);

  test.each<[string, string, string]>([
    ['Aid convoys left the depot four days ago.', 'four days ago', '2019-11-30'],
    ['The envoy arrived 10 days ago in the capital.', '10 days ago', '2019-11-24'],
    ['The ceasefire was signed two weeks ago.', 'two weeks ago', '2019-11-20'],
    ['Ballots will be counted in three days, the board said.', 'in three days', '2019-12-07'],
    ['A fresh audit is due two weeks from now.', 'two weeks from now', '2019-12-18'],
    ['Loans rose over the past two years.', 'past two years', '2017-12-04..2019-12-03'],
    ['Deliveries resume over the next 3 days.', 'next 3 days', '2019-12-05..2019-12-07'],
    ['Profits slipped in the third quarter of 2018.', 'third quarter of 2018', '2018-07..2018-09'],
    ['Exports recovered in Q2 2017 after the floods.', 'Q2 2017', '2017-04..2017-06'],
    ['Orders dropped in 2016Q1, the filing shows.', '2016Q1', '2016-01..2016-03'],
    ['Targets for next quarter were cut.', 'next quarter', '2020-01..2020-03'],
    ['Shops stay shut on Christmas Day.', 'Christmas Day', '2019-12-25'],
    ['The truce held until Easter 2016.', 'Easter 2016', '2016-03-27'],
    ['Crowds marched on Thanksgiving 2018 downtown.', 'Thanksgiving 2018', '2018-11-22'],
    ['Prices peaked before Eid al-Adha 2019 in the market.', 'Eid al-Adha 2019', '2019-08-11'],
    ['Curfews eased during Ramadan 2019 in the city.', 'Ramadan 2019', '2019-05-06..2019-06-03'],
    ['the summit opens march 3rd, 2021 in oslo', 'march 3rd, 2021', '2021-03-03'],
    ['talks resume on the 9th of march in geneva', '9th of march', '2020-03-09'],
  ])('%s', (sentence, text, value) => {
    expect(short(sentence)).toEqual([[text, value]]);
  });

  test.each<string>([
    'As many as 20 may 10 times have tried.',
    'They march 3 miles each day.',
    'The shelter was the highest in two years.',
    'Three days after the raid, police returned.',
    'The team scored in the fourth quarter.',
    'Crowds cheered at Chinese New Year in the port.',
    'The score was 2/15 at half-time.',
  ])('no date: %s', (sentence) => {
    expect(short(sentence).filter(([, v]) => v !== 'null..null' && v !== null)).toEqual([]);
  });

  test('"Three days after the raid" is not anchored to the reference', () => {
    expect(short('Three days after the raid, police returned.').every(([, v]) => v === null || v === 'null..null')).toBe(true);
  });

  test('prefer: a bare weekday and a year-less date follow the caller\'s side of the reference', () => {
    const s = 'The board meets on Friday to discuss the March 2 filing.';
    expect(short(s)).toEqual([['Friday', '2019-11-29'], ['March 2', '2020-03-02']]);
    expect(short(s, { prefer: 'future' })).toEqual([['Friday', '2019-12-06'], ['March 2', '2020-03-02']]);
    expect(short(s, { prefer: 'past' })).toEqual([['Friday', '2019-11-29'], ['March 2', '2019-03-02']]);
    // The same weekday as the reference is a week later when the future is preferred.
    expect(short('They vote on Wednesday.', { prefer: 'future' })).toEqual([['Wednesday', '2019-12-11']]);
  });

  test('shortNumeric: month/day without a year only on request', () => {
    expect(short('The form is dated 4/22 in the file.')).toEqual([]);
    expect(short('The form is dated 4/22 in the file.', { shortNumeric: true })).toEqual([['4/22', '2020-04-22']]);
    expect(short('The form is dated 22/4 in the file.', { shortNumeric: true, prefer: 'past' })).toEqual([['22/4', '2019-04-22']]);
    expect(short('Output for 3/2015 was flat.', { shortNumeric: true })).toEqual([['3/2015', '2015-03']]);
    expect(short('The ferry leaves at 4.22 sharp.', { shortNumeric: true })).toEqual([]);
  });

  test('nextWeekday: "next Friday" is the coming one, or that of next week on request', () => {
    expect(short('The envoy lands next Thursday.')).toEqual([['next Thursday', '2019-12-05']]);
    expect(short('The envoy lands next Thursday.', { nextWeekday: 'week' })).toEqual([['next Thursday', '2019-12-12']]);
    expect(short('The vote was held the previous Monday.')).toEqual([['previous Monday', '2019-12-02']]);
  });

  test('nth weekday of a month', () => {
    expect(short('Polls open on the first Monday of March.')).toEqual([['the first Monday of March', '2020-03-02']]);
    expect(short('It closed the last Friday in June 2018.')).toEqual([['the last Friday in June 2018', '2018-06-29']]);
    expect(short('The panel sits the second Tuesday of next month.')).toEqual([['the second Tuesday of next month', '2020-01-14']]);
  });

  test('a day of a month named from the reference', () => {
    expect(short('Rent is due on the 10th of next month.')).toEqual([['the 10th of next month', '2020-01-10']]);
    expect(short('The fee was paid on the 3rd of this month.')).toEqual([['the 3rd of this month', '2019-12-03']]);
    // 31 November does not exist: not a date.
    expect(short('Rent was due on the 31st of last month.')).toEqual([]);
  });

  test('a span of years with "to" or "through"', () => {
    expect(short('Output grew 1990 through 2005 in the region.')).toEqual([['1990 through 2005', '1990']]);
  });

  test('holidays: last/next and the closest occurrence', () => {
    expect(short('Sales fell after last Christmas.')).toEqual([['last Christmas', '2018-12-25']]);
    expect(short('Sales will rise by next Easter.')).toEqual([['next Easter', '2020-04-12']]);
    expect(short('The market was calm at Halloween.')).toEqual([['Halloween', '2019-10-31']]);
  });
});

describe('English dates: periods, month-first dates, days and offsets (issue 6, part 2)', () => {
  // Reference: Wednesday 4 December 2019.
  const REF2 = '2019-12-04';
  const rows = (s: string, ctx: Partial<Parameters<typeof extractDates>[1]> = {}) =>
    extractDates(normalize(s), { reference: REF2, ...ctx }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);

  test.each<[string, string, string | null, string | null, string | null]>([
    // Periods whose ends have different grains are one mention.
    ['Wages froze between 2011 and March 2014, the union said.', 'between 2011 and March 2014', '2011', '2011', '2014-03'],
    ['The mandate ran from 2008 to June 3, 2012 without a break.', 'from 2008 to June 3, 2012', '2008', '2008', '2012-06-03'],
    ['Exports slumped from February to august 2016 in the north.', 'from February to august 2016', '2016-02', '2016-02', '2016-08'],
    ['Rains lasted from May to July in 2018 across the valley.', 'from May to July in 2018', '2018-05', '2018-05', '2018-07'],
    ['Records cover 2003~2007 only.', '2003~2007', '2003', '2003', '2007'],
    // Bare days joined to a full day, either side.
    ['Talks ran from the 9th to the 12th of October 2017.', 'from the 9th to the 12th of October 2017', '2017-10-09', '2017-10-09', '2017-10-12'],
    ['The fair runs August 21 through 24, 2020.', 'August 21 through 24, 2020', '2020-08-21', '2020-08-21', '2020-08-24'],
    ['Voting ran Oct 30-Nov 2, 2014 in the east.', 'Oct 30-Nov 2, 2014', '2014-10-30', '2014-10-30', '2014-11-02'],
    ['Strikes are planned from 6 to 9 next month.', 'from 6 to 9 next month', '2020-01-06', '2020-01-06', '2020-01-09'],
  ])('%s', (s, text, value, from, to) => {
    expect(rows(s)).toEqual([[text, value, from, to]]);
  });

  test.each<[string, string, string]>([
    // Month before day, written ordinals, a year after "in"/"of".
    ['The decree took effect on Sept 14 in the capital.', 'Sept 14', '2019-09-14'],
    ['It was first signed on October the twenty-second 1998.', 'October the twenty-second 1998', '1998-10-22'],
    ['The vote was held on the fifth of May, 2011.', 'the fifth of May, 2011', '2011-05-05'],
    ['The camp opened on 17 March in 2015 after the floods.', '17 March in 2015', '2015-03-17'],
    ['The camp closed in April of 2016.', 'April of 2016', '2016-04'],
    // A day of the month alone takes the closest month; with a weekday, the month where it falls so.
    ['Payments resume on the 20th.', 'the 20th', '2019-11-20'],
    ['The next hearing is on the 6th, officials said.', 'the 6th', '2019-12-06'],
    ['The strike began on Tuesday the 19th.', 'Tuesday the 19th', '2019-11-19'],
    // Counted offsets from the reference.
    ['Prices doubled two months ago.', 'two months ago', '2019-10-04'],
    ['The plant closed three years ago.', 'three years ago', '2016'],
    ['The trial opens three days after tomorrow.', 'three days after tomorrow', '2019-12-08'],
    ['The boat sank two days before yesterday.', 'two days before yesterday', '2019-12-01'],
    ['The mission will end in six months.', 'in six months', '2020-06-04'],
  ])('%s', (s, text, value) => {
    expect(rows(s).map((r) => [r[0], r[1]])).toEqual([[text, value]]);
  });

  test.each<string>([
    'Art of the 15th century fills the hall.',
    'He represents the 2nd District in the assembly.',
    'They live on the second floor.',
    'The team came in the 27 teams ranking.',
  ])('no date: %s', (s) => {
    expect(rows(s)).toEqual([]);
  });

  test('a span of years at the very start of the text', () => {
    expect(rows('2014-2018: output doubled.')).toEqual([['2014-2018', '2014', '2014', '2018']]);
  });

  test('a count before "this month" is not its day', () => {
    expect(rows('At least 22 this month were detained.')).toEqual([['this month', '2019-12', null, null]]);
  });

  test.each<[string, string, string | null, string | null, string | null]>([
    ['Growth slowed in the previous month.', 'previous month', '2019-11', null, null],
    ['Elections are due the year after next.', 'the year after next', '2021', null, null],
    ['The court sits again the day after tomorrow.', 'the day after tomorrow', '2019-12-06', null, null],
    ['Shops shut for the rest of the week.', 'the rest of the week', null, '2019-12-04', '2019-12-08'],
    ['Talks resume early next week.', 'early next week', null, '2019-12-09', '2019-12-11'],
    ['Funds run out by the end of the month.', 'the end of the month', '2019-12', '2019-12-21', '2019-12-31'],
    ['Unrest grew late last year.', 'late last year', '2018', '2018-09-01', '2018-12-31'],
    ['Rents have risen since 2015 until now.', '2015 until now', '2015', '2015', '2019-12-04'],
    ['The band peaked in the 80s.', '80s', null, '1980', '1989'],
    ['Shops close on Black Friday.', 'Black Friday', '2019-11-29', null, null],
  ])('%s', (s, text, value, from, to) => {
    expect(rows(s)).toEqual([[text, value, from, to]]);
  });

  test.each<[string, string, string | null, string | null, string | null]>([
    // A written month or year with a part inside a period keeps its own value.
    ['Schools stayed shut from 2016 to the end of 2018.', 'from 2016 to the end of 2018', '2016', '2016', '2018'],
    ['The road will be closed from April until the end of June.', 'from April until the end of June', '2020-04', '2020-04', '2020-06'],
    // Halves and quarters written with Q/H.
    ['Profits rose in H1 2019, the bank said.', 'H1 2019', null, '2019-01', '2019-06'],
    ['Output fell in 2018-Q3.', '2018-Q3', null, '2018-07', '2018-09'],
    ['Sales grew in the second half of 2017.', 'the second half of 2017', null, '2017-07', '2017-12'],
    // A count of units from a date named from the reference, or from a holiday.
    ['Prices peaked two weeks before Christmas.', 'two weeks before Christmas', '2019-12-11', null, null],
    ['The ban ends three days after tomorrow.', 'three days after tomorrow', '2019-12-08', null, null],
    // A written date keeps its own mention; the count is not applied to it.
    ['Riots broke out two days after 15 November.', '15 November', '2019-11-15', null, null],
    // Earlier / later in the reference's week, month or year.
    ['Talks collapsed earlier this week.', 'earlier this week', null, '2019-12-02', '2019-12-03'],
    ['A vote is expected later this month.', 'later this month', '2019-12', '2019-12-05', '2019-12-31'],
    ['Exports dropped earlier this year.', 'earlier this year', '2019', '2019-01-01', '2019-12-03'],
    ['Fighting flared the week before last.', 'the week before last', null, '2019-11-18', '2019-11-24'],
    ['Turnout was lower the year before last.', 'the year before last', '2017', null, null],
    ['Polls open between December 9 and 12, officials said.', 'between December 9 and 12', '2019-12-09', '2019-12-09', '2019-12-12'],
    // A year named from the reference after a month or a day.
    ['Turnout collapsed in June last year.', 'June last year', '2018-06', null, null],
    ['Strikes ran June-August last year.', 'June-August last year', '2018-06', '2018-06', '2018-08'],
    ['The law takes effect on 1 March next year.', '1 March next year', '2020-03-01', null, null],
    // A period closed by a bare year after a month and year.
    ['Prices fell between May 2015 and 2018.', 'between May 2015 and 2018', '2015-05', '2015-05', '2018'],
    // Hijri dates written in English.
    ['The decree is dated 15 Ramadan 1440 AH.', '15 Ramadan 1440 AH', '2019-05-20', null, null],
    ['Prices rose in Ramadan 1440.', 'Ramadan 1440', null, '2019-05-06', '2019-06-03'],
    ['Celebrations marked Eid al-Fitr 1441 AH.', 'Eid al-Fitr 1441 AH', '2020-05-24', null, null],
    // An all-digit date, and other forms of the month in digits.
    ['The decree is dated 12/02/2019.', '12/02/2019', '2019-12-02', null, null],
    ['The file sales-2002-10-09.csv was leaked.', '2002-10-09', '2002-10-09', null, null],
    ['The order dated 05-Aug-2016 was annulled.', '05-Aug-2016', '2016-08-05', null, null],
    ['Exports slowed in 2018, November.', '2018, November', '2018-11', null, null],
  ])('%s', (s, text, value, from, to) => {
    expect(rows(s)).toEqual([[text, value, from, to]]);
  });

  test.each<[string, string, string]>([
    ['In March 2,000 people marched.', 'March', '2020-03'],
    ['The plant opened a decade ago.', 'a decade ago', '2009'],
    ['Memorials recall the Sept. 11 attacks.', 'Sept. 11', '2019-09-11'],
  ])('%s', (s, text, value) => {
    expect(rows(s).map((r) => [r[0], r[1]])).toEqual([[text, value]]);
  });

  test.each<string>(['Call +86 138-2010-2015 for details.', 'Ref. 2010-2015-86 is closed.', 'Set it up the 21st.', 'Three days after the attack, calm returned.'])(
    'no date: %s',
    (s) => {
      expect(rows(s)).toEqual([]);
    },
  );

  test('weekdays and days named from the reference, without a date library', () => {
    expect(rows('Police fired on crowds on Friday and again yesterday.')).toEqual([
      ['Friday', '2019-11-29', null, null],
      ['yesterday', '2019-12-03', null, null],
    ]);
    expect(rows('The vote was held yesterday, Tuesday.')).toEqual([['yesterday, Tuesday', '2019-12-03', null, null]]);
    expect(rows('Talks resume next Monday.')).toEqual([['next Monday', '2019-12-09', null, null]]);
    expect(rows('The envoy arrived three days later.')).toEqual([['three days later', null, null, null]]);
    expect(rows('Protests spread over the weekend.')).toEqual([['the weekend', null, '2019-11-30', '2019-12-01']]);
    expect(rows('Talks will resume at the weekend.')).toEqual([['the weekend', null, '2019-12-07', '2019-12-08']]);
  });

  test('shortNumeric: times and quantities are not month/day pairs', () => {
    const short = (x: string) => extractDates(normalize(x), { reference: '2019-12-04', shortNumeric: true }).map((m) => m.text);
    expect(short('The shift runs 9h30 - 11h daily.')).toEqual([]);
    expect(short('It took 1/4 hour to clear the road.')).toEqual([]);
    expect(short('The rally is planned for 3-4 pm.')).toEqual([]);
    expect(short('The rally is planned for 4/25.')).toEqual(['4/25']);
  });

  test('prefer future: a day alone is the next such day', () => {
    expect(rows('Payments resume on the 2nd.', { prefer: 'future' })).toEqual([['the 2nd', '2020-01-02', null, null]]);
  });
});

describe('English dates: anaphoric years and months resolve against the date narrated before', () => {
  const REF26 = '2026-07-03';
  test.each<[string, string, string | null, string]>([
    ['The dam was finished in March 2019. In October that year, it cracked.', 'October that year', '2019-10', 'month'],
    ['The dam was finished in March 2019. In October of the same year, it cracked.', 'October of the same year', '2019-10', 'month'],
    ['The dam was finished on 4 March 2019. On 9 October that year, it cracked.', '9 October that year', '2019-10-09', 'day'],
    ['The dam was finished in March 2019. Later that year, it cracked.', 'Later that year', '2019', 'year'],
    ['The dam was finished in March 2019. Earlier that year, work had stopped.', 'Earlier that year', '2019', 'year'],
    ['The dam was finished in 2019; the following year, it cracked.', 'following year', '2020', 'year'],
    ['The dam was finished in 2019; the previous year, work had stopped.', 'previous year', '2018', 'year'],
    ['The dam was finished in 2019. Two years later, it cracked.', 'Two years later', '2021', 'year'],
    ['The dam was finished in March 2019. The same month, a road opened.', 'same month', '2019-03', 'month'],
    ['The dam was finished in March 2019. The following month, a road opened.', 'following month', '2019-04', 'month'],
    ['The dam was finished in December 2019. The following month, a road opened.', 'following month', '2020-01', 'month'],
    ['The dam was finished in March 2019 and cracked in June the following year.', 'June the following year', '2020-06', 'month'],
    // the nearest date before, not the first one
    ['Work began in 2015. The dam was finished in May 2019. Later that year, it cracked.', 'Later that year', '2019', 'year'],
    // a period's end is the antecedent
    ['Work ran from 2015 to 2018. The following year, the dam opened.', 'following year', '2019', 'year'],
  ])('%s', (text, span, value, grain) => {
    const got = brief(text, REF26).find(([t]) => t === span);
    expect(got).toEqual([span, value, grain]);
  });

  test.each<[string, string, string | null]>([
    // nothing narrated before: the previous/following year count from the reference
    ['Exports fell compared with the previous year.', 'previous year', '2025'],
    ['Growth slowed in the previous month.', 'previous month', '2026-06'],
    // a weekday is no antecedent
    ['On Monday the minister resigned. The following year, an inquiry opened.', 'following year', '2027'],
  ])('without an antecedent: %s', (text, span, value) => {
    expect(brief(text, REF26).find(([t]) => t === span)?.[1]).toBe(value);
  });

  test('"that year" with nothing before it is not a date we can tell', () => {
    expect(brief('I was not there that year.', REF26)).toEqual([]);
    expect(brief('The report said that year-on-year sales fell.', REF26)).toEqual([]);
  });
});

describe('English dates: a bare year after words of time', () => {
  test.each<[string, string]>([
    ['Prices rose sharply in the first weeks of 2026, traders said.', '2026'],
    ['Prices rose sharply in the closing days of 2025, traders said.', '2025'],
    ['Prices are expected to settle in early 2026.', '2026'],
    ['Prices are expected to settle by the end of 2026.', '2026'],
    ['Prices rose in the opening months of 2026 despite the rains.', '2026'],
  ])('%s', (text, year) => {
    expect(brief(text, '2026-07-03')).toEqual([[year, year, 'year']]);
  });
});
