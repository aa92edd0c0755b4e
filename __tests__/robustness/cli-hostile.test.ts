/** The real CLI under hostile input: valid output for every format, quiet ends. */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from '../cli/run.js';
import { ROOT, fixture } from '../helpers.js';
import { parseCsv } from './formats.js';

const tmp = mkdtempSync(join(tmpdir(), 'factdiff-hostile-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

const nasty = file(
  'nasty.txt',
  'Police said \u202Eat least 40 people\u202C were arrested, "quoted, text"\n\u0000\u0007\u001b[31m and \uD800 12 protesters were killed | in | a | table.\r\n',
);

describe('output stays valid whatever the input contains', () => {
  test('table: no control or bidi-override characters reach the terminal', () => {
    const r = run(['extract', nasty, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\u202A-\u202E\u0000\u0007\u001b]/);
  });
  test('json parses', () => {
    const r = run(['extract', nasty, '--lang', 'en', '--format', 'json']);
    const j = JSON.parse(r.stdout);
    expect(j.documents[0].claims.length).toBeGreaterThan(0);
  });
  test('ndjson: every line parses', () => {
    const r = run(['extract', nasty, nasty, '--lang', 'en', '--format', 'ndjson']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });
  test('csv: as many fields in every record as in the header', () => {
    const r = run(['extract', nasty, '--lang', 'en', '--format', 'csv']);
    const records = parseCsv(r.stdout);
    expect(records.length).toBeGreaterThan(1);
    for (const x of records) expect(x).toHaveLength(records[0]!.length);
  });
  test('markdown: one table row per line', () => {
    const r = run(['extract', nasty, '--lang', 'en', '--format', 'markdown']);
    for (const line of r.stdout.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
  });
});

describe('pipes', () => {
  test('a closed pipe ends the run quietly (head -1)', () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `doc${String(i).padStart(2, '0')}.txt`), fixture('paris-rally-2019.en.txt'));
    const r = spawnSync('bash', ['-c', `node "${join(ROOT, 'bin', 'factdiff')}" extract "${dir}" --format ndjson | head -1 > /dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toMatch(/^status=(0|141)$/);
  });
});
