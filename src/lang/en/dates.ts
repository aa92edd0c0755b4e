/**
 * English dates. chrono-node reads day-level and relative expressions (it knows far more
 * surface forms than we would write by hand); our own scanners add what it misses or gets
 * wrong for news: bare years, a month named alone, "last May", and periods of years.
 * Everything ends in the shared atom → mention pipeline (src/extract/dates/).
 *
 * Policies:
 * - Numeric dates follow US order (12/02/2019 = 2 December) unless the first number is over
 *   12 (13/02/2019 = 13 February); a numeric date without a year ("1/2", "3/4") is dropped,
 *   it is a fraction or a score far more often than a date.
 * - A month name must be capitalised ("may" the verb, "march" the noun are not months); a
 *   month named alone ("November") is a date only after a word that places an event in time
 *   (in, since, by, until, early, late, mid-, last…), and "last/next/this May" resolve
 *   against the reference.
 * - A bare four-digit number is a year only in a year context: after in/since/by/until/
 *   during/early/late/mid-/year…, inside parentheses, before an event noun ("the 1979
 *   revolution"), or continuing a year just read ("2019 and 2020", "2014-2018"). It is a count
 *   when a plural noun follows ("2019 protesters") or a count word precedes ("about 1500").
 * - Times of day are not dates: a chrono result with no calendar part is dropped, and
 *   ordinals alone ("2nd District", "the 15th") are never dates.
 * - Weekdays and relative expressions resolve against the reference date (see
 *   extract/dates/relative.ts); without one they keep their grain and text with value null.
 *   "Three days later" is anchored to a narrated event, not to the publication: value null.
 * - Offsets count from the reference: "3 days ago", "two weeks from now" (a day); "in 3 days"
 *   only with a future cue ("will") or `prefer: 'future'` ("the highest in two years" looks
 *   back); "the past/next N days|weeks|months|years" is a rolling period ending the day before
 *   / starting the day after the reference.
 * - Quarters ("Q3 2018", "the third quarter of 2018", "next quarter") are month periods; an
 *   ordinal quarter needs a year (a game has quarters too). "The first Monday of March" is a day.
 * - Holidays (dates.json `holidays`: fixed, nth weekday, Easter-based, Hijri via the tabular
 *   calendar) resolve like year-less dates; "Chinese/Orthodox New Year…" are not ours.
 * - Lower-case "may"/"march" are months only right before a day number with nothing word-like
 *   after it ("march 3rd, 2021") or after "<ordinal> of" ("the 9th of march").
 * - DateContext.prefer ('closest' default | 'past' | 'future') chooses the side of the
 *   reference for bare weekdays, year-less dates and holidays; DateContext.shortNumeric reads
 *   "4/22" as a date. The CLI keeps the defaults; the evaluation sets each suite's convention.
 *
 * chrono is loaded lazily through require (it ships a CJS build), on the first call that
 * needs it, so that starting the CLI does not pay for it; and it only ever sees short windows
 * around a month name, weekday, relative word or numeric date, so the cost stays linear in
 * the number of such triggers however long the text is.
 */
import { createRequire } from 'node:module';
import type { NormalizedText } from '../../text/normalize.js';
import type { DateGrain, DateMention } from '../../types.js';
import type { DateContext } from '../types.js';
import type { CalendarParts, DateAtom, DateReader } from '../../extract/dates/atom.js';
import { buildMentions } from '../../extract/dates/build.js';
import { dayNumber, parseIsoDay, type Ymd } from '../../extract/dates/calendar.js';
import type { IntervalSyntax } from '../../extract/dates/interval.js';
import { referenceFromAtoms } from '../../extract/dates/reference.js';
import { SHORT_NUMERIC, readShortNumeric } from '../../extract/dates/numeric.js';
import { holidayIn, resolveHoliday, type HolidayRule } from '../../extract/dates/holiday.js';
import {
  dayParts,
  relativeMonthYear,
  resolveWeekday,
  bareWeekdayMode,
  closestYear,
  monthParts,
  offsetParts,
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

const alt = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length).join('|');
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Any month word, any case: used to check how a chrono result spelled it. */
const MONTH_ANY = new RegExp(`\\b(?:${alt(MONTHS.keys())})\\b\\.?`, 'i');
const FULL_MONTHS = Object.keys(lexicon.months).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
/** Full weekday names are unambiguous words in any case; abbreviations ("Sun", "Sat") are not. */
const WEEKDAY_CAP = new RegExp(`\\b(?:${alt(WEEKDAYS.keys())})\\b`, 'i');
const WEEKDAY_ABBR = Object.keys(lexicon.weekdayAbbreviations).map(cap);
const LEADING = new RegExp(`^(?:${alt(lexicon.leadingWords)})\\s+`, 'i');
const FUTURE = new RegExp(`\\b(?:${alt(lexicon.futureCues.map((c) => c.replace(/'/g, "'?")))})\\b`, 'i');

