/**
 * Statistical name tagger shared by the English and Arabic extractors: an averaged (structured)
 * perceptron over BIO tags, decoded exactly by first-order Viterbi (linear time; older greedy
 * models still decode greedily). Features are word forms, affixes, word shape, position,
 * neighbouring words, lexicon flags supplied by the language module (`lex`, e.g. common word /
 * title / given name), Arabic stems and clitics, and the rule tagger's own output (`rule`, which
 * carries gazetteer membership). The lattice also scores readings the tagger did not choose, which
 * gates how rule names extend or fill its spans (`spanGate`, `mergeRules`). Trained by
 * scripts/train-ner.mjs; the model files are src/lang/<code>/ner-model.json, read lazily on first
 * use (never at import). Facts and figures: README.md beside this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../types.js';
import { lowerBound } from '../../text/lower-bound.js';
import { compactNumberRecord, tableOfJoined, tableOfKeys, type StringTable } from '../../text/string-table.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const NT = TAGS.length;

/** A token for the model; offsets index the normalised text. */
export interface ModelTok {
  start: number;
  end: number;
  /** Token text as in the normalised copy. */
  text: string;
  /** Lower-cased / folded form. */
  low: string;
  /** Lexicon flags from the language module (space-separated short codes, may be ''). */
  lex: string;
  /** The rule tagger's BIO tag on this token ('O', 'B-PER', … with '+g' for a gazetteer name). */
  rule: string;
  /** First token of a sentence or line. */
  initial: boolean;
  /** Extra forms (Arabic: the word without proclitics / article). */
  forms?: string[];
  /** The script has letter case (set by the language module): the surface form is a feature too. */
  cased?: boolean;
  /** Word shape (computed on first use). */
  shape?: string;
  /**
   * Distributional cluster ids of the lower-cased word, coarse to fine (`WordClusters.of`); empty:
   * the word is not in the cluster file; absent: the language has no clusters (no such features).
   */
  clusters?: readonly string[];
  /**
   * More features of the word form, made by the language module (Arabic: letter shapes of
   * transliteration, `shapeFeatures` in src/lang/ar/entities.ts); summed once per form like the rest.
   */
  feats?: readonly string[];
  /**
   * The tagger's form id of this word, remembered across documents: one object shared by every
   * token of one word form (text and lexicon flags), made by the language module with its per-word
   * cache; `decodeLattice` fills it (valid while `cache` is the model's current form cache) and
   * then skips its two map look-ups per token.
   */
  memo?: FormMemo;
}

/** See `ModelTok.memo`: `newFormMemo()` for a new word form. */
export interface FormMemo {
  cache: object | null;
  id: number;
}

export function newFormMemo(): FormMemo {
  return { cache: null, id: -1 };
}

export interface ModelFile {
  version: number;
  lang: string;
  tags: string[];
  scale: number;
  /** feature → [tagIndex, weight, tagIndex, weight, …] (weights scaled integers); or `packed`. */
  w?: Record<string, number[]>;
  /**
   * The same weights packed (what the shipped model files hold, see `packWeights`): the feature
   * names joined by newlines, and per feature a byte whose bits name its non-zero tags followed
   * by those weights as little-endian int16, base64. Parsing 100 000 JSON numbers took most of
   * the model's load time (~90 ms of a 0.45 s cold start); these two strings load in a few.
   */
  packed?: { features: string; data: string };
  /**
   * 'viterbi': first-order model (history features `pt`, `ptr` only) decoded exactly by Viterbi;
   * absent: greedy left-to-right with the second-order history of `historyFeatures`.
   */
  decoder?: 'viterbi' | 'greedy';
  /** Lattice cost up to which rule names may extend or fill (`spanGate`); absent: no gate. */
  gate?: number;
  /** Rules (`via`) whose names pass without the gate. */
  gateExempt?: string[];
  /** Optional extra data (Arabic: word counts for proclitic decisions). */
  extra?: Record<string, unknown>;
}

export interface Model {
  file: ModelFile;
  /**
   * Feature → its NT weights, as views into `buf` made on first access (tests, scripts): the
   * decoder reads `rows` and `buf` instead. Making 60 000 views at load was half the load time,
   * and kept as many small objects alive for the garbage collector to trace.
   */
  readonly w: Map<string, Float32Array>;
  /**
   * Feature → its row: its weights are `buf[row * NT]` … `buf[row * NT + NT - 1]`. A table over
   * the feature names kept in one string (src/text/string-table.ts): no string or Map entry per
   * feature in the heap (or the startup snapshot).
   */
  rows: StringTable;
  /** All weights, one row of NT per feature. */
  buf: Float32Array;
  /** Words that start some `w-1w=` / `ww+1=` bigram feature (built on first decode). */
  bigramLeft?: [StringTable, StringTable];
  /**
   * Words that may end some `w-1w=` / `ww+1=` bigram (every part after a `|`: a superset), built
   * with bigramLeft: a bigram is looked up only when both of its words may be in one.
   */
  bigramRight?: [StringTable, StringTable];
  /** Word-form score vectors kept across documents (see `formCache`). */
  forms?: FormCache;
  /** Interned rule tags / shapes and their pair-feature vectors, kept across documents (see `PairCache`). */
  pairCache?: PairCache;
  /** Transition matrix (pt=p + ptr=p|rule for every p) per rule tag, kept across documents. */
  transitions?: Map<string, Float64Array>;
}

/**
 * Rule tags and word shapes are small vocabularies: interned once per model (not per document)
 * so that the pair-feature vectors looked up by numeric key (`(kind * 4096 + a) * 4096 + b`)
 * are shared by all documents instead of rebuilt (string + map look-up) for each one. Starts
 * afresh when the names would no longer fit the numeric key.
 */
interface PairCache {
  ids: Map<string, number>;
  names: string[];
  /** Pair key → the feature's row in the weights (`Model.buf`), -1: not in the model. */
  pairs: Map<number, number>;
  /** Per rule-tag id: the sums of `r=`, `r-1=`, `r+1=` with that tag (3 × NT), made on first use. */
  ruleVec: Array<Float64Array | undefined>;
  /** Per shape id: the sums of `in=0…`, `in=1…` with that shape (2 × NT), made on first use. */
  iniVec: Array<Float64Array | undefined>;
  /**
   * Per pair of neighbouring shapes (key `a * 4096 + b`): `sh-1=a|b` (the right token's feature)
   * and `sh+1=a|b` (the left token's), 2 × NT; the same pair serves both tokens.
   */
  shPair: Map<number, Float64Array>;
}
const PAIR_NAMES_MAX = 4000;
/** Bound of the pair vectors kept (odd inputs with many shapes); the cache starts afresh past it. */
const PAIR_CACHE_MAX = 200_000;
/** Bound of the per-model bigram look-up caches (entries); they start afresh past it. */
const BIGRAM_CACHE_MAX = 400_000;
/** Rule tags with a cached transition matrix; a model has a handful, this only bounds odd inputs. */
const TRANSITIONS_MAX = 4096;

/**
 * The scores of a word form (its own features and its features as a neighbour) depend on the
 * form alone, so they are kept across documents: most words of a news corpus have been met
 * before, and summing their ~30 feature weights again is most of the tagger's time. Bounded: at
 * FORM_CACHE_MAX forms the cache starts afresh.
 */
