/**
 * The verdict of one category across versions of a story.
 *
 * Two versions of a report rarely give the same list of figures: one adds a detail ("two
 * youths among them", last year's total) that the other leaves out. Such a figure is listed as
 * unmatched, never as a contradiction. A contradiction needs two figures about the same
 * thing, and the best evidence for that a claim carries is what it counts: its subject's
 * concept ("protesters" ↔ «متظاهر»), when specific (generic nouns like "people" say nothing).
 *
 * - `missing`: some version reports no figure of this category.
 * - `conflict`: a figure counts a specific thing that another version also counts, and none of
 *   that version's figures for it overlaps ("50 protesters dead" against «600 متظاهر على
 *   الأقل»); or no figure of one version overlaps any figure of another at all.
 * - `match`: otherwise, when a stated figure is shared by every version ("12,000" and "more
 *   than 12,000").
 * - `consistent`: otherwise (intervals overlap, stated figures differ: "exceeds 3,300" / "3351").
 *
 * Intervals are compared with closed bounds: newsrooms round, so "more than 12,000" and
 * "12,000" are compatible (the gold of the project's pairs judges them a match). Rates ("three
 * a day") are reported but do not take part: they are not totals; nor do zeros ("no one was
 * killed") beside real figures of the same category.
 */
import type { Claim, Verdict } from '../types.js';

export function overlaps(a: Pick<Claim, 'min' | 'max'>, b: Pick<Claim, 'min' | 'max'>): boolean {
  const lo = Math.max(a.min ?? -Infinity, b.min ?? -Infinity);
  const hi = Math.min(a.max ?? Infinity, b.max ?? Infinity);
  return lo <= hi;
}

/** Figures that stand for the same count: the same stated value, or the same vague word/range. */
export function sameFigure(a: Claim, b: Claim): boolean {
  if (a.value !== null && b.value !== null) return a.value === b.value;
  if (a.value === null && b.value === null) return a.min === b.min && a.max === b.max;
  return false;
}

export interface CategoryJudgement {
  verdict: Verdict;
  /** A figure every version states (the value), when the verdict is `match`. */
  shared: number | null;
  /** Per version, indexes of its claims that no other version states. */
  unmatched: number[][];
  /** Per version, indexes of its claims that contradict another version's figures for the same thing. */
  conflicting: number[][];
}

/** What a claim counts, as a cross-language concept key, or null when unknown or generic. */
export type SubjectKeyOf = (c: Claim) => string | null;

/**
 * A claim that the other versions state only as a rate ("hundreds arrive every week" against
 * «مئات … يصلون كل أسبوع» flagged as a rate) is a rate too: the rate word was missed on one side,
 * and a weekly count must not be set against a total.
 */
function rateByPeers(perDoc: readonly (readonly Claim[])[]): boolean[][] {
  return perDoc.map((claims, d) =>
    claims.map((c) => {
      if (c.rate) return true;
      const others = perDoc.filter((_, e) => e !== d);
      return others.length > 0 && others.every((o) => o.some((x) => x.rate && sameFigure(c, x)) && !o.some((x) => !x.rate && sameFigure(c, x)));
    }),
  );
}

/**
 * Background figures (another, earlier event's: `background`) are shown but left out of the
 * verdict, unless a version has nothing else in the category; they are never "only in" one
 * version nor contradicting.
 */
export function judgeCategory(perDoc: readonly (readonly Claim[])[], subjectOf: SubjectKeyOf = () => null): CategoryJudgement {
  const kept = perDoc.map((claims) => claims.map((c, i) => ({ c, i })).filter(({ c }) => !c.background));
  if (kept.every((k, d) => k.length === perDoc[d]!.length) || kept.some((k) => k.length === 0)) return judgeFigures(perDoc, subjectOf);
  const j = judgeFigures(kept.map((k) => k.map(({ c }) => c)), subjectOf);
  const back = (lists: number[][]) => lists.map((l, d) => l.map((x) => kept[d]![x]!.i));
  return { ...j, unmatched: back(j.unmatched), conflicting: back(j.conflicting) };
}

