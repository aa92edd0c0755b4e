/**
 * Issue 8's catalogue of bad inputs, each through the real CLI (a spawned process): the exit
 * status, exactly the expected stderr lines (one per problem; warnings are asserted by content)
 * and stdout still valid for the chosen format. The processes are started together in
 * beforeAll (a few at a time) so the file stays fast; the 50 MB file and the 100,000-file
 * directory are in `npm run bench -- --only robustness`, not here.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SEED_AR, SEED_EN, fixture } from '../helpers.js';
import { checkOutput, stderrLines } from './formats.js';

interface Result {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Spec {
  args: string[];
  input?: string | Buffer;
  /** A file descriptor for stdin (a directory, say). */
  stdinPath?: string;
  uid?: number;
}

function start(spec: Spec): Promise<Result> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = { ...(process.env as Record<string, string>) };
    delete env.FORCE_COLOR;
    delete env.NO_COLOR;
    const fd = spec.stdinPath !== undefined ? openSync(spec.stdinPath, 'r') : undefined;
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'factdiff'), ...spec.args], {
      cwd: ROOT,
      env,
      stdio: [fd ?? 'pipe', 'pipe', 'pipe'],
      ...(spec.uid !== undefined ? { uid: spec.uid, gid: spec.uid } : {}),
    });
    if (fd !== undefined) closeSync(fd);
    let stdout = '';
    let stderr = '';
    p.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    p.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    p.on('error', reject);
    p.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    if (p.stdin) p.stdin.end(spec.input ?? '');
  });
}

// ---------- the inputs ----------

// Under /tmp with mode 0755 so that an unprivileged user (the permission case, when the tests
// run as root) can reach the files.
const tmp = mkdtempSync(join(tmpdir(), 'factdiff-catalogue-'));
chmodSync(tmp, 0o755);
const file = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

const EN = fixture('paris-rally-2019.en.txt');
const AR = fixture('paris-rally-2019.ar.txt').replace(/^\uFEFF/, '');

// The reverse of the windows-1256 table, from the platform's own decoder.
const cp1256 = new Map<string, number>();
[...new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i))].forEach((ch, i) => cp1256.set(ch, 128 + i));
const encode1256 = (s: string) => Buffer.from([...s].map((ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : cp1256.get(ch)!)));

const f = {
  missing: join(tmp, 'nope.txt'),
  emptyDir: (() => {
    const d = join(tmp, 'emptydir');
    mkdirSync(d);
    writeFileSync(join(d, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    return d;
  })(),
  empty: file('empty.txt', ''),
  blank: file('blank.txt', ' \n\t\r\n  \u3000\n'),
  png: file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
  nul: file('nul.txt', Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 3 ? 0 : 65 + (i % 26))))),
  secret: file('secret.txt', 'Police said 40 people were arrested.\n'),
  badUtf8: file('bad-utf8.txt', Buffer.concat([Buffer.from('Police said 40 people were arrested in Café ', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' on Monday.\n')])),
  strayNul: file('stray-nul.txt', 'Police said 40 people were arrested.\u0000 Ten people were killed.\n'),
  utf16beBom: file('ar-utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(AR, 'utf16le').swap16()])),
  utf16leNoBom: file('ar-utf16le.txt', Buffer.from(AR, 'utf16le')),
  utf16beNoBom: file('en-utf16be.txt', Buffer.from(EN, 'utf16le').swap16()),
  // A lone surrogate and quotes, commas and line breaks in UTF-16 (the only way a lone
  // surrogate reaches the decoded text).
  loneSurrogate: file(
    'lone.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Police said \u202Eat least 40 people\u202C were arrested, "quoted, text"\r\nand \uD800 12 protesters were killed, \u001b[31m"x"\n', 'utf16le')]),
  ),
  cp1256: file('ar-cp1256.txt', encode1256('قتل 600 متظاهر على الأقل في إيران، واعتقل أكثر من 12000 شخص بحسب منظمة العفو الدولية.\n')),
  mixed: file('mixed.txt', `${EN.split(/\n\s*\n/).slice(0, 3).join('\n\n')}\n\n${AR.split(/\n\s*\n/).slice(0, 3).join('\n\n')}\n`),
  chinese: file('zh.txt', '这是一篇关于巴黎集会的新闻报道。警方说至少有六百人死亡，一万二千人被捕。集会于十二月二日举行，数千人参加。\n'),
  persian: file('fa.txt', 'به گزارش خبرگزاری‌ها، دست کم ۶۰۰ نفر از معترضان در جریان اعتراضات کشته شدند و هزاران نفر بازداشت شدند. این گزارش روز دوشنبه منتشر شد و گفت که پلیس از گاز اشک‌آور استفاده کرد.\n'),
  hugeNumbers: file('huge-numbers.txt', `Officials said ${'9'.repeat(400)} people were killed. Then 1e309 people were arrested and NaN were injured; ${'1,'.repeat(300)}1 people were missing. Police said 40 people were arrested.\n`),
  evilName: join(tmp, 'evil\n\u202Etxt.exe\u001b[2J.txt'),
};

