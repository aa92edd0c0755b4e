import { tokenLines } from '../../src/text/token-lines.js';

describe('tokenLines', () => {
  test('each non-empty line with the range of its tokens', () => {
    const text = 'ab cd\n\nef\ng';
    const tokens = [{ start: 0 }, { start: 3 }, { start: 7 }, { start: 10 }];
    expect(tokenLines(text, tokens)).toEqual([
      { start: 0, end: 5, from: 0, to: 2 },
      { start: 7, end: 9, from: 2, to: 3 },
      { start: 10, end: 11, from: 3, to: 4 },
    ]);
  });
  test('a line without tokens has an empty range; no text, no lines', () => {
    expect(tokenLines('  \nx', [{ start: 3 }])).toEqual([
      { start: 0, end: 2, from: 0, to: 0 },
      { start: 3, end: 4, from: 0, to: 1 },
    ]);
    expect(tokenLines('', [])).toEqual([]);
  });
});
