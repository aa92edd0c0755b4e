/**
 * Who a figure is attributed to. Rules, in order:
 * 1. A figure inside a quotation belongs to the quote's speaker: a speech verb with a name or
 *    pronoun right after the closing quote ("…,” she stressed), else the speech verb before the
 *    opening quote in the same sentence (وقال X … :«…»).
 * 2. Otherwise an attribution phrase in the sentence ("according to X", «بحسب X», «وفقا لـX»):
 *    the first name after it.
 * 3. Otherwise a speech verb in the sentence with a name next to it ("Amnesty said", «وقالت
 *    منظمة العفو الدولية … إن»).
 * Pronouns resolve to the nearest person named before them. The source is reported as written,
 * using the longest mention of that entity in the document (Mrs. Rajavi → Maryam Rajavi).
 */
import type { EntityMention, NumberMention } from '../types.js';
import type { NormalizedText } from '../text/normalize.js';
import type { TextSpan } from '../text/segment.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { CompiledLexicon } from './claim-lexicon.js';

export interface Source {
  text: string;
  key: string | null;
}

const SENTENCE_END = new Set(['.', '!', '?', '\u061F']);
const CLAUSE_PUNCT = new Set([',', '\u060C', ';', '\u061B', ':', '(', ')', '.', '!', '?', '\u061F']);
/** How far (tokens) a name may stand from the speech verb or attribution phrase. */
const NAME_WINDOW = 8;
/** How far after a closing quote its "she said" may come. */
const AFTER_QUOTE_WINDOW = 6;

export class Attributor {
  private readonly longest = new Map<string, string>();

  constructor(
    private readonly t: NormalizedText,
    private readonly lex: CompiledLexicon,
    private readonly numbers: readonly NumberMention[],
    /** Entities in original coordinates, sorted by start. */
    private readonly entities: readonly EntityMention[],
    private readonly quotes: readonly TextSpan[],
  ) {
    for (const e of entities) {
      const cur = this.longest.get(e.key);
      if (!cur || e.text.length > cur.length) this.longest.set(e.key, e.text);
    }
  }

  private orig(i: number): number {
    const n = this.t.norm.length;
    return i >= n ? this.t.original.length : this.t.startMap[i]!;
  }

  private asSource(e: EntityMention): Source {
    return { text: this.longest.get(e.key) ?? e.text, key: e.key };
  }

