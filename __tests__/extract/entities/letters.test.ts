import { extract } from '../../../src/index.js';

describe('an entity has letters', () => {
  test.each([['ar'], ['en']])('digit runs are never entities (%s)', (lang) => {
    for (const text of ['1234567890'.repeat(30), `قال ${'9'.repeat(60)} إن`, `He said ${'12,'.repeat(40)} left`]) {
      expect(extract(text, { lang }).entities).toEqual([]);
    }
  });
});
