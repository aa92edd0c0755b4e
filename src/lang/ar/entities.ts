/**
 * Arabic named entities (PER, ORG, LOC). Arabic has no capitals, so names are found by
 * (in this order at each word): the bilingual gazetteer (with proclitics stripped and with
 * words run together matched too: «الأممالمتحدة»), organisation triggers (منظمة، حزب، مجلس…)
 * with the name after them, place triggers (مدينة، بلدية…), person titles (السيد، الرئيس،
 * عمدة…) and speech verbs (قال، أكد…) followed by a run of words that are not common Arabic
 * words, and known given names. Word lists are data: entity-words.json.
 *
 * Span convention: a proclitic fused with the article stays in the span (للأمم المتحدة,
 * بالمديرية…), other proclitics do not (باريس inside بباريس, إيران inside وإيران).
 *
 * An abbreviation in brackets right after an organisation («… (واس)») is proposed as its acronym
 * (link.ts keys it, and its later uses, as that organisation). Government bodies («وزارة الداخلية»)
 * are not gazetteer names here (one training corpus annotates them, the other not), but a
 * trigger + portfolio that the bodies lexicon knows is proposed whole by the organisation rule
 * (`ot`, no gate), and the lexicon keys it (`org:ministry-of-interior`).
 *
 * Places and people of news wire text (issue 7, second linking round): facilities keep their cue
 * word and adjectives (مستشفى البصرة التعليمي; the strong place words of locTriggersStrong — also
 * محافظة، ولاية، إقليم… — pass without the tagger's gate); lists after plural or dual place
 * words (مدينتي X وY); a compass adjective after a place (سامار الشرقي); place names starting
 * with a common word (أم روابة، عين قزام); «من X إلى Y»; a dateline at the start of a line
 * (كمبالا (أ ف ب) -); a person after the title's complement (وزير الرياضة X Y) or after the body
 * or place of the title (المتحدث باسم وزارة الصحة في صنعاء X Y); «أم» + a given name; a
 * preposition before an organisation trigger stays in the span (لوزارة العدل), as the gold pairs
 * write it; a government body of the gazetteer's lexicon is an organisation (وزارة الكهرباء); a
 * known organisation + a country adjective is its own body (الهلال الأحمر الموريتاني).
 *
 * Session 6 (cross-language linking): organisations named by translated words alone (الدفاع المدني،
 * الدرك الملكي، شرطة الشارقة: `conceptOrg`, keyed by their concepts like the English name), words
 * outside the dictionary after a preposition of place (في مومباسا) and places joined to a place by
 * «و» (زبيد وباجل), the last two through the tagger's gate.
 *
 * Session 6 (issue 7, names without a cue word): late rules (`lateCandidates`: a dateline's agency
 * and place, a person in commas after a speaker's description, a quoted name after a typed noun or
 * after «لـ» in a statement, places listed after «بينها/هما») whose names are not tagger features
 * and fill the tagger's gaps past its gate; then names found once are found again in the document
 * (`propagateNames`: the same words, or a person's last word alone).
 *
 * Session 7 (issue 7): a speaker named between his description and «إن/أن/للصحفيين» without commas
 * (late rule `ps`, `speakerBeforeThat`: «وقال رئيس بلدية X علي أكبر Y إن»), which may also extend a
 * tagger span inside it; after the merge (`tidySpans`) a person's name loses a last word that
 * belongs to the next phrase («صدام | بارتكاب»، «… | أو», «… | اجتماعا») and an indefinite place or
 * organisation word + an indefinite relational adjective («حزب إسلامي») is no name.
 *
 * Session 8 (issue 7): after the merge (`tidySpans`) a person's name also ends before a role or
 * kinship noun in the construct state («X ملك إسبانيا», «X سفير فرنسا»; `personTails`, exact
 * look-ups, only with a complement after it), and an organisation named by its own words loses a
 * trailing country adjective («ريال مدريد الإسباني», «نوكيا الفنلندية»; not a body named by an
 * organisation word: «مجلس الأمن القومي السعودي»); a left-to-right or right-to-left mark glued to
 * a name's last word ends the mention with the word («مصر‏»: `withTrailingMarks`). Late rules: a
 * quoted name right after a person's title or a kinship noun is a person («الإمبراطور "X"», «زوجته
 * "X"»: `quoteCuesPer`), and the speaker rule `ps` also reads a name right after the speech verb,
 * closed by «إن/إنه/للصحفيين» («وقال X Y إن»; words outside the dictionary even with a suffix cut).
 *
 * Session 8 (link9, spans for cross-language linking): a place the rules named with an included cue
 * word keeps it when the tagger found the name alone («نهر بينوي», «مخيم شاريا»; `withIncludedCues`,
 * not «ميناء/وادي»: `locCuesOpen`); a place and a speaker run together after a place's title or
 * trigger are split («والي X Y Z» → X, Y Z: `placeBeforeSpeaker`); a known movement or group loses
 * its cue word when the gazetteer knows the rest as the same organisation («حركة طالبان» →
 * «طالبان»: `orgCueOut`); a person ends before «بـ» + a verbal noun and its object («… بفتح تحقيق»:
 * `verbalNounTail`).
 *
 * Then the statistical tagger (src/extract/entities/tagger.ts, model ner-model.json beside this
 * file, trained by scripts/train-ner.mjs) tags the tokens, with the rules' output among its
 * features, and `mergeRules` combines both; without a model file the rules alone are used.
 * The tagger's spans keep the rules' conventions: no person title at the start of a person
 * (الملك | حمد), no place trigger at the start of a place (إقليم | الحوز; مخيم stays, as in the
 * rules), and a place named with an included trigger (مخيم النيرب) passes the gate on its name.
 *
 * Tagger features of the third Arabic round (issue 7): a dictionary flag (`D` the word or a reading
 * without clitics is an ordinary Arabic word of ar-words.json, `d` once a suffix is cut off, none:
 * unknown, often a transliterated name; the list is derived from the Ayaspell hunspell dictionary,
 * MPL 1.1 / GPL / LGPL, see src/extract/entities/README.md) and the stem's letter trigrams
 * (`shapeFeatures`). Word clusters built from the little unlabelled Arabic text at hand added
 * nothing in cross-validation (src/extract/entities/README.md): the Arabic tagger has none.
 */
import { lowerBound } from '../../text/lower-bound.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldWord, type NormalizedText } from '../../text/normalize.js';
import type { EntityMention, EntityType } from '../../types.js';
import { entryByKey, gazetteer, lookupArabic, orgWordArabic, orgWords, type GazEntry } from '../../extract/entities/gazetteer.js';
import { finalize, type Candidate } from '../../extract/entities/link.js';
import { arabicOrgConcepts, conceptKey, countryOf } from '../../extract/entities/key.js';
import { decodeLattice, loadModel, mergeRules, newFormMemo, ruleTags, spanGate, spansOf, type FormMemo, type Lattice, type ModelFile, type ModelTok } from '../../extract/entities/tagger.js';
import { packedWordSet, type WordSet } from '../../text/word-set.js';
import words from './entity-words.json' with { type: 'json' };
import { tokenLines } from '../../text/token-lines.js';
import { scanSticky } from '../../text/sticky-scan.js';

interface Lists {
  stop: Set<string>;
  common: Set<string>;
  speech: Set<string>;
  perTitles: Set<string>;
  roleWords: Set<string>;
  orgTriggers: Set<string>;
  locTriggers: Set<string>;
  locIncluded: Set<string>;
  /** Session 8: included cues that the merge does not put back in front of a name the tagger found alone (ميناء، وادي). */
  locCuesOpen: Set<string>;
  /** Session 8: titles whose complement is a place, before a speaker's name («والي X Y Z»: X the place). */
  placeTitles: Set<string>;
  /** Session 8: organisation cue words left out of a gazetteer name that is also named without them («تنظيم القاعدة» → «القاعدة»). */
  orgCuesOut: Set<string>;
  /** Session 8: first words of foreign place names of several words (سان، سانتا، بورت…): no place of its own. */
  foreignPlaceStarts: Set<string>;
  placeAdjectives: Set<string>;
  locPlural: Set<string>;
  compass: Set<string>;
  placeStarts: Set<string>;
  /** Administrative place words whose names pass without the tagger's gate (محافظة مسندم). */
  locStrong: Set<string>;
  listIntro: Set<string>;
  givenNames: Set<string>;
  nameConnectors: Set<string>;
  notNames: Set<string>;
  /** Late rules only (session 6): nouns heading a speaker's description before a name in commas. */
  personHeads: Set<string>;
  /** Late rules only (session 6): nouns before a quoted name that make it an organisation / a place. */
  quoteOrg: Set<string>;
  quoteLoc: Set<string>;
  /** Session 8 (late rules only): kinship and title nouns before a quoted person's name («زوجته "X"»). */
  quotePer: Set<string>;
  /** Session 8 (`tidySpans` only, never tagger flags): role nouns a person's name ends before, with their complement after them. */
  personTails: Set<string>;
  /** Gazetteer aliases keyed by their words concatenated without spaces. */
  gazNoSpace: Map<string, GazEntry>;
  /** Proper prefixes of the gazNoSpace keys: a key that is none of them cannot grow into a match. */
  gazPrefixes: Set<string>;
  gazMaxWords: number;
}

let lists: Lists | null = null;

function L(): Lists {
  if (!lists) {
    const w = words as Record<string, string[] | string>;
    const s = (k: string) => new Set((w[k] as string[]).map((x) => foldWord(x)));
    const g = gazetteer();
    const gazNoSpace = new Map<string, GazEntry>();
    for (const [k, e] of g.ar) {
      // government bodies are named by common words («وزارة الصحة»), which one training corpus
      // annotates and the other does not: the tagger finds them, the gazetteer only keys them
      if (e.kind === 'body') continue;
      const glued = k.replace(/ /g, '');
      if (!gazNoSpace.has(glued)) gazNoSpace.set(glued, e);
    }
    const gazPrefixes = new Set<string>();
    for (const k of gazNoSpace.keys()) for (let j = 1; j < k.length; j++) gazPrefixes.add(k.slice(0, j));
    lists = {
      stop: s('stopWords'),
      common: s('commonWords'),
      speech: s('speechVerbs'),
      perTitles: s('perTitles'),
      roleWords: s('roleWords'),
      orgTriggers: s('orgTriggers'),
      locTriggers: s('locTriggers'),
      locIncluded: s('locTriggersIncluded'),
      locCuesOpen: s('locCuesOpen'),
      placeTitles: s('placeTitles'),
      orgCuesOut: s('orgCuesOut'),
      foreignPlaceStarts: s('foreignPlaceStarts'),
      placeAdjectives: s('placeAdjectives'),
      locPlural: s('locTriggersPlural'),
      compass: s('compassAdjectives'),
      placeStarts: s('placeNameStarts'),
      locStrong: s('locTriggersStrong'),
      listIntro: s('listIntro'),
      givenNames: s('givenNames'),
      nameConnectors: s('nameConnectors'),
      notNames: s('notNames'),
      personHeads: s('personHeads'),
      quoteOrg: s('quoteCuesOrg'),
      quoteLoc: s('quoteCuesLoc'),
      quotePer: s('quoteCuesPer'),
      personTails: s('personTails'),
      gazNoSpace,
      gazPrefixes,
      gazMaxWords: g.arMax + 1,
    };
  }
  return lists;
}

interface Tok {
  start: number;
  end: number;
  text: string;
  /** Arabic letters only (a word); otherwise punctuation, digits or Latin. */
  ar: boolean;
  /** Only spaces between this token and the previous one (no punctuation). */
  glued: boolean;
  /** What is cached of the word (Arabic words only; null otherwise): one map look-up per token, in tokenize. */
  rec: WordRec | null;
}

/**
 * Per Arabic word form, what the rules and the tagger's tokens derive from its text alone, filled
 * on first use (each is a pure function of the word and the fixed lists): its gazetteer starts
 * (`gazStartsOf`; NO_GAZ_STARTS when none can match), its trigger bits (`triggerBitsOf`, 0 = not asked yet) and its tagger features
 * (`modelTokens`). Kept across documents; bounded, started afresh when full. The tokens hold their
 * record, so the per-word caches are not looked up again token by token.
 */
interface WordRec {
  gaz: readonly GazStart[] | null;
  trig: number;
  lf: [string, string[], readonly string[], FormMemo] | null;
  /** `nameWord` of the word, bits as in nameWordCache (0 = not asked). */
  nw: number;
  /** `nameWord(word without its first two letters, false)` (the article cut: 0 = not asked, 1 no, 2 yes). */
  nwa: number;
  /** `arabicOrgConcepts(word, true)` (null: none; undefined: not asked). */
  oc0: readonly string[] | null | undefined;
}
let wordRecs = new Map<string, WordRec>();
const WORD_REC_MAX = 100_000;

function wordRec(w: string): WordRec {
  let r = wordRecs.get(w);
  if (r === undefined) {
    if (wordRecs.size >= WORD_REC_MAX) wordRecs = new Map();
    wordRecs.set(w, (r = { gaz: null, trig: 0, lf: null, nw: 0, nwa: 0, oc0: undefined }));
  }
  return r;
}

const AR_RUN = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+|[0-9]+|[A-Za-z]+|\S/g;

/**
 * AR_RUN anchored (sticky): `test` at a position says whether a token starts there and leaves its
 * end in lastIndex (no match array per token). Every non-space character starts one (`\S`), so a
 * scan position by position finds what AR_RUN's search finds.
 */
const AR_RUN_AT = new RegExp(AR_RUN.source, 'y');

function tokenize(norm: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  let prevEnd = from;
  scanSticky(norm, from, to, AR_RUN_AT, (p, end) => {
    const c = norm.charCodeAt(p);
    const text = norm.slice(p, end);
    // first letter in the Arabic word ranges of AR_RUN (char code tests: no regex, no substring)
    const ar = (c >= 0x621 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff);
    let glued = out.length > 0;
    if (glued) for (let k = prevEnd; k < p; k++) if (norm.charCodeAt(k) === 10) glued = false;
    out.push({ start: p, end, text, ar, glued, rec: ar ? wordRec(text) : null });
    prevEnd = end;
    return end;
  });
  return out;
}

/**
 * Readings of a word with its proclitics removed: [offset of the reported span, bare form].
 * و/ف (and) are never part of the span; ب/ل/ك are, when fused with the article (للأمم, بالمديرية).
 */
function readings(w: string): ReadonlyArray<readonly [number, string]> {
  let r = readingsCache.get(w);
  if (r === undefined) {
    r = readingsUncached(w);
    if (readingsCache.size >= READINGS_CACHE_MAX) readingsCache = new Map();
    readingsCache.set(w, r);
  }
  return r;
}

/** readings() per word, kept across documents (read-only arrays, shared); bounded, started afresh when full. */
let readingsCache = new Map<string, ReadonlyArray<readonly [number, string]>>();
const READINGS_CACHE_MAX = 100_000;

