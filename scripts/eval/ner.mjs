#!/usr/bin/env node
/**
 * Named-entity evaluation of the BUILT extractors (run `npm run build` first).
 *
 *   node scripts/eval/ner.mjs              development parts of shared/peers/ner + pair linking
 *   node scripts/eval/ner.mjs --test       also the test parts, reported last (never tune on them)
 *   node scripts/eval/ner.mjs --calibrate  sweep the sameEntity threshold on the gold pairs
 *   node scripts/eval/ner.mjs --holdout    only the held-out slice of the dev parts (line index % 10 === 9),
 *                                          which scripts/train-ner.mjs leaves out of training
 *   node scripts/eval/ner.mjs --errors     linking only, with every missed and wrong link explained: the
 *                                          extracted groups of each side that hold the gold entity, their
 *                                          keys, their best score and what each side was linked to instead,
 *                                          and a count per cause (not found on one side, found but scored
 *                                          below the threshold, taken by another link); first, the same links
 *                                          scored under span conventions the extractors do not share with the
 *                                          gold (SPAN_TOLERANCES: what changing their spans would gain)
 *   options: --json, --dist DIR (default dist/), --shared DIR (default ../shared or $FACTDIFF_SHARED),
 *            --files a,b (subset of NER files)
 *
 * NER: exact span + type match, precision/recall/F1 per type and overall, per file. The `F1~`
 * column also accepts spans that differ only by a one-letter Arabic proclitic (و ف ب ل ك), since
 * ANERcorp keeps proclitics inside entities (بواشنطن) and our convention strips them.
 * Linking: entities of each pair's English and Arabic text are grouped by key; an EN group and an
 * AR group are linked when their keys are equal or their best sameEntity score reaches the
 * threshold (one-to-one, best first). A link is right when both groups hold a mention of the same
 * gold canonical entity (case ignored; a person's mention may lack the gold's leading title, see canonicalOf); precision over links made, recall over gold entities present on both sides.
 * Without shared data the script prints a note on stderr and exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const flag = (name) => args.includes(name);

const shared = path.resolve(opt('--shared') ?? process.env.FACTDIFF_SHARED ?? path.join(repo, '..', 'shared'));
const dist = path.resolve(opt('--dist') ?? path.join(repo, 'dist'));
const asJson = flag('--json');

if (!fs.existsSync(path.join(shared, 'peers', 'ner')) && !fs.existsSync(path.join(shared, 'pairs'))) {
  process.stderr.write(`ner eval: no shared data at ${shared}; skipped\n`);
  process.exit(0);
}
if (!fs.existsSync(path.join(dist, 'lang', 'en', 'entities.js'))) {
  process.stderr.write(`ner eval: no build at ${dist}; run \`npm run build\` first\n`);
  process.exit(1);
}

const imp = (p) => import(pathToFileURL(path.join(dist, p)).href);
const { normalize } = await imp('text/normalize.js');
const extractors = {
  en: (await imp('lang/en/entities.js')).extractEntities,
  ar: (await imp('lang/ar/entities.js')).extractEntities,
};
const { sameEntity, entityKey, SAME_ENTITY_THRESHOLD, withoutPlaceCues, countryOf } = await imp('extract/entities/key.js');

const TYPES = ['PER', 'ORG', 'LOC'];
const PROCLITIC = /^[\u0648\u0641\u0628\u0644\u0643]/;

function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/** Same span, or the same but for a one-letter proclitic on one side. */
function looseEqual(text, g, m) {
  if (g.type !== m.type || g.end !== m.end) return false;
  if (g.start === m.start) return true;
  const [a, b] = g.start < m.start ? [g, m] : [m, g];
  return b.start - a.start === 1 && PROCLITIC.test(text.slice(a.start, b.start));
}

