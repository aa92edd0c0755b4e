#!/usr/bin/env node
/**
 * Numeric claims and per-category verdicts on the gold EN/AR pairs (../shared/pairs/ID/, schema
 * in its README), plus any pair-shaped folder (en.txt, ar.txt, gold.json) under fixtures/.
 *
 *   node scripts/eval/claims.mjs [--json] [--errors claims] [--pairs DIR] [--fixtures DIR] [--score-background]
 *
 * A predicted claim matches a gold claim when category, qualifier and figure are equal (the
 * value; min and max for ranges and vague counts, whose value is null) and the spans overlap.
 * Matching is one-to-one, in gold order. A figure factdiff marks `background` (an earlier event's)
 * and no gold claim matches is left unscored (the note column counts them): the gold, too, leaves
 * other events' figures out; `--score-background` counts them as false positives (the rule before
 * session 6). Precision, recall and F1 are micro-averaged per
 * language and over everything; per-pair figures are informational (with 4–16 claims a
 * pair, one miss moves recall by 6–25 points), so the targets sit on the per-language and
 * overall rows. Rates ("3 executions a day") are scored like any claim: gold keeps them and
 * so does factdiff.
 *
 * The `figure` column of the note ignores category and qualifier (span + figure only): the gap
 * between it and the strict score is labelling, the rest is reading numbers.
 *
 * Verdicts: for every category that gold or factdiff gives a verdict for, the verdict of
 * `compare([en, ar])` against gold's (a category factdiff does not report counts as wrong).
 *
 * Sources: of the claims matched on span and figure (category and qualifier aside), the share
 * whose `source` agrees with gold's (see sameSource); no target, `--errors claims` lists the
 * disagreements.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseOptions, wantsErrors } from './lib/args.mjs';
import { sentenceAround } from './lib/context.mjs';
import { loadFactdiff } from './lib/dist.mjs';
import { readJson, readText } from './lib/load.mjs';
import { accuracy, addCounts, prf } from './lib/metrics.mjs';
import { foldersWith, resolveFromRepo, sharedRoot, skipNote } from './lib/paths.mjs';
import { locate, overlaps } from './lib/spans.mjs';
import { renderTable } from './lib/table.mjs';
import { RESULT_COLUMNS, displayRows } from './lib/targets.mjs';

const opts = parseOptions({ 'score-background': { type: 'boolean' } });
const TARGETS = [
  { metric: 'p', min: 0.9 },
  { metric: 'r', min: 0.85 },
];
const LANGS = ['en', 'ar'];

const sameFigure = (g, p) => (g.value !== null && g.value !== undefined ? p.value === g.value : p.value === null && p.min === g.min && p.max === g.max);
const sameLabel = (g, p) => g.category === p.category && g.qualifier === p.qualifier;
/**
 * A claim's source against gold's: gold writes it as the text does (or a short English gloss,
 * which no tool can produce); equal, or one containing the other, after folding case, Arabic
 * letter variants and diacritics, punctuation and a leading article ("the", «ال»), or the same
 * body named two ways (sameBody). Both null agree.
 */
const foldSource = (s) =>
  s == null
    ? ''
    : s
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
        .replace(/[أإآٱ]/g, 'ا')
        .replace(/ة/g, 'ه')
        .replace(/ى/g, 'ي')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .replace(/^(?:the|al) /, '');
/** Function words left out when a source is compared as a set of words or by its initials. */
const SOURCE_STOP = new Set(['the', 'of', 'for', 'and', 'al', 'on', 'in']);
const contentWords = (folded) => folded.split(' ').filter((w) => w && !SOURCE_STOP.has(w));
/**
 * The same body named two ways also agrees: an acronym and its expansion ("IOM", "International
 * Organization for Migration"; "OCHA", "Office for the Coordination of Humanitarian Affairs"), and
 * the same words in another order ("Oran province security directorate", "the security
 * directorate of Oran province").
 */
function sameBody(a, b) {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wa.length > 1 && wa.length === wb.length && [...wa].sort().join(' ') === [...wb].sort().join(' ')) return true;
  const initials = (ws) => ws.map((w) => w[0]).join('');
  const acronym = (x, ws) => x.length >= 2 && !x.includes(' ') && ws.length === x.length && initials(ws) === x;
  return acronym(a, wb) || acronym(b, wa);
}
function sameSource(gold, got) {
  const a = foldSource(gold);
  const b = foldSource(got);
  if (a === '' || b === '') return a === b;
  return a === b || a.includes(b) || b.includes(a) || sameBody(a, b);
}
const describe = (c) => {
  const fig = c.value !== null && c.value !== undefined ? c.value : `[${c.min ?? ''}–${c.max ?? ''}]`;
  return `${c.category} ${c.qualifier} ${fig}`;
};