function readingsUncached(w: string): Array<[number, string]> {
  const out: Array<[number, string]> = [[0, w]];
  let base = w;
  let off = 0;
  if ((w[0] === '\u0648' || w[0] === '\u0641') && w.length > 3) {
    base = w.slice(1);
    off = 1;
    out.push([off, base]);
  }
  if (base.length > 3) {
    const c = base[0];
    if (base.startsWith('\u0644\u0644') && base.length > 4) {
      out.push([off, '\u0627\u0644' + base.slice(2)]); // ل + ال: للأمم → الأمم
    } else if (c === '\u0628' || c === '\u0643' || c === '\u0644') {
      const rest = base.slice(1);
      out.push([rest.startsWith('\u0627\u0644') ? off : off + 1, rest]);
    }
  }
  return out;
}

interface Ctx {
  toks: Tok[];
  cands: Candidate[];
  original: string;
  startMap: Int32Array;
  endMap: Int32Array;
  /** gazAt results per token (it is pure in ctx.toks and is asked several times per token). */
  gaz?: Array<GazMatch | null | undefined>;
}

type GazMatch = { off: number; len: number; entry: GazEntry };

/** Longest gazetteer match at token i: words glued or split any way match the same entry. */
function gazAt(ctx: Ctx, i: number): GazMatch | null {
  const memo = (ctx.gaz ??= []);
  let r = memo[i];
  if (r === undefined) memo[i] = r = gazAtUncached(ctx, i);
  return r;
}

function gazAtUncached(ctx: Ctx, i: number): GazMatch | null {
  const l = L();
  const toks = ctx.toks;
  if (!toks[i]!.ar) return null;
  let best: { off: number; len: number; entry: GazEntry } | null = null;
  const rec = toks[i]!.rec!;
  const starts = rec.gaz ?? (rec.gaz = gazStartsUseful(gazStartsOf(toks[i]!.text)));
  for (let s = 0; s < starts.length; s++) {
    // indexed reads: no iterator protocol per reading
    const st = starts[s]!;
    const off = st[0];
    const form = st[1];
    const e0 = st[2];
    const grows = st[3];
    // k = 0, the word alone (cached per word)
    if (e0 && !best) best = { off, len: 1, entry: e0 };
    if (!grows) continue;
    let key = form;
    for (let k = 1; k < l.gazMaxWords && i + k < toks.length; k++) {
      const t = toks[i + k]!;
      // words, and the dots of an abbreviation («و.م.ع», «أ.ف.ب»)
      if (!t.glued || (!t.ar && t.text !== '.')) break;
      key += t.text;
      const e = l.gazNoSpace.get(key);
      if (e && (!best || k + 1 > best.len)) best = { off, len: k + 1, entry: e };
      if (!l.gazPrefixes.has(key)) break; // no longer key starts with this one
    }
  }
  return best;
}

/**
 * Per word, its readings with what the gazetteer says of each alone: [offset, form, the entry
 * the form is (or null), whether some longer key starts with it]. Kept across documents
 * (most words are no gazetteer key nor the start of one); bounded, started afresh when full.
 */
type GazStart = readonly [number, string, GazEntry | null, boolean];
let gazStartCache = new Map<string, readonly GazStart[]>();
const GAZ_START_CACHE_MAX = 100_000;

function gazStarts(w: string): readonly GazStart[] {
  let r = gazStartCache.get(w);
  if (r === undefined) {
    r = gazStartsOf(w);
    if (gazStartCache.size >= GAZ_START_CACHE_MAX) gazStartCache = new Map();
    gazStartCache.set(w, r);
  }
  return r;
}

/** No reading is a gazetteer key or starts one (most words): one shared empty list, nothing to read. */
const NO_GAZ_STARTS: readonly GazStart[] = [];

function gazStartsUseful(starts: readonly GazStart[]): readonly GazStart[] {
  for (const st of starts) if (st[2] || st[3]) return starts;
  return NO_GAZ_STARTS;
}

function gazStartsOf(w: string): readonly GazStart[] {
  const l = L();
  return readings(w).map(([off, form]): GazStart => [off, form, l.gazNoSpace.get(form) ?? null, l.gazMaxWords > 1 && l.gazPrefixes.has(form)]);
}

/**
 * What processLine asks of every word's readings (`readings`), kept in its `WordRec`: bit 0 =
 * answered; some reading is an organisation trigger (TRIG_ORG), a plural or dual place trigger
 * (TRIG_LOC_PLURAL); the first reading that is a place trigger included in the name (TRIG_LOC_INCL)
 * or else a place trigger (TRIG_LOC), with that reading's offset from bit TRIG_OFF_SHIFT on; a
 * person title (TRIG_TITLE), a speech verb (TRIG_SPEECH).
 */
const TRIG_ORG = 2;
const TRIG_LOC_PLURAL = 4;
const TRIG_LOC_INCL = 8;
const TRIG_LOC = 16;
/** inList(perTitles, w); speech verb as written or without و/ف (`bare`). */
const TRIG_TITLE = 32;
const TRIG_SPEECH = 64;
const TRIG_OFF_SHIFT = 7;

function triggerBitsOf(w: string): number {
  const l = L();
  let bits = 1;
  if (inList(l.perTitles, w)) bits |= TRIG_TITLE;
  if (l.speech.has(w) || l.speech.has(bare(w))) bits |= TRIG_SPEECH;
  let loc = false;
  for (const [o, f] of readings(w)) {
    if (l.orgTriggers.has(f)) bits |= TRIG_ORG;
    if (l.locPlural.has(f)) bits |= TRIG_LOC_PLURAL;
    if (loc) continue;
    if (l.locIncluded.has(f)) bits |= TRIG_LOC_INCL | (o << TRIG_OFF_SHIFT);
    else if (l.locTriggers.has(f)) bits |= TRIG_LOC | (o << TRIG_OFF_SHIFT);
    else continue;
    loc = true;
  }
  return bits;
}

function bare(w: string): string {
  // conjunction, then preposition or article: for list look-ups only
  let s = w;
  if ((s[0] === '\u0648' || s[0] === '\u0641') && s.length > 3) s = s.slice(1);
  return s;
}

function inList(set: Set<string>, w: string): boolean {
  if (set.has(w)) return true;
  const b = bare(w);
  if (b !== w && set.has(b)) return true;
  if (b.startsWith('\u0644\u0644') && set.has('\u0627\u0644' + b.slice(2))) return true;
  if ((b[0] === '\u0628' || b[0] === '\u0644' || b[0] === '\u0643') && set.has(b.slice(1))) return true;
  return false;
}

