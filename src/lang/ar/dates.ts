/**
 * Arabic dates, read by hand-written patterns anchored on month names, year contexts,
 * weekdays and relative words (no library reads Arabic dates). The lexicon is data
 * (months.json), folded with `foldWord` at load so that it matches the normalised text
 * (أ/إ/آ → ا, ة → ه, ى → ي, digits ASCII, tatweel gone: «الـ 15» is «ال 15», «هـ» is «ه»).
 *
 * Forms read:
 * - day month [year]: «2 ديسمبر 2019», «الـ 15 من يوليو», «الأول من يناير», «15 من شهر يوليو»,
 *   «يوم الاثنين 2 ديسمبر 2019» (the weekday joins the span, the date is the day), «يناير 12، 2016»,
 *   «يوليو 13» (a day after the month only with nothing counted after it), «7. أكتوبر»;
 * - both month systems and the Maghrebi names, alone or combined with the same month of
 *   another system: «كانون الأول/ديسمبر», «تشرين الثاني/ نوفمبر», «ديسمبر (كانون الأول)»;
 * - month year: «نوفمبر 2019» (month grain); a month alone after a word that places an event
 *   in time («في نوفمبر», «منذ شهر مارس», «مطلع أكتوبر») — month names that are also common
 *   words («مارس» practised, «تموز», «نيسان», «ماي») need «شهر», a day/year or a preposition
 *   that only places things in time («في مارس», not «من مارس الضغط»); «آب» (father) always
 *   needs «شهر» or a day/year — «نوفمبر الماضي/المقبل» and «هذا أكتوبر» resolved against the
 *   reference; a month with a part («منتصف مارس», «أواخر 2019») stays that month or year;
 * - years: «عام 2019», «سنة 2019», «2019م», «في 2019» when nothing counted follows, «بين
 *   عامي 2019 و2021», after a part of a year or a season whatever follows («مطلع 2026»,
 *   «نهاية 2026»), after a span of time and «من» («في الأسابيع الأولى من 2026»); a four-digit number elsewhere is a count («1500 متظاهر»);
 * - Hijri dates with a day or a year («15 رمضان 1440 هـ», «غرة شوال 1441»), converted to
 *   Gregorian (extract/dates/hijri.ts); a Hijri month or year is a period of Gregorian days
 *   (value null, from/to given) since it does not match a Gregorian month or year;
 * - all-digit dates, day first (2/12/2019 = 2 December), year-first ISO;
 * - periods: «من 15 إلى 20 نوفمبر», «بين 15 و20 نوفمبر», «15-20 نوفمبر», «من الأول من يناير حتى
 *   الـ 15 من يوليو من العام الحالي», «يوليو 13-15», «من 2014 إلى أبريل 2017», «منذ 2012 حتى
 *   الآن» (one mention, see extract/dates/interval.ts); quarters and halves («الربع الثالث من
 *   عام 2016», «النصف الأول من العام الماضي»); decades («الثمانينيات», «عشرينيات القرن الماضي»);
 * - relative: «يوم الاثنين», «الثلاثاء الماضي», «اليوم السبت», «أمس الجمعة», «أمس», «اليوم»,
 *   «غداً», «الأسبوع/الشهر/العام الماضي/المقبل/الحالي», «الخامس من الشهر الجاري», «يوم 27»,
 *   «قبل ثلاثة أشهر» (a day, as in English), «بعد أسبوعين من الآن», «الأيام الثلاثة الماضية»,
 *   «الشهرين المقبلين», «آخر 3 سنوات» (rolling periods), «مطلع الشهر المقبل», «نهاية الأسبوع
 *   المقبل», «أواخر العام الماضي» (parts of a unit: days), resolved against the reference
 *   (value null without one); anaphoric years and months («في أيلول/سبتمبر من ذلك العام»,
 *   «في العام التالي», «في الشهر نفسه», «بعد ذلك بعام») take the year (month) of the date narrated
 *   before them (extract/dates/build.ts); days and weeks («في اليوم التالي», «في اليوم نفسه»,
 *   «الأسبوع التالي») are counted from the day narrated before them (a weekday too); without
 *   one a day is no date, «الأسبوع التالي» is the week after the reference's;
 * - weekdays: with «يوم», «اليوم», «أمس», «مساء», «الماضي»… or alone as news writes them («أعلن
 *   الثلاثاء»), but not after a noun they qualify («صلاة الجمعة», «كلا الاثنين»), nor as a number
 *   («الأحد عشر»); «يوم» is left out of the span (the preposition-like head, "on"), «اليوم»/«أمس»
 *   stay; «الأحد الثاني» (the nth weekday of the month), «السبت السادس عشر», «الأربعاء 27»
 *   (that day of the nearest month on that weekday), «خميس الأسبوع الماضي», «الأسبوع المقبل
 *   بين الأربعاء والجمعة»; «الجمعة حتى الأحد», «اليوم حتى الغد» (periods without an opener); a
 *   weekday alone closing a period is the first one on or after its start («من الاثنين المقبل
 *   إلى الجمعة», DateAtom.weekday);
 * - half-open periods: «منذ 15 تشرين الثاني», «منذ أغسطس», «قبل عام 2014», «حتى مارس», «بعد
 *   أيار 2020» (months.json `halfOpen`; extract/dates/interval.ts): a written date after the
 *   word, not an offset («منذ أسبوعين») nor «حتى اليوم» (to this day); «اعتبارا من»,
 *   «ابتداء من», «بدءا من» from the date on (`onward`, the end open, an effective date mostly
 *   ahead); «قبل نهاية 2020» up to its last day, «بعد مطلع 2021» from it on, «قبل بداية 2017»
 *   before it, «بعد نهاية 2018» after it (the part names the closed end); a year with a part
 *   («أواخر 2012», «منتصف عام 2019») keeps the year as its value, the part's days as from/to
 *   (DateAtom.partOf, as a month's «منتصف مارس»); a year right after an event noun in
 *   construct («ثورة 2011», «انتخابات 2020», «انقلابي 2020 و2021»; months.json
 *   `yearEventNouns`) is one;
 * - months by number with a day, a year or a part («اليوم الثالث من شهر عشرة», «بداية شهر 3»,
 *   «الشهر التاسع سنة 2014»), days by position («آخر يوم من شهر شباط»), parts of a named
 *   month (value the month, from/to the part's days), numbered weeks of a month or a year
 *   (ISO: the week holds the Thursday), ordinal-day periods («من الثالث والعشرين حتى السادس
 *   والعشرين من أكتوبر», «نوفمبر بين 15 و19»), «أسبوع 30 نوفمبر»;
 * - years in words («عام ألفين وعشرين», «العاشر من سبتمبر، ألفين»), three-digit years after
 *   «عام» closing the phrase («عام 247»), seasons with a year or a modifier, calendar decades
 *   from the reference («العقدين الماضيين»), counts of several units from now («شهر و21 يوما
 *   من الآن»), holidays with «يوم» before them and «العام المقبل»/«هذا العام» after them, the nth
 *   weekday before or after a holiday («ثالث ثلاثاء بعد عيد الميلاد»);
 * - fourth round: «بين 2010 و2015» (a word of time before «بين», or nothing counted after), «في
 *   2011 و2012», «بين شهري مارس ويونيو», «بين يومي 5 و7 نوفمبر», two dates sharing the tail
 *   written after the second («شهري يناير وفبراير من العام الجاري», «في 14 و21 مارس»); a
 *   modifier after a day («15 ديسمبر الماضي»: the latest such day on or before the reference;
 *   «المقبل» the first after it); quarters, halves and the first/last months of «العام» alone
 *   («الربع الأول من العام», «الأشهر التسعة الأولى من 2019»); «العام الهجري 1441»; feasts with
 *   a Hijri year («موسم الحج 1440») and their nth day («ثاني أيام عيد الفطر»); parts, tens and
 *   nth days of a Hijri month named alone («أواخر رمضان», «العشر الأواخر من رمضان», «أول أيام
 *   رمضان»); weeks of a month with «الماضي»/«المقبل» after it; centuries («القرن التاسع عشر»,
 *   «القرن الماضي»); «في مثل هذا اليوم من عام 2011»; «مواليد 1995»; a future verb before a month
 *   closing the clause («سأعود فبراير.»); «2015.3» as a month only under `shortNumeric`; «بين
 *   مارس وأغسطس 2018» (two bare months after «بين» are a season of every year: no period);
 *   «من 2011 ولغاية 2016»; «في السنوات 2016 و2017»; a weekday joined to its date by «الموافق»,
 *   a parenthesis or a modifier («الخميس الماضي 28 نوفمبر»); «عشية عيد الأضحى» (the day
 *   before); numbered weeks of «العام» alone; a year-less date right after a news verb in the
 *   perfect («قتل في 12 فبراير», months.json `pastVerbs`) lies on or before the reference
 *   (DateAtom.narratedPast, as in English); «قبل نحو أسبوعين» (a hedge after «قبل» only: after
 *   «منذ»/«بعد» a duration); «الليلة الماضية»; «الشهر الفضيل» (Ramadan); «بين عامي 1440 و1441
 *   هـ» (the marker after the second year marks the first); «2 / 12 / 2019» (spaces around the
 *   separators, a four-digit year); a day written in both calendars («15 رمضان 1440 هـ الموافق 19
 *   مايو 2019») is one mention, the Gregorian day; a month with its modifier («نوفمبر الماضي»)
 *   is a written month, so «منذ نوفمبر الماضي» is half-open from it.
 * - fifth round (Maghreb): «فاتح» / «الفاتح» is the 1st («فاتح يوليوز 2025», «في فاتح شهر ماي»,
 *   «الفاتح من سبتمبر»; months.json `firstDayWords`); «الفارط(ة)», «المنقضي(ة)» are «الماضي»;
 *   «متم», «موفى» are «نهاية» (the end of); «بداية من» is «ابتداء من»; «إلى غاية» joins a period
 *   («من 1 جانفي إلى غاية 31 مارس»); «الثلاثي»/«السداسي» are quarters and halves of a year;
 *   «الموسم الدراسي 2025/2026» (two consecutive years and a slash) is a period of years, as with
 *   a hyphen. «ماي» (also Theresa May, water) is read as «آب» is: with a day, a year, a
 *   modifier, «شهر» or a part of the month («أواخر ماي», «منتصف آب»); «جوان» (a first name),
 *   «غشت» (a verb) and «أوت» («بلاك أوت») as «مارس»: after a preposition that only places things
 *   in time; any month name right after a month read («من مارس إلى ماي»). «شهر سبتمبر 16»: the
 *   number after «شهر» and a month is no day of it.
 *   Two bare months after «من» in a clause with a verb of extent and a season noun, or before
 *   «من كل عام», are a season of every year, not dates (genericMonthSpan). «مواسم الحج
 *   السابقة»: a plural head before a feast names no date. A numbered week of a named month
 *   («الأسبوع الأول من يونيو/ حزيران الجاري») is a part of it: value the month, from/to the week.
 */
import { foldWord, toOriginal, type NormalizedText } from '../../text/normalize.js';
import type { DateMention } from '../../types.js';
import type { DateContext } from '../types.js';
import type { DateAtom, DateReader } from '../../extract/dates/atom.js';
import { buildMentions } from '../../extract/dates/build.js';
import { dayNumber, daysInMonth, fromDayNumber, isValidDay, parseIsoDay, weekdayOf, type Ymd } from '../../extract/dates/calendar.js';
import {
  closestHijriDay,
  hijriMonthInGregorianYear,
  hijriMonthRange,
  hijriToDayNumber,
  hijriYearRange,
  type HijriCalendar,
} from '../../extract/dates/hijri.js';
import type { IntervalSyntax } from '../../extract/dates/interval.js';
import { NUMERIC_DATE, SHORT_NUMERIC, readNumericDate, readShortNumeric, shortNumericGlued } from '../../extract/dates/numeric.js';
import { holidayIn, resolveHoliday, type HolidayRule } from '../../extract/dates/holiday.js';
import { publicationCue, referenceFromAtoms } from '../../extract/dates/reference.js';
import { addPhraseTail, execAtWordStart, isWordString, lastWords, phraseTailGate } from '../../extract/dates/scan.js';
import {
  dayParts,
  monthParts,
  relativeMonthYear,
  resolveWeekday,
  bareWeekdayMode,
  offsetParts,
  type OffsetUnit,
  type Prefer,
  unitPart,
  earlierLater,
  closestYear,
  monthDayNear,
  type CalendarUnit,
  type UnitPart,
  unknownParts,
  weekRange,
  yearParts,
  type WeekdayMode,
} from '../../extract/dates/relative.js';
import { readNumbers } from './numbers.js';
import lexicon from './months.json' with { type: 'json' };

// ---------------------------------------------------------------------------------------------
// Lexicon, folded into matching space