function evalFile(file) {
  let lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  if (flag('--holdout') && !file.includes(`${path.sep}test${path.sep}`)) lines = lines.filter((_, i) => i % 10 === 9);
  const c = Object.fromEntries([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0, ltp: 0 }]));
  let ms = 0;
  for (const line of lines) {
    const d = JSON.parse(line);
    const ex = extractors[d.lang];
    const t0 = performance.now();
    const pred = ex(normalize(d.text)).filter((m) => TYPES.includes(m.type));
    ms += performance.now() - t0;
    const gold = d.entities.filter((e) => TYPES.includes(e.type));
    const gk = new Set(gold.map((e) => `${e.start}:${e.end}:${e.type}`));
    const pk = new Set(pred.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const g of gold) {
      const hit = pk.has(`${g.start}:${g.end}:${g.type}`);
      c[g.type][hit ? 'tp' : 'fn']++;
      c.ALL[hit ? 'tp' : 'fn']++;
      if (pred.some((m) => looseEqual(d.text, g, m))) {
        c[g.type].ltp++;
        c.ALL.ltp++;
      }
    }
    for (const m of pred) {
      if (!gk.has(`${m.start}:${m.end}:${m.type}`)) {
        c[m.type].fp++;
        c.ALL.fp++;
      }
    }
  }
  const res = { file: path.relative(shared, file), sentences: lines.length, ms: Math.round(ms) };
  for (const t of [...TYPES, 'ALL']) {
    const x = c[t];
    const strict = prf(x.tp, x.fp, x.fn);
    const gold = x.tp + x.fn;
    const predN = x.tp + x.fp;
    const loose = prf(x.ltp, Math.max(0, predN - x.ltp), gold - x.ltp);
    res[t] = { ...strict, looseF1: loose.f1 };
  }
  return res;
}

function nerTable(results, title) {
  const pct = (x) => (100 * x).toFixed(1).padStart(5);
  let s = `\n${title}\n`;
  s += `${'file'.padEnd(30)} ${'type'.padEnd(4)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'F1~'.padStart(5)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}\n`;
  for (const r of results) {
    for (const t of [...TYPES, 'ALL']) {
      const x = r[t];
      s += `${(t === 'PER' ? r.file : '').padEnd(30)} ${t.padEnd(4)} ${pct(x.p)} ${pct(x.r)} ${pct(x.f1)} ${pct(x.looseF1)} ${String(x.tp).padStart(5)} ${String(x.fp).padStart(5)} ${String(x.fn).padStart(5)}\n`;
    }
  }
  return s;
}

// ---------- pairs: cross-language linking ----------

function pairDirs() {
  const dir = path.join(shared, 'pairs');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, 'gold.json')))
    .map((d) => path.join(dir, d));
}

function groupByKey(ms) {
  const g = new Map();
  for (const m of ms) {
    if (!g.has(m.key)) g.set(m.key, []);
    g.get(m.key).push(m);
  }
  return [...g.values()];
}

// The gold's mentions are surface strings as written, so a person's mention may carry the title the
// tool leaves out of the name ("Colonel Marco Antonio Salazar", «العقيد …»): a found person mention
// also counts when a gold PER mention ends with it at a word boundary; case is ignored ("Victor Ramos
// Guardia hospital" / "… Hospital"). Other types need the whole mention, so that "Sharjah" (LOC) is
// never credited to "Sharjah Police" (ORG).
// `spanNorm` (--errors only) maps found and gold mentions alike before comparing, to measure what
// an extractor span convention would change (see SPAN_TOLERANCES).
function canonicalOf(group, goldEntities, spanNorm) {
  const norm = (x) => (spanNorm ? spanNorm(x.trim().toLowerCase()) : x.trim().toLowerCase());
  const texts = new Set(group.flatMap((m) => [norm(m.text), ...(spanNorm?.found ? [spanNorm.found(m.text.trim().toLowerCase())].flat() : [])]));
  const hits = new Set();
  for (const e of goldEntities) {
    const ok = e.mentions.some((x) => {
      const g = norm(x);
      if (texts.has(g)) return true;
      if (e.type !== 'PER') return false;
      for (const t of texts) if (g.endsWith(` ${t}`)) return true;
      return false;
    });
    if (ok) hits.add(e.canonical);
  }
  return hits;
}