function isNisba(w: string): boolean {
  // الإيرانية، الفرنسي، الدولية: relational adjectives, never names on their own
  return /^(?:[\u0648\u0641]?(?:[\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644))\S+(?:\u064A|\u064A\u0647|\u064A\u064A\u0646|\u064A\u0648\u0646|\u064A\u0627\u062A)$/.test(w);
}

/**
 * nameWord answers per word, kept across documents (a dozen list look-ups a word, asked several
 * times per token): bit 0 = answered, bit 1 = the answer; for `first` false (low bits) and true
 * (bits 2, 3). Bounded, started afresh when full.
 */
let nameWordCache = new Map<string, number>();
const NAME_WORD_CACHE_MAX = 100_000;

/** Is this word possibly part of a name (not a function/common word, title, verb of speech…)? */
function nameWord(w: string, first: boolean): boolean {
  const shift = first ? 2 : 0;
  let bits = nameWordCache.get(w) ?? 0;
  if (bits & (1 << shift)) return (bits & (2 << shift)) !== 0;
  const yes = nameWordUncached(w, first);
  if (nameWordCache.size >= NAME_WORD_CACHE_MAX) nameWordCache = new Map();
  bits = (nameWordCache.get(w) ?? 0) | (1 << shift) | (yes ? 2 << shift : 0);
  nameWordCache.set(w, bits);
  return yes;
}

/** nameWord of a token's word, kept in its WordRec (no map look-up once asked). */
function nameWordTok(t: Tok, first: boolean): boolean {
  const rec = t.rec;
  if (!rec) return nameWord(t.text, first);
  const shift = first ? 2 : 0;
  if (rec.nw & (1 << shift)) return (rec.nw & (2 << shift)) !== 0;
  const yes = nameWord(t.text, first);
  rec.nw |= (1 << shift) | (yes ? 2 << shift : 0);
  return yes;
}

/** nameWord(t.text.slice(2), false) — the word after its article — kept in the token's WordRec. */
function nameWordAfterArticle(t: Tok): boolean {
  const rec = t.rec;
  if (!rec) return nameWord(t.text.slice(2), false);
  if (!rec.nwa) rec.nwa = nameWord(t.text.slice(2), false) ? 2 : 1;
  return rec.nwa === 2;
}

function nameWordUncached(w: string, first: boolean): boolean {
  const l = L();
  if (w.length < 2) return false;
  if (inList(l.stop, w) || inList(l.common, w) || inList(l.perTitles, w) || inList(l.speech, w)) return false;
  if (inList(l.orgTriggers, w) || inList(l.locTriggers, w) || inList(l.locPlural, w) || inList(l.roleWords, w) || l.notNames.has(w)) return false;
  if (isNisba(w)) return false;
  if (first && /^(?:\u0627\u0644|\u0648\u0627\u0644|\u0628\u0627\u0644|\u0644\u0644)/.test(w)) return false;
  return true;
}

function push(ctx: Ctx, from: number, fromOff: number, to: number, type: EntityType, extra: Partial<Candidate> = {}, name?: string): void {
  const toks = ctx.toks;
  const start = toks[from]!.start + fromOff;
  const end = toks[to]!.end;
  // tokens one space apart, also the letters and dots of an abbreviation («و . م . ع»: a name of
  // several tokens, which mergeRules lets win over the tagger's pieces of it)
  const text = toks.slice(from, to + 1).map((t, k) => (k === 0 ? t.text.slice(fromOff) : t.text)).join(' ');
  ctx.cands.push({ start, end, type, name: name ?? text, ...extra });
}

/** Does the word end in ى in the original text (folding writes ى as ي: على/علي)? */
function endsInAlefMaqsura(ctx: Ctx, t: Tok): boolean {
  const orig = ctx.original.slice(ctx.startMap[t.start]!, ctx.endMap[t.end - 1]!);
  return /\u0649$/.test(orig);
}

/**
 * A run of name words from i (at most max, connectors such as بن or عبد not counted, and at most
 * 2 × max tokens), stopping at the gazetteer; returns its last index.
 */
function nameRun(ctx: Ctx, i: number, max: number, continuing = false): number {
  const toks = ctx.toks;
  const l = L();
  let j = i - 1;
  let counted = 0;
  for (let k = i; k < toks.length && k < i + 2 * max; k++) {
    if (!l.nameConnectors.has(toks[k]!.text) && ++counted > max) break;
    const t = toks[k]!;
    if (!t.ar || (k > i && !t.glued)) break;
    if (k > i && gazAt(ctx, k)) break;
    const w = t.text;
    const inside = k > i || continuing;
    const afterConnector = k > 0 && inside && l.nameConnectors.has(toks[k - 1]!.text);
    if (l.nameConnectors.has(w) && k + 1 < toks.length && toks[k + 1]!.ar) {
      j = k;
      continue;
    }
    // family names with the article (فؤاد السنيورة, بشار الأسد) after a first word
    const articleOk = inside && /^\u0627\u0644/.test(w) && !isNisba(w) && nameWordAfterArticle(t);
    // a given name inside a name, also one spelt like a preposition (أمير علي: علي, not على)
    const givenOk = inside && l.givenNames.has(w) && !endsInAlefMaqsura(ctx, t);
    // a family name shaped like a masculine relational adjective (محمد البرادعي، خليل الدليمي)
    // right after a name word ends the name; feminine and plural ones (الإيرانية) are adjectives
    const familyNisba = k > i && /^\u0627\u0644\S{2,}\u064A$/.test(w) && nameWordAfterArticle(t) && !inList(l.roleWords, w) && !inList(l.common, w) && !l.compass.has(w);
    if (familyNisba) {
      j = k;
      break;
    }
    // after بن، آل، أبو… comes a name, whatever else the word can mean (بن سلطان، آل خليفة)
    const connectedOk = afterConnector && !inList(l.stop, w) && !inList(l.speech, w);
    if (!connectedOk && !nameWordTok(t, !inside) && !articleOk && !givenOk) break;
    j = k;
  }
  // never end on a connector
  while (j >= i && l.nameConnectors.has(toks[j]!.text)) j--;
  return j;
}

/** After a person title: skip role words, nisba adjectives and places (وزير خارجية إيران). */
function skipDescriptors(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const l = L();
  let k = i;
  let steps = 0;
  while (k < toks.length && steps < 5) {
    const t = toks[k]!;
    if (!t.ar) break;
    const g = gazAt(ctx, k);
    if (g && g.entry.type !== 'PER') {
      k += emitGaz(ctx, k, g);
      steps++;
      continue;
    }
    if (l.locTriggers.has(bare(t.text)) || l.locIncluded.has(bare(t.text))) break;
    if (readings(t.text).some(([, f]) => l.orgTriggers.has(f)) && !inList(l.roleWords, t.text)) break;
    if (inList(l.roleWords, t.text) || isNisba(t.text) || inList(l.perTitles, t.text) || inList(l.orgTriggers, t.text)) {
      k++;
      steps++;
      continue;
    }
    // a place named with a compass adjective (حاكمة سامار الشرقي): a place, then the name
    const cx = toks[k + 1];
    if (cx && cx.ar && cx.glued && l.compass.has(cx.text) && nameWord(t.text, true)) {
      push(ctx, k, 0, k + 1, 'LOC', { via: 'lt' });
      k += 2;
      steps++;
      continue;
    }
    // the complement of the title (وزير الرياضة، قاضي المقاطعة، باسم الشرطة) when a name follows
    // it; a title right before a name with the article (الرئيس الأسد) keeps that name
    const nx = toks[k + 1];
    if (/^\u0627\u0644\S{2,}/.test(t.text) && nx && nx.ar && nx.glued && !inList(l.stop, t.text) && (nameWord(nx.text, true) || l.givenNames.has(nx.text))) {
      k++;
      steps++;
      continue;
    }
    break;
  }
  return k;
}

/**
 * The rule of a place after a strong place word (locTriggersStrong: محافظة مسندم, مستشفى البصرة):
 * its names extend the tagger's spans and pass without its gate (the model file's gateExempt).
 * Other place words propose names through the gate ('lt').
 */
const PLACE_STRONG = 'lc';

function strongVia(w: string, trigOff: number): string {
  return readings(w).some(([o, f]) => o === trigOff && L().locStrong.has(f)) ? PLACE_STRONG : 'lt';
}

/**
 * After the name of a place with an included cue word (مستشفى السادات), the adjectives that end
 * it: definite relational adjectives (الجامعي، التعليمي، الرئيسي) and a few others (العام،
 * السريع); at most three. Returns the index of the last word of the name.
 */
function placeAdjectivesAfter(ctx: Ctx, j: number): number {
  const toks = ctx.toks;
  const l = L();
  for (let k = j + 1; k < toks.length && k <= j + 3; k++) {
    const t = toks[k]!;
    if (!t.ar || !t.glued) break;
    const w = t.text;
    const adj = l.placeAdjectives.has(w) || (/^\u0627\u0644\S{2,}(?:\u064A|\u064A\u0647)$/.test(w) && !inList(l.stop, w) && !inList(l.roleWords, w));
    if (!adj || gazAt(ctx, k)) break;
    j = k;
  }
  return j;
}

/**
 * A list of places after a plural or dual place word (مدن، مدينتي، ولايات، محافظتي…), maybe
 * after «هي»/«بينها»: «مديريتي جرم ويمكان», «أربع محافظات هي البصرة وذي قار وميسان والمثنى».
 * Items are gazetteer names or one to three name words (the article allowed: والقصرين), joined
 * by و or a comma; at least two items, each emitted as a place. Returns the index after the
 * list, or i when there is none.
 */
function placeList(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const l = L();
  let k = i + 1;
  while (k < toks.length && k <= i + 2 && toks[k]!.ar && toks[k]!.glued && inList(l.listIntro, toks[k]!.text)) k++;
  const items: Array<[number, number, number, GazEntry | null]> = [];
  while (k < toks.length && items.length < 8) {
    let t = toks[k]!;
    if (items.length > 0) {
      // the next item: «و» fused to it, or a comma then the item
      if (t.text === '\u060C' || t.text === ',') {
        k++;
        if (k >= toks.length) break;
        t = toks[k]!;
      } else if (!/^\u0648/.test(t.text)) break;
    }
    if (!t.ar || (items.length === 0 && !t.glued)) break;
    const g = gazAt(ctx, k);
    if (g) {
      if (g.entry.type !== 'LOC') break;
      items.push([k, g.off, k + g.len - 1, g.entry]);
      k += g.len;
      continue;
    }
    const off = items.length > 0 && /^\u0648/.test(t.text) ? 1 : 0;
    const w = t.text.slice(off);
    const bareW = /^\u0627\u0644/.test(w) ? w.slice(2) : w;
    const starter = l.placeStarts.has(w) && k + 1 < toks.length && toks[k + 1]!.ar && toks[k + 1]!.glued && nameWord(toks[k + 1]!.text, false);
    if (!starter && (w.length < 2 || !nameWord(bareW, false) || isNisba(w) || inList(l.locPlural, w))) break;
    let j = starter ? k + 1 : k;
    // foreign names of two or three words (عين قزام، سيدي بوزيد، خيبر بختونخوا)
    while (j + 1 < toks.length && j < k + 2 && toks[j + 1]!.ar && toks[j + 1]!.glued && !/^\u0648/.test(toks[j + 1]!.text) && nameWord(toks[j + 1]!.text, false) && !gazAt(ctx, j + 1) && !inList(l.speech, toks[j + 1]!.text)) j++;
    items.push([k, off, j, null]);
    k = j + 1;
  }
  if (items.length < 2) return i;
  for (const [a, off, b, entry] of items) {
    if (entry) push(ctx, a, off, b, 'LOC', { entry });
    else push(ctx, a, off, b, 'LOC', { via: PLACE_LIST });
  }
  return k;
}

/** «أم» (mother of), «من» (from) and «إلى»/«الى» (to) as they are in the normalised text. */
const UMM = '\u0627\u0645';
const FROM = '\u0645\u0646';
const TO = '\u0627\u0644\u064A';

/**
 * «من روالبندي إلى سكاردو»: a word that may be a name, «إلى», another such word (a gazetteer
 * place may stand on either side); both are places, proposed through the gate. Returns the
 * index after Y, or i.
 */
function fromTo(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  if (i + 3 >= toks.length) return i;
  const x = toks[i + 1]!;
  const to = toks[i + 2]!;
  const y = toks[i + 3]!;
  if (!x.ar || !to.ar || !y.ar || !x.glued || !to.glued || !y.glued || to.text !== TO) return i;
  const gx = gazAt(ctx, i + 1);
  const gy = gazAt(ctx, i + 3);
  const ok = (t: Tok, g: GazMatch | null) => (g ? g.entry.type === 'LOC' && g.len === 1 : nameWord(t.text, true) && !isNisba(t.text) && !L().givenNames.has(t.text));
  if (!ok(x, gx) || !ok(y, gy)) return i;
  if (gx) emitGaz(ctx, i + 1, gx);
  else push(ctx, i + 1, 0, i + 1, 'LOC', { via: 'lt' });
  if (gy) emitGaz(ctx, i + 3, gy);
  else push(ctx, i + 3, 0, i + 3, 'LOC', { via: 'lt' });
  return i + 4;
}

/** Prepositions of place (في، إلى، قرب…) before which a word outside the dictionary is proposed as a place. */
const PLACE_PREPS = new Set(['\u0641\u064A', '\u0625\u0644\u0649', '\u0627\u0644\u0649', '\u0627\u0644\u064A', '\u0642\u0631\u0628', '\u0646\u062D\u0648', '\u0628\u0645\u062F\u064A\u0646\u0647']);

/**
 * A place after a preposition of place (session 6): «في مومباسا»، «إلى كيسومو» — one word that is
 * no ordinary Arabic word (the dictionary of ar-words.json knows neither it nor its stem), no
 * given name and may be a name; proposed as a place and left to the tagger's gate (rule `lt`).
 * Returns the index after the place, or i.
 */
function placeAfterPrep(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const n = toks[i + 1];
  if (!n || !n.ar || !n.glued || n.text.length < 3 || !PLACE_PREPS.has(toks[i]!.text)) return i;
  const w = n.text;
  if (gazAt(ctx, i + 1) || !nameWordTok(n, true) || L().givenNames.has(w) || !ordinaryWords() || ordinaryAsWritten(w)) return i;
  push(ctx, i + 1, 0, i + 1, 'LOC', { via: 'lt' });
  return i + 2;
}

/** A common word that starts a place name (أم، عين، ذي…) at k, before a name word. */
function placeStarter(ctx: Ctx, k: number): boolean {
  const toks = ctx.toks;
  const t = toks[k];
  const n = toks[k + 1];
  return t !== undefined && n !== undefined && t.ar && n.ar && n.glued && L().placeStarts.has(t.text) && nameWord(n.text, false) && !gazAt(ctx, k + 1);
}

/** The rule of places listed after a plural place word; see placeList(). */
const PLACE_LIST = 'lt';


function emitGaz(ctx: Ctx, i: number, g: { off: number; len: number; entry: GazEntry }): number {
  push(ctx, i, g.off, i + g.len - 1, g.entry.type, { entry: g.entry });
  return g.len;
}

const QUOTE = new Set(['"', '\u00AB', '\u00BB', "'"]);

/** An organisation name after its trigger: a quoted name, or trigger + following words. */
function orgAfterTrigger(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const l = L();
  const next = toks[i + 1];
  if (!next) return i;
  if (QUOTE.has(next.text)) {
    // مؤسسة "فرانس ليبرته": the quoted words are the name
    let k = i + 2;
    while (k < toks.length && k < i + 8 && toks[k]!.ar) k++;
    if (k > i + 2 && k < toks.length && QUOTE.has(toks[k]!.text)) {
      const inner = toks.slice(i + 2, k).map((t) => t.text).join(' ');
      push(ctx, i + 2, 0, k - 1, 'ORG', { via: 'q' }, inner);
      return k;
    }
    return i;
  }
  if (!next.ar || !next.glued) return i;
  // «الوزارة» + an indefinite word is the body mentioned again, then something else (الوزارة حاتم
  // العزة: its spokesman): a name after a definite trigger starts definite (المنظمة الدولية)
  if (/^(?:[\u0648\u0641]?(?:\u0627\u0644|\u0644\u0644|[\u0628\u0643]\u0627\u0644))/.test(toks[i]!.text) && !/^(?:[\u0648\u0641]?(?:\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644]\u0627\u0644))/.test(next.text) && !gazAt(ctx, i + 1)) return i;
  // trigger + up to four words: nouns and adjectives, also with the article
  let j = i;
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    const t = toks[k]!;
    if (!t.ar || !t.glued) break;
    const w = t.text;
    if (inList(l.stop, w) || inList(l.speech, w) || inList(l.perTitles, w) && k > i + 1) break;
    if (/^[\u0648]/.test(w) && k > i + 1 && !/^\u0648\u0627\u0644/.test(w)) break;
    // past the first word, names go on with definite words (لجنة التنمية السياسية), not verbs;
    // also «لـ» + a noun before a definite word (المرصد السوري لحقوق الإنسان، لكرة القدم)
    const nx = toks[k + 1];
    const forDefinite = /^\u0644[^\u0644]/.test(w) && w.length > 3 && nx !== undefined && nx.ar && nx.glued && /^\u0627\u0644/.test(nx.text) && !inList(l.stop, w);
    if (k > i + 1 && !forDefinite && !/^(?:\u0627\u0644|\u0644\u0644|\u0648\u0627\u0644)/.test(w) && !gazAt(ctx, k)) break;
    // a prepositional phrase or a place trigger ends the name: جماعة إيغيل | بإقليم الحوز
    if (k > i + 1 && (/^\u0628/.test(w) || l.locTriggers.has(bare(w)))) break;
    if (w === '\u0627\u0644\u062A\u0627\u0628\u0639' || w === '\u0627\u0644\u062A\u0627\u0628\u0639\u0647') break; // التابع(ة)
    j = k;
    const g = gazAt(ctx, k);
    if (g) {
      j = k + g.len - 1;
      break;
    }
  }
  if (j === i) return i;
  const first = toks[i]!;
  const readingsOf = readings(first.text);
  // the trigger itself may carry و or a preposition
  let off = 0;
  for (const [o, f] of readingsOf) if (l.orgTriggers.has(f)) off = o;
  // a preposition before the trigger stays in the span, as with the article (لوزارة العدل like
  // للمنظمة الدولية); only و/ف are left out
  if (off > 0) off = /^[\u0648\u0641]/.test(first.text) && first.text.length > 3 && readingsOf.some(([o, f]) => o === 1 && f === first.text.slice(1)) ? 1 : 0;
  // trigger + a name the gazetteer knows (حركة حماس): the name alone, as the corpora annotate it
  const g = gazAt(ctx, i + 1);
  if (g && g.entry.type === 'ORG' && i + g.len === j) return i + 1;
  // a government body of the gazetteer's lexicon (وزارة الصحة) is named whole, like longer names
  const body = j - i < 2 && lookupArabic(toks.slice(i, j + 1).map((t) => t.text).join(' '))?.kind === 'body';
  push(ctx, i, off, j, 'ORG', { via: j - i >= 2 || body ? 'ot' : 'o2' });
  return j + 1;
}

const DEFINITE = /^(?:[\u0648\u0641]?(?:[\u0628\u0643]?\u0627\u0644|\u0644\u0644))/;

/**
 * An organisation named by translated words only (session 6): a head noun of gazetteer.json
 * `orgWords` (شرطة، الجيش، النيابة، الدرك، مديرية…) or an institution pair (الدفاع المدني، الوقاية
 * المدنية), then definite words that are organisation words, country adjectives or known places —
 * the adjectives agreeing after it (الشرطة الوطنية، الجيش الباكستاني) or the genitive of the
 * construct state (شرطة الشارقة، محكمة الاستئناف، مديرية الأمن العام), also «لـ» + a word before a
 * definite one (الإدارة العامة للمرور). Keyed by its concepts (key.ts `conceptKey`), the same as
 * the English name ("Pakistani army", "Sharjah Police"). Nothing when the name goes on with a
 * definite word the lexicon does not know (لجنة التنمية السياسية: the trigger rule reads it).
 * Returns the index after the name, or i.
 */
function conceptOrg(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const t0 = toks[i]!;
  const rec = t0.rec;
  const c0 = rec ? (rec.oc0 === undefined ? (rec.oc0 = arabicOrgConcepts(t0.text, true) ?? null) : rec.oc0) ?? undefined : arabicOrgConcepts(t0.text, true);
  if (!c0) return i;
  const ow = orgWords();
  const l = L();
  let j = i;
  const concepts: string[] = [...c0];
  for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
    const t = toks[k]!;
    if (!t.ar || !t.glued) break;
    const w = t.text;
    const nx = toks[k + 1];
    const forDefinite = /^\u0644[^\u0644]/.test(w) && w.length > 3 && nx !== undefined && nx.ar && nx.glued && /^\u0627\u0644/.test(nx.text);
    // a construct chain: an indefinite noun before a definite one (وزارة إدارة الكوارث، إدارة
    // حالات الطوارئ); a place named without the article (شرطة عمان السلطانية)
    const chain = !DEFINITE.test(w) && !forDefinite && nx !== undefined && nx.ar && nx.glued && arabicOrgConcepts(w, false) !== undefined && arabicOrgConcepts(nx.text, false) !== undefined;
    const place = !DEFINITE.test(w) && !forDefinite && !chain && gazAt(ctx, k)?.entry.type === 'LOC' && gazAt(ctx, k)!.len === 1;
    if (!DEFINITE.test(w) && !forDefinite && !chain && !place) {
      // «لـ» + a name goes on with the name (اللجنة الانتخابية لريال مدريد): the trigger rule reads it
      if (/^\u0644/.test(w) && !arabicOrgConcepts(w, false)) return i;
      break;
    }
    let cs = arabicOrgConcepts(w, false);
    if (!cs) {
      const c = countryOf(w, true);
      if (c) cs = [c];
    }
    if (!cs) {
      // an adjective or «لـ» + a word the lexicon does not know goes on with the name (لجنة
      // التنمية السياسية، اللجنة الانتخابية لنادي X):
      // leave it to the other rules; a noun starts the next phrase (أوقف الدرك الملكي السائق)
      if ((isNisba(w) || /^\u0644/.test(w)) && !inList(l.stop, w)) return i;
      break;
    }
    // «و» + another head noun is a second body (الحكومة والبرلمان)
    if (/^\u0648/.test(w) && cs.some((c) => ow.heads.has(c))) break;
    concepts.push(...cs);
    j = k;
  }
  if (j === i) return i;
  const first = toks[i + 1]!.text;
  const c1 = arabicOrgConcepts(first, false) ?? [];
  const institution = c0.some((x) => c1.some((y) => ow.institutions.has(x < y ? `${x}.${y}` : `${y}.${x}`)));
  if (!institution) {
    if (!c0.some((c) => ow.ruleHeads.has(c))) return i;
    // the head needs a modifier of its own: not only national/central…, another head or a
    // country («الحكومة اللبنانية» is no name in the corpora), except police, navy… of a place
    const mods = concepts.slice(c0.length);
    const own = mods.some((c) => !c.startsWith('loc:') && !ow.plainModifiers.has(c) && !ow.heads.has(c));
    const placed = c0.some((c) => ow.placeHeads.has(c)) && mods.some((c) => c.startsWith('loc:'));
    if (!own && !placed) return i;
  }
  const name = toks.slice(i, j + 1).map((t) => t.text).join(' ');
  if (!conceptKey(name, 'ORG')) return i;
  // و/ف before the first word stays out of the span; a preposition stays in (لوزارة العدل)
  const w0 = t0.text;
  const off = /^[\u0648\u0641]/.test(w0) && w0.length > 3 && !ow.ar.has(orgWordArabic(w0)) && !ow.firstAr.has(orgWordArabic(w0)) && arabicOrgConcepts(w0.slice(1), true) ? 1 : 0;
  push(ctx, i, off, j, 'ORG', { via: 'ot' });
  return j + 1;
}

