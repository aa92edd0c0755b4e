import { isShortRun, SHORT_RUN_BYTES } from '../../src/runtime/heap.js';

describe('isShortRun', () => {
  const sizes: Record<string, number> = { 'a.en.txt': 4_000, 'b.ar.txt': 4_300, 'big.txt': SHORT_RUN_BYTES + 1, 'half.txt': SHORT_RUN_BYTES / 2 };
  const sizeOf = (p: string): number | undefined => sizes[p];

  // [args after the program, short?]
  test.each<[string[], boolean]>([
    [['compare', 'a.en.txt', 'b.ar.txt'], true],
    [['extract', 'a.en.txt', '--format', 'json'], true],
    [['compare', 'half.txt', 'half.txt'], true],
    [['compare', 'half.txt', 'half.txt', 'a.en.txt'], false],
    [['extract', 'big.txt'], false],
    [['extract', '-'], false],
    [['compare', 'a.en.txt', '-'], false],
    [['--version'], false],
    [['extract', 'missing.txt'], false],
    [[], false],
  ])('%j → %s', (args, short) => {
    expect(isShortRun(args, sizeOf)).toBe(short);
  });
});
