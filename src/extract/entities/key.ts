/**
 * Language-independent entity keys and a cross-script similarity score.
 *
 * Key format (see README.md beside this file):
 * - `<type>:<slug>` when the gazetteer knows the entity: the slug of its English canonical name
 *   (`loc:paris`, `org:amnesty-international`, `per:hassan-rouhani`); the same in both languages.
 * - `<type>:~<skeleton>` otherwise: the consonant skeleton of the name (skeleton.ts), which is
 *   built the same way from Latin and Arabic letters, so transliterations often collide
 *   (`per:~rhn` for Rouhani and روحاني) and, when they do not, stay close for `sameEntity`.
 * - `org:=<concepts>` for an organisation named only by translated words, countries and demonyms
 *   (gazetteer.json `orgWords`: "National Electoral Commission", «اللجنة الانتخابية الوطنية» →
 *   `org:=committee.electoral.national`), see `conceptKey`.
 * - a facility named after a place (hospital, stadium, prison: gazetteer.json `placeCues.classes`)
 *   is keyed as that place plus its class letter (`loc:baghdad.h`, `loc:~krnt.h`), so that it is
 *   neither its town nor a different spelling of itself; other place cue words (camp, village,
 *   river, general, eastern…) are simply left out of place keys.
 * `<type>` is `per`, `org` or `loc`.
 */
import { createRequire } from 'node:module';
import type { EntityMention, EntityType } from '../../types.js';
import { foldWord } from '../../text/normalize.js';
import { lookupArabic, lookupLatin, orgWordArabic, orgWords, placeCueClasses, placeCues, slug, typeKey } from './gazetteer.js';
import { isArabic, nameSkeletons, romanize, skeleton } from './skeleton.js';

/**
 * Minimum `sameEntity` score for two mentions to be linked. Measured, not guessed: on the
 * cross-language entity pairs of the gold pairs (every EN × AR gold mention of a pair, scored with
 * gazetteer keys switched off so that only the spelling counts), the F1 of "score ≥ t" against
 * "same canonical" peaks on a plateau; this is its lower end rounded down. Re-measure with
 * `node scripts/eval/ner.mjs --calibrate` after changing the score.
 */
export const SAME_ENTITY_THRESHOLD = 0.81;

export interface KeyOptions {
  /** Use the gazetteer (default true); false gives the pure spelling key. */
  gazetteer?: boolean;
}

/** Strip what is not part of a name for keying: titles, possessives, Arabic clitics. */
export function bareName(name: string): string {
  let s = name.trim();
  if (isArabic(s)) {
    return s;
  }
  s = s.replace(/['\u2019]s?$/u, '').replace(/^(?:the\s+)/i, '');
  s = s.replace(/^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St)\.?\s+)+/, '');
  return s;
}

/** Key of one name out of context (the extractors key whole documents, see link.ts). */
export function entityKey(name: string, type: EntityType, opts: KeyOptions = {}): string {
  const bare = bareName(name);
  if (opts.gazetteer !== false) {
    const e = isArabic(bare) ? lookupArabic(bare) : lookupLatin(bare);
    if (e && e.type === type) return e.key;
    if (e) return e.key;
  }
  return skeletonKey(bare, type);
}

/**
 * A place's name without the words that say what kind of place it is, at either edge ("Neirab
 * camp", «مخيم النيرب» → Neirab, النيرب): those are translated, the name is transliterated.
 * At least one word is kept.
 */
export function withoutPlaceCues(name: string): string {
  const cues = placeCues();
  const ws = name.trim().split(/\s+/);
  const cue = (w: string) => cues.has(isArabic(w) ? foldWord(w) : w.toLowerCase());
  let a = 0;
  let b = ws.length;
  while (b - a > 1 && cue(ws[a]!)) a++;
  while (b - a > 1 && cue(ws[b - 1]!)) b--;
  return a === 0 && b === ws.length ? name : ws.slice(a, b).join(' ');
}

/**
 * The kind of facility a name ends or starts with, when the bare name would name another place
 * (gazetteer.json `placeCues.classes`: "Jahra Hospital" is not Jahra, «سجن الناصرية» not
 * Nasiriyah): one letter, or '' (camps, villages, rivers… are keyed as their bare name).
 */
