/**
 * A language plugs into factdiff as a folder `src/lang/<code>/` whose index exports a
 * `LanguagePlugin`. Everything language-specific (lexicons as data, number grammar, date
 * grammar, entity rules) lives behind this interface; the pipeline never branches on a
 * language code.
 *
 * Coordinates: extractors read `t.norm` (the normalised copy, see text/normalize.ts).
 * - `numbers` returns spans in NORMALISED coordinates (it is an internal building block that
 *   the claim engine composes with lexicon matches on the same normalised text);
 * - `dates` and `entities` return spans in ORIGINAL coordinates with `text` the original
 *   substring (use `originalSpan` from text/normalize.ts).
 */
import type { NormalizedText } from '../text/normalize.js';
import type { DateMention, EntityMention, NumberMention, Qualifier, ClaimCategory } from '../types.js';
import type { HijriCalendar } from '../extract/dates/hijri.js';

/** A number read from normalised text; offsets index `t.norm`. */
export type NormNumber = NumberMention;

export interface DateContext {
  /** Reference date YYYY-MM-DD used for year-less and relative expressions, or null. */
  reference: string | null;
  /**
   * Which side of the reference an expression that does not say goes to: a bare weekday
   * ("on Friday") and a year-less date or month ("March 3", "in May"). `closest` (the
   * default, the news policy): a year-less date takes the year that puts it closest to the
   * reference and a bare weekday the latest such day on or before it, unless a future cue
   * ("will") precedes. `past`: both on or before the reference. `future`: both on or after it
   * (a bare weekday strictly after, as in calendar assistants). Scoring against suites that
   * use a convention of their own is what `past`/`future` are for.
   */
  prefer?: 'past' | 'future' | 'closest';
  /**
   * Read a numeric month/day without a year ("2/15", "4.22", "15/2") as a date of the
   * reference's year (per `prefer`). Off by default: in news such pairs are scores and
   * fractions far more often than dates.
   */
  shortNumeric?: boolean;
  /**
   * "next Friday" / «الجمعة المقبلة»: `coming` (the default) is the first such day after the
   * reference; `week` is that day in the Monday–Sunday week after the reference's week (the
   * reading of calendar assistants: said on a Tuesday, "next Wednesday" is eight days later).
   */
  nextWeekday?: 'coming' | 'week';
  /** The Hijri calendar dates and feasts are converted with (extract/dates/hijri.ts); Umm al-Qura by default. */
  hijriCalendar?: HijriCalendar;
  /**
   * The reader's country ("en_CA", "en-AU", "GB"…): dates the holidays that differ by country
   * (Labour Day, Thanksgiving, Mothering Sunday…), which are left unread without it.
   */
  locale?: string;
  /**
   * Counted periods: 'rolling' (the default, news) reads "the last 2 weeks" as the 14 days before
   * the reference and "the upcoming two weeks" as the next 14; 'calendar' (calendar assistants)
   * as whole units before or after the reference's own ("the last 2 weeks": the two Monday–Sunday
   * weeks before this one) and "the upcoming two weeks" as the second week from now.
   */
  periods?: 'rolling' | 'calendar';
}

/** A phrase list entry of a claim lexicon: surface forms, already in folded (normalised) form at load. */
export interface QualifierEntry {
  /** Phrases, matched on word boundaries in normalised text (case-insensitive for Latin). */
  phrases: string[];
  qualifier: Exclude<Qualifier, 'range' | 'vague' | 'exact'>;
  /** Where the phrase stands relative to the number (or number + counted noun for `after`). */
  position: 'before' | 'after';
}

export interface CategoryEntry {
  category: ClaimCategory;
  /** Trigger words/phrases (verbs, nouns, adjectives): "killed", "dead", «قتل», «قتلى». */
  triggers: string[];
  /** Counted nouns that by themselves give the category: "refugees", «قتيلا», "cities». */
  nouns?: string[];
  /**
   * Words naming what a whole sentence counts ("the toll", «حصيلة القتلى»): a count of people
   * anywhere in that sentence with no nearer trigger takes this category.
   */
  topics?: string[];
}

