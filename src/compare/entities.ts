/**
 * Entity table across versions: entities with the same key are one row; an entity of one
 * version whose key no other version has may still be the same as one of theirs when the
 * cross-language similarity (transliteration skeleton, phonetics) clears its measured
 * threshold: then it joins that row.
 */
import type { DocumentExtraction, EntityMention } from '../types.js';
import type { EntityComparison } from './index.js';

export type EntitySimilarity = (a: EntityMention, b: EntityMention) => number;

interface Group {
  key: string;
  type: EntityMention['type'];
  name: string;
  first: EntityMention;
  mentions: Map<string, string[]>;
}

function groupsOf(doc: DocumentExtraction): Map<string, EntityMention[]> {
  const g = new Map<string, EntityMention[]>();
  for (const e of doc.entities) {
    const l = g.get(e.key) ?? [];
    l.push(e);
    g.set(e.key, l);
  }
  return g;
}

/** The fullest mention of an entity in one document: what a cross-language match compares. */
function longest(list: readonly EntityMention[]): EntityMention {
  return list.reduce((a, b) => (b.text.length > a.text.length ? b : a));
}

function displayName(list: readonly EntityMention[]): string {
  const canonical = list.find((e) => e.canonical)?.canonical;
  if (canonical) return canonical;
  return longest(list).text;
}

export function alignEntities(
  docs: readonly DocumentExtraction[],
  similarity?: EntitySimilarity,
  threshold = 1,
): EntityComparison[] {
  const rows: Group[] = [];
  const byKey = new Map<string, Group>();
  docs.forEach((doc) => {
    for (const [key, list] of groupsOf(doc)) {
      let row = byKey.get(key);
      if (!row && similarity) {
        // Only rows this document has not joined yet: one entity of a version is one row.
        let best: { row: Group; score: number } | null = null;
        for (const r of rows) {
          // Types may differ (a news agency tagged PER on one side, ORG on the other): the
          // similarity discounts that, so only near-identical names still meet.
          if (r.mentions.has(doc.path)) continue;
          const score = similarity(r.first, longest(list));
          if (score >= threshold && (!best || score > best.score)) best = { row: r, score };
        }
        row = best?.row;
      }
      if (!row) {
        row = { key, type: list[0]!.type, name: displayName(list), first: longest(list), mentions: new Map() };
        rows.push(row);
      }
      byKey.set(key, row);
      const m = row.mentions.get(doc.path) ?? [];
      for (const e of list) if (!m.includes(e.text)) m.push(e.text);
      row.mentions.set(doc.path, m);
      // Prefer the gazetteer's English name for the row's label.
      const canonical = list.find((e) => e.canonical)?.canonical;
      if (canonical) row.name = canonical;
    }
  });
  const out = rows.map(
    (r): EntityComparison => ({
      key: r.key,
      type: r.type,
      name: r.name,
      versions: docs.map((d) => ({ path: d.path, mentions: r.mentions.get(d.path) ?? [] })),
      in: docs.filter((d) => r.mentions.has(d.path)).map((d) => d.path),
    }),
  );
  const order = { PER: 0, ORG: 1, LOC: 2 };
  out.sort((a, b) => order[a.type] - order[b.type] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}
