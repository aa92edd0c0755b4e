import { detectLanguage } from '../../src/language/detect.js';
import { fixture } from '../helpers.js';

describe('detectLanguage', () => {
  test.each([
    ['English seed', fixture('paris-rally-2019.en.txt'), 'en', 'eng'],
    ['Arabic seed with Persian letter forms and digits', fixture('paris-rally-2019.ar.txt'), 'ar', 'arb'],
    ['Persian', 'جمهوری اسلامی ایران کشوری در غرب آسیا است که پایتخت آن تهران است و مردم آن به زبان فارسی سخن می‌گویند. این کشور تاریخ بسیار کهنی دارد.', 'fa', null],
    ['French', "La manifestation a rassemblé des milliers de personnes à Paris samedi, selon les organisateurs qui ont dénoncé la répression.", 'fr', 'fra'],
    ['Russian', 'Демонстрация прошла в центре города в субботу, в ней приняли участие тысячи человек, сообщили организаторы.', 'ru', 'rus'],
    ['Chinese by script', '巴黎举行集会支持伊朗抗议活动', 'zh', 'cmn'],
    ['Japanese by kana', '東京で大規模な集会が行われました', 'ja', 'jpn'],
    ['Hebrew', 'ההפגנה התקיימה במרכז העיר ביום שבת והשתתפו בה אלפי אנשים לפי המארגנים', 'he', 'heb'],
    ['a short English sentence', 'At least 600 people were killed.', 'en', 'eng'],
  ])('%s', (_n, text, code, iso) => {
    const l = detectLanguage(text);
    expect(l.code).toBe(code);
    if (iso) expect(l.iso6393).toBe(iso);
    expect(l.confidence).toBeGreaterThan(0);
    expect(l.confidence).toBeLessThanOrEqual(1);
  });

  test.each([
    ['no letters', '12,000 — 600 / 187'],
    ['too short', 'Paris'],
    ['too short Arabic', 'باريس'],
  ])('undetermined: %s', (_n, text) => {
    const l = detectLanguage(text);
    expect(l.code).toBe('und');
    expect(l.confidence).toBe(0);
    expect(l.reason).toBeTruthy();
  });

  test.each([
    // headlines: too short for trigrams (which read the first as French), every word English
    ['Floods drown 14 villagers', 'en', 'vocabulary'],
    ['Troops kill 9 miners', 'en', 'vocabulary'],
    ['Ferry sinks, dozens missing', 'en', 'vocabulary'],
    // English shares "migrants", "police"… with other languages, not their function words
    ['Au moins 14 villageois noyés', 'fr', undefined],
    ['Al menos 14 mineros murieron en la mina', 'es', undefined],
    // a short Arabic line written with the Arabic alphabet alone is Arabic
    ['مقتل 9 عمال في منجم', 'ar', 'alphabet'],
  ])('short text: %s', (text, code, reason) => {
    const l = detectLanguage(text);
    expect(l.code).toBe(code);
    if (reason) expect(l.reason).toBe(reason);
  });

  // A text whose first few thousand characters hold no words (a table of figures,
  // a column of readings) is identified by the words after them.
  test.each([
    ['| ' + Array.from({ length: 1500 }, (_, i) => i).join(' | ') + ' |\n\n', 'قتل 12 شخصا على الأقل في غارة جوية على السوق المركزي يوم الاثنين، بحسب مسؤولين في وزارة الصحة.', 'ar'],
    [Array.from({ length: 900 }, (_, i) => (i * 1.25).toFixed(2)).join(';') + '\n', 'At least twelve people were killed when the roof of the central market collapsed on Monday, officials said.', 'en'],
  ])('a long opening without words, then %#', (opening, words, code) => {
    expect(opening.length).toBeGreaterThan(4096);
    expect(detectLanguage(opening + words).code).toBe(code);
  });

  test('longer texts get higher confidence than a sentence', () => {
    const long = detectLanguage(fixture('paris-rally-2019.en.txt')).confidence;
    const short = detectLanguage('At least 600 people were killed.').confidence;
    expect(long).toBeGreaterThan(short);
  });
});