const isRoot = process.getuid?.() === 0;
chmodSync(f.secret, 0o000);

const SPECS = {
  allBadJson: { args: ['extract', f.missing, f.emptyDir, f.empty, f.blank, f.png, f.nul, SEED_EN, '--format', 'json'] },
  allBadNdjson: { args: ['extract', f.missing, f.emptyDir, f.empty, f.blank, f.png, f.nul, SEED_EN, '--format', 'ndjson'] },
  allBadCsv: { args: ['extract', f.missing, f.emptyDir, f.empty, f.blank, f.png, f.nul, SEED_EN, '--format', 'csv'] },
  onlyBadJson: { args: ['extract', f.missing, f.empty, '--format', 'json'] },
  stdinDir: { args: ['extract', '-', '--format', 'json'], stdinPath: tmp },
  stdinEmpty: { args: ['detect', '-', '--format', 'ndjson'], input: '' },
  unreadable: { args: ['extract', f.secret, SEED_AR, '--format', 'json'], ...(isRoot ? { uid: 65534 } : {}) },
  badUtf8: { args: ['extract', f.badUtf8, '--format', 'csv'] },
  strayNul: { args: ['extract', f.strayNul, '--format', 'ndjson'] },
  utf16: { args: ['extract', f.utf16beBom, f.utf16leNoBom, f.utf16beNoBom, '--format', 'ndjson'] },
  loneJson: { args: ['extract', f.loneSurrogate, '--lang', 'en', '--format', 'json'] },
  loneNdjson: { args: ['extract', f.loneSurrogate, f.loneSurrogate, '--lang', 'en', '--format', 'ndjson'] },
  loneCsv: { args: ['extract', f.loneSurrogate, '--lang', 'en', '--format', 'csv'] },
  loneTable: { args: ['extract', f.loneSurrogate, '--lang', 'en'] },
  cp1256: { args: ['extract', f.cp1256, '--format', 'json'] },
  mixed: { args: ['extract', f.mixed, '--format', 'json'] },
  noExtractorJson: { args: ['extract', f.chinese, f.persian, '--format', 'json'] },
  noExtractorCsv: { args: ['extract', f.chinese, f.persian, '--format', 'csv'] },
  hugeNumbers: { args: ['extract', f.hugeNumbers, '--format', 'json'] },
  hugeNumbersCsv: { args: ['extract', f.hugeNumbers, '--lang', 'en', '--format', 'csv'] },
  evilName: { args: ['extract', f.evilName, '--format', 'ndjson'] },
  compareBad: { args: ['compare', f.png, SEED_EN, f.cp1256, '--format', 'ndjson', '--fail-on', 'none'] },
} satisfies Record<string, Spec>;

const results = {} as Record<keyof typeof SPECS, Result>;

