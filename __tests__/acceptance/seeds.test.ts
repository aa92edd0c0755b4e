/**
 * The project's first acceptance case: the English and Arabic reports of the Paris rally of
 * 2 December 2019 (fixtures/paris-rally-2019.*.txt, copied verbatim from the seeds).
 */
import { extract, compare, type Claim, type DocumentExtraction } from '../../src/index.js';
import { fixture } from '../helpers.js';

const enText = fixture('paris-rally-2019.en.txt');
const arText = fixture('paris-rally-2019.ar.txt');
const en = extract(enText, { path: 'en' });
const ar = extract(arText, { path: 'ar' });

function claim(d: DocumentExtraction, category: string, qualifier: string, value: number): Claim {
  const c = d.claims.find((x) => x.category === category && x.qualifier === qualifier && x.value === value);
  if (!c) throw new Error(`no ${category} ${qualifier} ${value} in ${d.path}: ${JSON.stringify(d.claims.map((x) => [x.category, x.qualifier, x.value, x.text]))}`);
  return c;
}

describe('languages', () => {
  test('English and Arabic (with Persian letter forms and digits)', () => {
    expect(en.language.code).toBe('en');
    expect(en.language.iso6393).toBe('eng');
    expect(ar.language.code).toBe('ar');
    expect(ar.language.iso6393).toBe('arb');
  });
});

describe('English claims', () => {
  test.each([
    ['deaths', 'at_least', 600, 'at least 600 protesters', 600, null, null],
    ['deaths', 'more_than', 600, 'over 600 rebellious youths', 600, null, 'Maryam Rajavi'],
    ['arrests', 'exact', 12000, '12,000 arrested youths', 12000, 12000, 'Maryam Rajavi'],
  ])('%s %s %d', (category, qualifier, value, text, min, max, source) => {
    const c = claim(en, category, qualifier, value);
    expect(c.text).toContain(text);
    expect(enText.slice(c.start, c.end)).toBe(c.text);
    expect(c.min).toBe(min);
    expect(c.max).toBe(max);
    if (source === null) expect(c.source).toBeNull();
    else expect(c.source).toContain(source);
  });
});

describe('Arabic claims', () => {
  test.each([
    ['arrests', 'more_than', 12000, 'أكثر من 12000', 'جان فرانسوا لوغارة'],
    ['deaths', 'at_least', 600, '600 متظاهر على الأقل', 'منظمة مجاهدي خلق'],
    ['injuries', 'more_than', 4000, 'أكثر من 4000 شخص', 'منظمة مجاهدي خلق'],
    ['arrests', 'more_than', 10000, 'أكثر من 10000 شخص', 'منظمة مجاهدي خلق'],
    ['places', 'at_least', 187, '187 مدينة على الأقل', 'المقاومة الإيرانية'],
    ['deaths', 'at_least', 161, '161 متظاهراً على الأقل', 'منظمة العفو الدولية'],
  ])('%s %s %d', (category, qualifier, value, text, source) => {
    const c = claim(ar, category, qualifier, value);
    expect(c.text).toContain(text);
    expect(arText.slice(c.start, c.end)).toBe(c.text);
    expect(c.source).toBe(source);
  });

  test('places keep the counted word', () => {
    expect(claim(ar, 'places', 'at_least', 187).subject).toBe('مدينة');
  });

  test('not claims: the age range, years, district ordinals', () => {
    const values = ar.claims.map((c) => [c.value, c.min, c.max]).flat();
    expect(values).not.toContain(10);
    expect(values).not.toContain(14);
    expect(values).not.toContain(2019);
    expect(ar.claims.some((c) => c.text.includes('الأولى'))).toBe(false);
    expect(ar.claims).toHaveLength(6);
  });
});

describe('English non-claims', () => {
  test('years and districts are not claims', () => {
    const values = en.claims.map((c) => c.value);
    expect(values).not.toContain(1948);
    expect(values).not.toContain(2019);
    expect(values).not.toContain(1);
    expect(values).not.toContain(2);
    expect(en.claims).toHaveLength(3);
  });
});

describe('dates', () => {
  const values = (d: DocumentExtraction) => d.dates.map((x) => `${x.value}/${x.grain}`);
  test('English', () => {
    expect(values(en)).toEqual(expect.arrayContaining(['2019-11-15/day', '2019-12-02/day', '1948/year']));
    const dec2 = en.dates.filter((x) => x.value === '2019-12-02').map((x) => x.text);
    expect(dec2).toEqual(expect.arrayContaining(['Dec 2, 2019', 'December 2, 2019']));
    expect(en.dates.find((x) => x.value === '2019-11-15')!.text).toBe('November 15');
  });
  test('Arabic, with Extended Arabic-Indic digits in the original spans', () => {
    expect(values(ar)).toEqual(expect.arrayContaining(['2019-12-02/day', '2019-11/month']));
    expect(ar.dates.find((x) => x.value === '2019-12-02')!.text).toContain('2 ديسمبر ۲۰۱۹');
    expect(ar.dates.find((x) => x.value === '2019-11')!.text).toBe('نوفمبر ۲۰۱۹');
  });
  test('every span indexes the original text', () => {
    for (const [d, t] of [[en, enText], [ar, arText]] as const) {
      for (const x of [...d.claims, ...d.dates, ...d.entities]) expect(t.slice(x.start, x.end)).toBe(x.text);
    }
  });
});

describe('compare', () => {
  const r = compare([en, ar]);
  const verdict = (c: string) => r.categories.find((x) => x.category === c)?.verdict;

  test('verdicts per category', () => {
    expect(verdict('deaths')).toBe('match');
    expect(verdict('arrests')).toBe('match');
    expect(verdict('injuries')).toBe('missing');
    expect(verdict('places')).toBe('missing');
  });

  test('deaths: 600 shared, Amnesty’s 161 listed as unmatched', () => {
    const deaths = r.categories.find((x) => x.category === 'deaths')!;
    expect(deaths.shared).toBe(600);
    const arClaims = deaths.versions[1]!.claims;
    expect(arClaims.find((c) => c.value === 161)!.matched).toBe(false);
    expect(arClaims.find((c) => c.value === 600)!.matched).toBe(true);
  });

  test('arrests: 12,000 in both, the Arabic says more than and adds >10,000', () => {
    const arrests = r.categories.find((x) => x.category === 'arrests')!;
    expect(arrests.shared).toBe(12000);
    const arClaims = arrests.versions[1]!.claims;
    expect(arClaims.find((c) => c.value === 12000)!.qualifier).toBe('more_than');
    expect(arClaims.find((c) => c.value === 10000)!.matched).toBe(false);
  });

  test('injuries and places are missing from the English', () => {
    for (const c of ['injuries', 'places']) expect(r.categories.find((x) => x.category === c)!.missingFrom).toEqual(['en']);
  });

  test('"50 protesters dead" in the English turns deaths into a conflict', () => {
    const changed = extract(enText.replace('at least 600 protesters dead', '50 protesters dead'), { path: 'en' });
    expect(changed.claims.some((c) => c.category === 'deaths' && c.value === 50)).toBe(true);
    const v = compare([changed, ar]).categories.find((x) => x.category === 'deaths')!;
    expect(v.verdict).toBe('conflict');
  });
});
