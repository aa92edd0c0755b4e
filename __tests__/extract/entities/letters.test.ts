import { extract } from '../../../src/index.js';

describe('an entity has letters', () => {
  test.each([
    ['ar', '1234567890'.repeat(30)],
    ['ar', `قال ${'9'.repeat(60)} إن`],
    ['en', '1234567890'.repeat(30)],
    ['en', `He said ${'12,'.repeat(40)} left`],
  ])('digit runs are never entities (%s)', (lang, text) => {
    expect(extract(text, { lang }).entities).toEqual([]);
  });
});