interface FormCache {
  /** Form ids by lexicon flags, then text (two look-ups of existing strings: no key string built per token). */
  ids: Map<string, Map<string, number>>;
  vec: Float64Array[];
  big: number[];
  /** Word shape of each form (it depends on the text alone): not rebuilt, character by character, per token. */
  shape: string[];
  /**
   * Bigram feature vectors (`w-1w=` in bi1, `ww+1=` in bi2) by the pair of form ids: per first
   * form (index = its id, a dense array beside `vec`) a map by the second form's id (BIGRAM_END
   * for the sentence end). A form id fixes the word, so the feature name need not be built again;
   * small-integer keys (not one `a * 2^21 + b` key, a heap number past 2^30) keep the look-up
   * cheap and allocation-free. Values: the feature's row in `Model.buf`, -1: no such bigram.
   */
  bi1: Array<Map<number, number> | null>;
  bi2: Array<Map<number, number> | null>;
  /** Entries in bi1 / bi2 (bounded by BIGRAM_CACHE_MAX each). */
  bi1Size: number;
  bi2Size: number;
  /**
   * Sums shared by many forms, so that a new form does not build and look up their feature names
   * again: per lexicon flags (`lx=`, `l1=…` in the first NT slots, `lx-1=` … `lx+2=` in the four
   * role slots), per cluster list (by identity: `WordClusters.of` returns one frozen list per
   * leaf; `k…=` self and roles), per word shape (`sh=`) and per length (`len=`). Bounded by
   * SHARED_CACHE_MAX entries each; they start afresh past it.
   */
  lexVec: Map<string, Float64Array>;
  clVec: Map<readonly string[], Float64Array>;
  /** Per `ModelTok.feats` list, by identity (Arabic: one list per stem): the sum of its features. */
  featVec: Map<readonly string[], Float64Array>;
  shVec: Map<string, Float64Array>;
  lenVec: Array<Float64Array | undefined>;
  /** Per form id, the interned id of its shape in `shapeIdsOf` (-1: not yet), so a token costs no string look-up. */
  shapeIds: number[];
  shapeIdsOf: PairCache | null;
}
const BIGRAM_END = -1;
const EMPTY_PAIR = new Float64Array(0);
const SHARED_CACHE_MAX = 20_000;
const FORM_CACHE_MAX = 200_000;