const fold = (xs: string[]) => xs.map((x) => foldWord(x));
const foldSet = (xs: string[]) => new Set(fold(xs));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternation, longest first, with any run of spaces inside a phrase matching \s+. */
const alt = (xs: Iterable<string>) =>
  [...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map((x) => esc(x).replace(/ +/g, '\\s+'))
    .join('|');
const key = (s: string) => s.replace(/\s+/g, ' ');

interface MonthName {
  month: number;
  hijri: boolean;
  ambiguous: boolean;
}

const MONTH_NAMES = new Map<string, MonthName>();
const AMBIGUOUS = foldSet(lexicon.ambiguousMonths);
for (const [n, forms] of Object.entries(lexicon.months)) {
  for (const f of fold(forms)) MONTH_NAMES.set(f, { month: Number(n), hijri: false, ambiguous: AMBIGUOUS.has(f) });
}
for (const [n, forms] of Object.entries(lexicon.hijriMonths)) {
  for (const f of fold(forms)) MONTH_NAMES.set(f, { month: Number(n), hijri: true, ambiguous: true });
}

const WEEKDAY_NAMES = new Map<string, number>();
for (const [n, forms] of Object.entries(lexicon.weekdays)) for (const f of fold(forms)) WEEKDAY_NAMES.set(f, Number(n));
/** Weekdays without the article, in «أول ثلاثاء», «أحد الأسبوع الماضي». */
const WEEKDAY_BARE = new Map<string, number>();
for (const [n, forms] of Object.entries(lexicon.weekdaysBare)) for (const f of fold(forms)) WEEKDAY_BARE.set(f, Number(n));

const ORDINALS = new Map<string, number>();
{
  const units = new Map<string, number>();
  for (const [n, forms] of Object.entries(lexicon.ordinalDays)) {
    for (const f of fold(forms)) {
      ORDINALS.set(f, Number(n));
      if (Number(n) < 10 && f.startsWith('ال')) units.set(f, Number(n));
    }
  }
  for (const f of fold(lexicon.ordinalCompoundOne)) units.set(f, 1);
  for (const [u, n] of units) {
    for (const teen of fold(lexicon.ordinalTeen)) ORDINALS.set(`${u} ${teen}`, 10 + n);
    for (const [tens, forms] of Object.entries(lexicon.ordinalTens)) {
      for (const f of fold(forms)) if (Number(tens) + n <= 31) ORDINALS.set(`${u} و${f}`, Number(tens) + n);
    }
  }
  for (const [tens, forms] of Object.entries(lexicon.ordinalTens)) for (const f of fold(forms)) ORDINALS.set(f, Number(tens));
}

let ORD_FIRST_WORDS_: Set<string> | undefined;
/** First words of the ordinal days with the article («الحادي» of «الحادي والعشرين»). */
const ORD_FIRST_WORDS = (): Set<string> => (ORD_FIRST_WORDS_ ??= new Set([...ORDINALS.keys()].filter((k) => k.startsWith('ال')).map((k) => k.split(' ')[0]!)));
let ORD_DEF_ALT_: string | undefined;
/** The ordinal days with the article («الثالث», «الحادية والعشرين»), as an alternation; built on first use. */
const ORD_DEF_ALT = (): string => (ORD_DEF_ALT_ ??= alt([...ORDINALS.keys()].filter((k) => k.startsWith('ال'))));
const MONTH_BEFORE = foldSet(lexicon.monthBefore);
/** Parts of a week, month or year: «مطلع», «منتصف», «أواخر», «نهاية», «بقية»… */
const PART_OF = new Map<string, UnitPart>();
for (const [part, forms] of Object.entries(lexicon.unitParts)) for (const f of fold(forms)) PART_OF.set(f, part as UnitPart);
const PART_WORDS = new Set(PART_OF.keys());
let STRICT_PART_WORDS_: Set<string> | undefined;
/** The parts that place even «آب»/«ماي» in time: all but «آخر» (also "other") and the rest-of words. */
const STRICT_PART_WORDS = (): Set<string> =>
  (STRICT_PART_WORDS_ ??= new Set([...PART_OF].filter(([w, p]) => p !== 'rest' && w !== foldWord('آخر')).map(([w]) => w)));
const MONTH_BEFORE_STRONG = foldSet(lexicon.monthBeforeStrong);
/** «آب» is "father" after any preposition too («الأب في آب عمله»): it needs «شهر» or a day/year. */
const AMBIGUOUS_STRICT = foldSet(lexicon.ambiguousStrict);
const ORDINAL_NOT_AFTER = foldSet(lexicon.ordinalNotAfter);
const HIJRI_NEEDS_YEAR = foldSet(lexicon.hijriNeedsYear);
const YEAR_NOUNS = foldSet(lexicon.yearNouns);
/** Parts of a year and seasons: a year after them is one whatever follows («مطلع 2026 أعلنت»). */
const YEAR_BEFORE_STRONG = foldSet(lexicon.yearBeforeStrong);
/** «الأسابيع (الأولى) من 2026»: spans of time before «من» and a year. */
const YEAR_OF_HEADS = foldSet(lexicon.yearOfHeads);
/** «ثورة 2011», «انتخابات 2020», «انقلابي 2020 و2021»: an event named by its year (construct state). */
const YEAR_EVENT_NOUNS = foldSet(lexicon.yearEventNouns);
const YEAR_OF_ADJECTIVES = foldSet(lexicon.yearOfHeadAdjectives);
const YEAR_BEFORE = foldSet(lexicon.yearBefore);
const YEAR_AFTER = foldSet(lexicon.yearAfter);
const DAY_BEFORE = foldSet(lexicon.dayBefore);
const TODAY_NOT = foldSet(lexicon.todayNot);
const TODAY_NOT_BEFORE = foldSet(lexicon.todayNotBefore);
const PAST = fold(lexicon.past);
const NEXT = fold(lexicon.next);
const CURRENT = fold(lexicon.current).filter((w) => w !== 'هذا' && w !== 'هذه');
const YESTERDAY = fold(lexicon.yesterday);

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const MONTH_ALT = alt(MONTH_NAMES.keys());
const WEEKDAY_ALT = alt(WEEKDAY_NAMES.keys());
const MARKERS = alt([...fold(lexicon.hijriMarker), ...fold(lexicon.gregorianMarker)]);
const HIJRI_MARKERS = foldSet(lexicon.hijriMarker);
const MOD_ALT = alt([...PAST, ...NEXT, ...CURRENT]);

/** What follows a month counted in a story («للحرب», «من الاعتصام», «على التوالي»), not a year. */
const COUNTED_MONTH_AFTER = /^\s*(?:لل?\p{L}|(?:من|على|في)\s+(?!(?:ال|ل|لل)?(?:عام|سنه)(?![\p{L}])|\d|(?:ال)?الف))/u;
/** Months by number: «شهر 3», «بشهر عشرة», «الشهر الثامن» (need a day, a year or a part: see readMonthDates). */
const MONTH_NUMBERS = new Map<string, number>();
for (const [n, forms] of Object.entries(lexicon.monthNumbers)) for (const f of fold(forms)) MONTH_NUMBERS.set(key(f), Number(n));
for (const [f, n] of ORDINALS) if (n <= 12 && f.startsWith('ال')) MONTH_NUMBERS.set(f, n);
const MONTH_NUMBER_ALT = alt([...MONTH_NUMBERS.keys()].filter((k) => !k.startsWith('ال')));
const MONTH_ORDINAL_ALT = alt([...MONTH_NUMBERS.keys()].filter((k) => k.startsWith('ال')));
/** «فاتح يوليوز», «الفاتح من سبتمبر»: the 1st (set after MONTH_NUMBERS: «الشهر الفاتح» is no month). */
for (const f of fold(lexicon.firstDayWords)) ORDINALS.set(f, 1);
/** No leading look-behind (it would run at every position): readMonthDates checks the word start by hand. */
const MONTH_RE = new RegExp(
  `([وفبل]?)(?:(${MONTH_ALT})(?=\\p{N}{1,2}(?!\\p{N})|(?![\\p{L}\\p{N}]))|(?:ال)?شهر\\s+(\\d{1,2}|${MONTH_NUMBER_ALT})${R}|الشهر\\s+(${MONTH_ORDINAL_ALT})${R})`,
  'gu',
);
/** A second name of the same month: «كانون الأول/ديسمبر», «ديسمبر (كانون الأول)». */
const SECOND_MONTH = new RegExp(`^\\s*(?:/|\\(|-)\\s*(${MONTH_ALT})${R}(\\s*\\))?`, 'u');
const DAY_DIGITS_BEFORE = new RegExp(`${L}(?:[وب]?ال\\s?|[وب])?(\\d{1,2})\\s*(?:[/.-]\\s*)?(?:من\\s+)?(?:شهر\\s+)?$`, 'u');
/** «أول»…«خامس», «آخر» (-1) before a noun: «ثالث يوم», «أول ثلاثاء», «آخر أسبوع». */
const NTH_WORDS = new Map<string, number>();
for (const [n, forms] of Object.entries(lexicon.nthBefore)) for (const f of fold(forms)) NTH_WORDS.set(f, Number(n));
let DAY_NTH_BEFORE_: RegExp | undefined;
const DAY_NTH_BEFORE = (): RegExp => (DAY_NTH_BEFORE_ ??= new RegExp(
  `${L}[وب]?(?:(${alt(NTH_WORDS.keys())})\\s+(?:يوم|ايام)|اليوم\\s+(?:(${ORD_DEF_ALT()})|الاخير))\\s+(?:(?:من|في)\\s+|ب)?(?:ال)?(?:شهر\\s+)?$`,
  'u',
));
let DAY_ORDINAL_BEFORE_: RegExp | undefined;
const DAY_ORDINAL_BEFORE = (): RegExp => (DAY_ORDINAL_BEFORE_ ??= new RegExp(`${L}[وب]?(${alt(ORDINALS.keys())})\\s+(?:من\\s+)?(?:شهر\\s+)?$`, 'u'));
/** «شهر مارس», «بين شهري مارس ويونيو» (the dual names both months). */
const SHAHR_BEFORE = /(?<![\p{L}\p{N}])[وفبل]?(?:ال)?شهري?\s+$/u;
const WEEK_OF_BEFORE = new RegExp(`${L}(?:ال)?اسبوع\\s+(?:في\\s+)?$`, 'u');
/** «اليوم 6 مايو», «أمس، 5 مايو»: a day word right before a written date joins its span. */
const DAY_WORD_BEFORE = new RegExp(`${L}((?:اليوم|امس|غدا)\\s*[,،]?\\s*)$`, 'u');
/** A weekday before a date: it joins the span, «يوم» before it does not (see readRelative). */
/**
 * Also «الأحد الموافق 15 ديسمبر», «الخميس (12 ديسمبر)» (the closing parenthesis then joins the
 * span), «الأحد الماضي 1 ديسمبر» (the date says which Sunday).
 */
const WEEKDAY_BEFORE = new RegExp(`${L}(?:[وف]?يوم\\s+)?((?:[وف]?اليوم\\s+)?[وف]?(?:${WEEKDAY_ALT})(?:\\s+(?:${MOD_ALT}))?\\s*[,،]?\\s*(?:في\\s+|الموافق\\s+(?:ل\\s*)?|\\(\\s*)?)$`, 'u');
const YEAR_AFTER_MONTH = new RegExp(
  `^(?:\\.|\\s*[,،])?\\s*(?:من\\s+)?(?:(?:ال|ل|لل)?(?:عام|سنه)\\s+)?(\\d{4})(?:\\s?(${MARKERS})${R}|${R})`,
  'u',
);
const DAY_YEAR_AFTER_MONTH = /^\s*(\d{1,2})\s*[,،]\s*(\d{4})(?![\p{L}\p{N}])/u;

/**
 * Anaphoric years and months («في العام التالي», «الشهر نفسه», «من ذلك العام»): resolved in
 * extract/dates/build.ts against the date narrated before them. Without one, the previous/
 * next year or month counts from the reference and «ذلك العام» stays unresolved.
 */
const ANAPHORA = new Map<string, { unit: 'year' | 'month' | 'week' | 'day'; delta: number }>(
  Object.entries(lexicon.anaphora).map(([k, [unit, delta]]) => [key(foldWord(k)), { unit: unit as 'year' | 'month' | 'week' | 'day', delta: delta as number }]),
);
const ANAPHORA_BEFORE = foldSet(lexicon.anaphoraBefore);
/** No leading look-behind (it would run at every position): execAtWordStart checks the word start. */
const ANAPHORA_RE = new RegExp(`([وفب]?)(${alt(ANAPHORA.keys())})${R}`, 'gu');
/** Anaphoric years that can follow a month («أيلول/سبتمبر من ذلك العام»). */
const YEAR_ANAPHORA_ALT = alt([...ANAPHORA].filter(([k, v]) => v.unit === 'year' && !/^(?:بعد|قبل)/u.test(k)).map(([k]) => k));

const REL_YEAR_AFTER = new RegExp(
  `^\\s*(?:من\\s+)?(?:(?:هذا\\s+العام|هذه\\s+السنه)|(?:ال)?(?:عام|سنه)\\s+(${MOD_ALT})|(${YEAR_ANAPHORA_ALT}))${R}`,
  'u',
);
const MOD_AFTER = new RegExp(`^\\s*(${MOD_ALT})${R}`, 'u');

/** No leading look-behind (it would run at every position): execAtWordStart checks the word start. */
const WEEKDAY_RE = new RegExp(`([وفب]?)(${WEEKDAY_ALT})${R}`, 'gu');
const DAY_WORDS = new Map<string, number>();
for (const w of fold(lexicon.yesterday)) DAY_WORDS.set(w, -1);
/** «الليلة الماضية» (last night): the day before the reference, as English "last night". */
for (const w of fold(lexicon.yesterdayPhrases)) DAY_WORDS.set(key(w), -1);
for (const w of fold(lexicon.dayBeforeYesterday)) DAY_WORDS.set(w, -2);
for (const w of fold(lexicon.today)) DAY_WORDS.set(w, 0);
for (const w of fold(lexicon.todayPhrases)) DAY_WORDS.set(key(w), 0);
for (const w of fold(lexicon.tomorrow)) DAY_WORDS.set(w, 1);
for (const w of fold(lexicon.dayAfterTomorrow)) DAY_WORDS.set(w, 2);
const TOMORROW_AFTER_JOINER = foldSet(lexicon.tomorrowAfterJoiner);
for (const w of TOMORROW_AFTER_JOINER) DAY_WORDS.set(w, 1);
/** No leading lookbehind (it would run at every position): readRelative checks the word start. */
const DAY_WORD_RE = new RegExp(`([وفب]?)(${alt(DAY_WORDS.keys())})${R}`, 'gu');
/** No leading look-behind (it would run at every position): execAtWordStart checks the word start. */
const PERIOD_RE = new RegExp(
  `(?:[وفب]?(?:ال|لل)(اسبوع|شهر|عام|سنه)\\s+(?:(قبل|بعد)\\s+)?(${MOD_ALT})|(هذا|هذه)\\s+(?:ال)(اسبوع|شهر|عام|سنه))${R}`,
  'gu',
);
/** An ordinal after a weekday, closing the phrase: «الأحد الثاني», «الخميس في الحادي والعشرين». */
let WEEKDAY_ORDINAL_AFTER_: RegExp | undefined;
const WEEKDAY_ORDINAL_AFTER = (): RegExp => (WEEKDAY_ORDINAL_AFTER_ ??= new RegExp(
  `^\\s+(في\\s+)?(?:(${ORD_DEF_ALT()})${R}(?!\\s*(?:من|في|ب|ل|[/\\-]|\\d|(?:${alt(fold(lexicon.timeOfDayAfter))})${R}))|(\\d{1,2})(?![\\p{N}]|[.,:/]\\p{N}))`,
  'u',
));
let WEEKDAY_DAY_AFTER_: RegExp | undefined;
/** WEEKDAY_ORDINAL_AFTER without its ordinal branch (group 2 never set): where no ordinal word follows. */
const WEEKDAY_DAY_AFTER = (): RegExp => (WEEKDAY_DAY_AFTER_ ??= new RegExp(`^\\s+(في\\s+)?(?:(?!)()|(\\d{1,2})(?![\\p{N}]|[.,:/]\\p{N}))`, 'u'));
const WEEKDAY_AFTER_WEEK = new RegExp(`^\\s*(?:[,،]\\s*)?(?:يوم\\s+)?(${WEEKDAY_ALT})${R}`, 'u');
const WEEKDAY_BEFORE_WEEK = new RegExp(`${L}(?:(?:يوم\\s+)?(${WEEKDAY_ALT})\\s+(?:من\\s+)?|(${alt(WEEKDAY_BARE.keys())})\\s+)$`, 'u');
const YEAR_RE = /(?<![\p{N}.,/])(\d{4})(?![\p{N}]|[.,/]\p{N})/gu;
const YEAR_MARKER_AFTER = new RegExp(`^\\s?(${MARKERS})${R}`, 'u');
/** Words joining the two ends of a period («إلى», «حتى»), folded (حتى → حتي). */
const TO_ALT = alt(fold(lexicon.intervalJoiners));
/** A day after the month with nothing counted after it: «يوليو 13»، «تموز 13 إلى 15», «أكتوبر 2،». */
const DAY_AFTER_MONTH = new RegExp(
  `^\\s*(?:-\\s*)?(\\d{1,2})(?![\\p{N}]|[.,:/]\\p{N})(?=\\s*(?:$|[.,،؛:!?)\\n]|-\\s*\\d|(?:${TO_ALT}|و)\\s*\\d))`,
  'u',
);
/**
 * «و», a month and its year or modifier right after a month: «بين مارس ويونيو 2019», «بين يناير
 * ويونيو الماضيين», «بين مارس وأغسطس من العام الجاري» (after «بين» only). Two bare months
 * («الموسم الجاف بين ديسمبر ويونيو») name a season of every year as often as a dated period.
 */
let MONTH_AND_AFTER_: RegExp | undefined;
const MONTH_AND_AFTER = (): RegExp => (MONTH_AND_AFTER_ ??= new RegExp(
  `^\\s*و\\s*(?:شهر\\s+)?(?:${MONTH_ALT})(?:\\s*[/(]\\s*(?:${MONTH_ALT})\\s*\\)?)?\\s*[,،]?\\s+(?:(?:من\\s+)?(?:(?:ال|ل|لل)?(?:عام|سنه)\\s+)?\\d{4}|(?:${MOD_ALT})|من\\s+(?:ال|هذا\\s+ال)(?:عام|سنه))${R}`,
  'u',
));
/** A month right after: «من مارس إلى مايو» opens a period of months. */
const MONTH_PERIOD_AFTER = new RegExp(`^\\s*(?:-|${TO_ALT})\\s*(?:شهر\\s+)?(?:${MONTH_ALT})${R}`, 'u');
/** An ordinal day after the month, closing the phrase: «مايو الحادي عشر», «يناير الأول،». */
let ORDINAL_AFTER_MONTH_: RegExp | undefined;
const ORDINAL_AFTER_MONTH = (): RegExp => (ORDINAL_AFTER_MONTH_ ??= new RegExp(`^\\s+(${alt(ORDINALS.keys())})(?![\\p{L}\\p{N}])(?=\\s*(?:$|[.,،؛:!?)\\n]|\\d{4}|(?:من\\s+)?(?:ال)?الف))`, 'u'));
const TO_WORDS = foldSet(lexicon.intervalJoiners);
let WEEKDAYS_AFTER_WEEK_: RegExp | undefined;
const WEEKDAYS_AFTER_WEEK = (): RegExp => (WEEKDAYS_AFTER_WEEK_ ??= new RegExp(
  `^\\s*[,،]?\\s*(?:بين|من)\\s+(?:يوم\\s+)?(${WEEKDAY_ALT})\\s*(?:و\\s*(?:${TO_ALT})?|(?:${TO_ALT}))\\s*(?:يوم\\s+)?(${WEEKDAY_ALT})${R}`,
  'u',
));
/**
 * «حتى»/«لغاية» between two ends (one named from the reference) make a period without an
 * opener; «إلى» does not: «أجلت المحكمة الجلسة اليوم إلى 15 ديسمبر» is adjourned to a day
 * (as English "to" needs "from").
 */
const REL_DAY_JOINER = new RegExp(`^\\s*(?:${alt(fold(lexicon.intervalJoiners.filter((w) => !/^و?[إا]لى$/u.test(w))))})\\s*(?:يوم\\s+)?$`, 'u');
const DAY_OR_ORDINAL = (): string => `\\d{1,2}(?![\\p{N}]|[.,:/]\\p{N})|${ORD_DEF_ALT()}`;
/** «بين 15 و19», «من الخامس عشر إلى التاسع عشر» right after a month. */
let DAYS_AFTER_MONTH_: RegExp | undefined;
const DAYS_AFTER_MONTH = (): RegExp => (DAYS_AFTER_MONTH_ ??= new RegExp(
  `^\\s+(?:بين|من)\\s+(${DAY_OR_ORDINAL()})\\s*(?:-|و?\\s*(?:${TO_ALT})|و)\\s*(${DAY_OR_ORDINAL()})(?![\\p{L}\\p{N}])`,
  'u',
));
/** An ordinal day and a joiner right before a day date: «الثالث والعشرين وحتى », «الخامس عشر و». */
let ORDINAL_DAY_LEAD_: RegExp | undefined;
const ORDINAL_DAY_LEAD = (): RegExp => (ORDINAL_DAY_LEAD_ ??= new RegExp(
  `${L}[وب]?(${ORD_DEF_ALT()})\\s*(?:-|و?\\s*(?:${TO_ALT})|و)\\s*$`,
  'u',
));
const AFTER_MONTH_GAP = new RegExp(`^\\s*(?:و|-|${TO_ALT})?\\s*$`, 'u');
const AFTER_YEAR_GAP = new RegExp(`^\\s*(?:-|و|${TO_ALT})\\s*$`, 'u');
/** A year that opens a period closed by a month or a year: «2015 إلى مايو 2018», «2011 حتى 2014». */
const YEAR_THEN_PERIOD_END = new RegExp(`^\\s*(?:-|${TO_ALT})\\s*(?:(?:ال)?(?:عام|سنه|شهر)\\s+)?(?:(?:${MONTH_ALT})${R}|\\d{4}${R})`, 'u');
const NOW_ALT = alt(fold(lexicon.nowWords));
const FROM_NOW_AFTER = new RegExp(`^\\s+(?:من\\s+(?:${NOW_ALT}|اليوم)|في\\s+المستقبل)${R}`, 'u');
/** «حتى الآن», «إلى يومنا هذا»: the reference day closing a period. */
const NOW_END_RE = new RegExp(`(?:${TO_ALT})\\s+(${NOW_ALT})${R}`, 'gu');
const FUTURE_BEFORE = /(?:سوف|المقرر|المزمع|مقرر|يعتزم|تعتزم)/u;

// ---------------------------------------------------------------------------------------------
// Words around a position

interface Word {
  text: string;
  start: number;
  end: number;
}

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isWordChar = isWordString;

/**
 * A match of a pattern written without a leading word-boundary lookbehind (which would be
 * evaluated at every position of the text: several times slower) starts a word, possibly
 * after one proclitic letter («و», «ف», «ب», «ل»).
 */
function startsWord(norm: string, i: number, proclitics = 'وفبل'): boolean {
  if (!isWordChar(norm[i - 1])) return true;
  return proclitics.includes(norm[i - 1]!) && !isWordChar(norm[i - 2]);
}

const SPACE_CHAR = /\s/;
const LETTER_CHAR = /\p{L}/u;

/** The run of letters (\p{L} per unit) starting at `i`. */
function lettersAt(s: string, i: number): string {
  let e = i;
  while (e < s.length && LETTER_CHAR.test(s[e]!)) e++;
  return s.slice(i, e);
}

let ORD_WORDS_: { first: Set<string>; last: Set<string> } | undefined;
/**
 * Words of the ordinal days (ORDINALS), for the gates before the patterns made of all of them
 * (built on first use): the first word of each, and the last — with «و»/«ب» glued to a one-word
 * ordinal, as those patterns allow.
 */
export function ordinalWords(): { first: Set<string>; last: Set<string> } {
  return (ORD_WORDS_ ??= (() => {
    const first = new Set<string>();
    const last = new Set<string>();
    for (const k of ORDINALS.keys()) {
      const words = k.split(' ');
      first.add(words[0]!);
      const l = words[words.length - 1]!;
      last.add(l);
      if (words.length === 1) for (const p of 'وب') last.add(p + l);
    }
    return { first, last };
  })());
}

/**
 * Gate of the patterns `^\s+(?:في\s+)?(ordinal|\d)` (with `fi`) and `^\s+(ordinal)`: whether,
 * after the spaces (and «في»), the first word of an ordinal (of `firstWords`) or a digit follows.
 */
function ordinalAfterSpace(x: string, firstWords: ReadonlySet<string>, fi: boolean): { ordinal: boolean; digit: boolean } {
  const out = { ordinal: false, digit: false };
  let i = 0;
  while (i < x.length && SPACE_CHAR.test(x[i]!)) i++;
  if (i === 0) return out;
  const at = (j: number) => {
    if (/[0-9]/.test(x[j] ?? '')) out.digit = true;
    else if (firstWords.has(lettersAt(x, j))) out.ordinal = true;
  };
  at(i);
  if (fi && x.startsWith('في', i)) {
    let j = i + 2;
    while (j < x.length && SPACE_CHAR.test(x[j]!)) j++;
    if (j > i + 2) at(j);
  }
  return out;
}

/** Gate of DAY_ORDINAL_BEFORE: `before` ends with an ordinal's last word, then «من» and/or «شهر», then spaces. */
function ordinalBeforeEnd(before: string): boolean {
  const w = lastWords(before);
  if (!w) return false;
  const { last } = ordinalWords();
  if (last.has(w.last)) return true;
  if (w.last !== 'من' && w.last !== 'شهر') return false;
  return w.prev !== null && (last.has(w.prev) || (w.last === 'شهر' && w.prev === 'من'));
}

let TO_ENDS_: string[] | undefined;
/** Gate of ORDINAL_DAY_LEAD: `s` ends (before its spaces) with «-», «و» or a joiner («حتى»…). */
function joinerAtEnd(s: string): boolean {
  let i = s.length;
  while (i > 0 && SPACE_CHAR.test(s[i - 1]!)) i--;
  if (i === 0) return false;
  if (s[i - 1] === '-' || s[i - 1] === 'و') return true;
  const head = s.slice(0, i);
  TO_ENDS_ ??= fold(lexicon.intervalJoiners).map((w) => w.split(/\s+/u).pop()!);
  return TO_ENDS_.some((w) => head.endsWith(w));
}

/** Gate of YEAR_THEN_PERIOD_END: `s` starts (after its spaces) with «-» or a joiner («إلى», «حتى»…). */
function joinerAtStart(s: string): boolean {
  let i = 0;
  while (i < s.length && SPACE_CHAR.test(s[i]!)) i++;
  if (s[i] === '-') return true;
  TO_WORDS_LIST_ ??= fold(lexicon.intervalJoiners).map((w) => w.split(/\s+/u)[0]!);
  return TO_WORDS_LIST_.some((w) => s.startsWith(w, i));
}
let TO_WORDS_LIST_: string[] | undefined;

let DAY_PHRASE_ENDS_: Set<string> | undefined;
/** Last words of the day words and phrases (DAY_WORDS, «غد»), for the gate of DAY_PHRASE_BEFORE; built on first use. */
export function dayPhraseEnds(): Set<string> {
  return (DAY_PHRASE_ENDS_ ??= new Set([...DAY_WORDS.keys(), 'غد'].map((k) => k.split(' ').pop()!)));
}

/** Gate of DAY_PHRASE_BEFORE: `s` ends with the last word of a day phrase, then spaces, a comma, spaces. */
function dayPhraseAtEnd(s: string): boolean {
  let i = s.length;
  while (i > 0 && SPACE_CHAR.test(s[i - 1]!)) i--;
  if (s[i - 1] === ',' || s[i - 1] === '،') {
    i--;
    while (i > 0 && SPACE_CHAR.test(s[i - 1]!)) i--;
  }
  let b = i;
  while (b > 0 && LETTER_CHAR.test(s[b - 1]!)) b--;
  return b < i && dayPhraseEnds().has(s.slice(b, i));
}

function wordBefore(s: string, pos: number): Word | null {
  let e = pos;
  while (e > 0 && pos - e < 4 && /[ \t\u00A0]/.test(s[e - 1]!)) e--;
  let b = e;
  while (b > 0 && e - b < 20 && isLetter(s[b - 1])) b--;
  return b < e ? { text: s.slice(b, e), start: b, end: e } : null;
}

function wordAfter(s: string, pos: number): Word | null {
  let b = pos;
  while (b < s.length && b - pos < 4 && /[ \t\u00A0]/.test(s[b]!)) b++;
  let e = b;
  while (e < s.length && e - b < 20 && isLetter(s[e])) e++;
  return e > b ? { text: s.slice(b, e), start: b, end: e } : null;
}

/** The word and its forms without proclitics (و ف, then ب ل ك, «لل» → «ال»). */
function forms(w: string): string[] {
  const out = [w];
  const a = /^[وف]/.test(w) && w.length > 2 ? w.slice(1) : null;
  for (const x of a ? [w, a] : [w]) {
    if (x !== w) out.push(x);
    if (x.startsWith('لل') && x.length > 3) out.push('ال' + x.slice(2));
    else if (/^[بلك]/.test(x) && x.length > 2) out.push(x.slice(1));
  }
  return out;
}

const inSet = (w: Word | null, set: Set<string>) => !!w && forms(w.text).some((f) => set.has(f));

// ---------------------------------------------------------------------------------------------
// Month-anchored dates

function hijriAtom(start: number, end: number, year: number | null, month: number, day: number | null, ref: Ymd | null, cal?: HijriCalendar): DateAtom | null {
  if (day !== null) {
    const n =
      year !== null
        ? hijriToDayNumber(year, month, day, cal)
        : ref
          ? closestHijriDay(dayNumber(ref.year, ref.month, ref.day), month, day, cal)
          : null;
    if (n === null) return year === null ? { start, end, grain: 'day', date: unknownParts('day'), unresolved: true } : null;
    const date = dayParts(n);
    date.inferred = year === null;
    return { start, end, grain: 'day', date };
  }
  if (year === null) return null;
  const range = hijriMonthRange(year, month, cal);
  if (!range) return null;
  const from = dayParts(range[0]);
  const to = dayParts(range[1]);
  from.inferred = to.inferred = false;
  return { start, end, grain: 'month', date: from, to, noValue: true };
}

let FUTURE_VERB_NOT_: Set<string> | undefined;
const FUTURE_VERB_NOT = (): Set<string> => (FUTURE_VERB_NOT_ ??= foldSet(lexicon.futureVerbNot));
/**
 * «سأخرج فبراير.», «سيعود نوفمبر»: a verb in the future («س» + an imperfect prefix) right before
 * a month that closes the clause places the action in it (an adverb of time without «في»). Nouns
 * of that shape («سيارة», «سنوات») are listed in months.json `futureVerbNot`.
 */
function futureVerbBefore(norm: string, pw: Word | null, monthEnd: number): boolean {
  // «س» + an imperfect prefix + three letters or more (a Word is letters only).
  if (!pw || pw.text.length < 5 || pw.text[0] !== 'س' || !'اتني'.includes(pw.text[1]!) || FUTURE_VERB_NOT().has(pw.text)) return false;
  return /^\s*(?:$|[.,،؛:!?)\n])/u.test(norm.slice(monthEnd, monthEnd + 3));
}

