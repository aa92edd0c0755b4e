/**
 * Compare versions of one story: per claim category a verdict, and the entities and dates
 * that only some versions give. The first document is the reference version in reports, but
 * verdicts are symmetric.
 */
import type { Claim, ClaimCategory, DocumentExtraction, EntityMention, EntityType, Verdict } from '../types.js';
import { CLAIM_CATEGORIES } from '../types.js';
import { judgeCategory } from './verdict.js';
import { subjectKey } from './subjects.js';
import { alignEntities } from './entities.js';
import { compareDates, dateConflicts, type DateComparison, type DateConflict } from './dates.js';
import { sameEntity, SAME_ENTITY_THRESHOLD } from '../extract/entities/key.js';

export interface ComparedClaim extends Claim {
  /** Another version states the same figure. */
  matched: boolean;
  /** Contradicts another version's figures for the same thing. */
  conflicting: boolean;
  /** What it counts, as a concept shared across languages ("protesters"), when specific. */
  subjectKey: string | null;
}

export interface CategoryComparison {
  category: ClaimCategory;
  verdict: Verdict;
  /** The figure every version states, when the verdict is `match`. */
  shared: number | null;
  versions: Array<{ path: string; claims: ComparedClaim[] }>;
  /** Versions that give no figure of this category. */
  missingFrom: string[];
}

export interface EntityComparison {
  key: string;
  type: EntityType;
  name: string;
  versions: Array<{ path: string; mentions: string[] }>;
  /** Paths of the versions that name it. */
  in: string[];
}

export interface CompareResult {
  schema: 'factdiff.compare/1';
  documents: DocumentExtraction[];
  categories: CategoryComparison[];
  entities: EntityComparison[];
  dates: DateComparison[];
  /** Categories whose figures the versions date differently (see compare/dates.ts). */
  dateConflicts: DateConflict[];
  /** Entities and dates found in some versions only, per path. */
  onlyIn: Record<string, { entities: string[]; dates: string[] }>;
  summary: Record<Verdict, number>;
}

function compareCategories(docs: readonly DocumentExtraction[]): CategoryComparison[] {
  const out: CategoryComparison[] = [];
  // A version no extractor read (`skipped`) says nothing about the figures: it keeps its column,
  // but is never judged (its empty lists would read as "missing" everywhere).
  const judged = docs.flatMap((d, k) => (d.skipped ? [] : [k]));
  const slot = new Map(judged.map((k, x) => [k, x] as const));
  for (const category of CLAIM_CATEGORIES) {
    const perDoc = docs.map((d) => d.claims.filter((c) => c.category === category));
    if (perDoc.every((l) => l.length === 0)) continue;
    const j = judgeCategory(
      judged.map((k) => perDoc[k]!),
      (c) => subjectKey(c.subject),
    );
    out.push({
      category,
      verdict: j.verdict,
      shared: j.shared,
      versions: docs.map((d, k) => {
        const x = slot.get(k);
        return {
          path: d.path,
          claims: perDoc[k]!.map((c, i) => ({
            ...c,
            matched: x !== undefined && j.verdict !== 'missing' && !j.unmatched[x]!.includes(i),
            conflicting: x !== undefined && j.conflicting[x]!.includes(i),
            subjectKey: subjectKey(c.subject),
          })),
        };
      }),
      missingFrom: judged.filter((k) => perDoc[k]!.length === 0).map((k) => docs[k]!.path),
    });
  }
  return out;
}

export function compareDocuments(docs: readonly DocumentExtraction[]): CompareResult {
  const categories = compareCategories(docs);
  const entities = alignEntities(docs, sameEntity, SAME_ENTITY_THRESHOLD);
  const dates = compareDates(docs);
  const onlyIn: CompareResult['onlyIn'] = {};
  for (const d of docs) onlyIn[d.path] = { entities: [], dates: [] };
  if (docs.length > 1) {
    for (const e of entities) if (e.in.length === 1) onlyIn[e.in[0]!]!.entities.push(e.name);
    for (const r of dates) if (r.in.length === 1) onlyIn[r.in[0]!]!.dates.push(r.value);
  }
  const summary: Record<Verdict, number> = { match: 0, consistent: 0, conflict: 0, missing: 0 };
  for (const c of categories) summary[c.verdict]++;
  return { schema: 'factdiff.compare/1', documents: [...docs], categories, entities, dates, dateConflicts: dateConflicts(docs), onlyIn, summary };
}

export type { EntityMention, DateComparison, DateConflict };
