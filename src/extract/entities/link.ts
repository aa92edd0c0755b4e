/**
 * Document-level keying shared by the language extractors: mentions of one entity in one
 * document get one key (Maryam Rajavi / Mrs. Rajavi / Rajavi), an acronym introduced in
 * brackets after a name takes the name's key, and the result is sorted and non-overlapping.
 */
import { originalSpan, type NormalizedText } from '../../text/normalize.js';
import type { EntityMention, EntityType } from '../../types.js';
import type { GazEntry } from './gazetteer.js';
import { latinFold, lookupLatin } from './gazetteer.js';
import { isArabic } from './skeleton.js';
import { conceptSimilarity, lookupArabicName, SAME_ENTITY_THRESHOLD, skeletonKey } from './key.js';

export interface Candidate {
  /** Span in NORMALISED coordinates. */
  start: number;
  end: number;
  type: EntityType;
  /** The name used for keying (may be longer than the span: a bracketed insertion's full name). */
  name: string;
  entry?: GazEntry;
  /** True when the type came only from a default (no cue, no gazetteer): coreference may change it. */
  weak?: boolean;
  /** An acronym (ORG): may take the key of the name it abbreviates. */
  acronym?: boolean;
  /** Which rule proposed it (for combining with the statistical tagger; see tagger.ts). */
  via?: string;
  /** Where the whole name starts when the span is cut (an editorial insertion before it). */
  blockStart?: number;
  /** Where the name proper starts when the span begins with a cue word (مخيم النيرب). */
  nameFrom?: number;
}

function foldName(s: string): string {
  return latinFold(s);
}

function nameWords(s: string): string[] {
  return foldName(s)
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/'s?$/, ''))
    .filter((w) => w.length > 0);
}

/** Could these letters abbreviate a name with these initials? (RSF ↔ Rapid Support Forces; PMOI ↔ People's Mojahedin Organization of Iran.) */
function initialsFit(nameInitials: string, abbr: string): boolean {
  const a = abbr.replace(/[^\p{Lu}]/gu, '');
  if (a.length < 2) return false;
  // every letter of the acronym, in order, among the initials (small words may be skipped or not)
  let k = 0;
  for (const ch of nameInitials) if (ch === a[k]) k++;
  return k === a.length;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('');
}

