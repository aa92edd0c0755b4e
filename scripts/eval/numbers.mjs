#!/usr/bin/env node
/**
 * Score the number readers (built code in dist/) against other projects' test suites converted
 * to JSONL in /work/shared/peers/numbers (Duckling, Microsoft Recognizers-Text; schema in
 * /work/shared/peers/README.md).
 *
 *   npm run build && node scripts/eval/numbers.mjs [--json] [--fails] [--peers DIR] [--dist DIR] [FILTER…]
 *
 * Per file: exact-value accuracy. A case is correct when every expected value is found among
 * the readings whose span maps back (through the normalisation offset map) onto the expected
 * span; for negative cases (nothing expected) nothing may be found. Values compare with a
 * relative tolerance of 1e-9; range items compare min and max.
 *
 * Which readings count depends on the suite's model, because each suite checks one kind of
 * number: number/numeral suites see integer, decimal, fraction and money readings (a money
 * reading also matches on its span without the currency: Recognizers' number model reads `20`
 * in `$20`); ordinal suites see ordinals; percent suites percentages; range suites ranges.
 *
 * Cases whose `unsupported` includes "dotnet" are skipped (the reference implementation fails
 * them too). Cases flagged `IgnoreResolution` were never value-checked upstream: they are
 * scored in a separate column and not in the main figure.
 *
 * Target and report-only files: the target (≥ 95 % per file) is on the number/numeral
 * suites. Range, percent and ordinal suites, and the number suite of the percent options mode
 * (`…-percentmode`, where "one out of three" is a percentage), are scored and listed as `report-only`: their models
 * read kinds (relative ordinals such as "last", open ranges such as "more than 5") that the
 * claim engine gets elsewhere or does not need, and they are not fitted.
 *
 * FILTER: only files whose name contains one of these strings.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const k = args.indexOf(name);
  if (k < 0) return dflt;
  const v = args[k + 1];
  args.splice(k, 2);
  return v;
};
const peers = resolve(opt('--peers', process.env.FACTDIFF_PEERS ?? '/work/shared/peers'));
const dist = resolve(opt('--dist', join(here, '..', '..', 'dist')));
const asJson = args.includes('--json');
const showFails = args.includes('--fails');
const filters = args.filter((a) => !a.startsWith('--'));

const dir = join(peers, 'numbers');
if (!existsSync(dir)) {
  process.stderr.write(`numbers eval: ${dir} not found, nothing to score\n`);
  process.exit(0);
}
if (!existsSync(join(dist, 'text', 'normalize.js'))) {
  process.stderr.write(`numbers eval: ${dist}/text/normalize.js not found; run \`npm run build\` first\n`);
  process.exit(1);
}

const { normalize, toOriginal } = await import(pathToFileURL(join(dist, 'text', 'normalize.js')).href);
const readers = {};
async function reader(lang) {
  if (!(lang in readers)) {
    const p = join(dist, 'lang', lang, 'numbers.js');
    readers[lang] = existsSync(p) ? (await import(pathToFileURL(p).href)).readNumbers : null;
  }
  return readers[lang];
}

function modelKinds(file) {
  if (/ordinal/.test(file)) return new Set(['ordinal']);
  if (/numberrange/.test(file)) return new Set(['range']);
  if (/percent\b|-percent/.test(file) && !/number-percentmode/.test(file)) return new Set(['percentage']);
  return new Set(['integer', 'decimal', 'fraction', 'money']);
}

const TARGET = 95;
function role(file) {
  return /numberrange|percent|ordinal/.test(file) ? 'report-only' : 'target';
}

const close = (a, b) => {
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
};

/** Spans a reading may be matched on: its own, and for money its span without the currency. */
function spans(original, r) {
  const out = [{ start: r.ostart, end: r.oend }];
  if (r.kind === 'money' && r.unit) {
    let s = r.ostart;
    let e = r.oend;
    const txt = original.slice(s, e);
    const u = r.unit.toLowerCase();
    if (txt.toLowerCase().startsWith(u)) s += u.length;
    else if (txt.toLowerCase().endsWith(u)) e -= u.length;
    while (s < e && /\s/.test(original[s])) s++;
    while (e > s && /\s/.test(original[e - 1])) e--;
    out.push({ start: s, end: e });
  }
  return out;
}