/** Words around which chrono is worth calling: month and weekday names ("may"/"mar" only capitalised). */
const TRIGGER_CAP = new RegExp(
  `\\b(?:${alt([...MONTHS.keys()].map(cap))}|${alt([...MONTHS.keys()].filter((m) => !/^(?:may|mar)/.test(m)))}|${alt([...WEEKDAYS.keys()].map(cap))}|${alt(WEEKDAYS.keys())}|${alt(WEEKDAY_ABBR)})\\b`,
  'g',
);
const TRIGGER_REL =
  /\b(?:today|yesterday|tomorrow|tonight|ago|later|earlier|(?:last|next|this|past|coming|previous)\s+(?:week(?:end)?|month|year))\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/gi;

const RELATIVE_OK =
  /\b(?:today|yesterday|tomorrow|tonight|ago|later|earlier|(?:last|next|this|past|coming|previous)\s+(?:week(?:end)?|month|year)|this\s+(?:morning|afternoon|evening)|last\s+night)\b/i;
/** Days named from the reference: today, yesterday… A weekday beside them is an apposition. */
const CASUAL_DAY =
  /\b(?:(today|tonight|this\s+(?:morning|afternoon|evening))|(yesterday|last\s+night)|(tomorrow))\b|\bday\s+(?:(before\s+yesterday)|(after\s+tomorrow))\b/i;
const NARRATIVE =
  /\b(?:days?|weeks?|months?|years?)\s+(?:later|earlier|after|before)\b(?!\s+(?:yesterday|tomorrow))|\b(?:next|following|previous|prior)\s+day\b/i;
const WEEK = /\b(last|next|this|past|coming|previous|current|upcoming|following)\s+(week(?:end)?)\b/gi;
const NUMERIC = /\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?/;
const NUMERIC_FULL = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;

// ---------------------------------------------------------------------------------------------
// chrono, loaded on demand

interface ChronoComponents {
  get(c: string): number | null;
  isCertain(c: string): boolean;
}
interface ChronoResult {
  index: number;
  text: string;
  start: ChronoComponents;
  end?: ChronoComponents | null;
}
interface ChronoModule {
  casual: {
    parse(text: string, ref: { instant: Date; timezone: number }, option: { forwardDate: boolean }): ChronoResult[];
  };
}

let chronoModule: ChronoModule | null = null;
function chrono(): ChronoModule {
  // The English-only entry is a quarter of the full package's load time.
  chronoModule ??= createRequire(import.meta.url)('chrono-node/en') as ChronoModule;
  return chronoModule;
}

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

// ---------------------------------------------------------------------------------------------
// chrono windows

interface Window {
  start: number;
  end: number;
}

const REACH = 100;
const MAX_WINDOW = 2000;

/** Windows of text around triggers, clipped to the line and to word boundaries, merged. */
function windows(norm: string): Window[] {
  const hits: number[][] = [];
  for (const re of [TRIGGER_CAP, TRIGGER_REL]) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(norm)); ) hits.push([m.index, m.index + m[0].length]);
  }
  hits.sort((a, b) => a[0]! - b[0]!);
  const out: Window[] = [];
  for (const [p, q] of hits as [number, number][]) {
    let ws = Math.max(0, p - REACH);
    const nlB = norm.slice(ws, p).lastIndexOf('\n');
    if (nlB >= 0) ws += nlB + 1;
    else if (ws > 0) {
      const sp = norm.indexOf(' ', ws);
      ws = sp >= 0 && sp < p ? sp + 1 : p;
    }
    let we = Math.min(norm.length, q + REACH);
    const nlA = norm.slice(q, we).indexOf('\n');
    if (nlA >= 0) we = q + nlA;
    else if (we < norm.length) {
      const sp = norm.lastIndexOf(' ', we);
      we = sp > q ? sp : q;
    }
    const last = out[out.length - 1];
    if (last && ws <= last.end && we - last.start <= MAX_WINDOW) last.end = Math.max(last.end, we);
    else out.push({ start: ws, end: we });
  }
  return out;
}