/**
 * A dateline at the start of a line: one to three name words, then «-», «/» or «(», then a news
 * agency or a country the gazetteer knows, or the end of a short line («كمبالا (أ ف ب) -»،
 * «أكرا / الأناضول»، «لكناو (الهند) -»). Returns the index after the place, or 0.
 */
function dateline(ctx: Ctx): number {
  const toks = ctx.toks;
  let j = -1;
  for (let k = 0; k < 3 && k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.ar || (k > 0 && !t.glued) || gazAt(ctx, k) || !nameWordTok(t, k === 0)) break;
    j = k;
  }
  const sep = toks[j + 1];
  if (j < 0 || !sep || !DATELINE_SEP.has(sep.text)) return 0;
  let k = j + 2;
  if (k < toks.length && toks[k]!.text === '(') k++;
  const g = k < toks.length ? gazAt(ctx, k) : null;
  if (!g && toks.length > j + 8) return 0;
  push(ctx, 0, 0, j, 'LOC', { via: 'lt' });
  return j + 1;
}

const DATELINE_SEP = new Set(['-', '/', '(', '\u2013', '\u2014']);

function processLine(ctx: Ctx): void {
  const toks = ctx.toks;
  const l = L();
  let i = dateline(ctx);
  while (i < toks.length) {
    const t = toks[i]!;
    if (!t.ar) {
      i++;
      continue;
    }
    const g = gazAt(ctx, i);
    if (g) {
      // a known organisation and its country (الهلال الأحمر الموريتاني, Mauritanian Red
      // Crescent): a body of its own, keyed by its words (key.ts conceptKey), not as the whole
      const nt = toks[i + g.len];
      if (g.entry.type === 'ORG' && g.entry.kind !== 'body' && nt && nt.ar && nt.glued && /^\u0627\u0644\S+\u064A\u0647?$/.test(nt.text) && !gazAt(ctx, i + g.len) && countryOf(nt.text, true)) {
        push(ctx, i, g.off, i + g.len, 'ORG', { via: 'gc' });
        i += g.len + 1;
        continue;
      }
      i += emitGaz(ctx, i, g);
      continue;
    }
    const w = t.text;
    const b = bare(w);
    // Organisations named by translated words only (الدفاع المدني، الشرطة الأوغندية)
    {
      const next = conceptOrg(ctx, i);
      if (next > i) {
        i = next;
        continue;
      }
    }
    // Organisations: trigger + name
    const rec = t.rec!;
    const trig = rec.trig || (rec.trig = triggerBitsOf(w));
    if (trig & TRIG_ORG) {
      const next = orgAfterTrigger(ctx, i);
      if (next > i) {
        i = next;
        continue;
      }
    }
    // Places named in a list after a plural or dual trigger (مدينتي تمنراست وعين قزام)
    if (trig & TRIG_LOC_PLURAL) {
      const next = placeList(ctx, i);
      if (next > i) {
        i = next;
        continue;
      }
    }
    // A word outside the dictionary after a preposition of place (في مومباسا)
    {
      const next = placeAfterPrep(ctx, i);
      if (next > i) {
        i = next;
        continue;
      }
    }
    // Places of a journey: «من X إلى Y» with one-word names on both sides
    if (w === FROM) {
      const next = fromTo(ctx, i);
      if (next > i) {
        i = next;
        continue;
      }
    }
    // Places: trigger + name (the trigger is not part of the name), or trigger included (مخيم);
    // the trigger may carry و/ف and a preposition (بإقليم)
    const locTrig = (trig & TRIG_LOC) !== 0;
    const locIncl = (trig & TRIG_LOC_INCL) !== 0;
    const trigOff = trig >>> TRIG_OFF_SHIFT;
    if ((locTrig || locIncl) && i + 1 < toks.length && toks[i + 1]!.ar && toks[i + 1]!.glued) {
      const nameFrom = toks[i + 1]!.start;
      const g2 = gazAt(ctx, i + 1);
      if (g2) {
        if (locIncl) {
          // a facility named after a known place (مستشفى البصرة التعليمي) is its own place
          const j = placeAdjectivesAfter(ctx, i + g2.len);
          push(ctx, i, trigOff, j, 'LOC', { via: strongVia(w, trigOff), nameFrom });
          i = j + 1;
        } else {
          emitGaz(ctx, i + 1, g2);
          i += 1 + g2.len;
        }
        continue;
      }
      const nw = toks[i + 1]!.text;
      // a definite relational adjective right after the trigger is its name (إقليم اليوسفية):
      // an adjective of the trigger itself would be indefinite like it (منطقة حدودية)
      const okFirst = (nameWord(nw, false) && !isNisba(nw)) || (/^\u0627\u0644/.test(nw) && isNisba(nw) && nameWord(nw.slice(2), false));
      // a place name that starts with a common word (مدينة أم روابة، قرية عين قزام)
      const starter = !okFirst && placeStarter(ctx, i + 1);
      if (okFirst || starter) {
        let j = starter ? i + 2 : i + 1;
        // foreign multi-word names (ماني أون فيكسين) have no article; Arabic ones are one word
        while (!/^\u0627\u0644/.test(nw) && j + 1 < toks.length && j < i + 3 && toks[j + 1]!.ar && toks[j + 1]!.glued && nameWord(toks[j + 1]!.text, false) && !gazAt(ctx, j + 1)) j++;
        if (locIncl) {
          // a known place after the first word (مستشفى كلية دكا): part of the facility's name
          const g4 = j + 1 < toks.length && toks[j + 1]!.glued ? gazAt(ctx, j + 1) : null;
          if (g4 && g4.entry.type === 'LOC' && g4.off === 0 && j === i + 1) j += g4.len;
          j = placeAdjectivesAfter(ctx, j);
        }
        // a compass adjective is part of the name (إقليم سامار الشرقي, Eastern Samar)
        if (!locIncl && j + 1 < toks.length && toks[j + 1]!.glued && l.compass.has(toks[j + 1]!.text)) j++;
        if (locIncl) push(ctx, i, trigOff, j, 'LOC', { via: strongVia(w, trigOff), nameFrom });
        else push(ctx, i + 1, 0, j, 'LOC', { via: strongVia(w, trigOff) });
        i = j + 1;
        continue;
      }
    }
    // Persons: title (+ descriptors) + name, or speech verb + name
    const isTitle = (trig & TRIG_TITLE) !== 0;
    const isSpeech = (trig & TRIG_SPEECH) !== 0;
    if (isTitle || isSpeech) {
      // "المتحدث باسم X": X is an organisation, the person is not named
      let k = isTitle ? skipDescriptors(ctx, i + 1) : i + 1;
      // titles of places and bodies: رئيس بلدية X, رئيس مؤسسة X
      if (k < toks.length && toks[k]!.ar && !gazAt(ctx, k)) {
        const kw = toks[k]!.text;
        if (readings(kw).some(([, f]) => l.locTriggers.has(f) || l.orgTriggers.has(f))) {
          i = k;
          continue;
        }
        // an organisation named by translated words (قالت إدارة الكوارث والطوارئ), not a person
        if (arabicOrgConcepts(kw, true)) {
          const c = conceptOrg(ctx, k);
          if (c > k) {
            i = c;
            continue;
          }
        }
      }
      if (k < toks.length) {
        const g3 = gazAt(ctx, k);
        if (g3) {
          i = k;
          continue;
        }
        const j = nameRun(ctx, k, 4);
        if (j >= k) {
          // one unknown word after a speech verb is too weak (قال مصدر…), unless a title follows
          const after = toks[j + 1];
          const titled = after !== undefined && after.ar && inList(l.perTitles, after.text);
          if (isTitle || j > k || titled || l.givenNames.has(toks[k]!.text)) {
            push(ctx, k, 0, j, 'PER', { via: 'ts' });
            i = j + 1;
            continue;
          }
        }
      }
      i = Math.max(i + 1, k);
      continue;
    }
    // Known given names start a person's name
    if (l.givenNames.has(w) || (b !== w && l.givenNames.has(b))) {
      const off = l.givenNames.has(w) ? 0 : w.length - b.length;
      // «أم خالد», «أم علي»: a woman named after her son
      const umm = off === 0 && i > 0 && t.glued && toks[i - 1]!.text === UMM && ctx.cands[ctx.cands.length - 1]?.end !== toks[i - 1]!.end;

      const j = nameRun(ctx, i + 1, 3, true);
      const end = Math.max(i, j);
      // على and علي fold alike: the original letter tells the preposition from the name
      const orig = ctx.original.slice(ctx.startMap[t.start]!, ctx.endMap[t.end - 1]!);
      const homograph = l.stop.has(b) || l.nameConnectors.has(b) || /\u0649$/.test(orig);
      if (end > i || !homograph) {
        if (!(homograph && end === i) && !/\u0649$/.test(orig)) {
          if (umm) push(ctx, i - 1, 0, end, 'PER', { via: 'gn' });
          else push(ctx, i, off, end, 'PER', { via: 'gn' });
          i = end + 1;
          continue;
        }
      }
    }
    // A name in apposition: unknown words right before a person title (ووكلور عضوة في…),
    // after a verb or at the start of a clause.
    if (nameWordTok(t, true) && i > 0) {
      const j = nameRun(ctx, i, 3);
      const after = toks[j + 1];
      const prev = toks[i - 1]!;
      if (j >= i && after && after.ar && after.glued && inList(l.perTitles, after.text) && (!prev.ar || /^[\u0648\u0641]/.test(prev.text) || l.speech.has(bare(prev.text)))) {
        push(ctx, i, 0, j, 'PER', { via: 'ap' });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
}

/**
 * The rule tagger's candidates (normalised coordinates, unsorted, may overlap), line by line.
 * `all`: the tokens of the whole text (`tokenize(norm, 0, norm.length)`). No token crosses a
 * line break, and a line's first token is never `glued` (a line break lies before it), so a
 * line's tokens are the same as tokenizing the line alone.
 */
export function ruleCandidates(t: NormalizedText, all: readonly Tok[] = tokenize(t.norm, 0, t.norm.length)): Candidate[] {
  const cands: Candidate[] = [];
  for (const line of tokenLines(t.norm, all)) {
    const ctx: Ctx = { toks: all.slice(line.from, line.to), cands, original: t.original, startMap: t.startMap, endMap: t.endMap };
    const from = cands.length;
    processLine(ctx);
    coordinatedPlaces(ctx, from);
    personAfterTitledBody(ctx, from);
    bracketedAbbreviations(ctx, from);
  }
  return cands;
}

/**
 * Places joined by «و» to a place the rules found (session 6): «زبيد وباجل»، «البصرة وذي قار
 * وميسان»، «دهوك وسميل» — a word «و» + X right after the place, where X is no ordinary Arabic
 * word (ar-words.json), no given name and may be a name, or X is a place the gazetteer knows;
 * then the same after it. Proposed as places and left to the tagger's gate (rule `lt`); the «و»
 * stays out of the span. `from`: the first candidate of this line.
 */
function coordinatedPlaces(ctx: Ctx, from: number): void {
  const toks = ctx.toks;
  const n = ctx.cands.length;
  if (n === from || !ordinaryWords()) return;
  const l = L();
  for (let c = from; c < n; c++) {
    const cand = ctx.cands[c]!;
    if (cand.type !== 'LOC') continue;
    // the token ending the place (tokens are sorted and disjoint): binary search
    const lo = lowerBound(toks, cand.end, (t) => t.end);
    let k: number | undefined = lo < toks.length && toks[lo]!.end === cand.end ? lo : undefined;
    while (k !== undefined && k + 1 < toks.length) {
      const t = toks[k + 1]!;
      if (!t.ar || !t.glued || t.text.length < 4 || t.text[0] !== '\u0648') break;
      const x = t.text.slice(1);
      if (gazAt(ctx, k + 1)) break; // the gazetteer rule already read it
      if (!nameWord(x, true) || l.givenNames.has(x) || ordinaryAsWritten(x)) break;
      push(ctx, k + 1, 1, k + 1, 'LOC', { via: 'lt' });
      k++;
    }
  }
}

/**
 * A person named after the body or place of their title: «المتحدث باسم وزارة الصحة في صنعاء
 * أنيس الأصبحي», «مديرة منظمة العفو الدولية في كينيا وانجيرو كاماو». The title stands at most
 * three words before an organisation or place the rules found; after it (and «في» + a place)
 * come two or more name words, or a given name. `from`: the first candidate of this line.
 */
function personAfterTitledBody(ctx: Ctx, from: number): void {
  const toks = ctx.toks;
  const l = L();
  const n = ctx.cands.length;
  if (n === from) return;
  // the token holding a position (tokens are sorted and disjoint): binary search, no per-line maps
  const tokIndex = (pos: number): number => {
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = toks[mid]!;
      if (t.end <= pos) lo = mid + 1;
      else if (t.start > pos) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  let starts: Map<number, Candidate> | null = null;
  for (let c = from; c < n; c++) {
    const cand = ctx.cands[c]!;
    if (cand.type === 'PER') continue;
    const a = tokIndex(cand.start);
    let b = tokIndex(cand.end - 1);
    if (a < 0 || b < 0) continue;
    let titled = false;
    for (let p = a - 1; p >= 0 && p >= a - 3; p--) {
      const t = toks[p]!;
      if (!t.ar || !toks[p + 1]!.glued) break;
      if (inList(l.perTitles, t.text)) {
        titled = true;
        break;
      }
    }
    if (!titled) continue;
    if (!starts) {
      starts = new Map();
      for (let c2 = from; c2 < n; c2++) starts.set(ctx.cands[c2]!.start, ctx.cands[c2]!);
    }
    let k = b + 1;
    // «في» + a place the rules found
    if (k + 1 < toks.length && toks[k]!.text === '\u0641\u064A' && toks[k]!.glued) {
      const loc = starts.get(toks[k + 1]!.start);
      const e = loc && loc.type === 'LOC' ? tokIndex(loc.end - 1) : -1;
      if (e >= 0) {
        b = e;
        k = e + 1;
      }
    }
    if (k >= toks.length || !toks[k]!.ar || !toks[k]!.glued || starts.has(toks[k]!.start) || gazAt(ctx, k)) continue;
    const j2 = nameRun(ctx, k, 4);
    if (j2 > k || (j2 === k && l.givenNames.has(toks[k]!.text))) push(ctx, k, 0, j2, 'PER', { via: 'ts' });
  }
}

/**
 * An abbreviation in brackets right after an organisation's name («وكالة الأنباء السعودية (واس)»,
 * «… (و.م.ع)»): an acronym of that name (link.ts gives it the name's key, here and further on).
 * `from`: the first candidate of this line.
 */
function bracketedAbbreviations(ctx: Ctx, from: number): void {
  const toks = ctx.toks;
  const orgEnds = new Set<number>();
  for (let k = from; k < ctx.cands.length; k++) if (ctx.cands[k]!.type === 'ORG') orgEnds.add(ctx.cands[k]!.end);
  if (orgEnds.size === 0) return;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k]!.text !== '(' || !orgEnds.has(toks[k - 1]!.end)) continue;
    // one word, or letters and dots (و.م.ع), then the closing bracket
    let m = k + 1;
    while (m < toks.length && m < k + 8 && (toks[m]!.ar || toks[m]!.text === '.') && (m === k + 1 || toks[m]!.glued)) m++;
    if (m >= toks.length || toks[m]!.text !== ')' || m === k + 1) continue;
    const words = toks.slice(k + 1, m).filter((t) => t.ar);
    if (words.length > 1 && words.some((t) => t.text.length > 1)) continue;
    push(ctx, k + 1, 0, m - 1, 'ORG', { acronym: true, via: 'ac' });
  }
}

/** Ordinary Arabic words (ar-words.json, scripts/gen-ar-words.mjs): read on first use, null when absent. */
let arWords: WordSet | null | undefined;

function ordinaryWords(): WordSet | null {
  if (arWords === undefined) {
    arWords = null;
    const here = path.dirname(fileURLToPath(import.meta.url));
    for (const p of [path.join(here, 'ar-words.json'), path.join(here, '..', '..', '..', 'src', 'lang', 'ar', 'ar-words.json')]) {
      if (!fs.existsSync(p)) continue;
      arWords = packedWordSet((JSON.parse(fs.readFileSync(p, 'utf8')) as { words: string }).words);
      break;
    }
  }
  return arWords;
}

/** Suffixes (folded: ة is ه) cut off to find a dictionary entry: plurals, duals, pronouns. */
const DICT_SUFFIXES = ['\u0627\u062A', '\u0648\u0646', '\u064A\u0646', '\u0627\u0646', '\u0647\u0627', '\u0647\u0645', '\u0647\u0645\u0627', '\u0643\u0645', '\u0646\u0627', '\u0647', '\u064A', '\u0643', '\u0648\u0627', '\u062A', '\u0627'];

/**
 * Flag of the dictionary look-up: 'D' the word or a reading without clitics / article is an
 * entry, 'd' only once a suffix is cut off (منظمات → منظمه), '' none (unknown: often a foreign name).
 */
function dictFlag(w: string): string {
  const cands: string[] = [];
  for (const [, r] of readings(w)) {
    cands.push(r);
    if (r.startsWith('\u0627\u0644') && r.length > 4) cands.push(r.slice(2));
  }
  return dictFlagOf(cands);
}

/**
 * Is this word, as written (no proclitic cut off: باجل is no ب + أجل), an ordinary Arabic word
 * of ar-words.json, also without the article or a suffix? For the place rules of session 6.
 */
function ordinaryAsWritten(w: string): boolean {
  return dictFlagOf(w.startsWith('\u0627\u0644') && w.length > 4 ? [w, w.slice(2)] : [w]) !== '';
}

/** Is this word, as written, an entry of ar-words.json itself or once its article is cut off (no suffix cut)? */
function dictEntryAsWritten(w: string): boolean {
  const set = ordinaryWords();
  return set !== null && (set.has(w) || (w.startsWith('\u0627\u0644') && w.length > 4 && set.has(w.slice(2))));
}

function dictFlagOf(cands: readonly string[]): string {
  const set = ordinaryWords();
  if (!set) return '';
  for (const r of cands) if (set.has(r)) return 'D';
  for (const r of cands) {
    for (const sfx of DICT_SUFFIXES) {
      if (r.length - sfx.length < 2 || !r.endsWith(sfx)) continue;
      const stem = r.slice(0, r.length - sfx.length);
      // the feminine ending is written ت before a suffix (سيارتها → سياره)
      if (set.has(stem) || set.has(stem + '\u0647') || (stem.endsWith('\u062A') && set.has(stem.slice(0, -1) + '\u0647'))) return 'd';
    }
  }
  return '';
}

/**
 * Letter-shape features of a word's stem (the last form without clitics and article): its letter
 * trigrams and 4-grams with edge marks. Transliterations have letter clusters that Arabic patterns
 * lack (تش، غو، يو، سكي، فيتش…); the perceptron weighs them (issue 7, third Arabic round, CV5 over
 * three seeds: trigrams +0.7 over the dictionary flag alone, 4-grams with the other two changes of
 * that round +0.7 more; a consonant / long-vowel pattern feature added nothing).
 */
function shapeFeatures(w: string, forms: readonly string[]): string[] {
  const stem = forms.length ? forms[forms.length - 1]! : w;
  // one list per stem, shared by the words with that stem (the tagger sums a list once)
  let f = shapeCache.get(stem);
  if (f) return f;
  if (shapeCache.size >= CACHE_MAX) shapeCache = new Map();
  shapeCache.set(stem, (f = shapeFeaturesOf(stem)));
  return f;
}

/** shapeFeatures per stem, kept across documents (read-only lists); bounded, started afresh when full. */
let shapeCache = new Map<string, string[]>();

function shapeFeaturesOf(stem: string): string[] {
  const x = '^' + stem + '$';
  const f: string[] = [];
  for (let k = 0; k + 3 <= x.length; k++) f.push('g3=' + x.slice(k, k + 3));
  for (let k = 0; k + 4 <= x.length; k++) f.push('g4=' + x.slice(k, k + 4));
  return f;
}

function lexFlags(w: string): string {
  const l = L();
  let f = '';
  if (inList(l.stop, w)) f += 'S';
  if (inList(l.common, w)) f += 'C';
  if (inList(l.speech, w)) f += 'V';
  if (inList(l.perTitles, w)) f += 'T';
  if (inList(l.roleWords, w)) f += 'R';
  if (inList(l.orgTriggers, w)) f += 'O';
  if (inList(l.locTriggers, w) || inList(l.locIncluded, w)) f += 'L';
  if (inList(l.givenNames, w)) f += 'G';
  if (l.nameConnectors.has(w)) f += 'P';
  if (l.notNames.has(w)) f += 'N';
  f += dictFlag(w);
  if (isNisba(w)) f += /^(?:[\u0648\u0641]?[\u0628\u0643\u0644]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)\S{2,}\u064A$/.test(w) ? 'JM' : 'J';
  return f;
}

/** The word without و/ف, a preposition and the article: candidate stems for features. */
function stems(w: string): string[] {
  const out: string[] = [];
  let s = bare(w);
  if (s !== w) out.push(s);
  if (s.startsWith('\u0644\u0644') && s.length > 4) s = s.slice(2);
  else if ((s[0] === '\u0628' || s[0] === '\u0643' || s[0] === '\u0644') && s.length > 3 && s.slice(1).startsWith('\u0627\u0644')) s = s.slice(1);
  if (s.startsWith('\u0627\u0644') && s.length > 4) s = s.slice(2);
  if (s !== w) out.push(s);
  return out;
}

/**
 * Lexicon flags and stems per word are kept across documents in the word's `WordRec` (a corpus
 * repeats its words). The stem lists are shared by the tokens: never modified. CACHE_MAX bounds
 * the shape lists.
 */
const CACHE_MAX = 200_000;

/** Tokens after which the next one starts a sentence or clause: . ! ? : " ؟ (char codes). */
const INITIAL_AFTER = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x22, 0x61f]);