/** «العشر الأواخر من », «الأيام العشر الأولى من »: group 1 = the adjective (months.json `hijriTens`). */
let HIJRI_TENS_BEFORE_: RegExp | undefined;
const HIJRI_TENS_BEFORE = (): RegExp => (HIJRI_TENS_BEFORE_ ??= new RegExp(
  `${L}(?:[وفب]?(?:ال)?ايام\\s+)?[وفب]?(?:ال)?عشر(?:ه)?\\s+(${alt(fold([...lexicon.hijriTens.early, ...lexicon.hijriTens.late]))})\\s+(?:من\\s+)?$`,
  'u',
));
let HIJRI_TENS_LATE_: Set<string> | undefined;

/**
 * A part before a Hijri month named alone («أواخر رمضان», «منتصف شهر شعبان», «العشر الأواخر من
 * رمضان», «العشر الأوائل من ذي الحجة»): the part and where the phrase starts. A month's parts
 * are thirds (relative.ts unitPart), its tens are the same days.
 */
function hijriPart(norm: string, start: number): { part: UnitPart; start: number } | null {
  const pw = wordBefore(norm, start);
  if (!pw) return null;
  const part = forms(pw.text).map((f) => PART_OF.get(f)).find((x) => x !== undefined);
  if (part && part !== 'rest') return { part, start: pw.start + (/^[وفب]/.test(pw.text) && !PART_OF.has(pw.text) ? 1 : 0) };
  if (!norm.slice(Math.max(0, start - 30), start).includes('عشر')) return null;
  const before = norm.slice(Math.max(0, start - 40), start);
  const m = HIJRI_TENS_BEFORE().exec(before);
  if (!m) return null;
  HIJRI_TENS_LATE_ ??= foldSet(lexicon.hijriTens.late);
  const s = start - before.length + m.index;
  return { part: HIJRI_TENS_LATE_.has(m[1]!) ? 'late' : 'early', start: /^[وفب]/.test(m[0]) && !/^(?:ال)?(?:ايام|عشر)/.test(m[0]) ? s + 1 : s };
}

/** The days of a part of a month given as its first and last day numbers: 1–10, 11–20, 21 to the end. */
function partOfRange([a, b]: [number, number], part: UnitPart): [number, number] {
  if (part === 'early') return [a, Math.min(b, a + 9)];
  if (part === 'mid') return [a + 10, Math.min(b, a + 19)];
  return [a + 20, b];
}

function readMonthDates(norm: string, ref: Ymd | null, prefer?: Prefer, cal?: HijriCalendar): DateAtom[] {
  const out: DateAtom[] = [];
  /** Hijri days read here (the Gregorian day written beside one with «الموافق» wins, see below). */
  const hijriDays = new Set<DateAtom>();
  let lastMonthEnd = -1;
  /** The end of the second month of a season of every year (genericMonthSpan): not read. */
  let skipTo = -1;
  MONTH_RE.lastIndex = 0;
  for (let m; (m = execAtWordStart(MONTH_RE, norm)); ) {
    if (m.index < skipTo) continue;
    const ms = m.index + m[1]!.length;
    let me = m.index + m[0].length;
    const numbered = m[3] ?? m[4];
    const monthNumber = numbered === undefined ? null : /^\d/.test(numbered) ? Number(numbered) : MONTH_NUMBERS.get(key(numbered)) ?? null;
    if (numbered !== undefined && (monthNumber === null || monthNumber < 1 || monthNumber > 12)) continue;
    // «الشهر الثالث للحرب», «الشهر الثاني على التوالي», «اليوم العاشر من الشهر الثالث من
    // الاعتصام»: a month counted in a story, not a month of the calendar.
    if (numbered !== undefined && COUNTED_MONTH_AFTER.test(norm.slice(me, me + 24))) continue;
    const nameText = numbered === undefined ? key(m[2]!) : '';
    const name: MonthName = monthNumber !== null ? { month: monthNumber, hijri: false, ambiguous: true } : MONTH_NAMES.get(nameText)!;
    const second = numbered === undefined ? SECOND_MONTH.exec(norm.slice(me, me + 40)) : null;
    let combined = false;
    if (second) {
      const other = MONTH_NAMES.get(key(second[1]!));
      if (other && !other.hijri && !name.hijri && other.month === name.month) {
        me += second[0].length;
        combined = true;
        MONTH_RE.lastIndex = me;
      }
    }

    // Day before the month.
    let start = ms;
    let day: number | null = null;
    const before = norm.slice(Math.max(0, ms - 40), ms);
    let dd = DAY_DIGITS_BEFORE.exec(before);
    // «اليوم الأول من شهر …», «ثالث يوم من …», «آخر يوم بشهر …» (-1: the month's last day).
    // «أول أيام رمضان», «ثالث أيام شهر شوال»: the plural says the same.
    const nthDay = dd || !(before.includes('يوم') || before.includes('ايام')) ? null : DAY_NTH_BEFORE().exec(before);
    if (nthDay) {
      day = nthDay[1] ? NTH_WORDS.get(nthDay[1])! : nthDay[2] ? ORDINALS.get(key(nthDay[2]))! : -1;
      start = ms - before.length + nthDay.index;
      if (/^[وب]/.test(nthDay[0]) && !NTH_WORDS.has(nthDay[0].split(/\s/)[0]!)) start++;
    } else if (!dd) {
      dd = ordinalBeforeEnd(before) ? DAY_ORDINAL_BEFORE().exec(before) : null;
      // «الأسبوع الثاني من نوفمبر» is a week, not the 2nd; «…والعشرون» with a unit we do not
      // read is not the 20th.
      if (dd && inSet(wordBefore(before, dd.index), ORDINAL_NOT_AFTER)) dd = null;
      else if (dd && before[dd.index] === 'و' && (ORDINALS.get(key(dd[1]!)) ?? 0) >= 20) dd = null;
    }
    if (dd) {
      const v = /\d/.test(dd[1]!) ? Number(dd[1]) : ORDINALS.get(key(dd[1]!)) ?? null;
      if (v !== null && v >= 1 && v <= 31) {
        day = v;
        start = ms - before.length + dd.index;
        // The article glued to the day («الـ15») is part of it; a clitic «و», «ب» is not.
        if (/^[وب](?:ال|\d)/.test(norm.slice(start, start + 3))) start++;
      }
    }
    if (day === null) {
      const sh = SHAHR_BEFORE.exec(before);
      if (sh) start = ms - before.length + sh.index;
    }

    // «نوفمبر بين 15 و19», «تشرين الثاني من الخامس إلى التاسع»: days of the month after it.
    const days = day === null && !name.hijri && /^\s+(?:بين|من)\s/u.test(norm.slice(me, me + 6)) ? DAYS_AFTER_MONTH().exec(norm.slice(me, me + 60)) : null;
    if (days) {
      const [a, b] = [days[1]!, days[2]!].map((x) => (/^\d/.test(x) ? Number(x) : ORDINALS.get(key(x)) ?? 0));
      if (a! >= 1 && a! < b! && b! <= 31) {
        const date = { year: null, month: name.month, day: a!, grain: 'day' as const };
        out.push({ start, end: me + days[0].length, grain: 'day', date, to: { ...date, day: b! } });
        lastMonthEnd = me + days[0].length;
        continue;
      }
    }

    // Year (or day and year) after the month.
    let year: number | null = null;
    let hijriMarked = false;
    let relYear: 'past' | 'next' | 'current' | 'anaphor' | null = null;
    let anaphorDelta: number | null = null;
    const after = norm.slice(me, me + 40);
    const dy = day === null && numbered === undefined ? DAY_YEAR_AFTER_MONTH.exec(after) : null;
    // «شهر سبتمبر 16»: «شهر» names the whole month, a bare number after it is no day of it.
    const da = day === null && start === ms && !dy && !name.hijri && numbered === undefined ? DAY_AFTER_MONTH.exec(after) ?? (ordinalAfterSpace(after, ordinalWords().first, false).ordinal ? ORDINAL_AFTER_MONTH().exec(after) : null) : null;
    if (dy) {
      day = Number(dy[1]);
      year = Number(dy[2]);
      me += dy[0].length;
    } else if (da && (ORDINALS.get(key(da[1]!)) ?? Number(da[1])) >= 1 && (ORDINALS.get(key(da[1]!)) ?? Number(da[1])) <= 31) {
      day = ORDINALS.get(key(da[1]!)) ?? Number(da[1]);
      me += da[0].length;
      // «يناير الثاني والعشرين، 2018»: a year after the ordinal day, in digits or words.
      const y = /^\s*[,،]?\s*(\d{4})(?![\p{L}\p{N}])/u.exec(norm.slice(me, me + 12));
      const w = y ? null : yearInWords(norm, me, false);
      if (y && Number(y[1]) >= 1000 && Number(y[1]) <= 2200) {
        year = Number(y[1]);
        me += y[0].length;
      } else if (w) {
        year = w.year;
        me = w.end;
      }
    } else {
      const y = YEAR_AFTER_MONTH.exec(after);
      const w = y ? null : yearInWords(norm, me, false);
      if (w) {
        year = w.year;
        me = w.end;
      } else if (y) {
        year = Number(y[1]);
        hijriMarked = !!y[2] && HIJRI_MARKERS.has(y[2]);
        me += y[0].length;
      } else {
        const r = REL_YEAR_AFTER.exec(after);
        if (r) {
          const mod = r[1] ?? '';
          const phrase = ANAPHORA.get(key(r[0].replace(/^\s*(?:من\s+)?/u, '').trim()));
          if (phrase?.unit === 'year') anaphorDelta = phrase.delta;
          if (r[2]) relYear = !phrase || phrase.delta === 0 ? 'anaphor' : phrase.delta < 0 ? 'past' : 'next';
          else relYear = PAST.includes(mod) ? 'past' : NEXT.includes(mod) ? 'next' : 'current';
          me += r[0].length;
        }
      }
    }

    if (day === -1 && name.hijri) {
      // «آخر يوم من رمضان», «آخر أيام شهر رمضان 1440»: the month's last day.
      const range = year !== null ? (year >= 1300 && year <= 1600 ? hijriMonthRange(year, name.month, cal) : null) : ref ? resolveHoliday({ hijriMonth: name.month }, null, null, ref, prefer, cal) : null;
      if (range) out.push({ start, end: me, grain: 'day', date: { ...dayParts(range[1]), inferred: year === null }, relative: year === null });
      continue;
    }
    if (day === -1) {
      const y = year ?? (ref ? (relYear === 'past' ? ref.year - 1 : relYear === 'next' ? ref.year + 1 : relYear ? ref.year : closestYear(ref, name.month, null, prefer)) : null);
      if (name.hijri || y === null) continue;
      day = daysInMonth(y, name.month);
    }
    if (name.hijri) {
      // A Hijri month alone after a preposition that places things in time («في رمضان», «خلال
      // شهر شعبان»): its closest occurrence, a period of days. «صفر» is zero far more often.
      if (year === null && day === null && !HIJRI_NEEDS_YEAR.has(nameText) && relYear === null) {
        const pw = wordBefore(norm, start);
        const modAfter = MOD_AFTER.exec(norm.slice(me, me + 20));
        // «أواخر شهر رمضان», «العشر الأوائل من ذي الحجة»: the part's days of that month.
        const part = hijriPart(norm, start);
        if (start < ms || inSet(pw, MONTH_BEFORE_STRONG) || modAfter || part) {
          const w = modAfter?.[1];
          const mode = !w ? null : PAST.includes(w) ? 'last' : NEXT.includes(w) ? 'next' : 'this';
          const e = me + (modAfter ? modAfter[0].length : 0);
          const range = ref ? resolveHoliday({ hijriMonth: name.month }, null, mode, ref, prefer, cal) : null;
          const s0 = part ? part.start : start;
          const days = range && part ? partOfRange(range, part.part) : range;
          if (days) out.push({ start: s0, end: e, grain: 'day', date: dayParts(days[0]), to: dayParts(days[1]), noValue: true, relative: true });
          else if (!ref) out.push({ start: s0, end: e, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true });
        }
        continue;
      }
      // «صفر» after a number is a score or zero far more often than a day of Safar.
      if (year === null && (day === null || HIJRI_NEEDS_YEAR.has(nameText))) continue;
      if (year !== null && !hijriMarked && (year < 1300 || year > 1600)) {
        // «رمضان 2019»: the Hijri month that begins in that Gregorian year.
        const range = day === null && year >= 1900 && year <= 2100 ? hijriMonthInGregorianYear(year, name.month, cal) : null;
        if (range) {
          const [from, to] = [dayParts(range[0]), dayParts(range[1])];
          from.inferred = to.inferred = false;
          out.push({ start, end: me, grain: 'month', date: from, to, noValue: true });
        }
        continue;
      }
      const a = hijriAtom(start, me, year, name.month, day, ref, cal);
      if (a) {
        out.push(a);
        if (day !== null) hijriDays.add(a);
      }
      continue;
    }
    if (year !== null && (year < 1000 || year > 2200 || hijriMarked)) {
      if (day === null) continue;
      year = null;
    }

    if (relYear) {
      // «سبتمبر من ذلك العام» without a date before it: as a year-less month.
      const y = ref && relYear !== 'anaphor' ? ref.year + (relYear === 'past' ? -1 : relYear === 'next' ? 1 : 0) : null;
      const grain = day !== null ? 'day' : 'month';
      out.push({
        start,
        end: me,
        grain,
        date: { year: y, month: name.month, day, grain, inferred: true },
        unresolved: !ref,
        ...(anaphorDelta !== null ? { anaphor: { unit: 'year' as const, delta: anaphorDelta } } : {}),
      });
      continue;
    }
    if (day !== null) {
      // «من الثالث والعشرين حتى السادس والعشرين من أكتوبر»: an ordinal day opening the period
      // (bare day numbers are joined by extract/dates/interval.ts).
      const leadText = start < ms ? norm.slice(Math.max(0, start - 40), start) : '';
      const lead = start < ms && joinerAtEnd(leadText) ? ORDINAL_DAY_LEAD().exec(leadText) : null;
      const first = lead ? ORDINALS.get(key(lead[1]!)) ?? 0 : 0;
      if (lead && first >= 1 && first < day) {
        let s0 = start - Math.min(40, start) + lead.index + (/^[وب]/.test(lead[0]) && !ORDINALS.has(lead[0].split(/\s/)[0]!) ? 1 : 0);
        // The opener is part of the period, as for periods joined in interval.ts.
        const op = SYNTAX.opener.exec(norm.slice(Math.max(0, s0 - 12), s0));
        if (op) s0 -= Math.min(12, s0) - op.index;
        const date = { year, month: name.month, day: first, grain: 'day' as const };
        out.push({ start: s0, end: me, grain: 'day', date, to: { ...date, day } });
        continue;
      }
      // «15 ديسمبر الماضي», «20 نوفمبر المقبل», «5 ديسمبر الجاري»: the latest such day on or
      // before the reference, the first after it, the closest one (the modifier joins the span).
      const dayMod = year === null ? MOD_AFTER.exec(norm.slice(me, me + 20)) : null;
      if (dayMod && ref && (isValidDay(ref.year, name.month, day) || (name.month === 2 && day === 29))) {
        const w = dayMod[1]!;
        const r = dayNumber(ref.year, ref.month, ref.day);
        const inYear = (y: number) => (isValidDay(y, name.month, day) ? dayNumber(y, name.month, day) : null);
        // «الجاري»/«الحالي» name the reference's month: its year is the closest one.
        let y = closestYear(ref, name.month, day, prefer);
        if (PAST.includes(w)) for (y = ref.year; y > ref.year - 8 && (inYear(y) === null || inYear(y)! > r); ) y--;
        else if (NEXT.includes(w)) for (y = ref.year; y < ref.year + 8 && (inYear(y) === null || inYear(y)! <= r); ) y++;
        if (inYear(y) !== null) {
          // Not `relative`: «منذ 16 نوفمبر الماضي» stays a written date, half-open from it.
          out.push({ start, end: me + dayMod[0].length, grain: 'day', date: { year: y, month: name.month, day, grain: 'day', inferred: true } });
          continue;
        }
      }
      out.push({ start, end: me, grain: 'day', date: { year, month: name.month, day, grain: 'day' } });
      continue;
    }
    if (year !== null) {
      out.push({ start, end: me, grain: 'month', date: { year, month: name.month, day: null, grain: 'month' } });
      continue;
    }

    // A month named alone. By its number only with a part before it («بداية شهر 3»).
    if (numbered !== undefined) {
      if (!inSet(wordBefore(norm, start), PART_WORDS)) continue;
      out.push({ start, end: me, grain: 'month', date: { year: null, month: name.month, day: null, grain: 'month' } });
      lastMonthEnd = me;
      continue;
    }
    const mod = MOD_AFTER.exec(norm.slice(me, me + 20));
    const shahr = start < ms;
    const pw = wordBefore(norm, shahr ? start : m.index);
    // «نوفمبر وديسمبر», «من نوفمبر إلى ديسمبر»: a month right after a month read.
    const afterMonth =
      lastMonthEnd >= 0 && m.index - lastMonthEnd <= 8 && AFTER_MONTH_GAP.test(norm.slice(lastMonthEnd, m.index));
    // A glued «ب»/«ل» is a preposition placing the month («بنوفمبر»).
    const betweenMonths = !!pw && pw.text === 'بين' && MONTH_AND_AFTER().test(norm.slice(me, me + 60));
    const placed = shahr || inSet(pw, MONTH_BEFORE) || afterMonth || betweenMonths || m[1] === 'ب' || m[1] === 'ل' || (!name.ambiguous && futureVerbBefore(norm, pw, me));
    // «هذا يناير»: this year's January.
    const thisBefore = !!pw && (pw.text === 'هذا' || pw.text === 'هذه') && !AMBIGUOUS_STRICT.has(nameText);
    if (mod) {
      const w = mod[1]!;
      const mode = PAST.includes(w) ? 'last' : NEXT.includes(w) ? 'next' : 'this';
      me += mod[0].length;
      out.push({
        start,
        end: me,
        grain: 'month',
        date: { year: ref ? relativeMonthYear(ref, name.month, mode) : null, month: name.month, day: null, grain: 'month', inferred: true },
        // A named month (as «نوفمبر» alone), not one named from the reference: «منذ نوفمبر
        // الماضي» is half-open from it, «حتى مارس المقبل» up to it.
        unresolved: !ref,
      });
      lastMonthEnd = me;
      continue;
    }
    // A month name that is also a word («مارس» practised, «آب» father) needs «شهر», another
    // name of the month, «هذا», or a preposition that only places things in time («في مارس»).
    // «آب», «ماي» only after a part of the month («أواخر ماي», «منتصف آب»): no father nor
    // Theresa May has one («آخر» is also "other", «بقية» "the rest of").
    const strong = !AMBIGUOUS_STRICT.has(nameText)
      ? inSet(pw, MONTH_BEFORE_STRONG) || m[1] === 'ب' || m[1] === 'ف' || MONTH_PERIOD_AFTER.test(norm.slice(me, me + 30)) || betweenMonths
      : inSet(pw, STRICT_PART_WORDS());
    if (!placed && !thisBefore) continue;
    // «من مارس إلى ماي», «يوليوز وغشت»: right after a month read, a month name is one.
    if (name.ambiguous && !shahr && !combined && !strong && !thisBefore && !afterMonth) continue;
    if (thisBefore && pw) {
      out.push({
        start: pw.start,
        end: me,
        grain: 'month',
        date: { year: ref ? relativeMonthYear(ref, name.month, 'this') : null, month: name.month, day: null, grain: 'month', inferred: true },
        relative: true,
        unresolved: !ref,
      });
      lastMonthEnd = me;
      continue;
    }
    // «موسم الأمطار الممتد من يونيو إلى سبتمبر»: a season of every year, no dates.
    const generic = pw?.text === 'من' ? genericMonthSpan(norm, pw.start, me) : -1;
    if (generic >= 0) {
      skipTo = generic;
      continue;
    }
    out.push({ start, end: me, grain: 'month', date: { year: null, month: name.month, day: null, grain: 'month' } });
    lastMonthEnd = me;
  }
  pairsSharingTail(norm, out);
  withNarratedPast(norm, out);
  if (hijriDays.size > 0) mergeCorresponding(norm, out, hijriDays);
  for (const a of out) {
    if (a.grain === 'month' && !a.to && a.date.month !== null) monthPart(norm, a, ref, prefer);
    // «أسبوع 30 نوفمبر», «الأسبوع في 15 سبتمبر»: the Monday–Sunday week of that day.
    const wk = a.grain === 'day' && !a.to && a.date.day !== null ? WEEK_OF_BEFORE.exec(norm.slice(Math.max(0, a.start - 20), a.start)) : null;
    if (wk) {
      const year = a.date.year ?? (ref ? closestYear(ref, a.date.month!, a.date.day, prefer) : null);
      a.start -= wk[0].length;
      a.noValue = true;
      if (year === null || !isValidDay(year, a.date.month!, a.date.day!)) {
        a.date = unknownParts('day');
        a.unresolved = true;
        continue;
      }
      const n = dayNumber(year, a.date.month!, a.date.day!);
      const monday = n - ((weekdayOf(n) + 6) % 7);
      const inferred = a.date.year === null;
      a.date = { ...dayParts(monday), inferred };
      a.to = { ...dayParts(monday + 6), inferred };
      continue;
    }
    // The weekday before a day date belongs to its span: «يوم الاثنين 2 ديسمبر».
    if (a.grain !== 'day') continue;
    const before = norm.slice(Math.max(0, a.start - 30), a.start);
    const w = WEEKDAY_BEFORE.exec(before) ?? DAY_WORD_BEFORE.exec(before);
    if (w) a.start = a.start - w[1]!.length;
    if (w && /\(\s*$/u.test(w[1]!)) {
      // «الخميس (12 ديسمبر)»: the parenthesis opened after the weekday closes the span.
      const close = /^\s*\)/u.exec(norm.slice(a.end, a.end + 3));
      if (close) a.end += close[0].length;
      else a.start += w[1]!.length;
    }
  }
  return out;
}

