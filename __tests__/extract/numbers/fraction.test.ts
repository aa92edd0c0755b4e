import { brief, toy, unitFirst } from './toy.js';

describe('fractions', () => {
  test.each([
    ['two thirds', ['fraction:two thirds=0.666667']],
    ['two-thirds', ['fraction:two-thirds=0.666667']],
    ['one fifth', ['fraction:one fifth=0.2']],
    ['a third', ['fraction:a third=0.333333']],
    ['a half', ['fraction:a half=0.5']],
    ['half', ['fraction:half=0.5']],
    ['quarter', []],
    ['a quarter', ['fraction:a quarter=0.25']],
    ['three quarters', ['fraction:three quarters=0.75']],
    ['one second', ['integer:one=1', 'ordinal:second=2']],
    ['twenty fifth', ['ordinal:twenty fifth=25']],
    ['a hundredth', ['fraction:a hundredth=0.01']],
    ['half a million', ['integer:half a million=500000']],
    ['quarter million', ['integer:quarter million=250000']],
    ['two thirds of a million', ['decimal:two thirds of a million=666666.666667']],
    ['one and a half', ['fraction:one and a half=1.5']],
    ['one and a half million', ['integer:one and a half million=1500000']],
    ['three million and a half', ['integer:three million and a half=3500000']],
    ['three million and a half million', ['integer:three million and a half million=3500000']],
    ['two million and one half', ['integer:two million and one half=2500000']],
    ['one hundred and three quarters', ['fraction:one hundred and three quarters=100.75']],
    ['3/4', ['fraction:3/4=0.75']],
    ['2 1/4', ['fraction:2 1/4=2.25']],
    ['5/17/2018', ['integer:5=5', 'integer:17=17', 'integer:2018=2018']],
    ['one in five', ['fraction:one in five=0.2']],
    ['two in 2019', ['integer:two=2', 'integer:2019=2019']],
    ['five in three', ['integer:five=5', 'integer:three=3']],
    // A division word makes a quotient, which may exceed one, but not before a noun.
    ['one over three', ['fraction:one over three=0.333333']],
    ['2000 over 3', ['fraction:2000 over 3=666.666667']],
    ['2000 over 3 years', ['integer:2000=2000', 'integer:3=3']],
    ['five over zero', ['integer:five=5', 'integer:zero=0']],
  ])('%s', (text, want) => {
    expect(brief(toy, text)).toEqual(want);
  });

  test.each([
    ['nusf', ['fraction:nusf=0.5']],
    ['nusf million', ['integer:nusf million=500000']],
    ['million wnusf', ['integer:million wnusf=1500000']],
    ['three akhmas', ['fraction:three akhmas=0.6']],
    ['twenty wthree akhmas', ['fraction:twenty wthree akhmas=20.6']],
    ['five alsaa', ['fraction:five=0.2']],
    ['five years', ['integer:five=5']],
    ['thumn alwazn', ['fraction:thumn=0.125']],
    ['thumn wazn', []],
    ['wthumn alwazn', ['fraction:thumn=0.125']],
  ])('%s (unit-first grammar)', (text, want) => {
    expect(brief(unitFirst, text)).toEqual(want);
  });
});
