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
  for (const ch of s) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/[0-9]/.test(ch)) c = 'd';
    else if (/[\u0600-\u06FF]/.test(ch)) c = 'a';
    else if (/\p{L}/u.test(ch)) c = 'l';
    else c = ch;
    if (c !== last) out += c;
    last = c;
    if (out.length > 6) break;
  }
  return out;
}

/** Observation features of token i (no tag history). */
export function tokenFeatures(lang: string, toks: ModelTok[], i: number): string[] {
  const t = toks[i]!;
  const f: string[] = ['b'];
  const low = t.low;
  const sh = shape(t.text);
  f.push('w=' + low, 'sh=' + sh, 'r=' + t.rule, 'lx=' + t.lex, 'in=' + (t.initial ? 1 : 0) + sh);
  if (lang === 'en') f.push('wc=' + t.text);
  const n = low.length;
  for (let k = 1; k <= 4 && k < n; k++) {
    f.push('p' + k + '=' + low.slice(0, k));
    f.push('s' + k + '=' + low.slice(n - k));
  }
  f.push('len=' + Math.min(n, 12));
  if (t.forms) for (const x of t.forms) f.push('fm=' + x);
  const p1 = toks[i - 1];
  const p2 = toks[i - 2];
  const n1 = toks[i + 1];
  const n2 = toks[i + 2];
  f.push('w-1=' + (p1 ? p1.low : '<s>'), 'w+1=' + (n1 ? n1.low : '</s>'));
  f.push('w-2=' + (p2 ? p2.low : '<s>'), 'w+2=' + (n2 ? n2.low : '</s>'));
  f.push('sh-1=' + (p1 ? shape(p1.text) : '<s>') + '|' + sh, 'sh+1=' + sh + '|' + (n1 ? shape(n1.text) : '</s>'));
  f.push('r-1=' + (p1 ? p1.rule : '<s>'), 'r+1=' + (n1 ? n1.rule : '</s>'));
  f.push('lx-1=' + (p1 ? p1.lex : '<s>'), 'lx+1=' + (n1 ? n1.lex : '</s>'));
  f.push('w-1w=' + (p1 ? p1.low : '<s>') + '|' + low, 'ww+1=' + low + '|' + (n1 ? n1.low : '</s>'));
  if (p1?.forms) f.push('fm-1=' + p1.forms[p1.forms.length - 1]);
  if (n1?.forms) f.push('fm+1=' + n1.forms[n1.forms.length - 1]);
  return f;
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
  // dist/lang/<code>/ has no copy of the JSON (tsc copies only imported JSON): fall back to src/.
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

/** Greedy decoding: one tag index per token. */
export function decode(model: Model, lang: string, toks: ModelTok[]): number[] {
  const out: number[] = new Array(toks.length);
  const score = new Float64Array(NT);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < toks.length; i++) {
    score.fill(0);
    const fs_ = tokenFeatures(lang, toks, i);
    for (const h of historyFeatures(prev, prev2, toks[i]!)) fs_.push(h);
    for (const f of fs_) {
      const v = model.w.get(f);
      if (v) for (let c = 0; c < NT; c++) score[c]! += v[c]!;
    }
    let best = 0;
    let bs = -Infinity;
    for (let c = 0; c < NT; c++) {
      if (!allowed(prev, c)) continue;
      if (score[c]! > bs) {
        bs = score[c]!;
        best = c;
      }
    }
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
export function ruleTags(toks: ModelTok[], cands: Array<{ start: number; end: number; type: string; entry?: unknown }>): void {
  const cs = [...cands].sort((a, b) => a.start - b.start);
  let ci = 0;
  for (const t of toks) {
    while (ci < cs.length && cs[ci]!.end <= t.start) ci++;
    const c = cs[ci];
    if (c && c.start < t.end && c.end > t.start) {
      const first = t.start <= c.start;
      t.rule = (first ? 'B-' : 'I-') + c.type + (c.entry ? '+g' : '');
    } else t.rule = 'O';
  }
}
