/**
 * From atoms (normalised offsets, calendar parts as written) to the DateMention contract:
 * overlaps settled, periods joined, years inferred, values formatted, spans mapped back to the
 * original text. Shared by every language so that the output policy is one:
 *
 * - `value` is ISO at the grain's precision; null when the date cannot be resolved (a
 *   year-less date or a relative expression without a reference date, "three days later").
 *   Such mentions are kept, with their grain and text, because the contract allows it and a
 *   comparison can still see that a date was given.
 * - A period is ONE mention: `from`/`to` are its inclusive ends, each at the precision it was
 *   written in, and `value` = `from` at the mention's grain (the start is what stories
 *   compare: "protests began on 15 November"). Periods that are not a calendar unit of the
 *   grain (a week, a Hijri month) keep `value` null and give `from`/`to` as days.
 * - `inferred` is set when the year (or the whole date) came from the reference date.
 * - Impossible dates (31 April) are dropped: they are not dates.
 * - A half-open period ("since 15 November", "before 2014", «منذ أغسطس»: `half`, set by
 *   interval.ts) keeps `value` = the named date and sets `halfOpen`; its ends are inclusive:
 *   "since X" from X to the reference date (null without one, or when X is after it), "after
 *   X" from the unit after X, "until X" to X, "before X" to the unit before X, "X or later"
 *   (`onward`) from X; the open end is null. A year-less date after "since" is taken on or before the reference.
 * - An anaphoric atom ("later that year", "the following month", «في العام نفسه») takes its
 *   year (month) from the nearest date before it in the text — the last mention of a written
 *   date, of a named month or year, or of an anaphor already resolved (the end of a period) —
 *   not from the reference: stories narrate past years ("in March 2025 … in September that
 *   year"). Weekdays and days named from the reference are not antecedents of years and
 *   months. Day and week anaphors ("the next day", "two days later", "the following week",
 *   «في اليوم التالي», «الأسبوع التالي») take the last day narrated before them — a written
 *   day, a weekday, "yesterday", a period's last day — shifted (a week: its Monday–Sunday week);
 *   without one they stay what their reader made of them.
 * - An operator atom (`applies`: "two weeks before", "the week of") takes the date named from
 *   the reference or the holiday right after it ("two weeks before Christmas" is one day); a
 *   written date keeps its own mention under a shift, and an operator with nothing after it is
 *   dropped. "The week of" and an nth weekday ("the third Tuesday after Christmas 2014") take a
 *   written day too ("the week of April 10" is that week).
 */
import { originalSpan, type NormalizedText } from '../../text/normalize.js';
import type { DateMention } from '../../types.js';
import type { DateContext } from '../../lang/types.js';
import type { CalendarParts, DateAtom } from './atom.js';
import type { HolidayRule } from './holiday.js';
import { addMonths, dayNumber, daysInMonth, formatDay, formatIso, fromDayNumber, isValidDay, parseIsoDay, weekdayOf, type Ymd } from './calendar.js';
import { combineIntervals, type IntervalSyntax } from './interval.js';
import { closestYear, offsetParts, unitPart } from './relative.js';
import { holidayIn } from './holiday.js';

