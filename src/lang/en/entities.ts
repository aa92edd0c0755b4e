/**
 * English named entities (PER, ORG, LOC) by rules over capitalisation, cue words and the
 * bilingual gazetteer (src/extract/entities/). Word lists are data: entity-words.json.
 *
 * Outline: the text is cut into sentences; in each, runs of capitalised words are collected
 * (name particles and "of/for/the…" may sit inside a run, a bracketed insertion is read
 * through); each run is then trimmed (sentence-initial function words, demonyms, titles —
 * which type the rest as PER, "Head of …" which does not), split where the gazetteer says so,
 * and typed by gazetteer, cue words (Council, Ministry… / Square, River…), titles, given names
 * and context. Everything is a single left-to-right pass with bounded look-ahead.
 *
 * Then the statistical tagger (src/extract/entities/tagger.ts, model ner-model.json beside this
 * file, trained by scripts/train-ner.mjs) tags the tokens, with the rules' output among its
 * features, and `mergeRules` combines both; without a model file the rules alone are used.
 */
import type { NormalizedText } from '../../text/normalize.js';
import { segmentSentences } from '../../text/segment.js';
import type { EntityMention, EntityType } from '../../types.js';
import { gazetteer, latinFold, latinPrefixes, latinTokens, type GazEntry, type LatinToken } from '../../extract/entities/gazetteer.js';
import { finalize, type Candidate } from '../../extract/entities/link.js';
import { decodeLattice, loadClusters, loadModel, mergeRules, ruleTags, spanGate, spansOf, type Lattice, type ModelFile, type ModelTok, type WordClusters } from '../../extract/entities/tagger.js';
import words from './entity-words.json' with { type: 'json' };
import { commonWords } from './vocabulary.js';
import type { WordSet } from '../../text/word-set.js';
import { tokenLines } from '../../text/token-lines.js';

interface Lists {
  stopCaps: Set<string>;
  titles: Set<string>;
  titleOfHeads: Set<string>;
  orgCues: Set<string>;
  locCues: Set<string>;
  locHeads: Set<string>;
  particles: Set<string>;
  orgConnectors: Set<string>;
  possessiveInside: Set<string>;
  demonyms: Set<string>;
  dates: Set<string>;
  notEntities: Set<string>;
  speechVerbs: Set<string>;
  locPreps: Set<string>;
  givenNames: Set<string>;
  miscCues: Set<string>;
  afterInitialName: Set<string>;
  common: WordSet;
  /** Name lists for the tagger's flags only (taggerLex: F given, Z surname, Y place, Q org, H person). */
  taggerLex: Array<[string, Set<string>]>;
}

let lists: Lists | null = null;

function L(): Lists {
  if (!lists) {
    const w = words as unknown as Record<string, string[] | string>;
    const s = (k: string) => new Set((w[k] as string[]).map((x) => latinFold(x)));
    lists = {
      stopCaps: s('stopCaps'),
      titles: s('titles'),
      titleOfHeads: s('titleOfHeads'),
      orgCues: s('orgCues'),
      locCues: s('locCues'),
      locHeads: s('locHeads'),
      particles: s('nameParticles'),
      orgConnectors: s('orgConnectors'),
      possessiveInside: s('possessiveInside'),
      demonyms: s('demonyms'),
      dates: new Set([...s('months'), ...s('weekdays')]),
      notEntities: s('notEntities'),
      speechVerbs: s('speechVerbs'),
      locPreps: s('locPreps'),
      givenNames: s('givenNames'),
      miscCues: s('miscCues'),
      afterInitialName: s('afterInitialName'),
      // WordNet's lemmas searched in the file's own string (shared with language identification)
      common: commonWords(),
      taggerLex: Object.entries(words.taggerLex as Record<string, string>)
        .filter(([k]) => k.length === 1)
        .map(([k, v]) => [k, new Set(v.split(' '))] as [string, Set<string>]),
    };
  }
  return lists;
}

const TITLE_ABBR = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'st', 'mt', 'messrs', 'hon', 'rev']);
const ROMAN = /^(?=[MDCLXVI])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
const ARABIC_PREFIXED = /^(?:al|el|ad|ash|as|at|ar|an|az|bin|ibn|abu|ben)-\p{Lu}/u;

interface Tok extends LatinToken {
  /** Lower-case, accent-folded, possessive removed. */
  low: string;
  word: boolean;
  cap: boolean;
  allCaps: boolean;
  /** "Iran's", "Paris'": the name ends here. */
  poss: boolean;
  /** End without the possessive. */
  nameEnd: number;
  /** First word of a sentence or of a quotation/colon clause. */
  initial: boolean;
  /** A hashtag or handle (#IranProtests, @Maryam_Rajavi): never an entity. */
  tag: boolean;
  /** Only spaces (no line break) between the previous token and this one. */
  glued: boolean;
}

