import fs from 'node:fs';
import path from 'node:path';
import { normalize } from '../../../src/text/normalize.js';
import { extractEntities as en } from '../../../src/lang/en/entities.js';
import { extractEntities as ar } from '../../../src/lang/ar/entities.js';
import { allowed, decode, decodeReference, fromFile, loadModel, mergeRules, shape, spansOf, TAGS, type ModelFile } from '../../../src/extract/entities/tagger.js';
import { modelTokens as enTokens, ruleCandidates as enRules } from '../../../src/lang/en/entities.js';
import { modelTokens as arTokens, ruleCandidates as arRules } from '../../../src/lang/ar/entities.js';
import type { Candidate } from '../../../src/extract/entities/link.js';

const ex = { en, ar };

describe('statistical tagger: building blocks', () => {
  test.each([
    ['Paris', 'Xx'],
    ['NATO', 'X'],
    ['U.S.', 'X.X.'],
    ['2019', 'd'],
    ['باريس', 'a'],
    ['al-Assad', 'x-Xx'],
  ])('shape(%s) = %s', (w, s) => expect(shape(w)).toBe(s));

  test('I- tags only continue a name of the same type', () => {
    const i = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);
    expect(allowed(i('O'), i('I-PER'))).toBe(false);
    expect(allowed(i('B-PER'), i('I-PER'))).toBe(true);
    expect(allowed(i('I-ORG'), i('I-ORG'))).toBe(true);
    expect(allowed(i('B-LOC'), i('I-ORG'))).toBe(false);
    expect(allowed(i('I-LOC'), i('B-LOC'))).toBe(true);
  });

  test.each<[string, string[], Array<[number, number, string]>]>([
    ['one name', ['O', 'B-PER', 'I-PER', 'O'], [[1, 2, 'PER']]],
    ['two adjacent names', ['B-LOC', 'B-LOC', 'O'], [[0, 0, 'LOC'], [1, 1, 'LOC']]],
    ['type change starts a new name', ['B-ORG', 'I-ORG', 'I-LOC'], [[0, 1, 'ORG'], [2, 2, 'LOC']]],
    ['nothing', ['O', 'O'], []],
  ])('spansOf: %s', (_name, tags, want) => {
    const got = spansOf(tags.map((t) => TAGS.indexOf(t as (typeof TAGS)[number])));
    expect(got.map((s) => [s.from, s.to, s.type])).toEqual(want);
  });

  const c = (start: number, end: number, name: string, extra: Partial<Candidate> = {}): Candidate => ({ start, end, type: 'PER', name, ...extra });
  test.each<[string, Candidate[], Candidate[], Array<[number, number]>]>([
    ['tagger span kept when rules say nothing', [c(0, 5, 'Alpha')], [], [[0, 5]]],
    ['gazetteer name fills a gap', [c(0, 5, 'Alpha')], [c(10, 15, 'Gamma', { entry: {} as never })], [[0, 5], [10, 15]]],
    ['multi-word gazetteer name beats pieces inside it', [c(0, 5, 'Alpha'), c(10, 14, 'News')], [c(0, 20, 'Alpha Arab News Agency', { entry: {} as never })], [[0, 20]]],
    ['extend: a title-led name replaces a shorter tagger span', [c(0, 9, 'Jan Maren')], [c(0, 16, 'Jan Maren Koster', { via: 'ts' })], [[0, 16]]],
    ['split: two rule names inside one tagger span', [c(0, 20, 'Lisbon Carla Ruivo')], [c(0, 6, 'Lisbon', { entry: {} as never }), c(7, 18, 'Carla Ruivo', { via: 'pw', weak: true })], [[0, 6], [7, 18]]],
    ['a weak rule guess does not fill a gap', [], [c(0, 5, 'Delta', { weak: true })], []],
  ])('mergeRules: %s', (_name, model, rule, want) => {
    expect(mergeRules(40, model, rule).map((x) => [x.start, x.end])).toEqual(want);
  });

  test('a model file round-trips through fromFile (scaled integer weights)', () => {
    const file: ModelFile = { version: 1, lang: 'xx', tags: [...TAGS], scale: 100, w: { 'w=paris': [5, 250, 0, -100] } };
    const m = fromFile(file);
    expect(Array.from(m.w.get('w=paris')!)).toEqual([-1, 0, 0, 0, 0, 2.5, 0]);
  });
});

