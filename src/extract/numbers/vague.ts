/**
 * Vague counts: `dozens`, `hundreds of`, `tens of thousands`, `عشرات`, `مئات الآلاف`. Each
 * lexicon entry gives the interval it stands for (dozens = 20–99: at least two dozen, fewer
 * than a hundred); the reading has no value, only that interval.
 *
 * Plural scale words are vague only on their own: after a number they multiply it (`5 آلاف`
 * = 5000, `three billions`), which the cardinal reader takes before this one is tried.
 */
import type { Context } from './atoms.js';
import type { Reading } from './reading.js';

export function readVague(ctx: Context, i: number): Reading | null {
  const a = ctx.atom(i);
  if (!a || a.kind !== 'word' || !a.sense.vague) return null;
  const v = a.sense.vague;
  if (v.needsNext) {
    // `scores of people` is a count; `the scores were level` is not.
    const n = ctx.tokens[a.e + 1];
    if (!n || n.nl || !v.needsNext.includes(n.key)) return null;
  }
  return { s: i, e: a.e, start: a.start, end: ctx.tokens[a.e]!.end, kind: 'vague', value: null, min: v.min, max: v.max, words: true };
}
