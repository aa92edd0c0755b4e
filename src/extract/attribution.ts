/**
 * Who a figure is attributed to. Rules, in order:
 * 1. A figure inside a quotation belongs to the quote's speaker: a speech verb right after the
 *    closing quote ("…,” she stressed; "…," a doctor said; «…» قال طبيب), else the speech verb
 *    before the opening quote in the same sentence (وقال X … :«…»); a subject with an aside may
 *    stand between the quote and its verb ('"…," a member of the panners' association, who asked
 *    not to be named, told Wire'). A quote with no speaker of its own right after another in its
 *    paragraph goes on in that one's voice ('"…," an official said. "Two of the injured …"').
 * 2. Otherwise an attribution phrase in the sentence ("according to X", «بحسب X», «نقلا عن X»):
 *    the nearest one wins, unless a speech verb with no subject («، مضيفا أن», ", adding that")
 *    stands between it and the figure (a new report, rule 3d). Its source is a speaker noun phrase right after it («حسب مصدر من
 *    السلطة المحلية لوكالة …»), else the first person or organisation after it (the head of an
 *    appositive: "the UN refugee agency UNHCR" → UNHCR), else the words after it as written when
 *    they name someone (never «وفق تقديرها», "by its estimate").
 * 3. Otherwise the speech verb nearest to the figure ("Amnesty said", «فيما قال مسؤولون محليون
 *    إن»): one before the figure governs it; one after it ("40 died, officials said") only when
 *    none before names anyone, never across a colon, and last of all when it opens a report of
 *    its own («…، قالت X، في بيان، إن …»). A word with the article is never a speech verb
 *    («التابعة» is not «تابع»), nor one that opens a longer attribution phrase («نقلا عن»).
 *    Its speaker is, in order:
 *    a. the subject written before it, from the start of its clause ("Local officials said",
 *       "One resident, reached by phone, said", "Police on Tuesday said", «وكانت المنظمة قد
 *       ذكرت»): a name in brackets right before the verb ("… (IHR) said"), else a person or
 *       organisation named before any link ("IOM spokesperson Flavio Di Giacomo"), else the
 *       phrase as written when it holds a speaker noun (officials, a doctor, witnesses, «مصدر»,
 *       «شهود») or is a capitalised name the recogniser missed — a place modifier left out
 *       ("Police in Tamale" → Police; "A doctor at X Hospital" → A doctor). A definite
 *       description ("the organisation", "the London-based watchdog", «المنظمة», «الشبكة»)
 *       refers back to the organisation or written source named before that holds its noun;
 *       one whose noun no organisation holds ("the same source", "the statement") to the nearer
 *       of the organisation named last and the source of the last claim. Auxiliaries, adverbs
 *       and dates between subject and verb are skipped ("The BNGRC had on Monday reported",
 *       "Medics had initially reported"); a person set off by commas right before the verb is
 *       the subject ("The head of the commission, Raed Haddad, told"); an event word before a
 *       speaker noun only modifies it ("the search and rescue agency said").
 *       A speech verb inside the subject («حصيلة أعلنها المتحدث قد أشارت») gives its own speaker;
 *       words right after a count ("hangs three protesters as …") and the subject of a clause
 *       reported by another verb ("said that Al Haouz Province recorded …") are no speakers;
 *    b. a person or organisation next to the verb ("said Omar Khalil", «قال أحمد ناصر»), or a
 *       pronoun ("he said", "…, said he") resolved to the speaker of the last speech verb before
 *       it when that can be what the pronoun stands for ('"…," a resident told AFP. He said …'),
 *       else to the nearest person named before it ("it" to the nearest organisation); "said he
 *       had …" opens the reported clause and names nobody. After a title opening the words after
 *       the verb, the person named is the speaker, not the body in the title («قال المتحدث باسم
 *       وزارة الصحة أنيس الأصبحي»), and so is a name set off by commas after it («قال قائد
 *       الشرطة، جاوته ديكون، في مؤتمر صحفي إن»);
 *       A place is a speaker only when it stands alone right next to the verb ("Kenya said"):
 *       never a dateline ("TRIPOLI (Wire) —", «الرباط -»), a place in an organisation's name
 *       ("Iraq's Justice Ministry", «شبكة أطباء السودان») or in the reported clause;
 *    c. the words after the verb up to a complementizer («قال المتحدث باسم الشرطة إن»), or up to
 *       a word that ends a name when they hold a speaker noun («وقال طبيب في المستشفى:»,
 *       «أعلنت وزارة الداخلية، اليوم، أن»); one word alone before a complementizer only when it is
 *       the last name of a person named before («وأوضح راسخ أن»);
 *    d. a verb with no subject at all («وأوضح أن …», «، مضيفا أن …») continues the speaker of the
 *       speech verb before it in the same paragraph, else in the text just before a paragraph it
 *       opens («وذكرت أن …»); a verb after a comma or a joiner with no subject of its own
 *       (", saying its volunteers had counted …", "… and said 40 people were hurt") speaks for the
 *       subject of the sentence's first speech verb, or of the sentence ("The Red Cross gave a
 *       higher figure, saying …"), unless a name or a phrase ending the sentence follows it
 *       ("…, said Omar Khalil", "…, said a nurse.").
 *    A phrase opened by a preposition («في بيان», "in a statement") goes with the verb before it;
 *    a relay verb with neither its marker nor a reported clause («نقلت 60 أسيرا») reports nothing.
 *    A speech verb right before the figure in its clause («وكانت السلطات أعلنت مقتل 9 …») governs
 *    it over an attribution phrase after it, unless that phrase relays («بحسب ما نقلته عن …»); a
 *    speaker before the figure yields to one after it across a contrast ("…, but …, the statement said").
 * 4. Otherwise a body's own decision about the people counted ("The Public Prosecution ordered the
 *    detention of three", «وأمرت النيابة العامة بحبس 3»): the body (authorityActs; never a responder).
 * 5. Otherwise a headline's source set off by a colon or a dash ("… kill 14 - officials",
 *    "Interior Ministry: 14 killed"): a few words holding a speaker noun or naming someone (at the
 *    start, a phrase opened by a speaker noun or an organisation's name; a place is none).
 *
 * A source followed right away by a short name in quotes or brackets runs on through it
 * («منظمة "أكليد"», «مكتب … (أوتشا)», "the agency (NDA)"); a quotation is no name.
 *
 * Relayed figures are attributed to their first-hand source, in every language: "X, citing Y,
 * said", «قال X، نقلا عن Y، إن», «نقلت X عن Y أن», "X quoted Y as saying", "Y told X" and
 * «حسب Y لوكالة X» and «بحسب ما نقلته X عن Y» all give Y; the relaying speaker or the medium told
 * («لوكالة الأنباء», «للأمم المتحدة») is not the source — but after a document noun a name glued
 * to «ل» is its author («حسب حصيلة محينة لوزارة الداخلية»).
 *
 * Particles, verbs and dates are never sources: a source as written must hold a speaker noun
 * (or be a capitalised name). The source is reported as written, with the entity's key: an
 * organisation as the text names it there ("the WHO said" → WHO; with the name it abbreviates
 * when that stands right before its brackets: "Iran Human Rights (IHR) said"), a person by the
 * longest mention in the document (Mrs. Rajavi → Maryam Rajavi); a mention glued to a
 * preposition («لرويترز») by its longest bare mention when there is one.
 */
import type { EntityMention, NumberMention, Span } from '../types.js';
import type { ClaimLexicon } from '../lang/types.js';
import { LANGUAGES } from '../lang/index.js';
import { foldWord } from '../text/normalize.js';
import type { NormalizedText } from '../text/normalize.js';
import type { TextSpan } from '../text/segment.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { CompiledLexicon } from './claim-lexicon.js';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import { lowerBound } from '../text/lower-bound.js';

export interface Source {
  text: string;
  key: string | null;
}

const SENTENCE_END = new Set(['.', '!', '?', '\u061F']);
const CLAUSE_PUNCT = new Set([',', '\u060C', ';', '\u061B', ':', '(', ')', '.', '!', '?', '\u061F']);
const COMMAS = new Set([',', '\u060C']);
const APOSTROPHES = new Set(["'", '\u2019']);
const STRONG_PUNCT = new Set([':', ';', '\u061B']);
/** How far (tokens) a name may stand from the speech verb or attribution phrase. */
const NAME_WINDOW = 8;
/** How many attribution phrases on each side of a claim are tried (the nearest win; bounds the work on hostile text). */
const NEAREST_MATCHES = 16;
/** How many words into a source phrase its document noun may stand ("an updated tally"), and how far after it the link to its author ("compiled by"). */
const AUTHOR_NOUN_REACH = 3;
const AUTHOR_LINK_REACH = 2;
/** How many words a source named as written may have. */
const SOURCE_WORDS = 6;
/** How many words a subject written before its verb may have, links ("of", «من») included. */
const SUBJECT_WORDS = 12;
/** How long an aside between a subject and its verb may be ("One resident, reached by phone, said"). */
const ASIDE_WORDS = 8;
/** How many tokens an entity in a name window may run past it. */
const ENTITY_TOKENS = 12;
/** How many words may join two names of one appositive ("the UN refugee agency UNHCR"). */
const APPOSITIVE_GAP = 4;
/** How far back (characters) a verb with no subject looks for the speaker it continues. */
const PREVIOUS_SPEAKER_CHARS = 600;
/** How many sources named as written are remembered for definite descriptions referring back to them. */
const NAMED_MEMORY = 32;
/** Distance added to a speech verb after the figure that opens a report of its own. */
const OPENS_REPORT_COST = 1000;
/** How many words a speech verb right before a figure may stand from it and govern it over an attribution phrase after it. */
const GOVERNING_REACH = 8;
/** Distance added to a speech verb before the figure when a contrastive clause stands between: any speaker after the figure wins. */
const CONTRAST_COST = 2000;
/** Distance added to a speech verb after the figure ("40 died, officials said"): a speaker before the figure wins. */
const AFTER_FIGURE_COST = 500;
/** How far after a closing quote its "she said" may come. */
const AFTER_QUOTE_WINDOW = 24;
/** How many tokens into its sentence the first speech verb is looked for (the sentence's subject is before it). */
const SENTENCE_SUBJECT_REACH = 48;
/** How far back (characters) a last name alone is matched to a person named before. */
const NAME_MEMORY_CHARS = 5000;
/** How many words a name set off by commas after a title may have («، العقيد عبد الرحمن إسوفو،»). */
const APPOSITIVE_NAME_WORDS = 5;
/** Marks that set a headline's source off ("Ministry: …", "… - officials"), and how many words that source may have. */
const HEADLINE_MARKS = new Set([':', '-', '\u2013', '\u2014']);
const HEADLINE_SOURCE_WORDS = 4;
/** How far after a quote the next one may start and go on in its voice (characters). */
const QUOTE_CHAIN_CHARS = 200;
/** Marks around a body's name after its description («منظمة "أكليد"», "(OCHA)"), how many words that name and a modifier before it may have. */
const BRACKET_OPEN = new Set(['"', '\u00AB', '\u201C', '(']);
const BRACKET_CLOSE = new Set(['"', '\u00BB', '\u201D', ')']);
const BRACKET_NAME_WORDS = 5;
const BRACKET_MODIFIER_WORDS = 3;
/** How far (characters) from the figure its source's bracketed name is looked for. */
const BRACKET_SEARCH_CHARS = 400;
/** Marks that set a dateline off from the story («طهران/ إرنا- أعلن»). */
const DATELINE_MARKS = new Set(['-', '\u2013', '\u2014', '/']);
/** How many words a time of day between a subject and its verb may carry before it ("late on Sunday evening"). */
const TIME_PHRASE_WORDS = 4;
/** How far back (tokens) a body's act may stand from the figure it decides about. */
const ACT_REACH = 16;
/** How far before a quote its speaker may be introduced (characters). */
const QUOTE_LEAD = 400;

