#!/usr/bin/env node
/**
 * What a peer library scores on the same gold as factdiff, for the side-by-side rows of
 * `npm run eval` (issues: numbers "report what the peers score where one runs here", entities
 * "report what the peers you tried score on the same English data"). The peer here is
 * compromise (dev dependency, English only; no JavaScript peer reads Arabic numbers or names).
 *
 *   node scripts/eval/peers.mjs [--json] [--shared DIR] [--peers DIR] [--test]
 *
 * - numbers: the English number suites that carry factdiff's 95 % target
 *   (peers/numbers/duckling-en-numeral, recognizers-en-number*), same case selection as
 *   scripts/eval/numbers.mjs (cases the .NET reference fails are left out, IgnoreResolution cases
 *   are not value-checked). compromise's `numbers()` gives values without reliable offsets for
 *   words, so a case counts as right when every expected value is among compromise's values
 *   (relative tolerance 1e-9) and, for a case that expects nothing, compromise finds nothing:
 *   spans are not checked, which favours the peer.
 * - entities: compromise's people() → PER, places() → LOC, organizations() → ORG, with character
 *   offsets, scored exact span + type (precision, recall, F1) as scripts/eval/ner.mjs scores
 *   factdiff; on the development files by default, on the test parts with --test (nothing is
 *   fitted here, but the split mirrors ner.mjs so rows line up).
 *
 * Rows are printed in the shared result shape (`{rows:[{task,set,lang,n,p,r,f1,acc,note}]}`) and
 * have no targets: they are reference figures. Without shared data or without compromise the
 * script prints a note on stderr and exits 0 with no rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseOptions } from './lib/args.mjs';
import { readJsonl } from './lib/load.mjs';
import { prf } from './lib/metrics.mjs';
import { isDir, sharedRoot } from './lib/paths.mjs';

const opts = parseOptions({ test: { type: 'boolean', default: false } });
const shared = sharedRoot(opts.shared);
const peersDir = opts.peers ? path.resolve(opts.peers) : path.join(shared, 'peers');

let nlp;
try {
  nlp = (await import('compromise')).default;
} catch {
  process.stderr.write('peers eval: compromise is not installed (dev dependency); skipped\n');
  process.exit(0);
}
if (!isDir(peersDir)) {
  process.stderr.write(`peers eval: no peers folder at ${peersDir}; skipped\n`);
  process.exit(0);
}

const rows = [];
const errors = [];

// ---------- numbers ----------

const NUMBER_FILES = ['duckling-en-numeral', 'recognizers-en-number', 'recognizers-en-number-experimentalmode'];
const close = (a, b) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function peerNumbers(text) {
  const out = [];
  try {
    for (const v of nlp(text).numbers().get()) if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  } catch {
    // compromise throws on a few odd inputs: no reading
  }
  return out;
}

for (const name of NUMBER_FILES) {
  const file = path.join(peersDir, 'numbers', `${name}.jsonl`);
  if (!fs.existsSync(file)) continue;
  let checked = 0;
  let correct = 0;
  for (const c of readJsonl(file)) {
    if ((c.unsupported ?? []).includes('dotnet')) continue;
    if (c.flags?.IgnoreResolution) continue;
    const expected = (c.expected ?? []).filter((e) => typeof e.value === 'number');
    if ((c.expected ?? []).length && !expected.length) continue; // ranges and other shapes: not a number value
    checked++;
    const got = peerNumbers(c.text);
    const ok = expected.length ? expected.every((e) => got.some((g) => close(g, e.value))) : got.length === 0;
    if (ok) correct++;
    else errors.push(`numbers ${name}: ${JSON.stringify(c.text)} expected ${expected.map((e) => e.value).join(', ') || 'nothing'}, compromise ${got.join(', ') || 'nothing'}`);
  }
  rows.push({ task: 'numbers', set: `peer compromise: ${name}`, lang: 'en', n: checked, acc: checked ? correct / checked : null, note: 'values only, spans not checked (lenient to the peer)' });
}

// ---------- entities ----------

const NER_FILES = ['uner_pud-en', 'uner_ewt-en', 'wnut17-en'];
const TYPES = [
  ['people', 'PER'],
  ['places', 'LOC'],
  ['organizations', 'ORG'],
];

function peerEntities(text) {
  const out = [];
  const doc = nlp(text);
  for (const [method, type] of TYPES) {
    for (const m of doc[method]().json({ offset: true })) {
      const o = m.offset;
      if (!o || typeof o.start !== 'number') continue;
      // compromise's match may carry trailing punctuation/possessive inside its offset: trim it
      let start = o.start;
      let end = o.start + o.length;
      while (end > start && /[\s.,;:!?'’")\]]/.test(text[end - 1])) end--;
      if (text.slice(end - 2, end) === "'s" || text.slice(end - 2, end) === '’s') end -= 2;
      while (start < end && /[\s"'“(\[]/.test(text[start])) start++;
      if (end > start) out.push({ type, start, end });
    }
  }
  return out;
}

for (const name of NER_FILES) {
  const file = path.join(peersDir, 'ner', ...(opts.test ? ['test'] : []), `${name}.jsonl`);
  if (!fs.existsSync(file)) continue;
  const by = { all: { tp: 0, fp: 0, fn: 0 }, PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
  let gold = 0;
  for (const s of readJsonl(file)) {
    const g = (s.entities ?? []).filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC');
    gold += g.length;
    const key = (e) => `${e.type}:${e.start}:${e.end}`;
    const want = new Set(g.map(key));
    const got = new Set(peerEntities(s.text).map(key));
    for (const k of got) {
      const t = k.slice(0, 3);
      const hit = want.has(k) ? 'tp' : 'fp';
      by.all[hit]++;
      by[t][hit]++;
    }
    for (const k of want) {
      if (got.has(k)) continue;
      by.all.fn++;
      by[k.slice(0, 3)].fn++;
    }
  }
  const m = prf(by.all.tp, by.all.fp, by.all.fn);
  const perType = ['PER', 'ORG', 'LOC'].map((t) => `${t} F1 ${((f) => (f === null ? "n/a" : (100 * f).toFixed(1)))(prf(by[t].tp, by[t].fp, by[t].fn).f1)}`).join(', ');
  rows.push({ task: 'entities', set: `peer compromise: ${name}${opts.test ? ' (test)' : ' (dev)'}`, lang: 'en', n: gold, p: m.p, r: m.r, f1: m.f1, note: `exact span+type; ${perType}` });
}

if (opts.json) process.stdout.write(JSON.stringify({ rows, errors }) + '\n');
else {
  for (const r of rows) {
    const pct = (x) => (x === null || x === undefined ? '   -  ' : (100 * x).toFixed(1).padStart(6));
    process.stdout.write(`${r.task.padEnd(9)} ${r.set.padEnd(58)} n ${String(r.n).padStart(5)}  P${pct(r.p)} R${pct(r.r)} F1${pct(r.f1)} Acc${pct(r.acc)}  ${r.note}\n`);
  }
  if (opts.errors?.size) for (const e of errors) process.stdout.write(`  ${e}\n`);
}