function judgeFigures(perDoc: readonly (readonly Claim[])[], subjectOf: SubjectKeyOf): CategoryJudgement {
  const n = perDoc.length;
  const empty = () => perDoc.map(() => [] as number[]);
  if (perDoc.some((c) => c.length === 0)) return { verdict: 'missing', shared: null, unmatched: empty(), conflicting: empty() };

  const isRate = rateByPeers(perDoc);
  // The figures that count: totals (no rates), and zeros ("no one was killed") only where a
  // version has nothing else. A zero beside real figures speaks of some other scope ("no guards
  // were killed"): it may neither match the other version's zero nor save a contradiction.
  const counted = perDoc.map((claims, d) => {
    const totals = claims.map((c, i) => ({ c, i })).filter(({ i }) => !isRate[d]![i]);
    const nonZero = totals.filter(({ c }) => !isZero(c));
    return new Set((nonZero.length > 0 ? nonZero : totals).map(({ i }) => i));
  });
  const totals = perDoc.map((claims, d) => claims.filter((_, i) => counted[d]!.has(i)));
  const conflicting = empty();
  const unmatched = empty();
  let anyShared = false;

  for (let d = 0; d < n; d++) {
    perDoc[d]!.forEach((c, i) => {
      let stated = true;
      let conflict = false;
      for (let e = 0; e < n; e++) {
        if (e === d) continue;
        if (!perDoc[e]!.some((o) => sameFigure(c, o) && overlaps(c, o))) stated = false;
        if (!counted[d]!.has(i)) continue;
        const key = subjectOf(c);
        const same = key ? totals[e]!.filter((o) => subjectOf(o) === key) : [];
        if (same.length > 0 && !same.some((o) => overlaps(c, o))) conflict = true;
      }
      if (conflict) conflicting[d]!.push(i);
      if (!stated) unmatched[d]!.push(i);
      // a shared rate is a shared figure; a shared zero beside real figures is not
      else if (counted[d]!.has(i) || isRate[d]![i]) anyShared = true;
    });
  }
  // Versions whose figures do not overlap at all contradict each other whatever they count.
  const disjoint = totals.some((a, d) => totals.some((b, e) => e > d && a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => overlaps(x, y)))));
  if (disjoint) {
    perDoc.forEach((list, d) => list.forEach((_, i) => !counted[d]!.has(i) || conflicting[d]!.includes(i) || conflicting[d]!.push(i)));
  }
  for (const l of conflicting) l.sort((a, b) => a - b);
  if (disjoint || mutualConflict(perDoc, conflicting, subjectOf)) return { verdict: 'conflict', shared: null, unmatched, conflicting };

  if (anyShared) {
    const first = perDoc[0]!.find((_, i) => (counted[0]!.has(i) || isRate[0]![i]) && !unmatched[0]!.includes(i));
    return { verdict: 'match', shared: first?.value ?? null, unmatched, conflicting };
  }
  return { verdict: 'consistent', shared: null, unmatched, conflicting };
}

/**
 * Whether the flagged contradictions make the category a conflict: two versions each state a
 * figure for the same thing that nothing of the other version's for it overlaps ("at least 50
 * protesters" against «600 متظاهر على الأقل»). A figure that only one version adds for that thing
 * while its other figures for it agree (a region's count of cases beside the matching national
 * one) is listed as contradicting, but it is one version's extra detail; so is a part ("including
 * nine children" against «بينهم ثمانية أطفال») when the totals agree.
 */
function mutualConflict(perDoc: readonly (readonly Claim[])[], conflicting: number[][], subjectOf: SubjectKeyOf): boolean {
  const keys = conflicting.map((list, d) => new Set(list.map((i) => perDoc[d]![i]!).filter((c) => !c.part).map(subjectOf)));
  return keys.some((a, d) => [...a].some((k) => k !== null && keys.some((b, e) => e !== d && b.has(k))));
}

function isZero(c: Claim): boolean {
  return c.value === 0 && (c.max === 0 || c.max === null);
}