/** Word shape: Xx, XX, x, d, X.X., mixed; runs collapsed. */
export function shape(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length && out.length <= 6; i++) {
    const k = s.charCodeAt(i);
    let c: string;
    if (k >= 65 && k <= 90) c = 'X';
    else if (k >= 97 && k <= 122) c = 'x';
    else if (k >= 48 && k <= 57) c = 'd';
    else if (k >= 0x600 && k <= 0x6ff) c = 'a';
    else if (k < 128) c = s[i]!;
    else {
      const ch = s[i]!;
      c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : 'l';
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function shapeOf(t: ModelTok): string {
  return t.shape ?? (t.shape = shape(t.text));
}

/** Features of the token alone (cacheable per word form). */
export function wordFeatures(t: ModelTok): string[] {
  const f: string[] = ['b'];
  const low = t.low;
  const sh = shapeOf(t);
  const lex = t.lex;
  f.push('w=' + low, 'sh=' + sh, 'lx=' + lex);
  if (lex.length > 1) for (let k = 0; k < lex.length; k++) f.push('l1=' + lex[k]);
  if (t.cased) f.push('wc=' + t.text);
  const n = low.length;
  for (let k = 1; k <= 4 && k < n; k++) {
    f.push('p' + k + '=' + low.slice(0, k));
    f.push('s' + k + '=' + low.slice(n - k));
  }
  f.push('len=' + Math.min(n, 12));
  const cl = t.clusters;
  if (cl) {
    if (!cl.length) f.push('k=?');
    else for (let k = 0; k < cl.length; k++) f.push('k' + k + '=' + cl[k]);
  }
  if (t.feats) for (const x of t.feats) f.push(x);
  if (t.forms && t.forms.length) {
    for (const x of t.forms) f.push('fm=' + x);
    // the stem (last form) and what was cut off before it (clitics, article)
    const st = t.forms[t.forms.length - 1]!;
    if (st.length < n && low.endsWith(st)) f.push('cl=' + low.slice(0, n - st.length));
    const m = st.length;
    for (let k = 1; k <= 3 && k < m; k++) f.push('sp' + k + '=' + st.slice(0, k), 'ss' + k + '=' + st.slice(m - k));
  }
  return f;
}

const ROLE = ['-1', '+1', '-2', '+2'];
/** Feature-name prefixes `formVector` builds per new word form, made once: 'w-1=', 'fm-1=', 'p1=', 's1=', 'sp1=', 'ss1='… */
const W_ROLE = ROLE.map((r) => 'w' + r + '=');
const FM_ROLE = ROLE.map((r) => 'fm' + r + '=');
const PRE_K = ['', 'p1=', 'p2=', 'p3=', 'p4='];
const SUF_K = ['', 's1=', 's2=', 's3=', 's4='];
const STEM_PRE_K = ['', 'sp1=', 'sp2=', 'sp3='];
const STEM_SUF_K = ['', 'ss1=', 'ss2=', 'ss3='];

/**
 * Features a token contributes to its neighbours' scores: role 0 = as the previous word, 1 = as
 * the next word, 2 / 3 = two before / after; `t` undefined = the sentence edge there. They depend
 * on the word form only, so the decoder sums them once per form.
 */
export function roleFeatures(t: ModelTok | undefined, role: number): string[] {
  const r = ROLE[role]!;
  if (!t) {
    const edge = role % 2 === 0 ? '<s>' : '</s>';
    return ['w' + r + '=' + edge, 'lx' + r + '=' + edge];
  }
  const f = ['w' + r + '=' + t.low, 'lx' + r + '=' + t.lex];
  if (t.forms) f.push('fm' + r + '=' + (t.forms.length ? t.forms[t.forms.length - 1] : t.low));
  const cl = t.clusters;
  if (cl) {
    if (!cl.length) f.push('k' + r + '=?');
    else for (let k = 0; k < cl.length; k++) f.push('k' + k + r + '=' + cl[k]);
  }
  return f;
}

/** Features of the token in its context. */
export function contextFeatures(toks: ModelTok[], i: number): string[] {
  const t = toks[i]!;
  const low = t.low;
  const sh = shapeOf(t);
  const f: string[] = ['r=' + t.rule, 'in=' + (t.initial ? 1 : 0) + sh];
  const p1 = toks[i - 1];
  const n1 = toks[i + 1];
  f.push('sh-1=' + (p1 ? shapeOf(p1) : '<s>') + '|' + sh, 'sh+1=' + sh + '|' + (n1 ? shapeOf(n1) : '</s>'));
  f.push('r-1=' + (p1 ? p1.rule : '<s>'), 'r+1=' + (n1 ? n1.rule : '</s>'));
  f.push('w-1w=' + (p1 ? p1.low : '<s>') + '|' + low, 'ww+1=' + low + '|' + (n1 ? n1.low : '</s>'));
  f.push(...roleFeatures(p1, 0), ...roleFeatures(n1, 1), ...roleFeatures(toks[i - 2], 2), ...roleFeatures(toks[i + 2], 3));
  return f;
}

/** Observation features of token i (no tag history). */
export function tokenFeatures(toks: ModelTok[], i: number): string[] {
  return wordFeatures(toks[i]!).concat(contextFeatures(toks, i));
}

export function historyFeatures(prev: number, prev2: number, t: ModelTok): string[] {
  return ['pt=' + prev, 'ptt=' + prev2 + '|' + prev, 'ptr=' + prev + '|' + t.rule];
}

/** History features of a first-order (Viterbi) model: the previous tag alone and with the rule tag. */
export function transitionFeatures(prev: number, t: ModelTok): string[] {
  return ['pt=' + prev, 'ptr=' + prev + '|' + t.rule];
}

/**
 * Exact first-order decoding. `obs[i * NT + c]` is the observation score of tag c on token i;
 * `transOf(i)` the transition scores into token i, an NT × NT matrix (`[p * NT + c]`: tag c after
 * tag p). The sequence starts after an implicit `O`; I-X only after B-X/I-X (`allowed`). Linear in
 * the number of tokens (NT² per token). `alpha`, when given, receives the forward scores.
 */
export function viterbi(n: number, obs: Float64Array, transOf: (i: number) => Float64Array, alpha?: Float64Array): number[] {
  const out: number[] = new Array(n);
  if (n === 0) return out;
  // the forward scores of token i are delta[i * NT …]: written in place (no per-token copy)
  const delta = alpha ?? new Float64Array(n * NT);
  const back = new Uint8Array(n * NT);
  let tr = transOf(0);
  for (let c = 0; c < NT; c++) delta[c] = allowed(0, c) ? obs[c]! + tr[c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * NT;
    const prow = row - NT;
    tr = transOf(i);
    // per tag c, the best previous tag p (the first in ascending order on ties, as a p-major
    // scan with a strict > gives), the running maximum kept in a local
    for (let c = 0; c < NT; c++) {
      let best = -Infinity;
      let bp = 0;
      for (let q = PRED_FROM[c]!, qe = PRED_FROM[c + 1]!; q < qe; q++) {
        const p = PRED[q]!;
        const dp = delta[prow + p]!;
        if (dp === -Infinity) continue;
        const v = dp + tr[p * NT + c]!;
        if (v > best) {
          best = v;
          bp = p;
        }
      }
      if (best !== -Infinity) back[row + c] = bp;
      delta[row + c] = best + obs[row + c]!;
    }
  }
  const last = (n - 1) * NT;
  let best = 0;
  for (let c = 1; c < NT; c++) if (delta[last + c]! > delta[last + best]!) best = c;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = best;
    best = back[i * NT + best]!;
  }
  return out;
}

/** Is tag c allowed after tag prev (I-X only after B-X or I-X)? */
export function allowed(prev: number, c: number): boolean {
  if (c === 0 || c % 2 === 1) return true;
  return prev === c || prev === c - 1;
}

const ALLOWED = new Uint8Array(NT * NT);
for (let p = 0; p < NT; p++) for (let c = 0; c < NT; c++) ALLOWED[p * NT + c] = allowed(p, c) ? 1 : 0;
/**
 * The allowed predecessors p of each tag c, ascending (`PRED[PRED_FROM[c]]` … `PRED[PRED_FROM[c + 1] - 1]`),
 * and the allowed successors c of each tag p, ascending (`SUCC`, `SUCC_FROM`): the decoder's inner
 * loops visit only those (the same order as a full scan that skips the others).
 */
const PRED: number[] = [];
const PRED_FROM: number[] = [];
const SUCC: number[] = [];
const SUCC_FROM: number[] = [];
for (let c = 0; c < NT; c++) {
  PRED_FROM.push(PRED.length);
  for (let p = 0; p < NT; p++) if (ALLOWED[p * NT + c]) PRED.push(p);
}
PRED_FROM.push(PRED.length);
for (let p = 0; p < NT; p++) {
  SUCC_FROM.push(SUCC.length);
  for (let c = 0; c < NT; c++) if (ALLOWED[p * NT + c]) SUCC.push(c);
}
SUCC_FROM.push(SUCC.length);

const cache = new Map<string, Model | null>();

/** The B- tag index of each entity type (what `TAGS.indexOf('B-' + type)` gives, without the string). */
const B_TAG = new Map<string, number>();
for (let k = 0; k < NT; k++) if (TAGS[k]!.startsWith('B-')) B_TAG.set(TAGS[k]!.slice(2), k);

/**
 * The tagger's view of a text: its best tags, and what it would cost (best path score minus the
 * best score of a path that tags tokens from..to as one name of `type`) to accept another reading.
 * 0 when the tagger agrees; for greedy models always 0 (no costs known).
 */
export interface Lattice {
  tags: number[];
  cost(from: number, to: number, type: EntityType): number;
}

/** Max-product lattice: forward scores from `viterbi`, backward scores computed on the first `cost` call. */
function lattice(n: number, obs: Float64Array, transOf: (i: number) => Float64Array): Lattice {
  const alpha = new Float64Array(n * NT);
  const tags = viterbi(n, obs, transOf, alpha);
  let beta: Float64Array | null = null;
  let best = -Infinity;
  const backward = (): Float64Array => {
    // beta[i * NT + p] = best score of tokens i+1… (their transitions and obs) given tag p on token i
    const b = new Float64Array(n * NT);
    for (let i = n - 2; i >= 0; i--) {
      const row = (i + 1) * NT;
      const tr = transOf(i + 1);
      for (let p = 0; p < NT; p++) {
        let m = -Infinity;
        for (let q = SUCC_FROM[p]!, qe = SUCC_FROM[p + 1]!; q < qe; q++) {
          const c = SUCC[q]!;
          const v = tr[p * NT + c]! + obs[row + c]! + b[row + c]!;
          if (v > m) m = v;
        }
        b[i * NT + p] = m;
      }
    }
    for (let c = 0; c < NT; c++) if (alpha[(n - 1) * NT + c]! > best) best = alpha[(n - 1) * NT + c]!;
    return b;
  };
  return {
    tags,
    cost(from: number, to: number, type: EntityType): number {
      if (from < 0 || to >= n || from > to) return Infinity;
      beta ??= backward();
      const B = B_TAG.get(type) ?? -1;
      const I = B + 1;
      let tr = transOf(from);
      let s: number;
      if (from === 0) s = tr[B]!;
      else {
        s = -Infinity;
        for (let p = 0; p < NT; p++) {
          const v = alpha[(from - 1) * NT + p]! + tr[p * NT + B]!;
          if (v > s) s = v;
        }
      }
      s += obs[from * NT + B]!;
      let prev = B;
      for (let i = from + 1; i <= to; i++) {
        s += transOf(i)[prev * NT + I]! + obs[i * NT + I]!;
        prev = I;
      }
      if (to < n - 1) {
        tr = transOf(to + 1);
        let m = -Infinity;
        const row = (to + 1) * NT;
        for (let c = 0; c < NT; c++) {
          if (c === I) continue; // the name ends at `to`
          const v = tr[prev * NT + c]! + obs[row + c]! + beta[row + c]!;
          if (v > m) m = v;
        }
        s += m;
      }
      return Math.max(0, best - s);
    },
  };
}

/** Load (once) the model file `ner-model.json` of a language folder; null when absent. */
export function loadModel(lang: string, metaUrl: string): Model | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const here = path.dirname(fileURLToPath(metaUrl));
  // The build copies the model beside the module; a run from an unbuilt tree falls back to src/.
  const candidates = [path.join(here, 'ner-model.json'), path.join(here, '..', '..', '..', 'src', 'lang', lang, 'ner-model.json')];
  let model: Model | null = null;
  for (const p of candidates) {
    if (!fs.existsSync(p)) continue;
    const file = JSON.parse(fs.readFileSync(p, 'utf8')) as ModelFile;
    model = fromFile(file);
    // The packed weights are in `rows` and `buf` now: the file's strings (the base64 weights, the
    // feature names, two-byte when Arabic) are not kept for the life of the process.
    const { packed: _weights, extra, ...settings } = file;
    model.file = extra ? { ...settings, extra: compactExtra(extra) } : settings;
    break;
  }
  cache.set(lang, model);
  return model;
}

/** Tables of numbers in `ModelFile.extra` from this many keys on are kept compact (`compactNumberRecord`). */
const COMPACT_RECORD_MIN = 256;

/**
 * `ModelFile.extra` with its large tables of numbers (Arabic: 8 000 word counts) as compact
 * read-only stand-ins: a parsed JSON object keeps a string and a property per key for the life of
 * the process (and in the startup snapshot). Reads give what the plain object gives.
 */
