/**
 * Words are scanned by hand (no regular-expression match per word): letters, marks and digits of
 * any script, with inner apostrophes, hyphens and dots kept. They must be exactly the words of
 * /[\p{L}\p{M}\p{N}]+(?:['\-.][\p{L}\p{M}\p{N}]+)*\/u, astral characters and lone surrogates included.
 */
import fc from 'fast-check';
import { tokenize } from '../../src/text/tokenize.js';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\-.][\p{L}\p{M}\p{N}]+)*/uy;

/** The words and other characters of s by the regular expression (no numbers given). */
function reference(s: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i]!) && ' \t\n\r\f\v'.includes(s[i]!)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(s);
    if (m) {
      out.push(['word', m[0].toLowerCase()]);
      i += m[0].length;
      continue;
    }
    const len = s.codePointAt(i)! > 0xffff ? 2 : 1;
    out.push(['punct', s.slice(i, i + len)]);
    i += len;
  }
  return out;
}

const kinds = (s: string) => tokenize(s, []).map((t): [string, string] => [t.kind, t.text]);

describe('tokenize: words', () => {
  test.each<[string, Array<[string, string]>]>([
    ['Al-Quds, U.S. forces', [['word', 'al-quds'], ['punct', ','], ['word', 'u.s'], ['punct', '.'], ['word', 'forces']]],
    ["rock'n'roll -x- 'a'", [['word', "rock'n'roll"], ['punct', '-'], ['word', 'x'], ['punct', '-'], ['punct', "'"], ['word', 'a'], ['punct', "'"]]],
    ['قتل 12 شخصا.', [['word', 'قتل'], ['word', '12'], ['word', 'شخصا'], ['punct', '.']]],
    ['e\u0301te\u0301 x\u00b2', [['word', 'e\u0301te\u0301'], ['word', 'x\u00b2']]],
    ['a\u{1D400}b \u{1F600}!', [['word', 'a\u{1D400}b'], ['punct', '\u{1F600}'], ['punct', '!']]],
    ['a\uD835 b', [['word', 'a'], ['punct', '\uD835'], ['word', 'b']]],
    ['end-', [['word', 'end'], ['punct', '-']]],
    ['3.5.', [['word', '3.5'], ['punct', '.']]],
  ])('%j', (s, want) => {
    expect(kinds(s)).toEqual(want);
  });

  test('the same words as the regular expression on any mix of scripts and separators', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ab', 'Z', '7', '٣', 'قتل', '-', '.', "'", ' ', '\n', ',', '\u0301', '\u{1D400}', '\u{1F600}', '\uD835', '\uDC00', '²', '_', '،'), { maxLength: 40 }),
        (parts) => {
          const s = parts.join('');
          expect(kinds(s)).toEqual(reference(s));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
