import { normalize } from '../../../src/text/normalize.js';
import { extractEntities, ruleCandidates } from '../../../src/lang/ar/entities.js';
import type { EntityMention } from '../../../src/types.js';
import { fixture } from '../../helpers.js';

function ents(text: string): EntityMention[] {
  return extractEntities(normalize(text));
}

function pairs(text: string): string[] {
  return ents(text).map((m) => `${m.type}:${m.text}`);
}

describe('Arabic entities: rules', () => {
  const cases: Array<[string, string, string[], string[]?]> = [
    ['gazetteer country', 'وصل الوفد إلى تونس صباحا.', ['LOC:تونس']],
    ['clitic ب stripped from the span', 'عقد المؤتمر بلندن أمس.', ['LOC:لندن'], ['LOC:بلندن']],
    ['conjunction و stripped', 'زار الوزير الأردن والعراق.', ['LOC:الأردن', 'LOC:العراق'], ['LOC:والعراق']],
    ['preposition fused with the article is kept', 'قدم تقريرا للأمم المتحدة عن الوضع.', ['ORG:للأمم المتحدة']],
    ['glued gazetteer entry', 'دعا الأمينالعام إلى اجتماع في مجلسالأمن الدولي.', ['ORG:مجلسالأمن الدولي']],
    ['glued two-word country', 'عاد من الولاياتالمتحدة أمس.', ['LOC:الولاياتالمتحدة']],
    ['organisation trigger + name', 'أصدرت جمعية حماية الطيور بيانا.', ['ORG:جمعية حماية الطيور']],
    ['quoted name after a trigger', 'وقالت مؤسسة "نور المعرفة" إن المشروع توقف.', ['ORG:نور المعرفة']],
    ['place trigger + name', 'وقع الحادث في مدينة تيزنيت صباحا.', ['LOC:تيزنيت'], ['LOC:مدينة تيزنيت']],
    ['title + foreign name', 'التقى السيد بيتر هولمان بالصحفيين.', ['PER:بيتر هولمان']],
    ['speech verb + transliterated name, stopped by a title', 'وقال ماركو فيرانتي رئيس الاتحاد إن الأمر انتهى.', ['PER:ماركو فيرانتي']],
    ['title of a place: رئيس بلدية X', 'وتابع كلود مارتان رئيس بلدية سان بريو السابق حديثه.', ['PER:كلود مارتان', 'LOC:سان بريو'], ['PER:سان بريو السابق']],
    ['known leader', 'انتقد ماكرون خطة أردوغان.', ['PER:ماكرون', 'PER:أردوغان']],
    ['adjectives alone are not entities', 'رفضت الحكومة الإيرانية والجهات الفرنسية الطلب.', [], ['LOC:الإيرانية', 'ORG:الإيرانية', 'PER:الفرنسية']],
    ['adjective inside a known name', 'حذرت منظمة العفو الدولية من الحرس الثوري.', ['ORG:منظمة العفو الدولية', 'ORG:الحرس الثوري']],
    ['على is not the name علي', 'حصل على موافقة علي حسن الخطيب.', ['PER:علي حسن الخطيب'], ['PER:على']],
    ['UNRWA spellings', 'دانت الأونروا القصف، وقالت الأنروا إن…', ['ORG:الأونروا', 'ORG:الأنروا']],
    ['a dotted abbreviation the gazetteer knows', 'الرباط - و.م.ع', ['ORG:و.م.ع']],
    ['a place trigger after a preposition; a definite adjective as its name', 'وسجلت الأمطار بإقليم الرشيدية أعلى معدل.', ['LOC:الرشيدية']],
    ['a place trigger is not part of the place', 'وسجل إقليم تازة وإقليم الرشيدية أعلى الحصيلة.', [], ['LOC:إقليم تازة', 'LOC:إقليم الرشيدية']],
    ['a title is not part of the person', 'واستقبل الرئيس كمال بوعزة الوفد.', [], ['PER:الرئيس كمال بوعزة']],
    ['a given name spelt like a preposition inside a name', 'وقال اللواء حسن علي بوزيد، قائد المنطقة، إن الوضع هادئ.', ['PER:حسن علي بوزيد']],
  ];
  test.each(cases)('%s', (_rule, sentence, must, mustNot = []) => {
    const got = pairs(sentence);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });

  test('the bodies lexicon keys, it does not recognise (the tagger does)', () => {
    // rules alone: a ministry is an organisation-trigger name, never a gazetteer name
    const t = normalize('أصدرت وزارة الصحة تعليمات جديدة.');
    expect(ruleCandidates(t).every((c) => c.entry === undefined)).toBe(true);
  });

  test('an organisation trigger after a title and its descriptors starts an organisation', () => {
    const t = normalize('وصرح المدير العام بالهيئة الوطنية للطرق أن الأشغال انتهت.');
    const org = ruleCandidates(t).filter((c) => c.type === 'ORG').map((c) => t.norm.slice(c.start, c.end));
    expect(org).toEqual([normalize('بالهيئة الوطنية للطرق').norm]);
  });

  test.each([
    ['a family name shaped like a masculine adjective ends the name', 'وقال الدكتور خليل الدليمي إن الاتفاق صامد.', 'خليل الدليمي'],
    ['a feminine adjective is no family name', 'وقال الوزير كمال الإيرانية صعبة.', 'كمال'],
    ['after بن comes a name, even a word that is a title elsewhere', 'وأكد الأمير فهد بن سلطان أن', 'فهد بن سلطان'],
  ])('rules, person names: %s', (_what, sentence, name) => {
    const t = normalize(sentence);
    const per = ruleCandidates(t).filter((c) => c.type === 'PER').map((c) => t.norm.slice(c.start, c.end));
    expect(per).toEqual([normalize(name).norm]);
  });

  test('an abbreviation in brackets after an organisation is proposed as its acronym', () => {
    const t = normalize('وقالت هيئة رعاية الغابات (هرغ) إن الحرائق تراجعت.');
    const ac = ruleCandidates(t).filter((c) => c.acronym);
    expect(ac.map((c) => t.norm.slice(c.start, c.end))).toEqual([normalize('هرغ').norm]);
    expect(ac[0]!.via).toBe('ac');
  });

  test('the two UNRWA spellings share one key', () => {
    const ms = ents('دانت الأونروا القصف، وقالت الأنروا إن…');
    expect(new Set(ms.map((m) => m.key)).size).toBe(1);
    expect(ms[0]!.key).toBe('org:unrwa');
  });

  test('spans are original coordinates (diacritics, Persian letters kept in text)', () => {
    const text = 'وصل وفدٌ إلی بارِيس وکابل.';
    const ms = ents(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms.map((m) => m.key)).toEqual(['loc:paris', 'loc:kabul']);
  });

  test('linear enough on a large input', () => {
    const para = 'وقال جان دوبوا رئيس بلدية ليل إن منظمة العفو الدولية زارت بباريس والأممالمتحدة. ';
    const big = para.repeat(20000);
    const t0 = Date.now();
    const ms = ents(big);
    expect(ms.length).toBeGreaterThan(20000 * 4);
    expect(Date.now() - t0).toBeLessThan(20000);
  });
});

