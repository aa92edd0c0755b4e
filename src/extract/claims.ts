/**
 * Numeric claims: counts of people or places tied to an event, read with a language's lexicon.
 *
 * For every number in a sentence that counts things (not an ordinal, percentage, amount of
 * money, time, phone number, date, age or duration):
 * - the counted noun is read after it (skipping links such as "of" / «من» and up to two
 *   adjectives): a place noun makes the claim `places`; a noun that names a category by itself
 *   («قتلى», "refugees") gives that category; a unit noun ("years", «منزل») rules it out;
 * - otherwise the category comes from the nearest trigger word in the sentence ("killed",
 *   «اعتقل»), where every clause boundary and every other number in between counts as extra
 *   distance, so "killing 3 and wounding 12" gives deaths 3, injuries 12; an aside between
 *   commas right after the count adds none ("40 miners, most of them young, were killed"), and
 *   a trigger phrase split by the count speaks for it first ("put 59 people to death");
 * - the qualifier comes from the phrase right before the number ("at least", «أكثر من») or
 *   after the counted noun («على الأقل», "or more");
 * - the source from attribution.ts.
 * A number with neither a counted noun nor a nearby trigger is not a claim: precision first.
 *
 * Rules that keep the nearest trigger from misleading (all driven by lexicon lists):
 * - a trigger naming a crime ("convicted of killing", «أدينوا بقتل») says nothing of the people
 *   counted before it ("two men convicted of killing …"), only of a count after it; a death word
 *   right after a sentencing verb («قضت المحكمة بإعدام») is a sentence (`other`) unless the
 *   sentence is carried out («نفذت … حكم الإعدام»);
 * - two triggers of different categories joined by "or" ("killed or maimed") make one `other`
 *   trigger; a light verb ("affected", «طال») right after another trigger defers to it;
 * - a count right after a subset marker ("including", «بينهم») takes the category of the claim
 *   before it; a count of people inherits the previous claim's category only a few tokens on; a
 *   sentence topic ("the victims") speaks only for counts after it with no other trigger between;
 * - "fixed" nouns ("bodies") keep their category whatever verb is near; a trigger across a
 *   conjunction before the count does not override a category noun ("… injured and dozens arrested");
 * - a bare figure with no trigger near takes the category of a count head a few words before it
 *   ("the number of people killed … rose to 45", «ارتفع عدد القتلى … إلى 45»);
 * - detainees who "flee" escape (`other`, not `displaced`);
 * - short quoted phrases ('"fewer than 100" were held') are no clause boundary;
 * - ages ("children under five"), year-like numbers without a people/place noun, and digit
 *   strings with a leading zero (phone numbers) are no counts;
 * - zero claims: a whole phrase ("no one was killed"), a negated event phrase, a quantifier
 *   before a trigger with only person nouns and auxiliaries between ("No guards were killed"), or
 *   a negator right before a trigger and a quantifier right after it («لم يُصب أي من»);
 * - a bare count is shown with its trigger when they are adjacent ("killing 3", "12 were still at large");
 * - event frames: a marker word in the sentence ("cholera", «الخاطفون») makes the frame's own
 *   triggers and nouns take precedence ("held" by kidnappers is captivity, `other`) and may shift
 *   a category (in an outbreak an «إصابة» is an infection: injuries → `other`); an agent
 *   ("the gunmen") opens only the triggers and nouns ("the gunmen freed 30 women");
 * - presence nouns ("miners", «راكب», "police") with nothing else saying what happened to them
 *   count people present (`other`): "120 miners were underground", "deployed 8,000 police";
 * - a partitive right after a count («اثنان منهم», "three of whom") takes the previous claim's
 *   category, and a trigger right before such a count is its own («غرق 20 منهم»);
 * - a count glued to a counted noun or trigger («11قتيلا») is split here; the number readers
 *   rightly refuse glued units and words («25مل», «4من»), which stay unread;
 * - a partitive zero quantifier admits a group's name ("No one from the coast guard was hurt");
 * - a bare figure after a count head with no trigger of its own ("put the number at 65") takes
 *   the category of the claim before it in the sentence.
 * - people held ("prisoners", «سجناء») are present people (`other`) unless an arrest word says
 *   otherwise; those who flee escape (`other`);
 * - a capacity or residence verb before a count of people ("the prison holds 6,800 inmates",
 *   «يتسع السجن لنحو 6800») makes no claim (a category noun still does: "hosts 40,000 refugees");
 * - a part of a total ("20 of Kenya's 47 counties", "12 out of 20 districts", «9 من أصل 31
 *   محافظة»): the part counts the total's noun, the total is no claim; "one of 12 people killed"
 *   is read as the total; "one of the injured" is no count;
 * - one or two in words right after a unit or event noun («مجزرة واحدة») qualifies that noun;
 * - a disjunction with a category the lexicon keeps stays that category ("abducted or were missing");
 * - a topic right before a bare figure names it («تجاوزت الحصيلة 300»);
 * - a count of places lends its category to no count of people after it;
 * - role nouns ("5,000 demonstrators") with nothing else saying what happened count what their
 *   people do (`participants`); at equal distance a trigger of the count's own clause beats one
 *   across a conjunction, and a fixed noun ("bodies") ranks last;
 * - the items of a subset list share its category ("including three women and two children"),
 *   also when a sentence opens with the marker ("Among them were …"); "two more" after a fixed
 *   noun counts more of it; parts are marked `part` (compare lets a part's disagreement alone
 *   decide nothing);
 * - Arabic duals in construct state («جثتي عاملين») take the next word; definite duals and
 *   sound plurals in -ين («مدنيين») count no two; one and two in words follow their noun;
 * - a topic with a verb of rising ("the death toll from … rose to 14", «ارتفع عدد الوفيات … إلى
 *   ثماني حالات») names a bare figure; "up from nine" is the same count's earlier figure;
 * - a route ("taken to the Azadi Teaching Hospital") is one trigger of its category; a measure
 *   ("within 500 metres") is no clause boundary; an age list after the noun is part of it;
 * - frames may shift only categories no trigger gave (`shiftTriggers: false`: in an execution
 *   story "the bodies of 13 men" are executions, "clashes killed 5 soldiers" stay deaths);
 * - figures in a sentence whose dates before them all lie two or more years before the story are
 *   `background` (another event's; no "since"): shown, but left out of verdicts.
 *
 * Intervals: exact n → [n, n]; at_least → [n, ∞); more_than → [n, ∞) with `minExclusive`;
 * about → [0.9n, 1.1n] (rounded outward); up_to → [-, n]; less_than → [-, n) `maxExclusive`;
 * range and vague counts → the reader's interval.
 */
import type { Claim, ClaimCategory, DateMention, EntityMention, NumberMention, Qualifier } from '../types.js';
import type { LanguagePlugin } from '../lang/types.js';
import { type NormalizedText, originalSpan, toOriginal } from '../text/normalize.js';
import { findQuotes, segmentSentences } from '../text/segment.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { type BoundQualifier, lexiconFor, type CompiledFrame, type CompiledLexicon } from './claim-lexicon.js';
import { Attributor } from './attribution.js';
import { lowerBound } from '../text/lower-bound.js';
import type { PhraseMatcher } from './phrase-matcher.js';

export interface ClaimContext {
  numbers: NumberMention[];
  dates: readonly DateMention[];
  entities: readonly EntityMention[];
  /** The story's date (YYYY-MM-DD), when known: figures dated well before it are background. */
  reference?: string | null;
}

/** How many years before the story a sentence's dates must all lie for its figures to be background. */
const BACKGROUND_YEARS = 2;

/** The year of a resolved date or of an interval's end (its start when open-ended). */
function yearsOf(d: DateMention): number[] {
  return [d.value, d.from, d.to].filter((v): v is string => typeof v === 'string' && /^\d{4}/.test(v)).map((v) => Number(v.slice(0, 4)));
}

/**
 * The story's year: the reference date's, else the latest year the document names; null when
 * neither is known. Figures in a sentence whose dates all lie BACKGROUND_YEARS or more before it
 * are background ("In June 2024 more than 1,300 people died during the pilgrimage").
 */
function storyYear(ctx: ClaimContext): number | null {
  if (ctx.reference && /^\d{4}/.test(ctx.reference)) return Number(ctx.reference.slice(0, 4));
  let best: number | null = null;
  for (const d of ctx.dates) for (const y of yearsOf(d)) if (best === null || y > best) best = y;
  return best;
}

const COUNTABLE = new Set(['integer', 'decimal', 'range', 'vague']);
const CLAUSE_PUNCT = new Set([',', '\u060C', ';', '\u061B', ':', '(', ')', '"', '\u00AB', '\u00BB', '-']);
/** Extra distance for crossing a clause boundary or another number. */
const BOUNDARY_COST = 4;
/** Extra distance for crossing a conjunction ("and", «و»). */
const JOIN_COST = 1;
/** How far a trigger may be, with and without a counted noun. */
const MAX_DISTANCE_WITH_NOUN = 10;
const MAX_DISTANCE_BARE = 3;
/** A number followed by a word the lexicon does not know needs its trigger right next to it ("arrested 40 Baha'is"). */
const MAX_DISTANCE_UNKNOWN_NOUN = 1;
/** A trigger this close overrides the category a counted noun implies ("20 prisoners were executed"). */
const TRIGGER_OVERRIDES_NOUN = 2;
/** How far after the counted noun a rate phrase may come ("are executed every day"). */
const RATE_WINDOW = 5;
const ABOUT_PERCENT = 10;
/** How many words may stand between a negator and the event phrase it negates («لم يسفر الانفجار عن سقوط قتلى»). */
const NEGATION_WINDOW = 3;
/** How many words may stand between a qualifier verb and the topic it qualifies («قدرت المنظمة … عدد القتلى بـ90»). */
const TOPIC_GAP = 5;
/** Commas that set off an aside, and how many tokens an aside may hold. */
const ASIDE_COMMAS = new Set([',', '\u060C']);
const ASIDE_WORDS = 10;
/** How far after "one of the …" a death verb may tell that one's fate (words). */
const FATE_REACH = 16;
/** Punctuation that ends the part of a sentence a fate may be told in. */
const FATE_STOPS = new Set(['.', ';', ':', '!', '?', '\u061F', '\u061B']);
/** Longest run of prepositional modifiers between a counted noun and its verb (words). */
const MODIFIER_WORDS = 14;
/** How many words of a split trigger phrase may stand on each side of the claim. */
const SPLIT_SIDE = 3;
/** Quotation marks, and how many tokens a quoted phrase may hold and still be part of its clause ('"fewer than 100" were held'). */
const QUOTE_OPEN = new Set(['"', '\u00AB', '\u201C']);
const QUOTE_CLOSE = new Map([['"', '"'], ['\u00AB', '\u00BB'], ['\u201C', '\u201D']]);
const SHORT_QUOTE = 6;
/** How many words after a crime marker a trigger describes that crime ("convicted of the killing"). */
const CRIME_REACH = 1;
/** How many words may stand between a sentencing verb and the death word it governs («قضت المحكمة بإعدام»). */
const SENTENCE_REACH = 2;
/** How many words an item with no figure may hold in a subset list («بينهم سيدة وطفلان»). */
const LIST_ITEM_WORDS = 3;
/** How far back a subset marker looks for the group it divides («الموقوفين … من بينهم 38»). */
const GROUP_REACH = 40;
/** How far after a figure a yearly rate may stand in its clause ("27,000 die on the roads every year"). */
const STATISTIC_REACH = 12;
/** How far a death word that can only be the verb's complement («بالإعدام») may stand from it. */
const COMPLEMENT_REACH = 7;
/** How many words may stand between a zero quantifier and its trigger ("no police officers were killed"). */
const ZERO_REACH = 6;
/** How many more words a partitive zero quantifier ("no one from …") may stand before its trigger. */
const ZERO_GROUP = 1;
/** How many words of a group's name ("Libyan coast") that are neither auxiliaries nor person nouns. */
const ZERO_GROUP_WORDS = 3;
/** How many words may stand between a count head and its trigger ("the number of people killed"), and how far a bare figure may follow. */
const HEAD_TRIGGER = 3;
const HEAD_REACH = 12;
/** Words a count head may stand before its number when a qualifier phrase ends at the head («تجاوز عدد الإصابات المشتبه بها 3650»). */
const HEAD_GAP_WORDS = 3;
/** How many later items of a list of counted people the first may look across for their shared verb (bounded: linear time on long lists). */
const LIST_SHARE = 3;
/** How many words a gapped clause's name may hold ("and Indonesia 136"). */
const GAPPING_WORDS = 4;
/** How far before a figure a rising topic may stand ("The death toll from … rose to 14"). */
const RISE_REACH = 20;
/** A lower bound negated is an upper one and the reverse ("not more than", «لم يتجاوز»). */
const NEGATED_BOUND: Partial<Record<Qualifier, Qualifier>> = { more_than: 'up_to', at_least: 'up_to', less_than: 'at_least', up_to: 'at_least' };

/** How far (in tokens) after the previous claim a count of people may take its category. */
const INHERIT_GAP = 10;
/** How far a partitive count of two or more ("two of them", «اثنين منهم») may stand after the count it divides (not "each one of them"). */
const PARTITIVE_GAP = 20;
/** How many words (a subject) may stand between a capacity verb and its count («يتسع السجن لنحو 6800»). */
const CAPACITY_GAP = 2;
/** A fraction written as a part, words and a total ("20 out of 47"). */
const PART_OF_TOTAL = /^(\d[\d,]*)\s+(\D+?)\s+\d[\d,]*$/u;
/** Apostrophes of a possessive split by the tokenizer ("Kenya’s"). */
const APOSTROPHES = new Set(["'", '\u2019']);
/** How many words may stand between an agent ("the gunmen") and the frame verb it opens. */
const AGENT_REACH = 2;
/** Hyphens that join a number to its unit ("12-metre"). */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** The trigger chosen for a count: its category, distance, side, span, whether it lies across a conjunction, whether it is a fixed noun. */
interface TriggerChoice {
  c: ClaimCategory;
  d: number;
  before: boolean;
  from: number;
  to: number;
  joined: boolean;
  fixed: boolean;
}

