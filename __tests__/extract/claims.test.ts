/**
 * The claim engine, through the library API, on sentences written for these tests.
 * Each row: text → the claims expected, as "category qualifier value [source]".
 */
import { extract } from '../../src/index.js';

function claims(text: string, lang: string): string[] {
  return extract(text, { lang, date: '2024-05-01' }).claims.map(
    (c) => `${c.category} ${c.qualifier} ${c.value ?? `${c.min}-${c.max}`}${c.source ? ` [${c.source}]` : ''}`,
  );
}

describe('English claims', () => {
  test.each([
    ['Security forces killed at least 35 people on Friday.', ['deaths at_least 35']],
    ['More than 1,200 demonstrators were detained.', ['arrests more_than 1200']],
    ['The blast killed 3 and wounded 12.', ['deaths exact 3', 'injuries exact 12']],
    ['Nearly 400 families fled the district.', ['displaced about 400']],
    ['Up to 90 people remain missing.', ['missing up_to 90']],
    ['Fewer than 20 prisoners were executed this year.', ['executions less_than 20']],
    ['Protests erupted in 21 cities.', ['places exact 21']],
    ['Some 5,000 protesters took part in the march.', ['participants about 5000']],
    ['The death toll rose to 632.', ['deaths exact 632']],
    ['No one was killed in the attack.', ['deaths exact 0']],
    ['At least 17 teenagers were among the dead, according to Amnesty International.', ['deaths at_least 17 [Amnesty International]']],
    ['The quake injured 329 people, 51 of them seriously.', ['injuries exact 329', 'injuries exact 51']],
    ['Police arrested 40 people, 12 of whom were later released.', ['arrests exact 40']],
    // The ages are no counts, and no boundary between the count and its verb.
    ['Two boys aged 15 and 17 were hurt.', ['injuries exact 2']],
  ])('%s', (text, expected) => {
    expect(claims(text, 'en')).toEqual(expected);
  });

  test.each([
    ['ages', 'The boys were aged 15 and 17.'],
    ['years', 'The law was passed in 2019 after protests.'],
    ['percentages', 'Turnout fell 48% as 12 parties boycotted.'],
    ['durations', 'The siege lasted 40 days.'],
    ['money', 'The fund raised $5 million for 300 schools.'],
    ['buildings', 'The storm destroyed 120 houses.'],
    ['district ordinals', 'The mayor of the 2nd District spoke.'],
    ['a number with no event', 'The report has 40 pages.'],
  ])('not a claim: %s', (_n, text) => {
    expect(claims(text, 'en')).toEqual([]);
  });

  test('spans, subject, interval', () => {
    const text = 'Rights groups said at least 600 protesters were killed.';
    const [c] = extract(text, { lang: 'en' }).claims;
    expect(c).toMatchObject({ category: 'deaths', qualifier: 'at_least', value: 600, min: 600, max: null, subject: 'protesters', text: 'at least 600 protesters' });
    expect(text.slice(c!.start, c!.end)).toBe(c!.text);
  });

  test('more than: an open lower bound', () => {
    const [c] = extract('Over 300 people were injured.', { lang: 'en' }).claims;
    expect(c).toMatchObject({ qualifier: 'more_than', min: 300, max: null, minExclusive: true });
  });

  test('about: a ±10% interval', () => {
    const [c] = extract('About 1,500 people were killed.', { lang: 'en' }).claims;
    expect(c).toMatchObject({ qualifier: 'about', value: 1500, min: 1350, max: 1650 });
  });

  test('rates are kept and marked', () => {
    const [c] = extract('Three people are executed every day.', { lang: 'en' }).claims;
    if (c) expect(c.rate).toBe(true);
    const [d] = extract('3 people are executed every day.', { lang: 'en' }).claims;
    expect(d).toMatchObject({ category: 'executions', value: 3, rate: true });
  });
});

describe('Arabic claims', () => {
  test.each([
    ['قتل 35 شخصا على الأقل يوم الجمعة.', ['deaths at_least 35']],
    ['اعتقلت الشرطة أكثر من 1200 متظاهر.', ['arrests more_than 1200']],
    ['أسفر الانفجار عن مقتل 3 وإصابة 12 آخرين.', ['deaths exact 3', 'injuries exact 12']],
    ['نزح نحو 400 عائلة من الحي.', ['displaced about 400']],
    ['لا يزال 90 شخصا في عداد المفقودين.', ['missing exact 90']],
    ['أعدمت السلطات ما لا يقل عن 20 سجينا هذا العام.', ['executions at_least 20']],
    ['اندلعت الاحتجاجات في 21 مدينة.', ['places exact 21']],
    ['ارتفعت حصيلة القتلى إلى 632 قتيلا.', ['deaths exact 632']],
    ['قُتل ۴۵ متظاهراً في طهران.', ['deaths exact 45']],
    ['وأصيب حوالي ٣٠٠ شخص بجروح.', ['injuries about 300']],
  ])('%s', (text, expected) => {
    expect(claims(text, 'ar')).toEqual(expected);
  });

  test.each([
    ['ages', 'مراهقين تتراوح أعمارهم بين 10 و 14 سنة.'],
    ['years', 'وقعت الاحتجاجات في عام 2019 في طهران.'],
    ['durations', 'استمر الحصار 40 يوما.'],
    ['buildings', 'دمرت العاصفة 120 منزلا.'],
  ])('not a claim: %s', (_n, text) => {
    expect(claims(text, 'ar')).toEqual([]);
  });

  test('clitics and spelling variants: والمتظاهرين, اكثر without hamza', () => {
    expect(claims('واعتقل اكثر من 500 من المتظاهرين.', 'ar')).toEqual(['arrests more_than 500']);
  });
});