/**
 * What makeTokens derives from a token's text alone (folded form, capitalisation, handle-like),
 * kept across documents: several Unicode regular expressions a token, and a corpus repeats its
 * words. Bounded, started afresh when full.
 */
interface TextInfo {
  low: string;
  cap: boolean;
  allCaps: boolean;
  /** Holds an underscore or is a URL scheme word: a handle/link part (`tag`). */
  tagLike: boolean;
}
let textInfoCache = new Map<string, TextInfo>();
const TEXT_INFO_CACHE_MAX = 100_000;

function textInfo(text: string, word: boolean): TextInfo {
  let info = textInfoCache.get(text);
  if (info === undefined) {
    // `word` is a function of text[0] (see makeTokens), so it need not be part of the key
    const letters = text.replace(/[^\p{L}]/gu, '');
    info = {
      low: latinFold(text),
      cap: word && (/^\p{Lu}/u.test(text) || ARABIC_PREFIXED.test(text)),
      allCaps: word && letters.length > 0 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
      tagLike: /_/.test(text) || /^(?:https?|www)$/i.test(text),
    };
    if (textInfoCache.size >= TEXT_INFO_CACHE_MAX) textInfoCache = new Map();
    textInfoCache.set(text, info);
  }
  return info;
}

/**
 * Rule-tagger tokens of norm[from, to) (a paragraph): `all` holds the Latin tokens of the whole
 * text (absolute offsets; no token crosses a line break, so they are those of the paragraph read
 * alone), the paragraph's starting at index `first`.
 */
function makeTokens(norm: string, from: number, to: number, all: readonly LatinToken[], first: number): Tok[] {
  let last = first;
  while (last < all.length && all[last]!.start < to) last++;
  const raw = all.slice(first, last);
  const out: Tok[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const start = r.start;
    const end = r.end;
    let text = r.text;
    const word = /[\p{L}\p{N}]/u.test(text[0]!);
    let poss = false;
    let nameEnd = end;
    if (word && /'s$/i.test(text) && text.length > 2 && !L().possessiveInside.has(latinFold(text))) {
      poss = true;
      nameEnd = end - 2;
      text = text.slice(0, -2);
    } else if (word && /s$/.test(text) && norm[end] === "'" && !/\p{L}/u.test(norm[end + 1] ?? '')) {
      poss = true; // Paris' / Mullahs'
    }
    // "London-based", "Iranian-born": the name is the part before the hyphen
    const compound = word ? /^(\p{Lu}[\p{L}.]*)-(?:based|born|led|backed|run|owned|funded|made|controlled|held|bound|style|era|linked|allied|affiliated|sponsored)$/u.exec(text) : null;
    if (compound) {
      text = compound[1]!;
      nameEnd = start + text.length;
      poss = true;
    }
    const prevChar = start > 0 ? norm[start - 1]! : ' ';
    const info = textInfo(text, word);
    // only spaces between this token and the previous one (no line break): a scan, no substring
    let glued = i > 0;
    if (glued) for (let k = raw[i - 1]!.end; k < r.start; k++) if (norm.charCodeAt(k) === 10) glued = false;
    out.push({
      text,
      start,
      end,
      low: info.low,
      word,
      cap: info.cap,
      allCaps: info.allCaps,
      poss,
      nameEnd,
      initial: false,
      tag: word && (prevChar === '#' || prevChar === '@' || info.tagLike),
      glued,
    });
    // handles run on past underscores in the tokenizer's eyes: @Maryam_Rajavi → Maryam, _, Rajavi
    if (out.length >= 2) {
      const p = out[out.length - 2]!;
      if ((p.tag || p.text === '_') && r.start === raw[i - 1]!.end) out[out.length - 1]!.tag = true;
    }
    if (text === '_' && out.length >= 2 && out[out.length - 2]!.tag) out[out.length - 1]!.tag = true;
  }
  // Sentence-initial (and clause-initial after an opening quote or a colon) words.
  let expectInitial = true;
  for (const t of out) {
    if (!t.word) {
      if (t.text === '"' || t.text === ':' || t.text === '\u00AB' || t.text === '-') expectInitial = true;
      continue;
    }
    t.initial = expectInitial;
    expectInitial = false;
  }
  return out;
}

interface Ctx {
  toks: Tok[];
  cands: Candidate[];
  shouting: boolean;
}

function isConnector(t: Tok): boolean {
  const l = L();
  return t.word && !t.cap && (l.particles.has(t.low) || l.orgConnectors.has(t.low));
}

