import { normalize, toOriginal, originalSpan, foldWord } from '../../src/text/normalize.js';

describe('normalize: the copy used for matching', () => {
  test.each([
    ['Extended Arabic-Indic digits', 'نوفمبر ۲۰۱۹', 'نوفمبر 2019'],
    ['Arabic-Indic digits', 'قتل ١٢٣ شخصا', 'قتل 123 شخصا'],
    ['U+066C between digits is a thousands separator', '١٢٬٠٠٠', '12,000'],
    ['U+066B between digits is a decimal point', '١٫٥ مليون', '1.5 مليون'],
    ['U+066C between words is a comma', 'فرنسيون٬ فضلا', 'فرنسيون، فضلا'],
    ['Persian kaf and yeh', 'وکذلك فی', 'وكذلك في'],
    ['alef forms, alef maqsura, ta marbuta', 'أكثر إلى آخر مدينة', 'اكثر الي اخر مدينه'],
    ['diacritics and tatweel removed', 'مُتظاهراً الـ448', 'متظاهرا ال448'],
    ['curly quotes and dashes', '“Paris’ — 1st”', '"Paris\' - 1st"'],
    ['a dash glued between letters separates words', 'Saul Bass—who, Paris–Berlin', 'Saul Bass who, Paris Berlin'],
    ['a dash between digits stays a dash', '15–20 November, 2019—2021', '15-20 November, 2019-2021'],
    ['NFKC: no-break space, ligature, full-width digits', 'a\u00A0b \uFEFB １２', 'a b لا 12'],
    ['zero-width and bidi controls dropped', 'ab\u200Ccd\u202Eef', 'abcdef'],
    ['line breaks other than \\n break lines as \\n does (CR alone, NEL, U+2028, U+2029)', 'a\rb\r\nc\u0085d\u2028e\u2029f', 'a\nb\r\nc\nd\ne\nf'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input).norm).toBe(expected);
  });

  test('every unit of the copy maps back into the original', () => {
    const original = 'أکثر من ۱۲٬۰۰۰ مُتظاهر\u200C، «باريس»';
    const t = normalize(original);
    expect(t.startMap.length).toBe(t.norm.length);
    for (let i = 0; i < t.norm.length; i++) {
      expect(t.startMap[i]).toBeGreaterThanOrEqual(0);
      expect(t.endMap[i]).toBeGreaterThan(t.startMap[i]!);
      expect(t.endMap[i]).toBeLessThanOrEqual(original.length);
    }
    const i = t.norm.indexOf('12,000');
    expect(originalSpan(t, i, i + 6).text).toBe('۱۲٬۰۰۰');
    const j = t.norm.indexOf('متظاهر');
    expect(originalSpan(t, j, j + 'متظاهر'.length).text).toBe('مُتظاهر');
  });

  test('one character expanding to several maps every piece to it', () => {
    const t = normalize('x\uFEFBy');
    expect(t.norm).toBe('xلاy');
    expect(toOriginal(t, 1, 3)).toEqual({ start: 1, end: 2 });
  });

  test('foldWord folds lexicon entries the same way as text', () => {
    expect(foldWord('على الأقل')).toBe(normalize('على الأقل').norm);
    expect(foldWord('إعدام')).toBe('اعدام');
  });

  test('empty text', () => {
    const t = normalize('');
    expect(t.norm).toBe('');
    expect(toOriginal(t, 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('foldWord is normalize().norm without the offset maps', () => {
  test.each(['a\rb\r\nc\u2029d', 'killed', 'At least 600', 'e\u0301lysée', 'Cafe\u0301', 'أكثر من ۱۲٬۰۰۰', 'مُتَظاهِر', 'ﻻ', '', 'x\u200By', 'ID\u0301'])('%j', (s) => {
    expect(foldWord(s)).toBe(normalize(s).norm);
  });

  // ASCII runs kept as they are between folded pieces, at either end, separators between digits or not
  test.each([
    ['abc ١٢ def', 'abc 12 def'],
    ['٣a', '3a'],
    ['a٣', 'a3'],
    ['12٬500 و', '12,500 و'],
    ['x٬y', 'x\u060Cy'],
    ['1٫5', '1.5'],
    ['\u201Cquoted\u201D \u2014 yes', '"quoted" - yes'],
    ['ab\u0640cd', 'abcd'],
    ['a\u{1F600}b', 'a\u{1F600}b'],
    ['ｆｕｌｌ１', 'full1'],
  ])('%j → %j', (s, want) => {
    expect(foldWord(s)).toBe(want);
    expect(normalize(s).norm).toBe(want);
  });
});
