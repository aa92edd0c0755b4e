/**
 * Property-based tests: random and adversarial strings through the whole extraction. Nothing
 * throws, every span indexes the original text, intervals are well-formed, JSON stays valid.
 * (Time per input is measured in `npm run bench`, not here.)
 */
import fc from 'fast-check';
import { extract, compare, type DocumentExtraction } from '../../src/index.js';

const HOSTILE = [
  '1,1,1,1,1,1,1,1,1,1,',
  'أكثر من أكثر من أكثر من ',
  '١٢٬٣٤٥٬٦٧٨',
  '۲۰۱۹',
  '0000000000000000000000000000000000000000',
  '9'.repeat(400),
  '1e309 ',
  'NaN ',
  'at least at least at least ',
  'between 1 and between 2 and ',
  'ما بين 10 و ما بين 20 و',
  'thousands of thousands of ',
  'عشرات الآلاف من عشرات ',
  '\u202E',
  '\u0000',
  '\uD800',
  '\uDC00',
  '«',
  '»',
  '"',
  '.',
  '\n',
  '، ',
  ' killed ',
  ' قتل ',
  'Mrs. ',
  'December 2, ',
  '2 ديسمبر ',
  '15 رمضان 1440 هـ ',
  '$5m ',
  '48% ',
  '8:30 ',
  '\u0640\u064B\u0651',
  'ک',
  'ﻻ',
  '12.000.000 ',
  '1-2-3-4-5-6-7 ',
  'one two three four five six seven eight nine ',
  'ثلاثة آلاف وخمسمائة و',
];

function check(text: string, d: DocumentExtraction): void {
  for (const x of [...d.claims, ...d.dates, ...d.entities]) {
    expect(x.start).toBeGreaterThanOrEqual(0);
    expect(x.end).toBeGreaterThanOrEqual(x.start);
    expect(x.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(x.start, x.end)).toBe(x.text);
  }
  for (const c of d.claims) {
    if (c.min !== null && c.max !== null) expect(c.min).toBeLessThanOrEqual(c.max);
    for (const v of [c.value, c.min, c.max]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
  }
  expect(() => JSON.parse(JSON.stringify(d))).not.toThrow();
}

const fragmentText = fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 60 }).map((a) => a.join(''));

describe('extract never throws and keeps its invariants', () => {
  test.each([['en'], ['ar'], [undefined]])('random Unicode text (lang %s)', (lang) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        check(text, extract(text, lang ? { lang } : {}));
      }),
      { numRuns: 150 },
    );
  });

  test.each([['en'], ['ar']])('hostile fragments (lang %s)', (lang) => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        check(text, extract(text, { lang }));
      }),
      { numRuns: 300 },
    );
  });

  test('compare of random pairs never throws and gives a verdict per category', () => {
    fc.assert(
      fc.property(fragmentText, fragmentText, (a, b) => {
        const r = compare([extract(a, { lang: 'en' }), extract(b, { lang: 'ar' })]);
        for (const c of r.categories) expect(['match', 'consistent', 'conflict', 'missing']).toContain(c.verdict);
        expect(() => JSON.parse(JSON.stringify(r))).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});

describe('huge numbers', () => {
  test.each([
    ['400 digits', `${'9'.repeat(400)} people were killed.`],
    ['1e309', 'Officials said 1e309 people were killed.'],
    ['NaN', 'Officials said NaN people were killed.'],
  ])('%s: no claim with a non-finite or implausible figure', (_n, text) => {
    const d = extract(text, { lang: 'en' });
    check(text, d);
    expect(d.claims).toEqual([]);
  });
});
