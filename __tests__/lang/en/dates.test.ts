import { normalize } from '../../../src/text/normalize.js';
import { extractDates, findReferenceDate, HALF_OPEN_TAILS } from '../../../src/lang/en/dates.js';
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
    expect(dates('Inflation soared in the 1980s.')[0]).toMatchObject({ text: 'the 1980s', value: null, grain: 'year', from: '1980', to: '1989' });
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
    ['Profits slipped in the third quarter of 2018.', 'the third quarter of 2018', '2018-07..2018-09'],
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
    'Crowds cheered at Orthodox New Year in the port.',
    'Crowds cheered at Vietnamese Lunar New Year in the port.',
    'The score was 2/15 at half-time.',
  ])('no date: %s', (sentence) => {
    expect(short(sentence).filter(([, v]) => v !== 'null..null' && v !== null)).toEqual([]);
  });

  test('Chinese New Year comes from a table (2000–2030): the closest one', () => {
    expect(short('Crowds cheered at Chinese New Year in the port.')).toEqual([['Chinese New Year', '2020-01-25']]);
    expect(short('Crowds cheered at Lunar New Year 2016 in the port.')).toEqual([['Lunar New Year 2016', '2016-02-08']]);
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

  test('"the 15th century" is no day of the month: it is the century, a period of years', () => {
    expect(rows('Art of the 15th century fills the hall.')).toEqual([['15th century', null, '1400', '1499']]);
    expect(rows('A 19th-century church burned.')).toEqual([]);
  });

  test.each<string>([
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
    ['The band peaked in the 80s.', 'the 80s', null, '1980', '1989'],
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

describe('English dates: numbered parts of a month or year, the week of a date', () => {
  /** [text, value or from..to] of each mention. */
  const view = (s: string, ctx: Partial<Parameters<typeof extractDates>[1]> = {}, reference = REF) =>
    extractDates(normalize(s), { reference, ...ctx }).map((m) => [m.text, m.value ?? `${m.from}..${m.to}`]);

  test.each<[string, string, string]>([
    // a week belongs to the month (year) of its Thursday
    // (a week or a run of units keeps its month or year as the value: "2021-03 2021-03-01..2021-03-07")
    ['Shipments slowed in the first week of March 2021, the port said.', 'the first week of March 2021', '2021-03 2021-03-01..2021-03-07'],
    ['Fighting eased in the last week of August 2020 near the border.', 'the last week of August 2020', '2020-08 2020-08-24..2020-08-30'],
    ['The inquiry sat in the first week of 2021 in closed session.', 'the first week of 2021', '2021 2021-01-04..2021-01-10'],
    ['The inquiry sat in the last week of 2019 in closed session.', 'the last week of 2019', '2019 2019-12-23..2019-12-29'],
    ['Ballots were recounted in the second last week of October 2018 again.', 'the second last week of October 2018', '2018-10 2018-10-15..2018-10-21'],
    ['Inspectors return the third week of this month.', 'the third week of this month', '2019-12 2019-12-16..2019-12-22'],
    ['Rooms are booked for the first two weeks of 2022 already.', 'the first two weeks of 2022', '2022 2022-01-03..2022-01-16'],
    ['Results for the last four months of 2021 were restated.', 'the last four months of 2021', '2021 2021-09..2021-12'],
    ['Sales fell in the first ten days of last year, the firm said.', 'the first ten days of last year', '2018 2018-01-01..2018-01-10'],
    ['The vote is set for the third month of 2022 by law.', 'the third month of 2022', '2022-03'],
    ['The lease ran out on the last day of October 2015 quietly.', 'the last day of October 2015', '2015-10-31'],
    // the week of a written day (Monday to Sunday)
    ['Talks are planned for the week of April 8, 2020 in Vienna.', 'the week of April 8, 2020', '2020-04-06..2020-04-12'],
    ['Hearings resume the week beginning February 4, 2019 in court.', 'the week beginning February 4, 2019', '2019-02-04..2019-02-10'],
  ])('%s', (sentence, text, value) => {
    const within = extractDates(normalize(sentence), { reference: REF }).map((m) => [m.text, m.value && m.from ? `${m.value} ${m.from}..${m.to}` : m.value ?? `${m.from}..${m.to}`]);
    expect(within).toContainEqual([text, value]);
  });

  test('the week of a bare day of the month', () => {
    expect(view('Can we meet the week of the 18th?', {}, '2019-12-05')).toEqual([['the week of the 18th', '2019-12-16..2019-12-22']]);
  });

  test('an ordinal inside a written number is not a part ("thirty-first day of the month")', () => {
    expect(view('Fees are due before the thirty-first day of the month.').map(([t]) => t)).not.toContain('first day of the month');
  });

  test('"last week" and "first week" alone are unchanged', () => {
    expect(view('Prices rose last week, dealers said.')).toEqual([['last week', '2019-11-25..2019-12-01']]);
    expect(view('In the first week, 300 people fled.')).toEqual([]);
  });

  test('nextWeekday "week": "last Friday" is the Friday of last week, "past Friday" the latest one', () => {
    const ref = '2019-12-05'; // a Thursday
    expect(view('They met last Wednesday in Rome.', { nextWeekday: 'week' }, ref)).toEqual([['last Wednesday', '2019-11-27']]);
    expect(view('They met previous Monday in Rome.', { nextWeekday: 'week' }, ref)).toEqual([['previous Monday', '2019-11-25']]);
    expect(view('They met past Wednesday in Rome.', { nextWeekday: 'week' }, ref)).toEqual([['past Wednesday', '2019-12-04']]);
    // the news default: the latest such day before the reference
    expect(view('They met last Wednesday in Rome.', {}, ref)).toEqual([['last Wednesday', '2019-12-04']]);
    expect(view('They meet this upcoming Friday in Rome.', {}, ref)).toEqual([['this upcoming Friday', '2019-12-06']]);
  });
});

describe('English dates: years and days written in words', () => {
  const view = (s: string, reference = '2019-06-03') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value ?? `${m.from}..${m.to}`]);

  test.each<[string, string, string]>([
    ['The mill closed on 4 March nineteen eighty two, records show.', '4 March nineteen eighty two', '1982-03-04'],
    ['The treaty was signed on the ninth of June, two thousand and one.', 'the ninth of June, two thousand and one', '2001-06-09'],
    ['The bridge opened on October 3, nineteen oh five.', 'October 3, nineteen oh five', '1905-10-03'],
    ['The fort fell on 2 May seventeen hundred and ninety.', '2 May seventeen hundred and ninety', '1790-05-02'],
    ['The fort fell on twenty two May seventeen hundred and ninety.', 'twenty two May seventeen hundred and ninety', '1790-05-22'],
    ['The law passed in August of nineteen ninety-nine.', 'August of nineteen ninety-nine', '1999-08'],
    ['Elections were held on July twenty-eight two thousand eleven.', 'July twenty-eight two thousand eleven', '2011-07-28'],
    ['He was elected in nineteen seventy-four.', 'nineteen seventy-four', '1974'],
    ['No vote has been held since twenty twelve.', 'twenty twelve', '2012'],
  ])('%s', (sentence, text, value) => {
    expect(view(sentence)).toEqual([[text, value]]);
  });

  test.each<string>([
    'In two thousand homes, water ran dry.',
    'May twenty people be saved?',
    'The score was twenty one to nine.',
    'Nineteen eighty four is a novel.',
    'Some fifteen hundred troops crossed.',
  ])('no date: %s', (sentence) => {
    expect(view(sentence)).toEqual([]);
  });

  test('a day in words needs a capitalised month and the end of the clause or a year', () => {
    expect(view('The envoy returns June twenty-one.')).toEqual([['June twenty-one', '2019-06-21']]);
    expect(view('June twenty people stayed behind.')).toEqual([]);
  });
});

describe('English dates: rolling quarters and decades, centuries, numeric periods, more holidays', () => {
  const view = (s: string, ctx: Partial<Parameters<typeof extractDates>[1]> = {}, reference = '2019-08-14') =>
    extractDates(normalize(s), { reference, ...ctx }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, string, string]>([
    // calendar quarters and decades around the reference's (Q3 2019, the 2010s)
    ['Margins shrank over the last two quarters.', 'last two quarters', '2019-01..2019-06'],
    ['Margins should recover over the next 3 quarters.', 'next 3 quarters', '2019-10..2020-06'],
    ['Rainfall has dropped over the past two decades.', 'the past two decades', '1990..2009'],
    ['The grid must be rebuilt in the next decade.', 'the next decade', '2020..2029'],
    ['Output doubled this decade, the ministry said.', 'this decade', '2010..2019'],
    // the count first
    ['What will change in the 5 upcoming years?', '5 upcoming years', '2019-08-15..2024-08-14'],
    ['Sales fell in the 10 previous weeks.', '10 previous weeks', '2019-06-05..2019-08-13'],
    ['Talks will run over the next couple weeks.', 'next couple weeks', '2019-08-15..2019-08-28'],
    // centuries and decades
    ['Churches of the 12th century were damaged.', '12th century', '1100..1199'],
    ['The city grew in the twentieth century.', 'the twentieth century', '1900..1999'],
    ['Prices were lower in 80\'s, farmers recall.', '80\'s', '1980..1989'],
    // slashed periods of days
    ['Polls open 10/1/2019-10/7/2019 in every district.', '10/1/2019-10/7/2019', '2019-10-01..2019-10-07'],
    ['Polls open 5/1-5/7, 2020 in every district.', '5/1-5/7, 2020', '2020-05-01..2020-05-07'],
    ['Polls ran 12/28-1/3/2020 in every district.', '12/28-1/3/2020', '2019-12-28..2020-01-03'],
    // holidays: Easter-based periods, Orthodox Easter, a year in words
    ['Markets stay shut during Lent 2020, the guild said.', 'Lent 2020', '2020-02-26..2020-04-11'],
    ['Crowds gathered for Orthodox Easter 2021 in Athens.', 'Orthodox Easter 2021', '2021-05-02'],
    ['Parades filled the streets on Mardi Gras 2019.', 'Mardi Gras 2019', '2019-03-05'],
    ['Services were held on Whit Monday 2018.', 'Whit Monday 2018', '2018-05-21'],
    ['The riots began on Easter Sunday two thousand ten.', 'Easter Sunday two thousand ten', '2010-04-04'],
    ['Stores open late on Groundhog Day 2016.', 'Groundhog Day 2016', '2016-02-02'],
  ])('%s', (sentence, text, value) => {
    expect(view(sentence)).toEqual([[text, value]]);
  });

  test('a slashed period without a year only when short numeric dates are read', () => {
    expect(view('The score was 3/4-5/6 in the final.')).toEqual([]);
    expect(view('Leave runs 10/1-10/7 this time.', { shortNumeric: true })).toEqual([['10/1-10/7', '2019-10-01..2019-10-07']]);
  });

  test('a count before a plural noun is not a rolling period', () => {
    expect(view('Two past presidents attended.')).toEqual([]);
  });
});

describe('English dates: seasons, counted weekdays, "within", compound offsets, holidays counted from the reference', () => {
  const view = (s: string, ctx: Partial<Parameters<typeof extractDates>[1]> = {}, reference = '2019-02-12') =>
    extractDates(normalize(s), { reference, ...ctx }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, string, string]>([
    // seasons (reference: Tuesday 12 February 2019, in winter)
    ['Water ran short this winter, farmers said.', 'this winter', '2018-12-21..2019-03-20'],
    ['The dam will be finished this summer.', 'this summer', '2019-06-21..2019-09-23'],
    ['Floods hit the valley last summer.', 'last summer', '2018-06-21..2018-09-23'],
    ['Talks resume next autumn in Oslo.', 'next autumn', '2019-09-23..2019-12-20'],
    ['Prices rose in the summer of 2016 sharply.', 'summer of 2016', '2016-06-21..2016-09-23'],
    // counted weekdays
    ['The market reopens 3 Fridays from now.', '3 Fridays from now', '2019-03-01'],
    ['The clinic closed two Thursdays ago.', 'two Thursdays ago', '2019-01-31'],
    // within: from the reference, ahead of it only
    ['The army will withdraw within 10 days, the envoy said.', 'within 10 days', '2019-02-12..2019-02-22'],
    ['Aid will arrive within the next two weeks.', 'within the next two weeks', '2019-02-12..2019-02-26'],
    ['Repairs will be done less than 3 days from today.', 'less than 3 days from today', '2019-02-12..2019-02-15'],
    // compound offsets
    ['The quake struck 1 month and 5 days ago.', '1 month and 5 days ago', '2019-01-07'],
    ['The mine closed 2 years 3 months ago.', '2 years 3 months ago', '2016-11-12'],
    // a holiday in a year counted from the reference
    ['Elections are due Christmas in two years.', 'Christmas in two years', '2021-12-25'],
    ['The strike began Easter a year ago.', 'Easter a year ago', '2018-04-01'],
  ])('%s', (sentence, text, value) => {
    expect(view(sentence)).toEqual([[text, value]]);
  });

  test.each<string>([
    'Within two years, the firm had collapsed.',
    'The club lost every game this season.',
    'Prices saw the last fall in months.',
    'He prays on Fridays.',
  ])('no date: %s', (sentence) => {
    expect(view(sentence)).toEqual([]);
  });
});

describe('English dates: a weekday before a date, slashed months, dashed periods, "between now and"', () => {
  const view = (s: string, ctx: Partial<Parameters<typeof extractDates>[1]> = {}, reference = '2019-05-20') =>
    extractDates(normalize(s), { reference, ...ctx }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, string, string]>([
    ['The hearing is this Friday, June 7, 2019 in court.', 'this Friday, June 7, 2019', '2019-06-07'],
    ['The vote is next Sunday June 30 in the capital.', 'next Sunday June 30', '2019-06-30'],
    ['Budgets for Dec/2019 were cut.', 'Dec/2019', '2019-12'],
    ['Leave runs 10-1-2019-10-7-2019 for staff.', '10-1-2019-10-7-2019', '2019-10-01..2019-10-07'],
    ['Crews will work between now and June 15 on the road.', 'between now and June 15', '2019-05-20..2019-06-15'],
  ])('%s', (sentence, text, value) => {
    expect(view(sentence)).toEqual([[text, value]]);
  });

  test('"now" alone opens nothing', () => {
    expect(view('Between now and the vote, much can change.')).toEqual([]);
  });
});

describe('English dates: periods of days with written ordinals', () => {
  const view = (s: string, reference = '2019-03-01') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, string, string]>([
    ['The fair runs April ninth through seventeenth, organisers said.', 'April ninth through seventeenth', '2019-04-09..2019-04-17'],
    ['The fair runs April 9th through the 17th.', 'April 9th through the 17th', '2019-04-09..2019-04-17'],
    ['The fair runs from ninth till seventeenth of April.', 'from ninth till seventeenth of April', '2019-04-09..2019-04-17'],
    ['The fair runs between the ninth and the seventeenth of April.', 'between the ninth and the seventeenth of April', '2019-04-09..2019-04-17'],
  ])('%s', (sentence, text, value) => {
    expect(view(sentence)).toEqual([[text, value]]);
  });

  test('an ordinal that ranks is no first day', () => {
    expect(view('She came second and won on 20 March.')).toEqual([['20 March', '2019-03-20']]);
  });
});

describe('English dates: a business quarter alone, a month before a year named from the reference', () => {
  const view = (s: string, reference = '2019-08-14') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test('"Q3" alone is the closest third quarter; "the fourth quarter" alone is no date', () => {
    expect(view('Sales rose in Q3, the firm said.')).toEqual([['Q3', '2019-07..2019-09']]);
    expect(view('The fourth quarter was tense, the coach said.')).toEqual([]);
  });

  test('a month followed by "next year" is a date without a preposition', () => {
    expect(view('The envoy is out June next year.')).toEqual([['June next year', '2020-06']]);
  });
});

describe('English dates: business abbreviations and narrated spans', () => {
  const view = (s: string, reference = '2019-02-12') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from, m.to]);

  test('EOY, BOM: the end of the year, the beginning of the month (capitals only)', () => {
    expect(view('Targets are due by EOY, staff were told.')).toEqual([['EOY', '2019', '2019-09-01', '2019-12-31']]);
    expect(view('Invoices go out at the BOM as usual.')).toEqual([['BOM', '2019-02', '2019-02-01', '2019-02-10']]);
    expect(view('The boy said nothing.')).toEqual([]);
  });

  test('"the last two decades of his life" is narrated, not counted from the reference', () => {
    expect(view('Illness slowed him during the last two decades of his life.')).toEqual([]);
    expect(view('Output fell over the last two years of the war.')).toEqual([]);
  });

  test('the Ides of March', () => {
    expect(view('Caesar was warned about the Ides of March 2019 jokes.').map((r) => r[1])).toEqual(['2019-03-15']);
  });
});

