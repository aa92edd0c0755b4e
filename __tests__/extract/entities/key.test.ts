import { normalize } from '../../../src/text/normalize.js';
import { extractEntities as en } from '../../../src/lang/en/entities.js';
import { extractEntities as ar } from '../../../src/lang/ar/entities.js';
import { conceptKey, entityKey, nameSimilarity, placeClass, sameEntity, SAME_ENTITY_THRESHOLD, skeletonKey, withoutPlaceCues } from '../../../src/extract/entities/key.js';
import { skeleton } from '../../../src/extract/entities/skeleton.js';
import type { EntityMention, EntityType } from '../../../src/types.js';
import { fixture } from '../../helpers.js';

function mention(text: string, type: EntityType, gazetteer = true): EntityMention {
  return { start: 0, end: text.length, text, type, key: entityKey(text, type, { gazetteer }) };
}

describe('skeleton', () => {
  test.each([
    ['Rouhani', 'روحاني'],
    ['Reuters', 'رويترز'],
    ['Youssoufia', 'اليوسفية'],
    ['Al Haouz', 'الحوز'],
    ['Chichaoua', 'شيشاوة'],
    ['Agadir', 'أكادير'],
  ])('%s and %s reduce to the same consonant frame', (latin, arabic) => {
    expect(skeleton(latin)).toBe(skeleton(arabic));
  });

  test('glued and split spellings give one skeleton', () => {
    expect(skeleton('أبو ظبي')).toBe(skeleton('أبوظبي'));
  });

  test('the Arabic transliteration of a French name has the documented form', () => {
    expect(skeletonKey('جان فرانسوا لوغارة', 'PER')).toBe('per:~jnfrnslkr');
  });
});

describe('entityKey', () => {
  test.each([
    ['Paris', 'LOC', 'loc:paris'],
    ['باريس', 'LOC', 'loc:paris'],
    ['Amnesty International', 'ORG', 'org:amnesty-international'],
    ['منظمة العفو الدولية', 'ORG', 'org:amnesty-international'],
    ['Hassan Rouhani', 'PER', 'per:hassan-rouhani'],
    ['روحاني', 'PER', 'per:hassan-rouhani'],
    ['UN', 'ORG', 'org:united-nations'],
    ['الأممالمتحدة', 'ORG', 'org:united-nations'],
    ['IOM', 'ORG', 'org:international-organization-for-migration'],
    ['المنظمة الدولية للهجرة', 'ORG', 'org:international-organization-for-migration'],
    ['الهلال الأحمر', 'ORG', 'org:red-crescent'],
  ] as Array<[string, EntityType, string]>)('%s → %s', (name, type, key) => {
    expect(entityKey(name, type)).toBe(key);
  });

  test('unknown names get a skeleton key, the same in both scripts when the frames agree', () => {
    expect(entityKey('Zarnegar', 'PER')).toMatch(/^per:~/);
    expect(entityKey('Zarnegar', 'PER')).toBe(entityKey('زرنكار', 'PER'));
  });
});

describe('place cue words', () => {
  test.each([
    ['Zabdin camp', 'zabdin'],
    ['the village of Kafr Tal', 'the village of Kafr Tal'],
    ['Village Kafr Tal', 'Kafr Tal'],
    ['مخيم الزعتري', 'الزعتري'],
    ['قرية بيت لاهيا', 'بيت لاهيا'],
    ['Camp', 'Camp'],
    ['مخيم', 'مخيم'],
  ])('withoutPlaceCues(%s) = %s', (name, out) => {
    expect(withoutPlaceCues(name).toLowerCase()).toBe(out.toLowerCase());
  });

  test('a camp named with its cue word keys like its bare name, in both scripts (places only)', () => {
    expect(skeletonKey('Zaatari camp', 'LOC')).toBe(skeletonKey('مخيم الزعتري', 'LOC'));
    expect(skeletonKey('Zaatari camp', 'LOC')).toBe(skeletonKey('Zaatari', 'LOC'));
    expect(skeletonKey('Zaatari camp', 'ORG')).not.toBe(skeletonKey('Zaatari', 'ORG'));
  });

  test('a place with and without its cue word links by score too', () => {
    const a = { start: 0, end: 0, text: 'Kafr Tal village', type: 'LOC' as EntityType, key: 'loc:~x' };
    const b = { start: 0, end: 0, text: 'قرية كفر تل', type: 'LOC' as EntityType, key: 'loc:~y' };
    expect(sameEntity(a, b)).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
  });
});

