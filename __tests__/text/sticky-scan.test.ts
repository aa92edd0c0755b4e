import { scanSticky } from '../../src/text/sticky-scan.js';

/** The tokens a global search of the same pattern finds, for comparison. */
function bySearch(s: string, from: number, to: number, source: string): Array<[number, number]> {
  const re = new RegExp(source, 'gu');
  const out: Array<[number, number]> = [];
  const part = s.slice(from, to);
  for (let m; (m = re.exec(part)); ) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

describe('scanSticky: an anchored scan finds what a global search finds', () => {
  test.each<[string, number, number]>([
    ['a  b\tc\nd\r\ne', 0, 11],
    ['\u00A0lead\u2009thin\u3000wide ', 0, 17],
    ['  only the middle part  ', 2, 22],
    ['', 0, 0],
    ['😀 emoji and ١٢ digits', 0, 22],
  ])('%j [%i, %i)', (s, from, to) => {
    const got: Array<[number, number]> = [];
    scanSticky(s, from, Math.min(to, s.length), /\S+/uy, (a, b) => {
      got.push([a, b]);
      return b;
    });
    expect(got).toEqual(bySearch(s, from, Math.min(to, s.length), '\\S+'));
  });

  test('the callback decides where the scan goes on (a token taken further)', () => {
    const got: string[] = [];
    const s = 'U.S. troops';
    scanSticky(s, 0, s.length, /[A-Za-z.]+?(?=\.|\s|$)|\S+/y, (a, b) => {
      const end = s[b] === '.' ? b + 1 : b;
      got.push(s.slice(a, end));
      return end;
    });
    expect(got[got.length - 1]).toBe('troops');
  });
});
