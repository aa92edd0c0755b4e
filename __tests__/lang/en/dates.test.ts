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
    ['Talks ran from 15 to 20 November in Geneva.', '15 to 20 November', '2019-11-15', '2019-11-15', '2019-11-20'],
    ['The fair runs 15-20 November each year.', '15-20 November', '2019-11-15', '2019-11-15', '2019-11-20'],
    ['Voting is between 15 and 20 November.', 'between 15 and 20 November', '2019-11-15', '2019-11-15', '2019-11-20'],
    ['Executions rose from 3 February to 20 April 2016.', '3 February to 20 April 2016', '2016-02-03', '2016-02-03', '2016-04-20'],
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
    ['a\n\nb\n\nc\n\nThe fight ran from 5 May 2016 to a deal signed on 7 June 2017 at night.', '2017-06-07'],
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