describe('sameEntity', () => {
  test('threshold is a number in (0, 1)', () => {
    expect(SAME_ENTITY_THRESHOLD).toBeGreaterThan(0.5);
    expect(SAME_ENTITY_THRESHOLD).toBeLessThan(1);
  });

  test.each([
    ['Jean-Francois Legaret', 'جان فرانسوا لوغارة', 'PER'],
    ['Michèle de Vaucouleurs', 'ووکلور', 'PER'],
    ['Khamenei', 'خامنئي', 'PER'],
    ['Gilbert Mitterrand', 'جيلبرت ميتران', 'PER'],
    ['Ouarzazate', 'ورزازات', 'LOC'],
  ] as Array<[string, string, EntityType]>)('%s ~ %s scores at least the threshold (spelling only)', (a, b, type) => {
    expect(sameEntity(mention(a, type, false), mention(b, type, false))).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
  });

  test.each([
    ['Jean-Francois Legaret', 'جان بيير مولر', 'PER'],
    ['Emmanuel Macron', 'جيلبرت ميتران', 'PER'],
    ['Libya', 'سوريا', 'LOC'],
  ] as Array<[string, string, EntityType]>)('%s ~ %s stays below the threshold', (a, b, type) => {
    expect(sameEntity(mention(a, type, false), mention(b, type, false))).toBeLessThan(SAME_ENTITY_THRESHOLD);
  });

  test('equal gazetteer keys score 1; different canonical names do not link', () => {
    expect(sameEntity(mention('Paris', 'LOC'), mention('باريس', 'LOC'))).toBe(1);
    const a = { ...mention('Iran', 'LOC'), canonical: 'Iran' };
    const b = { ...mention('العراق', 'LOC'), canonical: 'Iraq' };
    expect(sameEntity(a, b)).toBeLessThan(SAME_ENTITY_THRESHOLD);
  });

  test('a surname alone matches the full name', () => {
    expect(nameSimilarity('Khamenei', 'علي خامنئي')).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
  });

  test('type mismatch lowers the score', () => {
    const x = sameEntity(mention('Zarnegar', 'PER', false), mention('زرنكاري', 'PER', false));
    const y = sameEntity(mention('Zarnegar', 'PER', false), mention('زرنكاري', 'LOC', false));
    expect(y).toBeLessThan(x);
  });
});

describe('cross-language linking on the seed pair', () => {
  const E = en(normalize(fixture('paris-rally-2019.en.txt')));
  const A = ar(normalize(fixture('paris-rally-2019.ar.txt')));
  const e = (text: string) => E.find((m) => m.text === text)!;
  const a = (text: string) => A.find((m) => m.text === text)!;

  test.each([
    ['Paris', 'باريس'],
    ['Rouhani', 'روحاني'],
    ['Iran', 'إيران'],
    ['PMOI', 'منظمة مجاهدي خلق'],
    ['MEK', 'منظمة مجاهدي خلق'],
    ['National Council of Resistance of Iran', 'المقاومة الإيرانية'],
    ['French National Assembly', 'الجمعية الوطنية الفرنسية'],
  ])('%s and %s share the key', (x, y) => {
    expect(e(x).key).toBe(a(y).key);
  });

  test('UN ↔ الأممالمتحدة: same key', () => {
    const un = E.find((m) => m.text === 'UN');
    const key = un ? un.key : 'org:united-nations';
    expect(a('الأممالمتحدة').key).toBe(key);
    expect(a('الأممالمتحدة').key).toBe('org:united-nations');
  });

  test.each([
    ['Jean-Francois Legaret', 'جان فرانسوا لوغارة'],
    ['Michèle de Vaucouleurs', 'ووکلور'],
  ])('%s ↔ %s linked by score', (x, y) => {
    expect(sameEntity(e(x), a(y))).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
  });

  test('Legaret is linked to Legaret, not to another French mayor', () => {
    const legaret = e('Jean-Francois Legaret');
    const scores = A.filter((m) => m.type === 'PER').map((m) => [m.text, sameEntity(legaret, m)] as const);
    scores.sort((p, q) => q[1] - p[1]);
    expect(scores[0]![0]).toBe('جان فرانسوا لوغارة');
  });
});