/** Resolve keys over a whole document and map spans back to the original text. */
export function finalize(t: NormalizedText, cands: Candidate[]): EntityMention[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let lastEnd = -1;
  const HAS_LETTER = /\p{L}/u;
  for (const c of cands) {
    if (c.end <= c.start || c.start < lastEnd) continue;
    // A name has letters: a digit run a tagger takes for an unknown word is no entity.
    if (!HAS_LETTER.test(t.norm.slice(c.start, c.end))) continue;
    kept.push(c);
    lastEnd = c.end;
  }

  // Surnames of persons named in full, in the order met: word → (key, canonical).
  const bySurname = new Map<string, { key: string; canonical?: string }>();
  const orgs: Array<{ end: number; key: string; canonical?: string; initials: string }> = [];
  const out: Array<EntityMention | null> = [];
  const pendingSurname: number[] = [];

  const norm = t.norm;
  // Acronyms the document itself defines ("Rapid Support Forces (RSF)"): for the rest of the
  // document they mean that name, even when the gazetteer knows another body by the same letters
  // (RSF: Reporters Without Borders).
  const defined = new Map<string, { key: string; canonical?: string }>();
  const definedArabic = new Map<string, { key: string; canonical?: string }>();
  const ownSkeleton = new Set<EntityMention>();
  for (const c of kept) {
    // A name the recogniser found by itself (the tagger, a cue word) may still be one the
    // gazetteer knows whole: then it takes the gazetteer's key and English name (an Arabic
    // abbreviation spaced out as «و م ع» as its dotted form «و.م.ع»).
    if (!c.entry && !c.acronym) {
      const entry = isArabic(c.name) ? lookupArabicName(c.name) : lookupLatin(c.name);
      if (entry) c.entry = entry;
    }
    // Arabic abbreviations are written as words (واس، سانا): one defined in brackets after a
    // name («… (واس)») means that name wherever the document uses it again
    const arabicAbbr = isArabic(c.name) && !c.entry ? definedArabic.get(c.name.replace(/\s+/g, '')) : undefined;
    let key: string;
    /** Set when the key is the mention's own name's skeleton (not one it took from another mention). */
    let ownKey: string | undefined;
    let canonical: string | undefined;
    let type = c.type;
    const words = nameWords(c.name);
    const prevOrg = orgs[orgs.length - 1];
    const isAbbr = /^[\p{Lu}\d.&/-]{2,}$/u.test(c.name) && /\p{Lu}.*\p{Lu}/u.test(c.name);
    const inBrackets = isAbbr && prevOrg !== undefined && /^\s*\(\s*$/.test(norm.slice(prevOrg.end, c.start)) && prevOrg.key !== c.entry?.key;
    if (inBrackets && prevOrg && initialsFit(prevOrg.initials, c.name)) {
      key = prevOrg.key;
      canonical = prevOrg.canonical;
      type = 'ORG';
      defined.set(c.name, { key, ...(canonical ? { canonical } : {}) });
    } else if (isAbbr && defined.has(c.name)) {
      const hit = defined.get(c.name)!;
      key = hit.key;
      canonical = hit.canonical;
      type = 'ORG';
    } else if (arabicAbbr && !c.acronym) {
      key = arabicAbbr.key;
      canonical = arabicAbbr.canonical;
      type = 'ORG';
    } else if (c.entry) {
      key = c.entry.key;
      canonical = c.entry.name;
      type = c.entry.type;
    } else if (c.acronym) {
      // "National Council of Resistance of Iran (NCRI)": the acronym right after the name, or
      // one whose letters are the initials of a name met before.
      const between = norm.slice(orgs.length ? orgs[orgs.length - 1]!.end : 0, c.start);
      const prev = orgs[orgs.length - 1];
      const abbr = c.name.replace(/[^\p{Lu}]/gu, '');
      let hit: { key: string; canonical?: string } | undefined;
      if (prev && /^\s*\(\s*$/.test(between)) hit = prev;
      else if (abbr.length >= 2) hit = orgs.find((o) => o.initials === abbr || o.initials.replace(/O/g, '') === abbr);
      if (hit) {
        key = hit.key;
        canonical = hit.canonical;
        type = 'ORG';
        if (isArabic(c.name)) definedArabic.set(c.name.replace(/\s+/g, ''), hit);
      } else key = ownKey = skeletonKey(c.name, type);
    } else if (words.length === 1 && (type === 'PER' || c.weak) && bySurname.has(words[0]!)) {
      const hit = bySurname.get(words[0]!)!;
      key = hit.key;
      canonical = hit.canonical;
      type = 'PER';
    } else {
      key = ownKey = skeletonKey(c.name, type);
      if (words.length === 1 && (type === 'PER' || c.weak)) pendingSurname.push(out.length);
    }
    if (type === 'PER' && words.length >= 2) {
      const last = words[words.length - 1]!;
      if (!bySurname.has(last)) bySurname.set(last, { key, canonical });
    }
    if (c.entry?.type === 'PER') {
      // Aliases of a known person ("Rajavi" for Maryam Rajavi) resolve through the gazetteer;
      // register the surname too, for spellings the gazetteer lacks.
      const ws = nameWords(c.entry.name);
      const last = ws[ws.length - 1];
      if (last && !bySurname.has(last)) bySurname.set(last, { key, canonical });
    }
    if (type === 'ORG') orgs.push({ end: c.end, key, canonical, initials: initials(canonical ?? c.name) });
    const o = originalSpan(t, c.start, c.end);
    const m: EntityMention = { start: o.start, end: o.end, type, text: o.text, key };
    if (canonical) m.canonical = canonical;
    if (ownKey !== undefined) ownSkeleton.add(m);
    out.push(m);
  }
  // A surname met before the full name ("Rajavi … Maryam Rajavi" in a headline): same key.
  for (const i of pendingSurname) {
    const m = out[i]!;
    const w = nameWords(m.text);
    const hit = w.length === 1 ? bySurname.get(w[0]!) : undefined;
    if (hit) {
      ownSkeleton.delete(m);
      m.key = hit.key;
      m.type = 'PER';
      if (hit.canonical) m.canonical = hit.canonical;
    }
  }
  // An acronym used before the document defines it (a headline's "NADMO", then "National Disaster
  // Management Organisation (NADMO)"): the defined name's key.
  if (defined.size > 0) {
    for (const m of out) {
      if (!m || !ownSkeleton.has(m)) continue;
      const hit = defined.get(m.text);
      if (!hit) continue;
      ownSkeleton.delete(m);
      m.key = hit.key;
      m.type = 'ORG';
      if (hit.canonical) m.canonical = hit.canonical;
    }
  }
  const kept2 = out.filter((m): m is EntityMention => m !== null);
  splitSkeletonCollisions(kept2.filter((m) => ownSkeleton.has(m)));
  unifyConceptKeys(kept2);
  return kept2;
}

/**
 * One organisation named by translated words is often named shorter the second time ("the Greek
 * coast guard" … "the coast guard", «المديرية العامة للحماية المدنية» … «الحماية المدنية»): within a
 * document, a concept key (`org:=…`) whose concepts are those of exactly one fuller concept key
 * of the document, but for what `conceptSimilarity` lets a translation leave out, takes that key.
 * With two fuller candidates that are not one inside the other ("the police" beside "Kenyan
 * police" and "Ugandan police") the short name keeps its own key.
 */
function unifyConceptKeys(mentions: EntityMention[]): void {
  const keys = [...new Set(mentions.filter((m) => m.key.startsWith('org:=')).map((m) => m.key))];
  if (keys.length < 2) return;
  const parts = new Map(keys.map((k) => [k, k.slice(5).split('.')]));
  // keys by concept: a fuller key holds every concept of the shorter one, so the candidates of a
  // key are among the keys of its rarest concept (linear in practice, not keys²)
  const byConcept = new Map<string, string[]>();
  for (const [k, cs] of parts) for (const c of cs) (byConcept.get(c) ?? byConcept.set(c, []).get(c)!).push(k);
  const size = (k: string) => parts.get(k)!.length;
  const inside = (a: string, b: string) => size(a) < size(b) && conceptSimilarity(a, b) >= SAME_ENTITY_THRESHOLD;
  const to = new Map<string, string>();
  for (const k of keys) {
    let pool: string[] = keys;
    for (const c of parts.get(k)!) {
      const l = byConcept.get(c)!;
      if (l.length < pool.length) pool = l;
    }
    const bigger = pool.filter((o) => o !== k && inside(k, o));
    // the fullest ones only: a candidate inside another candidate is the same body named shorter
    const top = bigger.filter((o) => !bigger.some((x) => x !== o && inside(o, x)));
    if (top.length === 1) to.set(k, top[0]!);
  }
  if (to.size === 0) return;
  for (const m of mentions) {
    const t = to.get(m.key);
    if (t) m.key = to.get(t) ?? t;
  }
}

/**
 * Skeleton keys are coarse on purpose (they must survive transliteration), so two different
 * names of one document can share one: Errachidia and Ouarzazate are both `loc:~rst`. Within a
 * document the spelling is known: mentions under one skeleton key whose names are not the same
 * words (or the words of one inside the other: "Legaret" in "Jean-Francois Legaret") are
 * different entities, and each further name gets its own key (`loc:~rst~2`). Across languages
 * those are matched by score, not by key (compare/entities.ts).
 */
function splitSkeletonCollisions(mentions: EntityMention[]): void {
  const names = new Map<string, Array<{ words: string[]; key: string }>>();
  for (const m of mentions) {
    if (!m.key.includes(':~')) continue;
    const words = nameWords(m.text);
    const seen = names.get(m.key);
    if (!seen) {
      names.set(m.key, [{ words, key: m.key }]);
      continue;
    }
    const same = seen.find((x) => sameWords(x.words, words));
    if (same) {
      m.key = same.key;
      continue;
    }
    const key = `${m.key}~${seen.length + 1}`;
    seen.push({ words, key });
    m.key = key;
  }
}

/** The same name: equal words, or all the words of one in the other (a surname, a first name dropped). */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && short.every((w) => long.includes(w));
}

/**
 * Surname-only person mentions that `finalize` could not key because the full name stands in
 * another part of the document (a long document is extracted in parts, see extract/document.ts):
 * they take the key of the first full name met before or after with the same last word.
 */
export function linkSurnamesAcrossParts(mentions: EntityMention[]): void {
  const bySurname = new Map<string, { key: string; canonical?: string }>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const w = nameWords(m.text);
    if (w.length >= 2 && !bySurname.has(w[w.length - 1]!)) bySurname.set(w[w.length - 1]!, { key: m.key, ...(m.canonical ? { canonical: m.canonical } : {}) });
  }
  for (const m of mentions) {
    if (m.type !== 'PER' || !m.key.startsWith('per:~')) continue;
    const w = nameWords(m.text);
    const hit = w.length === 1 ? bySurname.get(w[0]!) : undefined;
    if (!hit || hit.key === m.key) continue;
    m.key = hit.key;
    if (hit.canonical) m.canonical = hit.canonical;
  }
}