function compactExtra(extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(extra)) {
    const big = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
    const keys = big ? Object.keys(v) : [];
    out[k] = keys.length >= COMPACT_RECORD_MIN && keys.every((x) => typeof (v as Record<string, unknown>)[x] === 'number') ? compactNumberRecord(v as Record<string, number>) : v;
  }
  return out;
}

/**
 * Distributional word clusters of a language (`word-clusters.json` beside its module, written by
 * scripts/gen-clusters.mjs): `levels` [K1, K2, …]; `words`, the clustered words sorted by UTF-16
 * code units and space-separated; `ids`, two characters per word (base `digits.length`, the
 * character's position in `digits`): its leaf cluster, a path whose level-j cluster is the leaf
 * divided by the product of the later K's; `index`, the offset in `words` of every `sample`-th word.
 */
export interface WordClustersFile {
  levels: number[];
  digits: string;
  sample: number;
  index: number[];
  words: string;
  ids: string;
}

export interface WordClusters {
  /** Cluster ids of a lower-cased (folded) word, coarse to fine; the same empty array for unknown words. */
  of(low: string): readonly string[];
}

const NO_CLUSTER: readonly string[] = Object.freeze([]);

/**
 * Look-up over a cluster file with nothing built at load (splitting 150 000 words into a map took
 * 100–200 ms): binary search over the sampled offsets, then a scan of at most `sample` words; an id
 * list is made once per leaf on first use. Callers cache per word form (the tagger's language
 * modules do).
 */
export function clustersFrom(file: WordClustersFile): WordClusters {
  const { levels, digits, sample, index, words, ids } = file;
  const base = digits.length;
  const digit = new Int16Array(128).fill(-1);
  for (let k = 0; k < base; k++) digit[digits.charCodeAt(k)] = k;
  const idLists = new Map<number, readonly string[]>();
  const idsOf = (leaf: number): readonly string[] => {
    let out = idLists.get(leaf);
    if (!out) {
      const xs: string[] = [];
      let div = 1;
      for (let j = levels.length - 1; j >= 0; j--) {
        xs.unshift(String(Math.floor(leaf / div)));
        div *= levels[j]!;
      }
      idLists.set(leaf, (out = Object.freeze(xs)));
    }
    return out;
  };
  /** Compare the word of `words` starting at pos with w (code-unit order): <0, 0, >0. */
  const cmpAt = (pos: number, w: string): number => {
    for (let k = 0; ; k++) {
      const c = pos + k < words.length ? words.charCodeAt(pos + k) : 32;
      const d = k < w.length ? w.charCodeAt(k) : 32;
      if (c === 32 || d === 32) return c === d ? 0 : c === 32 ? -1 : 1;
      if (c !== d) return c - d;
    }
  };
  return {
    of(low: string): readonly string[] {
      if (!low || low.includes(' ') || !index.length) return NO_CLUSTER;
      let lo = 0;
      let hi = index.length - 1;
      if (cmpAt(index[0]!, low) > 0) return NO_CLUSTER;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (cmpAt(index[mid]!, low) <= 0) lo = mid;
        else hi = mid - 1;
      }
      let pos = index[lo]!;
      for (let k = 0, i = lo * sample; k < sample && pos < words.length; k++, i++) {
        const c = cmpAt(pos, low);
        if (c === 0) return idsOf(digit[ids.charCodeAt(2 * i)]! * base + digit[ids.charCodeAt(2 * i + 1)]!);
        if (c > 0) break;
        const next = words.indexOf(' ', pos);
        if (next < 0) break;
        pos = next + 1;
      }
      return NO_CLUSTER;
    },
  };
}

const clusterCache = new Map<string, WordClusters | null>();

/**
 * Load (once, on first use: never at import) the word clusters of a language folder
 * (`word-clusters.json` beside the compiled module, else under src/lang/<code>/); null when the
 * language has none. A language module opts in by calling this for its tokens' `clusters`.
 */
export function loadClusters(lang: string, metaUrl: string): WordClusters | null {
  if (clusterCache.has(lang)) return clusterCache.get(lang)!;
  const here = path.dirname(fileURLToPath(metaUrl));
  const candidates = [path.join(here, 'word-clusters.json'), path.join(here, '..', '..', '..', 'src', 'lang', lang, 'word-clusters.json')];
  let wc: WordClusters | null = null;
  for (const p of candidates) {
    if (!fs.existsSync(p)) continue;
    wc = clustersFrom(JSON.parse(fs.readFileSync(p, 'utf8')) as WordClustersFile);
    break;
  }
  clusterCache.set(lang, wc);
  return wc;
}

/** Replace the cached clusters of a language (training experiments); `undefined` forgets them. */
export function setClusters(lang: string, wc: WordClusters | null | undefined): void {
  if (wc === undefined) clusterCache.delete(lang);
  else clusterCache.set(lang, wc);
}

/**
 * Replace the cached model of a language (training and evaluation scripts: cross-validation
 * folds); `undefined` forgets it so the next `loadModel` reads the file again.
 */
export function setModel(lang: string, model: Model | null | undefined): void {
  if (model === undefined) cache.delete(lang);
  else cache.set(lang, model);
}

export function fromFile(file: ModelFile): Model {
  if (file.packed) {
    const { rows, buf } = unpackWeights(file.packed, file.scale);
    return modelOf(file, rows, buf);
  }
  // one buffer for all weight vectors: far fewer allocations on load
  const fw = file.w ?? {};
  const keys = Object.keys(fw);
  const buf = new Float32Array(keys.length * NT);
  const scale = file.scale;
  for (let i = 0; i < keys.length; i++) {
    const arr = fw[keys[i]!]!;
    const off = i * NT;
    for (let j = 0; j < arr.length; j += 2) buf[off + arr[j]!] = arr[j + 1]! / scale;
  }
  return modelOf(file, tableOfKeys(keys), buf);
}

/** A model over its weight rows; `w` (views per feature) is built on first access only. */
function modelOf(file: ModelFile, rows: StringTable, buf: Float32Array): Model {
  let views: Map<string, Float32Array> | null = null;
  return {
    file,
    rows,
    buf,
    get w(): Map<string, Float32Array> {
      if (!views) {
        views = new Map();
        for (const [k, r] of rows) views.set(k, buf.subarray(r * NT, r * NT + NT));
      }
      return views;
    },
  };
}

/** The row of feature f in `buf` (-1: not in the model), for the decoder's caches. */
function rowOf(model: Model, f: string): number {
  const r = model.rows.get(f);
  return r === undefined ? -1 : r;
}

/** Sparse scaled-integer weights → the packed form of `ModelFile.packed` (int16 range checked). */
export function packWeights(w: Record<string, number[]>): { features: string; data: string } {
  const keys = Object.keys(w);
  if (keys.some((k) => k.includes('\n'))) throw new Error('packWeights: a feature name holds a newline');
  const bytes: number[] = [];
  for (const k of keys) {
    const arr = w[k]!;
    const byTag = new Map<number, number>();
    for (let j = 0; j < arr.length; j += 2) byTag.set(arr[j]!, arr[j + 1]!);
    let mask = 0;
    for (const t of byTag.keys()) mask |= 1 << t;
    bytes.push(mask);
    for (let t = 0; t < NT; t++) {
      if (!(mask & (1 << t))) continue;
      const v = Math.round(byTag.get(t)!);
      if (v < -32768 || v > 32767) throw new Error(`packWeights: weight ${v} of ${k} out of int16 range`);
      bytes.push(v & 0xff, (v >> 8) & 0xff);
    }
  }
  return { features: keys.join('\n'), data: Buffer.from(bytes).toString('base64') };
}