/** The matches (sorted by position) nearest to token `at`, at most NEAREST_MATCHES on each side. */
function nearest<T>(matches: readonly PhraseMatch<T>[], at: number): readonly PhraseMatch<T>[] {
  if (matches.length <= 2 * NEAREST_MATCHES) return matches;
  const lo = lowerBound(matches, at, (m) => m.from);
  return matches.slice(Math.max(0, lo - NEAREST_MATCHES), lo + NEAREST_MATCHES);
}

/** Attribution word lists that the compiled claim lexicon does not carry, compiled once per language. */
interface SpeakerLexicon {
  speakerNouns: PhraseMatcher<true>;
  speakerLinks: PhraseMatcher<true>;
  placeLinks: PhraseMatcher<true>;
  anaphors: PhraseMatcher<true>;
  auxiliaries: PhraseMatcher<true>;
  /** First and last words of the multi-word anaphors ("the", "group"). */
  anaphorHeads: PhraseMatcher<true>;
  anaphorTails: PhraseMatcher<true>;
  orgPronouns: PhraseMatcher<true>;
  /** Nouns of a written count ("tally", «حصيلة») and the links to who made it ("by", «أعدتها»). */
  documentNouns: PhraseMatcher<true>;
  authorLinks: PhraseMatcher<true>;
  relayVerbs: PhraseMatcher<true>;
  relayMarkers: PhraseMatcher<true>;
  hasRelayMarkers: boolean;
  /** Folded prefixes that make a word a noun or adjective, never a speech verb («التابعة»). */
  articles: string[];
  /** Acts by which a body decides about the people it counts ("ordered the detention of", «قضت … بإعدام»). */
  authorityActs: PhraseMatcher<true>;
  hasAuthorityActs: boolean;
  /** Times of day and the adverbs that place them ("evening", "midnight", "shortly"), skipped between a subject and its verb. */
  timesOfDay: PhraseMatcher<true>;
  /** Joiners that set a clause against the one before ("but", «لكن»). */
  contrastJoiners: PhraseMatcher<true>;
  hasContrast: boolean;
}

/**
 * Attribution lists read from a language's claims.json beyond the ClaimLexicon type (optional:
 * a language without them has none).
 */
type AttributionData = ClaimLexicon & { authorityActs?: string[]; speakerTimesOfDay?: string[]; contrastJoiners?: string[] };

const speakerLexicons = new WeakMap<CompiledLexicon, SpeakerLexicon>();

const fold = (w: string) => foldWord(w).toLowerCase();

/**
 * fold() of names tested again and again (every organisation named before a definite
 * description «المفوضية» is tried): computed once per name. Bounded.
 */
const foldedNames = new Map<string, string>();
function foldName(text: string): string {
  let f = foldedNames.get(text);
  if (f === undefined) {
    f = fold(text);
    if (foldedNames.size > 50_000) foldedNames.clear();
    foldedNames.set(text, f);
  }
  return f;
}
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The language data a compiled lexicon was built from (compiled lexicons keep no link to it). */
function sourceLexicon(lex: CompiledLexicon): ClaimLexicon | null {
  for (const p of LANGUAGES) {
    const raw = p.claimLexicon;
    const prefixes = raw.prefixes.map(fold).sort((a, b) => b.length - a.length);
    if (
      sameList(prefixes, lex.prefixes) &&
      raw.adjectivesBeforeNoun === lex.adjectivesBeforeNoun &&
      sameList(raw.conjunctionPrefixes.map((w) => foldWord(w)), lex.conjunctionPrefixes) &&
      sameList(raw.addresseePrefixes ?? [], lex.addresseePrefixes)
    ) {
      return raw;
    }
  }
  return null;
}

function speakerLexicon(lex: CompiledLexicon): SpeakerLexicon {
  let s = speakerLexicons.get(lex);
  if (!s) {
    const raw = sourceLexicon(lex);
    const multi = (raw?.speakerAnaphors ?? []).map((p) => p.split(/\s+/)).filter((w) => w.length > 1);
    const m = (list: readonly string[] | undefined) => new PhraseMatcher<true>((list ?? []).map((w): [string, true] => [w, true]), lex.morph);
    s = {
      speakerNouns: m(raw?.speakerNouns),
      speakerLinks: m(raw?.speakerLinks),
      placeLinks: m(raw?.speakerPlaceLinks),
      anaphors: m(raw?.speakerAnaphors),
      auxiliaries: m(raw?.speakerAuxiliaries),
      anaphorHeads: m(multi.map((w) => w[0]!)),
      anaphorTails: m(multi.map((w) => w[w.length - 1]!)),
      orgPronouns: m(raw?.speakerOrgPronouns),
      documentNouns: m(raw?.documentNouns),
      authorLinks: m(raw?.authorLinks),
      relayVerbs: m(raw?.sourceRelayVerbs),
      relayMarkers: m(raw?.sourceRelayMarkers),
      hasRelayMarkers: (raw?.sourceRelayMarkers ?? []).length > 0,
      articles: (raw?.speakerVerbArticles ?? []).map(fold).sort((a, b) => b.length - a.length),
      authorityActs: m((raw as AttributionData | null)?.authorityActs),
      hasAuthorityActs: ((raw as AttributionData | null)?.authorityActs ?? []).length > 0,
      timesOfDay: m((raw as AttributionData | null)?.speakerTimesOfDay),
      contrastJoiners: m((raw as AttributionData | null)?.contrastJoiners),
      hasContrast: ((raw as AttributionData | null)?.contrastJoiners ?? []).length > 0,
    };
    speakerLexicons.set(lex, s);
  }
  return s;
}

interface SentenceMatches {
  tokens: readonly Token[];
  before: PhraseMatch<true>[];
  speech: PhraseMatch<true>[];
  /** Speaker of the speech verb starting at a token, and whether the verb opens a report of its own. */
  speakers: Map<number, { s: Source | null; opens: boolean }>;
  /** Source named after the attribution phrase starting at a token. */
  phrases: Map<number, Source | null>;
  /** Start tokens of the speech verbs with no subject («، مضيفا أن»), sorted; computed on first use. */
  subjectless?: number[];
}

const isNamed = (e: EntityMention) => e.type === 'PER' || e.type === 'ORG';

export class Attributor {
  private readonly longest = new Map<string, string>();
  /** Prefixes that glue a preposition of address and the article («لل»). */
  private readonly gluedArticles: readonly string[];
  private readonly sp: SpeakerLexicon;

  constructor(
    private readonly t: NormalizedText,
    private readonly lex: CompiledLexicon,
    private readonly numbers: readonly NumberMention[],
    /** Entities in original coordinates, sorted by start. */
    private readonly entities: readonly EntityMention[],
    private readonly quotes: readonly TextSpan[],
    /** Dates in original coordinates, sorted by start: never a speaker. */
    private readonly dates: readonly Span[] = [],
  ) {
    this.sp = speakerLexicon(lex);
    this.gluedArticles = lex.prefixes.filter((q) => lex.addresseePrefixes.some((p) => q.length > p.length && q.startsWith(p)));
    const glued = (e: EntityMention) => this.lex.addresseePrefixes.some((p) => e.text.startsWith(p));
    const byKey = new Map<string, EntityMention[]>();
    for (const e of entities) {
      this.types.set(e.key, e.type);
      // Appended in place: copying the list at every mention made a long document's names quadratic.
      const list = byKey.get(e.key);
      if (list) list.push(e);
      else byKey.set(e.key, [e]);
    }
    for (const [key, list] of byKey) {
      // «للمنظمة الدولية للهجرة» beside «المنظمة الدولية للهجرة»: a mention carrying a preposition is not the name as written.
      const bare = list.filter((e) => !glued(e));
      const pool = bare.length > 0 ? bare : list;
      let best = pool[0]!.text;
      for (const e of pool) if (e.text.length > best.length) best = e.text;
      this.longest.set(key, best);
    }
  }

  private orig(i: number): number {
    const n = this.t.norm.length;
    return i >= n ? this.t.original.length : this.t.startMap[i]!;
  }

  /**
   * An entity as a source: an organisation as the text names it there ("the WHO said" → WHO,
   * not its longest mention), a person by their longest mention (Mrs. Rajavi → Maryam Rajavi);
   * a mention glued to a preposition («لرويترز») by its longest bare one.
   */
  private asSource(e: EntityMention): Source {
    const local = e.type !== 'PER' && !this.addressee(e) && !this.lex.addresseePrefixes.some((p) => e.text.startsWith(p));
    return { text: local ? e.text : (this.longest.get(e.key) ?? e.text), key: e.key };
  }

  private written(tokens: readonly Token[], a: number, b: number): Source {
    return { text: this.t.original.slice(this.orig(tokens[a]!.start), this.orig(tokens[b - 1]!.end)), key: null };
  }

  /** Entities whose start lies in norm range [from, to). */
  private entitiesIn(from: number, to: number): EntityMention[] {
    const a = this.orig(from);
    const b = this.orig(to);
    const out: EntityMention[] = [];
    const lo = lowerBound(this.entities, a, (e) => e.start);
    for (let i = lo; i < this.entities.length && this.entities[i]!.start < b; i++) out.push(this.entities[i]!);
    return out;
  }

  /** The nearest entity of the given kind named before norm position `pos` (after norm position `floor`, if given). */
  private entityBefore(pos: number, ok: (e: EntityMention) => boolean, floor = 0): EntityMention | null {
    const a = this.orig(pos);
    const f = this.orig(floor);
    const lo = lowerBound(this.entities, a, (e) => e.start);
    for (let i = lo - 1; i >= 0; i--) {
      const e = this.entities[i]!;
      if (e.start < f) break;
      if (ok(e) && !this.addressee(e)) return e;
    }
    return null;
  }

  /** The person ("he", "she") or organisation ("it") a pronoun at norm position `pos` stands for. */
  private resolvePronoun(tokens: readonly Token[], at: number, pos: number): Source | null {
    const org = this.sp.orgPronouns.matchAt(tokens, at) !== null;
    // "…," a resident told AFP. He said …»: the speaker of the last speech verb before, when it can be
    // what the pronoun stands for (no person for "it", no organisation for "he").
    const last = this.lastSpeaker(pos);
    if (last) {
      const type = last.key === null ? null : this.types.get(last.key);
      // "she" is no statement or tally written by someone.
      const document = last.key === null && last.text.split(/\s+/).some((w) => this.sp.documentNouns.hasEntry(fold(w)));
      if (org ? type !== 'PER' : type !== 'ORG' && type !== 'LOC' && !document) return last;
    }
    const e = this.entityBefore(pos, org ? (x) => x.type === 'ORG' : (x) => x.type === 'PER');
    return e ? this.asSource(e) : null;
  }

  /** A source as written that is itself a definite description referring back ("the statement"). */
  private anaphorText(s: Source): boolean {
    if (s.key !== null) return false;
    const toks = tokenize(s.text, []);
    return toks.length > 0 && this.sp.anaphors.matchAt(toks, 0)?.to === toks.length;
  }

  /** Entity types by key. */
  private readonly types = new Map<string, EntityMention['type']>();
  /** Set while the speaker before a pronoun is looked for: a pronoun found there is not looked further back. */
  private resolving = false;