let SEASON_SPAN_: { cues: Set<string>; nouns: Set<string>; second: RegExp; dated: RegExp; every: RegExp } | undefined;
/**
 * A bare month after «من» (at `fromStart`) ending at `me`, then a joiner and a second bare month:
 * where they name a season of every year (months.json `seasonSpanCues`: a verb of extent and a
 * season noun in the clause before «من», or «كل عام»/«سنويا» after them), the end of the second
 * month; else -1. Runs only for a bare month right after «من».
 */
function genericMonthSpan(norm: string, fromStart: number, me: number): number {
  const S = (SEASON_SPAN_ ??= {
    cues: foldSet(lexicon.seasonSpanCues),
    nouns: foldSet(lexicon.seasonSpanNouns),
    second: new RegExp(`^\\s*(?:-|${TO_ALT})\\s*(?:شهر\\s+)?(?:${MONTH_ALT})${R}(?:\\s*[/(]\\s*(?:${MONTH_ALT})${R}\\s*\\)?)?`, 'u'),
    dated: new RegExp(`^\\s*(?:[,،]\\s*)?(?:(?:من\\s+)?(?:(?:ال|ل|لل)?(?:عام|سنه)\\s+)?\\d|(?:${MOD_ALT})${R}|(?:من|في)\\s+(?:ال|هذا\\s+ال|ذلك\\s+ال)(?:عام|سنه)${R})`, 'u'),
    every: /^\s*(?:[,،]\s*)?(?:(?:من|في)\s+)?(?:كل\s+(?:عام|سنه)|سنويا)(?![\p{L}\p{N}])/u,
  });
  const second = S.second.exec(norm.slice(me, me + 50));
  if (!second) return -1;
  const end = me + second[0].length;
  const tail = norm.slice(end, end + 30);
  if (S.dated.test(tail)) return -1;
  if (S.every.test(tail)) return end;
  // The verb and the season noun in the clause before «من»: «موسم الكمأة الذي يمتد من»,
  // «يمتد موسم الصيد من», «موسم الأمطار الممتد من».
  const clause = norm.slice(Math.max(0, fromStart - 50), fromStart).split(/[.!?؟؛\n]/u).pop()!;
  let cue = false;
  let noun = false;
  for (const w of clause.split(/[^\p{L}]+/u)) {
    const bare = w.replace(/^[وفب]/u, '');
    cue ||= S.cues.has(w) || S.cues.has(bare);
    noun ||= S.nouns.has(w) || S.nouns.has(bare);
  }
  return cue && noun ? end : -1;
}

let PAST_VERBS_: Set<string> | undefined;
/** The prepositions between a past verb and its date («قتل في 12 فبراير»). */
const PAST_PREPS = new Set(['في', 'يوم', 'بتاريخ', 'خلال']);

/**
 * A verb in the past right before a year-less date («قتل في 15 ديسمبر», «اندلعت الاحتجاجات» no:
 * only the verb right before the preposition, «اختفى في مارس»): DateAtom.narratedPast, so the
 * date lies on or before the reference (as English "disappeared in March"). The verbs are a list
 * of news verbs in the perfect (months.json `pastVerbs`: Arabic script does not mark the tense
 * otherwise); not with a future cue before it («من المقرر»), nor with a weekday written with it.
 */
function withNarratedPast(norm: string, out: DateAtom[]): void {
  for (const a of out) {
    if (a.relative || a.to || a.half || a.date.year !== null || a.date.month === null || (a.grain !== 'day' && a.grain !== 'month')) continue;
    const before = norm.slice(Math.max(0, a.start - 40), a.start);
    // The last words before the date: [verb] [preposition] [part]? (split on spaces: no regex
    // over the text).
    if (!/\s$/u.test(before)) continue;
    const ws = before.trimEnd().split(/\s+/u);
    let i = ws.length - 1;
    if (i > 0 && PART_OF.has(ws[i]!)) i--;
    if (i < 1 || !PAST_PREPS.has(ws[i]!)) continue;
    PAST_VERBS_ ??= foldSet(lexicon.pastVerbs);
    const verb = ws[i - 1]!;
    if (!forms(verb).some((f) => PAST_VERBS_!.has(f)) || FUTURE_BEFORE.test(before)) continue;
    a.narratedPast = true;
  }
}

/** «الموافق», «، الموافق لـ», «ويوافق»: between a Hijri day and the Gregorian day it falls on. */
const CORRESPONDING_GAP = /^\s*[,،(]?\s*(?:و\s*)?(?:ال)?(?:موافق|يوافق)(?:\s*ل)?\s*$/u;

/**
 * «15 رمضان 1440 هـ الموافق 19 مايو 2019 م» (or the other way round): one day written in both
 * calendars is one mention, the Gregorian day (the tabular Hijri conversion can be a day off the
 * sighted calendar the writer used), its span both dates.
 */
function mergeCorresponding(norm: string, out: DateAtom[], hijriDays: Set<DateAtom>): void {
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.grain !== 'day' || b.grain !== 'day' || a.to || b.to || hijriDays.has(a) === hijriDays.has(b)) continue;
    if (a.end > b.start || !CORRESPONDING_GAP.test(norm.slice(a.end, b.start))) continue;
    const gregorian = hijriDays.has(a) ? b : a;
    const merged: DateAtom = { ...gregorian, start: a.start, end: b.end };
    // A parenthesis opened after the first date closes after the second.
    if (norm[a.end + (/^\s*/u.exec(norm.slice(a.end))![0].length)] === '(') {
      const close = /^\s*\)/u.exec(norm.slice(b.end, b.end + 3));
      if (close) merged.end += close[0].length;
    }
    out.splice(i, 2, merged);
  }
}

/** «في 5 و», «يومي 12 و» right before a day date: group 1 = the first day. */
const DAY_AND_BEFORE = /(?<![\p{L}\p{N}])(?:يومي|في)\s+(\d{1,2})\s*و\s*$/u;

/**
 * Two dates joined by «و» that share what follows the second: «شهري يناير وفبراير من العام
 * الجاري», «مارس وأبريل 2020» (the second's year is the first's too, the year before when the
 * first month comes later in the year); «في 5 و6 ديسمبر», «يومي 12 و13 مارس» (the first day
 * takes the second's month and year: two days, a period only after «بين», interval.ts).
 */
function pairsSharingTail(norm: string, out: DateAtom[]): void {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const b = out[i]!;
    if (b.to || b.grain === 'year') continue;
    if (b.grain === 'month' && b.date.year !== null && b.date.day === null) {
      const a = out[i - 1];
      if (!a || a.grain !== 'month' || a.to || a.relative || a.date.year !== null || a.date.day !== null || a.end > b.start) continue;
      if (!/^\s*و\s*(?:شهر\s+)?$/u.test(norm.slice(a.end, b.start))) continue;
      a.date = { ...a.date, year: a.date.month! > b.date.month! ? b.date.year - 1 : b.date.year, inferred: b.date.inferred };
    } else if (b.grain === 'day' && b.date.day !== null && /\d/.test(norm[b.start] ?? '')) {
      const sl = norm.slice(Math.max(0, b.start - 16), b.start);
      // Cheap gate: «و» right before the date.
      if (!sl.trimEnd().endsWith('و')) continue;
      const d = DAY_AND_BEFORE.exec(sl);
      const first = d ? Number(d[1]) : 0;
      if (!d || first < 1 || first >= b.date.day) continue;
      const s0 = b.start - d[0].length + d[0].search(/\d/u);
      out.push({ start: s0, end: s0 + d[1]!.length, grain: 'day', date: { ...b.date, day: first } });
    }
  }
}

/**
 * A part of a named month («منتصف مارس», «أواخر شهر أكتوبر 2019», «بداية شهر 3»): the month
 * keeps its value (as in English "mid-March"), the part's days are its `from`/`to`
 * (relative.ts unitPart: early 1–10, mid 11–20, late and end 21 to the last day).
 */
function monthPart(norm: string, a: DateAtom, ref: Ymd | null, prefer?: Prefer): void {
  const pw = wordBefore(norm, a.start);
  if (!pw) return;
  const part = forms(pw.text).map((f) => PART_OF.get(f)).find((x) => x !== undefined);
  if (!part || part === 'rest') return;
  const month = a.date.month!;
  // «اختفى في منتصف يناير»: narrated in the past (withNarratedPast), as build.ts reads a day.
  const side = a.narratedPast && (prefer === undefined || prefer === 'closest') ? 'past' : prefer;
  const year = a.date.year ?? (ref ? closestYear(ref, month, null, side) : null);
  a.start = pw.start + (/^[وفب]/.test(pw.text) && !PART_OF.has(pw.text) ? 1 : 0);
  if (year === null) return;
  const inferred = a.date.year === null || !!a.date.inferred;
  const [first, last] = unitPart(dayNumber(year, month, 1), 'month', part, Number.NEGATIVE_INFINITY);
  a.date = { ...dayParts(first), inferred };
  a.to = { ...dayParts(last), inferred };
}

// ---------------------------------------------------------------------------------------------
// Years

/** Where a year in words may start: «ألفين…», «ألف وتسعمائة…», «تسعة عشر وثمانية وسبعين». */
const YEAR_WORDS_AHEAD = /^(\s*(?:[,،]\s*)?(?:من\s+)?(?:((?:ال|ل|لل)?(?:عام|سنه))\s+)?)(?=(?:ال)?الف|تسعه\s+عشر|ثمانيه\s+عشر)/u;

/**
 * A year written in words at `pos` (after a month, or after «عام»/«سنة» when `needNoun`), read
 * by the Arabic number reader: 1000–2200, or a pair «تسعة عشر» + «ثمانية وسبعين» (1978).
 */
function yearInWords(norm: string, pos: number, needNoun: boolean): { year: number; start: number; end: number } | null {
  const head = YEAR_WORDS_AHEAD.exec(norm.slice(pos, pos + 24));
  if (!head || (needNoun && !head[2])) return null;
  const at = pos + head[1]!.length;
  const slice = norm.slice(at, at + 60);
  const nums = readNumbers(slice).filter((n) => n.kind === 'integer' && n.value !== null);
  const a = nums[0];
  if (!a || a.start !== 0) return null;
  let year = a.value!;
  let end = a.end;
  const b = nums[1];
  if (year >= 10 && year <= 20 && b && /^\s+و?$/u.test(slice.slice(a.end, b.start)) && b.value! < 100) {
    year = year * 100 + b.value!;
    end = b.end;
  }
  if (year < 1000 || year > 2200) return null;
  return { year, start: head[2] ? pos + head[1]!.indexOf(head[2]) : at, end: at + end };
}

/** «عام ألفين وعشرين», «سنة ألف وتسعمائة وواحد»: years in words after a year noun. */
/** No leading look-behind (it would run at every position): execAtWordStart checks the word start. */
const YEAR_NOUN_WORDS_RE = /([وفب]?)(?:ال|ل|لل)?(?:عام|سنه)\s+(?=(?:ال)?الف|تسعه\s+عشر|ثمانيه\s+عشر)/gu;

/**
 * «عام 247», «سنة 632م»: a three-digit year after a year noun, closing the phrase (before the
 * end, punctuation or «م»/«ميلادي»); not before «قبل الميلاد» (no year before 1 is written).
 */
let YEAR_SHORT_RE_: RegExp | undefined;
/** No leading look-behind (it would run at every position): execAtWordStart checks the word start. */
const YEAR_SHORT_RE = (): RegExp => (YEAR_SHORT_RE_ ??= new RegExp(
  `([وفب]?)(?:ال|ل|لل)?(?:عام|سنه)\\s+([1-9]\\d{2})(?![\\p{N}]|[.,]\\p{N})(?:\\s?(${alt(fold(lexicon.gregorianMarker))})${R})?(?=\\s*(?:$|[.,،؛:!?)\\n]))`,
  'gu',
));

/** What both scans of readYearWords need: a year noun before a number word or three digits. */
const YEAR_WORDS_GATE = /(?:عام|سنه)\s+(?:(?:ال)?(?:الف|تسعه\s+عشر|ثمانيه\s+عشر)|[1-9]\d{2}(?!\d))/u;

function readYearWords(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  if (!YEAR_WORDS_GATE.test(norm)) return out;
  YEAR_SHORT_RE().lastIndex = 0;
  if (/(?:عام|سنه)\s+[1-9]\d{2}(?!\d)/u.test(norm))
    for (let m; (m = execAtWordStart(YEAR_SHORT_RE(), norm)); ) {
      out.push({ start: m.index + m[1]!.length, end: m.index + m[0].length, grain: 'year', date: { year: Number(m[2]), month: null, day: null, grain: 'year' } });
    }
  YEAR_NOUN_WORDS_RE.lastIndex = 0;
  for (let m; (m = execAtWordStart(YEAR_NOUN_WORDS_RE, norm)); ) {
    const w = yearInWords(norm, m.index + m[1]!.length, true);
    if (!w) continue;
    out.push({ start: w.start, end: w.end, grain: 'year', date: { year: w.year, month: null, day: null, grain: 'year' } });
    YEAR_NOUN_WORDS_RE.lastIndex = w.end;
  }
  return out;
}

function spanOfTimeBefore(norm: string, pos: number): boolean {
  const w = wordBefore(norm, pos);
  if (inSet(w, YEAR_OF_HEADS)) return true;
  return !!w && inSet(w, YEAR_OF_ADJECTIVES) && inSet(wordBefore(norm, w.start), YEAR_OF_HEADS);
}

/** «العام الهجري », «في السنة الهجرية »: group 1 = what precedes the noun (a clitic, spaces). */
const HIJRI_YEAR_BEFORE = /(?:^|(?<![\p{L}\p{N}])([وفبل]?))(?:ال|لل)?(?:عام|سنه)\s+(?:ال)?هجري(?:ه)?\s+$/u;
let BETWEEN_YEARS_CUES_: Set<string> | undefined;
const BETWEEN_YEARS_CUES = (): Set<string> => (BETWEEN_YEARS_CUES_ ??= foldSet(lexicon.betweenYearsCues));
/** «و1441 هـ», «إلى 1441 هـ» after a year: group 1 = the marker of the second year. */
let PAIRED_YEAR_MARKER_: RegExp | undefined;
const PAIRED_YEAR_MARKER = (): RegExp => (PAIRED_YEAR_MARKER_ ??= new RegExp(`^\\s*(?:-|و|${TO_ALT})\\s*(?:(?:ال)?(?:عام|سنه)\\s+)?\\d{4}\\s?(${MARKERS})${R}`, 'u'));
let YEAR_PLURAL_NOUNS_: Set<string> | undefined;
const YEAR_PLURAL_NOUNS = (): Set<string> => (YEAR_PLURAL_NOUNS_ ??= foldSet(lexicon.yearPluralNouns));
/** «السنوات 2000 الماضية» counts years. */
let YEAR_PLURAL_NOT_AFTER_: Set<string> | undefined;
const YEAR_PLURAL_NOT_AFTER = (): Set<string> => (YEAR_PLURAL_NOT_AFTER_ ??= foldSet([...lexicon.rollingAdjectives.past, ...lexicon.rollingAdjectives.next]));
/** «و2015» (or «وعام 2015») right after the first year of «بين 2010 و2015»: group 1 = the second year. */
const AND_YEAR_AFTER = /^\s*و\s*(?:(?:ال)?(?:عام|سنه)\s+)?(\d{4})(?![\p{N}]|[.,/]\p{N})/u;

/**
 * «بين 2010 و2015» (the opener at `openerStart`, the first year ending at `e`): a period of
 * years when the second is later, within a century, and either a word of time stands before
 * «بين» («الفترة (ما) بين», «السنوات بين») or nothing counted follows the second year («بين
 * 2000 و3000 شخص» is a count, so is «بين 1990 و2010 شخصا»).
 */
function betweenYears(norm: string, openerStart: number, e: number, year: number): boolean {
  const m = AND_YEAR_AFTER.exec(norm.slice(e, e + 16));
  if (!m) return false;
  const y2 = Number(m[1]);
  if (year < 1800 || y2 <= year || y2 - year > 100 || y2 > 2100) return false;
  // «الفترة ما بين 2010 و2015»: «ما» is looked through («قتل ما بين 1900 و2000 مدني» is a count).
  let cue = wordBefore(norm, openerStart);
  if (cue?.text === 'ما') cue = wordBefore(norm, cue.start);
  return inSet(cue, BETWEEN_YEARS_CUES()) || yearPairEnd(norm, e, year);
}

/** «2011 و2012» after the first year (ending at `e`): a second year near it with nothing counted after it. */
function yearPairEnd(norm: string, e: number, year: number): boolean {
  const m = AND_YEAR_AFTER.exec(norm.slice(e, e + 16));
  if (!m) return false;
  const y2 = Number(m[1]);
  if (year < 1800 || y2 < 1800 || y2 > 2100 || Math.abs(y2 - year) > 100) return false;
  const after = e + m[0].length;
  const nw = wordAfter(norm, after);
  return !nw || inSet(nw, YEAR_AFTER) || /^\s*[^\s\p{L}\p{N}]/u.test(norm.slice(after, after + 3));
}

function readYears(norm: string, cal?: HijriCalendar): DateAtom[] {
  const out: DateAtom[] = [];
  let lastYearEnd = -1;
  YEAR_RE.lastIndex = 0;
  for (let m; (m = YEAR_RE.exec(norm)); ) {
    let s = m.index;
    let e = s + 4;
    const year = Number(m[1]);
    // Only a conjunction «و» may be glued before a year: «و2020».
    const glued = isLetter(norm[s - 1]);
    if (glued && !(norm[s - 1] === 'و' && !isLetter(norm[s - 2]))) continue;
    const marker = YEAR_MARKER_AFTER.exec(norm.slice(e, e + 12));
    // «العام الهجري 1441», «السنة الهجرية 1440»: the noun and its adjective before the year.
    const hijriNoun = !glued && norm.slice(Math.max(0, s - 9), s).includes('هجري') ? HIJRI_YEAR_BEFORE.exec(norm.slice(Math.max(0, s - 24), s)) : null;
    // «بين عامي 1440 و1441 هـ»: the marker after the second year of a pair marks the first too.
    const pairMarker = marker || hijriNoun ? null : PAIRED_YEAR_MARKER().exec(norm.slice(e, e + 24));
    const hijri = (!!marker && HIJRI_MARKERS.has(marker[1]!)) || !!hijriNoun || (!!pairMarker && HIJRI_MARKERS.has(pairMarker[1]!));
    const pw = glued ? null : wordBefore(norm, s);
    const nw = wordAfter(norm, e);
    let ok = false;
    if (glued) ok = lastYearEnd >= 0 && s - lastYearEnd <= 4;
    else if (marker || hijriNoun || (pairMarker && hijri)) ok = true;
    else if (inSet(pw, YEAR_NOUNS)) ok = true;
    else if (lastYearEnd >= 0 && s - lastYearEnd <= 6 && AFTER_YEAR_GAP.test(norm.slice(lastYearEnd, s))) ok = true;
    else if (inSet(pw, YEAR_BEFORE_STRONG) || (pw?.text === 'من' && spanOfTimeBefore(norm, pw.start))) ok = true;
    else if (inSet(pw, YEAR_EVENT_NOUNS) && year >= 1900 && year <= 2100) ok = true;
    // «في السنوات 2015 و2016», «خلال الأعوام 2010-2014»: the plural noun, out of the span.
    else if (inSet(pw, YEAR_PLURAL_NOUNS()) && year >= 1800 && year <= 2100) ok = !nw || !YEAR_PLURAL_NOT_AFTER().has(nw.text);
    else if (pw && forms(pw.text).includes('بين') && betweenYears(norm, pw.start, e, year)) ok = true;
    else if (inSet(pw, YEAR_BEFORE)) {
      // «في 2019» unless something counted follows («في 2000 مدينة»): accept only before
      // punctuation, the end, a number, or a word that goes with years («الماضي»).
      // «في 2011 و2012»: a second year after «و», itself followed by nothing counted.
      ok = !nw || inSet(nw, YEAR_AFTER) || TO_WORDS.has(nw.text) || /^[\s]*[^\s\p{L}]/u.test(norm.slice(e, e + 3)) || (nw.text.startsWith('و') && yearPairEnd(norm, e, year));
    } else if (norm[s - 1] === '(' && norm[e] === ')') ok = true;
    // A title's field: «… | يلاكورة | 2021» — after a field of words, not in a row of figures.
    else if (/\p{L}\s*\|\s*$/u.test(norm.slice(Math.max(0, s - 5), s)) && /^\s*(?:\||$)/.test(norm.slice(e, e + 3))) ok = true;
    else {
      const dash = /^\s*-\s*(\d{4})(?!\p{N})/u.exec(norm.slice(e, e + 10));
      ok = (!!dash && Number(dash[1]) > year && Number(dash[1]) - year <= 100) || (joinerAtStart(norm.slice(e, e + 40)) && YEAR_THEN_PERIOD_END.test(norm.slice(e, e + 40)));
    }
    if (!ok) continue;
    if (hijri) {
      if (year > 1600) continue;
    } else if (year < 1000 || year > 2200) continue;
    if (hijriNoun) s = s - hijriNoun[0].length + (hijriNoun[1] ?? '').length;
    else if (pw && inSet(pw, YEAR_NOUNS)) s = pw.start + (/^[وف]/.test(pw.text) && !YEAR_NOUNS.has(pw.text) ? 1 : 0);
    if (marker) e += marker[0].length;
    lastYearEnd = m.index + 4;
    if (hijri) {
      const range = hijriYearRange(year, cal);
      if (!range) continue;
      const from = dayParts(range[0]);
      const to = dayParts(range[1]);
      from.inferred = to.inferred = false;
      out.push({ start: s, end: e, grain: 'year', date: from, to, noValue: true });
    } else {
      // «أواخر 2012», «منتصف عام 2019»: the year, with the part's days (DateAtom.partOf).
      const pb = wordBefore(norm, s);
      const part = pb ? forms(pb.text).map((f) => PART_OF.get(f)).find((x) => x !== undefined) : undefined;
      out.push({ start: s, end: e, grain: 'year', date: { year, month: null, day: null, grain: 'year' }, ...(part && part !== 'rest' ? { partOf: part } : {}) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// All-digit dates

/**
 * «الموسم الدراسي 2025/2026», «الموسم الفلاحي 2024/ 2025»: two consecutive years joined by a
 * slash (a school, farming or sports season), as «2024-2025» is. No leading look-behind (it would
 * run at every position): the character before is checked by hand, behind a «/» gate.
 */
const SLASH_YEARS = /(\d{4})\s?\/\s?(\d{4})(?![\p{N}]|\s?[/.-]\s?\p{N})/gu;

function readSlashYears(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  if (!norm.includes('/')) return out;
  SLASH_YEARS.lastIndex = 0;
  for (let m; (m = SLASH_YEARS.exec(norm)); ) {
    if (/[\p{N}/.-]/u.test(norm[m.index - 1] ?? '')) {
      SLASH_YEARS.lastIndex = m.index + 1;
      continue;
    }
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b !== a + 1 || a < 1900 || b > 2100) continue;
    const year = (y: number) => ({ year: y, month: null, day: null, grain: 'year' as const });
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'year', date: year(a), to: year(b) });
  }
  return out;
}

function readNumeric(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (let m; (m = NUMERIC_DATE.exec(norm)); ) {
    const d = readNumericDate(m[1]!, m[3]!, m[4]!, 'dmy', ref?.year ?? null, m[2]);
    if (d) out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: { ...d, grain: 'day' } });
  }
  // «2 / 12 / 2019», «2019 / 12 / 02»: spaces around the separators (right-to-left editors put
  // them there); only with a four-digit year, so that scores and lists stay numbers.
  if (SPACED_NUMERIC_GATE.test(norm)) {
    SPACED_NUMERIC.lastIndex = 0;
    for (let m; (m = SPACED_NUMERIC.exec(norm)); ) {
      if ((m[1]!.length !== 4 && m[5]!.length !== 4) || !/\s/u.test(m[0])) continue;
      const d = readNumericDate(m[1]!, m[4]!, m[5]!, 'dmy', ref?.year ?? null, m[3]);
      if (d) out.push({ start: m.index, end: m.index + m[0].length, grain: 'day', date: { ...d, grain: 'day' } });
    }
  }
  return out;
}

