/** RFC 4180 CSV, one header line, long format (one row per item and version). */
import type { Grid } from './grids.js';
import { compareLongGrid, extractLongGrid, versionsGrid } from './grids.js';
import type { Reporter } from './types.js';

function cell(s: string): string {
  // Lone surrogates cannot be written as UTF-8: make them visible instead of letting them vanish.
  const v = s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return /[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function gridToCsv(g: Grid): string {
  return [g.columns, ...g.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const csv: Reporter = {
  detect: (docs) => gridToCsv(versionsGrid(docs, false)),
  extract: (docs) => gridToCsv(extractLongGrid(docs)),
  compare: (r) => gridToCsv(compareLongGrid(r)),
};