beforeAll(async () => {
  const queue = Object.entries(SPECS) as Array<[keyof typeof SPECS, Spec]>;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results[next[0]] = await start(next[1]);
  };
  await Promise.all([worker(), worker(), worker()]);
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Doc = { path: string; language: { code: string }; claims: Array<{ value: number | null; min: number | null; max: number | null; text: string }>; dates: unknown[]; entities: unknown[]; notes?: string[] };

const BAD_LINES = [
  /^factdiff: .*nope\.txt: no such file or directory$/,
  /^factdiff: .*emptydir: directory has no \.txt or \.md files$/,
  /^factdiff: .*empty\.txt: empty file$/,
  /^factdiff: .*blank\.txt: no text \(only white space\)$/,
  /^factdiff: .*image\.txt: binary file \(an image, PDF or archive\), not text$/,
  /^factdiff: .*nul\.txt: binary file \(contains NUL bytes\), not text$/,
];

describe('unreadable inputs: exit 2, one stderr line each, the good input still reported', () => {
  test.each([['json'], ['ndjson'], ['csv']] as const)('missing, directory without text, empty, blank, PNG, NUL bytes (%s)', (format) => {
    const r = results[format === 'json' ? 'allBadJson' : format === 'ndjson' ? 'allBadNdjson' : 'allBadCsv'];
    expect(r.status).toBe(2);
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(BAD_LINES.length);
    lines.forEach((l, i) => expect(l).toMatch(BAD_LINES[i]!));
    const out = checkOutput(format, r.stdout);
    if (format === 'json') expect((out[0] as { documents: Doc[] }).documents.map((d) => d.path)).toEqual([SEED_EN]);
    if (format === 'ndjson') expect((out as Doc[]).map((d) => d.path)).toEqual([SEED_EN]);
    if (format === 'csv') expect((out as string[][]).slice(1).every((row) => row[0] === SEED_EN)).toBe(true);
  });

  test('no readable input at all: json still prints a valid, empty document', () => {
    const r = results.onlyBadJson;
    expect(r.status).toBe(2);
    expect(stderrLines(r.stderr)).toHaveLength(2);
    expect(checkOutput('json', r.stdout)[0]).toEqual({ schema: 'factdiff.extract/1', documents: [] });
  });

  test('a directory as standard input (- < dir)', () => {
    const r = results.stdinDir;
    expect(r.status).toBe(2);
    expect(stderrLines(r.stderr)).toEqual(['factdiff: -: is a directory']);
    expect((checkOutput('json', r.stdout)[0] as { documents: Doc[] }).documents).toEqual([]);
  });

  test('empty standard input', () => {
    const r = results.stdinEmpty;
    expect(r.status).toBe(2);
    expect(stderrLines(r.stderr)).toEqual(['factdiff: -: empty file']);
    expect(r.stdout).toBe('');
  });

  test('unreadable file (permissions; as an unprivileged user when the tests run as root)', () => {
    const r = results.unreadable;
    expect(r.status).toBe(2);
    expect(stderrLines(r.stderr)).toEqual([`factdiff: ${f.secret}: permission denied`]);
    expect((checkOutput('json', r.stdout)[0] as { documents: Doc[] }).documents.map((d) => d.language.code)).toEqual(['ar']);
  });

  test('a file name with a line break, a bidi override and an escape sequence: one sanitised line', () => {
    const r = results.evilName;
    expect(r.status).toBe(2);
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^factdiff: .*evil txt\.exe\[2J\.txt: no such file or directory$/);
    expect(r.stderr).not.toMatch(/[\u202E\u001b]/);
    expect(r.stdout).toBe('');
  });

  test('compare: a binary input among three is reported, the other two are compared', () => {
    const r = results.compareBad;
    expect(r.status).toBe(2);
    const lines = stderrLines(r.stderr);
    expect(lines).toEqual([
      expect.stringMatching(/image\.txt: binary file/),
      expect.stringMatching(/ar-cp1256\.txt: warning: not UTF-8 \(invalid byte at 0\); decoded as windows-1256$/),
      // windows-1256 has no Extended Arabic-Indic digits: the dateline lost its year, so the
      // Arabic version takes the English one's date
      expect.stringMatching(/ar-cp1256\.txt: no date of its own: reference date 2019-12-02 taken from .*paris-rally-2019\.en\.txt$/),
    ]);
    const recs = checkOutput('ndjson', r.stdout) as Array<{ record: string }>;
    expect(recs.filter((x) => x.record === 'document')).toHaveLength(2);
    expect(recs[recs.length - 1]!.record).toBe('summary');
  });
});

describe('encodings: decoded, and said so on stderr when it was a guess', () => {
  test('invalid UTF-8: U+FFFD and a warning with the byte offset (csv)', () => {
    const r = results.badUtf8;
    expect(r.status).toBe(0);
    expect(stderrLines(r.stderr)).toEqual([`factdiff: ${f.badUtf8}: warning: invalid UTF-8 at byte 45; undecodable bytes replaced with U+FFFD`]);
    const rows = checkOutput('csv', r.stdout) as string[][];
    expect(rows.some((row) => row[2] === 'claim' && row[6] === '40')).toBe(true);
  });

  test('a stray NUL in text is kept, with a warning (ndjson)', () => {
    const r = results.strayNul;
    expect(r.status).toBe(0);
    expect(stderrLines(r.stderr)).toEqual([`factdiff: ${f.strayNul}: warning: 1 NUL byte(s) in the text`]);
    const [d] = checkOutput('ndjson', r.stdout) as Doc[];
    expect(d!.claims.map((c) => c.value)).toEqual(expect.arrayContaining([40, 10]));
  });

  test('UTF-16 BE with a BOM, LE and BE without one (Arabic and English)', () => {
    const r = results.utf16;
    expect(r.status).toBe(0);
    expect(stderrLines(r.stderr)).toEqual([
      `factdiff: ${f.utf16leNoBom}: warning: no byte-order mark; decoded as UTF-16LE`,
      `factdiff: ${f.utf16beNoBom}: warning: no byte-order mark; decoded as UTF-16BE`,
    ]);
    const docs = checkOutput('ndjson', r.stdout) as Doc[];
    expect(docs.map((d) => d.language.code)).toEqual(['ar', 'ar', 'en']);
    for (const d of docs) expect(d.claims.map((c) => c.value)).toContain(600);
  });

  test('windows-1256 Arabic: detected, decoded, said so on stderr', () => {
    const r = results.cp1256;
    expect(r.status).toBe(0);
    expect(stderrLines(r.stderr)).toEqual([`factdiff: ${f.cp1256}: warning: not UTF-8 (invalid byte at 0); decoded as windows-1256`]);
    const [d] = (checkOutput('json', r.stdout)[0] as { documents: Doc[] }).documents;
    expect(d!.language.code).toBe('ar');
    expect(d!.claims.map((c) => c.value)).toEqual(expect.arrayContaining([600, 12000]));
  });
});

describe('languages', () => {
  test('mixed English and Arabic paragraphs: one document, the mix noted, claims from both', () => {
    const r = results.mixed;
    expect(r.status).toBe(0);
    expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/^factdiff: .*mixed\.txt: mixed languages: (ar|en) \d+%, (ar|en) \d+%$/)]);
    const [d] = (checkOutput('json', r.stdout)[0] as { documents: Doc[] }).documents;
    expect(d!.claims.some((c) => /[a-z]/.test(c.text))).toBe(true);
    expect(d!.claims.some((c) => /[\u0600-\u06FF]/.test(c.text))).toBe(true);
  });

  test('Chinese and Persian: language reported, extraction skipped with a note, no garbage', () => {
    const r = results.noExtractorJson;
    expect(r.status).toBe(0);
    expect(stderrLines(r.stderr)).toEqual([
      `factdiff: ${f.chinese}: no extractor for language 'zh': extraction skipped`,
      `factdiff: ${f.persian}: no extractor for language 'fa': extraction skipped`,
    ]);
    const docs = (checkOutput('json', r.stdout)[0] as { documents: Doc[] }).documents;
    expect(docs.map((d) => d.language.code)).toEqual(['zh', 'fa']);
    for (const d of docs) {
      expect([d.claims, d.dates, d.entities]).toEqual([[], [], []]);
      expect(d.notes).toEqual([`no extractor for language '${d.language.code}': extraction skipped`]);
    }
  });

  test('Chinese and Persian as CSV: the header and no rows', () => {
    const r = results.noExtractorCsv;
    expect(r.status).toBe(0);
    expect(stderrLines(r.stderr)).toHaveLength(2);
    expect(checkOutput('csv', r.stdout)).toHaveLength(1);
  });
});