interface Noun {
  from: number;
  to: number;
  /** `other`: a word the lexicon does not know ("12 parties"): the number may count anything. */
  kind: 'place' | 'person' | 'category' | 'other';
  category?: ClaimCategory;
  /** Index of the noun itself (after any adjectives or link). */
  head?: number;
  /** A fixed noun read from another form of the word (the dual «جثتي» of «جثة»). */
  fixed?: boolean;
}

function interval(q: Qualifier, n: NumberMention): Pick<Claim, 'value' | 'min' | 'max' | 'minExclusive' | 'maxExclusive'> {
  const v = n.value;
  switch (q) {
    case 'range':
    case 'vague':
      return { value: null, min: n.min, max: n.max };
    case 'at_least':
      return { value: v, min: v, max: null };
    case 'more_than':
      return { value: v, min: v, max: null, minExclusive: true };
    case 'about':
      // Integer arithmetic where possible: 1500 × 1.1 is 1650.0000000000002 in floating point.
      return { value: v, min: v === null ? null : Math.floor((v * (100 - ABOUT_PERCENT)) / 100), max: v === null ? null : Math.ceil((v * (100 + ABOUT_PERCENT)) / 100) };
    case 'up_to':
      return { value: v, min: null, max: v };
    case 'less_than':
      return { value: v, min: null, max: v, maxExclusive: true };
    default:
      return { value: v, min: v, max: v };
  }
}

/** No event counts more people than live on Earth: larger figures are digit noise ("999…9", "1e309"). */
const MAX_COUNT = 1e10;

function plausible(n: NumberMention): boolean {
  return [n.value, n.min, n.max].every((v) => v === null || (Number.isFinite(v) && v >= 0 && v <= MAX_COUNT));
}

/** A hyphen and a word right after a figure ("15,000-seat"), unless the word still counts people ("5,000-strong"). */
function hyphenModifier(lex: CompiledLexicon, norm: string, end: number): boolean {
  const h = norm.charCodeAt(end);
  if (h !== 0x2d && h !== 0x2010 && h !== 0x2011) return false;
  let k = end + 1;
  while (k < norm.length && /\p{L}/u.test(norm[k]!)) k++;
  return k > end + 1 && !lex.hyphenCounts.has(norm.slice(end + 1, k).toLowerCase());
}

function isYearLike(n: NumberMention, text: string): boolean {
  return n.kind === 'integer' && n.value !== null && n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(text);
}

/** Some flag of flags[from, to) is set (a loop: a subarray view per test costs more than the test). */
function anySet(flags: Uint8Array, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, flags.length); k++) if (flags[k] === 1) return true;
  return false;
}

/** `crime`: the trigger names a crime ("convicted of killing"): it speaks only for a count after it. */
type Trigger = { from: number; to: number; value: ClaimCategory; owner: number; crime?: boolean };

class SentenceClaims {
  private readonly triggers: Trigger[];
  /** Quotation marks of short quoted phrases: no clause boundary. */
  private readonly lightQuotes = new Set<number>();
  /** Number tokens that are ages ("children under five"): no count, no boundary, they own no trigger. */
  private readonly ages = new Set<number>();
  /** Number tokens followed by a unit ("500 metres", «15 كيلومترا»): no boundary between a count and its trigger. */
  private readonly measures = new Set<number>();