/** Tokens for the statistical tagger, with lexicon flags and the rule tagger's tags. */
export function modelTokens(t: NormalizedText, rule: Candidate[], raw: readonly Tok[] = tokenize(t.norm, 0, t.norm.length)): ModelTok[] {
  const norm = t.norm;
  const toks: ModelTok[] = [];
  let prevEnd = 0;
  let prevText = '';
  for (const r of raw) {
    // first token, or after . ! ? : " ؟ (a one-character token), or after a line break
    let initial = !toks.length || (prevText.length === 1 && INITIAL_AFTER.has(prevText.charCodeAt(0)));
    for (let k = prevEnd; !initial && k < r.start; k++) if (norm.charCodeAt(k) === 10) initial = true;
    const text = r.text;
    // lexicon flags, stems and shapes per word: kept in the token's WordRec (one per word form)
    const rec = r.rec;
    let lf = rec ? rec.lf : null;
    if (rec && !lf) {
      const st = stems(text);
      lf = rec.lf = [lexFlags(text), st, shapeFeatures(text, st), newFormMemo()];
    }
    // one object shape for every token (forms / feats undefined when absent: the tagger reads them as absent)
    toks.push({
      start: r.start,
      end: r.end,
      text,
      low: r.ar ? text : text.toLowerCase(),
      lex: lf ? lf[0] : '',
      rule: 'O',
      initial,
      forms: lf ? lf[1] : undefined,
      feats: lf && lf[2].length ? lf[2] : undefined,
      memo: lf ? lf[3] : undefined,
    });
    prevEnd = r.end;
    prevText = text;
  }
  ruleTags(toks, rule);
  return toks;
}

/**
 * Session 6 (issue 7, names without a cue word): late rules. Their names are not shown to the
 * tagger (its rule-tag features stay those it was trained with); they only fill gaps the tagger
 * leaves, past its gate (vias in tagger.ts `MERGE.fill`; `LATE_VIAS` are exempt in `combine`):
 * - `da`: the news agency of a dateline — «تونس (وات) -», «عمان 10 آذار (بترا) -», a short line
 *   «نيامي - X Y», «خان يونس 18-5-2025 X- …»; `dl` the dateline's place when its agency is found;
 * - `pa`: a person in commas after a speech verb and the speaker's description — «وقال قائد شرطة
 *   المقاطعة، X Y، إن…»: one to three name words, one of them no ordinary word (ar-words.json) or
 *   a given name, or none of them a dictionary entry as written;
 * - `qn`: a quoted name after a noun that gives its type (عصابة "X"، برج "X"، سجون منها "X" و"Y"),
 *   or (`qm`) a news outlet a speaker talks to («وقال … لـ"X"»);
 * - `pl`: places listed after a place word and «بينها»، «هما»… (مقاطعة، بينها X وY وZ).
 * One pass per line; each rule starts only at its trigger token (a quote, a speech verb, the
 * line's first tokens), so the cost is linear.
 */
export const LATE_VIAS: ReadonlySet<string> = new Set(['da', 'dl', 'pa', 'qn', 'qm', 'pl', 'ps']);
/** Late rules whose cue gives the type: over a tagger span of exactly their words, their ORG type wins. */
const TYPED_LATE: ReadonlySet<string> = new Set(['da', 'qn']);

export function lateCandidates(t: NormalizedText, all: readonly Tok[] = tokenize(t.norm, 0, t.norm.length)): Candidate[] {
  const out: Candidate[] = [];
  const dict = ordinaryWords() !== null;
  for (const line of tokenLines(t.norm, all)) {
    if (line.to - line.from < 3) continue;
    const ctx: Ctx = { toks: all.slice(line.from, line.to), cands: out, original: t.original, startMap: t.startMap, endMap: t.endMap };
    datelineAgency(ctx);
    if (!dict) continue;
    // the quote and comma rules only on lines holding a quote / a comma (one scan of the line)
    let quote = false;
    let comma = false;
    for (let p = line.start; p < line.end && !(quote && comma); p++) {
      const c = t.norm.charCodeAt(p);
      if (c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb) quote = true;
      else if (c === 0x60c || c === 0x2c) comma = true;
    }
    if (quote) quotedNames(ctx);
    if (comma) appositionPersons(ctx);
    speakerBeforeThat(ctx);
    placeListAfterIntro(ctx);
  }
  return out;
}

const DASHES = new Set(['-', '\u2013', '\u2014']);
/** Nouns of a statement before «لـ"X"» (folded): تصريح، تصريحات، حديث. */
const STATEMENT = new Set(['\u062A\u0635\u0631\u064A\u062D', '\u062A\u0635\u0631\u064A\u062D\u0627\u062A', '\u062D\u062F\u064A\u062B']);
const COMMAS = new Set(['\u060C', ',']);
const DIGITS = /^[0-9]+$/;
const LATIN = /^[A-Za-z]+$/;

/** May tokens a..b be a news agency's name (no place the gazetteer knows, no function word, no place word)? */
function agencyName(ctx: Ctx, a: number, b: number): boolean {
  const l = L();
  for (let k = a; k <= b; k++) {
    const t = ctx.toks[k]!;
    if (!t.ar && !LATIN.test(t.text)) return false;
    if (!t.ar) continue;
    const g = gazAt(ctx, k);
    if (g && g.entry.type !== 'ORG') return false;
    if (g && k === a && g.len === b - a + 1) return false; // the gazetteer rule names it
    const w = t.text;
    if (w.length > 1 && (inList(l.stop, w) || inList(l.speech, w) || inList(l.locTriggers, w) || inList(l.locIncluded, w) || inList(l.perTitles, w))) return false;
  }
  return true;
}

