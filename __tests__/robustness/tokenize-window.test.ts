/**
 * tokenize() is called once per sentence with the document's whole list of numbers; it finds
 * the first number of its window by binary search (a linear scan from the start made a
 * document's tokenisation quadratic: 1 MB of short sentences took 1.5× longer per MB than
 * 100 KB, 10 MB 17×). The window's tokens must be exactly those of the old scan.
 */
import fc from 'fast-check';
import { tokenize } from '../../src/text/tokenize.js';
import type { NumberMention } from '../../src/types.js';

/** The previous implementation's first step: skip, in order, every number starting before `from`. */
function reference(norm: string, numbers: readonly NumberMention[], from: number, to: number) {
  let k = 0;
  while (k < numbers.length && numbers[k]!.start < from) k++;
  return tokenize(norm, numbers.slice(k), from, to);
}

const mention = (start: number, end: number, norm: string): NumberMention =>
  ({ start, end, text: norm.slice(start, end), kind: 'integer', value: 1, min: 1, max: 1 }) as NumberMention;

describe('tokenize over a window of a long text', () => {
  test('same tokens as a linear scan for any window and any sorted, non-overlapping numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('12', ' ', 'ab', ',', '3.5', 'قتل', '\n', '.'), { minLength: 1, maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        (parts, cuts, a, b) => {
          const norm = parts.join('');
          const points = [...new Set(cuts.map((c) => c % (norm.length + 1)))].sort((x, y) => x - y);
          const numbers: NumberMention[] = [];
          for (let i = 0; i + 1 < points.length; i += 2) if (points[i]! < points[i + 1]!) numbers.push(mention(points[i]!, points[i + 1]!, norm));
          const from = a % (norm.length + 1);
          const to = from + (b % (norm.length - from + 1));
          expect(tokenize(norm, numbers, from, to)).toEqual(reference(norm, numbers, from, to));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('many sentences of one long text: time per sentence does not grow with the position', () => {
    const sentence = 'Police said 40 people were arrested. ';
    const norm = sentence.repeat(20_000);
    const numbers: NumberMention[] = [];
    for (let i = 0; i < 20_000; i++) numbers.push(mention(i * sentence.length + 12, i * sentence.length + 14, norm));
    const t = performance.now();
    let n = 0;
    for (let i = 0; i < 20_000; i++) n += tokenize(norm, numbers, i * sentence.length, (i + 1) * sentence.length).length;
    expect(n).toBe(20_000 * 7);
    // 20,000 windows over 20,000 numbers: a linear scan per window is 2·10^8 steps; the search is instant.
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
