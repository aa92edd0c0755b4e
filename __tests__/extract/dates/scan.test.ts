import { addPhraseTail, execAtWordStart, isWordString, isWordUnit, lastWords, phraseTailGate, wordBeforeTrailingSpace, wordCharBefore } from '../../../src/extract/dates/scan.js';

const WORD = /[\p{L}\p{N}]/u;

describe('isWordUnit / isWordString: [\\p{L}\\p{N}] on one UTF-16 unit', () => {
  test.each<[string, boolean]>([
    ['a', true],
    ['Z', true],
    ['7', true],
    ['_', false],
    [' ', false],
    ['-', false],
    ['ش', true],
    ['٣', true], // Arabic-Indic digit
    ['،', false],
    ['\u064B', false], // tanween: a mark, not a letter
    ['\u0640', true], // tatweel: a modifier letter
    ['é', true],
    ['\u00A0', false],
  ])('%j → %s', (c, expected) => {
    expect(isWordString(c)).toBe(expected);
    expect(isWordUnit(c.charCodeAt(0))).toBe(expected);
  });

  test('out of the text and lone surrogates are none', () => {
    expect(isWordString(undefined)).toBe(false);
    expect(isWordString('')).toBe(false);
    expect(isWordUnit(0xd835)).toBe(false);
    expect(isWordUnit(0xdc00)).toBe(false);
  });

  test('agrees with the regex on the whole Basic Multilingual Plane', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWordUnit(c) !== WORD.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('wordCharBefore: the code point before a position, as (?<=[\\p{L}\\p{N}]) with /u', () => {
  test.each<[string, number, boolean]>([
    ['abc', 0, false],
    ['abc', 1, true],
    [' abc', 1, false],
    ['في يناير', 3, false],
    ['فيناير', 1, true],
    ['(يناير', 1, false],
    ['\u{1D400}x', 2, true], // a mathematical bold A (astral letter) before x
    ['\u{1F600}x', 2, false], // an emoji before x
  ])('%j at %i → %s', (s, i, expected) => {
    expect(wordCharBefore(s, i)).toBe(expected);
    // Same as the look-behind itself.
    const re = /(?<=[\p{L}\p{N}])/uy;
    re.lastIndex = i;
    expect(re.test(s)).toBe(expected);
  });
});

describe('execAtWordStart: a global pattern without its leading (?<![\\p{L}\\p{N}])', () => {
  /** All matches of `body` with the look-behind written in, and by hand. */
  const both = (body: string, s: string): [string[], string[]] => {
    const withIt = new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'gu');
    const byHand = new RegExp(body, 'gu');
    const a: string[] = [];
    for (let m; (m = withIt.exec(s)); ) a.push(`${m.index}:${m[0]}`);
    const b: string[] = [];
    for (let m; (m = execAtWordStart(byHand, s)); ) b.push(`${m.index}:${m[0]}`);
    expect(byHand.lastIndex).toBe(0);
    return [a, b];
  };

  test.each<[string, string, string[]]>([
    ['([وفب]?)(?:يناير|مايو|ماي)(?![\\p{L}\\p{N}])', 'في يناير وفي مايو، وماي ومايوه ثم ليناير', ['3:يناير', '13:مايو', '19:وماي']],
    ['([وفب]?)(?:الاحد|الاثنين)(?![\\p{L}\\p{N}])', 'يوم الاحد والاثنين بالاحدث', ['4:الاحد', '10:والاثنين']],
    ['(?:since|from)\\s+', 'ever since then, fromage from here', ['5:since ', '25:from ']],
    ['x\\d', 'x1 ax2 3x4 x5', ['0:x1', '11:x5']],
  ])('%s over %j', (body, s, expected) => {
    const [a, b] = both(body, s);
    expect(a).toEqual(expected);
    expect(b).toEqual(a);
  });

  test('agrees with the look-behind on generated texts', () => {
    // A small deterministic generator over letters, proclitics, digits, spaces and punctuation.
    const pieces = ['و', 'ب', 'ف', 'يناير', 'مايو', 'ماي', 'ا', ' ', '  ', '،', '(', '1', '\u{1D400}', 'x', '-'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 300; n++) {
      let s = '';
      for (let k = 0; k < 12; k++) s += pieces[next() % pieces.length];
      const [a, b] = both('([وفب]?)(?:يناير|مايو|ماي)(?![\\p{L}\\p{N}])', s);
      expect(b).toEqual(a);
    }
  });
});

describe('wordBeforeTrailingSpace: the word before the closing spaces', () => {
  test.each<[string, string | null]>([
    ['وذلك منذ ', 'منذ'],
    ['(منذ  ', 'منذ'],
    ['ومنذ ', 'ومنذ'],
    ['منذ', null],
    ['', null],
    ['2019 ', ''],
    ['ever since\t', 'since'],
  ])('%j → %j', (s, expected) => {
    expect(wordBeforeTrailingSpace(s)).toBe(expected);
  });

  test('with a letter test of its own (ASCII words for English)', () => {
    expect(wordBeforeTrailingSpace('ésince ', /[A-Za-z]/)).toBe('since');
    expect(wordBeforeTrailingSpace('ésince ')).toBe('ésince');
  });
});

describe('lastWords / phraseTailGate: how an end-anchored phrase can end', () => {
  test.each<[string, { last: string; prev: string | null } | null]>([
    ['since the end of ', { last: 'of', prev: 'end' }],
    ['of ', { last: 'of', prev: null }],
    ['(end)of ', { last: 'of', prev: null }],
    ['اعتبارا  من ', { last: 'من', prev: 'اعتبارا' }],
    ['end of', null],
  ])('%j → %j', (s, expected) => {
    expect(lastWords(s)).toEqual(expected);
  });

  const tails = new Map<string, Set<string> | null>();
  for (const p of [['since'], ['the', 'end', 'of'], ['prior', 'to'], ['starting', 'on'], ['beginning', 'on']]) addPhraseTail(tails, p);
  test('a map of last words to the words before them (any for one word)', () => {
    expect(tails).toEqual(
      new Map<string, Set<string> | null>([
        ['since', null],
        ['of', new Set(['end'])],
        ['to', new Set(['prior'])],
        ['on', new Set(['starting', 'beginning'])],
      ]),
    );
  });
  test.each<[string, boolean]>([
    ['ever since ', true],
    ['Since ', true], // lower-cased
    ['the end of ', true],
    ['the top of ', false],
    ['prior to ', true],
    ['went to ', false],
    ['starting  on ', true],
    ['on ', false],
    ['since', false], // no closing space
    ['in ', false],
  ])('%j → %s', (s, expected) => {
    expect(phraseTailGate(tails, s, /[A-Za-z]/, true)).toBe(expected);
  });
  test('one-word phrases win over longer ones with the same last word', () => {
    const t = new Map<string, Set<string> | null>();
    addPhraseTail(t, ['up', 'until']);
    addPhraseTail(t, ['until']);
    addPhraseTail(t, ['not', 'until']);
    expect(t.get('until')).toBeNull();
  });
});
