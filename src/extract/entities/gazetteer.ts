/**
 * The bilingual gazetteer (gazetteer.json beside this file, sources in README.md): read on first
 * use, indexes built on first use so that importing the module stays cheap. The parsed file is
 * let go once every index built from it exists (an imported JSON module would keep its 11 000
 * objects alive for the life of the process, and in the startup snapshot).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanSticky } from '../../text/sticky-scan.js';
import { foldWord } from '../../text/normalize.js';
import { compactMap, compactSet } from '../../text/string-table.js';
import type { EntityType } from '../../types.js';

/** The file's type (a type-only reference: it also makes tsc copy the file beside the built module). */
type GazetteerFile = typeof import('./gazetteer.json');

let parsed: GazetteerFile | null = null;

/** gazetteer.json, parsed on first use (beside the compiled module, else in src/ of an unbuilt tree). */
function gazetteerFile(): GazetteerFile {
  if (!parsed) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const candidates = [path.join(here, 'gazetteer.json'), path.join(here, '..', '..', '..', 'src', 'extract', 'entities', 'gazetteer.json')];
    const p = candidates.find((c) => fs.existsSync(c)) ?? candidates[0]!;
    parsed = JSON.parse(fs.readFileSync(p, 'utf8')) as GazetteerFile;
  }
  return parsed;
}

/** Let the parsed file go when every index made from it is built (they are never rebuilt). */
function releaseFile(): void {
  if (indexes && placeCueSet && compassMap && placeClassMap && orgWordIndex) parsed = null;
}

export interface GazEntry {
  /** English canonical name. */
  name: string;
  type: EntityType;
  kind?: string;
  en: string[];
  ar: string[];
  /** Stable key: `<type>:<slug of name>`. */
  key: string;
}

interface RawEntry {
  name: string;
  type: string;
  kind?: string;
  en?: string[];
  ar?: string[];
}

