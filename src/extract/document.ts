/**
 * One document through the pipeline: normalise → language → dates, entities, numbers → claims.
 *
 * A document may mix languages (an Arabic report quoting an English statement, a bilingual
 * press release). When more than one language with an extractor holds a real share of the
 * paragraphs, each paragraph is attributed to its own language, each language's extractors run
 * over the document, and each keeps only what lies in its own paragraphs. The document's
 * `language` is the main one; `languages` lists the shares.
 */
import type { Claim, DateMention, DocumentExtraction, EntityMention, ExtractOptions, LanguageInfo } from '../types.js';
import { normalize, type NormalizedText } from '../text/normalize.js';
import { countLetters } from '../text/letters.js';
import { detectLanguage, languageInfo } from '../language/detect.js';
import { pluginFor } from '../lang/index.js';
import type { LanguagePlugin } from '../lang/types.js';
import { extractClaims } from './claims.js';
import { linkSurnamesAcrossParts } from './entities/link.js';
import { lowerBound } from '../text/lower-bound.js';

/**
 * Documents longer than this (UTF-16 units) are extracted in parts of about this size, cut at a
 * paragraph break (else a line break, a sentence end, a space). The extractors keep per-token
 * state worth ~100 bytes per character, so a 50 MB file read whole would need gigabytes;
 * in parts, memory stays that of one part plus the results. A part of 256 K characters is
 * longer than any news story, so documents people compare are never cut.
 */
export const PART_SIZE = 1 << 18;

/** A language must cover this share of the letters to be extracted in a mixed document. */
const MIN_SHARE = 0.1;
/** Paragraphs shorter than this (letters) take the language of their neighbours. */
const MIN_PARAGRAPH_LETTERS = 20;

interface Extracted {
  claims: Claim[];
  dates: DateMention[];
  entities: EntityMention[];
}

function languageFromOption(code: string): LanguageInfo {
  const plugin = pluginFor(code);
  if (plugin) return languageInfo(plugin.iso6393[0]!, 1, { reason: '--lang' });
  return { code, iso6393: code.length === 3 ? code : 'und', confidence: 1, reason: '--lang' };
}

/**
 * A name inside a date is the date's ("Eid al-Fitr 1445", "Independence Day", «عيد الأضحى»): the
 * name of a feast or an event, which the pairs' gold, too, does not count as an entity.
 */
function outsideDates(entities: EntityMention[], dates: readonly DateMention[]): EntityMention[] {
  if (dates.length === 0 || entities.length === 0) return entities;
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  return entities.filter((e) => {
    const x = lowerBound(sorted, e.start + 1, (d) => d.end);
    return !(x < sorted.length && sorted[x]!.start <= e.start && e.end <= sorted[x]!.end);
  });
}

/** The options of an extraction that the date readers take (DateContext). */
type DateOptions = Pick<ExtractOptions, 'hijriCalendar' | 'locale' | 'periods' | 'feastDays' | 'nextPeriod'>;

function runPlugin(plugin: LanguagePlugin, t: NormalizedText, reference: string | null, o: DateOptions): Extracted {
  const dates = plugin.dates(t, {
    reference,
    ...(o.hijriCalendar ? { hijriCalendar: o.hijriCalendar } : {}),
    ...(o.locale ? { locale: o.locale } : {}),
    ...(o.periods ? { periods: o.periods } : {}),
    ...(o.feastDays ? { feastDays: o.feastDays } : {}),
    ...(o.nextPeriod ? { nextPeriod: o.nextPeriod } : {}),
  });
  const entities = outsideDates(plugin.entities(t), dates);
  const numbers = plugin.numbers(t);
  const claims = extractClaims(t, plugin, { numbers, dates, entities, reference });
  return { claims, dates, entities };
}

interface Paragraph {
  start: number;
  end: number;
  letters: number;
  code: string;
}