/**
 * The claim lexicon of a language: data only (loaded from JSON in the language folder).
 * Word entries are matched after `foldWord`, with the language's clitics stripped
 * (`prefixes`, e.g. و ف ب ل ال for Arabic).
 */
/** An event frame of a claim lexicon (see ClaimLexicon.frames). */
export interface ClaimFrame {
  /** A name for tests and reports ("outbreak", "abduction"). */
  name: string;
  /** Words that open the frame in their sentence ("cholera", "kidnappers", «رهائن»). */
  markers: string[];
  /**
   * Words that open the frame only for its own triggers and nouns, not for `shift` (the agents:
   * "the gunmen freed 30 women" is a release from captivity; "police arrested 5 gunmen" stays an arrest).
   */
  agents?: string[];
  /** Triggers and counted nouns that, inside the frame, take precedence over the categories' own. */
  categories?: Array<{ category: ClaimCategory; triggers?: string[]; nouns?: string[] }>;
  /** Categories read as another inside the frame (outbreak: injuries → other). Only with a marker. */
  shift?: Partial<Record<ClaimCategory, ClaimCategory>>;
  /**
   * false: the shift applies only to a category that no trigger gave — a fixed noun, a subset,
   * the previous claim («the bodies of 13 men» in an execution story are executions; "clashes
   * killed 5 soldiers" in the same story stay deaths). Default true.
   */
  shiftTriggers?: boolean;
  /** How many sentences after a marker's sentence the frame stays open (default 0: its sentence only). */
  carry?: number;
  /**
   * Words that keep the frame shut from their sentence to the end of the document: in a story of
   * food poisoning, "diarrhoea" is a symptom, not an outbreak («تسمم»).
   */
  blockers?: string[];
}

