import { brief, toy, unitFirst } from './toy.js';

describe('ranges', () => {
  test.each([
    ['between 10 and 14', ['range:between 10 and 14=10..14']],
    ['from 10 to 14', ['range:from 10 to 14=10..14']],
    ['10 to 14', ['range:10 to 14=10..14']],
    ['10-14', ['range:10-14=10..14']],
    ['10 - 14', ['range:10 - 14=10..14']],
    ['between 10 and 20 thousand', ['range:between 10 and 20 thousand=10000..20000']],
    ['between 500 and 2 million', ['range:between 500 and 2 million=500..2000000']],
    ['between one hundred and two hundred', ['range:between one hundred and two hundred=100..200']],
    ['from 14 to 10', ['integer:14=14', 'integer:10=10']],
    ['3-1', ['integer:3=3', 'integer:1=1']],
    ['2020-05-12', ['integer:2020=2020', 'integer:05=5', 'integer:12=12']],
    ['10-14%', ['range:10-14%=10..14 %']],
    ['$5-10 million', ['range:$5-10 million=5000000..10000000 $']],
    ['twenty-five', ['integer:twenty-five=25']],
  ])('%s', (text, want) => {
    expect(brief(toy, text)).toEqual(want);
  });

  test.each([
    ['bayn 10 w14', ['range:bayn 10 w14=10..14']],
    ['bayn 10 w 14', ['range:bayn 10 w 14=10..14']],
    ['bayn ten wtwenty', ['range:bayn ten wtwenty=10..20']],
    ['min 10 ila 14', ['range:min 10 ila 14=10..14']],
    ['10 - 14 thousand', ['range:10 - 14 thousand=10000..14000']],
  ])('%s (unit-first grammar)', (text, want) => {
    expect(brief(unitFirst, text)).toEqual(want);
  });
});
