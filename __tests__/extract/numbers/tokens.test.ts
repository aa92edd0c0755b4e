import { Tok, glued, tokenize } from '../../../src/extract/numbers/tokens.js';

describe('tokenize', () => {
  test.each([
    ['12,000 people', [['12', Tok.Num, 0], [',', Tok.Sym, 0], ['000', Tok.Num, 0], ['people', Tok.Word, 1]]],
    ['3bn', [['3', Tok.Num, 0], ['bn', Tok.Word, 0]]],
    ['ال448  x', [['ال', Tok.Word, 0], ['448', Tok.Num, 0], ['x', Tok.Word, 2]]],
    ['48٪', [['48', Tok.Num, 0], ['٪', Tok.Sym, 0]]],
    ['see https://a.b/c?id=17859, then', [['see', Tok.Word, 0], ['https://a.b/c?id=17859', Tok.Opaque, 1], [',', Tok.Sym, 0], ['then', Tok.Word, 1]]],
  ] as const)('%s', (text, want) => {
    const got = tokenize(text).map((t) => [t.text, t.type, t.ws]);
    expect(got).toEqual(want);
  });

  test('offsets, lower-case keys and line breaks', () => {
    const [a, b] = tokenize('Ten\nThousand');
    expect([a!.start, a!.end, a!.key]).toEqual([0, 3, 'ten']);
    expect([b!.start, b!.key, b!.nl]).toEqual([4, 'thousand', true]);
    expect(glued(a, b)).toBe(false);
  });

  test('a window of the text keeps absolute offsets', () => {
    const t = tokenize('aa 12 bb', 3, 5);
    expect(t.map((x) => [x.text, x.start])).toEqual([['12', 3]]);
  });
});
