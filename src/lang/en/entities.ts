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
 *
 * Late rules (issue 7, see `shadow`) change the output only, never the tagger's features; after
 * the merge, `lateOrgs` (round 7) reads polities, company suffixes, brands and parties as
 * organisations, `lateListOrgs` (session 8) the names listed after "companies such as", session 8 adds `latePersons` (a sentence-initial unknown surname before a verb;
 * regnal numbers and Jr./Sr. kept on a person), `lateEventNames` (no names inside treaty, cup or
 * prize names), `lateOfPlaces` ("Gulf of Mexico" as one place) and `lateLowerPlaces` (lower-case
 * places in text written without capitals), a last pass (`extendPlaceWords`) keeps a
 * lower-case place word after a place ("Sharya camp"), and `trimCompounds` (session 6) stops a
 * name at the hyphen of "-backed", "-based"… ("Iran-backed").
 */
import { lowerBound } from '../../text/lower-bound.js';
import { originalSpan, type NormalizedText } from '../../text/normalize.js';
import { segmentSentences } from '../../text/segment.js';
import type { EntityMention, EntityType } from '../../types.js';
import { gazetteer, latinFold, lookupLatin, latinPrefixes, latinTokens, type GazEntry, type LatinToken } from '../../extract/entities/gazetteer.js';
import { finalize, type Candidate } from '../../extract/entities/link.js';
import { decodeLattice, loadClusters, loadModel, mergeRules, newFormMemo, ruleTags, spanGate, spansOf, type FormMemo, type Lattice, type ModelFile, type ModelTok, type WordClusters } from '../../extract/entities/tagger.js';
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
  /** Verbs after which a sentence-initial unknown word is a person (`latePersons`). */
  initialPersonVerbs: Set<string>;
  /** Heads of official place names before "of" + a place ("Gulf of Mexico", "Principality of Nitra"; `lateOfPlaces`). */
  placeOfHeads: Set<string>;
  /** Of those, heads that open the name ("City of London"): after other words they describe ("the Canary Island of El Hierro"). */
  placeOfHeadsAlone: Set<string>;
  /** Names of events, treaties and prizes hold names UNER and the project's pairs leave untagged: "Treaty of X", "X Cup" (`lateEventNames`). */
  eventHeads: Set<string>;
  eventTails: Set<string>;
  /** Place names that are also English words or given names, never read as places in lower case (`lateLowerPlaces`). */
  lowerPlacesNot: Set<string>;
  /** Determiners after which a lower-case word is a common noun ("a chihuahua"), not a place. */
  lowerPlacesNotAfter: Set<string>;
  /** Lower-case bodies not in the gazetteer ("public prosecution", "coast guard"); true: only after a demonym or possessive ("Pakistani army"). */
  lowerBodies: Map<string, boolean>;
  /** Longest `lowerBodies` phrase, in words. */
  lowerBodiesMax: number;
  /** Lower-case place words a place name keeps after it as the gold writes it ("Sharya camp", "Nasiriyah central prison"). */
  placeHeads: Set<string>;
  placeHeadModifiers: Set<string>;
  /** Arabic-origin first words of place names ("Sidi Bouzid", "Dhi Qar"); the second set only after in/near/from. */
  placePrefixes: Set<string>;
  placePrefixesCtx: Set<string>;
  /** Lower-case nouns of "the town of X" (before `of`) and "X governor"/"X camp" (after the name). */
  placeOf: Set<string>;
  placeAfter: Set<string>;
  /** Company/organisation words after which "General" is no title ("General Motors"). */
  companyWords: Set<string>;
  /** Late organisation rules (`lateOrgs`). */
  brands: Set<string>;
  parties: Set<string>;
  polityWords: Set<string>;
  /** Plural nouns of organisations before "such as"/"including"/"like" and a list of names (`lateListOrgs`). */
  orgListNouns: Set<string>;
  /** Case-sensitive ("Inc", "Corp", "L.P"). */
  companySuffixes: Set<string>;
  common: WordSet;
  /** Name lists for the tagger's flags only (taggerLex: F given, Z surname, Y place, Q org, H person). */
  taggerLex: Array<[string, Set<string>]>;
}

let lists: Lists | null = null;

function lowerBodyLists(w: Record<string, string[] | string>): { lowerBodies: Map<string, boolean>; lowerBodiesMax: number } {
  const owner = new Set((w.lowerBodiesNeedOwner as string[]).map((x) => latinFold(x)));
  const lowerBodies = new Map<string, boolean>();
  let lowerBodiesMax = 0;
  for (const x of w.lowerBodies as string[]) {
    const k = latinFold(x);
    lowerBodies.set(k, owner.has(k));
    lowerBodiesMax = Math.max(lowerBodiesMax, k.split(' ').length);
  }
  return { lowerBodies, lowerBodiesMax };
}

/** The tagger's organisation list (`taggerLex.Q`) less `brandsNotOrg` (surnames, places, common words). */
function lateBrands(w: Record<string, string[] | string>): Set<string> {
  const not = new Set(w.brandsNotOrg as string[]);
  return new Set((words.taggerLex as Record<string, string>).Q!.split(' ').filter((x) => !not.has(x)));
}

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
      placeOfHeads: s('placeOfHeads'),
      placeOfHeadsAlone: s('placeOfHeadsAlone'),
      eventHeads: s('eventHeads'),
      eventTails: s('eventTails'),
      lowerPlacesNot: s('lowerPlacesNot'),
      lowerPlacesNotAfter: s('lowerPlacesNotAfter'),
      initialPersonVerbs: new Set([...s('initialPersonVerbs'), ...s('afterInitialName'), ...s('speechVerbs')]),
      ...lowerBodyLists(w),
      placeHeads: s('placeHeads'),
      placeHeadModifiers: s('placeHeadModifiers'),
      placePrefixes: s('placePrefixes'),
      placePrefixesCtx: s('placePrefixesInPlaceContext'),
      placeOf: s('placeOfNouns'),
      placeAfter: s('placeAfterNouns'),
      companyWords: s('companyWords'),
      brands: lateBrands(w),
      parties: s('partyPlurals'),
      polityWords: s('polityWords'),
      orgListNouns: s('orgListNouns'),
      companySuffixes: new Set(w.companySuffixes as string[]),
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
  /** The text holds a letter (\p{L}). */
  letter: boolean;
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
  /** Holds a letter (\p{L}). */
  letter: boolean;
  /** Holds an underscore or is a URL scheme word: a handle/link part (`tag`). */
  tagLike: boolean;
}
let textInfoCache = new Map<string, TextInfo>();
const TEXT_INFO_CACHE_MAX = 100_000;

function textInfo(text: string, word: boolean): TextInfo {
  let info = textInfoCache.get(text);
  if (info === undefined) {
    // `word` is a function of text[0] (see makeTokens), so it need not be part of the key
    info = textInfoOf(text, word);
    if (textInfoCache.size >= TEXT_INFO_CACHE_MAX) textInfoCache = new Map();
    textInfoCache.set(text, info);
  }
  return info;
}

function textInfoOf(text: string, word: boolean): TextInfo {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    low: latinFold(text),
    cap: word && (/^\p{Lu}/u.test(text) || ARABIC_PREFIXED.test(text)),
    allCaps: word && letters.length > 0 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
    letter: letters.length > 0,
    tagLike: /_/.test(text) || /^(?:https?|www)$/i.test(text),
  };
}

/** Folded form, lexicon flags, clusters and the tagger's form memo of a token text (`modelTokens`). */
type LexEntry = [string, string, readonly string[] | undefined, FormMemo];

/**
 * Per token text of `latinTokens`, what the rule tokens and the tagger's tokens derive from it
 * alone, filled on first use: `word` (its first character a letter or digit), `info` (textInfo)
 * and `lw` (modelTokens' entry, made with the word clusters `lwc`). Kept across documents; bounded,
 * started afresh when full. `rawWords` gives the records of one token array (the one extractEntities
 * shares between the rules and the tagger), so each token's text is looked up once, not per use.
 */
