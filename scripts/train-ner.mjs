#!/usr/bin/env node
/**
 * Train the statistical name taggers (averaged perceptron, BIO tags, greedy decoding) on the
 * DEVELOPMENT parts of shared/peers/ner (never the test parts), and write
 * src/lang/<code>/ner-model.json. Run `npm run build` first: features, tokens, lexicon flags and
 * the rule tagger's output come from the built extractors, so training and use share one code path.
 *
 *   node scripts/train-ner.mjs                 both languages, every 10th dev sentence held out
 *   node scripts/train-ner.mjs --lang en       one language
 *   options: --epochs N (default 8), --prune X (drop averaged weights with |w| < X; default 0.1 for
 *            English, 1.0 for Arabic, which keeps the Arabic file near 1 MB at no held-out cost),
 *            --all (train on the held-out slice too), --shared DIR, --dist DIR,
 *            --en-files a,b (default uner_pud-en,uner_ewt-en), --ar-files a (default anercorp-ar),
 *            --dry (no file written; report sizes only)
 *
 * Held-out slice: line index % 10 === 9 of each dev file (`node scripts/eval/ner.mjs --holdout`
 * scores exactly those lines). Training data licences: see src/extract/entities/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const flag = (name) => args.includes(name);

const shared = path.resolve(opt('--shared') ?? process.env.FACTDIFF_SHARED ?? path.join(repo, '..', 'shared'));
const dist = path.resolve(opt('--dist') ?? path.join(repo, 'dist'));
const epochs = Number(opt('--epochs', '8'));
const pruneFor = { en: Number(opt('--prune', '0.1')), ar: Number(opt('--prune', '1.0')) };
const useAll = flag('--all');
const langs = opt('--lang') ? [opt('--lang')] : ['en', 'ar'];
const filesFor = {
  en: opt('--en-files', 'uner_pud-en,uner_ewt-en').split(','),
  ar: opt('--ar-files', 'anercorp-ar').split(','),
};
const SCALE = 100;

const imp = (p) => import(pathToFileURL(path.join(dist, p)).href);
const { normalize } = await imp('text/normalize.js');
const tagger = await imp('extract/entities/tagger.js');
const { TAGS, NT, tokenFeatures, historyFeatures, allowed } = tagger;

// deterministic shuffle
let seed = 20261122;
function rand() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

function loadSentences(lang) {
  const mod = lang === 'en' ? 'lang/en/entities.js' : 'lang/ar/entities.js';
  return imp(mod).then((m) => {
    const out = [];
    let misaligned = 0;
    for (const name of filesFor[lang]) {
      const file = path.join(shared, 'peers', 'ner', `${name}.jsonl`);
      const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
      lines.forEach((line, idx) => {
        if (!useAll && idx % 10 === 9) return;
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
        out.push({ toks, y, lang });
      });
    }
    return { sents: out, misaligned };
  });
}

function train(lang, sents) {
  const prune = pruneFor[lang];
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
  const obs = sents.map((s) => s.toks.map((_, i) => tokenFeatures(s.toks, i)));
  const order = sents.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let n = 0;
    for (const si of order) {
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
    process.stderr.write(`  ${lang} epoch ${ep + 1}: token error ${(100 * errors / n).toFixed(2)}%\n`);
  }
  // average and prune
  const out = {};
  let kept = 0;
  for (const [f, v] of W) {
    const arr = [];
    for (let c = 0; c < NT; c++) {
      const total = v[NT + c] + (step - v[2 * NT + c]) * v[c];
      const avg = total / step;
      if (Math.abs(avg) >= prune) {
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

for (const lang of langs) {
  const { sents, misaligned } = await loadSentences(lang);
  const ntok = sents.reduce((a, s) => a + s.toks.length, 0);
  process.stderr.write(`${lang}: ${sents.length} sentences, ${ntok} tokens, ${misaligned} token/entity boundary mismatches\n`);
  const w = train(lang, sents);
  const model = { version: 1, lang, tags: [...TAGS], scale: SCALE, trainedOn: filesFor[lang].map((f) => `${f} (dev part${useAll ? '' : ', lines with index % 10 != 9'})`), epochs, prune: pruneFor[lang], w };
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
  const json = JSON.stringify(model);
  const file = path.join(repo, 'src', 'lang', lang, 'ner-model.json');
  process.stderr.write(`${lang}: model ${(json.length / 1024).toFixed(0)} KiB${flag('--dry') ? ' (not written)' : ` → ${path.relative(repo, file)}`}\n`);
  if (!flag('--dry')) fs.writeFileSync(file, json + '\n');
}