function matches(original, r, exp) {
  const ss = spans(original, r);
  const want = (exp.text ?? '').trim().toLowerCase();
  const spanOk = ss.some((sp) =>
    exp.start !== null && exp.start !== undefined
      ? sp.start === exp.start && sp.end === exp.end
      : original.slice(sp.start, sp.end).trim().toLowerCase() === want,
  );
  if (!spanOk) return false;
  if (exp.kind === 'range') return close(r.min, exp.min ?? null) && close(r.max, exp.max ?? null);
  if (exp.value === null || exp.value === undefined) return r.value === null;
  return close(r.value, exp.value);
}

const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && (filters.length === 0 || filters.some((x) => f.includes(x)))).sort();
const rows = [];
for (const file of files) {
  const lang = /-(en|ar)-/.exec(file)?.[1];
  const read = lang ? await reader(lang) : null;
  const kinds = modelKinds(file);
  const row = { file, role: role(file), cases: 0, skipped: 0, checked: 0, correct: 0, ignoreRes: 0, ignoreResCorrect: 0, failures: [] };
  if (!read) {
    row.note = `no reader for ${lang}`;
    rows.push(row);
    continue;
  }
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    row.cases++;
    if ((c.unsupported ?? []).some((u) => String(u).toLowerCase() === 'dotnet')) {
      row.skipped++;
      continue;
    }
    const t = normalize(c.text);
    const readings = read(t.norm)
      .filter((m) => kinds.has(m.kind))
      .map((m) => {
        const o = toOriginal(t, m.start, m.end);
        return { ...m, ostart: o.start, oend: o.end };
      });
    const expected = c.expected ?? [];
    const ok = expected.length === 0 ? readings.length === 0 : expected.every((e) => readings.some((r) => matches(c.text, r, e)));
    const ign = c.flags?.IgnoreResolution === true || c.flags?.IgnoreResolution === 'true';
    if (ign) {
      row.ignoreRes++;
      if (ok) row.ignoreResCorrect++;
    } else {
      row.checked++;
      if (ok) row.correct++;
    }
    if (!ok) {
      row.failures.push({
        id: c.id,
        ignoreResolution: ign,
        text: c.text,
        expected: expected.map((e) => ({ text: e.text, value: e.value, min: e.min, max: e.max })),
        got: readings.map((r) => ({ text: c.text.slice(r.ostart, r.oend), kind: r.kind, value: r.value, min: r.min, max: r.max })),
      });
    }
  }
  rows.push(row);
}

const pct = (a, b) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);
if (asJson) {
  process.stdout.write(
    JSON.stringify(
      rows.map(({ failures, ...r }) => ({ ...r, accuracy: pct(r.correct, r.checked), ignoreResAccuracy: pct(r.ignoreResCorrect, r.ignoreRes), ...(showFails ? { failures } : {}) })),
      null,
      2,
    ) + '\n',
  );
} else {
  const head = ['file', 'role', 'cases', 'skipped(dotnet)', 'checked', 'correct', 'accuracy', 'IgnoreResolution', 'IR correct', 'IR accuracy'];
  const body = rows.map((r) => [
    r.file.replace(/\.jsonl$/, ''),
    r.role,
    r.cases,
    r.skipped,
    r.checked,
    r.correct,
    r.checked ? `${pct(r.correct, r.checked).toFixed(1)}%` : '-',
    r.ignoreRes,
    r.ignoreRes ? r.ignoreResCorrect : '-',
    r.ignoreRes ? `${pct(r.ignoreResCorrect, r.ignoreRes).toFixed(1)}%` : '-',
  ]);
  const w = head.map((h, k) => Math.max(h.length, ...body.map((b) => String(b[k]).length)));
  const fmt = (cells) => cells.map((c, k) => (k === 0 ? String(c).padEnd(w[k]) : String(c).padStart(w[k]))).join('  ');
  process.stdout.write(fmt(head) + '\n' + w.map((n) => '-'.repeat(n)).join('  ') + '\n' + body.map(fmt).join('\n') + '\n');
  const targets = rows.filter((r) => r.role === 'target' && r.checked > 0);
  const below = targets.filter((r) => pct(r.correct, r.checked) < TARGET);
  if (targets.length) {
    process.stdout.write(
      `\ntarget files (number/numeral suites): ${targets.length - below.length}/${targets.length} at or above ${TARGET}%` +
        (below.length ? `; below: ${below.map((r) => r.file.replace(/\.jsonl$/, '')).join(', ')}` : '') +
        '\n',
    );
  }
  if (showFails) {
    for (const r of rows) {
      for (const f of r.failures) process.stderr.write(`${f.ignoreResolution ? '[IR] ' : ''}${f.id} ${JSON.stringify(f.text)}\n   expected ${JSON.stringify(f.expected)}\n   got      ${JSON.stringify(f.got)}\n`);
    }
  }
}