/** Longest gazetteer match starting at token index i of `idx` (indexes into ctx.toks). */
function gazMatch(ctx: Ctx, idx: number[], i: number): { len: number; entry: GazEntry } | null {
  const g = gazetteer();
  const first = ctx.toks[idx[i]!]!;
  if (!first.cap) return null;
  const pre = latinPrefixes();
  let best: { len: number; entry: GazEntry } | null = null;
  let exact = '';
  let folded = '';
  for (let k = 0; k < g.enMax && i + k < idx.length; k++) {
    const t = ctx.toks[idx[i + k]!]!;
    if (k > 0 && ctx.toks[idx[i + k - 1]!]!.poss) break;
    exact += (k ? ' ' : '') + t.text;
    folded += (k ? ' ' : '') + t.low;
    const e = g.enExact.get(exact) ?? (ctx.shouting && !t.allCaps ? undefined : g.enFolded.get(folded));
    // Inner words of a folded match must look like a name (capitalised or a connector).
    if (e && (t.cap || k === 0)) best = { len: k + 1, entry: e };
    if (!pre.exact.has(exact) && !pre.folded.has(folded)) break; // no longer alias starts so
  }
  return best;
}

/** A common English word (WordNet lemma never capitalised), also inflected: "Protests", "Cities". */
function isCommon(low: string): boolean {
  const c = L().common;
  if (c.has(low)) return true;
  if (low.endsWith('ies') && c.has(low.slice(0, -3) + 'y')) return true;
  if (low.endsWith('es') && c.has(low.slice(0, -2))) return true;
  if (low.endsWith('s') && c.has(low.slice(0, -1))) return true;
  return false;
}

function isDemonym(t: Tok): boolean {
  const l = L();
  if (l.demonyms.has(t.low)) return true;
  if (t.low.endsWith('s') && l.demonyms.has(t.low.slice(0, -1))) return true;
  return t.low.length >= 6 && /(?:ian|ese|ean|ite|ians|eans|ites)$/.test(t.low) && !l.givenNames.has(t.low);
}

function hasOrgCue(ctx: Ctx, idx: number[]): boolean {
  const l = L();
  return idx.some((j, k) => {
    const t = ctx.toks[j]!;
    return t.cap && l.orgCues.has(t.low) && !(k === 0 && idx.length === 1);
  });
}

function hasLocCue(ctx: Ctx, idx: number[]): boolean {
  const l = L();
  if (idx.length < 2) return false;
  const first = ctx.toks[idx[0]!]!;
  const last = ctx.toks[idx[idx.length - 1]!]!;
  return (last.cap && l.locCues.has(last.low)) || l.locHeads.has(first.low);
}

function emit(ctx: Ctx, idx: number[], type: EntityType, extra: Partial<Candidate>, cut: number): void {
  if (idx.length === 0) return;
  const toks = ctx.toks;
  // Editorial insertions: "[The regime's President Hassan] Rouhani" reports Rouhani only, keyed
  // by the whole name.
  let spanIdx = idx;
  if (cut >= 0) {
    spanIdx = idx.filter((j) => j >= cut);
    if (spanIdx.length === 0) return;
  }
  const first = toks[spanIdx[0]!]!;
  const last = toks[spanIdx[spanIdx.length - 1]!]!;
  const name = idx.map((j) => toks[j]!.text).join(' ');
  const block = cut >= 0 && spanIdx[0] !== idx[0] ? { blockStart: toks[idx[0]!]!.start, via: 'br' } : {};
  ctx.cands.push({ start: first.start, end: last.nameEnd, type, name, ...extra, ...block });
}

