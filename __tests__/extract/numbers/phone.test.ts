import { brief, toy } from './toy.js';

describe('phone numbers', () => {
  test.each([
    ['+33 1 23 45 67 89', ['phone:+33 1 23 45 67 89=null..null']],
    ['(212) 555-0100', ['phone:(212) 555-0100=null..null']],
    ['+1-222-2222/2222', ['phone:+1-222-2222/2222=null..null']],
    ['555-123-4567', ['phone:555-123-4567=null..null']],
    ['+5', ['integer:5=5']],
    ['10-14', ['range:10-14=10..14']],
  ])('%s', (text, want) => {
    expect(brief(toy, text)).toEqual(want);
  });
});
