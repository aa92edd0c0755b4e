import { brief, toy } from './toy.js';

describe('times of day', () => {
  test.each([
    ['8:39', ['time:8:39=8.65']],
    ['09 : 40', ['time:09 : 40=9.666667']],
    ['8:30 pm', ['time:8:30 pm=20.5']],
    ['10 p.m.', ['time:10 p.m.=22']],
    ['10pm', ['time:10pm=22']],
    ['12 am', ['time:12 am=0']],
    ['8:39:15', ['time:8:39:15=8.65']],
    ['25:10', ['integer:25=25', 'integer:10=10']],
    ['3:1', ['integer:3=3', 'integer:1=1']],
    ['10 amendments', ['integer:10=10']],
  ])('%s', (text, want) => {
    expect(brief(toy, text)).toEqual(want);
  });
});