/** Sorted by start, overlaps settled in favour of the longer atom. */
export function dropOverlaps(atoms: DateAtom[]): DateAtom[] {
  const sorted = [...atoms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateAtom[] = [];
  let i = 0;
  while (i < sorted.length) {
    // A cluster of mutually chained overlaps: small, so greedy-by-length inside is cheap.
    let j = i + 1;
    let end = sorted[i]!.end;
    while (j < sorted.length && sorted[j]!.start < end) {
      end = Math.max(end, sorted[j]!.end);
      j++;
    }
    const cluster = sorted.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: DateAtom[] = [];
    for (const a of cluster) if (kept.every((k) => a.end <= k.start || a.start >= k.end)) kept.push(a);
    out.push(...kept.sort((a, b) => a.start - b.start));
    i = j;
  }
  return out;
}

interface Filled {
  year: number;
  month: number;
  day: number;
  inferred: boolean;
}

function fill(p: CalendarParts, year: number | null, inferred: boolean): Filled | null {
  if (year === null) return null;
  return { year, month: p.month ?? 1, day: p.day ?? 1, inferred };
}

function valid(p: CalendarParts, f: Filled): boolean {
  if (p.grain === 'day') return isValidDay(f.year, f.month, f.day);
  if (p.grain === 'month') return f.month >= 1 && f.month <= 12;
  return true;
}

/** Year of the first part of a date, from what is written, the period's other end or the reference. */
function firstYear(a: DateAtom, ref: Ymd | null, prefer?: DateContext['prefer']): { year: number | null; inferred: boolean } {
  const d = a.date;
  if (d.year !== null) return { year: d.year, inferred: !!d.inferred };
  if (a.to && a.to.year !== null) {
    const later = d.month !== null && a.to.month !== null && d.month > a.to.month;
    return { year: a.to.year - (later ? 1 : 0), inferred: !!a.to.inferred };
  }
  if (ref && d.month !== null) return { year: closestYear(ref, d.month, d.day, prefer), inferred: true };
  return { year: null, inferred: false };
}

function resolve(a: DateAtom, ref: Ymd | null, prefer?: DateContext['prefer']): Omit<DateMention, 'start' | 'end' | 'text'> | null {
  // What has run "since" a year-less date began before the story was written.
  if (a.half === 'since' && a.date.year === null) prefer = 'past';
  // "Disappeared in March": a year-less date narrated in the past lies before the reference.
  if (a.narratedPast && a.date.year === null && (prefer === undefined || prefer === 'closest')) prefer = 'past';
  const unresolved = { value: null, grain: a.grain, ...(a.to || a.noValue ? { from: null, to: null } : {}) };
  if (a.unresolved) return unresolved;
  const y = firstYear(a, ref, prefer);
  const from = fill(a.date, y.year, y.inferred);
  if (!from) return unresolved;
  if (!valid(a.date, from)) return null;
  let to: Filled | null = null;
  if (a.to) {
    const t = a.to;
    const month = t.month ?? from.month;
    const year = t.year ?? from.year + (month < from.month ? 1 : 0);
    to = fill({ ...t, month }, year, t.year === null ? from.inferred : !!t.inferred);
    if (!to || !valid({ ...t, month }, to)) return null;
  }
  // "Since" a date whose year was inferred: the start lies on or before the reference.
  if (a.half === 'since' && from.inferred && ref && dayNumber(from.year, from.month, from.day) > dayNumber(ref.year, ref.month, ref.day)) {
    const back = (x: Filled, p: CalendarParts): Filled | null => (valid(p, { ...x, year: x.year - 1 }) ? { ...x, year: x.year - 1 } : null);
    const f = back(from, a.date);
    const g = to && a.to ? back(to, a.to) : null;
    if (f && (!to || g)) {
      Object.assign(from, f);
      if (to && g) Object.assign(to, g);
    }
  }
  const m: Omit<DateMention, 'start' | 'end' | 'text'> = {
    value: a.noValue ? null : formatIso(a.grain, from.year, from.month, from.day),
    grain: a.grain,
  };
  if (to) {
    m.from = formatIso(a.date.grain, from.year, from.month, from.day);
    m.to = formatIso(a.to!.grain, to.year, to.month, to.day);
  }
  if (from.inferred || to?.inferred) m.inferred = true;
  if (a.half) halfEnds(m, a, from, to, ref);
  else if (a.within && a.within.from.year !== null && a.within.to.year !== null) {
    const w = a.within;
    m.from = formatIso(w.from.grain, w.from.year!, w.from.month ?? 1, w.from.day ?? 1);
    m.to = formatIso(w.to.grain, w.to.year!, w.to.month ?? 1, w.to.day ?? 1);
  } else if (a.partOf && (a.grain === 'month' || a.grain === 'year') && !a.to) {
    const [first, last] = unitPart(dayNumber(from.year, a.grain === 'month' ? from.month : 1, 1), a.grain, a.partOf, Number.NEGATIVE_INFINITY);
    m.from = formatDay(first);
    m.to = formatDay(last);
  }
  return m;
}

/**
 * The ends of a half-open period (see the header): inclusive, each at the precision of the end
 * of the date it comes from (a part of a month, «مطلع مارس», has its own first and last day),
 * the open one null; "since" ends at the reference date when that is not before its start.
 */
function halfEnds(m: Omit<DateMention, 'start' | 'end' | 'text'>, a: DateAtom, f: Filled, t: Filled | null, ref: Ymd | null): void {
  const step = (g: CalendarParts['grain'], x: Filled, delta: number): string => {
    if (g === 'day') return formatDay(dayNumber(x.year, x.month, x.day) + delta);
    if (g === 'month') {
      const y = addMonths(x.year, x.month, delta);
      return formatIso('month', y.year, y.month);
    }
    return formatIso('year', x.year + delta);
  };
  let first = step(a.date.grain, f, 0);
  let last = t ? step(a.to!.grain, t, 0) : first;
  // A part of a month or year ends at the part's days where they are not the unit's own
  // ("after mid-May" from 21 May, "since late March" from 21 March; "until the end of 2020"
  // stays to 2020, "since the start of 2019" from 2019).
  let before = (): string => step(a.date.grain, f, -1);
  let after = (): string => (t ? step(a.to!.grain, t, 1) : step(a.date.grain, f, 1));
  if (a.partOf && !t && (a.grain === 'month' || a.grain === 'year')) {
    const [p, q] = unitPart(dayNumber(f.year, a.grain === 'month' ? f.month : 1, 1), a.grain, a.partOf, Number.NEGATIVE_INFINITY);
    if (a.partOf !== 'early') {
      first = formatDay(p);
      before = () => formatDay(p - 1);
    }
    if (a.partOf === 'early' || a.partOf === 'mid') {
      last = formatDay(q);
      after = () => formatDay(q + 1);
    }
  }
  m.halfOpen = true;
  if (a.half === 'since') {
    const r = ref ? formatIso('day', ref.year, ref.month, ref.day) : null;
    m.from = first;
    m.to = r && dayNumber(ref!.year, ref!.month, ref!.day) >= dayNumber(f.year, f.month, f.day) ? r : null;
  } else if (a.half === 'onward') {
    m.from = first;
    m.to = null;
  } else if (a.half === 'after') {
    m.from = after();
    m.to = null;
  } else {
    m.from = null;
    m.to = a.half === 'until' ? last : before();
  }
}

/**
 * The original span of a normalised one, with the marks normalisation dropped right after it
 * (tatweel of «هـ», tanween of «غداً»): they belong to the last word.
 */
function spanOf(t: NormalizedText, start: number, end: number): { start: number; end: number; text: string } {
  const o = originalSpan(t, start, end);
  let e = o.end;
  while (e < t.original.length && e - o.end < 8 && /[\u0640\p{M}]/u.test(t.original[e]!)) e++;
  return e === o.end ? o : { start: o.start, end: e, text: t.original.slice(o.start, e) };
}

/** An operator atom ("3 days after", "the week of") applied to the resolved date after it. */
function apply(op: NonNullable<DateAtom['applies']>, r: Omit<DateMention, 'start' | 'end' | 'text'>, ctx: DateContext): Omit<DateMention, 'start' | 'end' | 'text'> {
  const inferred = r.inferred ? { inferred: true } : {};
  if ('closestHoliday' in op) return nearestHoliday(op.closestHoliday.n, op.closestHoliday.rule, r, ctx, inferred);
  const d = parseIsoDay(r.value);
  if ('weekOf' in op) {
    if (!d) return { value: null, grain: 'day', from: null, to: null };
    const n = dayNumber(d.year, d.month, d.day);
    const monday = n - ((weekdayOf(n) + 6) % 7);
    return { value: null, grain: 'day', from: formatDay(monday), to: formatDay(monday + 6), ...inferred };
  }
  if (!d) return { value: null, grain: 'day' };
  if ('nthWeekday' in op) {
    const { n: k, weekday } = op.nthWeekday;
    const n = dayNumber(d.year, d.month, d.day);
    const day = k > 0 ? n + 1 + ((weekday - weekdayOf(n + 1) + 7) % 7) + 7 * (k - 1) : n - 1 - ((weekdayOf(n - 1) - weekday + 7) % 7) + 7 * (k + 1);
    return { value: formatDay(day), grain: 'day', ...inferred };
  }
  if ('closestWeekday' in op) {
    const { n: k, weekday } = op.closestWeekday;
    const n = dayNumber(d.year, d.month, d.day);
    // That weekday on or after the date, then the ones around it by distance (the earlier first at a tie).
    const next = n + ((weekday - weekdayOf(n) + 7) % 7);
    const around: number[] = [];
    for (let j = -k; j <= k; j++) around.push(next + 7 * j);
    around.sort((a, b) => Math.abs(a - n) - Math.abs(b - n) || a - b);
    return { value: formatDay(around[k - 1]!), grain: 'day', ...inferred };
  }
  const p = offsetParts(d, op.shift.count, op.shift.unit);
  return { value: formatIso('day', p.year!, p.month!, p.day!), grain: 'day', ...inferred };
}

/**
 * The `k`th occurrence of a holiday nearest the resolved date `r` (a day, month or year: the
 * distance is to its days), the earlier first at a tie; a holiday of several days as a period.
 */
function nearestHoliday(k: number, rule: HolidayRule, r: Omit<DateMention, 'start' | 'end' | 'text'>, ctx: DateContext, inferred: { inferred?: boolean }): Omit<DateMention, 'start' | 'end' | 'text'> {
  const none = { value: null, grain: 'day' as const };
  const v = r.value;
  if (!v || !/^\d{4}(?:-\d\d){0,2}$/.test(v)) return none;
  const y = Number(v.slice(0, 4));
  const m = v.length >= 7 ? Number(v.slice(5, 7)) : null;
  const first = dayNumber(y, m ?? 1, v.length === 10 ? Number(v.slice(8, 10)) : 1);
  const last = v.length === 10 ? first : m !== null ? dayNumber(y, m, daysInMonth(y, m)) : dayNumber(y, 12, 31);
  // A table of some years (Super Tuesday) is searched whole; a rule, the years around the date.
  const years = 'dates' in rule ? Object.keys(rule.dates).map(Number) : Array.from({ length: 2 * k + 3 }, (_, i) => y - k - 1 + i);
  const dist = (o: [number, number]) => (o[0] > last ? o[0] - last : o[1] < first ? first - o[1] : 0);
  const all = years.flatMap((year) => holidayIn(rule, year, ctx.hijriCalendar, ctx.feastDays)).sort((a, b) => dist(a) - dist(b) || a[0] - b[0]);
  const o = all[k - 1];
  if (!o) return none;
  return o[1] > o[0] ? { value: null, grain: 'day', from: formatDay(o[0]), to: formatDay(o[1]), ...inferred } : { value: formatDay(o[0]), grain: 'day', ...inferred };
}

interface Anchor {
  year: number;
  month: number | null;
}

/** The atom with its year (and month) taken from the antecedent; unchanged when it cannot. */
function anchored(a: DateAtom, anchor: Anchor | null, dayAnchor: Ymd | null): DateAtom {
  const op = a.anaphor;
  if (!op) return a;
  if (op.unit === 'week' || op.unit === 'day') {
    if (!dayAnchor) return a;
    const day = (k: number): CalendarParts => ({ ...fromDayNumber(k), grain: 'day', inferred: true });
    const { unresolved: _u, noValue: _n, to: _t, ...rest } = a;
    if (op.unit === 'day') {
      const n = dayNumber(dayAnchor.year, dayAnchor.month, dayAnchor.day);
      // "The following Friday": the first such day after it.
      if (op.weekday !== undefined) return { ...rest, grain: 'day', date: day(n + 1 + ((op.weekday - ((weekdayOf(n + 1) + 6) % 7) + 7) % 7)) };
      return { ...rest, grain: 'day', date: day(n + op.delta) };
    }
    const n = dayNumber(dayAnchor.year, dayAnchor.month, dayAnchor.day) + 7 * op.delta;
    const monday = n - ((weekdayOf(n) + 6) % 7);
    if (op.weekday !== undefined) return { ...rest, grain: 'day', date: day(monday + op.weekday) };
    if (op.weekend) return { ...rest, grain: 'day', date: day(monday + 5), to: day(monday + 6), noValue: true };
    if (op.part) {
      const [first, last] = unitPart(monday, 'week', op.part, monday);
      return { ...rest, grain: 'day', date: day(first), to: day(last), noValue: true };
    }
    return { ...rest, grain: 'day', date: day(monday), to: day(monday + 6), noValue: true };
  }
  if (!anchor) return a;
  if (op.unit === 'month') {
    if (anchor.month === null) return a;
    const m = addMonths(anchor.year, anchor.month, op.delta);
    const { to: _to, unresolved: _u, noValue: _n, ...rest } = a;
    return { ...rest, grain: 'month', date: { year: m.year, month: m.month, day: null, grain: 'month', inferred: true } };
  }
  const year = anchor.year + op.delta;
  const shift = a.date.year === null ? 0 : year - a.date.year;
  const { unresolved: _u, ...rest } = a;
  const out: DateAtom = { ...rest, date: { ...a.date, year, inferred: true } };
  if (a.grain === 'year' && a.date.month === null) out.date = { year, month: null, day: null, grain: 'year', inferred: true };
  if (a.to && a.to.year !== null) out.to = { ...a.to, year: a.to.year + shift, inferred: true };
  return out;
}

/**
 * The antecedent a resolved mention offers to the anaphors after it, if any. An anaphoric
 * year keeps the month narrated before it ("in March 2025 … the following year, in the same
 * month" is March 2026).
 */
function anchorOf(a: DateAtom, m: Omit<DateMention, 'start' | 'end' | 'text'>, prev: Anchor | null): Anchor | null {
  if (a.relative && !a.anaphor && a.grain === 'day') return null;
  // A half-open period's other end is the reference or open: the named date is the antecedent.
  const iso = a.half ? m.value : m.to ?? m.value ?? m.from;
  const x = iso ? /^(\d{4})(?:-(\d{2}))?/.exec(iso) : null;
  if (!x) return null;
  const month = x[2] ? Number(x[2]) : a.anaphor?.unit === 'year' && a.grain === 'year' ? prev?.month ?? null : null;
  return { year: Number(x[1]), month };
}

/**
 * The day a resolved mention offers to day and week anaphors after it ("the next day", "the
 * following week"): its day, or a period's last day; a weekday or "yesterday" too (narrated
 * days: "on Sunday … the next day"), but not the reference end of "since X".
 */
function dayAnchorOf(a: DateAtom, m: Omit<DateMention, 'start' | 'end' | 'text'>): Ymd | null {
  // (A part of a month or year, "late March", names no day to count from.)
  const iso = a.half || a.partOf ? m.value : m.to ?? m.value;
  return iso && iso.length === 10 ? parseIsoDay(iso) : null;
}

/** The shared tail of every language's `extractDates`. */
/**
 * DateContext.nextPeriod 'start' (extract/dates/options.ts): "next week/month/year" said alone
 * (not the end of a period nor a half-open one: a joined period is a new atom) is its first day.
 */
function firstDayOf(a: DateAtom): DateAtom {
  if (!a.nextUnit || a.half || a.unresolved || a.date.year === null) return a;
  const day: DateAtom = { ...a, grain: 'day', date: { ...a.date, month: a.date.month ?? 1, day: a.date.day ?? 1, grain: 'day' } };
  delete day.to;
  delete day.noValue;
  return day;
}

export function buildMentions(t: NormalizedText, atoms: DateAtom[], ctx: DateContext, syntax: IntervalSyntax): DateMention[] {
  const ref = parseIsoDay(ctx.reference);
  const out: DateMention[] = [];
  const list = combineIntervals(t.norm, dropOverlaps(atoms), syntax);
  let anchor: Anchor | null = null;
  let dayAnchor: Ymd | null = null;
  for (let i = 0; i < list.length; i++) {
    const raw = list[i]!;
    const a = anchored(raw, anchor, dayAnchor);
    // A reference fallback after a narrated date it cannot take ("in 2015 … that weekend"): no date we can tell.
    if (a === raw && a.fallback && (anchor || dayAnchor)) continue;
    // "That year" with nothing narrated before it names no year we can tell.
    if (a.anaphor && a.unresolved && a.anaphor.delta === 0 && a.date.year === null && a.date.month === null) continue;
    if (a.optional && a.unresolved) continue;
    if (a.applies) {
      // Only on a single day right after it (the operator's span ends where the date starts),
      // and only one named from the reference or a holiday ("two weeks before Christmas"):
      // a written date keeps its own mention ("two days after 15 November" reports 15
      // November, the date as the story wrote it, which is what versions are compared on).
      const b = list[i + 1];
      // "The week of April 10" names that week whatever the date: a written day too; so does
      // "the first Monday after 15 May".
      const own = b && (b.relative || 'weekOf' in a.applies || 'nthWeekday' in a.applies || 'closestWeekday' in a.applies || 'closestHoliday' in a.applies);
      // (The holiday nearest a date may be nearest a month or a year: "… to 2019".)
      const grainOk = b && (b.grain === 'day' || 'closestHoliday' in a.applies);
      if (b && own && grainOk && !b.applies && !b.to && !b.noValue && /^\s*$/.test(t.norm.slice(a.end, b.start))) {
        const r = resolve(b, ref, ctx.prefer);
        if (r) out.push({ ...spanOf(t, a.start, b.end), ...apply(a.applies, r, ctx) });
        i++;
      }
      continue;
    }
    const r = resolve(ctx.nextPeriod === 'start' ? firstDayOf(a) : a, ref, ctx.prefer);
    if (!r) continue;
    out.push({ ...spanOf(t, a.start, a.end), ...r });
    // A reference fallback left as it was ("the same year" with nothing before it) narrates nothing.
    if (a === raw && a.fallback) continue;
    anchor = anchorOf(a, r, anchor) ?? anchor;
    dayAnchor = dayAnchorOf(a, r) ?? dayAnchor;
  }
  return out;
}