export function asciiFold(s: string): string {
  // Fast path (most tokens): pure ASCII is its own NFD form and holds no combining marks.
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 0x80) i++;
  if (i === s.length) return s;
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** `Amnesty International` → `amnesty-international`; accents folded, stable across runs. */
export function slug(name: string): string {
  return asciiFold(name)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function typeKey(type: EntityType, rest: string): string {
  return `${type.toLowerCase()}:${rest}`;
}

// Latin name tokens: words with inner ' - . & (al-Quds, U.S, AT&T), a dotted initialism keeps its
// final dot (U.S.), other punctuation one token per character.
const EN_TOKEN = /[\p{L}\p{M}\p{N}]+(?:['\-.&][\p{L}\p{M}\p{N}]+)*|\S/gu;

export interface LatinToken {
  text: string;
  start: number;
  end: number;
}

/**
 * EN_TOKEN anchored (sticky): `test` at a position says whether a token starts there and leaves
 * its end in lastIndex, with no match array made per token. Every non-space character starts a
 * token (the `\S` branch), so scanning position by position finds what EN_TOKEN's search finds.
 */
const EN_TOKEN_AT = new RegExp(EN_TOKEN.source, 'uy');
const INITIALISM = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u;

export function latinTokens(s: string): LatinToken[] {
  const out: LatinToken[] = [];
  const n = s.length;
  scanSticky(s, 0, n, EN_TOKEN_AT, (p, e) => {
    let end = e;
    const m = s.slice(p, end);
    // "U.S." / "D.C." / "W.": keep the final dot with a dotted or single-letter initialism
    if (end < n && s.charCodeAt(end) === 46 && INITIALISM.test(m)) end++;
    out.push({ text: end === p + m.length ? m : s.slice(p, end), start: p, end });
    return end;
  });
  return out;
}

/** Is this alias an acronym (matched case-sensitively)? */
function isAcronym(alias: string): boolean {
  return /^[\p{Lu}\d.&/-]+$/u.test(alias) && /\p{Lu}.*\p{Lu}|^\p{Lu}\.?$/u.test(alias);
}

/** Case- and accent-insensitive form of a Latin token for look-up. */
export function latinFold(tok: string): string {
  return asciiFold(tok).toLowerCase();
}

const ARABIC_WORD = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+|[^\s\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/g;

/** Words (and single punctuation marks) of an already folded Arabic string. */
export function arabicTokens(s: string): string[] {
  return s.match(ARABIC_WORD) ?? [];
}

/**
 * The look-up tables are read-only maps over string tables (src/text/string-table.ts): built
 * once, kept for the life of the process (and in the startup snapshot) without a key string or
 * hash-table entry per alias.
 */
interface Indexes {
  entries: GazEntry[];
  byKey: ReadonlyMap<string, GazEntry>;
  /** Acronyms: exact token sequence → entry. */
  enExact: ReadonlyMap<string, GazEntry>;
  /** Other English aliases: folded token sequence → entry. */
  enFolded: ReadonlyMap<string, GazEntry>;
  enMax: number;
  /** Arabic aliases (folded), words joined by one space, plus glued variants without spaces. */
  ar: ReadonlyMap<string, GazEntry>;
  arMax: number;
  /** Arabic aliases by their single-token glued form, for words run together in real text. */
  arGlued: ReadonlyMap<string, { entry: GazEntry; words: number }>;
}

let indexes: Indexes | null = null;

interface RawBodies {
  types: Array<{ name: string; en: string[]; ar: string[] }>;
  portfolios: Array<{ name: string; of: string[]; pre: string[]; ar: string[] }>;
}

/** Fill an Arabic template: `ل{X}` before a word with the article contracts (ل + الشؤون → للشؤون). */
function fillArabic(template: string, x: string): string {
  const i = template.indexOf('\u0644{X}');
  if (i >= 0 && (i === 0 || template[i - 1] === ' ') && x.startsWith('\u0627\u0644')) return template.slice(0, i) + '\u0644' + x.slice(1) + template.slice(i + 4);
  return template.replace('{X}', x);
}

/**
 * Government bodies (gazetteer.json `bodies`): every body type × every portfolio as an entry of
 * kind `body`, named by the type's English pattern with the portfolio's canonical name
 * ("Ministry of Interior"). English patterns: `{X}` takes the portfolio's `of` forms, `{P}` its
 * `pre` forms ("Interior Ministry"); Arabic ones its Arabic forms.
 */
export function expandBodies(b: RawBodies | undefined): RawEntry[] {
  if (!b) return [];
  const out: RawEntry[] = [];
  for (const t of b.types) {
    for (const p of b.portfolios) {
      const en: string[] = [];
      for (const pat of t.en) {
        const forms = pat.includes('{P}') ? p.pre : p.of;
        for (const f of forms) en.push(pat.replace('{P}', f).replace('{X}', f));
      }
      const ar = t.ar.flatMap((pat) => p.ar.map((x) => fillArabic(pat, x)));
      out.push({ name: t.name.replace('{X}', p.name), type: 'ORG', kind: 'body', en, ar });
    }
  }
  return out;
}

function build(): Indexes {
  const file = gazetteerFile() as unknown as { entries: RawEntry[]; bodies?: RawBodies };
  const raw = [...file.entries, ...expandBodies(file.bodies)];
  const entries: GazEntry[] = [];
  const byKey = new Map<string, GazEntry>();
  const enExact = new Map<string, GazEntry>();
  const enFolded = new Map<string, GazEntry>();
  const ar = new Map<string, GazEntry>();
  const arGlued = new Map<string, { entry: GazEntry; words: number }>();
  let enMax = 1;
  let arMax = 1;
  for (const r of raw) {
    const type = r.type as EntityType;
    const e: GazEntry = {
      name: r.name,
      type,
      kind: r.kind,
      en: [r.name, ...(r.en ?? [])],
      ar: [...new Set((r.ar ?? []).map((a) => foldWord(a)))],
      key: typeKey(type, slug(r.name)),
    };
    entries.push(e);
    byKey.set(e.key, e);
    for (const alias of e.en) {
      const toks = latinTokens(alias.replace(/\s*\([^)]*\)$/, ''));
      if (toks.length === 0) continue;
      enMax = Math.max(enMax, toks.length);
      if (isAcronym(alias)) {
        const k = toks.map((t) => t.text).join(' ');
        if (!enExact.has(k)) enExact.set(k, e);
      } else {
        const k = toks.map((t) => latinFold(t.text)).join(' ');
        if (!enFolded.has(k)) enFolded.set(k, e);
      }
    }
    for (const alias of e.ar) {
      const words = arabicTokens(alias);
      if (words.length === 0) continue;
      arMax = Math.max(arMax, words.length);
      const k = words.join(' ');
      if (!ar.has(k)) ar.set(k, e);
      if (words.length > 1) {
        const glued = words.join('');
        if (!arGlued.has(glued)) arGlued.set(glued, { entry: e, words: words.length });
      }
    }
  }
  return { entries, byKey: compactMap(byKey), enExact: compactMap(enExact), enFolded: compactMap(enFolded), enMax, ar: compactMap(ar), arMax, arGlued: compactMap(arGlued) };
}

export function gazetteer(): Indexes {
  if (!indexes) {
    indexes = build();
    releaseFile();
  }
  return indexes;
}

let latinPrefixSets: { exact: ReadonlySet<string>; folded: ReadonlySet<string> } | null = null;

/**
 * The proper word prefixes of the English alias keys (`enExact`, `enFolded`): "national council"
 * for "national council of resistance of iran". A word-by-word look-up can stop as soon as its
 * key is none of them, since no longer key can match. Built on first use.
 */
export function latinPrefixes(): { exact: ReadonlySet<string>; folded: ReadonlySet<string> } {
  if (!latinPrefixSets) {
    const g = gazetteer();
    const prefixes = (keys: Iterable<string>) => {
      const out = new Set<string>();
      for (const k of keys) for (let j = k.indexOf(' '); j > 0; j = k.indexOf(' ', j + 1)) out.add(k.slice(0, j));
      return compactSet(out);
    };
    latinPrefixSets = { exact: prefixes(g.enExact.keys()), folded: prefixes(g.enFolded.keys()) };
  }
  return latinPrefixSets;
}

let placeCueSet: Set<string> | null = null;

/**
 * Place cue words (gazetteer.json `placeCues`: camp, village, province… and their Arabic),
 * English lower-cased, Arabic folded; built on first use.
 */
export function placeCues(): Set<string> {
  if (!placeCueSet) {
    const c = (gazetteerFile() as { placeCues?: { en: string[]; ar: string[] } }).placeCues;
    placeCueSet = new Set([...(c?.en ?? []).map((w) => w.toLowerCase()), ...(c?.ar ?? []).map((w) => foldWord(w)), ...placeCompass().keys()]);
    releaseFile();
  }
  return placeCueSet;
}

/** A `placeCues` table of gazetteer.json (value → its words) as word → value, English lower-cased, Arabic folded. */
function placeCueTable(key: 'compass' | 'classes'): Map<string, string> {
  const c = (gazetteerFile() as { placeCues?: Partial<Record<'compass' | 'classes', Record<string, string[]>>> }).placeCues?.[key] ?? {};
  const map = new Map<string, string>();
  for (const [value, ws] of Object.entries(c)) for (const w of ws) map.set(/[a-z]/i.test(w) ? w.toLowerCase() : foldWord(w), value);
  return map;
}

let compassMap: Map<string, string> | null = null;

/**
 * Compass words with the direction they give a place (gazetteer.json `placeCues.compass`: south,
 * «جنوب», «الجنوبية» → s; southeast → se…), built on first use. They are place cue words too.
 */
export function placeCompass(): Map<string, string> {
  if (!compassMap) {
    compassMap = placeCueTable('compass');
    releaseFile();
  }
  return compassMap;
}

let placeClassMap: Map<string, string> | null = null;

/**
 * Facility cue words with their class letter (gazetteer.json `placeCues.classes`: hospital → h,
 * stadium → s, prison → j…), built on first use.
 */
export function placeCueClasses(): Map<string, string> {
  if (!placeClassMap) {
    placeClassMap = placeCueTable('classes');
    releaseFile();
  }
  return placeClassMap;
}

export interface OrgWords {
  en: Map<string, string[]>;
  ar: Map<string, string[]>;
  enStop: Set<string>;
  arStop: Set<string>;
  /** Concepts that head an organisation's name (`orgWords.heads`): a name with one is an organisation whatever the tagger typed. */
  heads: Set<string>;
  /** Arabic words that mean another concept as the first word of a name (`orgWords.firstAr`: إدارة heading a name is a department, after it management). */
  firstAr: Map<string, string[]>;
  /** Concepts that another implies (`orgWords.implies`: meteorology ↔ «الأرصاد الجوية» implies air), added to a concept set. */
  implies: Map<string, string[]>;
  /** Concept sets translators use for one another (`orgWords.sameAs`): [from, to], the first rewritten as the second. */
  sameAs: Array<[string[], string[]]>;
  /** Concepts that may be present in one language's name and absent from the other's (`orgWords.optional`: public, national, management…). */
  optional: Set<string>;
  /** English demonyms and country adjectives whose country the suffix rules of `countryOf` miss (`orgWords.demonyms`: greek → Greece), lower-cased. */
  demonyms: Map<string, string>;
  /** Arabic words (folded) naming a country in organisation names where the gazetteer reads another place (`orgWords.arCountries`). */
  arCountries: Map<string, string>;
  /** Concept pairs that name an institution without a head noun (`orgWords.institutions`: civil defence, civil protection), as "a.b" sorted. */
  institutions: Set<string>;
  /** Modifiers that do not make a head noun a name (`orgWords.plainModifiers`: national, central…). */
  plainModifiers: Set<string>;
  /** Heads named by a country or place alone (`orgWords.placeHeads`: police, navy…). */
  placeHeads: Set<string>;
  /** Heads with which the Arabic rules propose a name of translated words alone (`orgWords.ruleHeads`: public bodies). */
  ruleHeads: Set<string>;
}

let orgWordIndex: OrgWords | null = null;

/** Arabic form of an organisation word for look-ups: folded, final ة (folded ه) dropped. */
export function orgWordArabic(w: string): string {
  const f = foldWord(w);
  return f.length > 2 && f.endsWith('\u0647') ? f.slice(0, -1) : f;
}

/**
 * Translated words of organisation names and their concepts (gazetteer.json `orgWords`):
 * English lower-cased, Arabic through `orgWordArabic`; built on first use.
 */
export function orgWords(): OrgWords {
  if (!orgWordIndex) {
    const o = (
      gazetteerFile() as unknown as {
        orgWords?: {
          stop: { en: string; ar: string };
          heads?: string;
          concepts: Array<[string, string[], string[]]>;
          firstAr?: Record<string, string[]>;
          implies?: Record<string, string[]>;
          sameAs?: Array<[string, string]>;
          optional?: string;
          demonyms?: Record<string, string>;
          arCountries?: Record<string, string>;
          institutions?: string[];
          plainModifiers?: string;
          placeHeads?: string;
          ruleHeads?: string;
        };
      }
    ).orgWords;
    const en = new Map<string, string[]>();
    const ar = new Map<string, string[]>();
    const add = (m: Map<string, string[]>, w: string, c: string) => {
      const cs = m.get(w);
      if (!cs) m.set(w, [c]);
      else if (!cs.includes(c)) cs.push(c);
    };
    for (const [c, ens, ars] of o?.concepts ?? []) {
      for (const w of ens) add(en, w.toLowerCase(), c);
      for (const w of ars) add(ar, orgWordArabic(w), c);
    }
    orgWordIndex = {
      en,
      ar,
      enStop: new Set((o?.stop.en ?? '').split(/\s+/).filter(Boolean)),
      arStop: new Set((o?.stop.ar ?? '').split(/\s+/).filter(Boolean).map((w) => foldWord(w))),
      heads: new Set((o?.heads ?? '').split(/\s+/).filter(Boolean)),
      firstAr: new Map(Object.entries(o?.firstAr ?? {}).map(([w, cs]) => [orgWordArabic(w), cs])),
      implies: new Map(Object.entries(o?.implies ?? {})),
      sameAs: (o?.sameAs ?? []).map(([a, b]) => [a.split(/\s+/), b.split(/\s+/)] as [string[], string[]]),
      optional: new Set((o?.optional ?? '').split(/\s+/).filter(Boolean)),
      demonyms: new Map(Object.entries(o?.demonyms ?? {}).map(([w, c]) => [w.toLowerCase(), c])),
      arCountries: new Map(Object.entries(o?.arCountries ?? {}).map(([w, c]) => [foldWord(w), c])),
      institutions: new Set((o?.institutions ?? []).map((x) => x.split(/\s+/).sort().join('.'))),
      plainModifiers: new Set((o?.plainModifiers ?? '').split(/\s+/).filter(Boolean)),
      placeHeads: new Set((o?.placeHeads ?? '').split(/\s+/).filter(Boolean)),
      ruleHeads: new Set((o?.ruleHeads ?? '').split(/\s+/).filter(Boolean)),
    };
    releaseFile();
  }
  return orgWordIndex;
}

export function entryByKey(key: string): GazEntry | undefined {
  return gazetteer().byKey.get(key);
}

/**
 * Whole-name look-ups per name (lookupLatin / lookupArabic), kept across documents: every
 * mention the recogniser finds by itself is looked up. Null: not in the gazetteer. Bounded,
 * started afresh when full.
 */
let latinLookups = new Map<string, GazEntry | null>();
let arabicLookups = new Map<string, GazEntry | null>();
const LOOKUP_CACHE_MAX = 50_000;

/** Look up a whole English name (as written, titles already removed). */
export function lookupLatin(name: string): GazEntry | undefined {
  let e = latinLookups.get(name);
  if (e === undefined) {
    e = lookupLatinUncached(name) ?? null;
    if (latinLookups.size >= LOOKUP_CACHE_MAX) latinLookups = new Map();
    latinLookups.set(name, e);
  }
  return e ?? undefined;
}

function lookupLatinUncached(name: string): GazEntry | undefined {
  const g = gazetteer();
  const toks = latinTokens(name.trim()).map((t) => t.text);
  if (toks.length === 0) return undefined;
  const e = g.enExact.get(toks.join(' ')) ?? g.enFolded.get(toks.map(latinFold).join(' '));
  if (e || toks.length < 3) return e;
  // a government body after its country's name or adjective: "Iranian Interior Ministry"
  const body = g.enFolded.get(toks.slice(1).map(latinFold).join(' '));
  return body?.kind === 'body' ? body : undefined;
}

/** Look up a whole Arabic name (folded or not); glued spellings are found too. */
export function lookupArabic(name: string): GazEntry | undefined {
  let e = arabicLookups.get(name);
  if (e === undefined) {
    e = lookupArabicUncached(name) ?? null;
    if (arabicLookups.size >= LOOKUP_CACHE_MAX) arabicLookups = new Map();
    arabicLookups.set(name, e);
  }
  return e ?? undefined;
}

function lookupArabicUncached(name: string): GazEntry | undefined {
  const g = gazetteer();
  const words = arabicTokens(foldWord(name.trim()));
  if (words.length === 0) return undefined;
  let e = g.ar.get(words.join(' ')) ?? g.arGlued.get(words.join(''))?.entry;
  // a preposition fused with the article stays in Arabic spans (بالمديرية، للأمم): look up without it
  const w0 = words[0]!;
  const bare0 = /^[\u0628\u0643\u0644]\u0627\u0644/.test(w0) ? w0.slice(1) : /^\u0644\u0644/.test(w0) ? '\u0627' + w0.slice(1) : '';
  if (!e && bare0.length > 3) {
    words[0] = bare0;
    e = g.ar.get(words.join(' ')) ?? g.arGlued.get(words.join(''))?.entry;
  }
  // a preposition on a name of several words without the article (لوزارة العدل، بوزارة الصحة)
  if (!e && !bare0 && words.length > 1 && /^[\u0628\u0644]/.test(w0) && !/^[\u0628\u0644]\u0627\u0644/.test(w0) && w0.length > 3) {
    const rest = [w0.slice(1), ...words.slice(1)];
    const e2 = g.ar.get(rest.join(' '));
    if (e2 && e2.type === 'ORG') e = e2;
  }
  if (e || words.length < 3) return e;
  // a government body and its country's adjective: «وزارة الداخلية الإيرانية»
  const last = words[words.length - 1]!;
  if (!/^\u0627\u0644\S+\u064A\u0647?$/.test(last)) return undefined;
  const body = g.ar.get(words.slice(0, -1).join(' '));
  return body?.kind === 'body' ? body : undefined;
}