function partsOf(c: ChronoComponents): CalendarParts | null {
  const year = c.isCertain('year') ? c.get('year') : null;
  const month = c.isCertain('month') ? c.get('month') : null;
  const day = c.isCertain('day') ? c.get('day') : null;
  if (month === null) return null;
  return { year, month, day, grain: day !== null ? 'day' : 'month' };
}

function grainOfUnit(text: string): DateGrain {
  if (/\bmonths?\b/i.test(text)) return 'month';
  if (/\byears?\b/i.test(text)) return 'year';
  return 'day';
}

function weekdayMode(text: string, norm: string, start: number, prefer: Prefer | undefined, nextWeekday?: 'coming' | 'week'): WeekdayMode {
  if (/\b(?:last|past|previous)\b/i.test(text)) return 'last';
  if (/\bnext\b/i.test(text)) return nextWeekday === 'week' ? 'nextWeek' : 'next';
  if (/\bcoming\b/i.test(text)) return 'next';
  if (/\bthis\b/i.test(text)) return 'this';
  return bareWeekdayMode(FUTURE.test(norm.slice(Math.max(0, start - 40), start)) ? 'future' : 'past', prefer);
}

/** A chrono result as an atom, or null when it is not a date we report. */
function fromChrono(
  r: ChronoResult,
  offset: number,
  norm: string,
  ref: Ymd | null,
  prefer?: Prefer,
  nextWeekday?: 'coming' | 'week',
): DateAtom | null {
  let text = r.text;
  let start = offset + r.index;
  // "previous Monday", "coming Friday": chrono leaves the modifier out.
  const before = /\b(previous|coming|past)\s+$/i.exec(norm.slice(Math.max(0, start - 12), start));
  if (before && /^[A-Za-z]+day\b/i.test(r.text)) {
    start -= before[0].length;
    text = before[0] + text;
  }
  const lead = LEADING.exec(text);
  if (lead) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(/[\s,;:]+$/, '');
  // "the 20th of next month" is readDayOfRelMonth's (chrono gives the month only).
  DAY_OF_REL_MONTH.lastIndex = 0;
  if (DAY_OF_REL_MONTH.test(text)) return null;
  const end = start + text.length;
  const month = MONTH_ANY.exec(text);
  if (month && !monthCaseOk(month[0], text.slice(month.index + month[0].length))) return null;
  const numeric = NUMERIC.exec(text);
  if (!month && numeric && !NUMERIC_FULL.test(text)) return null;

  if (month || numeric) {
    // "end of April" is April (read by readMonths), not its last day.
    if (/\b(?:end|beginning|start|middle|rest)\s+of\b/i.test(text)) return null;
    // "from 13 to 15 July" read as 13:00–15:00 in July: the day-month scanner reads it.
    if (r.start.isCertain('hour') && !r.start.isCertain('day')) return null;
    const date = partsOf(r.start);
    // Month alone and years are our scanners' business (they check the context).
    if (!date || (date.grain === 'month' && date.year === null)) return null;
    const atom: DateAtom = { start, end, grain: date.grain, date };
    const to = r.end ? partsOf(r.end) : null;
    if (to && to.grain === date.grain) atom.to = to;
    return atom;
  }

  // Relative expressions.
  const wd = WEEKDAY_CAP.exec(text);
  if (!wd && !RELATIVE_OK.test(text)) return null;
  const c = r.start;
  const base = { start, end, relative: true } as const;
  if (NARRATIVE.test(text) && !/\bago\b/i.test(text)) {
    const grain = grainOfUnit(text);
    return { ...base, grain, date: unknownParts(grain), unresolved: true };
  }
  const casual = CASUAL_DAY.exec(text);
  if (casual) {
    if (!ref) return { ...base, grain: 'day', date: unknownParts('day'), unresolved: true };
    const shift = casual[2] ? -1 : casual[3] ? 1 : casual[4] ? -2 : casual[5] ? 2 : 0;
    return { ...base, grain: 'day', date: dayParts(dayNumber(ref.year, ref.month, ref.day) + shift) };
  }
  // Weeks are read by readWeeks (chrono gives a single day for them).
  WEEK.lastIndex = 0;
  if (WEEK.test(text)) return null;
  if (!wd && !['year', 'month', 'day'].some((k) => c.isCertain(k))) return null;
  if (!ref) {
    const grain: DateGrain = wd || c.isCertain('day') ? 'day' : c.isCertain('month') ? 'month' : 'year';
    return { ...base, grain, date: unknownParts(grain), unresolved: true };
  }
  if (wd && !c.isCertain('day')) {
    const n = resolveWeekday(ref, WEEKDAYS.get(wd[0].toLowerCase())!, weekdayMode(text, norm, start, prefer, nextWeekday));
    return { ...base, grain: 'day', date: dayParts(n) };
  }
  const get = (k: string) => c.get(k)!;
  if (c.isCertain('day')) {
    return { ...base, grain: 'day', date: { year: get('year'), month: get('month'), day: get('day'), grain: 'day', inferred: true } };
  }
  if (c.isCertain('month')) {
    return { ...base, grain: 'month', date: { year: get('year'), month: get('month'), day: null, grain: 'month', inferred: true } };
  }
  return { ...base, grain: 'year', date: { year: get('year'), month: null, day: null, grain: 'year', inferred: true } };
}