interface RawWord {
  word: boolean;
  info: TextInfo | null;
  lw: LexEntry | null;
  lwc: WordClusters | null | undefined;
  /** What `lateOrgs` looks for in the word (`lateKind`); -1 until first asked. */
  late: number;
  /** What the session-8 late passes look for in the word (`lateWordBits`); -1 until first asked. */
  lb: number;
}
let rawWordCache = new Map<string, RawWord>();
const RAW_WORD_MAX = 100_000;
const rawWordLists = new WeakMap<readonly LatinToken[], Array<RawWord | undefined>>();

function rawWords(all: readonly LatinToken[]): Array<RawWord | undefined> {
  let r = rawWordLists.get(all);
  if (r === undefined) rawWordLists.set(all, (r = new Array<RawWord | undefined>(all.length)));
  return r;
}

function rawWordAt(recs: Array<RawWord | undefined>, all: readonly LatinToken[], i: number): RawWord {
  let rec = recs[i];
  if (rec === undefined) {
    const text = all[i]!.text;
    rec = rawWordCache.get(text);
    if (rec === undefined) {
      if (rawWordCache.size >= RAW_WORD_MAX) rawWordCache = new Map();
      rawWordCache.set(text, (rec = { word: /[\p{L}\p{N}]/u.test(text[0]!), info: null, lw: null, lwc: undefined, late: -1, lb: -1 }));
    }
    recs[i] = rec;
  }
  return rec;
}

/**
 * Rule-tagger tokens of norm[from, to) (a paragraph): `all` holds the Latin tokens of the whole
 * text (absolute offsets; no token crosses a line break, so they are those of the paragraph read
 * alone), the paragraph's starting at index `first`.
 */