const SPACED_NUMERIC_GATE = /\d\s+[/.-]|[/.-]\s+\d/u;
/** Groups: first number, the spaces after it, the separator, second number, third number; some space somewhere. */
const SPACED_NUMERIC = /(?<![\p{N}/.-]|[\p{N}]\s[/.-]\s?)(\d{1,4})(\s*)([/.-])\s*(\d{1,2})\s*\3\s*(\d{1,4})(?![\p{N}]|\s*[/.-]\s*\p{N})/gu;

// ---------------------------------------------------------------------------------------------
// Relative expressions

function weekdayMode(norm: string, start: number, modWord: string | null, prefer: Prefer | undefined, nextWeekday?: 'coming' | 'week'): WeekdayMode {
  if (modWord && PAST.includes(modWord)) return 'last';
  if (modWord && NEXT.includes(modWord)) return nextWeekday === 'week' ? 'nextWeek' : 'next';
  if (modWord) return 'this';
  return bareWeekdayMode(FUTURE_BEFORE.test(norm.slice(Math.max(0, start - 30), start)) ? 'future' : 'past', prefer);
}

/** The year of «(في مثل هذا اليوم) من عام 2011». */
const ANNIVERSARY_YEAR = /^\s+(?:من\s+)?(?:(?:ال|ل|لل)?(?:عام|سنه)\s+)?(\d{4})(?![\p{L}\p{N}])/u;

