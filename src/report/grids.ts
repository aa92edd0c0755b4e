/**
 * The report contents as plain grids (column names + rows of strings), shared by the table,
 * Markdown and CSV formats so they always show the same facts.
 */
import type { DateMention, DocumentExtraction } from '../types.js';
import type { CompareResult } from '../compare/index.js';
import { formatFigure } from './figure.js';

export interface Grid {
  title: string;
  columns: string[];
  rows: string[][];
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** "[1]" labels for versions, in order. */
export function versionLabel(i: number): string {
  return `[${i + 1}]`;
}

/** "2019-12-02" (the document's own), "… (--date)", "… (from [1])" (another version's). */
function referenceCell(d: DocumentExtraction, docs: readonly DocumentExtraction[]): string {
  const r = d.reference;
  if (!r) return '';
  if (r.from === 'option') return `${r.date} (--date)`;
  if (r.from === 'version') {
    const k = docs.findIndex((x) => x.path === r.version);
    return `${r.date} (from ${k >= 0 ? versionLabel(k) : r.version})`;
  }
  return r.date;
}

/** The documents of a run; `detect` (no extractor, no dates) leaves the reference date out. */
export function versionsGrid(docs: readonly DocumentExtraction[], withReference = true): Grid {
  return {
    title: 'Versions',
    columns: ['#', 'Path', 'Language', 'ISO 639-3', 'Confidence', ...(withReference ? ['Reference date'] : []), 'Note'],
    rows: docs.map((d, i) => [
      versionLabel(i),
      d.path,
      d.language.code,
      d.language.iso6393,
      d.language.confidence.toFixed(2),
      ...(withReference ? [referenceCell(d, docs)] : []),
      [d.language.reason, ...(d.notes ?? [])].filter(Boolean).join('; '),
    ]),
  };
}

export function claimsGrid(d: DocumentExtraction): Grid {
  return {
    title: 'Claims',
    columns: ['Category', 'Figure', 'Qualifier', 'Subject', 'Source', 'Text'],
    rows: d.claims.map((c) => [c.category, formatFigure(c), c.qualifier, c.subject ?? '', c.source ?? '', c.text]),
  };
}

/** A period's ends, '…' for an open one ("since 15 November" without a story date): '' for a single date. */
function periodOf(x: DateMention): string {
  if (x.from === undefined && x.to === undefined) return '';
  if ((x.from ?? null) === null && (x.to ?? null) === null) return '';
  return `${x.from ?? '\u2026'} \u2013 ${x.to ?? '\u2026'}`;
}

export function datesGrid(d: DocumentExtraction): Grid {
  return {
    title: 'Dates',
    columns: ['Date', 'Grain', 'Period', 'Text'],
    rows: d.dates.map((x) => [x.value ?? '(unresolved)', x.grain, periodOf(x), x.text]),
  };
}

export function entitiesGrid(d: DocumentExtraction): Grid {
  const byKey = new Map<string, { type: string; texts: string[] }>();
  for (const e of d.entities) {
    const row = byKey.get(e.key) ?? { type: e.type, texts: [] };
    if (!row.texts.includes(e.text)) row.texts.push(e.text);
    byKey.set(e.key, row);
  }
  return {
    title: 'Entities',
    columns: ['Type', 'Key', 'Mentions'],
    rows: [...byKey].map(([key, r]) => [r.type, key, r.texts.join('; ')]),
  };
}

export function compareClaimsGrid(r: CompareResult): Grid {
  const rows: string[][] = [];
  for (const c of r.categories) {
    c.versions.forEach((v, i) => {
      if (v.claims.length === 0) {
        rows.push([c.category, c.verdict, versionLabel(i), '\u2014', '', '', r.documents[i]?.skipped ? 'not read (see the versions)' : 'no figure']);
        return;
      }
      for (const cl of v.claims) {
        const note = cl.conflicting ? 'conflicts' : cl.background ? 'background' : c.verdict !== 'missing' && !cl.matched ? `only in ${versionLabel(i)}` : '';
        rows.push([c.category, c.verdict, versionLabel(i), formatFigure(cl), cl.source ?? '', cl.text, note]);
      }
    });
  }
  return { title: 'Claims', columns: ['Category', 'Verdict', 'Version', 'Figure', 'Source', 'Text', 'Note'], rows };
}

export function compareEntitiesGrid(r: CompareResult): Grid {
  return {
    title: 'Entities',
    columns: ['Type', 'Entity', ...r.documents.map((_, i) => versionLabel(i))],
    rows: r.entities.map((e) => [e.type, e.name, ...e.versions.map((v) => (v.mentions.length ? v.mentions.join('; ') : '\u2014'))]),
  };
}

export function compareDatesGrid(r: CompareResult): Grid {
  return {
    title: 'Dates',
    columns: ['Date', 'Grain', ...r.documents.map((_, i) => versionLabel(i))],
    rows: r.dates.map((d) => [d.value, d.grain, ...d.versions.map((v) => (v.mentions.length ? v.mentions.join('; ') : '\u2014'))]),
  };
}

/** Categories whose figures the versions date differently: the dates beside them per version. */
export function compareDateConflictsGrid(r: CompareResult): Grid {
  return {
    title: 'Dated differently',
    columns: ['Category', 'Grain', ...r.documents.map((_, i) => versionLabel(i))],
    rows: r.dateConflicts.map((d) => [
      d.category,
      d.grain,
      ...d.versions.map((v) => (v.values.length ? `${v.values.join('; ')} (${v.mentions.join('; ')})` : '\u2014')),
    ]),
  };
}

/** Long ("tidy") rows of a comparison for CSV: one row per item and version. */
export function compareLongGrid(r: CompareResult): Grid {
  const columns = ['section', 'item', 'verdict', 'version', 'path', 'figure', 'qualifier', 'value', 'min', 'max', 'text', 'start', 'end', 'source', 'matched'];
  const rows: string[][] = [];
  for (const c of r.categories) {
    c.versions.forEach((v, i) => {
      if (v.claims.length === 0) rows.push(['claim', c.category, c.verdict, versionLabel(i), v.path, '', '', '', '', '', '', '', '', '', '']);
      for (const cl of v.claims) {
        rows.push(['claim', c.category, c.verdict, versionLabel(i), v.path, formatFigure(cl), cl.qualifier, num(cl.value), num(cl.min), num(cl.max), cl.text, num(cl.start), num(cl.end), cl.source ?? '', String(cl.matched)]);
      }
    });
  }
  const presence = (inAll: boolean) => (inAll ? 'all' : 'some');
  for (const e of r.entities) {
    e.versions.forEach((v, i) => {
      rows.push(['entity', `${e.type} ${e.name}`, presence(e.in.length === r.documents.length), versionLabel(i), v.path, '', '', '', '', '', v.mentions.join('; '), '', '', '', String(v.mentions.length > 0)]);
    });
  }
  for (const d of r.dates) {
    d.versions.forEach((v, i) => {
      rows.push(['date', d.value, presence(d.in.length === r.documents.length), versionLabel(i), v.path, '', d.grain, '', '', '', v.mentions.join('; '), '', '', '', String(v.mentions.length > 0)]);
    });
  }
  for (const d of r.dateConflicts) {
    d.versions.forEach((v, i) => {
      rows.push(['date-conflict', d.category, 'conflict', versionLabel(i), v.path, '', d.grain, v.values.join('; '), '', '', v.mentions.join('; '), '', '', '', '']);
    });
  }
  return { title: 'Comparison', columns, rows };
}

/** Long rows of extractions for CSV: one row per claim, date and entity. */
export function extractLongGrid(docs: readonly DocumentExtraction[]): Grid {
  const columns = ['path', 'language', 'kind', 'type', 'figure', 'qualifier', 'value', 'min', 'max', 'text', 'start', 'end', 'subject', 'source', 'key'];
  const rows: string[][] = [];
  for (const d of docs) {
    const lang = d.language.code;
    for (const c of d.claims) rows.push([d.path, lang, 'claim', c.category, formatFigure(c), c.qualifier, num(c.value), num(c.min), num(c.max), c.text, num(c.start), num(c.end), c.subject ?? '', c.source ?? '', c.sourceKey ?? '']);
    for (const x of d.dates) rows.push([d.path, lang, 'date', x.grain, '', '', x.value ?? '', x.from ?? '', x.to ?? '', x.text, num(x.start), num(x.end), '', '', '']);
    for (const e of d.entities) rows.push([d.path, lang, 'entity', e.type, '', '', e.canonical ?? '', '', '', e.text, num(e.start), num(e.end), '', '', e.key]);
  }
  return { title: 'Extraction', columns, rows };
}