/** Type and emit an unknown chunk (no gazetteer match inside). */
function typeUnknown(ctx: Ctx, idx: number[], perCue: boolean, cut: number): void {
  const l = L();
  const toks = ctx.toks;
  // drop trailing connectors and dates
  while (idx.length && (isConnector(toks[idx[idx.length - 1]!]!) || l.dates.has(toks[idx[idx.length - 1]!]!.low))) idx = idx.slice(0, -1);
  while (idx.length && (isConnector(toks[idx[0]!]!) || l.dates.has(toks[idx[0]!]!.low))) idx = idx.slice(1);
  if (idx.length === 0) return;
  const first = toks[idx[0]!]!;
  if (idx.length === 1) {
    const t = first;
    if (l.notEntities.has(t.low) || l.stopCaps.has(t.low) || l.titles.has(t.low) || isDemonym(t)) return;
    if (t.low.length < 2) return;
    const letters = t.text.replace(/[^\p{L}]/gu, '');
    if (t.allCaps && letters.length >= 2) {
      if (ctx.shouting || letters.length > 6 || ROMAN.test(letters)) return;
      emit(ctx, idx, 'ORG', { acronym: true, via: 'ac' }, cut);
      return;
    }
    const next = toks[idx[0]! + 1];
    const prev = idx[0]! > 0 ? toks[idx[0]! - 1] : undefined;
    const said = next !== undefined && next.word && (l.speechVerbs.has(next.low) || (t.initial && l.afterInitialName.has(next.low)));
    if (t.initial && !perCue && !said && !l.givenNames.has(t.low)) return;
    // "Witnesses said…", "Protesters say…": plural common nouns, not surnames
    if (t.initial && !perCue && /(?:ers|ists|ents|ants|ives|ies|ors|ians|sses)$/.test(t.low)) return;
    if (ctx.shouting) return;
    if (l.orgCues.has(t.low) || l.locCues.has(t.low) || l.miscCues.has(t.low)) return;
    if (perCue || l.givenNames.has(t.low)) {
      emit(ctx, idx, 'PER', { via: 'pc' }, cut);
      return;
    }
    // A capitalised common word on its own is a heading word, not a name ("Income", "Voting").
    if (isCommon(t.low)) return;
    if (said) {
      emit(ctx, idx, 'PER', {}, cut);
      return;
    }
    if (prev && prev.word && l.locPreps.has(prev.low)) {
      emit(ctx, idx, 'LOC', { weak: true }, cut);
      return;
    }
    emit(ctx, idx, 'PER', { weak: true }, cut);
    return;
  }
  if (ctx.shouting) return;
  // Documents, events and laws (Universal Declaration of…, … Protests) are not PER/ORG/LOC.
  if (idx.some((j) => l.miscCues.has(toks[j]!.low))) return;
  if (hasOrgCue(ctx, idx)) {
    // "the … Commission", "the Union of …": after the definite article, several words with a cue
    // are a name by construction (their own via, `od`, which the model file may exempt from the gate)
    const before = idx[0]! > 0 ? toks[idx[0]! - 1]! : undefined;
    const definite = before !== undefined && before.low === 'the' && idx.length > 1;
    emit(ctx, idx, 'ORG', { via: definite ? 'od' : 'oc' }, cut);
    return;
  }
  if (hasLocCue(ctx, idx)) {
    // "Taroudant Province": the administrative word is not part of the name
    const lastLow = toks[idx[idx.length - 1]!]!.low;
    const admin = /^(?:province|prefecture|governorate|region|district|county|municipality|oblast)$/.test(lastLow);
    emit(ctx, admin && idx.length > 1 ? idx.slice(0, -1) : idx, 'LOC', { via: 'lc' }, cut);
    return;
  }
  // Leading demonym without an organisation/place cue: "Iranian Kurdish…" is no name.
  let k = 0;
  while (k < idx.length - 1 && isDemonym(toks[idx[k]!]!)) k++;
  if (k > 0) {
    typeUnknown(ctx, idx.slice(k), perCue, cut);
    return;
  }
  if (first.initial && l.stopCaps.has(first.low)) {
    typeUnknown(ctx, idx.slice(1), perCue, cut);
    return;
  }
  // Only common words and no cue: a title or a heading ("Rebellious Cities", "Premium Bonds").
  if (!perCue && idx.every((j) => isCommon(toks[j]!.low) || isConnector(toks[j]!))) return;
  emit(ctx, idx, 'PER', perCue || l.givenNames.has(first.low) ? { via: 'pc' } : { weak: true, via: idx.some((j) => l.particles.has(toks[j]!.low) && !toks[j]!.cap) ? 'pp' : 'pw' }, cut);
}