function unpackWeights(packed: { features: string; data: string }, scale: number): { rows: StringTable; buf: Float32Array } {
  // the feature names stay in one string: the table indexes them in place (or in their one-byte form)
  const rows = tableOfJoined(packed.features, '\n');
  const count = rows.count;
  const bytes = Buffer.from(packed.data, 'base64');
  const buf = new Float32Array(count * NT);
  const len = bytes.length;
  let p = 0;
  for (let i = 0; i < count; i++) {
    const off = i * NT;
    const mask = p < len ? bytes[p]! : 0;
    p++;
    for (let t = 0; t < NT; t++) {
      if (!(mask & (1 << t))) continue;
      if (p + 2 > len) throw new Error(`ner model: packed weights do not match the ${count} features`);
      // little-endian int16, read inline (readInt16LE's checks cost more than the read)
      const u = bytes[p]! | (bytes[p + 1]! << 8);
      buf[off + t] = (u >= 0x8000 ? u - 0x10000 : u) / scale;
      p += 2;
    }
  }
  if (p !== bytes.length) throw new Error(`ner model: packed weights do not match the ${count} features`);
  return { rows, buf };
}

function addFeatures(model: Model, feats: string[], score: Float64Array): void {
  const { rows, buf } = model;
  for (const f of feats) {
    const r = rows.get(f);
    if (r !== undefined) for (let c = 0, o = r * NT; c < NT; c++) score[c]! += buf[o + c]!;
  }
}

/**
 * `Model.bigramLeft` and `Model.bigramRight`, in one pass over the feature names (only names
 * starting with `w` are looked at further).
 */
function bigramSets(model: Model): void {
  const a = new Set<string>();
  const b = new Set<string>();
  const ra = new Set<string>();
  const rb = new Set<string>();
  const rows = model.rows;
  for (let i = 0; i < rows.count; i++) {
    // 'w-' or 'ww' (no string made for the other features)
    if (rows.keyCodeAt(i, 0) !== 119) continue;
    const second = rows.keyCodeAt(i, 1);
    if (second !== 45 && second !== 119) continue;
    const k = rows.key(i);
    if (rows.size !== rows.count && rows.get(k) !== i) continue; // a repeated name: its last row only
    const first = k.startsWith('w-1w=') ? 1 : k.startsWith('ww+1=') ? 2 : 0;
    if (!first) continue;
    const bar = k.indexOf('|', 5);
    (first === 1 ? a : b).add(k.slice(5, bar));
    const right = first === 1 ? ra : rb;
    for (let p = bar; p >= 0; p = k.indexOf('|', p + 1)) right.add(k.slice(p + 1));
  }
  // kept as string tables (a few objects each, not one string per word): built once per model
  model.bigramLeft = [tableOfKeys([...a]), tableOfKeys([...b])];
  model.bigramRight = [tableOfKeys([...ra]), tableOfKeys([...rb])];
}

/** Best tag per token (Viterbi for first-order models, else greedy). */
export function decode(model: Model, toks: ModelTok[]): number[] {
  return decodeLattice(model, toks).tags;
}

/**
 * `decode`, keeping the lattice of a Viterbi model so that other readings can be scored. The scores
 * are the same sums of weights as `tokenFeatures` + `transitionFeatures` (what training uses; the
 * reference decoder below), regrouped: what depends on one word form (the word itself, and the word
 * as a neighbour at each distance) is summed once per form; small vocabularies (rule tags, shapes,
 * tag history) are interned to numbers with their vectors cached; transitions are one NT × NT matrix
 * per rule tag; a word bigram is looked up only when its first word starts some bigram of the model.
 */