function readRelative(norm: string, ref: Ymd | null, prefer?: Prefer, nextWeekday?: 'coming' | 'week'): DateAtom[] {
  const out: DateAtom[] = [];
  const refDay = ref ? dayNumber(ref.year, ref.month, ref.day) : 0;
  const unresolved = (start: number, end: number): DateAtom => ({
    start,
    end,
    grain: 'day',
    date: unknownParts('day'),
    relative: true,
    unresolved: true,
  });

  WEEKDAY_RE.lastIndex = 0;
  for (let m; (m = execAtWordStart(WEEKDAY_RE, norm)); ) {
    const ws = m.index + m[1]!.length;
    let start = ws;
    let end = m.index + m[0].length;
    const weekday = WEEKDAY_NAMES.get(m[2]!)!;
    const pw = wordBefore(norm, m.index);
    const mod = MOD_AFTER.exec(norm.slice(end, end + 20));
    const prev = pw ? forms(pw.text) : [];
    // «غدا الجمعة», «يوم غد الاثنين», «أمس الأول الاثنين»: a day word (one or more words) names the day.
    const dayBefore = norm.slice(Math.max(0, m.index - 24), m.index);
    const phrase = dayPhraseAtEnd(dayBefore) ? DAY_PHRASE_BEFORE().exec(dayBefore) : null;
    const dayWord = phrase ? key(phrase[1]!) : prev.find((f) => DAY_BEFORE.has(f));
    // The big ordinal pattern only when an ordinal or a number may follow (cheap word check first).
    const next = mod ? null : wordAfter(norm, end);
    const next2 = next?.text === 'في' ? wordAfter(norm, next.end) : next;
    const mayOrd = !mod && (/^\s+(?:في\s+)?\d/u.test(norm.slice(end, end + 8)) || (!!next2 && ORD_FIRST_WORDS().has(next2.text)));
    const afterDay = mayOrd ? norm.slice(end, end + 40) : '';
    // Without an ordinal word after it, only the day-number branch can match: its pattern alone.
    const ordNext = mayOrd ? ordinalAfterSpace(afterDay, ORD_FIRST_WORDS(), true) : null;
    let ord = ordNext?.ordinal ? WEEKDAY_ORDINAL_AFTER().exec(afterDay) : ordNext?.digit ? WEEKDAY_DAY_AFTER().exec(afterDay) : null;
    // «الأربعاء 27» only with nothing counted after the number («الجمعة 15 قتيلا» is a count).
    if (ord?.[3]) {
      const after = end + ord[0].length;
      const nw = wordAfter(norm, after);
      if (!(/^\s*(?:$|[.,،؛!?)\n])/u.test(norm.slice(after, after + 2)) || (nw && (inSet(nw, YEAR_AFTER) || TO_WORDS.has(nw.text))))) ord = null;
    }
    if (!dayWord && !mod && !ord && !bareWeekday(norm, m.index, end, pw)) continue;
    if (mod) end += mod[0].length;
    if (ord) {
      // «الأحد الثاني» (the second Sunday of the month), «السبت السادس عشر» (Saturday the 16th).
      end += ord[0].length;
      const k = ord[3] ? Number(ord[3]) : ORDINALS.get(key(ord[2]!))!;
      if (k < 1 || k > 31) continue;
      if (!ref) {
        out.push(unresolved(start, end));
        continue;
      }
      let n: number | null = null;
      if (k <= 5 && !ord[1] && !ord[3]) {
        const [range] = holidayIn({ month: ref.month, weekday, nth: k }, ref.year);
        if (range && fromDayNumber(range[0]).month === ref.month) n = range[0];
      } else n = monthDayNear(ref, k, prefer ?? 'closest', weekday);
      if (n !== null) out.push({ start, end, grain: 'day', date: dayParts(n), relative: true });
      continue;
    }
    let shift: number | null = null;
    // «أمس الجمعة» names the day with «أمس»; «يوم» is only the preposition-like head («on»), left
    // out of the span as Recognizers-Text's Arabic specs and English spans do.
    if (phrase) {
      start = Math.max(0, m.index - 24) + phrase.index;
      // «غد» alone (in «يوم غد») is tomorrow too.
      shift = DAY_WORDS.get(dayWord!) ?? 1;
    }
    if (!ref) {
      out.push(unresolved(start, end));
      continue;
    }
    const n = shift !== null ? refDay + shift : resolveWeekday(ref, weekday, weekdayMode(norm, start, mod?.[1] ?? null, prefer, nextWeekday));
    // A weekday alone closing a period is the first one on or after its start (DateAtom.weekday).
    out.push({ start, end, grain: 'day', date: dayParts(n), relative: true, ...(shift === null && !mod ? { weekday: true } : {}) });
  }

  DAY_WORD_RE.lastIndex = 0;
  for (let m; (m = DAY_WORD_RE.exec(norm)); ) {
    // Inside a word («تداول أمس» holds «اول امس»): scan on from the next character.
    if (isWordChar(norm[m.index - 1])) {
      DAY_WORD_RE.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    const word = key(m[2]!);
    if (TOMORROW_AFTER_JOINER.has(word)) {
      const pw = wordBefore(norm, m.index);
      if (!pw || !TO_WORDS.has(pw.text)) continue;
    }
    if (word === foldWord('اليوم')) {
      const nw = wordAfter(norm, end);
      const pw = wordBefore(norm, m.index);
      // «اليوم العاشر من الاعتصام»: a day counted in a story.
      if ((nw && (TODAY_NOT.has(nw.text) || ORDINALS.has(nw.text))) || (pw && TODAY_NOT_BEFORE.has(pw.text))) continue;
    }
    if (word === 'هذا اليوم' && /مثل\s+$/u.test(norm.slice(Math.max(0, m.index - 8), m.index))) {
      // «في مثل هذا اليوم من عام 2011»: the reference's day and month in that year (an
      // anniversary); without a year it names no day we know.
      const y = ANNIVERSARY_YEAR.exec(norm.slice(end, end + 24));
      const year = y ? Number(y[1]) : 0;
      const s0 = norm.lastIndexOf('مثل', m.index);
      if (!y || year < 1000 || year > 2200 || !ref || !isValidDay(year, ref.month, ref.day)) continue;
      out.push({ start: s0, end: end + y[0].length, grain: 'day', date: { year, month: ref.month, day: ref.day, grain: 'day' }, relative: true });
      continue;
    }
    if (YESTERDAY.includes(word)) {
      // «أول أمس» / «قبل أمس» are their own entries, longer, and win the overlap.
      const pw = wordBefore(norm, m.index);
      if (pw && (pw.text === 'اول' || pw.text === 'قبل' || pw.text === 'من')) continue;
    }
    if (!ref) {
      out.push(unresolved(start, end));
      continue;
    }
    out.push({ start, end, grain: 'day', date: dayParts(refDay + DAY_WORDS.get(word)!), relative: true });
  }

  PERIOD_RE.lastIndex = 0;
  for (let m; (m = execAtWordStart(PERIOD_RE, norm)); ) {
    let start = m.index;
    if (/^[وفب]/.test(norm[start]!) && !norm.startsWith('ال', start)) start++;
    const end = m.index + m[0].length;
    const unit = m[1] ?? m[5]!;
    const modWord = m[3];
    // «العام قبل الماضي» (the year before last), «الأسبوع بعد المقبل» (the week after next).
    const far = m[2] === 'قبل' && modWord && PAST.includes(modWord) ? -2 : m[2] === 'بعد' && modWord && NEXT.includes(modWord) ? 2 : 0;
    if (m[2] && !far) continue;
    const delta = far || (modWord && PAST.includes(modWord) ? -1 : modWord && NEXT.includes(modWord) ? 1 : 0);
    const grain = unit === 'اسبوع' ? 'day' : unit === 'شهر' ? 'month' : 'year';
    // A weekday beside the week names its day: «الأسبوع المقبل يوم الجمعة», «الجمعة من الأسبوع المقبل».
    // «الأسبوع المقبل بين الأربعاء والجمعة»: days of that week.
    const range = unit === 'اسبوع' ? WEEKDAYS_AFTER_WEEK().exec(norm.slice(end, end + 50)) : null;
    if (range) {
      const e = end + range[0].length;
      if (!ref) out.push({ start, end: e, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true });
      else {
        const [monday] = weekRange(ref, delta);
        const [x, y] = [range[1]!, range[2]!].map((w) => monday + ((WEEKDAY_NAMES.get(w)! + 6) % 7));
        if (x! < y!) out.push({ start, end: e, grain: 'day', date: dayParts(x!), to: dayParts(y!), noValue: true, relative: true });
      }
      continue;
    }
    const after = unit === 'اسبوع' ? WEEKDAY_AFTER_WEEK.exec(norm.slice(end, end + 24)) : null;
    const from = Math.max(0, start - 24);
    const before = after || unit !== 'اسبوع' ? null : WEEKDAY_BEFORE_WEEK.exec(norm.slice(from, start));
    const wd = after?.[1] ?? before?.[1] ?? before?.[2];
    const ws = before ? from + before.index + before[0].indexOf(wd!) : start;
    const we = after ? end + after[0].length : end;
    if (!ref) {
      if (wd) out.push({ start: ws, end: we, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      else out.push({ start, end, grain, date: unknownParts(grain), relative: true, unresolved: true, noValue: unit === 'اسبوع' });
      continue;
    }
    // «الشهر المقبل»: the unit after the reference's (its first day with DateContext.nextPeriod 'start').
    const next = delta === 1 ? { nextUnit: true } : {};
    if (unit === 'اسبوع') {
      const [a, b] = weekRange(ref, delta);
      if (wd) {
        const n = WEEKDAY_NAMES.get(wd) ?? WEEKDAY_BARE.get(wd)!;
        out.push({ start: ws, end: we, grain: 'day', date: dayParts(a + ((n + 6) % 7)), relative: true });
      } else {
        out.push({ start, end, grain: 'day', date: dayParts(a), to: dayParts(b), noValue: true, relative: true, ...next });
      }
    } else if (unit === 'شهر') {
      out.push({ start, end, grain: 'month', date: monthParts(ref, delta), relative: true, ...next });
    } else {
      out.push({ start, end, grain: 'year', date: yearParts(ref.year + delta), relative: true, ...next });
    }
  }
  return out;
}

const WEEKDAY_BARE_NOT_AFTER = foldSet(lexicon.weekdayBareNotAfter);
const WEEKDAY_BARE_NOT_BEFORE = foldSet(lexicon.weekdayBareNotBefore);

/**
 * A weekday without «يوم» or a modifier: news writes «أعلن الثلاثاء» for "announced on
 * Tuesday". Not after a noun it qualifies («صلاة الجمعة», «كلا الاثنين», «الواحد الأحد») or a
 * definite dual («البلدين الاثنين»: the two), nor before a word that makes it a number
 * («الأحد عشر»: the eleven) or a pronoun («الاثنين معا»).
 */
function bareWeekday(norm: string, at: number, end: number, pw: Word | null): boolean {
  if (pw && (inSet(pw, WEEKDAY_BARE_NOT_AFTER) || (/^[وفبل]?ال/.test(pw.text) && /(?:ين|ان)$/.test(pw.text)))) return false;
  const nw = wordAfter(norm, end);
  if (nw && inSet(nw, WEEKDAY_BARE_NOT_BEFORE)) return false;
  // Glued to a letter or a digit on either side («الجمعة2») is not a word of its own.
  return !isWordChar(norm[end]) && (at === 0 || !/\p{N}/u.test(norm[at - 1]!));
}

// ---------------------------------------------------------------------------------------------
// Offsets from the reference: «قبل ثلاثة أيام», «منذ يومين», «بعد أسبوع», «قبل 5 سنوات». Days
// and weeks give a day, months a month, years a year (as in English). A count followed by
// «من»/«على» is anchored to a narrated event («بعد يومين من الهجوم»): left out.

const OFFSET_UNIT = new Map<string, { unit: OffsetUnit; count: number | null }>();
for (const [unit, [one, two, many]] of Object.entries(lexicon.offsetUnits as Record<string, string[][]>)) {
  for (const f of fold(one!)) OFFSET_UNIT.set(f, { unit: unit as OffsetUnit, count: 1 });
  for (const f of fold(two!)) OFFSET_UNIT.set(f, { unit: unit as OffsetUnit, count: 2 });
  for (const f of fold(many!)) OFFSET_UNIT.set(f, { unit: unit as OffsetUnit, count: null });
}
const OFFSET_COUNTS = new Map<string, number>(Object.entries(lexicon.offsetCounts).map(([k, v]) => [foldWord(k), v]));
const OFFSET_BEFORE = new Map<string, number>(Object.entries(lexicon.offsetBefore).map(([k, v]) => [foldWord(k), v]));
const OFFSET_NOT_AFTER = foldSet(lexicon.offsetNotAfter);
/** No leading look-behind (it would run at every position): execAtWordStart checks the word start. */
/** «قبل نحو أسبوعين», «منذ أكثر من عامين»: a hedge between the word and the count is read past (as English "about two weeks ago"). */
const OFFSET_RE = new RegExp(
  `([وف]?)(${alt(OFFSET_BEFORE.keys())})\\s+(?:(?:${alt(fold(lexicon.offsetHedges))})\\s+)?(?:(\\d{1,3}|${alt(OFFSET_COUNTS.keys())})\\s+)?(${alt(OFFSET_UNIT.keys())})${R}`,
  'gu',
);

let OFFSET_SINCE_: Set<string> | undefined;
const OFFSET_SINCE = (): Set<string> => (OFFSET_SINCE_ ??= foldSet(lexicon.halfOpen.since));
let OFFSET_HEDGE_: RegExp | undefined;
const OFFSET_HEDGE = (): RegExp => (OFFSET_HEDGE_ ??= new RegExp(`^\\s+(?:${alt(fold(lexicon.offsetHedges))})\\s`, 'u'));

function readOffsets(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  OFFSET_RE.lastIndex = 0;
  for (let m; (m = execAtWordStart(OFFSET_RE, norm)); ) {
    const u = OFFSET_UNIT.get(m[4]!)!;
    // «منذ أكثر من عامين», «بعد أكثر من عشر سنوات»: a hedged «منذ»/«بعد» is a duration far more
    // often than a date; «قبل نحو أسبوعين» ("about two weeks ago") is one.
    if (OFFSET_BEFORE.get(m[2]!)! > 0 || OFFSET_SINCE().has(m[2]!)) {
      if (OFFSET_HEDGE().test(m[0].slice(m[1]!.length + m[2]!.length))) continue;
    }
    const written = m[3] ? (/^\d/.test(m[3]) ? Number(m[3]) : OFFSET_COUNTS.get(m[3])!) : null;
    // A plural needs its count, a singular or dual has none.
    if ((u.count === null) !== (written !== null)) continue;
    let end = m.index + m[0].length;
    // «بعد أسبوعين من الآن»: counted from the reference, the tail is part of it.
    const fromNow = FROM_NOW_AFTER.exec(norm.slice(end, end + 16));
    if (fromNow) end += fromNow[0].length;
    const nw = fromNow ? null : wordAfter(norm, end);
    if (nw && (OFFSET_NOT_AFTER.has(nw.text) || /^(?:لل|ل)/.test(nw.text) && nw.text.length <= 2)) continue;
    // «يوما بعد يوم», «عاما بعد عام»: day after day.
    const pw = wordBefore(norm, m.index + m[1]!.length);
    if (pw && OFFSET_UNIT.has(pw.text)) continue;
    // «قبل عام 2019», «قبل شهر رمضان», «قبل يوم الجمعة»: a date follows, not a count.
    if (/^\s*\d/.test(norm.slice(end, end + 3))) continue;
    if (nw && (MONTH_NAMES.has(nw.text) || WEEKDAY_NAMES.has(nw.text) || DAY_WORDS.has(nw.text))) continue;
    const start = m.index + m[1]!.length;
    const sign = OFFSET_BEFORE.get(m[2]!)!;
    const n = sign * (written ?? u.count!);
    // Months count from the reference day, as days and weeks do (English does the same).
    const grain = u.unit === 'year' ? 'year' : 'day';
    if (!ref) {
      out.push({ start, end, grain, date: unknownParts(grain), relative: true, unresolved: true });
      continue;
    }
    const date = u.unit === 'year' ? yearParts(ref.year + n) : offsetParts(ref, n, u.unit);
    out.push({ start, end, grain, date, relative: true });
  }
  return out;
}

// Compound counts from now: «2 عام و 21 يوما من الآن», «1 شهر, 21 أيام من الآن», «سنتين وشهر من
// الآن»: the reference shifted by every part (after «منذ»/«قبل»: back), a day.
const OFFSET_UNIT_ALT = alt(OFFSET_UNIT.keys());
const COMPOUND_PART = `(?:\\d{1,3}\\s*)?(?:${OFFSET_UNIT_ALT})`;
let COMPOUND_OFFSET_RE_: RegExp | undefined;
const COMPOUND_OFFSET_RE = (): RegExp => (COMPOUND_OFFSET_RE_ ??= new RegExp(
  `${COMPOUND_PART}(?:(?:\\s*[,،]\\s*|\\s*و\\s*|\\s+)${COMPOUND_PART})+\\s+من\\s+(?:${NOW_ALT})${R}`,
  'gu',
));
let COMPOUND_PART_RE_: RegExp | undefined;
const COMPOUND_PART_RE = (): RegExp => (COMPOUND_PART_RE_ ??= new RegExp(`(\\d{1,3})?\\s*(${OFFSET_UNIT_ALT})(?![\\p{L}\\p{N}])`, 'gu'));

function readCompoundOffsets(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  if (!/من\s+الان/u.test(norm)) return out;
  COMPOUND_OFFSET_RE().lastIndex = 0;
  for (let m; (m = COMPOUND_OFFSET_RE().exec(norm)); ) {
    if (!startsWord(norm, m.index, 'و')) continue;
    const parts: Array<[number, OffsetUnit]> = [];
    COMPOUND_PART_RE().lastIndex = 0;
    for (let p; (p = COMPOUND_PART_RE().exec(m[0])); ) {
      const u = OFFSET_UNIT.get(p[2]!)!;
      const n = p[1] ? Number(p[1]) : u.count;
      if (n === null) break;
      parts.push([n, u.unit]);
    }
    if (parts.length < 2) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    const sign = /(?:منذ|قبل)\s+$/u.test(norm.slice(Math.max(0, start - 6), start)) ? -1 : 1;
    const order: OffsetUnit[] = ['year', 'month', 'week', 'day'];
    let d: Ymd = ref;
    for (const unit of order) {
      const n = parts.filter(([, u]) => u === unit).reduce((a, [k]) => a + k, 0);
      if (!n) continue;
      const p = offsetParts(d, sign * n, unit);
      d = { year: p.year!, month: p.month!, day: p.day! };
    }
    out.push({ start, end, grain: 'day', date: dayParts(dayNumber(d.year, d.month, d.day)), relative: true });
  }
  return out;
}

// Holidays («عيد الفطر», «عيد الأضحى 2019», «شهر رمضان»): see extract/dates/holiday.ts.
type HolidayEntry = HolidayRule & { days?: number; needsYear?: boolean };
const HOLIDAYS = new Map<string, HolidayEntry>(
  Object.entries(lexicon.holidays as unknown as Record<string, HolidayEntry>).map(([k, v]) => [key(foldWord(k)), v]),
);
/** Days whose date depends on the country («عيد الاستقلال»): unresolved mentions. */
const NAMED_DAYS = new Set(fold(lexicon.namedDays).map(key));
/**
 * «(يوم) <name> [2019 | عام 2019 | لعام 2019 | العام المقبل | المقبل | هذا العام]»: «يوم» before
 * the name is part of the mention («يوم عيد الميلاد»).
 */
const YAWM_BEFORE = /(?<![\p{L}\p{N}])[وفبل]?(يوم\s+)$/u;
let HOLIDAY_RE_: RegExp | undefined;
let DAY_PHRASE_BEFORE_: RegExp | undefined;
/** A day word or phrase right before a weekday («غدا», «يوم غد», «أمس الأول»), group 1. */
const DAY_PHRASE_BEFORE = (): RegExp =>
  (DAY_PHRASE_BEFORE_ ??= new RegExp(`(?<![\\p{L}\\p{N}])(${alt([...DAY_WORDS.keys(), 'غد'])})\\s*[,،]?\\s*$`, 'u'));
const HOLIDAY_RE = (): RegExp => (HOLIDAY_RE_ ??= new RegExp(
  `()()(${alt([...HOLIDAYS.keys(), ...NAMED_DAYS])})${R}(?:\\s+(?:(?:ل|لل|من\\s+)?(?:ال)?(?:عام|سنه)\\s+)?(\\d{4})${R}|\\s+(?:ال|لل)(?:عام|سنه)\\s+(${MOD_ALT})${R}|\\s+(${MOD_ALT})${R}|\\s+(هذا\\s+العام|هذه\\s+السنه)${R})?`,
  'gu',
));

let NTH_WEEKDAY_FROM_: RegExp | undefined;
const NTH_WEEKDAY_FROM = (): RegExp => (NTH_WEEKDAY_FROM_ ??= new RegExp(`${L}(${alt(NTH_WORDS.keys())})\\s+(?:يوم\\s+)?(${alt(WEEKDAY_BARE.keys())})\\s+(بعد|قبل)\\s+$`, 'u'));

/** «عشية » (the eve of) before a feast: group 1 = the words that join the span. */
let EVE_BEFORE_: RegExp | undefined;
const EVE_BEFORE = (): RegExp => (EVE_BEFORE_ ??= new RegExp(`${L}[وفب]?((?:${alt(fold(lexicon.eveWords))})\\s+)$`, 'u'));
/** «ثاني أيام », «أول أيام من » before a feast: group 1 = the nth word (NTH_WORDS). */
let NTH_DAYS_OF_BEFORE_: RegExp | undefined;
const NTH_DAYS_OF_BEFORE = (): RegExp => (NTH_DAYS_OF_BEFORE_ ??= new RegExp(`${L}(${alt(NTH_WORDS.keys())})\\s+ايام\\s+(?:من\\s+)?$`, 'u'));

let HOLIDAY_PLURAL_HEADS_: Set<string> | undefined;
const HOLIDAY_PLURAL_HEADS = (): Set<string> => (HOLIDAY_PLURAL_HEADS_ ??= foldSet(lexicon.holidayPluralHeads));

function readHolidays(norm: string, ref: Ymd | null, prefer: Prefer | undefined, cal?: HijriCalendar): DateAtom[] {
  const out: DateAtom[] = [];
  HOLIDAY_RE().lastIndex = 0;
  for (let m; (m = HOLIDAY_RE().exec(norm)); ) {
    // No leading lookbehind in HOLIDAY_RE (it would run at every position): the word start, a
    // clitic and «يوم» before the name are checked here.
    if (!startsWord(norm, m.index)) {
      HOLIDAY_RE().lastIndex = m.index + 1;
      continue;
    }
    const name = key(m[3]!);
    const rule = HOLIDAYS.get(name);
    const yawm = YAWM_BEFORE.exec(norm.slice(Math.max(0, m.index - 10), m.index));
    const start = m.index - (yawm ? yawm[1]!.length : 0);
    const end = m.index + m[0].length;
    // «عيد الميلاد الـ80», «عيد الميلاد 25 للملك»: a birthday, counted.
    if (/^\s*(?:ال\s?)?\d{1,3}(?!\d)/u.test(norm.slice(m.index + m[1]!.length + m[2]!.length + m[3]!.length, end + 6)) && !m[4]) continue;
    if (!rule) {
      // A day of the written year («عيد الاستقلال عام 2019»: the year is all we know); without a
      // year only a span, and only when nothing could resolve it anyway (no reference date).
      if (!NAMED_DAYS.has(name)) continue;
      if (m[4]) out.push({ start, end, grain: 'year', date: { year: Number(m[4]), month: null, day: null, grain: 'year' } });
      else if (!ref) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    if (rule.needsYear && !m[4] && !m[5] && !m[6] && !m[7]) continue;
    // «مواسم الحج السابقة»: several of them, no date.
    if (!m[4] && !yawm && inSet(wordBefore(norm, start), HOLIDAY_PLURAL_HEADS())) continue;
    const modWord = m[6] ?? null;
    const mod = modWord === null ? null : PAST.includes(modWord) ? 'last' : NEXT.includes(modWord) ? 'next' : 'this';
    // «العام المقبل», «هذا العام»: the holiday in that year.
    const yearMod = m[5] ?? (m[7] ? '' : null);
    const written = m[4] ? Number(m[4]) : yearMod !== null && ref ? ref.year + (PAST.includes(yearMod) ? -1 : NEXT.includes(yearMod) ? 1 : 0) : null;
    if (yearMod !== null && !ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    // «عيد الفطر 1441», «موسم الحج 1440»: a feast of the Hijri calendar with a Hijri year.
    const hijriYear = m[4] && 'hijri' in rule && Number(m[4]) >= 1300 && Number(m[4]) <= 1600 ? Number(m[4]) : null;
    const hijriDay = hijriYear !== null && 'hijri' in rule ? hijriToDayNumber(hijriYear, rule.hijri[0], rule.hijri[1], cal) : null;
    if (hijriYear !== null && hijriDay === null) continue;
    const range: [number, number] | null = hijriDay !== null ? [hijriDay, hijriDay] : resolveHoliday(rule, written, mod, ref, prefer, cal);
    if (!range) {
      if (written === null) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    const rel = m[4] === undefined;
    // «ثالث ثلاثاء بعد عيد الميلاد», «أول جمعة قبل عيد الفطر»: the nth such weekday from it.
    const lead = yawm ? null : NTH_WEEKDAY_FROM().exec(norm.slice(Math.max(0, start - 30), start));
    if (lead) {
      // «آخر خميس قبل …» is the first one before it.
      const nth = NTH_WORDS.get(lead[1]!)! < 0 && lead[3] === 'قبل' ? 1 : NTH_WORDS.get(lead[1]!)!;
      const wd = WEEKDAY_BARE.get(lead[2]!)!;
      if (nth > 0) {
        const after = lead[3] === 'بعد';
        const base = after ? range[1] : range[0];
        const step = (after ? wd - weekdayOf(base) + 7 : weekdayOf(base) - wd + 7) % 7 || 7;
        const n = after ? base + step + 7 * (nth - 1) : base - step - 7 * (nth - 1);
        out.push({ start: start - Math.min(30, start) + lead.index, end, grain: 'day', date: { ...dayParts(n), inferred: rel }, relative: rel });
        continue;
      }
    }
    if (rule.days && rule.days > 1) range[1] = range[0] + rule.days - 1;
    // «عشية عيد الفطر», «عشية رأس السنة»: the day before it.
    const eve = yawm ? null : EVE_BEFORE().exec(norm.slice(Math.max(0, start - 12), start));
    if (eve) {
      out.push({ start: start - eve[1]!.length, end, grain: 'day', date: { ...dayParts(range[0] - 1), inferred: rel }, relative: rel });
      continue;
    }
    // «ثاني أيام عيد الفطر», «أول أيام عيد الأضحى», «آخر أيام عيد الفطر»: that day of the feast.
    const nthBefore = yawm || !/ايام\s+(?:من\s+)?$/u.test(norm.slice(Math.max(0, start - 12), start)) ? null : NTH_DAYS_OF_BEFORE().exec(norm.slice(Math.max(0, start - 24), start));
    if (nthBefore) {
      // The nth day counts from the feast's first day; its last only where its length is known.
      const nth = NTH_WORDS.get(nthBefore[1]!)!;
      const n = nth < 0 ? range[1] : range[0] + nth - 1;
      if (nth > 0 || range[1] > range[0]) {
        out.push({ start: start - Math.min(24, start) + nthBefore.index, end, grain: 'day', date: { ...dayParts(n), inferred: rel }, relative: rel });
        continue;
      }
    }
    const date = { ...dayParts(range[0]), inferred: rel };
    if (range[1] > range[0]) out.push({ start, end, grain: 'day', date, to: { ...dayParts(range[1]), inferred: rel }, noValue: true, relative: rel });
    else out.push({ start, end, grain: 'day', date, relative: rel });
  }
  return out;
}

function readNowEnds(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  if (!ref) return out;
  NOW_END_RE.lastIndex = 0;
  for (let m; (m = NOW_END_RE.exec(norm)); ) {
    if (!startsWord(norm, m.index, 'و')) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - m[1]!.length, end, grain: 'day', date: dayParts(dayNumber(ref.year, ref.month, ref.day)), relative: true, endOnly: true });
  }
  return out;
}

// A day of a month named from the reference: «في الخامس من الشهر الجاري», «يوم 12 من الشهر
// الماضي», «الثلاثاء التاسع عشر من هذا الشهر» (a weekday before it joins the span).
/** «الجاري» alone after a day number is the current month («في 15 الجاري»). */
const CURRENT_ALT = alt(fold(lexicon.currentMonthAlone));
let REL_MONTH_DAY_RE_: RegExp | undefined;
const REL_MONTH_DAY_RE = (): RegExp => (REL_MONTH_DAY_RE_ ??= new RegExp(
  `(?:(?:ال\\s?)?(\\d{1,2})|(${alt(ORDINALS.keys())}))\\s+(?:(?:(?:من|في)\\s+)?(?:ال)شهر\\s+(${MOD_ALT})|(?:(?:من|في)\\s+)?(هذا)\\s+الشهر|(${CURRENT_ALT}))${R}`,
  'gu',
));

/** A bare first day, its joiner and an optional opener before a day: «من 4 إلى », «بين 4 و », «4-». */
const REL_MONTH_DAY_GATE = new RegExp(`الشهر|${CURRENT_ALT}`, 'u');
let DAY_LEAD_: RegExp | undefined;
const DAY_LEAD = (): RegExp => (DAY_LEAD_ ??= new RegExp(
  `(?:(?:${L}(?:من|بين)\\s+)?${L}(\\d{1,2})\\s*(?:-|و?\\s*(?:${TO_ALT}))|${L}بين\\s+(\\d{1,2})\\s*و)\\s*$`,
  'u',
));

/** «يوم 27» with nothing counted after it: that day of the closest month (see relative.ts). */
/** Also «في 27» closing the text or its line («سأعود في 15», «عدت في 27!»): nothing is counted after it. */
const DAY_ALONE_RE = new RegExp(
  `(?:(?:يوم|اليوم)\\s+(?:ال\\s?)?(\\d{1,2})(?![\\p{N}]|[.,:/]\\p{N})(?=\\s*(?:$|[.,،؛:!?)\\n]|من\\s+(?!الشهر|هذا)))|في\\s+(?:ال\\s?)?(\\d{1,2})(?=\\s*(?:[.!?؟]\\s*)?(?:$|\\n)|\\s*[!?؟]))`,
  'gu',
);

function readRelMonthDays(norm: string, ref: Ymd | null, prefer?: Prefer): DateAtom[] {
  const out: DateAtom[] = [];
  DAY_ALONE_RE.lastIndex = 0;
  for (let m; (m = DAY_ALONE_RE.exec(norm)); ) {
    const day = Number(m[1] ?? m[2]);
    if (day < 1 || day > 31 || !startsWord(norm, m.index, 'وف')) continue;
    // «سأعود في 7» is as often seven o'clock: only a number no clock shows.
    if (m[2] && day <= 12) continue;
    // «في» is the preposition, out of the span; «يوم 27» keeps its «يوم».
    const start = m[2] ? m.index + m[0].length - m[2].length : m.index;
    const end = m.index + m[0].length;
    const n = ref ? monthDayNear(ref, day, prefer ?? 'closest') : null;
    if (!ref) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
    else if (n !== null) out.push({ start, end, grain: 'day', date: dayParts(n), relative: true });
  }
  REL_MONTH_DAY_RE().lastIndex = 0;
  // Every match names the month («الشهر») or «الجاري»: a text without either skips the scan.
  if (REL_MONTH_DAY_GATE.test(norm)) for (let m; (m = REL_MONTH_DAY_RE().exec(norm)); ) {
    const day = m[1] ? Number(m[1]) : ORDINALS.get(key(m[2]!)) ?? null;
    if (day === null || day < 1 || day > 31 || !startsWord(norm, m.index)) continue;
    let start = m.index;
    const before = norm.slice(Math.max(0, start - 30), start);
    const w = WEEKDAY_BEFORE.exec(before);
    if (w) start -= w[1]!.length;
    // «من 4 إلى 22 هذا الشهر», «4 حتى 23 من الشهر المقبل»: a first day opening the period.
    const lead = w || !m[1] ? null : DAY_LEAD().exec(before);
    const first = lead ? Number(lead[1] ?? lead[2]) : null;
    if (lead && first! >= 1 && first! < day) start -= lead[0].length;
    const end = m.index + m[0].length;
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    // «في 15 الجاري»: the current month without «الشهر».
    const mod = m[3] ?? m[5] ?? '';
    const ym = monthParts(ref, PAST.includes(mod) ? -1 : NEXT.includes(mod) ? 1 : 0);
    if (lead && first! >= 1 && first! < day) out.push({ start, end, grain: 'day', date: { ...ym, day: first!, grain: 'day' }, to: { ...ym, day, grain: 'day' }, relative: true });
    else out.push({ start, end, grain: 'day', date: { ...ym, day, grain: 'day' }, relative: true });
  }
  return out;
}

// Rolling periods: «الأيام الثلاثة الماضية», «خلال الأسابيع الأربعة المقبلة», «آخر 3 سنوات»,
// «الشهرين الماضيين», «3 أيام القادمة»: the days from the reference shifted by the count up to
// the day before it (past) or from the day after it (future), as in English.
const ROLL_UNIT = new Map<string, OffsetUnit>();
const ROLL_DUAL = new Map<string, OffsetUnit>();
for (const [unit, [, two, many]] of Object.entries(lexicon.offsetUnits as Record<string, string[][]>)) {
  for (const f of fold(many!)) ROLL_UNIT.set(f, unit as OffsetUnit);
  for (const f of fold(two!)) ROLL_DUAL.set(f, unit as OffsetUnit);
}
const ROLL_PAST = fold([...lexicon.rollingAdjectives.past, ...lexicon.rollingAdjectives.pastDual]);
const ROLL_ADJ = alt(fold([...lexicon.rollingAdjectives.past, ...lexicon.rollingAdjectives.next]));
const ROLL_ADJ_DUAL = alt(fold([...lexicon.rollingAdjectives.pastDual, ...lexicon.rollingAdjectives.nextDual]));
const COUNT_ALT = `\\d{1,3}|${alt(OFFSET_COUNTS.keys())}`;
const ROLLING_RE = new RegExp(
  `(?:(${alt(fold(lexicon.rollingLast))})\\s+(${COUNT_ALT})\\s+(${alt(ROLL_UNIT.keys())})|(?:(${COUNT_ALT})\\s+)?(?:ال|لل)?(${alt(ROLL_UNIT.keys())})\\s+(?:(?:ال)?(${COUNT_ALT})\\s+)?(${ROLL_ADJ})|(?:ال|لل)(${alt(ROLL_DUAL.keys())})\\s+(${ROLL_ADJ_DUAL}))${R}`,
  'gu',
);
/**
 * Every ROLLING_RE match holds a unit noun (plural or dual): a text without one skips its scan,
 * which tries the optional count at every position and costs many times this one.
 */
const ROLLING_GATE = new RegExp(alt([...ROLL_UNIT.keys(), ...ROLL_DUAL.keys()]), 'u');

function readRolling(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  ROLLING_RE.lastIndex = 0;
  if (ROLLING_GATE.test(norm)) for (let m; (m = ROLLING_RE.exec(norm)); ) {
    let count: string | undefined;
    let unit: OffsetUnit;
    let past: boolean;
    if (m[1]) {
      count = m[2];
      unit = ROLL_UNIT.get(m[3]!)!;
      past = true;
    } else if (m[5]) {
      // Exactly one count, before or after the noun.
      if (!!m[4] === !!m[6]) continue;
      count = m[4] ?? m[6];
      unit = ROLL_UNIT.get(m[5]!)!;
      past = ROLL_PAST.includes(m[7]!);
    } else {
      count = '2';
      unit = ROLL_DUAL.get(m[8]!)!;
      past = ROLL_PAST.includes(m[9]!);
    }
    const n = /^\d/.test(count!) ? Number(count) : OFFSET_COUNTS.get(count!)!;
    if (!n || n < 1 || !startsWord(norm, m.index)) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true });
      continue;
    }
    const r = dayNumber(ref.year, ref.month, ref.day);
    const date = past ? offsetParts(ref, -n, unit) : dayParts(r + 1);
    const to = past ? dayParts(r - 1) : offsetParts(ref, n, unit);
    out.push({ start, end, grain: 'day', date, to, noValue: true, relative: true });
  }
  return out;
}

// Seasons with a year or a modifier: «صيف 2016», «ربيع عام 1978», «هذا الصيف», «الشتاء الماضي»,
// «خريف العام المقبل». Three months (meteorological, northern: spring from March, summer from
// June, autumn from September, winter from December into February). With a written year the
// mention keeps the year as its value (English reads "summer 2016" as 2016) and gives the
// season's months as from/to; named from the reference it is a period (value null).
const SEASONS = new Map<string, number>();
for (const [mo, forms] of Object.entries(lexicon.seasons)) for (const f of fold(forms)) SEASONS.set(f, Number(mo));
let SEASON_RE_: RegExp | undefined;
/** No leading look-behind (it would run at every position): execAtWordStart checks the word start. */
const SEASON_RE = (): RegExp => (SEASON_RE_ ??= new RegExp(
  `(?:[وفب](?=ال|هذ))?(?:(هذا|هذه)\\s+)?(${alt(SEASONS.keys())})(?:\\s+(${MOD_ALT})|\\s+(?:(?:من|في)\\s+)?(?:(?:ال|ل|لل)?(?:عام|سنه)\\s+)?(\\d{4})|\\s+(?:من\\s+)?(?:ال|لل)(?:عام|سنه)\\s+(${MOD_ALT})|\\s+(?:من\\s+)?(هذا\\s+العام|هذه\\s+السنه))?${R}`,
  'gu',
));
let SEASON_GATE_: RegExp | undefined;
/** The seasons' names without the article («صيف», «صائفة»…): every SEASON_RE match holds one. */
const SEASON_GATE = (): RegExp => (SEASON_GATE_ ??= new RegExp(alt([...SEASONS.keys()].filter((k) => !k.startsWith('ال'))), 'u'));