  /**
   * The speaker of the last speech verb outside quotes in the PREVIOUS_SPEAKER_CHARS before norm
   * position `pos`, in its paragraph or the one before.
   */
  private lastSpeaker(pos: number): Source | null {
    if (this.resolving) return null;
    const from = Math.max(0, pos - PREVIOUS_SPEAKER_CHARS);
    const toks = tokenize(this.t.norm, this.numbers, from, pos);
    const verbs = this.speechVerbsIn(toks);
    this.resolving = true;
    try {
      for (let i = verbs.length - 1; i >= 0; i--) {
        const v = verbs[i]!;
        if (this.quoteAt(toks[v.from]!.start)) continue;
        // A verb cut from its subject by the window names nobody reliably.
        if (v.from < SUBJECT_WORDS && from > 0) break;
        const s = this.speakerOf(toks, v);
        if (s) return s;
      }
    } finally {
      this.resolving = false;
    }
    return null;
  }

  private quoteAt(pos: number): TextSpan | null {
    for (const q of this.quotes) {
      if (q.start > pos) break;
      if (pos < q.end) return q;
    }
    return null;
  }

  /** «قال مسؤول لرويترز»: an entity glued to a preposition of address is the medium told, not the speaker. */
  private addressee(e: EntityMention): boolean {
    let a = this.addressees.get(e);
    if (a === undefined) {
      a = this.addresseeOf(e);
      this.addressees.set(e, a);
    }
    return a;
  }

  private readonly addressees = new Map<EntityMention, boolean>();

  private addresseeOf(e: EntityMention): boolean {
    const o = this.t.original;
    // «للأمم المتحدة»: the preposition and the article glued inside the mention.
    for (const q of this.gluedArticles) if (e.text.length > q.length + 1 && foldWord(e.text.slice(0, q.length)) === q) return true;
    for (const p of this.lex.addresseePrefixes) {
      const at = e.start - p.length;
      if (at < 0 || o.slice(at, e.start) !== p) continue;
      if (at === 0 || /[\s\p{P}]/u.test(o[at - 1]!)) return true;
    }
    return false;
  }

  /** Token indices [a, b) covered by entity e (tokens in norm coordinates), or null when it starts or ends inside a word. */
  private tokenRange(tokens: readonly Token[], e: EntityMention, lo: number, hi: number): [number, number, boolean] | null {
    let a = -1;
    let b = -1;
    for (let k = Math.max(0, lo); k < Math.min(tokens.length, hi); k++) {
      const s = this.orig(tokens[k]!.start);
      const en = this.orig(tokens[k]!.end);
      if (a < 0 && en > e.start) a = k;
      if (s < e.end) b = k + 1;
    }
    if (a < 0 || b <= a) return null;
    const whole = this.orig(tokens[a]!.start) === e.start && this.orig(tokens[b - 1]!.end) === e.end;
    return [a, b, whole];
  }

  /**
   * A word that ends a name: the reported clause or another phrase starts there. With `modifier`,
   * an event word followed by another word of the phrase only modifies it ("the search and rescue
   * agency", "the maritime rescue service").
   */
  private endsName(tokens: readonly Token[], k: number, modifier = false): boolean {
    const lex = this.lex;
    const tok = tokens[k]!;
    return (
      tok.kind !== 'word' ||
      lex.complementizers.matchAt(tokens, k) !== null ||
      lex.speechVerbs.matchAt(tokens, k) !== null ||
      lex.sourceBefore.matchAt(tokens, k) !== null ||
      (lex.triggers.matchAt(tokens, k) !== null && !(modifier && tokens[k + 1]?.kind === 'word')) ||
      // «أعلن مكتب الصحة ارتفاع عدد الوفيات»: what rose is the news, not the name (a rise word
      // before a count head or topic only: «حاجي زاده» is a name).
      (lex.riseVerbs.matchAt(tokens, k) !== null && (lex.countHeads.matchAt(tokens, k + 1) !== null || lex.topics.matchAt(tokens, k + 1) !== null)) ||
      lex.qualifierBefore.matchAt(tokens, k) !== null ||
      lex.pronouns.matchAt(tokens, k) !== null
    );
  }

  /**
   * "the UN refugee agency UNHCR", «المتحدث باسم المنظمة فلافيو دي جاكومو»: of two names in one
   * phrase, joined only by a few words that end no name, the later one is its head.
   */
  private head(tokens: readonly Token[], e: EntityMention, cands: readonly EntityMention[], lo: number): EntityMention {
    const hi = lo + NAME_WINDOW + ENTITY_TOKENS;
    let cur = e;
    for (let guard = 0; guard < 4; guard++) {
      const next = cands.find((x) => x.start >= cur.end && isNamed(x) && x.key !== cur.key);
      // «قال الحاكم أدولف لافريك لإذاعة وتلفزيون الكاميرون إن»: a body after a person is the one spoken to or the person's own, never the speaker.
      if (!next || (cur.type === 'PER' && next.type !== 'PER')) break;
      const r1 = this.tokenRange(tokens, cur, lo, hi);
      const r2 = this.tokenRange(tokens, next, lo, hi);
      if (!r1 || !r2 || r2[0] - r1[1] > APPOSITIVE_GAP) break;
      let joined = true;
      for (let k = r1[1]; k < r2[0] && joined; k++) {
        const tok = tokens[k]!;
        if (tok.kind !== 'word' || this.lex.complementizers.matchAt(tokens, k) || this.lex.speechVerbs.matchAt(tokens, k) || this.lex.sourceBreakers.matchAt(tokens, k) || this.addressedWord(tokens, k)) joined = false;
      }
      if (!joined) break;
      cur = next;
    }
    return cur;
  }

  /**
   * The source named around a speech verb or attribution phrase at tokens[from, to): a person or
   * organisation within the window on the given sides, a place standing alone right next to it,
   * or a pronoun. After the verb the window ends at the reported clause («أن», "that").
   */
  private nameNear(tokens: readonly Token[], from: number, to: number, sides: 'after' | 'before' | 'both', pronounsBefore?: number, speech = false): Source | null {
    const stopAt = (i: number) => tokens[i]!.kind === 'punct' && CLAUSE_PUNCT.has(tokens[i]!.text) && !COMMAS.has(tokens[i]!.text);
    const candidates: Array<{ e: EntityMention; d: number; after: boolean }> = [];
    let afterCands: EntityMention[] = [];
    const isLoneLoc = (e: EntityMention, side: 'after' | 'before'): boolean => {
      const r = side === 'after' ? this.tokenRange(tokens, e, to, to + NAME_WINDOW + ENTITY_TOKENS) : this.tokenRange(tokens, e, from - NAME_WINDOW - 4 - ENTITY_TOKENS, from);
      if (!r || !r[2]) return false;
      const [a, b] = r;
      if (side === 'after') {
        if (a !== to) return false;
        const nx = tokens[b];
        return !nx || nx.kind === 'punct' || this.lex.complementizers.matchAt(tokens, b) !== null || this.lex.sourceBreakers.matchAt(tokens, b) !== null;
      }
      if (b !== from) return false;
      const pv = tokens[a - 1];
      return !pv || (pv.kind === 'punct' && pv.text !== '-') || this.lex.clauseJoiners.matchEndingAt(tokens, a) !== null;
    };
    if (sides !== 'before') {
      let end = to;
      while (end < tokens.length && end - to < NAME_WINDOW && !stopAt(end) && !(speech && this.lex.complementizers.matchAt(tokens, end))) end++;
      if (end > to) {
        const pr = this.lex.pronouns.matchAt(tokens, to);
        // "…, said he." names the speaker; "said he had helped" opens the reported clause.
        if (pr && (pr.to >= tokens.length || tokens[pr.to]!.kind === 'punct')) {
          const p = this.resolvePronoun(tokens, to, pronounsBefore ?? tokens[to]!.start);
          if (p) return p;
        }
        if (!pr) {
          // «وفقا لمفوضية …» names the source glued to «ل»; a name so glued further on is the medium told.
          afterCands = this.entitiesIn(tokens[to]!.start, tokens[end - 1]!.end).filter((e) => !(this.addressee(e) && (speech || e.start >= this.orig(tokens[to]!.end))));
          for (const e of afterCands) {
            if (e.type === 'LOC' ? !isLoneLoc(e, 'after') : !isNamed(e)) continue;
            candidates.push({ e, d: this.orig(tokens[to]!.start) <= e.start ? e.start - this.orig(tokens[to]!.start) : 0, after: true });
          }
        }
      }
    }
    if (sides !== 'after') {
      let begin = from;
      // «طهران/ إرنا- أعلن …», "TRIPOLI (Wire) —": a dash or slash sets a dateline off; its agency is not the subject.
      while (begin > 0 && from - begin < NAME_WINDOW + 4 && !stopAt(begin - 1) && !DATELINE_MARKS.has(tokens[begin - 1]!.text)) begin--;
      if (begin < from) {
        const pr = this.lex.pronouns.matchEndingAt(tokens, from);
        if (pr) {
          const p = this.resolvePronoun(tokens, pr.from, pronounsBefore ?? tokens[pr.from]!.start);
          if (p) return p;
        }
        for (const e of this.entitiesIn(tokens[begin]!.start, tokens[from - 1]!.end)) {
          // «التابعة للأمم المتحدة، …»: a name glued to a preposition is no subject.
          if (speech && this.addressee(e)) continue;
          if (e.type === 'LOC' ? !isLoneLoc(e, 'before') : !isNamed(e)) continue;
          candidates.push({ e, d: this.orig(tokens[from]!.start) - e.start, after: false });
        }
      }
    }
    if (candidates.length === 0) return null;
    // «قال المتحدث باسم وزارة الصحة أنيس الأصبحي»: after a title opening the words after the verb, the person named is the speaker, not the body in the title.
    // A common noun opening those words is a title too («وأوضح المكلف بالإعلام لدى المديرية …، الملازم نسيم برناوي، أن»).
    const titled = speech && sides !== 'before' && to < tokens.length && (this.sp.speakerNouns.matchAt(tokens, to) !== null || (tokens[to]!.kind === 'word' && !this.lex.pronouns.matchAt(tokens, to) && this.entitiesIn(tokens[to]!.start, tokens[to]!.end).length === 0));
    const rank = (e: EntityMention) => (e.type === 'LOC' ? 2 : titled && e.type !== 'PER' ? 1 : 0);
    candidates.sort((x, y) => rank(x.e) - rank(y.e) || x.d - y.d);
    const best = candidates[0]!;
    const e = best.after && best.e.type !== 'LOC' ? this.head(tokens, best.e, afterCands, to) : best.e;
    // «قال عضو المفوضية العليا لحقوق الإنسان علي البياتي إن»: after a title and its body, a name the recogniser missed.
    if (titled && best.after && e.type === 'ORG') {
      const name = this.nameAfter(tokens, e, to);
      if (name) return name;
      // «أعلن المدير العام لإدارة الأزمات في محافظة هرمزكان، مهرداد حسن زاده،»: the person set off by commas after the title and its body.
      // (Not when the organisation itself opens those words: «أعلنت منظمة العفو الدولية، ضمن حصيلة محدثة، أن».)
      const set = e.start > this.orig(tokens[to]!.start) ? this.speakerAfterVerb(tokens, to) : null;
      if (set && (set.key ? this.types.get(set.key) === 'PER' : !this.t.original.startsWith(set.text, this.orig(tokens[to]!.start)))) return set;
    }
    return this.asSource(e);
  }

  /**
   * The plain words right after entity e (a few, none a speaker noun, link, clause word or
   * name) that end at the reported clause, a comma, a colon or the one spoken to: a person's name
   * the recogniser missed.
   */
  private nameAfter(tokens: readonly Token[], e: EntityMention, lo: number): Source | null {
    const r = this.tokenRange(tokens, e, lo, lo + NAME_WINDOW + ENTITY_TOKENS);
    if (!r || !r[2]) return null;
    let k = r[1];
    while (k < tokens.length && k - r[1] < APPOSITIVE_NAME_WORDS && tokens[k]!.kind === 'word' && !this.endsName(tokens, k) && !this.lex.sourceBreakers.matchAt(tokens, k) && !this.sp.speakerNouns.matchAt(tokens, k) && !this.addressedWord(tokens, k) && this.entitiesIn(tokens[k]!.start, tokens[k]!.end).length === 0) k++;
    if (k - r[1] < 2 || k >= tokens.length) return null;
    const next = tokens[k]!;
    const ends = this.lex.complementizers.matchAt(tokens, k) !== null || this.addressedWord(tokens, k) || (next.kind === 'punct' && (COMMAS.has(next.text) || next.text === ':'));
    return ends ? this.written(tokens, r[1], k) : null;
  }