export function decodeLattice(model: Model, toks: ModelTok[]): Lattice {
  const n = toks.length;
  const obs = new Float64Array(n * NT);
  const { rows, buf } = model;
  if (!model.bigramLeft || !model.bigramRight) bigramSets(model);
  const [left1, left2] = model.bigramLeft!;
  const [right1, right2] = model.bigramRight!;
  // `ww+1=…|</s>` at the end of the tokens
  const endRight2 = right2.has('</s>');
  // per word form (text + lexicon flags): 5 vectors (self, as w-1, as w+1, as w-2, as w+2) + 2 bigram flags
  if (!model.forms || model.forms.vec.length >= FORM_CACHE_MAX)
    model.forms = { ids: new Map(), vec: [], big: [], shape: [], bi1: [], bi2: [], bi1Size: 0, bi2Size: 0, lexVec: new Map(), clVec: new Map(), featVec: new Map(), shVec: new Map(), lenVec: [], shapeIds: [], shapeIdsOf: null };
  const fc = model.forms;
  const { ids: forms, vec: formVec, big: formBig, shape: formShape, bi1, bi2 } = fc;
  if (fc.lexVec.size >= SHARED_CACHE_MAX) fc.lexVec.clear();
  if (fc.clVec.size >= SHARED_CACHE_MAX) fc.clVec.clear();
  if (fc.featVec.size >= SHARED_CACHE_MAX) fc.featVec.clear();
  if (fc.shVec.size >= SHARED_CACHE_MAX) fc.shVec.clear();
  if (fc.bi1Size >= BIGRAM_CACHE_MAX) {
    bi1.fill(null);
    fc.bi1Size = 0;
  }
  if (fc.bi2Size >= BIGRAM_CACHE_MAX) {
    bi2.fill(null);
    fc.bi2Size = 0;
  }
  const fid = new Int32Array(n);
  const addTo = (dst: Float64Array, off: number, feats: string[]) => {
    for (const f of feats) {
      const r = rows.get(f);
      if (r !== undefined) for (let c = 0, o = r * NT; c < NT; c++) dst[off + c]! += buf[o + c]!;
    }
  };
  /** Add feature f's weights (if any) to dst[off…off+NT). */
  const add1 = (dst: Float64Array, off: number, f: string) => {
    const r = rows.get(f);
    if (r !== undefined) for (let c = 0, o = r * NT; c < NT; c++) dst[off + c]! += buf[o + c]!;
  };
  const addVec = (dst: Float64Array, src: Float64Array) => {
    for (let k = 0; k < src.length; k++) dst[k]! += src[k]!;
  };
  const bias = rowOf(model, 'b');
  /**
   * The same sums as `wordFeatures(t)` (self slot) and `roleFeatures(t, r)` (role slots), without
   * the feature lists: what depends on the lexicon flags, the cluster list, the shape or the length
   * alone comes from the shared caches (sums of float32 weights in float64 are exact, so the order
   * of the additions does not change a bit; the decoder test compares with `decodeReference`).
   */
  const formVector = (t: ModelTok, v: Float64Array) => {
    const low = t.low;
    const lex = t.lex;
    if (bias >= 0) for (let c = 0, o = bias * NT; c < NT; c++) v[c]! += buf[o + c]!;
    add1(v, 0, 'w=' + low);
    const sh = shapeOf(t);
    let sv = fc.shVec.get(sh);
    if (!sv) {
      sv = new Float64Array(NT);
      add1(sv, 0, 'sh=' + sh);
      fc.shVec.set(sh, sv);
    }
    for (let c = 0; c < NT; c++) v[c]! += sv[c]!;
    let lv = fc.lexVec.get(lex);
    if (!lv) {
      lv = new Float64Array(5 * NT);
      add1(lv, 0, 'lx=' + lex);
      if (lex.length > 1) for (let k = 0; k < lex.length; k++) add1(lv, 0, 'l1=' + lex[k]);
      for (let r = 0; r < 4; r++) add1(lv, (r + 1) * NT, 'lx' + ROLE[r] + '=' + lex);
      fc.lexVec.set(lex, lv);
    }
    addVec(v, lv);
    if (t.cased) add1(v, 0, 'wc=' + t.text);
    const n = low.length;
    for (let k = 1; k <= 4 && k < n; k++) {
      add1(v, 0, PRE_K[k]! + low.slice(0, k));
      add1(v, 0, SUF_K[k]! + low.slice(n - k));
    }
    const len = Math.min(n, 12);
    let nv = fc.lenVec[len];
    if (!nv) {
      nv = new Float64Array(NT);
      add1(nv, 0, 'len=' + len);
      fc.lenVec[len] = nv;
    }
    for (let c = 0; c < NT; c++) v[c]! += nv[c]!;
    const cl = t.clusters;
    if (cl) {
      let cv = fc.clVec.get(cl);
      if (!cv) {
        cv = new Float64Array(5 * NT);
        if (!cl.length) {
          add1(cv, 0, 'k=?');
          for (let r = 0; r < 4; r++) add1(cv, (r + 1) * NT, 'k' + ROLE[r] + '=?');
        } else
          for (let k = 0; k < cl.length; k++) {
            add1(cv, 0, 'k' + k + '=' + cl[k]);
            for (let r = 0; r < 4; r++) add1(cv, (r + 1) * NT, 'k' + k + ROLE[r] + '=' + cl[k]);
          }
        fc.clVec.set(cl, cv);
      }
      addVec(v, cv);
    }
    const ft = t.feats;
    if (ft) {
      let fv = fc.featVec.get(ft);
      if (!fv) {
        fv = new Float64Array(NT);
        for (const x of ft) add1(fv, 0, x);
        fc.featVec.set(ft, fv);
      }
      for (let c = 0; c < NT; c++) v[c]! += fv[c]!;
    }
    const fm = t.forms;
    if (fm && fm.length) {
      for (const x of fm) add1(v, 0, 'fm=' + x);
      const st = fm[fm.length - 1]!;
      if (st.length < n && low.endsWith(st)) add1(v, 0, 'cl=' + low.slice(0, n - st.length));
      const m = st.length;
      for (let k = 1; k <= 3 && k < m; k++) {
        add1(v, 0, STEM_PRE_K[k]! + st.slice(0, k));
        add1(v, 0, STEM_SUF_K[k]! + st.slice(m - k));
      }
    }
    for (let r = 0; r < 4; r++) {
      const off = (r + 1) * NT;
      add1(v, off, W_ROLE[r]! + low);
      if (fm) add1(v, off, FM_ROLE[r]! + (fm.length ? fm[fm.length - 1] : low));
    }
  };
  const formOf = (t: ModelTok | undefined, text: string, lex: string): number => {
    const memo = t ? t.memo : undefined;
    if (memo && memo.cache === fc) return memo.id;
    let byText = forms.get(lex);
    if (!byText) forms.set(lex, (byText = new Map()));
    let id = byText.get(text);
    if (id !== undefined) {
      if (memo) {
        memo.cache = fc;
        memo.id = id;
      }
      return id;
    }
    id = formVec.length;
    const v = new Float64Array(5 * NT);
    if (t) formVector(t, v);
    else for (let r = 0; r < 4; r++) addTo(v, (r + 1) * NT, roleFeatures(t, r));
    formVec.push(v);
    const low = t ? t.low : '';
    formBig.push((left1.has(t ? low : '<s>') ? 1 : 0) | (t && left2.has(low) ? 2 : 0) | (t && right1.has(low) ? 4 : 0) | (t && right2.has(low) ? 8 : 0));
    formShape.push(t ? shapeOf(t) : '');
    bi1.push(null);
    bi2.push(null);
    byText.set(text, id);
    if (memo) {
      memo.cache = fc;
      memo.id = id;
    }
    return id;
  };
  const edge = formOf(undefined, '\u0002edge', '\u0002');
  const edgeVec = formVec[edge]!;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    fid[i] = formOf(t, t.text, t.lex);
  }
  // Small vocabularies (rule tags, shapes) interned to numbers (per model, see PairCache); pair vectors cached.
  const freshPairs = (): PairCache => ({ ids: new Map([['<s>', 0], ['</s>', 1]]), names: ['<s>', '</s>'], pairs: new Map(), ruleVec: [], iniVec: [], shPair: new Map() });
  let pc = model.pairCache && model.pairCache.pairs.size + model.pairCache.shPair.size < PAIR_CACHE_MAX ? model.pairCache : (model.pairCache = freshPairs());
  let { ids, names, pairs } = pc;
  const idOf = (x: string) => {
    let k = ids.get(x);
    if (k === undefined) {
      k = names.length;
      names.push(x);
      ids.set(x, k);
    }
    return k;
  };
  const ruleId = new Int32Array(n);
  const shapeId = new Int32Array(n);
  const intern = () => {
    if (fc.shapeIdsOf !== pc) {
      fc.shapeIds = [];
      fc.shapeIdsOf = pc;
    }
    const sids = fc.shapeIds;
    while (sids.length < formVec.length) sids.push(-1);
    for (let i = 0; i < n; i++) {
      ruleId[i] = idOf(toks[i]!.rule);
      const f = fid[i]!;
      let sid = sids[f]!;
      if (sid < 0) sids[f] = sid = idOf(formShape[f]!);
      shapeId[i] = sid;
    }
  };
  intern();
  if (names.length >= PAIR_NAMES_MAX && names.length > 2) {
    // the names kept from earlier documents crowd this one out of the numeric keys: start afresh
    pc = model.pairCache = freshPairs();
    ({ ids, names, pairs } = pc);
    intern();
  }
  const big = names.length >= PAIR_NAMES_MAX; // numeric keys must fit: fall back to plain look-ups for odd inputs
  const PAIR = ['', 'r=', 'in=', 'sh-1=', 'sh+1=', 'r-1=', 'r+1='];
  const pairName = (kind: number, a: number, b: number) =>
    kind === 2 ? PAIR[2] + a + names[b] : kind === 3 || kind === 4 ? PAIR[kind] + names[a] + '|' + names[b] : PAIR[kind] + names[b];
  const pair = (off: number, kind: number, a: number, b: number) => {
    let v: number | undefined;
    if (big) v = rowOf(model, pairName(kind, a, b));
    else {
      const key = (kind * 4096 + a) * 4096 + b;
      v = pairs.get(key);
      if (v === undefined) {
        v = rowOf(model, pairName(kind, a, b));
        pairs.set(key, v);
      }
    }
    if (v >= 0) for (let c = 0, o = v * NT; c < NT; c++) obs[off + c]! += buf[o + c]!;
  };
  // bigram of token i: kind 1 = `w-1w=` (forms a = i-1 or the edge, b = i), kind 2 = `ww+1=` (a = i, b = i+1 or BIGRAM_END)
  const look = (off: number, kind: 1 | 2, a: number, b: number, i: number) => {
    const byFirst = kind === 1 ? bi1 : bi2;
    let row = byFirst[a];
    if (!row) byFirst[a] = row = new Map();
    let v = row.get(b);
    if (v === undefined) {
      const low = toks[i]!.low;
      const name = kind === 1 ? 'w-1w=' + (i > 0 ? toks[i - 1]!.low : '<s>') + '|' + low : 'ww+1=' + low + '|' + (i + 1 < n ? toks[i + 1]!.low : '</s>');
      v = rowOf(model, name);
      row.set(b, v);
      if (kind === 1) fc.bi1Size++;
      else fc.bi2Size++;
    }
    if (v >= 0) for (let c = 0, o = v * NT; c < NT; c++) obs[off + c]! += buf[o + c]!;
  };
  const { ruleVec, iniVec, shPair } = pc;
  const rvOf = (id: number): Float64Array => {
    let v = ruleVec[id];
    if (!v) {
      const x = names[id]!;
      v = new Float64Array(3 * NT);
      add1(v, 0, 'r=' + x);
      add1(v, NT, 'r-1=' + x);
      add1(v, 2 * NT, 'r+1=' + x);
      ruleVec[id] = v;
    }
    return v;
  };
  const ivOf = (id: number): Float64Array => {
    let v = iniVec[id];
    if (!v) {
      const x = names[id]!;
      v = new Float64Array(2 * NT);
      add1(v, 0, 'in=0' + x);
      add1(v, NT, 'in=1' + x);
      iniVec[id] = v;
    }
    return v;
  };
  const spOf = (a: number, b: number): Float64Array => {
    const key = a * 4096 + b;
    let v = shPair.get(key);
    if (!v) {
      const x = names[a]! + '|' + names[b]!;
      v = new Float64Array(2 * NT);
      add1(v, 0, 'sh-1=' + x);
      add1(v, NT, 'sh+1=' + x);
      shPair.set(key, v);
    }
    return v;
  };
  /** The shape-pair vectors of (previous shape, this shape): `sh-1=` in the first NT slots. */
  let leftPair = !big && n > 0 ? spOf(0, shapeId[0]!) : EMPTY_PAIR;
  for (let i = 0; i < n; i++) {
    const off = i * NT;
    const t = toks[i]!;
    const self = formVec[fid[i]!]!;
    const p1 = i > 0 ? formVec[fid[i - 1]!]! : edgeVec;
    const n1 = i + 1 < n ? formVec[fid[i + 1]!]! : edgeVec;
    const p2 = i > 1 ? formVec[fid[i - 2]!]! : edgeVec;
    const n2 = i + 2 < n ? formVec[fid[i + 2]!]! : edgeVec;
    const r = ruleId[i]!;
    const sh = shapeId[i]!;
    const r1 = i > 0 ? ruleId[i - 1]! : 0;
    const rn = i + 1 < n ? ruleId[i + 1]! : 1;
    const s1 = i > 0 ? shapeId[i - 1]! : 0;
    const sn = i + 1 < n ? shapeId[i + 1]! : 1;
    const ini = t.initial ? 1 : 0;
    if (big) {
      for (let c = 0; c < NT; c++) obs[off + c] = self[c]! + p1[NT + c]! + n1[2 * NT + c]! + p2[3 * NT + c]! + n2[4 * NT + c]!;
      pair(off, 1, 0, r);
      pair(off, 2, ini, sh);
      pair(off, 3, s1, sh);
      pair(off, 4, sh, sn);
      pair(off, 5, 0, r1);
      pair(off, 6, 0, rn);
    } else {
      // the pair features from the per-id vectors; the shape pair (sh, sn) is the next token's (s1, sh)
      const rv = rvOf(r);
      const r1v = rvOf(r1);
      const rnv = rvOf(rn);
      const iv = ivOf(sh);
      const right = spOf(sh, sn);
      const io = ini * NT;
      // word forms (self and neighbours), then the pair features: one pass over the tags
      for (let c = 0; c < NT; c++)
        obs[off + c] = self[c]! + p1[NT + c]! + n1[2 * NT + c]! + p2[3 * NT + c]! + n2[4 * NT + c]! + rv[c]! + r1v[NT + c]! + rnv[2 * NT + c]! + iv[io + c]! + leftPair[c]! + right[NT + c]!;
      leftPair = right;
    }
    const left = i > 0 ? fid[i - 1]! : edge;
    const self4 = formBig[fid[i]!]!;
    if (formBig[left]! & 1 && self4 & 4) look(off, 1, left, fid[i]!, i);
    if (self4 & 2 && (i + 1 < n ? formBig[fid[i + 1]!]! & 8 : endRight2)) look(off, 2, fid[i]!, i + 1 < n ? fid[i + 1]! : BIGRAM_END, i);
  }
  if (model.file.decoder === 'viterbi') {
    // one transition matrix per rule tag (pt=p + ptr=p|rule), kept per model; per token an array look-up
    if (!model.transitions || model.transitions.size >= TRANSITIONS_MAX) model.transitions = new Map();
    const mats = model.transitions;
    const byRule: Array<Float64Array | undefined> = [];
    return lattice(n, obs, (i) => {
      const r = ruleId[i]!;
      let m = byRule[r];
      if (!m) {
        const rule = toks[i]!.rule;
        m = mats.get(rule);
        if (!m) {
          m = new Float64Array(NT * NT);
          for (let p = 0; p < NT; p++) addTo(m, p * NT, transitionFeatures(p, toks[i]!));
          mats.set(rule, m);
        }
        byRule[r] = m;
      }
      return m;
    });
  }
  const out: number[] = new Array(n);
  let prev = 0;
  let prev2 = 0;
  const cur = new Float64Array(NT);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < NT; c++) cur[c] = obs[i * NT + c]!;
    addTo(cur, 0, historyFeatures(prev, prev2, toks[i]!));
    const best = bestTag(cur, prev);
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return { tags: out, cost: () => 0 };
}

