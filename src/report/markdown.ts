/** GitHub-flavoured Markdown: a heading per section and pipe tables. */
import type { Grid } from './grids.js';
import * as g from './grids.js';
import type { Reporter } from './types.js';
import { sanitize } from './sanitize.js';
import type { CompareResult } from '../compare/index.js';

function cell(s: string): string {
  return sanitize(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`<>\[\]])/g, '\\$1') || ' ';
}

export function gridToMarkdown(grid: Grid, level = 2): string {
  const head = `${'#'.repeat(level)} ${grid.title}\n\n`;
  if (grid.rows.length === 0) return `${head}_none_\n`;
  const lines = [grid.columns, grid.columns.map(() => '---'), ...grid.rows].map((r, i) => `| ${(i === 1 ? r : r.map(cell)).join(' | ')} |`);
  return head + lines.join('\n') + '\n';
}

function summaryLine(r: CompareResult): string {
  const s = r.summary;
  const dated = r.dateConflicts.length ? `; ${r.dateConflicts.length} dated differently` : '';
  return `**Verdicts:** ${s.match} match, ${s.consistent} consistent, ${s.conflict} conflict, ${s.missing} missing${dated}`;
}

export const markdown: Reporter = {
  detect: (docs) => gridToMarkdown({ ...g.versionsGrid(docs, false), title: 'Languages' }),
  extract: (docs) =>
    docs
      .map((d) =>
        [`## ${cell(d.path)} (${d.language.code})`, gridToMarkdown(g.claimsGrid(d), 3), gridToMarkdown(g.datesGrid(d), 3), gridToMarkdown(g.entitiesGrid(d), 3)].join('\n\n'),
      )
      .join('\n'),
  compare: (r, o) =>
    [
      '# factdiff comparison',
      gridToMarkdown(g.versionsGrid(r.documents)),
      gridToMarkdown(g.compareClaimsGrid(r)),
      gridToMarkdown(g.compareEntitiesGrid(r)),
      gridToMarkdown(g.compareDatesGrid(r)),
      ...(r.dateConflicts.length ? [gridToMarkdown(g.compareDateConflictsGrid(r))] : []),
      summaryLine(r) + (o.footer ? `  \n${cell(o.footer)}` : '') + '\n',
    ].join('\n'),
};