function readSeasons(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  if (!SEASON_GATE().test(norm)) return out;
  SEASON_RE().lastIndex = 0;
  for (let m; (m = execAtWordStart(SEASON_RE(), norm)); ) {
    const first = SEASONS.get(m[2]!)!;
    // «هذا الصيف» but not «هذا صيف»; «صيف» without the article needs its year.
    if (m[1] && !m[2]!.startsWith('ال')) continue;
    const start = m.index + (/^[وفب](?:ال|هذ)/.test(m[0]) ? 1 : 0);
    let end = m.index + m[0].length;
    let year: number | null = m[4] ? Number(m[4]) : null;
    if (!m[1] && !m[3] && year === null && !m[5] && !m[6]) {
      const w = yearInWords(norm, end, true);
      if (!w) continue;
      year = w.year;
      end = w.end;
    }
    const months = (y: number) => {
      const lastYear = first === 12 ? y + 1 : y;
      const lastMonth = first === 12 ? 2 : first + 2;
      return [{ year: y, month: first, day: null, grain: 'month' as const }, { year: lastYear, month: lastMonth, day: null, grain: 'month' as const }] as const;
    };
    if (year !== null && !m[5] && !m[6]) {
      const [a, b] = months(year);
      out.push({ start, end, grain: 'year', date: { ...a }, to: { ...b } });
      continue;
    }
    if (!ref) {
      out.push({ start, end, grain: 'month', date: unknownParts('month'), relative: true, unresolved: true, noValue: true });
      continue;
    }
    const r = dayNumber(ref.year, ref.month, ref.day);
    const mod = m[3] ?? m[5] ?? '';
    let y: number;
    if (m[5] || m[6]) y = ref.year + (PAST.includes(mod) ? -1 : NEXT.includes(mod) ? 1 : 0);
    else {
      const span = (k: number) => {
        const [a, b] = months(k);
        return [dayNumber(a.year, a.month, 1), dayNumber(b.year, b.month, daysInMonth(b.year, b.month))] as const;
      };
      const years = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1];
      if (PAST.includes(mod)) y = [...years].reverse().find((k) => span(k)[1] < r)!;
      else if (NEXT.includes(mod)) y = years.find((k) => span(k)[0] > r)!;
      else y = first === 12 && ref.month <= 2 ? ref.year - 1 : ref.year;
    }
    const [a, b] = months(y);
    out.push({ start, end, grain: 'month', date: { ...a, inferred: true }, to: { ...b, inferred: true }, noValue: true, relative: true });
  }
  return out;
}

// Decades named from the reference: «العقد الماضي/المقبل/الحالي», «العقدين الماضيين», «العقود
// الثلاثة الماضية», «آخر 3 عقود»: calendar decades before or after the reference's (as in
// English "the last two decades"), periods of years (value null).
const ROLL_ADJ_ALL = alt(fold([...lexicon.rollingAdjectives.past, ...lexicon.rollingAdjectives.next]));
let DECADE_REL_RE_: RegExp | undefined;
const DECADE_REL_RE = (): RegExp => (DECADE_REL_RE_ ??= new RegExp(
  `(?:(?:ال|لل)عقد\\s+(${MOD_ALT})|(?:ال|لل)عقدين\\s+(${ROLL_ADJ_DUAL})|(?:ال)?(${COUNT_ALT})\\s+(?:ال)?عقود\\s+(${ROLL_ADJ_ALL})|(?:ال|لل)عقود\\s+(?:ال)?(${COUNT_ALT})\\s+(${ROLL_ADJ_ALL})|(?:${alt(fold(lexicon.rollingLast))})\\s+(${COUNT_ALT})\\s+عقود)${R}`,
  'gu',
));

function readRelativeDecades(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  if (!norm.includes('عقد') && !norm.includes('عقود')) return out;
  DECADE_REL_RE().lastIndex = 0;
  for (let m; (m = DECADE_REL_RE().exec(norm)); ) {
    if (!startsWord(norm, m.index, 'وفب')) continue;
    let n: number;
    let dir: -1 | 0 | 1;
    const count = (c: string) => (/^\d/.test(c) ? Number(c) : OFFSET_COUNTS.get(c) ?? 0);
    if (m[1]) {
      n = 1;
      dir = PAST.includes(m[1]) ? -1 : NEXT.includes(m[1]) ? 1 : 0;
    } else if (m[2]) {
      n = 2;
      dir = ROLL_PAST.includes(m[2]) ? -1 : 1;
    } else if (m[3] || m[5]) {
      n = count((m[3] ?? m[5])!);
      dir = ROLL_PAST.includes((m[4] ?? m[6])!) ? -1 : 1;
    } else {
      n = count(m[7]!);
      dir = -1;
    }
    if (n < 1 || n > 10) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (!ref) {
      out.push({ start, end, grain: 'year', date: unknownParts('year'), relative: true, unresolved: true, noValue: true });
      continue;
    }
    const d = Math.floor(ref.year / 10) * 10;
    const [a, b] = dir < 0 ? [d - 10 * n, d - 1] : dir > 0 ? [d + 10, d + 10 * n + 9] : [d, d + 9];
    out.push({ start, end, grain: 'year', date: yearParts(a), to: yearParts(b), noValue: true, relative: true });
  }
  return out;
}

// Decades: «في الثمانينيات», «سبعينيات القرن الماضي», «تسعينيات القرن العشرين»: the last decade
// of that name not after the reference's, unless the century is written (as in English).
const DECADES = new Map<string, number>();
for (const [d, forms] of Object.entries(lexicon.decades)) for (const f of fold(forms)) DECADES.set(f, Number(d));
const DECADE_CENTURY = new Map<string, number>();
for (const [c, forms] of Object.entries(lexicon.decadeCentury)) for (const f of fold(forms)) DECADE_CENTURY.set(key(f), Number(c));
let DECADE_RE_: RegExp | undefined;
const DECADE_RE = (): RegExp => (DECADE_RE_ ??= new RegExp(`(${alt(DECADES.keys())})(?:\\s+(?:من\\s+)?(${alt(DECADE_CENTURY.keys())}))?${R}`, 'gu'));
/** «في العشرينيات من عمره», «في الثلاثينات من العمر»: an age, not a decade. */
const DECADE_AGE_AFTER = /^\s+من\s+(?:ال)?عمر/u;

/** The endings of the decade words («…ينيات»): a text holding none skips the decade scan (speed). */
let DECADE_ENDINGS_: string[] | undefined;
const DECADE_ENDINGS = (): string[] => (DECADE_ENDINGS_ ??= [...new Set([...DECADES.keys()].map((k) => k.slice(-5)))]);

function readDecades(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  if (!DECADE_ENDINGS().some((e) => norm.includes(e))) return out;
  const now = ref?.year ?? 2019;
  DECADE_RE().lastIndex = 0;
  for (let m; (m = DECADE_RE().exec(norm)); ) {
    if (!startsWord(norm, m.index)) continue;
    const d = DECADES.get(m[1]!)!;
    if (!m[2] && DECADE_AGE_AFTER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const century = m[2] ? DECADE_CENTURY.get(key(m[2]))! : 2000 + d <= now ? 2000 : 1900;
    const y = century + d;
    const start = m.index;
    const year = (n: number) => ({ year: n, month: null, day: null, grain: 'year' as const });
    out.push({ start, end: m.index + m[0].length, grain: 'year', date: year(y), to: year(y + 9), noValue: true });
  }
  return out;
}

// Centuries: «القرن التاسع عشر», «القرن الـ19», «القرن الحادي والعشرين», «القرن الماضي» (the
// reference's century shifted): its hundred years as in English ("the 19th century" = 1800–1899),
// a period of years (value null); «القرن السابع الهجري» its Hijri years as days. «القرن
// الأفريقي» (the Horn) has neither an ordinal nor a modifier.
let CENTURY_RE_: RegExp | undefined;
const CENTURY_RE = (): RegExp => (CENTURY_RE_ ??= new RegExp(
  `[وفبل]?(?:ال|لل)قرن\\s+(?:(${ORD_DEF_ALT()})|ال\\s?(\\d{1,2})|(${MOD_ALT}))${R}(?:\\s+(?:(الهجري)|الميلادي)${R})?(?!\\s+قبل\\s+(?:ال)?ميلاد)`,
  'gu',
));

function readCenturies(norm: string, ref: Ymd | null, cal?: HijriCalendar): DateAtom[] {
  const out: DateAtom[] = [];
  if (!norm.includes('قرن')) return out;
  CENTURY_RE().lastIndex = 0;
  for (let m; (m = execAtWordStart(CENTURY_RE(), norm)); ) {
    const start = m.index + (/^[وفبل](?:ال|لل)قرن/u.test(m[0]) ? 1 : 0);
    const end = m.index + m[0].length;
    let n: number;
    let relative = false;
    if (m[3]) {
      if (!ref) {
        out.push({ start, end, grain: 'year', date: unknownParts('year'), relative: true, unresolved: true, noValue: true });
        continue;
      }
      n = Math.floor(ref.year / 100) + 1 + (PAST.includes(m[3]) ? -1 : NEXT.includes(m[3]) ? 1 : 0);
      relative = true;
    } else n = m[1] ? ORDINALS.get(key(m[1])) ?? 0 : Number(m[2]);
    // An ordinal closing a longer one («القرن الحادي» of «الحادي عشر») is not read: the longest wins in the alternation.
    if (n < 1 || n > 22) continue;
    if (m[4]) {
      // «القرن السابع الهجري»: Hijri years (n-1)·100 … n·100-1, as Gregorian days.
      if (relative || n > 16) continue;
      const a = hijriYearRange(Math.max(1, (n - 1) * 100), cal);
      const b = hijriYearRange(n * 100 - 1, cal);
      if (!a || !b) continue;
      out.push({ start, end, grain: 'year', date: { ...dayParts(a[0]), inferred: false }, to: { ...dayParts(b[1]), inferred: false }, noValue: true });
      continue;
    }
    const year = (y: number) => ({ year: y, month: null, day: null, grain: 'year' as const, inferred: relative });
    out.push({ start, end, grain: 'year', date: year((n - 1) * 100), to: year((n - 1) * 100 + 99), noValue: true, relative });
  }
  return out;
}

// The nth weekday of a month: «أول ثلاثاء من شهر أكتوبر», «آخر جمعة من الشهر المقبل», «الثلاثاء
// الثالث من أيلول 2014», «ثاني أربعاء في أكتوبر لعام 2014». A month without a year takes the
// year of a year-less month (closest, or the caller's `prefer`).
const NTH_BEFORE = new Map<string, number>();
for (const [n, forms] of Object.entries(lexicon.nthBefore)) for (const f of fold(forms)) NTH_BEFORE.set(f, Number(n));
const NTH_AFTER = new Map<string, number>();
for (const [n, forms] of Object.entries(lexicon.nthAfter)) for (const f of fold(forms)) NTH_AFTER.set(f, Number(n));
/**
 * «من/في/ب» and a month: named (with its other name: «يونيو/ حزيران الجاري») or numbered, with
 * a year (written or «السنة القادمة») or named from the reference («الشهر المقبل»). Six groups,
 * read by monthOfTail.
 */
const NTH_MONTH_TAIL =
  `(?:\\s+(?:من|في|ب)\\s*(?:(?:(?:ال)?شهر\\s+)?(${MONTH_ALT})(?:\\s*[/(]\\s*(?:${MONTH_ALT})${R}\\s*\\)?)?|(?:ال)?شهر\\s+(\\d{1,2}|${MONTH_NUMBER_ALT})|الشهر\\s+(${MONTH_ORDINAL_ALT}))` +
  `(?:\\s+(?:(?:من|في|ل|ب)\\s*)?(?:(?:(?:ال|ل|لل)?(?:عام|سنه)\\s+)?(\\d{4})|(?:(?:ال)?(?:عام|سنه)\\s+)?(${MOD_ALT})))?${R}|\\s+(?:من|في|ب)\\s*(?:ال?شهر\\s+(${MOD_ALT})|(هذا)\\s+الشهر)${R})`;

/** The month (and year) of an NTH_MONTH_TAIL match (seven groups from `g`); null when it names none. */
function monthOfTail(m: RegExpExecArray, g: number, ref: Ymd | null, prefer?: Prefer): { year: number | null; month: number; relative: boolean } | null {
  if (m[g + 5] || m[g + 6]) {
    if (!ref) return { year: null, month: 1, relative: true };
    const mod = m[g + 5] ?? '';
    const ym = monthParts(ref, PAST.includes(mod) ? -1 : NEXT.includes(mod) ? 1 : 0);
    return { year: ym.year, month: ym.month!, relative: true };
  }
  let month: number;
  if (m[g]) {
    const name = MONTH_NAMES.get(key(m[g]!))!;
    if (name.hijri) return null;
    month = name.month;
  } else {
    const t = m[g + 1] ?? m[g + 2]!;
    month = /^\d/.test(t) ? Number(t) : MONTH_NUMBERS.get(key(t)) ?? 0;
    if (month < 1 || month > 12) return null;
  }
  if (m[g + 3]) return { year: Number(m[g + 3]), month, relative: false };
  if (m[g + 4]) {
    const mod = m[g + 4];
    const mode = PAST.includes(mod) ? 'last' : NEXT.includes(mod) ? 'next' : 'this';
    // «يناير العام الماضي»: January of last year; «يناير الماضي»: the last January before the reference.
    if (!ref) return { year: null, month, relative: true };
    if (!/(?:عام|سنه)\s+\S+$/u.test(m[0])) return { year: relativeMonthYear(ref, month, mode), month, relative: true };
    return { year: ref.year + (mode === 'last' ? -1 : mode === 'next' ? 1 : 0), month, relative: true };
  }
  return { year: ref ? closestYear(ref, month, null, prefer) : null, month, relative: true };
}
let NTH_WEEKDAY_RE_: RegExp | undefined;
const NTH_WEEKDAY_RE = (): RegExp => (NTH_WEEKDAY_RE_ ??= new RegExp(
  `(?:(${alt(NTH_BEFORE.keys())})\\s+(?:يوم\\s+)?(${alt(WEEKDAY_BARE.keys())})|(?:يوم\\s+)?(${WEEKDAY_ALT})\\s+(${alt(NTH_AFTER.keys())}))${NTH_MONTH_TAIL}`,
  'gu',
));

function readNthWeekdays(norm: string, ref: Ymd | null, prefer?: Prefer): Array<DateAtom & { replaces?: boolean }> {
  const out: Array<DateAtom & { replaces?: boolean }> = [];
  NTH_WEEKDAY_RE().lastIndex = 0;
  for (let m; (m = NTH_WEEKDAY_RE().exec(norm)); ) {
    const nth = m[1] ? NTH_BEFORE.get(m[1])! : NTH_AFTER.get(m[4]!)!;
    const weekday = m[2] ? WEEKDAY_BARE.get(m[2])! : WEEKDAY_NAMES.get(m[3]!)!;
    if (!startsWord(norm, m.index, 'وف')) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    let year: number | null;
    const tail = monthOfTail(m, 5, ref, prefer);
    if (!tail) continue;
    const { month, relative } = tail;
    year = tail.year;
    if (year === null) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    const [range] = holidayIn({ month, weekday, nth }, year);
    if (!range || fromDayNumber(range[0]).month !== month) continue;
    // «الثلاثاء الثالث من سبتمبر» is also "Tuesday the 3rd of September": that reading wins
    // when the 3rd is a Tuesday; otherwise the nth weekday replaces it (same span).
    const dayReading = !!m[3] && nth > 0 && nth <= daysInMonth(year, month) && weekdayOf(dayNumber(year, month, nth)) === weekday;
    out.push({ start, end, grain: 'day', date: { ...dayParts(range[0]), inferred: relative }, relative, ...(m[3] && !dayReading ? { replaces: true } : {}) });
  }
  return out;
}

// Numbered weeks of a month: «الأسبوع الأول من شهر أكتوبر 2014», «آخر أسبوع في سبتمبر», «الأسبوع
// الأخير من الشهر الماضي». As in English, a week (Monday–Sunday) belongs to the month that holds
// its Thursday (ISO 8601); a period of days (value null).
let WEEK_OF_MONTH_RE_: RegExp | undefined;
const WEEK_OF_MONTH_RE = (): RegExp => (WEEK_OF_MONTH_RE_ ??= new RegExp(
  `(?:(${alt(NTH_BEFORE.keys())})\\s+اسبوع|الاسبوع\\s+(${alt(NTH_AFTER.keys())}))(?:${NTH_MONTH_TAIL}|\\s+(?:من|في)\\s+(?:(?:ال|ل|لل)?(?:عام|سنه)\\s+)?(\\d{4})${R}|\\s+(?:من\\s+)?(?:ال|لل)(?:عام|سنه)\\s+(${MOD_ALT})${R}|\\s+من\\s+(هذا\\s+العام|هذه\\s+السنه|(?!(?:${YEAR_ANAPHORA_ALT})${R})ال(?:عام|سنه)(?!\\s*\\d|\\s+(?:ال)?الف|\\s+(?:${MOD_ALT})${R}))${R})?`,
  'gu',
));

/** What every WEEK_OF_MONTH_RE match holds: a numbered week. */
const WEEK_OF_GATE = /(?:اول|ثاني|ثان|ثالث|رابع|خامس|اخر)\s+اسبوع|الاسبوع\s+ال(?:اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|اخير|اخيره)(?![\p{L}])/u;

function readWeeksOfMonth(norm: string, ref: Ymd | null, prefer?: Prefer): DateAtom[] {
  const out: DateAtom[] = [];
  if (!WEEK_OF_GATE.test(norm)) return out;
  WEEK_OF_MONTH_RE().lastIndex = 0;
  for (let m; (m = WEEK_OF_MONTH_RE().exec(norm)); ) {
    if (!startsWord(norm, m.index, 'وفب')) continue;
    const nth = m[1] ? NTH_BEFORE.get(m[1])! : NTH_AFTER.get(m[2]!)!;
    const start = m.index;
    let end = m.index + m[0].length;
    // The whole: a month (NTH_MONTH_TAIL) or a year (digits, words, or from the reference).
    let tail: { year: number | null; month: number | null; relative: boolean } | null = null;
    if (m[3] || m[4] || m[5] || m[8] || m[9]) tail = monthOfTail(m, 3, ref, prefer);
    else if (m[10]) tail = { year: Number(m[10]), month: null, relative: false };
    else if (m[11] || m[12]) tail = { year: ref ? ref.year + (PAST.includes(m[11] ?? '') ? -1 : NEXT.includes(m[11] ?? '') ? 1 : 0) : null, month: null, relative: true };
    else {
      const w = yearInWords(norm, end, false);
      if (w) {
        tail = { year: w.year, month: null, relative: false };
        end = w.end;
      }
    }
    if (!tail) continue;
    if (tail.year === null) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true });
      continue;
    }
    const first = dayNumber(tail.year, tail.month ?? 1, 1);
    const last = tail.month === null ? dayNumber(tail.year, 12, 31) : first + daysInMonth(tail.year, tail.month) - 1;
    let firstMonday = first - ((weekdayOf(first) + 6) % 7);
    if (firstMonday + 3 < first) firstMonday += 7;
    let lastMonday = last - ((weekdayOf(last) + 6) % 7);
    if (lastMonday + 3 > last) lastMonday -= 7;
    const a = nth < 0 ? lastMonday : firstMonday + 7 * (nth - 1);
    if (a > lastMonday) continue;
    const inferred = tail.relative;
    const atom: DateAtom = { start, end, grain: 'day', date: { ...dayParts(a), inferred }, to: { ...dayParts(a + 6), inferred }, noValue: true, relative: inferred };
    if (tail.month !== null) WEEK_OF_MONTH.set(atom, formatMonth(tail.year, tail.month));
    out.push(atom);
  }
  return out;
}

/**
 * Weeks of a named month («الأسبوع الأول من يونيو»): a part of the month, so the mention's value
 * is the month (as «مطلع يونيو»), its days in from/to (set on the mentions by extractDates:
 * the week may begin in the month before, whose value build.ts would give).
 */
