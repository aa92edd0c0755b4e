/**
 * Language-independent entity keys and a cross-script similarity score.
 *
 * Key format (see README.md beside this file):
 * - `<type>:<slug>` when the gazetteer knows the entity: the slug of its English canonical name
 *   (`loc:paris`, `org:amnesty-international`, `per:hassan-rouhani`); the same in both languages.
 * - `<type>:~<skeleton>` otherwise: the consonant skeleton of the name (skeleton.ts), which is
 *   built the same way from Latin and Arabic letters, so transliterations often collide
 *   (`per:~rhn` for Rouhani and روحاني) and, when they do not, stay close for `sameEntity`.
 * `<type>` is `per`, `org` or `loc`.
 */
import { createRequire } from 'node:module';
import type { EntityMention, EntityType } from '../../types.js';
import { foldWord } from '../../text/normalize.js';
import { lookupArabic, lookupLatin, placeCues, slug, typeKey } from './gazetteer.js';
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

export function skeletonKey(name: string, type: EntityType): string {
  if (type === 'LOC') name = withoutPlaceCues(name);
  const sk = skeleton(name);
  return typeKey(type, sk.length > 0 ? `~${sk}` : `~${slug(name) || 'x'}`);
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

function phoneticScore(wa: string[], wb: string[]): number {
  const ska = wa.map((w) => nameSkeletons(w).join('')).join('');
  const skb = wb.map((w) => nameSkeletons(w).join('')).join('');
  const ra = wa.flatMap((w) => romanize(w));
  const rb = wb.flatMap((w) => romanize(w));
  const sk = jaroWinkler(ska, skb);
  const [pa, sa] = metaphone(ra);
  const [pb, sb] = metaphone(rb);
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
  if (a.key === b.key && !/:~.{0,2}$/.test(a.key)) return 1;
  const na = a.canonical ?? (a.type === 'LOC' ? withoutPlaceCues(a.text) : a.text);
  const nb = b.canonical ?? (b.type === 'LOC' ? withoutPlaceCues(b.text) : b.text);
  let s = nameSimilarity(na, nb);
  if (a.canonical && b.canonical && a.canonical !== b.canonical) s = Math.min(s, 0.5);
  if (a.type !== b.type) s *= 0.85;
  return s;
}
