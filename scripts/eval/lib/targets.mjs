/**
 * Result rows and their targets. A row is one figure set (P/R/F1 or accuracy) for one set of
 * cases; a target says which of its figures must reach which value. The orchestrator fails the
 * run (exit 1) when any figure with a target misses it, so the table and the exit status never
 * disagree.
 *
 * Row shape (also the JSON contract between scripts/eval/*.mjs and scripts/eval.mjs):
 *   { task, set, lang, n, p?, r?, f1?, acc?, targets?: [{metric, min}], note?, status? }
 * Metrics are fractions in 0..1 (null when undefined, e.g. precision with no predictions).
 */
import { pct } from './table.mjs';

const NAMES = { p: 'P', r: 'R', f1: 'F1', acc: 'Acc' };

export function formatTargets(targets = []) {
  return targets.map((t) => `${NAMES[t.metric] ?? t.metric}${t.min >= 1 ? '=' : '≥'}${pct(t.min)}`).join(' ');
}

/** The figures of a row that miss their targets (a missing figure misses too). */
export function failures(row) {
  const out = [];
  for (const t of row.targets ?? []) {
    const v = row[t.metric];
    if (v === null || v === undefined || v < t.min - 1e-12) out.push({ ...t, value: v ?? null });
  }
  return out;
}

/** PASS / FAIL for rows with targets; the row's own status (not run, skipped…) wins. */
export function statusOf(row) {
  if (row.status) return row.status;
  if (!row.targets?.length) return '';
  return failures(row).length ? 'FAIL' : 'PASS';
}

export function describeFailure(row, f) {
  const where = [row.task, row.set, row.lang].filter(Boolean).join(' / ');
  return `${where}: ${NAMES[f.metric] ?? f.metric} ${f.value === null ? 'n/a' : pct(f.value)} < ${pct(f.min)}`;
}

export const RESULT_COLUMNS = [
  { key: 'task', title: 'task' },
  { key: 'set', title: 'set' },
  { key: 'lang', title: 'lang' },
  { key: 'n', title: 'n', align: 'right' },
  { key: 'P', title: 'P', align: 'right' },
  { key: 'R', title: 'R', align: 'right' },
  { key: 'F1', title: 'F1', align: 'right' },
  { key: 'Acc', title: 'Acc', align: 'right' },
  { key: 'target', title: 'target' },
  { key: 'status', title: 'status' },
  { key: 'note', title: 'note' },
];

/** Rows → table cells (percentages with one decimal). */
export function displayRows(rows) {
  let prevTask = null;
  const out = [];
  for (const r of rows) {
    if (prevTask !== null && r.task !== prevTask) out.push({ rule: true });
    prevTask = r.task;
    out.push({
      task: r.task,
      set: r.set,
      lang: r.lang ?? '',
      n: r.n ?? '',
      P: pct(r.p),
      R: pct(r.r),
      F1: pct(r.f1),
      Acc: pct(r.acc),
      target: formatTargets(r.targets),
      status: statusOf(r),
      note: r.note ?? '',
    });
  }
  return out;
}