  constructor(
    private readonly lex: CompiledLexicon,
    private readonly tokens: Token[],
    carried: readonly CompiledFrame[] = [],
    shifted: readonly CompiledFrame[] = carried,
    shut: ReadonlySet<CompiledFrame> = new Set(),
    /** Tokens inside a date ("on Thursday 5 February 2026"): no words, no figures between a verb and its count. */
    private readonly dated: ReadonlySet<number> = new Set(),
    /** Tokens inside an organisation's name: "the International Organization for Migration" tells of no migration. */
    private readonly named: ReadonlySet<number> = new Set(),
  ) {
    // "three men convicted of killing a policeman", «أدينوا بقتل شرطي»: a trigger naming the crime
    // someone is charged with says nothing of the people counted before it (it may still count
    // victims after it: "accused of killing 300 protesters").
    const crimes = lex.crimeMarkers.findAll(tokens);
    // Event frames: a marker («الكوليرا», "kidnappers") opens its frame (triggers, nouns and
    // category shifts); an agent ("the gunmen") opens only its triggers and nouns.
    // A frame opened by a marker a sentence or so before stays open ("A cholera outbreak hit the
    // camp. Medics said 300 people were hospitalised.").
    if (lex.frames.length > 0) {
      // One pass over the sentence for every frame's markers and agents.
      const marked = new Set<number>();
      const acted = new Map<number, Array<{ from: number; to: number }>>();
      const blocked = new Set<number>();
      for (const m of lex.frameWords.findAll(tokens)) {
        if (m.value.blocker) {
          blocked.add(m.value.frame);
          continue;
        }
        // "held in connection with the kidnapping", «متهمين بالخطف»: a marker naming the crime of
        // the people counted opens no frame (they are suspects, not captives).
        if (crimes.some((c) => c.from < m.from && m.from - c.to <= CRIME_REACH + 1)) continue;
        if (!m.value.agent) marked.add(m.value.frame);
        else if (acted.has(m.value.frame)) acted.get(m.value.frame)!.push(m);
        else acted.set(m.value.frame, [m]);
      }
      lex.frames.forEach((f, x) => {
        if (blocked.has(x)) this.shuts.push(f);
        if (blocked.has(x) || shut.has(f)) return;
        if (marked.has(x)) this.opened.push(f);
        if (marked.has(x) || carried.includes(f)) {
          this.frames.push(f);
          // A category shift (an injury in an outbreak is an infection) holds for the next sentence
          // only; the frame's own words stay for as long as it is carried.
          if (marked.has(x) || shifted.includes(f)) for (const [a, b] of f.shift) (f.shiftTriggers ? this.shift : this.nounShift).set(a, b);
        } else if (acted.has(x)) {
          this.frames.push(f);
          this.agents.set(f, acted.get(x)!);
        }
      });
    }
    let cx = 0;
    const found: Array<{ from: number; to: number; value: ClaimCategory; crime?: boolean }> = this.baseTriggers().map((tr) => {
      // Both lists are sorted: the last marker starting at or before the trigger is the only candidate.
      while (cx + 1 < crimes.length && crimes[cx + 1]!.from <= tr.from) cx++;
      const c = crimes[cx];
      return c && c.from <= tr.from && tr.from <= c.to + CRIME_REACH ? { ...tr, crime: true } : tr;
    });
    // «قضت المحكمة بإعدام 30 متهما»: a death word just after a sentencing verb is a sentence (other).
    // «نفذت السلطات حكم الإعدام»: a sentence carried out is the event itself.
    const sentences = lex.sentencing.findAll(tokens).filter((sv) => {
      for (let k = sv.from - 1; k >= 0 && sv.from - k <= SENTENCE_REACH + 1; k--) {
        const done = lex.carriedOut.matchAt(tokens, k);
        if (done && done.to <= sv.from) return false;
      }
      return true;
    });
    let sx = 0;
    const found0 = found.map((tr) => tr.value);
    for (let x = 0; x < found.length; x++) {
      const tr = found[x]!;
      if (!lex.sentencedCategories.has(tr.value)) continue;
      // The trigger phrase may hold the sentencing word itself («أحكام الإعدام»).
      while (sx + 1 < sentences.length && sentences[sx + 1]!.from <= tr.from) sx++;
      const sv = sentences[sx];
      if (!sv || sv.from > tr.from || tr.to <= sv.to) continue;
      // «بالإعدام شنقا»: a death word right after a sentenced one is the same sentence.
      const prev = found[x - 1];
      const joined = prev !== undefined && prev.value === 'other' && prev.to === tr.from && lex.sentencedCategories.has(found0[x - 1]!);
      const reach = lex.sentenceComplements.matchAt(tokens, tr.from) ? COMPLEMENT_REACH : SENTENCE_REACH;
      if (joined || this.wordsBetween(sv.to, tr.from) <= reach) found[x] = { ...tr, value: 'other' };
    }
    // "killed or maimed", «قتلوا أو شوهوا»: alternative outcomes make one casualty count.
    const merged: Array<{ from: number; to: number; value: ClaimCategory; crime?: boolean }> = [];
    for (let x = 0; x < found.length; x++) {
      const a = found[x]!;
      const b = found[x + 1];
      // «حملة الاعتقال طالت آلاف المحتجين»: a light trigger right after another category's trigger defers to it.
      const prev = merged[merged.length - 1];
      if (prev && prev.value !== a.value && a.from - prev.to <= 1 && lex.lightTriggers.matchAt(tokens, a.from)?.to === a.to) continue;
      const or = b && b.value !== a.value ? lex.disjunctions.matchAt(tokens, a.to) : null;
      // "abducted or were missing": auxiliaries may stand between the disjunction and the second trigger.
      let orEnd = or ? or.to : -1;
      while (or && orEnd < (b?.from ?? 0)) {
        const aux = lex.auxiliaries.matchAt(tokens, orEnd);
        if (!aux) break;
        orEnd = aux.to;
      }
      if (b && or && orEnd === b.from) {
        // "had been abducted or were missing": a category the lexicon keeps wins over the other outcome.
        const value = lex.disjunctionKeeps.has(a.value) ? a.value : lex.disjunctionKeeps.has(b.value) ? b.value : 'other';
        merged.push({ from: a.from, to: b.to, value, ...(a.crime ? { crime: true } : {}) });
        x++;
      } else merged.push(a);
    }
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.kind !== 'num') continue;
      if (this.isAge(k)) this.ages.add(k);
      // "within 500 metres of the station", "a magnitude 5.8 earthquake", "a 52-year-old man": a
      // measure, an age or a label, not a count of the clause.
      else if (lex.nonCountUnits.matchAt(tokens, k + 1) || lex.nonCountBefore.matchEndingAt(tokens, k) || (HYPHENS.has(tokens[k + 1]?.text ?? '') && lex.nonCountUnits.matchAt(tokens, k + 2))) this.measures.add(k);
    }
    // A trigger right after a number is that number's own noun ("632 deaths and 329 injuries"):
    // it names no other number's category. An ordinal or a year owns nothing ("under the age of five died").
    // «3 وإصابة 12»: a conjunction makes the trigger start the next clause instead.
    this.triggers = merged.map((tr) => {
      const prev = tr.from > 0 ? tokens[tr.from - 1]! : undefined;
      // «وفي عام 2023 قتل 78 شخصا»: a year before the verb owns nothing either.
      const owned = prev !== undefined && prev.kind === 'num' && COUNTABLE.has(prev.num!.kind) && !this.ages.has(tr.from - 1) && !this.unitNumeral(tr.from - 1) && !isYearLike(prev.num!, prev.text) && !this.conjoined(tr.from);
      if (owned) return { ...tr, owner: tr.from - 1 };
      // «60 راكبا غرق 20 منهم», "drowning 20 of them": a trigger right before a partitive count is that count's.
      const next = tokens[tr.to];
      const partitive = next !== undefined && next.kind === 'num' && COUNTABLE.has(next.num!.kind) && lex.subsetMarkers.matchAt(tokens, tr.to + 1) !== null;
      return { ...tr, owner: partitive ? tr.to : -1 };
    });
    let open = -1;
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k]!;
      if (tok.kind !== 'punct') continue;
      if (open >= 0 && QUOTE_CLOSE.get(tokens[open]!.text) === tok.text) {
        if (k - open - 1 <= SHORT_QUOTE) this.lightQuotes.add(open).add(k);
        open = -1;
      } else if (QUOTE_OPEN.has(tok.text)) open = k;
    }
  }

  /** Frames opened by an agent alone ("the gunmen"), with the agent's positions. */
  private readonly agents = new Map<CompiledFrame, Array<{ from: number; to: number }>>();

  /** Frames a marker of this sentence opens (they may carry over to the next sentences). */
  readonly opened: CompiledFrame[] = [];
  /** Frames a blocker of this sentence shuts for the rest of the document. */
  readonly shuts: CompiledFrame[] = [];
  /** Frames open in this sentence. */
  private readonly frames: CompiledFrame[] = [];
  /** Category shifts of the frames opened by a marker (outbreak: injuries → other). */
  readonly shift = new Map<ClaimCategory, ClaimCategory>();
  /** Category shifts of frames that leave a trigger's category alone (ClaimFrame.shiftTriggers false). */
  readonly nounShift = new Map<ClaimCategory, ClaimCategory>();

  /** The lexicon's triggers, a frame's own trigger taking the place of any it overlaps ("held" by kidnappers). */
  /**
   * «سقوط 12 قتيلا» but «لحظة سقوط الصاعقة»: a trigger the lexicon binds to a count speaks only
   * with a figure right after it (a qualifier may stand between).
   */
  private boundTriggerHolds(m: { from: number; to: number }): boolean {
    const lex = this.lex;
    if (!lex.countBoundTriggers.matchAt(this.tokens, m.from)) return true;
    const q = lex.qualifierBefore.matchAt(this.tokens, m.to);
    return this.tokens[q ? q.to : m.to]?.kind === 'num';
  }

  /**
   * Token k is part of a date or a comma that sets one off (a date within two tokens: "، يوم
   * الثلاثاء 3 مارس"): «اعتقلت البحرية، الخميس 5 فبراير 2026، 23 صيادا» — no distance.
   */
  private datePart(k: number): boolean {
    if (this.dated.size === 0) return false;
    if (this.dated.has(k)) return true;
    const tok = this.tokens[k]!;
    if (tok.kind !== 'punct' || !ASIDE_COMMAS.has(tok.text)) return false;
    for (let j = k - 2; j <= k + 2; j++) if (j !== k && this.dated.has(j)) return true;
    return false;
  }

  /** How many tokens of [a, b) are date parts. */
  private dateDiscount(a: number, b: number): number {
    let n = 0;
    if (this.dated.size > 0) for (let k = a; k < b; k++) if (this.datePart(k)) n++;
    return n;
  }

  /**
   * Tokens of [a, b) that count as distance: a court's name and the date it ruled on stand between
   * the verb and what it rules («قضت محكمة جنايات أسيوط، اليوم الثلاثاء، بالإعدام») without loosening it.
   */
  private wordsBetween(a: number, b: number): number {
    let n = 0;
    for (let k = a; k < b; k++) if (!this.named.has(k) && !this.datePart(k)) n++;
    return n;
  }

  /** The counted noun is itself one of its category's triggers ("63 injured", «12 قتيلا»). */
  eventNoun(noun: Noun): boolean {
    const m = this.lex.triggers.matchAt(this.tokens, noun.head ?? noun.from);
    return m !== null && m.value === noun.category;
  }

  /** Tokens [a, b) all lie inside an organisation's name. */
  private inName(a: number, b: number): boolean {
    if (this.named.size === 0) return false;
    for (let k = a; k < b; k++) if (!this.named.has(k)) return false;
    return true;
  }

  private baseTriggers(): Array<{ from: number; to: number; value: ClaimCategory }> {
    // «فرق الإنقاذ», "rescue teams": a phrase holding a trigger word that names no event is no trigger.
    let base = this.lex.sentenceTriggers
      .findAll(this.tokens)
      .filter((m): m is { from: number; to: number; value: ClaimCategory } => m.value !== null && this.boundTriggerHolds(m) && !this.inName(m.from, m.to));
    const routes = this.routeTriggers();
    // A route ("taken to the Azadi Teaching Hospital") wins over the words it spans ("taken", "evacuated").
    if (routes.length > 0) base = [...base.filter((m) => !routes.some((r) => r.from < m.to && m.from < r.to)), ...routes].sort((a, b) => a.from - b.from);
    if (this.frames.length === 0) return base;
    // A frame opened by an agent alone holds only for the agent's own verb: «احتجز رجل مسلح
    // عشرة أشخاص», "the gunmen freed 30 women" — not "police held 12 men after a gunman opened fire".
    const own = this.frames.flatMap((f) => {
      const found = f.triggers.findAll(this.tokens);
      const agents = this.agents.get(f);
      return agents ? found.filter((m) => agents.some((a) => Math.max(a.from - m.to, m.from - a.to) <= AGENT_REACH)) : found;
    });
    if (own.length === 0) return base;
    // Frame triggers of two frames may overlap: the first found keeps its words. A longer
    // lexicon trigger keeps its words too ("taken to hospital" is no abduction's "taken").
    const longest = (m: { from: number; to: number }, list: ReadonlyArray<{ from: number; to: number }>) => list.some((o) => o.from < m.to && m.from < o.to && o.to - o.from > m.to - m.from);
    const mine: typeof own = [];
    const taken = new Uint8Array(this.tokens.length);
    for (const m of own) {
      if (anySet(taken, m.from, m.to) || longest(m, base)) continue;
      taken.fill(1, m.from, m.to);
      mine.push(m);
    }
    const kept = base.filter((m) => !anySet(taken, m.from, m.to));
    return [...kept, ...mine].sort((a, b) => a.from - b.from);
  }

  /**
   * A verb of taking someone somewhere and, a few words on, where to ("taken to the Azadi Teaching
   * Hospital", "evacuated to the regional hospital in Kayes"): one trigger of the route's category.
   */
  private routeTriggers(): Array<{ from: number; to: number; value: ClaimCategory }> {
    const out: Array<{ from: number; to: number; value: ClaimCategory }> = [];
    const toks = this.tokens;
    for (const route of this.lex.routes) {
      for (const v of route.verbs.findAll(toks)) {
        for (let k = v.to; k < toks.length && k - v.to < route.reach; k++) {
          if (toks[k]!.kind !== 'word') break;
          const head = route.heads.matchAt(toks, k);
          if (head) {
            out.push({ from: v.from, to: head.to, value: route.category });
            break;
          }
        }
      }
    }
    return out;
  }

  /** A frame's own counted noun at token j («مخطوفين», "captives"). */
  private frameNoun(j: number): { to: number; value: ClaimCategory } | null {
    for (const f of this.frames) {
      const m = f.nouns.matchAt(this.tokens, j);
      if (m) return m;
    }
    return null;
  }

  /**
   * The noun right before a numeral written after it («محتجز واحد», «ضابطان اثنان»): a category
   * or person noun ending at token `at`, or null.
   */
  nounBefore(at: number, reach: number): Noun | null {
    const toks = this.tokens;
    const lex = this.lex;
    // «صياد هندي واحد»: up to `reach` adjectives may stand between the noun and the numeral.
    for (let end = at; end > 0 && at - end <= reach; end--) {
      if (toks[end - 1]!.kind !== 'word' || (end < at && lex.qualifierBefore.matchEndingAt(toks, end))) return null;
      const cat = lex.categoryNouns.matchEndingAt(toks, end);
      if (cat) return { from: cat.from, to: at, kind: 'category', category: cat.value, head: cat.from };
      const person = lex.personNouns.matchEndingAt(toks, end);
      if (person) return { from: person.from, to: at, kind: 'person', head: person.from };
      // an adjective is no trigger and no count
      if (lex.triggers.matchAt(toks, end - 1)) return null;
    }
    return null;
  }

  /** The trigger right after token k, auxiliaries aside ("131 detainees escaped", «131 محتجزا فروا»). */
  triggerRightAfter(k: number): Trigger | null {
    for (let aux = this.lex.auxiliaries.matchAt(this.tokens, k); aux; aux = this.lex.auxiliaries.matchAt(this.tokens, k)) k = aux.to;
    const trs = this.triggers;
    const tr = trs[lowerBound(trs, k, (x) => x.from)];
    return tr && tr.from === k ? tr : null;
  }

  /**
   * «وتضرر منها أكثر من 350 ألف شخص»: a trigger right before the partitive is the count's own verb,
   * so the count does not divide the previous claim.
   */
  verbBeforeSubset(start: number): boolean {
    const m = this.lex.subsetMarkers.matchEndingAt(this.tokens, start);
    if (!m) return false;
    const trs = this.triggers;
    const x = lowerBound(trs, m.from, (t) => t.to);
    // a trigger that is a count's own noun («23 نازحا بينهم») is that count's, not a verb
    return x < trs.length && trs[x]!.to === m.from && trs[x]!.owner < 0 && this.tokens[trs[x]!.from - 1]?.kind !== 'num';
  }

  /** A counted noun whose category no nearby trigger overrides ("23 bodies", «جثة»). */
  fixedNoun(noun: Noun): boolean {
    return noun.fixed === true || this.lex.fixedNouns.matchAt(this.tokens, noun.head ?? noun.from) !== null;
  }

  /**
   * "the number of people killed since Monday rose to 45", «ليرتفع عدد الفارين … إلى 300 ألف»: a
   * count head with a trigger a few words after it, within HEAD_REACH words before a bare figure,
   * with no other figure or clause punctuation between.
   */
  headTopic(start: number): ClaimCategory | null {
    const toks = this.tokens;
    for (let k = start - 1; k >= 0 && start - k <= HEAD_REACH; k--) {
      const tok = toks[k]!;
      if (tok.kind === 'num' && COUNTABLE.has(tok.num!.kind)) return null;
      if (tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text) && tok.text !== '-' && !this.lightQuotes.has(k)) return null;
      const head = this.lex.countHeads.matchAt(toks, k);
      if (!head) continue;
      // Triggers are sorted: the first one starting at or after the head is the only candidate.
      const trs = this.triggers;
      const tr = trs[lowerBound(trs, head.to, (x) => x.from)];
      if (!tr || tr.from - head.to > HEAD_TRIGGER || tr.to > start || tr.crime) return null;
      for (let j = head.to; j < tr.from; j++) if (toks[j]!.kind !== 'word') return null;
      return tr.value;
    }
    return null;
  }

  /** The '(' of a short bracketed gloss of words only that closes at token `close`, or -1. */
  glossOpening(close: number): number {
    const toks = this.tokens;
    for (let j = close - 1; j >= 0 && close - j <= SHORT_QUOTE + 1; j--) {
      const t = toks[j]!;
      if (t.kind === 'punct' && t.text === '(') return j < close - 1 ? j : -1;
      if (t.kind !== 'word') return -1;
    }
    return -1;
  }

  /**
   * A topic ("the death toll", «عدد الوفيات») with a verb of rising ("rose", «ارتفع») before or
   * after it, a link ("to", «إلى») right before the figure at `start`, and no other figure or
   * clause punctuation between: "The death toll from the crush at the stadium rose to 14".
   */
  risingTopic(start: number, previous: ClaimCategory | null = null): ClaimCategory | null {
    const toks = this.tokens;
    const lex = this.lex;
    if (!lex.riseLinks.matchEndingAt(toks, start)) return null;
    let rise = false;
    const riseBefore = (k: number) => {
      // «ارتفاع عدد الوفيات»: the verb may stand right before the topic.
      for (let j = Math.max(0, k - 2); j < k && !rise; j++) if (lex.riseVerbs.matchAt(toks, j)) rise = true;
    };
    for (let k = start - 1; k >= 0 && start - k <= RISE_REACH; k--) {
      const tok = toks[k]!;
      if (tok.kind === 'num' && COUNTABLE.has(tok.num!.kind) && !this.measures.has(k)) return null;
      // «عدد الوفيات جراء تفشي الدفتيريا (الخناق) في …»: a short bracketed gloss is no clause boundary.
      if (tok.kind === 'punct' && tok.text === ')') {
        const open = this.glossOpening(k);
        if (open >= 0) {
          k = open;
          continue;
        }
      }
      if (tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text) && !this.lightQuotes.has(k)) return null;
      if (lex.riseVerbs.matchAt(toks, k)) rise = true;
      const topic = lex.topics.matchAt(toks, k);
      if (!topic) {
        // «قبل أن يعلن ارتفاع العدد الى الـ37», "the number rose to 37": a bare count head that
        // rose names the count of the claim before it.
        const head = previous && k + 1 < start ? lex.countHeads.matchAt(toks, k) : null;
        if (head && head.to <= start) {
          riseBefore(k);
          if (rise) return previous;
        }
        continue;
      }
      riseBefore(k);
      return rise ? topic.value : null;
    }
    return null;
  }

  /**
   * The head of a group of people still alive when one is picked out of it, in the first words
   * from token k: a person noun or a category noun other than the dead ("the seriously injured",
   * "the hostages"); not "one of the worst disasters", not "one of the victims". -1 when none.
   */
  private livingGroupHead(k: number): number {
    const toks = this.tokens;
    const lex = this.lex;
    for (let j = k; j < Math.min(toks.length, k + 3); j++) {
      if (toks[j]!.kind !== 'word') break;
      const cat = lex.categoryNouns.matchAt(toks, j);
      if (cat) return cat.value === 'deaths' ? -1 : j;
      if (lex.personNouns.matchAt(toks, j)) return j;
    }
    return -1;
  }

  /** «مقتل أحد الجنود»: a death trigger right before the "one of" word at k, a living group after it. */
  deathBeforeOneOf(k: number): boolean {
    const tr = this.triggers.find((t) => t.to === k);
    return tr !== undefined && tr.value === 'deaths' && !tr.crime && !this.lex.topics.matchAt(this.tokens, tr.from) && this.livingGroupHead(k + 1) >= 0;
  }

  /**
   * A death told of one picked out of the group whose words start at token k ("one of the injured
   * died"; not "one of the dead", where the death word is the group): a death trigger after at
   * least one word of the group, in the same part of the sentence (an aside set off by commas may
   * stand between), with no other count before it.
   */
  deathAfterGroup(k: number): boolean {
    const toks = this.tokens;
    const lex = this.lex;
    const head = this.livingGroupHead(k);
    if (head < 0) return false;
    const trs = this.triggers;
    for (let x = lowerBound(trs, head + 1, (y) => y.from); x < trs.length && trs[x]!.from - k <= FATE_REACH; x++) {
      const tr = trs[x]!;
      if (tr.value !== 'deaths' || lex.fixedNouns.matchAt(toks, tr.from) || lex.topics.matchAt(toks, tr.from)) continue;
      for (let j = k; j < tr.from; j++) {
        const tok = toks[j]!;
        if (tok.kind === 'num' && COUNTABLE.has(tok.num!.kind) && !this.ages.has(j) && !this.measures.has(j)) return false;
        if (tok.kind === 'punct' && FATE_STOPS.has(tok.text)) return false;
        // «قال أحد السكان إنه شارك في دفن …»: the one picked out speaks; the death is in what is said.
        if (lex.complementizers.matchAt(toks, j)) return false;
      }
      return true;
    }
    return false;
  }

  /**
   * A count head a few words before the bare figure at `start` with no trigger after it ("put the
   * number at 743", «قدرت العدد بـ743»): no other figure or clause punctuation between.
   */
  bareHead(start: number): boolean {
    const toks = this.tokens;
    for (let k = start - 1; k >= 0 && start - k <= HEAD_REACH; k--) {
      const tok = toks[k]!;
      if (tok.kind === 'num') return false;
      if (tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text) && !this.lightQuotes.has(k)) return false;
      const head = this.lex.countHeads.matchAt(toks, k);
      if (!head || head.to > start) continue;
      for (let j = head.to; j < start; j++) if (this.lex.triggers.matchAt(toks, j)) return false;
      return true;
    }
    return false;
  }

  /** Only words between tokens a and b ("12 were still at large"). */
  plainBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.tokens[k]!.kind !== 'word') return false;
    return true;
  }

  /**
   * The count at token i (its claim starting at `start`) is the next item of a list after the
   * claim ending at `lastEnd`: only "and"/"or" or a comma between ("three women and two
   * children", "two women, three men"), or a conjunction glued to it («ثلاث نساء وطفلان»).
   */
  listNext(lastEnd: number, start: number, i: number): boolean {
    if (lastEnd < 0 || start < lastEnd || start - lastEnd > 2) return false;
    if (start === lastEnd) return i === start && this.conjoined(i);
    for (let k = lastEnd; k < start; k++) {
      const tok = this.tokens[k]!;
      if (!(tok.kind === 'punct' && ASIDE_COMMAS.has(tok.text)) && !this.lex.coordinators.matchAt(this.tokens, k)) return false;
    }
    return true;
  }

  /** The token after an age phrase starting at k ("aged 19 and 24", «يبلغان من العمر 19 و24 عاما»), else k. */
  agesAfter(k: number): number {
    const toks = this.tokens;
    const m = this.lex.nonCountBefore.matchAt(toks, k);
    if (!m || toks[m.to]?.kind !== 'num') return k;
    const j = this.listEnd(m.to) + 1;
    // «19 و24 عاما»: the unit after the last age.
    const unit = this.lex.nonCountUnits.matchAt(toks, j);
    return unit ? unit.to : j;
  }

  /** The sentence opens with a subset marker, after at most a conjunction ("Among them were …", «ومن بينهم»). */
  opensWithSubset(): boolean {
    const toks = this.tokens;
    const at = toks[0]?.kind === 'word' && this.lex.coordinators.matchAt(toks, 0) ? 1 : 0;
    const m = this.lex.subsetMarkers.matchAt(toks, at);
    if (m === null || toks[m.to]?.kind !== 'num') return false;
    // "Among the dead were two children": the marker names its own set, whatever the sentence before counted.
    for (let j = at; j < m.to; j++) if (this.lex.triggers.matchAt(toks, j)) return false;
    return true;
  }

  /**
   * The sentence opens with a count picked out of the people just counted ("Two of them were later
   * airlifted", «ثلاثة منهم»), after at most a conjunction: a subset of the sentence before's count.
   */
  opensWithPartitive(): boolean {
    const toks = this.tokens;
    const at = toks[0]?.kind === 'word' && this.lex.coordinators.matchAt(toks, 0) ? 1 : 0;
    return toks[at]?.kind === 'num' && this.lex.subsetMarkers.matchAt(toks, at + 1) !== null;
  }

  /** A subset marker ("including", «بينهم») right before token `start`. */
  subsetBefore(start: number): boolean {
    const lex = this.lex;
    if (lex.subsetMarkers.matchEndingAt(this.tokens, start) !== null) return true;
    // "among them a woman and two teenage boys", «بينهم سيدة وطفلان»: a later item of a list the
    // marker opens, after an item with no figure of its own.
    let k = start;
    const joiner = lex.listJoiners.matchEndingAt(this.tokens, k);
    if (joiner) k = joiner.from;
    else if (!lex.listJoinerPrefixes.some((p) => this.tokens[start]!.text.startsWith(p))) return false;
    for (let w = 0; w < LIST_ITEM_WORDS && k > 0; w++) {
      const tok = this.tokens[--k]!;
      if (tok.kind !== 'word' || lex.triggers.matchAt(this.tokens, k)) return false;
      if (lex.subsetMarkers.matchEndingAt(this.tokens, k) !== null) return true;
    }
    return false;
  }

  /**
   * A verb of capacity or residence right before the count at `start`, or with at most
   * CAPACITY_GAP words (its subject) between: "the prison holds about 6,800", «يتسع السجن لنحو 6800».
   * Not in an event frame.
   */
  capacity(start: number): boolean {
    // "the gunmen hold 30 soldiers": in an event frame (captivity) holding is what happened to them.
    if (this.frames.length > 0) return false;
    // "the region has roughly 1.2 million employees": a verb of having (present: a standing
    // population; "the quarry had 85 workers on site" is the scene) right before the count
    // (right before only: "have arrested 150" is an auxiliary).
    if (this.lex.possessionBefore.matchEndingAt(this.tokens, start)) return true;
    for (let k = start; k >= 0 && start - k <= CAPACITY_GAP; k--) {
      if (k < start && this.tokens[k]!.kind !== 'word') return false;
      if (this.lex.capacityBefore.matchEndingAt(this.tokens, k)) return true;
    }
    return false;
  }

  /**
   * "20 of Kenya's 47 counties", "6 of the 18 provinces", «20 من أصل 47 مقاطعة»: a part linked to
   * a total written with its own number; the total's noun is the part's. The total's token index
   * and that noun, or null.
   */
  totalAfter(i: number): { at: number; noun: Noun } | null {
    const toks = this.tokens;
    let link = this.lex.totalLinks.matchAt(toks, i + 1);
    // «17 مديرية من أصل 23 مديرية»: the part may carry the noun too (then the total follows the
    // link at once: «70 شخصا من بينهم 5 صحفيين» is a subset, not a total).
    let close = false;
    if (!link && toks[i + 1]?.kind === 'word') {
      const own = this.noun(i);
      // only a link of two words or more that is no partitive («من أصل», "out of"; not «من بينهم»)
      const l = own && own !== 'unit' && own.kind !== 'other' ? this.lex.totalLinks.matchAt(toks, own.to) : null;
      if (l && l.to - l.from >= 2 && !this.lex.subsetMarkers.matchAt(toks, l.from)) link = l;
      close = true;
    }
    if (!link) return null;
    // Nothing, one word ("the", "Kenya's") or a name and its possessive ("Kenya ’ s") between.
    for (const j of close ? [link.to] : [link.to, link.to + 1, link.to + 3]) {
      const tok = toks[j];
      if (!tok || tok.kind !== 'num') continue;
      if (j === link.to + 1 && toks[link.to]!.kind !== 'word') return null;
      // «ألفين من سكان أربعة أحياء», "200 of the residents of 4 villages": a person word between
      // names whom the part counts; the number after it counts something else, not the part's total.
      if (j === link.to + 1 && (this.lex.personNouns.matchAt(toks, link.to) || this.lex.categoryNouns.matchAt(toks, link.to))) return null;
      if (j === link.to + 3 && !(toks[link.to]!.kind === 'word' && APOSTROPHES.has(toks[link.to + 1]!.text) && toks[link.to + 2]!.kind === 'word')) return null;
      if (!COUNTABLE.has(tok.num!.kind)) return null;
      const noun = this.noun(j);
      return noun && noun !== 'unit' && noun.kind !== 'other' ? { at: j, noun } : null;
    }
    return null;
  }

  /**
   * A disjunction right after a count, then (past auxiliaries) a trigger of a category the lexicon
   * keeps: «اختطف 6 صيادين أو فقدوا» → that category.
   */
  keptAlternative(end: number): ClaimCategory | null {
    const lex = this.lex;
    if (lex.disjunctionKeeps.size === 0) return null;
    const or = lex.disjunctions.matchAt(this.tokens, end);
    if (!or) return null;
    let k = or.to;
    for (let aux = lex.auxiliaries.matchAt(this.tokens, k); aux; aux = lex.auxiliaries.matchAt(this.tokens, k)) k = aux.to;
    const tr = lex.triggers.matchAt(this.tokens, k);
    return tr && lex.disjunctionKeeps.has(tr.value) ? tr.value : null;
  }

  /** «مجزرة واحدة»: the number one or two in words right after a unit noun qualifies it (no count, owns no trigger). */
  unitNumeral(k: number): boolean {
    const n = this.tokens[k]!.num;
    return n !== undefined && n.words === true && n.value !== null && n.value <= 2 && this.lex.nonCountUnits.matchEndingAt(this.tokens, k) !== null;
  }

  /** "children under five", «أطفال دون 5»: the number after a person noun and an age preposition is an age. */
  isAge(first: number): boolean {
    if (this.ages.has(first)) return true;
    const prep = this.lex.agePrepositions.matchEndingAt(this.tokens, first);
    return prep !== null && this.lex.personNouns.matchEndingAt(this.tokens, prep.from) !== null;
  }

  /** The counted noun after the number token i. */
  noun(i: number): Noun | 'unit' | null {
    const toks = this.tokens;
    const lex = this.lex;
    if (lex.nonCountUnits.matchAt(toks, i + 1)) return 'unit';
    // "a 12-metre dinghy", "a 24-hour strike": a unit joined by a hyphen makes the number a measure.
    const dash = toks[i + 1];
    if (dash && dash.kind === 'punct' && HYPHENS.has(dash.text) && dash.start === toks[i]!.end && toks[i + 2]?.start === dash.end && lex.nonCountUnits.matchAt(toks, i + 2)) return 'unit';
    let k = i + 1;
    const link = lex.nounLinks.matchAt(toks, k);
    if (link) {
      // «نزح 40 ألفا من منازلهم»: from their homes, not 40 thousand of their homes.
      if (lex.originNouns.matchAt(toks, link.to)) return null;
      k = link.to;
    }
    for (let a = 0; a <= lex.adjectivesBeforeNoun && k + a < toks.length; a++) {
      const j = k + a;
      const tok = toks[j]!;
      if (tok.kind !== 'word') break;
      if (lex.nonCountUnits.matchAt(toks, j)) return 'unit';
      if (lex.phraseBreakers.matchAt(toks, j)) return a === 0 ? null : { from: k, to: k + 1, kind: 'other' };
      // «وإصابة» after a number starts the next clause, it is not the counted noun.
      if (this.conjoined(j)) return null;
      const place = lex.placeNouns.matchAt(toks, j);
      if (place) return { from: k, to: place.to, kind: 'place', head: j };
      // A frame's noun before the lexicon's, unless the lexicon's is longer («حالة وفاة» in an outbreak).
      const own = this.frameNoun(j);
      const general = lex.categoryNouns.matchAt(toks, j);
      const cat = own && (!general || own.to >= general.to) ? own : general;
      if (cat) return { from: k, to: this.personAfter(cat.to), kind: 'category', category: cat.value, head: j };
      const person = lex.personNouns.matchAt(toks, j);
      // "two coast guard vessels", "three police cars": a person noun modifying a thing.
      if (person && toks[person.to]?.kind === 'word' && lex.modifiedThings.matchAt(toks, person.to)) return 'unit';
      if (person) return { from: k, to: person.to, kind: 'person', head: j };
      // A trigger word ends the noun phrase: "600 killed" has no counted noun.
      if (lex.triggers.matchAt(toks, j)) return null;
    }
    const first = toks[k];
    return first && first.kind === 'word' ? { from: k, to: k + 1, kind: 'other' } : null;
  }

  /**
   * A dual noun («قتيلان», «والجريحين», «مدينتين») standing alone: it counts two of itself.
   * Not when a number stands next to it («شخصين اثنين» is read from the number).
   */
  dual(i: number): Noun | null {
    const lex = this.lex;
    if (lex.dualNouns.size === 0) return null;
    const tok = this.tokens[i]!;
    if (tok.kind !== 'word') return null;
    if (this.tokens[i - 1]?.kind === 'num' || this.tokens[i + 1]?.kind === 'num') return null;
    // The reading depends on the word alone, and dual() runs at every word of such a language.
    let cache = this.duals;
    if (!cache) {
      cache = dualCache.get(lex);
      if (!cache) dualCache.set(lex, (cache = new Map()));
      this.duals = cache;
    }
    let d = cache.get(tok.text);
    if (d === undefined) {
      d = dualReading(lex, tok);
      if (cache.size > 200_000) cache.clear();
      cache.set(tok.text, d);
    }
    if (!d) return null;
    if (d.head !== undefined) {
      // «حالتي وفاة»: a category phrase of the singular and the next word («حالة وفاة»), or nothing.
      const next = this.tokens[i + 1];
      const pair: Token[] = next?.kind === 'word' ? [{ ...tok, text: d.head }, next] : [];
      const cat = pair.length ? this.lex.categoryNouns.matchAt(pair, 0) : null;
      if (!cat || cat.to !== 2) return null;
      return { from: i, to: i + 2, kind: 'category', category: cat.value };
    }
    // «جثتي عاملين»: the dual in construct state counts with the word after it.
    const to = d.construct && this.tokens[i + 1]?.kind === 'word' ? i + 2 : i + 1;
    return { from: i, to, kind: d.kind, ...(d.category ? { category: d.category } : {}), ...(d.fixed ? { fixed: true } : {}) };
  }

  /** The lexicon's cache of dual readings (looked up once per sentence). */
  private duals: Map<string, DualReading | null> | undefined;

  /** The token carries a conjunction prefix («وإصابة») rather than being a word that starts with its letter. */
  private conjoined(j: number): boolean {
    const text = this.tokens[j]!.text;
    return this.lex.conjunctionPrefixes.some((p) => text.startsWith(p)) && !this.isNounWord(j);
  }

  /** The token is itself a lexicon noun, without stripping a conjunction («وفد» is not و + فد). */
  private isNounWord(j: number): boolean {
    const t = this.tokens[j]!.text;
    const lex = this.lex;
    return lex.placeNouns.hasEntry(t) || lex.categoryNouns.hasEntry(t) || lex.personNouns.hasEntry(t);
  }

  /** "arrested youths": a person noun after a category word ("arrested") is the counted noun. */
  private personAfter(j: number): number {
    const more = this.lex.personNouns.matchAt(this.tokens, j);
    return more ? more.to : j;
  }

  /**
   * A trigger phrase split by the claim: "put 120 prisoners to death", "sentenced 12 men to
   * death". The words of a lexicon phrase stand right before the claim (its qualifier included)
   * and the rest right after it; the phrase then speaks for this claim before any nearer part
   * of it ("death" alone is a deaths trigger).
   */
  splitTrigger(from: number, to: number): ClaimCategory | null {
    let a = from;
    while (a > 0 && from - a < SPLIT_SIDE && this.tokens[a - 1]!.kind === 'word') a--;
    const before = this.tokens.slice(a, from);
    const after = this.tokens.slice(to, to + SPLIT_SIDE);
    if (before.length === 0 || after.length === 0) return null;
    const joined = [...before, ...after];
    for (let p = 0; p < before.length; p++) {
      const m = this.lex.triggers.matchAt(joined, p);
      if (m && m.to > before.length) return m.value;
    }
    return null;
  }

  /** The aside opening at comma k describes the people counted ("most of them homeless"). */
  private describing(k: number): boolean {
    return this.lex.asideQuantifiers.matchAt(this.tokens, k + 1) !== null;
  }

  /**
   * The closing comma of an aside opening with the comma at token k: a comma, then at most
   * ASIDE_WORDS tokens holding no trigger and no punctuation but the same comma, then that comma
   * and a word. -1 when there is none.
   */
  private asideEnd(k: number): number {
    const toks = this.tokens;
    const open = toks[k];
    if (!open || open.kind !== 'punct' || !ASIDE_COMMAS.has(open.text)) return -1;
    let close = -1;
    const describing = this.describing(k);
    for (let j = k + 1; j < toks.length && j - k - 1 <= ASIDE_WORDS; j++) {
      const tok = toks[j]!;
      // A list may stand in the aside ("along with A, B and C,"): its last comma closes it.
      // A describing aside may hold a trigger, so it ends at its first comma.
      if (tok.kind === 'punct') {
        if (tok.text !== open.text) break;
        if (j > k + 1) close = j;
        if (describing && close > 0) break;
        continue;
      }
      if ((this.lex.triggers.matchAt(toks, j) && !describing) || this.lex.inheritBlockers.matchAt(toks, j)) break;
    }
    // The aside is followed by what it interrupts: a word.
    return close > 0 && toks[close + 1]?.kind === 'word' ? close : -1;
  }

  /**
   * The finite verb ending the prepositional modifiers that open at token k ("from the boarding
   * house of the X school in Y were"), or k when there are none: no punctuation, number,
   * trigger or clause word may stand between (language lists `subjectModifiers`).
   */
  private modifiersEnd(k: number): number {
    const toks = this.tokens;
    if (!toks[k] || toks[k]!.kind !== 'word' || !this.lex.modifierPrepositions.matchAt(toks, k)) return k;
    for (let j = k + 1, words = 1; j < toks.length && words <= MODIFIER_WORDS; j++, words++) {
      const tok = toks[j]!;
      // "residents of three districts near the camp, including A and B, were": a count of places
      // inside the modifier, and an aside closing it, stand between the subject and its verb.
      if (tok.kind === 'num' && COUNTABLE.has(tok.num!.kind) && this.lex.placeNouns.matchAt(toks, j + 1)) continue;
      if (tok.kind === 'punct' && ASIDE_COMMAS.has(tok.text)) {
        const close = this.asideEnd(j);
        if (close < 0) return k;
        j = close;
        continue;
      }
      if (tok.kind !== 'word') return k;
      if (this.lex.modifierVerbs.matchAt(toks, j)) return j;
      if (this.lex.triggers.matchAt(toks, j) || this.lex.inheritBlockers.matchAt(toks, j) || this.lex.clauseJoiners.matchAt(toks, j)) return k;
    }
    return k;
  }

  /** Category from the nearest trigger to tokens[from, to), with its distance. */
  category(from: number, to: number, maxDistance: number, noun: Noun | undefined, self: number, listItems = LIST_SHARE): TriggerChoice | null {
    let best: TriggerChoice | null = null;
    // "40 miners, most of them from nearby villages, were killed": an aside set off by commas
    // between the count and its verb is skipped: its words add no distance, its commas no boundary.
    // '"Thousands of protesters", along with …, were detained': a short quote may close right before the aside.
    // "two men aged 19 and 24, suspected of …, were arrested": their ages are part of the noun phrase.
    const base = this.agesAfter(to);
    const close = this.asideEnd(this.lightQuotes.has(base) ? base + 1 : base);
    // "87 pupils from the boarding house of the X school in Y were taken to hospital": the
    // subject's prepositional modifiers add no distance either.
    const after = close > 0 ? close + 1 : this.modifiersEnd(base);
    // Triggers are sorted and do not overlap: only those within maxDistance words can count.
    const trs = this.triggers;
    let lo0 = 0;
    let hi0 = trs.length;
    while (lo0 < hi0) {
      const mid = (lo0 + hi0) >> 1;
      if (trs[mid]!.to < from - maxDistance - this.dated.size) lo0 = mid + 1;
      else hi0 = mid;
    }
    for (let x = lo0; x < trs.length && trs[x]!.from <= after + maxDistance + this.dated.size; x++) {
      const tr = trs[x]!;
      if (tr.owner >= 0 && tr.owner !== self) continue;
      if (tr.crime && tr.to > from) continue;
      // The counted noun speaks for itself; a trigger is other words of the sentence.
      if (noun && tr.from < noun.to && noun.from < tr.to) continue;
      // "11 people, most of them homeless, have died": the aside tells what they are, not what happened.
      if (close > 0 && tr.from > base && tr.to <= close && this.describing(base)) continue;
      let d: number;
      let lo: number;
      let hi: number;
      if (tr.to <= from) {
        d = from - tr.to;
        lo = tr.to;
        hi = from;
      } else if (tr.from >= after) {
        d = tr.from - after;
        lo = after;
        hi = tr.from;
      } else if (tr.from >= to) {
        d = tr.from - to;
        lo = to;
        hi = tr.from;
      } else {
        d = 0;
        lo = hi = 0;
      }
      d -= this.dateDiscount(lo, hi);
      if (d > maxDistance) continue;
      let blocked = false;
      let joined = false;
      for (let k = lo; k < hi && !blocked && d <= maxDistance; k++) {
        const tok = this.tokens[k]!;
        // «اعتقلت البحرية، الخميس 5 فبراير 2026، 23 صيادا»: a date, and the commas that set it off, add no distance.
        if (this.datePart(k)) continue;
        if ((tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text) && !this.lightQuotes.has(k)) || (tok.kind === 'num' && COUNTABLE.has(tok.num!.kind) && !this.ages.has(k) && !this.measures.has(k))) d += BOUNDARY_COST;
        // «اعتقل 40 … أفرج عن 12 منهم»: a verb such as "released" between them cuts the count off the trigger.
        else if (this.lex.inheritBlockers.matchAt(this.tokens, k)) blocked = true;
        // "Two died and 14 were injured": a trigger across a conjunction belongs to the other clause.
        else if (this.lex.clauseJoiners.matchAt(this.tokens, k)) {
          d += JOIN_COST;
          joined = true;
        }
      }
      if (blocked || d > maxDistance) continue;
      const before = tr.to <= from;
      // At equal distance a trigger of the count's own clause wins over one across a conjunction
      // ("34 were injured and five suspects had been arrested"), then one before the count.
      // A fixed noun ("bodies", «جثث») says least about what happened: «جثث 9 سجناء أعدموا».
      const fixed = this.lex.fixedNouns.matchAt(this.tokens, tr.from) !== null;
      const better = !best || d < best.d || (d === best.d && (joined !== best.joined ? !joined : fixed !== best.fixed ? !fixed : before && !best.before));
      if (better) best = { c: tr.value, d, before, from: tr.from, to: tr.to, joined, fixed };
    }
    // "Four teachers and two nurses were among the dead": with no trigger in reach, the first item
    // of a list of counted people shares the verb after the next item.
    if (!best && listItems > 0 && noun && noun.kind === 'person') {
      const j = this.listItemAfter(to);
      const next = j === null ? null : this.noun(j);
      if (j !== null && next && next !== 'unit' && next.kind === 'person') {
        const b = this.category(j, next.to, maxDistance, next, j, listItems - 1);
        if (b && !b.before) best = { ...b, d: b.d + (j - to) };
      }
    }
    return best;
  }

  /** The number token that opens the next item of a list right after token `end` (", " or "and" between), else null. */
  listItemAfter(end: number): number | null {
    const toks = this.tokens;
    let k = end;
    const sep = toks[k];
    if (sep !== undefined && sep.kind === 'punct' && ASIDE_COMMAS.has(sep.text)) k++;
    const co = this.lex.coordinators.matchAt(toks, k);
    if (co) k = co.to;
    if (k === end) return null;
    const tok = toks[k];
    return tok !== undefined && tok.kind === 'num' && COUNTABLE.has(tok.num!.kind) && !this.ages.has(k) && !this.measures.has(k) ? k : null;
  }

  /**
   * The category a sentence-level topic word gives ("the toll … included 17 teenagers") to the
   * count at token `at` — unless a trigger of another category stands between them («من بين
   * الضحايا … الـ27 مفقودا … إيواء 1200 شخص»: the topic speaks for its own clauses only).
   */
  topic(at: number): ClaimCategory | null {
    if (this.topicCache === undefined) this.topicCache = this.lex.topics.findAll(this.tokens)[0] ?? null;
    const tp = this.topicCache;
    // A topic names what the counts after it are ("the toll … included 17 teenagers").
    if (!tp || tp.from > at) return null;
    // Triggers are sorted and do not overlap: the first one at or after the topic is the nearest.
    const trs = this.triggers;
    for (let x = lowerBound(trs, tp.to, (y) => y.from); x < trs.length && trs[x]!.to <= at; x++) if (trs[x]!.value !== tp.value) return null;
    return tp.value;
  }

  private topicCache: { from: number; to: number; value: ClaimCategory } | null | undefined;

  /** A verb such as "released" between tokens a and b («اعتقل 40 … أفرج عن 12 منهم»). */
  blockedBetween(a: number, b: number): boolean {
    for (let k = Math.max(0, a); k < b; k++) if (this.lex.inheritBlockers.matchAt(this.tokens, k)) return true;
    return false;
  }

  /** A verb right after a count that keeps it from inheriting a category ("12 of whom were released"). */
  blockedAfter(end: number): boolean {
    for (let k = end; k < Math.min(this.tokens.length, end + RATE_WINDOW); k++) {
      const tok = this.tokens[k]!;
      if (tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text)) return false;
      if (this.lex.inheritBlockers.matchAt(this.tokens, k)) return true;
    }
    return false;
  }

  /**
   * A qualifier whose verb stands before the topic it qualifies, the count after it (Arabic
   * verb-first order): «تجاوز عدد القتلى 300», «قد يصل عدد القتلى إلى 60» — the qualifier
   * phrase is the words before the topic plus the words between topic and number.
   */
  qualifierAcrossTopic(first: number): BoundQualifier | null {
    const toks = this.tokens;
    const q = this.lex.qualifierBefore;
    for (let end = first; end >= Math.max(1, first - 2); end--) {
      const topic = this.lex.topics.matchEndingAt(toks, end);
      if (!topic) continue;
      const rest = toks.slice(end, first);
      if (rest.some((t) => t.kind !== 'word')) continue;
      // The qualifier's words may stand a few words before the topic («قدرت المنظمة في وقت سابق عدد القتلى بـ90»).
      for (let p = topic.from - 1; p >= 0 && topic.from - p <= TOPIC_GAP + q.maxWords; p--) {
        if (toks[p]!.kind !== 'word') break;
        for (let h = 1; h <= q.maxWords && p + h <= topic.from; h++) {
          const seq = [...toks.slice(p, p + h), ...rest];
          const m = q.matchAt(seq, 0);
          if (m && m.to === seq.length) return m.value;
        }
      }
    }
    // «تجاوز عدد الإصابات المشتبه بها 3650»: a qualifier phrase ending in a count head (or the
    // qualifier verb right before the head), then a few words naming what is counted, then the number.
    for (let k = first - 1; k >= 0 && first - k <= HEAD_GAP_WORDS + 1; k--) {
      if (toks[k]!.kind !== 'word') break;
      const head = this.lex.countHeads.matchAt(toks, k);
      if (!head || head.to >= first) continue;
      const m = q.matchEndingAt(toks, head.to) ?? q.matchEndingAt(toks, k);
      if (m) return m.value;
    }
    return null;
  }

  /**
   * Zero claims: a whole negation phrase ("no one was killed", «لم يقتل أحد»), or a negated
   * event phrase with a negator a few words before it in the same clause («لم يسفر الانفجار عن
   * سقوط قتلى», "did not cause any deaths"); the claim spans negator to phrase.
   */
  zeroClaims(): Array<{ from: number; to: number; value: ClaimCategory }> {
    const toks = this.tokens;
    const lex = this.lex;
    const out = lex.zero.findAll(toks);
    // Tokens already inside a zero claim.
    const covered = new Uint8Array(toks.length);
    const cover = (z: { from: number; to: number }) => covered.fill(1, z.from, z.to);
    out.forEach(cover);
    const overlaps = (from: number, to: number) => anySet(covered, from, to);
    let partitives: Array<{ from: number; to: number }> | undefined;
    for (const tr of this.triggers) {
      if (!lex.zeroCategories.has(tr.value) || overlaps(tr.from, tr.to)) continue;
      // "no guards were killed", "none of the crew had been hurt": a quantifier a few words before
      // the trigger, with only person nouns and auxiliaries between.
      for (let p = tr.from - 1, words = 0; p >= 0 && words <= ZERO_REACH; p--) {
        const tok = toks[p]!;
        if (tok.kind !== 'word') break;
        const q = lex.zeroQuantifiers.matchAt(toks, p);
        // "None of the injured were in danger": right after a partitive quantifier the trigger
        // names the group itself (it exists), not what did not happen to it.
        if (q && q.to === tr.from && lex.groupQuantifiers.matchAt(toks, p)?.to === q.to) break;
        if (q && q.to <= tr.from) {
          out.push({ from: p, to: tr.to, value: tr.value });
          cover(out[out.length - 1]!);
          break;
        }
        if (!lex.auxiliaries.matchAt(toks, p) && !lex.personNouns.matchAt(toks, p)) break;
        words++;
      }
      if (lex.zeroPartitives && !overlaps(tr.from, tr.to)) {
        // "No one from the coast guard was hurt": a partitive quantifier admits a group's name
        // (a few words, no other trigger, no clause word) before the trigger.
        partitives ??= lex.zeroPartitives.findAll(toks);
        let q: { from: number; to: number } | undefined;
        for (const z of partitives) if (z.to <= tr.from) q = z;
        if (q && tr.from - q.to <= ZERO_REACH + ZERO_GROUP && this.groupBetween(q.to, tr.from) && !overlaps(q.from, tr.to)) {
          out.push({ from: q.from, to: tr.to, value: tr.value });
          cover(out[out.length - 1]!);
        }
      }
      if (overlaps(tr.from, tr.to)) continue;
      // «لم يقتل أحد», «لم يصب أي من الحراس»: a negator right before the trigger, a quantifier right after.
      const neg = lex.negators.matchEndingAt(toks, tr.from);
      const q = neg ? lex.zeroAfter.matchAt(toks, tr.to) : null;
      if (neg && q && !overlaps(neg.from, q.to)) cover(out[out.push({ from: neg.from, to: q.to, value: tr.value }) - 1]!);
    }
    for (const m of this.lex.negatedZero.findAll(toks)) {
      if (overlaps(m.from, m.to)) continue;
      for (let k = m.from - 1; k >= 0 && m.from - k <= NEGATION_WINDOW + 1; k--) {
        const tok = toks[k]!;
        if (tok.kind !== 'word') break;
        const neg = this.lex.negators.matchAt(toks, k);
        if (neg && neg.to <= m.from) {
          out.push({ from: k, to: m.to, value: m.value });
          break;
        }
      }
    }
    return out.sort((a, b) => a.from - b.from);
  }

  /**
   * Tokens [a, b) name a group between a partitive zero quantifier and its trigger: words only, at
   * most ZERO_GROUP_WORDS of them neither auxiliaries nor person nouns, no trigger, no clause word
   * ("no one from the village knew how many were killed" is no zero claim).
   */
  private groupBetween(a: number, b: number): boolean {
    const toks = this.tokens;
    const lex = this.lex;
    let loose = 0;
    for (let k = a; k < b; k++) {
      if (toks[k]!.kind !== 'word' || lex.triggers.matchAt(toks, k)) return false;
      if (lex.auxiliaries.matchAt(toks, k) || lex.personNouns.matchAt(toks, k)) continue;
      if (lex.phraseBreakers.matchAt(toks, k) || ++loose > ZERO_GROUP_WORDS) return false;
    }
    return true;
  }

  /**
   * The category of the last category noun before token `at` that counts no figure of its own
   * ("the detainees", «الموقوفين»): the group a subset marker with no count before it divides.
   */
  groupBefore(at: number): ClaimCategory | null {
    const toks = this.tokens;
    for (let j = at - 1; j >= 0 && at - j <= GROUP_REACH; j--) {
      const cat = this.lex.categoryNouns.matchAt(toks, j);
      if (!cat || cat.to > at) continue;
      if (toks[j - 1]?.kind === 'num' || toks[cat.to]?.kind === 'num') return null;
      return cat.value;
    }
    return null;
  }

  /** A rate of a year or more in the clause of the figure ending at token `end` ("27,000 die on the roads every year"). */
  statisticIn(end: number): boolean {
    return this.phraseInClause(end, this.lex.statisticRates, STATISTIC_REACH + 1);
  }

  /** A rate phrase within the clause after token `end`. */
  rateAfter(end: number): boolean {
    return this.phraseInClause(end, this.lex.rates, RATE_WINDOW);
  }

  /** A phrase of `m` starting within `window` tokens from `end`, before the clause ends. */
  private phraseInClause(end: number, m: PhraseMatcher<unknown>, window: number): boolean {
    const toks = this.tokens;
    for (let k = end; k < Math.min(toks.length, end + window); k++) {
      const tok = toks[k]!;
      if (tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text)) return false;
      if (m.matchAt(toks, k)) return true;
    }
    return false;
  }

  /**
   * The last number of a list of numbers starting at token i: "15 and 17", «10 و14», "20, 22 and
   * 31" (commas only in a list closed by a coordinator: "18, nine girls among them" is no list); i when none.
   */
  listEnd(i: number): number {
    let last = i;
    for (let k = i; ; ) {
      const sep = this.tokens[k + 1];
      const co = this.lex.coordinators.matchAt(this.tokens, k + 1);
      const comma = !co && sep !== undefined && sep.kind === 'punct' && ASIDE_COMMAS.has(sep.text);
      // «و14»: the conjunction glued to the digits is a word token of its own.
      const j = co ? co.to : comma ? k + 2 : k + 1;
      if (this.tokens[j]?.kind !== 'num') break;
      k = j;
      if (!comma) last = j;
    }
    return last;
  }

  /** The number coordinated with token i ("15 and 17", «10 و14»), if any. */
  coordinated(i: number): number | null {
    const end = this.listEnd(i);
    return end > i ? end : null;
  }
}

