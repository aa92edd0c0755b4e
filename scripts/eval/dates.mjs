#!/usr/bin/env node
/**
 * Date evaluation of the BUILT extractors (run `npm run build` first).
 *
 *   node scripts/eval/dates.mjs            table on stdout
 *   options: --errors dates (list the misses of the peer suites), --json, --dist DIR (default dist/), --shared DIR (default ../shared or
 *            $FACTDIFF_SHARED), --pairs DIR, --peers DIR (override the two halves)
 *
 * (a) Gold pairs (shared/pairs/<slug>/gold.json, "dates" per language): precision / recall of
 *     (value, grain). The reference date is the side's `published`; when that is null, the
 *     document's own date (findReferenceDate), else the other side's `published` (same story).
 *     Gold annotates explicit calendar expressions only and splits a period into its two
 *     dates ("from 1 January to 15 July 2015" → two entries), so a predicted period counts as
 *     its `from` and `to` (when they have the mention's grain: a part of a month or a year,
 *     «مطلع شهر جويلية», "late 2012", counts as its month or year), and predictions whose text has neither a digit nor a month name
 *     (weekdays, "yesterday", «الأسبوع الماضي» — not annotated by design) are left out of the
 *     main precision; `P(all)` counts them as false positives.
 * (b) Peer suites (shared/peers/dates/*.jsonl, Duckling and Recognizers-Text), reference = each
 *     case's `reference` date. Cases the reference implementation fails (`dotnet` in
 *     `unsupported`) are left out. Per file:
 *     - parser/model files: accuracy over cases that expect a date, month, year or date
 *       period with a value — a case is right when every such item is found: same value (or one
 *       of its alternatives), or for a period the same first day and a last day within one day
 *       (sources give exclusive ends, we give inclusive ones; Recognizers also ends "2014-2018"
       at 2018-01-01, which is accepted); `P` = share of our mentions in
 *       those cases that match an expected item. `IgnoreResolution` cases (values never checked
 *       upstream) are scored on spans only. An impossible date ("Feb 30", "2/29/2019": Recognizers
 *       resolves it to 0001-01-01; the peers README, Doubt 11, counts it unresolved, a negative)
 *       is right when no mention over its span carries a date. A month without a year under a
 *       part mod ("end of March": timex XXXX-03, mod end, value null) names the month of the
 *       reading's range (peers README, Doubt 7), as a year's or a dated month's part does.
 *     - extractor files (spans only): recall of expected date spans, exact and overlapping, and
 *       precision of our spans (overlapping an expected date or date-time span).
 *     - time-of-day cases (expected items are times/date-times only) apart: `time` = how
 *       many, `no-date` = how many we leave without a date (right for a bare clock time),
 *       `day` = how many date-times whose day we return.
 *     - negative cases (nothing expected): how many we leave empty.
 * Without shared data the script prints a note on stderr and exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseOptions, wantsErrors } from './lib/args.mjs';
import { readJson, readJsonl, readText } from './lib/load.mjs';
import { prf } from './lib/metrics.mjs';
import { REPO, isDir, sharedRoot } from './lib/paths.mjs';

const opts = parseOptions();
const shared = sharedRoot(opts.shared);
const pairsDir = path.resolve(REPO, opts.pairs ?? path.join(shared, 'pairs'));
const peersDir = path.resolve(REPO, opts.peers ?? path.join(shared, 'peers', 'dates'));

if (!isDir(pairsDir) && !isDir(peersDir)) {
  process.stderr.write(`dates eval: no shared data at ${shared}; skipped\n`);
  process.exit(0);
}

const dist = path.resolve(REPO, opts.dist ?? 'dist');
const need = ['text/normalize.js', 'lang/en/dates.js', 'lang/ar/dates.js'].map((f) => path.join(dist, f));
const missing = need.find((f) => !fs.existsSync(f));
if (missing) {
  process.stderr.write(`dates eval: no build at ${missing}: run \`npm run build\` first\n`);
  process.exit(1);
}
const load = (f) => import(pathToFileURL(path.join(dist, f)).href);
const { normalize, foldWord } = await load('text/normalize.js');
const LANG = { en: await load('lang/en/dates.js'), ar: await load('lang/ar/dates.js') };

// ---------------------------------------------------------------------------------------------
// Helpers

const EN_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
const arMonthFile = path.join(REPO, 'src', 'lang', 'ar', 'months.json');
const arMonths = (() => {
  try {
    const m = JSON.parse(fs.readFileSync(arMonthFile, 'utf8'));
    return [...Object.values(m.months), ...Object.values(m.hijriMonths)].flat().map((w) => foldWord(w));
  } catch {
    return [];
  }
})();
/** An explicit calendar expression: a digit or a month name in the mention's text. */
function explicit(text) {
  if (/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(text) || EN_MONTH.test(text)) return true;
  // Whole words, a one-letter proclitic allowed: «آب» is no month inside «الأسابيع».
  const f = ` ${foldWord(text).replace(/[^\p{L}]+/gu, ' ')} `;
  return arMonths.some((m) => f.includes(` ${m} `) || [...'وفبل'].some((c) => f.includes(` ${c}${m} `)));
}