export interface ClaimLexicon {
  qualifiers: QualifierEntry[];
  categories: CategoryEntry[];
  /** Nouns that count people (people, protesters, «شخص», «متظاهر»). */
  personNouns: string[];
  /** Nouns that count places (cities, «مدينة»): the claim's category is `places`. */
  placeNouns: string[];
  /** Words after a number that make it something other than a count of people/places. */
  nonCountUnits: string[];
  /** Words before a number that make it something other than a count (aged, «عمر», $). */
  nonCountBefore: string[];
  /** Words joining a number to its noun ("of", «من»): skipped when looking for the noun. */
  nounLinks: string[];
  /** Negation phrases that turn a trigger into a zero claim ("no one was", «لم يسقط»). */
  zeroPhrases: Array<{ phrases: string[]; category: ClaimCategory }>;
  /** Attribution: phrases before a source ("according to", «بحسب»). */
  sourceBefore: string[];
  /** Speech verbs ("said", «قال»): the source is the named subject next to them. */
  speechVerbs: string[];
  /** Pronouns that a speech verb may have as subject ("she", "he"): resolved to the nearest person. */
  pronouns: string[];
  /** Words after a count that make it a rate ("every day", «يوميا»): the claim is kept, marked `rate`. */
  rates: string[];
  /** How many words may stand between a number and its noun (English adjectives: 2; Arabic puts adjectives after the noun: 0). */
  adjectivesBeforeNoun: number;
  /** Words that end a noun phrase: a noun is never looked for past them ("and", «في»). */
  phraseBreakers: string[];
  /** Conjunctions and prepositions written as prefixes (Arabic و ف ب ل ك): a word carrying one starts a new phrase, it is not a counted noun. */
  conjunctionPrefixes: string[];
  /** Words joining two numbers into one expression ("aged 15 and 17", «بين 10 و14»). */
  coordinators: string[];
  /** Verbs that stop a listed count from inheriting the previous claim's category ("12 of whom were released"). */
  inheritBlockers: string[];
  /** Clitic prefixes stripped from words before lexicon look-up (Arabic: و ف ب ل ك ال). */
  prefixes: string[];
  /** Suffixes stripped for look-up (Arabic: ا (tanween alef), ون, ين…; English: s). */
  suffixes: string[];
  /**
   * Singular nouns whose dual form counts two (Arabic «قتيل» → «قتيلان», «جريحين»): a word made
   * of one of them plus a `dualSuffixes` ending (a final ة written ت before it) is read as the
   * number 2 with itself as the counted noun — unless the whole word is itself listed as a
   * noun of the lexicon (a sound plural such as «متظاهرين» is spelt like the dual).
   */
  dualNouns?: string[];
  /** Endings of the dual («ان», «ين»). */
  dualSuffixes?: string[];
  /** Prepositions glued to a name that make it the one spoken to after a speech verb (Arabic «ل»: «قال … لرويترز»). */
  addresseePrefixes?: string[];
  /** Conjunctions joining clauses ("and", «و»): a trigger across one is a little farther than its word count. */
  clauseJoiners?: string[];
  /** Negation words ("not", «لم», «دون») that turn a `negatedZero` phrase a few words after them into a zero claim. */
  negators?: string[];
  /** Event phrases that make a zero claim after a negator ("any deaths", «سقوط قتلى», «وقوع إصابات»). */
  negatedZero?: Array<{ phrases: string[]; category: ClaimCategory }>;
  /** Words that end a source named as written after an attribution phrase ("that", «أن»). */
  sourceBreakers?: string[];
  /** Speech verbs whose object is the medium, not the source ("told Reuters"): the source is the subject before the verb. */
  addresseeVerbs?: string[];
  /** Words that may stand between a count and an after-qualifier set off by commas ("12 people, at least, were …"). */
  qualifierAfterSeparators?: string[];
  /**
   * Words that open the reported clause after a speech verb and its subject («إن», «أن»): the
   * words between the verb and one of these name the speaker («قال المتحدث باسم الشرطة إن»).
   */
  complementizers?: string[];
  /**
   * Nouns that head an unnamed speaker ("officials", "a doctor", "witnesses", "the ministry",
   * «طبيب», «مسؤولون», «شهود», «مصدر»): a subject of a speech verb with no known name is a source
   * as written only when it holds one of them (so particles, verbs and places never are).
   */
  speakerNouns?: string[];
  /** Prepositions that may join a speaker noun to its modifier ("a spokesman for the ministry", «مصدر من السلطة»). */
  speakerLinks?: string[];
  /** Prepositions opening a place modifier after a speaker ("officials in Kano", «طبيب في مستشفى»): crossed to find the speaker, left out of it. */
  speakerPlaceLinks?: string[];
  /**
   * Definite descriptions that refer back to an organisation named earlier ("the organisation",
   * «المنظمة»): as the whole subject of a speech verb they resolve to the nearest organisation before.
   */
  speakerAnaphors?: string[];
  /**
   * Auxiliaries and particles around a subject written before its speech verb, never part of it
   * («وكانت المنظمة قد ذكرت»: «كانت» opens the clause, «قد» is skipped before the verb).
   */
  speakerAuxiliaries?: string[];
  /** Prefixes (the article, «ال», «وال», «لل») that a speech verb never carries: «التابعة» ("affiliated") is not «تابع» ("he went on"). */
  speakerVerbArticles?: string[];
  /** Pronouns that stand for an organisation ("it said"), not a person: resolved to the nearest organisation. */
  speakerOrgPronouns?: string[];
  /**
   * Speech verbs that relay someone else's words («نقلت X عن Y أن», "X quoted Y as saying"):
   * the figure is attributed to the relayed, first-hand source Y.
   */
  sourceRelayVerbs?: string[];
  /** Words introducing the relayed source after a relay verb and its subject («عن»); none: the source follows the verb. */
  sourceRelayMarkers?: string[];
  /**
   * Words that turn the trigger right after them (within two words) into the description of a
   * crime, not an event of the story ("convicted of killing", «أدينوا بقتل»): such a trigger
   * gives no category.
   */
  crimeMarkers?: string[];
  /** Counted nouns whose category no nearby trigger overrides ("23 bodies" are deaths whoever buried or recovered them). */
  fixedNouns?: string[];
  /** Words joining two alternative triggers ("killed or maimed", «قتلوا أو شوهوا»): two categories so joined make a casualty count (`other`). */
  disjunctions?: string[];
  /** Words opening a subset of the count before ("including", «بينهم»): a count right after one takes that count's category. */
  subsetMarkers?: string[];
  /** Words that, a few words before a trigger in the same clause, make it a zero claim ("no", "none of the", "nobody"). */
  zeroQuantifiers?: string[];
  /**
   * Zero quantifiers opening a group ("no one from", "none among"): any words naming the group
   * may stand between them and the trigger ("No one from the coast guard was hurt").
   */
  zeroPartitives?: string[];
  /** Words that may stand between a zero quantifier and its trigger besides person nouns ("were", "had been"). */
  auxiliaries?: string[];
  /** Words right after a negated trigger that make it a zero claim (Arabic «لم يقتل أحد», «لم يصب أي من»). */
  zeroAfter?: string[];
  /** Prepositions that, between a person noun and a number, make the number an age ("children under five", «أطفال دون 5»). */
  agePrepositions?: string[];
  /**
   * Triggers that say only that a count was reached ("affected", «طال», «شمل»): right after a
   * trigger of another category, the one before (their subject, «حملة الاعتقال طالت») names the count.
   */
  lightTriggers?: string[];
  /**
   * Sentencing verbs ("sentenced", «قضت», «حكمت»): a trigger of one of `categories` up to two
   * words after one («قضت المحكمة بإعدام 30») is a sentence, not the event: it gives `other`.
   */
  /**
   * Words that open a count's description ("the number of", «عدد»): with a trigger a few words
   * after them («عدد الفارين», "the number of people killed") they name what a later bare figure
   * of the clause counts ("… since Monday rose to 45").
   */
  countHeads?: string[];
  /**
   * Person nouns that, when nothing else in the sentence says what happened to them, count
   * people present at the scene (`other`): "120 miners underground", «300 راكب», "8,000 police".
   * A trigger, a subset marker, a topic or the previous claim still gives them its category.
   */
  presenceNouns?: string[];
  /**
   * Person nouns that name what their people are doing when nothing else in the sentence says
   * what happened to them ("5,000 demonstrators", «آلاف المحتجين» → `participants`). Like
   * presence nouns, they yield to any trigger, subset marker, topic or previous claim
   * ("600 protesters were killed" stays `deaths`).
   */
  roleNouns?: Array<{ category: ClaimCategory; nouns: string[] }>;
  /** "more", "others": a count of more of the people just counted ("four bodies … two more"). */
  moreWords?: string[];
  /** Prefixes ending in the definite article («ال», «لل»): a definite dual counts no new two. */
  definitePrefixes?: string[];
  /** Endings of a dual in construct state of a noun in ة («جثتا», «جثتي»: «تا», «تي»). */
  dualConstructSuffixes?: string[];
  /** How many adjectives may follow the counted noun before a qualifier after it («9 مدنيين باكستانيين على الأقل»: 1). */
  adjectivesAfterNoun?: number;
  /**
   * Place nouns larger than a story's ground ("countries", «دول»), and the links that put the event
   * in them ("in", "across", «في»): without such a link right before, their count is context
   * ("among the five countries most vulnerable"), no claim.
   */
  widePlaceNouns?: string[];
  widePlaceLinks?: string[];
  /** Nouns of a written count or statement ("tally", «حصيلة», «بيان») and the links to its author ("by", «أعدتها», «صادر عن»). */
  documentNouns?: string[];
  authorLinks?: string[];
  /** "since", «منذ»: a figure counted since a past date runs to the story; it is no background. */
  sinceWords?: string[];
  /** Time adverbs that end in a word of `nonCountBefore` («هذا العام», "this year"): they do not make the number after them a year. */
  timeAdverbsBefore?: string[];
  /**
   * Routes: a verb of taking people somewhere ("taken to", "evacuated to") and, within `reach`
   * words (default 5), where to ("hospital"): "taken to the Azadi Teaching Hospital" is one
   * trigger of `category`, whatever the verb alone would say.
   */
  routes?: Array<{ category: ClaimCategory; verbs: string[]; heads: string[]; reach?: number }>;
  /**
   * Dual nouns whose sound masculine plural ends like the oblique dual («مدنيين», «عاملين»): they
   * count two only with the first of `dualSuffixes` («مدنيان»).
   */
  soundPluralNouns?: string[];
  /** Nouns that say nothing of what is counted («حالات», "cases" of a toll): a topic may still name it. */
  emptyNouns?: string[];
  /** Verbs of a rising count ("rose", "climbed", «ارتفع») and the link before its new figure ("to", «إلى»). */
  riseVerbs?: string[];
  riseLinks?: string[];
  /** Links to the earlier figure of the same count ("up from nine", «بعد أن كان»). */
  earlierFigureLinks?: string[];
  /** Numbers up to this value, written in words, follow the noun they count (Arabic «رجلان اثنان»: 2). */
  numeralsAfterNoun?: number;
  /**
   * Things a person noun may modify in a language that puts modifiers first ("two coast guard
   * vessels", "three police cars"): the number counts the things, not people.
   */
  modifiedThings?: string[];
  /**
   * Verbs of capacity or residence ("holds", "houses", «يتسع», «يأوي») right before a count of
   * people (its qualifier included), or with its subject between («يتسع السجن لنحو 6800 سجين»):
   * "the prison holds about 6,800 inmates" says how many fit or live there, not what happened
   * to them. A count with a category noun ("hosts 40,000 refugees") is still a claim.
   */
  capacityBefore?: string[];
  /** Categories that win over the other trigger of a disjunction ("abducted or missing" stays `missing`). */
  disjunctionKeeps?: ClaimCategory[];
  /**
   * Links of a part to a total written with its own number ("20 of Kenya's 47 counties", "6 of
   * the 18 provinces", «20 من أصل 47 مقاطعة»): the first number counts the noun after the
   * second, which is a total (no claim).
   */
  totalLinks?: string[];
  /** Words after the number one that pick one out of a group ("one of the injured", "one of its walls"): no count. */
  oneOf?: string[];
  /** Words that are themselves "one of" before their group («أحد المصابين», «إحدى الرهائن»): a count of one only when the clause tells that one's death. */
  oneOfWords?: string[];
  /**
   * People held by the state ("prisoners", "inmates", «سجناء»): not arrests by themselves (an arrest
   * needs an arrest word), and those who flee escape (`other`), they are not displaced.
   */
  heldNouns?: string[];
  /** Triggers that speak only with a figure right after them: «سقوط 12 قتيلا», but not «لحظة سقوط الصاعقة». */
  countBoundTriggers?: string[];
  /**
   * Words that, joined to a figure by a hyphen, still count people ("a 5,000-strong crowd"); any
   * other ("a 15,000-seat arena", "a 12-storey building") makes the figure a modifier, no count.
   */
  hyphenCounts?: string[];
  /** Words that join the items of a list ("and", «و»), and prefixes that do so glued to the next item («وطفلان»). */
  listJoiners?: string[];
  listJoinerPrefixes?: string[];
  /**
   * Words opening an aside that describes the people counted ("most of them homeless", «معظمهم من
   * المشردين»): a trigger inside such an aside is their state, not what happened to them.
   */
  asideQuantifiers?: string[];
  /** Rates of a year or more ("every year", «سنويا»): a figure so given is a statistic, background to the story. */
  statisticRates?: string[];
  /** Words opening a relative clause ("who", «الذين»): what follows describes the people, it does not date the figure. */
  relativeWords?: string[];
  /** Responders and attackers ("rescuers", "gunmen", «المسعفين»): taking part in an operation or an attack makes them no participants of the event. */
  responderNouns?: string[];
  /** Zero quantifiers that pick out of a group ("none of the injured were in danger": the injured exist): no zero claim for the group's own word. */
  groupQuantifiers?: string[];
  /** Verbs of having right before a count of people (no word between): "the region has 1.2 million employees" is a population. */
  possessionBefore?: string[];
  /**
   * A subject's prepositional modifiers and the verb group that ends them: "87 pupils from the
   * boarding house of the X school in Y were taken to hospital" — when the words after the count
   * start with a `prepositions` word and reach a `verbs` word (a finite auxiliary) within a few
   * words, with no punctuation, number or clause word between, the trigger's distance is measured
   * from that verb. Languages that put the verb first may leave it out.
   */
  subjectModifiers?: { prepositions: string[]; verbs: string[] };
  /**
   * Words after a noun link that name where the counted people come from, not what they are a
   * part of: «نزح عشرات الآلاف من منازلهم» (from their homes) has no counted noun «منازل».
   */
  originNouns?: string[];
  /**
   * Prepositions that make the trigger after a category noun the event's name, not what happened
   * to the people counted: «عشرات المفقودين في غرق قارب», "30 injured in the killing of …" keep
   * their noun's category.
   */
  eventPrepositions?: string[];
  /**
   * Phrases that hold a trigger word but name no event: the people or things of the scene
   * («فرق الإنقاذ», "rescue workers", "death row inmates" are no rescue, no death).
   */
  notTriggers?: string[];
  /**
   * Event frames: words that, present in a sentence, change what its triggers mean. In an
   * outbreak (markers "cholera", «الكوليرا») «إصابة» is an infection, not a wound; in an
   * abduction (markers "kidnappers", «الخاطفون») "held" is captivity, not arrest.
   */
  frames?: ClaimFrame[];
  sentencing?: {
    phrases: string[];
    categories: ClaimCategory[];
    /** Words that make a sentence carried out, a little before the sentencing word («نفذت السلطات حكم الإعدام»): then it is the event. */
    carriedOut?: string[];
    /**
     * Forms of a death word that can only be a sentencing verb's complement («بالإعدام», "to death"):
     * they stay a sentence further from the verb, over the court's name («قضت محكمة جنايات قنا بإعدام»).
     */
    complements?: string[];
  };
}

export interface LanguagePlugin {
  /** ISO 639-1 code (folder name). */
  code: string;
  /** ISO 639-3 codes that franc may report for it. */
  iso6393: string[];
  /** English name, for help texts. */
  name: string;
  /** Text direction, for reports. */
  direction: 'ltr' | 'rtl';
  /** The script the language is written in (a name of language/detect.ts's script table: 'Latin', 'Arabic'…). */
  script?: string;
  /**
   * Is this lower-case word a word of the language? Language identification asks it of texts too
   * short for trigram statistics (a headline); absent, such texts go by trigrams alone.
   */
  isWord?(word: string): boolean;
  numbers(t: NormalizedText): NormNumber[];
  dates(t: NormalizedText, ctx: DateContext): DateMention[];
  entities(t: NormalizedText): EntityMention[];
  /** A publication date or dateline the document gives itself (YYYY-MM-DD), or null. */
  referenceDate?(t: NormalizedText): string | null;
  claimLexicon: ClaimLexicon;
  /**
   * Counted nouns grouped by a concept key shared by all languages ("protesters" ↔ «متظاهر»):
   * compare aligns figures of two versions that count the same specific thing.
   */
  subjects?: Record<string, string[]>;
}