/** What a dual word counts (see SentenceClaims.dual), per lexicon and word. */
/** `construct`: a dual in construct state («جثتي عاملين», "the two bodies of …"), which takes the next word with it. */
type DualReading = Pick<Noun, 'kind' | 'category' | 'fixed'> & { construct?: boolean; head?: string };
const dualCache = new WeakMap<CompiledLexicon, Map<string, DualReading | null>>();

/** The dual reading of a word token («قتيلان» → category deaths), or null when it is no dual. */
function dualReading(lex: CompiledLexicon, tok: Token): DualReading | null {
  const word = tok.text;
  for (const p of ['', ...lex.prefixes]) {
    if (!word.startsWith(p)) continue;
    const stem = word.slice(p.length);
    if (lex.nounEntries.has(stem)) return null;
    // «العاملين», «القتيلين»: a definite dual names people already counted (and is often a plural).
    if (lex.definitePrefixes.some((d) => p.endsWith(d))) continue;
    // The construct endings of a dual of a noun in ة («جثتا», «جثتي»): the ت of the ة, then ا or ي.
    for (const x of lex.dualConstructSuffixes) {
      if (stem.length - x.length < 2 || !stem.endsWith(x)) continue;
      const singular = stem.slice(0, stem.length - x.length) + '\u0647';
      if (!lex.dualNouns.has(singular)) continue;
      const one: Token[] = [{ ...tok, text: singular }];
      const cat = lex.categoryNouns.matchAt(one, 0);
      if (cat) return { kind: 'category', category: cat.value, construct: true, ...(lex.fixedNouns.matchAt(one, 0) ? { fixed: true } : {}) };
      // «حالتي وفاة»: the singular heads a category phrase with the word after it (read at the call).
      return { kind: 'other', construct: true, head: singular };
    }
    for (const x of lex.dualSuffixes) {
      if (stem.length - x.length < 2 || !stem.endsWith(x)) continue;
      const base = stem.slice(0, stem.length - x.length);
      // A final ة (folded ه) is written ت before the ending: «مدينة» → «مدينتان».
      const singular = lex.dualNouns.has(base) ? base : base.endsWith('\u062A') && lex.dualNouns.has(base.slice(0, -1) + '\u0647') ? base.slice(0, -1) + '\u0647' : null;
      if (singular === null) continue;
      // «مدنيين», «عاملين» are far more often plurals than duals: such nouns count two only in -ان.
      if (lex.soundPluralNouns.has(singular) && x !== lex.dualSuffixes[0]) continue;
      // The singular says what the dual counts.
      const one: Token[] = [{ ...tok, text: singular }];
      const cat = lex.categoryNouns.matchAt(one, 0);
      if (cat) return { kind: 'category', category: cat.value, ...(lex.fixedNouns.matchAt(one, 0) ? { fixed: true } : {}) };
      // A person before a place: «مدني» (a civilian) is no «مدن» (towns) with a suffix.
      if (lex.personNouns.matchAt(one, 0)) return { kind: 'person' };
      return { kind: lex.placeNouns.matchAt(one, 0) ? 'place' : 'other' };
    }
  }
  return null;
}

