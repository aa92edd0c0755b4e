/**
 * Phrase matcher: longest lexicon phrase at a token, clitic-stripped forms, and findAll (which
 * visits only the positions where an entry may start, through a memo shared by the matchers of
 * one WordForms) giving the same matches as a plain left-to-right scan with matchAt.
 * Sentences are written for these tests.
 */
import { PhraseMatcher, WordForms, forgetSplitPhrases, splitPhrase, type PhraseMatch } from '../../src/extract/phrase-matcher.js';
import { tokenize, type Token } from '../../src/text/tokenize.js';
import { normalize } from '../../src/text/normalize.js';

const morph = new WordForms(['و', 'ال', 'وال', 'ب', 'بال'], ['ين', 'ون', 'ات']);
const events = new PhraseMatcher<string>(
  [
    ['killed', 'deaths'],
    ['put to death', 'deaths'],
    ['taken to hospital', 'other'],
    ['taken', 'abductions'],
    ['قتلى', 'deaths'],
    ['متظاهر', 'people'],
    ['حكم الإعدام', 'sentence'],
  ],
  morph,
);
const links = new PhraseMatcher<true>(
  [
    ['of', true],
    ['at least', true],
    [',', true],
  ],
  morph,
);

/** Tokens of the normalised text (lexicon entries are folded the same way). */
const toks = (text: string): Token[] => tokenize(normalize(text).norm, []);

/** The scan findAll stands for: matchAt at every position, skipping over each match. */
function scan<T>(m: PhraseMatcher<T>, tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (let i = from; i < to; ) {
    const x = m.matchAt(tokens, i);
    if (x && x.to <= to) {
      out.push(x);
      i = x.to;
    } else i++;
  }
  return out;
}

describe('PhraseMatcher.matchAt', () => {
  const rows: Array<[string, number, [number, number, string] | null]> = [
    ['they were taken to hospital', 2, [2, 5, 'other']],
    ['they were taken away', 2, [2, 3, 'abductions']],
    ['the court put them to death', 2, null],
    ['the court put to death two men', 2, [2, 5, 'deaths']],
    ['سقط 12 من القتلى', 3, [3, 4, 'deaths']],
    ['وقتلى كثيرون', 0, [0, 1, 'deaths']],
    ['اعتقل المتظاهرين', 1, [1, 2, 'people']],
    ['نفذ حكم الإعدام', 1, [1, 3, 'sentence']],
  ];
  test.each(rows)('%s @%d', (text, i, expected) => {
    const m = events.matchAt(toks(text), i);
    expect(m && [m.from, m.to, m.value]).toEqual(expected);
  });
});

describe('PhraseMatcher.findAll equals a plain scan', () => {
  const texts = [
    'Police said at least 12 people were killed, and 30 were taken to hospital; dozens were taken.',
    'The court put to death three of the men, taken at least a year ago, killed or taken.',
    'قالت الشرطة إن 12 من القتلى والمتظاهرين، وبالمتظاهرين، نفذ حكم الإعدام بحق 3',
    'of of at least at , killed',
  ];
  test.each(texts)('%s', (text) => {
    const tokens = toks(text);
    // Both matchers on the same array, in turn (they share the memo), and on sub-ranges.
    for (const m of [events, links, events] as Array<PhraseMatcher<unknown>>) {
      expect(m.findAll(tokens)).toEqual(scan(m, tokens));
      expect(m.findAll(tokens, 2, tokens.length - 2)).toEqual(scan(m, tokens, 2, tokens.length - 2));
    }
    // A fresh array of the same text gives the same matches.
    expect(events.findAll(toks(text))).toEqual(scan(events, tokens));
  });

  test('a matcher built after others were scanned is indexed too', () => {
    const tokens = toks('they were killed at least twice, officials said');
    expect(links.findAll(tokens).length).toBeGreaterThan(0);
    const said = new PhraseMatcher<true>([['officials said', true]], morph);
    expect(said.findAll(tokens)).toEqual([{ from: 7, to: 9, value: true }]);
    expect(events.findAll(tokens)).toEqual(scan(events, tokens));
  });
});

describe('PhraseMatcher.hasEntry', () => {
  const rows: Array<[string, boolean]> = [
    ['killed', true],
    ['taken', true],
    ['put', false],
    ['والقتلى', false],
  ];
  test.each(rows)('%s', (word, expected) => {
    expect(events.hasEntry(word)).toBe(expected);
  });
});

describe('splitPhrase / forgetSplitPhrases', () => {
  // [phrase, folded words]: the same words before and after the cache is emptied, in a new array
  test.each<[string, string[]]>([
    ['At Least', ['at', 'least']],
    ['  more   than ', ['more', 'than']],
    ['على الأقل', splitPhrase('على الأقل')],
  ])('%j', (phrase, words) => {
    const before = splitPhrase(phrase);
    expect(before).toEqual(words);
    expect(splitPhrase(phrase)).toBe(before); // cached
    forgetSplitPhrases();
    const after = splitPhrase(phrase);
    expect(after).toEqual(before);
    expect(after).not.toBe(before);
  });
});