/** Gold claims against predictions of one document: counts, and the misses for the listing. */
function scoreDocument(text, gold, pred, strict) {
  const spans = locate(text, gold);
  const used = new Set();
  const missed = [];
  const matched = [];
  let tp = 0;
  gold.forEach((g, i) => {
    const cands = spans[i];
    const k = pred.findIndex((p, j) => !used.has(j) && sameFigure(g, p) && (!strict || sameLabel(g, p)) && cands.some((s) => overlaps(s, p)));
    if (k >= 0) {
      used.add(k);
      matched.push([g, pred[k]]);
      tp++;
    } else missed.push({ g, span: cands[0] ?? null, notFound: cands.length === 0 });
  });
  // A figure factdiff marks as background (another, earlier event's: shown, left out of verdicts)
  // says "not this story's claim", as the gold does by leaving it out: unmatched, it is no false
  // positive. Matched, it counts like any other (some gold files keep such figures).
  const unscored = (p) => p.background && !opts['score-background'];
  const extra = pred.filter((p, j) => !used.has(j) && !unscored(p));
  const background = pred.filter((p, j) => !used.has(j) && unscored(p)).length;
  return { counts: { tp, fp: extra.length, fn: missed.length, bg: background }, missed, extra, spans, matched };
}

function pairFolders() {
  const shared = sharedRoot(opts.shared);
  const pairsDir = opts.pairs ? resolveFromRepo(opts.pairs) : path.join(shared, 'pairs');
  const fixturesDir = resolveFromRepo(opts.fixtures ?? 'fixtures');
  const out = [];
  if (fs.existsSync(pairsDir)) out.push(...foldersWith(pairsDir, 'gold.json').map((dir) => ({ dir, set: 'pairs' })));
  else skipNote('claims eval', `no pairs folder at ${pairsDir}`);
  // The project's own pairs (fixtures/pairs/<id>/, same schema, written by the project), scored the
  // same way and reported apart, without targets: a check of how the engine generalises.
  for (const d of [fixturesDir, path.join(fixturesDir, 'pairs')]) if (fs.existsSync(d)) out.push(...foldersWith(d, 'gold.json').map((dir) => ({ dir, set: 'fixtures' })));
  return out;
}

