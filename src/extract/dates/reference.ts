/**
 * The date a document gives itself (publication date / dateline), from the full dates it
 * writes out. Only day-month-year dates with every part written count: a year-less or
 * relative date is read FROM the reference and cannot also define it. Only a dateline or a
 * publication line can give it — never a date of the running text, which dates the events
 * told (often older ones: "last year, on 25 June 2024, …").
 *
 * The rule, in order:
 * 1. The top of the document: a date in the first sentence of one of its short first lines
 *    (title, byline, a date line: "By A. Writer, 3 March 2020", «الأربعاء 3 تموز/يوليو 2026»),
 *    or near the start of the first sentence of the lead (the first paragraph among the first
 *    three lines: a long line, or one that ends a sentence):
 *    "NAIROBI, July 3 (Wire) —", «نيروبي - 3 تموز/يوليو -», «نظم …، يوم الاثنين 2 ديسمبر 2019، …».
 * 2. Else the first date right after a publication cue of the language ("Published 3 July
 *    2026", "Updated:", «نشر في», «آخر تحديث»), anywhere.
 * 3. Else the latest date that ends its line with nothing after it (photo captions, embedded
 *    posts "— Name (@handle) December 2, 2019", sign-offs) or stands on a line alone: the
 *    latest, because a caption may also date an older photo. A date closing a sentence
 *    ("… on 25 June 2024.") is running text and does not count.
 * Null otherwise: a document without a dateline has no date of its own.
 */
import type { DateAtom } from './atom.js';
import { formatIso, isValidDay } from './calendar.js';

export interface ReferenceCandidate {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** YYYY-MM-DD */
  value: string;
}

const HEAD_LINES = 3;
/** A line this long or shorter, not ending a sentence, is a title, byline or date line. */
const SHORT_LINE = 120;
/** A dateline date starts within this many characters of the lead's start. */
const LEAD_CHARS = 100;
/** What may remain on a line beside a date for it to be a date line alone. */
const ALONE_CHARS = 40;
/** A publication cue stands within this many characters of its line's start. */
const CUE_CHARS = 120;
/** A sentence end (not the dot of an initial: "U.S. officials"). */
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?؟](?=\s)/u;

interface Line {
  start: number;
  end: number;
}

function lineOf(norm: string, pos: number): Line {
  const start = norm.lastIndexOf('\n', pos - 1) + 1;
  let end = norm.indexOf('\n', pos);
  if (end < 0) end = norm.length;
  return { start, end };
}

/** The head lines: the first non-empty lines, up to three, ending with the lead (the first paragraph). */
function headLines(norm: string): Array<Line & { short: boolean }> {
  const out: Array<Line & { short: boolean }> = [];
  let pos = 0;
  while (pos < norm.length && out.length < HEAD_LINES) {
    let nl = norm.indexOf('\n', pos);
    if (nl < 0) nl = norm.length;
    const text = norm.slice(pos, nl);
    const trimmed = text.trim();
    if (trimmed) {
      const lead = pos + text.length - text.trimStart().length;
      // A line that ends a sentence is a paragraph (the lead), whatever its length.
      const short = trimmed.length <= SHORT_LINE && !/[.!?؟]$/.test(trimmed);
      out.push({ start: lead, end: nl, short });
      if (!short) break;
    }
    pos = nl + 1;
  }
  return out;
}

function inHead(norm: string, c: ReferenceCandidate, head: Array<Line & { short: boolean }>): boolean {
  const line = head.find((l) => c.start >= l.start && c.end <= l.end);
  if (!line) return false;
  if (!line.short && c.start - line.start > LEAD_CHARS) return false;
  return !SENTENCE_END.test(norm.slice(line.start, c.start));
}

function latest(cs: ReferenceCandidate[]): string | null {
  let best: string | null = null;
  for (const c of cs) if (best === null || c.value > best) best = c.value;
  return best;
}

/**
 * The cue words alone (same flags) of each publicationCue: a text without one cannot match the
 * cue, whose classes (case-insensitive \p{L}) are slow to compile and run — tested first.
 */
const CUE_WORDS = new WeakMap<RegExp, RegExp>();

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * The publication cue of a language from its (folded) cue words: a cue opening the line or
 * after a separator ("By A. Writer | Published"), then at most two words ("on Monday,",
 * «في», «بتاريخ») before the date.
 */
export function publicationCue(words: string[]): RegExp {
  const alt = [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  const cue = new RegExp(`(?:^|[|•·-])[\\s\\p{P}]*(?:${alt})(?![\\p{L}\\p{N}])[^\\p{L}.!?؟\\n]{0,6}(?:\\p{L}+[^\\p{L}.!?؟\\n]{1,6}){0,2}$`, 'iu');
  CUE_WORDS.set(cue, new RegExp(alt, 'iu'));
  return cue;
}


/**
 * `cue`: the language's publication cue, matched against the text before a date on its line
 * (it should be anchored at the end: /(?:published|updated)\W*$/i).
 */
export function pickReferenceDate(norm: string, candidates: ReferenceCandidate[], cue?: RegExp): string | null {
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const head = headLines(norm);
  const top = sorted.find((c) => inHead(norm, c, head));
  if (top) return top.value;
  if (cue) {
    const words = CUE_WORDS.get(cue);
    const cued = sorted.find((c) => {
      const line = lineOf(norm, c.start);
      if (c.start - line.start > CUE_CHARS) return false;
      const before = norm.slice(line.start, c.start);
      return (!words || words.test(before)) && cue.test(before);
    });
    if (cued) return cued.value;
  }
  const edge = sorted.filter((c) => {
    const line = lineOf(norm, c.start);
    const before = norm.slice(line.start, c.start);
    const after = norm.slice(c.end, line.end);
    if (!after.trim()) return true;
    return before.trim().length + after.trim().length <= ALONE_CHARS && !SENTENCE_END.test(`${before} ${after} `);
  });
  return latest(edge);
}

/** Candidates among a reader's atoms: written day-month-year dates, nothing inferred or relative. */
export function referenceFromAtoms(norm: string, atoms: DateAtom[], cue?: RegExp): string | null {
  const cands: ReferenceCandidate[] = [];
  for (const a of atoms) {
    const d = a.date;
    if (a.to || a.relative || a.unresolved || a.noValue || d.inferred || d.grain !== 'day') continue;
    if (d.year === null || d.month === null || d.day === null || !isValidDay(d.year, d.month, d.day)) continue;
    cands.push({ start: a.start, end: a.end, value: formatIso('day', d.year, d.month, d.day) });
  }
  return pickReferenceDate(norm, cands, cue);
}