/** Split a trimmed chunk by gazetteer matches, then type what is left. */
function processCore(ctx: Ctx, run: number[], perCueAtStart: boolean, cut: number, afterGazAtStart = false): void {
  const toks = ctx.toks;
  const l = L();
  let idx = run;
  let perCue = perCueAtStart;
  let afterGaz = afterGazAtStart;
  // A loop, not recursion, over what follows each gazetteer name: a run of thousands of
  // gazetteer names ("Paris Paris Paris …") would otherwise exhaust the stack.
  next: for (;;) {
    if (idx.length === 0) return;
    // Where does the earliest gazetteer match start?
    for (let p = 0; p < idx.length; p++) {
      const t = toks[idx[p]!]!;
      if (!t.cap) continue;
      const m = gazMatch(ctx, idx, p);
      if (!m) continue;
      const left = idx.slice(0, p);
      const rest = idx.slice(p + m.len);
      if (p > 0) {
        // "University of [Paris]", "Committee for a Democratic [Iran]": the gazetteer name is
        // part of a longer name with a cue; "Michael [Jordan]": part of a person's name.
        const prevTok = toks[idx[p - 1]!]!;
        if (hasOrgCue(ctx, left) || hasLocCue(ctx, left) || (l.locHeads.has(toks[left[0]!]!.low) && isConnector(prevTok))) {
          emit(ctx, idx, hasOrgCue(ctx, left) ? 'ORG' : 'LOC', { via: 'gc' }, cut);
          return;
        }
        // "Iranian [Foreign Ministry]": demonyms before an organisation whose name ends in a cue belong to it
        const gLast = toks[idx[p + m.len - 1]!]!;
        if (m.entry.type === 'ORG' && gLast.cap && l.orgCues.has(gLast.low) && left.every((j) => toks[j]!.cap && isDemonym(toks[j]!))) {
          emit(ctx, idx.slice(0, p + m.len), 'ORG', { via: 'gc' }, cut);
          let r = p + m.len;
          while (r < idx.length && isConnector(toks[idx[r]!]!)) r++;
          idx = idx.slice(r);
          perCue = false;
          afterGaz = true;
          continue next;
        }
        if (!isConnector(prevTok) && !(left.length === 1 && toks[left[0]!]!.initial)) {
          if (m.entry.type === 'PER' || m.entry.type === 'LOC') {
            // a person whose surname is also a place, or a place name inside a person's name
            typeUnknown(ctx, idx, perCue, cut);
            return;
          }
        }
        typeUnknown(ctx, left, perCue, cut);
      }
      // Gazetteer prefix + cue: "UN General Assembly", "Tehran Times".
      if (rest.length > 0) {
        const lastRest = toks[rest[rest.length - 1]!]!;
        const adminOnly = rest.length === 1 && /^(?:province|prefecture|governorate|region|district|county|municipality|oblast)$/.test(lastRest.low);
        if (!adminOnly && !toks[idx[p + m.len - 1]!]!.poss && (l.orgCues.has(lastRest.low) || (l.locCues.has(lastRest.low) && m.entry.type === 'LOC')) && lastRest.cap) {
          const whole = idx.slice(p);
          emit(ctx, whole, l.orgCues.has(lastRest.low) ? 'ORG' : 'LOC', { via: 'gc' }, cut);
          return;
        }
      }
      const gidx = idx.slice(p, p + m.len);
      if (perCue && m.entry.type !== 'PER' && gidx.length === 1 && rest.length === 0 && p === 0) {
        // "President Jordan": a title makes it a person whatever the gazetteer says
        emit(ctx, gidx, 'PER', {}, cut);
      } else {
        emit(ctx, gidx, m.entry.type, { entry: m.entry }, cut);
      }
      let r = 0;
      while (r < rest.length && isConnector(toks[rest[r]!]!)) r++;
      idx = r ? rest.slice(r) : rest;
      perCue = false;
      afterGaz = true;
      continue next;
    }
    // What is left after a gazetteer name is seldom a name of its own ("Iran Protests").
    if (afterGaz && idx.length === 1 && !toks[idx[0]!]!.allCaps) return;
    typeUnknown(ctx, idx, perCue, cut);
    return;
  }
}

/** Capitalised tokens read at once by `processCore` (see `processRun`). */
const MAX_RUN = 64;

/** Trim a run (stop words, demonyms, titles), then type it. */
function processRun(ctx: Ctx, idx: number[], cut: number): void {
  const toks = ctx.toks;
  const l = L();
  let perCue = false;
  let k = 0;
  for (;;) {
    if (k >= idx.length) return;
    const t = toks[idx[k]!]!;
    if (gazMatch(ctx, idx, k)) break;
    const next = k + 1 < idx.length ? toks[idx[k + 1]!]! : undefined;
    if (isConnector(t)) {
      k++;
      continue;
    }
    if (l.stopCaps.has(t.low)) {
      k++;
      continue;
    }
    if (l.dates.has(t.low)) {
      k++;
      continue;
    }
    if (isDemonym(t) && next && (l.titles.has(next.low) || isDemonym(next) || TITLE_ABBR.has(next.low))) {
      k++;
      continue;
    }
    if (l.titles.has(t.low) || TITLE_ABBR.has(t.low) || (l.titleOfHeads.has(t.low) && next && (next.low === 'of' || next.low === 'for'))) {
      // "Head of the …", "Mayor of Paris": the title governs what follows, not a person
      if (next && (next.low === 'of' || next.low === 'for') && l.titleOfHeads.has(t.low)) {
        k += 2;
        perCue = false;
        continue;
      }
      // "Prime Minister", "Foreign Minister", "Supreme Leader": multi-word titles
      perCue = true;
      k++;
      continue;
    }
    if (next && l.titles.has(next.low) && idx.length > k + 2 && (t.low === 'prime' || t.low === 'foreign' || t.low === 'supreme' || t.low === 'vice' || t.low === 'deputy' || t.low === 'interior' || t.low === 'defence' || t.low === 'defense' || t.low === 'former' || t.low === 'chief' || t.low === 'general' || t.low === 'attorney')) {
      k++;
      continue;
    }
    break;
  }
  const core = idx.slice(k);
  if (core.length === 0) return;
  // No name is this long: a run of hundreds of capitalised words (a hostile input, a shouted
  // list) is read in windows, so the per-name copying stays linear in the run.
  if (core.length > MAX_RUN) {
    for (let i = 0; i < core.length; i += MAX_RUN) processCore(ctx, core.slice(i, i + MAX_RUN), i === 0 && perCue, cut);
    return;
  }
  processCore(ctx, core, perCue, cut);
}