const WEEK_OF_MONTH = new WeakMap<DateAtom, string>();
const formatMonth = (year: number, month: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

function weeksAsMonths(t: NormalizedText, atoms: DateAtom[], mentions: DateMention[]): DateMention[] {
  for (const a of atoms) {
    const month = WEEK_OF_MONTH.get(a);
    if (month === undefined || !a.to) continue;
    const start = toOriginal(t, a.start, a.end).start;
    const from = formatDay(a.date);
    const to = formatDay(a.to);
    const m = mentions.find((x) => x.start === start && x.value === null && x.from === from && x.to === to && !x.halfOpen);
    if (m) {
      m.value = month;
      m.grain = 'month';
    }
  }
  return mentions;
}
const formatDay = (d: { year: number | null; month: number | null; day: number | null }) =>
  `${formatMonth(d.year ?? 0, d.month ?? 0)}-${String(d.day ?? 0).padStart(2, '0')}`;

// Quarters and halves of a year: «الربع الثالث من عام 2016», «الربع الأول 2019», «النصف الثاني
// من العام الماضي», «النصف الأول من العام» (the current year, as «نهاية العام»): a period of
// months (value null), as in English. A quarter alone («في الربع الأول») is a game's as often.
const QUARTER_KIND = new Map<string, number>();
for (const f of fold(lexicon.quarterWords.quarter)) QUARTER_KIND.set(f, 3);
for (const f of fold(lexicon.quarterWords.half)) QUARTER_KIND.set(f, 6);
const QUARTER_ORD = new Map<string, number>();
for (const [n, forms] of Object.entries(lexicon.quarterOrdinals)) for (const f of fold(forms)) QUARTER_ORD.set(f, Number(n));
let QUARTER_RE_: RegExp | undefined;
const QUARTER_RE = (): RegExp => (QUARTER_RE_ ??= new RegExp(
  `(${alt(QUARTER_KIND.keys())})\\s+(${alt(QUARTER_ORD.keys())})\\s+(?:(?:من|في)\\s+)?(?:(?:(?:ال|لل|ل)?(?:عام|سنه)\\s+)?(\\d{4})${R}|(?:ال|لل)(?:عام|سنه)\\s+(${MOD_ALT})${R}|(هذا\\s+العام|هذه\\s+السنه)${R}|(?=(?:(?:ال|ل|لل)?(?:عام|سنه)\\s+)?(?:ال)?الف)|(?<=(?:من|في)\\s+)(?!(?:${YEAR_ANAPHORA_ALT})${R})(ال(?:عام|سنه))${R}(?!\\s*\\d|\\s+(?:ال)?الف|\\s+(?:${MOD_ALT})${R}))`,
  'gu',
));

function readQuarters(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  QUARTER_RE().lastIndex = 0;
  for (let m; (m = QUARTER_RE().exec(norm)); ) {
    const size = QUARTER_KIND.get(m[1]!.replace(/^ال/, '')) ?? QUARTER_KIND.get(m[1]!)!;
    let k = QUARTER_ORD.get(m[2]!)!;
    const parts = 12 / size;
    if (k === -1) k = parts;
    if (k > parts) continue;
    let year: number | null = m[3] ? Number(m[3]) : null;
    let relative = false;
    let end = m.index + m[0].length;
    if (!m[3] && !m[4] && !m[5] && !m[6]) {
      // «الربع الأول من عام ألفين وعشرين»: a year in words.
      const w = yearInWords(norm, end, false);
      if (!w) continue;
      year = w.year;
      end = w.end;
    }
    if (year === null) {
      if (!ref) {
        if (startsWord(norm, m.index, 'وفب'))
          out.push({ start: m.index, end: m.index + m[0].length, grain: 'month', date: unknownParts('month'), relative: true, unresolved: true, noValue: true });
        continue;
      }
      const mod = m[4] ?? '';
      year = ref.year + (PAST.includes(mod) ? -1 : NEXT.includes(mod) ? 1 : 0);
      relative = true;
    }
    if (!startsWord(norm, m.index, 'وفب')) continue;
    const first = (k - 1) * size + 1;
    const start = m.index;
    out.push(monthsOfYear(start, end, year, first, first + size - 1, relative));
  }
  return out;
}

/** A period of whole months of one year (a quarter, the first six months…), valued by its months only. */
function monthsOfYear(start: number, end: number, year: number, first: number, last: number, relative: boolean): DateAtom {
  return {
    start,
    end,
    grain: 'month',
    date: { year, month: first, day: null, grain: 'month', inferred: relative },
    to: { year, month: last, day: null, grain: 'month', inferred: relative },
    noValue: true,
    relative,
  };
}

// The first or last months of a year: «الأشهر الستة الأولى من العام», «الشهور الثلاثة الأخيرة من
// العام الماضي», «أول تسعة أشهر من 2019», «الشهرين الأولين من هذا العام» — a period of months
// (value null), as a quarter or a half is. Vague counts («بضعة») are no such period.
let MONTHS_OF_YEAR_RE_: RegExp | undefined;
const MONTHS_OF_YEAR_RE = (): RegExp => {
  if (MONTHS_OF_YEAR_RE_) return MONTHS_OF_YEAR_RE_;
  const vague = foldSet(lexicon.vagueCounts);
  const count = `\\d{1,2}|${alt([...OFFSET_COUNTS.keys()].filter((k) => !vague.has(k)))}`;
  const [first, last] = [fold(lexicon.monthsOfYear.first), fold(lexicon.monthsOfYear.last)];
  const [firstDual, lastDual] = [fold(lexicon.monthsOfYear.firstDual), fold(lexicon.monthsOfYear.lastDual)];
  return (MONTHS_OF_YEAR_RE_ = new RegExp(
    `(?:(?:ال|لل)(?:اشهر|شهور)\\s+(?:ال\\s?)?(${count})\\s+(${alt([...first, ...last])})|(اول|اخر)\\s+(${count})\\s+(?:اشهر|شهور)|(?:ال|لل)شهرين\\s+(${alt([...firstDual, ...lastDual])}))\\s+من\\s+`,
    'gu',
  ));
};
const MONTHS_OF_YEAR_GATE = /اشهر|شهور|شهرين/u;
let MONTHS_OF_YEAR_LAST: Set<string> | undefined;
/** The year after «من»: written («عام 2019», «2019») or named from the reference («العام الماضي», «هذا العام», «العام»). */
let YEAR_OF_RE_: RegExp | undefined;
const YEAR_OF_RE = (): RegExp => (YEAR_OF_RE_ ??= new RegExp(
  `^(?:(?:(?:ال|ل|لل)?(?:عام|سنه)\\s+)?(\\d{4})${R}|(?:ال|لل)(?:عام|سنه)\\s+(${MOD_ALT})${R}|(هذا\\s+العام|هذه\\s+السنه)${R}|(?!(?:${YEAR_ANAPHORA_ALT})${R})(ال(?:عام|سنه))${R}(?!\\s*\\d|\\s+(?:ال)?الف|\\s+(?:${MOD_ALT})${R}))`,
  'u',
));

function readMonthsOfYear(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  if (!MONTHS_OF_YEAR_GATE.test(norm)) return out;
  const re = MONTHS_OF_YEAR_RE();
  re.lastIndex = 0;
  for (let m; (m = re.exec(norm)); ) {
    if (!startsWord(norm, m.index, 'وفب')) continue;
    const countText = m[1] ?? m[4];
    const n = m[5] ? 2 : /^\d/.test(countText!) ? Number(countText) : OFFSET_COUNTS.get(countText!) ?? 0;
    if (n < 1 || n > 11) continue;
    MONTHS_OF_YEAR_LAST ??= foldSet([...lexicon.monthsOfYear.last, ...lexicon.monthsOfYear.lastDual]);
    const fromEnd = m[3] ? m[3] === 'اخر' : MONTHS_OF_YEAR_LAST.has(m[2] ?? m[5]!);
    const at = m.index + m[0].length;
    const y = YEAR_OF_RE().exec(norm.slice(at, at + 40));
    let year: number | null = null;
    let end = at;
    let relative = false;
    if (y?.[1]) {
      year = Number(y[1]);
      if (year < 1000 || year > 2200) continue;
    } else if (y) {
      if (!ref) {
        out.push({ start: m.index, end: at + y[0].length, grain: 'month', date: unknownParts('month'), relative: true, unresolved: true, noValue: true });
        continue;
      }
      const mod = y[2] ?? '';
      year = ref.year + (PAST.includes(mod) ? -1 : NEXT.includes(mod) ? 1 : 0);
      relative = true;
    } else {
      // «الأشهر الستة الأولى من عام ألفين وعشرين»: a year in words.
      const w = yearInWords(norm, at, false);
      if (!w || w.start !== at) continue;
      year = w.year;
      end = w.end;
    }
    if (y) end = at + y[0].length;
    const a = fromEnd ? 13 - n : 1;
    out.push(monthsOfYear(m.index, end, year, a, a + n - 1, relative));
  }
  return out;
}

// Parts of a week, month or year named from the reference: «نهاية الأسبوع المقبل», «مطلع الشهر
// الجاري», «أواخر العام الماضي», «بقية الأسبوع» — days as in English (relative.ts unitPart). A
// named month or year with a part («منتصف مارس», «نهاية 2019») stays that month or year.
const WEEKEND_HEADS = foldSet(lexicon.weekendHeads);
const UNIT_PART_RE = new RegExp(
  `(${alt(PART_OF.keys())})\\s+(?:(?:ال)(اسبوع|شهر|عام|سنه)(?:\\s+(${MOD_ALT}))?|(هذا|هذه)\\s+(?:ال)(اسبوع|شهر|عام|سنه)|(اسبوعي))${R}`,
  'gu',
);

/** «في وقت سابق من هذا الأسبوع», «في وقت لاحق من الشهر الجاري», «في وقت سابق هذا العام». */
const EARLIER_LATER_RE = new RegExp(
  `(?:في\\s+)?وقت\\s+(سابق|لاحق|مبكر|متاخر)\\s+(?:من\\s+)?(?:(?:هذا|هذه)\\s+ال(اسبوع|شهر|عام|سنه)|ال(اسبوع|شهر|عام|سنه)\\s+(?:${alt(CURRENT)}))${R}`,
  'gu',
);

function readUnitParts(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  EARLIER_LATER_RE.lastIndex = 0;
  for (let m; (m = EARLIER_LATER_RE.exec(norm)); ) {
    if (!startsWord(norm, m.index, 'وف')) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const unitWord = m[2] ?? m[3]!;
    const unit: CalendarUnit = unitWord === 'اسبوع' ? 'week' : unitWord === 'شهر' ? 'month' : 'year';
    const grain = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
    if (!ref) {
      out.push({ start, end, grain, date: unknownParts(grain), relative: true, unresolved: true, noValue: unit === 'week' });
      continue;
    }
    const r = dayNumber(ref.year, ref.month, ref.day);
    const [a, b] = earlierLater(r, unit, m[1] === 'سابق' || m[1] === 'مبكر' ? 'earlier' : 'later', r);
    if (unit === 'week') out.push({ start, end, grain: 'day', date: dayParts(a), to: dayParts(b), noValue: true, relative: true });
    else out.push({ start, end, grain, date: dayParts(a), to: dayParts(b), relative: true });
  }
  UNIT_PART_RE.lastIndex = 0;
  for (let m; (m = UNIT_PART_RE.exec(norm)); ) {
    if (!startsWord(norm, m.index, 'وفب')) continue;
    let start = m.index;
    // «عطلة نهاية الأسبوع»: the weekend holiday, one phrase.
    const head = wordBefore(norm, start);
    if (head && inSet(head, WEEKEND_HEADS)) start = head.start + (head.text.length - forms(head.text).find((f) => WEEKEND_HEADS.has(f))!.length);
    const end = m.index + m[0].length;
    // «بداية الشهر الثاني من الحرب»: a unit counted in a story, not the current one.
    const nw = m[3] ? null : wordAfter(norm, end);
    if (nw && ORDINALS.has(nw.text)) continue;
    const part = PART_OF.get(m[1]!)!;
    // «بقية أسبوعي» ("the rest of my week"): this week.
    const unitWord = m[2] ?? m[5] ?? 'اسبوع';
    const mod = m[3] ?? null;
    // «نهاية الأسبوع» alone is the weekend of the current week; «نهاية العام» this year's end.
    const unit: CalendarUnit = unitWord === 'اسبوع' ? 'week' : unitWord === 'شهر' ? 'month' : 'year';
    const grain = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
    if (!ref) {
      out.push({ start, end, grain, date: unknownParts(grain), relative: true, unresolved: true, noValue: unit === 'week' });
      continue;
    }
    const delta = mod && PAST.includes(mod) ? -1 : mod && NEXT.includes(mod) ? 1 : 0;
    const r = dayNumber(ref.year, ref.month, ref.day);
    const ym = monthParts(ref, delta);
    const anchor = unit === 'week' ? r + 7 * delta : unit === 'month' ? dayNumber(ym.year!, ym.month!, 1) : dayNumber(ref.year + delta, 1, 1);
    const [a, b] = unitPart(anchor, unit, part, r);
    if (unit === 'week') out.push({ start, end, grain: 'day', date: dayParts(a), to: dayParts(b), noValue: true, relative: true });
    else out.push({ start, end, grain, date: dayParts(a), to: dayParts(b), relative: true });
  }
  return out;
}

function dottedYearMonth(a: string, sep: string, b: string): { year: number; month: number; day: null } | null {
  const month = Number(b);
  if (sep.trim() !== '.' || a.length !== 4 || b.length > 2 || month < 1 || month > 12) return null;
  const year = Number(a);
  return year >= 1900 && year <= 2100 ? { year, month, day: null } : null;
}

// Day and month without a year («22/4», «4.22»), only when the caller asks (shortNumeric).
function readShort(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  SHORT_NUMERIC.lastIndex = 0;
  for (let m; (m = SHORT_NUMERIC.exec(norm)); ) {
    // «2015.3» (year first, a dot) closing the clause: the month of that year, as «2015/3» is;
    // only here, where the caller asked for numeric dates (in news it is a decimal: «2015.3 نقطة»).
    const end = m.index + m[0].length;
    const d =
      readShortNumeric(m[1]!, m[2]!, m[3]!, 'dmy') ??
      (/^\s*(?:$|[.,،؛:!?)\n])/u.test(norm.slice(end, end + 3)) ? dottedYearMonth(m[1]!, m[2]!, m[3]!) : null);
    if (!d) continue;
    // «الساعة 4.22» is a clock time.
    if (d.year === null && /الساعه\s+$/u.test(norm.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (shortNumericGlued(norm, m.index, m.index + m[0].length)) continue;
    const grain = d.day === null ? 'month' : 'day';
    out.push({ start: m.index, end: m.index + m[0].length, grain, date: { ...d, grain } });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const SYNTAX: IntervalSyntax = {
  // «الجمعة حتى يوم الأحد»: «يوم» stays out of a weekday's span, so it is part of the gap.
  joiner: new RegExp(`^\\s*(?:-|و|${TO_ALT})\\s*$|^\\s*(?:${TO_ALT})\\s*يوم\\s+$`, 'u'),
  pairedJoiner: /^و$/u,
  // «بين يومي 5 و7 نوفمبر»: the dual «يومي» after the opener is part of it (a weekday's «يوم»
  // stays out of its span, «من يوم الجمعة» opens with «الجمعة»).
  opener: new RegExp(`${L}[وف]?(?:${alt(fold(lexicon.intervalOpeners))})\\s+(?:يومي\\s+)?$`, 'u'),
  bareDay: new RegExp(`(\\d{1,2})\\s*(-|و|${TO_ALT})\\s*$`, 'u'),
  dayAfter: new RegExp(`^\\s*(?:-|و|${TO_ALT})\\s*(\\d{1,2})(?![\\p{N}]|[.,:/]\\p{N})(?:\\s*[,،]?\\s*(\\d{4})${R})?`, 'u'),
  // «الجمعة حتى الأحد», «اليوم حتى 22 أكتوبر»: «حتى»/«إلى» are no plain conjunction, so two
  // ends named from the reference need no opener (interval.ts).
  strongJoiner: REL_DAY_JOINER,
  // «قبل»/«بعد» before a part of a year the date reader leaves out of the span: the part names
  // the closed end («قبل نهاية 2020» up to its last day, «بعد مطلع 2021» from it on).
  halfOpen: {
    since: halfWord(lexicon.halfOpen.since, true),
    after: either(halfWord(lexicon.halfOpen.after, false), partWord(lexicon.halfOpen.after, lexicon.halfOpen.endParts)),
    before: either(halfWord(lexicon.halfOpen.before, false), partWord(lexicon.halfOpen.before, lexicon.halfOpen.startParts)),
    until: either(halfWord(lexicon.halfOpen.until, true), partWord(lexicon.halfOpen.before, lexicon.halfOpen.endParts)),
    // «اعتبارا من الأول من يوليو»: from that date on (an effective date, mostly ahead).
    onward: either(halfWord(lexicon.halfOpen.onward, true), partWord(lexicon.halfOpen.after, lexicon.halfOpen.startParts)),
  },
  halfOpenGate,
};

let HALF_OPEN_TAILS_: Map<string, Set<string> | null> | undefined;
/**
 * How a halfOpen match can end before its closing spaces (a phraseTailGate map, built on first
 * use): the last word of a half-open phrase («منذ», «ومنذ»; «من» only after «اعتبارا», «ابتداء»…),
 * a part («مطلع», after any word) or a year noun («عام», «العام») after a part.
 */
export function halfOpenTails(): ReadonlyMap<string, ReadonlySet<string> | null> {
  return (HALF_OPEN_TAILS_ ??= (() => {
    const h = lexicon.halfOpen;
    const tails = new Map<string, Set<string> | null>();
    const prefixed = (w: string) => [w, 'و' + w, 'ف' + w];
    for (const x of [...h.since, ...h.after, ...h.before, ...h.until, ...h.onward]) {
      const words = foldWord(x).split(/\s+/u);
      if (words.length === 1) for (const w of prefixed(words[0]!)) addPhraseTail(tails, [w]);
      else addPhraseTail(tails, words, words.length === 2 ? prefixed : (w) => [w]);
    }
    const partEnds = new Set<string>();
    for (const x of [...h.parts, ...h.endParts, ...h.startParts]) {
      const words = foldWord(x).split(/\s+/u);
      partEnds.add(words[words.length - 1]!);
      addPhraseTail(tails, words.slice(-1));
    }
    for (const noun of fold(['عام', 'سنة', 'العام', 'السنة'])) for (const p of partEnds) addPhraseTail(tails, [p, noun]);
    return tails;
  })());
}

/** SYNTAX.halfOpenGate: `before` ends as a halfOpen match can (halfOpenTails). */
function halfOpenGate(before: string): boolean {
  return phraseTailGate(halfOpenTails(), before);
}

function partWord(words: string[], parts: string[]): RegExp {
  return new RegExp(`${L}[وف]?(?:${alt(fold(words))})\\s+(?:${alt(fold(parts))})\\s+(?:(?:ال)?(?:عام|سنه)\\s+)?$`, 'u');
}

function either(...res: RegExp[]): RegExp {
  return new RegExp(res.map((r) => `(?:${r.source})`).join('|'), 'u');
}

/**
 * A half-open word («منذ», «حتى»), with a prefixed «و»/«ف», ending where the date starts; with
 * `parts`, also before a part of a year the date reader leaves out of the span («منذ مطلع 2019»).
 * Not for «قبل»/«بعد» before a part: "before the end of 2020" is not "before 2020" (partWord).
 */
function halfWord(words: string[], parts: boolean): RegExp {
  const part = parts ? `(?:(?:${alt(fold(lexicon.halfOpen.parts))})\\s+(?:(?:ال)?(?:عام|سنه)\\s+)?)?` : '';
  return new RegExp(`${L}[وف]?(?:${alt(fold(words))})\\s+${part}$`, 'u');
}

function readAnaphora(norm: string, ref: Ymd | null): Array<DateAtom & { replaces?: boolean }> {
  const out: Array<DateAtom & { replaces?: boolean }> = [];
  ANAPHORA_RE.lastIndex = 0;
  for (let m; (m = execAtWordStart(ANAPHORA_RE, norm)); ) {
    const phrase = key(m[2]!);
    const op = ANAPHORA.get(phrase);
    if (!op) continue;
    // «العام»/«الشهر» first: only after a word that places things in time or at a clause's
    // start — «الأمين العام نفسه» is the secretary-general himself.
    if (phrase.startsWith('ال') && !/[فب]/u.test(m[1]!)) {
      const edge = /(?:^|[^\s\p{L}\p{N}])\s*$/u.test(norm.slice(Math.max(0, m.index - 4), m.index));
      if (!edge && !inSet(wordBefore(norm, m.index), ANAPHORA_BEFORE)) continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    // A day: from the narrated day before it (build.ts) only ("the same day" names no other).
    if (op.unit === 'day') {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, anaphor: op, optional: true, replaces: true });
      continue;
    }
    // A week: that of the narrated day before it (build.ts); else, shifted, from the reference's.
    if (op.unit === 'week') {
      if (!ref || op.delta === 0) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true, anaphor: op, replaces: true });
      else {
        const [monday, sunday] = weekRange(ref, op.delta);
        out.push({ start, end, grain: 'day', date: dayParts(monday), to: dayParts(sunday), relative: true, noValue: true, anaphor: op, replaces: true });
      }
      continue;
    }
    const grain = op.unit;
    if (!ref || op.delta === 0) out.push({ start, end, grain, date: unknownParts(grain), relative: true, unresolved: true, anaphor: op, replaces: true });
    else out.push({ start, end, grain, date: grain === 'month' ? monthParts(ref, op.delta) : yearParts(ref.year + op.delta), relative: true, anaphor: op, replaces: true });
  }
  return out;
}

/** Atoms marked `replaces` win over other atoms of exactly their span. */
function settleSameSpan(atoms: Array<DateAtom & { replaces?: boolean }>): DateAtom[] {
  const winners = atoms.filter((a) => a.replaces);
  if (winners.length === 0) return atoms;
  return atoms.filter((a) => a.replaces || !winners.some((w) => w.start === a.start && w.end === a.end));
}

export const arabicDateReader: DateReader = {
  read(t: NormalizedText, ctx: DateContext): DateAtom[] {
    const ref = parseIsoDay(ctx.reference);
    const norm = t.norm;
    return settleSameSpan([
      ...readAnaphora(norm, ref),
      ...readMonthDates(norm, ref, ctx.prefer, ctx.hijriCalendar), ...readYears(norm, ctx.hijriCalendar), ...readYearWords(norm), ...readNumeric(norm, ref), ...readRelative(norm, ref, ctx.prefer, ctx.nextWeekday),
      ...readSlashYears(norm),
      ...readOffsets(norm, ref),
      ...readCompoundOffsets(norm, ref),
      ...readNowEnds(norm, ref),
      ...readRelMonthDays(norm, ref, ctx.prefer),
      ...readRolling(norm, ref),
      ...readQuarters(norm, ref),
      ...readMonthsOfYear(norm, ref),
      ...readNthWeekdays(norm, ref, ctx.prefer),
      ...readWeeksOfMonth(norm, ref, ctx.prefer),
      ...readDecades(norm, ref),
      ...readRelativeDecades(norm, ref),
      ...readCenturies(norm, ref, ctx.hijriCalendar),
      ...readSeasons(norm, ref),
      ...readUnitParts(norm, ref),
      ...readHolidays(norm, ref, ctx.prefer, ctx.hijriCalendar),
      ...(ctx.shortNumeric ? readShort(norm) : []),
    ]);
  },
};

export function extractDates(t: NormalizedText, ctx: DateContext): DateMention[] {
  const atoms = arabicDateReader.read(t, ctx);
  return weeksAsMonths(t, atoms, buildMentions(t, atoms, ctx, SYNTAX));
}

/** See extract/dates/reference.ts for the rule. */
let PUBLICATION_CUE: RegExp | undefined;

export function findReferenceDate(t: NormalizedText): string | null {
  PUBLICATION_CUE ??= publicationCue(lexicon.publicationCues.map(foldWord));
  // Only full day-month-year dates, neither relative nor inferred, can be a reference: the
  // readers that can give one, in the order of arabicDateReader.read, with those whose atoms
  // replace others of their span (anaphora, nth weekdays). The others give none without a
  // reference (relative, periods with an end, or no day).
  const norm = t.norm;
  return referenceFromAtoms(
    norm,
    settleSameSpan([
      ...readAnaphora(norm, null),
      ...readMonthDates(norm, null),
      ...readYears(norm),
      ...readYearWords(norm),
      ...readNumeric(norm, null),
      ...readNthWeekdays(norm, null),
      ...readHolidays(norm, null, undefined),
    ]),
    PUBLICATION_CUE,
  );
}