/**
 * Span conventions the extractors do not (yet) share with the gold, for `--errors`: each maps a
 * mention (lower-cased) to what is left without it, applied to found and gold mentions alike, so
 * that the linking figure under it says what changing the extractor's spans that way would gain.
 */
const AR_WORD = /^[\u0621-\u064A]+$/;
const SPAN_TOLERANCES = {
  // a one-letter proclitic glued to the first word («بالسودان», «لوزارة», «والرشيدية»)
  // (found mentions only: the gold's «وزارة» keeps its و)
  'Arabic proclitic و/ب/ل/ف/ك': Object.assign((x) => x, { found: (x) => x.replace(/^[\u0648\u0628\u0644\u0641\u0643](?=[\u0621-\u064A]{3,})/, '') }),
  // place and facility cue words at the edges (river, camp, «نهر», «مخيم», «وادي»…)
  'place cue words at the edges': (x) => withoutPlaceCues(x),
  // a nationality adjective ending an Arabic name («وزارة الصحة السنغالية») or opening an English one
  'nationality adjective': (x) => {
    const ws = x.split(' ');
    if (ws.length > 1 && AR_WORD.test(ws[ws.length - 1]) && /^\u0627\u0644/.test(ws[ws.length - 1]) && countryOf(ws[ws.length - 1], true)) return ws.slice(0, -1).join(' ');
    if (ws.length > 1 && !AR_WORD.test(ws[0]) && countryOf(ws[0][0].toUpperCase() + ws[0].slice(1), false)) return ws.slice(1).join(' ');
    return x;
  },
  // a name running one word on at either edge (a person's «… بفتح», a place before a speaker:
  // «موغلا سليم كايا»; found mentions only)
  'a span one word too long at either edge': Object.assign((x) => x, {
    found: (x) => {
      const ws = x.split(' ');
      return ws.length > 2 ? [ws.slice(1).join(' '), ws.slice(0, -1).join(' ')] : [x];
    },
  }),
  // an organisation's cue word before its name («تنظيم القاعدة», «منظمة أطباء بلا حدود», «وكالة رويترز»)
  'organisation cue «تنظيم/منظمة/وكالة/حركة»': (x) => x.replace(/^(?:\u062A\u0646\u0638\u064A\u0645|\u0645\u0646\u0638\u0645\u0629|\u0648\u0643\u0627\u0644\u0629|\u062D\u0631\u0643\u0629) (?=\S)/, ''),
};

function groupScore(a, b) {
  let best = 0;
  for (const x of a.slice(0, 4)) for (const y of b.slice(0, 4)) best = Math.max(best, sameEntity(x, y));
  return best;
}

