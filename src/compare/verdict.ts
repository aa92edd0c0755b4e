/**
 * The verdict of one category across versions of a story.
 *
 * - `missing`: some version reports no figure of this category.
 * - `conflict`: some figure of one version is compatible with no figure of another version
 *   (their intervals do not overlap): "50 dead" against "at least 600 dead".
 * - `match`: otherwise, when one stated figure is shared by every version ("12,000" and
 *   "more than 12,000"); figures that only one version gives but that contradict nothing
 *   (Amnesty's "at least 161" beside "at least 600") are listed as unmatched, not conflicts.
 * - `consistent`: otherwise (intervals overlap, stated figures differ: "exceeds 3,300" / "3351").
 *
 * Intervals are compared with closed bounds: newsrooms round, so "more than 12,000" and
 * "12,000" are compatible (the gold of the project's pairs judges them a match).
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
  /** Per version, indexes of its claims that contradict every figure of some other version. */
  conflicting: number[][];
}

export function judgeCategory(perDoc: readonly (readonly Claim[])[]): CategoryJudgement {
  const n = perDoc.length;
  const empty = () => perDoc.map(() => [] as number[]);
  if (perDoc.some((c) => c.length === 0)) return { verdict: 'missing', shared: null, unmatched: empty(), conflicting: empty() };

  const conflicting = empty();
  const unmatched = empty();
  for (let d = 0; d < n; d++) {
    perDoc[d]!.forEach((c, i) => {
      let conflict = false;
      let stated = true;
      for (let e = 0; e < n; e++) {
        if (e === d) continue;
        if (!perDoc[e]!.some((o) => overlaps(c, o))) conflict = true;
        if (!perDoc[e]!.some((o) => sameFigure(c, o) && overlaps(c, o))) stated = false;
      }
      if (conflict) conflicting[d]!.push(i);
      if (!stated) unmatched[d]!.push(i);
    });
  }
  if (conflicting.some((l) => l.length > 0)) return { verdict: 'conflict', shared: null, unmatched, conflicting };

  // A figure stated by every version: it appears as a matched claim in the first version.
  const firstMatched = perDoc[0]!.filter((_, i) => !unmatched[0]!.includes(i));
  if (firstMatched.length > 0) {
    return { verdict: 'match', shared: firstMatched[0]!.value, unmatched, conflicting };
  }
  return { verdict: 'consistent', shared: null, unmatched, conflicting };
}