function processSentence(ctx: Ctx, from: number, to: number): void {
  const toks = ctx.toks;
  const l = L();
  let i = from;
  while (i < to) {
    const t = toks[i]!;
    if (!t.word || !t.cap || t.tag) {
      i++;
      continue;
    }
    const idx = [i];
    let cut = -1;
    let j = i;
    for (;;) {
      const cur = toks[j]!;
      if (cur.poss && !l.possessiveInside.has(cur.low) && !l.possessiveInside.has(cur.low + "'s")) break;
      let k = j + 1;
      if (k >= to) break;
      let nt = toks[k]!;
      // "Mrs. Rajavi": the dot of a title abbreviation stays inside the run
      if (nt.text === '.' && TITLE_ABBR.has(cur.low) && k + 1 < to && toks[k + 1]!.cap && toks[k + 1]!.word) {
        k++;
        nt = toks[k]!;
      } else if (nt.text === ']' && k + 1 < to && toks[k + 1]!.cap && toks[k + 1]!.word && !toks[k + 1]!.tag) {
        cut = k + 1;
        k++;
        nt = toks[k]!;
      }
      if (!nt.glued) break;
      if (nt.word && nt.cap && !nt.tag) {
        idx.push(k);
        j = k;
        continue;
      }
      // connectors: up to three ("of the", "for a") before the next capitalised word
      if (isConnector(nt)) {
        let m = k;
        const conn: number[] = [];
        while (m < to && conn.length < 3 && isConnector(toks[m]!) && toks[m]!.glued) {
          conn.push(m);
          m++;
        }
        if (m < to && toks[m]!.word && toks[m]!.cap && !toks[m]!.tag && toks[m]!.glued) {
          idx.push(...conn, m);
          j = m;
          continue;
        }
      }
      break;
    }
    splitRun(ctx, idx, cut);
    i = j + 1;
  }
}

/**
 * Connectors join the words around them only in names that call for it: particles (de, van,
 * bin) always; of/for/the/and after a cue word (Council of…, Gulf of…, Head of…). Elsewhere the
 * run is cut there: "Supporters of the National Council…".
 */
function splitRun(ctx: Ctx, idx: number[], cut: number): void {
  const toks = ctx.toks;
  const l = L();
  let seg: number[] = [];
  const flush = () => {
    if (seg.length) processRun(ctx, seg, cut);
    seg = [];
  };
  let i = 0;
  while (i < idx.length) {
    const t = toks[idx[i]!]!;
    if (isConnector(t)) {
      const conn: number[] = [];
      while (i < idx.length && isConnector(toks[idx[i]!]!)) conn.push(idx[i++]!);
      const onlyParticles = conn.every((c) => l.particles.has(toks[c]!.low) && !l.orgConnectors.has(toks[c]!.low)) ||
        (conn.length === 1 && ['de', 'du', 'des'].includes(toks[conn[0]!]!.low));
      const segHasCue = seg.some((s) => {
        const st = toks[s]!;
        return l.orgCues.has(st.low) || l.miscCues.has(st.low) || l.locHeads.has(st.low) || l.locCues.has(st.low) || l.titleOfHeads.has(st.low) || l.titles.has(st.low);
      });
      const nextTok = i < idx.length ? toks[idx[i]!]! : undefined;
      const gazHere = seg.length > 0 && gazMatch(ctx, seg, 0)?.len === seg.length;
      if (seg.length > 0 && (onlyParticles || (segHasCue && !gazHere)) && nextTok) {
        seg.push(...conn);
        continue;
      }
      // gazetteer names with inner connectors (National Council of Resistance of Iran)
      flush();
      continue;
    }
    if (seg.length === 0) {
      // a gazetteer name may start here and span connectors
      const m = gazMatch(ctx, idx, i);
      if (m && m.len > 1) {
        seg.push(...idx.slice(i, i + m.len));
        i += m.len;
        // keep going: "UN General Assembly" style continuation is handled in processCore
        continue;
      }
    }
    seg.push(idx[i]!);
    i++;
  }
  flush();
}

/**
 * Government bodies written in lower case, as news text often does ("the interior ministry", "the
 * ministry of defence", "Iran's foreign ministry", "Iraqi defence ministry officials"): after
 * "the", a possessive name or a capitalised demonym (left out of the span), the longest lower-case phrase
 * of the gazetteer's `bodies` lexicon (entries of kind `body`), two words at least, is an
 * organisation with the body's key (via `lb`): the cross-language linker pairs it with
 * «وزارة الداخلية». Linear: at most `enMax` words looked up after each "the".
 */