function evalLinking(threshold, spanNorm) {
  const perPair = [];
  let made = 0;
  let right = 0;
  let goldN = 0;
  let found = 0;
  const errors = [];
  for (const dir of pairDirs()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
    const en = extractors.en(normalize(fs.readFileSync(path.join(dir, 'en.txt'), 'utf8')));
    const ar = extractors.ar(normalize(fs.readFileSync(path.join(dir, 'ar.txt'), 'utf8')));
    const ge = groupByKey(en);
    const ga = groupByKey(ar);
    const cand = [];
    for (const a of ge) for (const b of ga) {
      const s = a[0].key === b[0].key ? 1 : groupScore(a, b);
      if (s >= threshold) cand.push({ a, b, s });
    }
    cand.sort((x, y) => y.s - x.s);
    const usedA = new Set();
    const usedB = new Set();
    const links = [];
    for (const c of cand) {
      if (usedA.has(c.a) || usedB.has(c.b)) continue;
      usedA.add(c.a);
      usedB.add(c.b);
      links.push(c);
    }
    const goldPairs = new Set(gold.entities.en.map((e) => e.canonical).filter((c) => gold.entities.ar.some((x) => x.canonical === c)));
    const foundHere = new Set();
    let rightHere = 0;
    const wrong = [];
    for (const l of links) {
      const ca = canonicalOf(l.a, gold.entities.en, spanNorm);
      const cb = canonicalOf(l.b, gold.entities.ar, spanNorm);
      const common = [...ca].filter((c) => cb.has(c));
      if (common.length) {
        rightHere++;
        for (const c of common) foundHere.add(c);
      } else wrong.push(`${l.a[0].text} ~ ${l.b[0].text} (${l.s.toFixed(2)})`);
    }
    const missed = [...goldPairs].filter((c) => !foundHere.has(c));
    if (flag('--errors') && !spanNorm) {
      const linkOf = new Map();
      for (const l of links) {
        linkOf.set(l.a, l);
        linkOf.set(l.b, l);
      }
      const show = (g) => `${[...new Set(g.map((m) => m.text))].slice(0, 3).map((t) => `"${t}"`).join('/')} [${g[0].type} ${g[0].key}]`;
      for (const c of missed) {
        const ea = ge.filter((g) => canonicalOf(g, gold.entities.en).has(c));
        const eb = ga.filter((g) => canonicalOf(g, gold.entities.ar).has(c));
        const goldEn = gold.entities.en.find((e) => e.canonical === c);
        const goldAr = gold.entities.ar.find((e) => e.canonical === c);
        let cause;
        let detail;
        if (!ea.length || !eb.length) {
          cause = !ea.length && !eb.length ? 'not found in either text' : !ea.length ? 'not found in EN' : 'not found in AR';
          // what the extractor has instead: groups whose text overlaps a gold mention
          const near = (gs, ge2) => gs.filter((g) => g.some((m) => ge2.mentions.some((x) => x.includes(m.text) || m.text.includes(x))));
          const ne = !ea.length ? near(ge, goldEn).map(show) : [];
          const na = !eb.length ? near(ga, goldAr).map(show) : [];
          detail = `gold EN ${JSON.stringify(goldEn.mentions.slice(0, 3))}${ne.length ? ` ~ found ${ne.join(', ')}` : ''} | gold AR ${JSON.stringify(goldAr.mentions.slice(0, 3))}${na.length ? ` ~ found ${na.join(', ')}` : ''}`;
          if (ea.length) detail += ` | EN ${ea.map(show).join(', ')}`;
          if (eb.length) detail += ` | AR ${eb.map(show).join(', ')}`;
        } else {
          let best = { s: -1 };
          for (const a of ea) for (const b of eb) {
            const sc = a[0].key === b[0].key ? 1 : groupScore(a, b);
            if (sc > best.s) best = { s: sc, a, b };
          }
          const other = (g) => {
            const l = linkOf.get(g);
            if (!l) return 'unlinked';
            const o = l.a === g ? l.b : l.a;
            return `linked to ${show(o)} (${l.s.toFixed(2)})`;
          };
          cause = best.s >= threshold ? 'taken by another link' : 'scored below the threshold';
          detail = `${show(best.a)} ~ ${show(best.b)} score ${best.s.toFixed(2)}; EN ${other(best.a)}; AR ${other(best.b)}`;
        }
        errors.push({ pair: path.basename(dir), kind: 'missed', cause, canonical: c, detail });
      }
      for (const l of links) {
        const ca = canonicalOf(l.a, gold.entities.en);
        const cb = canonicalOf(l.b, gold.entities.ar);
        if ([...ca].some((c) => cb.has(c))) continue;
        const cause = !ca.size || !cb.size ? 'wrong link: a side is no gold entity (or a different span)' : 'wrong link: two different gold entities';
        errors.push({ pair: path.basename(dir), kind: 'wrong', cause, canonical: `${[...ca].join('/') || '-'} ~ ${[...cb].join('/') || '-'}`, detail: `${show(l.a)} ~ ${show(l.b)} score ${l.s.toFixed(2)}` });
      }
    }
    made += links.length;
    right += rightHere;
    goldN += goldPairs.size;
    found += [...goldPairs].filter((c) => foundHere.has(c)).length;
    perPair.push({ pair: path.basename(dir), links: links.length, right: rightHere, gold: goldPairs.size, found: goldPairs.size - missed.length, wrong, missed });
  }
  const p = made ? right / made : 0;
  const r = goldN ? found / goldN : 0;
  return { threshold, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, links: made, right, gold: goldN, found, perPair, errors };
}

