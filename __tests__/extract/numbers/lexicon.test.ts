import { Lexicon, hasRole } from '../../../src/extract/numbers/lexicon.js';
import { tokenize } from '../../../src/extract/numbers/tokens.js';
import { foldWord } from '../../../src/text/normalize.js';

describe('Lexicon', () => {
  const lex = new Lexicon(foldWord, ['و', 'ال', 'بال', 'وال'], ['و'], ['الاثنين']);
  lex.add('ثلاثة', { card: { role: 'unit', value: 3 } });
  lex.add('اثنين', { card: { role: 'unit', value: 2 } });
  lex.add('آلاف', { card: { role: 'scale', value: 1000, plural: true } });
  lex.addRole('في المئة', 'percentAfter');
  lex.addRole('per cent', 'percentAfter');
  lex.addRole('a.m.', 'ampm', { hourOffset: 0 });

  const at = (text: string, i = 0) => {
    const toks = tokenize(foldWord(text));
    const hit = lex.lookup(toks, i);
    return hit && { end: hit.end, prefix: hit.prefix, start: hit.start, value: hit.sense.card?.value ?? null, pct: hasRole(hit.sense, 'percentAfter') };
  };

  test.each([
    ['ثلاثة', { end: 0, prefix: '', start: 0, value: 3, pct: false }],
    ['ثلاثه', { end: 0, prefix: '', start: 0, value: 3, pct: false }],
    ['وثلاثة', { end: 0, prefix: 'و', start: 1, value: 3, pct: false }],
    ['الآلاف', { end: 0, prefix: 'ال', start: 0, value: 1000, pct: false }],
    ['والآلاف', { end: 0, prefix: 'وال', start: 1, value: 1000, pct: false }],
    ['في المائة', null],
    ['في المئة', { end: 1, prefix: '', start: 0, value: null, pct: true }],
    ['per cent', { end: 1, prefix: '', start: 0, value: null, pct: true }],
    ['percent', null],
    ['الاثنين', null],
    ['واثنين', { end: 0, prefix: 'و', start: 1, value: 2, pct: false }],
  ] as const)('%s', (text, want) => {
    expect(at(text)).toEqual(want);
  });

  test('a phrase with glued parts does not match the spaced form', () => {
    expect(at('a.m.')?.end).toBe(3);
    expect(at('a . m .')).toBeNull();
  });
});
