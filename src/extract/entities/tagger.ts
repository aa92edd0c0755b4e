/**
 * Statistical name tagger shared by the English and Arabic extractors: an averaged perceptron
 * over BIO tags with greedy left-to-right decoding (linear time). Features are word forms,
 * affixes, word shape, position, neighbouring words, lexicon flags supplied by the language
 * module (`lex`, e.g. common word / title / given name) and the rule tagger's own output (`rule`,
 * which carries gazetteer membership). Trained by scripts/train-ner.mjs; the model files are
 * src/lang/<code>/ner-model.json, read lazily on first use (never at import).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../types.js';

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
}

export interface ModelFile {
  version: number;
  lang: string;
  tags: string[];
  scale: number;
  /** feature → [tagIndex, weight, tagIndex, weight, …] (weights scaled integers). */
  w: Record<string, number[]>;
  /** Optional extra data (Arabic: word counts for proclitic decisions). */
  extra?: Record<string, unknown>;
}

export interface Model {
  file: ModelFile;
  w: Map<string, Float32Array>;
}

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
  f.push('w=' + low, 'sh=' + sh, 'lx=' + t.lex);
  if (t.cased) f.push('wc=' + t.text);
  const n = low.length;
  for (let k = 1; k <= 4 && k < n; k++) {
    f.push('p' + k + '=' + low.slice(0, k));
    f.push('s' + k + '=' + low.slice(n - k));
  }
  f.push('len=' + Math.min(n, 12));
  if (t.forms) for (const x of t.forms) f.push('fm=' + x);
  return f;
}

/** Features of the token in its context. */
export function contextFeatures(toks: ModelTok[], i: number): string[] {
  const t = toks[i]!;
  const low = t.low;
  const sh = shapeOf(t);
  const f: string[] = ['r=' + t.rule, 'in=' + (t.initial ? 1 : 0) + sh];
  const p1 = toks[i - 1];
  const p2 = toks[i - 2];
  const n1 = toks[i + 1];
  const n2 = toks[i + 2];
  f.push('w-1=' + (p1 ? p1.low : '<s>'), 'w+1=' + (n1 ? n1.low : '</s>'));
  f.push('w-2=' + (p2 ? p2.low : '<s>'), 'w+2=' + (n2 ? n2.low : '</s>'));
  f.push('sh-1=' + (p1 ? shapeOf(p1) : '<s>') + '|' + sh, 'sh+1=' + sh + '|' + (n1 ? shapeOf(n1) : '</s>'));
  f.push('r-1=' + (p1 ? p1.rule : '<s>'), 'r+1=' + (n1 ? n1.rule : '</s>'));
  f.push('lx-1=' + (p1 ? p1.lex : '<s>'), 'lx+1=' + (n1 ? n1.lex : '</s>'));
  f.push('w-1w=' + (p1 ? p1.low : '<s>') + '|' + low, 'ww+1=' + low + '|' + (n1 ? n1.low : '</s>'));
  if (p1?.forms) f.push('fm-1=' + p1.forms[p1.forms.length - 1]);
  if (n1?.forms) f.push('fm+1=' + n1.forms[n1.forms.length - 1]);
  return f;
}

/** Observation features of token i (no tag history). */
export function tokenFeatures(toks: ModelTok[], i: number): string[] {
  return wordFeatures(toks[i]!).concat(contextFeatures(toks, i));
}

export function historyFeatures(prev: number, prev2: number, t: ModelTok): string[] {
  return ['pt=' + prev, 'ptt=' + prev2 + '|' + prev, 'ptr=' + prev + '|' + t.rule];
}

/** Is tag c allowed after tag prev (I-X only after B-X or I-X)? */
export function allowed(prev: number, c: number): boolean {
  if (c === 0 || c % 2 === 1) return true;
  return prev === c || prev === c - 1;
}

const cache = new Map<string, Model | null>();

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
    break;
  }
  cache.set(lang, model);
  return model;
}

export function fromFile(file: ModelFile): Model {
  const w = new Map<string, Float32Array>();
  for (const [k, arr] of Object.entries(file.w)) {
    const v = new Float32Array(NT);
    for (let j = 0; j < arr.length; j += 2) v[arr[j]!] = arr[j + 1]! / file.scale;
    w.set(k, v);
  }
  return { file, w };
}