/**
 * Threshold sweep on gold mentions only (no extractor), gazetteer keys off: how well does the
 * spelling score alone separate same-entity EN–AR pairs from the others?
 */
function calibrate() {
  const items = [];
  for (const dir of pairDirs()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
    const mk = (e) => e.mentions.map((text) => ({ start: 0, end: text.length, type: e.type, text, key: entityKey(text, e.type, { gazetteer: false }) }));
    for (const e of gold.entities.en) for (const a of gold.entities.ar) {
      let best = 0;
      for (const x of mk(e)) for (const y of mk(a)) best = Math.max(best, sameEntity(x, y));
      items.push({ pos: e.canonical === a.canonical, s: best, en: e.mentions[0], ar: a.mentions[0] });
    }
  }
  const rows = [];
  const P = items.filter((x) => x.pos).length;
  for (let t = 0.5; t <= 0.991; t += 0.01) {
    const tp = items.filter((x) => x.pos && x.s >= t).length;
    const fp = items.filter((x) => !x.pos && x.s >= t).length;
    const m = prf(tp, fp, P - tp);
    rows.push({ t: Number(t.toFixed(2)), ...m });
  }
  const bestF = Math.max(...rows.map((r) => r.f1));
  const plateau = rows.filter((r) => r.f1 >= bestF - 1e-9);
  return {
    pairs: items.length,
    positives: P,
    best: { f1: bestF, from: plateau[0].t, to: plateau[plateau.length - 1].t },
    rows,
    positivesScored: items.filter((x) => x.pos).map((x) => ({ en: x.en, ar: x.ar, s: Number(x.s.toFixed(3)) })).sort((a, b) => a.s - b.s),
    hardestNegatives: items.filter((x) => !x.pos).sort((a, b) => b.s - a.s).slice(0, 10).map((x) => ({ en: x.en, ar: x.ar, s: Number(x.s.toFixed(3)) })),
  };
}

// ---------- run ----------

const out = {};
const nerDir = path.join(shared, 'peers', 'ner');
const only = opt('--files')?.split(',');
const listFiles = (dir) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl') && (!only || only.some((o) => f.startsWith(o)))).sort().map((f) => path.join(dir, f))
    : [];

if (flag('--calibrate')) {
  out.calibration = calibrate();
} else if (flag('--errors')) {
  out.linking = evalLinking(SAME_ENTITY_THRESHOLD);
  out.spanTolerant = Object.entries(SPAN_TOLERANCES).map(([name, f]) => ({ name, ...evalLinking(SAME_ENTITY_THRESHOLD, f), perPair: undefined }));
  const all = (x) => Object.values(SPAN_TOLERANCES).reduce((y, f) => f(y), x);
  // (the one-word-longer tolerance gives two variants: the others are applied to each)
  const allF = (x) => [x, ...SPAN_TOLERANCES['a span one word too long at either edge'].found(x)].flatMap((y) => [y, Object.values(SPAN_TOLERANCES).reduce((z, f) => (f.found && f !== SPAN_TOLERANCES['a span one word too long at either edge'] ? f.found(z) : f(z)), y)]);
  out.spanTolerant.push({ name: 'all of them', ...evalLinking(SAME_ENTITY_THRESHOLD, Object.assign((x) => all(all(x)), { found: (x) => [x, ...allF(x)] })), perPair: undefined });
} else {
  out.dev = listFiles(nerDir).map(evalFile);
  out.linking = evalLinking(SAME_ENTITY_THRESHOLD);
  if (flag('--test')) out.test = listFiles(path.join(nerDir, 'test')).map(evalFile);
}

