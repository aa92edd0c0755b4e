/**
 * One JSON object per line: per document for detect/extract (so a directory streams), and for
 * compare the documents followed by one line per category, entity and date row, each with a
 * `record` field for `jq 'select(.record == "category")'`.
 */
import type { Reporter } from './types.js';

const line = (v: unknown) => JSON.stringify(v) + '\n';

export const ndjson: Reporter = {
  detect: (docs) => docs.map((d) => line({ record: 'document', path: d.path, language: d.language, ...(d.languages ? { languages: d.languages } : {}) })).join(''),
  extract: (docs) => docs.map((d) => line({ record: 'document', ...d })).join(''),
  compare: (r) =>
    [
      ...r.documents.map((d) => line({ record: 'document', ...d })),
      ...r.categories.map((c) => line({ record: 'category', ...c })),
      ...r.entities.map((e) => line({ record: 'entity', ...e })),
      ...r.dates.map((d) => line({ record: 'date', ...d })),
      ...r.dateConflicts.map((d) => line({ record: 'date-conflict', ...d })),
      line({ record: 'summary', summary: r.summary, onlyIn: r.onlyIn }),
    ].join(''),
};
