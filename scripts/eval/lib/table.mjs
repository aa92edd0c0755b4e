/**
 * Plain-text and Markdown tables. Widths count code points, not UTF-16 units, so a row with an
 * astral character does not shift its neighbours; right-to-left text is isolated (U+2068…U+2069)
 * so an Arabic cell cannot reorder the cells after it on a terminal.
 */

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

function cellText(v) {
  if (v === null || v === undefined) return '';
  const s = String(v).replace(/[\u0000-\u001f\u007f]/g, ' ');
  return RTL.test(s) ? `\u2068${s}\u2069` : s;
}

function width(s) {
  // Isolates and combining marks take no column.
  return [...s.replace(/[\u2066-\u2069\u0300-\u036f\u064b-\u065f\u0670]/g, '')].length;
}

function pad(s, w, align) {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return align === 'right' ? fill + s : s + fill;
}

/**
 * @param {Array<{key:string,title:string,align?:'left'|'right'}>} columns
 * @param {Array<Record<string,unknown>>} rows  a row `{ rule: true }` draws a separator line
 */
export function renderTable(columns, rows, { markdown = false } = {}) {
  const body = rows.filter((r) => !r.rule || !markdown);
  const cells = body.map((r) => (r.rule ? null : columns.map((c) => cellText(r[c.key]))));
  if (markdown) {
    const esc = (s) => s.replace(/\|/g, '\\|');
    const head = `| ${columns.map((c) => c.title).join(' | ')} |`;
    const sep = `|${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`;
    return [head, sep, ...cells.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n') + '\n';
  }
  const w = columns.map((c, i) => Math.max(width(c.title), ...cells.filter(Boolean).map((r) => width(r[i]))));
  const line = (r) => r.map((s, i) => pad(s, w[i], columns[i].align)).join('  ').trimEnd();
  const rule = w.map((n) => '-'.repeat(n)).join('  ');
  return [line(columns.map((c) => c.title)), rule, ...cells.map((r) => (r ? line(r) : rule))].join('\n') + '\n';
}

/** A fraction as a percentage with one decimal; blank for null. */
export function pct(x) {
  return x === null || x === undefined || Number.isNaN(x) ? '' : (100 * x).toFixed(1);
}
