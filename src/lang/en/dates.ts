/**
 * English dates, read by our own scanners (no date library: chrono-node cost ~110 ms on its
 * first call and a fifth of English extraction time, and news needs a known set of forms).
 * Each scanner is one linear regex pass; everything ends in the shared atom → mention pipeline
 * (src/extract/dates/), which settles overlaps (the longer atom wins), joins periods and infers
 * years.
 *
 * Forms read:
 * - written dates: "2 December 2019", "the tenth of September, 2000", "Dec. 2, 2019", "Oct2",
 *   "March 3rd 2015", "28 June in 2020", "November 2019", "June of 1999", "2016 November",
 *   "31-Oct-74", "2019/sep/01", all-digit dates (US order), a weekday in front joins the span;
 * - periods (extract/dates/interval.ts): "from 15 to 20 November", "July 13 through 15",
 *   "Nov 18-Dec 19, 2015", "between 2015 and May 2018", "2014~2018", "from January to April
 *   2015", "Nov-Feb 2017", "from 4 to 22 this month", "from 2011 until now";
 * - relative to the reference: today/yesterday/tomorrow, weekdays ("last Friday", "Friday
 *   after next"), "last week", "next month", "the coming year", "3 days ago", "two months
 *   ago", "three weeks from tomorrow", "in six months" (with a future cue), "the past 3 days",
 *   "the 20th of next month", "the 15th", "Tuesday the 19th", "early next week", "the end of
 *   the month", "late last year", "earlier this week", "the rest of the week", "June last
 *   year", "the week before last", quarters and halves ("Q3 2018", "H1 2019"), decades ("the
 *   80s", "a decade ago"), holidays ("two weeks before Christmas"), "the first Monday of March";
 * - Hijri dates written in English ("15 Ramadan 1440 AH", "Ramadan 1440");
 * - anaphoric years and months, resolved against the date narrated before them (see
 *   extract/dates/build.ts): "in September that year", "later that year", "the following
 *   year", "June the following year", "the same month", "two years later".
 *
 * Policies:
 * - Numeric dates with slashes or hyphens follow US order (12/02/2019 = 2 December) unless
 *   the first number is over 12 (13/02/2019 = 13 February); with dots they are day-first
 *   (12.06.2025 = 12 June 2025: the European and Arab convention; US writers use slashes); a numeric date without a year ("1/2", "3/4") is dropped,
 *   it is a fraction or a score far more often than a date.
 * - A month name must be capitalised ("may" the verb, "march" the noun are not months); a
 *   month named alone ("November") is a date only after a word that places an event in time
 *   (in, since, by, until, early, late, mid-, last…) or in a period of months, and
 *   "last/next/this May" resolve against the reference. An abbreviation alone ("Sep") must be
 *   capitalised and not be followed by a capitalised word or an apostrophe ("Jan Egeland",
 *   "Jan's").
 * - "The 15th" is a date only after a preposition that places it in time ("on the 15th") and
 *   with nothing it could count after it; "the 15th century", "set up the 21st" are not.
 * - A written month or year with a part ("late March", "the end of 2012") stays that month or
 *   year (the precision news report and compare); it also gives the part's days as from/to
 *   ("late March" 21–31, "late 2012" September–December, as the Arabic «أواخر مارس»;
 *   DateAtom.partOf); a part of a
 *   week, month or year named from the reference ("early next week", "the end of the month")
 *   is a period of days.
 * - A bare four-digit number is a year only in a year context: after in/since/by/until/
 *   during/early/late/mid-/year…, inside parentheses, before an event noun ("the 1979
 *   revolution"), after "<span of time> of" ("the first weeks of 2026", "the end of 2026"),
 *   or continuing a year just read ("2019 and 2020", "2014-2018"). It is a count
 *   when a plural noun follows ("2019 protesters") or a count word precedes ("about 1500").
 * - Times of day are not dates. A day of the month alone takes the closest month
 *   (extract/dates/relative.ts monthDayNear). A count of units before a written date ("two
 *   days after 15 November") leaves that date as written (see extract/dates/build.ts).
 * - Weekdays and relative expressions resolve against the reference date (see
 *   extract/dates/relative.ts); without one they keep their grain and text with value null.
 *   "Three days later", "the next day" are anchored to the day narrated before them (a written
 *   date, a weekday: extract/dates/build.ts), never to the publication: value null without
 *   one; "that day"/"the same day" without one is dropped.
 * - Offsets count from the reference: "3 days ago", "two months ago", "two weeks from now"
 *   (a day; years give a year); "in 3 days" only with a future cue ("will") or `prefer:
 *   'future'` ("the highest in two years" looks back); "the past/next N days|weeks|months|
 *   years" is a rolling period ending the day before / starting the day after the reference.
 * - Quarters ("Q3 2018", "the third quarter of 2018", "next quarter") are month periods; an
 *   ordinal quarter without a year is the closest one ("Q3"), never in a game's sentence (round
 *   7). "The first Monday of March" is a day.
 * - Holidays (dates.json `holidays`: fixed, nth weekday with an offset, Easter-based, Hijri via
 *   the tabular calendar, Orthodox Easter by the Julian computus, Chinese New Year from a table
 *   for 2000–2030) resolve like year-less dates; Jewish feasts through ICU's Hebrew calendar (round 4); Hindu feasts computed (round 6).
 * - Lower-case "may"/"march" are months only right before a day number with nothing word-like
 *   after it ("march 3rd, 2021") or after "<ordinal> of" ("the 9th of march").
 * - DateContext.prefer ('closest' default | 'past' | 'future') chooses the side of the
 *   reference for bare weekdays, year-less dates, days alone and holidays; DateContext.shortNumeric
 *   reads "4/22" as a date. The CLI keeps the defaults; the evaluation sets each suite's convention.
 * - With nextWeekday 'week' (calendar assistants) "last/previous Friday" is the Friday of last
 *   week as "next Friday" is next week's; "past Friday" is always the latest one.
 *
 * Issue 6 forms and the news-safety policy they keep (see each reader):
 * - Numbered parts: "the first week of March", "the last week of 2016", "the second last week
 *   of October 2018", "the first two weeks of 2021", "the third month of 2021", "the last day of
 *   October 2015" (a week belongs to the month/year of its Thursday, ISO 8601); "the week of
 *   April 10" / "the week of the 18th" (Monday–Sunday).
 * - Years and days in words only where a year is expected: after a written month or day, after
 *   a word of time ("in nineteen ninety-six"), never before a noun they could count; a day in
 *   words only after a capitalised month and before a year or the end of the clause.
 * - Seasons ("this summer", "last winter", "the summer of 2018") are periods of days; "season"
 *   itself only named from the reference outside a sentence of play, harvest or broadcast
 *   (round 7), "fall" before in/of not. Centuries ("the 15th century") and
 *   decades ("the next decade", "the past two decades", "the 70's") are periods of years;
 *   "the last two decades of his life" is narrated, not counted from the reference.
 * - Rolling quarters and decades are calendar units ("the last two quarters"); "within N days"
 *   and "less than N weeks from today" are the days from the reference, only ahead of it.
 * - Compound offsets ("2 years 1 month 21 days ago") and counted weekdays ("3 Fridays from
 *   now") count from the reference; "next 6th of April" is the next such day.
 * - Weekday abbreviations ("sat", "sun", "mon") are read only before a date ("Fri 13/12/2019",
 *   "Thu 15th") or after "on" at the end of a clause ("on tues.", "on Sat, police said"), never
 *   alone (a bare "sun"/"sat" is a word: "relied on sun and wind"), except those that are no
 *   word ("thu", "fri", "tues", "mon." with its dot: round 7); "May"/"March" alone stay
 *   what the policy above says (no bare capitalised month without a word of time before it).
 * - Business abbreviations EOY/BOY/EOM/BOM/EOW/BOW are read in capitals only; "Q3" alone (a
 *   capital Q) is the closest third quarter, as "the third quarter" alone outside a game's
 *   sentence (round 7).
 * - "Friday through Sunday", "today until next Sunday": until/through/till join two days named
 *   from the reference without an opener ("to" and "-" still need "from"/"between").
 * - Half-open periods (round 2): "since 15 November", "ever since August", "after May 2020",
 *   "before 2014", "prior to", "until March" make the single written date after them a
 *   half-open period (SYNTAX.halfOpen, extract/dates/interval.ts and build.ts: `halfOpen`,
 *   value the named date, the span the date as written); not "shortly after", "the day
 *   before", "two weeks before" (an operator), "not until", "after the 1979 revolution".
 * - Week anaphors ("the following week", "that same week", "later that week") are the week of
 *   the day narrated before them (build.ts); without one "the following week" is the week after
 *   the reference's (as "the following year" is the year after), "that week" stays unresolved.
 * - Round 3: "2012 or later", "1990 or earlier", "2015 onwards", "starting 7 January",
 *   "effective from 1 July" (half-open, `onward` = from the date on: SYNTAX.halfOpenAfter and
 *   halfOpen.onward); "before the end of 2020" is until it, "after the start of 2021" from it
 *   on; "sooner than 2020" is before it; a year list goes on through "but not"/"and not" ("2010
 *   but not 2015"); "within 5 years 1 month 12 days" counts every unit; "Dec/2018-May/2019";
 *   "between the 21st and 23rd", "from the 4th to the 9th" (days of the closest month), "November
 *   between 19 and 20" (that month's); a weekday closing a period is the first one on or after
 *   its start ("from next Monday to Friday"); "through March 2020" is until it; "the past/next
 *   fortnight" (14 days); "Monday of the following week" (the week anaphor's day); "Labor Day
 *   weekend", "the weekend of Thanksgiving 2023" (the weekend a one-day holiday makes long; none
 *   for a midweek one); Islamic feasts' other spellings (Ramzan, Eidul Azha, Bakrid,
 *   Eid-ul-Adha…); "Q3"/"next quarter" without a reference keep their span, unresolved; a
 *   decimal before a month and year ("4,512.27 March 2021") leaves the month; a year before an
 *   event's proper name and an event noun ("the 2015 Paris attacks") is one; a part word before
 *   a month and year keeps that year ("late March 2015", not the reference's); a year-less date
 *   narrated in the past ("disappeared in March", "was killed on 3 May") lies on or before the
 *   reference (DateAtom.narratedPast; not after be/will/to, a plan or a future cue, nor with
 *   a weekday written beside it; only when the caller chose no side).
 * - Round 4: "the same year/month/week", "that weekend" with no date narrated before them are
 *   the reference's (`fallback`: no antecedent of later anaphors; dropped after a narrated date
 *   they cannot take, "in 2015 … that weekend"); "the following Friday" is the first Friday
 *   after the narrated day (else "next Friday"); "of/for the year|month" ("the deadliest day of
 *   the year", "sales for the month") is the narrated year or month, else the reference's (not
 *   "the year he was born", "the year ending June", "in the year since"); a hedge between a week
 *   and its weekday ("next week, probably on Wednesday"); business/working days ("the next 3
 *   business days", "within five working days", "in 2 business days": Monday–Friday, holidays
 *   unknown); "year to date"/"YTD" (the year, 1 January to the reference); "start(ed) from
 *   October" (onward); "from 2015 and 2016" is two years (SYNTAX.pairedOpener: "and" closes a
 *   period after "between" only); "this working week"/"next workweek" (Monday–Friday); "the
 *   remaining of the week"; "the noughties"; a count after last/past/next is a rolling period's,
 *   not part of a compound offset ("the last 3 months and 2 days ago"); Jewish holidays through
 *   ICU's Hebrew calendar (extract/dates/hebrew.ts: Rosh Hashanah, Yom Kippur, Sukkot, Simchat
 *   Torah, Hanukkah, Purim, Passover, Shavuot, Tisha B'Av, Yom HaShoah, Yom HaAtzmaut…, the day
 *   kept, not the eve; moved off a Friday/Saturday as Israel keeps them: HolidayRule.moves) and more
 *   Islamic feast names (sacrifice feast, Bakr Id, Night of Power, Isra and Mi'raj); the days
 *   of a week named just before ("next week from Tuesday to Thursday"); "the" between a
 *   half-open word and a day ordinal ("since the 3rd of May": SYNTAX.halfOpenArticle); a year's
 *   quarter or half, possessive ("next year's first quarter", "2019's second half"); "the rest of
 *   my week"; "between 2015 May and 2018".
 *   "The end of the week" stays Friday–Sunday (Duckling's reading; Recognizers' is Thursday–Sunday).
 * - Round 5: a numbered part of a month or year ("the first week of June", "the last ten days
 *   of March", "the final two months of 2021") keeps the month or year as its value, its days as
 *   from/to (DateAtom.within: what versions and the gold compare, as "late July"); a year before
 *   a participle with its own object ("in 2022 killed 14 people"), before an event's proper name
 *   even after a count word ("over 2024 Sitra unrest", "the 2022 Africa Cup of Nations":
 *   lexicon `eventNames`), a non-round year closing its clause after "around" and a verb
 *   ("peaked around 2011,"), in a comparison of years ("year greater than 2012"), "CY2008"; a
 *   year-less month fronted in a sentence narrated in the past ("In February, a collapse killed
 *   two") lies before the reference; "which runs from June to September" beside a word of
 *   recurrence is a season of every year, not dates; a bare ISO week number ("in week 31",
 *   "week 10 8 p.m.", "Thursday, week 23") only where a date is expected and nothing a sports or
 *   war week could go on with follows ("Week 10 against the Bears", "week 3 of the war" are not);
 *   an ordinal weekday alone ("on the second Sunday": of the reference's month, none when the
 *   month has no fifth one; not "for a third Friday", "the second Friday in a row"); "Friday the
 *   fifteen" (a day in cardinal words); "08/12,2015"; "the past day" (the day before the
 *   reference); "the next day", "2 years 21 days later" with a future cue and no narrated day
 *   (from the reference, build.ts fallback); "on weekend"; "the following quarter", "the
 *   following Easter" (the next ones; dropped after a narrated date); a count glued to its unit
 *   ("the last 3year"); "the third week next year"; a part of a year in words ("the third
 *   quarter of two thousand and twenty"); lower-case "in may." closing a clause;
 *   DateContext.hijriCalendar (extract/dates/hijri.ts: Umm al-Qura unless the caller asks for an
 *   arithmetic calendar).
 * - Round 6: a compact ISO date ("20161016", "report-20170302.html"; not after no./call/#, not
 *   glued to digits or letters); a two-digit year after a month and "of" closing the clause ("in
 *   April of 87", withShortYears); "starting next week", "every day starting Monday" (a period
 *   named from the reference starts a half-open one, `onward`; "the week starting 4 February"
 *   stays that week); "as early as next year" (onward); "1 August to today" (no opener needed, as
 *   "to now"); "the 1990 s" (a tokenised decade, after in/the); "mar3"/"may12" glued lower-case;
 *   "in dec", "in sept" (a lower-case abbreviation after "in", never "mar"); "in the year/month/
 *   week" closing its sentence (the narrated unit, else the reference's, as "for the year"); "new
 *   year" right after a word of time ("5 days before new year", "over the New Year"); a year
 *   after an equals sign ("year >= 2019", a query's filter); two close years closing the clause
 *   ("sales of 2007 and 2009."); "the first week of October, on Friday" (that day of the week);
 *   "between 1500 and 2000 people" is a range of counts, not a year; a spaced numeric date whose
 *   day is plain ("31 10 1974", "10 31 1974"; not before a counted noun). Holidays: regional
 *   days named as the region's own (Canada's provincial Mondays, Vimy Ridge Day, Victoria Day,
 *   South Africa's Day of the Vow, Rizal Day…), US observances (Super Tuesday from a table of
 *   its dates, Lincoln's Birthday, Administrative Professionals' Day…), King's Day/Koningsdag,
 *   Boss's Day moved off weekends, Jumu'atul-Wida (the last Friday of Ramadan), the Prophet's
 *   ascension/the Night Journey, Parsi New Year (a 365-day cycle), the solar Indian feasts
 *   (Makar Sankranti, Pongal's days, Lohri, Maghi, Vaisakhi) and the lunisolar ones on their
 *   tithi (Diwali, Holi, Navaratri, Dussehra, Ganesh Chaturthi, Janmashtami…: computed in
 *   extract/dates/sidereal.ts, no table);
 *   holiday names that are ordinary words ("lent", "pongal") only capitalised or dated; "the
 *   day before/after" closing a clause (the narrated day's neighbour, dropped without one).
 *   Caller options (DateContext; on the command line --locale, --periods): `locale` (the reader's
 *   country dates Labour Day, Canada's Thanksgiving, Mothering Sunday, Independence Day…:
 *   lexicon `localeHolidays`) and `periods: 'calendar'` (calendar assistants: "the last 2
 *   weeks" are whole weeks before this one, "the upcoming two weeks" the second week from now).
 * - Not read, on purpose: "the day/the week" alone, "the year" alone or after "in" when the
 *   sentence goes on ("in the year since"), two-digit years but after a month and "of" ("April
 *   87"), Onam and the feasts of a lunar mansion (nakshatra), "the upcoming two weeks" as Duckling reads it unless the caller asks for
 *   `periods: 'calendar'` (in news it is the next 14 days, as "the next two weeks"); "the last
 *   day" (a final day, not yesterday); "2016 the third quarter" ("In 2016 the third quarter of
 *   the game…" keeps its year: the quarter is read alone, the closest); "N years ago/in N years"
 *   stay years; Jewish feasts by their eve (the day kept, see round 4; unless the caller asks
 *   for `feastDays: 'eve'`, round 8), Islamic feasts of
 *   past decades by another table than Umm al-Qura's; a weekday that does not fit a year-less
 *   day in news (a slip: the day keeps its year); "for 10 days from 18 December" is ten days
 *   (18–27), not eleven; plural seasons ("in past seasons").
 * - Round 7: a part of the following week ("the beginning/end of the following week", of the
 *   narrated day's, else of the week after the reference's: DateAtom.anaphor.part; "the end of
 *   around next week"); an ordinal quarter alone ("the third quarter", "3rd qtr") outside a
 *   game's sentence (lexicon `gameWords`); "this/last/next season" (the astronomical season
 *   running at the reference, the one before, the one after) outside a sentence of play,
 *   harvest, broadcast… (`gameWords`, `seasonWords`); lone "thu"/"fri"/"tues"/"mon."; a weekday
 *   fixing a year-less day's year for a reader of coming dates (`prefer: 'future'`: "Fri, Jul
 *   18" said in February 2013 is 2014's) and a weekday after the date ("Jul 18, Fri"); "3 years
 *   from today" (a day); "14april 2015"; "March in two years"; "the March after next", "the
 *   June before last"; "this <holiday>" (running, just past within a week, else the next one);
 *   "all week" (the narrated week, else the reference's); years of the common era ("79 AD",
 *   "14 a.d.", "AD 800"); "18Q4"; the nth weekday after/before a date ("the third Tuesday after
 *   Christmas 2014", "the last Friday before 1 May": DateAtom.applies.nthWeekday); more feast
 *   names (Night of Measures/Decree, Lakshmi Puja, Dala Puja, Rakhi: a given name too, read only
 *   dated or with this/last/next, lexicon `holidayGivenNames`); a day after a determiner is
 *   attributive, not a count ("the May 12 polls"); "the October protests" (a month before a
 *   lower-case event noun, lexicon `eventNouns`: polls, vote, clashes, bombings added).
 * - Round 8 (dates-en9): two readings users have, as caller options (DateContext, declared in
 *   extract/dates/options.ts; on the command line --feast-days, --next-period): `feastDays:
 *   'eve'` dates a Hebrew-calendar feast from the civil day on whose evening it begins (Yom
 *   Kippur 2018 = 18 September; a longer feast from its eve to its last day: holiday.ts), as
 *   Duckling does; `nextPeriod: 'start'` makes "next week/month/year" said alone (not the end of
 *   a period: build.ts, DateAtom.nextUnit) its first day, as a task scheduler reads "meet me next
 *   month" (Recognizers' TasksMode). The defaults keep the news readings. Also: "the (second…)
 *   closest/nearest <weekday> to <date>" and "the (3rd) closest <holiday> to <date>" (a day,
 *   month or year: DateAtom.applies.closestWeekday/closestHoliday; "… to the election" names no
 *   day); an abbreviated weekday in a feast's name ("Covenant Thu", "Good Fri", "Ash Wed"; not
 *   "sat"/"sun", words); "Thursday of Mysteries" (Maundy Thursday); an ordinal word in a
 *   hyphenated compound after a month is no day ("in March first-time buyers").
 */
import type { NormalizedText } from '../../text/normalize.js';
import type { DateGrain, DateMention } from '../../types.js';
import type { DateContext } from '../types.js';
import type { CalendarParts, DateAtom, DateReader } from '../../extract/dates/atom.js';
import { buildMentions } from '../../extract/dates/build.js';
import { dayNumber, daysInMonth, isValidDay, parseIsoDay, weekdayOf, type Ymd } from '../../extract/dates/calendar.js';
import type { IntervalSyntax } from '../../extract/dates/interval.js';
import { publicationCue, referenceFromAtoms } from '../../extract/dates/reference.js';
import { NUMERIC_DATE, SHORT_NUMERIC, readNumericDate, readShortNumeric, shortNumericGlued } from '../../extract/dates/numeric.js';
import { holidayIn, resolveHoliday, type HolidayRule } from '../../extract/dates/holiday.js';
import type { FeastDays } from '../../extract/dates/options.js';
import { hijriMonthRange, hijriToDayNumber, type HijriCalendar } from '../../extract/dates/hijri.js';
import { phraseTailGate } from '../../extract/dates/scan.js';
import {
  dayParts,
  relativeMonthYear,
  resolveWeekday,
  bareWeekdayMode,
  closestYear,
  monthParts,
  offsetParts,
  monthDayNear,
  unitPart,
  earlierLater,
  type CalendarUnit,
  type UnitPart,
  yearParts,
  type OffsetUnit,
  type Prefer,
  unknownParts,
  weekRange,
  type WeekdayMode,
} from '../../extract/dates/relative.js';
import lexicon from './dates.json' with { type: 'json' };

// ---------------------------------------------------------------------------------------------
// Lexicon

const MONTHS = new Map<string, number>(Object.entries(lexicon.months));
const WEEKDAYS = new Map<string, number>(Object.entries(lexicon.weekdays));
const set = (xs: string[]) => new Set(xs);
const YEAR_STRONG = set(lexicon.yearBeforeStrong);
const YEAR_BEFORE = set(lexicon.yearBefore);
const YEAR_OF_HEADS = set(lexicon.yearOfHeads);
const COUNT_BEFORE = set(lexicon.countBefore);
const DETERMINERS = set(lexicon.determiners);
const COUNT_NOUNS = set(lexicon.countNouns);
const EVENT_NOUNS = set(lexicon.eventNouns);
const MONTH_BEFORE = set(lexicon.monthBefore);
const MONTH_OF_HEADS = set(lexicon.monthOfHeads);

/**
 * "later than 2018", "earlier than March", "sooner than 2020", "prior to 2015": a word of time in two words (a
 * half-open period, see SYNTAX.halfOpen). "than"/"to" alone are no such word ("more than 2018
 * people", "rose to 2018").
 */
function comparativeBefore(norm: string, pw: { start: number } | null, prev: string): boolean {
  if (!pw || (prev !== 'than' && prev !== 'to')) return false;
  const head = lower(wordBefore(norm, pw.start));
  return prev === 'than' ? head === 'later' || head === 'earlier' || head === 'sooner' : head === 'prior';
}

const alt = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length).join('|');

const FULL_MONTHS = Object.keys(lexicon.months).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const FUTURE = new RegExp(`\\b(?:${alt(lexicon.futureCues.map((c) => c.replace(/'/g, "'?")))})\\b`, 'i');


const COUNT_WORDS = new Map<string, number>(Object.entries(lexicon.countWords));
const COUNT_WORDS_KEYS = [...COUNT_WORDS.keys()];
const WEEK = /\b(last|next|this|past|coming|previous|current|upcoming|following)\s+(week(?:end)?|work(?:ing)?\s*week)\b(?![-‐]\w)/gi;

