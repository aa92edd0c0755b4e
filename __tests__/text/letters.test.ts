import { countLetters } from '../../src/text/letters.js';

describe('countLetters', () => {
  test.each([
    ['', 0, 0, 0],
    ['Paris 2019!', 5, 0, 0],
    ['Élysée, Zürich', 12, 0, 0],
    ['قتل ٦٠٠ متظاهر', 0, 9, 0],
    // Persian letters are Arabic script; Extended Arabic-Indic digits and diacritics are not letters
    ['ایران ۲۰۱۹ مُتَظاهِر', 0, 11, 0],
    ['Москва и 東京', 0, 0, 9],
    // an astral letter (CJK Extension B) counts once; a lone surrogate is not a letter
    ['\u{20000}x\uD800', 1, 0, 1],
  ])('%j', (text, latin, arabic, other) => {
    expect(countLetters(text)).toEqual({ latin, arabic, other, letters: latin + arabic + other });
  });

  test('a slice counts only its own letters', () => {
    const s = 'abc باريس def';
    expect(countLetters(s, 4, 9)).toEqual({ latin: 0, arabic: 5, other: 0, letters: 5 });
  });

  test('agrees with the Unicode property regexes on every BMP letter', () => {
    let s = '';
    for (let c = 0x20; c < 0xd800; c += 7) s += String.fromCharCode(c);
    const n = countLetters(s);
    expect(n.letters).toBe((s.match(/\p{L}/gu) ?? []).length);
    expect(n.latin).toBe((s.match(/(?=\p{L})\p{Script=Latin}/gu) ?? []).length);
    expect(n.arabic).toBe((s.match(/(?=\p{L})\p{Script=Arabic}/gu) ?? []).length);
  });
});