describe('English dates: prices, colons, weekdays beside a week', () => {
  const view = (s: string, reference = '2019-07-04') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, Array<[string, string]>]>([
    ['The seller paid $12 December 27 for the lot.', [['December 27', '2019-12-27']]],
    ['The seller paid £ 40 March 3, 2019 for the lot.', [['March 3, 2019', '2019-03-03']]],
    ['The clerk wrote:30 December is the deadline.', [['30 December', '2019-12-30']]],
    ['Profits rose this calendar year.', [['this calendar year', '2019']]],
    ['The vote was on Sunday from last week.', [['Sunday from last week', '2019-06-30']]],
    ["The vote was last week's Sunday.", [["last week's Sunday", '2019-06-30']]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: next/last/this before a year-less date', () => {
  const view = (s: string, ctx: Partial<Parameters<typeof extractDates>[1]> = {}, reference = '2019-05-20') =>
    extractDates(normalize(s), { reference, ...ctx }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, string, string]>([
    ['The audit is due next 6th of April.', 'next 6th of April', '2020-04-06'],
    ['The audit is due next 30 June.', 'next 30 June', '2019-06-30'],
    ['The audit closed last 15 March, officials said.', 'last 15 March', '2019-03-15'],
    ['The audit closed last 30 June, officials said.', 'last 30 June', '2018-06-30'],
  ])('%s', (sentence, text, value) => {
    expect(view(sentence)).toEqual([[text, value]]);
  });

  test('with short numeric dates: "from this 5/12 to next 5/19"', () => {
    expect(view('Leave runs from this 5/12 to next 5/19.', { shortNumeric: true })).toEqual([['from this 5/12 to next 5/19', '2019-05-12..2020-05-19']]);
  });
});

describe('English dates: periods of days named from the reference', () => {
  const view = (s: string, reference: string | null = '2019-05-20') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.to !== undefined ? `${m.from}..${m.to}` : m.value]);

  test('"until"/"through" join two days named from the reference without an opener; "to" does not', () => {
    expect(view('The camp stays open today until next Sunday.')).toEqual([['today until next Sunday', '2019-05-20..2019-05-26']]);
    expect(view('He worked Monday to Friday.')).toEqual([
      ['Monday', '2019-05-20'],
      ['Friday', '2019-05-17'],
    ]);
  });

  test('without a reference the period is one mention, unresolved', () => {
    expect(view('Roads stay shut from today till tomorrow.', null)).toEqual([['from today till tomorrow', 'null..null']]);
    expect(view('Prices rose between Jan 22 and now.', null)).toEqual([['between Jan 22 and now', 'null..null']]);
  });
});

describe('English dates: spans counted from a day, "in a week\'s time", the weekday choosing the year', () => {
  const view = (s: string, reference = '2019-05-23') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, string, string]>([
    ['A curfew was set for 10 days from 18 May.', 'for 10 days from 18 May', '2019-05-18..2019-05-27'],
    ['Offices close for 1 week, from today.', 'for 1 week, from today', '2019-05-23..2019-05-29'],
    ['Offices close from 28 December for 10 days.', '28 December for 10 days', '2018-12-28..2019-01-06'],
    ['Talks resume in two weeks\' time, aides said.', 'in two weeks\' time', '2019-06-06'],
    ['the summit opens march third 2021 in oslo', 'march third 2021', '2021-03-03'],
    ['The rally is set for Fri, Jul 18 downtown.', 'Fri, Jul 18', '2013-07-18'],
  ])('%s', (sentence, text, value) => {
    expect(view(sentence, sentence.includes('Jul 18') ? '2013-02-12' : '2019-05-23')).toEqual([[text, value]]);
  });

  test('a sentence is no period: "jailed on 3 May for 10 years"', () => {
    expect(view('He was jailed on 3 May for 10 years.')).toEqual([['3 May', '2019-05-03']]);
  });
});