// ---------------------------------------------------------------------------------------------
// Words around a position

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The word before `pos` (letters, apostrophe, inner dot), skipping spaces and one hyphen. */
function wordBefore(s: string, pos: number): Word | null {
  let e = pos;
  let steps = 0;
  while (e > 0 && (s[e - 1] === ' ' || s[e - 1] === '-' || s[e - 1] === '\t') && steps++ < 4) e--;
  let b = e;
  while (b > 0 && e - b < 24 && /[A-Za-z'.]/.test(s[b - 1]!)) b--;
  while (b < e && !/[A-Za-z]/.test(s[b]!)) b++;
  return b < e ? { text: s.slice(b, e), start: b, end: e } : null;
}

function wordAfter(s: string, pos: number): Word | null {
  let b = pos;
  while (b < s.length && (s[b] === ' ' || s[b] === '\t') && b - pos < 4) b++;
  let e = b;
  while (e < s.length && e - b < 24 && /[A-Za-z]/.test(s[e]!)) e++;
  return e > b ? { text: s.slice(b, e), start: b, end: e } : null;
}

function charBefore(s: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && i > pos - 4 && s[i] === ' ') i--;
  return i >= 0 ? s[i]! : '';
}

function charAfter(s: string, pos: number): string {
  let i = pos;
  while (i < s.length && i < pos + 3 && s[i] === ' ') i++;
  return i < s.length ? s[i]! : '';
}

/**
 * Lower-case "may" and "march" are the verb and the noun ("as many as 10 may have died",
 * "20 march on the palace") unless a year follows ("5 may 2019"); other month names are
 * months in any case.
 */
function monthCaseOk(word: string, after: string): boolean {
  return !/^(?:may|mar(?:ch)?)\b/.test(word) || /^\s*,?\s*\d{4}\b/.test(after.replace(/^\s*\d{1,2}(?:st|nd|rd|th)?/, ''));
}

const lower = (w: Word | null) => (w ? w.text.toLowerCase().replace(/\.$/, '') : '');
const isPlural = (w: string) => /^[a-z]{3,}s$/.test(w) && !/(?:ss|us|is)$/.test(w);

function grainOfUnit(text: string): DateGrain {
  if (/\bmonths?\b/i.test(text)) return 'month';
  if (/\byears?\b/i.test(text)) return 'year';
  return 'day';
}

/** A future cue ("will", "'ll", "plans to") between the start of the sentence (at most 60 characters back) and `pos`. */
function futureInSentence(norm: string, pos: number): boolean {
  const before = norm.slice(Math.max(0, pos - 60), pos);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  return FUTURE.test(cut >= 0 ? before.slice(cut + 1) : before);
}

let GAME_WORDS: RegExp | undefined;
let SEASON_OF_PLAY: RegExp | undefined;

/** A match of `re` in the sentence around [start, end), at most 160 characters each side. */
function inSentence(re: RegExp, norm: string, start: number, end: number): boolean {
  const before = norm.slice(Math.max(0, start - 160), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const after = norm.slice(end, end + 160);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  return re.test(cut >= 0 ? before.slice(cut + 1) : before) || re.test(stop >= 0 ? after.slice(0, stop) : after);
}

/**
 * A word of a game (lexicon `gameWords`) in the sentence: there "the third quarter" is a game's.
 * With a word of a crop, a show, a trade… too (`seasonWords`), "last season" is one of play,
 * harvest or broadcast. Only called on a rare match (compiled lazily).
 */
function gameSentence(norm: string, start: number, end: number): boolean {
  GAME_WORDS ??= new RegExp(`\\b(?:${alt(lexicon.gameWords)})\\b`, 'i');
  return inSentence(GAME_WORDS, norm, start, end);
}

function seasonOfPlay(norm: string, start: number, end: number): boolean {
  SEASON_OF_PLAY ??= new RegExp(`\\b(?:${alt([...lexicon.gameWords, ...lexicon.seasonWords])})\\b`, 'i');
  return inSentence(SEASON_OF_PLAY, norm, start, end);
}

function weekdayMode(text: string, norm: string, start: number, prefer: Prefer | undefined, nextWeekday?: 'coming' | 'week'): WeekdayMode {
  // With the calendar-assistant convention (nextWeekday 'week'), "last/previous Friday" is the
  // Friday of last week, as "next Friday" is next week's; "past Friday" stays the latest one.
  if (/\b(?:last|previous)\b/i.test(text)) return nextWeekday === 'week' ? 'lastWeek' : 'last';
  if (/\bpast\b/i.test(text)) return 'last';
  if (/\bupcoming\b/i.test(text)) return 'next';
  if (/\bnext\b/i.test(text)) return nextWeekday === 'week' ? 'nextWeek' : 'next';
  if (/\bcoming\b/i.test(text)) return 'next';
  // "this Monday" does not say which side: the caller's `prefer` decides, else the reference's week.
  if (/\bthis\b/i.test(text)) return prefer === 'future' ? 'future' : prefer === 'past' ? 'past' : 'this';
  return bareWeekdayMode(FUTURE.test(norm.slice(Math.max(0, start - 40), start)) ? 'future' : 'past', prefer);
}

// ---------------------------------------------------------------------------------------------
// Years

const YEAR = /(?=\d)(?<![\w$€£#.,/])(\d{4})(?![\w%]|[.,/]\d)/g;
const PAIR_COUNTED = /^\s*(?:and|to|-|–)\s*\d[\d,]*\s+([a-z]+)/;
const YEAR_PAIR = /^\s+(?:and|or)\s+(\d{4})(?=\s*(?:[.;:!?)]|$))/;
const YEAR_DASH = /^\s*(?:-|–|~|to|through|thru|until|till)\s*(\d{4})(?![\w%]|[.,]\d|[-–/]\d)(?!\s+[a-z]+s\b)/;

/** Between two years of one list or span: "and", "or", "to", "-", "but not", "and not", ",". */
const YEAR_CONTINUES = /^\s*(?:(?:,\s*)?(?:and|or|but)(?:\s+not)?|to|until|till|through|thru|-|–|~|,)\s*$/i;
/**
 * After a year: "2012 or later", "2015 and before", "2012 onwards" (the year is the closed end
 * of a half-open period, SYNTAX.halfOpenAfter) — ending the phrase, not before a date of its
 * own ("after 2010 and before 2018").
 */
const OPEN_END = String.raw`(?=\s*(?:[.,;:)!?]|$)|\s+(?!(?:the|a|an|this|that|these|those|last|next|his|her|its|their)\b)[a-z])`;
const YEAR_OPEN_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?onwards?\b|^\s+(?:or|and)\s+(?:later|after|earlier|before)\b${OPEN_END}`, 'i');

const BACK_TO = /\b(?:dat(?:e|es|ed|ing)|go(?:es|ing)?|went|gone|stretch(?:es|ed|ing)?|trac(?:e|es|ed|ing))\s+back\s+to\s+$/i;
const YEAR_COMPARED = /\byears?\s+(?:(?:is|are|was|were)\s+)?(?:greater|less|more|bigger|smaller|higher|lower|later|earlier)\s+than\s+$/i;

/** After a participle: an object of the verb ("killed 14", "injured at least 30", "displaced the"). */
const VERB_OBJECT = /^\s+(?:\d|(?:at\s+least|more\s+than|about|around|some|nearly|over|the|a|an|his|her|their|its|dozens|hundreds|thousands|several|many|one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
const APPROX = set(['around', 'about', 'circa', 'approximately', 'roughly']);
const EVENT_NAMES = set(lexicon.eventNames);

/**
 * An event's proper name after a year: up to four capitalised words holding an event word
 * ("Africa Cup", "Paris Olympics") or followed by a singular event noun ("Sitra unrest").
 */
function namedEvent(norm: string, nw: Word | null): boolean {
  if (!nw || !/^[A-Z]/.test(nw.text)) return false;
  let w: Word | null = nw;
  for (let k = 0; k < 4 && w && /^[A-Z]/.test(w.text); k++) {
    if (EVENT_NAMES.has(w.text.toLowerCase())) return true;
    w = wordAfter(norm, w.end);
  }
  return !!w && w !== nw && /^[a-z]/.test(w.text) && EVENT_NOUNS.has(w.text) && !/s$/.test(w.text);
}

function isYearWord(norm: string, s: number, e: number, lastYearEnd: number): boolean {
  const y = Number(norm.slice(s, e));
  if (y < 1000 || y > 2100) return false;
  const pc = charBefore(norm, s);
  const nc = charAfter(norm, e);
  if ((pc && '$€£#'.includes(pc)) || nc === '%') return false;
  const pw = wordBefore(norm, s);
  const prev = lower(pw);
  const nw = wordAfter(norm, e);
  const next = lower(nw);
  const nextLower = !!nw && /^[a-z]/.test(nw.text);
  const strong = YEAR_STRONG.has(prev);
  // "in 2022 killed 14 people": a participle with its own object is the verb, not a count
  // ("2022 killed").
  const verbAfter = !!nw && /ed$/.test(next) && VERB_OBJECT.test(norm.slice(nw.end, nw.end + 16));
  const countAfter = nextLower && !verbAfter && (COUNT_NOUNS.has(next) || (isPlural(next) && !EVENT_NOUNS.has(next)));
  // Continuing a year just read: "2019 and 2020", "from 2015 to 2019", "2014-2018", "2010
  // but not 2015".
  if (lastYearEnd >= 0 && s - lastYearEnd <= 14 && YEAR_CONTINUES.test(norm.slice(lastYearEnd, s))) {
    return !countAfter;
  }
  // "2012 or later", "1990 and after", "2015 or earlier": a year with an open side.
  if (YEAR_OPEN_AFTER.test(norm.slice(e, e + 16))) return true;
  // Closing a period opened by a month and year: "between May 2015 and 2018", "from June 2014
  // to 2016", "between 2015 May and 2018".
  if (!countAfter && /\b(?:between|from)\s+(?:the\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]+\.?\s+\d{4}|\d{4}\s+[A-Za-z]+\.?)\s*(?:and|to|until|till|through|thru|-|–)\s*$/i.test(norm.slice(Math.max(0, s - 40), s))) {
    return true;
  }
  if (countAfter && !strong) return false;
  // "between 1500 and 2000 people": the count the pair closes makes both counts.
  if ((prev === 'between' || prev === 'from') && nc !== '' && PAIR_COUNTED.test(norm.slice(e, e + 40))) {
    const noun = PAIR_COUNTED.exec(norm.slice(e, e + 40))![1]!;
    if (COUNT_NOUNS.has(noun) || (isPlural(noun) && !EVENT_NOUNS.has(noun))) return false;
  }
  // "year >= 2019", "=2019", "< =2019": a filter of a query (an equals sign) names a year.
  if (pc === '=' && y >= 1900) return true;
  if (comparativeBefore(norm, pw, prev)) return true;
  // "dating back to 1865", "goes back to 2011": a year.
  if (prev === 'to' && y >= 1000 && BACK_TO.test(norm.slice(Math.max(0, s - 28), s))) return true;
  // "where year is greater than 2015", "year greater than 2012": a comparison of years.
  if (prev === 'than' && YEAR_COMPARED.test(norm.slice(Math.max(0, s - 40), s))) return true;
  // "over 2024 Sitra unrest", "the 2022 Africa Cup of Nations": an event's proper name, with a
  // singular event noun after it or an event word in it, makes a year even after a count word.
  if (y >= 1900 && namedEvent(norm, nw)) return true;
  // "peaked around 2011,": a year not a round figure, closing the clause, after an
  // approximation that follows a verb or a word of time ("rose to around 2013." counts).
  if (APPROX.has(prev) && y >= 1900 && y % 10 !== 0 && /^\s*(?:[,.;:)!?]|$)/.test(norm.slice(e, e + 3))) {
    const head = pw ? wordBefore(norm, pw.start) : null;
    const h = lower(head);
    if (head && (YEAR_BEFORE.has(h) || YEAR_STRONG.has(h) || (/^[a-z]{3,}ed$/.test(head.text) && !COUNT_BEFORE.has(h)))) return true;
  }
  if (COUNT_BEFORE.has(prev)) return false;
  // "sales of 2007 and 2009.": two close years closing the clause (a count goes on with its noun).
  if (y >= 1900 && nc !== '' && (next === 'and' || next === 'or')) {
    const pair = YEAR_PAIR.exec(norm.slice(e, e + 16));
    if (pair && Number(pair[1]) > y && Number(pair[1]) - y <= 50 && Number(pair[1]) % 100 !== 0) return true;
  }
  if (strong || YEAR_BEFORE.has(prev)) return true;
  if (prev === 'of') {
    const head = lower(pw ? wordBefore(norm, pw.start) : null);
    return YEAR_OF_HEADS.has(head) || MONTHS.has(head);
  }
  if (y < 1900) return false;
  if (pc === '(' && nc === ')') return true;
  if (EVENT_NOUNS.has(next)) return true;
  // "the 2015 Paris attacks", "the 2011 Egyptian uprising": an event noun after the event's
  // proper name (up to three capitalised words).
  if (nw && /^[A-Z]/.test(nw.text)) {
    let w: Word | null = nw;
    for (let k = 0; k < 3 && w && /^[A-Z]/.test(w.text); k++) w = wordAfter(norm, w.end);
    if (w && /^[a-z]/.test(w.text) && EVENT_NOUNS.has(w.text)) return true;
  }
  const possessive = /'s?$/.test(pw?.text ?? '') && pw?.end === s - 1;
  if ((DETERMINERS.has(prev) || possessive) && nextLower && !isPlural(next) && !COUNT_NOUNS.has(next)) return true;
  // "2014-2018": a span of years is a year context by itself.
  const dash = YEAR_DASH.exec(norm.slice(e, e + 16));
  return !!dash && Number(dash[1]) > y && Number(dash[1]) - y <= 100;
}

/** "CY2008", "cy 2008", "CY18": a calendar year. */
const CALENDAR_YEAR = /\bCY\s?(\d{4}|\d{2})\b(?![.,:/-]?\d|%)/gi;

const ERA_BEFORE = /\b(?:in|since|by|from|until|till|to|around|about|circa|c\.|year|of|between|and|after|before|during|the)\s+$/i;
const ERA_YEAR = /(?<![\w.,$€£#/-])(?:(\d{1,4})\s?(?:A\.D\.|a\.d\.|C\.E\.|(?:AD|CE)\b(?![-'’]\w))|(?:AD|A\.D\.)\s?(\d{1,4})\b(?![.,]?\d|\s*%))/g;

function readYears(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  if (/\bcy\s?\d/i.test(norm)) {
    CALENDAR_YEAR.lastIndex = 0;
    for (let m; (m = CALENDAR_YEAR.exec(norm)); ) {
      const year = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
      if (yearOk(year)) out.push({ start: m.index, end: m.index + m[0].length, grain: 'year', date: { year, month: null, day: null, grain: 'year' } });
    }
  }
  // "in 79 AD", "14 a.d.", "AD 800", "the year 14 CE": a year of the common era, any number of
  // digits (the era mark says it is a year; "BC" years are not read).
  ERA_YEAR.lastIndex = 0;
  if (norm.includes('AD') || norm.includes('CE') || norm.includes('A.D.') || norm.includes('a.d.') || norm.includes('C.E.')) for (let m; (m = ERA_YEAR.exec(norm)); ) {
    const year = Number(m[1] ?? m[2]);
    // Undotted "AD"/"CE" ("14 AD units") only after a word of time or closing the clause.
    const end = m.index + m[0].length;
    if (!/\./.test(m[0]) && !ERA_BEFORE.test(norm.slice(Math.max(0, m.index - 12), m.index)) && !/^\s*(?:[.,;:!?)\]]|$)/.test(norm.slice(end, end + 3))) continue;
    if (year >= 1 && year <= 2200) out.push({ start: m.index, end: m.index + m[0].length, grain: 'year', date: { year, month: null, day: null, grain: 'year' } });
  }
  let lastYearEnd = -1;
  YEAR.lastIndex = 0;
  for (let m; (m = YEAR.exec(norm)); ) {
    const s = m.index;
    const e = s + 4;
    // A group of a phone or reference number ("138-2010-2015", "2010-2015-86").
    if (/\d[-–]$/.test(norm.slice(Math.max(0, s - 2), s)) && !/^\d{4}[-–]$/.test(norm.slice(Math.max(0, s - 5), s))) continue;
    if (/^[-–]\d{4}[-–]\d/.test(norm.slice(e, e + 7)) || /\d[-–]\d{4}[-–]$/.test(norm.slice(Math.max(0, s - 7), s))) continue;
    if (isYearWord(norm, s, e, lastYearEnd)) {
      const year = Number(m[1]);
      // ("2012 or later" is then a half-open period: SYNTAX.halfOpenAfter.) "Late 2012", "the
      // end of 2012", "mid-2019": the part's days (DateAtom.partOf).
      const p = YEAR_PART_BEFORE.exec(norm.slice(Math.max(0, s - 24), s));
      const part = p ? (p[1] ? (p[1].toLowerCase() as 'early' | 'mid' | 'late') : MONTH_PART_OF[p[2]!.toLowerCase()]) : undefined;
      out.push({ start: s, end: e, grain: 'year', date: { year, month: null, day: null, grain: 'year' }, ...(part ? { partOf: part } : {}) });
      lastYearEnd = e;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Weeks: "last week" is a period (value null, from/to its days); with a weekday beside it
// ("Friday next week", "next week on Sunday") it is that day.

// "next week on Sunday", "last week's Sunday", "previous week - Monday"; "Sunday of/from last week".
let WEEKDAY_SPAN_AFTER_WEEK: RegExp | undefined;
const weekdaySpanAfterWeek = () => {
  const wd = `((?:${alt(WEEKDAYS.keys())})\\b|(?:${alt(Object.keys(lexicon.weekdayAbbreviations))})\\b\\.?)`;
  return (WEEKDAY_SPAN_AFTER_WEEK ??= new RegExp(`^\\s*,?\\s*(?:from|between)\\s+${wd}\\s*(?:to|and|through|thru|until|till|-|–)\\s*${wd}`, 'i'));
};
// A hedge between them keeps them one day: "next week, probably on Wednesday", "next week maybe,
// say on Tuesday", "next week, how about on Friday?".
const WEEKDAY_AFTER_WEEK = new RegExp(
  `^(?:['’]s\\s+|\\s*[,-]?\\s*(?:(?:maybe|perhaps|probably|possibly|preferably|ideally|likely|say|how\\s+about)\\s*,?\\s+){0,2}(?:on\\s+)?)(${alt(WEEKDAYS.keys())})\\b`,
  'i',
);
const WEEKDAY_BEFORE_WEEK = new RegExp(`\\b(${alt(WEEKDAYS.keys())})\\s*,?\\s+(?:(?:of|from)\\s+)?(?:the\\s+)?$`, 'i');

/**
 * "Over the weekend", "at the weekend", "on weekend": the latest Saturday–Sunday on or before the reference
 * (news narrates what happened), the coming one with a future cue or `prefer: 'future'`.
 */
const THE_WEEKEND = /\b(?:over|at|on|during|across|for)\s+(the\s+)?weekend\b(?![-‐'’]\w)(?!\s+of\s)/gi;

function readTheWeekend(norm: string, ref: Ymd | null, prefer: Prefer | undefined): DateAtom[] {
  const out: DateAtom[] = [];
  THE_WEEKEND.lastIndex = 0;
  for (let m; (m = THE_WEEKEND.exec(norm)); ) {
    const end = m.index + m[0].length;
    const start = end - 'weekend'.length - (m[1]?.length ?? 0);
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true });
      continue;
    }
    const future = prefer === 'future' || (prefer !== 'past' && FUTURE.test(norm.slice(Math.max(0, m.index - 40), m.index)));
    const r = dayNumber(ref.year, ref.month, ref.day);
    const [monday] = weekRange(ref, 0);
    const inWeekend = r >= monday + 5;
    const sat = inWeekend ? monday + 5 : future ? monday + 5 : monday - 2;
    out.push({ start, end, grain: 'day', date: dayParts(sat), to: dayParts(sat + 1), noValue: true, relative: true });
  }
  return out;
}

function readWeeks(norm: string, ref: Ymd | null, calendar = false): DateAtom[] {
  const out: DateAtom[] = [];
  WEEK.lastIndex = 0;
  for (let m; (m = WEEK.exec(norm)); ) {
    let start = m.index;
    let end = start + m[0].length;
    const mod = m[1]!.toLowerCase();
    const weekend = m[2]!.toLowerCase() === 'weekend';
    // "this working week", "next workweek": Monday to Friday.
    const workWeek = /^work/i.test(m[2]!);
    // "next week from Tuesday to Thursday", "this week between Wed and Fri": those days of it.
    const span = ref && !/^follow/i.test(m[1]!) ? weekdaySpanAfterWeek().exec(norm.slice(end, end + 48)) : null;
    if (span) {
      const delta = mod === 'next' || mod === 'coming' || mod === 'upcoming' ? 1 : mod === 'this' || mod === 'current' ? 0 : -1;
      const [monday] = weekRange(ref!, delta);
      const off = (w: string) => {
        const k = w.toLowerCase().replace(/\.$/, '');
        return ((WEEKDAYS.get(k) ?? (lexicon.weekdayAbbreviations as Record<string, number>)[k]!) + 6) % 7;
      };
      const [a, b] = [off(span[1]!), off(span[2]!)];
      if (a < b) {
        out.push({ start, end: end + span[0].length, grain: 'day', date: dayParts(monday + a), to: dayParts(monday + b), relative: true });
        continue;
      }
    }
    const after = WEEKDAY_AFTER_WEEK.exec(norm.slice(end, end + 44));
    const from = Math.max(0, start - 20);
    const before = after ? null : WEEKDAY_BEFORE_WEEK.exec(norm.slice(from, start));
    const wd = after?.[1] ?? before?.[1];
    if (after) end += after[0].length;
    if (before) start = from + before.index;
    const grain = 'day';
    // "the following week" follows a narrated event, not the publication; "Monday of the
    // following week" is that week's Monday (build.ts; without one, next week's as for the week).
    if (mod === 'following' && wd) {
      const off = (WEEKDAYS.get(wd.toLowerCase())! + 6) % 7;
      const anaphor = { unit: 'week' as const, delta: 1, weekday: off };
      if (ref) out.push({ start, end, grain, date: dayParts(weekRange(ref, 1)[0] + off), relative: true, anaphor });
      else out.push({ start, end, grain, date: unknownParts(grain), relative: true, unresolved: true, anaphor });
      continue;
    }
    if (!ref || mod === 'following') {
      out.push({ start, end, grain, date: unknownParts(grain), relative: true, unresolved: true, noValue: !wd });
      continue;
    }
    const delta = mod === 'next' || mod === 'coming' || mod === 'upcoming' ? 1 : mod === 'this' || mod === 'current' ? 0 : -1;
    let [a, b] = weekRange(ref, delta);
    if (wd) {
      out.push({ start, end, grain, date: dayParts(a + ((WEEKDAYS.get(wd.toLowerCase())! + 6) % 7)), relative: true });
      continue;
    }
    if (weekend) a += 5;
    else if (workWeek) b = a + 4;
    else if (mod === 'past' && !calendar) {
      // "the past week": the seven days up to the reference, not a calendar week (with
      // `periods: 'calendar'`, last week).
      b = dayNumber(ref.year, ref.month, ref.day);
      a = b - 6;
    }
    out.push({ start, end, grain, date: dayParts(a), to: dayParts(b), noValue: true, relative: true, ...(delta === 1 ? { nextUnit: true } : {}) });
  }
  return out;
}

// Decades ("the 1980s"): a period of years, no single value.
const DECADE = /\b((?:1[0-9]|20)\d0)(?:'?s\b| s(?![\w'’]))/g;
/** Two-digit and written decades after "the": "the '90s", "the 80s", "the seventies", "the nineteen-eighties". */
const SHORT_DECADE = /\b(?:the|in)\s+(?:(?:[‘’']\s?)?([1-9]0)['’]?s|(?:(nineteen|twenty)[-\s]?)?(tens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi;
const DECADE_WORDS: Record<string, number> = { tens: 10, twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

const NOUGHTIES = /\bthe\s+(?:noughties|two\s+thousands)\b(?!\s+of\b)/gi;

function readDecades(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  const year = (n: number) => ({ year: n, month: null, day: null, grain: 'year' as const });
  DECADE.lastIndex = 0;
  for (let m; (m = DECADE.exec(norm)); ) {
    const y = Number(m[1]);
    // "in the 1990 s" (a tokenised "1990s"): the spaced form only after "in"/"the".
    if (m[0].includes(' ') && !/\b(?:in|the)\s+$/i.test(norm.slice(Math.max(0, m.index - 5), m.index))) continue;
    // "the 1980s": the article belongs to the span, as in "the 80s", "the next decade".
    const the = /\bthe\s+$/i.exec(norm.slice(Math.max(0, m.index - 5), m.index));
    out.push({ start: m.index - (the ? the[0].length : 0), end: m.index + m[0].length, grain: 'year', date: year(y), to: year(y + 9), noValue: true });
  }
  // A two-digit decade is the last one of that name not after the reference's decade:
  // "the 80s" are the 1980s, "the 10s" the 2010s (read in 2019), "the 20s" the 1920s.
  const now = ref?.year ?? 2019;
  SHORT_DECADE.lastIndex = 0;
  for (let m; (m = SHORT_DECADE.exec(norm)); ) {
    const d = m[1] ? Number(m[1]) : DECADE_WORDS[m[3]!.toLowerCase()]!;
    const century = m[2] ? (m[2].toLowerCase() === 'nineteen' ? 1900 : 2000) : 2000 + d <= now ? 2000 : 1900;
    if (!m[1] && !m[2] && d === 10) continue; // "the tens" of something
    const y = century + d;
    const lead = /^in\s/i.test(m[0]);
    // "in nineties" (no "the"): a written decade only, or digits with an apostrophe ("in 70's").
    if (lead && !(m[3] || /['’]/.test(m[0]))) continue;
    const start = lead ? m.index + m[0].search(/\s\S/) + 1 : m.index;
    out.push({ start, end: m.index + m[0].length, grain: 'year', date: year(y), to: year(y + 9), noValue: true });
  }
  // "the noughties", "the two thousands": the 2000s (British usage).
  NOUGHTIES.lastIndex = 0;
  if (norm.includes('oughties') || norm.includes('thousands')) for (let m; (m = NOUGHTIES.exec(norm)); ) {
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'year', date: year(2000), to: year(2009), noValue: true });
  }
  CENTURY.lastIndex = 0;
  if (/century/i.test(norm)) for (let m; (m = CENTURY.exec(norm)); ) {
    const c = m[1] ? Number(m[1]) : ORDINAL_WORDS.get(m[2]!.toLowerCase().replace(/[-\s]+/g, ' ')) ?? ORDINAL_WORDS.get(m[2]!.toLowerCase().replace(/\s+/g, '-')) ?? 0;
    if (c < 1 || c > 21) continue;
    const y = (c - 1) * 100;
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'year', date: year(Math.max(1, y)), to: year(y + 99), noValue: true });
  }
  return out;
}

// Day before month ("15 July", "13th of July 2015", "the tenth of September", "28 June in
// 2020"), month before day, month and year, and month names inside all-digit dates.
const ORDINAL_WORDS = (() => {
  const m = new Map<string, number>(Object.entries(lexicon.ordinalDays));
  for (const [tens, t] of Object.entries(lexicon.ordinalTens)) {
    for (const [u, n] of Object.entries(lexicon.ordinalDays)) {
      if (n < 10 && t + n <= 31) {
        m.set(`${tens}-${u}`, t + n);
        m.set(`${tens} ${u}`, t + n);
      }
    }
  }
  return m;
})();
const MONTH_AFTER = new RegExp(`^\\s*(?:of\\s+)?(?:${alt(MONTHS.keys())})\\b`, 'i');
const ORD_ALT = alt([...ORDINAL_WORDS.keys()].map((k) => k.replace(/[- ]/g, '[-\\s]')));
/** Centuries: "the 21st century", "the nineteenth century" (not "19th-century", an adjective). */
const CENTURY = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)|the\\s+(${ORD_ALT}))\\s+century\\b(?![-‐])`, 'gi');
const ordinalValue = (s: string) => (/^\d/.test(s) ? Number(s) : ORDINAL_WORDS.get(s.toLowerCase().replace(/\s+/g, ' ')) ?? null);
/** A written year after a day-month or a month: ", 2019", " 2019", " of 2019", " in 2019". */
const YEAR_TAIL = '(?:(?:\\s*,\\s*|\\s+)(?:of\\s+|in\\s+)?(\\d{4})\\b(?![.,:/-]?\\d|\\s*%))?';
/** Day before month ("2 December", "the 3rd of March"); a day glued to its month only with a year after ("14april 2015"). */
const DAY_MONTH = new RegExp(
  `\\b(?:(?:the\\s+)?(${ORD_ALT})|(\\d{1,2})(?:st|nd|rd|th|\\.(?=\\s+[A-Z]))?)(?:\\s+day)?(?:\\s+of)?(?:\\s+|(?<=\\d)(?=(?:${alt(MONTHS.keys())})\\.?,?\\s*\\d{4}\\b))(${alt(MONTHS.keys())})\\b\\.?${YEAR_TAIL}`,
  'gi',
);
/** Month before day: "Nov 18", "October 2", "Oct2", "March 3rd 2015", "September the twenty-first". */
const MONTH_DAY = new RegExp(
  `\\b(${alt(MONTHS.keys())})(?:\\.\\s*|\\s*|,\\s*(?=\\d{1,2}(?:st|nd|rd|th)\\b))(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|[.,]\\d|\\s*(?:%|[ap]\\.?m\\b))|(${ORD_ALT}))\\b${YEAR_TAIL}`,
  'gi',
);
/** Year and month: "2016 November", "2017, Nov" (no day after). */
const YEAR_MONTH = new RegExp(`(?=\\d)(?<![\\w$€£#.,/-])(\\d{4})\\s*,?\\s+(${alt(MONTHS.keys())})\\b\\.?(?!\\s*\\d)`, 'gi');
/**
 * Month names inside all-digit dates (also right after a weekday: "Friday-Jun-15"): "31-Oct-74", "05/Aug/2016", "2019-aug-01", "Sep-23-2020",
 * "Oct-2", "28-nov", "Dec-2018" (also right after another: "Dec/2018-May/2019"). Groups: day-month-year (1-3), year-month-day (4-6),
 * month-day-year (7-9), month-year (10-11).
 */
const DASH_MONTH = new RegExp(
  `(?=[\\dA-Za-z])(?<![\\p{L}\\p{N}/.])(?:(?<![\\p{N}/.]-)|(?<=\\p{L}[-/]\\d{4}-)(?=\\p{L}+[-/]\\d{4}))(?:(?<!\\p{L}-)|(?<=day-))(?:(\\d{1,2})([-/.])(${alt(MONTHS.keys())})(?:\\2(\\d{4}|\\d{2}))?|(\\d{4})([-/.])(${alt(MONTHS.keys())})\\6(\\d{1,2})|(${alt(MONTHS.keys())})([-/])(\\d{1,2})(?:\\10(\\d{4}|\\d{2}))?|(${alt(MONTHS.keys())})[-/](\\d{4}))(?![\\p{L}\\p{N}]|[-/.]\\p{N})`,
  'giu',
);
/**
 * What every DASH_MONTH match holds (a month name after [-/.] or before [-/]), same flags: a text
 * without it skips DASH_MONTH's scan, which costs ~10× this one (look-behind at every position).
 */
const DASH_MONTH_GATE = new RegExp(`[-/.](?:${alt(MONTHS.keys())})|(?:${alt(MONTHS.keys())})[-/]`, 'iu');
/** Month and year: "November 2019", "June of 1999", "April in 2017", "Sept. 2020". */
const MONTH_YEAR = new RegExp(`\\b(${alt(MONTHS.keys())})\\b\\.?(?:\\s*,\\s*|\\s+)(?:of\\s+|in\\s+)?(\\d{4})\\b(?![.,:/-]?\\d|\\s*%)`, 'gi');

function yearOk(y: number): boolean {
  return y >= 1000 && y <= 2200;
}

function readDayMonths(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  DAY_MONTH.lastIndex = 0;
  for (let m; (m = DAY_MONTH.exec(norm)); ) {
    // Not a part of a number or a time ("10:30 December"), nor a price ("$12 December 27");
    // a colon after a word is punctuation ("says:30 December").
    const before = norm[m.index - 1] ?? '';
    if (/[\d.,/]/.test(before) || (before === ':' && !/\p{L}/u.test(norm[m.index - 2] ?? ''))) continue;
    if (/[$€£]/.test(charBefore(norm, m.index))) continue;
    const name = m[3]!;
    // "the first of march", "the 3rd of may": an ordinal and "of" make the month.
    const ofOrdinal = (!!m[1] || /^\d+(?:st|nd|rd|th)/i.test(m[0])) && /\bof\s+$/i.test(m[0].slice(0, m[0].lastIndexOf(name)));
    if (!ofOrdinal && !monthCaseOk(name, norm.slice(m.index + m[0].lastIndexOf(name) + name.length))) continue;
    // A written ordinal day needs "of" or "the" ("the tenth of September", "first of March").
    if (m[1] && !/\bof\s/i.test(m[0]) && !/^the\s/i.test(m[0])) continue;
    const day = m[1] ? ordinalValue(m[1]) : Number(m[2]);
    const month = MONTHS.get(name.toLowerCase())!;
    let year = m[4] ? Number(m[4]) : null;
    let end = m.index + m[0].length;
    if (year !== null && !yearOk(year)) {
      year = null;
      end = m.index + m[0].lastIndexOf(name) + name.length;
    }
    if (day === null || day < 1 || day > 31) continue;
    // The full stop of an abbreviation ("Dec.") is part of it; after a full name it ends the sentence.
    if (year === null && norm[end - 1] === '.' && FULL_MONTHS.includes(name.toLowerCase())) end--;
    out.push({ start: m.index, end, grain: 'day', date: { year, month, day, grain: 'day' } });
  }
  MONTH_DAY.lastIndex = 0;
  for (let m; (m = MONTH_DAY.exec(norm)); ) {
    const name = m[1]!;
    const month = MONTHS.get(name.toLowerCase())!;
    const day = m[2] ? Number(m[2]) : ordinalValue(m[3]!);
    if (day === null || day < 1 || day > 31) continue;
    // Lower-case "may"/"march" only with a year after the day ("march 3, 2021", "march third 2015").
    // Glued to its day ("mar3", "may12") the word can only be the month.
    if (!/^[A-Z]/.test(name) && (month === 3 || month === 5) && !m[4] && !/^[a-z]+\d/.test(m[0])) continue;
    // Not a month before a year read as a day ("May 20 19") nor a count ("June 5 people").
    let year = m[4] ? Number(m[4]) : null;
    let end = m.index + m[0].length;
    if (year !== null && !yearOk(year)) {
      year = null;
      end = m.index + m[0].length - (m[0].length - m[0].search(/[\s,]*(?:of\s+|in\s+)?\d{4}$/i));
    }
    // "In March first-time buyers", "in May third-party sellers": an ordinal in a hyphenated compound is no day.
    if (m[3] && year === null && /^[-‐]\p{L}/u.test(norm.slice(end, end + 2))) continue;
    // ("The May 12 polls", "its June 5 vote": after a determiner the date is attributive.)
    if (year === null && !DETERMINERS.has(lower(wordBefore(norm, m.index)))) {
      const next = lower(wordAfter(norm, end));
      if (next && /^\s/.test(norm.slice(end, end + 1)) && (COUNT_NOUNS.has(next) || (isPlural(next) && !EVENT_NOUNS.has(next)))) continue;
    }
    out.push({ start: m.index, end, grain: 'day', date: { year, month, day, grain: 'day' } });
  }
  YEAR_MONTH.lastIndex = 0;
  for (let m; (m = YEAR_MONTH.exec(norm)); ) {
    const name = m[2]!;
    const month = MONTHS.get(name.toLowerCase())!;
    const year = Number(m[1]);
    if (!yearOk(year) || (!/^[A-Z]/.test(name) && (month === 3 || month === 5))) continue;
    // "In 2016 May …" is fine; a full month name only, or an abbreviation after a comma.
    if (!FULL_MONTHS.includes(name.toLowerCase()) && !/,/.test(m[0])) continue;
    let end = m.index + m[0].length;
    if (norm[end - 1] === '.' && FULL_MONTHS.includes(name.toLowerCase())) end--;
    out.push({ start: m.index, end, grain: 'month', date: { year, month, day: null, grain: 'month' } });
  }
  DASH_MONTH.lastIndex = 0;
  if (DASH_MONTH_GATE.test(norm)) for (let m; (m = DASH_MONTH.exec(norm)); ) {
    const name = m[3] ?? m[7] ?? m[9] ?? m[13]!;
    const month = MONTHS.get(name.toLowerCase())!;
    const yearText = m[4] ?? m[5] ?? m[12] ?? m[14] ?? null;
    let year = yearText === null ? null : Number(yearText);
    if (year !== null && yearText!.length === 2) {
      const pivot = Math.min(99, 2019 % 100 + 10);
      year += year <= pivot ? 2000 : 1900;
    }
    const dayText = m[1] ?? m[8] ?? m[11] ?? null;
    const day = dayText === null ? null : Number(dayText);
    if (day !== null && (day < 1 || day > 31)) continue;
    if (year !== null && !yearOk(year)) continue;
    const end = m.index + m[0].length;
    if (day === null) out.push({ start: m.index, end, grain: 'month', date: { year, month, day: null, grain: 'month' } });
    else out.push({ start: m.index, end, grain: 'day', date: { year, month, day, grain: 'day' } });
  }
  MONTH_YEAR.lastIndex = 0;
  for (let m; (m = MONTH_YEAR.exec(norm)); ) {
    const name = m[1]!;
    const month = MONTHS.get(name.toLowerCase())!;
    const year = Number(m[2]);
    if (!yearOk(year)) continue;
    if (!/^[A-Z]/.test(name) && (month === 3 || month === 5)) continue;
    // "Jan 2019" after a day is the day's ("3 Jan 2019", read above) — not after the end of
    // a decimal or a time ("6,107.31 August 2019", "10:30 December 2019": the month stays).
    if (/(?:^|[^\d.,:/])\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?$/i.test(norm.slice(Math.max(0, m.index - 10), m.index))) continue;
    // "the end of April 2018": the part's days (DateAtom.partOf).
    const p = /\b(end|beginning|start|middle)\s+of\s+$/i.exec(norm.slice(Math.max(0, m.index - 14), m.index));
    const part = p ? MONTH_PART_OF[p[1]!.toLowerCase()] : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'month', date: { year, month, day: null, grain: 'month' }, ...(part ? { partOf: part } : {}) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A month named alone

const MONTH_ALONE = new RegExp(`\\b(?:(mid|early|late)-)?(${alt(MONTHS.keys())})\\b(?!\\.\\w)`, 'gi');
/** A month right after: the first month of a period of months ("June-August 1992", "Sep to Nov"). */
const MONTH_PERIOD_AFTER = new RegExp(`^\\.?\\s*(?:-|–|~|to|through|thru|until|till)\\s*(?:${alt(MONTHS.keys())})\\b`, 'i');

/** Words of a yearly recurrence around a pair of months (see readMonths). */
const RECURRENCE = /\b(?:seasons?|each\s+year|every\s+year|annually|yearly|usually|typically|normally|traditionally)\b/i;
/** "… and June" closing a pair of months, with no year or day after it (see readMonths). */
const BARE_MONTH_PAIR_AFTER = new RegExp(`^\\s+and\\s+(?:${alt(MONTHS.keys())})\\b(?!\\.?\\s*,?\\s*(?:\\d|of\\s+(?:this|last|next|the)\\b|(?:this|last|next)\\s+year\\b))`, 'i');

let BARE_MONTH_TO_AFTER: RegExp | undefined;
const bareMonthToAfter = () =>
  (BARE_MONTH_TO_AFTER ??= new RegExp(`^\\s*(?:to|through|thru|until|till|-|–)\\s*(?:${alt(MONTHS.keys())})\\b(?!\\.?\\s*,?\\s*(?:\\d|of\\s+(?:this|last|next|the)\\b|(?:this|last|next)\\s+year\\b))`, 'i'));

function readMonths(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  let lastEnd = -1;
  MONTH_ALONE.lastIndex = 0;
  for (let m; (m = MONTH_ALONE.exec(norm)); ) {
    const s = m.index;
    const e = s + m[0].length;
    const month = MONTHS.get(m[2]!.toLowerCase())!;
    // Lower-case "may"/"march" are the verb and the noun.
    if ((month === 3 || month === 5) && !/^[A-Z]/.test(m[2]!)) continue;
    // A day or a year beside it makes a longer atom (a full date) that wins the overlap.
    const pw = wordBefore(norm, s);
    const prev = lower(pw);
    let start = s;
    let ok = !!m[1];
    let mode: 'last' | 'next' | 'this' | null = null;
    // "late March", "mid-July", "the end of April": the part's days (DateAtom.partOf).
    let part: DateAtom['partOf'] = m[1] ? (m[1].toLowerCase() as 'early' | 'mid' | 'late') : undefined;
    // An abbreviation ("Sep", "Nov") alone is also a name or a word ("Jan Egeland", "Jan's"):
    // not before an apostrophe or a capitalised word, and not run into a word ("Sept.X").
    const abbr = !FULL_MONTHS.includes(m[2]!.toLowerCase());
    const periodStart = MONTH_PERIOD_AFTER.test(norm.slice(e, e + 20));
    // Lower-case after "in" too ("in dec", "in sept"), but never "mar" (a verb).
    if (abbr && !/^[A-Z]/.test(m[2]!) && !['last', 'next', 'this'].includes(prev) && (prev !== 'in' || month === 3)) continue;
    if (abbr && /^(?:\.?\s*[A-Z]|['’])/.test(norm.slice(e, e + 3))) continue;
    // "during the dry season, between December and June", "each year between May and
    // September": with no year and no part, beside a word of recurrence, a season of every
    // year, not a period of dates ("what will happen between August and October" is one).
    if (prev === 'between' && !m[1] && BARE_MONTH_PAIR_AFTER.test(norm.slice(e, e + 40)) && RECURRENCE.test(norm.slice(Math.max(0, s - 80), e + 60))) continue;
    // "the rainy season, which runs from June to September": the same, with "from … to".
    if (prev === 'from' && !m[1] && RECURRENCE.test(norm.slice(Math.max(0, s - 80), s)) && bareMonthToAfter().test(norm.slice(e, e + 40))) continue;
    if (!ok && pw) {
      if (prev === 'last' || prev === 'next' || prev === 'this') {
        mode = prev;
        start = pw.start;
        ok = true;
      } else if (prev === 'early' || prev === 'late' || prev === 'mid') {
        start = pw.start;
        ok = true;
        part = prev;
      } else if (prev === 'of') {
        const head = wordBefore(norm, pw.start);
        ok = MONTH_OF_HEADS.has(lower(head));
        part = MONTH_PART_OF[lower(head)];
        // "the month of May" is the month: the words belong to its span.
        if (head && lower(head) === 'month') {
          const the = /\bthe\s+$/i.exec(norm.slice(Math.max(0, head.start - 4), head.start));
          start = head.start - (the ? the[0].length : 0);
          ok = true;
        }
      } else if (MONTH_BEFORE.has(prev) || comparativeBefore(norm, pw, prev)) {
        ok = true;
      } else if (prev === 'the' && !abbr && MONTH_BEFORE.has(lower(wordBefore(norm, pw.start)))) {
        // "in the April elections", "by the June deadline": still that month.
        ok = true;
      } else if (prev === 'the' && !abbr && EVENT_NOUNS.has(wordAfter(norm, e)?.text ?? '')) {
        // "The October protests", "the March vote": a month naming an event (a lower-case event
        // noun: "the October Revolution" is a proper name, not this year's).
        ok = true;
      } else if ((prev === 'and' || prev === 'or' || prev === 'to' || prev === 'through' || prev === 'thru' || prev === 'until' || prev === 'till') && lastEnd >= 0 && s - lastEnd <= 10) {
        ok = true;
      }
    }
    if (!ok && lastEnd >= 0 && s - lastEnd <= 3 && /^\s*[-–~]\s*$/.test(norm.slice(lastEnd, s))) ok = true;
    if (!ok && periodStart && !/^[a-z]/.test(m[2]!)) ok = true;
    // "June next year", "March last year": the year after it makes it a date (withRelativeYears).
    if (!ok && !abbr && REL_YEAR_AFTER.test(norm.slice(e, e + 30))) ok = true;
    if (!ok) continue;
    lastEnd = e;
    if (mode) {
      const date: CalendarParts = ref
        ? { year: relativeMonthYear(ref, month, mode), month, day: null, grain: 'month', inferred: true }
        : { year: null, month, day: null, grain: 'month' };
      out.push({ start, end: e, grain: 'month', date, relative: true, named: true, unresolved: !ref });
    } else {
      // A year right after it is its own ("late March 2015", "early January, 2016"): with the
      // part word in front this atom is as long as MONTH_YEAR's "March 2015" and starts first.
      const yt = MONTH_YEAR_TAIL.exec(norm.slice(e, e + 14));
      const year = yt && yearOk(Number(yt[1])) ? Number(yt[1]) : null;
      out.push({ start, end: year !== null ? e + yt![0].length : e, grain: 'month', date: { year, month, day: null, grain: 'month' }, ...(part ? { partOf: part } : {}) });
    }
  }
  return out;
}

const MONTH_PART_OF: Record<string, DateAtom['partOf']> = { end: 'end', beginning: 'early', start: 'early', middle: 'mid' };
const YEAR_PART_BEFORE = /(?:\b(early|mid|late)(?:\s+|\s*-\s*)(?:in\s+)?|\b(end|beginning|start|middle)\s+of\s+(?:the\s+year\s+)?)$/i;

/** A year after a month, as MONTH_YEAR reads it. */
const MONTH_YEAR_TAIL = /^\.?(?:\s*,\s*|\s+)(?:of\s+|in\s+)?(\d{4})\b(?![.,:/-]?\d|\s*%)/;

// ---------------------------------------------------------------------------------------------
// Month and day without a year ("2/15", "4.22"), only when the caller asks (shortNumeric).

function readShort(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  SHORT_NUMERIC.lastIndex = 0;
  for (let m; (m = SHORT_NUMERIC.exec(norm)); ) {
    const d = readShortNumeric(m[1]!, m[2]!, m[3]!, 'mdy');
    if (!d) continue;
    // "at 4.22" is a clock time; "1/4 hour", "3-4 pm", "9h30 - 11h" are times or quantities.
    if (d.year === null && /\bat\s+$/i.test(norm.slice(Math.max(0, m.index - 4), m.index))) continue;
    const end = m.index + m[0].length;
    if (shortNumericGlued(norm, m.index, end) || /^\s*(?:hours?|hrs?|h|mins?|minutes?|[ap]\.?m\b|o'clock)\b/i.test(norm.slice(end, end + 10))) continue;
    const grain: DateGrain = d.day === null ? 'month' : 'day';
    out.push({ start: m.index, end: m.index + m[0].length, grain, date: { ...d, grain } });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Offsets from the reference: "3 days ago", "two weeks from now", "a month ago", "three
// months hence", "two days after tomorrow", "4 days before yesterday", "in a week" (the last
// only with a future cue in the clause or when the caller prefers the future: "the highest in
// two weeks" looks back). Days, weeks and months give a day (the expression counts from the
// reference day); years give a year ("two years ago": news rarely means the very day), but
// counted from a day named ("3 years from today") a day.

const OFFSET = new RegExp(
  `\\b(?:(in|within)\\s+)?(?:(${alt(COUNT_WORDS.keys())}|\\d{1,3})\\s+|(a|an)\\s+)?(day|week|fortnight|month|year|decade)s?\\b(?:['’]s?\\s+time\\b)?(?:\\s+(ago|back|hence|from\\s+(?:now|today|tomorrow|tmrw|yesterday)|(?:after|before)\\s+(?:today|tomorrow|tmrw|yesterday)))?`,
  'gi',
);
/** A count of a larger unit right before an offset: "2 years " in "2 years 1 month 21 days ago". */
const OFFSET_CHUNK_BEFORE = new RegExp(`\\b(\\d{1,3}|${alt(COUNT_WORDS_KEYS.filter((k) => !/^(?:few|a few|several)$/.test(k)))})\\s+(day|week|fortnight|month|year)s?\\s*(?:,\\s*|\\s+and\\s+|\\s+)$`, 'i');
const ROLLING_BEFORE_CHUNK = /\b(?:last|past|previous|next|coming|upcoming|following)\s+$/i;
const BASE_SHIFT: Record<string, number> = { now: 0, today: 0, tomorrow: 1, tmrw: 1, yesterday: -1 };
/** A count of a smaller unit right after one: " 1 month 12 days" in "within 5 years 1 month 12 days". */
const OFFSET_CHUNK_AFTER = new RegExp(`^(?:\\s*,\\s*|\\s+and\\s+|\\s+)(\\d{1,3}|${alt(COUNT_WORDS_KEYS.filter((k) => !/^(?:few|a few|several)$/.test(k)))})\\s+(week|fortnight|month|day)s?\\b`, 'i');
const UNIT_ORDER: readonly string[] = ['year', 'month', 'fortnight', 'week', 'day'];

/**
 * Counts of larger units written before an offset ending at `end` ("2 years 1 month 21 days
 * ago", "1 month and 21 days later"): at most three, in the order written, and where the first
 * of them starts. A count after "the last" belongs to a rolling period ("for the last 3 months
 * and 2 days ago") and stops the run.
 */
function countsBefore(norm: string, end: number): { counts: Array<[number, OffsetUnit]>; from: number } {
  const counts: Array<[number, OffsetUnit]> = [];
  let from = end;
  for (let k = 0; k < 3; k++) {
    const c = OFFSET_CHUNK_BEFORE.exec(norm.slice(Math.max(0, from - 32), from));
    if (!c) break;
    const at = from - c[0].length;
    if (ROLLING_BEFORE_CHUNK.test(norm.slice(Math.max(0, at - 12), at))) break;
    const cn = /^\d/.test(c[1]!) ? Number(c[1]) : COUNT_WORDS.get(c[1]!.toLowerCase()) ?? 1;
    const cu = c[2]!.toLowerCase();
    counts.unshift(cu === 'fortnight' ? [2 * cn, 'week'] : [cn, cu as OffsetUnit]);
    from = at;
  }
  return { counts, from };
}

/**
 * The day `d` moved by `n` `unit`s and by the counts of smaller units written right after `end`
 * ("5 years 1 month 12 days"), and where they end.
 */
function offsetWithChunks(norm: string, end: number, d: Ymd, n: number, unit: OffsetUnit): { to: CalendarParts; end: number } {
  let p = offsetParts(d, n, unit);
  let last = UNIT_ORDER.indexOf(unit);
  for (let k = 0; k < 3; k++) {
    const c = OFFSET_CHUNK_AFTER.exec(norm.slice(end, end + 32));
    if (!c) break;
    const cu = c[2]!.toLowerCase();
    if (UNIT_ORDER.indexOf(cu) <= last) break;
    last = UNIT_ORDER.indexOf(cu);
    const cn = /^\d/.test(c[1]!) ? Number(c[1]) : COUNT_WORDS.get(c[1]!.toLowerCase()) ?? 1;
    p = offsetParts({ year: p.year!, month: p.month!, day: p.day! }, cu === 'fortnight' ? 2 * cn : cn, cu === 'fortnight' ? 'week' : (cu as OffsetUnit));
    end += c[0].length;
  }
  return { to: p, end };
}

const MONTH_BEFORE_OFFSET = /\b([A-Z][a-z]{2,8})\s+$/;

function readOffsets(norm: string, ref: Ymd | null, prefer: Prefer | undefined): DateAtom[] {
  const out: DateAtom[] = [];
  OFFSET.lastIndex = 0;
  for (let m; (m = OFFSET.exec(norm)); ) {
    const inWord = m[1]?.toLowerCase();
    const tail = m[5]?.toLowerCase().replace(/\s+/g, ' ');
    const countText = m[2] ?? m[3];
    if (!countText) continue;
    // "within 5 days", "less than 2 weeks from today": the days from the reference (or the day
    // named) up to that offset — only ahead of it (a future cue, or `prefer: 'future'`, without
    // a tail): "within two years, the firm had collapsed" is narrative.
    const lessThan = !inWord && /\bless\s+than\s+$/i.test(norm.slice(Math.max(0, m.index - 12), m.index));
    const within = inWord === 'within' || lessThan;
    const futureCue = prefer === 'future' || FUTURE.test(norm.slice(Math.max(0, m.index - 40), m.index));
    if (within && (tail ? !/^(?:from|after)\s/.test(tail) : !futureCue)) continue;
    if (!within && !tail && !inWord) continue;
    // "in a week's time" says the future itself.
    if (inWord && !tail && !futureCue && !/['’]s?\s+time$/i.test(m[0])) continue;
    const start = lessThan ? m.index - norm.slice(Math.max(0, m.index - 12), m.index).match(/less\s+than\s+$/i)![0].length : tail && !within ? m.index + (m[1] ? m[1].length + 1 : 0) : m.index;
    const end = m.index + m[0].length;
    const count = /^\d/.test(countText) ? Number(countText) : COUNT_WORDS.get(countText.toLowerCase().replace(/\s+/g, ' ')) ?? 1;
    let unit = m[4]!.toLowerCase() as OffsetUnit | 'fortnight' | 'decade';
    let n = count;
    if (unit === 'fortnight') {
      unit = 'week';
      n *= 2;
    } else if (unit === 'decade') {
      unit = 'year';
      n *= 10;
    }
    const sign = tail === 'ago' || tail === 'back' || tail?.startsWith('before') ? -1 : 1;
    const base = tail ? BASE_SHIFT[tail.split(' ').pop()!] ?? 0 : 0;
    // Counts of larger units before it: "2 years 1 month 21 days ago", "1 month and 21 days ago".
    const chunks = tail && !within ? countsBefore(norm, start) : { counts: [], from: start };
    const more = chunks.counts;
    const from = chunks.from;
    // Counted from a day named ("3 years from today", "a year after tomorrow"): a day.
    const grain = unit === 'year' && !/\b(?:today|tomorrow|tmrw|yesterday)$/.test(tail ?? '') && more.length === 0 ? 'year' : 'day';
    if (!ref) {
      out.push({ start: from, end, grain, date: unknownParts(grain), relative: true, unresolved: true, ...(within ? { noValue: true } : {}) });
      continue;
    }
    const r = dayNumber(ref.year, ref.month, ref.day) + base;
    const d = dayParts(r);
    if (more.length) {
      const order: OffsetUnit[] = ['year', 'month', 'week', 'day'];
      const steps = [...more, [n, unit] as [number, OffsetUnit]].sort((a, b) => order.indexOf(a[1]) - order.indexOf(b[1]));
      let p: CalendarParts = d;
      for (const [cnt, u] of steps) p = offsetParts({ year: p.year!, month: p.month!, day: p.day! }, sign * cnt, u);
      out.push({ start: from, end, grain: 'day', date: p, relative: true });
      continue;
    }
    if (within) {
      // "within 5 years 1 month 12 days": the smaller units after it count too.
      const w = tail ? { to: offsetParts({ year: d.year!, month: d.month!, day: d.day! }, n, unit), end } : offsetWithChunks(norm, end, { year: d.year!, month: d.month!, day: d.day! }, n, unit);
      out.push({ start, end: w.end, grain: 'day', date: d, to: w.to, noValue: true, relative: true });
      continue;
    }
    // "March in a year", "June in two years": that month of the year counted (a capitalised month name).
    const month = grain === 'year' && inWord === 'in' ? MONTH_BEFORE_OFFSET.exec(norm.slice(Math.max(0, start - 12), start)) : null;
    if (month && MONTHS.has(month[1]!.toLowerCase())) {
      const mo = MONTHS.get(month[1]!.toLowerCase())!;
      out.push({ start: start - month[0].length, end, grain: 'month', date: { year: ref.year + n, month: mo, day: null, grain: 'month', inferred: true }, relative: true });
      continue;
    }
    const date = grain === 'year' ? yearParts(ref.year + sign * n) : offsetParts({ year: d.year!, month: d.month!, day: d.day! }, sign * n, unit);
    out.push({ start, end, grain, date, relative: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rolling periods: "the last three days", "the past 2 years", "the next two weeks" — the days
// from the reference shifted by the count up to the day before it (past) or from the day
// after it (future). A period (value null, from/to as days). "The following N days" follows a
// narrated event: unresolved.

const ROLLING_MOD = 'last|past|previous|next|coming|following|upcoming';
const ROLLING = new RegExp(
  `\\b(?:(${ROLLING_MOD})\\s+(${alt(COUNT_WORDS.keys())}|\\d{1,3})|(\\d{1,3}|${alt(COUNT_WORDS_KEYS.filter((k) => !/^(?:an?|few|a few|several)$/.test(k)))})\\s+(${ROLLING_MOD}))(?:\\s+(day|week|month|year|quarter|decade)(s)?\\b|(?<=\\d)(day|week|month|year)s?\\b(?![-‐]))`,
  'gi',
);

/** "The past fortnight", "the next fortnight": the 14 days before / after the reference. */
const ROLLING_FORTNIGHT = /\b(last|past|previous|next|coming|upcoming)\s+fortnight\b/gi;

const PAST_DAY = /\bpast\s+day\b(?![-‐'’]\w)(?!\s+(?:or|and)\s+(?:so|two)\b)/gi;

function readRolling(norm: string, ref: Ymd | null, calendar = false): DateAtom[] {
  const out: DateAtom[] = [];
  if (ref && /fortnight/i.test(norm)) {
    ROLLING_FORTNIGHT.lastIndex = 0;
    const r = dayNumber(ref.year, ref.month, ref.day);
    for (let m; (m = ROLLING_FORTNIGHT.exec(norm)); ) {
      const future = /^(?:next|coming|upcoming)$/i.test(m[1]!);
      const [a, b] = future ? [r + 1, r + 14] : [r - 14, r - 1];
      out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: dayParts(a), to: dayParts(b), noValue: true, relative: true });
    }
  }
  // "Over the past day": the day before the reference, as "the past 3 days" end there.
  if (ref && /past\s+day\b/i.test(norm)) {
    PAST_DAY.lastIndex = 0;
    const r = dayNumber(ref.year, ref.month, ref.day);
    for (let m; (m = PAST_DAY.exec(norm)); ) out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: dayParts(r - 1), relative: true });
  }
  ROLLING.lastIndex = 0;
  for (let m; (m = ROLLING.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    // "The last two decades of his life", "the final three years of the war": a narrated span, not ours.
    if (/^\s+of\s+(?:his|her|their|its|the|a|an|this|that)\b/i.test(norm.slice(end, end + 12))) continue;
    // "the last three days", or count first: "the 5 upcoming years", "the 10 previous weeks".
    const mod = (m[1] ?? m[4])!.toLowerCase();
    const countText = (m[2] ?? m[3])!.toLowerCase().replace(/\s+/g, ' ');
    const n = /^\d/.test(countText) ? Number(countText) : COUNT_WORDS.get(countText)!;
    if (n < 1) continue;
    // A unit in the singular only after "upcoming" ("two upcoming week"): "the top 10 next week" counts no weeks.
    if (m[5] && !m[6] && mod !== 'upcoming') continue;
    const unitWord = (m[5] ?? m[7])!.toLowerCase();
    // "The following 2 quarters" follow a narrated date; without one, the next ones (a fallback
    // build.ts drops after a narrated date, as "the following year").
    const following = mod === 'following' && !!ref && /\bthe\s+$/i.test(norm.slice(Math.max(0, start - 4), start));
    if (!ref || (mod === 'following' && !following)) {
      const the = unitWord === 'decade' ? /\bthe\s+$/i.exec(norm.slice(Math.max(0, start - 4), start)) : null;
      out.push({ start: start - (the ? the[0].length : 0), end, grain: unitWord === 'decade' ? 'year' : unitWord === 'quarter' ? 'month' : 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true });
      continue;
    }
    const future = mod === 'next' || mod === 'coming' || mod === 'upcoming' || following;
    const fb = following ? { fallback: true } : {};
    // "within the next 3 years": from the reference itself.
    // (Not before a base of its own: "within the next 2 weeks after tomorrow" counts from tomorrow.)
    const within =
      future && !/^\s+(?:before|after|from)\s/i.test(norm.slice(end, end + 8)) ? /\bwithin\s+(?:the\s+)?$/i.exec(norm.slice(Math.max(0, start - 12), start)) : null;
    // Quarters and decades are calendar units: "the last 2 quarters" are the two before the
    // reference's quarter, "the next decade" the 2020s said in 2019.
    if (unitWord === 'quarter') {
      const k = ref.year * 4 + Math.floor((ref.month - 1) / 3);
      // ("The upcoming two quarters" with `periods: 'calendar'`: the second one from now.)
      const [a, b] = calendar && mod === 'upcoming' ? [k + n, k + n] : future ? [k + 1, k + n] : [k - n, k - 1];
      const q = (x: number): CalendarParts => ({ year: Math.floor(x / 4), month: (x % 4) * 3 + 1, day: null, grain: 'month', inferred: true });
      out.push({ start, end, grain: 'month', date: q(a), to: { ...q(b), month: q(b).month! + 2 }, noValue: true, relative: true, ...fb });
      continue;
    }
    if (unitWord === 'decade') {
      const d = Math.floor(ref.year / 10) * 10;
      const [a, b] = future ? [d + 10, d + 10 * n + 9] : [d - 10 * n, d - 1];
      const the = /\bthe\s+$/i.exec(norm.slice(Math.max(0, start - 4), start));
      out.push({ start: start - (the ? the[0].length : 0), end, grain: 'year', date: yearParts(a), to: yearParts(b), noValue: true, relative: true, ...fb });
      continue;
    }
    const unit = unitWord as OffsetUnit;
    const r = dayNumber(ref.year, ref.month, ref.day);
    // With `periods: 'calendar'` (calendar assistants): whole units before or after the
    // reference's own ("the last 2 weeks" = the two Monday–Sunday weeks before this one), and
    // "the upcoming two weeks" names the second unit from now, as Duckling reads them.
    if (calendar && !within) {
      const cal = calendarUnits(ref, unit, n, mod === 'upcoming' ? 'nth' : future ? 'next' : 'last');
      out.push({ start, end, ...cal, relative: true, ...fb });
      continue;
    }
    if (within) {
      const w = offsetWithChunks(norm, end, ref, n, unit);
      out.push({ start: start - within[0].length, end: w.end, grain: 'day', date: dayParts(r), to: w.to, noValue: true, relative: true });
      continue;
    }
    const date = future ? dayParts(r + 1) : offsetParts(ref, -n, unit);
    const to = future ? offsetParts(ref, n, unit) : dayParts(r - 1);
    out.push({ start, end, grain: 'day', date, to, noValue: true, relative: true, ...fb });
  }
  return out;
}

/**
 * `n` calendar units around the reference's own: the `n` before it ('last'), after it ('next'),
 * or the `n`th after it alone ('nth': a day, week, month or year with its own value).
 */
function calendarUnits(ref: Ymd, unit: OffsetUnit, n: number, side: 'last' | 'next' | 'nth'): Pick<DateAtom, 'grain' | 'date' | 'to' | 'noValue'> {
  const r = dayNumber(ref.year, ref.month, ref.day);
  const [a, b] = side === 'last' ? [-n, -1] : side === 'next' ? [1, n] : [n, n];
  if (unit === 'day') return a === b ? { grain: 'day', date: dayParts(r + a) } : { grain: 'day', date: dayParts(r + a), to: dayParts(r + b), noValue: true };
  if (unit === 'week') {
    const [monday] = weekRange(ref, 0);
    return { grain: 'day', date: dayParts(monday + 7 * a), to: dayParts(monday + 7 * b + 6), noValue: true };
  }
  if (unit === 'month') {
    const [x, y] = [monthParts(ref, a), monthParts(ref, b)];
    return a === b ? { grain: 'month', date: x } : { grain: 'month', date: x, to: y, noValue: true };
  }
  return a === b ? { grain: 'year', date: yearParts(ref.year + a) } : { grain: 'year', date: yearParts(ref.year + a), to: yearParts(ref.year + b), noValue: true };
}

// Business days ("the next 4 business days", "the past three working days", "within five
// business days", "in 10 working days"): Monday to Friday, counted from the reference (public
// holidays are not known). A rolling period of the N weekdays after / before the reference;
// "within" runs from the reference to the Nth; "in" names the Nth (a day). Compiled on first use.
let BUSINESS_DAYS: RegExp | undefined;
const businessDays = () =>
  (BUSINESS_DAYS ??= new RegExp(
    `\\b(?:(?:the\\s+)?(last|past|previous|next|coming|upcoming)|(within(?:\\s+the\\s+next)?|in))\\s+(${alt(COUNT_WORDS_KEYS.filter((k) => !/^(?:an?|few|a few|several|couple|a couple of|couple of)$/.test(k)))}|\\d{1,3})\\s+(?:business|working|work)\\s+days\\b`,
    'gi',
  ));

/** The `n`th weekday (Monday–Friday) after (`step` 1) or before (-1) day number `r`. */
function nthWeekday(r: number, n: number, step: 1 | -1): number {
  let d = r;
  for (let k = 0; k < n; ) {
    d += step;
    const w = weekdayOf(d);
    if (w !== 0 && w !== 6) k++;
  }
  return d;
}

function readBusinessDays(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  if (!norm.includes(' days') || !(norm.includes('usiness') || norm.includes('orking') || norm.includes('ork days'))) return out;
  const re = businessDays();
  re.lastIndex = 0;
  for (let m; (m = re.exec(norm)); ) {
    let start = m.index;
    const end = start + m[0].length;
    const countText = m[3]!.toLowerCase().replace(/\s+/g, ' ');
    const n = /^\d/.test(countText) ? Number(countText) : COUNT_WORDS.get(countText)!;
    if (!(n >= 1 && n <= 366)) continue;
    const mod = (m[1] ?? m[2])!.toLowerCase().replace(/\s+/g, ' ');
    if (m[1]) start += /^(?:the\s+)?/i.exec(m[0])![0].length;
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, ...(mod === 'in' ? {} : { noValue: true }) });
      continue;
    }
    const r = dayNumber(ref.year, ref.month, ref.day);
    if (mod === 'in') out.push({ start, end, grain: 'day', date: dayParts(nthWeekday(r, n, 1)), relative: true });
    else if (mod.startsWith('within')) out.push({ start, end, grain: 'day', date: dayParts(r), to: dayParts(nthWeekday(r, n, 1)), noValue: true, relative: true });
    else {
      const future = mod === 'next' || mod === 'coming' || mod === 'upcoming';
      const [a, b] = future ? [nthWeekday(r, 1, 1), nthWeekday(r, n, 1)] : [nthWeekday(r, n, -1), nthWeekday(r, 1, -1)];
      out.push({ start, end, grain: 'day', date: dayParts(a), to: dayParts(b), noValue: true, relative: true });
    }
  }
  return out;
}

// Parts of a week, month or year named from the reference: "early next week", "the end of
// the month", "late last year", "the beginning of this week", "the rest of the year". A
// period of days (extract/dates/relative.ts unitPart); a month or a year keeps its value.
// A written month or year with a part ("late March", "the end of 2012") stays that month or
// year: that is the precision news report and compare.

const UNIT_PART = /\b(?:(early|mid|late|earlier|later)[\s-]+(?:in\s+)?|(?:the\s+)?(beginning|start|middle|end|rest|remainder|remaining)\s+of\s+)(?:(?:around\s+)?(this|next|last|the\s+following|the|current|coming|previous|past|following|upcoming|my|our|your)\s+)?(week|month|year)\b(?![-‐]\w)/gi;
const PART_OF: Record<string, UnitPart> = { early: 'early', beginning: 'early', start: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'end', rest: 'rest', remainder: 'rest', remaining: 'rest', earlier: 'early', later: 'late' };

function readUnitParts(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  UNIT_PART.lastIndex = 0;
  for (let m; (m = UNIT_PART.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    const part = PART_OF[(m[1] ?? m[2])!.toLowerCase()]!;
    const mod = (m[3] ?? 'the').toLowerCase().replace(/^the\s+following$/, 'following');
    const unit = m[4]!.toLowerCase() as CalendarUnit;
    // "late in the year" is fine, "early in the week" too; "the end of a week" is not one week.
    if (!m[3] && !/^(?:early|mid|late)/i.test(m[0]) && !/\bof\s+(?:week|month|year)\b/i.test(m[0])) continue;
    const grain = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
    // "The beginning of the following week", "the end of following week": that part of the week
    // after the day narrated before it (build.ts), else of the week after the reference's (as
    // "the following week"). "The end of the following year" stays the year anaphor's.
    if (mod === 'following' && unit === 'week') {
      const part = PART_OF[(m[1] ?? m[2])!.toLowerCase()]!;
      if (part === 'rest' || /^(?:earlier|later)$/i.test(m[1] ?? '')) continue;
      const anaphor = { unit: 'week' as const, delta: 1, part };
      if (!ref) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true, anaphor });
      else {
        const [a, b] = unitPart(weekRange(ref, 1)[0], 'week', part, Number.NEGATIVE_INFINITY);
        out.push({ start, end, grain: 'day', date: dayParts(a), to: dayParts(b), relative: true, noValue: true, anaphor });
      }
      continue;
    }
    if (/\s/.test(m[3] ?? '')) continue;
    if (!ref || mod === 'following') {
      out.push({ start, end, grain, date: unknownParts(grain), relative: true, unresolved: true, noValue: unit === 'week' });
      continue;
    }
    const delta = mod === 'next' || mod === 'coming' || mod === 'upcoming' ? 1 : mod === 'last' || mod === 'previous' || mod === 'past' ? -1 : 0;
    const r = dayNumber(ref.year, ref.month, ref.day);
    const anchor = unit === 'week' ? r + 7 * delta : unit === 'month' ? dayNumber(monthParts(ref, delta).year!, monthParts(ref, delta).month!, 1) : dayNumber(ref.year + delta, 1, 1);
    let [a, b] = unitPart(anchor, unit, part, r);
    // "earlier this week/month/year": up to the day before the reference; "later this …": from
    // the reference on (for a week, late in it: Thursday at the earliest).
    const word = (m[1] ?? '').toLowerCase();
    if (delta === 0 && (word === 'earlier' || word === 'later')) [a, b] = earlierLater(anchor, unit, word, r);
    const from = dayParts(a);
    const to = dayParts(b);
    if (unit === 'week') {
      out.push({ start, end, grain: 'day', date: from, to, noValue: true, relative: true });
    } else {
      // value = the month or year (the mention's grain); from/to = its part, as days.
      out.push({ start, end, grain, date: from, to, relative: true });
    }
  }
  // The business abbreviations, capitals only: "by EOY" (end of the year), "BOM" (beginning of
  // the month), "EOW" (end of the week), as their written-out forms.
  ABBR_PART.lastIndex = 0;
  if (ref && /\b[EB]O[WMY]\b/.test(norm)) for (let m; (m = ABBR_PART.exec(norm)); ) {
    const unit = ({ W: 'week', M: 'month', Y: 'year' } as const)[m[2]! as 'W' | 'M' | 'Y'];
    const part: UnitPart = m[1] === 'E' ? 'end' : 'early';
    const r = dayNumber(ref.year, ref.month, ref.day);
    const anchor = unit === 'week' ? r : unit === 'month' ? dayNumber(ref.year, ref.month, 1) : dayNumber(ref.year, 1, 1);
    const [a, b] = unitPart(anchor, unit, part, r);
    const grain = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
    out.push({ start: m.index, end: m.index + m[0].length, grain, date: dayParts(a), to: dayParts(b), relative: true, ...(unit === 'week' ? { noValue: true } : {}) });
  }
  return out;
}
const ABBR_PART = /\b([EB])O([WMY])\b/g;

// "Now" ending a period ("from 2015 to date", "between March and now", "until the present",
// "1 August to today"):
// the reference day, read only there so that the period can close on it.
const NOW_END = /\b(?:to|until|till|through|and)\s+((?:the\s+)?present(?:\s+day)?|now|today(?![-'’]\w)|date|current\s+date)\b/gi;

/** "Now" opening a period: "between now and May 21", "from now until the vote". */
const NOW_START = /\b(?:between|from)\s+(now|today)\s+(?:and|to|until|till|through)\s/gi;

function readNowEnds(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  // Without a reference "now" is still the end of the period, unresolved.
  const now = (): Pick<DateAtom, 'date' | 'unresolved'> => (ref ? { date: dayParts(dayNumber(ref.year, ref.month, ref.day)) } : { date: unknownParts('day'), unresolved: true });
  NOW_START.lastIndex = 0;
  if (norm.includes('now') || /today/i.test(norm)) for (let m; (m = NOW_START.exec(norm)); ) {
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
    out.push({ start, end: start + m[1]!.length, grain: 'day', ...now(), relative: true, startOnly: true });
  }
  NOW_END.lastIndex = 0;
  for (let m; (m = NOW_END.exec(norm)); ) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    out.push({ start, end, grain: 'day', ...now(), relative: true, endOnly: true });
  }
  return out;
}

// Months, years and weeks named from the reference: "the previous
// month", "the coming year", "current year", "last yr", "the week/month/year after next",
// "Friday after next", "the day after tomorrow", "the day before yesterday", "tmrw".
const REL_UNIT = /\b(this|next|last|coming|upcoming|previous|past|current)\s+(?:calendar\s+)?(month|year|yr|decade)\b(?![-‐]\w)/gi;
const AFTER_NEXT = new RegExp(`\\b(?:the\\s+)?(week(?:end)?|month|year|${alt(WEEKDAYS.keys())}|${alt(FULL_MONTHS)})\\s+(after\\s+(?:the\\s+)?next|before\\s+last)\\b`, 'gi');
/** What every AFTER_NEXT match holds: a text without it skips the scan. */
const AFTER_NEXT_GATE = /\s(?:after\s+(?:the\s+)?next|before\s+last)\b/i;
const YEAR_TO_DATE = /\b(?:(?:the\s+)?year[-\s]to[-\s]date|YTD)\b/gi;
const DAY_AROUND = /\b(?:the\s+)?day\s+(after|before)\s+(tomorrow|tmrw|yesterday)\b|\b(tmrw)\b/gi;

function readRelUnits(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  const unresolved = (start: number, end: number, grain: DateGrain, noValue = false): DateAtom => ({
    start,
    end,
    grain,
    date: unknownParts(grain),
    relative: true,
    unresolved: true,
    ...(noValue ? { noValue } : {}),
  });
  REL_UNIT.lastIndex = 0;
  for (let m; (m = REL_UNIT.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    const mod = m[1]!.toLowerCase();
    const unit = m[2]!.toLowerCase() === 'month' ? 'month' : 'year';
    const decade = m[2]!.toLowerCase() === 'decade';
    if (!ref) {
      const the = decade ? /\bthe\s+$/i.exec(norm.slice(Math.max(0, start - 4), start)) : null;
      out.push(unresolved(start - (the ? the[0].length : 0), end, unit, decade));
      continue;
    }
    const delta = mod === 'next' || mod === 'coming' || mod === 'upcoming' ? 1 : mod === 'last' || mod === 'previous' || mod === 'past' ? -1 : 0;
    // "the next decade": the calendar decade after the reference's (the 2020s said in 2019).
    if (decade) {
      const d = Math.floor(ref.year / 10) * 10 + 10 * delta;
      const the = /\bthe\s+$/i.exec(norm.slice(Math.max(0, start - 4), start));
      out.push({ start: start - (the ? the[0].length : 0), end, grain: 'year', date: yearParts(d), to: yearParts(d + 9), noValue: true, relative: true });
      continue;
    }
    out.push({ start, end, grain: unit, date: unit === 'month' ? monthParts(ref, delta) : yearParts(ref.year + delta), relative: true, ...(delta === 1 ? { nextUnit: true } : {}) });
  }
  AFTER_NEXT.lastIndex = 0;
  if (AFTER_NEXT_GATE.test(norm)) for (let m; (m = AFTER_NEXT.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    const what = m[1]!.toLowerCase();
    // "March after next", "the June before last" (a month name, capitalised): the March after
    // the next one, the June before the last one.
    const named = MONTHS.get(what);
    if (named !== undefined) {
      if (!/^[A-Z]/.test(m[1]!)) continue;
      const before = /^before/i.test(m[2]!);
      const date: CalendarParts = ref
        ? { year: relativeMonthYear(ref, named, before ? 'last' : 'next') + (before ? -1 : 1), month: named, day: null, grain: 'month', inferred: true }
        : unknownParts('month');
      out.push({ start, end, grain: 'month', date, relative: true, ...(ref ? { named: true } : { unresolved: true }) });
      continue;
    }
    const grain: DateGrain = what === 'month' ? 'month' : what === 'year' ? 'year' : 'day';
    const span = what === 'week' || what === 'weekend';
    if (!ref) {
      out.push(unresolved(start, end, grain, span));
      continue;
    }
    const k = /^before/i.test(m[2]!) ? -2 : 2;
    if (what === 'month') out.push({ start, end, grain, date: monthParts(ref, k), relative: true });
    else if (what === 'year') out.push({ start, end, grain, date: yearParts(ref.year + k), relative: true });
    else if (span) {
      const [a, b] = weekRange(ref, k);
      out.push({ start, end, grain, date: dayParts(what === 'weekend' ? a + 5 : a), to: dayParts(b), noValue: true, relative: true });
    } else {
      const n = k > 0 ? resolveWeekday(ref, WEEKDAYS.get(what)!, 'after') + 7 : resolveWeekday(ref, WEEKDAYS.get(what)!, 'last') - 7;
      out.push({ start, end, grain, date: dayParts(n), relative: true });
    }
  }
  // "Year to date" / "YTD": the reference's year (its value), from 1 January to the reference.
  YEAR_TO_DATE.lastIndex = 0;
  if (norm.includes('date') || norm.includes('YTD')) for (let m; (m = YEAR_TO_DATE.exec(norm)); ) {
    const start = m.index + /^(?:the\s+)?/i.exec(m[0])![0].length;
    const end = m.index + m[0].length;
    if (!ref) out.push(unresolved(start, end, 'year'));
    else out.push({ start, end, grain: 'year', date: dayParts(dayNumber(ref.year, 1, 1)), to: dayParts(dayNumber(ref.year, ref.month, ref.day)), relative: true });
  }
  DAY_AROUND.lastIndex = 0;
  for (let m; (m = DAY_AROUND.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    if (!ref) {
      out.push(unresolved(start, end, 'day'));
      continue;
    }
    const shift = m[3] ? 1 : m[1]!.toLowerCase() === 'after' ? 2 : -2;
    out.push({ start, end, grain: 'day', date: dayParts(dayNumber(ref.year, ref.month, ref.day) + shift), relative: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Anaphoric years and months ("later that year", "the same month", "the following year"):
// resolved in extract/dates/build.ts against the date narrated before them. Without one,
// "the previous/following year|month" count from the reference; "that year" stays unresolved.

const ANAPHORA = new Map<string, NonNullable<DateAtom['anaphor']>>(
  Object.entries(lexicon.anaphora).map(([k, [unit, delta]]) => [
    k,
    unit === 'weekend' ? { unit: 'week', delta: delta as number, weekend: true } : { unit: unit as 'year' | 'month' | 'week' | 'day', delta: delta as number },
  ]),
);
const ANAPHORA_RE = new RegExp(`\\b(?:(?:later|earlier)\\s+(?:in\\s+)?)?(${alt([...ANAPHORA.keys()].map((k) => k.replace(/ /g, '\\s+')))})\\b(?![-'’]\\w)`, 'gi');

/**
 * "The deadliest day of the year", "sales for the month": the year (month) of the story — the
 * one narrated before it (build.ts), else the reference's. Not "the year before/ending/since …"
 * nor "the year (that) he …" (a year the clause defines), nor "in the year" (a span: "in the
 * year since the war began").
 */
const OF_THE_UNIT = /\b(?:of|for)\s+the\s+(year|month)\b(?![-'’]\w|\s*[\d([])(?!\s+(?:ending|ended|to|through|before|after|since|when|that|which|in\s+which|of|he|she|they|we|it|i|you|his|her|their|its)\b)/gi;

const ALL_WEEK = /\ball\s+week(?:\s+long)?\b(?![-'’]\w)/gi;
const IN_THE_UNIT = /\bin\s+the\s+(year|month|week)(?=\s*(?:[.!?;]|$))/g;

function readAnaphora(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  OF_THE_UNIT.lastIndex = 0;
  if (norm.includes('the year') || norm.includes('the month'))
    for (let m; (m = OF_THE_UNIT.exec(norm)); ) {
      // "Player of the Year": a title (capitalised), not a date.
      if (/[A-Z]/.test(m[1]!)) continue;
      const grain = m[1] as 'year' | 'month';
      const end = m.index + m[0].length;
      const start = m.index + m[0].search(/\bthe\s/i);
      const anaphor = { unit: grain, delta: 0 };
      if (!ref) out.push({ start, end, grain, date: unknownParts(grain), relative: true, unresolved: true, anaphor });
      else out.push({ start, end, grain, date: grain === 'month' ? monthParts(ref, 0) : yearParts(ref.year), relative: true, anaphor, fallback: true });
    }
  // "Sales rose 4% in the year.", "the third attack in the week?": closing its sentence, the
  // unit narrated before it, else the reference's (as "for the year"); followed by anything
  // ("in the year since", "in the week before the vote", "in the year 2000") it is no date.
  IN_THE_UNIT.lastIndex = 0;
  if (norm.includes('in the ')) for (let m; (m = IN_THE_UNIT.exec(norm)); ) {
    const unit = m[1] as 'year' | 'month' | 'week';
    const end = m.index + m[0].length;
    const start = end - 4 - unit.length;
    const anaphor = { unit, delta: 0 };
    if (unit === 'week') {
      if (!ref) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true, anaphor });
      else {
        const [monday, sunday] = weekRange(ref, 0);
        out.push({ start, end, grain: 'day', date: dayParts(monday), to: dayParts(sunday), relative: true, noValue: true, anaphor, fallback: true });
      }
    } else if (!ref) out.push({ start, end, grain: unit, date: unknownParts(unit), relative: true, unresolved: true, anaphor });
    else out.push({ start, end, grain: unit, date: unit === 'month' ? monthParts(ref, 0) : yearParts(ref.year), relative: true, anaphor, fallback: true });
  }
  // "Schools stay shut all week", "it rained all week long": the week narrated before it, else
  // the reference's (as "in the week").
  ALL_WEEK.lastIndex = 0;
  if (norm.includes('ll week') || norm.includes('LL WEEK')) for (let m; (m = ALL_WEEK.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    const anaphor = { unit: 'week' as const, delta: 0 };
    if (!ref) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true, anaphor });
    else {
      const [monday, sunday] = weekRange(ref, 0);
      out.push({ start, end, grain: 'day', date: dayParts(monday), to: dayParts(sunday), relative: true, noValue: true, anaphor, fallback: true });
    }
  }
  ANAPHORA_RE.lastIndex = 0;
  for (let m; (m = ANAPHORA_RE.exec(norm)); ) {
    const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const op = ANAPHORA.get(key);
    if (!op) continue;
    // "the" stays out of the span, as in "previous month" (REL_UNIT, which it must replace).
    const the = /^the\s+/i.exec(m[0]);
    const start = m.index + (the ? the[0].length : 0);
    const end = m.index + m[0].length;
    // A day: from the narrated day before it (build.ts) only ("the same day" names no other).
    if (op.unit === 'day') {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, anaphor: op, optional: true });
      continue;
    }
    // Without a date narrated before it (build.ts), "the same week/month/year" and "that
    // weekend" are the reference's own ("I was not there the same week"); "that year" alone
    // names no year we can tell (dropped), "the following year" is the one after the reference's.
    // ("The same year as her cousin" compares; it names no year of its own.)
    const own = op.delta === 0 && (op.weekend || key.includes('same')) && !/^\s+as\b/i.test(norm.slice(end, end + 4));
    // A week: that of the narrated day before it (build.ts); else, shifted, from the reference's.
    if (op.unit === 'week') {
      if (!ref || (op.delta === 0 && !own)) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true, anaphor: op });
      else {
        const [monday, sunday] = weekRange(ref, op.delta);
        out.push({ start, end, grain: 'day', date: dayParts(op.weekend ? monday + 5 : monday), to: dayParts(sunday), relative: true, noValue: true, anaphor: op, ...(own ? { fallback: true } : {}) });
      }
      continue;
    }
    const grain = op.unit;
    if (!ref || (op.delta === 0 && !own)) out.push({ start, end, grain, date: unknownParts(grain), relative: true, unresolved: true, anaphor: op });
    else out.push({ start, end, grain, date: grain === 'month' ? monthParts(ref, op.delta) : yearParts(ref.year + op.delta), relative: true, anaphor: op, ...(own ? { fallback: true } : {}) });
  }
  return out;
}

// Days named from the reference ("today", "yesterday evening", "last night", "tomorrow"),
// weekdays ("on Friday", "last Tuesday", "next Monday", "this coming Friday"), all-digit dates
// ("12/02/2019", "2019-12-02", "31.10.74") and narrative offsets ("three days later": value
// null, anchored to an event). A weekday beside a day ("yesterday, Friday") restates it.

/** A digit or a capitalised word (a month, a weekday) and "to" before "today". */
const DATE_TO_BEFORE = /(?:\d|\b[A-Z][a-z]+\.?)\s+to\s+$/;
const CASUAL_RE =
  /\b(?:(today|tonight|this\s+(?:morning|afternoon|evening))|(yesterday(?:\s+(?:morning|afternoon|evening|night))?|last\s+night)|(tomorrow(?:\s+(?:morning|afternoon|evening|night))?))\b/gi;
const WEEKDAY_RE = new RegExp(
  `\\b(?:(last|next|this|coming|previous|past|upcoming|following|this\\s+coming|this\\s+upcoming|this\\s+past)\\s+)?(${alt(WEEKDAYS.keys())})s?\\b`,
  'gi',
);
const NARRATIVE_RE = new RegExp(
  `\\b(?:(?:${alt(COUNT_WORDS_KEYS)}|\\d{1,3})\\s+)(days?|weeks?|months?|years?)\\s+(?:later|earlier)\\b|\\b(?:the\\s+)?(?:next|following|previous|prior)\\s+day\\b|\\bthe\\s+day\\s+(before|after)(?=\\s*(?:[.,;:!?)]|$))`,
  'gi',
);
/** A weekday written before a day date belongs to its span: "Monday, December 2, 2019", "Fri 13/12/2019". */
const WEEKDAY_BEFORE_DATE = new RegExp(`\\b(?:${alt([...WEEKDAYS.keys(), ...Object.keys(lexicon.weekdayAbbreviations)])})\\.?\\s*[,(]?\\s*(?:the\\s+)?$`, 'i');
/** "this Friday 5/12", "next Sunday, June 23", "this Friday-Jun-15": the weekday names the date after it. */
const REL_WEEKDAY_BEFORE_DATE = new RegExp(`\\b(?:this|next|last|coming)\\s+(?:${alt(WEEKDAYS.keys())})\\s*[,(-]?\\s*(?:the\\s+)?$`, 'i');
/** "Friday (June 15)": the closing parenthesis belongs to the span too. */
const closeParen = (norm: string, a: DateAtom) => {
  if (norm[a.end] === ')' && norm.slice(a.start, a.end).includes('(')) a.end++;
};

/** A capitalised word, a date's digit or bracket, "super" (Super Tuesday) or another weekday of a list ("Mon or Tue") before a lone abbreviation. */
const WEEKDAY_ABBR_NOT_AFTER = /(?:[A-Z][\w.'’]*|[\d(/-]|\b[Ss]uper|\b(?:[Mm]on|[Tt]ues?|[Ww]ed|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at|[Ss]un)[a-z]*\.?\s*(?:,|or|and|&|\/))\s*$/;
/** Sticky: tried only where one of ABBR_STEMS occurs (indexOf is far cheaper than a scan). */
const WEEKDAY_ABBR_ALONE = /(?<![A-Za-z0-9'’])(tues?|thu(?:rs?)?|fri|mon(?=\.))\b(?![-‐'’]\w|\.[A-Za-z0-9])/iy;
const ABBR_STEMS = ['tue', 'Tue', 'thu', 'Thu', 'fri', 'Fri', 'mon.'];
const WEEKDAY_ABBR_ON = new RegExp(`\\bon\\s+(${alt(Object.keys(lexicon.weekdayAbbreviations))})\\b`, 'gi');
/** A count and a tail around plural weekdays: "3 Fridays from now", "two Thursdays ago". */
const COUNTED_BEFORE = new RegExp(`\\b(\\d{1,2}|${alt(COUNT_WORDS_KEYS.filter((k) => !/^(?:an?|few|a few|several|couple|a couple of|couple of)$/.test(k)))})\\s+$`, 'i');
const COUNTED_TAIL = /^\s+(?:from\s+(?:now|today)|ago|back|hence)\b/i;

function readRelatives(norm: string, ref: Ymd | null, prefer: Prefer | undefined, nextWeekday?: 'coming' | 'week'): DateAtom[] {
  const out: DateAtom[] = [];
  const r = ref ? dayNumber(ref.year, ref.month, ref.day) : 0;
  const day = (start: number, end: number, n: number | null): DateAtom =>
    n === null
      ? { start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true }
      : { start, end, grain: 'day', date: dayParts(n), relative: true };
  const casual: DateAtom[] = [];
  CASUAL_RE.lastIndex = 0;
  for (let m; (m = CASUAL_RE.exec(norm)); ) {
    // "1 August to today", "from March to today": the period's end (readNowEnds), not a day of its own.
    if (m[0].length === 5 && DATE_TO_BEFORE.test(norm.slice(Math.max(0, m.index - 24), m.index))) continue;
    const shift = m[1] ? 0 : m[2] ? -1 : 1;
    const a = day(m.index, m.index + m[0].length, ref ? r + shift : null);
    casual.push(a);
    out.push(a);
  }
  WEEKDAY_RE.lastIndex = 0;
  let ci = -1;
  for (let m; (m = WEEKDAY_RE.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    // "Fridays" is a habit, not a day, unless counted from the reference: "3 Fridays from now"
    // (the third Friday after it), "two Thursdays ago" (the second before it).
    if (/s$/i.test(m[0]) && !WEEKDAYS.has(m[0].toLowerCase().split(/\s+/).pop()!)) {
      if (m[1]) continue;
      const count = COUNTED_BEFORE.exec(norm.slice(Math.max(0, start - 12), start));
      const tail = COUNTED_TAIL.exec(norm.slice(end, end + 16));
      if (!count || !tail) continue;
      const n = /^\d/.test(count[1]!) ? Number(count[1]) : COUNT_WORDS.get(count[1]!.toLowerCase()) ?? 0;
      if (n < 1 || n > 52) continue;
      const s0 = start - count[0].length;
      const e0 = end + tail[0].length;
      if (!ref) {
        out.push(day(s0, e0, null));
        continue;
      }
      const wd = WEEKDAYS.get(m[2]!.toLowerCase())!;
      const back = /^\s+(?:ago|back)/i.test(tail[0]);
      out.push(day(s0, e0, back ? resolveWeekday(ref, wd, 'last') - 7 * (n - 1) : resolveWeekday(ref, wd, 'after') + 7 * (n - 1)));
      continue;
    }
    // "yesterday, Friday": the weekday restates the day just named.
    while (ci + 1 < casual.length && casual[ci + 1]!.end <= start) ci++;
    const last = casual[ci];
    const prev = last && last.end <= start && start - last.end <= 4 && /^\s*,?\s*$/.test(norm.slice(last.end, start)) ? last : undefined;
    if (prev && !m[1]) {
      prev.end = end;
      continue;
    }
    const text = m[0];
    // "The following Friday": the first Friday after the day narrated before it (build.ts);
    // without one, read as "next Friday".
    if (m[1] && /^following$/i.test(m[1])) {
      const wd = WEEKDAYS.get(m[2]!.toLowerCase())!;
      const anaphor = { unit: 'day' as const, delta: 0, weekday: (wd + 6) % 7 };
      const n = ref ? resolveWeekday(ref, wd, nextWeekday === 'week' ? 'nextWeek' : 'next') : null;
      out.push({ ...day(start, end, n), anaphor, ...(n !== null ? { fallback: true } : {}) });
      continue;
    }
    const n = ref ? resolveWeekday(ref, WEEKDAYS.get(m[2]!.toLowerCase())!, weekdayMode(text, norm, start, prefer, nextWeekday)) : null;
    const atom = day(start, end, n);
    if (!m[1] && n !== null) atom.weekday = true;
    out.push(atom);
  }
  // A weekday abbreviation alone only after "on" and before the end of the clause ("on tues.",
  // "on Sat, police said"); a capitalised one also before a lower-case word ("on Sat the
  // army…"). "Relied on sun and wind" is not a day.
  WEEKDAY_ABBR_ON.lastIndex = 0;
  if (/\bon\s+(?:mon|tue|wed|thu|fri|sat|sun)/i.test(norm)) for (let m; (m = WEEKDAY_ABBR_ON.exec(norm)); ) {
    const start = m.index + m[0].length - m[1]!.length;
    let end = m.index + m[0].length;
    const rest = norm.slice(end, end + 12);
    const capital = /^[A-Z]/.test(m[1]!);
    if (!/^\.?\s*(?:$|[.,;:!?)\n])/.test(rest) && !(capital && /^\.?\s+[a-z0-9]/.test(rest))) continue;
    if (norm[end] === '.' && capital) end++;
    const wd = (lexicon.weekdayAbbreviations as Record<string, number>)[m[1]!.toLowerCase()]!;
    out.push(day(start, end, ref ? resolveWeekday(ref, wd, weekdayMode(m[1]!, norm, start, prefer, nextWeekday)) : null));
  }
  // The abbreviations that are no English word ("thu", "Fri.", "tues", "mon.") alone too, in
  // lower case or capitalised, beside no capitalised word ("Nguyen Thi Thu" is a name; "Fri, Jul
  // 18" is the date's span, withWeekdays), no date ("May/22(Tue)", "tues the 4th"), no "of"
  // (a feast's name) and no other weekday of a list ("next week Mon or Tue"); "sat", "sun",
  // "mon" without its dot and "wed" stay words.
  for (const stem of ABBR_STEMS) for (let at = norm.indexOf(stem); at >= 0; at = norm.indexOf(stem, at + 1)) {
    WEEKDAY_ABBR_ALONE.lastIndex = at;
    const m = WEEKDAY_ABBR_ALONE.exec(norm);
    if (!m) continue;
    const start = m.index;
    let end = start + m[0].length;
    // ("mon." only so, in lower case: "Mon" is also a people, "c'mon" a word.)
    if (/^[A-Z]{2}/.test(m[1]!) || (/^mon$/i.test(m[1]!) && m[1] !== 'mon')) continue;
    if (/^\.?\s*[,(]?\s*(?:[A-Z]|(?:the\s+)?\d)|^\s+of\b/.test(norm.slice(end, end + 10)) || WEEKDAY_ABBR_NOT_AFTER.test(norm.slice(Math.max(0, start - 24), start))) continue;
    // (The abbreviation's dot joins the span when capitalised, as after "on".)
    if (norm[end] === '.' && /^[A-Z]/.test(m[1]!)) end++;
    const wd = (lexicon.weekdayAbbreviations as Record<string, number>)[m[1]!.toLowerCase()]!;
    out.push(day(start, end, ref ? resolveWeekday(ref, wd, weekdayMode(m[1]!, norm, start, prefer, nextWeekday)) : null));
  }
  NARRATIVE_RE.lastIndex = 0;
  for (let m; (m = NARRATIVE_RE.exec(norm)); ) {
    const grain = m[1] ? grainOfUnit(m[1]) : 'day';
    const atom: DateAtom = { start: m.index, end: m.index + m[0].length, grain, date: unknownParts(grain), relative: true, unresolved: true };
    // "Two years later", "a month earlier", "three days later", "the next day": counted from
    // the date (the day) narrated before them.
    if (m[1]) {
      const count = /^\d/.test(m[0]) ? parseInt(m[0], 10) : COUNT_WORDS.get(m[0].split(/\s+/)[0]!.toLowerCase()) ?? 1;
      const sign = /earlier$/i.test(m[0]) ? -1 : 1;
      if (grain === 'year' || grain === 'month') atom.anaphor = { unit: grain, delta: sign * count };
      else atom.anaphor = { unit: 'day', delta: sign * count * (/^weeks?$/i.test(m[1]) ? 7 : 1) };
    } else atom.anaphor = { unit: 'day', delta: /\b(?:previous|prior|before)\b/i.test(m[0]) ? -1 : 1 };
    // "They had met the day before.", "…and left the day after.": only with a day narrated
    // before it (dropped otherwise: "the day before the vote" goes on and is not read).
    if (m[2]) atom.optional = true;
    // "I'll go back the next day", "it will reopen three days later": with a future cue before
    // it in its sentence and no day narrated before it (build.ts), counted from the reference.
    // A compound count before it ("2 years 21 days later") counts every unit.
    if (ref && atom.anaphor.unit === 'day' && atom.anaphor.delta > 0 && futureInSentence(norm, m.index)) {
      const { counts: more, from } = countsBefore(norm, m.index);
      let p: CalendarParts = dayParts(dayNumber(ref.year, ref.month, ref.day));
      for (const [cn, cu] of more) p = offsetParts({ year: p.year!, month: p.month!, day: p.day! }, cn, cu);
      delete atom.unresolved;
      atom.start = from;
      atom.date = dayParts(dayNumber(p.year!, p.month!, p.day!) + atom.anaphor.delta);
      atom.fallback = true;
    }
    out.push(atom);
  }
  return out;
}

/**
 * A period of two slashed month/day dates: "10/1/2018-10/7/2018", "5/1-5/7, 2020",
 * "5/1-5/7/2020", "10/1-11/2/2017" (the first end takes the year of the second). Without any
 * year ("10/1-11/7") only when the caller reads short numeric dates (shortNumeric).
 */
const NUMERIC_RANGE = /(?=\d)(?<![\p{N}/.,:-])(?:(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\s?[-–]\s?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2})|,\s*(\d{4}))?|(\d{1,2})-(\d{1,2})-(\d{4})\s?[-–]\s?(\d{1,2})-(\d{1,2})-(\d{4}))(?![\p{N}%]|[/.-]\p{N})/gu;

function readNumericRanges(norm: string, refYear: number | null, shortNumeric: boolean | undefined): DateAtom[] {
  const out: DateAtom[] = [];
  if (!norm.includes('/') && !/\d-\d{4}\s?[-–]\s?\d/.test(norm)) return out;
  NUMERIC_RANGE.lastIndex = 0;
  for (let m; (m = NUMERIC_RANGE.exec(norm)); ) {
    // "10-1-2018-10-7-2018": two dashed dates with their years.
    if (m[8]) {
      const a = readNumericDate(m[8], m[9]!, m[10]!, 'mdy', refYear);
      const b = readNumericDate(m[11]!, m[12]!, m[13]!, 'mdy', refYear);
      if (a && b) out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: { ...a, grain: 'day' }, to: { ...b, grain: 'day' } });
      continue;
    }
    const y2Text = m[6] ?? m[7];
    if (!y2Text && !m[3] && !shortNumeric) continue;
    const b = y2Text ? readNumericDate(m[4]!, m[5]!, y2Text, 'mdy', refYear) : readShortNumeric(m[4]!, '/', m[5]!, 'mdy');
    const aYear = m[3] ?? (b?.year !== null && b?.year !== undefined ? String(b.year) : null);
    const a = aYear ? readNumericDate(m[1]!, m[2]!, aYear, 'mdy', refYear) : readShortNumeric(m[1]!, '/', m[2]!, 'mdy');
    if (!a || !b || a.day === null || b.day === null) continue;
    // The first end written without a year, later in the year than the second: the year before.
    const ay = !m[3] && a.year !== null && b.year !== null && (a.month > b.month || (a.month === b.month && a.day > b.day)) ? a.year - 1 : a.year;
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: { year: ay, month: a.month, day: a.day, grain: 'day' }, to: { year: b.year, month: b.month, day: b.day, grain: 'day' } });
  }
  return out;
}

/**
 * All-digit dates, US order with slashes and hyphens unless the first number is over 12; dots
 * are day-first (12.06.2025 = 12 June; see extract/dates/numeric.ts).
 */
/** A slashed month/day with its year after a comma: "08/12,2015", "08/12, 2015", "08/12,15". */
const NUMERIC_COMMA_YEAR = /(?=\d)(?<![\p{N}/.,:-])(?:(\d{1,2})\/(\d{1,2}),\s?(\d{4})|(\d\d)\/(\d\d),(\d\d))(?![\p{N}%]|[/.,:-]\p{N}|\s+[a-z]+s\b)/gu;

/**
 * A compact ISO 8601 date, eight digits ("20161016", "report-20170302.html"): a year 1900–2099, a
 * valid month and day, not glued to other digits or letters, not a number someone is given
 * ("no. 20190512", "call 20161016", "#20170302", "$20170302").
 */
const COMPACT_DATE = /(?=[12]\d{7})(?<![\p{L}\p{N}$€£#+.,/:])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}]|[.,]\d)/gu;
const COMPACT_NOT_AFTER = /\b(?:no|nos|number|num|tel|phone|call|fax|id|ref|code|account|acct|ticket|order|invoice|serial|pin|case)\.?\s*:?\s*$/i;

/**
 * A day, a month and a year separated by single spaces ("31 10 1974", "10 31 1974"): only when
 * one of the first two can only be the day (over 12), the year 1900–2099, no digit group around
 * it and no counted noun after it ("15 10 2019 votes").
 */
const SPACED_DATE = /(?=\d\d? \d\d? [12]\d{3})(?<![\p{N}.,:/-]\s?)(?<!\p{N})(\d{1,2}) (\d{1,2}) ((?:19|20)\d\d)(?![\p{N}\p{L}%]|[.,:/-]\d| \d)/gu;

function readNumeric(norm: string, refYear: number | null): DateAtom[] {
  const out: DateAtom[] = [];
  SPACED_DATE.lastIndex = 0;
  for (let m; (m = SPACED_DATE.exec(norm)); ) {
    const [x, y, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if ((x > 12) === (y > 12)) continue;
    const [day, month] = x > 12 ? [x, y] : [y, x];
    if (!isValidDay(year, month, day)) continue;
    const end = m.index + m[0].length;
    const next = lower(wordAfter(norm, end));
    if (next && (COUNT_NOUNS.has(next) || isPlural(next))) continue;
    out.push({ start: m.index, end, grain: 'day', date: { year, month, day, grain: 'day' } });
  }
  COMPACT_DATE.lastIndex = 0;
  for (let m; (m = COMPACT_DATE.exec(norm)); ) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDay(year, month, day) || COMPACT_NOT_AFTER.test(norm.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push({ start: m.index, end: m.index + 8, grain: 'day', date: { year, month, day, grain: 'day' } });
  }
  if (norm.includes('/') && norm.includes(',')) {
    NUMERIC_COMMA_YEAR.lastIndex = 0;
    for (let m; (m = NUMERIC_COMMA_YEAR.exec(norm)); ) {
      const d = m[1] ? readNumericDate(m[1], m[2]!, m[3]!, 'mdy', refYear, '/') : readNumericDate(m[4]!, m[5]!, m[6]!, 'mdy', refYear, '/');
      if (d) out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: { ...d, grain: 'day' } });
    }
  }
  NUMERIC_DATE.lastIndex = 0;
  for (let m; (m = NUMERIC_DATE.exec(norm)); ) {
    const d = readNumericDate(m[1]!, m[3]!, m[4]!, 'mdy', refYear, m[2]);
    if (d) out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: { ...d, grain: 'day' } });
  }
  return out;
}

/**
 * A year-less day or month followed by a year named from the reference takes that year:
 * "June last year", "15 March of next year", "in May this year".
 */
const REL_YEAR_AFTER =
  /^\s*,?\s*(?:of\s+)?(?:(that(?:\s+same)?|the\s+same)|(?:the\s+)?(last|next|this|previous|coming|current|following|subsequent|preceding|prior))\s+year\b/i;
/** The year shift of an anaphoric year after a month ("September that year", "June the following year"). */
const ANAPHORIC_YEAR: Record<string, number> = { following: 1, subsequent: 1, previous: -1, preceding: -1, prior: -1 };

/**
 * A verb in the past right before a year-less date ("disappeared in March", "was killed on 3
 * May", "fled on Friday 12 April"): DateAtom.narratedPast. Not a future-pointing participle
 * ("postponed to March", "scheduled for May" have no such preposition; "planned in May"),
 * nor after "be"/"will"/"to", nor with a future cue before it in the clause.
 */
const PAST_BEFORE = /\b(?:(was|were|had|did)|([a-z]{3,}ed)|(?:began|fled|died|fell|rose|took|went|came|left|saw|said|told|won|lost|met|struck|broke|sent|found|fought|shot|ran|wrote|spoke|held))\s+(?:in|on|during)\s+(?:the\s+)?$/i;
const NOT_PAST_PARTICIPLES = new Set(['scheduled', 'postponed', 'delayed', 'planned', 'expected', 'slated', 'pushed', 'moved', 'rescheduled', 'fixed', 'targeted', 'earmarked', 'pencilled', 'penciled', 'billed', 'booked', 'timetabled', 'intended', 'proposed', 'needed', 'required', 'allocated', 'budgeted', 'reserved', 'designed', 'aimed', 'projected', 'forecasted', 'estimated', 'anticipated', 'predicted', 'promised', 'pledged', 'vowed', 'hoped', 'tipped', 'tabled', 'called', 'announced']);

/** A date opening its sentence: "In February, …", "On 3 May, …". */
const FRONTED = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:In|On|During|By|Early|Late)\s+(?:the\s+)?$/;
const PAST_VERB = /\b(?:(was|were|had|did)|([a-z]{3,}ed)|(?:began|fled|died|fell|rose|took|went|came|left|saw|said|told|won|lost|met|struck|broke|sent|found|fought|shot|ran|wrote|spoke|held|hit|killed|swept|caught|tore|sank|drove|gave|made|became|brought|led|kept|began))\b/i;

/** The clause after `pos` (to the sentence end, at most 120 characters) has a verb in the past before any future cue. */
function pastClauseAfter(norm: string, pos: number): boolean {
  const rest = norm.slice(pos, pos + 120);
  const stop = rest.search(/[.!?;](?:\s|$)|\n/);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  const v = PAST_VERB.exec(clause);
  if (!v || (v[2] && NOT_PAST_PARTICIPLES.has(v[2].toLowerCase()))) return false;
  return !FUTURE.test(clause.slice(0, v.index)) && !/\b(?:will|would|is|are|be)\s+$/i.test(clause.slice(0, v.index));
}

function withNarratedPast(norm: string, atoms: DateAtom[]): DateAtom[] {
  for (const a of atoms) {
    if (a.relative || a.to || a.half || a.date.year !== null || a.date.month === null || (a.grain !== 'day' && a.grain !== 'month')) continue;
    // (A weekday written with it, "Saturday, July 12", tells the year better than the tense.)
    if (/^(?:mon|tue|wed|thu|fri|sat|sun)/i.test(norm.slice(a.start, a.start + 3))) continue;
    const from = Math.max(0, a.start - 40);
    const before = norm.slice(from, a.start);
    const m = PAST_BEFORE.exec(before);
    // "In February, a similar collapse killed two people": a date fronted in its sentence, the
    // clause after it narrated in the past.
    if (!m && FRONTED.test(before) && /^\s*,/.test(norm.slice(a.end, a.end + 2)) && pastClauseAfter(norm, a.end)) {
      a.narratedPast = true;
      continue;
    }
    if (!m || (m[2] && NOT_PAST_PARTICIPLES.has(m[2].toLowerCase()))) continue;
    const head = lower(wordBefore(norm, from + m.index));
    if (['be', 'been', 'being', 'is', 'are', 'will', 'would', 'to', 'shall', 'should', 'must', 'may', 'might', 'could', 'can'].includes(head)) continue;
    if (FUTURE.test(before)) continue;
    a.narratedPast = true;
  }
  return atoms;
}

function withRelativeYears(norm: string, atoms: DateAtom[], ref: Ymd | null): DateAtom[] {
  for (const a of atoms) {
    if ((a.grain !== 'day' && a.grain !== 'month') || a.relative || a.to || a.date.year !== null || a.date.month === null) continue;
    const m = REL_YEAR_AFTER.exec(norm.slice(a.end, a.end + 30));
    if (!m) continue;
    a.end += m[0].length;
    // "September that year", "June the following year": the year of the date narrated before;
    // without one, as a year-less month (that/same) or from the reference (previous).
    if (m[1]) {
      a.anaphor = { unit: 'year', delta: 0 };
      continue;
    }
    const mod = m[2]!.toLowerCase();
    if (mod in ANAPHORIC_YEAR && (mod !== 'previous' || /\bthe\s+previous/i.test(m[0]))) a.anaphor = { unit: 'year', delta: ANAPHORIC_YEAR[mod]! };
    if (!ref || mod === 'following' || mod === 'subsequent') {
      a.relative = true;
      a.unresolved = true;
      continue;
    }
    a.date = { ...a.date, year: ref.year + (mod === 'next' || mod === 'coming' ? 1 : mod === 'last' || (ANAPHORIC_YEAR[mod] ?? 0) < 0 ? -1 : 0), inferred: true };
  }
  return atoms;
}

/**
 * A span of days counted from a day: "for 10 days from 18 December", "for 1 week, from
 * today", "18 December for 10 days", "from today for three weeks" — the period from that day
 * (inclusive ends: "for 3 days from Monday" is Monday to Wednesday).
 */
const SPAN_BEFORE = new RegExp(`\\bfor\\s+(\\d{1,3}|${alt(COUNT_WORDS_KEYS)})\\s+(day|week|month|year)s?\\s*,?\\s+(?:from|starting(?:\\s+(?:from|on))?|beginning(?:\\s+on)?)\\s+$`, 'i');
/** After the day only with "from" before it: "jailed on 3 May for 10 years" is a sentence, not a period. */
const SPAN_AFTER = new RegExp(`^\\s*,?\\s+for\\s+(\\d{1,3}|${alt(COUNT_WORDS_KEYS)})\\s+(day|week|month)s?\\b`, 'i');

function withSpans(norm: string, atoms: DateAtom[], ref: Ymd | null): DateAtom[] {
  if (!/\bfor\s/i.test(norm)) return atoms;
  for (const a of atoms) {
    if (a.grain !== 'day' || a.to || a.noValue || a.unresolved || a.applies || a.date.day === null || a.date.month === null) continue;
    const before = SPAN_BEFORE.exec(norm.slice(Math.max(0, a.start - 48), a.start));
    const after = before || !/\bfrom\s+$/i.test(norm.slice(Math.max(0, a.start - 6), a.start)) ? null : SPAN_AFTER.exec(norm.slice(a.end, a.end + 32));
    const m = before ?? after;
    if (!m) continue;
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : COUNT_WORDS.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? 0;
    const unit = m[2]!.toLowerCase() as OffsetUnit;
    // A year-less day keeps its year open (inferred later, as for any year-less date).
    if (n < 1 || (a.date.year === null && unit === 'year')) continue;
    const year = a.date.year ?? ref?.year ?? 2001;
    const last = offsetParts({ year, month: a.date.month, day: a.date.day }, n, unit);
    const end = dayParts(dayNumber(last.year!, last.month!, last.day!) - 1);
    if (before) a.start -= before[0].length;
    else a.end += after![0].length;
    a.to = { ...end, year: a.date.year === null ? null : end.year, inferred: !!a.date.inferred };
  }
  return atoms;
}

/** "next 6th of April", "last 5/12", "this 12 May": a year-less day's next/latest/this year's occurrence. */
const MOD_BEFORE_DATE = /\b(next|last|this)\s+$/i;

/** Calendar day atoms take a weekday written right before them into their span. */
function withWeekdays(norm: string, atoms: DateAtom[], ref: Ymd | null, prefer?: Prefer): DateAtom[] {
  for (const a of atoms) {
    if (a.grain !== 'day' || a.relative || a.to || a.date.day === null) continue;
    const mod = a.date.year === null && a.date.month !== null && ref ? MOD_BEFORE_DATE.exec(norm.slice(Math.max(0, a.start - 6), a.start)) : null;
    if (mod && ref) {
      const w = mod[1]!.toLowerCase();
      const r = dayNumber(ref.year, ref.month, ref.day);
      const at = (y: number) => dayNumber(y, a.date.month!, a.date.day!);
      const year = w === 'this' ? ref.year : w === 'next' ? (at(ref.year) > r ? ref.year : ref.year + 1) : at(ref.year) < r ? ref.year : ref.year - 1;
      a.start -= mod[0].length;
      a.date = { ...a.date, year, inferred: true };
      a.relative = true;
      continue;
    }
    const from = Math.max(0, a.start - 16);
    // (Not before "6-8": after a weekday that is a span of hours more often than a date.)
    const rel = /^\d{1,2}\s?-\s?\d{1,2}$/.test(norm.slice(a.start, a.end)) ? null : REL_WEEKDAY_BEFORE_DATE.exec(norm.slice(Math.max(0, a.start - 24), a.start));
    if (rel) {
      a.start -= rel[0].length;
      closeParen(norm, a);
      continue;
    }
    const w = WEEKDAY_BEFORE_DATE.exec(norm.slice(from, a.start));
    if (w && /^[A-Za-z]/.test(w[0]) && (w[0][0] === w[0][0]!.toUpperCase() || WEEKDAYS.has(w[0].replace(/[^a-z]/gi, '').toLowerCase()))) {
      a.start = from + w.index;
      closeParen(norm, a);
      weekdayYear(a, /^[a-z]+/i.exec(w[0])![0], ref, prefer);
      continue;
    }
    // "Jul 18, Fri", "July 18, Friday.": a weekday closing the clause after the date restates it.
    const after = a.date.month !== null ? weekdayAfterDate().exec(norm.slice(a.end, a.end + 14)) : null;
    if (after) {
      a.end += after[0].length;
      weekdayYear(a, after[1]!, ref, prefer);
    }
  }
  return atoms;
}

let WEEKDAY_AFTER_DATE: RegExp | undefined;
const weekdayAfterDate = () =>
  (WEEKDAY_AFTER_DATE ??= new RegExp(`^\\s*,\\s*(${alt([...WEEKDAYS.keys(), ...Object.keys(lexicon.weekdayAbbreviations)])})\\b(?=\\.?\\s*(?:[.,;:!?)\\n]|$))`, 'i'));

/**
 * A weekday written with a year-less day fixes its year for a reader of coming dates (`prefer:
 * 'future'`, a calendar assistant): "Fri, Jul 18" said in February 2013 is 18 July 2014, the
 * Friday, when the next 18 July is no Friday. Otherwise (news: the closest year) a weekday that
 * does not fit is a writer's slip far more often than another year ("on Tuesday March 7" said a
 * week later is that 7 March), and the day keeps its year.
 */
function weekdayYear(a: DateAtom, word: string, ref: Ymd | null, prefer: Prefer | undefined): void {
  if (prefer !== 'future' || !ref || a.date.year !== null || a.date.month === null || a.date.day === null) return;
  const key = word.toLowerCase();
  const wd = WEEKDAYS.get(key) ?? (lexicon.weekdayAbbreviations as Record<string, number>)[key];
  if (wd === undefined) return;
  const { month, day } = a.date;
  const fits = (y: number) => isValidDay(y, month, day) && weekdayOf(dayNumber(y, month, day)) === wd;
  const y0 = closestYear(ref, month, day, prefer);
  if (!fits(y0) && fits(y0 + 1)) a.date = { ...a.date, year: y0 + 1, inferred: true };
}

// Operators on the date that follows (extract/dates/build.ts): "3 days after January 12",
// "two weeks before Christmas", "16 days from 01/02/2018", "the week of April 10", "the week
// beginning February 4", "w/c Feb 4". Without a date right after, they are dropped.
const SHIFT_OP = new RegExp(
  `\\b(?:(${alt(COUNT_WORDS_KEYS)}|\\d{1,3})\\s+)(day|week|fortnight|month|year)s?\\s+(after|before|from)\\s+(?:the\\s+)?(?=\\S)`,
  'gi',
);
// "The week of the 18th": "the 18th" is left to the day reader (which reads it after "week of").
const WEEK_OF_OP = /\b(?:(?:the\s+)?week\s+(?:of|beginning|starting|commencing)(?:\s+on)?|w\/c)\s+(?:the\s+(?!\d))?(?=\S)/gi;

const NTH_WEEKDAY_OP = new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)\\s+(${alt(WEEKDAYS.keys())})\\s+(after|before)\\s+(?:the\\s+)?(?=\\S)`, 'gi');

// "The closest Monday to Oct 5th", "the second nearest Fri to 1 May": that weekday nearest the date (the
// second nearest, the third…; DateAtom.applies.closestWeekday).
const CLOSEST_WEEKDAY_OP = new RegExp(
  `\\b(?:the\\s+)?(?:(second|third|fourth|fifth|2nd|3rd|4th|5th)\\s+)?(?:closest|nearest)\\s+(${alt([...WEEKDAYS.keys(), ...Object.keys(lexicon.weekdayAbbreviations)])})\\.?\\s+to\\s+(?:the\\s+)?(?=\\S)`,
  'gi',
);

function readOperators(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  const op = (start: number, end: number, applies: DateAtom['applies']): DateAtom => ({ start, end, grain: 'day', date: unknownParts('day'), relative: true, applies });
  SHIFT_OP.lastIndex = 0;
  for (let m; (m = SHIFT_OP.exec(norm)); ) {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : COUNT_WORDS.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? 1;
    let unit = m[2]!.toLowerCase() as OffsetUnit | 'fortnight';
    let count = n;
    if (unit === 'fortnight') {
      unit = 'week';
      count *= 2;
    }
    const sign = m[3]!.toLowerCase() === 'before' ? -1 : 1;
    out.push(op(m.index, m.index + m[0].length, { shift: { count: sign * count, unit } }));
  }
  // "The third Tuesday after Christmas 2014", "the last Friday before 1 May": an ordinal is
  // needed ("Tuesday after the vote" stays the weekday it names).
  NTH_WEEKDAY_OP.lastIndex = 0;
  if (/[a-z]day\s+(?:after|before)\s/i.test(norm)) for (let m; (m = NTH_WEEKDAY_OP.exec(norm)); ) {
    const k = NTH[m[1]!.toLowerCase()]!;
    const before = /^before$/i.test(m[3]!);
    if (k < 0 && !before) continue;
    out.push(op(m.index, m.index + m[0].length, { nthWeekday: { n: k < 0 ? -1 : before ? -k : k, weekday: WEEKDAYS.get(m[2]!.toLowerCase())! } }));
  }
  CLOSEST_WEEKDAY_OP.lastIndex = 0;
  if (/\b(?:closest|nearest)\s/i.test(norm)) for (let m; (m = CLOSEST_WEEKDAY_OP.exec(norm)); ) {
    const w = m[2]!.toLowerCase();
    const weekday = WEEKDAYS.get(w) ?? (lexicon.weekdayAbbreviations as Record<string, number>)[w]!;
    out.push(op(m.index, m.index + m[0].length, { closestWeekday: { n: m[1] ? NTH[m[1].toLowerCase()]! : 1, weekday } }));
  }
  WEEK_OF_OP.lastIndex = 0;
  for (let m; (m = WEEK_OF_OP.exec(norm)); ) {
    // "every week starting Monday" is a habit that starts then (a half-open period), not a week.
    if (/\b(?:every|each)\s+$/i.test(norm.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push(op(m.index, m.index + m[0].length, { weekOf: true }));
  }
  return out;
}

// Quarters: "the third quarter of 2018", "Q3 2018", "2018Q4", "18Q4", "this/next/last quarter".
// An ordinal quarter without a year is the closest one, unless its sentence is a game's
// ("scored in the fourth quarter": bareQuarter).

const QUARTER_ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const QUARTER = /\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:quarter|qtr)|Q([1-4]))(?:(?:\s+(?:of\s+)?|-)(?:(\d{4})|(this|next|last|the)\s+year)\b)?|\b(\d{4}|\d\d(?=Q[1-4]\b))[\s-]?Q([1-4])\b|\b(this|next|last|current|previous|coming|past|following)\s+(?:quarter|qtr)\b/gi;
/** Halves: "H1 2016", "2016 H2", "2019-H2", "the first half of 2018". */
const YEARS_PART = /\b(?:(this|next|last)\s+year|(\d{4}))['’]s\s+(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(quarter|qtr|half)\b/gi;
const HALF = /\b(?:H([12])[\s-]?(\d{4})|(\d{4})[\s-]?H([12])|(?:the\s+)?(first|second)\s+half\s+of\s+(\d{4}))\b/g;
/**
 * What every match of QUARTER / HALF holds (same case rules): a text without it skips the full
 * scan, many times dearer than this one.
 */
const QUARTER_GATE = /quarter|qtr|q[1-4]/i;
const HALF_GATE = /H[12]|half/;

const QUARTER_NOT_AFTER = /^(?:[-‐]?[A-Za-z]|\s+(?:of|in\s+a\s+row|running|straight)\b)/;
const QUARTER_NOT_BEFORE = /\b(?:a|an|another|every|each|per|consecutive|straight|successive)\s+$/i;

/**
 * An ordinal quarter without a year ("the third quarter", "3rd qtr") is the business quarter
 * unless the sentence is a game's (gameSentence: "scored in the third quarter"), it goes on with
 * "of" ("the first quarter of the game", "of the population") or a letter ("quarterfinal",
 * "quarter-final"), or it is counted ("a third quarter in a row").
 */
function bareQuarter(norm: string, start: number, end: number): boolean {
  if (QUARTER_NOT_AFTER.test(norm.slice(end, end + 12))) return false;
  if (QUARTER_NOT_BEFORE.test(norm.slice(Math.max(0, start - 14), start))) return false;
  return !gameSentence(norm, start, end);
}

function readQuarters(norm: string, ref: Ymd | null, prefer?: Prefer): DateAtom[] {
  const out: DateAtom[] = [];
  QUARTER.lastIndex = 0;
  if (QUARTER_GATE.test(norm)) for (let m; (m = QUARTER.exec(norm)); ) {
    let year: number | null = null;
    let q: number;
    let relative = false;
    if (m[5]) {
      // "18Q4": a two-digit year glued to its quarter (business shorthand).
      year = m[5].length === 2 ? Number(m[5]) + (Number(m[5]) <= 50 ? 2000 : 1900) : Number(m[5]);
      q = Number(m[6]);
    } else if (m[7]) {
      const mod = m[7].toLowerCase();
      // "The following quarter" follows a narrated date; without one, the quarter after the
      // reference's (as "the following year"), dropped after a narrated date (build.ts fallback).
      const following = mod === 'following';
      if (following && !/\bthe\s+$/i.test(norm.slice(Math.max(0, m.index - 4), m.index))) continue;
      // Without a reference it keeps its span and grain, unresolved (as weekdays do).
      if (!ref) {
        out.push({ start: m.index, end: m.index + m[0].length, grain: 'month', date: unknownParts('month'), relative: true, unresolved: true, noValue: true });
        continue;
      }
      const k = ref.year * 4 + Math.floor((ref.month - 1) / 3) + (mod === 'next' || mod === 'coming' || following ? 1 : mod === 'last' || mod === 'previous' || mod === 'past' ? -1 : 0);
      year = Math.floor(k / 4);
      q = (k % 4) + 1;
      relative = true;
      if (following) {
        const first = (q - 1) * 3 + 1;
        const parts = (mo: number): CalendarParts => ({ year, month: mo, day: null, grain: 'month', inferred: true });
        out.push({ start: m.index, end: m.index + m[0].length, grain: 'month', date: parts(first), to: parts(first + 2), noValue: true, relative: true, fallback: true });
        continue;
      }
    } else {
      q = m[1] ? QUARTER_ORD[m[1].toLowerCase()]! : Number(m[2]);
      if (m[3]) year = Number(m[3]);
      else if (m[4] && ref) {
        const mod = m[4].toLowerCase();
        year = ref.year + (mod === 'next' ? 1 : mod === 'last' ? -1 : 0);
        relative = true;
      } else if ((m[4] || (m[2] && /^Q/.test(m[0]))) && !ref) {
        out.push({ start: m.index, end: m.index + m[0].length, grain: 'month', date: unknownParts('month'), relative: true, unresolved: true, noValue: true });
        continue;
      } else if (m[2] && /^Q/.test(m[0]) && ref) {
        // "Q3" alone (a capital Q: the business quarter, not a game's): the closest one.
        year = closestYear(ref, (q - 1) * 3 + 2, 15, prefer);
        relative = true;
      } else if (m[1] && ref && bareQuarter(norm, m.index, m.index + m[0].length)) {
        // "The third quarter", "3rd qtr" alone: as "Q3", outside a game's sentence.
        year = closestYear(ref, (q - 1) * 3 + 2, 15, prefer);
        relative = true;
      } else continue;
    }
    const first = (q - 1) * 3 + 1;
    const date: CalendarParts = { year, month: first, day: null, grain: 'month', inferred: relative };
    const to: CalendarParts = { year, month: first + 2, day: null, grain: 'month', inferred: relative };
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'month', date, to, noValue: true, relative });
  }
  // "next year's first quarter", "2019's second half": a year's quarter or half.
  YEARS_PART.lastIndex = 0;
  if (norm.includes("'s") || norm.includes('’s')) for (let m; (m = YEARS_PART.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    const half = /^half$/i.test(m[4]!);
    const k = QUARTER_ORD[m[3]!.toLowerCase()]!;
    if (half && k > 2) continue;
    let year: number;
    if (m[2]) year = Number(m[2]);
    else if (!ref) {
      out.push({ start, end, grain: 'month', date: unknownParts('month'), relative: true, unresolved: true, noValue: true });
      continue;
    } else year = ref.year + (/^next$/i.test(m[1]!) ? 1 : /^last$/i.test(m[1]!) ? -1 : 0);
    const first = half ? (k - 1) * 6 + 1 : (k - 1) * 3 + 1;
    const relative = !m[2];
    out.push({
      start,
      end,
      grain: 'month',
      date: { year, month: first, day: null, grain: 'month', inferred: relative },
      to: { year, month: first + (half ? 5 : 2), day: null, grain: 'month', inferred: relative },
      noValue: true,
      relative,
    });
  }
  HALF.lastIndex = 0;
  if (HALF_GATE.test(norm)) for (let m; (m = HALF.exec(norm)); ) {
    const h = m[1] ? Number(m[1]) : m[4] ? Number(m[4]) : m[5]!.toLowerCase() === 'first' ? 1 : 2;
    const year = Number(m[2] ?? m[3] ?? m[6]);
    const first = h === 1 ? 1 : 7;
    const date: CalendarParts = { year, month: first, day: null, grain: 'month' };
    const to: CalendarParts = { year, month: first + 5, day: null, grain: 'month' };
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'month', date, to, noValue: true });
  }
  return out;
}

// The nth weekday of a month: "the first Monday of March", "the last Friday in June 2018",
// "the second Tuesday of next month". A month without a year takes the year of the usual
// policy for a year-less month (closest, or the caller's `prefer`).

const NTH: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1 };
const NTH_WEEKDAY = new RegExp(
  `\\b(?:the\\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s+(${alt(WEEKDAYS.keys())})\\s+(?:of|in)\\s+(?:(this|next|last|previous|the)\\s+month|(${alt(MONTHS.keys())})\\b\\.?(?:,?\\s+(\\d{4})\\b)?)`,
  'gi',
);

// "the 20th of next month", "the 5th of this month": that day of the month named from the reference.
const DAY_OF_REL_MONTH = new RegExp(
  `\\b(?:the\\s+)?(?:(\\d{1,2})(st|nd|rd|th)?|(${ORD_ALT}))(?:\\s+day)?\\s+(?:(of|in)\\s+)?(?:(?:the\\s+)?(this|next|last|previous|current|coming)|the)\\s+month\\b`,
  'gi',
);
/** A bare day and its joiner before "22 this month": "from 4 to 22 this month". */
const BARE_DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|to|till|until|through|thru|and)\s*$/i;

function readDayOfRelMonth(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  DAY_OF_REL_MONTH.lastIndex = 0;
  for (let m; (m = DAY_OF_REL_MONTH.exec(norm)); ) {
    const day = m[1] ? Number(m[1]) : ordinalValue(m[3]!);
    if (day === null || day < 1 || day > 31) continue;
    // "22 this month" is a count ("killed 22 this month") unless it ends a period of days.
    if (m[1] && !m[2] && !m[4] && !/^the\s/i.test(m[0]) && !BARE_DAY_BEFORE.test(norm.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "of the month" only after an ordinal ("the 26th day of the month"): "22 in the month" counts.
    if (!m[5] && !m[2] && !m[3]) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    // "the 26th day of the month": of this month.
    const mod = (m[5] ?? 'this').toLowerCase();
    const ym = monthParts(ref, mod === 'next' || mod === 'coming' ? 1 : mod === 'last' || mod === 'previous' ? -1 : 0);
    out.push({ start, end, grain: 'day', date: { ...ym, day, grain: 'day' }, relative: true });
  }
  return out;
}

// A day of the month without its month: "on the 15th", "the 3rd", "by the twentieth", and
// with a weekday "Friday the 15th", "Thu 15th", "Sunday 31". An ordinal alone is a date only
// where nothing it could count follows ("the 15th century", "the 2nd District" are not):
// the end, punctuation, or a word that continues a clause. A bare number needs a preposition
// and "the" and nothing after it ("for the 27.").

const DAY_ALONE = new RegExp(
  `\\b(?:(on|for|by|until|till|since|before|after|from|through|around|week\\s+of)\\s+)?(the\\s+)(?:(\\d{1,2})(st|nd|rd|th)?|(${ORD_ALT}))\\b|\\b(on)\\s+(\\d{1,2})(st|nd|rd|th)\\b`,
  'gi',
);
const WEEKDAY_DAY = new RegExp(
  `\\b(${alt([...WEEKDAYS.keys(), ...Object.keys(lexicon.weekdayAbbreviations)])})\\.?\\s*,?\\s+(?:the\\s+)?(?:(\\d{1,2})(st|nd|rd|th)?|(${ORD_ALT}))\\b`,
  'gi',
);
const WEEKDAY_THE_GATE = /day\s*,?\s+the\s+[a-z]/i;
const CARD_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const CARD_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
let WEEKDAY_THE_CARDINAL: RegExp | undefined;
const weekdayTheCardinal = () =>
  (WEEKDAY_THE_CARDINAL ??= new RegExp(
    `\\b(${alt(WEEKDAYS.keys())})\\s*,?\\s+the\\s+((?:twenty|thirty)(?:[-\\s](?:${CARD_UNITS.join('|')}))?|${alt([...CARD_UNITS, ...CARD_TEENS])})\\b(?![-‐]\\w)`,
    'gi',
  ));
/** 1–31 written as a cardinal ("fifteen", "twenty-one", "thirty one"), else null. */
function cardinalDay(text: string): number | null {
  const [a, b] = text.toLowerCase().split(/[-\s]+/);
  const tens = a === 'twenty' ? 20 : a === 'thirty' ? 30 : 0;
  const n = tens ? tens + (b ? CARD_UNITS.indexOf(b) + 1 : 0) : CARD_UNITS.includes(a!) ? CARD_UNITS.indexOf(a!) + 1 : CARD_TEENS.indexOf(a!) + 10;
  return n >= 1 && n <= 31 ? n : null;
}
const CLAUSE_GO_ON = new Set(['at', 'in', 'on', 'and', 'or', 'when', 'as', 'to', 'until', 'till', 'from', 'through', 'but', 'after', 'before', 'because', 'if', 'with', 'while', 'so']);

/** What follows a bare day allows it to be a date: end, punctuation, a clause word. */
function dayEndsOk(norm: string, end: number, strict: boolean): boolean {
  const rest = norm.slice(end, end + 20);
  if (/^\s*(?:$|\n|[.!?;](?!\d)|[,)](?!\d))|^\s+[-–—]\s/.test(rest)) return true;
  if (strict) return false;
  const w = wordAfter(norm, end);
  return !!w && /^\s/.test(rest) && CLAUSE_GO_ON.has(w.text.toLowerCase());
}

function readDaysAlone(norm: string, ref: Ymd | null, prefer: Prefer | undefined): DateAtom[] {
  const out: DateAtom[] = [];
  const push = (start: number, end: number, day: number, weekday: number | null) => {
    if (day < 1 || day > 31) return;
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      return;
    }
    const n = monthDayNear(ref, day, prefer ?? 'closest', weekday);
    if (n !== null) out.push({ start, end, grain: 'day', date: dayParts(n), relative: true });
  };
  DAY_ALONE.lastIndex = 0;
  for (let m; (m = DAY_ALONE.exec(norm)); ) {
    const end = m.index + m[0].length;
    // A month or "of <month>" after it: a full day-month (read elsewhere).
    if (MONTH_AFTER.test(norm.slice(end, end + 16))) continue;
    // The first day of a period of days ("the 9th to the 12th of May"): the period's.
    if (/^\s*(?:-|to|till|until|through|thru|and)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b/i.test(norm.slice(end, end + 20))) continue;
    let prep: string | undefined;
    let day: number | null;
    let strict: boolean;
    if (m[7]) {
      prep = m[6];
      day = Number(m[7]);
      strict = false;
    } else {
      prep = m[1];
      day = m[3] ? Number(m[3]) : ordinalValue(m[5]!);
      // A preposition places it in time ("on the 15th"); bare digits and written ordinals
      // ("the second") also need nothing after them.
      const suffixed = !!m[4];
      if (!prep) continue;
      strict = !suffixed;
    }
    if (day === null || !dayEndsOk(norm, end, strict)) continue;
    const start = prep ? m.index + prep.length + norm.slice(m.index + prep.length, m.index + prep.length + 8).search(/\S/) : m.index;
    push(start, end, day, null);
  }
  // "Friday the fifteen", "Sunday the twenty-first": a day in cardinal words after a weekday and "the".
  if (WEEKDAY_THE_GATE.test(norm)) {
    const re = weekdayTheCardinal();
    re.lastIndex = 0;
    for (let m; (m = re.exec(norm)); ) {
      const end = m.index + m[0].length;
      if (MONTH_AFTER.test(norm.slice(end, end + 16)) || !dayEndsOk(norm, end, false)) continue;
      const day = cardinalDay(m[2]!);
      if (day !== null) push(m.index, end, day, WEEKDAYS.get(m[1]!.toLowerCase())!);
    }
  }
  WEEKDAY_DAY.lastIndex = 0;
  for (let m; (m = WEEKDAY_DAY.exec(norm)); ) {
    const end = m.index + m[0].length;
    const wd = m[1]!.toLowerCase();
    const weekday = WEEKDAYS.get(wd) ?? (lexicon.weekdayAbbreviations as Record<string, number>)[wd];
    if (weekday === undefined || (!WEEKDAYS.has(wd) && !/^[A-Z]/.test(m[1]!))) continue;
    if (MONTH_AFTER.test(norm.slice(end, end + 16)) || /^\s*[/.:-]\s*\d/.test(norm.slice(end, end + 4))) continue;
    const day = m[2] ? Number(m[2]) : ordinalValue(m[4]!);
    if (day === null || !dayEndsOk(norm, end, false)) continue;
    push(m.index, end, day, weekday);
  }
  // Two days alone joined ("between the 21st and 23rd", "from the 4th to the 9th"): a period
  // of days of the closest month — digits with a suffix, nothing they could count after them
  // ("between the 21st and 23rd floors" is not one); after a month ("November between 19 and
  // 20", "in March 2019 from the 4th to the 9th") the days of that month.
  {
    DAY_PAIR.lastIndex = 0;
    for (let m; (m = DAY_PAIR.exec(norm)); ) {
      const end = m.index + m[0].length;
      if ((m[1]!.toLowerCase() === 'between') !== (m[5]!.toLowerCase() === 'and')) continue;
      if (MONTH_AFTER.test(norm.slice(end, end + 16)) || !dayEndsOk(norm, end, false)) continue;
      const d1 = Number(m[3]);
      const d2 = Number(m[6]);
      if (d1 < 1 || d2 <= d1 || d2 > 31) continue;
      const from = Math.max(0, m.index - 24);
      const mb = MONTH_BEFORE_PAIR.exec(norm.slice(from, m.index));
      const month = mb ? MONTHS.get(mb[1]!.toLowerCase())! : null;
      // (A capitalised month name: "may"/"march" are words.)
      // ("November from 19 to 20" without a suffix is a change of figures more often: "rose in
      // November from 19 to 20".)
      const bare = !m[2] && !m[4] && !m[7];
      if (mb && month !== null && /^[A-Z]/.test(mb[1]!) && !(bare && m[1]!.toLowerCase() === 'from')) {
        const year = mb[2] ? Number(mb[2]) : null;
        if (d2 > daysInMonth(year ?? 2000, month)) continue;
        const date: CalendarParts = { year, month, day: d1, grain: 'day' };
        out.push({ start: from + mb.index, end, grain: 'day', date, to: { ...date, day: d2 } });
        continue;
      }
      // Digits with their suffix only: "from the 2nd to the 5th" ranks more often than it dates.
      if (!ref || !m[2] || !m[4] || !m[7]) continue;
      const n = monthDayNear(ref, d1, prefer ?? 'closest', null);
      if (n === null) continue;
      const first = dayParts(n);
      if (d2 > daysInMonth(first.year!, first.month!)) continue;
      out.push({ start: m.index, end, grain: 'day', date: first, to: { ...first, day: d2 }, relative: true });
    }
  }
  return out;
}

const DAY_PAIR = /\b(between|from)\s+(the\s+)?(\d{1,2})(st|nd|rd|th)?\s*(and|to|till|until|through|thru|-)\s*(?:the\s+)?(\d{1,2})(st|nd|rd|th)?\b/gi;
const MONTH_BEFORE_PAIR = new RegExp(`\\b(${alt(MONTHS.keys())})\\.?(?:\\s+(\\d{4}))?\\s*,?\\s+$`, 'i');

/**
 * An ordinal weekday with no month ("on the second Sunday", "I'll be back third Tuesday"): that
 * weekday of the reference's month; none when the month has no such day (a fifth Sunday).
 * Not a count of occurrences ("for a third Friday", "the second Friday in a row", "the first
 * Sunday since the truce", "the third Friday of protests"). Compiled on first use.
 */
let BARE_NTH_WEEKDAY: RegExp | undefined;
const BARE_NTH_BEFORE_DAY = /(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)$/i;
/** The gate: each "day" of the text (a handful) is checked for an ordinal weekday before it. */
function hasOrdinalWeekday(norm: string): boolean {
  for (let i = norm.indexOf('day'); i >= 0; i = norm.indexOf('day', i + 3)) {
    if (i >= 6 && BARE_NTH_BEFORE_DAY.test(norm.slice(Math.max(0, i - 18), i))) return true;
  }
  return false;
}
const BARE_NTH_TAIL = /^\s*(?:[-‐]\w|(?:in\s+a\s+row|running|straight|in\s+succession|of|in|after|before|since|following|until|when|that|which|this|next|last|to|and|or|through)\b)/i;
const BARE_NTH_NOT_AFTER = new Set(['a', 'an', 'another', 'every', 'each', 'per', 'consecutive', 'its', 'their', 'his', 'her', 'our']);

function readBareNthWeekdays(norm: string, ref: Ymd | null, out: DateAtom[]): void {
  if (!hasOrdinalWeekday(norm)) return;
  BARE_NTH_WEEKDAY ??= new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\\s+(${alt(WEEKDAYS.keys())})\\b`, 'gi');
  BARE_NTH_WEEKDAY.lastIndex = 0;
  for (let m; (m = BARE_NTH_WEEKDAY.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    if (BARE_NTH_TAIL.test(norm.slice(end, end + 20)) || BARE_NTH_NOT_AFTER.has(lower(wordBefore(norm, start)))) continue;
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    const [range] = holidayIn({ month: ref.month, weekday: WEEKDAYS.get(m[2]!.toLowerCase())!, nth: NTH[m[1]!.toLowerCase()]! }, ref.year);
    const last = dayNumber(ref.month === 12 ? ref.year + 1 : ref.year, ref.month === 12 ? 1 : ref.month + 1, 1) - 1;
    // No such day: the span is taken (not "Sunday" alone), with no date.
    if (!range || range[0] > last) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, optional: true });
    else out.push({ start, end, grain: 'day', date: dayParts(range[0]), relative: true });
  }
}

function readNthWeekday(norm: string, ref: Ymd | null, prefer: Prefer | undefined): DateAtom[] {
  const out: DateAtom[] = [];
  readBareNthWeekdays(norm, ref, out);
  NTH_WEEKDAY.lastIndex = 0;
  for (let m; (m = NTH_WEEKDAY.exec(norm)); ) {
    const nth = NTH[m[1]!.toLowerCase()]!;
    const weekday = WEEKDAYS.get(m[2]!.toLowerCase())!;
    let year: number | null = null;
    let month: number;
    if (m[3]) {
      if (!ref) {
        out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
        continue;
      }
      const mod = m[3].toLowerCase();
      const ym = monthParts(ref, mod === 'next' ? 1 : mod === 'last' || mod === 'previous' ? -1 : 0);
      year = ym.year;
      month = ym.month!;
    } else {
      const name = m[4]!;
      month = MONTHS.get(name.toLowerCase())!;
      if (!/^[A-Z]/.test(name) && (month === 3 || month === 5) && !m[5]) continue;
      year = m[5] ? Number(m[5]) : ref ? closestYear(ref, month, null, prefer) : null;
    }
    const start = m.index;
    const end = m.index + m[0].length - (m[0].endsWith('.') && FULL_MONTHS.includes(m[4]?.toLowerCase() ?? '') ? 1 : 0);
    if (year === null) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    const [range] = holidayIn({ month, weekday, nth }, year);
    const last = dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
    if (!range || range[0] > last) continue;
    out.push({ start, end, grain: 'day', date: { ...dayParts(range[0]), inferred: !m[5] }, relative: !m[5] && !m[4] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Years and days written in words: "nineteen ninety-six", "two thousand and fifteen", "nineteen
// oh one", "seventeen hundred thirty three", "twenty twenty"; "May twenty-nine", "January
// twenty five nineteen eighty six", "twenty five January nineteen eighty six". A year in words
// is read only where a year is expected: right after a written month or day ("13 Sept nineteen
// seventy two", "June of nineteen ninety nine", withWordYears), or after a word that places an
// event in a year ("in nineteen twenty eight", "since two thousand"), and never before a noun
// it could count ("in two thousand homes"). A day in words needs a capitalised month right
// before it ("May" the verb is not one) and a year or the end of the clause after it.

const CARDINAL = new Map<string, number>(Object.entries(lexicon.cardinalWords));
const NUM_WORD = alt([...CARDINAL.keys(), 'hundred', 'thousand']);
const WORD_RUN_SRC = `\\b(?:${NUM_WORD})(?:[\\s-]+(?:and[\\s-]+)?(?:${NUM_WORD}))*\\b`;
const WORD_RUN = new RegExp(WORD_RUN_SRC, 'gi');
/** A run of number words starting exactly at lastIndex. */
const WORD_RUN_AT = new RegExp(`(?:${NUM_WORD})(?:[\\s-]+(?:and[\\s-]+)?(?:${NUM_WORD}))*\\b`, 'iy');
/** What a year or a day in words holds: a text without it skips the scan. */
const WORD_DATE_GATE = /\b(?:thousand|hundred|(?:seven|eigh|nine)teen|twenty|thirty)\b/i;
const MONTH_BEFORE_RUN = new RegExp(`\\b(${alt(MONTHS.keys())})\\.?\\s*,?\\s+(?:(of|in)\\s+)?(?:the\\s+)?$`, 'i');
const MONTH_AFTER_RUN = new RegExp(`^\\s+(?:of\\s+)?(${alt(MONTHS.keys())})\\b\\.?\\s*,?\\s*`, 'i');
const wordsOf = (run: string) => run.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');

/** A cardinal 0–99 at `i` ("twenty-eight", "ninety", "seven"): [value, words used]. */
function cardinalAt(t: string[], i: number): [number, number] | null {
  const a = CARDINAL.get(t[i] ?? '');
  if (a === undefined || t[i] === 'oh' || t[i] === 'zero') return null;
  const b = CARDINAL.get(t[i + 1] ?? '');
  if (a >= 20 && a % 10 === 0 && b !== undefined && b >= 1 && b <= 9 && t[i + 1] !== 'oh') return [a + b, 2];
  return [a, 1];
}

/** The year all of `t` writes, or null. */
function yearOfWords(t: string[]): number | null {
  let value: number;
  let i: number;
  const tail = () => {
    if (i < t.length) {
      const c = cardinalAt(t, i);
      if (!c) return null;
      value += c[0];
      i += c[1];
    }
    return i === t.length ? value : null;
  };
  if (t[1] === 'thousand') {
    const k = CARDINAL.get(t[0]!);
    if (k !== 1 && k !== 2) return null;
    value = k * 1000;
    i = 2;
    if (t[3] === 'hundred') {
      const h = CARDINAL.get(t[2]!);
      if (h === undefined || h < 1 || h > 9) return null;
      value += h * 100;
      i = 4;
    }
    return tail();
  }
  const hi = CARDINAL.get(t[0] ?? '');
  if (hi === undefined || hi < 10 || hi > 20) return null;
  value = hi * 100;
  if (t[1] === 'hundred') {
    i = 2;
    return tail();
  }
  if (t[1] === 'oh' || t[1] === 'zero') {
    const u = CARDINAL.get(t[2] ?? '');
    return t.length === 3 && u !== undefined && u >= 1 && u <= 9 ? value + u : null;
  }
  const c = cardinalAt(t, 1);
  return c && c[0] >= 10 && 1 + c[1] === t.length ? value + c[0] : null;
}

/** A day (1–31) in words and, after it, a year in words: "twenty one two thousand and eighteen". */
function dayYearOfWords(t: string[]): { day: number; year: number | null } | null {
  const c = cardinalAt(t, 0);
  if (!c || c[0] < 1 || c[0] > 31) return null;
  if (c[1] === t.length) return { day: c[0], year: null };
  const year = yearOfWords(t.slice(c[1]));
  return year === null ? null : { day: c[0], year };
}

/** Nothing word-like after a day: the end of the clause. */
const CLAUSE_END = /^\s*(?:$|[.,;:!?)\]]|\n)/;

function readWordDates(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  if (!WORD_DATE_GATE.test(norm)) return out;
  WORD_RUN.lastIndex = 0;
  for (let m; (m = WORD_RUN.exec(norm)); ) {
    const s = m.index;
    const e = s + m[0].length;
    const t = wordsOf(m[0]);
    const before = MONTH_BEFORE_RUN.exec(norm.slice(Math.max(0, s - 20), s));
    if (before) {
      const name = before[1]!;
      const month = MONTHS.get(name.toLowerCase())!;
      if (!/^[A-Z]/.test(name) && (month === 3 || month === 5)) continue;
      const start = s - before[0].length;
      const whole = yearOfWords(t);
      const dy = before[2] ? null : dayYearOfWords(t);
      if (dy && (dy.year !== null || CLAUSE_END.test(norm.slice(e)) || /^\s*,?\s*\d{4}\b/.test(norm.slice(e)))) {
        let end = e;
        let year = dy.year;
        const digits = year === null ? /^\s*,?\s*(\d{4})\b(?![.,]?\d)/.exec(norm.slice(e, e + 8)) : null;
        if (digits && yearOk(Number(digits[1]))) {
          year = Number(digits[1]);
          end += digits[0].length;
        }
        out.push({ start, end, grain: 'day', date: { year, month, day: dy.day, grain: 'day' } });
      } else if (whole !== null && yearOk(whole)) {
        out.push({ start, end: e, grain: 'month', date: { year: whole, month, day: null, grain: 'month' } });
      }
      continue;
    }
    // A day in words before a month and a year: "twenty five January nineteen eighty six".
    const after = MONTH_AFTER_RUN.exec(norm.slice(e, e + 20));
    if (after) {
      const c = cardinalAt(t, 0);
      if (!c || c[1] !== t.length || c[0] < 1 || c[0] > 31) continue;
      const name = after[1]!;
      const month = MONTHS.get(name.toLowerCase())!;
      if (!/^[A-Z]/.test(name) && (month === 3 || month === 5)) continue;
      const at = e + after[0].length;
      let year: number | null = null;
      let end = at;
      const digits = /^(\d{4})\b(?![.,]?\d)/.exec(norm.slice(at, at + 6));
      if (digits) {
        year = Number(digits[1]);
        end += 4;
      } else {
        WORD_RUN_AT.lastIndex = at;
        const r = WORD_RUN_AT.exec(norm);
        const y = r ? yearOfWords(wordsOf(r[0])) : null;
        if (y !== null) {
          year = y;
          end = at + r![0].length;
        }
      }
      if (year === null || !yearOk(year)) continue;
      out.push({ start: s, end, grain: 'day', date: { year, month, day: c[0], grain: 'day' } });
      WORD_RUN.lastIndex = end;
      continue;
    }
    // A year alone after a word of time: "in nineteen twenty eight", "since two thousand".
    const year = yearOfWords(t);
    if (year === null || !yearOk(year)) continue;
    const prev = lower(wordBefore(norm, s));
    if (!YEAR_STRONG.has(prev) && !YEAR_BEFORE.has(prev)) continue;
    const nw = wordAfter(norm, e);
    const next = lower(nw);
    if (nw && /^[a-z]/.test(nw.text) && (COUNT_NOUNS.has(next) || (isPlural(next) && !EVENT_NOUNS.has(next)))) continue;
    out.push({ start: s, end: e, grain: 'year', date: { year, month: null, day: null, grain: 'year' } });
  }
  return out;
}

/**
 * A numbered part of a year written in words: "the third week of two thousand and twenty seven",
 * "the third quarter of two thousand and twenty": read as the same words with the year in digits
 * (readUnitsOf, readQuarters), the span the words'. Compiled on first use.
 */
let PART_OF_WORD_YEAR: RegExp | undefined;

function readPartsOfWordYears(norm: string, ref: Ymd | null, prefer: Prefer | undefined): DateAtom[] {
  const out: DateAtom[] = [];
  if (/\sof\s/i.test(norm) && WORD_DATE_GATE.test(norm)) readPartsOfWordYearsInto(norm, ref, prefer, out);
  return out;
}

function readPartsOfWordYearsInto(norm: string, ref: Ymd | null, prefer: Prefer | undefined, out: DateAtom[]): void {
  PART_OF_WORD_YEAR ??= new RegExp(`\\b((?:the\\s+)?(?:[A-Za-z0-9]+\\s+){1,2}(?:weeks?|months?|days?|quarter|half)\\s+of\\s+)(${WORD_RUN_SRC})`, 'gi');
  PART_OF_WORD_YEAR.lastIndex = 0;
  for (let m; (m = PART_OF_WORD_YEAR.exec(norm)); ) {
    const year = yearOfWords(wordsOf(m[2]!));
    if (year === null || !yearOk(year)) continue;
    const nw = wordAfter(norm, m.index + m[0].length);
    if (nw && /^[a-z]/.test(nw.text) && (COUNT_NOUNS.has(nw.text) || isPlural(nw.text))) continue;
    const found = partOfSynthetic(`${m[1]}${year}`, ref, prefer);
    if (found) out.push({ ...found, start: m.index + found.start, end: m.index + m[0].length });
  }
}


/** The atom a numbered part reader makes of the whole synthetic text, if any. */
function partOfSynthetic(syn: string, ref: Ymd | null, prefer: Prefer | undefined): DateAtom | undefined {
  return [...readUnitsOf(syn, ref, prefer), ...readQuarters(syn, ref, prefer)].filter((a) => a.end === syn.length).sort((a, b) => a.start - b.start)[0];
}

/** A written day or month without a year, followed by a year in words: "13 Sept nineteen seventy two". */
const WORD_YEAR_AFTER = /(?:\s*,\s*|\s+)(?:(?:of|in)\s+)?/iy;

function withWordYears(norm: string, atoms: DateAtom[]): DateAtom[] {
  if (!WORD_DATE_GATE.test(norm)) return atoms;
  for (const a of atoms) {
    if ((a.grain !== 'day' && a.grain !== 'month') || a.relative || a.to || a.date.year !== null || a.date.month === null) continue;
    WORD_YEAR_AFTER.lastIndex = a.end;
    const sep = WORD_YEAR_AFTER.exec(norm);
    if (!sep) continue;
    WORD_RUN_AT.lastIndex = a.end + sep[0].length;
    const r = WORD_RUN_AT.exec(norm);
    const year = r ? yearOfWords(wordsOf(r[0])) : null;
    if (year === null || !yearOk(year)) continue;
    a.date = { ...a.date, year };
    a.end = WORD_RUN_AT.lastIndex;
  }
  return atoms;
}

/**
 * A written day or month without a year, then "of" and a two-digit year closing the clause: "in
 * April of 87", "born on 15 April of '87" (the year is 20xx up to ten years after the reference,
 * else 19xx, as for numeric dates). Not "April of 87 people" (a count goes on) nor a bare "April
 * 87" (a count or a score as often as a year).
 */
const SHORT_YEAR_AFTER = /\s+of\s+['’]?(\d\d)(?![\w'’%]|[.,:/-]\d)(?=\s*(?:[.,;:!?)\]]|\n|$))/y;

function withShortYears(norm: string, atoms: DateAtom[], ref: Ymd | null): DateAtom[] {
  for (const a of atoms) {
    if ((a.grain !== 'day' && a.grain !== 'month') || a.relative || a.to || a.date.year !== null || a.date.month === null) continue;
    if (norm.charCodeAt(a.end + 1) !== 111 /* o */ && norm.charCodeAt(a.end + 2) !== 111) continue;
    SHORT_YEAR_AFTER.lastIndex = a.end;
    const m = SHORT_YEAR_AFTER.exec(norm);
    if (!m) continue;
    const pivot = Math.min(99, ((ref?.year ?? 2019) % 100) + 10);
    const yy = Number(m[1]);
    a.date = { ...a.date, year: yy + (yy <= pivot ? 2000 : 1900) };
    a.end = SHORT_YEAR_AFTER.lastIndex;
  }
  return atoms;
}

// ---------------------------------------------------------------------------------------------
// Seasons (northern, astronomical): "this summer", "last winter", "next spring", "the summer of
// 2018", "fall 2019". A season is a period of days (value null): spring 20 March–20 June, summer
// 21 June–23 September, autumn 23 September–20 December, winter 21 December–20 March (a winter
// belongs to the year it starts in). "This summer" is the one running at the reference, else the
// one of the reference's year; "last"/"next" the one before/after the reference. "Season"
// itself only named from the reference, outside a sentence of play or harvest (readSeason), and
// "fall" not before "in"/"of" ("the last fall in prices").

const SEASON_SPAN: Record<string, [number, number, number, number]> = {
  spring: [3, 20, 6, 20],
  summer: [6, 21, 9, 23],
  autumn: [9, 23, 12, 20],
  fall: [9, 23, 12, 20],
  winter: [12, 21, 3, 20],
};
const SEASON_WORD = /\b(spring|summer|autumn|fall|winter)\b/gi;
const SEASON_REL = /\b(?:this|last|next|current|coming|past|previous|upcoming)\s+season\b/gi;
const SEASON_ORDER = ['spring', 'summer', 'autumn', 'winter'];
const SEASON_MOD_BEFORE = /\b(this|last|next|current|coming|past|previous|upcoming)\s+$/i;
const SEASON_YEAR_AFTER = /^\s+(?:of\s+)?(\d{4})\b/;

function seasonIn(name: string, year: number): [number, number] {
  const [m1, d1, m2, d2] = SEASON_SPAN[name]!;
  return [dayNumber(year, m1, d1), dayNumber(m2 < m1 ? year + 1 : year, m2, d2)];
}

function readSeasons(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  SEASON_WORD.lastIndex = 0;
  for (let w; (w = SEASON_WORD.exec(norm)); ) {
    const name = w[1]!.toLowerCase();
    const after = w.index + w[0].length;
    const yearAfter = SEASON_YEAR_AFTER.exec(norm.slice(after, after + 10));
    const modBefore = yearAfter ? null : SEASON_MOD_BEFORE.exec(norm.slice(Math.max(0, w.index - 12), w.index));
    if (!yearAfter && !modBefore) continue;
    const start = modBefore ? w.index - modBefore[0].length : w.index;
    const end = yearAfter ? after + yearAfter[0].length : after;
    if (name === 'fall' && !yearAfter && /^\s+(?:in|of)\b/i.test(norm.slice(end, end + 4))) continue;
    let span: [number, number];
    if (yearAfter) {
      const y = Number(yearAfter[1]);
      if (!yearOk(y)) continue;
      span = seasonIn(name, y);
      out.push({ start, end, grain: 'day', date: { ...dayParts(span[0]), inferred: false }, to: { ...dayParts(span[1]), inferred: false }, noValue: true });
      continue;
    }
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true });
      continue;
    }
    const r = dayNumber(ref.year, ref.month, ref.day);
    const all = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1].map((y) => seasonIn(name, y));
    const mod = modBefore![1]!.toLowerCase();
    if (mod === 'last' || mod === 'past' || mod === 'previous') span = [...all].reverse().find((o) => o[1] < r)!;
    else if (mod === 'next' || mod === 'coming' || mod === 'upcoming') span = all.find((o) => o[0] > r)!;
    else span = all.find((o) => o[0] <= r && r <= o[1]) ?? seasonIn(name, name === 'winter' && ref.month <= 3 ? ref.year - 1 : ref.year);
    out.push({ start, end, grain: 'day', date: dayParts(span[0]), to: dayParts(span[1]), noValue: true, relative: true });
  }
  // "This season", "last season" (readSeason): a text without the word skips the scan.
  SEASON_REL.lastIndex = 0;
  if (norm.includes('season') || norm.includes('Season')) for (let w; (w = SEASON_REL.exec(norm)); ) readSeason(norm, ref, w.index + w[0].length - 6, w.index + w[0].length, out);
  return out;
}

/**
 * "This season" (the season running at the reference), "last/past/previous season" (the one
 * before it), "next/coming/upcoming season": a calendar season only outside a sentence of a
 * game, a crop, a show… (seasonOfPlay: "last season the club finished third", "next season's
 * harvest"), never plural ("in past seasons") nor before "of" ("the next season of the show").
 */
function readSeason(norm: string, ref: Ymd | null, at: number, end: number, out: DateAtom[]): void {
  const mod = SEASON_MOD_BEFORE.exec(norm.slice(Math.max(0, at - 12), at));
  if (!mod || /^(?:[-‐'’]?\w|\s+of\b)/.test(norm.slice(end, end + 4))) return;
  const start = at - mod[0].length;
  if (seasonOfPlay(norm, start, end)) return;
  if (!ref) {
    out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true });
    return;
  }
  const r = dayNumber(ref.year, ref.month, ref.day);
  const all = [ref.year - 1, ref.year, ref.year + 1].flatMap((y) => SEASON_ORDER.map((name) => seasonIn(name, y)));
  const k = all.findIndex((o) => o[0] <= r && r <= o[1]);
  const w = mod[1]!.toLowerCase();
  const span = k < 0 ? undefined : all[k + (w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' || w === 'upcoming' ? 1 : 0)];
  if (!span) return;
  out.push({ start, end, grain: 'day', date: dayParts(span[0]), to: dayParts(span[1]), noValue: true, relative: true });
}

// ---------------------------------------------------------------------------------------------
// Numbered parts of a month or year: "the first week of March", "the last week of 2016", "the
// second last week of October 2018", "the third week of this month", "the first two weeks of
// 2021", "the last four months of 2021", "the first ten days of last year", "the third month of
// 2021", "the last day of October 2015". A week belongs to the month (year) that holds its
// Thursday (ISO 8601: the first week of 2015 starts on 29 December 2014). A single month or day
// keeps its value; weeks and runs of units are periods (value null).

const PART_ORD: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, '6th': 6, seventh: 7, '7th': 7, eighth: 8, '8th': 8, ninth: 9, '9th': 9, tenth: 10, '10th': 10,
  eleventh: 11, '11th': 11, twelfth: 12, '12th': 12,
};
const UNIT_OF = new RegExp(
  `(?<![-\\w])(?:the\\s+)?(?:(${alt(Object.keys(PART_ORD))})\\s+)?(first|last|${alt(Object.keys(PART_ORD))})\\s+(?:(${alt(COUNT_WORDS_KEYS)}|\\d{1,2})\\s+)?(day|week|month)(s?)\\s+(?:(?:of|in)\\s+(?:(this|next|last|previous|current|coming|the)\\s+(month|year)|(${alt(MONTHS.keys())})\\b\\.?(?:,?\\s+(\\d{4})\\b)?|(\\d{4})\\b)|(this|next|last|coming)\\s+(month|year)\\b)`,
  'gi',
);
/** What every UNIT_OF match holds: a text without it skips the scan. */
const UNIT_OF_GATE = /(?:day|week|month)s?\s+(?:of|in|this|next|last|coming)\s/i;

/** ISO week numbers with their year: "week 3 of 2027", "week 27 of last year" (a bare "week 3" may be a war's). */
const ISO_WEEK = /\bweek\s+(\d{1,2})\s+of\s+(?:(\d{4})\b|(?:the\s+)?(this|next|last|previous|current)\s+year\b)/gi;

/**
 * A bare ISO week number, "week 31" of the reference's year: only where a date is expected —
 * at the start of the text, after a preposition or "the", or after a weekday ("Thursday, week
 * 23") — and where nothing it could be a sports or war week's goes on after it: the end of the
 * clause, a time, or another week ("week 31 to week 35"). Not "week 3 of the war", "in a week
 * 3 game", "Week 10 against the Bears".
 */
const BARE_WEEK = /\bweek\s+(\d{1,2})\b(?![.,:/]\d|%)/gi;
const BARE_WEEK_TAIL = /^(?:\s*(?:$|[.,;:!?)\]](?!\d)|\n)|\s+\d|\s*(?:to|through|thru|until|till|and|-|–)\s*week\s+\d)/i;
const BARE_WEEK_BEFORE = new Set(['in', 'the', 'from', 'between', 'and', 'to', 'through', 'until', 'during', 'on', 'by', 'for', 'since', 'before', 'after']);

function readBareIsoWeeks(norm: string, ref: Ymd | null, out: DateAtom[]): void {
  BARE_WEEK.lastIndex = 0;
  for (let m; (m = BARE_WEEK.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    if (!BARE_WEEK_TAIL.test(norm.slice(end, end + 16))) continue;
    const pw = wordBefore(norm, start);
    const lead = /([A-Za-z]+)\s*,\s*$/.exec(norm.slice(Math.max(0, start - 14), start));
    const atStart = !pw && /^\s*$/.test(norm.slice(0, start));
    const afterWeekday = !!lead && WEEKDAYS.has(lead[1]!.toLowerCase());
    if (!atStart && !afterWeekday && !(pw && BARE_WEEK_BEFORE.has(lower(pw)) && /^\s+$/.test(norm.slice(pw.end, start)))) continue;
    const n = Number(m[1]);
    if (n < 1 || n > 53) continue;
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true });
      continue;
    }
    const w = isoWeek(ref.year, n);
    if (w !== null) out.push({ start, end, grain: 'day', date: { ...dayParts(w), inferred: true }, to: { ...dayParts(w + 6), inferred: true }, noValue: true, relative: true });
  }
}

/** Monday of ISO week `n` of `year`, or null when that year has no such week. */
function isoWeek(year: number, n: number): number | null {
  const jan4 = dayNumber(year, 1, 4);
  const monday = jan4 - ((weekdayOf(jan4) + 6) % 7) + 7 * (n - 1);
  const next4 = dayNumber(year + 1, 1, 4);
  return monday > next4 - ((weekdayOf(next4) + 6) % 7) - 7 ? null : monday;
}

function readIsoWeeks(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  if (/\bweek\s+\d/i.test(norm)) readBareIsoWeeks(norm, ref, out);
  ISO_WEEK.lastIndex = 0;
  if (/\bweek\s+\d/i.test(norm)) for (let m; (m = ISO_WEEK.exec(norm)); ) {
    const n = Number(m[1]);
    const mod = m[3]?.toLowerCase();
    if (mod && !ref) continue;
    const year = m[2] ? Number(m[2]) : ref!.year + (mod === 'next' ? 1 : mod === 'last' || mod === 'previous' ? -1 : 0);
    if (n < 1 || n > 53 || !yearOk(year)) continue;
    const jan4 = dayNumber(year, 1, 4);
    const monday = jan4 - ((weekdayOf(jan4) + 6) % 7) + 7 * (n - 1);
    const next4 = dayNumber(year + 1, 1, 4);
    if (monday > next4 - ((weekdayOf(next4) + 6) % 7) - 7) continue;
    const inferred = !m[2];
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: { ...dayParts(monday), inferred }, to: { ...dayParts(monday + 6), inferred }, noValue: true, relative: inferred });
  }
  return out;
}

let WEEKDAY_ON_AFTER: RegExp | undefined;
const weekdayOnAfter = () => (WEEKDAY_ON_AFTER ??= new RegExp(`^\\s*,?\\s*on\\s+(${alt(WEEKDAYS.keys())})\\b`, 'i'));

function readUnitsOf(norm: string, ref: Ymd | null, prefer: Prefer | undefined): DateAtom[] {
  const out: DateAtom[] = [];
  UNIT_OF.lastIndex = 0;
  if (UNIT_OF_GATE.test(norm)) for (let m; (m = UNIT_OF.exec(norm)); ) {
    const lead = m[1]?.toLowerCase();
    const which = m[2]!.toLowerCase();
    const countText = m[3];
    const unit = m[4]!.toLowerCase() as 'day' | 'week' | 'month';
    const plural = !!m[5];
    // "the second last week": an ordinal counted from the end; "the first two weeks": a run.
    if (lead && (which !== 'last' || countText)) continue;
    const count = countText ? (/^\d/.test(countText) ? Number(countText) : COUNT_WORDS.get(countText.toLowerCase()) ?? 0) : 1;
    if (count < 1 || plural !== !!countText || (countText && which !== 'first' && which !== 'last')) continue;
    const fromEnd = which === 'last';
    const nth = fromEnd ? (lead ? PART_ORD[lead]! : 1) : PART_ORD[which]!;
    // The whole: a month (name, year or from the reference) or a year.
    let year: number | null = null;
    let month: number | null = null;
    // "the third week next year": as "the third week of next year".
    if (m[11]) {
      m[6] = m[11];
      m[7] = m[12];
    }
    if (m[6]) {
      if (!ref) {
        const grain = unit === 'month' && count === 1 ? 'month' : 'day';
        out.push({ start: m.index, end: m.index + m[0].length, grain, date: unknownParts(grain), relative: true, unresolved: true, noValue: unit === 'week' || count > 1 });
        continue;
      }
      const mod = m[6].toLowerCase();
      const delta = mod === 'next' || mod === 'coming' ? 1 : mod === 'last' || mod === 'previous' ? -1 : 0;
      if (m[7]!.toLowerCase() === 'month') {
        const ym = monthParts(ref, delta);
        year = ym.year;
        month = ym.month;
      } else year = ref.year + delta;
    } else if (m[8]) {
      month = MONTHS.get(m[8].toLowerCase())!;
      year = m[9] ? Number(m[9]) : ref ? closestYear(ref, month, null, prefer) : null;
      if (!/^[A-Z]/.test(m[8]) && (month === 3 || month === 5) && !m[9] && unit !== 'week') continue;
    } else year = Number(m[10]);
    if (year === null && !ref) {
      const grain = unit === 'month' && count === 1 ? 'month' : 'day';
      out.push({ start: m.index, end: m.index + m[0].length, grain, date: unknownParts(grain), relative: true, unresolved: true, noValue: unit === 'week' || count > 1 });
      continue;
    }
    if (year === null || !yearOk(year)) continue;
    if (unit === 'month' && month !== null) continue;
    const first = dayNumber(year, month ?? 1, 1);
    const last = month === null ? dayNumber(year, 12, 31) : dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
    const start = m.index;
    let end = m.index + m[0].length;
    if (m[8] && !m[9] && norm[end - 1] === '.' && FULL_MONTHS.includes(m[8].toLowerCase())) end--;
    const inferred = !m[9] && !m[10];
    // A week or a run of units keeps its whole as the value, its days as from/to (DateAtom.within).
    const whole: CalendarParts = { year, month, day: null, grain: month === null ? 'year' : 'month', inferred };
    const part = (a: number, b: number, grain: DateGrain = 'day'): DateAtom => {
      const ends = grain === 'day' ? [dayParts(a), dayParts(b)] : [{ year, month: a, day: null, grain }, { year, month: b, day: null, grain }];
      return { start, end, grain: whole.grain, date: whole, within: { from: { ...ends[0]!, inferred }, to: { ...ends[1]!, inferred } }, relative: inferred };
    };
    if (unit === 'day') {
      const a = fromEnd ? last - (nth - 1) - (count - 1) : first + nth - 1;
      const b = a + count - 1;
      if (a < first || b > last) continue;
      if (count === 1) out.push({ start, end, grain: 'day', date: { ...dayParts(a), inferred }, relative: inferred });
      else out.push(part(a, b));
    } else if (unit === 'week') {
      // Mondays of the first and last weeks whose Thursday falls inside the whole.
      let firstMonday = first - ((weekdayOf(first) + 6) % 7);
      if (firstMonday + 3 < first) firstMonday += 7;
      let lastMonday = last - ((weekdayOf(last) + 6) % 7);
      if (lastMonday + 3 > last) lastMonday -= 7;
      const a = fromEnd ? lastMonday - 7 * (nth - 1) - 7 * (count - 1) : firstMonday + 7 * (nth - 1);
      const b = a + 7 * count - 1;
      if (a < firstMonday || b > lastMonday + 6) continue;
      // "the first week of October, on Friday": that day of the week.
      const on = count === 1 ? weekdayOnAfter().exec(norm.slice(end, end + 24)) : null;
      if (on) {
        const wd = WEEKDAYS.get(on[1]!.toLowerCase())!;
        out.push({ start, end: end + on[0].length, grain: 'day', date: { ...dayParts(a + ((wd + 6) % 7)), inferred }, relative: inferred });
      } else out.push(part(a, b));
    } else {
      const a = fromEnd ? 13 - nth - (count - 1) : nth;
      const b = a + count - 1;
      if (a < 1 || b > 12) continue;
      const mp = (mo: number): CalendarParts => ({ year, month: mo, day: null, grain: 'month', inferred });
      if (count === 1) out.push({ start, end, grain: 'month', date: mp(a), relative: inferred });
      else out.push(part(a, b, 'month'));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lower-case "may"/"march" before a day ("march 3", "march 3rd, 2015"), "the 1st of march":
// a day number right beside the month and nothing word-like after it.

const LOWER_MONTH_DAY = /\b(may|march|mar\.?)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[a-z%$-]|\d|\.\d))(?:,?\s+(\d{4})\b)?/g;
/** "It may be in may.", "since march,": after a word of time and closing the clause. */
const LOWER_MONTH_BEFORE = /\b(?:in|since|until|till|by|during)\s*$/;
const LOWER_MONTH_AFTER = /^\s*(?:[.!?;,]|$)/;
const ORDINAL_OF_LOWER = /\b(\d{1,2})(?:st|nd|rd|th)\s+of\s+(may|march)\b(?:,?\s+(\d{4})\b)?/g;

function readLowerMonths(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  for (const [re, dayIx, monthIx] of [
    [LOWER_MONTH_DAY, 2, 1],
    [ORDINAL_OF_LOWER, 1, 2],
  ] as const) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(norm)); ) {
      const day = Number(m[dayIx]);
      if (day < 1 || day > 31) continue;
      const month = m[monthIx]!.startsWith('may') ? 5 : 3;
      const year = m[3] ? Number(m[3]) : null;
      out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: { year, month, day, grain: 'day' } });
    }
  }
  // (Each " may"/" march" of the text, a handful, is checked in place.)
  for (const word of [' may', ' march']) {
    for (let i = norm.indexOf(word); i >= 0; i = norm.indexOf(word, i + word.length)) {
      const start = i + 1;
      const end = start + word.length - 1;
      if (!LOWER_MONTH_AFTER.test(norm.slice(end, end + 3)) || !LOWER_MONTH_BEFORE.test(norm.slice(Math.max(0, i - 7), i))) continue;
      out.push({ start, end, grain: 'month', date: { year: null, month: word === ' may' ? 5 : 3, day: null, grain: 'month' } });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Holidays with a fixed or computed Gregorian date ("Christmas", "Thanksgiving 2014",
// "last Easter"). A year after it or last/next/this before it places it; otherwise the
// year-less date follows the usual policy (closest, or the caller's `prefer`).

const HOLIDAYS = new Map<string, HolidayRule>(Object.entries(lexicon.holidays as unknown as Record<string, HolidayRule>));
/** Holidays by the reader's country (lexicon `localeHolidays`, keyed by ISO 3166 region). */
const LOCALE_HOLIDAYS = lexicon.localeHolidays as unknown as Record<string, Record<string, HolidayRule>>;
const LOCALE_NAMES = new Set(Object.values(LOCALE_HOLIDAYS).flatMap((t) => Object.keys(t)));
/** The region of a locale ("en_CA", "en-ca", "CA" → "CA"), or null. */
function regionOf(locale: string | undefined): string | null {
  const m = locale ? /(?:^|[-_])([A-Za-z]{2})$/.exec(locale.trim()) : null;
  return m ? m[1]!.toUpperCase() : null;
}
/** The locale's own rules, keyed as HOLIDAY_KEYS. */
const localeKeys = new Map<string, Map<string, HolidayRule>>();
function localeRules(region: string | null): Map<string, HolidayRule> | null {
  if (!region || !LOCALE_HOLIDAYS[region]) return null;
  let m = localeKeys.get(region);
  if (!m) localeKeys.set(region, (m = new Map(Object.entries(LOCALE_HOLIDAYS[region]!).map(([k, v]) => [holidayKey(k), v]))));
  return m;
}
/**
 * A weekday in a holiday's name may be abbreviated ("Easter Mon", "Covenant Thu", "Good Fri.",
 * "Thu of Mysteries"); not "sat"/"sun", ordinary words ("the Easter sun").
 */
const WEEKDAY_IN_NAME = /\b(?:monday|tuesday|wednesday|thursday|friday)\b/gi;
const NAME_WEEKDAY_ABBR: Record<string, string> = { monday: 'mon', tuesday: 'tues?', wednesday: 'wed', thursday: 'thu(?:rs?)?', friday: 'fri' };
const NAME_WEEKDAY_SHORT = /\b(?:mon|tues?|wed|thu|thurs?|fri)\b/g;
const NAME_WEEKDAY_FULL: Record<string, string> = { mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday' };
const HOLIDAY = new RegExp(
  `\\b(?:(last|next|this|previous|following)\\s+)?(${alt([...new Set([...HOLIDAYS.keys(), ...LOCALE_NAMES])].map((h) => h.replace(/'/g, "['’]?").replace(/\./g, '\\.?').replace(/-/g, '[-\\s]?').replace(/ /g, '(?:\\s+|\\s*-\\s*)').replace(WEEKDAY_IN_NAME, (w) => `(?:${w}|${NAME_WEEKDAY_ABBR[w.toLowerCase()]}\\.?)`)))})\\b(?:\\s+day\\b)?(?:,?\\s+(?:of\\s+|in\\s+)?(\\d{4})\\b|\\s+(?:of\\s+)?(last|next|this)\\s+year\\b)?`,
  'gi',
);
const OTHER_CALENDAR = /\b(?:chinese|lunar|orthodox|persian|parsi|jewish|julian|vietnamese|korean|tamil|thai|ethiopian|coptic)\s+$/i;
const holidayKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[-\s]+/g, ' ')
    .replace(NAME_WEEKDAY_SHORT, (w) => NAME_WEEKDAY_FULL[w]!);
const HOLIDAY_KEYS = new Map<string, HolidayRule>([...HOLIDAYS].map(([k, v]) => [holidayKey(k), v]));

const HOLIDAY_OFFSET = new RegExp(
  `^\\s+(?:in\\s+(\\d{1,2}|${alt(COUNT_WORDS_KEYS)})\\s+(year|month)s?|(\\d{1,2}|${alt(COUNT_WORDS_KEYS)})\\s+(year|month)s?\\s+(ago|back|hence))\\b`,
  'i',
);

const HOLIDAY_WEEKEND_AFTER = /^\s+weekend\b(?:,?\s+(?:of\s+|in\s+)?(\d{4})\b)?/i;
const HOLIDAY_WEEKEND_BEFORE = /\bweekend\s+of\s+(?:the\s+)?$/i;

/**
 * The weekend a one-day holiday makes long: a Monday's from the Saturday before, a Thursday's
 * or a Friday's to the Sunday after, a Saturday's or a Sunday's its own; none midweek.
 */
function holidayWeekend(n: number): [number, number] | null {
  const wd = weekdayOf(n);
  if (wd === 1) return [n - 2, n];
  if (wd === 4) return [n, n + 3];
  if (wd === 5) return [n, n + 2];
  if (wd === 6) return [n, n + 1];
  if (wd === 0) return [n - 1, n];
  return null;
}

const HOLIDAY_COMMON_WORDS = new Set(lexicon.holidayCommonWords);
const HOLIDAY_GIVEN_NAMES = new Set(lexicon.holidayGivenNames);
const NEW_YEAR_BEFORE = /\b(?:before|after|until|till|since|by|around|over|at|on|ahead\s+of)\s+(?:the\s+)?$/i;

/**
 * "This Easter", "this MLK Day": the one running at the reference or just past (within a week:
 * "this Christmas was quiet" said on 28 December), else the next one ("this Easter" said in
 * December is next spring's); the latest one when the caller prefers the past.
 */
function thisHoliday(rule: HolidayRule, ref: Ymd, prefer: Prefer | undefined, cal?: HijriCalendar, feastDays?: FeastDays): [number, number] | null {
  if (prefer === 'past') return resolveHoliday(rule, null, null, ref, 'past', cal, feastDays);
  const r = dayNumber(ref.year, ref.month, ref.day);
  const last = resolveHoliday(rule, null, null, ref, 'past', cal, feastDays);
  if (last && last[1] >= r - 7) return last;
  return resolveHoliday(rule, null, null, ref, 'future', cal, feastDays);
}

const CLOSEST_BEFORE = /\bthe\s+(?:(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+)?(?:closest|nearest)\s+$/i;
const CLOSEST_TO = /^\s+to\s+(?:the\s+)?(?=\S)/i;

/** `feastDays`: DateContext.feastDays (a Hebrew-calendar feast from its eve with 'eve', extract/dates/options.ts). */
function readHolidays(norm: string, ref: Ymd | null, prefer: Prefer | undefined, cal?: HijriCalendar, locale?: string, feastDays?: FeastDays): DateAtom[] {
  const out: DateAtom[] = [];
  const own = localeRules(regionOf(locale));
  HOLIDAY.lastIndex = 0;
  for (let m; (m = HOLIDAY.exec(norm)); ) {
    const key = holidayKey(m[2]!);
    const rule = own?.get(key) ?? HOLIDAY_KEYS.get(key);
    if (!rule) continue;
    // "He lent me money", "a bowl of pongal": an ordinary word unless capitalised or dated.
    if (HOLIDAY_COMMON_WORDS.has(key) && !/^[A-Z]/.test(m[2]!) && !m[3]) continue;
    // "Rakhi 2018", "this Rakhi"; "Rakhi said" is a woman.
    if (HOLIDAY_GIVEN_NAMES.has(key) && !m[1] && !m[3] && !m[4]) continue;
    // "New year" alone is the holiday only right after a word of time ("5 days before new
    // year", "over the New Year"): "in the new year", "a new year", "the Iranian New Year" are not.
    if (key === 'new year' && (m[1] || /^\s+day\b/i.test(m[0].slice(m[2]!.length)) || !NEW_YEAR_BEFORE.test(norm.slice(Math.max(0, m.index - 16), m.index)))) continue;
    // "Chinese New Year", "Orthodox Easter", "Lunar New Year's Day": another calendar's.
    // (A Hebrew-calendar feast is that calendar's already: "the Jewish Passover".)
    if (!m[1] && !('hebrew' in rule) && OTHER_CALENDAR.test(norm.slice(Math.max(0, m.index - 24), m.index))) continue;
    const start = m.index;
    let end = m.index + m[0].length;
    // "The closest Christmas to today", "the 2nd nearest Super Tuesday to 2019": an operator on
    // the date after "to" (build.ts: DateAtom.applies.closestHoliday); dropped without one.
    if (!m[1] && !m[3] && !m[4] && /\b(?:closest|nearest)\s+$/i.test(norm.slice(Math.max(0, start - 10), start))) {
      const before = CLOSEST_BEFORE.exec(norm.slice(Math.max(0, start - 40), start));
      const to = before ? CLOSEST_TO.exec(norm.slice(end, end + 12)) : null;
      if (before && to) {
        const n = before[1] ? NTH[before[1].toLowerCase()]! : 1;
        const applies = { closestHoliday: { n, rule } };
        out.push({ start: start - before[0].length, end: end + to[0].length, grain: 'day', date: unknownParts('day'), relative: true, applies });
        continue;
      }
    }
    // "The following Easter": after a narrated date (build.ts drops this fallback then), else the next one.
    const following = /^following$/i.test(m[1] ?? '');
    const mod = (m[1]?.toLowerCase().replace('previous', 'last').replace('following', 'next') ?? null) as 'last' | 'next' | 'this' | null;
    const ofYear = m[4]?.toLowerCase();
    if (ofYear && !ref) continue;
    let written = m[3] ? Number(m[3]) : ofYear && ref ? ref.year + (ofYear === 'next' ? 1 : ofYear === 'last' ? -1 : 0) : null;
    // The holiday of a year counted from the reference: "Thanksgiving in a year", "Easter
    // two years ago", "Christmas 3 months ago" (the year of the day that far from the reference).
    if (written === null && !mod && ref) {
      const o = HOLIDAY_OFFSET.exec(norm.slice(end, end + 32));
      if (o) {
        const n = /^\d/.test(o[1] ?? o[3]!) ? Number(o[1] ?? o[3]) : COUNT_WORDS.get((o[1] ?? o[3])!.toLowerCase()) ?? 1;
        const sign = o[5] && /^(?:ago|back)$/i.test(o[5]) ? -1 : 1;
        written = offsetParts(ref, sign * n, (o[2] ?? o[4])!.toLowerCase() as OffsetUnit).year;
        end += o[0].length;
      }
    }
    // A year in words: "Easter Sunday two thousand ten".
    if (written === null && WORD_DATE_GATE.test(norm.slice(end, end + 40))) {
      WORD_YEAR_AFTER.lastIndex = end;
      const sep = WORD_YEAR_AFTER.exec(norm);
      WORD_RUN_AT.lastIndex = end + (sep ? sep[0].length : 0);
      const r = sep ? WORD_RUN_AT.exec(norm) : null;
      const y = r ? yearOfWords(wordsOf(r[0])) : null;
      if (y !== null && yearOk(y)) {
        written = y;
        end = WORD_RUN_AT.lastIndex;
      }
    }
    // "Ramadan 1440", "Eid al-Fitr 1441 AH": a Hijri year, not a Gregorian one.
    if (m[3] && ('hijri' in rule || 'hijriMonth' in rule) && written! >= 1300 && written! <= 1600) {
      const r = 'hijri' in rule ? hijriToDayNumber(written!, rule.hijri[0], rule.hijri[1], cal) : null;
      const span = 'hijriMonth' in rule ? hijriMonthRange(written!, rule.hijriMonth, cal) : r === null ? null : ([r, r] as [number, number]);
      const tail = /^\s*A\.?H\.?\b/.exec(norm.slice(end, end + 6));
      const e = end + (tail ? tail[0].length : 0);
      const day = (n: number) => ({ ...dayParts(n), inferred: false });
      if (span && span[1] > span[0]) out.push({ start, end: e, grain: 'day', date: day(span[0]), to: day(span[1]), noValue: true });
      else if (span) out.push({ start, end: e, grain: 'day', date: day(span[0]) });
      continue;
    }
    // "Labor Day weekend", "the weekend of Thanksgiving 2023", "Halloween weekend 2021": the
    // weekend the one-day holiday belongs to (holidayWeekend).
    let weekendStart = start;
    let weekend = false;
    if (/weekend/i.test(norm.slice(Math.max(0, start - 20), end + 10))) {
      const w = HOLIDAY_WEEKEND_AFTER.exec(norm.slice(end, end + 20));
      const b = w ? null : HOLIDAY_WEEKEND_BEFORE.exec(norm.slice(Math.max(0, start - 20), start));
      if (w) {
        end += w[0].length;
        if (w[1] && written === null && !mod) written = Number(w[1]);
        weekend = true;
      } else if (b) {
        weekendStart = start - b[0].length;
        weekend = true;
      }
    }
    const range = mod === 'this' && written === null && ref ? thisHoliday(rule, ref, prefer, cal, feastDays) : resolveHoliday(rule, written, mod, ref, prefer, cal, feastDays);
    if (!range) {
      if (written === null) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    const rel = !m[3] && (written === null || !!ofYear);
    const wk = weekend && range[0] === range[1] ? holidayWeekend(range[0]) : null;
    if (wk) {
      out.push({ start: weekendStart, end, grain: 'day', date: { ...dayParts(wk[0]), inferred: rel }, to: { ...dayParts(wk[1]), inferred: rel }, noValue: true, relative: rel });
      continue;
    }
    const date = { ...dayParts(range[0]), inferred: rel };
    const fb = following ? { fallback: true } : {};
    if (range[1] > range[0]) out.push({ start, end, grain: 'day', date, to: { ...dayParts(range[1]), inferred: rel }, noValue: true, relative: rel, ...fb });
    else out.push({ start, end, grain: 'day', date, relative: rel, ...fb });
  }
  return out;
}

// Hijri dates written in English: "15 Ramadan 1440", "1 Shawwal 1441 AH", "Ramadan 1440 AH",
// "Muharram 1441": converted with the tabular calendar (extract/dates/hijri.ts). A Hijri month
// is a period of Gregorian days (value null), as in Arabic.
const HIJRI_MONTHS = new Map<string, number>(Object.entries(lexicon.hijriMonths));
const hijriKey = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/[-\s]+/g, ' ').replace(/^(dhu|rabi|jumada)l? ?/, '$1 ');
const HIJRI_KEYS = new Map<string, number>([...HIJRI_MONTHS].map(([k, v]) => [hijriKey(k), v]));
const HIJRI_DATE = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${alt([...HIJRI_MONTHS.keys()].map((h) => h.replace(/'/g, "['’]?").replace(/[-\s]/g, '[-\\s]?')))})\\s*,?\\s+(\\d{4})(?:\\s*(?:A\\.?H\\.?|H)\\b)?`,
  'gi',
);

function readHijri(norm: string, cal?: HijriCalendar): DateAtom[] {
  const out: DateAtom[] = [];
  HIJRI_DATE.lastIndex = 0;
  for (let m; (m = HIJRI_DATE.exec(norm)); ) {
    const month = HIJRI_KEYS.get(hijriKey(m[2]!));
    const year = Number(m[3]);
    // A Hijri year is 1300–1600 here; "Ramadan 2019" is a holiday in a Gregorian year.
    if (!month || year < 1300 || year > 1600) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[1]) {
      const n = hijriToDayNumber(year, month, Number(m[1]), cal);
      if (n !== null) out.push({ start, end, grain: 'day', date: { ...dayParts(n), inferred: false } });
      continue;
    }
    const range = hijriMonthRange(year, month, cal);
    if (range) out.push({ start, end, grain: 'month', date: { ...dayParts(range[0]), inferred: false }, to: { ...dayParts(range[1]), inferred: false }, noValue: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * Words before "after"/"before" that make it a moment near the date, not a half-open period; a
 * unit word too ("the day before", "the week starting 4 February"), unless a habit's ("every
 * week starting Monday" starts then).
 */
/** "late ", "mid-", "early " before a year the year reader leaves out of its span ("since late 2019"). */
const PART_WORD = String.raw`(?:early|mid|late)(?:\s+|\s*-\s*)`;
const HALF_NOT = String.raw`(?<!\b(?:no|not|hours?|minutes?|night|morning|evening|eve|shortly|soon|just|right|immediately|long|moments?|ago)\s+)(?<!(?<!\b(?:every|each)\s+)\b(?:day|week|month|year)s?\s+)`;

/**
 * How a SYNTAX.halfOpen match can end before its closing spaces (a phraseTailGate map): "since",
 * "until", "mid"… after any word; "than" after "later"/"earlier"/"sooner", "to" after "prior",
 * "of" after "end"/"beginning"/"start"/"middle", "on"/"from"/"in" after "starting"/"beginning"/
 * "effective". One ending with a hyphen ("since mid-") is let through as well.
 */
export const HALF_OPEN_TAILS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map<string, ReadonlySet<string> | null>([
  ...['since', 'after', 'before', 'until', 'till', 'through', 'thru', 'early', 'mid', 'late', 'starting', 'beginning', 'effective'].map(
    (w) => [w, null] as const,
  ),
  ['than', new Set(['later', 'earlier', 'sooner'])],
  ['to', new Set(['prior'])],
  ['as', new Set(['early', 'soon'])],
  ['of', new Set(['end', 'beginning', 'start', 'middle'])],
  ...['on', 'in'].map((w) => [w, new Set(['starting', 'beginning', 'effective'])] as const),
  ['from', new Set(['starting', 'beginning', 'effective', 'start', 'starts', 'started', 'begin', 'begins', 'began'])],
]);
const ASCII_LETTER = /[A-Za-z]/;
const SPACE_CHAR = /\s/;

/** SYNTAX.halfOpenGate: `before` ends as a halfOpen match can (HALF_OPEN_TAILS), or with "-" (and spaces). */
function halfOpenGate(before: string): boolean {
  let i = before.length;
  while (i > 0 && SPACE_CHAR.test(before[i - 1]!)) i--;
  if (before[i - 1] === '-') return true;
  return phraseTailGate(HALF_OPEN_TAILS, before, ASCII_LETTER, true);
}

const SYNTAX: IntervalSyntax = {
  // "from 2007 to the end of 2008", "from the middle of March until June": a written month or
  // year with a part keeps its own value (see the header), so the part words are part of the gap.
  joiner: /^\s*(?:-|~|to|until|till|through|thru|and)\s*(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+)?$/i,
  pairedJoiner: /^and(?:\s+the)?(?:\s+(?:end|beginning|start|middle)\s+of)?$/i,
  opener: /\b(?:between|from)\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+)?$/i,
  // "from 2015 and 2016" names two years: "and" closes a period after "between" only.
  pairedOpener: /\bbetween\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+)?$/i,
  // A bare day may be a written ordinal too ("from ninth till seventeenth of April", "April
  // ninth through seventeenth"); SYNTAX_DAY reads it.
  bareDay: new RegExp(`(\\d{1,2}|${ORD_ALT})(?:st|nd|rd|th)?\\s*(-|to|until|till|through|thru|and)\\s*(?:the\\s+)?$`, 'i'),
  dayAfter: new RegExp(
    `^\\s*(?:-|to|until|till|through|thru|and)\\s*(?:the\\s+)?(\\d{1,2}(?=st|nd|rd|th|\\b)|${ORD_ALT}(?![-\\w]))(?:st|nd|rd|th)?\\b(?![:.,]?\\d|\\s*(?:%|[ap]\\.?m\\b)|\\s+(?!(?:this|was|has|is|as|his|its)\\b)[a-z]+s\\b)(?:,?\\s+(\\d{4})\\b)?`,
    'i',
  ),
  dayValue: (text) => ordinalValue(text),
  strongJoiner: /^\s*(?:until|till|through|thru)\s*(?:the\s+)?$/i,
  // "since 15 November", "before 2014", "until March", "after May 2020"; not a moment near a
  // date ("shortly after", "the day before", "two weeks before", "just before") nor "not
  // until" / "not before" (which start a period, not end one), nor "after the 1979 revolution"
  // (a date naming an event: "the" stays out). "No later than X" is until X; "no
  // earlier than" (a future start, not a count since) is not read.
  // "Before the end of December" is until it (up to its last day), "after the beginning of
  // March" from it on (`onward`), "after the end of 2019" after it, "before the start of 2020"
  // before it: a written month or year with a part stays that unit, its part names which end.
  halfOpen: {
    since: /\b(?:ever\s+)?since\s+(?:the\s+(?:end|beginning|start|middle)\s+of\s+|(?:early|mid|late)(?:\s+|\s*-\s*))?$/i,
    after: new RegExp(`${HALF_NOT}\\b(?:after|later\\s+than)\\s+(?:the\\s+end\\s+of\\s+|${PART_WORD})?$`, 'i'),
    before: new RegExp(`${HALF_NOT}\\b(?:before|prior\\s+to|(?:earlier|sooner)\\s+than)\\s+(?:the\\s+(?:beginning|start)\\s+of\\s+|${PART_WORD})?$`, 'i'),
    until: new RegExp(
      `(?<!\\bnot\\s+)\\b(?:(?:until|till|up\\s+until|up\\s+till|(?:(?:up|right|all)\\s+)?(?:through|thru)|no\\s+later\\s+than|not\\s+later\\s+than)\\s+(?:the\\s+(?:end|beginning|start|middle)\\s+of\\s+|${PART_WORD})?|${HALF_NOT}(?:before|prior\\s+to)\\s+the\\s+end\\s+of\\s+)$`,
      'i',
    ),
    // "starting 7 January", "beginning on Monday", "effective from 1 July": from that date on
    // (not "the week beginning 4 February", an operator: HALF_NOT).
    // "will start from October", "began from 2015": the date after a start verb and "from".
    // "As early as next year", "as soon as March": not before it, from it on.
    onward: new RegExp(
      `${HALF_NOT}\\b(?:after\\s+the\\s+(?:beginning|start)\\s+of|(?:starting|beginning|effective)(?:\\s+(?:on|from|in))?|(?:start|starts|started|begin|begins|began)\\s+from|as\\s+(?:early|soon)\\s+as)\\s+$`,
      'i',
    ),
  },
  // "since the 3rd of May", "after the 15th day of June": "the" before a day ordinal.
  halfOpenArticle: { article: /\bthe\s+$/i, date: /^\d{1,2}(?:st|nd|rd|th)\b/i },
  // "2012 onwards", "March 2020 or later", "1990 or earlier" (ending the phrase, YEAR_OPEN_AFTER).
  halfOpenGate,
  halfOpenAfter: {
    onward: new RegExp(String.raw`^\s*(?:,\s*)?onwards?\b|^\s+(?:or|and)\s+(?:later|after)\b${OPEN_END}`, 'i'),
    until: new RegExp(String.raw`^\s+(?:or|and)\s+(?:earlier|before)\b${OPEN_END}`, 'i'),
  },
};

export const englishDateReader: DateReader = {
  read(t: NormalizedText, ctx: DateContext): DateAtom[] {
    const ref = parseIsoDay(ctx.reference);
    const n = t.norm;
    // (DateContext.hijriCalendar: see extract/dates/hijri.ts; the news default is Umm al-Qura.)
    const cal = ctx.hijriCalendar;
    const calendar = ctx.periods === 'calendar';
    return withSpans(n, withNarratedPast(n, withRelativeYears(n, withShortYears(n, withWordYears(n, withWeekdays(n, [
      // First: it wins over an atom of the same span ("previous month" of readRelUnits).
      ...readAnaphora(n, ref),
      ...readRelatives(n, ref, ctx.prefer, ctx.nextWeekday),
      ...readNumeric(n, ref?.year ?? null),
      ...readDayMonths(n),
      ...readYears(n),
      ...readMonths(n, ref),
      ...readWeeks(n, ref, calendar),
      ...readTheWeekend(n, ref, ctx.prefer),
      ...readDecades(n, ref),
      ...readOffsets(n, ref, ctx.prefer),
      ...readRolling(n, ref, calendar),
      ...readBusinessDays(n, ref),
      ...readUnitParts(n, ref),
      ...readNowEnds(n, ref),
      ...readRelUnits(n, ref),
      ...readOperators(n),
      ...readNthWeekday(n, ref, ctx.prefer),
      ...readUnitsOf(n, ref, ctx.prefer),
      ...readIsoWeeks(n, ref),
      ...readSeasons(n, ref),
      ...readDayOfRelMonth(n, ref),
      ...readDaysAlone(n, ref, ctx.prefer),
      ...readQuarters(n, ref, ctx.prefer),
      ...readLowerMonths(n),
      ...readHolidays(n, ref, ctx.prefer, cal, ctx.locale, ctx.feastDays),
      ...readHijri(n, cal),
      ...readWordDates(n),
      ...readPartsOfWordYears(n, ref, ctx.prefer),
      ...readNumericRanges(n, ref?.year ?? null, ctx.shortNumeric),
      ...(ctx.shortNumeric ? readShort(n) : []),
    ], ref, ctx.prefer)), ref), ref)), ref);
  },
};

export function extractDates(t: NormalizedText, ctx: DateContext): DateMention[] {
  return buildMentions(t, englishDateReader.read(t, ctx), ctx, SYNTAX);
}

/** See extract/dates/reference.ts for the rule. */
let PUBLICATION_CUE: RegExp | undefined;

export function findReferenceDate(t: NormalizedText): string | null {
  // Only full day-month-year dates can be a reference: the readers of written dates suffice.
  const n = t.norm;
  PUBLICATION_CUE ??= publicationCue(lexicon.publicationCues);
  return referenceFromAtoms(n, [...readNumeric(n, null), ...readDayMonths(n)], PUBLICATION_CUE);
}
