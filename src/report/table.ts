/**
 * Human-readable aligned tables for the terminal. Every cell is sanitised (input text cannot
 * move the cursor or reorder the line) and right-to-left text is isolated within its cell, so
 * Arabic spans never scramble the columns. Colour only marks verdicts and headings.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Grid } from './grids.js';
import * as g from './grids.js';
import type { RenderOptions, Reporter } from './types.js';
import { isolate, sanitize } from './sanitize.js';
import { displayWidth, truncate } from './width.js';
import type { CompareResult } from '../compare/index.js';
import type { Verdict } from '../types.js';

/** Widest a cell may be before it is cut with an ellipsis. */
const MAX_CELL = 60;

type Paint = (col: number, text: string, row: string[]) => string;

export function gridToTable(grid: Grid, c: ChalkInstance, paint?: Paint): string {
  const head = c.bold(grid.title);
  if (grid.rows.length === 0) return `${head}\n  (none)\n`;
  const cells = [grid.columns, ...grid.rows].map((r) => r.map((s) => truncate(sanitize(s), MAX_CELL)));
  const widths = grid.columns.map((_, k) => Math.max(...cells.map((r) => displayWidth(r[k] ?? ''))));
  const lines = cells.map((r, i) =>
    r
      .map((s, k) => {
        const pad = ' '.repeat(widths[k]! - displayWidth(s));
        // The last column is not padded: no trailing blanks after right-to-left text.
        const body = isolate(s) + (k === r.length - 1 ? '' : pad);
        if (i === 0) return c.dim(body);
        return paint ? paint(k, body, grid.rows[i - 1]!) : body;
      })
      .join('  ')
      .trimEnd(),
  );
  return `${head}\n${lines.map((l) => '  ' + l).join('\n')}\n`;
}

function verdictColor(c: ChalkInstance, v: string, s: string): string {
  switch (v as Verdict) {
    case 'match':
      return c.green(s);
    case 'consistent':
      return c.yellow(s);
    case 'conflict':
      return c.red.bold(s);
    case 'missing':
      return c.magenta(s);
    default:
      return s;
  }
}

function summary(r: CompareResult, c: ChalkInstance): string {
  const s = r.summary;
  const parts = (['match', 'consistent', 'conflict', 'missing'] as const).map((v) => verdictColor(c, v, `${s[v]} ${v}`));
  const dated = r.dateConflicts.length ? `; ${c.red(`${r.dateConflicts.length} dated differently`)}` : '';
  return `${c.bold('Verdicts')}  ${parts.join(', ')}${dated}\n`;
}

function chalkFor(o: RenderOptions): ChalkInstance {
  return new Chalk({ level: o.color ? 1 : 0 });
}

export const table: Reporter = {
  detect: (docs, o) => gridToTable({ ...g.versionsGrid(docs, false), title: 'Languages' }, chalkFor(o)),
  extract: (docs, o) => {
    const c = chalkFor(o);
    return docs
      .map((d, i) => {
        const head = c.bold.underline(`${g.versionLabel(i)} ${sanitize(d.path)}`) + `  ${d.language.code} (${d.language.confidence.toFixed(2)})`;
        const notes = (d.notes ?? []).map((n) => c.yellow(`  note: ${sanitize(n)}`)).join('\n');
        return [head, notes, gridToTable(g.claimsGrid(d), c), gridToTable(g.datesGrid(d), c), gridToTable(g.entitiesGrid(d), c)].filter(Boolean).join('\n');
      })
      .join('\n');
  },
  compare: (r, o) => {
    const c = chalkFor(o);
    const paint: Paint = (k, body, row) => (k === 1 ? verdictColor(c, row[1]!, body) : row[6]?.startsWith('conflicts') && k === 3 ? c.red(body) : body);
    return [
      gridToTable(g.versionsGrid(r.documents), c),
      gridToTable(g.compareClaimsGrid(r), c, paint),
      gridToTable(g.compareEntitiesGrid(r), c),
      gridToTable(g.compareDatesGrid(r), c),
      ...(r.dateConflicts.length ? [gridToTable(g.compareDateConflictsGrid(r), c, (k, body) => (k === 0 ? c.red(body) : body))] : []),
      summary(r, c) + (o.footer ? c.dim(sanitize(o.footer)) + '\n' : ''),
    ].join('\n');
  },
};