function makeTokens(norm: string, from: number, to: number, all: readonly LatinToken[], first: number): Tok[] {
  let last = first;
  while (last < all.length && all[last]!.start < to) last++;
  // the paragraph's tokens are all[first, last): read in place (no copy)
  const out: Tok[] = [];
  const recs = rawWords(all);
  for (let i = 0; i < last - first; i++) {
    const r = all[first + i]!;
    const start = r.start;
    const end = r.end;
    let text = r.text;
    const rw = rawWordAt(recs, all, first + i);
    const word = rw.word;
    let poss = false;
    let nameEnd = end;
    const tl = text.length;
    if (word && tl > 2 && text.charCodeAt(tl - 2) === 39 && (text.charCodeAt(tl - 1) | 32) === 115 && !L().possessiveInside.has(latinFold(text))) {
      poss = true;
      nameEnd = end - 2;
      text = text.slice(0, -2);
    } else if (word && text.charCodeAt(tl - 1) === 115 && norm[end] === "'" && !/\p{L}/u.test(norm[end + 1] ?? '')) {
      poss = true; // Paris' / Mullahs'
    }
    // "London-based", "Iranian-born": the name is the part before the hyphen
    const compound = word && text.includes('-') ? /^(\p{Lu}[\p{L}.]*)-(?:based|born|led|backed|run|owned|funded|made|controlled|held|bound|style|era|linked|allied|affiliated|sponsored)$/u.exec(text) : null;
    if (compound) {
      text = compound[1]!;
      nameEnd = start + text.length;
      poss = true;
    }
    const prevChar = start > 0 ? norm[start - 1]! : ' ';
    // the token's own text (the usual case): its record; a cut text (possessive, compound): the cache
    const info = text === r.text ? rw.info ?? (rw.info = textInfoOf(text, word)) : textInfo(text, word);
    // only spaces between this token and the previous one (no line break): a scan, no substring
    let glued = i > 0;
    if (glued) for (let k = all[first + i - 1]!.end; k < r.start; k++) if (norm.charCodeAt(k) === 10) glued = false;
    out.push({
      text,
      start,
      end,
      low: info.low,
      word,
      cap: info.cap,
      allCaps: info.allCaps,
      letter: info.letter,
      poss,
      nameEnd,
      initial: false,
      tag: word && (prevChar === '#' || prevChar === '@' || info.tagLike),
      glued,
    });
    // handles run on past underscores in the tokenizer's eyes: @Maryam_Rajavi → Maryam, _, Rajavi
    if (out.length >= 2) {
      const p = out[out.length - 2]!;
      if ((p.tag || p.text === '_') && r.start === all[first + i - 1]!.end) out[out.length - 1]!.tag = true;
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
  /** Reading without the late rules (see `shadow`). */
  legacy?: boolean;
}

/**
 * Late rules (issue 7: place contexts and prefixes, company words, "near X", lower-case bodies,
 * datelines, "In X", "al X", a title abbreviation inside a run, a demonym before a gazetteer
 * organisation) decide the output but are not shown to the statistical tagger: its rule-tag
 * features stay those of the rules it was trained with (5-fold CV, 3 seeds: shown to it, they
 * cost about 0.6 F1 on uner_pud-en; hidden, none). `shadow` records both readings: the earlier
 * rules' candidates only as features (`featureOnly`), the late ones only as output (`lateOnly`).
 */
const featureOnly = new WeakSet<Candidate>();
const lateOnly = new WeakSet<Candidate>();

/** Run `legacy` (the earlier rules' reading, features only) and `late` (the output reading). */
function shadow(ctx: Ctx, legacy: () => void, late: () => void): void {
  const s0 = ctx.cands.length;
  const was = ctx.legacy;
  ctx.legacy = true;
  legacy();
  ctx.legacy = was;
  const s1 = ctx.cands.length;
  late();
  if (ctx.cands.length === s1) return; // the late reading found nothing: the legacy one stands
  for (let k = s0; k < s1; k++) featureOnly.add(ctx.cands[k]!);
  for (let k = s1; k < ctx.cands.length; k++) lateOnly.add(ctx.cands[k]!);
}

/** The candidates the tagger's features are made from. */
function featureCandidates(rule: Candidate[]): Candidate[] {
  return rule.filter((c) => !lateOnly.has(c));
}

/** The candidates that compete for the output. */
function outputCandidates(rule: Candidate[]): Candidate[] {
  return rule.filter((c) => !featureOnly.has(c));
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

/** Is the chunk in a place context: "the town of [X]" before it, or "[X] governor/province/camp" after it? */
function placeContext(ctx: Ctx, idx: number[]): boolean {
  const toks = ctx.toks;
  const a = idx[0]!;
  const z = idx[idx.length - 1]!;
  const p1 = a > 0 ? toks[a - 1]! : undefined;
  const p2 = a > 1 ? toks[a - 2]! : undefined;
  if (p1 && p2 && p1.low === 'of' && !p1.cap && p2.word && !p2.cap && L().placeOf.has(p2.low)) return true;
  const n1 = toks[z + 1];
  return n1 !== undefined && n1.word && !n1.cap && n1.glued && !toks[z]!.poss && L().placeAfter.has(n1.low);
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
  // "the town of Zabid", "the village of Ruk"; "Menoufia governor …", "Sharya camp": a place
  if (!ctx.legacy && !perCue && !ctx.shouting && placeContext(ctx, idx) && !l.notEntities.has(first.low) && !l.titles.has(first.low) && !isDemonym(first) && !(idx.length === 1 && (isCommon(first.low) || first.allCaps))) {
    shadow(ctx, () => typeUnknown(ctx, idx, perCue, cut), () => emit(ctx, idx, 'LOC', { via: 'lc' }, cut));
    return;
  }
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
      // "near Shatial", "outside Moatize", "at Kebrata in Oromia": after near/outside or before
      // "in <Name>", an unknown word is a place ("According to Parker, …" stays weak)
      const after = toks[idx[0]! + 1];
      const after2 = toks[idx[0]! + 2];
      const placeNext = after !== undefined && after.low === 'in' && after2 !== undefined && after2.cap && !t.poss;
      const strong = !t.poss && (prev.low === 'near' || prev.low === 'outside' || placeNext);
      if (strong && !ctx.legacy) shadow(ctx, () => emit(ctx, idx, 'LOC', { weak: true }, cut), () => emit(ctx, idx, 'LOC', { via: 'lc' }, cut));
      else emit(ctx, idx, 'LOC', { weak: true }, cut);
      return;
    }
    emit(ctx, idx, 'PER', { weak: true }, cut);
    return;
  }
  if (ctx.shouting) return;
  // Documents, events and laws (Universal Declaration of…, … Protests) are not PER/ORG/LOC.
  if (idx.some((j) => l.miscCues.has(toks[j]!.low))) return;
  // Arabic-origin place names ("Sidi Bouzid", "Dhi Qar", "Shatt al-Arab"; "Umm Qasr", "Khan Younis"
  // after in/near/from): places, not a given name and a surname
  {
    const before = idx[0]! > 0 ? toks[idx[0]! - 1]! : undefined;
    const placeCtx = before !== undefined && before.word && !before.cap && (before.low === 'in' || before.low === 'near' || before.low === 'from' || before.low === 'of');
    // "Sidi Mohamed Ould …": an honorific before a given name is a person
    const second = toks[idx[1]!]!;
    if (!ctx.legacy && !perCue && (l.placePrefixes.has(first.low) || (placeCtx && l.placePrefixesCtx.has(first.low))) && !l.givenNames.has(second.low) && !hasOrgCue(ctx, idx)) {
      shadow(ctx, () => typeUnknown(ctx, idx, perCue, cut), () => emit(ctx, idx, 'LOC', { via: 'lc' }, cut));
      return;
    }
  }
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
  // "General Motors", "Ford Motor": a company word at the end makes an organisation
  if (!ctx.legacy && l.companyWords.has(toks[idx[idx.length - 1]!]!.low)) {
    shadow(ctx, () => typeUnknown(ctx, idx, perCue, cut), () => emit(ctx, idx, 'ORG', { via: 'oc' }, cut));
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
        // "Iranian [Foreign Ministry]", "Afghan [Red Crescent]": demonyms before an organisation whose name ends in a cue or has several words belong to it
        const gLast = toks[idx[p + m.len - 1]!]!;
        const restLast = p + m.len < idx.length ? toks[idx[idx.length - 1]!]! : undefined;
        const cueAfter = restLast !== undefined && restLast.cap && l.orgCues.has(restLast.low); // "… Red Crescent Authority"
        if (m.entry.type === 'ORG' && gLast.cap && (l.orgCues.has(gLast.low) || (m.len >= 2 && !cueAfter)) && left.every((j) => toks[j]!.cap && isDemonym(toks[j]!))) {
          // without a cue at the end ("Afghan [Red Crescent]") a late rule: the tagger still sees
          // the gazetteer name alone, as the earlier rules read it
          const lateGc = !l.orgCues.has(gLast.low);
          if (lateGc) {
            const s1 = ctx.cands.length;
            emit(ctx, idx.slice(p, p + m.len), m.entry.type, { entry: m.entry }, cut);
            for (let k = s1; k < ctx.cands.length; k++) featureOnly.add(ctx.cands[k]!);
          }
          const s2 = ctx.cands.length;
          emit(ctx, idx.slice(0, p + m.len), 'ORG', { via: 'gc' }, cut);
          if (lateGc) for (let k = s2; k < ctx.cands.length; k++) lateOnly.add(ctx.cands[k]!);
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
  // "Tamanrasset and In Guezzam", "near In Amenas": a capitalised "In" inside a sentence, after a
  // lower-case word, begins a Saharan place name
  {
    const t0 = toks[idx[0]!]!;
    const before = idx[0]! > 0 ? toks[idx[0]! - 1]! : undefined;
    if (!ctx.legacy && idx.length === 2 && t0.text === 'In' && !t0.initial && before !== undefined && before.word && !before.cap && !ctx.shouting && toks[idx[1]!]!.cap && !gazMatch(ctx, idx, 1)) {
      shadow(ctx, () => processRun(ctx, idx, cut), () => emit(ctx, idx, 'LOC', { via: 'lc' }, cut));
      return;
    }
  }
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
    // "General Motors", "General Dynamics": a title before a company word is part of the name
    if (next && next.cap && !ctx.legacy && l.titles.has(t.low) && l.companyWords.has(next.low)) {
      const from = idx.slice(k);
      shadow(ctx, () => processRun(ctx, from, cut), () => processCore(ctx, from, perCue, cut));
      return;
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
  const s0 = ctx.cands.length;
  /** Late names (dateline, "al X"): output only; what the earlier rules read there, features only. */
  const late: Candidate[] = [];
  let i = from;
  while (i < to) {
    const t = toks[i]!;
    if (!t.word || !t.cap || t.tag) {
      i++;
      continue;
    }
    // a dateline: "LOME, Togo -", "KAMPALA (AFP) -": the paragraph's first words in capitals
    if (i === from && from === 0 && t.allCaps && !ctx.shouting) {
      let j = i;
      while (j + 1 < to && toks[j + 1]!.word && toks[j + 1]!.allCaps && toks[j + 1]!.glued) j++;
      const after = j + 1 < to ? toks[j + 1]!.text : '';
      const letters = toks.slice(i, j + 1).map((x) => x.text).join('').replace(/[^\p{L}]/gu, '');
      const then = j + 2 < to ? toks[j + 2]! : undefined;
      // "LOME, Togo -", "KAMPALA, March 20": a name or a date after the comma ("YAY, great…" is no dateline)
      const dated = after === '(' || (after === ',' && then !== undefined && then.word && (then.cap || /^\d/.test(then.text)));
      if (dated && letters.length >= 3 && !l.notEntities.has(t.low)) {
        const c: Candidate = { start: t.start, end: toks[j]!.nameEnd, type: 'LOC', name: toks.slice(i, j + 1).map((x) => x.text).join(' '), via: 'lc' };
        ctx.cands.push(c);
        late.push(c); // the words are still read as before, for the tagger's features only
      }
    }
    // "al Qaeda": a lower-case article before a gazetteer name that includes it
    if (i > from) {
      const p = toks[i - 1]!;
      if (p.word && !p.cap && t.glued && (p.low === 'al' || p.low === 'el')) {
        const e = gazetteer().enFolded.get(p.low + ' ' + t.low);
        if (e && e.type !== 'PER') {
          const c: Candidate = { start: p.start, end: t.nameEnd, type: e.type, name: p.text + ' ' + t.text, entry: e };
          ctx.cands.push(c);
          late.push(c);
        }
      }
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
  for (const c of late) {
    lateOnly.add(c);
    for (let k = s0; k < ctx.cands.length; k++) {
      const o = ctx.cands[k]!;
      if (o !== c && !lateOnly.has(o) && !late.includes(o) && o.start < c.end && o.end > c.start) featureOnly.add(o);
    }
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
  // "… Health Directorate Dr. Ahmad …": a title abbreviation with its dot starts a new name (late)
  if (!ctx.legacy) {
    for (let p = 1; p < idx.length; p++) {
      const t = toks[idx[p]!]!;
      const before = toks[idx[p - 1]!]!;
      if (TITLE_ABBR.has(t.low) && toks[idx[p]! + 1]?.text === '.' && !TITLE_ABBR.has(before.low) && !l.titles.has(before.low)) {
        shadow(ctx, () => splitRun(ctx, idx, cut), () => {
          splitRun(ctx, idx.slice(0, p), cut);
          splitRun(ctx, idx.slice(p), cut);
        });
        return;
      }
    }
  }
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
 * Failing that, a body of `lowerBodies` (entity-words.json: "public prosecution", "coast guard";
 * "army"/"police" only after a demonym or a capitalised possessive), kept with its demonym as
 * written ("the Libyan coast guard" → org:=coast.guard.loc:libya; a late rule, via `od`/`gc`).
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
    if (!best) {
      // bodies the gazetteer lacks, kept with their demonym as written ("the Libyan coast guard",
      // "Pakistani army"): keyed by their translated words (org:=coast.guard.loc:libya)
      const l = L();
      const dem = k > i ? toks[k - 1]! : undefined;
      const owned = (t.poss && t.cap) || (dem !== undefined && dem.cap && isDemonym(dem));
      let len = 0;
      let phrase = '';
      for (let m = 0; m < l.lowerBodiesMax && k + m < to; m++) {
        const x = toks[k + m]!;
        if (!x.word || x.cap || !x.glued) break;
        phrase += (m ? ' ' : '') + x.low;
        const need = l.lowerBodies.get(phrase);
        if (need !== undefined && (owned || !need)) len = m + 1;
        if (x.poss) break;
      }
      if (!len) continue;
      const nextTok = toks[k + len];
      // "the coast guard station", "army officers": the phrase must end the noun group
      if (nextTok && nextTok.word && !nextTok.cap && !l.speechVerbs.has(nextTok.low) && isCommon(nextTok.low) && /^(?:station|officers?|officials?|department|base|vessels?|boats?|chief|spokesman|spokeswoman|commander|units?|headquarters|forces?)$/.test(nextTok.low)) continue;
      const ai = dem !== undefined && dem.cap && isDemonym(dem) ? k - 1 : k;
      const b = toks[k + len - 1]!;
      const body: Candidate = { start: toks[ai]!.start, end: b.nameEnd, type: 'ORG', name: toks.slice(ai, k + len).map((x) => x.text).join(' '), via: 'od' };
      ctx.cands.push(body);
      lateOnly.add(body);
      // fills a gap (od); the same name also replaces a tagger span on its demonym alone ("Libyan" ORG)
      if (ai < k) {
        const ext: Candidate = { ...body, via: 'gc' };
        ctx.cands.push(ext);
        lateOnly.add(ext);
      }
      i = k + len - 1;
      continue;
    }
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
        // the first word is sentence-initial; words with letters, and how many are in capitals
        // (one loop, no copies of the sentence's tokens)
        let firstSeen = false;
        let wordsIn = 0;
        let caps = 0;
        for (let k = ti; k < tj; k++) {
          const x = toks[k]!;
          if (!x.word) continue;
          if (!firstSeen) {
            x.initial = true;
            firstSeen = true;
          }
          if (!x.letter) continue; // a letter in its text (textInfo)
          wordsIn++;
          if (x.allCaps && x.text.length > 1) caps++;
        }
        const ctx: Ctx = { toks, cands, shouting: wordsIn >= 4 && caps / wordsIn >= 0.6 };
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
let lexCache = new Map<string, LexEntry>();
const LEX_CACHE_MAX = 200_000;
/** The word clusters the cached entries were made with (`loadClusters`; swapped by experiments). */
let lexClusters: WordClusters | null | undefined;

/** A token after which the next one starts a sentence or clause (for `initial`): . ! ? : " (char codes). */
const INITIAL_AFTER_CODES = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x22]);

/** Tokens for the statistical tagger, with lexicon flags and the rule tagger's tags. */
export function modelTokens(t: NormalizedText, rule: Candidate[], raw: readonly LatinToken[] = latinTokens(t.norm)): ModelTok[] {
  const norm = t.norm;
  const toks: ModelTok[] = [];
  // distributional word clusters (word-clusters.json), read on first use like the model
  const wc = loadClusters('en', import.meta.url);
  if (lexCache.size >= LEX_CACHE_MAX || wc !== lexClusters) lexCache = new Map();
  lexClusters = wc;
  let prevEnd = 0;
  let prevText = '';
  const entryOf = (text: string): LexEntry => {
    const low = latinFold(text);
    return [low, /\p{L}/u.test(text) ? lexFlags(low) : '', wc?.of(low), newFormMemo()];
  };
  const push = (a: number, b: number, text: string, known: LexEntry | null) => {
    // first token, or after . ! ? : " (a one-character token), or after a line break
    let initial = !toks.length || (prevText.length === 1 && INITIAL_AFTER_CODES.has(prevText.charCodeAt(0)));
    for (let k = prevEnd; !initial && k < a; k++) if (norm.charCodeAt(k) === 10) initial = true;
    let lw = known ?? lexCache.get(text);
    if (lw === undefined) {
      lw = entryOf(text);
      lexCache.set(text, lw);
    }
    // indexed reads: no iterator protocol per token
    const low = lw[0];
    const lex = lw[1];
    const clusters = lw[2];
    const memo = lw[3];
    // one object shape for every token (clusters undefined: the language has none loaded)
    toks.push({ start: a, end: b, text, low, lex, rule: 'O', initial, cased: true, clusters, memo });
    prevEnd = b;
    prevText = text;
  };
  const recs = rawWords(raw);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    // "Iran's" is two tokens, "Iran" and "'s" (r.text is norm.slice(r.start, r.end) already)
    const x = r.text;
    const m = x.length;
    if (m > 2 && x.charCodeAt(m - 2) === 39 && (x.charCodeAt(m - 1) | 32) === 115) {
      push(r.start, r.end - 2, norm.slice(r.start, r.end - 2), null);
      push(r.end - 2, r.end, norm.slice(r.end - 2, r.end), null);
    } else {
      // the token's own text: its record (made with the current clusters) instead of the cache
      const rw = rawWordAt(recs, raw, i);
      if (rw.lw === null || rw.lwc !== wc) {
        rw.lw = entryOf(x);
        rw.lwc = wc;
      }
      push(r.start, r.end, x, rw.lw);
    }
  }
  // late rules' names are shown as the earlier rules read them (the trainer calls this too)
  ruleTags(toks, featureCandidates(rule));
  return toks;
}

/** Merge the tagger's spans with the rule candidates (gazetteer entries, acronyms kept). */
function combine(norm: string, toks: ModelTok[], lat: Lattice, rule: Candidate[], file: ModelFile): Candidate[] {
  const spans = spansOf(lat.tags);
  // keyed by start × (length + 1) + end: exact in a double, no string per candidate
  const K = norm.length + 1;
  const byStart = new Map<number, Candidate>();
  for (const c of rule) byStart.set(c.start * K + c.end, c);
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
    const same = byStart.get(start * K + end);
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

/** A word token starting with a lower-case letter. */
const LOWER_WORD = /^\p{Ll}/u;

/**
 * "the (northern) Ontario city": "the" before the name, with at most two lower-case words between,
 * makes the name a modifier of a common noun (a city in Ontario), not "Ontario City" (session 8).
 */
function theBefore(raw: readonly LatinToken[], start: number): boolean {
  const j = lowerBound(raw, start, (t) => t.start);
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
    const t = raw[k]!.text;
    if (t === 'the' || t === 'The') return true;
    if (!LOWER_WORD.test(t)) return false;
  }
  return false;
}

/**
 * A place name keeps the lower-case place word that follows it, as news text and the gold write it
 * ("Sharya camp", "Jahra governorate", "Nasiriyah central prison", "Sadat City general hospital"):
 * up to two modifiers (central, general…) and a head word (`placeHeads`), separated by single
 * spaces. `key.ts` leaves camp/village words out of the key and keys hospitals, stadiums and
 * prisons as facilities of the place. A two-word "person" followed by such a word is a place.
 * Organisations are left alone. One binary search and a bounded look-ahead per name.
 */
export function extendPlaceWords(norm: string, raw: readonly LatinToken[], cands: Candidate[]): Candidate[] {
  const l = L();
  const sorted = cands.every((c, k) => k === 0 || cands[k - 1]!.start <= c.start);
  const list = sorted ? cands : [...cands].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (let n = 0; n < list.length; n++) {
    const c = list[n]!;
    const text = norm.slice(c.start, c.end);
    const lastWord = text.slice(text.lastIndexOf(' ') + 1);
    if (c.type === 'ORG' || c.blockStart !== undefined || (c.entry !== undefined && c.type === 'PER') || !(/^\p{Lu}/u.test(lastWord) || ARABIC_PREFIXED.test(lastWord))) {
      out.push(c);
      continue;
    }
    // first token starting at or after the name's end
    const lo = lowerBound(raw, c.end, (t) => t.start);
    let end = -1;
    let pos = c.end;
    for (let j = lo, m = 0; j < raw.length && m < 3; j++, m++) {
      const r = raw[j]!;
      if (r.start !== pos + 1 || norm.charCodeAt(pos) !== 32 || !LOWER_WORD.test(r.text)) break;
      const low = latinFold(r.text);
      if (l.placeHeads.has(low)) {
        // "the Ontario city of …": the word heads another name
        const after = raw[j + 1];
        if (!(after && after.start === r.end + 1 && latinFold(after.text) === 'of') && !(low === 'city' && theBefore(raw, c.start))) end = r.end;
        break;
      }
      if (!l.placeHeadModifiers.has(low)) break;
      pos = r.end;
    }
    const nextStart = n + 1 < list.length ? list[n + 1]!.start : Infinity;
    // a possessive name ("Syria's camp") or a person with a title is no place
    if (end < 0 || end > nextStart || /['\u2019]s?$/u.test(c.name) || (c.type === 'PER' && c.via !== undefined && c.via !== 'pw')) {
      out.push(c);
      continue;
    }
    out.push({ ...c, end, name: c.name + norm.slice(c.end, end), type: 'LOC' });
  }
  return out;
}


export function extractEntities(t: NormalizedText): EntityMention[] {
  const raw = latinTokens(t.norm); // shared by the rules and the tagger (one scan of the text)
  const rule = ruleCandidates(t, raw);
  const model = loadModel('en', import.meta.url);
  const out = outputCandidates(rule);
  let merged: Candidate[];
  if (!model) merged = out;
  else {
    const toks = modelTokens(t, rule, raw);
    merged = combine(t.norm, toks, decodeLattice(model, toks), out, model.file);
  }
  const cands = trimCompounds(t.norm, extendPlaceWords(t.norm, raw, lateLowerPlaces(t.norm, raw, lateOfPlaces(t.norm, raw, lateEventNames(t.norm, raw, latePersons(t.norm, raw, lateListOrgs(t.norm, raw, lateOrgs(t.norm, raw, merged))))))));
  return finalize(t, cands);
}

const LATE_NONE = 0;
const LATE_POLITY = 1;
const LATE_PARTY = 2;
const LATE_BRAND = 3;

/** What `lateOrgs` scans the tokens for: a lower-case polity word ("dynasty"), a party ("Democrats") or a brand, by the token's text alone. */
function lateKind(text: string): number {
  const l = L();
  if (LOWER_START.test(text)) return l.polityWords.has(text) ? LATE_POLITY : LATE_NONE;
  if (!UPPER_START.test(text)) return LATE_NONE;
  const low = possessiveLess(text).toLowerCase();
  return l.parties.has(low) ? LATE_PARTY : l.brands.has(low) ? LATE_BRAND : LATE_NONE;
}

/** A word without its possessive ending ("Disney's" → Disney). */
function possessiveLess(text: string): string {
  return /['\u2019]s$/.test(text) ? text.slice(0, -2) : text;
}

const UPPER_START = /^\p{Lu}/u;
const NAME_OR_NUMBER_START = /^[\p{Lu}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;

/** The first token at or after `pos`, and the text between `pos` and it. */
function tokenAfter(norm: string, raw: readonly LatinToken[], pos: number): { tok: LatinToken; gap: string; j: number } | undefined {
  const j = lowerBound(raw, pos, (x) => x.start);
  if (j >= raw.length) return undefined;
  const tok = raw[j]!;
  return { tok, gap: tok.start - pos > 2 ? '   ' : norm.slice(pos, tok.start), j };
}

/**
 * Issue 7 (ner-en1): organisation readings decided after the merge (output only, never tagger
 * features, so the model is unchanged). UNER's conventions, as the news also uses them:
 * - polities: a name ending in Empire/Dynasty… ("the Ottoman Empire") or before lower-case
 *   "empire"/"dynasty" ("the Qing dynasty" → Qing) is an organisation (`polityWords`);
 * - company forms: "Acme, Inc.", "Foo Corp." keep the suffix and its dot (`companySuffixes`);
 * - brands: a capitalised word of the tagger's organisation list (`taggerLex.Q`, from compromise)
 *   alone is an organisation — not before a capitalised word or a number ("Nokia 888"), a
 *   lower-case common noun ("Facebook posts": a modifier, which UNER leaves untagged), nor the
 *   surname of a person of the document; `brandsNotOrg` are left out;
 * - parties named by their members ("the Democrats", "the Tories"; `partyPlurals`), with the
 *   capitalised words before them ("National Socialists");
 * Places acting as governments or teams ("Moscow announced", UNER's ORG) stay places: the
 *   project's own pairs tag them LOC, and the UNER test part lost LOC names under that rule.
 * One pass over the merged names with binary searches, one scan of the tokens.
 */
export function lateOrgs(norm: string, raw: readonly LatinToken[], cands: Candidate[]): Candidate[] {
  const l = L();
  const sorted = cands.every((c, k) => k === 0 || cands[k - 1]!.start <= c.start);
  const list = sorted ? cands : [...cands].sort((a, b) => a.start - b.start);
  // last words of the document's people ("Harrison Ford" … "Ford said")
  const surnames = new Set<string>();
  for (const c of list) {
    if (c.type !== 'PER') continue;
    const sp = c.name.lastIndexOf(' ');
    if (sp > 0) surnames.add(c.name.slice(sp + 1).toLowerCase());
  }
  /** Is raw[j] (`low`: its word without a possessive) a brand name here? */
  const brandAt = (j: number, low: string): boolean => {
    const r = raw[j]!;
    if (!l.brands.has(low) || surnames.has(low)) return false;
    const nx = raw[j + 1];
    // after a possessive the next word is another name: "Disney's The Muppets"
    if (!nx || nx.start !== r.end + 1 || r.text.length > low.length) return true;
    if (NAME_OR_NUMBER_START.test(nx.text)) return false;
    // "Facebook posts": a lower-case common noun after it (not a verb of ours, nor a past form)
    const nl = nx.text;
    return !(LOWER_START.test(nl) && isCommon(nl) && !l.afterInitialName.has(nl) && !l.speechVerbs.has(nl) && !nl.endsWith('ed'));
  };
  for (const c of list) {
    const text = norm.slice(c.start, c.end);
    const sp = text.lastIndexOf(' ');
    const lastLow = text.slice(sp + 1).toLowerCase();
    const after = tokenAfter(norm, raw, c.end);
    if (c.type !== 'ORG' && l.polityWords.has(lastLow) && sp > 0 && UPPER_START.test(text.slice(sp + 1))) c.type = 'ORG';
    else if (c.type !== 'ORG' && after && after.gap === ' ' && LOWER_START.test(after.tok.text) && l.polityWords.has(after.tok.text)) c.type = 'ORG';
    if (after) {
      // "Acme, Inc.", "Foo Corp."
      let suffix: LatinToken | undefined;
      if (after.gap === ' ' && l.companySuffixes.has(after.tok.text)) suffix = after.tok;
      else if (after.gap === '' && after.tok.text === ',') {
        const s2 = raw[after.j + 1];
        if (s2 && s2.start === after.tok.end + 1 && l.companySuffixes.has(s2.text)) suffix = s2;
      }
      if (suffix) {
        c.end = suffix.end + (norm[suffix.end] === '.' ? 1 : 0);
        c.name = norm.slice(c.start, c.end);
        c.type = 'ORG';
      } else if (sp > 0 && norm[c.end] === '.' && l.companySuffixes.has(text.slice(sp + 1))) {
        c.end++;
        c.name = norm.slice(c.start, c.end);
        c.type = 'ORG';
      }
    }
    if (c.type !== 'ORG' && sp < 0 && UPPER_START.test(text)) {
      if (l.parties.has(lastLow)) c.type = 'ORG';
      else if (!c.entry) {
        const j = lowerBound(raw, c.start, (x) => x.start);
        if (j < raw.length && raw[j]!.start === c.start && brandAt(j, lastLow)) c.type = 'ORG';
      }
    }
  }
  // names the merge left out: "the Qing dynasty", brands and parties the tagger did not propose
  const added: Candidate[] = [];
  // no merged name overlaps [a, b) (the merged names barely overlap: the last few before b are enough)
  const free = (a: number, b: number): boolean => {
    const k = lowerBound(list, b, (c) => c.start);
    for (let m = k - 1; m >= 0 && m >= k - 4; m--) if (list[m]!.end > a) return false;
    return true;
  };
  const recs = rawWords(raw);
  for (let j = 0; j < raw.length; j++) {
    const rw = rawWordAt(recs, raw, j);
    let kind = rw.late;
    if (kind < 0) kind = rw.late = lateKind(raw[j]!.text);
    if (kind === LATE_NONE) continue;
    const r = raw[j]!;
    if (kind === LATE_POLITY) {
      if (j === 0) continue;
      let a = j - 1;
      if (raw[a]!.end + 1 !== r.start || !UPPER_START.test(raw[a]!.text)) continue;
      while (a > 0 && j - a < 3 && raw[a - 1]!.end + 1 === raw[a]!.start && UPPER_START.test(raw[a - 1]!.text)) a--;
      while (a < j && (l.stopCaps.has(latinFold(raw[a]!.text)) || l.titles.has(latinFold(raw[a]!.text)))) a++;
      if (a === j || !free(raw[a]!.start, raw[j - 1]!.end)) continue;
      added.push({ start: raw[a]!.start, end: raw[j - 1]!.end, type: 'ORG', name: norm.slice(raw[a]!.start, raw[j - 1]!.end) });
      continue;
    }
    const low = possessiveLess(r.text).toLowerCase();
    if (kind === LATE_PARTY) {
      if (!free(r.start, r.end)) continue;
      // "National Socialists": capitalised words before it, not sentence-initial function words
      let a = j;
      while (a > 0 && j - a < 3 && raw[a - 1]!.end + 1 === raw[a]!.start && UPPER_START.test(raw[a - 1]!.text) && !l.stopCaps.has(latinFold(raw[a - 1]!.text)) && free(raw[a - 1]!.start, raw[a - 1]!.end)) a--;
      const end = r.start + possessiveLess(r.text).length;
      added.push({ start: raw[a]!.start, end, type: 'ORG', name: norm.slice(raw[a]!.start, end) });
    } else if (free(r.start, r.end) && brandAt(j, low)) {
      const name = possessiveLess(r.text);
      added.push({ start: r.start, end: r.start + name.length, type: 'ORG', name });
    }
  }
  if (!added.length) return list;
  return [...list, ...added].sort((a, b) => a.start - b.start);
}

const LB_SURNAME = 1;
const LB_VERB = 2;
const LB_ADVERB = 4;
const LB_LOWER = 8;
const LB_LOWER_PLACE = 16;
const LB_SUFFIX = 32;
const LB_EVENT = 64;

/**
 * The late passes' reading of a word alone, kept in its `RawWord` record: a capitalised word no
 * lexicon knows (`LB_SURNAME`, `latePersons`), a verb of `initialPersonVerbs` or a past form in -ed
 * (`LB_VERB`), an adverb in -ly, a lower-case word that is no English word (`LB_LOWER`) and, of
 * those, a place's name (`LB_LOWER_PLACE`, `lateLowerPlaces`), a regnal number or Jr/Sr
 * (`LB_SUFFIX`), a capitalised word of `eventHeads`/`eventTails` (`LB_EVENT`, `lateEventNames`).
 */
function lateWordBits(text: string): number {
  const l = L();
  let b = 0;
  if (GENERATION.test(text) || (text.length <= 4 && ROMAN.test(text))) b |= LB_SUFFIX;
  if (UPPER_START.test(text)) {
    const low = latinFold(text);
    if (l.eventHeads.has(low) || l.eventTails.has(low)) b |= LB_EVENT;
  }
  if (PLAIN_CAP_WORD.test(text)) {
    const low = latinFold(text);
    // plural nouns ("Protesters say"), gerunds ("Having visited"), indefinite pronouns ("Anyone who")
    const plain = !TITLE_ABBR.has(low) && !NOT_SURNAME_FLAGS.test(lexFlags(low)) && !/(?:ers|ists|ents|ants|ives|ies|ors|ians|sses|ing)$/.test(low) && !(/(?:one|body)$/.test(low) && l.stopCaps.has(low.replace(/(?:one|body)$/, '')));
    if (plain) b |= LB_SURNAME;
  } else if (LOWER_START.test(text)) {
    if (l.initialPersonVerbs.has(text) || (text.length >= 5 && /^\p{Ll}+ed$/u.test(text))) b |= LB_VERB;
    else if (/^\p{Ll}+ly$/u.test(text)) b |= LB_ADVERB;
    if (LOWER_NAME_WORD.test(text) && !isCommon(text) && !l.lowerPlacesNot.has(text)) {
      b |= LB_LOWER;
      const f = lexFlags(text);
      if (lookupLatin(text)?.type === 'LOC' || (f.includes('Y') && !/[GFKCTSDMN]/.test(f))) b |= LB_LOWER_PLACE;
    }
  }
  return b;
}

/** `lateWordBits` of each token of one token array, and their union (`any`), made once per text. */
const lateBitLists = new WeakMap<readonly LatinToken[], Uint8Array & { any: number }>();

function lateBitsOf(raw: readonly LatinToken[]): Uint8Array & { any: number } {
  let out = lateBitLists.get(raw);
  if (out === undefined) {
    const recs = rawWords(raw);
    const a = new Uint8Array(raw.length + 1) as Uint8Array & { any: number };
    let any = 0;
    for (let j = 0; j < raw.length; j++) {
      const rw = rawWordAt(recs, raw, j);
      const b = rw.lb >= 0 ? rw.lb : (rw.lb = lateWordBits(raw[j]!.text));
      a[j] = b;
      any |= b;
    }
    a.any = any;
    lateBitLists.set(raw, (out = a));
  }
  return out;
}

/** One capitalised word of letters (no inner capital, no possessive). */
const PLAIN_CAP_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
/** Lexicon flags (`lexFlags`) of words that are no unknown surname: common word, title, demonym, function word, cue, date, non-entity, particle, place or organisation lists. */
const NOT_SURNAME_FLAGS = /[CTDSOLMNPYQUEVX]/;

/**
 * Issue 7 (ner-en, session 8): a person named by the surname alone at the start of a sentence
 * ("Hitchcock preferred …", "Seagal made headlines", "Tiberius reportedly regretted", "Isner,
 * who …"), which the tagger leaves out (sentence-initial capitals are weak evidence): a
 * capitalised word that no lexicon knows (not a common word, title, demonym, cue, place or
 * organisation name), first in its sentence, followed by a verb of `initialPersonVerbs`, a past
 * form in -ed (possibly after an adverb in -ly), or ", who". Output only; where no name lies.
 */
export function latePersons(norm: string, raw: readonly LatinToken[], cands: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const lbs = lateBitsOf(raw);
  const bits = (j: number): number => lbs[j]!;
  const suffixes = (lbs.any & LB_SUFFIX) !== 0;
  if (lbs.any & LB_SURNAME) for (let j = 0; j < raw.length; j++) {
    if (!(bits(j) & LB_SURNAME)) continue;
    const r = raw[j]!;
    // first in its sentence: the text's first token, after . ! ? : " or a line break
    if (j > 0) {
      const p = raw[j - 1]!;
      let initial = p.text.length === 1 && INITIAL_AFTER_CODES.has(p.text.charCodeAt(0));
      for (let q = p.end; !initial && q < r.start; q++) if (norm.charCodeAt(q) === 10) initial = true;
      if (!initial) continue;
    }
    const n1 = raw[j + 1];
    if (!n1 || n1.start !== r.end + (norm.charCodeAt(r.end) === 32 ? 1 : 0)) continue;
    let ok = false;
    if (n1.text === ',') {
      const n2 = raw[j + 2];
      ok = n2 !== undefined && n2.start === n1.end + 1 && n2.text === 'who';
    } else if (n1.start === r.end + 1) {
      const b1 = bits(j + 1);
      if (b1 & LB_VERB) ok = true;
      else if (b1 & LB_ADVERB) {
        const n2 = raw[j + 2];
        ok = n2 !== undefined && n2.start === n1.end + 1 && (bits(j + 2) & LB_VERB) !== 0;
      }
    }
    if (!ok) continue;
    // no merged name there (sorted by start; the last few before the word's end are enough)
    const m = lowerBound(cands, r.end, (c) => c.start);
    let taken = false;
    for (let q = m - 1; q >= 0 && q >= m - 4 && !taken; q--) if (cands[q]!.end > r.start) taken = true;
    if (taken) continue;
    added.push({ start: r.start, end: r.end, type: 'PER', name: r.text });
  }
  // a regnal number or generation suffix belongs to the person's name ("Amyntas II", "Martin
  // Luther King, Jr."); a lone "I" only before punctuation ("Mojmír I (ruled …)", not "Smith I think")
  if (suffixes) for (const c of [...cands, ...added]) {
    if (c.type !== 'PER' || c.end !== c.start + c.name.length) continue;
    const a = tokenAfter(norm, raw, c.end);
    if (!a) continue;
    let tok = a.tok;
    let j = a.j;
    if (a.gap === '' && tok.text === ',') {
      const nx = raw[j + 1];
      if (!nx || nx.start !== tok.end + 1 || !GENERATION.test(nx.text)) continue;
      tok = nx;
      j++;
    } else if (a.gap !== ' ') continue;
    if (!(bits(j) & LB_SUFFIX)) continue;
    let end = tok.end;
    if (GENERATION.test(tok.text)) {
      if (norm.charCodeAt(end) === 46) end++;
    } else {
      const nx = raw[j + 1];
      if (tok.text === 'I' && nx && /[\p{L}\p{N}]/u.test(nx.text[0]!)) continue;
      if (nx && nx.start === tok.end + 1 && UPPER_START.test(nx.text)) continue;
    }
    c.end = end;
    c.name = norm.slice(c.start, end);
  }
  if (!added.length) return cands;
  return [...cands, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Issue 7 (ner-en2, session 8): the names listed after a plural noun of organisations and "such
 * as", "including" or "like" ("companies such as Spotify, Tesla, Uber and Snapchat", "groups
 * such as Hamas", "companies like Scharffen Berger, TCHO") are organisations: each item is a run
 * of capitalised words, items joined by ", ", "and", "or" (up to 12). An item no merged name
 * touches is added; a name with exactly the item's span becomes an organisation; other overlaps
 * are left alone. Output only; sorted input and output.
 */
export function lateListOrgs(norm: string, raw: readonly LatinToken[], cands: Candidate[]): Candidate[] {
  const l = L();
  let added: Candidate[] | null = null;
  const next = (j: number): LatinToken | undefined => {
    const a = raw[j];
    const b = raw[j + 1];
    return a && b && (b.start === a.end + 1 || (b.start === a.end && b.text === ',')) ? b : undefined;
  };
  for (let j = 0; j < raw.length; j++) {
    const r = raw[j]!;
    if (!LOWER_START.test(r.text) || !l.orgListNouns.has(r.text)) continue;
    let k = j + 1;
    if (raw[k]?.text === ',' && raw[k]!.start === r.end) k++;
    const w = raw[k];
    if (!w || w.start > raw[k - 1]!.end + 1) continue;
    if (w.text === 'such' && next(k)?.text === 'as') k += 2;
    else if (w.text === 'including' || w.text === 'like') k += 1;
    else continue;
    if (!raw[k] || raw[k]!.start !== raw[k - 1]!.end + 1) continue;
    for (let items = 0; items < 12; items++) {
      const s0 = k;
      while (raw[k] && UPPER_START.test(raw[k]!.text) && (k === s0 || raw[k]!.start === raw[k - 1]!.end + 1)) k++;
      if (k === s0) break;
      const start = raw[s0]!.start;
      const end = raw[k - 1]!.end;
      if (/['\u2019]s$/u.test(raw[k - 1]!.text)) break;
      const m = lowerBound(cands, end, (c) => c.start);
      const over: Candidate[] = [];
      for (let q = m - 1; q >= 0 && q >= m - 6; q--) if (cands[q]!.end > start) over.push(cands[q]!);
      if (over.length === 0) (added ??= []).push({ start, end, type: 'ORG', name: norm.slice(start, end) });
      else if (over.length === 1 && over[0]!.start === start && over[0]!.end === end) over[0]!.type = 'ORG';
      // the joint: ", " and/or "and"/"or"
      let sep = false;
      if (raw[k]?.text === ',' && raw[k]!.start === end) {
        k++;
        sep = true;
      }
      const c = raw[k];
      if (c && (c.text === 'and' || c.text === 'or') && c.start === raw[k - 1]!.end + 1) {
        k++;
        sep = true;
      }
      if (!sep || !raw[k] || raw[k]!.start !== raw[k - 1]!.end + 1) break;
    }
    j = k - 1;
  }
  if (!added) return cands;
  return [...cands, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Issue 7 (ner-en, session 8): an official place name of the form head + "of" + place ("Gulf of
 * Mexico", "Principality of Nitra", "Federal Republic of Cameroon", "Community of Madrid") is one
 * place, not a head word and a place: when a place name follows "of" and the word before "of" is
 * a capitalised head of `placeOfHeads`, with the capitalised words before it (a place name or
 * words no name covers: "Federal Republic"), the span runs from them to the place's end.
 * Organisations and people before "of" are left alone, and so are words before a head of
 * `placeOfHeadsAlone` ("the Canary Island of El Hierro": an island of the Canaries, El Hierro).
 * Output only; sorted input and output.
 */
export function lateOfPlaces(norm: string, raw: readonly LatinToken[], cands: Candidate[]): Candidate[] {
  const l = L();
  let changed = false;
  const drop = new Set<Candidate>();
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    if (c.type !== 'LOC' || c.start < 4 || c.blockStart !== undefined || !(norm.charCodeAt(c.start - 1) === 32 && norm.charCodeAt(c.start - 2) === 102 && norm.charCodeAt(c.start - 3) === 111 && norm.charCodeAt(c.start - 4) === 32) || c.name !== norm.slice(c.start, c.end)) continue;
    const j = lowerBound(raw, c.start, (x) => x.start);
    if (j < 2 || raw[j]!.start !== c.start) continue;
    const of = raw[j - 1]!;
    const head = raw[j - 2]!;
    if (of.text !== 'of' || head.end + 1 !== of.start || !UPPER_START.test(head.text) || !l.placeOfHeads.has(latinFold(head.text))) continue;
    // the name before "of": a place name ending at the head, or capitalised words no name covers
    const prev = n > 0 ? cands[n - 1]! : undefined;
    const alone = l.placeOfHeadsAlone.has(latinFold(head.text));
    let start: number;
    if (prev && prev.end > head.start) {
      if (prev.type !== 'LOC' || prev.end !== head.end || drop.has(prev) || prev.blockStart !== undefined || (alone && prev.start !== head.start)) continue;
      start = prev.start;
      drop.add(prev);
    } else {
      if (prev && prev.end > head.start - 1) continue;
      let a = j - 2;
      while (a > 0 && j - 2 - a < 3 && raw[a - 1]!.end + 1 === raw[a]!.start && UPPER_START.test(raw[a - 1]!.text) && (!prev || raw[a - 1]!.start >= prev.end)) a--;
      while (a < j - 2 && l.stopCaps.has(latinFold(raw[a]!.text))) a++;
      if (alone && a !== j - 2) continue;
      start = raw[a]!.start;
    }
    c.start = start;
    c.name = norm.slice(start, c.end);
    delete c.entry;
    changed = true;
  }
  return changed ? cands.filter((c) => !drop.has(c)) : cands;
}

/**
 * Issue 7 (ner-en, session 8): a name inside the name of a treaty, event or prize is not tagged
 * by UNER nor by the project's pairs ("the Treaty of London", "the Africa Cup of Nations", "the
 * Davis Cup"): a name right after a capitalised `eventHeads` word + "of" (+ "the"), a one-word
 * name right before a capitalised `eventTails` word, or a name ending in one ("Pulitzer Prize"),
 * is dropped (gazetteer names too: "London").
 * Output only.
 */
export function lateEventNames(norm: string, raw: readonly LatinToken[], cands: Candidate[]): Candidate[] {
  const l = L();
  // most texts name no event
  if (!(lateBitsOf(raw).any & LB_EVENT)) return cands;
  let out: Candidate[] | null = null;
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    let event = false;
    const j = lowerBound(raw, c.start, (x) => x.start);
    if (j < raw.length && raw[j]!.start === c.start && j >= 2) {
      let h = j - 1;
      if (raw[h]!.text === 'the' && h >= 2 && raw[h]!.end + 1 === raw[j]!.start) h--;
      const of = raw[h]!;
      const head = raw[h - 1];
      event = of.text === 'of' && head !== undefined && head.end + 1 === of.start && of.end + 1 === raw[h + 1]!.start && UPPER_START.test(head.text) && l.eventHeads.has(latinFold(head.text));
    }
    // the event's whole name ("Pulitzer Prize"): no person, place or body either
    const sp = c.name.lastIndexOf(' ');
    if (!event && sp > 0 && c.name === norm.slice(c.start, c.end)) {
      const last = c.name.slice(sp + 1);
      event = UPPER_START.test(last) && l.eventTails.has(latinFold(last));
    }
    if (!event && c.name.indexOf(' ') < 0) {
      const a = tokenAfter(norm, raw, c.end);
      event = a !== undefined && a.gap === ' ' && UPPER_START.test(a.tok.text) && l.eventTails.has(latinFold(a.tok.text));
    }
    if (event) out ??= cands.slice(0, n);
    else if (out) out.push(c);
  }
  return out ?? cands;
}

/** A whole lower-case word of letters. */
const LOWER_NAME_WORD = /^\p{Ll}{4,}$/u;

/**
 * Issue 7 (ner-en, session 8): web text writes places in lower case ("i am from mexico",
 * "hotels in san francisco"); UNER tags them. A lower-case word (or two) that is a gazetteer
 * place's alias, or one word of the tagger's place list (`taggerLex` Y) that no other list
 * knows, and no English word (`isCommon`, `lowerPlacesNot`: "turkey", "china" stay words), standing alone
 * between spaces or sentence punctuation (not part of an address, handle or file name) and not
 * after a determiner (`lowerPlacesNotAfter`: "a chihuahua"), in a text written without capitals
 * (`lowerCaseText`), is a place
 * where no name lies. Output only; news text, written in capitals, is not touched.
 */
export function lateLowerPlaces(norm: string, raw: readonly LatinToken[], cands: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const bare = (a: number, b: number): boolean => {
    const p = a > 0 ? norm.charCodeAt(a - 1) : 32;
    const q = b < norm.length ? norm[b]! : ' ';
    if (!(p === 32 || p === 10 || p === 40 || p === 34)) return false;
    if (q === ' ' || q === '\n') return true;
    if (!/[,.?!;:)"]/.test(q)) return false;
    const q2 = b + 1 < norm.length ? norm[b + 1]! : ' ';
    return /[\s,.?!;:)"]/.test(q2) && !(q === '.' && /\p{L}/u.test(q2));
  };
  const lbs = lateBitsOf(raw);
  if (!(lbs.any & LB_LOWER_PLACE) || !lowerCaseText(norm, raw)) return cands;
  const bits = (j: number): number => lbs[j]!;
  let k = 0;
  for (let j = 0; j < raw.length; j++) {
    const b = bits(j);
    if (!(b & LB_LOWER)) continue;
    const r = raw[j]!;
    if (j > 0 && L().lowerPlacesNotAfter.has(raw[j - 1]!.text.toLowerCase())) continue;
    let end = -1;
    const r2 = raw[j + 1];
    // two words first ("san francisco"), then one
    if (r2 && r2.start === r.end + 1 && bits(j + 1) & LB_LOWER && bare(r.start, r2.end) && lookupLatin(r.text + ' ' + r2.text)?.type === 'LOC') end = r2.end;
    else if (b & LB_LOWER_PLACE && bare(r.start, r.end)) end = r.end;
    if (end < 0) continue;
    while (k < cands.length && cands[k]!.end <= r.start) k++;
    if (k < cands.length && cands[k]!.start < end) continue;
    if (added.length && added[added.length - 1]!.end > r.start) continue;
    added.push({ start: r.start, end, type: 'LOC', name: norm.slice(r.start, end), entry: lookupLatin(norm.slice(r.start, end)) });
    if (end !== r.end) j++;
  }
  if (!added.length) return cands;
  return [...cands, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Is the text written without capitals, as web text is ("i am from mexico")? A lower-case "i" as
 * a word (not an enumeration "(i)"), or a line opening with a lower-case letter. Edited text
 * never does either, so "corruption on earth" or "the Fez medina" stay words in the news.
 */
function lowerCaseText(norm: string, raw: readonly LatinToken[]): boolean {
  for (let j = 0; j < raw.length; j++) {
    const r = raw[j]!;
    const p = r.start > 0 ? norm.charCodeAt(r.start - 1) : 10;
    if (r.text === 'i' && p !== 40) return true;
    if ((p === 10 || r.start === 0) && LOWER_START.test(r.text)) return true;
  }
  return false;
}

/** "Jr", "Sr" after a person's name. */
const GENERATION = /^(?:Jr|Sr)$/;

/** A name glued to a participle or noun by a hyphen: "Iran-backed", "Oslo-based", "Kenya-born". */
const COMPOUND_TAIL = /-(?:backed|based|led|born|owned|run|linked|allied|aligned|controlled|held|affiliated|funded|sponsored|supported|made|bound|registered|flagged|wide)$/i;

/**
 * Session 6: a name ending in such a tail names the place or body before the hyphen ("Iran-backed
 * militias" → Iran, as the Arabic «المدعومة من إيران» names it): the span stops at the hyphen.
 */
export function trimCompounds(norm: string, cands: Candidate[]): Candidate[] {
  for (const c of cands) {
    if (c.type === 'PER') continue;
    const text = norm.slice(c.start, c.end);
    const m = COMPOUND_TAIL.exec(text);
    if (!m || m.index === 0) continue;
    const end = c.start + m.index;
    if (c.name === text) c.name = norm.slice(c.start, end);
    c.end = end;
  }
  return cands;
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