/** Digits glued to a letter («11قتيلا»): a sentence that may hold a glued count. */
const GLUED_HINT = /\d\p{L}/u;
const GLUED = /^(\p{L}?)(\d+)(\p{L}[\p{L}\p{M}]+)$/u;

/**
 * «11قتيلا», «12مصابا»: a count written glued to its noun (a real-text quirk the number readers
 * rightly refuse, since «٢٥مل» or «٤من» are units and words). A word token made of digits and a
 * word the claim lexicon counts (a category noun, a person noun or a trigger) is read here as
 * the number token and the noun token.
 */
/**
 * "115 out of 131", «115 من أصل 131»: the number readers read a part and its total as one
 * fraction; split into the part, the link's words and the total, so that the total is a number of
 * its own (`totalAfter`), which may make a claim of its own («131 محتجزا فروا»). Null when the
 * words between are not a total link.
 */
function splitPartOfTotal(lex: CompiledLexicon, tok: Token): Token[] | null {
  const m = PART_OF_TOTAL.exec(tok.text);
  if (!m) return null;
  const partText = m[1]!;
  const totalText = tok.text.slice(tok.text.lastIndexOf(' ') + 1);
  const words: Token[] = [];
  const middle = tok.text.slice(partText.length, tok.text.length - totalText.length);
  for (const w of middle.matchAll(/\S+/gu)) {
    const at = tok.start + partText.length + w.index;
    words.push({ kind: 'word', start: at, end: at + w[0].length, text: w[0] });
  }
  if (words.length === 0 || lex.totalLinks.matchAt(words, 0)?.to !== words.length) return null;
  const numberAt = (text: string, start: number): Token => {
    const value = Number(text.replace(/,/g, ''));
    const num: NumberMention = { start, end: start + text.length, text, kind: 'integer', value, min: value, max: value };
    return { kind: 'num', start, end: start + text.length, text, num };
  };
  return [numberAt(partText, tok.start), ...words, numberAt(totalText, tok.end - totalText.length)];
}