function lowerCaseBodies(ctx: Ctx, from: number, to: number): void {
  const toks = ctx.toks;
  let g: ReturnType<typeof gazetteer> | null = null;
  for (let i = from; i + 2 < to; i++) {
    const t = toks[i]!;
    if (!t.word) continue;
    let k: number;
    if (t.cap && isDemonym(t)) k = i + 1; // "Iranian interior ministry officials"
    else if (t.low === 'the' || t.poss) k = toks[i + 1]!.cap && isDemonym(toks[i + 1]!) ? i + 2 : i + 1;
    else continue;
    const first = toks[k];
    if (!first || !first.word || first.cap || first.tag) continue;
    g ??= gazetteer();
    const pre = latinPrefixes().folded;
    let best: { len: number; entry: GazEntry } | null = null;
    let folded = '';
    for (let m = 0; m < g.enMax && k + m < to; m++) {
      const x = toks[k + m]!;
      if (!x.word || x.cap || !x.glued) break;
      folded += (m ? ' ' : '') + x.low;
      const e = g.enFolded.get(folded);
      if (e && e.kind === 'body' && m > 0) best = { len: m + 1, entry: e };
      if (!pre.has(folded) || x.poss) break;
    }
    if (!best) continue;
    const a = toks[k]!;
    const b = toks[k + best.len - 1]!;
    ctx.cands.push({ start: a.start, end: b.nameEnd, type: 'ORG', name: toks.slice(k, k + best.len).map((x) => x.text).join(' '), entry: best.entry, via: 'lb' });
    i = k + best.len - 1;
  }
}

/** The rule tagger's candidates (normalised coordinates, unsorted, may overlap). */
export function ruleCandidates(t: NormalizedText, all: readonly LatinToken[] = latinTokens(t.norm)): Candidate[] {
  const norm = t.norm;
  const cands: Candidate[] = [];
  // Paragraph by paragraph, so token arrays stay small on large inputs.
  for (const { start: p, end: q, from: ri } of tokenLines(norm, all)) {
    const para = norm.slice(p, q);
    const toks = makeTokens(norm, p, q, all, ri);
    const sentences = segmentSentences(para);
    let ti = 0;
    for (const s of sentences) {
      const sFrom = s.start + p;
      const sTo = s.end + p;
      while (ti < toks.length && toks[ti]!.start < sFrom) ti++;
      let tj = ti;
      while (tj < toks.length && toks[tj]!.start < sTo) tj++;
      if (tj > ti) {
        const first = toks.slice(ti, tj).find((x) => x.word);
        if (first) first.initial = true;
        const wordsIn = toks.slice(ti, tj).filter((x) => x.word && /\p{L}/u.test(x.text));
        const caps = wordsIn.filter((x) => x.allCaps && x.text.length > 1).length;
        const ctx: Ctx = { toks, cands, shouting: wordsIn.length >= 4 && caps / wordsIn.length >= 0.6 };
        processSentence(ctx, ti, tj);
        lowerCaseBodies(ctx, ti, tj);
      }
      ti = tj;
    }
  }
  return cands;
}

const ADMIN = /^(?:province|prefecture|governorate|region|district|county|municipality|oblast)$/;

function lexFlags(low: string): string {
  const l = L();
  let f = '';
  if (isCommon(low)) f += 'C';
  if (l.givenNames.has(low)) f += 'G';
  if (l.titles.has(low) || TITLE_ABBR.has(low)) f += 'T';
  if (l.demonyms.has(low) || (low.endsWith('s') && l.demonyms.has(low.slice(0, -1)))) f += 'D';
  if (l.stopCaps.has(low)) f += 'S';
  if (l.orgCues.has(low)) f += 'O';
  if (l.locCues.has(low) || l.locHeads.has(low)) f += 'L';
  if (l.dates.has(low)) f += 'M';
  if (l.notEntities.has(low) || l.miscCues.has(low)) f += 'N';
  if (l.particles.has(low) || l.orgConnectors.has(low)) f += 'P';
  for (const [k, set] of l.taggerLex) if (set.has(low)) f += k;
  return f;
}

/**
 * Folded form and lexicon flags per token text, kept across documents (a dozen set look-ups a
 * word, and a corpus repeats its words); bounded, started afresh when full.
 */
let lexCache = new Map<string, [string, string, readonly string[] | undefined]>();
const LEX_CACHE_MAX = 200_000;
/** The word clusters the cached entries were made with (`loadClusters`; swapped by experiments). */
let lexClusters: WordClusters | null | undefined;