/** `withYear`: only windows holding a four-digit number, i.e. those that can give a full date. */
function readChrono(norm: string, ref: Ymd | null, withYear = false, prefer?: Prefer, nextWeekday?: 'coming' | 'week'): DateAtom[] {
  const out: DateAtom[] = [];
  const wins = withYear ? windows(norm).filter((w) => /\d{4}/.test(norm.slice(w.start, w.end))) : windows(norm);
  if (wins.length === 0) return out;
  const r = ref ?? { year: 2000, month: 6, day: 15 };
  const instant = { instant: new Date(Date.UTC(r.year, r.month - 1, r.day, 12)), timezone: 0 };
  const parser = chrono().casual;
  for (const w of wins) {
    for (const res of parser.parse(norm.slice(w.start, w.end), instant, { forwardDate: false })) {
      const a = fromChrono(res, w.start, norm, ref, prefer, nextWeekday);
      if (!a) continue;
      // "yesterday evening, Friday": the weekday restates the day just named.
      const prev = out[out.length - 1];
      if (prev?.relative && a.relative && /^\s*,?\s*$/.test(norm.slice(prev.end, a.start)) && CASUAL_DAY.test(norm.slice(prev.start, prev.end)) && WEEKDAY_CAP.test(norm.slice(a.start, a.end))) {
        prev.end = a.end;
        continue;
      }
      out.push(a);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Years

const YEAR = /(?<![\w$€£#.,/])(\d{4})(?![\w%]|[.,/]\d)/g;
const YEAR_DASH = /^\s*(?:-|–|to|through|until|till)\s*(\d{4})(?![\w%]|[.,]\d)(?!\s+[a-z]+s\b)/;

function isYearWord(norm: string, s: number, e: number, lastYearEnd: number): boolean {
  const y = Number(norm.slice(s, e));
  if (y < 1000 || y > 2100) return false;
  const pc = charBefore(norm, s);
  const nc = charAfter(norm, e);
  if ('$€£#'.includes(pc) || nc === '%') return false;
  const pw = wordBefore(norm, s);
  const prev = lower(pw);
  const nw = wordAfter(norm, e);
  const next = lower(nw);
  const nextLower = !!nw && /^[a-z]/.test(nw.text);
  const strong = YEAR_STRONG.has(prev);
  const countAfter = nextLower && (COUNT_NOUNS.has(next) || (isPlural(next) && !EVENT_NOUNS.has(next)));
  // Continuing a year just read: "2019 and 2020", "from 2015 to 2019", "2014-2018".
  if (lastYearEnd >= 0 && s - lastYearEnd <= 10 && /^\s*(?:and|or|to|until|through|-|,)\s*$/i.test(norm.slice(lastYearEnd, s))) {
    return !countAfter;
  }
  if (countAfter && !strong) return false;
  if (COUNT_BEFORE.has(prev)) return false;
  if (strong || YEAR_BEFORE.has(prev)) return true;
  if (prev === 'of') {
    const head = lower(pw ? wordBefore(norm, pw.start) : null);
    return YEAR_OF_HEADS.has(head) || MONTHS.has(head);
  }
  if (y < 1900) return false;
  if (pc === '(' && nc === ')') return true;
  if (EVENT_NOUNS.has(next)) return true;
  const possessive = /'s?$/.test(pw?.text ?? '') && pw?.end === s - 1;
  if ((DETERMINERS.has(prev) || possessive) && nextLower && !isPlural(next) && !COUNT_NOUNS.has(next)) return true;
  // "2014-2018": a span of years is a year context by itself.
  const dash = YEAR_DASH.exec(norm.slice(e, e + 16));
  return !!dash && Number(dash[1]) > y && Number(dash[1]) - y <= 100;
}

function readYears(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  let lastYearEnd = -1;
  YEAR.lastIndex = 0;
  for (let m; (m = YEAR.exec(norm)); ) {
    const s = m.index;
    const e = s + 4;
    if (isYearWord(norm, s, e, lastYearEnd)) {
      const year = Number(m[1]);
      out.push({ start: s, end: e, grain: 'year', date: { year, month: null, day: null, grain: 'year' } });
      lastYearEnd = e;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Weeks: "last week" is a period (value null, from/to its days); with a weekday beside it
// ("Friday next week", "next week on Sunday") it is that day.

const WEEKDAY_AFTER_WEEK = new RegExp(`^\\s*,?\\s*(?:on\\s+)?(${alt(WEEKDAYS.keys())})\\b`, 'i');
const WEEKDAY_BEFORE_WEEK = new RegExp(`\\b(${alt(WEEKDAYS.keys())})\\s*,?\\s+(?:of\\s+)?(?:the\\s+)?$`, 'i');

function readWeeks(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  WEEK.lastIndex = 0;
  for (let m; (m = WEEK.exec(norm)); ) {
    let start = m.index;
    let end = start + m[0].length;
    const mod = m[1]!.toLowerCase();
    const weekend = m[2]!.toLowerCase() === 'weekend';
    const after = WEEKDAY_AFTER_WEEK.exec(norm.slice(end, end + 20));
    const from = Math.max(0, start - 20);
    const before = after ? null : WEEKDAY_BEFORE_WEEK.exec(norm.slice(from, start));
    const wd = after?.[1] ?? before?.[1];
    if (after) end += after[0].length;
    if (before) start = from + before.index;
    const grain = 'day';
    // "the following week" follows a narrated event, not the publication.
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
    else if (mod === 'past') {
      // "the past week": the seven days up to the reference, not a calendar week.
      b = dayNumber(ref.year, ref.month, ref.day);
      a = b - 6;
    }
    out.push({ start, end, grain, date: dayParts(a), to: dayParts(b), noValue: true, relative: true });
  }
  return out;
}

// Decades ("the 1980s"): a period of years, no single value.
const DECADE = /\b((?:1[0-9]|20)\d0)'?s\b/g;

function readDecades(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  DECADE.lastIndex = 0;
  for (let m; (m = DECADE.exec(norm)); ) {
    const y = Number(m[1]);
    const year = (n: number) => ({ year: n, month: null, day: null, grain: 'year' as const });
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'year', date: year(y), to: year(y + 9), noValue: true });
  }
  return out;
}

// Day before month ("15 July", "13th of July 2015"): chrono reads it too, except when a
// period before it makes chrono take the day numbers for hours ("from 13 to 15 July").
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${alt(MONTHS.keys())})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'gi');

function readDayMonths(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  DAY_MONTH.lastIndex = 0;
  for (let m; (m = DAY_MONTH.exec(norm)); ) {
    if (/[\d.,:/]/.test(norm[m.index - 1] ?? '')) continue;
    if (!monthCaseOk(m[2]!, norm.slice(m.index + m[0].lastIndexOf(m[2]!) + m[2]!.length))) continue;
    const day = Number(m[1]);
    const month = MONTHS.get(m[2]!.toLowerCase())!;
    const year = m[3] ? Number(m[3]) : null;
    if (day < 1 || day > 31) continue;
    // The full stop of an abbreviation ("Dec.") is part of it; after a full name it ends the sentence.
    const end = m.index + m[0].length - (!m[3] && m[0].endsWith('.') && FULL_MONTHS.includes(m[2]!.toLowerCase()) ? 1 : 0);
    out.push({ start: m.index, end, grain: 'day', date: { year, month, day, grain: 'day' } });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A month named alone

const MONTH_ALONE = new RegExp(`\\b(?:(mid|early|late)-)?(${alt(FULL_MONTHS)})\\b`, 'gi');

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
    // A day or a year beside it: chrono's (a full date), not a month alone.
    if (/^\s*,?\s*\d/.test(norm.slice(e, e + 4)) || /\d(?:st|nd|rd|th)?\s*(?:of\s+)?$/.test(norm.slice(Math.max(0, s - 8), s))) continue;
    const pw = wordBefore(norm, s);
    const prev = lower(pw);
    let start = s;
    let ok = !!m[1];
    let mode: 'last' | 'next' | 'this' | null = null;
    if (!ok && pw) {
      if (prev === 'last' || prev === 'next' || prev === 'this') {
        mode = prev;
        start = pw.start;
        ok = true;
      } else if (prev === 'early' || prev === 'late' || prev === 'mid') {
        start = pw.start;
        ok = true;
      } else if (prev === 'of') {
        ok = MONTH_OF_HEADS.has(lower(wordBefore(norm, pw.start)));
      } else if (MONTH_BEFORE.has(prev)) {
        ok = true;
      } else if ((prev === 'and' || prev === 'or' || prev === 'to') && lastEnd >= 0 && s - lastEnd <= 8) {
        ok = true;
      }
    }
    if (!ok) continue;
    lastEnd = e;
    if (mode) {
      const date: CalendarParts = ref
        ? { year: relativeMonthYear(ref, month, mode), month, day: null, grain: 'month', inferred: true }
        : { year: null, month, day: null, grain: 'month' };
      out.push({ start, end: e, grain: 'month', date, relative: true, unresolved: !ref });
    } else {
      out.push({ start, end: e, grain: 'month', date: { year: null, month, day: null, grain: 'month' } });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Month and day without a year ("2/15", "4.22"), only when the caller asks (shortNumeric).

function readShort(norm: string): DateAtom[] {
  const out: DateAtom[] = [];
  SHORT_NUMERIC.lastIndex = 0;
  for (let m; (m = SHORT_NUMERIC.exec(norm)); ) {
    const d = readShortNumeric(m[1]!, m[2]!, m[3]!, 'mdy');
    if (!d) continue;
    // "at 4.22" is a clock time.
    if (d.year === null && /\bat\s+$/i.test(norm.slice(Math.max(0, m.index - 4), m.index))) continue;
    const grain: DateGrain = d.day === null ? 'month' : 'day';
    out.push({ start: m.index, end: m.index + m[0].length, grain, date: { ...d, grain } });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Offsets from the reference: "3 days ago", "two weeks from now", "in a week" (the last only
// with a future cue in the clause or when the caller prefers the future: "the highest in two
// weeks" looks back). Months and years ("three months ago") stay chrono's, at their grain.

const COUNT_WORDS = new Map<string, number>(Object.entries(lexicon.countWords));
const OFFSET = new RegExp(
  `\\b(?:(in|within)\\s+)?(${alt(COUNT_WORDS.keys())}|\\d{1,3})\\s+(day|week|fortnight)s?\\b(?:\\s+(ago|back|from\\s+(?:now|today)|hence))?`,
  'gi',
);

function readOffsets(norm: string, ref: Ymd | null, prefer: Prefer | undefined): DateAtom[] {
  const out: DateAtom[] = [];
  OFFSET.lastIndex = 0;
  for (let m; (m = OFFSET.exec(norm)); ) {
    const inWord = m[1]?.toLowerCase();
    const tail = m[4]?.toLowerCase();
    if (inWord === 'within' || (!tail && !inWord)) continue;
    if (inWord && !tail && prefer !== 'future' && !FUTURE.test(norm.slice(Math.max(0, m.index - 40), m.index))) continue;
    const start = tail ? m.index + (m[1] ? m[1].length + 1 : 0) : m.index;
    const end = m.index + m[0].length;
    if (tail && m[1]) {
      // "in 3 days ago" is not English; read the count and the tail only.
    }
    const count = /^\d/.test(m[2]!) ? Number(m[2]) : COUNT_WORDS.get(m[2]!.toLowerCase())!;
    let unit = m[3]!.toLowerCase() as OffsetUnit | 'fortnight';
    let n = count;
    if (unit === 'fortnight') {
      unit = 'week';
      n *= 2;
    }
    const sign = tail === 'ago' || tail === 'back' ? -1 : 1;
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    out.push({ start, end, grain: 'day', date: offsetParts(ref, sign * n, unit), relative: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rolling periods: "the last three days", "the past 2 years", "the next two weeks" — the days
// from the reference shifted by the count up to the day before it (past) or from the day
// after it (future). A period (value null, from/to as days). "The following N days" follows a
// narrated event: unresolved.

const ROLLING = new RegExp(
  `\\b(last|past|previous|next|coming|following)\\s+(${alt(COUNT_WORDS.keys())}|\\d{1,3})\\s+(day|week|month|year)s\\b`,
  'gi',
);

function readRolling(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  ROLLING.lastIndex = 0;
  for (let m; (m = ROLLING.exec(norm)); ) {
    const start = m.index;
    const end = start + m[0].length;
    const mod = m[1]!.toLowerCase();
    const n = /^\d/.test(m[2]!) ? Number(m[2]) : COUNT_WORDS.get(m[2]!.toLowerCase())!;
    if (n < 1) continue;
    if (!ref || mod === 'following') {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true, noValue: true });
      continue;
    }
    const unit = m[3]!.toLowerCase() as OffsetUnit;
    const r = dayNumber(ref.year, ref.month, ref.day);
    const future = mod === 'next' || mod === 'coming';
    const date = future ? dayParts(r + 1) : offsetParts(ref, -n, unit);
    const to = future ? offsetParts(ref, n, unit) : dayParts(r - 1);
    out.push({ start, end, grain: 'day', date, to, noValue: true, relative: true });
  }
  return out;
}

// Quarters: "the third quarter of 2018", "Q3 2018", "2018Q4", "this/next/last quarter". An
// ordinal quarter needs a year ("the fourth quarter" alone is as often a game's).

const QUARTER_ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const QUARTER = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|qtr)|Q([1-4]))(?:\s+(?:of\s+)?(?:(\d{4})|(this|next|last)\s+year)\b)?|\b(\d{4})\s?Q([1-4])\b|\b(this|next|last|current|previous|coming)\s+(?:quarter|qtr)\b/gi;

function readQuarters(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  QUARTER.lastIndex = 0;
  for (let m; (m = QUARTER.exec(norm)); ) {
    let year: number | null = null;
    let q: number;
    let relative = false;
    if (m[5]) {
      year = Number(m[5]);
      q = Number(m[6]);
    } else if (m[7]) {
      if (!ref) continue;
      const mod = m[7].toLowerCase();
      const k = ref.year * 4 + Math.floor((ref.month - 1) / 3) + (mod === 'next' || mod === 'coming' ? 1 : mod === 'last' || mod === 'previous' ? -1 : 0);
      year = Math.floor(k / 4);
      q = (k % 4) + 1;
      relative = true;
    } else {
      q = m[1] ? QUARTER_ORD[m[1].toLowerCase()]! : Number(m[2]);
      if (m[3]) year = Number(m[3]);
      else if (m[4] && ref) {
        const mod = m[4].toLowerCase();
        year = ref.year + (mod === 'next' ? 1 : mod === 'last' ? -1 : 0);
        relative = true;
      } else continue;
    }
    const first = (q - 1) * 3 + 1;
    const date: CalendarParts = { year, month: first, day: null, grain: 'month', inferred: relative };
    const to: CalendarParts = { year, month: first + 2, day: null, grain: 'month', inferred: relative };
    out.push({ start: m.index, end: m.index + m[0].length, grain: 'month', date, to, noValue: true, relative });
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
const DAY_OF_REL_MONTH = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+day)?\s+of\s+(?:the\s+)?(this|next|last|previous|current|coming)\s+month\b/gi;

function readDayOfRelMonth(norm: string, ref: Ymd | null): DateAtom[] {
  const out: DateAtom[] = [];
  DAY_OF_REL_MONTH.lastIndex = 0;
  for (let m; (m = DAY_OF_REL_MONTH.exec(norm)); ) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!ref) {
      out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    const mod = m[2]!.toLowerCase();
    const ym = monthParts(ref, mod === 'next' || mod === 'coming' ? 1 : mod === 'last' || mod === 'previous' ? -1 : 0);
    out.push({ start, end, grain: 'day', date: { ...ym, day, grain: 'day' }, relative: true });
  }
  return out;
}

function readNthWeekday(norm: string, ref: Ymd | null, prefer: Prefer | undefined): DateAtom[] {
  const out: DateAtom[] = [];
  NTH_WEEKDAY.lastIndex = 0;
  for (let m; (m = NTH_WEEKDAY.exec(norm)); ) {
    const nth = NTH[m[1]!.toLowerCase()]!;
    const weekday = WEEKDAYS.get(m[2]!.toLowerCase())!;
    let year: number | null = null;
    let month: number;
    if (m[3]) {
      if (!ref) continue;
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
// Lower-case "may"/"march" before a day ("march 3", "march 3rd, 2015"), "the 1st of march":
// a day number right beside the month and nothing word-like after it.

const LOWER_MONTH_DAY = /\b(may|march|mar\.?)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[a-z%$-]|\d|\.\d))(?:,?\s+(\d{4})\b)?/g;
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
  return out;
}

// ---------------------------------------------------------------------------------------------
// Holidays with a fixed or computed Gregorian date ("Christmas", "Thanksgiving 2014",
// "last Easter"). A year after it or last/next/this before it places it; otherwise the
// year-less date follows the usual policy (closest, or the caller's `prefer`).

const HOLIDAYS = new Map<string, HolidayRule>(Object.entries(lexicon.holidays as unknown as Record<string, HolidayRule>));
const HOLIDAY = new RegExp(
  `\\b(?:(last|next|this)\\s+)?(${alt([...HOLIDAYS.keys()].map((h) => h.replace(/'/g, "['’]?").replace(/-/g, '[-\\s]?').replace(/ /g, '\\s+')))})\\b(?:\\s+day\\b)?(?:,?\\s+(?:of\\s+|in\\s+)?(\\d{4})\\b|\\s+of\\s+(last|next|this)\\s+year\\b)?`,
  'gi',
);
const OTHER_CALENDAR = /\b(?:chinese|lunar|orthodox|persian|parsi|jewish|julian|vietnamese|korean|tamil|thai|ethiopian|coptic)\s+$/i;
const holidayKey = (s: string) => s.toLowerCase().replace(/['’]/g, '').replace(/[-\s]+/g, ' ');
const HOLIDAY_KEYS = new Map<string, HolidayRule>([...HOLIDAYS].map(([k, v]) => [holidayKey(k), v]));

function readHolidays(norm: string, ref: Ymd | null, prefer: Prefer | undefined): DateAtom[] {
  const out: DateAtom[] = [];
  HOLIDAY.lastIndex = 0;
  for (let m; (m = HOLIDAY.exec(norm)); ) {
    const rule = HOLIDAY_KEYS.get(holidayKey(m[2]!));
    if (!rule) continue;
    // "Chinese New Year", "Orthodox Easter", "Lunar New Year's Day": another calendar's.
    if (!m[1] && OTHER_CALENDAR.test(norm.slice(Math.max(0, m.index - 24), m.index))) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const mod = (m[1]?.toLowerCase() ?? null) as 'last' | 'next' | 'this' | null;
    const ofYear = m[4]?.toLowerCase();
    if (ofYear && !ref) continue;
    const written = m[3] ? Number(m[3]) : ofYear && ref ? ref.year + (ofYear === 'next' ? 1 : ofYear === 'last' ? -1 : 0) : null;
    const range = resolveHoliday(rule, written, mod, ref, prefer);
    if (!range) {
      if (written === null) out.push({ start, end, grain: 'day', date: unknownParts('day'), relative: true, unresolved: true });
      continue;
    }
    const rel = !m[3];
    const date = { ...dayParts(range[0]), inferred: rel };
    if (range[1] > range[0]) out.push({ start, end, grain: 'day', date, to: { ...dayParts(range[1]), inferred: rel }, noValue: true, relative: rel });
    else out.push({ start, end, grain: 'day', date, relative: rel });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const SYNTAX: IntervalSyntax = {
  joiner: /^\s*(?:-|to|until|till|through|and)\s*$/i,
  pairedJoiner: /^and$/i,
  opener: /\b(?:between|from)\s+$/i,
  bareDay: /(\d{1,2})(?:st|nd|rd|th)?\s*(-|to|until|till|through|and)\s*$/i,
};

export const englishDateReader: DateReader = {
  read(t: NormalizedText, ctx: DateContext): DateAtom[] {
    const ref = parseIsoDay(ctx.reference);
    const n = t.norm;
    return [
      ...readChrono(n, ref, false, ctx.prefer, ctx.nextWeekday),
      ...readDayMonths(n),
      ...readYears(n),
      ...readMonths(n, ref),
      ...readWeeks(n, ref),
      ...readDecades(n),
      ...readOffsets(n, ref, ctx.prefer),
      ...readRolling(n, ref),
      ...readNthWeekday(n, ref, ctx.prefer),
      ...readDayOfRelMonth(n, ref),
      ...readQuarters(n, ref),
      ...readLowerMonths(n),
      ...readHolidays(n, ref, ctx.prefer),
      ...(ctx.shortNumeric ? readShort(n) : []),
    ];
  },
};

export function extractDates(t: NormalizedText, ctx: DateContext): DateMention[] {
  return buildMentions(t, englishDateReader.read(t, ctx), ctx, SYNTAX);
}

/** See extract/dates/reference.ts for the rule. */
export function findReferenceDate(t: NormalizedText): string | null {
  // Only full day-month-year dates can be a reference, and those all carry a year: reading
  // just the windows with one spares a second full pass of chrono over the document.
  const n = t.norm;
  return referenceFromAtoms(n, [...readChrono(n, null, true), ...readDayMonths(n)]);
}
