import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.js';
import { SEED_AR, SEED_EN, fixture } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'factdiff-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

describe('compare on the seeds', () => {
  test('table by default, exit 0, nothing on stderr', () => {
    const r = run(['compare', SEED_EN, SEED_AR]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/deaths\s+match/);
    expect(r.stdout).toMatch(/injuries\s+missing/);
    // No colour into a pipe.
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  test('--format json is one JSON document with the compare schema', () => {
    const r = run(['compare', SEED_EN, SEED_AR, '--format', 'json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.schema).toBe('factdiff.compare/1');
    expect(j.documents).toHaveLength(2);
    expect(j.categories.map((c: { category: string; verdict: string }) => `${c.category}:${c.verdict}`)).toEqual(
      expect.arrayContaining(['deaths:match', 'arrests:match', 'injuries:missing', 'places:missing']),
    );
  });

  test('a version without a date of its own takes the reference date of the others', () => {
    const en = file('dated.en.txt', 'PARIS, Dec. 2, 2019 — Thousands rallied on Monday. Organisers said at least 600 protesters had been killed since 15 November.\n');
    const ar = file('undated.ar.txt', 'تظاهر الآلاف في باريس يوم الاثنين. وقال المنظمون إن 600 متظاهر على الأقل قتلوا منذ 15 نوفمبر.\n');
    const r = run(['compare', en, ar, '--format', 'json']);
    expect(r.status).toBe(0);
    const [d1, d2] = JSON.parse(r.stdout).documents;
    expect(d1.reference).toEqual({ date: '2019-12-02', from: 'document' });
    expect(d2.reference).toEqual({ date: '2019-12-02', from: 'version', version: en });
    expect(d2.dates.map((d: { value: string }) => d.value)).toEqual(['2019-12-02', '2019-11-15']);
    expect(r.stderr).toBe(`factdiff: ${ar}: no date of its own: reference date 2019-12-02 taken from ${en}\n`);
    // --date wins over everything, and extract never borrows: each document stands alone
    const given = JSON.parse(run(['compare', en, ar, '--format', 'json', '--date', '2020-01-01']).stdout).documents;
    expect(given.map((d: { reference: unknown }) => d.reference)).toEqual([
      { date: '2020-01-01', from: 'option' },
      { date: '2020-01-01', from: 'option' },
    ]);
    const alone = JSON.parse(run(['extract', ar, '--format', 'json']).stdout).documents[0];
    expect(alone.reference).toBeNull();
    expect(alone.dates.map((d: { value: string | null }) => d.value)).toEqual([null, null]);
  });

  test('dates left without a year are named on stderr, with the way out', () => {
    const en = file('nodate.en.txt', 'Organisers said at least 600 protesters had been killed since 15 November.\n');
    const ar = file('nodate.ar.txt', 'قال المنظمون إن 600 متظاهر على الأقل قتلوا منذ 15 نوفمبر.\n');
    const r = run(['compare', en, ar]);
    expect(r.status).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `factdiff: ${en}: 1 date without a reference date left unresolved ("15 November"): give --date YYYY-MM-DD`,
      `factdiff: ${ar}: 1 date without a reference date left unresolved ("15 نوفمبر"): give --date YYYY-MM-DD`,
    ]);
    expect(run(['compare', en, ar, '--date', '2019-12-02']).stderr).toBe('');
  });

  test('figures dated differently: listed, and --fail-on date makes the exit status 1', () => {
    const en = file('since15.en.txt', 'PARIS, Dec. 2, 2019 — Organisers said at least 600 protesters had been killed since 15 November.\n');
    const ar = file('since16.ar.txt', 'باريس 2 ديسمبر 2019 - قال المنظمون إن 600 متظاهر على الأقل قتلوا منذ 16 نوفمبر.\n');
    const plain = run(['compare', en, ar]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/Dated differently\n.*\n\s+deaths\s+day\s+2019-11-15 \(15 November\)\s+\u2068?2019-11-16 \(16 نوفمبر\)/);
    expect(plain.stdout).toMatch(/Verdicts .*; 1 dated differently/);
    const failing = run(['compare', en, ar, '--fail-on', 'date', '--format', 'json']);
    expect(failing.status).toBe(1);
    expect(JSON.parse(failing.stdout).dateConflicts).toHaveLength(1);
    expect(run(['compare', en, ar, '--fail-on', 'dates']).status).toBe(2);
  });

  test('a drifted figure fails the run (exit 1) with --fail-on conflict (the default)', () => {
    const drifted = file('drifted.en.txt', fixture('paris-rally-2019.en.txt').replace('at least 600 protesters dead', '50 protesters dead'));
    const r = run(['compare', drifted, SEED_AR, '--format', 'json']);
    expect(r.status).toBe(1);
    const deaths = JSON.parse(r.stdout).categories.find((c: { category: string }) => c.category === 'deaths');
    expect(deaths.verdict).toBe('conflict');
  });

  test('--fail-on missing turns the missing categories into exit 1; none never fails', () => {
    expect(run(['compare', SEED_EN, SEED_AR, '--fail-on', 'missing', '--format', 'csv']).status).toBe(1);
    expect(run(['compare', SEED_EN, SEED_AR, '--fail-on', 'none', '--format', 'csv']).status).toBe(0);
  });

  test('ndjson: one JSON object per line with a record type', () => {
    const r = run(['compare', SEED_EN, SEED_AR, '--format', 'ndjson']);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.record === 'document')).toHaveLength(2);
    expect(lines.some((l) => l.record === 'category' && l.category === 'deaths')).toBe(true);
    expect(lines[lines.length - 1].record).toBe('summary');
  });

  test('csv: a header and quoted cells', () => {
    const r = run(['compare', SEED_EN, SEED_AR, '--format', 'csv']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('section,item,verdict,version,path,figure,qualifier,value,min,max,text,start,end,source,matched');
    expect(r.stdout).toContain('claim,deaths,match,[2]');
  });

  test('markdown: tables with a verdict summary', () => {
    const r = run(['compare', SEED_EN, SEED_AR, '--format', 'markdown']);
    expect(r.stdout).toContain('| Category | Verdict |');
    expect(r.stdout).toMatch(/\*\*Verdicts:\*\* 2 match, 0 consistent, 0 conflict, 2 missing/);
  });

  test('colour only when asked: FORCE_COLOR colours, --no-color and NO_COLOR do not', () => {
    expect(run(['compare', SEED_EN, SEED_AR], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(run(['compare', SEED_EN, SEED_AR, '--no-color'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('extract and detect', () => {
  test('extract --format json follows the extract contract', () => {
    const r = run(['extract', SEED_AR, '--format', 'json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.schema).toBe('factdiff.extract/1');
    expect(j.documents[0].language.code).toBe('ar');
    expect(j.documents[0].claims.length).toBeGreaterThanOrEqual(6);
  });

  test('stdin with -', () => {
    const r = run(['detect', '-', '--format', 'json'], { input: fixture('paris-rally-2019.en.txt') });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents[0]).toMatchObject({ path: '-', language: { code: 'en' } });
  });

  test('a directory stands for its .txt/.md files, sorted', () => {
    const dir = join(tmp, 'dir');
    mkdirSync(dir);
    writeFileSync(join(dir, 'b.txt'), fixture('paris-rally-2019.en.txt'));
    writeFileSync(join(dir, 'a.md'), fixture('paris-rally-2019.ar.txt'));
    writeFileSync(join(dir, 'c.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const r = run(['detect', dir, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    const docs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.path.replace(dir, ''), d.language.code])).toEqual([
      ['/a.md', 'ar'],
      ['/b.txt', 'en'],
    ]);
  });

  test('--lang overrides detection; --date sets the reference date', () => {
    const r = run(['extract', '-', '--lang', 'en', '--date', '2020-03-01', '--format', 'json'], { input: 'Police said 40 people were arrested on March 3.' });
    const d = JSON.parse(r.stdout).documents[0];
    expect(d.language).toMatchObject({ code: 'en', reason: '--lang' });
    expect(d.reference).toEqual({ date: '2020-03-01', from: 'option' });
    expect(d.claims[0]).toMatchObject({ category: 'arrests', value: 40, source: 'Police' });
  });
});

describe('--hijri: the Hijri calendar of Hijri dates and feasts', () => {
  const day = (args: string[], text: string) => JSON.parse(run(['extract', '-', '--format', 'json', ...args], { input: text }).stdout).documents[0].dates[0]?.value;
  test('Umm al-Qura by default; the tabular calendar is a day earlier here; in both languages', () => {
    expect(day(['--lang', 'en'], 'Eid al-Fitr 1445 was celebrated.')).toBe('2024-04-10');
    expect(day(['--lang', 'en', '--hijri', 'tabular'], 'Eid al-Fitr 1445 was celebrated.')).toBe('2024-04-09');
    expect(day(['--lang', 'ar'], 'احتفل المسلمون بعيد الفطر 1445 هـ.')).toBe('2024-04-10');
    expect(day(['--lang', 'ar', '--hijri', 'tabular'], 'احتفل المسلمون بعيد الفطر 1445 هـ.')).toBe('2024-04-09');
  });
  test('an unknown calendar is a usage error (exit 2)', () => {
    const r = run(['extract', '-', '--hijri', 'lunar'], { input: 'text' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--hijri/);
  });
});

describe('--locale and --periods: reader settings for dates', () => {
  const dates = (args: string[], text: string) =>
    JSON.parse(run(['extract', '-', '--format', 'json', '--lang', 'en', '--date', '2024-09-20', ...args], { input: text }).stdout).documents[0].dates.map((d: { text: string; value: string | null; from?: string }) => [d.text, d.value ?? d.from]);
  test("a holiday that differs by country is read only for the reader's country", () => {
    expect(dates([], 'Thanksgiving Day in 2023 was cold.')).toEqual([['Thanksgiving Day in 2023', '2023-11-23']]);
    expect(dates(['--locale', 'en_CA'], 'Thanksgiving Day in 2023 was cold.')).toEqual([['Thanksgiving Day in 2023', '2023-10-09']]);
    expect(dates([], 'Labour Day in 2023 was cold.')).toEqual([['2023', '2023']]);
    expect(dates(['--locale', 'en-AU'], 'Labour Day in 2023 was cold.').length).toBe(1);
  });
  test('"the last 2 weeks": rolling days by default, whole calendar weeks with --periods calendar', () => {
    expect(dates([], 'Schools closed for the last 2 weeks.')).toEqual([['last 2 weeks', '2024-09-06']]);
    expect(dates(['--periods', 'calendar'], 'Schools closed for the last 2 weeks.')).toEqual([['last 2 weeks', '2024-09-02']]);
  });
  test('a malformed locale is a usage error (exit 2)', () => {
    const r = run(['extract', '-', '--locale', 'canada!'], { input: 'text' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--locale/);
  });
});

describe('bad input: one line on stderr naming the file, exit 2, other inputs still processed', () => {
  const empty = file('empty.txt', '');
  const blank = file('blank.txt', '  \n\t\n');
  const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x10, 0x00, 0x00, 0x7f]));
  const emptyDir = join(tmp, 'emptydir');
  mkdirSync(emptyDir);
  const missing = join(tmp, 'nope.txt');

  test.each([
    ['missing file', missing, /nope\.txt: no such file or directory/],
    ['empty file', empty, /empty\.txt: empty file/],
    ['white space only', blank, /blank\.txt: no text/],
    ['binary file', binary, /image\.png: binary file/],
    ['directory without text files', emptyDir, /emptydir: directory has no \.txt or \.md files/],
  ])('%s', (_name, path, message) => {
    const r = run(['extract', path, SEED_EN, '--format', 'json']);
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^factdiff: /);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // The good input is still extracted and stdout is still valid JSON.
    const j = JSON.parse(r.stdout);
    expect(j.documents.map((d: { path: string }) => d.path)).toEqual([SEED_EN]);
  });

  test('unreadable file (permissions)', () => {
    if (process.getuid && process.getuid() === 0) return; // root reads everything: nothing to test here
    const p = file('secret.txt', 'text');
    chmodSync(p, 0o000);
    const r = run(['extract', p, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/secret\.txt: permission denied/);
  });

  test('compare with one unreadable input of three still compares the other two, exit 2', () => {
    const r = run(['compare', SEED_EN, missing, SEED_AR, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).documents).toHaveLength(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  test('compare with fewer than two readable documents: exit 2, nothing on stdout', () => {
    const r = run(['compare', SEED_EN, missing]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/at least two readable documents/);
  });

  test('a version in a language without extractors is listed, never judged', () => {
    const fr = file('rally.fr.txt', "Au moins 600 manifestants ont été tués en novembre, selon l'opposition, et plus de 12 000 personnes ont été arrêtées.\n");
    const pair = run(['compare', SEED_EN, fr]);
    expect(pair.status).toBe(2);
    expect(pair.stdout).toBe('');
    expect(pair.stderr).toMatch(/rally\.fr\.txt: not read/);
    expect(pair.stderr).toMatch(/at least two versions in a language it reads \(en, ar\), got 1/);
    const three = run(['compare', SEED_EN, fr, SEED_AR, '--format', 'json', '--fail-on', 'missing']);
    const r = JSON.parse(three.stdout);
    expect(r.documents.map((d: { skipped?: boolean }) => d.skipped === true)).toEqual([false, true, false]);
    // the seeds' own verdicts, as when they are compared alone: the French version is no "missing"
    const alone = JSON.parse(run(['compare', SEED_EN, SEED_AR, '--format', 'json', '--fail-on', 'missing']).stdout);
    expect(r.categories.map((c: { verdict: string }) => c.verdict)).toEqual(alone.categories.map((c: { verdict: string }) => c.verdict));
    for (const c of r.categories) expect(c.missingFrom).not.toContain(fr);
    expect(three.status).toBe(alone.status === 0 ? 0 : 1);
  });

  test.each([
    [['compare', SEED_EN, SEED_AR, '--format', 'xml'], /format/],
    [['compare', SEED_EN, SEED_AR, '--date', '2019-13-45'], /--date/],
    [['compare', SEED_EN, SEED_AR, '--fail-on', 'sometimes'], /--fail-on/],
    [['extract', SEED_EN, '--lang', 'english!'], /--lang/],
    [['frobnicate'], /unknown command/],
    [['extract'], /missing required argument/],
  ])('usage error %j', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  test('a Latin-1 file is decoded as windows-1252 with a warning on stderr', () => {
    const p = file('latin1.txt', Buffer.concat([Buffer.from('Police said 40 people were arrested in Caf'), Buffer.from([0xe9]), Buffer.from('.\n')]));
    const r = run(['extract', p, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/latin1\.txt: warning: not UTF-8 \(invalid byte at 42\); decoded as windows-1252/);
    expect(JSON.parse(r.stdout).documents[0].claims[0].value).toBe(40);
  });

  test('UTF-16 LE with a BOM is decoded', () => {
    const text = fixture('paris-rally-2019.ar.txt');
    const p = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = run(['extract', p, '--format', 'json']);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout).documents[0];
    expect(d.language.code).toBe('ar');
    expect(d.claims.length).toBeGreaterThanOrEqual(6);
  });
});

describe('help', () => {
  test.each([['detect'], ['extract'], ['compare']])('%s --help shows an example and exits 0', (cmd) => {
    const r = run([cmd, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(`factdiff ${cmd}`);
  });
});