/** A token after which the next one starts a sentence or clause (for `initial`). */
const INITIAL_AFTER = /^[.!?:"]$/;

/** Tokens for the statistical tagger, with lexicon flags and the rule tagger's tags. */
export function modelTokens(t: NormalizedText, rule: Candidate[], raw: readonly LatinToken[] = latinTokens(t.norm)): ModelTok[] {
  const norm = t.norm;
  const toks: ModelTok[] = [];
  // distributional word clusters (word-clusters.json), read on first use like the model
  const wc = loadClusters('en', import.meta.url);
  if (lexCache.size >= LEX_CACHE_MAX || wc !== lexClusters) lexCache = new Map();
  lexClusters = wc;
  let prevEnd = 0;
  const push = (a: number, b: number, text: string) => {
    const prev = toks[toks.length - 1];
    let initial = !prev || INITIAL_AFTER.test(prev.text);
    for (let k = prevEnd; !initial && k < a; k++) if (norm.charCodeAt(k) === 10) initial = true;
    let lw = lexCache.get(text);
    if (lw === undefined) {
      const low = latinFold(text);
      lw = [low, /\p{L}/u.test(text) ? lexFlags(low) : '', wc?.of(low)];
      lexCache.set(text, lw);
    }
    const [low, lex, clusters] = lw;
    toks.push(clusters ? { start: a, end: b, text, low, lex, rule: 'O', initial, cased: true, clusters } : { start: a, end: b, text, low, lex, rule: 'O', initial, cased: true });
    prevEnd = b;
  };
  for (const r of raw) {
    // "Iran's" is two tokens, "Iran" and "'s" (r.text is norm.slice(r.start, r.end) already)
    if (r.text.length > 2 && /'s$/i.test(r.text)) {
      push(r.start, r.end - 2, norm.slice(r.start, r.end - 2));
      push(r.end - 2, r.end, norm.slice(r.end - 2, r.end));
    } else push(r.start, r.end, r.text);
  }
  ruleTags(toks, rule);
  return toks;
}

/** Merge the tagger's spans with the rule candidates (gazetteer entries, acronyms kept). */
function combine(norm: string, toks: ModelTok[], lat: Lattice, rule: Candidate[], file: ModelFile): Candidate[] {
  const spans = spansOf(lat.tags);
  const byStart = new Map<string, Candidate>();
  for (const c of rule) byStart.set(c.start + ':' + c.end, c);
  const out: Candidate[] = [];
  for (const s of spans) {
    // a name neither starts nor ends with a lower-case word or a punctuation mark
    const bad = (x: ModelTok) => !/^[\p{Lu}\p{N}]/u.test(x.text) && !ARABIC_PREFIXED.test(x.text);
    let from = s.from;
    let to = s.to;
    while (from <= to && bad(toks[from]!)) from++;
    while (to >= from && bad(toks[to]!)) to--;
    // a person's title or demonym is not part of the name, as in the rules ("Tsar Alexander",
    // "Scotsman James Watt" → the name alone; the tagger sometimes takes them in)
    if (s.type === 'PER') {
      while (from < to && /[TD]/.test(toks[from]!.lex)) {
        from++;
        while (from < to && bad(toks[from]!)) from++;
      }
    }
    if (to < from) continue;
    // hashtags and handles are never names (as in the rules)
    const lead = toks[from]!.start > 0 ? norm.charCodeAt(toks[from]!.start - 1) : 0;
    if (lead === 35 || lead === 64 || lead === 95) continue;
    // "Taroudant Province": the administrative word is not part of the name (as in the rules)
    if (to > from && ADMIN.test(toks[to]!.low)) to--;
    const start = toks[from]!.start;
    const end = toks[to]!.end;
    const same = byStart.get(start + ':' + end);
    if (same) {
      out.push(same.entry ? same : { ...same, type: s.type, weak: false });
      continue;
    }
    const name = norm.slice(start, end);
    const letters = name.replace(/[^\p{L}]/gu, '');
    const acronym = from === to && letters.length >= 2 && letters === letters.toUpperCase();
    out.push({ start, end, type: s.type, name, ...(acronym && s.type === 'ORG' ? { acronym: true } : {}) });
  }
  // Gazetteer names the tagger did not propose, where they overlap nothing it did.
  return mergeRules(norm.length, out, rule, spanGate(toks, lat, file));
}


export function extractEntities(t: NormalizedText): EntityMention[] {
  const raw = latinTokens(t.norm); // shared by the rules and the tagger (one scan of the text)
  const rule = ruleCandidates(t, raw);
  const model = loadModel('en', import.meta.url);
  if (!model) return finalize(t, rule);
  const toks = modelTokens(t, rule, raw);
  return finalize(t, combine(t.norm, toks, decodeLattice(model, toks), rule, model.file));
}

/**
 * Type-only reference to the model file: makes tsc copy ner-model.json into dist/ beside this
 * module (the file is read lazily by loadModel, never imported at run time).
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type ModelFileType = typeof import('./ner-model.json');
/** The same for the word clusters (read lazily by loadClusters). */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type WordClustersType = typeof import('./word-clusters.json');