export async function run() {
  const fd = await loadFactdiff(opts.dist);
  const folders = pairFolders();
  const rows = [];
  const errors = [];
  // per set ('pairs': the shared gold, with targets; 'fixtures': the project's own pairs)
  const sets = new Map();
  const setOf = (name) => {
    if (!sets.has(name)) {
      const t = { strict: {}, figure: {}, bg: { en: 0, ar: 0 }, src: { en: { ok: 0, n: 0 }, ar: { ok: 0, n: 0 } }, pairRows: [], vCorrect: 0, vN: 0 };
      for (const lang of LANGS) {
        t.strict[lang] = { tp: 0, fp: 0, fn: 0 };
        t.figure[lang] = { tp: 0, fp: 0, fn: 0 };
      }
      sets.set(name, t);
    }
    return sets.get(name);
  };
  const verdictErrors = [];
  const sourceErrors = [];
  const verdictPairs = [];

  for (const { dir, set } of folders) {
    const id = path.basename(dir);
    let gold;
    try {
      gold = readJson(path.join(dir, 'gold.json'));
    } catch (err) {
      skipNote('claims eval', `${dir}/gold.json unreadable (${err.message})`);
      continue;
    }
    const totals = setOf(set);
    const docs = {};
    const pairStrict = { tp: 0, fp: 0, fn: 0 };
    const pairFigure = { tp: 0, fp: 0, fn: 0 };
    for (const lang of LANGS) {
      const file = path.join(dir, `${lang}.txt`);
      if (!fs.existsSync(file)) {
        skipNote('claims eval', `${id}: no ${lang}.txt`);
        continue;
      }
      const text = readText(file);
      // The story's publication date resolves year-less dates; the other version's date is
      // the best guess when this one shows none (both tell the same story).
      const date = gold[lang]?.published ?? gold[LANGS.find((l) => l !== lang)]?.published ?? undefined;
      const doc = fd.extract(text, { path: `${id}/${lang}.txt`, ...(date ? { date } : {}) });
      docs[lang] = doc;
      const g = gold.claims?.[lang] ?? [];
      const s = scoreDocument(text, g, doc.claims, true);
      const f = scoreDocument(text, g, doc.claims, false);
      Object.assign(pairStrict, addCounts(pairStrict, s.counts));
      Object.assign(pairFigure, addCounts(pairFigure, f.counts));
      totals.strict[lang] = addCounts(totals.strict[lang], s.counts);
      totals.bg[lang] += s.counts.bg;
      // Sources: of the claims whose span and figure match gold, those attributed as gold has it.
      for (const [gc, pc] of f.matched) {
        totals.src[lang].n++;
        if (sameSource(gc.source, pc.source)) totals.src[lang].ok++;
        else sourceErrors.push(`${id} ${lang} “${gc.text}” gold ${JSON.stringify(gc.source ?? null)}, factdiff ${JSON.stringify(pc.source ?? null)}\n      ${sentenceAround(text, pc.start, pc.end)}`);
      }
      totals.figure[lang] = addCounts(totals.figure[lang], f.counts);

      for (const m of s.missed) {
        const near = m.span && doc.claims.find((p) => overlaps(p, m.span));
        const ctx = m.span ? sentenceAround(text, m.span.start, m.span.end) : '(gold text not found in the file)';
        errors.push(`${id} ${lang} MISS ${describe(m.g)} “${m.g.text}”${near ? `  [factdiff here: ${describe(near)} “${near.text}”]` : ''}\n      ${ctx}`);
      }
      for (const p of s.extra) {
        const near = g.find((x, i) => s.spans[i].some((sp) => overlaps(sp, p)));
        errors.push(`${id} ${lang} FP   ${describe(p)} “${p.text}”${near ? `  [gold here: ${describe(near)}]` : ''}\n      ${sentenceAround(text, p.start, p.end)}`);
      }
    }
    const m = prf(pairStrict.tp, pairStrict.fp, pairStrict.fn);
    const fm = prf(pairFigure.tp, pairFigure.fp, pairFigure.fn);
    totals.pairRows.push({ task: 'claims', set: `${set}/${id}`, lang: 'en+ar', n: pairStrict.tp + pairStrict.fn, p: m.p, r: m.r, f1: m.f1, note: `tp ${m.tp} fp ${m.fp} fn ${m.fn}; figure F1 ${fmt(fm.f1)}` });

    if (docs.en && docs.ar && gold.verdicts) {
      const res = fd.compare([docs.en, docs.ar]);
      const got = Object.fromEntries(res.categories.map((c) => [c.category, c.verdict]));
      const cats = [...new Set([...Object.keys(gold.verdicts), ...Object.keys(got)])].sort();
      let ok = 0;
      for (const c of cats) {
        const want = gold.verdicts[c] ?? 'none';
        const have = got[c] ?? 'none';
        if (want === have) ok++;
        else verdictErrors.push(`${id} ${c}: gold ${want}, factdiff ${have}`);
      }
      totals.vCorrect += ok;
      totals.vN += cats.length;
      verdictPairs.push({ set, pair: id, correct: ok, n: cats.length, gold: gold.verdicts, factdiff: got });
    }
  }

  const verdictRows = [];
  const sourceRows = [];
  for (const [set, totals] of sets) {
    // the targets are on the shared gold; the project's own pairs are reported beside it
    const targets = set === 'pairs' ? { targets: TARGETS } : {};
    const label = set === 'pairs' ? 'pairs' : 'fixtures/pairs (own)';
    for (const lang of LANGS) {
      const c = totals.strict[lang];
      const m = prf(c.tp, c.fp, c.fn);
      const f = totals.figure[lang];
      const fm = prf(f.tp, f.fp, f.fn);
      rows.push({ task: 'claims', set: label, lang, n: c.tp + c.fn, p: m.p, r: m.r, f1: m.f1, ...targets, note: `tp ${c.tp} fp ${c.fp} fn ${c.fn}; figure P ${fmt(fm.p)} R ${fmt(fm.r)}; background unscored ${totals.bg[lang]}` });
    }
    const all = addCounts(totals.strict.en, totals.strict.ar);
    const m = prf(all.tp, all.fp, all.fn);
    rows.push({ task: 'claims', set: label, lang: 'all', n: all.tp + all.fn, p: m.p, r: m.r, f1: m.f1, ...targets, note: `tp ${all.tp} fp ${all.fp} fn ${all.fn}` });
    rows.push(...totals.pairRows);
    for (const lang of LANGS) {
      const x = totals.src[lang];
      const a = accuracy(x.ok, x.n);
      sourceRows.push({ task: 'sources', set: label, lang, n: a.n, acc: a.acc, note: 'claims matched on span and figure, attributed as gold' });
    }
    const a = accuracy(totals.vCorrect, totals.vN);
    verdictRows.push({ task: 'verdicts', set: label, lang: 'en↔ar', n: a.n, acc: a.acc, note: `${verdictPairs.filter((v) => v.set === set).length} pairs, per category` });
  }
  rows.push(...verdictRows, ...sourceRows);
  return { task: 'claims', rows, detail: { verdicts: verdictPairs }, errors: [...errors, ...verdictErrors.map((e) => `verdict ${e}`), ...sourceErrors.map((e) => `source ${e}`)] };
}

function fmt(x) {
  return x === null ? 'n/a' : (100 * x).toFixed(1);
}

try {
  const res = await run();
  if (opts.json) process.stdout.write(JSON.stringify(res, null, 2) + '\n');
  else {
    let s = renderTable(RESULT_COLUMNS, displayRows(res.rows), { markdown: opts.markdown });
    if (wantsErrors(opts, 'claims')) s += `\nClaims: misses, false positives and verdicts (${res.errors.length})\n${res.errors.map((e) => `  ${e}`).join('\n')}\n`;
    process.stdout.write(s);
  }
} catch (err) {
  process.stderr.write(`claims eval: ${err.message}\n`);
  process.exit(2);
}