export function placeClass(name: string): string {
  const ws = name.trim().split(/\s+/);
  if (ws.length < 2) return '';
  const cls = placeCueClasses();
  const of = (w: string) => cls.get(isArabic(w) ? foldWord(w) : w.toLowerCase());
  const cues = placeCues();
  const cue = (w: string) => cues.has(isArabic(w) ? foldWord(w) : w.toLowerCase());
  for (let a = 0; a < ws.length - 1 && cue(ws[a]!); a++) {
    const c = of(ws[a]!);
    if (c) return c;
  }
  for (let b = ws.length - 1; b > 0 && cue(ws[b]!); b--) {
    const c = of(ws[b]!);
    if (c) return c;
  }
  return '';
}

/** A country named by a word or its demonym (Kenya, Kenyan, كينيا، الكينية): its gazetteer key. */
export function countryOf(w: string, arabic: boolean): string | undefined {
  const tries: string[] = [];
  if (arabic) {
    const f = foldWord(w);
    const bare = f.replace(/^(?:\u0648)?(?:\u0627\u0644|\u0628\u0627\u0644|\u0644\u0644)/, '');
    tries.push(f, bare);
    // relational adjectives: الكينية → كيني → كين(يا)، السوري → سور(يا)، الأفغاني → أفغان(ستان)
    const stem = bare.replace(/\u064A\u0647?$/, '');
    if (stem !== bare && stem.length >= 2) for (const x of [stem, '\u0627\u0644' + stem, stem + '\u0627', stem + '\u064A\u0627', stem + '\u0633\u062A\u0627\u0646']) tries.push(x);
  } else {
    if (!/^\p{Lu}/u.test(w)) return undefined;
    tries.push(w);
    for (const [cut, add] of [['n', ''], ['an', ''], ['ian', ''], ['i', ''], ['ese', ''], ['', 'a'], ['', 's'], ['', 'istan']] as const) {
      if (cut && !w.endsWith(cut)) continue;
      const x = w.slice(0, w.length - cut.length) + add;
      if (x.length >= 3) tries.push(x);
    }
  }
  for (const x of tries) {
    const e = arabic ? lookupArabic(x) : lookupLatin(x);
    if (e && e.type === 'LOC') return e.key;
  }
  return undefined;
}

/** Forms of an Arabic word to look up: without و, a preposition, the article, a final ة or ـها. */
function arabicForms(w: string): string[] {
  const f0 = foldWord(w);
  const out = [f0];
  // with and without a leading و (وزارة is no و + زارة, والاجتماعية is)
  for (const f of f0.startsWith('\u0648') && f0.length > 3 ? [f0, f0.slice(1)] : [f0]) {
    if (f !== f0) out.push(f);
    const m = /^(?:\u0644\u0644|[\u0628\u0643\u0641]?\u0627\u0644)(.{2,})$/.exec(f);
    if (m) out.push(m[1]!);
    else if (/^[\u0644\u0628]/.test(f) && f.length > 3) out.push(f.slice(1));
  }
  // a pronoun suffix (وإدارتها): the noun with its ة
  for (const x of [...out]) if (/\u062A\u0647\u0627$/.test(x) && x.length > 4) out.push(x.slice(0, -3) + '\u0647');
  return out.map((x) => orgWordArabic(x));
}

/**
 * An organisation named only by translated words (gazetteer.json `orgWords`), country names and
 * demonyms: its sorted concepts, the same in both languages ("Kenya National Commission on Human
 * Rights", «اللجنة الوطنية الكينية لحقوق الإنسان» → `org:=committee.human.loc:kenya.national.rights`).
 * Undefined when a word is not known or fewer than two words are, or none is a dictionary word.
 */
