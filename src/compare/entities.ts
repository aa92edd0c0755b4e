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
    const groups = [...groupsOf(doc)];
    // Rows for this document's groups: equal keys first, then the best-scoring pairs of a group
    // and a row no group of this document has joined yet, best first and one to one, so that a
    // group met early never takes a row a later group names better (one entity of a version is
    // one row).
    const rowOf = new Map<string, Group>();
    for (const [key] of groups) {
      const r = byKey.get(key);
      if (r) rowOf.set(key, r);
    }
    if (similarity) {
      const taken = new Set<Group>(rowOf.values());
      const open = rows.filter((r) => !r.mentions.has(doc.path) && !taken.has(r));
      const cands: Array<{ key: string; row: Group; score: number; order: number }> = [];
      let order = 0;
      for (const [key, list] of groups) {
        if (rowOf.has(key)) continue;
        const l = longest(list);
        for (const r of open) {
          // Types may differ (a news agency tagged PER on one side, ORG on the other): the
          // similarity discounts that, so only near-identical names still meet.
          const score = similarity(r.first, l);
          if (score >= threshold) cands.push({ key, row: r, score, order: order++ });
        }
      }
      cands.sort((a, b) => b.score - a.score || a.order - b.order);
      for (const c of cands) {
        if (rowOf.has(c.key) || taken.has(c.row)) continue;
        rowOf.set(c.key, c.row);
        taken.add(c.row);
      }
    }
    for (const [key, list] of groups) {
      let row = rowOf.get(key);
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