function splitGlued(lex: CompiledLexicon, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    // Digits first, or after a one-letter conjunction («و20جريحا»).
    const c = tok.text.charCodeAt(0);
    const c1 = tok.text.charCodeAt(1);
    const m = tok.kind === 'word' && ((c >= 48 && c <= 57) || (c1 >= 48 && c1 <= 57)) ? GLUED.exec(tok.text) : null;
    let parts: Token[] | null = null;
    if (m && (m[1] === '' || lex.conjunctionPrefixes.includes(m[1]!))) {
      const at = tok.start + m[1]!.length;
      const cut = at + m[2]!.length;
      const word: Token = { kind: 'word', start: cut, end: tok.end, text: m[3]! };
      const one = [word];
      if (lex.categoryNouns.matchAt(one, 0) || lex.personNouns.matchAt(one, 0) || lex.triggers.matchAt(one, 0)) {
        const value = Number(m[2]);
        const num: NumberMention = { start: at, end: cut, text: m[2]!, kind: 'integer', value, min: value, max: value };
        parts = [...(m[1] ? [{ kind: 'word' as const, start: tok.start, end: at, text: m[1] }] : []), { kind: 'num', start: at, end: cut, text: m[2]!, num }, word];
      }
    }
    if (!parts && tok.kind === 'num' && tok.num!.kind === 'fraction') parts = splitPartOfTotal(lex, tok);
    if (parts && !out) out = tokens.slice(0, k);
    if (out) out.push(...(parts ?? [tok]));
  }
  return out ?? tokens;
}

