import fs from 'node:fs';
import path from 'node:path';
import { normalize } from '../../../src/text/normalize.js';
import { extractEntities, lateCandidates, modelTokens, ruleCandidates } from '../../../src/lang/ar/entities.js';
import { packedWordSet, sortedWordsError } from '../../../src/text/word-set.js';
import type { EntityMention } from '../../../src/types.js';
import { fixture, ROOT } from '../../helpers.js';

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
    // session 6: organisations named by translated words only (conceptOrg)
    ['head + agreeing adjective', 'وأوقف الدرك الملكي السائق بعد ساعة.', ['ORG:الدرك الملكي']],
    ['institution pair without a head noun', 'وانتشلت فرق الوقاية المدنية جثتين من الوادي.', ['ORG:الوقاية المدنية']],
    ['head + country adjective for a police force', 'وقالت الشرطة التشيلية إن الطريق أغلق.', ['ORG:الشرطة التشيلية']],
    ['construct state + «لـ» + a definite word', 'وأعلنت الإدارة العامة للمرور إغلاق الجسر.', ['ORG:الإدارة العامة للمرور']],
    ['a construct chain of indefinite nouns', 'وأعلنت إدارة حالات الطوارئ أن الطريق مغلق.', ['ORG:إدارة حالات الطوارئ']],
    ['after a speech verb, an organisation of translated words, not a person', 'وقالت إدارة الكوارث والطوارئ إن الفرق وصلت.', ['ORG:إدارة الكوارث والطوارئ'], ['PER:إدارة الكوارث والطوارئ']],
    ['a place without the article in the construct state', 'وأوقفت شرطة عمان السلطانية قاربا.', ['ORG:شرطة عمان السلطانية'], ['LOC:عمان']],
    // session 6: places outside the dictionary after a preposition of place, and joined by «و»
    ['a word outside the dictionary after «إلى»', 'ووصلت القافلة إلى كاساندو صباح الأحد.', ['LOC:كاساندو']],
    ['places joined by «و», «و» left out', 'وتضررت قرى في تيماكورا وبوسانغو وكيلاما.', ['LOC:تيماكورا', 'LOC:بوسانغو', 'LOC:كيلاما'], ['LOC:وبوسانغو']],
    ['an ordinary word after «في» is no place', 'وقال إن الوضع في تحسن مستمر.', [], ['LOC:تحسن']],
  ];
  test.each(cases)('%s', (_rule, sentence, must, mustNot = []) => {
    const got = pairs(sentence);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });

  test('translated-word organisations: proposed by the rules only with a modifier of their own, keyed by concepts', () => {
    const org = (text: string) => {
      const t = normalize(text);
      return ruleCandidates(t).filter((c) => c.type === 'ORG').map((c) => t.norm.slice(c.start, c.end));
    };
    expect(org('وأوقف الدرك الملكي السائق.')).toEqual([normalize('الدرك الملكي').norm]);
    // a head with a country adjective or a plain modifier is no name in the corpora
    expect(org('ورفضت الحكومة التشيلية الطلب.')).toEqual([]);
    // (the trigger rule's two-word reading still goes through the tagger's gate)
    const t = normalize('وقضت المحكمة العليا بالبراءة.');
    expect(ruleCandidates(t).filter((c) => c.type === 'ORG' && c.via === 'ot')).toEqual([]);
    // the name goes on with a word the lexicon does not know: the trigger rule reads it whole
    expect(org('وقالت اللجنة الانتخابية لنادي الصفاء إن التصويت تأجل.')).not.toContain(normalize('اللجنة الانتخابية').norm);
    expect(ents('وأوقف الدرك الملكي السائق.').find((m) => m.type === 'ORG')?.key).toBe('org:=gendarmerie.royal');
  });

  test('the bodies lexicon keys; the organisation rule, not the gazetteer, proposes the body', () => {
    // rules alone: a ministry is an organisation-trigger name (ot), never a gazetteer name
    const t = normalize('أصدرت وزارة الصحة تعليمات جديدة.');
    const cs = ruleCandidates(t);
    expect(cs.every((c) => c.entry === undefined)).toBe(true);
    expect(cs.filter((c) => c.type === 'ORG').map((c) => c.via)).toEqual(['ot']);
    expect(ents('أصدرت وزارة الصحة تعليمات جديدة.').find((m) => m.type === 'ORG')?.key).toBe('org:ministry-of-health');
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

describe('Arabic entities: places and people of the second linking round', () => {
  // whole pipeline (rules + tagger): what must and must not come out
  const cases: Array<[string, string, string[], string[]?]> = [
    ['a facility keeps its cue word and its adjectives', 'ونقل المصابون إلى مستشفى كوراندا العام مساء أمس.', ['LOC:مستشفى كوراندا العام'], ['LOC:كوراندا']],
    ['a facility named after a known city is one place', 'ووصل الجرحى إلى مستشفى بغداد التعليمي فجرا.', ['LOC:مستشفى بغداد التعليمي'], ['LOC:بغداد']],
    ['places listed after a dual place word', 'وامتدت الاحتجاجات إلى مدينتي كوراندا وبيلمونتي مساء الأحد.', ['LOC:كوراندا', 'LOC:بيلمونتي']],
    ['a compass adjective belongs to the place', 'وضربت العاصفة إقليم كالاندا الشمالي أمس.', ['LOC:كالاندا الشمالي'], ['LOC:كالاندا']],
    ['a woman named after her son', 'وقالت أم حسن إن المياه غمرت البيت.', ['PER:أم حسن'], ['PER:حسن']],
    ['a government body of the lexicon is an organisation', 'وأعلنت وزارة الكهرباء انقطاع التيار عن المدينة.', ['ORG:وزارة الكهرباء']],
    ['a preposition before an organisation trigger stays in the span', 'ووفقا لوزارة الصحة فإن الحصيلة ارتفعت.', ['ORG:لوزارة الصحة'], ['ORG:وزارة الصحة']],
  ];
  test.each(cases)('%s', (_rule, sentence, must, mustNot = []) => {
    const got = pairs(sentence);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });

  // rules alone (the tagger's gate may still refuse a weak rule name)
  test.each([
    ['a title, its complement, then the name', 'وقال وزير الزراعة ماتيو رينالدي إن المحصول تضرر.', 'PER', 'ماتيو رينالدي'],
    ['a person after the body of their title and «في» + a place', 'وقالت مديرة منظمة أطباء بلا حدود في تشاد كلير مونتان إن العيادات ممتلئة.', 'PER', 'كلير مونتان'],
    ['a place after a title, with its compass adjective; the person after it', 'وقالت حاكمة كالاندا الشرقية ماريا لوبيث إن الطرق مقطوعة.', 'PER', 'ماريا لوبيث'],
    ['places of a journey: من X إلى Y', 'وكانت الحافلة متجهة من ساركاندا إلى بوليتار فجرا.', 'LOC', 'بوليتار'],
    ['a dateline at the start of a line', 'مارسانا (أ ف ب) - قالت الشرطة إن العاصفة هدأت.', 'LOC', 'مارسانا'],
    ['a police force named after its town, then the commissioner after it', 'وأعلن مفوض شرطة كوراندا ديفيد أوتينو اعتقال خمسة أشخاص.', 'PER', 'ديفيد أوتينو'],
    ['places listed after a plural place word and هي (each passes the gate on its own)', 'وتضررت ثلاث قرى هي تاماريت وزاكورين وبوكامة بشدة.', 'LOC', 'زاكورين'],
    ['a place name starting with a common word', 'ووقع الانفجار قرب قرية عين الصفصاف ليلا.', 'LOC', 'عين الصفصاف'],
  ])('rules: %s', (_what, sentence, type, name) => {
    const t = normalize(sentence);
    const got = ruleCandidates(t).filter((c) => c.type === type).map((c) => t.norm.slice(c.start, c.end));
    expect(got).toContain(normalize(name).norm);
  });

  test('a definite trigger before an indefinite word is the body mentioned again, not a name', () => {
    const t = normalize('وقال المتحدث باسم الوزارة حاتم العبيدي إن التحقيق مستمر.');
    const orgs = ruleCandidates(t).filter((c) => c.type === 'ORG').map((c) => t.norm.slice(c.start, c.end));
    expect(orgs).not.toContain(normalize('الوزارة حاتم العبيدي').norm);
  });

  test('a plural place word with a single name after it makes no list', () => {
    const t = normalize('وزار الوفد مدن الشمال أمس.');
    expect(ruleCandidates(t).filter((c) => c.type === 'LOC')).toEqual([]);
  });
});

describe('Arabic entities: tagger features of the third round (dictionary words, letter shapes)', () => {
  test('the shipped word list is sorted and unique, and its look-up agrees with a Set (words, and words with a letter added or dropped)', () => {
    const file = path.join(ROOT, 'src', 'lang', 'ar', 'ar-words.json');
    const words = (JSON.parse(fs.readFileSync(file, 'utf8')) as { words: string }).words;
    expect(sortedWordsError(words)).toBeNull();
    const all = words.split(' ');
    const set = new Set(all);
    const list = packedWordSet(words);
    for (let i = 0; i < all.length; i += 97) {
      const w = all[i]!;
      for (const x of [w, w + '\u0647', w.slice(1), w.slice(0, -1), 'ا' + w]) expect(list.has(x)).toBe(set.has(x));
    }
    expect(list.has(all[0]!)).toBe(true);
    expect(list.has(all[all.length - 1]!)).toBe(true);
  });

  const flags = (text: string) => {
    const t = normalize(text);
    return Object.fromEntries(modelTokens(t, []).filter((x) => x.forms).map((x) => [x.text, x.lex.replace(/[^Dd]/g, '')]));
  };

  test.each<[string, string, string]>([
    ['a dictionary word with the article', 'الكتاب', 'D'],
    ['with a conjunction and the article', 'والمدارس', 'D'],
    ['a plural suffix cut off', 'كتابات', 'd'],
    ['a sound plural with a conjunction', 'ومعلمون', 'd'],
    ['a feminine noun with a pronoun suffix (ة written ت)', 'حديقتها', 'd'],
    ['a transliterated surname', 'بيتروفيتش', ''],
    ['a transliterated name with a conjunction', 'وتشيكوفسكي', ''],
  ])('dictionary flag: %s (%s → %j)', (_name, word, want) => {
    expect(flags(`قرأنا ${word} أمس`)[normalize(word).norm]).toBe(want);
  });

  test('letter trigrams and 4-grams of the stem, with edge marks, as word features', () => {
    const toks = modelTokens(normalize('ووصل بيتروفيتش'), []);
    expect(toks[1]!.feats).toEqual([
      ...['g3=^بي', 'g3=بيت', 'g3=يتر', 'g3=ترو', 'g3=روف', 'g3=وفي', 'g3=فيت', 'g3=يتش', 'g3=تش$'],
      ...['g4=^بيت', 'g4=بيتر', 'g4=يترو', 'g4=تروف', 'g4=روفي', 'g4=وفيت', 'g4=فيتش', 'g4=يتش$'],
    ]);
    // the conjunction is cut off first (the last form without clitics)
    expect(toks[0]!.feats).toEqual(['g3=^وص', 'g3=وصل', 'g3=صل$', 'g4=^وصل', 'g4=وصل$']);
    // punctuation and digits: none
    const p = modelTokens(normalize('في 2020.'), []);
    expect(p[1]!.feats).toBeUndefined();
  });
});

describe('Arabic tokens (the scanner against a plain pattern search)', () => {
  const reference = (s: string) => {
    const re = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+|[0-9]+|[A-Za-z]+|\S/g;
    const out: Array<[number, number, string]> = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) out.push([m.index, m.index + m[0].length, m[0]]);
    return out;
  };
  it.each([
    ['words, digits, Latin and punctuation', 'قال المتحدث: قتل 12 شخصا في UN-Habitat، أمس.'],
    ['other white space', 'بغداد\u00a0والبصرة\u2028و\u3000تونس\u202f؟'],
    ['astral characters and tatweel', 'نص \u{1F600} عــربي'],
    ['line breaks', 'سطر أول\n\nسطر ثان\r\nثالث'],
  ])('%s', (_name, text) => {
    const t = normalize(text);
    expect(modelTokens(t, []).map((x) => [x.start, x.end, x.text])).toEqual(reference(t.norm));
  });
});

describe('Arabic entities: names without a cue word (session 6: late rules and names found again)', () => {
  // whole pipeline (rules + tagger + late rules); each sentence written for this test
  const cases: Array<[string, string, string[], string[]?]> = [
    ['a dateline agency in brackets', 'بانغي (كينا) - قالت السلطات إن الطريق أغلق.', ['ORG:كينا']],
    ['a dateline agency in brackets after a date', 'دمشق 12 أيار (سلوان) - أعلنت الوزارة إغلاق المعبر.', ['ORG:سلوان']],
    ['a dateline line: a known place, a dash, the agency', 'بيروت - الصباحية\nأعلنت السلطات إغلاق الطريق.', ['ORG:الصباحية']],
    ['a dateline line: an agency abbreviated in single letters', 'مراكش - ر ب ت\nأعلنت السلطات إغلاق الطريق.', ['ORG:ر ب ت']],
    ['a dateline agency between the date and a dash', 'غزة 3-4-2025 تيما- قالت مصادر طبية إن القصف تواصل.', ['ORG:تيما']],
    ['a person in commas after a speech verb and a description (no word a dictionary entry)', 'وقال قائد شرطة الإقليم، جاروته ديكون، في مؤتمر صحفي إن الفارين اعتقلوا.', ['PER:جاروته ديكون']],
    ['a person in commas after a speaker of a place', 'وقالت المسؤولة عن المخيم، سارينا ماكوتا، للصحفيين إن المياه نفدت.', ['PER:سارينا ماكوتا']],
    ['a person in commas, a first word with what looks like the article', 'وقال رئيس مجلس مقاطعة توروكا، ألبيرو ساكيا، للأناضول إن الصاعقة ضربت المبنى.', ['PER:ألبيرو ساكيا']],
    ['a quoted name after an indefinite organisation noun', 'وينتمي المهاجمون إلى عصابة "بوراتو ماكسي" المسلحة.', ['ORG:بوراتو ماكسي']],
    ['a quoted name after an organisation noun and its adjectives', 'وقالت القوة البحرية الأوروبية "كاليستو" إنها تتابع الوضع.', ['ORG:كاليستو']],
    ['places listed after a place word and «بينها»', 'وشملت الاحتجاجات تسع مقاطعات، بينها كاروندي وبوتيرا وماسيكو.', ['LOC:كاروندي', 'LOC:بوتيرا', 'LOC:ماسيكو'], ['LOC:وبوتيرا']],
    ['places listed after a dual place word and «هما»', 'ونقل سكان قريتين مجاورتين هما تالاغو وميرانكا إلى مدرسة.', ['LOC:تالاغو', 'LOC:ميرانكا']],
    ['the place of a dateline whose agency is known, opening with a common word', 'عين الصفراء (أ ف ب) - قالت الشرطة إن العاصفة هدأت.', ['LOC:عين الصفراء']],
    ['a news outlet a speaker talks to: لـ"X"', 'وقال أحد الناجين لـ"المرصاد" عبر الهاتف إن الحراس هربوا.', ['ORG:المرصاد']],
    ['a news outlet after a statement noun', 'وأوضح مدير المستشفى في تصريح لـ"صوت الجنوب" أن الحالات مستقرة.', ['ORG:صوت الجنوب']],
    ['a surname alone, later, repeats a person found before', 'وقال قائد شرطة الإقليم، جاروته ديكون، إن الفارين اعتقلوا. وكان ديكون قد حذر من الهجوم.', ['PER:ديكون']],
    ['a place named again, a preposition left out of the span', 'وشملت الاحتجاجات تسع مقاطعات، بينها كاروندي وبوتيرا. ونقل جرحى من كاروندي إلى العاصمة.', ['LOC:كاروندي']],
  ];
  test.each(cases)('%s', (_rule, sentence, must, mustNot = []) => {
    const got = pairs(sentence);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });

  test('the surname and the place found again are separate mentions, keyed like the full name', () => {
    const ms = ents('وقال قائد شرطة الإقليم، جاروته ديكون، إن الفارين اعتقلوا. وكان ديكون قد حذر من الهجوم.');
    const per = ms.filter((m) => m.type === 'PER');
    expect(per.map((m) => m.text)).toEqual(['جاروته ديكون', 'ديكون']);
    expect(per[1]!.key).toBe(per[0]!.key);
    const loc = ents('وشملت الاحتجاجات تسع مقاطعات، بينها كاروندي وبوتيرا. ونقل جرحى بكاروندي إلى العاصمة.').filter((m) => m.text === 'كاروندي');
    expect(loc).toHaveLength(2);
  });

  // the late rules alone: what they must leave alone
  test.each([
    ['a country in brackets after a dateline is no agency', 'لكناو (الهند) - قالت الشرطة إن الجسر انهار.'],
    ['a dateline line whose first part is no known place', 'كاروتي - بيلانو\nأعلنت السلطات إغلاق الطريق.'],
    ['an ordinary word in commas is no person', 'وقال قائد الشرطة، أمس، إن الفارين اعتقلوا.'],
    ['ordinary words in commas are no person', 'وقالت المسؤولة عن المخيم، نقلا عنهم، إن المياه نفدت.'],
    ['a quoted phrase after a definite noun is no name', 'وقال إن عدد القتلى في المستشفى "تجاوز عشرين".'],
    ['a quoted ordinary word is no name', 'وانفجرت سيارة في سوق "السلام" الشعبي.'],
    ['a quoted phrase after a noun and a noun complement is no name', 'وحصل على جائزة وزارة الثقافة "كاليستو الذهبية".'],
    ['a quoted phrase with a preposition is no name', 'ووصف الاتحاد ما حدث في ملعب المدينة بأنه "تصرفات غريبة على الرياضة".'],
    ['ordinary nouns listed after «بينها» are no places', 'وتضررت مبان كثيرة في المنطقة، بينها المدارس والمستشفيات.'],
    ['لـ + a quoted phrase without a speaker is no outlet', 'وخصصت البلدية مبلغا لـ"إصلاح الطرق" هذا العام.'],
    ['a line opening with a verb before a bracket is no dateline', 'قالت الشرطة (في بيان) إن العاصفة هدأت.'],
  ])('late rules: %s', (_what, sentence) => {
    expect(lateCandidates(normalize(sentence))).toEqual([]);
  });

  test('late rules: a dateline place of several words, a function word inside, with its known agency', () => {
    const t = normalize('بور أو ماريل (أ ف ب) - قالت الشرطة إن العاصفة هدأت.');
    expect(lateCandidates(t).map((c) => [c.via, c.type, t.norm.slice(c.start, c.end)])).toEqual([['dl', 'LOC', normalize('بور أو ماريل').norm]]);
  });
});

describe('Arabic entities: session 7 (speakers named before «إن/أن», span tails, generic places)', () => {
  // whole pipeline; each sentence written for this test
  const cases: Array<[string, string, string[], string[]?]> = [
    ['a speaker between his description and «للصحفيين إن» (no commas)', 'وقال المسؤول الإداري للمقاطعة توهار سينغتا للصحفيين إن الصمام انفجر.', ['PER:توهار سينغتا'], ['PER:للمقاطعة توهار سينغتا']],
    ['a speaker whose family name is a nisba', 'وقال عضو الهيئة العليا للانتخابات علي الجبوري إن الفرز انتهى.', ['PER:علي الجبوري']],
    ['a speaker with an ordinary word after his given name; the place of the description left out', 'وقال رئيس بلدية كاشان علي أكبر شيراني إن السكان أخلوا المبنى.', ['PER:علي أكبر شيراني', 'LOC:كاشان'], ['PER:شيراني']],
    ['a person does not end in «بـ» + a noun', 'وأدانت المحكمة سليم بارتكاب جريمة القتل.', ['PER:سليم'], ['PER:سليم بارتكاب']],
    ['… nor in «بـ» + a definite noun', 'وفاز محمد ولد الوالي بالمقعد.', ['PER:محمد ولد الوالي'], ['PER:محمد ولد الوالي بالمقعد']],
    ['an indefinite organisation word and an indefinite adjective name no body', 'وأعلن حزب إسلامي صغير مقاطعة الانتخابات.', [], ['ORG:حزب إسلامي']],
  ];
  test.each(cases)('%s', (_rule, sentence, must, mustNot = []) => {
    const got = pairs(sentence);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });

  test.each([
    ['a time word before «إن» is no speaker', 'وقال المتحدث باسم الجيش أمس الأحد إن الحصيلة ارتفعت.'],
    ['adjectives of the speaker are no name', 'وأعلنت متحدثة عسكرية فرنسية أن الجنود انسحبوا.'],
    ['a description ending in a place is no name', 'وقال مسؤول محلي في البلدة إن الطريق أغلق.'],
    ['«للصحفيين» right after the description', 'وأضاف قائد الشرطة المحلية للصحفيين أن التحقيق مستمر.'],
    ['a clitic + an ordinary word ends no name', 'وقال المدرب ماركو سيلفا بدوره إن الفريق جاهز.'],
    ['a verb with a pronoun and the preposition «على» are no name', 'وقال الرئيس اتفقنا على أن نلتقي مجددا.'],
    ['a phrase of the statement is no name', 'وقال المتحدث بمناسبة زيارته لمصر إن العلاقات قوية.'],
  ])('late rules: %s', (_what, sentence) => {
    expect(lateCandidates(normalize(sentence)).filter((c) => c.via === 'ps')).toEqual([]);
  });

  test('late rule ps: the name only, read backwards from «إن»', () => {
    const t = normalize('وقال رئيس بلدية كاشان علي أكبر شيراني إن السكان أخلوا المبنى.');
    expect(lateCandidates(t).map((c) => [c.via, c.type, t.norm.slice(c.start, c.end)])).toEqual([['ps', 'PER', normalize('علي أكبر شيراني').norm]]);
  });
});

describe('Arabic entities: spans stop before a trailing common adjective or noun (link7)', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    ['place + «المجاورة» (neighbouring)', 'نقل المصابون إلى مستشفى في بلدة كارموفا المجاورة مساء الأحد.', ['LOC:كارموفا'], ['LOC:كارموفا المجاورة']],
    ['place + «المجاور» (neighbouring, masc.)', 'فر السكان إلى إقليم تاردوني المجاور بعد الفيضان.', ['LOC:تاردوني'], ['LOC:تاردوني المجاور']],
    ['person + «الحداد» (mourning)', 'وأعلن رئيس البلاد غاستون ديمبا موريلو الحداد الوطني ثلاثة أيام.', ['PER:غاستون ديمبا موريلو'], ['PER:غاستون ديمبا موريلو الحداد']],
  ];
  test.each(cases)('%s', (_rule, sentence, must, mustNot) => {
    const got = pairs(sentence);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });
});

