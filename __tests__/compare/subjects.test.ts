import { subjectKey } from '../../src/compare/subjects.js';

describe('subjectKey: what a figure counts, across languages', () => {
  test.each([
    ['protesters', 'protesters'],
    ['rebellious youths', 'youths'],
    ['متظاهراً', 'protesters'],
    ['المتظاهرين', 'protesters'],
    ['children', 'children'],
    ['أطفال', 'children'],
    ['مدينة', 'cities'],
    ['cities', 'cities'],
    ['أفراد قوات الأمن', 'police'],
    ['members of the security forces', 'police'],
  ])('%s → %s', (subject, key) => {
    expect(subjectKey(subject)).toBe(key);
  });

  test.each([['people'], ['أشخاص'], ['them'], [null]])('generic or absent: %s → null', (subject) => {
    expect(subjectKey(subject)).toBeNull();
  });
});
