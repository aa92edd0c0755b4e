import { clean, readDigits } from '../../../src/extract/numbers/digits.js';
import { tokenize } from '../../../src/extract/numbers/tokens.js';
import { toy, unitFirst } from './toy.js';

type G = typeof toy;

function digits(g: G, text: string) {
  const toks = tokenize(text);
  const d = readDigits(toks, 0, g);
  if (!d) return null;
  if (d.reject) return 'reject';
  return { value: d.value, text: text.slice(toks[d.s]!.start, toks[d.e]!.end), ...(d.ordinal ? { ordinal: true } : {}), ...(d.moneyOnly ? { moneyOnly: true } : {}) };
}

describe('readDigits', () => {
  test.each([
    ['12,000', 12000, '12,000'],
    ['1,234,567 x', 1234567, '1,234,567'],
    ['12 000', 12000, '12 000'],
    ['1 414 021 100', 1414021100, '1 414 021 100'],
    ['2019 100', 2019, '2019'],
    ['423 0000', 423, '423'],
    ['12.000', 12, '12.000'],
    ['12.000.000', 12000000, '12.000.000'],
    ['1.234,5', 1234.5, '1.234,5'],
    ['12,34,567', 1234567, '12,34,567'],
    ['4.800', 4.8, '4.800'],
    ['.5', 0.5, '.5'],
    ['0033', 33, '0033'],
    ['22,24', 22, '22'],
    ['192.168.1.2', 192, '192'],
    ['10.0.0.1', 10, '10'],
    ['1e3', 1000, '1e3'],
    ['12.32e+14', 1232000000000000, '12.32e+14'],
    ['2.5^-1', 0.4, '2.5^-1'],
    ['1.3x10^6', 1300000, '1.3x10^6'],
    ['3bn', 3000000000, '3bn'],
    ['2.33 k', 2330, '2.33 k'],
    ['10G', 10000000000, '10G'],
    ['.0012G', 1200000, '.0012G'],
  ] as const)('%s', (text, value, span) => {
    expect(digits(toy, text)).toEqual({ value, text: span });
  });

  test.each([['180ml'], ['29km'], ['5G'], ['3.5G'], ['1990s'], ['3D']])('%s is not a count', (text) => {
    expect(digits(toy, text)).toBe('reject');
  });

  test('suffixes: ordinals and money-only multipliers', () => {
    expect(digits(toy, '21st')).toEqual({ value: 21, text: '21st', ordinal: true });
    expect(digits(toy, '5m')).toEqual({ value: 5000000, text: '5m', moneyOnly: true });
  });

  test('letters glued before digits: a code, unless the language glues clitics', () => {
    const toks = tokenize('F16');
    expect(readDigits(toks, 1, toy)?.reject).toBe(true);
    const ar = tokenize('al448');
    expect(readDigits(ar, 1, unitFirst)?.value).toBe(448);
  });

  test('decimal comma and a second thousands separator where the language has them', () => {
    expect(digits(unitFirst, '4,8')).toEqual({ value: 4.8, text: '4,8' });
    expect(digits(unitFirst, '26\u060C013,94')).toEqual({ value: 26013.94, text: '26\u060C013,94' });
    expect(digits(unitFirst, '12,500')).toEqual({ value: 12500, text: '12,500' });
    expect(digits(toy, '4,8')).toEqual({ value: 4, text: '4' });
  });

  test('clean removes binary noise', () => {
    expect(clean(2.3 * 1e6)).toBe(2300000);
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(123456789101231)).toBe(123456789101231);
  });
});