describe('Arabic entities: seed document', () => {
  const src = fixture('paris-rally-2019.ar.txt');
  const ms = ents(src);
  const find = (type: string, text: string) => ms.find((m) => m.type === type && m.text === text);

  test.each([
    ['PER', 'جان فرانسوا لوغارة'],
    ['PER', 'ووکلور'],
    ['PER', 'روحاني'],
    ['LOC', 'باريس'],
    ['LOC', 'إيران'],
    ['ORG', 'منظمة مجاهدي خلق'],
    ['ORG', 'منظمة العفو الدولية'],
    ['PER', 'جيلبرت ميتران'],
    ['ORG', 'فرانس ليبرته'],
    ['ORG', 'الأممالمتحدة'],
    ['ORG', 'المقاومة الإيرانية'],
    ['ORG', 'الحرس الثوري'],
  ])('finds %s %s', (type, text) => {
    expect(find(type, text)).toBeDefined();
  });

  test('keys shared with the English side', () => {
    expect(find('PER', 'روحاني')!.key).toBe('per:hassan-rouhani');
    expect(find('LOC', 'باريس')!.key).toBe('loc:paris');
    expect(find('LOC', 'إيران')!.key).toBe('loc:iran');
    expect(find('ORG', 'منظمة مجاهدي خلق')!.key).toBe('org:peoples-mojahedin-organization-of-iran');
    expect(find('ORG', 'الأممالمتحدة')!.key).toBe('org:united-nations');
    expect(find('ORG', 'المقاومة الإيرانية')!.key).toBe('org:national-council-of-resistance-of-iran');
    expect(find('ORG', 'الحرس الثوري')!.key).toBe('org:islamic-revolutionary-guard-corps');
    expect(find('ORG', 'منظمة العفو الدولية')!.key).toBe('org:amnesty-international');
  });

  test('no proclitic or preposition is reported as a name', () => {
    expect(ms.some((m) => m.text === 'بباريس' || m.text === 'على' || m.text === 'علي')).toBe(false);
    expect(ms.some((m) => m.text === 'الإيرانية' || m.text === 'الفرنسي')).toBe(false);
  });

  test('every mention text is its original substring, sorted, non-overlapping', () => {
    let last = -1;
    for (const m of ms) {
      expect(src.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
    }
  });
});
