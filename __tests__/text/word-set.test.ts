import { packedWordSet, sortedWordsError } from '../../src/text/word-set.js';
import commonWordsDoc from '../../src/lang/en/common-words.json' with { type: 'json' };

describe('packedWordSet', () => {
  const set = packedWordSet('ab abc b ba bb c zebra');

  test.each([
    ['ab', true],
    ['abc', true],
    ['b', true],
    ['ba', true],
    ['bb', true],
    ['c', true],
    ['zebra', true],
    ['a', false],
    ['abd', false],
    ['abcd', false],
    ['bc', false],
    ['', false],
    ['zebras', false],
    ['aa', false],
    ['zzz', false],
    ['ab c', false],
  ])('has(%j) = %s', (w, expected) => {
    expect(set.has(w)).toBe(expected);
  });

  test('size counts the words', () => {
    expect(set.size).toBe(7);
    expect(packedWordSet('solo').size).toBe(1);
    expect(packedWordSet('').size).toBe(0);
    expect(packedWordSet('').has('')).toBe(false);
  });

  test('non-ASCII words compare by code unit', () => {
    const s = packedWordSet(['café', 'cafe', 'zoé', 'élan'].sort().join(' '));
    expect(['café', 'cafe', 'zoé', 'élan', 'cafè'].map((w) => s.has(w))).toEqual([true, true, true, true, false]);
  });

  // Arabic lists are kept one byte a character (U+0600–U+067F moved to 0x80–0xFF): queries are
  // mapped the same way, and a character outside the mapping — Latin-1 letters, whose codes the
  // mapped Arabic takes, other Arabic-block letters — is in no word
  describe('an Arabic list', () => {
    const arabic = packedWordSet(['كتاب', 'كتب', 'مكتبة', 'ب', 'a٩', 'ab', 'zء'].sort().join(' '));
    test.each([
      ['كتاب', true],
      ['كتب', true],
      ['مكتبة', true],
      ['ب', true],
      ['a٩', true],
      ['ab', true],
      ['zء', true],
      ['كتا', false],
      ['كتابة', false],
      ['مكتبه', false],
      ['aé', false], // é is 0xE9, where ٩ (U+0669) is kept
      ['z\u00a1', false], // 0xA1, where ء (U+0621) is kept
      ['ک', false], // U+06A9, past the mapped block
      ['a', false],
      ['', false],
    ])('has(%j) = %s', (w, expected) => {
      expect(arabic.has(w)).toBe(expected);
    });
    test('size', () => expect(arabic.size).toBe(7));
    test('a list with a character past U+067F is kept as it is, and still found', () => {
      const mixed = packedWordSet(['ب', 'ک'].sort().join(' '));
      expect(['ب', 'ک', 'ت'].map((w) => mixed.has(w))).toEqual([true, true, false]);
    });
  });

  test.each([['b a'], ['a a'], ['ab a']])('an unsorted or repeated list %j is named', (words) => {
    expect(sortedWordsError(words)).toMatch(/not sorted or not unique/);
  });

  test.each([[''], ['a'], ['a ab b ba']])('a sorted list %j passes', (words) => {
    expect(sortedWordsError(words)).toBeNull();
  });

  test('the shipped WordNet list is sorted and unique (the set relies on it)', () => {
    expect(sortedWordsError((commonWordsDoc as { words: string }).words)).toBeNull();
    expect(packedWordSet((commonWordsDoc as { words: string }).words).has('aardvark')).toBe(true);
  });

  test('agrees with a Set on words of very different lengths and scripts', () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const letters = ['a', 'b', 'z', 'é', 'ب', 'ت', 'ي', '\u{1F600}'];
    const word = () => Array.from({ length: 1 + Math.floor(rnd() * rnd() * 30) }, () => letters[Math.floor(rnd() * letters.length)]).join('');
    const words = [...new Set(Array.from({ length: 2000 }, word))].sort();
    const s = packedWordSet(words.join(' '));
    expect(s.size).toBe(words.length);
    const ref = new Set(words);
    for (const w of words) expect(s.has(w)).toBe(true);
    for (let i = 0; i < 5000; i++) {
      const w = word();
      expect(s.has(w)).toBe(ref.has(w));
      // prefixes and extensions of listed words
      expect(s.has(w.slice(0, -1))).toBe(ref.has(w.slice(0, -1)));
      expect(s.has(`${w}a`)).toBe(ref.has(`${w}a`));
    }
  });

  test('agrees with a Set on a large random list', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = () => Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => 'abcdefg'[Math.floor(rnd() * 7)]).join('');
    const words = [...new Set(Array.from({ length: 3000 }, word))].sort();
    const s = packedWordSet(words.join(' '));
    const ref = new Set(words);
    for (let i = 0; i < 5000; i++) {
      const w = word();
      expect(s.has(w)).toBe(ref.has(w));
    }
  });
});