export function conceptKey(name: string, type: EntityType): string | undefined {
  // one word is never a concept key: no look-ups for the most common case
  if (!/[\s\-\u2013,]/.test(name.trim())) return undefined;
  const cacheKey = type + name;
  const hit = conceptCache.get(cacheKey);
  if (hit !== undefined) return hit || undefined;
  const k = conceptKeyUncached(name, type);
  if (conceptCache.size >= CONCEPT_CACHE_MAX) conceptCache = new Map();
  conceptCache.set(cacheKey, k ?? '');
  return k;
}

/** conceptKey per type and name, kept across documents ('' = none); bounded, started afresh when full. */
let conceptCache = new Map<string, string>();
const CONCEPT_CACHE_MAX = 50_000;

function conceptKeyUncached(name: string, type: EntityType): string | undefined {
  const arabic = isArabic(name);
  const ow = orgWords();
  const ws = arabic ? name.split(/[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+/) : name.split(/[\s\-\u2013,]+/).map((w) => w.replace(/['\u2019]s?$|^['\u2019]|[.()"]/gu, ''));
  const concepts = new Set<string>();
  let words = 0;
  let dictionary = false;
  for (const w of ws) {
    if (!w) continue;
    if (arabic ? ow.arStop.has(foldWord(w)) : ow.enStop.has(w.toLowerCase())) continue;
    words++;
    let cs: string[] | undefined;
    if (arabic) {
      for (const f of arabicForms(w)) if ((cs = ow.ar.get(f))) break;
    } else {
      const lw = w.toLowerCase();
      cs = ow.en.get(lw) ?? (lw.endsWith('s') ? ow.en.get(lw.slice(0, -1)) : undefined);
    }
    if (cs) {
      dictionary = true;
      for (const c of cs) concepts.add(c);
      continue;
    }
    const country = countryOf(w, arabic);
    if (!country) return undefined;
    concepts.add(country);
  }
  if (words < 2 || !dictionary || concepts.size < 2) return undefined;
  // a name the tagger typed as a place is an organisation's only with an organisation's head noun
  if (type !== 'ORG' && ![...concepts].some((c) => ow.heads.has(c))) return undefined;
  // keyed as an organisation whatever the tagger said ("Mauritanian Red Crescent" as LOC)
  return typeKey('ORG', '=' + [...concepts].sort().join('.'));
}

export function skeletonKey(name: string, type: EntityType): string {
  if (type !== 'PER') {
    const ck = conceptKey(name, type);
    if (ck) return ck;
  }
  // a facility named after a place ("Basra Teaching Hospital", «مستشفى البصرة التعليمي»): the
  // place's key (gazetteer slug or spelling), marked with the kind of facility, as a place
  // whatever the type (taggers call hospitals ORG too)
  const cls = type === 'PER' ? '' : placeClass(name);
  if (type === 'LOC' || cls) name = withoutPlaceCues(name);
  if (cls) {
    const e = isArabic(name) ? lookupArabic(name) : lookupLatin(name);
    if (e && e.type === 'LOC') return `${e.key}.${cls}`;
  }
  const sk = skeleton(name);
  return typeKey(cls ? 'LOC' : type, sk.length > 0 ? `~${sk}` : `~${slug(name) || 'x'}`) + (cls ? `.${cls}` : '');
}

type Jw = (a: string, b: string, opts?: { ignoreCase?: boolean }) => number;
interface Dm {
  process(token: string): [string, string];
}

let jwFn: Jw | null = null;
let dmObj: Dm | null = null;

// natural is CommonJS and its package root loads database clients: require the two files only,
// and only when a score is first asked for.
function tools(): { jw: Jw; dm: Dm } {
  if (!jwFn || !dmObj) {
    const require = createRequire(import.meta.url);
    jwFn = require('natural/lib/natural/distance/jaro-winkler_distance.js') as Jw;
    const DM = require('natural/lib/natural/phonetics/double_metaphone.js') as new () => Dm;
    dmObj = new DM();
  }
  return { jw: jwFn, dm: dmObj };
}

function jaroWinkler(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  return tools().jw(a, b);
}

/** Double Metaphone codes (primary, alternate) of the words of a name, concatenated. */
function metaphone(words: string[]): [string, string] {
  const { dm } = tools();
  let p = '';
  let s = '';
  for (const w of words) {
    const [a, b] = dm.process(w);
    p += a;
    s += b;
  }
  return [p, s];
}

/** A word's consonant skeleton and the Double Metaphone codes of its romanisations. */
interface WordCodes {
  sk: string;
  p: string;
  s: string;
}

/**
 * Codes per word, computed once: `compare` scores every English entity against every Arabic
 * one, so the same words came back hundreds of times (bounded: a huge input starts over).
 */
const wordCodes = new Map<string, WordCodes>();

function codesOf(w: string): WordCodes {
  let c = wordCodes.get(w);
  if (!c) {
    const [p, s] = metaphone(romanize(w));
    c = { sk: nameSkeletons(w).join(''), p, s };
    if (wordCodes.size > 50_000) wordCodes.clear();
    wordCodes.set(w, c);
  }
  return c;
}

/** The codes of a word list: its words' codes end to end. */
function listCodes(ws: readonly string[]): WordCodes {
  let sk = '';
  let p = '';
  let s = '';
  for (const w of ws) {
    const c = codesOf(w);
    sk += c.sk;
    p += c.p;
    s += c.s;
  }
  return { sk, p, s };
}

function phoneticScore(wa: string[], wb: string[]): number {
  const { sk: ska, p: pa, s: sa } = listCodes(wa);
  const { sk: skb, p: pb, s: sb } = listCodes(wb);
  const sk = jaroWinkler(ska, skb);
  const dm = Math.max(jaroWinkler(pa, pb), jaroWinkler(pa, sb), jaroWinkler(sa, pb), jaroWinkler(sa, sb));
  let score = 0.5 * sk + 0.5 * dm;
  // Two- or one-consonant frames agree by chance too often to be trusted fully.
  const shortest = Math.min(ska.length, skb.length);
  if (shortest < 3) score *= 0.9;
  return score;
}

function words(name: string): string[] {
  const bare = bareName(name);
  if (isArabic(bare)) return bare.split(/[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+/).filter((w) => w.length > 0);
  return bare.split(/[\s\-]+/).filter((w) => /\p{L}/u.test(w) && !/^(?:al|el|de|du|da|di|van|von|der|bin|ibn|of|the)$/i.test(w));
}

/**
 * Similarity of two names in any script, 0..1: Jaro–Winkler over consonant skeletons and over
 * Double Metaphone codes of the romanised words, averaged; when one name has fewer words (a
 * surname alone), it is compared with the same number of words at the end of the other,
 * at a small discount.
 */
export function nameSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  let best = phoneticScore(wa, wb);
  if (wa.length !== wb.length) {
    const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
    const tail = long.slice(long.length - short.length);
    best = Math.max(best, 0.95 * phoneticScore(short, tail));
  }
  return Math.min(1, best);
}

/**
 * How likely two mentions (any language) name the same entity, 0..1. Equal keys give 1;
 * otherwise the spelling score of their names (the canonical name where the gazetteer gave one),
 * discounted when the types differ. Compare with `SAME_ENTITY_THRESHOLD`.
 */
export function sameEntity(a: EntityMention, b: EntityMention): number {
  // Equal keys: the gazetteer's word, or colliding skeletons; one- and two-consonant skeletons
  // collide by chance (Haouz and شيشاوة are both `~s`), so those are scored like the rest.
  if (a.key === b.key && !/:~.{0,2}(?:\.[a-z])?$/.test(a.key)) return 1;
  const ca = a.type === 'PER' ? '' : placeClass(a.text);
  const cb = b.type === 'PER' ? '' : placeClass(b.text);
  const na = a.canonical ?? (a.type === 'LOC' || ca ? withoutPlaceCues(a.text) : a.text);
  const nb = b.canonical ?? (b.type === 'LOC' || cb ? withoutPlaceCues(b.text) : b.text);
  let s = nameSimilarity(na, nb);
  // a hospital and the town it is named after, a prison and its town: not the same place
  if (ca !== cb) s *= 0.8;
  if (a.canonical && b.canonical && a.canonical !== b.canonical) s = Math.min(s, 0.5);
  if (a.type !== b.type) s *= 0.85;
  return s;
}
