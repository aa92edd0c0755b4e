import { entryByKey, gazetteer, lookupArabic, lookupLatin, slug } from '../../../src/extract/entities/gazetteer.js';

describe('gazetteer', () => {
  test('loads entries with keys from the English canonical name', () => {
    const g = gazetteer();
    expect(g.entries.length).toBeGreaterThan(300);
    expect(entryByKey('org:amnesty-international')?.name).toBe('Amnesty International');
    for (const e of g.entries) {
      expect(['PER', 'ORG', 'LOC']).toContain(e.type);
      expect(e.key.startsWith(`${e.type.toLowerCase()}:`)).toBe(true);
    }
  });

  test('keys are unique', () => {
    const keys = gazetteer().entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test.each([
    ['Amnesty International', 'amnesty-international'],
    ["People's Mojahedin Organization of Iran", 'peoples-mojahedin-organization-of-iran'],
    ['Michèle de Vaucouleurs', 'michele-de-vaucouleurs'],
    ['Ministry of Intelligence (Iran)', 'ministry-of-intelligence-iran'],
  ])('slug(%s) = %s', (name, s) => {
    expect(slug(name)).toBe(s);
  });

  test('English look-up: case-insensitive names, case-sensitive acronyms', () => {
    expect(lookupLatin('amnesty international')?.name).toBe('Amnesty International');
    expect(lookupLatin('UNHCR')?.name).toBe('UNHCR');
    expect(lookupLatin('us')).toBeUndefined();
    expect(lookupLatin('US')?.name).toBe('United States');
  });

  test('Arabic look-up: folded spellings and glued words', () => {
    expect(lookupArabic('اسرائيل')?.name).toBe('Israel');
    expect(lookupArabic('إسرائيل')?.name).toBe('Israel');
    expect(lookupArabic('الأممالمتحدة')?.name).toBe('United Nations');
    expect(lookupArabic('منظمةالعفوالدولية')?.name).toBe('Amnesty International');
    expect(lookupArabic('الأنروا')?.name).toBe('UNRWA');
  });
});
