import { lowerBound } from '../../src/text/lower-bound.js';

describe('lowerBound', () => {
  const xs = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];
  test.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [5, 1],
    [6, 3],
    [9, 3],
    [10, 4],
  ])('first start ≥ %d is at %d', (value, index) => {
    expect(lowerBound(xs, value, (x) => x.start)).toBe(index);
  });
  test('an empty list', () => {
    expect(lowerBound([], 3, (x: number) => x)).toBe(0);
  });
});
