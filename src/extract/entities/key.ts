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
 *   river, general…) are simply left out of place keys.
 * - a place named with a compass word at its edge keeps its direction after ^ (`loc:~kf^s` for
 *   "South Kivu" and «جنوب كيفو», `compassOf`): the south of a region is not the region.
 * Two concept keys are compared by `conceptSimilarity` (what a translation may leave out), not by
 * spelling (session 6).
 * Session 8 (link8): generic heads one language leaves implicit (generic-heads.json: "Operation",
 * «منظمة»…) are left out of organisation keys; Arabic acronyms spelled out by letter names
 * («سي إف آر») read as their Latin letters (skeleton.ts); `sameEntity` compares family names of
 * two full person names, never an acronym that took its full name's key by its letters, and the
 * end of a longer name only for people.
 * `<type>` is `per`, `org` or `loc`.
 */
import { createRequire } from 'node:module';
import type { EntityMention, EntityType } from '../../types.js';
import { foldWord } from '../../text/normalize.js';
import { entryByKey, lookupArabic, lookupLatin, orgWordArabic, orgWords, placeCompass, placeCueClasses, placeCues, slug, typeKey } from './gazetteer.js';
import genericHeadsData from './generic-heads.json' with { type: 'json' };
import { isArabic, joinLetterNames, nameSkeletons, nameSkeletonsAlt, romanize, skeleton, skeletonAlt } from './skeleton.js';

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

/**
 * An Arabic abbreviation written as single letters with spaces or dots («و م ع», «و. م. ع.»)
 * in the dotted form the gazetteer lists («و.م.ع»), or '' for any other name. (Never glued:
 * «ومع» is "and with".)
 */
export function dottedAbbreviation(name: string): string {
  const t = name.trim();
  if (!/^[\u0621-\u064A](?:[\s.]+[\u0621-\u064A])+\.?$/.test(t)) return '';
  return t.replace(/[\s.]+/g, '').split('').join('.');
}

/** The gazetteer entry of an Arabic name, also written as a spaced-out abbreviation (dottedAbbreviation). */
export function lookupArabicName(name: string): ReturnType<typeof lookupArabic> {
  const e = lookupArabic(name);
  if (e) return e;
  const d = dottedAbbreviation(name);
  return d && d !== name.trim() ? lookupArabic(d) : undefined;
}