/** The highest-scoring tag that may follow `prev` (BIO: no I- without its B-). */
function bestTag(score: Float64Array, prev: number): number {
  let best = 0;
  let bs = -Infinity;
  for (let c = 0; c < NT; c++) {
    if (!allowed(prev, c)) continue;
    if (score[c]! > bs) {
      bs = score[c]!;
      best = c;
    }
  }
  return best;
}

/** Reference decoder: the plain feature lists, as in training (tests check `decode` against it). */
export function decodeReference(model: Model, toks: ModelTok[]): number[] {
  if (model.file.decoder === 'viterbi') {
    const obs = new Float64Array(toks.length * NT);
    for (let i = 0; i < toks.length; i++) addFeatures(model, tokenFeatures(toks, i), obs.subarray(i * NT, i * NT + NT));
    return viterbi(toks.length, obs, (i) => {
      const m = new Float64Array(NT * NT);
      for (let p = 0; p < NT; p++) addFeatures(model, transitionFeatures(p, toks[i]!), m.subarray(p * NT, p * NT + NT));
      return m;
    });
  }
  const out: number[] = new Array(toks.length);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < toks.length; i++) {
    const score = new Float64Array(NT);
    addFeatures(model, tokenFeatures(toks, i).concat(historyFeatures(prev, prev2, toks[i]!)), score);
    const best = bestTag(score, prev);
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return out;
}

export interface TagSpan {
  /** Token indexes, inclusive. */
  from: number;
  to: number;
  type: EntityType;
}

export function spansOf(tags: number[]): TagSpan[] {
  const out: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const c = tags[i]!;
    if (c === 0) {
      cur = null;
      continue;
    }
    const type = TAGS[c]!.slice(2) as EntityType;
    if (c % 2 === 1 || !cur || cur.type !== type) {
      cur = { from: i, to: i, type };
      out.push(cur);
    } else cur.to = i;
  }
  return out;
}

/** BIO rule tag per token from sorted candidate spans (normalised coordinates). */
export function ruleTags(toks: ModelTok[], cands: Array<{ start: number; end: number; type: string; entry?: unknown; via?: string; weak?: boolean }>): void {
  const cs = [...cands].sort((a, b) => a.start - b.start);
  let ci = 0;
  for (const t of toks) {
    while (ci < cs.length && cs[ci]!.end <= t.start) ci++;
    const c = cs[ci];
    if (c && c.start < t.end && c.end > t.start) {
      const first = t.start <= c.start;
      t.rule = (first ? 'B-' : 'I-') + c.type + (c.entry ? '+g' : c.via ? ':' + c.via : c.weak ? ':w' : '');
    } else t.rule = 'O';
  }
}

interface Span {
  blockStart?: number;
  via?: string;
  start: number;
  end: number;
  name: string;
  entry?: unknown;
  weak?: boolean;
}

