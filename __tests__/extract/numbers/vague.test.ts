import { brief, toy, unitFirst } from './toy.js';

describe('vague counts', () => {
  test.each([
    ['thousands', ['vague:thousands=2000..9999']],
    ['tens of thousands', ['vague:tens of thousands=20000..99999']],
    ['scores of people', ['vague:scores=40..99']],
    ['the scores', []],
    ['five thousands', ['integer:five thousands=5000']],
  ])('%s', (text, want) => {
    expect(brief(toy, text)).toEqual(want);
  });

  test('with a clitic', () => {
    expect(brief(unitFirst, 'althousands')).toEqual(['vague:althousands=2000..9999']);
    expect(brief(unitFirst, 'wthousands')).toEqual(['vague:thousands=2000..9999']);
  });
});