describe('content: numbers, controls, surrogates', () => {
  test('400 digits, 1e309, NaN, a 600-character run of "1,": no non-finite or absurd figure', () => {
    for (const [key, format] of [
      ['hugeNumbers', 'json'],
      ['hugeNumbersCsv', 'csv'],
    ] as const) {
      const r = results[key];
      expect(r.status).toBe(0);
      expect(stderrLines(r.stderr)).toEqual([]);
      const out = checkOutput(format, r.stdout);
      if (format === 'json') {
        const [d] = (out[0] as { documents: Doc[] }).documents;
        expect(d!.language.code).toBe('en');
        expect(d!.claims.map((c) => c.value)).toContain(40);
        for (const c of d!.claims) for (const v of [c.value, c.min, c.max]) if (v !== null) expect(Number.isSafeInteger(v) || Number.isFinite(v)).toBe(true);
        // no non-finite value in any numeric field, and the 400 digits never read as a figure
        // (a capitalised "NaN" may still be taken for a name: it is text, not a number)
        expect(r.stdout).not.toMatch(/"(?:value|min|max|start|end)":\s*"?(?:NaN|-?Infinity)|9{30}/);
      }
    }
  });

  test('quotes, CRLF, a lone surrogate, a bidi override and an escape sequence: json, ndjson, csv stay valid', () => {
    for (const r of [results.loneJson, results.loneNdjson, results.loneCsv]) {
      expect(r.status).toBe(0);
      expect(stderrLines(r.stderr)).toEqual([]);
    }
    const [d] = (checkOutput('json', results.loneJson.stdout)[0] as { documents: Doc[] }).documents;
    expect(d!.claims.map((c) => c.value)).toEqual(expect.arrayContaining([40, 12]));
    expect(checkOutput('ndjson', results.loneNdjson.stdout)).toHaveLength(2);
    const rows = checkOutput('csv', results.loneCsv.stdout) as string[][];
    expect(rows.length).toBeGreaterThan(1);
    // CSV and table cells carry no control or override character from the input.
    expect(results.loneCsv.stdout.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u202A-\u202E]/);
    expect(results.loneTable.status).toBe(0);
    expect(results.loneTable.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u202A-\u202E\uD800-\uDFFF]/);
  });
});

