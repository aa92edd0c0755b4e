import { segmentSentences, findQuotes } from '../../src/text/segment.js';
import { normalize } from '../../src/text/normalize.js';

const sentences = (s: string) => segmentSentences(s).map((x) => s.slice(x.start, x.end));

describe('segmentSentences', () => {
  test.each([
    ['full stops', 'Ten were killed. Five fled.', ['Ten were killed.', 'Five fled.']],
    ['abbreviations do not end a sentence', 'Mrs. Rajavi spoke. Dr. Smith left.', ['Mrs. Rajavi spoke.', 'Dr. Smith left.']],
    ['decimals do not end a sentence', 'It rose 2.5 times. Then fell.', ['It rose 2.5 times.', 'Then fell.']],
    ['initials', 'J. Smith said so. Yes.', ['J. Smith said so.', 'Yes.']],
    ['closing quotes stay with the sentence', '"We left." He said.', ['"We left."', 'He said.']],
    ['line breaks end headlines', 'Headline without stop\nBody text.', ['Headline without stop', 'Body text.']],
    ['Arabic question mark and semicolon', 'من قتل؟ لا أحد؛ انتهى.', ['من قتل؟', 'لا أحد؛', 'انتهى.']],
    ['the Arabic comma is not a sentence end', 'قتل 600، وأصيب 4000.', ['قتل 600، وأصيب 4000.']],
    ['ellipsis and double stops', 'العصيان.. يزداد', ['العصيان..', 'يزداد']],
  ])('%s', (_n, input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });
});

describe('findQuotes', () => {
  test('guillemets and straight quotes (after normalisation of curly ones)', () => {
    const s = normalize('He said: “We won,” and left. وقال: «نحن هنا».').norm;
    const q = findQuotes(s).map((x) => s.slice(x.start, x.end));
    expect(q).toEqual(['"We won,"', '«نحن هنا»']);
  });
  test('an unclosed quote runs to the end of its paragraph', () => {
    const s = '"First paragraph of a quote\nNext paragraph.';
    expect(findQuotes(s).map((x) => s.slice(x.start, x.end))).toEqual(['"First paragraph of a quote']);
  });
});