function datelineAgency(ctx: Ctx): void {
  const toks = ctx.toks;
  const n = toks.length;
  if (!toks[0]!.ar) return;
  let sawDigit = false;
  for (let k = 1; k < n && k <= 8; k++) {
    const tk = toks[k]!;
    if (tk.text === '(') {
      // «تونس (وات) -», «نواكشوط - (صحراء ميديا) -», «… (وات)» ending the line
      let e = k + 1;
      while (e < n && e <= k + 4 && (toks[e]!.ar || LATIN.test(toks[e]!.text))) e++;
      if (e === k + 1 || e >= n || toks[e]!.text !== ')') return;
      const after = toks[e + 1];
      if (after && !DASHES.has(after.text)) return;
      const g = gazAt(ctx, k + 1);
      const known = g !== null && g.entry.type === 'ORG' && g.len === e - k - 1;
      const agency = !known && agencyName(ctx, k + 1, e - 1);
      if (agency) push(ctx, k + 1, 0, e - 1, 'ORG', { via: 'da' });
      if (known || agency) datelinePlace(ctx);
      return;
    }
    if (tk.ar && sawDigit && k + 1 < n && DASHES.has(toks[k + 1]!.text) && toks[k - 1]!.text.length > 0 && DIGITS.test(toks[k - 1]!.text)) {
      // «خان يونس 18-5-2025 وفا- استشهد»: one word between the date and the dash
      if (agencyName(ctx, k, k)) {
        push(ctx, k, 0, k, 'ORG', { via: 'da' });
        datelinePlace(ctx);
      }
      return;
    }
    if (DIGITS.test(tk.text)) sawDigit = true;
    else if (DASHES.has(tk.text) && !sawDigit && n <= k + 4) {
      // a line of its own: «نيامي - العربي الجديد», «فاس - و م ع»; the agency may come first
      // (X - السويداء): the place before the dash must be one the gazetteer knows, or the
      // agency an abbreviation of single letters
      const g = gazAt(ctx, 0);
      const placeFirst = (g !== null && g.entry.type === 'LOC' && g.len === k) || toks.slice(k + 1).some((x) => x.ar && x.text.length === 1);
      if (placeFirst && k + 1 < n && agencyName(ctx, k + 1, n - 1)) push(ctx, k + 1, 0, n - 1, 'ORG', { via: 'da' });
      return;
    } else if (!tk.ar && !DASHES.has(tk.text) && tk.text !== '/') return;
  }
}

/**
 * The place of a dateline whose agency was found (`dl`): the one to four words opening the line
 * before the date, bracket or dash («بور أو برنس (أ ف ب) -», «كمبالا (أ ف ب) -»), unless the
 * gazetteer names them (its rule did) or one is a function word other than a name particle.
 */
function datelinePlace(ctx: Ctx): void {
  const toks = ctx.toks;
  const l = L();
  let p = 0;
  while (p < toks.length && p < 5 && toks[p]!.ar) p++;
  if (p === 0 || p > 4 || gazAt(ctx, 0)) return;
  for (let k = 0; k < p; k++) {
    const w = toks[k]!.text;
    if (inList(l.speech, w) || inList(l.perTitles, w) || (k === 0 || k === p - 1 ? inList(l.stop, w) || !nameWord(w, k === 0) : false)) return;
  }
  push(ctx, 0, 0, p - 1, 'LOC', { via: 'dl' });
}

/** Type a quoted name takes from the noun before it (organisation or place words), or null. */
function quoteCueType(w: string): EntityType | null {
  const l = L();
  for (const [, f] of readings(w)) {
    if (l.orgTriggers.has(f) || l.quoteOrg.has(f)) return 'ORG';
    if (l.locTriggers.has(f) || l.locIncluded.has(f) || l.quoteLoc.has(f)) return 'LOC';
  }
  // (session 8) a title or kinship noun right before the quote: «الإمبراطور "X"», «زوجته "X"»
  if (inList(l.perTitles, w) || inList(l.quotePer, w)) return 'PER';
  return null;
}

function quotedNames(ctx: Ctx): void {
  const toks = ctx.toks;
  const n = toks.length;
  const l = L();
  let lastType: EntityType | null = null;
  let lastClose = -3;
  for (let i = 0; i < n; i++) {
    if (!QUOTE.has(toks[i]!.text)) continue;
    // i opens a quotation, the next quote of the line closes it
    let e = i + 1;
    while (e < n && !QUOTE.has(toks[e]!.text)) e++;
    if (e >= n) return;
    const inner = e - i - 1;
    let type: EntityType | null = null;
    let listed = false;
    let via = 'qn';
    if (i > 0 && inner >= 1 && inner <= 5) {
      // an item of a list of quoted names: "عوفر" و"نفحة"
      if (lastType && i === lastClose + 2 && (toks[i - 1]!.text === '\u0648' || COMMAS.has(toks[i - 1]!.text))) {
        type = lastType;
        listed = true;
      }
      // the cue: the nearest word before the quote that gives a type, past definite relational
      // adjectives (القوة البحرية الأوروبية "X") or a list's introduction (سجنا، من بينها "X")
      // «قال … لـ"X"»: told a news outlet (a speech verb or «تصريح» earlier in the line)
      if (!type && toks[i - 1]!.text === '\u0644' && toks[i - 1]!.ar) {
        for (let k = i - 2; k >= 0 && k >= i - 16; k--) {
          const w = toks[k]!.text;
          if (toks[k]!.ar && (l.speech.has(w) || l.speech.has(bare(w)) || STATEMENT.has(bare(w)))) {
            type = 'ORG';
            listed = true; // an outlet's name is often ordinary words (الوسط)
            via = 'qm'; // a person may be told too (لـ"X Y"): fills gaps, never retypes the tagger's span
            break;
          }
        }
      }
      for (let k = i - 1; !type && k >= 0 && k >= i - 5; k--) {
        const t = toks[k]!;
        if (COMMAS.has(t.text)) continue;
        if (!t.ar) break;
        type = quoteCueType(t.text);
        // a definite noun right before a quote is its subject or object, not its name's cue
        // (الموقع "أكبر بكثير", المنطقة "حيدت"): only an indefinite one, or one with adjectives
        // between (القوة البحرية الأوروبية "X")
        if (type && k === i - 1 && DEFINITE.test(t.text) && type !== 'PER') type = null;
        // a person's title or kinship noun only right before the quote, before one to three words
        if (type === 'PER' && (k !== i - 1 || inner > 3)) type = null;
        if (type) break;
        // past relational adjectives only (not nouns: وزارة المعارف "…", فرق الدوري الممتاز "…")
        if (!isNisba(t.text) && !inList(l.listIntro, t.text) && t.text !== FROM) break;
      }
    }
    lastType = null;
    if (type) {
      const first = toks[i + 1]!;
      let ok = first.ar && !inList(l.stop, first.text) && !inList(l.speech, first.text);
      // a name, not a quoted phrase: Arabic words (digits after the first: السويداء 24), no
      // verb of speech or function word (تصرفات دخيلة على القيم; but an organisation named
      // with its trigger may hold one: التحالف من أجل التغيير), and a word that is no ordinary
      // Arabic word (سوق "جميلة", برنامج "نجم الخليج" are left alone) unless listed after one
      const named = type === 'ORG' && (inList(l.orgTriggers, first.text) || (first.text.startsWith('\u0627\u0644') && l.orgTriggers.has(first.text.slice(2))));
      // (no reading as an inflected ordinary word either, or no word a dictionary entry as written:
      // غران رافين, أرغوان)
      let foreign = listed;
      let plain = false;
      for (let k = i + 1; k < e && ok; k++) {
        const tk = toks[k]!;
        const w = tk.text;
        if (!tk.ar) ok = k > i + 1 && DIGITS.test(w);
        else if (inList(l.speech, w) || l.notNames.has(w) || (!named && l.stop.has(w) && !DEFINITE.test(w))) ok = false;
        else {
          if (!foreign && w.length > 2 && !ordinaryAsWritten(w)) foreign = true;
          if (!plain && dictEntryAsWritten(w)) plain = true;
        }
      }
      if (!plain) foreign = true;
      const g = gazAt(ctx, i + 1);
      if (ok && foreign && !(g && g.len === inner)) {
        push(ctx, i + 1, 0, e - 1, type, { via });
        lastType = type;
        lastClose = e;
      }
    }
    i = e;
  }
}

/** Is w a place word, also plural or dual (مقاطعة، مقاطعات، قريتين، مدينتي)? */
function placeWordForm(w: string): boolean {
  const l = L();
  if (inList(l.locPlural, w) || inList(l.locTriggers, w) || inList(l.locStrong, w)) return true;
  // a dual or plural of a place word ending in ة (قريتين → قرية, بلدتان → بلدة)
  const b = bare(w);
  for (const sfx of ['\u064A\u0646', '\u0627\u0646', '\u0627\u062A']) {
    if (b.length > sfx.length + 2 && b.endsWith(sfx)) {
      const stem = b.slice(0, b.length - sfx.length);
      if (stem.endsWith('\u062A') && (l.locTriggers.has(stem.slice(0, -1) + '\u0647') || l.locStrong.has(stem.slice(0, -1) + '\u0647'))) return true;
    }
  }
  return false;
}

/**
 * Places listed after a place word and «بينها»، «منها»، «هي»، «هما» (session 6, late rule `pl`):
 * «شملت 11 مقاطعة، بينها X وY وZ»، «قريتين مجاورتين هما X وY». Two items at least, joined by «و»
 * or commas, each one or two name words that are no dictionary entry as written (ar-words.json)
 * or a place the gazetteer knows (left to the gazetteer rule).
 */
function placeListAfterIntro(ctx: Ctx): void {
  const toks = ctx.toks;
  const n = toks.length;
  const l = L();
  for (let i = 1; i + 2 < n; i++) {
    const t = toks[i]!;
    if (!t.ar || !l.listIntro.has(t.text)) continue;
    let cue = false;
    for (let k = i - 1; k >= 0 && k >= i - 4 && !cue; k--) {
      const x = toks[k]!;
      if (COMMAS.has(x.text) || DIGITS.test(x.text)) continue;
      if (!x.ar) break;
      cue = placeWordForm(x.text);
    }
    if (!cue) continue;
    const items: Array<[number, number, number]> = [];
    let known = 0;
    let k = i + 1;
    while (k < n && items.length + known < 8) {
      let tk = toks[k]!;
      const more = items.length + known > 0;
      if (more && COMMAS.has(tk.text)) {
        k++;
        if (k >= n) break;
        tk = toks[k]!;
      }
      if (!tk.ar || (!more && !tk.glued)) break;
      const off = more && tk.text.length > 3 && tk.text[0] === '\u0648' ? 1 : 0;
      if (more && off === 0 && !COMMAS.has(toks[k - 1]!.text)) break;
      const g = gazAt(ctx, k);
      if (g) {
        if (g.entry.type !== 'LOC') break;
        known++;
        k += g.len;
        continue;
      }
      const w = tk.text.slice(off);
      if (!nameWord(w, true) || isNisba(w) || dictEntryAsWritten(w) || l.givenNames.has(w)) break;
      let j = k;
      // a second word of the name (بني ملال، سبين بولدك), itself no dictionary entry
      const nx = toks[k + 1];
      if (nx && nx.ar && nx.glued && nx.text[0] !== '\u0648' && nameWord(nx.text, false) && !dictEntryAsWritten(nx.text) && !gazAt(ctx, k + 1)) j = k + 1;
      items.push([k, off, j]);
      k = j + 1;
    }
    if (items.length + known < 2 || items.length === 0) continue;
    for (const [a, off, b] of items) push(ctx, a, off, b, 'LOC', { via: 'pl' });
    i = k - 1;
  }
}

/**
 * One to three name words from `from` that look like a person's foreign or given name (a given
 * name, or a word no reading makes ordinary, or no word a dictionary entry as written: جاوته ديكون,
 * where ديكون reads as ديك + ون); returns the last index, or -1.
 */
function foreignNameRun(ctx: Ctx, from: number): number {
  const toks = ctx.toks;
  const l = L();
  let j = -1;
  let strong = false;
  let plain = false;
  for (let k = from; k < toks.length && k < from + 3; k++) {
    const tk = toks[k]!;
    if (!tk.ar || (k > from && !tk.glued)) break;
    const w = tk.text;
    const given = l.givenNames.has(w);
    // (a first word with the article too: ألفريد is no ال + فريد here; one such word alone never
    // passes, it is a dictionary entry)
    if (gazAt(ctx, k) || (!given && !nameWord(w, false))) return -1;
    if (given || !ordinaryAsWritten(w)) strong = true;
    if (dictEntryAsWritten(w)) plain = true;
    j = k;
  }
  return j >= from && (strong || !plain) ? j : -1;
}

function appositionPersons(ctx: Ctx): void {
  const toks = ctx.toks;
  const n = toks.length;
  const l = L();
  for (let s = 0; s + 3 < n; s++) {
    const t = toks[s]!;
    if (!t.ar || !(l.speech.has(t.text) || l.speech.has(bare(t.text)))) continue;
    const h = toks[s + 1]!;
    if (!h.ar || !h.glued || !(inList(l.personHeads, h.text) || inList(l.perTitles, h.text))) continue;
    // the description up to a comma (at most ten words), the name, a comma
    let c = s + 2;
    while (c < n && c <= s + 11 && toks[c]!.ar) c++;
    if (c >= n || !COMMAS.has(toks[c]!.text)) continue;
    const j = foreignNameRun(ctx, c + 1);
    const after = toks[j + 1];
    if (j > c && after && COMMAS.has(after.text)) push(ctx, c + 1, 0, j, 'PER', { via: 'pa' });
    s = c;
  }
}

/** Words that close a speaker's name before the statement (folded): إن أن بأن ان بان للصحفيين للصحافيين للصحافة. */
const SPEAKER_CLOSE = new Set(['\u0625\u0646', '\u0623\u0646', '\u0627\u0646', '\u0628\u0623\u0646', '\u0628\u0627\u0646', '\u0644\u0644\u0635\u062D\u0641\u064A\u064A\u0646', '\u0644\u0644\u0635\u062D\u0627\u0641\u064A\u064A\u0646', '\u0644\u0644\u0635\u062D\u0627\u0641\u0647']);

/** A word of a foreign or unknown person's name: a given name, or no dictionary entry as written and no list word. */
function speakerNameWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  const l = L();
  const w = t.text;
  if (!t.ar || w.length < 2) return false;
  // (the preposition «على» folds to the given name «علي»)
  if (w === '\u0639\u0644\u064A' && ctx.original.charCodeAt(ctx.endMap[t.end - 1]! - 1) === 0x649) return false;
  if (l.givenNames.has(w)) return true;
  // a clitic + an ordinary word («بدوره»، «بمناسبة»، «لمصر»), a pronoun suffix on one («اتفقنا»)
  if (/^[\u0628\u0644\u0643\u0648\u0641]/.test(w) && w.length > 3 && (dictEntryAsWritten(w.slice(1)) || lookupArabic(w.slice(1)) !== undefined)) return false;
  if (/(?:\u0646\u0627|\u0647\u0627|\u0647\u0645|\u0643\u0645)$/.test(w) && ordinaryAsWritten(w)) return false;
  // (a feminine relational adjective: «متحدثة عسكرية اسرائيلية»)
  if (w.length > 4 && /\u064A[\u0647\u0629]$/.test(w)) return false;
  // a word with the article is an ordinary word when its reading without the clitics is one
  // («للمقاطعة»); a bare one only as written (توكلي is no توكل + ي)
  if ((w.startsWith('\u0627\u0644') || w.startsWith('\u0644\u0644') || /^[\u0648\u0641\u0628\u0643]\u0627\u0644/.test(w)) && dictFlag(w) !== '') return false;
  if (!nameWordTok(t, false) || inList(l.personHeads, w) || inList(l.orgTriggers, w) || inList(l.locTriggers, w) || inList(l.locIncluded, w)) return false;
  return !dictEntryAsWritten(w) && !gazAt(ctx, k);
}

