/** Validity of the machine formats, for tests that feed the CLI hostile input. */

/** RFC 4180: quoted fields may hold commas, quotes and line breaks; records end with CRLF. */
export function parseCsv(s: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let rec: string[] = [];
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rec.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      rec.push(field);
      records.push(rec);
      rec = [];
      field = '';
      i++;
    } else field += c;
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || rec.length) throw new Error('CSV: last record without CRLF');
  return records;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws unless `stdout` is valid output of `format`; returns the parsed documents/records. */
export function checkOutput(format: 'json' | 'ndjson' | 'csv', stdout: string): unknown[] {
  if (LONE_SURROGATE.test(stdout)) throw new Error('lone surrogate in stdout');
  if (format === 'json') return [JSON.parse(stdout)];
  if (format === 'ndjson') {
    if (stdout === '') return [];
    if (!stdout.endsWith('\n')) throw new Error('NDJSON: no final newline');
    return stdout
      .slice(0, -1)
      .split('\n')
      .map((l) => JSON.parse(l));
  }
  if (stdout === '') return [];
  const rows = parseCsv(stdout);
  for (const r of rows) if (r.length !== rows[0]!.length) throw new Error(`CSV: ${r.length} fields, header has ${rows[0]!.length}`);
  return rows;
}

/** stderr as lines; no stack trace allowed anywhere. */
export function stderrLines(stderr: string): string[] {
  if (/\n\s+at /.test(stderr) || /Error:/.test(stderr)) throw new Error(`stack trace or raw error on stderr: ${stderr}`);
  return stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n');
}