/** Paragraphs (line-separated blocks) with their language; short ones inherit a neighbour's. */
function paragraphLanguages(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m; (m = re.exec(text)); ) {
    const end = m.index + m[0].length;
    const letters = countLetters(text, m.index, end).letters;
    if (letters === 0) continue;
    const code = letters >= MIN_PARAGRAPH_LETTERS ? detectLanguage(m[0]).code : 'und';
    out.push({ start: m.index, end, letters, code });
  }
  // A language of a few stray paragraphs (a caption misread as Malay) is noise: those
  // paragraphs, like the short ones, take the language of their neighbours.
  const letters = new Map<string, number>();
  let total = 0;
  for (const p of out) {
    letters.set(p.code, (letters.get(p.code) ?? 0) + p.letters);
    total += p.letters;
  }
  const minor = (code: string) => code === 'und' || (letters.get(code) ?? 0) / total < MIN_SHARE;
  // the nearest major language before each paragraph (else after it), in two linear passes
  const before: Array<string | undefined> = new Array(out.length);
  let last: string | undefined;
  for (let i = 0; i < out.length; i++) {
    before[i] = last;
    if (!minor(out[i]!.code)) last = out[i]!.code;
  }
  let next: string | undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    const own = out[i]!.code;
    if (minor(own)) out[i]!.code = before[i] ?? next ?? own;
    else next = own;
  }
  return out;
}

/** Shares of letters per language when the text mixes scripts; null when it does not. */
function mixedLanguages(text: string): Paragraph[] | null {
  const { latin, arabic, other, letters } = countLetters(text);
  const shares = [latin, arabic, other].filter((n) => n / letters >= MIN_SHARE);
  if (shares.length < 2) return null;
  return paragraphLanguages(text);
}

/** Items inside one of the paragraphs (sorted, disjoint): binary search, not a scan per item. */
function inParagraphs<T extends { start: number; end: number }>(items: T[], paras: readonly Paragraph[]): T[] {
  return items.filter((x) => {
    // the last paragraph starting at or before the item
    const at = lowerBound(paras, x.start + 1, (p) => p.start) - 1;
    return at >= 0 && x.end <= paras[at]!.end;
  });
}