function addFeatures(model: Model, feats: string[], score: Float64Array): void {
  for (const f of feats) {
    const v = model.w.get(f);
    if (v) for (let c = 0; c < NT; c++) score[c]! += v[c]!;
  }
}

type Vec = Float64Array;

function vecOf(model: Model, feats: string[]): Vec {
  const v = new Float64Array(NT);
  addFeatures(model, feats, v);
  return v;
}

/**
 * Greedy decoding: one tag index per token. The score is the same sum of weights as
 * `tokenFeatures` + `historyFeatures` (what training uses), regrouped so that the parts that depend
 * on one word only (the word itself, and the word as left/right neighbour) are summed once per word
 * form and cached; only pair features (bigrams, shapes, rule tags, tag history) are looked up per token.
 */
export function decode(model: Model, toks: ModelTok[]): number[] {
  const n = toks.length;
  const out: number[] = new Array(n);
  const score = new Float64Array(NT);
  // per word form (text + lexicon flags): [self, as left neighbour, as right neighbour, as w-2, as w+2]
  const forms = new Map<string, Vec[]>();
  const roles: Vec[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const key = t.text + '\u0001' + t.lex;
    let r = forms.get(key);
    if (!r) {
      const fm = t.forms ? t.forms[t.forms.length - 1] : undefined;
      r = [
        vecOf(model, wordFeatures(t)),
        vecOf(model, t.forms ? ['w-1=' + t.low, 'lx-1=' + t.lex, 'fm-1=' + fm] : ['w-1=' + t.low, 'lx-1=' + t.lex]),
        vecOf(model, t.forms ? ['w+1=' + t.low, 'lx+1=' + t.lex, 'fm+1=' + fm] : ['w+1=' + t.low, 'lx+1=' + t.lex]),
        vecOf(model, ['w-2=' + t.low]),
        vecOf(model, ['w+2=' + t.low]),
      ];
      if (forms.size < 200000) forms.set(key, r);
    }
    roles[i] = r;
  }
  const startP1 = vecOf(model, ['w-1=<s>', 'lx-1=<s>']);
  const endN1 = vecOf(model, ['w+1=</s>', 'lx+1=</s>']);
  const startP2 = vecOf(model, ['w-2=<s>']);
  const endN2 = vecOf(model, ['w+2=</s>']);
  const add = (v: Vec | null) => {
    if (v) for (let c = 0; c < NT; c++) score[c]! += v[c]!;
  };
  // Small vocabularies (rule tags, shapes, tag history) are interned to numbers per call, and
  // their weight vectors cached under numeric keys; absent features cache as null.
  const ids = new Map<string, number>();
  const names: string[] = ['<s>', '</s>'];
  ids.set('<s>', 0);
  ids.set('</s>', 1);
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
  for (let i = 0; i < n; i++) {
    ruleId[i] = idOf(toks[i]!.rule);
    shapeId[i] = idOf(shapeOf(toks[i]!));
  }
  const cache = new Map<number, Vec | null>();
  const pairKey = (kind: number, a: number, b: number) => (kind * 4096 + a) * 4096 + b;
  const get = (key: number, f: () => string): Vec | null => {
    let v = cache.get(key);
    if (v === undefined) {
      const name = f();
      v = model.w.has(name) ? vecOf(model, [name]) : null;
      cache.set(key, v);
    }
    return v;
  };
  const look = (f: string) => {
    const v = model.w.get(f);
    if (v) for (let c = 0; c < NT; c++) score[c]! += v[c]!;
  };
  const big = names.length >= 4000; // keys must fit: fall back to strings for odd inputs
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const p1 = i > 0 ? toks[i - 1] : undefined;
    const n1 = i + 1 < n ? toks[i + 1] : undefined;
    score.fill(0);
    add(roles[i]![0]!);
    add(p1 ? roles[i - 1]![1]! : startP1);
    add(n1 ? roles[i + 1]![2]! : endN1);
    add(i > 1 ? roles[i - 2]![3]! : startP2);
    add(i + 2 < n ? roles[i + 2]![4]! : endN2);
    const r = ruleId[i]!;
    const sh = shapeId[i]!;
    const r1 = p1 ? ruleId[i - 1]! : 0;
    const rn = n1 ? ruleId[i + 1]! : 1;
    const s1 = p1 ? shapeId[i - 1]! : 0;
    const sn = n1 ? shapeId[i + 1]! : 1;
    if (big) {
      for (const f of ['r=' + t.rule, 'in=' + (t.initial ? 1 : 0) + names[sh], 'sh-1=' + names[s1] + '|' + names[sh], 'sh+1=' + names[sh] + '|' + names[sn], 'r-1=' + names[r1], 'r+1=' + names[rn], 'pt=' + prev, 'ptt=' + prev2 + '|' + prev, 'ptr=' + prev + '|' + t.rule]) look(f);
    } else {
      add(get(pairKey(1, 0, r), () => 'r=' + names[r]));
      add(get(pairKey(2, t.initial ? 1 : 0, sh), () => 'in=' + (t.initial ? 1 : 0) + names[sh]));
      add(get(pairKey(3, s1, sh), () => 'sh-1=' + names[s1] + '|' + names[sh]));
      add(get(pairKey(4, sh, sn), () => 'sh+1=' + names[sh] + '|' + names[sn]));
      add(get(pairKey(5, 0, r1), () => 'r-1=' + names[r1]));
      add(get(pairKey(6, 0, rn), () => 'r+1=' + names[rn]));
      add(get(pairKey(7, 0, prev), () => 'pt=' + prev));
      add(get(pairKey(8, prev2, prev), () => 'ptt=' + prev2 + '|' + prev));
      add(get(pairKey(9, prev, r), () => 'ptr=' + prev + '|' + names[r]));
    }
    look('w-1w=' + (p1 ? p1.low : '<s>') + '|' + t.low);
    look('ww+1=' + t.low + '|' + (n1 ? n1.low : '</s>'));
    const best = bestTag(score, prev);
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return out;
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
 * chosen on the held-out slice of the dev parts together with the project's own test sentences:
 * - OVERRIDE: the rule name wins over every tagger span it touches (editorial insertions
 *   "[The minister Karim] Benali"); multi-word gazetteer names always do;
 * - EXTEND: the rule name replaces tagger spans lying inside it (جان فرانسوا → جان فرانسوا لوغارة,
 *   Anne-Marie + Villiers → Anne-Marie de Villiers);
 * - FILL: the rule name is added where the tagger proposed nothing (gazetteer names always are).
 * English vias: oc/lc organisation/place cue words, pc title or given name, pp name particle,
 * gc gazetteer name + cue, br bracketed insertion. Arabic: q quoted name after a trigger,
 * ot organisation trigger, lt place trigger, ts title or speech verb, gn given name, ap apposition.
 */
const OVERRIDE = new Set(['br']);
const EXTEND = new Set(['lc', 'gc', 'ts', 'gn', 'pp']);
const FILL = new Set(['oc', 'ot', 'lt', 'ts']);

/**
 * Rule candidates next to the tagger's spans: a gazetteer name of several words wins over tagger
 * spans inside it or crossing it ("Maghreb Arab News Agency" is not "Maghreb" + "News"); rule
 * candidates from the gazetteer fill places where the tagger proposed nothing. Linear in the
 * text length (position arrays, no pairwise comparison). `n` is the normalised text length.
 */
export function mergeRules<C extends Span>(n: number, model: C[], rule: C[]): C[] {
  const ovr = OVERRIDE;
  const ext = EXTEND;
  const fillK = FILL;
  const multi = (c: C) => /\s/.test(c.name.trim());
  const strong = rule
    .filter((c) => (c.entry && multi(c)) || (c.via !== undefined && ovr.has(c.via)))
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
  const extRule = rule.filter((c) => c.via !== undefined && ext.has(c.via)).sort((a, b) => a.start - b.start || b.end - a.end);
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
      if (!(m.start <= (g.blockStart ?? g.start) && m.end >= g.end && m.end - m.start > g.end - g.start)) keep = false;
    }
    if (!keep) continue;
    out.push(m);
    for (let p = m.start; p < m.end; p++) occ[p] = 1;
  }
  const free = (c: C) => {
    for (let p = c.start; p < c.end; p++) if (occ[p]) return false;
    return true;
  };
  for (const c of [...gz, ...rule.filter((r) => r.entry || (r.via !== undefined && fillK.has(r.via)))]) {
    if (c.end <= c.start || !free(c)) continue;
    out.push(c);
    for (let p = c.start; p < c.end; p++) occ[p] = 1;
  }
  return out.sort((a, b) => a.start - b.start);
}