describe('Arabic entities: session 8 (role nouns after a person, a company’s country adjective, trailing direction marks)', () => {
  // whole pipeline; each sentence written for this test
  const cases: Array<[string, string, string[], string[]]> = [
    ['a person ends before an indefinite role noun and its complement («أمير منطقة …»)', 'واستقبل الأمير فيصل بن خالد أمير منطقة عسير الوفد.', ['PER:فيصل بن خالد'], ['PER:فيصل بن خالد أمير']],
    ['… «سفير فرنسا»', 'وحضر الحفل جورج كاسا سفير فرنسا.', ['PER:جورج كاسا'], ['PER:جورج كاسا سفير']],
    ['a club is not named by its country adjective', 'أعلن ريال مدريد الإسباني أنه تعاقد مع لاعبين.', ['ORG:ريال مدريد'], ['ORG:ريال مدريد الإسباني']],
    ['a company neither', 'أعلنت نوكيا الفنلندية أنها ستغلق مصنعا.', ['ORG:نوكيا'], ['ORG:نوكيا الفنلندية']],
    ['a right-to-left mark glued to the name’s end is part of the written word', 'وتحدث الوزير عن الأوضاع في مصر\u200f, وقال إنها تتحسن.', ['LOC:مصر\u200f'], ['LOC:مصر']],
  ];
  test.each(cases)('%s', (_rule, sentence, must, mustNot) => {
    const got = pairs(sentence);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });

  // late rules: what they propose (the tagger often finds these names itself; the rules fill its gaps)
  test.each([
    ['a quoted name after a title', 'وكان الإمبراطور "تشاو كوانغيين" قد حكم البلاد قرنا.', 'qn', [['PER', 'تشاو كوانغيين']]],
    ['a quoted name after a kinship noun', 'وساعدته زوجته "ميرا تانسو" في إدارة الورشة.', 'qn', [['PER', 'ميرا تانسو']]],
    ['a quoted statement after a title is no name', 'وقال الرئيس "لن نسمح بذلك أبدا".', 'qn', []],
    ['a speaker right after the verb, before «إن»', 'وقال ياروسلاف كوتشيك إن الاتفاق لم يكتمل.', 'ps', [['PER', 'ياروسلاف كوتشيك']]],
    ['… before «إنه»', 'وقال كوستاريدو إنه لن يستقيل.', 'ps', [['PER', 'كوستاريدو']]],
    ['ordinary words after the verb are no speaker', 'وقال مسؤولون أمميون إن الوضع خطير.', 'ps', []],
    ['a given name alone after the verb is left to the tagger', 'وقال محمد إن الفريق جاهز.', 'ps', []],
  ])('late rules: %s', (_what, sentence, via, want) => {
    const t = normalize(sentence);
    expect(lateCandidates(t).filter((c) => c.via === via).map((c) => [c.type, t.norm.slice(c.start, c.end)])).toEqual((want as string[][]).map(([ty, x]) => [ty, normalize(x!).norm]));
  });

  test('a surname that is a role noun stays when no complement follows', () => {
    expect(pairs('وسجل الهدف اللاعب محمد نجم.')).not.toContain('PER:محمد');
  });

  test('the mark moves the end only: key and canonical name as without it', () => {
    const a = ents('وتحدث الوزير عن الأوضاع في مصر\u200f, وقال إنها تتحسن.').find((m) => m.type === 'LOC')!;
    const b = ents('وتحدث الوزير عن الأوضاع في مصر, وقال إنها تتحسن.').find((m) => m.type === 'LOC')!;
    expect([a.key, a.canonical, a.start, a.end - 1]).toEqual([b.key, b.canonical, b.start, b.end]);
  });
});