  /** Entities whose start lies in norm range [from, to). */
  private entitiesIn(from: number, to: number): EntityMention[] {
    const a = this.orig(from);
    const b = this.orig(to);
    const out: EntityMention[] = [];
    let lo = 0;
    let hi = this.entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entities[mid]!.start < a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.entities.length && this.entities[i]!.start < b; i++) out.push(this.entities[i]!);
    return out;
  }

  /** The nearest person named before norm position `pos`. */
  private personBefore(pos: number): EntityMention | null {
    const a = this.orig(pos);
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i]!;
      if (e.start < a && e.type === 'PER') return e;
    }
    return null;
  }

  private quoteAt(pos: number): TextSpan | null {
    for (const q of this.quotes) {
      if (q.start > pos) break;
      if (pos < q.end) return q;
    }
    return null;
  }

  /**
   * The source named around a speech verb or attribution phrase at tokens[from, to): an entity
   * (preferring people and organisations) within the window on the given sides, or a pronoun.
   */
  private nameNear(tokens: readonly Token[], from: number, to: number, sides: 'after' | 'before' | 'both', pronounsBefore?: number): Source | null {
    const stopAt = (i: number) => tokens[i]!.kind === 'punct' && CLAUSE_PUNCT.has(tokens[i]!.text) && tokens[i]!.text !== ',';
    const candidates: Array<{ e: EntityMention; d: number }> = [];
    if (sides !== 'before') {
      let end = to;
      while (end < tokens.length && end - to < NAME_WINDOW && !stopAt(end)) end++;
      if (end > to) {
        const pr = this.lex.pronouns.matchAt(tokens, to);
        if (pr) {
          const p = this.personBefore(pronounsBefore ?? tokens[to]!.start);
          if (p) return this.asSource(p);
        }
        for (const e of this.entitiesIn(tokens[to]!.start, tokens[end - 1]!.end)) candidates.push({ e, d: this.orig(tokens[to]!.start) <= e.start ? e.start - this.orig(tokens[to]!.start) : 0 });
      }
    }
    if (sides !== 'after') {
      let begin = from;
      while (begin > 0 && from - begin < NAME_WINDOW + 4 && !stopAt(begin - 1)) begin--;
      if (begin < from) {
        const pr = this.lex.pronouns.matchEndingAt(tokens, from);
        if (pr) {
          const p = this.personBefore(pronounsBefore ?? tokens[pr.from]!.start);
          if (p) return this.asSource(p);
        }
        for (const e of this.entitiesIn(tokens[begin]!.start, tokens[from - 1]!.end)) candidates.push({ e, d: this.orig(tokens[from]!.start) - e.start });
      }
    }
    if (candidates.length === 0) return null;
    const rank = (e: EntityMention) => (e.type === 'LOC' ? 1 : 0);
    candidates.sort((x, y) => rank(x.e) - rank(y.e) || x.d - y.d);
    return this.asSource(candidates[0]!.e);
  }

  private speakerOfQuote(q: TextSpan, sentence: TextSpan): Source | null {
    const norm = this.t.norm;
    const para = norm.indexOf('\n', q.end);
    const limit = Math.min(para < 0 ? norm.length : para, q.end + 160);
    const after = tokenize(norm, this.numbers, q.end, limit);
    // "…,” she said" attributes the quote; "…». وقالت X" starts a new sentence and does not.
    const closed = /[.!?\u061F]\s*$/.test(norm.slice(q.start + 1, q.end - 1)) || (after[0]?.kind === 'punct' && SENTENCE_END.has(after[0].text));
    for (let i = 0; !closed && i < Math.min(after.length, AFTER_QUOTE_WINDOW); i++) {
      if (after[i]!.kind === 'punct' && SENTENCE_END.has(after[i]!.text)) break;
      const v = this.lex.speechVerbs.matchAt(after, i);
      if (v) {
        // A pronoun after a quote points to the person named before the quote, not inside it.
        const s = this.nameNear(after, v.from, v.to, 'both', q.start);
        if (s) return s;
      }
    }
    // Speaker introduced before the quote: from the start of the sentence holding the opening mark.
    let start = Math.min(sentence.start, q.start);
    if (start === q.start) {
      const m = /[.!?\u061F\n][^.!?\u061F\n]*$/.exec(norm.slice(Math.max(0, q.start - 400), q.start));
      start = m ? q.start - (m[0].length - 1) : Math.max(0, q.start - 400);
    }
    const before = tokenize(norm, this.numbers, start, q.start);
    for (let i = before.length - 1; i >= 0; i--) {
      const v = this.lex.speechVerbs.matchAt(before, i);
      if (v) {
        const s = this.nameNear(before, v.from, v.to, 'both', q.start);
        if (s) return s;
      }
    }
    return null;
  }

  /**
   * The source of a claim at norm span [start, end) in a sentence whose tokens are given
   * (the claim's tokens are tokens[from, to)).
   */
  sourceOf(sentence: TextSpan, tokens: readonly Token[], from: number, to: number): Source | null {
    const q = this.quoteAt(tokens[from]!.start);
    if (q) {
      const s = this.speakerOfQuote(q, sentence);
      if (s) return s;
    }
    let best: { s: Source; d: number } | null = null;
    const consider = (s: Source | null, at: number) => {
      if (!s) return;
      const d = at < from ? from - at : at - to;
      if (!best || d < best.d) best = { s, d };
    };
    for (const m of this.lex.sourceBefore.findAll(tokens)) {
      if (this.quoteAt(tokens[m.from]!.start) && !q) continue;
      consider(this.nameNear(tokens, m.from, m.to, 'after'), m.from);
    }
    if (best) return (best as { s: Source }).s;
    for (const m of this.lex.speechVerbs.findAll(tokens)) {
      if (m.from >= from && m.from < to) continue;
      if (this.quoteAt(tokens[m.from]!.start) && !q) continue;
      consider(this.nameNear(tokens, m.from, m.to, 'both'), m.from);
    }
    return best ? (best as { s: Source }).s : null;
  }
}