  /** Some token of [a, b) is a speaker noun. */
  private hasSpeakerNoun(tokens: readonly Token[], a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.sp.speakerNouns.matchAt(tokens, k)) return true;
    return false;
  }

  /**
   * The subject written before a speech verb at token `at`, from the start of its clause: a
   * person or organisation named in it (an acronym in brackets right before the verb first),
   * else the phrase as written when it holds a speaker noun. An aside between the subject and
   * the verb ("One resident, reached by phone, said") is skipped; a date at its start is left
   * out ("On Tuesday the governor said").
   */
  private subjectBefore(tokens: readonly Token[], at: number): Source | null {
    // «وقالت …»: a verb carrying a conjunction opens its clause; its subject follows it.
    if (this.gluedVerb(tokens[at]!)) return null;
    let b = at;
    // «وكانت المنظمة قد ذكرت», «حصيلة صادرة يوم الأحد قد تحدثت»: a particle and a date between subject and verb are skipped.
    for (let guard = 0; guard < 4 && b > 0; guard++) {
      const tok = tokens[b - 1]!;
      if (this.sp.auxiliaries.matchAt(tokens, b - 1)) b--;
      else if (tok.kind !== 'punct' && this.dateIn(this.orig(tok.start), this.orig(tok.end))) {
        b--;
        while (b > 0 && tokens[b - 1]!.kind !== 'punct' && this.dateIn(this.orig(tokens[b - 1]!.start), this.orig(tokens[b - 1]!.end))) b--;
        // "on", «يوم»: the word that introduces the date goes with it.
        if (b > 0 && this.lex.sourceBreakers.matchAt(tokens, b - 1) && !this.sp.speakerLinks.matchAt(tokens, b - 1) && !this.sp.placeLinks.matchAt(tokens, b - 1)) b--;
      } else if (this.sp.timesOfDay.matchAt(tokens, b - 1)) {
        // "on Sunday evening", "shortly after midnight", "around midday": a time of day with its date and the words that introduce it.
        b--;
        for (let k = 0; k < TIME_PHRASE_WORDS && b > 0; k++) {
          const w = tokens[b - 1]!;
          const timed = w.kind === 'word' && (this.dateIn(this.orig(w.start), this.orig(w.end)) || this.sp.timesOfDay.matchAt(tokens, b - 1) !== null || this.lex.qualifierBefore.matchAt(tokens, b - 1) !== null || (this.lex.sourceBreakers.matchAt(tokens, b - 1) !== null && !this.sp.speakerLinks.matchAt(tokens, b - 1) && !this.sp.placeLinks.matchAt(tokens, b - 1)));
          if (!timed) break;
          b--;
        }
      } else break;
    }
    if (b === 0) return null;
    // «الحصيلة الأولية التي أعلنتها المحافظة»: after a relative word, what stands before is the verb's object; its subject follows it.
    if (this.lex.relativeWords.matchEndingAt(tokens, b) !== null) return null;
    const prev = tokens[b - 1];
    if (prev && prev.text === ')') {
      let k = b - 2;
      while (k >= 0 && b - 2 - k < ASIDE_WORDS && tokens[k]!.kind === 'word') k--;
      if (k < 0 || tokens[k]!.text !== '(' || k === b - 2) return null;
      const bracketed = this.entitiesIn(tokens[k + 1]!.start, tokens[b - 2]!.end).filter(isNamed);
      // "Iran Human Rights (IHR) said": the name given in brackets right before the verb, with the
      // name it abbreviates when that stands right before the brackets.
      if (bracketed.length > 0) {
        const acr = this.asSource(bracketed[bracketed.length - 1]!);
        const open = this.orig(tokens[k]!.start);
        const full = k > 0 ? this.entitiesIn(tokens[Math.max(0, k - ENTITY_TOKENS)]!.start, tokens[k - 1]!.end).filter(isNamed).pop() : undefined;
        if (full && full.type !== 'PER' && /^\s*$/.test(this.t.original.slice(full.end, open))) {
          return { text: this.t.original.slice(full.start, this.orig(tokens[b - 1]!.end)), key: acr.key };
        }
        return acr;
      }
      b = k;
    } else if (prev && COMMAS.has(prev.text) && !this.conjunctionGlued(tokens[at]!)) {
      let k = b - 2;
      // An aside holds no speech verb and no reported clause («…، إن القارب غرق، مضيفا»).
      while (k >= 0 && b - 2 - k < ASIDE_WORDS && tokens[k]!.kind === 'word' && !this.lex.speechVerbs.matchAt(tokens, k) && !this.lex.complementizers.matchAt(tokens, k)) k--;
      if (k < 0 || !COMMAS.has(tokens[k]!.text) || k === b - 2) return null;
      // "the head of the commission, Raed Haddad, told": a person set off right before the verb is
      // its subject; so is an organisation that is the whole aside ("The U.N. humanitarian office, OCHA, said").
      const open = this.orig(tokens[k + 1]!.start);
      const close = this.orig(tokens[b - 2]!.end);
      const set = this.entitiesIn(tokens[k + 1]!.start, tokens[b - 2]!.end).filter((e) => e.end === close && (e.type === 'PER' || (e.type === 'ORG' && e.start === open)));
      if (set.length > 0) return this.asSource(set[0]!);
      b = k;
    }
    let a = b;
    // "Officials in Kano said": a place modifier is crossed but left out of the source.
    let cut = b;
    let crossed = false;
    // "the farmers' union": a possessive apostrophe glued to its word is part of the subject.
    const possessive = (k: number) => {
      const tok = tokens[k]!;
      return tok.kind === 'punct' && APOSTROPHES.has(tok.text) && k > 0 && tokens[k - 1]!.kind === 'word' && tokens[k - 1]!.end === tok.start;
    };
    const boundary = (k: number) => {
      const tok = tokens[k]!;
      if (possessive(k)) return false;
      return tok.kind !== 'word' || this.dateIn(this.orig(tok.start), this.orig(tok.end)) || this.lex.clauseJoiners.matchEndingAt(tokens, k + 1) !== null || this.lex.complementizers.matchAt(tokens, k) !== null || this.sp.auxiliaries.matchAt(tokens, k) !== null;
    };
    // "the search and rescue agency said": before a speaker noun, an event word is a modifier.
    const modified = b > 0 && this.sp.speakerNouns.matchAt(tokens, b - 1) !== null;
    while (a > 0 && b - a < SUBJECT_WORDS && !boundary(a - 1)) {
      const k = a - 1;
      if (possessive(k)) {
        a--;
        continue;
      }
      if (this.sp.placeLinks.matchAt(tokens, k)) cut = k;
      // "reports said": a word that is both a speaker noun and a verb is the noun before a verb.
      else if (this.endsName(tokens, k, modified) && !(this.sp.speakerNouns.matchAt(tokens, k) && tokens[k]!.kind === 'word' && !this.lex.complementizers.matchAt(tokens, k))) {
        // «حصيلة أعلنها المتحدث قد أشارت»: the speaker of a relative clause in the subject is the source.
        const v = (this.lex.sourceBefore.matchAt(tokens, k)?.to ?? 0) > k + 1 ? null : this.lex.speechVerbs.matchAt(tokens, k);
        if (!v || v.to >= cut) return null;
        const end = this.lastSpeakerNoun(tokens, v.to, cut);
        return this.namedOrWritten(tokens, v.to, end > v.to ? end : cut);
      }
      // «العميد أمير علي حاجي زاده»: a word spelt like a preposition («علي»/«على») may stand inside a titled name.
      else if (this.lex.sourceBreakers.matchAt(tokens, k) && !this.sp.speakerLinks.matchAt(tokens, k)) crossed = true;
      a--;
    }
    // "One resident said", "Two officials said", "A second security source said": a number word,
    // after at most one word opening the clause, may open the subject.
    if (a > 0 && a < b && tokens[a - 1]!.kind === 'num' && /^\p{L}/u.test(tokens[a - 1]!.text)) {
      if (a === 1 || boundary(a - 2)) a--;
      else if (tokens[a - 2]!.kind === 'word' && (a === 2 || boundary(a - 3)) && !this.endsName(tokens, a - 2)) a -= 2;
    }
    if (a > 0 && !boundary(a - 1)) return null;
    // "hangs three protesters as …": words right after a count are what it counts, not a subject.
    if (a > 0 && tokens[a - 1]!.kind === 'num' && !this.dateIn(this.orig(tokens[a - 1]!.start), this.orig(tokens[a - 1]!.end))) return null;
    // A link crossed is part of the subject only after a speaker noun opening it, or a document and its author ("An earlier toll given by the governor had put …").
    if (crossed && !(a < b && this.sp.speakerNouns.matchAt(tokens, a)) && this.authorAfter(tokens, a, cut) < 0) return null;
    // A link cannot open a subject: "in Kano officials said" has none.
    if (a < b && (this.sp.speakerLinks.matchAt(tokens, a) || this.sp.placeLinks.matchAt(tokens, a))) return null;
    if (a >= cut) return null;
    // «ووضعت السلطات …»: a clause opened by a word with a conjunction is a verb phrase, not a subject.
    if (this.conjunctionGlued(tokens[a]!) && !this.sp.speakerNouns.matchAt(tokens, a) && this.entitiesIn(tokens[a]!.start, tokens[a]!.end).length === 0) return null;
    // "said that Al Haouz Province recorded 290 deaths": a place opening a reported clause is what the figure is about, not who gives it.
    const reported = a > 0 && this.lex.complementizers.matchAt(tokens, a - 1) !== null;
    // "X said that Al Haouz Province recorded 290 deaths": the clause reports X's words; its own subject is not the source.
    if (reported) {
      for (let k = a - 2; k >= 0 && a - 2 - k <= SOURCE_WORDS && tokens[k]!.kind === 'word'; k--) if (this.lex.speechVerbs.matchAt(tokens, k)) return null;
    }
    return this.namedOrWritten(tokens, a, cut, b, !reported);
  }

  /**
   * A subject phrase tokens[a, end) (its place modifier running to `full`): a person or
   * organisation named before any link ("IOM spokesperson Flavio Di Giacomo"), an
   * organisation named earlier for a definite description ("the organisation", «المنظمة»),
   * the phrase as written when it holds a speaker noun or is a proper name the recogniser
   * missed (every word capitalised), else a name anywhere in it.
   */
  private namedOrWritten(tokens: readonly Token[], a: number, end: number, full = end, place = false): Source | null {
    // "According to an updated tally by the Ministry of the Interior", «بحسب حصيلة أعدتها وكالة
    // فرانس برس»: a written count speaks for whoever made it.
    const author = this.authorAfter(tokens, a, end);
    if (author >= 0 && author < end) {
      const s = this.namedOrWritten(tokens, author, end, full, place);
      if (s) return s;
    }
    const named = this.entitiesIn(tokens[a]!.start, tokens[full - 1]!.end).filter(isNamed);
    let link = -1;
    for (let k = a; k < end && link < 0; k++) if (this.sp.speakerLinks.matchAt(tokens, k)) link = k;
    // "A spokesman for the Ministry of Health": a name after a link only modifies the speaker noun.
    const head = named.filter((e) => e.start < this.orig(tokens[link < 0 ? end - 1 : link]!.end) && e.start < this.orig(tokens[end - 1]!.end));
    if (head.length > 0) return this.asSource(head[head.length - 1]!);
    if (this.anaphor(tokens, a, end)) {
      // «المفوضية» → the organisation named before whose name holds that noun, else the nearest one.
      const forms = this.lex.morph.forms(tokens[end - 1]!.text).filter((f) => f.length >= 3);
      const holds = (text: string) => {
        const folded = foldName(text);
        return forms.some((f) => folded.includes(f));
      };
      const at = this.orig(tokens[a]!.start);
      const e = this.entityBefore(tokens[a]!.start, (x) => x.type === 'ORG' && holds(x.text));
      // «وفق ما أفادت شبكة أطباء …. وأوضحت الشبكة»: a source named as written earlier counts too.
      let w: { at: number; s: Source } | null = null;
      for (let i = this.named.length - 1; i >= 0 && !w; i--) if (this.named[i]!.at < at && this.named[i]!.s.key === null && holds(this.named[i]!.s.text)) w = this.named[i]!;
      if (w && (!e || w.at > e.start)) return w.s;
      if (e) return this.asSource(e);
      // "the same source", "the statement": no organisation holds the noun; the speaker of the last
      // speech verb before it, else the nearer of the organisation named last and the source of the last claim —
      // before its sentence ("An earlier toll by local officials had put …, but …, the statement said": not those officials).
      const speaker = this.lastSpeaker(tokens[0]!.start);
      if (speaker && !this.anaphorText(speaker) && (speaker.key === null || this.types.get(speaker.key) !== 'PER')) return speaker;
      const any = this.entityBefore(tokens[a]!.start, (x) => x.type === 'ORG');
      const last = this.recent;
      if (last && last.at < this.orig(tokens[0]!.start) && (!any || any.start < last.at) && (last.s.key === null || this.types.get(last.s.key) !== 'PER')) return last.s;
      if (any) return this.asSource(any);
    }
    // "one of the sources", «أحد المسؤولين»: after a count the speaker noun follows the link.
    const partitive = tokens[a]!.kind === 'num' && link === a + 1;
    if (this.hasSpeakerNoun(tokens, a, link < 0 || partitive ? end : link) || this.properName(tokens, a, end)) return this.written(tokens, a, end);
    if (named.length > 0) return this.asSource(named[named.length - 1]!);
    // "the US said": a place that is the whole subject, but for an article, speaks for its government.
    if (!place) return null;
    const loc = this.entitiesIn(tokens[a]!.start, tokens[end - 1]!.end).find((e) => e.type === 'LOC');
    const r = loc ? this.tokenRange(tokens, loc, a, end) : null;
    if (loc && r && r[2] && r[1] === end && r[0] <= a + 1 && (r[0] === a || !this.sp.speakerNouns.matchAt(tokens, a))) return this.asSource(loc);
    return null;
  }

  /** Where the author of a document noun in tokens[a, end) starts ("a tally by | the ministry"), else -1. */
  private authorAfter(tokens: readonly Token[], a: number, end: number): number {
    for (let k = a; k < end && k - a <= AUTHOR_NOUN_REACH; k++) {
      const doc = this.sp.documentNouns.matchAt(tokens, k);
      if (!doc) continue;
      // The link may close the phrase ("an updated tally | by …"): the author's words follow it.
      for (let j = doc.to; j <= end && j < tokens.length && j - doc.to <= AUTHOR_LINK_REACH; j++) {
        const link = this.sp.authorLinks.matchAt(tokens, j);
        if (link) return link.to;
      }
      return -1;
    }
    return -1;
  }

  /**
   * tokens[a, end) is a definite description of an organisation: a listed one ("the group",
   * «المنظمة»), or one with modifiers between its first and last word ("the London-based watchdog").
   */
  private anaphor(tokens: readonly Token[], a: number, end: number): boolean {
    const an = this.sp.anaphors.matchAt(tokens, a);
    if (an && an.to === end) return true;
    if (end - a < 3 || end - a > 4 || !this.sp.anaphorHeads.matchAt(tokens, a) || !this.sp.anaphorTails.matchAt(tokens, end - 1)) return false;
    return this.entitiesIn(tokens[a]!.start, tokens[end - 1]!.end).length === 0;
  }

  /** Every word of tokens[a, b) starts with a capital letter (a name in a script with case). */
  private properName(tokens: readonly Token[], a: number, b: number): boolean {
    if (b <= a) return false;
    for (let k = a; k < b; k++) {
      const c = this.t.original[this.orig(tokens[k]!.start)] ?? '';
      if (tokens[k]!.kind !== 'word' || !/\p{Lu}/u.test(c)) return false;
    }
    return true;
  }

  /** A speech verb carrying a conjunction prefix («وقالت»). */
  private gluedVerb(tok: Token): boolean {
    for (const p of this.lex.conjunctionPrefixes) {
      if (tok.text.length > p.length + 1 && tok.text.startsWith(p) && this.lex.speechVerbs.matchAt([{ ...tok, text: tok.text.slice(p.length) }], 0)) return true;
    }
    return false;
  }

  /** A word that may carry a conjunction prefix («ووضعت»). */
  private conjunctionGlued(tok: Token): boolean {
    return this.lex.conjunctionPrefixes.some((p) => tok.text.length > p.length + 1 && tok.text.startsWith(p));
  }

  /**
   * The token range [a, b) of a source named as written after an attribution phrase ("according
   * to the health ministry", «نقلا عن مصادر طبية», dir 1) or before a verb whose object is the
   * medium ("a police spokesman told Reuters", dir -1): up to a clause boundary, a number, a
   * speech verb, a lexicon word that ends the name, or SOURCE_WORDS words; links ("of", «من»)
   * are crossed after an attribution phrase, a word glued to a preposition of address is not.
   */
  private phraseRange(tokens: readonly Token[], at: number, dir: 1 | -1): [number, number] | null {
    // «حسب حصيلة محينة لوزارة الداخلية»: after a document noun, a name glued to «ل» is its author, not the one spoken to.
    let documented = false;
    const stop = (k: number) => this.endsName(tokens, k) || (this.lex.sourceBreakers.matchAt(tokens, k) !== null && !(dir === 1 && k > at && this.sp.speakerLinks.matchAt(tokens, k))) || (dir === 1 && k > at && !documented && this.addressedWord(tokens, k));
    let a = at;
    let b = at;
    if (dir === 1) {
      while (b < tokens.length && b - at < SOURCE_WORDS && !stop(b)) {
        if (this.sp.documentNouns.matchAt(tokens, b)) documented = true;
        b++;
      }
    } else {
      while (a > 0 && at - a < SOURCE_WORDS && !stop(a - 1)) a--;
    }
    while (b > a && this.sp.speakerLinks.matchAt(tokens, b - 1)) b--;
    if (b <= a) return null;
    return [a, b];
  }

  /** Some date overlaps original range [a, b). */
  private dateIn(a: number, b: number): boolean {
    // the first date ending after a (end <= a ⇔ end < a + 1 for integer offsets)
    const lo = lowerBound(this.dates, a + 1, (d) => d.end);
    return lo < this.dates.length && this.dates[lo]!.start < b;
  }

  /**
   * The speaker named as written after a speech verb: the words after the verb up to the first
   * word that ends a name, provided a complementizer follows within a few words with no clause
   * boundary or number before it («قال المتحدث باسم الشرطة إن …», «وقال مسؤول محلي في بيان إن
   * …») — or, with no complementizer, provided those words hold a speaker noun («وقال طبيب في
   * المستشفى:», «أعلنت وزارة الداخلية، اليوم، أن»). A word glued to a preposition of address
   * («للصحفيين») ends the name; a date is never a speaker.
   */
  private speakerAfterVerb(tokens: readonly Token[], at: number): Source | null {
    const lex = this.lex;
    let b = at;
    let cut = -1;
    let complement = false;
    for (; b < tokens.length && b - at <= SOURCE_WORDS + 4; b++) {
      const tok = tokens[b]!;
      if (tok.kind !== 'word') break;
      if (lex.complementizers.matchAt(tokens, b)) {
        complement = true;
        break;
      }
      if (cut < 0 && ((lex.sourceBreakers.matchAt(tokens, b) && !this.sp.speakerLinks.matchAt(tokens, b)) || this.endsName(tokens, b))) cut = b;
      if (cut < 0 && b > at && this.addressedWord(tokens, b)) cut = b;
      if (cut < 0 && this.dateIn(this.orig(tok.start), this.orig(tok.end))) cut = b;
      // «قبل أن يعلن الدفاع المدني حصيلة أولية بـ23»: an indefinite document noun after the speaker is what the verb gives.
      if (cut < 0 && b > at && this.sp.documentNouns.matchAt(tokens, b) && lex.definitePrefixes.length > 0 && !lex.definitePrefixes.some((p) => tok.text.startsWith(p))) cut = b;
    }
    let end = cut < 0 ? b : cut;
    if (end <= at || end - at > SOURCE_WORDS) return null;
    // Before a complementizer a name the recogniser missed passes («قال آشيش كومار إن»), but not one
    // word that names nobody («طلبت عدم ذكر اسمها إن»), unless it is the last name of a person
    // named before («وأوضح راسخ أن»); without one, only a speaker noun phrase.
    if (!this.hasSpeakerNoun(tokens, at, end) && !this.properName(tokens, at, end) && !(complement && end - at >= 2)) {
      if (!complement || end - at !== 1) return null;
      const word = fold(tokens[at]!.text);
      const e = this.entityBefore(tokens[at]!.start, (x) => x.type === 'PER' && x.text.includes(' ') && foldName(x.text).endsWith(' ' + word), Math.max(0, tokens[at]!.start - NAME_MEMORY_CHARS));
      return e ? this.asSource(e) : null;
    }
    // «امرأة طلبت عدم ذكر اسمها»: words running into another speech verb are a relative clause; the speaker ends at its noun.
    if (cut >= 0 && lex.speechVerbs.matchAt(tokens, cut) && !lex.sourceBreakers.matchAt(tokens, cut)) {
      const last = this.lastSpeakerNoun(tokens, at, end);
      if (last > at) end = Math.min(end, last);
    }
    // A link cannot end a speaker: «مصدر من» is cut before it.
    while (end > at && this.sp.speakerLinks.matchAt(tokens, end - 1)) end--;
    if (end <= at) return null;
    const from = this.orig(tokens[at]!.start);
    const to = this.orig(tokens[end - 1]!.end);
    if (this.dateIn(from, to)) return null;
    // «وأوضح المصدر أن»: a definite description refers back.
    if (this.anaphor(tokens, at, end)) return this.namedOrWritten(tokens, at, end);
    // «قال قائد الشرطة، جاوته ديكون، في مؤتمر صحفي إن»: a name set off by commas after a title is the speaker.
    let comma = end;
    // «مدير الوحدة في المكتب، الدكتور …،»: a place modifier of the title may come first.
    // «المديرة الطبية لمستشفى تيشيمان البلدي، أبينا منساه،»: so may the body the title belongs to, glued to «ل».
    if (comma < tokens.length && (this.sp.placeLinks.matchAt(tokens, comma) || this.sp.speakerLinks.matchAt(tokens, comma) || this.addressedWord(tokens, comma))) {
      while (comma < tokens.length && comma - end <= APPOSITIVE_NAME_WORDS && tokens[comma]!.kind === 'word') comma++;
    }
    const named = this.hasSpeakerNoun(tokens, at, end) ? this.appositiveName(tokens, comma) : null;
    return named ?? { text: this.t.original.slice(from, to), key: null };
  }

  /**
   * A person's name set off by commas at tokens[at] (a comma) after a title: a person named there,
   * else the words between the commas when they are a few plain words (no speaker noun, verb,
   * number, link or clause word), followed by the reported clause or what introduces it.
   */
  private appositiveName(tokens: readonly Token[], at: number): Source | null {
    if (at >= tokens.length || !COMMAS.has(tokens[at]!.text)) return null;
    let k = at + 1;
    while (k < tokens.length && k - at - 1 < APPOSITIVE_NAME_WORDS && tokens[k]!.kind === 'word' && !this.endsName(tokens, k) && !this.lex.sourceBreakers.matchAt(tokens, k) && !this.addressedWord(tokens, k)) k++;
    if (k === at + 1 || k >= tokens.length || !COMMAS.has(tokens[k]!.text)) return null;
    const person = this.entitiesIn(tokens[at + 1]!.start, tokens[k - 1]!.end).find((e) => e.type === 'PER');
    if (person) return this.asSource(person);
    // The name is no title itself («، مسؤول محلي،»): no speaker noun ends it, nor opens it with a word or two after it.
    if (this.sp.speakerNouns.matchAt(tokens, k - 1) || (this.sp.speakerNouns.matchAt(tokens, at + 1) && k - at - 1 <= 2) || this.entitiesIn(tokens[at + 1]!.start, tokens[k - 1]!.end).length > 0) return null;
    // What follows is the reported clause, or a phrase before it («في مؤتمر صحفي إن», «للأناضول، إن»).
    if (!this.opensReport(tokens, k + 1)) return null;
    return this.written(tokens, at + 1, k);
  }

  /** The end of the last speaker noun in tokens[a, b), or -1. */
  private lastSpeakerNoun(tokens: readonly Token[], a: number, b: number): number {
    let last = -1;
    for (let k = a; k < b; k++) {
      const n = this.sp.speakerNouns.matchAt(tokens, k);
      if (n && n.to <= b) last = n.to;
    }
    return last;
  }

  /** A word glued to a preposition of address and the article («للصحفيين»), or an entity so glued («لرويترز»). */
  private addressedWord(tokens: readonly Token[], k: number): boolean {
    const text = tokens[k]!.text;
    const glued = this.lex.addresseePrefixes.some((p) => this.lex.prefixes.some((q) => q.startsWith(p) && q.length > p.length && text.startsWith(q) && text.length > q.length + 1));
    if (glued) return true;
    // «لوكالة الأنباء»: a speaker noun glued to the preposition (but «لجنة» is a noun of its own).
    if (!this.sp.speakerNouns.hasEntry(text)) {
      for (const p of this.lex.addresseePrefixes) {
        if (text.length > p.length + 2 && text.startsWith(p) && this.sp.speakerNouns.matchAt([{ ...tokens[k]!, text: text.slice(p.length) }], 0)) return true;
      }
    }
    return this.entitiesIn(tokens[k]!.start, tokens[k]!.end).some((e) => this.addressee(e));
  }

  /** A relay marker («عن») follows within a source's length, before a number or a clause boundary. */
  private relayMarkerAfter(tokens: readonly Token[], at: number): boolean {
    for (let k = at; k < tokens.length && k - at <= SOURCE_WORDS && tokens[k]!.kind === 'word'; k++) if (this.sp.relayMarkers.matchAt(tokens, k)) return true;
    return false;
  }

  /**
   * «نقلت المنظمة عن شهود أن …», "the agency quoted a police officer as saying …": the relayed
   * source, named after the relay marker («عن») or, in a language without one, right after the verb.
   */
  private relayed(tokens: readonly Token[], m: PhraseMatch<true>): Source | null {
    if (!this.sp.relayVerbs.matchAt(tokens, m.from)) return null;
    let at = m.to;
    if (this.sp.hasRelayMarkers) {
      let k = m.to;
      while (k < tokens.length && k - m.to <= SOURCE_WORDS && tokens[k]!.kind === 'word' && !this.sp.relayMarkers.matchAt(tokens, k) && !this.lex.complementizers.matchAt(tokens, k)) k++;
      const mk = k < tokens.length ? this.sp.relayMarkers.matchAt(tokens, k) : null;
      if (!mk) return null;
      at = mk.to;
    }
    const s = this.nameNear(tokens, at - 1, at, 'after', undefined, true);
    if (s) return s;
    const r = this.phraseRange(tokens, at, 1);
    return r ? this.namedOrWritten(tokens, r[0], r[1]) : null;
  }

  /**
   * The speaker of a speech verb at tokens[m.from, m.to) (see the module comment, rule 3);
   * `pronounsBefore` is where a pronoun's antecedent is looked for (before a quote it follows).
   */
  private speakerOf(tokens: readonly Token[], m: PhraseMatch<true>, pronounsBefore?: number, paragraphStart?: number): Source | null {
    // «وقال الحاكم جان نجي في بيان إن»: a phrase opened by a preposition ("in a statement") goes with the verb before it, which names the speaker.
    if (m.to - m.from > 1 && this.lex.sourceBreakers.matchAt(tokens, m.from) && this.lex.speechVerbs.findAll(tokens, Math.max(0, m.from - SUBJECT_WORDS), m.from).length > 0) return null;
    const relay = this.relayed(tokens, m);
    if (relay) return relay;
    // «إدارة السجون نقلت 60 أسيرا»: a relay verb with neither its marker («عن») nor a reported clause moves things, it reports nothing.
    if (this.sp.hasRelayMarkers && this.sp.relayVerbs.matchAt(tokens, m.from) && !this.opensReport(tokens, m.to) && !this.relayMarkerAfter(tokens, m.to)) return null;
    // "X told Reuters": the name after the verb is the medium; the source is its subject.
    if (this.lex.addresseeVerbs.matchAt(tokens, m.from)) {
      const s = this.subjectBefore(tokens, m.from) ?? this.nameNear(tokens, m.from, m.to, 'before', pronounsBefore);
      if (s) return s;
      const r = this.phraseRange(tokens, m.from, -1);
      return r ? this.namedOrWritten(tokens, r[0], r[1]) : null;
    }
    const subject = this.subjectBefore(tokens, m.from);
    if (subject) return subject;
    // «وأوضح أن …», «، مبينة أن …»: no subject at all continues the speaker of the speech verb before
    // it, in the same paragraph, else (a paragraph opening «وذكرت أن …») in the text just before it;
    // a name before such a verb belongs to another clause.
    if (this.subjectless(tokens, m)) {
      if (paragraphStart === undefined) return null;
      const pos = tokens[m.from]!.start;
      const floor = Math.max(0, pos - PREVIOUS_SPEAKER_CHARS);
      const previous = this.previousSpeaker(Math.max(paragraphStart, floor), pos) ?? (paragraphStart > floor ? this.previousSpeaker(floor, paragraphStart) : null);
      // "The charity appealed for funds, warning that …": with no speaker before, the subject of the sentence.
      return previous ?? (m.from > 0 && COMMAS.has(tokens[m.from - 1]!.text) ? this.sentenceSubject(tokens, m.from) : null);
    }
    // ", saying its volunteers had counted …", "… and said several demonstrators had been hurt": a verb
    // opening a clause after a comma or a joiner, with no subject of its own, speaks for the subject
    // of the sentence ("The Red Cross gave a higher figure, saying …"); the words after it are the
    // reported clause, unless a name stands right there ("…, said Omar Khalil") or the words end the
    // sentence ("…, said a nurse.").
    if (m.from > 0 && (COMMAS.has(tokens[m.from - 1]!.text) || this.lex.clauseJoiners.matchEndingAt(tokens, m.from) !== null)) {
      const named = this.nameNear(tokens, m.from, m.to, 'after', pronounsBefore, true);
      if (named) return named;
      const after = this.speakerAfterVerb(tokens, m.to);
      if (after && this.endsSentencePart(tokens, m.to, after)) return after;
      const subject = this.sentenceSubject(tokens, m.from);
      if (subject) return subject;
      if (after) return after;
    }
    return this.nameNear(tokens, m.from, m.to, 'both', pronounsBefore, true) ?? this.speakerAfterVerb(tokens, m.to);
  }

  /** The written speaker `s` after a verb ending at token `at` is followed by punctuation, a complementizer or nothing. */
  private endsSentencePart(tokens: readonly Token[], at: number, s: Source): boolean {
    const start = this.orig(tokens[at]!.start);
    const found = this.t.original.slice(start, start + 4 * s.text.length + 200).indexOf(s.text);
    if (found < 0) return false;
    const end = start + found + s.text.length;
    let k = at;
    while (k < tokens.length && this.orig(tokens[k]!.end) <= end) k++;
    return k >= tokens.length || tokens[k]!.kind === 'punct' || this.lex.complementizers.matchAt(tokens, k) !== null;
  }

  /**
   * The subject opening the sentence whose tokens are given, before the verb at token `before`:
   * its words up to the first that ends a name or a clause boundary, as a subject phrase
   * ("The Philippine Red Cross gave …", "Taiz's health office, which …").
   */
  private sentenceSubject(tokens: readonly Token[], before: number): Source | null {
    // "The Kenya Commission (KNC) put the toll at five and said …": the subject of the sentence's first speech verb.
    const first = this.speechVerbsIn(tokens.slice(0, Math.min(before, SENTENCE_SUBJECT_REACH))).find((v) => v.from > 0);
    const s = first ? this.subjectBefore(tokens, first.from) : null;
    if (s) return s;
    let b = 0;
    while (b < before && b < SUBJECT_WORDS && tokens[b]!.kind === 'word' && !this.endsName(tokens, b) && !this.dateIn(this.orig(tokens[b]!.start), this.orig(tokens[b]!.end)) && !(this.lex.sourceBreakers.matchAt(tokens, b) && !this.sp.speakerLinks.matchAt(tokens, b))) b++;
    if (b === 0 || this.conjunctionGlued(tokens[0]!)) return null;
    // "The search collective gave a higher estimate": a phrase with a speaker noun ends at it.
    const noun = this.lastSpeakerNoun(tokens, 0, b);
    const named = this.entitiesIn(tokens[0]!.start, tokens[b - 1]!.end).some(isNamed);
    return this.namedOrWritten(tokens, 0, noun > 0 && !named ? noun : b);
  }

  /** The speaker of the last speech verb (outside quotes) in norm range [from, to) that names one. */
  private previousSpeaker(from: number, to: number): Source | null {
    if (to <= from) return null;
    const toks = tokenize(this.t.norm, this.numbers, from, to);
    const verbs = this.speechVerbsIn(toks);
    for (let i = verbs.length - 1; i >= 0; i--) {
      const v = verbs[i]!;
      if (this.quoteAt(toks[v.from]!.start)) continue;
      const s = this.speakerOf(toks, v);
      if (s) return s;
    }
    const e = this.entityBefore(to, (x) => x.type === 'PER', from);
    return e ? this.asSource(e) : null;
  }

  /**
   * A speech verb with no subject of its own, opening its clause and followed by what was said
   * («وأوضح أن», «، مضيفا أن», «، مشيرا إلى أن», ", adding that").
   */
  private subjectless(tokens: readonly Token[], v: PhraseMatch<true>): boolean {
    if (v.from > 0 && tokens[v.from - 1]!.kind !== 'punct') return false;
    if (v.to >= tokens.length) return false;
    if (this.lex.complementizers.matchAt(tokens, v.to)) return true;
    return v.to + 1 < tokens.length && this.lex.sourceBreakers.matchAt(tokens, v.to) !== null && this.lex.complementizers.matchAt(tokens, v.to + 1) !== null;
  }

  /** A colon or semicolon stands in tokens[a, b). */
  private strongBoundary(tokens: readonly Token[], a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (tokens[k]!.kind === 'punct' && STRONG_PUNCT.has(tokens[k]!.text)) return true;
    return false;
  }

  /** A complementizer follows the speech verb ending at token `at` (after its subject and asides), before a number or the sentence end. */
  private opensReport(tokens: readonly Token[], at: number): boolean {
    for (let k = at; k < tokens.length && k - at <= SOURCE_WORDS + 6; k++) {
      const tok = tokens[k]!;
      if (tok.kind === 'num' || (tok.kind === 'punct' && SENTENCE_END.has(tok.text))) return false;
      if (this.lex.complementizers.matchAt(tokens, k)) return true;
    }
    return false;
  }

  /** Positions of the line breaks of the text, found on first use. */
  private newlines: number[] | null = null;

  /** Where the paragraph holding norm position `pos` starts (a binary search: a scan back was quadratic on one long paragraph). */
  private paragraphStart(pos: number): number {
    if (!this.newlines) {
      const nl: number[] = [];
      for (let i = this.t.norm.indexOf('\n'); i >= 0; i = this.t.norm.indexOf('\n', i + 1)) nl.push(i);
      this.newlines = nl;
    }
    // the last line break before pos
    const k = lowerBound(this.newlines, pos, (x) => x) - 1;
    return k < 0 ? 0 : this.newlines[k]! + 1;
  }

  /** Speakers of quotes, by start (a quote's claims share it; the next quote may continue it). */
  private readonly quoteSpeakers = new Map<number, Source | null>();

  private speakerOfQuote(q: TextSpan, sentence: TextSpan): Source | null {
    let s = this.quoteSpeakers.get(q.start);
    if (s !== undefined) return s;
    s = this.quoteSpeakerIn(q, sentence);
    // «"…," a police official said. "Two of the injured are critical."»: a quote with no speaker of
    // its own, right after another in its paragraph, goes on in that one's voice.
    if (!s) {
      const i = this.quotes.indexOf(q);
      const prev = i > 0 ? this.quotes[i - 1]! : null;
      if (prev && q.start - prev.end <= QUOTE_CHAIN_CHARS && !this.t.norm.slice(prev.end, q.start).includes('\n')) {
        const known = this.quoteSpeakers.get(prev.start);
        s = known !== undefined ? known : this.quoteSpeakerIn(prev, prev);
      }
    }
    this.quoteSpeakers.set(q.start, s);
    return s;
  }

  private quoteSpeakerIn(q: TextSpan, sentence: TextSpan): Source | null {
    const norm = this.t.norm;
    const para = norm.indexOf('\n', q.end);
    const limit = Math.min(para < 0 ? norm.length : para, q.end + 160);
    const after = tokenize(norm, this.numbers, q.end, limit);
    // "…,” she said" attributes the quote; "…». وقالت X" starts a new sentence and does not.
    const closed = /[.!?\u061F]\s*$/.test(norm.slice(q.start + 1, q.end - 1)) || (after[0]?.kind === 'punct' && SENTENCE_END.has(after[0].text));
    for (let i = 0; !closed && i < Math.min(after.length, AFTER_QUOTE_WINDOW); i++) {
      if (after[i]!.kind === 'punct' && SENTENCE_END.has(after[i]!.text)) break;
      const v = this.speechVerbAt(after, i);
      if (v) {
        // A pronoun after a quote points to the person named before the quote, not inside it.
        const s = this.speakerOf(after, v, q.start);
        if (s) return s;
      }
    }
    // Speaker introduced before the quote: from the start of the sentence holding the opening mark,
    // at most QUOTE_LEAD characters back (a run-on "sentence" of a whole document would otherwise be
    // tokenised again for every quote in it: quadratic).
    let start = Math.max(Math.min(sentence.start, q.start), q.start - QUOTE_LEAD);
    if (start === q.start) {
      const m = /[.!?\u061F\n][^.!?\u061F\n]*$/.exec(norm.slice(Math.max(0, q.start - QUOTE_LEAD), q.start));
      start = m ? q.start - (m[0].length - 1) : Math.max(0, q.start - QUOTE_LEAD);
    }
    const before = tokenize(norm, this.numbers, start, q.start);
    for (let i = before.length - 1; i >= 0; i--) {
      const v = this.speechVerbAt(before, i);
      if (v) {
        const s = this.speakerOf(before, v, q.start);
        if (s) return s;
      }
    }
    return null;
  }

  /** The source named after an attribution phrase at tokens[m.from, m.to) (rule 2), or null. */
  private sourceAfterPhrase(tokens: readonly Token[], m: PhraseMatch<true>): Source | null {
    // A verb listed as an attribution phrase («أعلنت», «نقلت») is a speech verb: rule 3 reads it.
    if (this.lex.speechVerbs.matchAt(tokens, m.from)?.to === m.to) return null;
    // «بحسب ما نقلته عن مسؤولين»: a relay verb ending the phrase or right after it gives the relayed source.
    for (let k = m.from + 1; k < Math.min(tokens.length, m.to + 2) && tokens[k]!.kind === 'word'; k++) {
      const v = this.sp.relayVerbs.matchAt(tokens, k);
      if (!v) continue;
      const relay = this.relayed(tokens, v);
      if (relay) return relay;
      break;
    }
    // «حسب ما أفاد به أمس الأحد بيان لـ…»: a date right after the phrase is skipped.
    let at = m.to;
    while (at < tokens.length && at - m.to < 4 && tokens[at]!.kind !== 'punct' && this.dateIn(this.orig(tokens[at]!.start), this.orig(tokens[at]!.end))) at++;
    if (at >= tokens.length) at = m.to;
    // «حسب مصدر من السلطة المحلية لوكالة …»: a speaker noun phrase right after it wins over a name further on.
    const r = this.phraseRange(tokens, at, 1);
    // "according to an updated tally by the Ministry of the Interior", "according to figures compiled by …": the document's author.
    const author = this.authorAfter(tokens, at, Math.min(tokens.length, Math.max(r ? r[1] : at, at + AUTHOR_NOUN_REACH + AUTHOR_LINK_REACH + 1)));
    if (author >= 0) {
      const ra = this.phraseRange(tokens, author, 1);
      const s = ra ? this.namedOrWritten(tokens, ra[0], ra[1]) : null;
      if (s) return s;
    }
    const written = r && this.hasSpeakerNoun(tokens, r[0], r[1]) && this.entitiesIn(tokens[r[0]]!.start, tokens[r[1] - 1]!.end).filter(isNamed).length === 0 ? this.namedOrWritten(tokens, r[0], r[1]) : null;
    // The words after it as written only when they name someone ("the health ministry", «مصادر طبية»), never «وفق تقديرها» ("by its estimate").
    return written ?? this.nameNear(tokens, m.from, m.to, 'after') ?? (r ? this.namedOrWritten(tokens, r[0], r[1]) : null);
  }

  private matchCache: SentenceMatches | null = null;

  /** Attribution phrases and speech verbs of a sentence, and the speakers of its verbs, found once for all its claims. */
  private matchesOf(tokens: readonly Token[]): SentenceMatches {
    if (this.matchCache?.tokens !== tokens) this.matchCache = { tokens, before: this.lex.sourceBefore.findAll(tokens), speech: this.speechVerbsIn(tokens), speakers: new Map(), phrases: new Map() };
    return this.matchCache;
  }

  /** Some subject-less speech verb of the sentence starts in tokens[a, b) (their positions found once per sentence). */
  private subjectlessIn(found: SentenceMatches, a: number, b: number): boolean {
    if (!found.subjectless) found.subjectless = found.speech.filter((v) => this.subjectless(found.tokens, v)).map((v) => v.from);
    const list = found.subjectless;
    const lo = lowerBound(list, a, (x) => x);
    return lo < list.length && list[lo]! < b;
  }

  /** The speech verb at token i, unless it opens a longer attribution phrase or carries the article («التابعة»). */
  private speechVerbAt(tokens: readonly Token[], i: number): PhraseMatch<true> | null {
    const v = this.lex.speechVerbs.matchAt(tokens, i);
    if (!v || (this.lex.sourceBefore.matchAt(tokens, i)?.to ?? 0) > v.to) return null;
    const tok = tokens[i]!;
    return this.sp.articles.some((p) => tok.text.length > p.length + 1 && tok.text.startsWith(p)) ? null : v;
  }

  /** Speech verbs of tokens, but not one that opens a longer attribution phrase («نقلا عن», a verb only in form). */
  private speechVerbsIn(tokens: readonly Token[]): PhraseMatch<true>[] {
    const articled = (tok: Token) => this.sp.articles.some((p) => tok.text.length > p.length + 1 && tok.text.startsWith(p));
    return this.lex.speechVerbs.findAll(tokens).filter((v) => (this.lex.sourceBefore.matchAt(tokens, v.from)?.to ?? 0) <= v.to && !articled(tokens[v.from]!));
  }

  /**
   * The source of a claim at norm span [start, end) in a sentence whose tokens are given
   * (the claim's tokens are tokens[from, to)).
   */
  sourceOf(sentence: TextSpan, tokens: readonly Token[], from: number, to: number): Source | null {
    const found = this.sourceIn(sentence, tokens, from, to);
    const s = found && this.withBracketedName(found, tokens, this.orig(tokens[from]!.start));
    if (s) this.recent = { at: this.orig(tokens[from]!.start), s };
    if (s && s.key === null) {
      const at = this.orig(tokens[from]!.start);
      const last = this.named[this.named.length - 1];
      if (!last || last.at < at) this.named.push({ at, s });
      if (this.named.length > NAMED_MEMORY) this.named.shift();
    }
    return s;
  }

  /**
   * «منظمة "أكليد"», «إدارة الكوارث والطوارئ التركية "آفاد"», «مكتب الأمم المتحدة … (أوتشا)»,
   * "the prison agency (SNAI)": a source followed right away by a short name in quotes or brackets
   * (after at most a few words opened by a link: «الهيئة المشرفة على السجون "إس إن إيه آي"») runs
   * on through that name, which is what the body is called (a description alone, «منظمة»,
   * «فريق», names nobody). The name holds only plain words — no number, verb, clause word or
   * pronoun — and, in a script with case, capitalised ones; a source itself in quotes is left as it is.
   */
  private withBracketedName(s: Source, tokens: readonly Token[], near: number): Source {
    if (tokens.length === 0) return s;
    const o = this.t.original;
    // Looked for around the figure only (a run-on "sentence" repeating the source would be scanned for every figure: quadratic).
    const lo = Math.max(this.orig(tokens[0]!.start), near - BRACKET_SEARCH_CHARS);
    const hi = Math.min(this.orig(tokens[tokens.length - 1]!.end), near + BRACKET_SEARCH_CHARS);
    const lex = this.lex;
    // A word of the name may be spelt like a verb or a clause word («"آفاد"», «"إس إن إيه آي"»); one opening it may not.
    const plain = (k: number, inName = false) => {
      const tok = tokens[k]!;
      if (tok.kind !== 'word' || this.dateIn(this.orig(tok.start), this.orig(tok.end))) return false;
      if (inName && !BRACKET_OPEN.has(tokens[k - 1]!.text)) return true;
      return !lex.complementizers.matchAt(tokens, k) && (inName || !lex.speechVerbs.matchAt(tokens, k)) && !lex.pronouns.matchAt(tokens, k) && !lex.relativeWords.matchAt(tokens, k) && !lex.triggers.matchAt(tokens, k);
    };
    for (let at = o.indexOf(s.text, lo); at >= 0 && at + s.text.length <= hi; at = o.indexOf(s.text, at + 1)) {
      if (at > 0 && BRACKET_OPEN.has(o[at - 1]!)) continue;
      // «منظمة "كاميناندو فرونتيراس» (a name cut before its closing mark): the mark is added.
      if ((s.text.match(/"/g) ?? []).length === 1 && s.text.indexOf('"') < s.text.length - 1) {
        const m = /^\s?"/.exec(o.slice(at + s.text.length, at + s.text.length + 2));
        return m ? { text: o.slice(at, at + s.text.length + m[0].length), key: s.key } : s;
      }
      if (/["\u00AB\u00BB\u201C\u201D()]/.test(s.text)) return s;
      const end = at + s.text.length;
      let k = lowerBound(tokens, end, (t) => this.orig(t.start));
      if (k >= tokens.length || (k > 0 && this.orig(tokens[k - 1]!.end) > end)) continue;
      // «الهيئة المشرفة على السجون "…"»: a modifier opened by a link may stand between.
      if (tokens[k]!.kind === 'word' && (lex.sourceBreakers.matchAt(tokens, k) || this.sp.speakerLinks.matchAt(tokens, k) || this.sp.placeLinks.matchAt(tokens, k))) {
        const k0 = k;
        while (k < tokens.length && k - k0 < BRACKET_MODIFIER_WORDS && plain(k)) k++;
      }
      const open = tokens[k];
      if (!open || open.kind !== 'punct' || !BRACKET_OPEN.has(open.text)) continue;
      let c = k + 1;
      while (c < tokens.length && c - k - 1 < BRACKET_NAME_WORDS && plain(c, true)) c++;
      const close = tokens[c];
      if (c === k + 1 || !close || close.kind !== 'punct' || (open.text === '(') !== (close.text === ')') || !BRACKET_CLOSE.has(close.text)) continue;
      const first = o[this.orig(tokens[k + 1]!.start)] ?? '';
      if (first.toLowerCase() !== first.toUpperCase() && !this.properName(tokens, k + 1, c)) continue;
      // A quotation is no name: it ends its sentence or paragraph («"لم يقتل أحد".»), or opens with a particle.
      const after = tokens[c + 1];
      if (!after || (after.kind === 'punct' && SENTENCE_END.has(after.text)) || this.t.norm.slice(close.end, after.start).includes('\n')) continue;
      // «"الوضع صعب"، مضيفة أن …»: a quotation goes on with a speech verb.
      if (COMMAS.has(after.text) && c + 2 < tokens.length && lex.speechVerbs.matchAt(tokens, c + 2)) continue;
      if (lex.sourceBreakers.matchAt(tokens, k + 1) || lex.negators.matchAt(tokens, k + 1)) continue;
      return { text: o.slice(at, this.orig(close.end)), key: s.key };
    }
    return s;
  }

  /** The source of the last claim attributed: what "the same source" refers back to. */
  private recent: { at: number; s: Source } | null = null;

  /** Sources named as written for earlier claims (original positions, in order): what a later «الشبكة» may refer back to. */
  private readonly named: Array<{ at: number; s: Source }> = [];

  private sourceIn(sentence: TextSpan, tokens: readonly Token[], from: number, to: number): Source | null {
    const q = this.quoteAt(tokens[from]!.start);
    if (q) {
      const s = this.speakerOfQuote(q, sentence);
      if (s) return s;
    }
    let best: { s: Source; d: number } | null = null;
    let phraseAfter = false;
    const consider = (s: Source | null, at: number, extra = 0) => {
      if (!s) return;
      const d = (at < from ? from - at : at - to) + extra;
      if (!best || d < best.d) best = { s, d };
    };
    const found = this.matchesOf(tokens);
    for (const m of nearest(found.before, from)) {
      if (this.quoteAt(tokens[m.from]!.start) && !q) continue;
      // «…، نقلا عن ناجين، إن …، مضيفا أن …»: a verb with no subject between the phrase and the figure opens a new report.
      if (m.to <= from && this.subjectlessIn(found, m.to, from)) continue;
      let memo = found.phrases.get(m.from);
      if (memo === undefined) {
        memo = this.sourceAfterPhrase(tokens, m);
        found.phrases.set(m.from, memo);
      }
      const before = best as { s: Source; d: number } | null;
      consider(memo, m.from);
      const now = best as { s: Source; d: number } | null;
      // «…، بحسب ما نقلته عن مسؤولين»: a phrase that relays names the first-hand source and keeps it.
      if (now && now !== before) phraseAfter = m.from >= to && !this.relaying(tokens, m);
    }
    const para = this.paragraphStart(tokens[0]!.start);
    // «بعد أن كانت السلطات أعلنت مساء الأحد عن سقوط 9 قتلى، وفق ما أفاد الحاكم»: a speech verb right before the
    // figure, in its clause, governs it over a phrase after it (which relays or reports the next figure).
    if (best && phraseAfter) {
      const verb = this.governingVerb(found, from, q, para);
      if (verb) return verb;
    }
    if (best) return (best as { s: Source }).s;
    for (const m of nearest(found.speech, from)) {
      if (m.from >= from && m.from < to) continue;
      if (this.quoteAt(tokens[m.from]!.start) && !q) continue;
      let memo = found.speakers.get(m.from);
      if (memo === undefined) {
        const sp = this.speakerOf(tokens, m, undefined, para);
        memo = { s: sp, opens: sp !== null && this.opensReport(tokens, m.to) };
        found.speakers.set(m.from, memo);
      }
      const s = memo.s;
      // "…exceeds 3,300: aid groups estimate …": a speaker after the figure does not reach back across a colon.
      if (s && m.from >= to && this.strongBoundary(tokens, to, m.from)) continue;
      // "…، قالت X، في بيان، إن …" after the figure opens a report of its own: any speaker before the figure is nearer.
      // A speaker before the figure governs it; one after it only when none before names anyone.
      if (s && m.from >= to) consider(s, m.from + (memo.opens ? OPENS_REPORT_COST : AFTER_FIGURE_COST));
      // "X had put the toll at 12, but the figure was revised to 9, the statement said": a clause set against the
      // speaker's ("…, but …") is told by the speaker after the figure, when there is one.
      else consider(s, m.from, this.contrastBetween(tokens, m.to, from) ? CONTRAST_COST : 0);
    }
    return best ? (best as { s: Source }).s : (this.authorityOf(tokens, from) ?? this.headlineSource(tokens, from));
  }

  /**
   * The speaker of a speech verb at most GOVERNING_REACH words before token `from`, with no punctuation
   * between them (the figure is in the verb's own clause), else null.
   */
  private governingVerb(found: SentenceMatches, from: number, q: TextSpan | null, para: number): Source | null {
    const tokens = found.tokens;
    for (const m of nearest(found.speech, from)) {
      if (m.to > from || from - m.to > GOVERNING_REACH) continue;
      if (this.quoteAt(tokens[m.from]!.start) && !q) continue;
      let plain = true;
      for (let k = m.to; k < from && plain; k++) if (tokens[k]!.kind === 'punct') plain = false;
      if (!plain) continue;
      let memo = found.speakers.get(m.from);
      if (memo === undefined) {
        const sp = this.speakerOf(tokens, m, undefined, para);
        memo = { s: sp, opens: sp !== null && this.opensReport(tokens, m.to) };
        found.speakers.set(m.from, memo);
      }
      if (memo.s) return memo.s;
    }
    return null;
  }

  /** The attribution phrase at m holds or is followed by a relay verb or marker («نقلا عن», «بحسب ما نقلته عن»). */
  private relaying(tokens: readonly Token[], m: PhraseMatch<true>): boolean {
    for (let k = m.from; k < Math.min(tokens.length, m.to + 2) && tokens[k]!.kind === 'word'; k++) if (this.sp.relayVerbs.matchAt(tokens, k) || this.sp.relayMarkers.matchAt(tokens, k)) return true;
    return false;
  }

  /** A comma followed by a contrastive joiner ("…, but", «، لكن») stands in tokens[a, b). */
  private contrastBetween(tokens: readonly Token[], a: number, b: number): boolean {
    if (!this.sp.hasContrast) return false;
    for (let k = a; k + 1 < b; k++) if (COMMAS.has(tokens[k]!.text) && this.sp.contrastJoiners.matchAt(tokens, k + 1)) return true;
    return false;
  }

  /**
   * "The Public Prosecution ordered the detention of three employees", «وأمرت النيابة العامة بحبس
   * 3 متهمين», «قضت محكمة جنايات أسيوط … بالإعدام على اثني عشر متهما»: with no speech verb or
   * attribution phrase, a body's own decision about the people counted is its word. The act comes
   * before the figure in its clause (commas aside, at most ACT_REACH tokens back); its doer is the
   * subject written before it, else an organisation or person named right after it (a verb-first
   * clause), and must be a body or an official, never a responder ("gunmen ordered …").
   */
  private authorityOf(tokens: readonly Token[], from: number): Source | null {
    if (!this.sp.hasAuthorityActs) return null;
    for (let k = from - 1; k >= 0 && from - k <= ACT_REACH; k--) {
      const tok = tokens[k]!;
      if (tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text) && !COMMAS.has(tok.text)) return null;
      const v = this.sp.authorityActs.matchAt(tokens, k);
      if (!v || v.to > from) continue;
      let s = this.subjectBefore(tokens, v.from);
      if (!s && v.to < tokens.length) {
        const e = this.entitiesIn(tokens[v.to]!.start, tokens[v.to]!.end).find((x) => isNamed(x) && x.start === this.orig(tokens[v.to]!.start));
        if (e) s = this.asSource(e);
      }
      if (!s) return null;
      const toks = tokenize(s.text, []);
      for (let j = 0; j < toks.length; j++) if (this.lex.responderNouns.matchAt(toks, j)) return null;
      return s;
    }
    return null;
  }

  /**
   * A headline's source set off by a colon or a dash, at its start ("Interior Ministry: 14 killed
   * …", «الصحة العالمية: …») or at its end ("… kill 14 - officials", "…: sources"): a few words
   * that hold a speaker noun or name a person or organisation (at the end also a capitalised name
   * or acronym); a place ("Oran: …") or a dateline is none.
   */
  private headlineSource(tokens: readonly Token[], from: number): Source | null {
    const mark = (k: number) => tokens[k]!.kind === 'punct' && HEADLINE_MARKS.has(tokens[k]!.text);
    const words = (a: number, b: number) => {
      for (let k = a; k < b; k++) if (tokens[k]!.kind !== 'word') return false;
      return b > a && b - a <= HEADLINE_SOURCE_WORDS;
    };
    const speaks = (a: number, b: number, capitalised: boolean) =>
      this.hasSpeakerNoun(tokens, a, b) || this.entitiesIn(tokens[a]!.start, tokens[b - 1]!.end).some((e) => isNamed(e) && e.end <= this.orig(tokens[b - 1]!.end)) || (capitalised && this.properName(tokens, a, b));
    let end = tokens.length;
    while (end > 0 && tokens[end - 1]!.kind === 'punct' && SENTENCE_END.has(tokens[end - 1]!.text)) end--;
    for (let c = end - 2; c > from && end - c - 1 <= HEADLINE_SOURCE_WORDS; c--) {
      if (mark(c)) return words(c + 1, end) && speaks(c + 1, end, true) ? this.namedOrWritten(tokens, c + 1, end) : null;
    }
    // At the start (where a place often stands, «تيزي وزو: …»): a phrase opened by a speaker noun, or an organisation of two words or more.
    const body = (c: number) =>
      this.sp.speakerNouns.matchAt(tokens, 0) !== null || this.entitiesIn(tokens[0]!.start, tokens[c - 1]!.end).some((e) => e.type === 'ORG' && e.start === this.orig(tokens[0]!.start) && e.end === this.orig(tokens[c - 1]!.end) && c >= 2);
    for (let c = 1; c < from && c <= HEADLINE_SOURCE_WORDS; c++) {
      if (mark(c)) return words(0, c) && body(c) ? this.namedOrWritten(tokens, 0, c) : null;
    }
    return null;
  }
}