/** An ordinary word that may still end a name after a name word (not a function, list or time word), or a family nisba («البياتي»). */
function speakerLastWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  const l = L();
  const w = t.text;
  if (!t.ar || w.length < 3 || !t.glued) return false;
  if (/^\u0627\u0644\S{2,}\u064A$/.test(w)) return !inList(l.common, w) && !l.stop.has(w);
  // (a clitic + an ordinary word or a known name: «بدوره», «لمصر»)
  if (/^[\u0628\u0644\u0643\u0648\u0641]/.test(w) && w.length > 3 && (dictFlag(w.slice(1)) !== '' || lookupArabic(w.slice(1)) !== undefined)) return false;
  return !w.startsWith('\u0627\u0644') && nameWordTok(t, false) && !inList(l.personHeads, w) && !inList(l.orgTriggers, w) && !inList(l.locTriggers, w);
}

/** Session 8: the statement's «إن/أن» with a pronoun («وقال X إنه»), after a name right after the verb. */
const SPEAKER_CLOSE_PRONOUN = new Set(['\u0625\u0646\u0647', '\u0627\u0646\u0647', '\u0623\u0646\u0647', '\u0625\u0646\u0647\u0627', '\u0627\u0646\u0647\u0627', '\u0623\u0646\u0647\u0627']);

/**
 * A speaker named right after the speech verb, the statement following (session 8, late rule `ps`
 * as well): «وقال NAME إن/إنه/للصحفيين…» — one to three words that are given names or no dictionary
 * entry as written (the last may be a family nisba after a name word: «علي البياتي»); a single word
 * must be no ordinary word even with a suffix cut off («مسؤولون», «مصادر» are no names) and no
 * given name alone. Returns the index of the closing word, or 0.
 */
function speakerRightAfterVerb(ctx: Ctx, s: number): number {
  const toks = ctx.toks;
  const n = toks.length;
  let c = s + 1;
  while (c < n && c <= s + 3 && toks[c]!.ar && toks[c]!.glued && !SPEAKER_CLOSE.has(toks[c]!.text) && !SPEAKER_CLOSE_PRONOUN.has(toks[c]!.text)) c++;
  if (c >= n || c === s + 1 || !toks[c]!.glued || !(SPEAKER_CLOSE.has(toks[c]!.text) || SPEAKER_CLOSE_PRONOUN.has(toks[c]!.text))) return 0;
  for (let k = s + 1; k < c; k++) {
    // (no description to vouch for the name: no word an ordinary one even with a suffix cut off —
    // «مسؤولون أمميون» — unless a given name)
    if (speakerNameWord(ctx, k) && (L().givenNames.has(toks[k]!.text) || dictFlag(toks[k]!.text) === '')) continue;
    if (k === c - 1 && k > s + 1 && /^\u0627\u0644\S{2,}\u064A$/.test(toks[k]!.text) && speakerLastWord(ctx, k)) continue;
    return 0;
  }
  if (c === s + 2) {
    const w = toks[s + 1]!.text;
    if (L().givenNames.has(w) || w.length < 4) return 0;
  }
  return c;
}

/**
 * A speaker named after his description, without commas (session 7, late rule `ps`): «وقال معتمد
 * مقاطعة X الشمالية NAME إن…», «وأعلنت وزيرة العمل NAME أن…», «… NAME للصحفيين». After a speech
 * verb and a title or `personHeads` noun, at most twelve words on, the statement's «إن/أن/بأن» or
 * «للصحفيين»; the name is the one to four words before it that are given names or no dictionary
 * entry as written (read backwards). Right after a place word, a preposition or «باسم» the first of
 * them is the description's place, not the name. Two words at least.
 */
function speakerBeforeThat(ctx: Ctx): void {
  const toks = ctx.toks;
  const n = toks.length;
  const l = L();
  for (let s = 0; s + 4 < n; s++) {
    const t = toks[s]!;
    // (the speech-verb bit processLine keeps in the word's record: no look-up per token)
    if (!t.ar || !((t.rec!.trig || (t.rec!.trig = triggerBitsOf(t.text))) & TRIG_SPEECH)) continue;
    const h = toks[s + 1]!;
    if (!h.ar || !h.glued) continue;
    if (!(inList(l.personHeads, h.text) || inList(l.perTitles, h.text))) {
      // (session 8) no description: the name right after the verb
      const c = speakerRightAfterVerb(ctx, s);
      if (c > 0) {
        push(ctx, s + 1, 0, c - 1, 'PER', { via: 'ps' });
        s = c;
      }
      continue;
    }
    let c = s + 3;
    while (c < n && c <= s + 13 && toks[c]!.ar && !SPEAKER_CLOSE.has(toks[c]!.text)) c++;
    if (c >= n || c > s + 13 || !SPEAKER_CLOSE.has(toks[c]!.text) || !toks[c]!.glued) continue;
    // backwards from the statement: the last word may be an ordinary word or a family nisba
    // after a name word («آنا ليزا تان»، «علي البياتي»), a middle one after a given name («علي أصغر توكلي»)
    let a = c;
    if (speakerNameWord(ctx, c - 1)) a = c - 1;
    else if (c - 2 > s + 1 && speakerLastWord(ctx, c - 1) && speakerNameWord(ctx, c - 2)) a = c - 1;
    else continue;
    while (a - 1 > s + 1 && c - a < 4) {
      if (speakerNameWord(ctx, a - 1)) a--;
      else if (a - 2 > s + 1 && l.givenNames.has(toks[a - 2]!.text) && speakerLastWord(ctx, a - 1) && !isNisba(toks[a - 1]!.text)) a--;
      else break;
    }
    const before = toks[a - 1]!.text;
    // «ولاية واراب NAME», «في X NAME», «باسم X NAME»: the first word is the description's
    if (a < c - 1 && (placeWordForm(before) || l.stop.has(before) || before === '\u0628\u0627\u0633\u0645' || inList(l.orgTriggers, before))) a++;
    else if (placeWordForm(before) || l.stop.has(before) || inList(l.orgTriggers, before)) continue;
    if (c - a < 2) continue;
    push(ctx, a, 0, c - 1, 'PER', { via: 'ps' });
    s = c;
  }
}

/**
 * Names found once, found again (session 6, document level): a later or earlier mention of a name
 * the document names elsewhere — the same words, or a person's last word alone («جاوته ديكون» …
 * «وأوضح ديكون») — where nothing was found. One word alone counts only when it is no dictionary
 * entry as written (ar-words.json), no given name, may be a name and is no one-word organisation;
 * a و/ف or a preposition glued to it stays out of the span. Linear: one map of the names, one pass
 * over the tokens.
 */
const OFFSETS_BARE = [0] as const;
const OFFSETS_GLUED = [0, 1] as const;

function propagateNames(norm: string, raw: readonly Tok[], cands: Candidate[]): Candidate[] {
  if (cands.length === 0 || !ordinaryWords()) return cands;
  const l = L();
  // (a word that may carry a proclitic is left alone: و/ف, or ب/ل/ك before a name found or known
  // — بسوهاج —, whose bare form is the name)
  const found = new Set<string>();
  for (const c of cands) found.add(norm.slice(c.start, c.end));
  const proclitic = (w: string) => /^[\u0648\u0641]/.test(w) || (/^[\u0628\u0644\u0643]/.test(w) && (found.has(w.slice(1)) || lookupArabic(w.slice(1)) !== undefined));
  const single = (w: string) => w.length > 2 && !proclitic(w) && !dictEntryAsWritten(w) && !l.givenNames.has(w) && nameWord(w, true) && !lookupArabic(w);
  // names by their first word: [words, type]
  const names = new Map<string, Array<[string[], EntityType]>>();
  const add = (ws: string[], type: EntityType) => {
    const list = names.get(ws[0]!) ?? names.set(ws[0]!, []).get(ws[0]!)!;
    if (!list.some(([x]) => x.join(' ') === ws.join(' '))) list.push([ws, type]);
  };
  for (const c of cands) {
    if (c.acronym || c.entry) continue;
    const ws = norm.slice(c.start, c.end).split(/\s+/).filter(Boolean);
    if (ws.length === 0 || ws.some((w) => !/^[\u0621-\u064A]+$/.test(w))) continue;
    if (ws.length > 1) add(ws, c.type);
    else if (c.type !== 'ORG' && single(ws[0]!)) add(ws, c.type); // one-word organisations are often a place's name used for its body
    if (c.type === 'PER' && ws.length > 1 && single(ws[ws.length - 1]!)) add([ws[ws.length - 1]!], 'PER');
  }
  if (names.size === 0) return cands;
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  const out = cands.slice();
  let ci = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (!t.ar) continue;
    while (ci < sorted.length && sorted[ci]!.end <= t.start) ci++;
    if (ci < sorted.length && sorted[ci]!.start < t.end) continue; // inside a name found
    const w = t.text;
    const c0 = w.charCodeAt(0);
    // و ف ب ل ك: the name may carry one of them
    const glued = w.length > 3 && (c0 === 0x648 || c0 === 0x641 || c0 === 0x628 || c0 === 0x644 || c0 === 0x643);
    for (const off of glued ? OFFSETS_GLUED : OFFSETS_BARE) {
      const list = names.get(off ? w.slice(1) : w);
      if (!list) continue;
      let best: [number, EntityType] | null = null;
      for (const [ws, type] of list) {
        if (best && ws.length <= best[0]) continue;
        let ok = i + ws.length <= raw.length;
        for (let k = 1; k < ws.length && ok; k++) ok = raw[i + k]!.glued && raw[i + k]!.text === ws[k];
        // the next name found must not start inside it, nor right after it (a name is not split:
        // «X» + a name found «Y» is no mention of X)
        const nx = raw[i + ws.length];
        if (ok && ci < sorted.length && (sorted[ci]!.start < raw[i + ws.length - 1]!.end || (nx !== undefined && nx.glued && sorted[ci]!.start < nx.end))) ok = false;
        if (ok) best = [ws.length, type];
      }
      if (!best) continue;
      const end = raw[i + best[0] - 1]!.end;
      out.push({ start: t.start + off, end, type: best[1], name: norm.slice(t.start + off, end), via: 'dn' });
      i += best[0] - 1;
      break;
    }
  }
  return out;
}

/**
 * Is this word, ending a person's name the tagger found, rather the next phrase's (session 7)? A
 * function word, title or role noun as written («خوان كارلوس ملك»، «… أو»); an indefinite
 * accusative of an ordinary word («… اجتماعا طارئا»); «بـ» glued to an ordinary noun («صدام
 * بارتكاب») — the word as written being no dictionary entry itself, nor a given name. Asked for a
 * span's last word only.
 */
function notNameTail(w: string): boolean {
  const l = L();
  const n = w.length;
  if (n < 2 || l.givenNames.has(w) || l.nameConnectors.has(w) || l.notNames.has(w)) return false;
  // (exact look-ups: «امام» is أمام, «كندي» no ك + ندي)
  if ((n <= 3 && l.stop.has(w)) || l.perTitles.has(w) || (l.personHeads.has(w) && !l.speech.has(w))) return true;
  if (!ordinaryWords()) return false;
  // «… اجتماعا»، «… برنامجا» (six letters at least: «غاربا», «أولغا», «ساها» are names)
  if (n >= 6 && w.charCodeAt(n - 1) === 0x627 && !w.startsWith('\u0627\u0644') && w.charCodeAt(n - 2) !== 0x627 && !dictEntryAsWritten(w) && dictEntryAsWritten(w.slice(0, -1))) return true;
  // «صدام بارتكاب»، «صالح بنسبة»، «… بمجهود»: the rest an entry that looks like a noun (ending in ة,
  // starting with م, or six letters): «بنيس», «بيترو», «بامتد», «بيرسي», «بابار» stay
  if (n < 5 || w.charCodeAt(0) !== 0x628 || dictEntryAsWritten(w)) return false;
  const rest = w.slice(1);
  const c1 = rest.charCodeAt(rest.length - 1);
  return (c1 === 0x629 || c1 === 0x647 || rest.charCodeAt(0) === 0x645 || rest.length >= 6) && dictEntryAsWritten(rest);
}

const PROCLITIC_AND = /^[\u0648\u0641]/;
const PROCLITIC_PREP = /^[\u0628\u0643\u0644]/;

/** Offset of the name inside the first word: proclitics stripped when the rest is the commoner word. */
function procliticOffset(w: string, freq: Record<string, number>): number {
  // a known given name or gazetteer name is whole (فيصل is no ف + يصل)
  if (L().givenNames.has(w) || gazStarts(w)[0]![2]) return 0;
  const fq = (x: string) => freq[x] ?? 0;
  let off = 0;
  let s = w;
  if (PROCLITIC_AND.test(s) && s.length > 3 && fq(s.slice(1)) > fq(s)) {
    off = 1;
    s = s.slice(1);
  }
  if (PROCLITIC_PREP.test(s) && s.length > 3 && !s.slice(1).startsWith('\u0627\u0644') && !s.startsWith('\u0644\u0644') && fq(s.slice(1)) > fq(s)) off++;
  return off;
}

/** Merge the tagger's spans with the rule candidates (gazetteer entries and span conventions kept). */
function combine(norm: string, toks: ModelTok[], lat: Lattice, rule: Candidate[], freq: Record<string, number>, file: ModelFile): Candidate[] {
  const spans = spansOf(lat.tags);
  const byEnd = new Map<number, Candidate[]>();
  for (const c of rule) {
    if (!byEnd.has(c.end)) byEnd.set(c.end, []);
    byEnd.get(c.end)!.push(c);
  }
  const out: Candidate[] = [];
  const l = L();
  // where gazetteer names start (دولة الإمارات العربية المتحدة keeps its first word)
  const gazStart = new Set<number>();
  for (const c of rule) if (c.entry) gazStart.add(c.start);
  const startsGaz = (t: ModelTok) => {
    for (let p = t.start; p < t.end; p++) if (gazStart.has(p)) return true;
    return false;
  };
  for (const s of spans) {
    // a person's title is not part of the name (الملك | حمد), nor a place trigger of the place
    // (إقليم | الحوز, نهر | دجلة), as in the rules; included triggers (مخيم) stay
    if (s.type === 'PER') while (s.from < s.to && inList(l.perTitles, toks[s.from]!.text)) s.from++;
    if (s.type === 'LOC' && s.from < s.to && !startsGaz(toks[s.from]!) && readings(toks[s.from]!.text).some(([, f]) => l.locTriggers.has(f) && !l.locIncluded.has(f))) s.from++;
    const first = toks[s.from]!;
    const end = toks[s.to]!.end;
    const ending = byEnd.get(end) ?? [];
    const same = ending.find((c) => c.start >= first.start && c.start < first.end);
    if (same) {
      // a late rule's name of the same span keeps its cue's type (عصابة "X": an organisation,
      // whatever type the tagger guessed for an unknown quoted word)
      // (organisations only: a quoted facility name is a place, an organisation or even a person
      // depending on the corpus — ANERcorp's hospitals are ORG, its stadiums named after people PER)
      const typed = ending.find((c) => c.start === same.start && c.type === 'ORG' && c.via !== undefined && TYPED_LATE.has(c.via));
      out.push(same.entry ? same : typed ? { ...typed, weak: false } : { ...same, type: s.type, weak: false });
      continue;
    }
    const start = first.start + procliticOffset(first.text, freq);
    out.push({ start, end, type: s.type, name: norm.slice(start, end) });
  }
  // a place named with its cue word (مخيم النيرب): the tagger, trained on names without it, is
  // asked about the name part only
  const base = spanGate(toks, lat, file);
  const gate = base && ((c: Candidate) => (c.via !== undefined && LATE_VIAS.has(c.via)) || base(c.nameFrom !== undefined && c.nameFrom < c.end ? { ...c, start: c.nameFrom } : c));
  return tidySpans(norm, withIncludedCues(norm, mergeRules(norm.length, out, rule, gate), rule));
}

