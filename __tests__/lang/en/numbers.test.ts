import { readNumbers } from '../../../src/lang/en/numbers.js';
import { checkOrder, expected, read, type Case } from '../../extract/numbers/helpers.js';

const cases: Record<string, Case[]> = {
  'digit groups and decimals': [
    { text: 'Organisers counted 12,000 marchers.', want: [['12,000', 'integer', 12000]] },
    { text: 'Some 12 000 residents left the valley.', want: [['12 000', 'integer', 12000]] },
    { text: 'A thin-space figure: 40\u202f500 tents.', want: [['40\u202f500', 'integer', 40500]] },
    { text: 'The debt reached 12.000.000 last spring.', want: [['12.000.000', 'integer', 12000000]] },
    { text: 'The index closed at 12.000 points.', want: [['12.000', 'integer', 12]] },
    { text: 'Turnout grew by 1.5 points.', want: [['1.5', 'decimal', 1.5]] },
    { text: 'Rooms 3,5 and 7 were searched.', want: [['3', 'integer', 3], ['5', 'integer', 5], ['7', 'integer', 7]] },
    { text: 'Nearly 1,2 million villagers were cut off.', want: [['1,2 million', 'integer', 1200000]] },
    { text: 'Some 2,75 billion doses went out.', want: [['2,75 billion', 'integer', 2750000000]] },
    { text: 'Lots 1,2 and 3 million were sold.', want: [['1', 'integer', 1], ['2', 'integer', 2], ['3 million', 'integer', 3000000]] },
    { text: 'Wards 4,5,6 million were counted.', want: [['4', 'integer', 4], ['5', 'integer', 5], ['6 million', 'integer', 6000000]] },
    { text: 'It weighed .75 of a tonne.', want: [['.75', 'decimal', 0.75]] },
    { text: 'Europeans write 2.345,50 for that.', want: [['2.345,50', 'decimal', 2345.5]] },
    { text: 'The router sits at 10.0.0.1 on the network.', want: [['10', 'integer', 10], ['0', 'integer', 0], ['0', 'integer', 0], ['1', 'integer', 1]] },
    { text: 'A reading of 1e6 was logged.', want: [['1e6', 'integer', 1000000]] },
  ],
  'digits with letters': [
    { text: 'The plan costs 3bn over ten years.', want: [['3bn', 'integer', 3000000000], ['ten', 'integer', 10]] },
    { text: 'The channel has 100k followers.', want: [['100k', 'integer', 100000]] },
    { text: 'Nearly 1.2M visitors came.', want: [['1.2M', 'integer', 1200000]] },
    { text: 'They built a 5m wall and a 29km road.', want: [] },
    { text: 'About 1.2m people were displaced.', want: [['1.2m', 'integer', 1200000]] },
    { text: 'The river rose 3m overnight, and 3m refugees waited.', want: [['3m', 'integer', 3000000]] },
    { text: 'Two F16 jets and a 5G mast.', want: [['Two', 'integer', 2]] },
    { text: 'A 3.5G phone and a 9G turn.', want: [] },
    { text: 'The fund holds 24.5G in bonds.', want: [['24.5G', 'integer', 24500000000]] },
    { text: 'Storage grew to 12G last year.', want: [['12G', 'integer', 12000000000]] },
    { text: 'Music of the 1990s returned.', want: [] },
    { text: 'He turned 2.3 million heads.', want: [['2.3 million', 'integer', 2300000]] },
    { text: 'Exports hit 1.5 billion units.', want: [['1.5 billion', 'integer', 1500000000]] },
  ],
  'cardinal words': [
    { text: 'Twenty-five soldiers were captured.', want: [['Twenty-five', 'integer', 25]] },
    { text: 'Six hundred prisoners were freed.', want: [['Six hundred', 'integer', 600]] },
    { text: 'Twelve thousand refugees crossed.', want: [['Twelve thousand', 'integer', 12000]] },
    { text: 'About a hundred protesters gathered.', want: [['a hundred', 'integer', 100]] },
    { text: 'A thousand candles were lit.', want: [['A thousand', 'integer', 1000]] },
    { text: 'A dozen officers stood guard.', want: [['A dozen', 'integer', 12]] },
    { text: 'Two dozen eggs broke.', want: [['Two dozen', 'integer', 24]] },
    { text: 'Three million two hundred thousand votes were cast.', want: [['Three million two hundred thousand', 'integer', 3200000]] },
    { text: 'It took one hundred and six days.', want: [['one hundred and six', 'integer', 106]] },
    { text: 'Forty two boats and thirty-one planes.', want: [['Forty two', 'integer', 42], ['thirty-one', 'integer', 31]] },
    { text: 'One two three, said the coach.', want: [['One', 'integer', 1], ['two', 'integer', 2], ['three', 'integer', 3]] },
    { text: 'Nineteen eighty-four is a novel.', want: [['Nineteen', 'integer', 19], ['eighty-four', 'integer', 84]] },
    { text: 'The bill ran to 4 thousand 2 hundred pages.', want: [['4 thousand 2 hundred', 'integer', 4200]] },
    { text: 'The hall seats twelve hundred.', want: [['twelve hundred', 'integer', 1200]] },
    { text: 'Flight one forty-seven landed.', want: [['one forty-seven', 'integer', 147]] },
    { text: 'We met at one thirty.', want: [['one', 'integer', 1], ['thirty', 'integer', 30]] },
    { text: 'He saw one twenty-year-old guard.', want: [['one', 'integer', 1], ['twenty', 'integer', 20]] },
    { text: 'They ate a dozen of the pies.', want: [['a dozen of', 'integer', 12]] },
  ],
  'fractions and mixed numbers': [
    { text: 'One and a half million people voted.', want: [['One and a half million', 'integer', 1500000]] },
    { text: 'Half a million were displaced.', want: [['Half a million', 'integer', 500000]] },
    { text: 'Two-thirds of the members agreed.', want: [['Two-thirds', 'fraction', 2 / 3]] },
    { text: 'Half of the town flooded.', want: [['Half', 'fraction', 0.5]] },
    { text: 'A third of the budget went missing.', want: [['A third', 'fraction', 1 / 3]] },
    { text: 'Seven tenths of the land is dry.', want: [['Seven tenths', 'fraction', 0.7]] },
    { text: 'It is 3 million and a quarter.', want: [['3 million and a quarter', 'integer', 3250000]] },
    { text: 'Only 3/4 of the funds arrived.', want: [['3/4', 'fraction', 0.75]] },
    { text: 'One in five children is at risk.', want: [['One in five', 'fraction', 0.2]] },
    { text: 'Divide it: 900 over 4.', want: [['900 over 4', 'fraction', 225]] },
    { text: 'He won 900 over 4 rounds.', want: [['900', 'integer', 900], ['4', 'integer', 4]] },
    { text: 'Two died in 2019.', want: [['Two', 'integer', 2], ['2019', 'integer', 2019]] },
    { text: 'The rate was two point five.', want: [['two point five', 'decimal', 2.5]] },
    { text: 'A couple of hours later.', want: [['A couple of', 'integer', 2]] },
  ],
  ordinals: [
    { text: 'On the first day of talks.', want: [['first', 'ordinal', 1]] },
    { text: 'The 2nd round and her 21st birthday.', want: [['2nd', 'ordinal', 2], ['21st', 'ordinal', 21]] },
    { text: 'The third attempt failed.', want: [['third', 'ordinal', 3]] },
    { text: 'The fortieth anniversary and the twenty-fifth.', want: [['fortieth', 'ordinal', 40], ['twenty-fifth', 'ordinal', 25]] },
  ],
  'vague counts': [
    { text: 'Dozens of people were hurt.', want: [['Dozens', 'vague', null, 20, 99]] },
    { text: 'Hundreds of families camped out.', want: [['Hundreds', 'vague', null, 200, 999]] },
    { text: 'Thousands were arrested.', want: [['Thousands', 'vague', null, 2000, 9999]] },
    { text: 'Tens of thousands fled the city.', want: [['Tens of thousands', 'vague', null, 20000, 99999]] },
    { text: 'Hundreds of thousands of jobs.', want: [['Hundreds of thousands', 'vague', null, 200000, 999999]] },
    { text: 'Millions of viewers tuned in.', want: [['Millions', 'vague', null, 2000000, 9999999]] },
    { text: 'Scores of homes burned.', want: [['Scores', 'vague', null, 40, 99]] },
    { text: 'The scores were level at the break.', want: [] },
    { text: 'Three thousands of them.', want: [['Three thousands', 'integer', 3000]] },
  ],
  ranges: [
    { text: 'Between 10 and 14 people died.', want: [['Between 10 and 14', 'range', null, 10, 14]] },
    { text: 'Some 10-14 people died.', want: [['10-14', 'range', null, 10, 14]] },
    { text: 'Some 10 to 14 people died.', want: [['10 to 14', 'range', null, 10, 14]] },
    { text: 'From 10 to 14 people died.', want: [['From 10 to 14', 'range', null, 10, 14]] },
    { text: 'Between 10 and 20 thousand marched.', want: [['Between 10 and 20 thousand', 'range', null, 10000, 20000]] },
    { text: 'Between 500 and 2 million watched.', want: [['Between 500 and 2 million', 'range', null, 500, 2000000]] },
    { text: 'Between one hundred and two hundred came.', want: [['Between one hundred and two hundred', 'range', null, 100, 200]] },
    { text: 'Prices fell from 14 to 10.', want: [['14', 'integer', 14], ['10', 'integer', 10]] },
    { text: 'The final score was 3-1.', want: [['3', 'integer', 3], ['1', 'integer', 1]] },
    { text: 'Filed on 2020-05-12 at noon.', want: [['2020', 'integer', 2020], ['05', 'integer', 5], ['12', 'integer', 12]] },
    { text: 'Rates of 10-14% were quoted.', want: [['10-14%', 'range', null, 10, 14, '%']] },
  ],
  percentages: [
    { text: 'Some 48% voted.', want: [['48%', 'percentage', 48, 48, 48, '%']] },
    { text: 'Some 48 % voted.', want: [['48 %', 'percentage', 48, 48, 48, '%']] },
    { text: 'Some 48 percent voted.', want: [['48 percent', 'percentage', 48, 48, 48, '%']] },
    { text: 'Some 48 per cent voted.', want: [['48 per cent', 'percentage', 48, 48, 48, '%']] },
    { text: 'Growth of 2.5 percent.', want: [['2.5 percent', 'percentage', 2.5, 2.5, 2.5, '%']] },
  ],
  money: [
    { text: 'It cost $5m to rebuild.', want: [['$5m', 'money', 5000000, 5000000, 5000000, '$']] },
    { text: 'It cost $5 million to rebuild.', want: [['$5 million', 'money', 5000000, 5000000, 5000000, '$']] },
    { text: 'It cost 5 million dollars.', want: [['5 million dollars', 'money', 5000000, 5000000, 5000000, 'dollars']] },
    { text: 'A fine of \u20ac3bn was imposed.', want: [['\u20ac3bn', 'money', 3000000000, 3000000000, 3000000000, '\u20ac']] },
    { text: 'Tickets cost \u00a310 each.', want: [['\u00a310', 'money', 10, 10, 10, '\u00a3']] },
    { text: 'Aid of 1.5 billion euros.', want: [['1.5 billion euros', 'money', 1500000000, 1500000000, 1500000000, 'euros']] },
  ],
  'times and phones': [
    { text: 'The blast came at 8:39 local time.', want: [['8:39', 'time', 8.65]] },
    { text: 'Doors open at 09 : 40.', want: [['09 : 40', 'time', 9 + 40 / 60]] },
    { text: 'Curfew starts at 8:30 pm.', want: [['8:30 pm', 'time', 20.5]] },
    { text: 'Shops close at 10 p.m. daily.', want: [['10 p.m.', 'time', 22]] },
    { text: 'Call +33 1 23 45 67 89 now.', want: [['+33 1 23 45 67 89', 'phone', null]] },
    { text: 'Call (212) 555-0100 now.', want: [['(212) 555-0100', 'phone', null]] },
  ],
  'signs, codes and pronouns': [
    { text: 'It fell to -5 overnight.', want: [['-5', 'integer', -5]] },
    { text: 'It fell to minus 5 overnight.', want: [['minus 5', 'integer', -5]] },
    { text: 'The one you saw and no one else.', want: [] },
    { text: 'Which one is it?', want: [] },
    { text: 'Which one of them?', want: [] },
    { text: 'A fire in which one patient died.', want: [['one', 'integer', 1]] },
    { text: 'One more try.', want: [['One', 'integer', 1]] },
    { text: 'See https://example.org/a?id=17859&q=30%25 today.', want: [] },
    { text: 'Forty-five (45) days passed.', want: [['Forty-five (45)', 'integer', 45]] },
    { text: 'Talks on 5/17/2018 ended.', want: [['5', 'integer', 5], ['17', 'integer', 17], ['2018', 'integer', 2018]] },
  ],
};

describe('English number reader', () => {
  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      test.each(list.map((c) => [c.text, c] as const))('%s', (_text, c) => {
        expect(read(readNumbers, c.text)).toEqual(expected(c.want));
      });
    });
  }

  test('offsets are sorted, non-overlapping and index the normalised text', () => {
    checkOrder(readNumbers, 'Between 10 and 14 died, 20,000 fled, $5m was paid, hundreds wept and 48% at 8:30 pm.');
  });

  test('a long input is read in windows without losing numbers at the seams', () => {
    const line = 'The agency said 1,250 people and twenty-five dogs were moved between 10 and 14 km.\n';
    const text = line.repeat(3000);
    const got = readNumbers(text);
    expect(got).toHaveLength(3 * 3000);
    expect(got.filter((m) => m.value === 1250)).toHaveLength(3000);
  });
});
