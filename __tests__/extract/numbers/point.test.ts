import { brief, toy } from './toy.js';

describe('decimals written with a point word', () => {
  test.each([
    ['two point five', ['decimal:two point five=2.5']],
    ['nine point zero three', ['decimal:nine point zero three=9.03']],
    ['one hundred point twenty-five', ['decimal:one hundred point twenty-five=100.25']],
    ['1 point 1', ['decimal:1 point 1=1.1']],
    ['two point five million', ['integer:two point five million=2500000']],
    ['point 5', ['decimal:point 5=0.5']],
    ['point', []],
  ])('%s', (text, want) => {
    expect(brief(toy, text)).toEqual(want);
  });
});