/**
 * A place the rules named with an included cue word (`locTriggersIncluded`: «نهر بينوي», «مخيم
 * شاريا», «وادي فرغانة») keeps the cue when the merge kept only the tagger's name part (session 8,
 * link9): the tagger was trained on names without the cue, the pairs' gold (and the English "Benue
 * River") name the place with it. Keys are unchanged (key.ts leaves place cues out). Only over a
 * place starting where the rule's name starts and ending inside it, with the cue word free.
 */
function withIncludedCues(norm: string, cands: Candidate[], rule: readonly Candidate[]): Candidate[] {
  let byName: Map<number, Candidate> | null = null;
  for (const r of rule) {
    if (r.nameFrom === undefined || r.nameFrom <= r.start || r.type !== 'LOC' || r.entry || L().locCuesOpen.has(norm.slice(r.start, r.nameFrom).trim())) continue;
    (byName ??= new Map()).set(r.nameFrom, r);
  }
  if (!byName) return cands;
  let out: Candidate[] | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.type !== 'LOC' || c.entry) continue;
    const r = byName.get(c.start);
    if (!r || c.end > r.end || cands.some((x) => x !== c && x.start < c.start && x.end > r.start)) continue;
    (out ??= cands.slice())[k] = { ...c, start: r.start, name: norm.slice(r.start, c.end) };
  }
  return out ?? cands;
}

/**
 * Last touches to the merged names (session 7): a person's name does not end in the next phrase's
 * word (`notNameTail`); an indefinite place or organisation word with an indefinite relational
 * adjective («حزب إسلامي»، «محكمة ميدانية») names no place or body.
 * Gazetteer names are left whole. One pass; only a span's last word or its two words are read.
 */
function tidySpans(norm: string, cands: Candidate[]): Candidate[] {
  let drop = false;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.entry) continue;
    if (c.type !== 'PER') {
      if (genericPlace(norm, c.start, c.end)) {
        cands[k] = { ...c, name: '' };
        drop = true;
      } else if (c.type === 'ORG') {
        const end = orgNationalityTail(norm, c.start, c.end);
        if (end !== c.end) cands[k] = { ...c, end, name: norm.slice(c.start, end) };
      }
      continue;
    }
    let end = c.end;
    for (;;) {
      const sp = norm.lastIndexOf(' ', end - 1);
      // (a role noun only as the span's own last word: «… فؤاد نجم» keeps its surname after a cut)
      if (sp <= c.start || !(notNameTail(norm.slice(sp + 1, end)) || (end === c.end && (roleTail(norm, sp + 1, end) || verbalNounTail(norm, sp + 1, end))))) break;
      // the word after بن، ولد، أبو… is the name's («ولد الوالي»)
      const sp0 = norm.lastIndexOf(' ', sp - 1);
      if (L().nameConnectors.has(norm.slice(Math.max(sp0 + 1, c.start), sp))) break;
      end = sp;
      while (end > c.start && norm.charCodeAt(end - 1) === 32) end--;
    }
    if (end !== c.end) cands[k] = { ...c, end, name: norm.slice(c.start, end) };
  }
  const kept = drop ? cands.filter((c) => c.name !== '') : cands;
  return placeBeforeSpeaker(norm, orgCueOut(norm, kept));
}

/**
 * A known organisation written with its cue word (`orgCuesOut`: «تنظيم القاعدة», «حركة طالبان») is
 * named by the rest when the gazetteer knows the rest as the same organisation (session 8, link9):
 * the English side names it without "group"/"movement" ("al-Qaeda", "the Taliban"); a name the cue
 * belongs to («منظمة الصحة العالمية») is left whole, and «منظمة»/«وكالة» are no such cues (see the list).
 */
function orgCueOut(norm: string, cands: Candidate[]): Candidate[] {
  const l = L();
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (!c.entry || c.type !== 'ORG') continue;
    const sp = norm.indexOf(' ', c.start);
    if (sp < 0 || sp >= c.end || !l.orgCuesOut.has(norm.slice(c.start, sp))) continue;
    let a = sp;
    while (a < c.end && norm.charCodeAt(a) === 32) a++;
    const rest = norm.slice(a, c.end);
    if (lookupArabic(rest)?.key !== c.entry.key) continue;
    cands[k] = { ...c, start: a, name: rest };
  }
  return cands;
}

const AR_WORDS = /^[\u0621-\u064A]+(?: [\u0621-\u064A]+)+$/;

/**
 * A place and a speaker's name run together by the merge after a place's title or trigger (session 8,
 * link9): «والي X Y Z», «حاكم ولاية X Y Z», «رئيس بلدية X Y Z», «مفوض شرطة X Y Z» → the place X and
 * the person Y Z. Three words at least; the word before is a place trigger (`locTriggers`) or a
 * title whose complement is a place (`placeTitles`); X is no given name, name connector,
 * dictionary word or first word of a foreign place name (`foreignPlaceStarts`: «سانتا ماريا …»); Y starts a person's name (a given name, or no dictionary word and no article).
 */
function placeBeforeSpeaker(norm: string, cands: Candidate[]): Candidate[] {
  const l = L();
  let extra: Candidate[] | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.entry || c.acronym || c.type === 'ORG') continue;
    const text = norm.slice(c.start, c.end);
    if (!AR_WORDS.test(text)) continue;
    const ws = text.split(' ');
    if (ws.length < 3) continue;
    const before = /(\S+) +$/.exec(norm.slice(Math.max(0, c.start - 30), c.start));
    if (!before || !(l.locTriggers.has(before[1]!) || l.placeTitles.has(before[1]!))) continue;
    const [x, y] = [ws[0]!, ws[1]!];
    if (l.givenNames.has(x) || l.foreignPlaceStarts.has(x) || l.nameConnectors.has(x) || l.perTitles.has(x) || dictEntryAsWritten(x) || lookupArabic(x)?.type === 'PER') continue;
    if (l.nameConnectors.has(y) && !/^(?:\u0639\u0628\u062F|\u0623\u0628\u0648|\u0627\u0628\u0648)$/.test(y)) continue; // «X بن Y» is one person
    // (Y no ordinary word even with a clitic or suffix cut off: «بدائرة», «شكلت», «بحصيلة»)
    if (!(l.givenNames.has(y) || l.nameConnectors.has(y) || (!y.startsWith('\u0627\u0644') && dictFlag(y) === ''))) continue;
    if (l.compass.has(y)) continue;
    const split = c.start + x.length + 1;
    cands[k] = { ...c, start: c.start, end: c.start + x.length, type: 'LOC', name: x, weak: false };
    (extra ??= []).push({ ...c, start: split, end: c.end, type: 'PER', name: norm.slice(split, c.end), weak: false });
  }
  return extra ? cands.concat(extra) : cands;
}

/**
 * Where an organisation's name ends when its last word is a country's relational adjective (session
 * 8): a company, club or outlet named by its own words is described by its country (a gazetteer
 * country; not a town: «المغرب الفاسي» is a club of Fez), not named by it
 * («ريال مدريد الإسباني», «نوكيا الفنلندية», «سكاي نيوز البريطانية» → without the adjective); a body
 * named by an organisation word keeps it («مجلس الأمن القومي السعودي», «البنك الأفريقي …»), and so do
 * gazetteer names (not asked). The end unchanged otherwise.
 */
function orgNationalityTail(norm: string, start: number, end: number): number {
  const sp = norm.lastIndexOf(' ', end - 1);
  if (sp <= start) return end;
  const last = norm.slice(sp + 1, end);
  if (!last.startsWith('\u0627\u0644') || !/\u064A[\u0629\u0647]?$/.test(last)) return end;
  // a country's, not a town's (the club «المغرب الفاسي» is named by Fez)
  const country = countryOf(last, true);
  if (country === undefined || entryByKey(country)?.kind !== 'country') return end;
  const sp0 = norm.indexOf(' ', start);
  const first = norm.slice(start, sp0 < 0 || sp0 > end ? end : sp0);
  if (inList(L().orgTriggers, first) || (arabicOrgConcepts(first, true)?.length ?? 0) > 0) return end;
  let e = sp;
  while (e > start && norm.charCodeAt(e - 1) === 32) e--;
  // the rest must not be ordinary definite words alone («الخطوط الجوية الإيرانية» is named by its
  // adjective) nor a place alone (the club «قطر القطري»)
  const rest = norm.slice(start, e);
  if (lookupArabic(rest)?.type === 'LOC' || rest.split(' ').every((w) => w.startsWith('\u0627\u0644') && dictEntryAsWritten(w))) return end;
  return e;
}

/**
 * Is the word at [from, to), ending a person's name, a role noun in the construct state (session 8)?
 * One of `personTails` as written («ملك», «حارس», «مدرب», «تأليف»), followed in the same
 * sentence by its complement: a word of Arabic letters that is no function word («خوان كارلوس ملك
 * إسبانيا» → «خوان كارلوس»; «محمد نجم» at a sentence's end or before «الذي» keeps its surname).
 */
function roleTail(norm: string, from: number, to: number): boolean {
  const l = L();
  if (!l.personTails.has(norm.slice(from, to))) return false;
  let a = to;
  while (a < norm.length && norm.charCodeAt(a) === 32) a++;
  let b = a;
  while (b < norm.length && /[\u0621-\u064A]/.test(norm[b]!)) b++;
  if (b === a || (b < norm.length && norm.charCodeAt(b) !== 32 && !/[\s.,،؛:!؟)"«»]/.test(norm[b]!))) return false;
  return !l.stop.has(norm.slice(a, b));
}

/**
 * Is the word at [from, to), ending a person's name, «بـ» + a three-letter verbal noun with its
 * object after it (session 8, link9: «أمر X Y بفتح تحقيق», «طالب X بوقف …»)? The word as written is
 * no dictionary entry nor given name, the rest is one, and the next word is an indefinite ordinary
 * word (a name «بدوي» or «بشير» before a verb or a comma stays). `notNameTail` reads five letters
 * and more.
 */
function verbalNounTail(norm: string, from: number, to: number): boolean {
  const w = norm.slice(from, to);
  if (w.length !== 4 || w.charCodeAt(0) !== 0x628 || !ordinaryWords()) return false;
  const l = L();
  if (l.givenNames.has(w) || dictEntryAsWritten(w) || !dictEntryAsWritten(w.slice(1))) return false;
  const m = /^ +([\u0621-\u064A]+)/.exec(norm.slice(to, to + 40));
  if (!m) return false;
  const nx = m[1]!;
  return !nx.startsWith('\u0627\u0644') && nx.length >= 3 && !l.stop.has(nx) && dictEntryAsWritten(nx);
}

/** Two words: an indefinite place or organisation word, then an indefinite relational adjective of the dictionary. */
function genericPlace(norm: string, start: number, end: number): boolean {
  // (two words only: an adjective-shaped word alone is as often a place's name — «كوناكري», «نيري»)
  const sp = norm.indexOf(' ', start);
  if (sp < 0 || sp >= end) return false;
  const sp2 = norm.indexOf(' ', sp + 1);
  if (sp2 >= 0 && sp2 < end) return false;
  const head = norm.slice(start, sp);
  const adj = norm.slice(sp + 1, end);
  const l = L();
  // (not facility words: «ملعب أوليمبي» may be a stadium's name)
  if (!(l.locTriggers.has(head) || l.orgTriggers.has(head)) || l.locIncluded.has(head) || head.startsWith('\u0627\u0644')) return false;
  if (adj.length < 4 || adj.startsWith('\u0627\u0644') || !/\u064A[\u0647\u0629]?$/.test(adj) || lookupArabic(adj) !== undefined) return false;
  return ordinaryAsWritten(adj);
}


export function extractEntities(t: NormalizedText): EntityMention[] {
  const raw = tokenize(t.norm, 0, t.norm.length); // shared by the rules and the tagger (one scan of the text)
  const rule = ruleCandidates(t, raw);
  const late = lateCandidates(t, raw);
  const model = loadModel('ar', import.meta.url);
  if (!model) return withTrailingMarks(t, finalize(t, late.length ? rule.concat(late) : rule));
  // the late rules' names are not among the tagger's features (it was trained without them)
  const toks = modelTokens(t, rule, raw);
  const freq = (model.file.extra?.freq ?? {}) as Record<string, number>;
  return withTrailingMarks(t, finalize(t, propagateNames(t.norm, raw, combine(t.norm, toks, decodeLattice(model, toks), late.length ? rule.concat(late) : rule, freq, model.file))));
}

/**
 * A left-to-right or right-to-left mark (U+200E, U+200F) glued to the end of a name's last word
 * belongs to the word, as the diacritics and tatweel `toOriginal` already gives it (session 8):
 * the mention covers the whole written word («مصر‏»); its key and canonical name are unchanged
 * (normalisation removes the marks). Mentions are rebuilt only when the text has such a mark.
 */
function withTrailingMarks(t: NormalizedText, ms: EntityMention[]): EntityMention[] {
  const o = t.original;
  if (!/[\u200E\u200F]/.test(o)) return ms;
  return ms.map((m) => {
    let e = m.end;
    while (e < o.length && (o.charCodeAt(e) === 0x200e || o.charCodeAt(e) === 0x200f)) e++;
    return e === m.end ? m : { ...m, end: e, text: o.slice(m.start, e) };
  });
}

/**
 * Type-only reference to the model file: makes tsc copy ner-model.json into dist/ beside this
 * module (the file is read lazily by loadModel, never imported at run time).
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type ModelFileType = typeof import('./ner-model.json');
/** The same for the dictionary word list (read lazily by ordinaryWords). */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type ArWordsType = typeof import('./ar-words.json');