describe('statistical tagger: shipped models', () => {
  test.each(['en', 'ar'])('%s model file exists and is compact', (lang) => {
    const p = path.join(__dirname_of(), '..', '..', '..', 'src', 'lang', lang, 'ner-model.json');
    const size = fs.statSync(p).size;
    expect(size).toBeGreaterThan(10_000);
    expect(size).toBeLessThan(1_500_000);
    const m = JSON.parse(fs.readFileSync(p, 'utf8')) as ModelFile;
    expect(m.tags).toEqual([...TAGS]);
    expect(m.lang).toBe(lang);
  });
});

describe('statistical tagger: fast decoder = reference decoder', () => {
  const texts: Array<['en' | 'ar', string]> = [
    ['en', 'Officials of the Harbour Authority met Lena Okafor in Dakar. "Nothing changed," she said.\nThe UN and NATO were not there.'],
    ['ar', 'وقال رئيس بلدية طنجة محمد العمري إن وفدا من الأمم المتحدة سيزور المدينة.\nوأكدت الوكالة الخبر.'],
  ];
  test.each(texts)('%s', (lang, text) => {
    const t = normalize(text);
    const toks = lang === 'en' ? enTokens(t, enRules(t)) : arTokens(t, arRules(t));
    const url = new URL(`../../../src/lang/${lang}/entities.ts`, `file://${path.resolve('__tests__/extract/entities')}/`).href;
    const model = loadModel(lang, url)!;
    expect(model).not.toBeNull();
    expect(decode(model, toks)).toEqual(decodeReference(model, toks));
  });
});

function __dirname_of(): string {
  return path.resolve('__tests__', 'extract', 'entities');
}

describe('statistical tagger: extraction (own sentences)', () => {
  const cases: Array<['en' | 'ar', string, string[], string[]?]> = [
    ['en', 'Analysts at the Kestrel Institute said Priya Ramanathan would lead the review.', ['ORG:Kestrel Institute', 'PER:Priya Ramanathan']],
    ['en', 'Helga Brandt, a spokeswoman, said trains to Bergen were cancelled.', ['PER:Helga Brandt', 'LOC:Bergen']],
    ['en', 'Ministers met in Geneva and later flew to Nairobi.', ['LOC:Geneva', 'LOC:Nairobi']],
    ['en', 'The Syndicate of Coastal Fishermen met on Tuesday.', ['ORG:Syndicate of Coastal Fishermen'], ['ORG:Syndicate of Coastal Fishermen met']],
    ['ar', 'وقال المتحدث باسم الحكومة سمير الحداد إن المحادثات ستستأنف في عمان الأسبوع المقبل.', ['PER:سمير الحداد', 'LOC:عمان']],
    ['ar', 'التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في القاهرة.', ['PER:أيمن الصفدي', 'LOC:القاهرة']],
    ['ar', 'وصل وفد من شركة فالمورا للصناعات إلى مدينة روتردام مساء الجمعة.', ['ORG:شركة فالمورا للصناعات', 'LOC:روتردام']],
    ['ar', 'أعلنت وكالة الأنباء الرسمية أن الفيضانات اجتاحت قرى في إقليم كردستان.', ['ORG:وكالة الأنباء الرسمية']],
  ];
  test.each(cases)('%s: %s', (lang, sentence, must, mustNot = []) => {
    const got = ex[lang](normalize(sentence)).map((m) => `${m.type}:${m.text}`);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });

  const texts: Array<['en' | 'ar', string]> = [
    ['en', 'Mr. Tomas Ekdahl of the Baltic Shipping Council told Reuters in Riga that the UN (United Nations) agreed.\nSecond line: Oslo, Bergen and Trondheim.'],
    ['en', "NATO's chief met Iran's envoy. ALL CAPS HEADLINE ABOUT PARIS\n\n\"Quoted Name\" said nothing."],
    ['ar', 'وقال جان دوبوا رئيس بلدية ليل إن منظمة العفو الدولية زارت بباريس والأممالمتحدة.\nوأكد الدكتور خالد المنصوري أن جامعة الملك سعود ستستضيف المؤتمر.'],
    ['ar', 'وصل وفدٌ إلی بارِيس وکابل، ثم توجه إلى «منظمة نور» في عمّان.'],
  ];
  test.each(texts)('%s: spans are exact, sorted and non-overlapping', (lang, text) => {
    const ms = ex[lang](normalize(text));
    expect(ms.length).toBeGreaterThan(0);
    let last = -1;
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.key).toMatch(/^(per|org|loc):/);
      last = m.end;
    }
  });
});
