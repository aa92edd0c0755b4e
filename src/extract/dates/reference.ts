/**
 * The date a document gives itself (publication date / dateline), from the full dates it
 * writes out. Only day-month-year dates with every part written count: a year-less or
 * relative date is read FROM the reference and cannot also define it.
 *
 * The rule, in order:
 * 1. The first full date in the document's head (its first three non-empty lines, at most
 *    300 characters): datelines and bylines live there ("PARIS, Dec 2, 2019 —",
 *    «الصحيفة - و.م.ع / السبت 9 شتنبر 2023», «نظم …، يوم الاثنين 2 ديسمبر 2019، …»).
 * 2. Else the latest full date that stands at the start or at the end of its line: photo
 *    captions, embedded posts ("— Name (@handle) December 2, 2019") and sign-offs carry the
 *    day of publication; the latest, because a caption may also date an older photo.
 * 3. Else the latest full date anywhere: a report comes after the events it dates in full, so
 *    the latest of them is the closest lower bound of its own date, and year-less dates of the
 *    same story are resolved near it — what a reader does.
 * Null when the document writes no full date.
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
const HEAD_CHARS = 300;
/** What may stand between a line edge and a dateline date: punctuation, dashes, spaces. */
const EDGE = /^[\s\p{P}\p{S}]*$/u;

function headEnd(norm: string): number {
  let pos = 0;
  let lines = 0;
  let first = -1;
  while (pos < norm.length && lines < HEAD_LINES) {
    let nl = norm.indexOf('\n', pos);
    if (nl < 0) nl = norm.length;
    if (norm.slice(pos, nl).trim()) {
      if (first < 0) first = pos;
      lines++;
    }
    pos = nl + 1;
  }
  if (first < 0) return 0;
  return Math.min(Math.min(pos, norm.length), first + HEAD_CHARS);
}

function atLineEdge(norm: string, c: ReferenceCandidate): boolean {
  const ls = norm.lastIndexOf('\n', c.start - 1) + 1;
  let le = norm.indexOf('\n', c.end);
  if (le < 0) le = norm.length;
  return EDGE.test(norm.slice(ls, c.start)) || EDGE.test(norm.slice(c.end, le));
}

function latest(cs: ReferenceCandidate[]): string | null {
  let best: string | null = null;
  for (const c of cs) if (best === null || c.value > best) best = c.value;
  return best;
}

export function pickReferenceDate(norm: string, candidates: ReferenceCandidate[]): string | null {
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const head = headEnd(norm);
  const inHead = sorted.find((c) => c.end <= head);
  if (inHead) return inHead.value;
  return latest(sorted.filter((c) => atLineEdge(norm, c))) ?? latest(sorted);
}

/** Candidates among a reader's atoms: written day-month-year dates, nothing inferred or relative. */
export function referenceFromAtoms(norm: string, atoms: DateAtom[]): string | null {
  const cands: ReferenceCandidate[] = [];
  for (const a of atoms) {
    const d = a.date;
    if (a.to || a.relative || a.unresolved || a.noValue || d.inferred || d.grain !== 'day') continue;
    if (d.year === null || d.month === null || d.day === null || !isValidDay(d.year, d.month, d.day)) continue;
    cands.push({ start: a.start, end: a.end, value: formatIso('day', d.year, d.month, d.day) });
  }
  return pickReferenceDate(norm, cands);
}
