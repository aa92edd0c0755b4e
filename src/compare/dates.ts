/**
 * Dates across versions: which dates each version gives, and where versions date the same
 * reported figure differently ("600 killed since 15 November" / «منذ 16 نوفمبر»).
 *
 * "The same event" is read from the claims: a date stands for a figure when it stands in the
 * sentence of a claim of that category. Two versions date a category's figures differently when
 * each has, beside those figures, a date of one grain that the other never mentions anywhere
 * ("since 15 November" / «منذ 16 نوفمبر»); only those dates are listed. A date both versions give
 * somewhere, even in other sentences, is no disagreement: one version may simply have moved it,
 * and a dateline in the same sentence is shared by both.
 */
import type { ClaimCategory, DateMention, DocumentExtraction } from '../types.js';
import { lowerBound } from '../text/lower-bound.js';

export interface DateComparison {
  value: string;
  grain: DateMention['grain'];
  versions: Array<{ path: string; mentions: string[] }>;
  in: string[];
}

export interface DateConflict {
  /** The claim category whose figures the dates stand beside. */
  category: ClaimCategory;
  grain: DateMention['grain'];
  /** Per version: its dates beside that category's figures that the other version lacks (values and as written). */
  versions: Array<{ path: string; values: string[]; mentions: string[] }>;
}

/**
 * A date's value, or an interval's as ISO 8601 `from/to` ("next week" → 2019-12-09/2019-12-15),
 * an open end as ISO 8601-2 `..` ("2019-06/.."); null when unresolved. A half-open period
 * ("since 15 November", `halfOpen`) has its named date as value: that is what versions compare
 * ("since 15 November" / «منذ 16 نوفمبر»), whatever its other end.
 */
export function valueOf(m: DateMention): string | null {
  if (m.value) return m.value;
  if (m.from && m.to) return `${m.from}/${m.to}`;
  if (m.from && m.to === null) return `${m.from}/..`;
  if (m.to && m.from === null) return `../${m.to}`;
  return null;
}

export function compareDates(docs: readonly DocumentExtraction[]): DateComparison[] {
  const byValue = new Map<string, DateComparison>();
  docs.forEach((d) => {
    for (const m of d.dates) {
      const value = valueOf(m);
      if (!value) continue;
      let row = byValue.get(value);
      if (!row) {
        row = { value, grain: m.grain, versions: docs.map((x) => ({ path: x.path, mentions: [] })), in: [] };
        byValue.set(value, row);
      }
      const v = row.versions.find((x) => x.path === d.path)!;
      if (!v.mentions.includes(m.text)) v.mentions.push(m.text);
    }
  });
  const rows = [...byValue.values()];
  for (const r of rows) r.in = r.versions.filter((v) => v.mentions.length > 0).map((v) => v.path);
  rows.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return rows;
}

/** category → grain → value → texts, for the resolved dates inside claim sentences of one document. */
function datesBesideClaims(d: DocumentExtraction): Map<ClaimCategory, Map<DateMention['grain'], Map<string, string[]>>> {
  const out = new Map<ClaimCategory, Map<DateMention['grain'], Map<string, string[]>>>();
  const dates = d.dates.filter((x) => valueOf(x)).sort((a, b) => a.start - b.start);
  for (const c of d.claims) {
    const s = c.sentence;
    if (!s) continue;
    // the first date at or after the sentence start (binary search: a long document has thousands)
    for (let k = lowerBound(dates, s.start, (x) => x.start); k < dates.length; k++) {
      const x = dates[k]!;
      if (x.start >= s.end) break;
      let byGrain = out.get(c.category);
      if (!byGrain) out.set(c.category, (byGrain = new Map()));
      let byValue = byGrain.get(x.grain);
      if (!byValue) byGrain.set(x.grain, (byValue = new Map()));
      const texts = byValue.get(valueOf(x)!) ?? [];
      if (!texts.includes(x.text)) texts.push(x.text);
      byValue.set(valueOf(x)!, texts);
    }
  }
  return out;
}

export function dateConflicts(docs: readonly DocumentExtraction[]): DateConflict[] {
  if (docs.length < 2) return [];
  const beside = docs.map(datesBesideClaims);
  const everywhere = docs.map((d) => new Set(d.dates.map(valueOf).filter((v): v is string => !!v)));
  const out: DateConflict[] = [];
  const categories = new Set(beside.flatMap((m) => [...m.keys()]));
  for (const category of [...categories].sort()) {
    for (const grain of ['day', 'month', 'year'] as const) {
      const sets = beside.map((m) => m.get(category)?.get(grain) ?? new Map<string, string[]>());
      // per version, its dates beside the figures that some other version dating them never mentions
      const own: Array<Set<string>> = docs.map(() => new Set());
      let differ = false;
      for (let i = 0; i < docs.length; i++) {
        for (let j = 0; j < docs.length; j++) {
          if (i === j || sets[i]!.size === 0 || sets[j]!.size === 0) continue;
          const onlyI = [...sets[i]!.keys()].filter((v) => !everywhere[j]!.has(v));
          const onlyJ = [...sets[j]!.keys()].filter((v) => !everywhere[i]!.has(v));
          if (onlyI.length === 0 || onlyJ.length === 0) continue;
          differ = true;
          for (const v of onlyI) own[i]!.add(v);
        }
      }
      if (!differ) continue;
      out.push({
        category,
        grain,
        versions: docs.map((d, k) => {
          const values = [...own[k]!].sort();
          return { path: d.path, values, mentions: values.flatMap((v) => sets[k]!.get(v)!) };
        }),
      });
    }
  }
  return out;
}
