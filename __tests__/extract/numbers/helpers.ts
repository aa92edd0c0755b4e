/** Helpers for the table-driven number tests: read a text as the pipeline does and compare. */
import { normalize, originalSpan } from '../../../src/text/normalize.js';
import type { NumberMention } from '../../../src/types.js';

/** Expected reading: original span text, kind, value, then min/max when they differ, unit. */
export type Want = [text: string, kind: NumberMention['kind'], value: number | null, min?: number | null, max?: number | null, unit?: string];

export interface Case {
  text: string;
  want: Want[];
}

/** Readings of `text` (normalised first, like the pipeline) as comparable tuples on the original text. */
export function read(reader: (norm: string) => NumberMention[], text: string): Want[] {
  const t = normalize(text);
  return reader(t.norm).map((m) => {
    const w: Want = [originalSpan(t, m.start, m.end).text, m.kind, m.value === null ? null : round(m.value)];
    const min = m.min === null ? null : round(m.min);
    const max = m.max === null ? null : round(m.max);
    if (min !== w[2] || max !== w[2] || m.unit !== undefined) w.push(min, max);
    if (m.unit !== undefined) w.push(m.unit);
    return w;
  });
}

/** Expected tuples in the same shape as `read` (min/max default to the value). */
export function expected(want: Want[]): Want[] {
  return want.map(([text, kind, value, min, max, unit]) => {
    const w: Want = [text, kind, value === null ? null : round(value)];
    const lo = min === undefined ? value : min;
    const hi = max === undefined ? value : max;
    const l = lo === null ? null : round(lo);
    const h = hi === null ? null : round(hi);
    if (l !== w[2] || h !== w[2] || unit !== undefined) w.push(l, h);
    if (unit !== undefined) w.push(unit);
    return w;
  });
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** Offsets are into the normalised text, sorted and non-overlapping. */
export function checkOrder(reader: (norm: string) => NumberMention[], text: string): void {
  const norm = normalize(text).norm;
  let end = 0;
  for (const m of reader(norm)) {
    expect(m.start).toBeGreaterThanOrEqual(end);
    expect(m.end).toBeGreaterThan(m.start);
    expect(norm.slice(m.start, m.end)).toBe(m.text);
    end = m.end;
  }
}
