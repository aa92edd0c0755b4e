/**
 * Shared data shapes of factdiff. These are the JSON contract `factdiff.extract/1` and
 * `factdiff.compare/1` (see schemas/): change them only together with the schemas.
 */

export type ClaimCategory =
  | 'deaths'
  | 'injuries'
  | 'arrests'
  | 'missing'
  | 'displaced'
  | 'executions'
  | 'participants'
  | 'places'
  | 'other';

export const CLAIM_CATEGORIES: readonly ClaimCategory[] = [
  'deaths',
  'injuries',
  'arrests',
  'missing',
  'displaced',
  'executions',
  'participants',
  'places',
  'other',
];

export type Qualifier =
  | 'exact'
  | 'at_least'
  | 'more_than'
  | 'about'
  | 'up_to'
  | 'less_than'
  | 'range'
  | 'vague';

/** A span of the original decoded text, in UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface LanguageInfo {
  /** ISO 639-1 where one exists (en, ar, fa…), else ISO 639-3; `und` when undetermined. */
  code: string;
  /** ISO 639-3 as franc reports it (`arb`, `eng`, `pes`…); `und` when undetermined. */
  iso6393: string;
  /** 0..1, see docs in src/language/detect.ts. */
  confidence: number;
  /** Main script of the letters (Latin, Arabic, Han…). */
  script?: string;
  /** Why the language is `und`, or how it was decided when not by franc (`--lang`, script). */
  reason?: string;
}

/** A number read from text, whatever it counts. */
export type NumberKind =
  | 'integer'
  | 'decimal'
  | 'fraction'
  | 'ordinal'
  | 'percentage'
  | 'range'
  | 'vague'
  | 'money'
  | 'time'
  | 'phone';

export interface NumberMention extends Span {
  text: string;
  kind: NumberKind;
  /** For money, the currency or unit as written ($, dollars, دولار); for percentages '%'. */
  unit?: string;
  /** The value; null for vague counts and ranges. */
  value: number | null;
  /** Interval of the count (vague words and ranges); equals value for exact numbers. */
  min: number | null;
  max: number | null;
  /** True when the figure was written in words (`six hundred`, `ستمائة`). */
  words?: boolean;
}

export interface Claim extends Span {
  category: ClaimCategory;
  /** The stated figure; null for ranges and vague counts. */
  value: number | null;
  /** Interval implied by the qualifier; null = unbounded. */
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** True when `min` is an open bound ("more than 600" → min 600, exclusive). */
  minExclusive?: boolean;
  /** True when `max` is an open bound ("fewer than 10" → max 10, exclusive). */
  maxExclusive?: boolean;
  /** Exact substring of the original text: qualifier + number + counted noun where possible. */
  text: string;
  /** The counted noun as written, or null. */
  subject: string | null;
  /** Who the figure is attributed to, as written, or null. */
  source: string | null;
  /** Entity key of the source when known. */
  sourceKey?: string | null;
  /** The sentence the claim stands in (original text). */
  sentence?: Span;
  /** True when the figure is a rate (per day…): kept, but a scorer may drop it. */
  rate?: boolean;
  /**
   * True when the figure is a part of the count before it ("including nine children", «بينهم
   * ثلاث نساء», "12 of them"): it is compared like any figure, but a disagreement on a part
   * alone does not make its category a conflict.
   */
  part?: boolean;
  /**
   * True when the sentence dates the figure two or more years before the story ("In a similar
   * attack in October 2022, more than 20 people were killed"): another event's figure, shown but
   * left out of the verdicts.
   */
  background?: boolean;
}

export type DateGrain = 'day' | 'month' | 'year';

export interface DateMention extends Span {
  /** ISO value at the grain's precision: YYYY-MM-DD, YYYY-MM or YYYY; null when unresolved. */
  value: string | null;
  grain: DateGrain;
  text: string;
  /**
   * For intervals ("from 15 to 20 November"): inclusive ends, each at the precision it was
   * written in; null for the open end of a half-open period (see `halfOpen`) or when unresolved.
   */
  from?: string | null;
  to?: string | null;
  /** True when the year (or the whole date) was taken from the reference date. */
  inferred?: boolean;
  /**
   * A half-open period written as one date ("since 15 November", "before 2014", «منذ أغسطس»):
   * `value` is the named date and `text` the date as written (without the word); `from`/`to`
   * are inclusive ends, the open one null: "since X" from X to the reference date (null
   * without one), "after X" from the unit after X, "until X" to X, "before X" to the unit
   * before X.
   */
  halfOpen?: boolean;
}

export type EntityType = 'PER' | 'ORG' | 'LOC';

export interface EntityMention extends Span {
  type: EntityType;
  text: string;
  /** Language-independent key linking the same entity across languages. */
  key: string;
  /** English canonical name when the gazetteer knows one. */
  canonical?: string;
}

export interface DocumentExtraction {
  path: string;
  language: LanguageInfo;
  claims: Claim[];
  dates: DateMention[];
  entities: EntityMention[];
  /** Reference date used to resolve partial dates, and where it came from. */
  /**
   * The reference date used for partial and relative dates, and where it came from: `--date`,
   * the document's own dateline/publication line, or (`compare`) another version of the story
   * that has one, when this one has none (`version` names that version's path).
   */
  reference?: { date: string; from: 'option' | 'document' | 'version'; version?: string } | null;
  /** For a document mixing languages: the share of its letters in each (largest first). */
  languages?: Array<{ code: string; share: number }>;
  /** Notes about this document (e.g. extraction skipped for a language without extractors). */
  notes?: string[];
  /**
   * True when no extractor ran (language undetermined, or one factdiff has no extractors for):
   * its claims, dates and entities are unknown, not absent, and `compare` leaves it out.
   */
  skipped?: boolean;
  /** Number of UTF-16 units of the decoded text. */
  length?: number;
}

export interface ExtractOptions {
  /** Override language detection (ISO 639-1 or 639-3). */
  lang?: string;
  /** Reference/publication date, YYYY-MM-DD. */
  date?: string;
  /**
   * The Hijri calendar Hijri dates and Islamic feasts are converted with: Umm al-Qura (the
   * default, the Gulf press's), or the arithmetic 'islamic-civil' / 'islamic-tbla' (a day apart
   * from it at times; some countries and libraries follow them). See extract/dates/hijri.ts.
   */
  hijriCalendar?: 'islamic-umalqura' | 'islamic-civil' | 'islamic-tbla';
  /** The reader's country ("en_CA", "GB"…): dates the holidays that differ by country (see DateContext.locale). */
  locale?: string;
  /** Counted periods: 'rolling' (default, news) or 'calendar' (whole weeks, months…; see DateContext.periods). */
  periods?: 'rolling' | 'calendar';
  /**
   * Hebrew-calendar feasts: 'day' (default) dates them by their first full day, 'eve' from the
   * civil day on whose evening they begin (Yom Kippur 2018: 19 or 18 September; see DateContext.feastDays).
   */
  feastDays?: 'day' | 'eve';
  /** "next week/month/year": 'whole' (default) the whole period, 'start' its first day, as task schedulers read them (see DateContext.nextPeriod). */
  nextPeriod?: 'whole' | 'start';
  /**
   * Longer texts are extracted in parts of about this many UTF-16 units (default 262144, see
   * `PART_SIZE` in extract/document.ts); tests and tools lower it.
   */
  partSize?: number;
}

export type Verdict = 'match' | 'consistent' | 'conflict' | 'missing';
