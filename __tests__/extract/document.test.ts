import { extract } from '../../src/index.js';
import { partBounds } from '../../src/extract/document.js';
import { fixture } from '../helpers.js';

describe('extractDocument', () => {
  test('a name inside a date is the date\'s, not an entity: feasts are no people', () => {
    const en = extract('Eid al-Fitr 1445 was celebrated in Cairo.', { lang: 'en' });
    expect(en.dates.map((d) => d.text)).toEqual(['Eid al-Fitr 1445']);
    expect(en.entities.map((e) => e.text)).toEqual(['Cairo']);
  });

  test('a document mixing English and Arabic paragraphs is extracted in both', () => {
    const en = fixture('paris-rally-2019.en.txt');
    const ar = fixture('paris-rally-2019.ar.txt');
    const d = extract(`${en}\n\n${ar}`);
    expect(d.language.code).toBe('en');
    expect(d.languages!.map((l) => l.code)).toEqual(['en', 'ar']);
    expect(d.notes![0]).toMatch(/^mixed languages: en \d+%, ar \d+%$/);
    const figures = d.claims.map((c) => `${c.category} ${c.value}`);
    expect(figures).toEqual(expect.arrayContaining(['arrests 12000', 'injuries 4000', 'places 187', 'deaths 161']));
    // The Arabic claims are found where they stand in the combined text.
    const text = `${en}\n\n${ar}`;
    for (const c of d.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test('interleaved languages: every claim is kept by the extractor of its own paragraph, and only once', () => {
    const paras: string[] = [];
    for (let i = 1; i <= 40; i++) {
      paras.push(`Police said at least ${i} protesters were arrested in the northern city on Monday.`);
      paras.push(`وقالت الشرطة إن ${i + 100} متظاهرا على الأقل اعتقلوا في المدينة الشمالية يوم الاثنين.`);
      // short lines (a caption, a byline) take the language of their neighbours
      paras.push(i % 2 ? 'Photo: AFP' : 'صورة');
    }
    const text = paras.join('\n');
    const d = extract(text);
    expect(d.languages!.map((l) => l.code)).toEqual(['ar', 'en']);
    const en = d.claims.filter((c) => /^[\x00-\x7f]*$/.test(c.text)).map((c) => c.value);
    const ar = d.claims.filter((c) => /[\u0600-\u06ff]/.test(c.text)).map((c) => c.value);
    expect(en).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(ar).toEqual(Array.from({ length: 40 }, (_, i) => i + 101));
    for (const c of d.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test('a language without extractors is reported, extraction skipped with a note', () => {
    const fa = 'در تظاهرات روز گذشته در تهران دست کم ۳۰۰ نفر بازداشت شدند و گروه‌های حقوق بشری می‌گویند شمار کشته‌شدگان بیشتر است.';
    const d = extract(fa);
    expect(d.language.code).toBe('fa');
    expect(d.claims).toEqual([]);
    expect(d.notes).toEqual(["no extractor for language 'fa': extraction skipped"]);
  });

  test('a Chinese document: language by script, no extraction', () => {
    const d = extract('巴黎举行集会，数千人参加，支持伊朗的抗议活动。');
    expect(d.language.code).toBe('zh');
    expect(d.notes![0]).toMatch(/no extractor for language 'zh'/);
  });

  test('undetermined language: extraction skipped with the reason', () => {
    const d = extract('600 / 12,000');
    expect(d.language.code).toBe('und');
    expect(d.notes![0]).toMatch(/language undetermined \(no letters\)/);
  });

  test('--lang forces the extractor', () => {
    const d = extract('Police said 40 people were arrested.', { lang: 'en' });
    expect(d.language.reason).toBe('--lang');
    expect(d.claims[0]).toMatchObject({ category: 'arrests', value: 40 });
  });

  test('the reference date: --date wins, else the document’s own', () => {
    const text = fixture('paris-rally-2019.en.txt');
    expect(extract(text, { date: '2020-01-01' }).reference).toEqual({ date: '2020-01-01', from: 'option' });
    expect(extract(text).reference).toEqual({ date: '2019-12-02', from: 'document' });
  });
});

describe('long documents are extracted in parts', () => {
  const para = (i: number) =>
    `Police said at least ${i} protesters were killed in Tehran on Monday, and Amnesty International said ${i + 1000} were arrested. Rajavi condemned it.`;

  test('partBounds covers the text, cuts at the strongest break after the size, never inside a surrogate pair', () => {
    const text = Array.from({ length: 50 }, (_, i) => para(i)).join('\n\n');
    const parts = partBounds(text, 1000);
    expect(parts[0]![0]).toBe(0);
    expect(parts[parts.length - 1]![1]).toBe(text.length);
    for (let i = 1; i < parts.length; i++) expect(parts[i]![0]).toBe(parts[i - 1]![1]);
    for (const [a, b] of parts.slice(0, -1)) {
      expect(b - a).toBeGreaterThanOrEqual(1000);
      expect(b - a).toBeLessThanOrEqual(1500);
      expect(text.slice(b - 2, b)).toBe('\n\n');
    }
    // one line without breaks: cut after a sentence end, else a space, else anywhere but a surrogate pair
    const line = 'word. '.repeat(1000);
    for (const [, b] of partBounds(line, 1000).slice(0, -1)) expect(line.slice(b - 2, b)).toBe('. ');
    const emoji = '\u{1F600}'.repeat(2000);
    for (const [a, b] of partBounds(emoji, 1001)) expect(emoji.slice(a, b)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(partBounds('short', 1000)).toEqual([[0, 5]]);
  });

  test('a document in parts gives what its paragraphs give, at their places in the whole text', () => {
    const paras = ['Maryam Rajavi, the opposition leader, spoke in Paris.', ...Array.from({ length: 60 }, (_, i) => para(i + 1))];
    const text = paras.join('\n\n');
    const whole = extract(text, { path: 'whole', date: '2019-12-02' });
    const parted = extract(text, { path: 'parted', date: '2019-12-02', partSize: 2000 });
    expect(partBounds(text, 2000).length).toBeGreaterThan(3);
    const view = (d: typeof whole) => ({
      claims: d.claims.map((c) => [c.start, c.end, c.category, c.value, c.qualifier, c.text, c.sentence?.start, c.sentence?.end]),
      dates: d.dates.map((x) => [x.start, x.end, x.value, x.text]),
      entities: d.entities.map((e) => [e.start, e.end, e.type, e.text, e.key]),
    });
    expect(view(parted)).toEqual(view(whole));
    expect(parted.claims).toHaveLength(120);
    for (const c of parted.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    // the surname far from the full name (other parts) keeps the full name's key
    const keys = new Set(parted.entities.filter((e) => /Rajavi/.test(e.text)).map((e) => e.key));
    expect(keys.size).toBe(1);
  });
});