describe('organisations named by translated words (concept keys)', () => {
  test.each([
    ['National Electoral Commission', 'اللجنة الانتخابية الوطنية'],
    ['Independent Commission for Elections', 'المفوضية المستقلة للانتخابات'],
    ['Syrian Network for Human Rights', 'الشبكة السورية لحقوق الإنسان'],
    ['Jordanian Football Federation', 'الاتحاد الأردني لكرة القدم'],
    ['Ministry of Emergency Situations', 'وزارة حالات الطوارئ'],
    ['General Authority for Roads and Highways', 'الهيئة العامة للطرق السريعة'],
    ['Civil Defence Directorate', 'مديرية الدفاع المدني'],
  ])('%s and %s key alike', (en, ar) => {
    const k = conceptKey(en, 'ORG');
    expect(k).toMatch(/^org:=/);
    expect(conceptKey(ar, 'ORG')).toBe(k);
    expect(skeletonKey(ar, 'ORG')).toBe(k);
  });

  test.each([
    ['Coton Sport', 'ORG'],
    ['Electoral', 'ORG'],
    ['Kenya Uganda', 'ORG'],
    ['National Stadium', 'LOC'],
    ['سبورت الجديد', 'ORG'],
  ] as Array<[string, EntityType]>)('no concept key for %s (%s)', (name, type) => {
    expect(conceptKey(name, type)).toBeUndefined();
  });

  test('different concepts give different keys', () => {
    expect(conceptKey('Electoral Commission', 'ORG')).not.toBe(conceptKey('اللجنة الوطنية للانتخابات', 'ORG'));
  });

  test('an organisation the tagger typed as a place keys as an organisation when it has a head noun', () => {
    expect(conceptKey('Sudanese Red Crescent', 'LOC')).toBe(conceptKey('الهلال الأحمر السوداني', 'ORG'));
  });
});

describe('facilities and compass words', () => {
  test.each([
    ['Ramadi General Hospital', 'h'],
    ['مستشفى الرمادي العام', 'h'],
    ['Olympic stadium', 's'],
    ['سجن الحوت', 'j'],
    ['Zaatari camp', ''],
    ['Ramadi', ''],
  ])('placeClass(%s) = %s', (name, cls) => {
    expect(placeClass(name)).toBe(cls);
  });

  test('a hospital keys as the hospital of its place, in both scripts and either type', () => {
    const k = skeletonKey('مستشفى كوراندا العام', 'LOC');
    expect(skeletonKey('Koranda General Hospital', 'ORG')).toBe(k);
    expect(k).not.toBe(skeletonKey('Koranda', 'LOC'));
    expect(skeletonKey('Baghdad Teaching Hospital', 'LOC')).toBe('loc:baghdad.h');
    expect(skeletonKey('مستشفى بغداد التعليمي', 'LOC')).toBe('loc:baghdad.h');
  });

  test('a hospital and the town it is named after do not link', () => {
    const a = mention('Koranda General Hospital', 'LOC', false);
    expect(sameEntity(a, mention('كوراندا', 'LOC', false))).toBeLessThan(SAME_ENTITY_THRESHOLD);
    expect(sameEntity(a, mention('مستشفى كوراندا', 'LOC', false))).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
  });

  test.each([
    ['Eastern Marsana', 'مرسانا الشرقية'],
    ['North Darfur', 'شمال دارفور'],
    ['Lake Tana', 'بحيرة تانا'],
    ['Moi Avenue', 'شارع موي'],
  ])('%s and %s key alike (cue and compass words left out)', (en, ar) => {
    expect(skeletonKey(en, 'LOC')).toBe(skeletonKey(ar, 'LOC'));
  });
});
