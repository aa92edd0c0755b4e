import { brief, toy, unitFirst } from './toy.js';

describe('combining number words (tens after units order)', () => {
  test.each([
    ['one hundred and five', ['integer:one hundred and five=105']],
    ['two thousand three hundred', ['integer:two thousand three hundred=2300']],
    ['twenty-five', ['integer:twenty-five=25']],
    ['twenty five', ['integer:twenty five=25']],
    ['five twenty', ['integer:five=5', 'integer:twenty=20']],
    ['twelve hundred', ['integer:twelve hundred=1200']],
    ['a thousand', ['integer:a thousand=1000']],
    ['a dozen', ['integer:a dozen=12']],
    ['three thousands', ['integer:three thousands=3000']],
    ['thousand', []],
    ['three thousand millions', ['integer:three thousand millions=3000000000']],
    ['3 hundred and 21', ['integer:3 hundred and 21=321']],
    ['3 hundred and 2 hundred', ['integer:3 hundred=300', 'integer:2 hundred=200']],
    ['2.5 million', ['integer:2.5 million=2500000']],
    ['10k', ['integer:10k=10000']],
    ['zero one', ['integer:zero=0', 'integer:one=1']],
    ['twenty-fifth', ['ordinal:twenty-fifth=25']],
    ['the first', ['ordinal:first=1']],
    ['21st', ['ordinal:21st=21']],
    ['the one', []],
    ['one', ['integer:one=1']],
    // Hundreds said without `hundred`: only a unit followed by a whole tens compound.
    ['one twenty two', ['integer:one twenty two=122']],
    ['three thirty-five', ['integer:three thirty-five=335']],
    ['one twenty', ['integer:one=1', 'integer:twenty=20']],
    ['one twenty-year', ['integer:one=1', 'integer:twenty=20']],
    ['one twenty second', ['fraction:one twenty second=0.045455']],
    ['one and twenty two', ['integer:one=1', 'integer:twenty two=22']],
    ['twelve twenty two', ['integer:twelve=12', 'integer:twenty two=22']],
  ])('%s', (text, want) => {
    expect(brief(toy, text)).toEqual(want);
  });
});

describe('combining number words (units before tens, joined by a clitic)', () => {
  test.each([
    ['five wtwenty', ['integer:five wtwenty=25']],
    ['five w twenty', ['integer:five w twenty=25']],
    ['three teen', ['integer:three teen=13']],
    ['ahad teen', ['integer:ahad teen=11']],
    ['ahad', []],
    ['threehundred wfive', ['integer:threehundred wfive=305']],
    ['three thousands wfive hundred', ['integer:three thousands wfive hundred=3500']],
    ['5 thousands w385', ['integer:5 thousands w385=5385']],
    ['hundred thousand', ['integer:hundred thousand=100000']],
    ['thousandain', ['integer:thousandain=2000']],
    ['thousanda', ['integer:thousanda=2000']],
    ['thirty thousanda', ['integer:thirty thousanda=30000']],
    ['million', ['integer:million=1000000']],
    ['mitain', []],
    ['mitain wten', ['integer:mitain wten=210']],
    ['wthree', ['integer:three=3']],
    ['al448', ['integer:448=448']],
    ['w14', ['integer:14=14']],
    ['althree', ['integer:althree=3']],
    ['altwenty', ['ordinal:altwenty=20']],
    ['altwo', []],
    ['althani', ['ordinal:althani=2']],
    ['alkhamis wtwenty', ['ordinal:alkhamis wtwenty=25']],
    ['ay one', []],
  ])('%s', (text, want) => {
    expect(brief(unitFirst, text)).toEqual(want);
  });
});