/** Key of one name out of context (the extractors key whole documents, see link.ts). */
export function entityKey(name: string, type: EntityType, opts: KeyOptions = {}): string {
  const bare = bareName(name);
  if (opts.gazetteer !== false) {
    const e = isArabic(bare) ? lookupArabicName(bare) : lookupLatin(bare);
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
  // "State of Mexico", "Province of Lecce": the cue's "of" goes with it
  if (a > 0 && b - a > 1 && /^(?:of|de|del|du|des|di)$/i.test(ws[a]!)) a++;
  while (b - a > 1 && cue(ws[b - 1]!)) b--;
  return a === 0 && b === ws.length ? name : ws.slice(a, b).join(' ');
}

let genericHeadSet: Set<string> | null = null;

/** A generic head word of generic-heads.json, English lower-cased, Arabic folded without a leading article or ل/ب/و. */
function isGenericHead(w: string): boolean {
  if (!genericHeadSet) genericHeadSet = new Set([...genericHeadsData.en, ...genericHeadsData.ar.map((x) => foldWord(x))]);
  if (!isArabic(w)) return genericHeadSet.has(w.toLowerCase().replace(/[.,]$/, ''));
  const f = foldWord(w);
  return genericHeadSet.has(f) || genericHeadSet.has(f.replace(/^[\u0648\u0628\u0644]?(?:\u0627\u0644|\u0644)?/, ''));
}

/**
 * A name without the generic head words at its edges that one language states and the other
 * leaves implicit ("Operation Atalanta", «أتالانتا»; «منظمة كاميناندو فرونتيراس», "Caminando
 * Fronteras"): generic-heads.json. At least one word is kept.
 */
export function withoutGenericHeads(name: string): string {
  const ws = name.trim().split(/\s+/);
  if (ws.length < 2) return name;
  let a = 0;
  let b = ws.length;
  while (b - a > 1 && isGenericHead(ws[a]!)) a++;
  while (b - a > 1 && isGenericHead(ws[b - 1]!)) b--;
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

/**
 * The direction the compass words at the edges of a place name give it (gazetteer.json
 * `placeCues.compass`), its letters sorted and joined ("South Kivu", «جنوب كيفو» → "s";
 * "Southeast Sulawesi", «سولاويزي الجنوبية الشرقية» → "es"), or ''. Kept in place keys after ^:
 * the south of a region is not the region.
 */
export function compassOf(name: string): string {
  const ws = name.trim().split(/\s+/);
  if (ws.length < 2) return '';
  const comp = placeCompass();
  const cues = placeCues();
  const norm = (w: string) => (isArabic(w) ? foldWord(w) : w.toLowerCase());
  const dirs = new Set<string>();
  for (let a = 0; a < ws.length - 1 && cues.has(norm(ws[a]!)); a++) for (const d of comp.get(norm(ws[a]!)) ?? '') dirs.add(d);
  for (let b = ws.length - 1; b > 0 && cues.has(norm(ws[b]!)); b--) for (const d of comp.get(norm(ws[b]!)) ?? '') dirs.add(d);
  return [...dirs].sort().join('');
}

/** A country named by a word or its demonym (Kenya, Kenyan, كينيا، الكينية): its gazetteer key. */
export function countryOf(w: string, arabic: boolean): string | undefined {
  const tries: string[] = [];
  if (arabic) {
    const f = foldWord(w);
    const bare = f.replace(/^(?:\u0648)?(?:\u0627\u0644|\u0628\u0627\u0644|\u0644\u0644)/, '');
    tries.push(f, bare);
    // relational adjectives: الكينية → كيني → كين(يا)، السوري → سور(يا)، الأفغاني → أفغان(ستان)، التشيلية → تشيل(ي)
    const stem = bare.replace(/\u064A\u0647?$/, '');
    if (stem !== bare && stem.length >= 2) for (const x of [stem, '\u0627\u0644' + stem, stem + '\u0627', stem + '\u064A\u0627', stem + '\u0633\u062A\u0627\u0646', stem + '\u064A']) tries.push(x);
  } else {
    if (!/^\p{Lu}/u.test(w)) return undefined;
    // irregular adjectives (Greek, Lebanese, Mexican): gazetteer.json orgWords.demonyms
    const dem = orgWords().demonyms.get(w.toLowerCase());
    if (dem) tries.push(dem);
    tries.push(w);
    for (const [cut, add] of [['n', ''], ['an', ''], ['ian', ''], ['i', ''], ['ese', ''], ['', 'a'], ['', 's'], ['', 'istan']] as const) {
      if (cut && !w.endsWith(cut)) continue;
      const x = w.slice(0, w.length - cut.length) + add;
      if (x.length >= 3) tries.push(x);
    }
  }
  // a country first (العماني: Oman, not Amman), then any place
  let place: string | undefined;
  if (arabic) {
    const ac = orgWords().arCountries;
    for (const x of tries) {
      const c = ac.get(x);
      const e = c ? lookupLatin(c) : undefined;
      if (e && e.type === 'LOC') return e.key;
    }
  }
  for (const x of tries) {
    const e = arabic ? lookupArabic(x) : lookupLatin(x);
    if (e && e.type === 'LOC') {
      if (e.kind === 'country') return e.key;
      place ??= e.key;
    }
  }
  return place;
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

/** arabicOrgConcepts per word, heading a name [0] or not [1]; null = none; bounded. */
let arConceptCache: [Map<string, readonly string[] | null>, Map<string, readonly string[] | null>] = [new Map(), new Map()];

/**
 * The concepts of one Arabic word of an organisation's name (gazetteer.json `orgWords`), with its
 * clitics and article off; `first`: the word heads the name (`orgWords.firstAr` applies).
 * Undefined for any other word. Cached per word.
 */
export function arabicOrgConcepts(w: string, first: boolean): readonly string[] | undefined {
  const cache = arConceptCache[first ? 0 : 1];
  let r = cache.get(w);
  if (r === undefined) {
    const ow = orgWords();
    let cs: string[] | undefined;
    const forms = arabicForms(w);
    if (first) for (const f of forms) if ((cs = ow.firstAr.get(f))) break;
    if (!cs) for (const f of forms) if ((cs = ow.ar.get(f))) break;
    r = cs ?? null;
    if (cache.size >= CONCEPT_CACHE_MAX) arConceptCache = first ? [new Map(), arConceptCache[1]] : [arConceptCache[0], new Map()];
    arConceptCache[first ? 0 : 1].set(w, r);
  }
  return r ?? undefined;
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
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!w) continue;
    if (arabic ? ow.arStop.has(foldWord(w)) : ow.enStop.has(w.toLowerCase())) continue;
    words++;
    let cs: string[] | undefined;
    if (!arabic && i + 1 < ws.length && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(ws[i + 1]!)) {
      // a country of two words, or its adjective ("Sri Lanka Navy", "South African Police")
      const two = countryOf(`${w} ${ws[i + 1]!}`, false);
      if (two) {
        concepts.add(two);
        i++;
        continue;
      }
    }
    if (arabic) {
      // a word that means another thing heading the name (إدارة: department first, management after)
      const x = arabicOrgConcepts(w, words === 1);
      if (x) cs = [...x];
      // past a head and its first word, a relational adjective that names a country is the
      // country (القوات المسلحة المالية: Malian, not financial as in وزارة المالية)
      if (cs && words >= 3) {
        const country = countryOf(w, true);
        if (country) cs = [country];
      }
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
  for (const c of [...concepts]) for (const x of ow.implies.get(c) ?? []) concepts.add(x);
  for (const [from, to] of ow.sameAs) {
    if (!from.every((c) => concepts.has(c))) continue;
    for (const c of from) concepts.delete(c);
    for (const c of to) concepts.add(c);
  }
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
  // (a facility's "central", "eastern" is an adjective of the facility: Nasiriyah central prison)
  const dir = type === 'LOC' && !cls ? compassOf(name) : '';
  const tail = (dir ? `^${dir}` : '') + (cls ? `.${cls}` : '');
  if (type === 'LOC' || cls) name = withoutPlaceCues(name);
  else if (type === 'ORG') name = withoutGenericHeads(name);
  if (cls || dir) {
    const e = isArabic(name) ? lookupArabic(name) : lookupLatin(name);
    if (e && e.type === 'LOC') return `${e.key}${tail}`;
  }
  const sk = skeleton(name);
  return typeKey(cls ? 'LOC' : type, sk.length > 0 ? `~${sk}` : `~${slug(name) || 'x'}`) + tail;
}

/** The countries a name of several words states by a word or an adjective (cached per name). */
function countriesIn(name: string): string {
  let r = countriesCache.get(name);
  if (r === undefined) {
    const arabic = isArabic(name);
    const ws = arabic ? name.split(/[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+/) : name.split(/[\s\-\u2013,]+/);
    const out = new Set<string>();
    if (ws.length > 1) {
      for (const w of ws) {
        if (!w) continue;
        const c = countryOf(arabic ? w : w.replace(/['\u2019]s?$/u, ''), arabic);
        if (c && entryByKey(c)?.kind === 'country') out.add(c);
      }
    }
    r = [...out].sort().join(' ');
    if (countriesCache.size >= CONCEPT_CACHE_MAX) countriesCache = new Map();
    countriesCache.set(name, r);
  }
  return r;
}
let countriesCache = new Map<string, string>();

/** Both names state a country, and no country of one is a country of the other. */
function countryConflict(a: string, b: string): boolean {
  const ca = countriesIn(a);
  if (!ca) return false;
  const cb = countriesIn(b);
  if (!cb) return false;
  const sb = cb.split(' ');
  return !ca.split(' ').some((c) => sb.includes(c));
}

/**
 * How well two Latin names agree letter by letter: Jaro–Winkler of the folded names, or of the
 * shorter one against the end of the longer (a surname).
 */
function latinAgreement(a: string, b: string): number {
  const fa = words(a).join(' ').toLowerCase();
  const fb = words(b).join(' ').toLowerCase();
  let best = jaroWinkler(fa, fb);
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  const tail = long.slice(long.lastIndexOf(' ') + 1);
  if (short !== long && tail) best = Math.max(best, jaroWinkler(short, tail));
  return best;
}

/**
 * Consonants a frame needs for a type slip to be forgiven (sameFrame; 4 until session 8): measured
 * on the linking of the pairs, 2 rather than 3 gives own R 75.4 → 75.6 and shared R 93.8 → 95.8
 * with precision unchanged (an exactly equal frame across a PER/LOC/ORG slip is rarely chance
 * within one story); one consonant keeps the discount.
 */
const SAME_FRAME_MIN = 2;

/** One consonant frame of two or more consonants, also with the alternative readings of ج خ ch. */
function sameFrame(a: string, b: string): boolean {
  const sa = skeleton(a);
  if (sa.length < SAME_FRAME_MIN) return false;
  const sb = skeleton(b);
  return sa === sb || skeletonAlt(a) === sb || sa === skeletonAlt(b);
}

/** Is the name of one mention also an alias of the other's gazetteer entry (either way)? */
function sharedAlias(a: EntityMention, b: EntityMention): boolean {
  const aliasOf = (x: EntityMention, y: EntityMention) => {
    const e = entryByKey(y.key);
    if (!e) return false;
    return isArabic(x.text) ? e.ar.includes(foldWord(x.text.trim())) : e.en.some((n) => n.toLowerCase() === x.text.trim().toLowerCase());
  };
  return aliasOf(a, b) || aliasOf(b, a);
}

/** The concept key of a government body of the gazetteer (kind `body`) from its English name. */
function bodyConcepts(m: EntityMention): string | undefined {
  if (m.type !== 'ORG' || !m.canonical || entryByKey(m.key)?.kind !== 'body') return undefined;
  return conceptKey(m.canonical, 'ORG');
}

/**
 * How alike two concept keys (`org:=…`) are, 0..1. Translations drop or add words: "Yemeni Red
 * Crescent" / «جمعية الهلال الأحمر اليمني» (Society), "Civil Protection" / «المديرية العامة للحماية
 * المدنية» (General Directorate), "National Commission on Human Rights" / «اللجنة الوطنية الكينية
 * لحقوق الإنسان» (Kenyan). So one set may hold the other plus at most two concepts that
 * translations leave out (gazetteer.json `orgWords.optional`) or one country the shorter name
 * does not state: 0.9 for one such concept, 0.86 for two. Anything else (two different countries,
 * a portfolio on one side only, sets that each hold a concept the other lacks) scores 0.
 * Both sets must share a head noun or an institution pair, so that two modifiers alone never link.
 */
export function conceptSimilarity(ka: string, kb: string): number {
  if (ka === kb) return 1;
  // concepts and country keys (loc:kenya: slugs hold no dots)
  const sa = new Set(ka.slice(5).split('.'));
  const sb = new Set(kb.slice(5).split('.'));
  const onlyA = [...sa].filter((c) => !sb.has(c));
  const onlyB = [...sb].filter((c) => !sa.has(c));
  const extra = [...onlyA, ...onlyB];
  if (extra.length === 0) return 1;
  if (extra.length > 2) return 0;
  const ow = orgWords();
  const country = (c: string) => c.startsWith('loc:');
  // words on both sides: only a country on one side ("Kuwait Fire Force" / «قوة الإطفاء العام»)
  if (onlyA.length && onlyB.length && !onlyA.every(country) && !onlyB.every(country)) return 0;
  for (const [mine, other] of [[onlyA, sb], [onlyB, sa]] as const) {
    for (const c of mine) {
      // a country the other name does not state (it may state none: "Kuwait Fire Force" / «قوة الإطفاء العام»)
      if (country(c)) {
        if ([...other].some(country)) return 0;
        continue;
      }
      if (!ow.optional.has(c)) return 0;
    }
  }
  // the shared part still names an organisation: a head noun or an institution pair (civil defence)
  const shared = [...sa].filter((c) => sb.has(c));
  const named = shared.some((c) => ow.heads.has(c)) || shared.some((x) => shared.some((y) => x < y && ow.institutions.has(`${x}.${y}`)));
  if (!named || shared.length < 2) return 0;
  return extra.length === 1 ? 0.9 : 0.86;
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
  /** The skeleton with the alternative readings of ج خ ch (skeleton.ts wordSkeletonAlt). */
  alt: string;
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
    c = { sk: nameSkeletons(w).join(''), alt: nameSkeletonsAlt(w).join(''), p, s };
    if (wordCodes.size > 50_000) wordCodes.clear();
    wordCodes.set(w, c);
  }
  return c;
}

/** The codes of a word list: its words' codes end to end. */
function listCodes(ws: readonly string[]): WordCodes {
  let sk = '';
  let alt = '';
  let p = '';
  let s = '';
  for (const w of ws) {
    const c = codesOf(w);
    sk += c.sk;
    alt += c.alt;
    p += c.p;
    s += c.s;
  }
  return { sk, alt, p, s };
}

function phoneticScore(wa: string[], wb: string[]): number {
  const { sk: ska, alt: alta, p: pa, s: sa } = listCodes(wa);
  const { sk: skb, alt: altb, p: pb, s: sb } = listCodes(wb);
  let sk = jaroWinkler(ska, skb);
  // one side read the other way (ج as g, خ as Spanish j, ch as k): Sohag/سوهاج, Jalisco/خاليسكو
  if (alta !== ska) sk = Math.max(sk, jaroWinkler(alta, skb));
  if (altb !== skb) sk = Math.max(sk, jaroWinkler(ska, altb));
  const dm = Math.max(jaroWinkler(pa, pb), jaroWinkler(pa, sb), jaroWinkler(sa, pb), jaroWinkler(sa, sb));
  let score = 0.5 * sk + 0.5 * dm;
  // Two- or one-consonant frames agree by chance too often to be trusted fully.
  const shortest = Math.min(ska.length, skb.length);
  if (shortest < 3) score *= 0.9;
  return score;
}

function words(name: string): string[] {
  const bare = bareName(name);
  if (isArabic(bare)) return joinLetterNames(bare.split(/[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+/).filter((w) => w.length > 0));
  return bare.split(/[\s\-]+/).filter((w) => /\p{L}/u.test(w) && !/^(?:al|el|de|du|da|di|van|von|der|bin|ibn|of|the)$/i.test(w));
}

/**
 * Similarity of two names in any script, 0..1: Jaro–Winkler over consonant skeletons and over
 * Double Metaphone codes of the romanised words, averaged; when one name has fewer words (a
 * surname alone) and `tailMatch` is on, it is compared with the same number of words at the end of
 * the other, at a small discount.
 */
export function nameSimilarity(a: string, b: string, tailMatch = true): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  let best = phoneticScore(wa, wb);
  if (tailMatch && wa.length !== wb.length) {
    const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
    const tail = long.slice(long.length - short.length);
    best = Math.max(best, 0.95 * phoneticScore(short, tail));
  }
  return Math.min(1, best);
}

/** Below this `surnameAgreement` two full person names are different people whatever their first names. */
const SURNAME_MIN = 0.7;

/** A Latin acronym with no gazetteer name whose key is not its own spelling's (it took a full name's key). */
function borrowedAcronym(m: EntityMention): boolean {
  return !m.canonical && !m.key.includes(':~') && /^[A-Z][A-Z.&]{1,7}$/.test(m.text.trim()) && !isArabic(m.text);
}

/**
 * How well the family names of two full person names agree (1 when either has one word): the
 * last word of each against the last one, two or three words of the other (a family name written
 * as one word or several: Hacıbektaşoğlu, «حاجي بكتاش أوغلو»), best of both directions.
 */
export function surnameAgreement(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 2 || wb.length < 2) return 1;
  // a last word of one consonant or none (Suu Kyi, «سو تشي») says too little to tell
  if (codesOf(wa[wa.length - 1]!).sk.length < 2 || codesOf(wb[wb.length - 1]!).sk.length < 2) return 1;
  let best = 0;
  for (const [x, y] of [[wa, wb], [wb, wa]] as const) {
    const last = [x[x.length - 1]!];
    const lc = codesOf(last[0]!);
    for (let k = 1; k <= Math.min(3, y.length - 1); k++) {
      const tail = y.slice(y.length - k);
      // the same first consonant: transliterations of one name can still differ a lot (Faizi, فيضي)
      const tc = listCodes(tail);
      // (or the same consonants after the first: Osman, عثمان)
      if (lc.sk[0] === tc.sk[0] || lc.alt[0] === tc.sk[0] || lc.sk[0] === tc.alt[0] || (lc.sk.length > 1 && lc.sk.slice(1) === tc.sk.slice(1))) return 1;
      best = Math.max(best, phoneticScore(last, tail));
    }
  }
  return best;
}

/**
 * How likely two mentions (any language) name the same entity, 0..1. Equal keys give 1;
 * otherwise the spelling score of their names (the canonical name where the gazetteer gave one),
 * discounted when the types differ. Compare with `SAME_ENTITY_THRESHOLD`.
 */
export function sameEntity(a: EntityMention, b: EntityMention): number {
  // Equal keys: the gazetteer's word, or colliding skeletons; one- and two-consonant skeletons
  // collide by chance (Haouz and شيشاوة are both `~s`), so those are scored like the rest.
  if (a.key === b.key && !/:~[^.^~]{0,2}(?:\^[a-z]+)?(?:\.[a-z])?$/.test(a.key)) return 1;
  // two organisations named by translated words: their concept sets, not their spellings; a
  // gazetteer organisation by the concepts of its English name (org:ministry-of-agriculture ↔
  // «وزارة الفلاحة» org:=agriculture.ministry)
  const ca0 = a.key.startsWith('org:=');
  const cb0 = b.key.startsWith('org:=');
  if (ca0 || cb0) {
    const ka = ca0 ? a.key : bodyConcepts(a);
    const kb = cb0 ? b.key : bodyConcepts(b);
    // below an equal key, so that a mention with the body's own key is linked first
    if (ka && kb) return ca0 && cb0 ? conceptSimilarity(ka, kb) : Math.min(0.95, conceptSimilarity(ka, kb));
  }
  // an acronym that took a full name's key ("NADMO" after "National Disaster Management
  // Organisation (NADMO)"): the full name speaks for it, its letters only for the same acronym
  // read out as a word (NARSA, «نارسا»: one consonant frame), never for a look-alike name (كينتامبو)
  if ((borrowedAcronym(a) || borrowedAcronym(b)) && skeleton(a.text) !== skeleton(b.text)) return 0;
  const ca = a.type === 'PER' ? '' : placeClass(a.text);
  const cb = b.type === 'PER' ? '' : placeClass(b.text);
  const na = a.canonical ?? (a.type === 'LOC' || ca ? withoutPlaceCues(a.text) : withoutGenericHeads(a.text));
  const nb = b.canonical ?? (b.type === 'LOC' || cb ? withoutPlaceCues(b.text) : withoutGenericHeads(b.text));
  // the end of a longer name stands for the whole only for people (a surname): the end of a
  // place's or an organisation's name is another place or body ("Casablanca-Settat" is not
  // «سطات», "Gaza City" not «قطاع غزة»); measured: own pairs P 90.1 → 90.4, R 75.6 → 75.5
  let s = nameSimilarity(na, nb, a.type === 'PER' || b.type === 'PER');
  // one mention's English canonical name against the other's Latin spelling: both are English
  // letters, so the letters themselves must agree too, not only the consonant frames that were
  // made to survive transliteration ("Nadu" is not New Delhi, "Andalus" not Anadolu Agency)
  if (!a.canonical !== !b.canonical && !isArabic(na) && !isArabic(nb)) s = Math.min(s, latinAgreement(na, nb));
  // a hospital and the town it is named after, a prison and its town: not the same place; nor
  // the south of a region and the region (South Kivu, Kivu)
  if (ca !== cb) s *= 0.8;
  else if (a.type === 'LOC' && b.type === 'LOC' && !ca && compassOf(a.text) !== compassOf(b.text)) s *= 0.8;
  // two gazetteer entities: different, unless one's words are also a name of the other (the
  // gazetteer lists «تونس» for Tunisia and, second, for its capital Tunis: a dateline's «تونس»)
  if (a.canonical && b.canonical && a.canonical !== b.canonical) s = sharedAlias(a, b) ? Math.max(s, 0.9) : Math.min(s, 0.5);
  // names that state two different countries ("… Taliban Pakistan", «طالبان الأفغانية») differ
  if (countryConflict(a.text, b.text)) s = Math.min(s, 0.5);
  // two people named in full: the family names must agree too, not only a shared first name
  // (Ahmed Fathy is not «أحمد عبد الرحيم»)
  if (a.type === 'PER' && b.type === 'PER' && !a.canonical && !b.canonical) {
    const sa = surnameAgreement(na, nb);
    if (sa < SURNAME_MIN) s = Math.min(s, sa);
  }
  // types differ: a discount, unless the two names have one consonant frame of two or more
  // (a tagger's PER/LOC slip on an unknown name: Pasaband as a person, پسابند as a place)
  if (a.type !== b.type && !sameFrame(na, nb)) s *= 0.85;
  return s;
}