describe('Arabic entities: session 8 spans for cross-language linking (link9)', () => {
  // whole pipeline; each sentence written for this test
  const cases: Array<[string, string, string[], string[]]> = [
    ['a river keeps its included cue word when the tagger found the name alone', 'وانقلب قارب صيد في نهر موبانغي مساء السبت.', ['LOC:نهر موبانغي'], ['LOC:موبانغي']],
    ['a place after a governor’s title is not the speaker’s first name', 'وقال والي مارسيلا عمر فيدان للصحافيين إن الحريق امتد.', ['LOC:مارسيلا', 'PER:عمر فيدان'], ['PER:مارسيلا عمر فيدان']],
    ['… after a place trigger after the title', 'وأعلن حاكم ولاية كوراندا باتريك موانزا إن الحصيلة ارتفعت.', ['LOC:كوراندا', 'PER:باتريك موانزا'], ['PER:كوراندا باتريك موانزا']],
    ['a foreign place’s first word is no place of its own', 'وقال مسؤول في بلدة سانتا لوسيا بيراتا إن السكان غادروا.', [], ['LOC:سانتا']],
    ['a movement the gazetteer also knows without its cue word is named without it', 'وتبنت حركة طالبان الهجوم.', ['ORG:طالبان'], ['ORG:حركة طالبان']],
    ['… not an organisation whose cue word is part of its name', 'وأكدت منظمة العفو الدولية أن المعتقلين تعرضوا للتعذيب.', ['ORG:منظمة العفو الدولية'], []],
    ['a person ends before «بـ» + a verbal noun and its object', 'وأمر الرئيس جوزيف كاباندا بفتح تحقيق في الحادث.', ['PER:جوزيف كاباندا'], ['PER:جوزيف كاباندا بفتح']],
  ];
  test.each(cases)('%s', (_rule, sentence, must, mustNot) => {
    const got = pairs(sentence);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });
});