/** Where a long text is cut into parts: [start, end) pairs covering it, see PART_SIZE. */
export function partBounds(text: string, size = PART_SIZE): Array<[number, number]> {
  size = Math.max(1, Math.floor(size));
  const out: Array<[number, number]> = [];
  let a = 0;
  while (text.length - a > size * 1.5) {
    const target = a + size;
    const limit = a + Math.floor(size * 1.5);
    let cut = -1;
    // the first break after the target, from the strongest kind to the weakest
    for (const re of [/\n[ \t\r]*\n/g, /\n/g, /[.!?\u061F\u06D4][)"'\u201D\u00BB]*\s/g, /\s/g]) {
      re.lastIndex = target;
      const m = re.exec(text);
      if (m && m.index < limit) {
        cut = m.index + m[0].length;
        break;
      }
    }
    if (cut < 0) {
      cut = target;
      // never between the two halves of a surrogate pair
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut++;
    }
    out.push([a, cut]);
    a = cut;
  }
  out.push([a, text.length]);
  return out;
}

/** A part's results moved to the whole document's coordinates. */
function shift(x: Extracted, by: number): Extracted {
  if (by === 0) return x;
  for (const c of x.claims) {
    c.start += by;
    c.end += by;
    if (c.sentence) c.sentence = { start: c.sentence.start + by, end: c.sentence.end + by };
  }
  for (const d of x.dates) {
    d.start += by;
    d.end += by;
  }
  for (const e of x.entities) {
    e.start += by;
    e.end += by;
  }
  return x;
}

/** Language only (the `detect` command): no extractor runs. */
export function detectDocument(text: string, path: string, options: ExtractOptions = {}): DocumentExtraction {
  const language = options.lang ? languageFromOption(options.lang) : detectLanguage(text);
  const doc: DocumentExtraction = { path, language, claims: [], dates: [], entities: [], reference: null, length: text.length };
  const paragraphs = options.lang ? null : mixedLanguages(text);
  if (paragraphs) {
    const shares = languageShares(paragraphs);
    if (shares.length > 1) doc.languages = shares;
  }
  return doc;
}

function languageShares(paragraphs: readonly Paragraph[]): Array<{ code: string; share: number }> {
  const letters = new Map<string, number>();
  for (const p of paragraphs) letters.set(p.code, (letters.get(p.code) ?? 0) + p.letters);
  const total = [...letters.values()].reduce((a, b) => a + b, 0);
  return [...letters].sort((a, b) => b[1] - a[1]).map(([code, n]) => ({ code, share: Math.round((n / total) * 100) / 100 }));
}

export function extractDocument(text: string, path: string, options: ExtractOptions = {}): DocumentExtraction {
  const paragraphs = options.lang ? null : mixedLanguages(text);
  const language = options.lang ? languageFromOption(options.lang) : detectLanguage(text);
  const base: DocumentExtraction = { path, language, claims: [], dates: [], entities: [], reference: null, length: text.length };

  // Which extractors run, and over which paragraphs (null: the whole document).
  const runs: Array<{ plugin: LanguagePlugin; paragraphs: Paragraph[] | null }> = [];
  const notes: string[] = [];
  if (paragraphs) {
    const shares = languageShares(paragraphs);
    base.languages = shares;
    for (const { code, share } of shares) {
      const plugin = pluginFor(code);
      if (plugin) runs.push({ plugin, paragraphs: paragraphs.filter((p) => p.code === code) });
      else if (share >= MIN_SHARE) notes.push(`${Math.round(share * 100)}% in '${code}', which has no extractor: that part skipped`);
    }
    if (shares.length > 1) notes.unshift(`mixed languages: ${shares.map((s) => `${s.code} ${Math.round(s.share * 100)}%`).join(', ')}`);
  } else {
    const plugin = pluginFor(language.code);
    if (plugin) runs.push({ plugin, paragraphs: null });
    else {
      const why = language.code === 'und' ? `language undetermined (${language.reason ?? 'unknown'})` : `no extractor for language '${language.code}'`;
      notes.push(`${why}: extraction skipped`);
    }
  }
  if (runs.length === 0) return { ...base, notes, skipped: true };

  const parts = partBounds(text, options.partSize);
  // The first part's normalised copy (the whole text's for a document of one part): a long
  // document's dateline is at its top, and no copy of a whole long text with its offset maps is
  // ever held.
  const t = normalize(parts.length === 1 ? text : text.slice(0, parts[0]![1]));

  let reference: DocumentExtraction['reference'] = null;
  if (options.date) reference = { date: options.date, from: 'option' };
  else {
    for (const r of runs) {
      const found = r.plugin.referenceDate?.(t) ?? null;
      if (found) {
        reference = { date: found, from: 'document' };
        break;
      }
    }
  }

  const all: Extracted = { claims: [], dates: [], entities: [] };
  for (let i = 0; i < parts.length; i++) {
    const [a, b] = parts[i]!;
    const tp = i === 0 ? t : normalize(text.slice(a, b));
    for (const r of runs) {
      const got = shift(runPlugin(r.plugin, tp, reference?.date ?? null, options), a);
      const keep = <T extends { start: number; end: number }>(xs: T[]) => (r.paragraphs ? inParagraphs(xs, r.paragraphs) : xs);
      // Loops, not push(...xs): a huge document has more items than a call may take arguments.
      for (const c of keep(got.claims)) all.claims.push(c);
      for (const d of keep(got.dates)) all.dates.push(d);
      for (const e of keep(got.entities)) all.entities.push(e);
    }
  }
  if (parts.length > 1) linkSurnamesAcrossParts(all.entities);
  const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;
  return {
    ...base,
    claims: all.claims.sort(byStart),
    dates: all.dates.sort(byStart),
    entities: all.entities.sort(byStart),
    reference,
    ...(notes.length ? { notes } : {}),
  };
}