describe('interrupts', () => {
  /** Start the CLI, send SIGINT once its first ndjson line is out (the handler is installed by then). */
  function interruptAfterFirstLine(args: string[], keepStdinOpen: boolean): Promise<Result & { lines: number }> {
    return new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [join(ROOT, 'bin', 'factdiff'), ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let sent = false;
      p.stdout.setEncoding('utf8').on('data', (s: string) => {
        stdout += s;
        if (!sent && stdout.includes('\n')) {
          sent = true;
          p.kill('SIGINT');
        }
      });
      p.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      p.on('error', reject);
      p.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, lines: stdout.split('\n').length - 1 }));
      if (keepStdinOpen) p.stdin.write(EN.slice(0, 1000));
      else p.stdin.end();
    });
  }

  test('Ctrl-C while reading a standard input that never ends: exit 130, no stack trace', async () => {
    const r = await interruptAfterFirstLine(['extract', SEED_EN, '-', '--format', 'ndjson'], true);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(130);
    expect(r.stderr).toBe('');
    expect(r.lines).toBe(1);
    checkOutput('ndjson', r.stdout);
  });

  test('Ctrl-C in the middle of a large directory: exit 130, no stack trace, complete lines only', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `doc${String(i).padStart(3, '0')}.txt`), EN);
    const r = await interruptAfterFirstLine(['extract', dir, '--format', 'ndjson'], false);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(130);
    expect(r.stderr).toBe('');
    expect(r.lines).toBeLessThan(300);
    checkOutput('ndjson', r.stdout);
  });
});
