/**
 * scripts/build/snapshot.mjs `asciiRegExps`: the snapshot's bundle gets the non-ASCII characters
 * of its regular-expression literals as \uXXXX escapes, so that V8 keeps its source one byte a
 * character; every expression must match what it matched before.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
// @ts-expect-error a build script without type declarations
import { asciiRegExps } from '../../scripts/build/snapshot.mjs';

const run = (src: string): RegExp[] => vm.runInNewContext(src) as RegExp[];
const PROBES = ['قتل 40', 'ب', 'مكتبة', '2019–2020', '2019-2020', 'a\\b', '\\–', '–', 'x😀y', '😀', 'ء', 'é', 'E', 'abc', 'وفي يوم'];

// [name, array-of-regexps source]
const cases: Array<[string, string]> = [
  ['Arabic letters and a class', String.raw`[/[وفبل]?مكتبة/, /(?<![\p{L}])قتل\s+\d+/u, /^ب$/]`],
  ['an identity-escaped dash', String.raw`[/\d\–\d/, /[\–-]/, /^\–$/]`],
  ['an escaped backslash before a dash', String.raw`[/\\–/, /a\\b/]`],
  ['an astral character, with and without u', String.raw`[/x😀y/, /^😀$/u, /[😀]/u]`],
  ['flags i and g, and a case-folded letter', String.raw`[/É/i, /é/g]`],
  ['a regexp beside a string and a division', String.raw`[(() => { const half = 4 / 2 / 1; return new RegExp('–' + half); })(), /ء|–/]`],
];

describe('asciiRegExps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-bundle-'));
  test.each(cases)('%s: ASCII out, same matches', async (name, src) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.cjs`);
    writeFileSync(file, src);
    const left = await asciiRegExps(file);
    const out = readFileSync(file, 'utf8');
    const before = run(src);
    const after = run(out);
    expect(after.map((r) => r.flags)).toEqual(before.map((r) => r.flags));
    for (const p of PROBES) expect(after.map((r) => p.match(new RegExp(r.source, r.flags.replace('g', '')))?.[0] ?? null)).toEqual(before.map((r) => p.match(new RegExp(r.source, r.flags.replace('g', '')))?.[0] ?? null));
    // a string literal (which esbuild escapes itself) is left as it is
    const strings = (src.match(/'[^']*'/g) ?? []).join('');
    expect(left).toBe([...strings].filter((c) => c.charCodeAt(0) >= 0x80).length);
    if (!strings) expect(/[^\x00-\x7f]/.test(out)).toBe(false);
  });

  test('an ASCII bundle is not rewritten', async () => {
    const file = join(dir, 'ascii.cjs');
    writeFileSync(file, '[/a\\u2013b/]');
    expect(await asciiRegExps(file)).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('[/a\\u2013b/]');
  });
});
