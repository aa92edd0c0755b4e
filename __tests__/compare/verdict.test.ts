import { judgeCategory, overlaps } from '../../src/compare/verdict.js';
import type { Claim, Qualifier } from '../../src/types.js';

function c(qualifier: Qualifier, value: number | null, min: number | null, max: number | null, subject: string | null = null): Claim {
  return { category: 'deaths', qualifier, value, min, max, text: '', start: 0, end: 0, subject, source: null };
}
/** In these tests the subject is already the concept key. */
const bySubject = (x: Claim) => x.subject;
const of = (subject: string, x: Claim): Claim => ({ ...x, subject });
const exact = (n: number) => c('exact', n, n, n);
const atLeast = (n: number) => c('at_least', n, n, null);
const moreThan = (n: number) => c('more_than', n, n, null);
const about = (n: number) => c('about', n, Math.floor(n * 0.9), Math.ceil(n * 1.1));
const upTo = (n: number) => c('up_to', n, null, n);
const vague = (min: number, max: number) => c('vague', null, min, max);

describe('judgeCategory', () => {
  test.each([
    ['a stated figure shared', [[atLeast(600), moreThan(600)], [atLeast(600), atLeast(161)]], 'match'],
    ['"12,000" against "more than 12,000"', [[exact(12000)], [moreThan(12000), moreThan(10000)]], 'match'],
    ['the same vague word', [[vague(200, 999)], [vague(200, 999)]], 'match'],
    ['overlapping, no shared figure', [[moreThan(3300)], [exact(3351)]], 'consistent'],
    ['about 1,500 vs 1,450', [[about(1500)], [exact(1450)]], 'consistent'],
    ['no overlap', [[exact(50)], [atLeast(600), atLeast(161)]], 'conflict'],
    ['a figure for the same thing contradicts the other version', [[of('protesters', exact(50)), moreThan(600)], [of('protesters', atLeast(600))]], 'conflict'],
    ['a detail only one version gives is no contradiction', [[atLeast(304), of('youths', exact(2))], [atLeast(304), of('children', exact(4))]], 'match'],
    ['generic subjects are not aligned', [[atLeast(304), exact(128)], [atLeast(304), exact(16)]], 'match'],
    ['rates do not take part', [[exact(694), { ...exact(3), rate: true }], [exact(694), { ...exact(30), rate: true }]], 'match'],
    ['up to 100 vs at least 600', [[upTo(100)], [atLeast(600)]], 'conflict'],
    ['one version silent', [[exact(5)], []], 'missing'],
    ['three versions agreeing', [[exact(7)], [exact(7)], [atLeast(7)]], 'match'],
    ['three versions, the third contradicts', [[exact(7)], [exact(7)], [exact(70)]], 'conflict'],
    // zeros ("no one was killed") beside real figures speak of another scope
    ['3 and a zero against 4 and a zero: the zeros do not save the contradiction', [[exact(3), exact(0)], [exact(4), exact(0)]], 'conflict'],
    ['figures that overlap, plus zeros on both sides: consistent, not a match on 0', [[atLeast(300), exact(0)], [about(320), exact(0)]], 'consistent'],
    ['no one killed, in both versions', [[exact(0)], [exact(0)]], 'match'],
    ['no one killed against three killed', [[exact(0)], [exact(3)]], 'conflict'],
    // a rate the other version flags, missed on this side, is still a rate
    ['hundreds a week against totals, the other side flags the same hundreds as a rate', [[of('refugees', vague(200, 999))], [of('refugees', exact(1200000)), of('refugees', { ...vague(200, 999), rate: true })]], 'match'],
    ['hundreds (not a rate anywhere) against a total of the same thing', [[of('refugees', vague(200, 999))], [of('refugees', exact(1200000))]], 'conflict'],
    // a disagreement on a part alone, or on a detail only one version adds, is listed but is not the category's verdict
    ['the totals agree, the parts ("including nine children") differ', [[exact(23), { ...of('children', exact(9)), part: true }], [exact(23), { ...of('children', exact(8)), part: true }]], 'match'],
    ['the totals overlap, the parts differ', [[atLeast(312), { ...of('children', exact(117)), part: true }], [exact(320), { ...of('children', exact(120)), part: true }]], 'consistent'],
    ['one version adds a regional count of the same thing', [[of('cases', moreThan(4200))], [of('cases', moreThan(4200)), of('cases', about(1200))]], 'match'],
    ['background figures (an earlier event) do not decide the verdict', [[exact(23), { ...exact(1300), background: true }], [exact(23), { ...exact(1250), background: true }]], 'match'],
    ['a version with background figures only is still compared', [[{ ...exact(20), background: true }], [{ ...exact(20), background: true }]], 'match'],
    ['each version has its own, different figure for the same thing', [[of('protesters', exact(50)), exact(7)], [of('protesters', exact(600)), exact(7)]], 'conflict'],
  ])('%s → %s', (_n, perDoc, verdict) => {
    expect(judgeCategory(perDoc as Claim[][], bySubject).verdict).toBe(verdict);
  });

  test('unmatched and conflicting claims are named per version', () => {
    const j = judgeCategory([[atLeast(600), moreThan(600)], [atLeast(600), atLeast(161)]]);
    expect(j.shared).toBe(600);
    expect(j.unmatched).toEqual([[], [1]]);
    expect(j.conflicting).toEqual([[], []]);
    const k = judgeCategory([[of('protesters', exact(50)), moreThan(600)], [of('protesters', atLeast(600))]], bySubject);
    expect(k.conflicting).toEqual([[0], [0]]);
    // a one-sided extra figure is still named as contradicting, though the verdict is a match
    const m = judgeCategory([[of('cases', moreThan(4200))], [of('cases', moreThan(4200)), of('cases', about(1200))]], bySubject);
    expect(m.conflicting).toEqual([[], [1]]);
  });
});

describe('overlaps', () => {
  test.each([
    [[600, null], [161, null], true],
    [[50, 50], [600, null], false],
    [[null, 100], [100, 100], true],
    [[null, null], [5, 5], true],
  ])('%j ∩ %j', (a, b, expected) => {
    expect(overlaps({ min: a[0] ?? null, max: a[1] ?? null }, { min: b[0] ?? null, max: b[1] ?? null })).toBe(expected);
  });
});
