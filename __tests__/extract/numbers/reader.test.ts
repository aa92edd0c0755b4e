import { brief, readWith, toy } from './toy.js';

describe('reader: sign, percent, money and the pass over the text', () => {
  test.each([
    ['-5', ['integer:-5=-5']],
    ['minus five', ['integer:minus five=-5']],
    ['SCP-173', ['integer:173=173']],
    ['48%', ['percentage:48%=48 %']],
    ['48 percent', ['percentage:48 percent=48 %']],
    ['$5m', ['money:$5m=5000000 $']],
    ['5m', []],
    ['5 million dollars', ['money:5 million dollars=5000000 dollars']],
    ['twenty (21)', ['integer:twenty=20', 'integer:21=21']],
    ['twenty (20)', ['integer:twenty (20)=20']],
    ['a couple', ['integer:a couple=2']],
    ['https://x.org/?q=30%25', []],
  ])('%s', (text, want) => {
    expect(brief(toy, text)).toEqual(want);
  });

  test('numbers do not run over a line break', () => {
    expect(brief(toy, 'twenty\nfive')).toEqual(['integer:twenty=20', 'integer:five=5']);
  });

  test('long inputs are read in windows, in linear time', () => {
    const line = 'Some 1,250 and twenty-five, between 10 and 14 thousand. ';
    const text = line.repeat(20000);
    const t0 = Date.now();
    const got = readWith(toy, text);
    expect(got).toHaveLength(60000);
    expect(got.filter((m) => m.kind === 'range')).toHaveLength(20000);
    const small = Date.now() - t0;
    const t1 = Date.now();
    readWith(toy, line.repeat(80000));
    // Four times the text should take about four times as long, not sixteen.
    expect(Date.now() - t1).toBeLessThan(Math.max(200, small) * 10);
  });

  test.each([['1-'], ['1.'], ['12,34,'], ['one '], ['- '], ['1/'], ['hundred and ']])('no quadratic blow-up on repeated %j', (unit) => {
    const t0 = Date.now();
    readWith(toy, unit.repeat(100000));
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});
