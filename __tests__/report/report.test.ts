import { sanitize, isolate } from '../../src/report/sanitize.js';
import { gridToCsv } from '../../src/report/csv.js';
import { gridToMarkdown } from '../../src/report/markdown.js';
import { gridToTable } from '../../src/report/table.js';
import { displayWidth, truncate } from '../../src/report/width.js';
import { formatFigure, groupDigits } from '../../src/report/figure.js';
import { Chalk } from 'chalk';
import { datesGrid, versionsGrid } from '../../src/report/grids.js';
import type { DocumentExtraction } from '../../src/types.js';

describe('sanitize', () => {
  test.each([
    ['bidi override', 'abc\u202Edef', 'abcdef'],
    ['escape sequences', 'red\u001b[31mtext', 'red[31mtext'],
    ['line breaks', 'a\nb\r\nc', 'a b c'],
    ['lone surrogate', 'a\uD800b', 'a\uFFFDb'],
    ['NUL', 'a\u0000b', 'ab'],
    ['pairs are kept', 'emoji \u{1F600}', 'emoji \u{1F600}'],
  ])('%s', (_n, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });
  test('right-to-left text is isolated, left-to-right is not', () => {
    expect(isolate('باريس')).toBe('\u2068باريس\u2069');
    expect(isolate('Paris')).toBe('Paris');
  });
});

describe('formats', () => {
  const grid = { title: 'T', columns: ['a', 'b'], rows: [['x,y', 'he said "no"'], ['line\nbreak', '|pipe|']] };
  test('CSV quotes commas, quotes and line breaks', () => {
    expect(gridToCsv(grid)).toBe('a,b\r\n"x,y","he said ""no"""\r\n"line\nbreak",|pipe|\r\n');
  });
  test('Markdown escapes pipes and keeps a row per line', () => {
    const md = gridToMarkdown(grid);
    expect(md).toContain('| line break | \\|pipe\\| |');
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(4);
  });
  test('table columns line up whatever the script', () => {
    const t = gridToTable({ title: 'T', columns: ['n', 'text', 'x'], rows: [['1', 'باريس', 'a'], ['2', 'Paris', 'b']] }, new Chalk({ level: 0 }));
    const lines = t.split('\n').slice(1, 4).map((l) => l.replace(/[\u2068\u2069]/g, ''));
    const col = (l: string) => displayWidth(l.slice(0, l.lastIndexOf(' ') + 1));
    expect(new Set(lines.map(col)).size).toBe(1);
  });
});

describe('width', () => {
  test('marks take no room, wide characters two', () => {
    expect(displayWidth('مُتظاهر')).toBe(6);
    expect(displayWidth('巴黎')).toBe(4);
    expect(displayWidth('soft\u00ADhyphen')).toBe(10);
    expect(displayWidth('Cafe\u0301, 12 people')).toBe(15);
    expect(truncate('abcdefgh', 5)).toBe('abcd\u2026');
  });
});

describe('formatFigure', () => {
  test.each([
    [{ qualifier: 'at_least', value: 600, min: 600, max: null }, '≥600'],
    [{ qualifier: 'more_than', value: 12000, min: 12000, max: null }, '>12,000'],
    [{ qualifier: 'range', value: null, min: 10, max: 14 }, '10–14'],
    [{ qualifier: 'exact', value: 0, min: 0, max: 0 }, '0'],
  ] as const)('%j', (c, s) => {
    expect(formatFigure(c)).toBe(s);
  });
});

describe('groupDigits writes what toLocaleString("en-US") writes', () => {
  test.each([0, 7, 999, 1000, 12000, 1234567, 1.5, 1500.25, 0.0004, 123456.789, 2.0005, -3, -12000.5, 99999.9999, 1e15, 1e21, 3.5e24])(
    '%d',
    (n) => {
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    },
  );
  test('digits are grouped by threes', () => {
    expect(groupDigits(1234567.5)).toBe('1,234,567.5');
  });
});

describe('versionsGrid: where each version’s reference date comes from', () => {
  const doc = (path: string, reference: DocumentExtraction['reference']): DocumentExtraction => ({
    path,
    language: { code: 'en', iso6393: 'eng', confidence: 1 },
    claims: [],
    dates: [],
    entities: [],
    reference,
    length: 0,
  });
  test('own, --date, another version, none; detect leaves the column out', () => {
    const docs = [
      doc('a.txt', { date: '2019-12-02', from: 'document' }),
      doc('b.txt', { date: '2019-12-02', from: 'version', version: 'a.txt' }),
      doc('c.txt', { date: '2020-01-01', from: 'option' }),
      doc('d.txt', null),
    ];
    const g = versionsGrid(docs);
    const col = g.columns.indexOf('Reference date');
    expect(g.rows.map((r) => r[col])).toEqual(['2019-12-02', '2019-12-02 (from [1])', '2020-01-01 (--date)', '']);
    expect(versionsGrid(docs, false).columns).not.toContain('Reference date');
  });
});

describe('datesGrid: periods and their open ends', () => {
  test('a single date, a period, a half-open period', () => {
    const d: DocumentExtraction = {
      path: 'a.txt',
      language: { code: 'en', iso6393: 'eng', confidence: 1 },
      claims: [],
      dates: [
        { start: 0, end: 5, text: 'Dec 2', value: '2019-12-02', grain: 'day' },
        { start: 6, end: 20, text: 'from 15 to 20 November', value: '2019-11-15', grain: 'day', from: '2019-11-15', to: '2019-11-20' },
        { start: 21, end: 32, text: 'November 15', value: '2019-11-15', grain: 'day', from: '2019-11-15', to: null, halfOpen: true },
      ],
      entities: [],
      reference: null,
      length: 40,
    };
    const g = datesGrid(d);
    const col = g.columns.indexOf('Period');
    expect(g.rows.map((r) => r[col])).toEqual(['', '2019-11-15 \u2013 2019-11-20', '2019-11-15 \u2013 \u2026']);
  });
});