export function extractClaims(t: NormalizedText, plugin: LanguagePlugin, ctx: ClaimContext): Claim[] {
  const lex = lexiconFor(plugin);
  const numbers = ctx.numbers;
  const quotes = findQuotes(t.norm);
  // Dates sorted by start; spans do not overlap, so a binary search finds the only candidate.
  const dates = [...ctx.dates].sort((a, b) => a.start - b.start);
  const attributor = new Attributor(t, lex, numbers, ctx.entities, quotes, dates);
  const inDate = (n: NumberMention) => {
    const o = toOriginal(t, n.start, n.end);
    // the first date ending after o.start (integer offsets: end <= o.start ⇔ end < o.start + 1)
    const lo = lowerBound(dates, o.start + 1, (d) => d.end);
    return lo < dates.length && dates[lo]!.start < o.end;
  };
  const zeroHeads = lex.zeroHeads;
  const entities = [...ctx.entities].sort((a, b) => a.start - b.start);
  const organisations = entities.filter((e) => e.type === 'ORG');
  /** Indexes of the tokens inside one of `spans` (sorted, original offsets; none for most sentences: one search each). */
  const tokensIn = (toks: readonly Token[], spans: ReadonlyArray<{ start: number; end: number }>): Set<number> => {
    const out = new Set<number>();
    if (toks.length === 0 || spans.length === 0) return out;
    const first = toOriginal(t, toks[0]!.start, toks[0]!.end).start;
    const last = toOriginal(t, toks[toks.length - 1]!.start, toks[toks.length - 1]!.end).end;
    let x = lowerBound(spans, first + 1, (d) => d.end);
    if (x >= spans.length || spans[x]!.start >= last) return out;
    for (let k = 0; k < toks.length; k++) {
      const o = toOriginal(t, toks[k]!.start, toks[k]!.end);
      while (x < spans.length && spans[x]!.end <= o.start) x++;
      if (x >= spans.length) break;
      if (spans[x]!.start <= o.start && o.end <= spans[x]!.end) out.add(k);
    }
    return out;
  };
  /**
   * toks[a, b) of a sentence are a name, maybe after a comma or a coordinator: the
   * gapped clause of "Tunisia reported 35 deaths and Indonesia 136".
   */
  const namedBetween = (toks: readonly Token[], a: number, b: number): EntityMention | null => {
    let k = a;
    while (k < b && (toks[k]!.kind === 'punct' ? ASIDE_COMMAS.has(toks[k]!.text) : lex.coordinators.matchAt(toks, k) !== null)) k++;
    if (k >= b) return null;
    const from = toOriginal(t, toks[k]!.start, toks[k]!.end).start;
    const to = toOriginal(t, toks[b - 1]!.start, toks[b - 1]!.end).end;
    const e = entities[lowerBound(entities, from, (x) => x.start)];
    return e !== undefined && e.start === from && e.end === to ? e : null;
  };
  const story = storyYear(ctx);
  /**
   * Whether the dates of the sentence before the figure (original offsets from … to) all lie well
   * before the story: "In a similar attack in October 2022, more than 20 people were killed" —
   * not "…, 11 of whom were convicted over a 2006 bombing" (the date after the figure dates
   * something else), nor "since April 2023" (a count running to the story).
   */
  /**
   * For the sentence at original [from, to): the original offset from which figures are
   * background — just after its first dated year, when every date before the first date of the
   * story's time (or the end) lies BACKGROUND_YEARS or more before the story; and the offset
   * where that stops. Figures at positions in [start, stop) are background. Linear per sentence.
   */
  /**
   * The span of a sentence after its first earlier date, up to a recent one; `first`: where that
   * date starts when the sentence holds no recent date at all (a figure just before it may be its).
   */
  const backgroundWindow = (from: number, to: number): { start: number; stop: number; first: number | null } | null => {
    if (story === null) return null;
    let start = -1;
    let first = -1;
    for (let x = lowerBound(dates, from + 1, (d) => d.end); x < dates.length && dates[x]!.start < to; x++) {
      const d = dates[x]!;
      const years = yearsOf(d);
      // "since 2021" reaches the story: an open interval is no background.
      // A whole earlier year ("last year", "in 2023") is a period of its own: a year back is enough.
      const reach = d.grain === 'year' && !d.from ? 1 : BACKGROUND_YEARS;
      const recent = (d.from && !d.to) || years.some((y) => y > story - reach);
      if (recent) return start < 0 ? null : { start, stop: d.start, first: null };
      if (start < 0 && years.length > 0) {
        start = d.end;
        first = d.start;
      }
    }
    return start < 0 ? null : { start, stop: to, first };
  };
  const open: Array<{ frame: CompiledFrame; left: number }> = [];
  // Frames a blocker shut ("food poisoning": no outbreak) stay shut to the end of the document.
  const shut = new Set<CompiledFrame>();
  // The category of the last claim of the previous sentence that held one.
  let prevCategory: ClaimCategory | null = null;
  let nextNumber = 0;
  const claims: Claim[] = [];

  for (const sentence of segmentSentences(t.norm)) {
    // Most sentences hold no figure: skip them before tokenising.
    while (nextNumber < numbers.length && numbers[nextNumber]!.end <= sentence.start) nextNumber++;
    const hasNumber = nextNumber < numbers.length && numbers[nextNumber]!.start < sentence.end;
    // A dual noun («قتيلان») is a count without digits: such a language reads every sentence.
    if (!hasNumber && lex.dualNouns.size === 0) {
      const lower = t.norm.slice(sentence.start, sentence.end).toLowerCase();
      // A sentence with no figure matters only for a zero claim, a glued count or a frame it opens.
      if (!zeroHeads.some((h) => lower.includes(h)) && !GLUED_HINT.test(lower) && !(lex.frameHeads?.test(lower) ?? false)) {
        for (const o of open) o.left--;
        continue;
      }
    }
    const tokens = splitGlued(lex, tokenize(t.norm, numbers, sentence.start, sentence.end));
    if (tokens.length === 0) continue;
    const original = toOriginal(t, sentence.start, sentence.end);
    const window = backgroundWindow(original.start, original.end);
    const since = window ? lex.sinceWords.findAll(tokens) : [];
    /** Background: the sentence's dates before token k lie well before the story, and no "since" stands before k. */
    const backgroundAt = (k: number, end = k + 1): boolean => {
      if (!window || (since.length > 0 && since[0]!.from < k)) return false;
      const at = toOriginal(t, tokens[k]!.start, tokens[k]!.end).start;
      if (at >= window.start && at < window.stop) return true;
      // "The observatory recorded 3,100 road deaths in 2024": an earlier period closing the
      // figure's own clause dates it too — with no other figure, clause break, event word or
      // relative clause ("4 men who were convicted over a bombing in 2009") between them.
      return window.first !== null && at < window.first && plainUntil(end, window.first);
    };
    const plainUntil = (j0: number, stop: number): boolean => {
      for (let j = j0; j < tokens.length && toOriginal(t, tokens[j]!.start, tokens[j]!.end).start < stop; j++) {
        if (j - j0 > STATISTIC_REACH) return false;
        const tok = tokens[j]!;
        if (tok.kind === 'num' || (tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text))) return false;
        if (lex.clauseJoiners.matchAt(tokens, j) || lex.triggers.matchAt(tokens, j) || lex.relativeWords.matchAt(tokens, j)) return false;
      }
      return true;
    };
    // Frames opened a few sentences before and still carried.
    const carried = open.filter((o) => o.left > 0).map((o) => o.frame);
    const shifted = open.filter((o) => o.left > 0 && o.left === o.frame.carry).map((o) => o.frame);
    const sc = new SentenceClaims(lex, tokens, carried, shifted, shut, tokensIn(tokens, dates), tokensIn(tokens, organisations));
    for (const f of sc.shuts) shut.add(f);
    for (const o of open) o.left = shut.has(o.frame) ? 0 : o.left - 1;
    for (const f of sc.opened) {
      const o = open.find((x) => x.frame === f);
      if (o) o.left = f.carry;
      else open.push({ frame: f, left: f.carry });
    }
    // "… expelled 1,800 migrants. Among them were 240 women": a sentence opening with a subset
    // marker divides the last count of the sentence before.
    const opensWithSubset: boolean = prevCategory !== null && (sc.opensWithSubset() || sc.opensWithPartitive());
    let lastCategory: ClaimCategory | null = opensWithSubset ? prevCategory : null;
    let lastEnd: number = opensWithSubset ? 0 : -1;
    // The previous claim was an item of a subset ("including …"), or counted a fixed noun ("bodies").
    let lastSubset = false;
    let lastFixed = false;
    // The previous claim took its category from words before it (a trigger, a subset marker).
    let lastFromBefore = false;
    // The counted noun of the previous claim, as written.
    let lastHead: string | null = null;

    for (const z of sc.zeroClaims()) {
      z.value = sc.shift.get(z.value) ?? z.value;
      const span = originalSpan(t, tokens[z.from]!.start, tokens[z.to - 1]!.end);
      const src = attributor.sourceOf(sentence, tokens, z.from, z.to);
      claims.push({
        category: z.value,
        value: 0,
        min: 0,
        max: 0,
        qualifier: 'exact',
        ...span,
        subject: null,
        source: src?.text ?? null,
        sourceKey: src?.key ?? null,
        sentence: toOriginal(t, sentence.start, sentence.end),
        ...(backgroundAt(z.from) ? { background: true } : {}),
      });
    }

    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      let n: NumberMention;
      let dualNoun: Noun | null = null;
      // «أحد المصابين … فارق الحياة»: a word that is "one of" counts one when that one died.
      let oneOfWord = false;
      if (tok.kind === 'num') n = tok.num!;
      else if ((dualNoun = sc.dual(i))) n = { start: tok.start, end: tok.end, text: tok.text, kind: 'integer', value: 2, min: 2, max: 2, words: true };
      else if ((oneOfWord = lex.oneOfWords.matchAt(tokens, i)?.to === i + 1 && (sc.deathAfterGroup(i + 1) || sc.deathBeforeOneOf(i))))
        n = { start: tok.start, end: tok.end, text: tok.text, kind: 'integer', value: 1, min: 1, max: 1, words: true };
      else continue;
      if (!COUNTABLE.has(n.kind) || inDate(n) || !plausible(n)) continue;
      if (n.kind === 'decimal' && (n.value ?? 0) < 1) continue;
      // "at least 20 of Kenya's 47 counties": the part counts the total's noun; the total is no claim.
      const total = dualNoun ? null : sc.totalAfter(i);
      // "one of the injured", "one of its walls": one picked out of a group, not a count.
      // "one of 12 people killed": the total is the count, read on its own.
      // … unless the clause tells that one's death: "one of the seriously injured, a 52-year-old
      // man, had died of his wounds" is a death.
      let fate = oneOfWord;
      if (!fate && n.value === 1 && n.kind === 'integer' && (total || lex.oneOf.matchAt(tokens, i + 1))) {
        if (total || !sc.deathAfterGroup(lex.oneOf.matchAt(tokens, i + 1)!.to)) continue;
        fate = true;
      }

      // The qualifier right before the number; a glued article («الـ448») may stand between.
      let first = i;
      if (first > 0 && tokens[first - 1]!.text === '\u0627\u0644') first--;
      let qb = lex.qualifierBefore.matchEndingAt(tokens, first);
      let start = qb ? qb.from : first;
      let noun = dualNoun ?? total?.noun ?? sc.noun(i);
      // «أوقفت السلطات مصريين اثنين يبلغان …»: one and two in words follow their noun, so the
      // unknown word after them is not what they count; «مقتل محتجز واحد»: the noun before them is,
      // and a definite numeral follows its noun too («الضباط السبعة», «الأسرى الـ23»). Not before a
      // partitive: «وفاة اثنين من الجرحى» counts the injured, the word before is an event.
      const definite = tok.kind === 'num' && (first < i || lex.definitePrefixes.some((p) => tok.text.startsWith(p) && tok.text.length > p.length + 1));
      const small = n.words === true && (n.value ?? Infinity) <= lex.numeralsAfterNoun;
      // a definite numeral follows its noun at once; one or two may follow the noun's adjectives too
      const after = tok.kind === 'num' && (small || definite) && !lex.nounLinks.matchAt(tokens, i + 1) && !lex.oneOf.matchAt(tokens, i + 1) ? sc.nounBefore(first, small ? lex.adjectivesAfterNoun : 0) : null;
      if (after) {
        noun = after;
        qb = lex.qualifierBefore.matchEndingAt(tokens, after.from);
        start = qb ? qb.from : after.from;
      }
      else if (noun && noun !== 'unit' && noun.kind === 'other' && n.words && (n.value ?? Infinity) <= lex.numeralsAfterNoun) noun = null;
      // "the prison holds about 6,800 inmates", "the stadium can hold 40,000": a capacity, not a count
      // (a category noun still is one: "the camp hosts 40,000 refugees").
      // Detainees a prison is built to hold are its capacity too («صمم لاستيعاب أقل من 200 محتجز»).
      // Not with a verb of its own after the noun ("we still have two people unaccounted for").
      if (noun !== 'unit' && (!noun || noun.kind !== 'category' || lex.heldNouns.matchAt(tokens, noun.head ?? noun.from)) && sc.capacity(start) && !(noun && sc.triggerRightAfter(noun.to))) {
        if (total) i = total.at;
        continue;
      }
      // "children under five": an age, not a count.
      // «وشارك في الحج هذا العام نحو مليون حاج»: a time adverb ending in a year word is no "year N".
      const notCount = lex.nonCountBefore.matchEndingAt(tokens, start);
      const adverb = notCount ? lex.timeAdverbsBefore.matchEndingAt(tokens, start) : null;
      if ((notCount && !(adverb && adverb.from < notCount.from)) || noun === 'unit' || sc.isAge(first)) {
        // "aged 15 and 17": the coordinated number is no count either.
        const j = sc.coordinated(i);
        if (j !== null) i = j;
        else if (total) i = total.at;
        continue;
      }
      // «مجزرة واحدة», «هجومين اثنين»: one or two written after a unit noun qualifies that noun (no count of people).
      if (tok.kind === 'num' && (!noun || noun.kind === 'other') && sc.unitNumeral(i)) continue;
      // "over 2013 sit-in": a year-like number counts only people or places.
      if (isYearLike(n, tok.text) && (!noun || noun.kind === 'other')) continue;
      // "the 15,000-seat arena", "a 12-storey building": a figure hyphenated to a word modifies it.
      if (tok.kind === 'num' && hyphenModifier(lex, t.norm, tok.end)) continue;
      // A digit string with a leading zero is a phone number or a code, never a count.
      if (!n.words && /^[0\u0660\u06F0][0-9\u0660-\u0669\u06F0-\u06F9]/.test(tok.text)) continue;

      // "115 of the 131 detainees who escaped", «اعادة القبض على 115 من أصل 131 محتجزا فروا»: a total
      // with a verb of its own after its noun is a count of its own (read next); the part keeps
      // the words before it.
      const totalOwn = total ? sc.triggerRightAfter(total.noun.to) : null;
      if (totalOwn) totalOwn.owner = total!.at;
      const coreEnd = after || totalOwn ? i + 1 : noun ? noun.to : i + 1;
      const gap = qb ? null : sc.qualifierAcrossTopic(first);
      let qa = qb || gap ? null : lex.qualifierAfter.matchAt(tokens, coreEnd);
      // "21 bodies and more than 60 wounded": the words of "and more" open the next count's qualifier.
      if (qa && qa.to - qa.from > 1) {
        const next = lex.qualifierBefore.matchAt(tokens, qa.from + 1);
        if (next && next.to > qa.to && tokens[next.to]?.kind === 'num') qa = null;
      }
      // «9 مدنيين باكستانيين على الأقل»: an adjective after the noun may stand before the qualifier.
      for (let a = 1; !qa && !qb && !gap && a <= lex.adjectivesAfterNoun; a++) {
        const adj = tokens[coreEnd + a - 1];
        if (!adj || adj.kind !== 'word' || lex.triggers.matchAt(tokens, coreEnd + a - 1)) break;
        qa = lex.qualifierAfter.matchAt(tokens, coreEnd + a);
      }
      // "12 people, at least, were killed": an after-qualifier set off by a pair of commas.
      const sep = tokens[coreEnd];
      if (!qb && !gap && !qa && sep && lex.qualifierAfterSeparators.has(sep.text)) {
        const m = lex.qualifierAfter.matchAt(tokens, coreEnd + 1);
        const close = m ? tokens[m.to] : undefined;
        if (m && (!close || close.text === sep.text || close.kind === 'punct')) qa = m;
      }
      const end = qa ? qa.to : coreEnd;
      const known = noun && noun.kind !== 'other' ? noun : undefined;
      const trigger = sc.category(start, end, known ? MAX_DISTANCE_WITH_NOUN : noun ? MAX_DISTANCE_UNKNOWN_NOUN : MAX_DISTANCE_BARE, known, i);
      let category: ClaimCategory | null = null;
      let subset = false;
      const fixed = !!noun && noun.kind === 'category' && sc.fixedNoun(noun);
      // «وفقد ثلاثة منهم البصر»: an unknown word after the count may be the split trigger's second half.
      const split = noun?.kind !== 'place' ? (sc.splitTrigger(start, end) ?? (noun && noun.kind === 'other' && noun.from > i ? sc.splitTrigger(start, noun.from) : null)) : null;
      // Whether a trigger gave the category (some frames shift only the others).
      let viaTrigger = false;
      // "the number of deaths from dengue rose to 31 cases", «ارتفاع عدد الوفيات بحمى الضنك إلى ٣١
      // حالة»: the topic that rose names the figure before any trigger between them.
      const rising: ClaimCategory | null = !noun || noun.kind === 'other' || lex.emptyNouns.matchAt(tokens, noun.head ?? noun.from) ? sc.risingTopic(start, lastCategory) : null;
      if (split) {
        category = split;
        viaTrigger = true;
      } else if (rising && !(trigger && trigger.d === 0 && !trigger.before)) {
        category = rising;
      } else if (noun && noun.kind === 'place') {
        // "among the five countries most vulnerable", "released by a dozen countries": a count of
        // countries is a claim only where the event happens in them ("protests in 15 countries").
        if (lex.widePlaceNouns.matchAt(tokens, noun.head ?? noun.from) && !lex.widePlaceLinks.matchEndingAt(tokens, start)) continue;
        category = 'places';
      }
      // "injuring 25 others, including six guards": a subset takes the category of the count it divides.
      else if (lastCategory && noun?.kind !== 'category' && sc.subsetBefore(start) && !sc.verbBeforeSubset(start) && !sc.blockedAfter(i + 1)) {
        category = lastCategory;
        subset = true;
      }
      // "the dead, among them four children, were brought to …": a subset of a topic, else of
      // the group a category noun named before it («الموقوفين شاركوا …، مضيفا أن من بينهم 38 قاصرا»).
      else if (!lastCategory && noun?.kind !== 'category' && sc.subsetBefore(start) && (category = sc.topic(start) ?? sc.groupBefore(start)) !== null) subset = true;
      // "including three women and two children", «بينهم ثلاث نساء وطفلان»: the next item of a subset list is in the subset too.
      else if (lastSubset && lastCategory && noun?.kind !== 'category' && sc.listNext(lastEnd, start, i) && !(trigger && !trigger.before && trigger.d <= TRIGGER_OVERRIDES_NOUN)) {
        category = lastCategory;
        subset = true;
      }
      // «بين القتلى سبعة جنود وخمسة مدنيين، من بينهم طفلان، … المصابين»: the next item of a list
      // whose first item took its category from words before it shares it, unless a verb of its own follows at once.
      else if (lastFromBefore && lastCategory && lastCategory !== 'places' && noun?.kind === 'person' && sc.listNext(lastEnd, start, i) && trigger && !trigger.before && trigger.d > TRIGGER_OVERRIDES_NOUN) category = lastCategory;
      // "Four bodies were found … and two more were pulled from the sea": more of a fixed noun's people.
      else if (lastFixed && lastCategory && noun?.kind === 'person' && lex.moreWords.matchAt(tokens, noun.head ?? noun.from) && start - lastEnd <= INHERIT_GAP) category = lastCategory;
      // «بينها ١١ حالة» after «٥٤ حالة»: a subset counted with the divided count's own noun.
      else if (lastCategory && lastHead !== null && noun?.kind === 'category' && sc.subsetBefore(start) && tokens[noun.head ?? noun.from]!.text === lastHead) {
        category = lastCategory;
        subset = true;
      }
      // A verb right after the noun says what happened to them: "20 prisoners were executed" —
      // but not to bodies ("helped bury 23 bodies").
      else if (noun && noun.kind === 'category') {
        // … but not the event named after a preposition («عشرات المفقودين في غرق قارب»).
        // "63 injured when a crowd surged": a noun that is itself an event word is not overridden by another clause's.
        viaTrigger = !!trigger && trigger.d <= TRIGGER_OVERRIDES_NOUN && !(trigger.before && trigger.joined) && !sc.fixedNoun(noun) && !(!trigger.before && (lex.eventPrepositions.matchEndingAt(tokens, trigger.from) || (trigger.joined && sc.eventNoun(noun))));
        category = viaTrigger ? trigger!.c : noun.category!;
      }
      // "40 were detained, 12 of whom were released": a count in a clause of its own whose verb
      // (after it) is "released" does not take the trigger of the previous clause.
      else {
        category = trigger && !(trigger.before && trigger.d >= BOUNDARY_COST && sc.blockedAfter(end)) ? trigger.c : null;
        // A fixed noun as the trigger ("the bodies of 13 men") is a noun, not an event word.
        viaTrigger = category !== null && !trigger!.fixed;
      }
      if (fate) {
        category = 'deaths';
        viaTrigger = true;
      }
      if (!category && noun && noun.kind === 'person') {
        // "The toll … included 17 teenagers and 400 women"; "killed 16 people, 12 of them in …".
        // A count of places names no people ("evacuated 12 villages, and about 3,500 people …").
        category = sc.topic(start) ?? (lastCategory && lastCategory !== 'places' && start - lastEnd <= INHERIT_GAP && !sc.blockedAfter(noun.to) ? lastCategory : null);
      }
      if (!category && !noun) category = sc.headTopic(start);
      // «تجاوزت الحصيلة 300»: a topic right before a bare figure names it.
      if (!category && !noun) category = lex.topics.matchEndingAt(tokens, start)?.value ?? null;
      // "The death toll from the crush … rose to 14", «ارتفاع عدد الوفيات … إلى ثماني حالات».
      if (!category) category = rising;
      // "Tunisia reported 35 deaths and Indonesia 136": the same count for another named party.
      // The party named there is the figure's source.
      let party: EntityMention | null = null;
      if (!category && (!noun || noun.kind === 'other') && lastCategory && start - lastEnd <= GAPPING_WORDS + 1 && (party = namedBetween(tokens, lastEnd, start))) category = lastCategory;
      // "… rose to 14, up from nine": the earlier figure of the same count.
      if (!category && (!noun || noun.kind === 'other') && lastCategory && start - lastEnd <= INHERIT_GAP && lex.earlierFigureLinks.matchEndingAt(tokens, start)) category = lastCategory;
      // "Iran reported 289 executions, while Amnesty put the number at 743": a count head with no
      // trigger of its own names the count of the claim before it in the sentence.
      if (!category && !noun && lastCategory && sc.bareHead(start)) category = lastCategory;
      // "Seven of the dead were women and two were children": a bare count joined to the claim
      // before it, with no word of its own saying what happened, is another part of the same count.
      if (!category && !noun && lastCategory && lastCategory !== 'places' && start - lastEnd <= INHERIT_GAP && lex.listJoiners.matchEndingAt(tokens, start) && lex.auxiliaries.matchAt(tokens, i + 1) && !sc.blockedAfter(i + 1)) {
        category = lastCategory;
        subset = true;
      }
      // «قتل 8 أشخاص اثنان منهم من النساء», "two of whom were women": a partitive right after the
      // count divides the previous claim.
      if (!category && lastCategory && start - lastEnd <= ((n.value ?? 0) > 1 ? PARTITIVE_GAP : INHERIT_GAP) && lex.subsetMarkers.matchAt(tokens, i + 1) && !sc.blockedAfter(i + 1) && !sc.blockedBetween(lastEnd, start)) {
        category = lastCategory;
        subset = true;
      }
      // "5,000 demonstrators" with no verb: the noun says what its people are doing.
      if (!category && noun && noun.kind === 'person') category = lex.roleNouns.matchAt(tokens, noun.head ?? noun.from)?.value ?? null;
      // "120 miners were underground", «300 راكب»: people present at the scene.
      // "hundreds of masked men": a presence noun may be written with the adjective before its head.
      if (!category && noun && noun.kind === 'person' && (lex.presenceNouns.matchAt(tokens, noun.head ?? noun.from) || lex.presenceNouns.matchAt(tokens, noun.from))) category = 'other';
      if (!category) continue;
      // «اختطف 6 صيادين أو فقدوا»: an alternative right after the count that the lexicon keeps wins.
      if (category && !lex.disjunctionKeeps.has(category)) {
        const kept = sc.keptAlternative(end);
        if (kept) category = kept;
      }
      // Inside a frame a category may read as another (an infection in an outbreak is no injury).
      // A subset keeps the category of the count it divides, shifted already or not.
      category = sc.shift.get(category) ?? (viaTrigger || subset ? undefined : sc.nounShift.get(category)) ?? category;
      // "some 60 rescuers were taking part in the operation": responders take part in no event.
      if (category === 'participants' && noun && (lex.responderNouns.matchAt(tokens, noun.head ?? noun.from) || lex.responderNouns.matchAt(tokens, noun.from))) category = 'other';
      // Prisoners who flee escape: they are not displaced ("12 inmates fled the jail", «فر 15 سجينا»).
      if (category === 'displaced' && noun && ((noun.kind === 'category' && noun.category === 'arrests') || lex.heldNouns.matchAt(tokens, noun.head ?? noun.from))) category = 'other';
      // "12 of them", «اثنان منهم»: a count right before a partitive is a part of the one before.
      if (!subset && lastCategory !== null && lex.subsetMarkers.matchAt(tokens, i + 1)) subset = true;
      lastFromBefore = category !== null && (subset || (trigger !== null && trigger.before && category === trigger.c));
      lastCategory = category;
      lastEnd = end;
      lastSubset = subset;
      lastFixed = fixed;
      lastHead = noun ? tokens[noun.head ?? noun.from]!.text : null;

      let qualifier: Qualifier;
      if (n.kind === 'range') qualifier = 'range';
      else if (n.kind === 'vague') qualifier = 'vague';
      else qualifier = (qb ?? qa)?.value ?? gap ?? 'exact';
      // "had not exceeded 300", «لم يتجاوز 300»: a negated bound is the other bound.
      if (qb && lex.negators.matchEndingAt(tokens, qb.from)) qualifier = NEGATED_BOUND[qualifier] ?? qualifier;

      // A bare count is shown with the word that says what it counts: "killing 3", «مقتل 4».
      const shown = !noun && trigger && category === trigger.c && (trigger.d === 0 || (!trigger.before && sc.plainBetween(end, trigger.from))) ? { from: Math.min(start, trigger.from), to: Math.max(end, trigger.to) } : { from: start, to: end };
      const span = originalSpan(t, tokens[shown.from]!.start, tokens[shown.to - 1]!.end);
      const subject = noun ? originalSpan(t, tokens[noun.from]!.start, tokens[noun.to - 1]!.end).text : null;
      const rate = sc.rateAfter(end);
      const src = party ? { text: party.text, key: party.key } : attributor.sourceOf(sentence, tokens, start, end);
      claims.push({
        category,
        ...interval(qualifier, n),
        qualifier,
        ...span,
        subject,
        source: src?.text ?? null,
        sourceKey: src?.key ?? null,
        sentence: toOriginal(t, sentence.start, sentence.end),
        ...(backgroundAt(start, end) || sc.statisticIn(end) ? { background: true } : {}),
        ...(rate ? { rate: true } : {}),
        ...(subset ? { part: true } : {}),
      });
      i = end - 1;
    }
    if (lastCategory !== null) prevCategory = lastCategory;
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return claims;
}

export type { BoundQualifier };
