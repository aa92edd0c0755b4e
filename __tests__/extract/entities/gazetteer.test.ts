import { arabicTokens, entryByKey, gazetteer, latinFold, latinPrefixes, latinTokens, lookupArabic, lookupLatin, orgWords, placeCues, slug } from '../../../src/extract/entities/gazetteer.js';

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

  // the indexes are kept as string tables (src/text/string-table.ts), not Maps of strings; built
  // from the file read on first use, which is let go once every index is built
  test('indexes are compact read-only maps that find every alias', () => {
    const g = gazetteer();
    orgWords();
    placeCues();
    for (const m of [g.byKey, g.enExact, g.enFolded, g.ar, g.arGlued]) expect(m).not.toBeInstanceOf(Map);
    expect(latinPrefixes().folded).not.toBeInstanceOf(Set);
    for (const e of g.entries) {
      expect(g.byKey.get(e.key)?.key).toBe(e.key);
      for (const a of e.ar) {
        const k = arabicTokens(a).join(' ');
        if (k) expect(g.ar.has(k)).toBe(true);
      }
    }
    expect([...g.byKey.keys()]).toEqual(g.entries.map((e) => e.key));
    const amnesty = latinTokens('Amnesty International').map((t) => latinFold(t.text)).join(' ');
    expect(g.enFolded.get(amnesty)?.key).toBe('org:amnesty-international');
    expect(latinPrefixes().folded.has('amnesty')).toBe(true);
    expect(g.enFolded.get('amnesty internationa')).toBeUndefined();
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

  test.each([
    ['سيدي بوزيد', 'Sidi Bouzid'],
    ['ذي قار', 'Dhi Qar'],
    ['شط العرب', 'Shatt al-Arab'],
    ['نينوى', 'Nineveh'],
  ])('first-level regions of Iraq and Tunisia and their rivers: %s is %s in both languages', (ar, en) => {
    expect(lookupArabic(ar)?.name).toBe(en);
    expect(lookupLatin(en)?.name).toBe(en);
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

  test.each([
    ['Ministry of the Interior', 'org:ministry-of-interior'],
    ['Interior Ministry', 'org:ministry-of-interior'],
    ['Ministry of Home Affairs', 'org:ministry-of-interior'],
    ['Saudi Health Ministry', 'org:ministry-of-health'],
    ['Ministry of Defense', 'org:ministry-of-defence'],
    ['General Directorate of Interior Affairs', 'org:general-directorate-of-interior'],
  ])('government body (English) %s → %s', (name, key) => {
    expect(lookupLatin(name)?.key).toBe(key);
  });

  test.each([
    ['وزارة الداخلية', 'org:ministry-of-interior'],
    ['وزارة الشؤون الداخلية', 'org:ministry-of-interior'],
    ['وزارة الصحة العراقية', 'org:ministry-of-health'],
    ['وزارة الدفاع', 'org:ministry-of-defence'],
    ['المديرية العامة للشؤون الداخلية', 'org:general-directorate-of-interior'],
  ])('government body (Arabic) %s → %s', (name, key) => {
    expect(lookupArabic(name)?.key).toBe(key);
  });

  test('Arabic look-up ignores a preposition fused with the article', () => {
    expect(lookupArabic('للمنظمة الدولية للهجرة')?.name).toBe('International Organization for Migration');
    expect(lookupArabic('بالمديرية العامة للشؤون الداخلية')?.key).toBe('org:general-directorate-of-interior');
    expect(lookupArabic('بال')).toBeUndefined();
  });

  test('named entries win over the bodies lexicon; a body with a following noun is no body', () => {
    expect(lookupArabic('وزارة الخارجية الأمريكية')?.name).toBe('US State Department');
    expect(lookupLatin('State Department')?.name).toBe('US State Department');
    expect(lookupArabic('وزارة الداخلية مساء')).toBeUndefined();
    expect(lookupLatin('Interior')).toBeUndefined();
  });

  test.each([
    ['لوزارة الصحة', 'org:ministry-of-health'],
    ['بوزارة الداخلية', 'org:ministry-of-interior'],
  ])('a preposition on a body without the article: %s → %s', (name, key) => {
    expect(lookupArabic(name)?.key).toBe(key);
  });
});

describe('latinTokens', () => {
  // plain search with the token pattern (what the scanner replaces), as the reference
  const reference = (s: string) => {
    const re = /[\p{L}\p{M}\p{N}]+(?:['\-.&][\p{L}\p{M}\p{N}]+)*|\S/gu;
    const out: Array<{ text: string; start: number; end: number }> = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      let end = m.index + m[0].length;
      if (s[end] === '.' && /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u.test(m[0])) end++;
      out.push({ text: s.slice(m.index, end), start: m.index, end });
      re.lastIndex = end;
    }
    return out;
  };
  it.each([
    ['words and punctuation', 'The U.S. envoy met Dr. Ana Lee, in al-Quds (AT&T).', ['The', 'U.S.', 'envoy', 'met', 'Dr', '.', 'Ana', 'Lee', ',', 'in', 'al-Quds', '(', 'AT&T', ')', '.']],
    ['other white space', 'Oslo\u00a0Accords\u2028next\u3000line\u202f!', ['Oslo', 'Accords', 'next', 'line', '!']],
    ['astral characters', 'a \u{1F600}\u{1F601} b', ['a', '\u{1F600}', '\u{1F601}', 'b']],
    ['initials and trailing dots', 'W. Bush D.C. ends.', ['W.', 'Bush', 'D.C.', 'ends', '.']],
    ['empty and blank', ' \t\r\n ', []],
  ])('%s', (_name, text, want) => {
    const got = latinTokens(text);
    expect(got.map((t) => t.text)).toEqual(want);
    expect(got).toEqual(reference(text));
    for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
