/**
 * Property-based input through the real CLI: fast-check generates documents (random Unicode,
 * hostile fragments, random bytes; UTF-8 and UTF-16 with lone surrogates), written to one
 * directory and run through ONE spawned process per format (a process per input would cost
 * half a second each). Every input ends as exactly one document on stdout or exactly one
 * error line on stderr; stdout stays valid; nothing crashes.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../cli/run.js';
import { checkOutput, stderrLines } from './formats.js';
import { decode } from '../../src/input/decode.js';
import { InputError } from '../../src/input/input-error.js';

const FRAGMENTS = ['1,1,1,1,', 'أكثر من ', '9'.repeat(50), '1e309 ', 'NaN ', 'at least ', ' killed', ' قتل ', '"', '«', '»', '\n', '\r\n', '\u202E', '\u0000', '\u001b[2J', ',', ' people were arrested. ', 'Mr. John Smith said ', '١٢٬٣٤٥ ', '15 رمضان 1440 هـ '];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 80 }).map((a) => a.join('')),
);
const content = fc.oneof(
  { weight: 3, arbitrary: text.map((t) => Buffer.from(t, 'utf8')) },
  // UTF-16 with a BOM keeps lone surrogates as they are.
  { weight: 1, arbitrary: text.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b)) },
);

const N = 80;
const dir = mkdtempSync(join(tmpdir(), 'factdiff-cliprop-'));
const samples = fc.sample(content, { numRuns: N, seed: 8 });
const paths = samples.map((b, i) => {
  const p = join(dir, `doc${String(i).padStart(3, '0')}.txt`);
  writeFileSync(p, b);
  return p;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ERROR = /^factdiff: (.*): (empty file|no text \(only white space\)|binary file.*)$/;

describe(`${N} generated inputs through the CLI, one process per format`, () => {
  test.each([['ndjson'], ['json'], ['csv']] as const)('%s: every input is one document or one error line, stdout valid', (format) => {
    const r = run(['extract', dir, '--format', format]);
    expect([0, 2]).toContain(r.status);
    const lines = stderrLines(r.stderr);
    for (const l of lines) expect(l).toMatch(/^factdiff: /);
    const failed = lines.map((l) => ERROR.exec(l)?.[1]).filter((x): x is string => x !== undefined);
    expect(r.status).toBe(failed.length ? 2 : 0);
    const out = checkOutput(format, r.stdout);
    if (format === 'csv') return;
    const docs = (format === 'json' ? (out[0] as { documents: Array<{ path: string }> }).documents : (out as Array<{ path: string }>)).map((d) => d.path);
    expect([...docs, ...failed].sort()).toEqual(paths);
  });
});

describe('decode on random bytes', () => {
  test('returns text or throws an InputError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        try {
          const d = decode(bytes, 'x');
          expect(typeof d.text).toBe('string');
          expect(/\S/.test(d.text)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