describe('English dates: "of the month", "of the year"', () => {
  const view = (s: string, reference = '2020-07-01') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, Array<[string, string]>]>([
    ['Payments stop after the twenty-sixth day of the month.', [['the twenty-sixth day of the month', '2020-07-26']]],
    ['Rent is due on the 5th of the month.', [['the 5th of the month', '2020-07-05']]],
    ['Sales slow in the first quarter of the year.', [['the first quarter of the year', '2020-01..2020-03']]],
    ['They killed 22 in the month before the vote.', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: a month after "in the", "by the"', () => {
  const view = (s: string, reference = '2019-05-24') => extractDates(normalize(s), { reference }).map((m) => [m.text, m.value]);

  test.each<[string, Array<[string, string]>]>([
    ['Turnout fell in the April elections.', [['April', '2019-04']]],
    ['Bids are due by the June deadline.', [['June', '2019-06']]],
    ['Talks opened in the Jan session.', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: ISO week numbers with their year', () => {
  const view = (s: string, reference = '2018-07-02') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, Array<[string, string]>]>([
    ['Output peaked in week 3 of 2027, the plan says.', [['week 3 of 2027', '2027-01-18..2027-01-24']]],
    ['Output peaked in week 27 of last year.', [['week 27 of last year', '2017-07-03..2017-07-09']]],
    ['In week 3 of the war, 300 people fled.', []],
    ['Figures for week 53 of 2021 do not exist.', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: hyphenated compounds are no units', () => {
  test.each<string>([
    'Eid marks the end of the month-long fast.',
    'Crews began this year-long repair in the port.',
    'Fighting marked the last week-long truce.',
  ])('no date: %s', (sentence) => {
    expect(extractDates(normalize(sentence), { reference: '2021-06-09' })).toEqual([]);
  });
});

describe('English dates: weekday abbreviations after "on"', () => {
  const view = (s: string, reference = '2019-12-04') => extractDates(normalize(s), { reference }).map((m) => [m.text, m.value]);

  test.each<[string, Array<[string, string]>]>([
    ['Talks resume on Sat, officials said.', [['Sat', '2019-11-30']]],
    ['The vote is on Wed at noon.', [['Wed', '2019-12-04']]],
    ['we will meet on tues.', [['tues', '2019-12-10']]],
    ['They relied on sun and wind.', []],
    ['The sat-nav failed on mon roads.', []],
    ['He sat on sun loungers all day.', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: a weekday with a date in parentheses or joined by a hyphen', () => {
  const view = (s: string, reference = '2018-06-20') => extractDates(normalize(s), { reference }).map((m) => [m.text, m.value]);

  test.each<[string, Array<[string, string]>]>([
    ['Police said on Friday (June 15) that two men were held.', [['Friday (June 15)', '2018-06-15']]],
    ['The call is set for this Friday-Jun-15 with the envoy.', [['this Friday-Jun-15', '2018-06-15']]],
    ['The ticket ABC-12-Jun-2019 was void.', []],
    ['The code X-Mar-5 was void.', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: half-open periods (issue 6, round 2)', () => {
  /** [text, value, from, to, halfOpen] of each mention. */
  const view = (s: string, reference: string | null = REF) =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from, m.to, !!m.halfOpen]);

  test.each<[string, Array<[string, string | null, string | null | undefined, string | null | undefined, boolean]>]>([
    // "since": from the date to the reference date; a year-less date lies before the reference.
    ['At least 300 people have died since 14 November.', [['14 November', '2019-11-14', '2019-11-14', '2019-12-02', true]]],
    ['Rents have climbed ever since August.', [['August', '2019-08', '2019-08', '2019-12-02', true]]],
    ['Unrest has simmered since 2017, they said.', [['2017', '2017', '2017', '2019-12-02', true]]],
    ['Nothing moved since March 2021.', [['March 2021', '2021-03', '2021-03', null, true]]],
    // Two bare months beside a word of yearly recurrence name a season of every year, no dates.
    ['Floods usually strike between June and September.', []],
    ['The survey runs between June and September.', [['between June and September', '2019-06', '2019-06', '2019-09', false]]],
    // A month named from the reference is a written month; "last month" or "today" is not one.
    ['Cholera has spread since last October.', [['last October', '2019-10', '2019-10', '2019-12-02', true]]],
    ['The border stays shut until next March.', [['next March', '2020-03', null, '2020-03', true]]],
    // "after": from the unit after the date; "before": up to the unit before it; "until": up to it.
    ['Exports recovered after May 2018.', [['May 2018', '2018-05', '2018-06', null, true]]],
    ['The law applies to homes built before 2010.', [['2010', '2010', null, '2009', true]]],
    ['Fares stay frozen until March.', [['March', '2020-03', null, '2020-03', true]]],
    ['Voting closes prior to 30 November 2019.', [['30 November 2019', '2019-11-30', null, '2019-11-29', true]]],
    // Comparatives: "later than", "earlier than", "prior to", "no later than" (a deadline: until).
    ['Results are due later than 2018.', [['2018', '2018', '2019', null, true]]],
    ['The scheme ran prior to 2015 only.', [['2015', '2015', null, '2014', true]]],
    ['Bids must arrive no later than March 2020.', [['March 2020', '2020-03', null, '2020-03', true]]],
    ['Work starts no earlier than 2021.', [['2021', '2021', undefined, undefined, false]]],
    ['More than 2018 people voted; turnout rose to 2019 voters.', []],
    // A part of a year: "since" from it, "until" to it; "before the end of" is not "before"
    // (up to the year before) but "until" (up to its last day).
    ['Some 90 died since the start of 2019.', [['2019', '2019', '2019', '2019-12-02', true]]],
    ['The ban holds until the end of 2020.', [['2020', '2020', null, '2020', true]]],
    ['The plan must pass before the end of 2020.', [['2020', '2020', null, '2020', true]]],
    // (A part of a month starts on its own days: mid-March on the 11th, as «منذ منتصف مارس».)
    ['Rents rose since mid-March.', [['mid-March', '2019-03', '2019-03-11', '2019-12-02', true]]],
    ['Some 800 were executed since the start of the year.', [['the start of the year', '2019', '2019-01-01', '2019-12-02', true]]],
    // A year-less day after "since" lies before the reference.
    ['Some 40 died since 20 December.', [['20 December', '2018-12-20', '2018-12-20', '2019-12-02', true]]],
    // Not half-open: a moment near a date, an operator's date, "not until", an event named by its year.
    ['The bridge fell shortly after 3 June 2019.', [['3 June 2019', '2019-06-03', undefined, undefined, false]]],
    ['Talks resumed two days before 20 October 2019.', [['20 October 2019', '2019-10-20', undefined, undefined, false]]],
    ['Not until 2021 did the road open.', [['2021', '2021', undefined, undefined, false]]],
    ['Little changed after the 1979 revolution.', [['1979', '1979', undefined, undefined, false]]],
    ['Work continues until today.', [['today', '2019-12-02', undefined, undefined, false]]],
    // A period with both ends stays one period.
    ['Prices rose from 2015 until 2018.', [['from 2015 until 2018', '2015', '2015', '2018', false]]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });

  test('"since" a date after the reference runs to an open end; without a reference the end is open too', () => {
    expect(view('Shops have been shut since 2020.', '2019-12-02')).toEqual([['2020', '2020', '2020', null, true]]);
    expect(view('Shops have been shut since 2018.', null)).toEqual([['2018', '2018', '2018', null, true]]);
  });
});

describe('English dates: numeric order by separator', () => {
  test.each<[string, string, string]>([
    ['The decree dated 12.06.2025 was published.', '12.06.2025', '2025-06-12'],
    ['The decree dated 05.11.2019 was published.', '05.11.2019', '2019-11-05'],
    ['The form dated 12/06/2025 was filed.', '12/06/2025', '2025-12-06'],
    ['The form dated 12-06-2025 was filed.', '12-06-2025', '2025-12-06'],
  ])('%s', (sentence, text, value) => {
    expect(brief(sentence)).toEqual([[text, value, 'day']]);
  });
});

describe('English dates: a strong joiner with one calendar end (issue 6, round 2)', () => {
  const view = (s: string, reference: string | null = REF) => extractDates(normalize(s), { reference }).map((m) => [m.text, m.from, m.to]);

  test.each<[string, Array<[string, string | null | undefined, string | null | undefined]>]>([
    ['The border stays shut today until 22 December.', [['today until 22 December', '2019-12-02', '2019-12-22']]],
    // A bare weekday is the closest one (the Friday before this Monday).
    ['Schools close Friday through December 15.', [['Friday through December 15', '2019-11-29', '2019-12-15']]],
    ['The fair runs April 9th through the 17th.', [['April 9th through the 17th', '2020-04-09', '2020-04-17']]],
    // "to" may be anything else: it still needs "from".
    ['Talks moved today to 22 December.', [['today', undefined, undefined], ['22 December', undefined, undefined]]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: week anaphors (issue 6, round 2)', () => {
  const view = (s: string, reference: string | null = REF) => extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from, m.to]);

  test.each<[string, Array<[string, string | null, string | null | undefined, string | null | undefined]>]>([
    // The week of the narrated day (Tuesday 12 March 2019), shifted.
    ['The siege began on 12 March 2019; the following week the town fell.', [['12 March 2019', '2019-03-12', undefined, undefined], ['following week', null, '2019-03-18', '2019-03-24']]],
    ['Rains hit on 5 June 2018 and later that week the river rose.', [['5 June 2018', '2018-06-05', undefined, undefined], ['later that week', null, '2018-06-04', '2018-06-10']]],
    // No narrated day: "the following week" counts from the reference; "that week" names nothing.
    ['The following week, prices fell.', [['following week', null, '2019-12-09', '2019-12-15']]],
    ['Later that week, prices fell.', []],
    // A month is no day to take a week from.
    ['Talks began in March 2019; the following week they failed.', [['March 2019', '2019-03', undefined, undefined], ['following week', null, '2019-12-09', '2019-12-15']]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: day anaphors from the narrated day (issue 6, round 2)', () => {
  const view = (s: string, reference: string | null = REF) => extractDates(normalize(s), { reference }).map((m) => [m.text, m.value]);

  test.each<[string, Array<[string, string | null]>]>([
    ['Protests began on 15 November; the next day 20 people died.', [['15 November', '2019-11-15'], ['the next day', '2019-11-16']]],
    ['Crowds gathered on Sunday. The following day, police fired.', [['Sunday', '2019-12-01'], ['The following day', '2019-12-02']]],
    ['The dam broke on 3 May 2019 and three days later the town flooded.', [['3 May 2019', '2019-05-03'], ['three days later', '2019-05-06']]],
    ['The vote was on 10 June 2018; two weeks earlier, rallies began.', [['10 June 2018', '2018-06-10'], ['two weeks earlier', '2018-05-27']]],
    ['The dam broke on 3 May 2019. Later that day, officials met.', [['3 May 2019', '2019-05-03'], ['Later that day', '2019-05-03']]],
    // "since X" offers X, not the reference, to what follows.
    ['Some 40 died since 2 November; the next day, talks began.', [['2 November', '2019-11-02'], ['the next day', '2019-11-03']]],
    // Nothing narrated: a count stays unresolved, "that day" names nothing.
    ['Three days later, talks resumed.', [['Three days later', null]]],
    ['Later that day, officials met.', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: open years, year lists with "not", compound "within", month/year spans (issue 6, round 3)', () => {
  const view = (s: string, reference: string | null = REF) =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null, !!m.halfOpen]);

  test.each<[string, Array<[string, string | null, string | null, string | null, boolean]>]>([
    // "X or later": from X itself, the end open; "X or earlier": up to X.
    ['Vehicles built in 2011 or later must be checked.', [['2011', '2011', '2011', null, true]]],
    ['Voters born 1960 or earlier were exempt.', [['1960', '1960', null, '1960', true]]],
    ['Models from 2016 and after, the agency said, are safe.', [['2016', '2016', '2016', null, true]]],
    // "… and before 2018" opens a date of its own: 2010 is not "2010 and before".
    ['Cases filed after 2009 and before 2017 were reviewed.', [['2009', '2009', '2010', null, true], ['2017', '2017', null, '2016', true]]],
    // "sooner than" is "before".
    ['The plant will not reopen sooner than 2027, engineers said.', [['2027', '2027', null, '2026', true]]],
    // A year list goes on through "but not" / "and not".
    ['Floods struck in 2013 and 2016 but not 2019.', [['2013', '2013', null, null, false], ['2016', '2016', null, null, false], ['2019', '2019', null, null, false]]],
    // Narrated in the past, a year-less date lies before the reference (2 December 2019); a
    // future or a plan keeps the closest one.
    ['Twelve men disappeared in March, relatives said.', [['March', '2019-03', null, null, false]]],
    ['He was killed on 14 April near the border.', [['14 April', '2019-04-14', null, null, false]]],
    ['Talks will be held in March.', [['March', '2020-03', null, null, false]]],
    ['The vote is scheduled in March.', [['March', '2020-03', null, null, false]]],
    // A year before an event's proper name and the event noun.
    ['Survivors of the 2015 Paris attacks testified.', [['2015', '2015', null, null, false]]],
    ['Leaders of the 2011 Egyptian uprising were jailed.', [['2011', '2011', null, null, false]]],
    // Counts stay counts.
    ['Some 1500 or more people fled.', []],
    ['About 2000 Syrian refugees crossed.', []],
    ['Only 2011 or later models qualify.', [['2011', '2011', '2011', null, true]]],
    // "within" with smaller units after it counts them all, ahead of the reference.
    ['The fund will be spent within 2 years 3 months 10 days.', [['within 2 years 3 months 10 days', null, '2019-12-02', '2022-03-12', false]]],
    ['Repairs will be done within the next 2 years and 2 months.', [['within the next 2 years and 2 months', null, '2019-12-02', '2022-02-02', false]]],
    ['Within two years 300 families had left.', []],
    // A part of a written month keeps the month as its value, its days as from/to (as Arabic
    // «منتصف مارس»); a period's end or a half-open period keeps the month.
    ['Rains came in mid-May, farmers said.', [['mid-May', '2019-05', '2019-05-11', '2019-05-20', false]]],
    ['The army withdrew at the end of February 2016.', [['February 2016', '2016-02', '2016-02-21', '2016-02-29', false]]],
    ['Fighting raged from early March to late April 2017.', [['from early March to late April 2017', '2017-03', '2017-03', '2017-04', false]]],
    // A year with a part: the year, with the part's months as days.
    ['Elections are due in late 2021.', [['2021', '2021', '2021-09-01', '2021-12-31', false]]],
    ['Prices peaked in mid-2018, data show.', [['2018', '2018', '2018-05-01', '2018-08-31', false]]],
    ['The plant opened at the beginning of 2015.', [['2015', '2015', '2015-01-01', '2015-03-31', false]]],
    // A part word before a month and year keeps the year (not the reference's).
    ['The war began in late March 2015, officials said.', [['late March 2015', '2015-03', '2015-03-21', '2015-03-31', false]]],
    ['Talks stalled in early January, 2016.', [['early January, 2016', '2016-01', '2016-01-01', '2016-01-10', false]]],
    ['Prices rose since mid-July 2016.', [['mid-July 2016', '2016-07', '2016-07-11', '2019-12-02', true]]],
    ['Talks stalled after mid-2017 and resumed.', [['2017', '2017', '2017-09-01', null, true]]],
    ['Output rose until late 2020.', [['2020', '2020', null, '2020', true]]],
    // A decimal before a month and year is no day of it: the month stays.
    ['The index closed at 4,512.27 March 2021 levels.', [['March 2021', '2021-03', null, null, false]]],
    // Slashed month/year pairs joined by a hyphen.
    ['The budget covers Mar/2020-Aug/2020 only.', [['Mar/2020-Aug/2020', '2020-03', '2020-03', '2020-08', false]]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: ends of periods, holiday spellings, fortnights, weekdays of the following week (issue 6, round 3)', () => {
  const view = (s: string, reference: string | null = REF) =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null, !!m.halfOpen]);

  test.each<[string, Array<[string, string | null, string | null, string | null, boolean]>]>([
    // The part of a written unit names the closed end: up to its last day, or from its first.
    ['Talks must end before the end of June 2020, envoys said.', [['June 2020', '2020-06', null, '2020-06', true]]],
    ['Fares rise after the start of 2021.', [['2021', '2021', '2021', null, true]]],
    ['Fares fell after the end of 2018.', [['2018', '2018', '2019', null, true]]],
    ['Shops shut before the beginning of 2017.', [['2017', '2017', null, '2016', true]]],
    // A moment near it is no period.
    ['The flag fell shortly before the end of March 2018.', [['March 2018', '2018-03', '2018-03-21', '2018-03-31', false]]],
    // "through" alone closes it as "until" does.
    ['The ceasefire holds through March 2020, envoys said.', [['March 2020', '2020-03', null, '2020-03', true]]],
    ['The freeze runs from 2016 through 2018.', [['from 2016 through 2018', '2016', '2016', '2018', false]]],
    // A bare day after a written one takes its month.
    ['Schools shut from April the fourth till the twelfth.', [['from April the fourth till the twelfth', '2020-04-04', '2020-04-04', '2020-04-12', false]]],
    // A weekday closing a period is the first one on or after its start (reference Monday 2 Dec 2019).
    ['Roads close from next Wednesday to Monday.', [['from next Wednesday to Monday', '2019-12-04', '2019-12-04', '2019-12-09', false]]],
    ['Roads close from Monday to Friday.', [['from Monday to Friday', '2019-12-02', '2019-12-02', '2019-12-06', false]]],
    // Two days alone joined: days of the closest month (digits with a suffix only).
    ['Polls open between the 9th and 11th, officials said.', [['between the 9th and 11th', '2019-12-09', '2019-12-09', '2019-12-11', false]]],
    ['Roads shut from the 28th to the 30th.', [['from the 28th to the 30th', '2019-11-28', '2019-11-28', '2019-11-30', false]]],
    ['Flats between the 9th and 11th floors burned.', []],
    ['The team fell from the second to the fifth.', []],
    // After a month: that month's days ("between" also with bare numbers).
    ['Voting runs in March between 4 and 6, the board said.', [['March between 4 and 6', '2020-03-04', '2020-03-04', '2020-03-06', false]]],
    ['Roads close in June 2018 from the 4th to the 9th.', [['June 2018 from the 4th to the 9th', '2018-06-04', '2018-06-04', '2018-06-09', false]]],
    ['Inflation rose in March from 19 to 20.', [['March', '2019-03', null, null, false]]],
    // Rolling fortnights.
    ['Cases doubled over the past fortnight.', [['past fortnight', null, '2019-11-18', '2019-12-01', false]]],
    ['Aid arrives in the next fortnight.', [['next fortnight', null, '2019-12-03', '2019-12-16', false]]],
    // A weekday of the following week: of the narrated week, else of next week.
    ['The quake struck on 7 March 2018; on Tuesday of the following week aid came.', [['7 March 2018', '2018-03-07', null, null, false], ['Tuesday of the following week', '2018-03-13', null, null, false]]],
    ['Hearings resume on Thursday of the following week.', [['Thursday of the following week', '2019-12-12', null, null, false]]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });

  test.each<[string, string, string]>([
    ['Markets closed for Eid-ul-Adha 2019.', 'Eid-ul-Adha 2019', '2019-08-11'],
    ['Prayers marked Eidul Azha 2020 in Karachi.', 'Eidul Azha 2020', '2020-07-31'],
    ['Crowds gathered for Bakrid 2018.', 'Bakrid 2018', '2018-08-21'],
    ['The Festival of Breaking the Fast 2019 drew crowds.', 'Festival of Breaking the Fast 2019', '2019-06-04'],
  ])('%s', (sentence, text, value) => {
    expect(dates(sentence).map((m) => [m.text, m.value])).toEqual([[text, value]]);
  });

  test.each<[string, string, string, string]>([
    // The weekend a one-day holiday makes long (Memorial Day 2019: Monday 27 May).
    ['Traffic deaths rose over the Memorial Day weekend 2019.', 'Memorial Day weekend 2019', '2019-05-25', '2019-05-27'],
    ['Stores opened on the weekend of Thanksgiving 2018.', 'weekend of Thanksgiving 2018', '2018-11-22', '2018-11-25'],
    ['Crowds grew over Christmas weekend 2016.', 'Christmas weekend 2016', '2016-12-24', '2016-12-25'],
  ])('%s', (sentence, text, from, to) => {
    expect(dates(sentence).map((m) => [m.text, m.value, m.from, m.to])).toEqual([[text, null, from, to]]);
  });

  test('a quarter named from the reference keeps its span without one', () => {
    expect(dates('Sales fell in Q3 and will recover next quarter.', null).map((m) => [m.text, m.grain, m.value])).toEqual([
      ['Q3', 'month', null],
      ['next quarter', 'month', null],
    ]);
  });

  test('a midweek holiday makes no weekend: the day stays', () => {
    expect(dates('Shops shut on the weekend of Christmas 2019.').map((m) => [m.text, m.value])).toEqual([['Christmas 2019', '2019-12-25']]);
  });

  test('Ramzan, Ramazan and Ramadhan are Ramadan', () => {
    for (const name of ['Ramzan', 'Ramazan', 'Ramadhan']) {
      const [m] = dates(`Prices rose during ${name} 2019.`);
      expect([m?.text, m?.from, m?.to]).toEqual([`${name} 2019`, '2019-05-06', '2019-06-03']);
    }
  });
});

describe('English dates: from a date on, "onwards" (issue 6, round 3)', () => {
  const view = (s: string, reference: string | null = REF) =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null, !!m.halfOpen]);

  test.each<[string, Array<[string, string | null, string | null, string | null, boolean]>]>([
    ['Fares rise starting 6 January, the operator said.', [['6 January', '2020-01-06', '2020-01-06', null, true]]],
    ['The curfew applies beginning on March 3, 2020.', [['March 3, 2020', '2020-03-03', '2020-03-03', null, true]]],
    ['The rules are effective from 1 July 2020.', [['1 July 2020', '2020-07-01', '2020-07-01', null, true]]],
    ['Starting in May 2020, fees doubled.', [['May 2020', '2020-05', '2020-05', null, true]]],
    ['Exports fell from 2015 onwards.', [['2015', '2015', '2015', null, true]]],
    // A day named from the reference opens one too ("until today" stays "to this day").
    ['Starting tomorrow, shops must close at noon.', [['tomorrow', '2019-12-03', '2019-12-03', null, true]]],
    ['Work continued until today.', [['today', '2019-12-02', null, null, false]]],
    ['Data for March 2018 onward were lost.', [['March 2018', '2018-03', '2018-03', null, true]]],
    // An operator and a noun stay what they are.
    ['Aid rose in the week beginning 4 November 2019.', [['the week beginning 4 November 2019', null, '2019-11-04', '2019-11-10', false]]],
    ['His starting salary doubled.', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: the half-open gate (speed) keeps every half-open word', () => {
  test('its words are lower-case ASCII words; short ones only after the words that make them half-open', () => {
    for (const [w, before] of HALF_OPEN_TAILS) {
      expect(w).toMatch(/^[a-z]+$/);
      for (const b of before ?? []) expect(b).toMatch(/^[a-z]+$/);
    }
    expect(HALF_OPEN_TAILS.get('since')).toBeNull();
    expect(HALF_OPEN_TAILS.get('of')?.has('end')).toBe(true);
    expect(HALF_OPEN_TAILS.get('in')?.has('effective')).toBe(true);
    expect(HALF_OPEN_TAILS.has('at')).toBe(false);
  });

  const read = (s: string) =>
    extractDates(normalize(s), { reference: '2024-06-01' }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null, m.halfOpen ?? null]);
  test.each<[string, unknown[]]>([
    ['Prices have fallen since mid-2021, officials said.', [['2021', '2021', '2021-05-01', '2024-06-01', true]]],
    ['The law applies starting on 3 January 2024.', [['3 January 2024', '2024-01-03', '2024-01-03', null, true]]],
    ['He must leave no later than March 2025.', [['March 2025', '2025-03', null, '2025-03', true]]],
    ['SINCE THE END OF 2019 nothing changed.', [['2019', '2019', '2019-09-01', '2024-06-01', true]]],
    ['Nobody came until June 2020.', [['June 2020', '2020-06', null, '2020-06', true]]],
    ['They met on 5 May 2019 in Paris.', [['5 May 2019', '2019-05-05', null, null, null]]],
    ['Effective in January 2025, fees rise.', [['January 2025', '2025-01', '2025-01', null, true]]],
    ['The deal was signed prior to 1 March 2021.', [['1 March 2021', '2021-03-01', null, '2021-02-28', true]]],
    ['The talks lasted two weeks before 15 November 2019.', [['15 November 2019', '2019-11-15', null, null, null]]],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('English dates: round 4 (issue 6) — same-unit anaphors, weekends, week ends, hedged weekdays, year to date', () => {
  // Reference 2019-12-05, a Thursday.
  const view = (s: string, reference: string | null = '2019-12-05') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, Array<[string, string | null]>]>([
    // "the same year/month/week", "that weekend" with nothing narrated before them: the reference's.
    ['Two ministers resigned the same year.', [['same year', '2019']]],
    ['Fuel ran short in the same month, traders said.', [['same month', '2019-12']]],
    ['Nobody was hired that same week.', [['that same week', '2019-12-02..2019-12-08']]],
    ['Roads were shut that weekend.', [['that weekend', '2019-12-07..2019-12-08']]],
    // With a narrated date they follow it; one they cannot take from it is no date.
    ['The dam burst on Friday 3 May 2019. That weekend rescuers arrived.', [['Friday 3 May 2019', '2019-05-03'], ['That weekend', '2019-05-04..2019-05-05']]],
    ['The mine closed in March 2015. That weekend miners marched. The same year it reopened.', [['March 2015', '2015-03'], ['same year', '2015']]],
    // "That year" alone still names no year we can tell, nor a comparison.
    ['That year the harvest failed.', []],
    ['She was born the same year as her cousin.', []],
    // A hedge between "next week" and a weekday keeps them one day.
    ['Talks resume next week, probably on Wednesday.', [['next week, probably on Wednesday', '2019-12-11']]],
    ['The vote may come next week maybe, say on Tuesday.', [['next week maybe, say on Tuesday', '2019-12-10']]],
    // Weekdays of a week named just before: that week's days.
    ['Hearings run next week from Tuesday to Thursday, the court said.', [['next week from Tuesday to Thursday', '2019-12-10..2019-12-12']]],
    ['Polls open this week between Wed and Fri.', [['this week between Wed and Fri.', '2019-12-04..2019-12-06']]],
    // A year's quarter or half, possessive.
    ['Output should recover in next year\'s first quarter.', [['next year\'s first quarter', '2020-01..2020-03']]],
    ['Profits fell in 2018\'s second half.', [['2018\'s second half', '2018-07..2018-12']]],
    // "the rest of my week"; a year-month opening a period closed by a year.
    ['I am away the rest of my week.', [['the rest of my week', '2019-12-05..2019-12-08']]],
    ['Prices rose between 2015 May and 2018.', [['between 2015 May and 2018', '2015-05..2018']]],
    // "Year to date": the reference's year, 1 January to the reference.
    ['The index is down 12% in the year to date.', [['year to date', '2019-01-01..2019-12-05']]],
    ['Sales rose 4% year-to-date, the firm said.', [['year-to-date', '2019-01-01..2019-12-05']]],
    // "from X and Y" names two years; "between X and Y" is a period.
    ['Output from 2015 and 2016 was lost.', [['2015', '2015'], ['2016', '2016']]],
    ['Output between 2015 and 2016 was lost.', [['between 2015 and 2016', '2015..2016']]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });

  test.each<[string, Array<[string, string | null]>]>([
    // Business days: Monday to Friday from the reference (Thursday 5 December 2019).
    ['Banks will settle in the next 3 business days.', [['next 3 business days', '2019-12-06..2019-12-10']]],
    ['Banks will settle within the next 3 business days.', [['within the next 3 business days', '2019-12-05..2019-12-10']]],
    ['Shares slid over the past four working days.', [['past four working days', '2019-11-29..2019-12-04']]],
    ['Ministers must answer within five business days.', [['within five business days', '2019-12-05..2019-12-12']]],
    ['The refund arrives in 2 business days.', [['in 2 business days', '2019-12-09']]],
    // "the following Friday": the first Friday after the narrated day; else next Friday.
    ['Troops left on Tuesday 7 May 2019 and returned the following Friday.', [['Tuesday 7 May 2019', '2019-05-07'], ['following Friday', '2019-05-10']]],
    ['Fresh talks open the following Monday.', [['following Monday', '2019-12-09']]],
    // "start from" a date: from that date on.
    ['Rationing will start from January.', [['January', '2020-01']]],
    // "of the year", "for the month": the story's year or month.
    ['It was the deadliest flood of the year.', [['the year', '2019']]],
    ['Rainfall for the month was half the norm.', [['the month', '2019-12']]],
    ['In 2016 a quake struck, the strongest of the year.', [['2016', '2016'], ['the year', '2016']]],
    // Not a title, a year the clause defines, nor a span since an event.
    ['He was named Player of the Year.', []],
    ['She recalled the mood of the year she was born.', []],
    ['Prices doubled in the year since the coup.', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });

  test.each<[string, Array<[string, string | null]>]>([
    // A count after "last/past/next" is a rolling period's, not part of a compound offset.
    ['Crews dug for the past 3 months and 2 days ago they struck water.', [['past 3 months', '2019-09-05..2019-12-04'], ['2 days ago', '2019-12-03']]],
    ['The mine shut 1 year and 2 months ago.', [['1 year and 2 months ago', '2018-10-05']]],
    // Working weeks are Monday to Friday; "the remaining of the week" is its rest.
    ['Strikes are planned this working week.', [['this working week', '2019-12-02..2019-12-06']]],
    ['Courts reopen next workweek.', [['next workweek', '2019-12-09..2019-12-13']]],
    ['Schools close for the remaining of the week.', [['the remaining of the week', '2019-12-05..2019-12-08']]],
    // The 2000s by their British names.
    ['Prices doubled in the noughties.', [['the noughties', '2000..2009']]],
    ['Rents rose in the two thousands.', [['the two thousands', '2000..2009']]],
    ['He sold the two thousands of shares.', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });

  test.each<[string, [string, string | null, string | null, boolean]]>([
    // "the" between a half-open word and a day ordinal.
    ['Nothing moved since the 3rd of May.', ['3rd of May', '2019-05-03', '2019-12-05', true]],
    ['Aid resumed after the 15th of June.', ['15th of June', '2019-06-16', null, true]],
    ['The truce held until the 20th of November.', ['20th of November', null, '2019-11-20', true]],
  ])('%s', (sentence, [text, from, to, half]) => {
    const [m] = extractDates(normalize(sentence), { reference: '2019-12-05' });
    expect([m?.text, m?.from ?? null, m?.to ?? null, !!m?.halfOpen]).toEqual([text, from, to, half]);
  });

  test('"after the 1979 revolution" stays a year', () => {
    expect(extractDates(normalize('Nothing changed after the 1979 revolution.'), { reference: '2019-12-05' })[0]).not.toHaveProperty('halfOpen');
  });

  test('"start from" opens a half-open period', () => {
    expect(extractDates(normalize('Rationing will start from January.'), { reference: '2019-12-05' })[0]).toMatchObject({ from: '2020-01', to: null, halfOpen: true });
  });

  test('year to date keeps the year as its value', () => {
    expect(extractDates(normalize('Prices are up 3% year to date.'), { reference: '2019-12-05' })[0]).toMatchObject({ value: '2019', grain: 'year' });
  });
});

describe('English dates: Jewish holidays and more Islamic feast names (issue 6, round 4)', () => {
  const view = (s: string, reference: string | null = '2023-06-01') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.to ? `${m.from}..${m.to}` : m.value]);

  test.each<[string, Array<[string, string | null]>]>([
    ['Offices closed for Yom Kippur 2021.', [['Yom Kippur 2021', '2021-09-16']]],
    ['Families gathered for Passover in 2022.', [['Passover in 2022', '2022-04-16..2022-04-23']]],
    ['The attack came on Simchat Torah, in October.', [['Simchat Torah', '2023-10-07'], ['October', '2023-10']]],
    ['Candles were lit for Chanukah 2020.', [['Chanukah 2020', '2020-12-11..2020-12-18']]],
    ['Rosh Hashana 2019 was quiet.', [['Rosh Hashana 2019', '2019-09-30..2019-10-01']]],
    ['Markets shut for the sacrifice feast 2019.', [['sacrifice feast 2019', '2019-08-11']]],
    ['Crowds marked the Jewish Passover in 2021.', [['Passover in 2021', '2021-03-28..2021-04-04']]],
    // Israel's memorial and independence days move off Fridays and Saturdays.
    ['Sirens sounded on Yom HaShoah 2021.', [['Yom HaShoah 2021', '2021-04-08']]],
    ['Flypasts marked Yom Haatzmaut 2018.', [['Yom Haatzmaut 2018', '2018-04-19']]],
    // Another calendar's New Year is still not 1 January.
    ['Lanterns lit the Chinese New Year parade.', [['Chinese New Year', '2023-01-22']]],
    ['Mosques filled on the Night of Power 2022.', [['Night of Power 2022', '2022-04-28']]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('English dates: issue 6, round 5', () => {
  /** [text, value or from..to] of each mention. */
  const view = (s: string, reference: string | null = '2025-09-20', ctx: Record<string, unknown> = {}) =>
    extractDates(normalize(s), { reference, ...ctx }).map((m) => [m.text, m.value ?? (m.from || m.to ? `${m.from}..${m.to}` : null)]);

  test.each<[string, Array<[string, string | null]>]>([
    // a year before a participle with its own object ("2019 killed" would count)
    ['An earlier storm in 2019 injured 40 villagers.', [['2019', '2019']]],
    // a year before an event's proper name, even after a count word
    ['Ten jailed over 2021 Kasba unrest', [['2021', '2021']]],
    ['Crowds filled the city for the 2019 Asian Cup final.', [['2019', '2019']]],
    // a non-round year closing its clause after "around"
    ['Exports, which collapsed around 2013, never recovered.', [['2013', '2013']]],
    // a numbered part of a month keeps the month as its value
    ['Aid arrived in the second week of July, officials said.', [['the second week of July', '2025-07']]],
    // a fronted month, its clause narrated in the past
    ['In November, a landslide near the pass buried six homes.', [['November', '2024-11']]],
    // a season of every year ("which runs from … to …") is no period of dates
    ['The harvest season, which runs from October to December, employs thousands.', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });

  test.each<[string]>([['Police said about 2000 arrested 14 were freed.'], ['The toll rose to around 2013.'], ['Over 1500 Syrian protesters marched.']])('no year: %s', (sentence) => {
    expect(view(sentence)).toEqual([]);
  });

  test.each<[string, string, Array<[string, string | null]>]>([
    // a slashed month/day with its year after a comma
    ['The invoice is dated 04/22,2019 by the clerk.', '2019-12-02', [['04/22,2019', '2019-04-22']]],
    ['The invoice is dated 04/22,19.', '2019-12-02', [['04/22,19', '2019-04-22']]],
    // "the next day" with a future cue and no day before it: from the reference
    ['We will return the next day.', '2019-12-02', [['the next day', '2019-12-03']]],
    ['The next day, police raided the flat.', '2019-12-02', [['The next day', null]]],
    // "the past day" ends the day before the reference, as "the past 3 days"
    ['Prices fell over the past day.', '2019-12-02', [['past day', '2019-12-01']]],
    // a count glued to its unit
    ['Rents rose over the past 2years.', '2019-12-02', [['past 2years', '2017-12-02..2019-12-01']]],
    // a weekday and a day in cardinal words
    ['The hearing is on Friday the thirteen.', '2019-12-02', [['Friday the thirteen', '2019-12-13']]],
    // an ordinal weekday alone: that weekday of the reference's month (none: no date)
    ['The market opens on the third Sunday.', '2019-12-02', [['the third Sunday', '2019-12-15']]],
    ['The fair is held on the fifth Sunday.', '2019-11-05', []],
    // a bare ISO week number where a date is expected
    ['Infections peaked in week 31.', '2019-12-02', [['week 31', '2019-07-29..2019-08-04']]],
    ['They meet on Thursday, week 23', '2019-12-05', [['Thursday', '2019-12-05'], ['week 23', '2019-06-03..2019-06-09']]],
    ['He was hurt in Week 10 against the Bears.', '2019-12-02', []],
    ['Shelling resumed in week 3 of the war.', '2019-12-02', []],
    // "on weekend" without "the"
    ['Shops will close on weekend.', '2019-12-02', [['weekend', '2019-12-07..2019-12-08']]],
    // a numbered part of a year in words
    ['Works end in the second week of two thousand and twenty one.', '2019-12-02', [['the second week of two thousand and twenty one', '2021']]],
  ])('%s', (sentence, reference, expected) => {
    expect(view(sentence, reference)).toEqual(expected);
  });

  test('no ordinal weekday in a count of occurrences', () => {
    expect(view('Crowds marched for the third Friday in a row.', '2019-12-02').map(([t]) => t)).not.toContain('the third Friday');
  });

  test.each<[string, string, Array<[string, string | null]>]>([
    // "the following quarter" with nothing narrated before it: the one after the reference's
    ['Margins should recover in the following quarter.', '2019-12-02', [['following quarter', '2020-01..2020-03']]],
    // a calendar year
    ['Revenue for CY2018 was flat.', '2019-12-02', [['CY2018', '2018']]],
    // a comparison of years
    ['Keep rows where year is later than 2015.', '2019-12-02', [['2015', '2015']]],
    // lower-case "may" closing a clause after a word of time
    ['Rates could rise in may.', '2019-12-02', [['may', '2020-05']]],
    // a day alone before a spaced dash
    ['Lunch with Omar on 29th - bring the files', '2019-12-02', [['29th', '2019-11-29']]],
  ])('%s', (sentence, reference, expected) => {
    expect(view(sentence, reference)).toEqual(expected);
  });

  test('"the following quarter" after a narrated date is not the reference\'s', () => {
    expect(view('Sales fell in 2015. The following quarter, they rose.', '2019-12-02')).toEqual([['2015', '2015']]);
  });

  test('"more than 2015 people", "as many as 2015 may" stay counts', () => {
    expect(view('More than 2015 people may leave.', '2019-12-02')).toEqual([]);
  });

  test('hijriCalendar: Islamic holidays by the tabular calendar on request, Umm al-Qura by default', () => {
    expect(view('Shops closed for Eid al-Adha 2021.', '2021-06-09')).toEqual([['Eid al-Adha 2021', '2021-07-20']]);
    expect(view('Shops closed for Eid al-Adha 2021.', '2021-06-09', { hijriCalendar: 'islamic-tbla' })).toEqual([['Eid al-Adha 2021', '2021-07-19']]);
  });

  test.each<[string, string, Array<[string, string | null]>]>([
    // a compound count before "later", with a future cue: every unit from the reference
    ['The permit will lapse 1 year 10 days later.', '2019-12-02', [['1 year 10 days later', '2020-12-12']]],
    // a numbered part before "next year" without "of"
    ['Trials resume the second week next year.', '2019-12-02', [['the second week next year', '2020']]],
  ])('%s', (sentence, reference, expected) => {
    expect(view(sentence, reference)).toEqual(expected);
  });

  test('"the following Easter": the next one, dropped after a narrated date', () => {
    expect(view('Pilgrims return the following Easter.', '2019-06-12')).toEqual([['following Easter', '2020-04-12']]);
    expect(view('They met in March 2015 and married the following Christmas.', '2019-06-12')).toEqual([['March 2015', '2015-03']]);
  });

  test.each<[string, string, Array<[string, string | null]>]>([
    // "dating back to" a year
    ['The feud dates back to 1921, elders say.', '2019-12-02', [['1921', '1921']]],
    // "the following N units" with nothing narrated before: the next ones; dropped after a narrated date
    ['Rain is forecast for the following 3 days.', '2019-12-02', [['following 3 days', '2019-12-03..2019-12-05']]],
    ['Prices fell in March 2015; in the following 3 months they rose.', '2019-12-02', [['March 2015', '2015-03']]],
  ])('%s', (sentence, reference, expected) => {
    expect(view(sentence, reference)).toEqual(expected);
  });

  test('"cut back to 1500" stays a count', () => {
    expect(view('Jobs were cut back to 1500.', '2019-12-02')).toEqual([]);
  });

  test('a fronted month before a future clause keeps the closest year', () => {
    expect(view('In November, the ministry will open a new office.')).toEqual([['November', '2025-11']]);
  });

  test('the days of a numbered week stay from/to', () => {
    expect(extractDates(normalize('Aid arrived in the second week of July.'), { reference: '2025-09-20' })[0]).toMatchObject({ from: '2025-07-07', to: '2025-07-13', grain: 'month' });
  });
});

describe('English dates: issue 6, round 6', () => {
  /** [text, value or from..to (half-open: from..null / null..to)] of each mention. */
  const view = (s: string, reference: string | null = '2024-03-13', ctx: Record<string, unknown> = {}) =>
    extractDates(normalize(s), { reference, ...ctx }).map((m) => [m.text, m.halfOpen ? `${m.from}..${m.to}` : m.value ?? (m.from || m.to ? `${m.from}..${m.to}` : null)]);

  test.each<[string, Array<[string, string | null]>]>([
    // a compact ISO date, also inside a file name
    ['The archive holds scan-19980412.pdf and more.', [['19980412', '1998-04-12']]],
    ['The decree took effect 20230105, the gazette said.', [['20230105', '2023-01-05']]],
    // a month and "of" with a two-digit year closing the clause
    ['My grandfather left Beirut in June of 76.', [['June of 76', '1976-06']]],
    ['She arrived on 9 October of \'02.', [['9 October of \'02', '2002-10-09']]],
    // "starting" a period named from the reference; "as early as" a date
    ['Buses will run every week starting next month.', [['next month', '2024-04..null']]],
    ['Trains will run every day starting next week.', [['next week', '2024-03-18..null']]],
    ['The plant could reopen as early as next week.', [['next week', '2024-03-18..null']]],
    // a written date "to today"
    ['Logs for 5 January to today were lost.', [['5 January to today', '2024-01-05']]],
    ['Inflation 2 February 2020 to today is steep.', [['2 February 2020 to today', '2020-02-02']]],
    // a tokenised decade
    ['Prices doubled in the 1970 s.', [['the 1970 s', '1970..1979']]],
    // a month glued to its day, lower case
    ['Deadline: may14 at noon.', [['may14', '2024-05-14']]],
    // a lower-case abbreviation after "in"
    ['The fair reopens in apr, organisers said.', [['apr', '2024-04']]],
    // "in the year/month/week" closing the sentence: the narrated unit, else the reference's
    ['In 2021 the port handled 9 million tons, a record in the year.', [['2021', '2021'], ['the year', '2021']]],
    ['It was the third strike in the week.', [['the week', '2024-03-11..2024-03-17']]],
    // "new year" after a word of time
    ['Shops stay shut over the new year.', [['new year', '2024-01-01']]],
    ['The vote was held 10 days before New Year.', [['10 days before New Year', '2023-12-22']]],
    // a year after an equals sign (a query's filter)
    ['Filter: year >= 2016', [['2016', '2016']]],
    // two close years closing the clause
    ['Compare the harvests of 2011 and 2013.', [['2011', '2011'], ['2013', '2013']]],
    // a weekday of a numbered week
    ['Talks resume the second week of May, on Thursday.', [['the second week of May, on Thursday', '2024-05-09']]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });

  test.each<string>([
    // an ID, a phone number, an invalid compact date
    'Call no. 20190512 for help.',
    'The code 20191345 failed.',
    // "the new year" that is the next year; another calendar's
    'Talks will resume in the new year.',
    'Families gathered before the Iranian New Year.',
    // "the week beginning" stays an operator; "in the year since"
    'In the year since the flood, 40 homes were rebuilt.',
    // a range of counts after "between"
    'Between 1500 and 2000 people marched.',
    // "mar" lower case after "in" is not March
    'Nothing could mar the day.',
  ])('%s: no date', (sentence) => {
    expect(view(sentence).filter(([t]) => t !== 'the day')).toEqual([]);
  });

  test.each<[string, string, Array<[string, string | null]>]>([
    // names of one country or region, read without a locale
    ['Ottawa marks Vimy Ridge Day quietly.', '2024-03-13', [['Vimy Ridge Day', '2024-04-09']]],
    ['Parks were full on Saskatchewan Day 2023.', '2024-03-13', [['Saskatchewan Day 2023', '2023-08-07']]],
    ['Victoria Day 2025 fell late.', '2024-03-13', [['Victoria Day 2025', '2025-05-19']]],
    ['Offices sent flowers on Administrative Professionals\' Day 2022.', '2024-03-13', [["Administrative Professionals' Day 2022", '2022-04-27']]],
    ['Voters turned out on Super Tuesday 2016.', '2024-03-13', [['Super Tuesday 2016', '2016-03-01']]],
    ['The last Super Tuesday reshaped the race.', '2021-06-01', [['last Super Tuesday', '2020-03-03']]],
    ['Amsterdam partied on Koningsdag 2025.', '2024-03-13', [['Koningsdag 2025', '2025-04-26']]],
    ['Mosques were full on Jumu\'atul-Wida 2023.', '2024-03-13', [["Jumu'atul-Wida 2023", '2023-04-14']]],
    ['Parsi New Year 2024 was quiet.', '2024-03-13', [['Parsi New Year 2024', '2024-08-15']]],
    ['Kites flew on Makar Sankranti 2023.', '2024-03-13', [['Makar Sankranti 2023', '2023-01-15']]],
    ['Families met for Mattu Pongal 2022.', '2024-03-13', [['Mattu Pongal 2022', '2022-01-15']]],
    ['Lamps were lit for Diwali 2022 across Delhi.', '2024-03-13', [['Diwali 2022', '2022-10-24']]],
    // 25 Boishakh: 25 days after the Sun enters sidereal Aries (8 May 2024)
    ['Kolkata sang on Rabindra Jayanti 2024.', '2024-03-13', [['Rabindra Jayanti 2024', '2024-05-08']]],
    ['Colours filled the streets on Holi.', '2024-03-13', [['Holi', '2024-03-25']]],
    ['Sisters tied rakhis on Raksha Bandhan 2022.', '2024-03-13', [['Raksha Bandhan 2022', '2022-08-11']]],
    // a spaced numeric date when the day is plain
    ['Born 27 04 1961 in Accra.', '2024-03-13', [['27 04 1961', '1961-04-27']]],
  ])('%s', (sentence, reference, expected) => {
    expect(view(sentence, reference)).toEqual(expected);
  });

  test('the reader\'s country dates its own holidays; without one "Labour Day" is not read', () => {
    const at = (s: string, locale?: string) => view(s, '2024-03-13', locale ? { locale } : {});
    expect(at('Unions marched on Labour Day 2023.')).toEqual([]);
    expect(at('Unions marched on Labour Day 2023.', 'en_CA')).toEqual([['Labour Day 2023', '2023-09-04']]);
    expect(at('Unions marched on Labour Day 2023.', 'en-NZ')).toEqual([['Labour Day 2023', '2023-10-23']]);
    expect(at('Unions marched on Labour Day 2023.', 'ZA')).toEqual([['Labour Day 2023', '2023-05-01']]);
    expect(at('Turkey for Thanksgiving 2023.', 'en_CA')).toEqual([['Thanksgiving 2023', '2023-10-09']]);
    expect(at('Turkey for Thanksgiving 2023.')).toEqual([['Thanksgiving 2023', '2023-11-23']]);
    expect(at('Cards for Mother\'s Day 2024.', 'en_GB')).toEqual([["Mother's Day 2024", '2024-03-10']]);
    expect(at('Flags for Independence Day 2023.', 'en_IN')).toEqual([['Independence Day 2023', '2023-08-15']]);
  });

  test('periods: "calendar" counts whole units around the reference\'s own; the default rolls', () => {
    const cal = (s: string) => view(s, '2024-03-13', { periods: 'calendar' });
    expect(cal('Sales fell over the last 2 weeks.')).toEqual([['last 2 weeks', '2024-02-26..2024-03-10']]);
    expect(view('Sales fell over the last 2 weeks.')).toEqual([['last 2 weeks', '2024-02-28..2024-03-12']]);
    expect(cal('Plans for the next three months.')).toEqual([['next three months', '2024-04..2024-06']]);
    expect(cal('The past week was calm.')).toEqual([['past week', '2024-03-04..2024-03-10']]);
    expect(cal('Book it in the upcoming two weeks.')).toEqual([['upcoming two weeks', '2024-03-25..2024-03-31']]);
    expect(cal('Book it in the upcoming two months.')).toEqual([['upcoming two months', '2024-05']]);
    expect(cal('Due in 3 upcoming year.')).toEqual([['3 upcoming year', '2027']]);
    expect(view('Book it in the upcoming two weeks.')).toEqual([['upcoming two weeks', '2024-03-14..2024-03-27']]);
    // a singular unit only after "upcoming"
    expect(view('The top 10 next week will be named.')).toEqual([['next week', '2024-03-18..2024-03-24']]);
  });

  test.each<string>(['He lent me 5 dollars.', 'We ate pongal at dawn.'])('%s: an ordinary word, no holiday', (sentence) => {
    expect(view(sentence)).toEqual([]);
  });

  test.each<string>(['Scores of 15 10 2019 votes were cast.', 'Rows 4 5 2019 are blank.'])('%s: no spaced date', (sentence) => {
    expect(view(sentence)).toEqual([]);
  });

  test('"the day before/after" closing a clause: the day narrated before it, else nothing', () => {
    expect(view('Police came on 5 May. The car had been stolen the day before.')).toEqual([['5 May', '2023-05-05'], ['the day before', '2023-05-04']]);
    expect(view('Nobody knew what happened the day before.')).toEqual([]);
    expect(view('Shops shut the day before the vote.')).toEqual([]);
  });

  test('a two-digit number after "of" that a noun follows is no year', () => {
    expect(view('The toll in June of 76 people shocked all.')).toEqual([['June', '2024-06']]);
  });
});

describe('English dates: issue 6, round 7', () => {
  /** [text, value or from..to] of each mention. */
  const view = (s: string, reference: string | null = '2021-05-12', ctx: Record<string, unknown> = {}) =>
    extractDates(normalize(s), { reference, ...ctx }).map((m) => [m.text, m.halfOpen ? `${m.from}..${m.to}` : m.value ?? (m.from || m.to ? `${m.from}..${m.to}` : null)]);

  // 2021-05-12 is a Wednesday.
  test.each<[string, Array<[string, string | null]>, Record<string, unknown>?]>([
    // a part of the following week: of the narrated day's, else of the week after the reference's
    ['Talks are planned for the beginning of the following week.', [['the beginning of the following week', '2021-05-17..2021-05-19']]],
    ['Aid arrived on 3 March and ran out at the end of the following week.', [['3 March', '2021-03-03'], ['the end of the following week', '2021-03-12..2021-03-14']]],
    ['Results are due at the end of around next week.', [['the end of around next week', '2021-05-21..2021-05-23']]],
    // an ordinal quarter alone: the business quarter, as "Q3"
    ['Exports grew 4% in the third quarter, the ministry said.', [['the third quarter', '2021-07..2021-09']]],
    ['Third-quarter revenue beat forecasts.', [['Third-quarter', '2021-07..2021-09']]],
    ['Output for the 1st qtr was flat.', [['the 1st qtr', '2021-01..2021-03']]],
    // a calendar season named from the reference, outside a sentence of play or harvest
    ['Floods this season displaced thousands.', [['this season', '2021-03-20..2021-06-20']]],
    ['Heating bills soared last season.', [['last season', '2020-12-21..2021-03-20']]],
    ['Water will be rationed next season.', [['next season', '2021-06-21..2021-09-23']]],
    // the abbreviations that are no word, alone
    ['Registration closes thu, organisers said.', [['thu', '2021-05-06']]],
    ['Doors open fri at noon.', [['fri', '2021-05-07']]],
    // an offset from a day named is a day, also in years
    ['The lease ends 3 years from today.', [['3 years from today', '2024-05-12']]],
    // a day glued to its month, with a year
    ['The permit is dated 14april 2015.', [['14april 2015', '2015-04-14']]],
    // other names of a feast
    ['Worshippers prayed through the Night of Measures 2019.', [['Night of Measures 2019', '2019-06-01']]],
    ['Sisters tied threads on Rakhi 2022.', [['Rakhi 2022', '2022-08-11']]],
    ['Ghats filled for Dala Puja 2019.', [['Dala Puja 2019', '2019-11-02']]],
    ['Homes were lit for Lakshmi Puja 2022.', [['Lakshmi Puja 2022', '2022-10-24']]],
    // "this <holiday>": the running or next one (within a week after it, the one just past)
    ['Crowds will be thin this Easter.', [['this Easter', '2022-04-17']]],
    ['Crowds were thin this Easter.', [['this Easter', '2021-04-04']], { reference: '2021-04-08' }],
    // a named month after next / before last
    ['The vote moves to the March after next.', [['the March after next', '2023-03']]],
    ['Prices peaked the June before last.', [['the June before last', '2019-06']]],
  ])('%s', (sentence, expected, ctx = {}) => {
    const { reference, ...rest } = ctx as { reference?: string };
    expect(view(sentence, reference ?? '2021-05-12', rest)).toEqual(expected);
  });

  test.each<string>([
    // a game's quarter, a counted one, a quarter of something
    'He scored 12 points in the third quarter.',
    'Sales fell for a third quarter in a row.',
    'The first quarter of the population is rural.',
    'She reached the first quarterfinal.',
    // a season of play, harvest or broadcast; plural seasons
    'Last season the club finished third in the league.',
    'Farmers expect a poor harvest this season.',
    'The show returns next season with new episodes.',
    'Prices rose in past seasons.',
    // a name, a list of weekdays, a date's weekday
    'Nguyen Thi Thu said the port was closed.',
    'Rakhi said she would stay.',
  ])('%s: no date', (sentence) => {
    expect(view(sentence)).toEqual([]);
  });

  test('a weekday fixes a year-less day\'s year for a reader of coming dates only', () => {
    // 18 July 2021 is a Sunday, 18 July 2022 a Monday
    expect(view('The fair opens Mon, Jul 18.', '2021-05-12', { prefer: 'future' })).toEqual([['Mon, Jul 18', '2022-07-18']]);
    expect(view('The fair opens Jul 18, Mon.', '2021-05-12', { prefer: 'future' })).toEqual([['Jul 18, Mon', '2022-07-18']]);
    // news: a weekday that does not fit is a slip, the day keeps the closest year
    expect(view('The fair opens Mon, Jul 18.')).toEqual([['Mon, Jul 18', '2021-07-18']]);
  });
});

describe('English dates: issue 6, round 7 (more forms)', () => {
  const view = (s: string, reference: string | null = '2021-05-12', ctx: Record<string, unknown> = {}) =>
    extractDates(normalize(s), { reference, ...ctx }).map((m) => [m.text, m.value ?? (m.from || m.to ? `${m.from}..${m.to}` : null)]);

  test.each<[string, Array<[string, string | null]>]>([
    // "mon." in lower case with its dot
    ['Back in the office mon. after the break.', [['mon', '2021-05-10']]],
    // "all week": the narrated week, else the reference's
    ['Schools stay shut all week.', [['all week', '2021-05-10..2021-05-16']]],
    ['Storms hit on 3 March 2020 and it rained all week long.', [['3 March 2020', '2020-03-03'], ['all week long', '2020-03-02..2020-03-08']]],
    // a named month in N years (with a future cue)
    ['The mission will launch March in two years.', [['March in two years', '2023-03']]],
    // a year of the common era
    ['The town was founded in 79 AD by traders.', [['79 AD', '0079']]],
    ['Coins from 14 a.d. were found.', [['14 a.d.', '0014']]],
    ['The chapel dates from AD 800.', [['AD 800', '0800']]],
    // a two-digit year glued to its quarter
    ['Margins widened in 19Q3 again.', [['19Q3', '2019-07..2019-09']]],
    // the nth weekday after or before a date
    ['Schools reopen the second Monday after Easter 2022.', [['the second Monday after Easter 2022', '2022-04-25']]],
    ['Filing closes the last Friday before 1 May 2020.', [['the last Friday before 1 May 2020', '2020-04-24']]],
    // a day after a determiner names an event ("the June 5 polls"), not a count
    ['Turnout in the April 11 polls was low.', [['April 11', '2021-04-11']]],
    // "the <Month> protests": a month naming an event
    ['The March clashes left the town empty.', [['March', '2021-03']]],
    // (without a determiner the number after the month is a count)
    ['In June 5 people drowned.', [['June', '2021-06']]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });

  test.each<string>([
    "C'mon. Let's go.",
    'The shop sold 14 AD units.',
    'They left the first Monday after the vote.',
    // a proper name
    'The October Revolution shaped the century.',
  ])('%s: no date', (sentence) => {
    expect(view(sentence)).toEqual([]);
  });
});

describe('English dates: the feastDays and nextPeriod options (issue 6, round 8)', () => {
  const view = (s: string, ctx: Partial<Parameters<typeof extractDates>[1]> = {}, reference = '2024-03-13') =>
    extractDates(normalize(s), { reference, ...ctx }).map((m) => [m.text, m.value ?? `${m.from}..${m.to}`]);

  // Yom Kippur 2023 was kept on 25 September (it began at sundown on the 24th); Shavuot 2022 on
  // 5–6 June; Purim 2021 on 26 February; Sukkot 2020 on 3–9 October.
  test.each<[string, string, string, string]>([
    ['Synagogues were full on Yom Kippur 2023.', 'Yom Kippur 2023', '2023-09-25', '2023-09-24'],
    ['Dairy sales peak before Shavuot 2022.', 'Shavuot 2022', '2022-06-05..2022-06-06', '2022-06-04..2022-06-06'],
    ['Costumes sold out for Purim 2021.', 'Purim 2021', '2021-02-26', '2021-02-25'],
    ['Families built huts for Sukkot 2020.', 'Sukkot 2020', '2020-10-03..2020-10-09', '2020-10-02..2020-10-09'],
  ])('%s: the day kept by default, from the eve with feastDays "eve"', (sentence, text, day, eve) => {
    expect(view(sentence)).toEqual([[text, day]]);
    expect(view(sentence, { feastDays: 'day' })).toEqual([[text, day]]);
    expect(view(sentence, { feastDays: 'eve' })).toEqual([[text, eve]]);
  });

  test('feastDays "eve" moves Hebrew-calendar feasts only, also when named from the reference', () => {
    // other calendars' feasts keep their day
    expect(view('Shops closed on Christmas 2023 and Easter 2024.', { feastDays: 'eve' })).toEqual([
      ['Christmas 2023', '2023-12-25'],
      ['Easter 2024', '2024-03-31'],
    ]);
    // "next Passover" said on 13 March 2024: kept 23–30 April 2024, begun on the evening of the 22nd
    expect(view('Flights are full for next Passover.')).toEqual([['next Passover', '2024-04-23..2024-04-30']]);
    expect(view('Flights are full for next Passover.', { feastDays: 'eve' })).toEqual([['next Passover', '2024-04-22..2024-04-30']]);
  });

  test('nextPeriod "start": next week/month/year said alone is its first day; the default keeps the period', () => {
    // 13 March 2024 is a Wednesday
    const start = (s: string) => view(s, { nextPeriod: 'start' });
    expect(view('Call the plumber next month.')).toEqual([['next month', '2024-04']]);
    expect(view('Call the plumber next month.', { nextPeriod: 'whole' })).toEqual([['next month', '2024-04']]);
    expect(start('Call the plumber next month.')).toEqual([['next month', '2024-04-01']]);
    expect(start('Renew the lease next year.')).toEqual([['next year', '2025-01-01']]);
    expect(start('Send the invoice next week.')).toEqual([['next week', '2024-03-18']]);
    expect(start('Plan a trip for the coming month.')).toEqual([['coming month', '2024-04-01']]);
  });

  test('nextPeriod "start" leaves this and past periods, and periods the text bounds, whole', () => {
    const start = (s: string) => view(s, { nextPeriod: 'start' });
    expect(start('Sales rose this year.')).toEqual([['this year', '2024']]);
    expect(start('Sales fell last month.')).toEqual([['last month', '2024-02']]);
    expect(start('Sales fell last week.')).toEqual([['last week', '2024-03-04..2024-03-10']]);
    expect(start('Sales rose from this month to next month.')).toEqual(view('Sales rose from this month to next month.'));
  });
});

describe('English dates: the nearest weekday to a date, abbreviated weekdays in feast names (round 8)', () => {
  const view = (s: string, reference = '2024-03-13') => extractDates(normalize(s), { reference }).map((m) => [m.text, m.value ?? `${m.from}..${m.to}`]);

  test.each<[string, string, string]>([
    // 1 May 2024 is a Wednesday: Fridays 3 May (2 days), 26 April (5 days)
    ['The vote falls on the closest Friday to 1 May 2024.', 'the closest Friday to 1 May 2024', '2024-05-03'],
    ['They chose the nearest Fri to 1 May 2024 instead.', 'the nearest Fri to 1 May 2024', '2024-05-03'],
    ['The second closest Friday to 1 May 2024 was picked.', 'The second closest Friday to 1 May 2024', '2024-04-26'],
    // 10 March 2024 is a Sunday: itself, then 3 and 17 March (a tie: the earlier first)
    ['The closest Sunday to 10 March 2024 is that day.', 'The closest Sunday to 10 March 2024', '2024-03-10'],
    ['The third nearest Sunday to 10 March 2024 was free.', 'The third nearest Sunday to 10 March 2024', '2024-03-17'],
    // a year-less date takes its year as usual
    ['We picked the closest Monday to June 6.', 'the closest Monday to June 6', '2024-06-03'],
  ])('%s', (sentence, text, value) => {
    expect(view(sentence)).toEqual([[text, value]]);
  });

  test.each<[string, string, string]>([
    // Christmas 2020 is 66 days before 1 March 2021, Christmas 2021 299 days after, 2019's 432 before
    ['We met on the closest Christmas to 1 March 2021.', 'the closest Christmas to 1 March 2021', '2020-12-25'],
    ['We met on the second nearest Christmas to 1 March 2021.', 'the second nearest Christmas to 1 March 2021', '2021-12-25'],
    // nearest a month: to its days (Easter 2030 is 21 April)
    ['The closest Easter to June 2030 is early.', 'The closest Easter to June 2030', '2030-04-21'],
    // a feast of several days is a period (Hanukkah 2023: 8–15 December)
    ['They wed on the nearest Hanukkah to 1 January 2024.', 'the nearest Hanukkah to 1 January 2024', '2023-12-08..2023-12-15'],
  ])('%s: the holiday nearest a date', (sentence, text, value) => {
    expect(view(sentence)).toEqual([[text, value]]);
  });

  test('"the closest Monday/Christmas to" an event names no day', () => {
    expect(view('The closest Monday to the vote was busy.')).toEqual([]);
    expect(view('The closest Christmas to the election was quiet.')).toEqual([]);
  });

  test.each<[string, string, string]>([
    ['Churches filled on Covenant Thu, the priest said.', 'Covenant Thu', '2024-03-28'],
    ['The rite of the Thursday of Mysteries 2019 drew crowds.', 'Thursday of Mysteries 2019', '2019-04-18'],
    ['Shops shut on Good Fri this year.', 'Good Fri this year', '2024-03-29'],
    ['Queues formed on Ash Wed. in the rain.', 'Ash Wed', '2024-02-14'],
  ])('%s: a feast named with an abbreviated weekday', (sentence, text, value) => {
    expect(view(sentence).slice(0, 1)).toEqual([[text, value]]);
  });

  test.each<[string, Array<[string, string]>]>([
    ['In March first-time buyers rushed in.', [['March', '2024-03']]],
    ['By May third-party sellers had left.', [['May', '2024-05']]],
    ['The fair opens on March first.', [['March first', '2024-03-01']]],
    ['The fair opens on April twenty-first.', [['April twenty-first', '2024-04-21']]],
  ])('%s: an ordinal in a hyphenated compound is no day', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });

  test('"sun" and "sat" stay words in a feast name', () => {
    expect(view('The Easter sun rose over the hills.')).toEqual([['Easter', '2024-03-31']]);
  });
});