const grainOf = (iso) => (iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day');
const DAY = 86_400_000;
const dayNum = (iso) => Math.round(Date.UTC(+iso.slice(0, 4), +(iso.slice(5, 7) || 1) - 1, +(iso.slice(8, 10) || 1)) / DAY);
/** Last day of the unit an ISO value names. */
function lastDay(iso) {
  const y = +iso.slice(0, 4);
  if (iso.length === 4) return dayNum(`${y + 1}`) - 1;
  if (iso.length === 7) {
    const m = +iso.slice(5, 7);
    return Math.round(Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1) / DAY) - 1;
  }
  return dayNum(iso);
}
const pct = (x) => (x === null || x === undefined ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function extract(lang, text, reference, suite = {}) {
  return LANG[lang].extractDates(normalize(text), { reference, ...suite });
}

/**
 * Each suite's own conventions, passed through the DateContext options the API offers (the
 * CLI keeps the news defaults): Duckling resolves a bare weekday or a year-less date to its
 * next occurrence and reads "2/15" as a date; Recognizers gives past and future readings
 * (`alternatives`, either accepted) and reads "4/22" as a date too; both read "next Friday" as
 * the Friday of next week. Recognizers computes Islamic holidays with the arithmetic (tabular)
 * Hijri calendar of the astronomical epoch, ICU's 'islamic-tbla' (every expected Ramadan and Eid
 * day of its English holiday specs is that calendar's), a day or so off the Umm al-Qura calendar
 * the CLI follows: `hijriCalendar` passes that convention (extract/dates/hijri.ts). A case
 * with a `locale` (duckling-en-time-locales) passes it as the reader's country (`locale`).
 * Duckling counts periods in calendar units ("the last 2 weeks" = the two weeks before this
 * one, "the upcoming two weeks" = the second week from now): `periods: 'calendar'`. Duckling's
 * English corpus dates a Hebrew-calendar feast from the eve it begins at sundown (Yom Kippur 2018 =
 * 18 September; Rosh Hashanah 2018 = 9–11 September): `feastDays: 'eve'`. A Recognizers file whose
 * name ends in `tasksmode` needs that library option (shared/peers/README.md: the suffix is the
 * options mode), under which "next month" is its first day, as a scheduler reads it:
 * `nextPeriod: 'start'` (extract/dates/options.ts).
 */
function suiteOptions(name) {
  if (name.startsWith('duckling-en')) return { prefer: 'future', shortNumeric: true, nextWeekday: 'week', periods: 'calendar', feastDays: 'eve' };
  if (name.startsWith('duckling')) return { prefer: 'future', shortNumeric: true, nextWeekday: 'week', periods: 'calendar' };
  const base = { shortNumeric: true, nextWeekday: 'week', hijriCalendar: 'islamic-tbla' };
  return /-tasksmode\.jsonl$/.test(name) ? { ...base, nextPeriod: 'start' } : base;
}

// ---------------------------------------------------------------------------------------------
// (a) gold pairs

function scorePairs() {
  const rows = [];
  const total = { en: { tp: 0, fp: 0, fn: 0, fpAll: 0 }, ar: { tp: 0, fp: 0, fn: 0, fpAll: 0 } };
  const errors = [];
  if (!isDir(pairsDir)) return { rows, total, errors };
  for (const slug of fs.readdirSync(pairsDir).sort()) {
    const goldFile = path.join(pairsDir, slug, 'gold.json');
    if (!fs.existsSync(goldFile)) continue;
    const gold = readJson(goldFile);
    for (const lang of ['en', 'ar']) {
      const file = path.join(pairsDir, slug, `${lang}.txt`);
      if (!fs.existsSync(file)) continue;
      const text = readText(file);
      const other = lang === 'en' ? 'ar' : 'en';
      const t = normalize(text);
      const found = LANG[lang].findReferenceDate(t);
      const reference = gold[lang]?.published ?? found ?? gold[other]?.published ?? null;
      const refFrom = gold[lang]?.published ? 'published' : found ? 'document' : reference ? `${other} published` : 'none';
      const mentions = LANG[lang].extractDates(t, { reference });
      const predicted = [];
      let relative = 0;
      for (const m of mentions) {
        if (!explicit(m.text)) {
          relative++;
          continue;
        }
        // A half-open period ("since 15 November") names one date: its value (see (a) above).
        // A part of a month («مطلع شهر جويلية», "late July": a month with the days of its part in
        // from/to) names the month: only ends of the mention's own grain make a period.
        if (m.from && m.to && m.value !== null && !m.halfOpen && grainOf(m.from) === m.grain) {
          predicted.push({ key: `${m.from}|${grainOf(m.from)}`, text: m.text });
          predicted.push({ key: `${m.to}|${grainOf(m.to)}`, text: m.text });
        } else predicted.push({ key: `${m.value}|${m.grain}`, text: m.text });
      }
      const expected = (gold.dates?.[lang] ?? []).map((d) => ({ key: `${d.value}|${d.grain}`, text: d.text }));
      const left = [...expected];
      let tp = 0;
      const fps = [];
      for (const p of predicted) {
        const i = left.findIndex((e) => e.key === p.key);
        if (i >= 0) {
          tp++;
          left.splice(i, 1);
        } else fps.push(p);
      }
      const c = total[lang];
      c.tp += tp;
      c.fp += fps.length;
      c.fn += left.length;
      c.fpAll += fps.length + relative;
      rows.push({ pair: slug, lang, reference, refFrom, gold: expected.length, tp, fp: fps.length, fn: left.length, relative });
      for (const p of fps) errors.push({ pair: slug, lang, kind: 'fp', ...p });
      for (const e of left) errors.push({ pair: slug, lang, kind: 'fn', ...e });
    }
  }
  return { rows, total, errors };
}

// ---------------------------------------------------------------------------------------------
// (b) peer suites

const DATE_TYPES = new Set(['date', 'daterange']);
const TIME_TYPES = new Set(['time', 'timerange', 'datetime', 'datetimerange']);
const DUCKLING_TIME_GRAINS = new Set(['hour', 'minute', 'second']);

function kindOf(e) {
  if (e.grain && DUCKLING_TIME_GRAINS.has(e.grain)) return 'time';
  if (DATE_TYPES.has(e.type)) return 'date';
  if (TIME_TYPES.has(e.type)) return 'time';
  return 'other';
}

/**
 * Recognizers' placeholder for an impossible date ("Feb 30", "2/29/2019", "the 31st of this
 * month" said in November: timex 2016-11-31, resolution 0001-01-01). shared/peers/README.md
 * Doubt 11 counts impossible dates as unresolved ("useful negatives for a date parser"): such
 * an item is right when no mention over its span carries a date.
 */
const IMPOSSIBLE = '0001-01-01';
const impossible = (e) => e.value === IMPOSSIBLE && !e.from && !e.to;
const dated = (m) => !!(m.value || m.from || m.to);
/** No mention gives the impossible item `e` a date (over its span; anywhere when it has none). */
const leftUndated = (e, mentions) => !mentions.some((m) => dated(m) && (e.start === null || e.end === null || overlaps(m, e)));

/** The expected item's readings: values and day ranges, primary first. */
function readings(e) {
  const out = [];
  // Doubt 7: under a mod the value names the base unit of the timex; where the source leaves it
  // null for a month without a year ("end of March", timex XXXX-03, mod end), that unit is the
  // month of the reading's own range.
  const monthMod = /^(?:start|mid|end)$/.test(e.mod ?? '') && /^XXXX-\d\d$/.test(e.timex ?? '');
  for (const r of [e, ...(e.alternatives ?? [])]) {
    if (r.value === IMPOSSIBLE) continue;
    const value = r.value ?? (monthMod && r.from ? r.from.slice(0, 7) : null);
    if (value || r.from || r.to) out.push({ value, from: r.from ?? null, to: r.to ?? null });
  }
  return out;
}

function matches(m, reading) {
  if (reading.value && m.value === reading.value) return true;
  if (!reading.from !== !reading.to) return halfMatches(m, reading);
  if (reading.value && !reading.from) return false;
  if (!reading.from || !reading.to) return false;
  const first = m.from ?? m.value;
  const last = m.to ?? m.value;
  if (!first || !last) return false;
  if (dayNum(first) !== dayNum(reading.from)) return false;
  // Inclusive last day ±1 (exclusive ends), or the source's own convention for years and
  // months ("2014-2018" → to 2018-01-01: the last unit's first day).
  return Math.abs(lastDay(last) - dayNum(reading.to)) <= 1 || dayNum(last) === dayNum(reading.to);
}

/**
 * A half-open reading (one of from/to null: "since August", "before 2018", sources' `mod`
 * since/after/before/until): our half-open mention must give the same closed end — `from` on
 * the same first day, or `to` whose last day is the source's end ±1 (sources give exclusive
 * ends) — and leave the other end open; for "since", the other end may be the reference date
 * (a count since a day runs to the story's date, see extract/dates/build.ts).
 */
function halfMatches(m, reading) {
  if (!m.halfOpen) return false;
  if (reading.from) return !!m.from && dayNum(m.from) === dayNum(reading.from);
  return !m.from && !!m.to && Math.abs(lastDay(m.to) - dayNum(reading.to)) <= 1;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function scorePeerFile(file) {
  const name = path.basename(file);
  const cases = readJsonl(file);
  const isExtractor = /extractor/.test(name);
  const s = {
    file: name,
    kind: isExtractor ? 'spans' : 'values',
    cases: 0,
    dateCases: 0,
    correct: 0,
    predTp: 0,
    predFp: 0,
    spanExpected: 0,
    spanExact: 0,
    spanOverlap: 0,
    spanPred: 0,
    spanPredOk: 0,
    timeCases: 0,
    timeNoDate: 0,
    timeWithDay: 0,
    timeDayFound: 0,
    negatives: 0,
    negativesClean: 0,
    misses: [],
  };
  for (const c of cases) {
    if ((c.unsupported ?? []).includes('dotnet')) continue;
    const lang = c.lang === 'ar' ? 'ar' : 'en';
    s.cases++;
    const reference = c.reference ? c.reference.slice(0, 10) : null;
    // Duckling's locale cases ("locale": "en_CA") are read as a reader in that country would
    // (the `locale` option: holidays that differ by country, src/lang/en/dates.ts).
    const mentions = extract(lang, c.text, reference, c.locale ? { ...suiteOptions(name), locale: c.locale } : suiteOptions(name));
    const exp = c.expected ?? [];
    if (exp.length === 0) {
      s.negatives++;
      if (mentions.length === 0) s.negativesClean++;
      continue;
    }
    const dates = exp.filter((e) => kindOf(e) === 'date');
    const times = exp.filter((e) => kindOf(e) === 'time');
    if (dates.length === 0 && times.length > 0) {
      s.timeCases++;
      if (mentions.length === 0) s.timeNoDate++;
      const withDay = times.filter((e) => e.value || e.from);
      if (withDay.length) {
        s.timeWithDay++;
        if (withDay.every((e) => mentions.some((m) => readings(e).some((r) => matches(m, { ...r, value: r.value ?? null }))))) s.timeDayFound++;
      }
      continue;
    }
    if (dates.length === 0) continue;
    const ignoreValues = c.flags && (c.flags.IgnoreResolution === true || c.flags.IgnoreResolution === 'true');
    const valued = dates.filter((e) => readings(e).length > 0 || impossible(e));
    const found = (e) => (impossible(e) ? leftUndated(e, mentions) : mentions.some((m) => readings(e).some((r) => matches(m, r))));
    if (!isExtractor && !ignoreValues && valued.length > 0) {
      s.dateCases++;
      if (valued.every(found)) s.correct++;
      else
        s.misses.push({
          id: c.id,
          text: c.text,
          reference,
          expected: valued.map((e) => `${e.text}=${impossible(e) ? '(impossible: no date)' : readings(e).map((r) => r.value ?? `${r.from}..${r.to}`).join('|')}`).join('; '),
          got: mentions.map((m) => `${m.text}=${m.value ?? `${m.from}..${m.to}`}`).join('; '),
        });
      for (const m of mentions) {
        if (valued.some((e) => !impossible(e) && readings(e).some((r) => matches(m, r)))) s.predTp++;
        else s.predFp++;
      }
      continue;
    }
    // Spans only.
    const spans = dates.filter((e) => e.start !== null && e.end !== null);
    const anySpans = exp.filter((e) => e.start !== null && e.end !== null && kindOf(e) !== 'other');
    for (const e of spans) {
      s.spanExpected++;
      if (mentions.some((m) => m.start === e.start && m.end === e.end)) s.spanExact++;
      if (mentions.some((m) => overlaps(m, e))) s.spanOverlap++;
      else s.misses.push({ id: c.id, text: c.text, reference, expected: e.text, got: mentions.map((m) => m.text).join('; ') });
    }
    for (const m of mentions) {
      s.spanPred++;
      if (anySpans.some((e) => overlaps(m, e))) s.spanPredOk++;
    }
  }
  s.accuracy = s.dateCases ? s.correct / s.dateCases : null;
  s.precision = s.predTp + s.predFp ? s.predTp / (s.predTp + s.predFp) : null;
  s.spanRecallExact = s.spanExpected ? s.spanExact / s.spanExpected : null;
  s.spanRecallOverlap = s.spanExpected ? s.spanOverlap / s.spanExpected : null;
  s.spanPrecision = s.spanPred ? s.spanPredOk / s.spanPred : null;
  return s;
}

function scorePeers() {
  if (!isDir(peersDir)) return [];
  return fs
    .readdirSync(peersDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => scorePeerFile(path.join(peersDir, f)));
}

// ---------------------------------------------------------------------------------------------

const t0 = Date.now();
const pairs = scorePairs();
const peers = scorePeers();
const summary = {};
for (const lang of ['en', 'ar']) {
  const c = pairs.total[lang];
  const m = prf(c.tp, c.fp, c.fn);
  summary[lang] = { ...m, pAll: c.tp + c.fpAll ? c.tp / (c.tp + c.fpAll) : null };
}
const all = prf(pairs.total.en.tp + pairs.total.ar.tp, pairs.total.en.fp + pairs.total.ar.fp, pairs.total.en.fn + pairs.total.ar.fn);
summary.all = all;

if (opts.json) {
  process.stdout.write(
    JSON.stringify({ pairs: { summary, rows: pairs.rows, errors: pairs.errors }, peers, seconds: (Date.now() - t0) / 1000 }, null, 2) + '\n',
  );
} else {
  const out = [];
  out.push('Dates — gold pairs (value, grain)');
  out.push('pair                                 lang reference   (from)            gold  tp  fp  fn  rel');
  for (const r of pairs.rows) {
    out.push(
      `${r.pair.padEnd(36)} ${r.lang}   ${String(r.reference).padEnd(11)} ${r.refFrom.padEnd(17)} ${String(r.gold).padStart(4)} ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.relative).padStart(4)}`,
    );
  }
  for (const lang of ['en', 'ar']) {
    const m = summary[lang];
    out.push(`  ${lang}: P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}   P(all, relative counted wrong) ${pct(m.pAll)}`);
  }
  out.push(`  all: P ${pct(all.p)}  R ${pct(all.r)}  F1 ${pct(all.f1)}`);
  for (const e of pairs.errors) out.push(`    ${e.kind} ${e.pair} ${e.lang} ${e.key} «${e.text}»`);
  out.push('');
  out.push('Dates — peer suites (dotnet-unsupported cases left out)');
  out.push('file                                            cases | date  acc    P     | spans R=    R~     P     | time no-date day   | neg clean');
  for (const s of peers) {
    const time = s.timeCases ? `${String(s.timeCases).padStart(4)} ${String(s.timeNoDate).padStart(5)} ${`${s.timeDayFound}/${s.timeWithDay}`.padStart(7)}` : '   -     -       - ';
    const spans = s.spanExpected ? `${String(s.spanExpected).padStart(5)} ${pct(s.spanRecallExact)} ${pct(s.spanRecallOverlap)} ${pct(s.spanPrecision)}` : '    -    -       -       -   ';
    out.push(
      `${s.file.padEnd(47)} ${String(s.cases).padStart(5)} | ${String(s.dateCases).padStart(4)} ${pct(s.accuracy)} ${pct(s.precision)} | ${spans} | ${time} | ${String(s.negatives).padStart(3)} ${String(s.negativesClean).padStart(5)}`,
    );
  }
  if (wantsErrors(opts, 'dates')) {
    out.push('');
    out.push('Misses (date cases wrong / date spans not overlapped):');
    for (const s of peers) for (const m of s.misses) out.push(`  ${m.id}\t${m.reference}\t«${m.text}»\texp: ${m.expected}\tgot: ${m.got}`);
  }
  out.push(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.stdout.write(out.join('\n') + '\n');
}