if (asJson) {
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  if (out.calibration) {
    const c = out.calibration;
    let s = `sameEntity threshold sweep: ${c.pairs} EN×AR gold entity pairs, ${c.positives} same-entity (gazetteer off)\n`;
    s += `  t     P     R     F1\n`;
    for (const r of c.rows.filter((r) => Math.round(r.t * 100) % 2 === 0)) s += `  ${r.t.toFixed(2)} ${(100 * r.p).toFixed(1).padStart(5)} ${(100 * r.r).toFixed(1).padStart(5)} ${(100 * r.f1).toFixed(1).padStart(5)}\n`;
    s += `best F1 ${(100 * c.best.f1).toFixed(1)} for t in [${c.best.from}, ${c.best.to}] (current SAME_ENTITY_THRESHOLD ${SAME_ENTITY_THRESHOLD})\n`;
    s += `positives (lowest first):\n${c.positivesScored.map((x) => `  ${x.s.toFixed(3)} ${x.en} ~ ${x.ar}`).join('\n')}\n`;
    s += `hardest negatives:\n${c.hardestNegatives.map((x) => `  ${x.s.toFixed(3)} ${x.en} ~ ${x.ar}`).join('\n')}\n`;
    process.stdout.write(s);
  } else if (!out.dev) {
    const L = out.linking;
    let s = `Cross-language linking on ${L.perPair.length} gold pairs (threshold ${L.threshold}): P ${(100 * L.precision).toFixed(1)} R ${(100 * L.recall).toFixed(1)} F1 ${(100 * L.f1).toFixed(1)} (links ${L.links}, right ${L.right}, gold ${L.gold}, found ${L.found})\n`;
    s += `If the extractors' spans followed the gold's convention (the same links scored with found and gold mentions mapped alike):\n`;
    for (const t of out.spanTolerant) s += `  ${t.name.padEnd(44)} P ${(100 * t.precision).toFixed(1)} R ${(100 * t.recall).toFixed(1)} (right ${t.right}, found ${t.found})\n`;
    const causes = new Map();
    for (const e of L.errors) causes.set(e.cause, (causes.get(e.cause) ?? 0) + 1);
    s += [...causes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `  ${String(n).padStart(4)}  ${c}`).join('\n') + '\n';
    for (const [c] of [...causes].sort((a, b) => b[1] - a[1])) {
      s += `\n${c}:\n`;
      for (const e of L.errors.filter((x) => x.cause === c)) s += `  ${e.pair}: ${e.canonical}\n      ${e.detail}\n`;
    }
    process.stdout.write(s);
  } else {
    let s = nerTable(out.dev, flag('--holdout') ? 'NER, held-out slice of the development parts (every 10th line; exact span + type)' : 'NER, development parts (exact span + type)');
    const L = out.linking;
    s += `\nCross-language linking on ${L.perPair.length} gold pairs (threshold ${L.threshold}): P ${(100 * L.precision).toFixed(1)} R ${(100 * L.recall).toFixed(1)} F1 ${(100 * L.f1).toFixed(1)} (links ${L.links}, right ${L.right}, gold ${L.gold}, found ${L.found})\n`;
    for (const p of L.perPair) {
      s += `  ${p.pair.padEnd(34)} links ${p.links} right ${p.right} gold ${p.gold} found ${p.found}\n`;
      if (p.wrong.length) s += `    wrong: ${p.wrong.join('; ')}\n`;
      if (p.missed.length) s += `    missed: ${p.missed.join('; ')}\n`;
    }
    if (out.test) s += nerTable(out.test, 'NER, TEST parts (report only)');
    process.stdout.write(s);
  }
}