/**
 * How rule candidates (by `via`, the rule that proposed them) combine with the tagger's spans,
 * chosen by cross-validation on the dev parts together with the project's own test sentences
 * (`scripts/train-ner.mjs --cv 5 --merge 'fill=…;extend=…'` tries other settings):
 * - OVERRIDE: the rule name wins over every tagger span it touches (editorial insertions
 *   "[The minister Karim] Benali"); multi-word gazetteer names always do;
 * - EXTEND: the rule name replaces tagger spans lying inside it (جان فرانسوا → جان فرانسوا لوغارة,
 *   Anne-Marie + Villiers → Anne-Marie de Villiers);
 * - FILL: the rule name is added where the tagger proposed nothing (gazetteer names always are).
 * EXTEND and FILL go through the model's gate (`spanGate`) when `mergeRules` is given one.
 * English vias: oc/lc organisation/place cue words, pc title or given name, pp name particle,
 * od the same after "the" and ending in the cue, gc gazetteer name + cue (or demonym + gazetteer
 * organisation ending in a cue), br bracketed insertion, ac acronym. Arabic: q quoted name after a trigger,
 * ot organisation trigger, lt place trigger, ts title or speech verb, gn given name, ap apposition;
 * late rules (session 6, never tagger features): da dateline agency, dl its place, pa person in commas after a
 * speaker's description, qn quoted name after a typed noun, qm a news outlet in «لـ"X"», pl places
 * listed after a place word, ps a speaker named between his description and «إن/أن» (session 7).
 */
export const MERGE = {
  override: new Set(['br']),
  extend: new Set(['lc', 'gc', 'ts', 'gn', 'pp', 'ps']),
  fill: new Set(['oc', 'od', 'lc', 'ot', 'lt', 'ts', 'ac', 'pc', 'da', 'dl', 'pa', 'qn', 'qm', 'pl', 'ps']),
  /** Gazetteer names fill gaps; multi-word ones win over tagger spans (false: experiments only). */
  gazetteer: true,
  /** The gate (below) also applies to gazetteer names filling gaps. */
  gateGazetteer: false,
  /** The gate applies to extending names too (not only to filling gaps). */
  gateExtend: true,
};

/**
 * A gate for `mergeRules`: a rule name may extend tagger spans or fill a gap only if the tagger
 * finds that reading nearly as good as its own (lattice cost at most `threshold`, the model
 * file's `gate`, chosen by cross-validation on the dev parts). No gate without a threshold.
 */
export function spanGate(toks: ModelTok[], lat: Lattice, file: Pick<ModelFile, 'gate' | 'gateExempt'>): ((c: { start: number; end: number; type: EntityType; via?: string }) => boolean) | undefined {
  const threshold = file.gate;
  if (threshold === undefined || !toks.length) return undefined;
  const exempt = new Set(file.gateExempt ?? []);
  // index of the first token whose `end` (or `start`) is above pos
  const search = (pos: number, byStart: boolean) => lowerBound(toks, pos + 1, (t) => (byStart ? t.start : t.end));
  // tokens overlapping [start, end): from the first ending after start to the last starting before end
  return (c) => (c.via !== undefined && exempt.has(c.via)) || lat.cost(search(c.start, false), search(c.end - 1, true) - 1, c.type) <= threshold;
}

/**
 * Rule candidates next to the tagger's spans: a gazetteer name of several words wins over tagger
 * spans inside it or crossing it ("Maghreb Arab News Agency" is not "Maghreb" + "News"); rule
 * candidates from the gazetteer fill places where the tagger proposed nothing. Linear in the
 * text length (position arrays, no pairwise comparison). `n` is the normalised text length.
 */
export function mergeRules<C extends Span>(n: number, model: C[], rule: C[], gate?: (c: C) => boolean): C[] {
  const ovr = MERGE.override;
  const ext = MERGE.extend;
  const fillK = MERGE.fill;
  const gzOn = MERGE.gazetteer;
  const multi = (c: C) => /\s/.test(c.name.trim());
  const strong = rule
    .filter((c) => (gzOn && c.entry && multi(c)) || (c.via !== undefined && ovr.has(c.via)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const owner = new Int32Array(n + 1).fill(-1);
  const gz: C[] = [];
  let last = -1;
  for (const g of strong) {
    if ((g.blockStart ?? g.start) < last) continue;
    for (let p = g.blockStart ?? g.start; p < g.end; p++) owner[p] = gz.length;
    gz.push(g);
    last = g.end;
  }
  // model span index per position, for "extend": a rule name that contains tagger spans replaces them
  const mAt = new Int32Array(n + 1).fill(-1);
  model.forEach((m, k) => {
    for (let p = m.start; p < m.end; p++) mAt[p] = k;
  });
  const dropped = new Uint8Array(model.length);
  const extended: C[] = [];
  const ok = (c: C) => !gate || gate(c);
  const extRule = rule.filter((c) => c.via !== undefined && ext.has(c.via) && (!MERGE.gateExtend || ok(c))).sort((a, b) => a.start - b.start || b.end - a.end);
  let lastExt = -1;
  for (const c of extRule) {
    if (c.start < lastExt) continue;
    let inside = true;
    let any = false;
    const ks: number[] = [];
    for (let p = c.start; p < c.end; p++) {
      const k = mAt[p]!;
      if (k < 0) continue;
      any = true;
      const m = model[k]!;
      if (m.start < c.start || m.end > c.end) {
        inside = false;
        break;
      }
      if (ks[ks.length - 1] !== k) ks.push(k);
    }
    if (!any || !inside) continue;
    for (const k of ks) dropped[k] = 1;
    extended.push(c);
    lastExt = c.end;
  }
  // split: a tagger span that holds two or more whole rule names ("Lisbon Carla Ruivo") is those names
  {
    const rAt = new Int32Array(n + 1).fill(-1);
    const rs = [...rule].sort((a, b) => a.start - b.start || b.end - a.end);
    let le = -1;
    rs.forEach((c, k) => {
      if (c.start < le) return;
      for (let p = c.start; p < c.end; p++) rAt[p] = k;
      le = c.end;
    });
    model.forEach((m, k) => {
      if (dropped[k]) return;
      const ks: number[] = [];
      for (let p = m.start; p < m.end; p++) {
        const r = rAt[p]!;
        if (r >= 0 && ks[ks.length - 1] !== r) ks.push(r);
      }
      if (ks.length < 2 || !ks.every((r) => rs[r]!.start >= m.start && rs[r]!.end <= m.end)) return;
      dropped[k] = 1;
      for (const r of ks) extended.push(rs[r]!);
    });
  }
  const occ = new Uint8Array(n + 1);
  const out: C[] = [];
  for (const m of [...model.filter((_, k) => !dropped[k]), ...extended]) {
    let keep = true;
    for (let p = m.start; p < m.end && keep; p++) {
      const o = owner[p]!;
      if (o < 0) continue;
      const g = gz[o]!;
      if (g === m) continue;
      // a longer tagger span holding a gazetteer name keeps it ("Paris Saint-Germain"); an override
      // name (an editorial insertion) wins over every tagger span it touches
      if ((g.via !== undefined && ovr.has(g.via)) || !(m.start <= (g.blockStart ?? g.start) && m.end >= g.end && m.end - m.start > g.end - g.start)) keep = false;
    }
    if (!keep) continue;
    out.push(m);
    for (let p = m.start; p < m.end; p++) occ[p] = 1;
  }
  const free = (c: C) => {
    for (let p = c.start; p < c.end; p++) if (occ[p]) return false;
    return true;
  };
  for (const c of [...gz, ...rule.filter((r) => ((gzOn && r.entry) || (r.via !== undefined && fillK.has(r.via))) && (r.entry && !MERGE.gateGazetteer ? true : ok(r)))]) {
    if (c.end <= c.start || !free(c)) continue;
    out.push(c);
    for (let p = c.start; p < c.end; p++) occ[p] = 1;
  }
  return out.sort((a, b) => a.start - b.start);
}
