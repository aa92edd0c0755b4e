/**
 * Who a figure is attributed to. Rules, in order:
 * 1. A figure inside a quotation belongs to the quote's speaker: a speech verb with a name or
 *    pronoun right after the closing quote ("…,” she stressed), else the speech verb before the
 *    opening quote in the same sentence (وقال X … :«…»).
 * 2. Otherwise an attribution phrase in the sentence ("according to X", «بحسب X», «وفقا لـX»):
 *    the first name after it.
 * 3. Otherwise a speech verb in the sentence with a name next to it ("Amnesty said", «وقالت
 *    منظمة العفو الدولية … إن»); with no known name, the speaker as written: the words between
 *    the verb and a complementizer («قال المتحدث باسم الشرطة إن»), else the whole subject
 *    phrase before the verb ("A police spokesman said", "…, local officials said").
 * Pronouns resolve to the nearest person named before them. The source is reported as written,
 * using the longest mention of that entity in the document (Mrs. Rajavi → Maryam Rajavi).
 */
import type { EntityMention, NumberMention, Span } from '../types.js';
import type { NormalizedText } from '../text/normalize.js';
import type { TextSpan } from '../text/segment.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { CompiledLexicon } from './claim-lexicon.js';
import type { PhraseMatch } from './phrase-matcher.js';

export interface Source {
  text: string;
  key: string | null;
}

const SENTENCE_END = new Set(['.', '!', '?', '\u061F']);
const CLAUSE_PUNCT = new Set([',', '\u060C', ';', '\u061B', ':', '(', ')', '.', '!', '?', '\u061F']);
/** How far (tokens) a name may stand from the speech verb or attribution phrase. */
const NAME_WINDOW = 8;
/** How many attribution phrases on each side of a claim are tried (the nearest win; bounds the work on hostile text). */
const NEAREST_MATCHES = 16;

/** The matches (sorted by position) nearest to token `at`, at most NEAREST_MATCHES on each side. */
function nearest<T>(matches: readonly PhraseMatch<T>[], at: number): readonly PhraseMatch<T>[] {
  if (matches.length <= 2 * NEAREST_MATCHES) return matches;
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.from < at) lo = mid + 1;
    else hi = mid;
  }
  return matches.slice(Math.max(0, lo - NEAREST_MATCHES), lo + NEAREST_MATCHES);
}

/** How many words a source named as written may have. */
const SOURCE_WORDS = 6;
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
    /** Dates in original coordinates, sorted by start: never a speaker. */
    private readonly dates: readonly Span[] = [],
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
  /** «قال مسؤول لرويترز»: an entity glued to a preposition of address is the medium told, not the speaker. */
  private addressee(e: EntityMention): boolean {
    const o = this.t.original;
    for (const p of this.lex.addresseePrefixes) {
      const at = e.start - p.length;
      if (at < 0 || o.slice(at, e.start) !== p) continue;
      if (at === 0 || /[\s\p{P}]/u.test(o[at - 1]!)) return true;
    }
    return false;
  }

  private nameNear(tokens: readonly Token[], from: number, to: number, sides: 'after' | 'before' | 'both', pronounsBefore?: number, speech = false): Source | null {
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
        for (const e of this.entitiesIn(tokens[to]!.start, tokens[end - 1]!.end)) if (!(speech && this.addressee(e))) candidates.push({ e, d: this.orig(tokens[to]!.start) <= e.start ? e.start - this.orig(tokens[to]!.start) : 0 });
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
        const s = this.nameNear(after, v.from, v.to, 'both', q.start, true);
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
        const s = this.nameNear(before, v.from, v.to, 'both', q.start, true);
        if (s) return s;
      }
    }
    return null;
  }

  /**
   * A source named without a known entity, as written: the words after an attribution phrase
   * ("according to the health ministry", «نقلا عن مصادر طبية») or, for a verb whose object is
   * the medium, before it ("a police spokesman told Reuters"), up to a clause boundary, a
   * number, a speech verb, a lexicon word that ends the name, or SOURCE_WORDS words.
   */
  private phraseNear(tokens: readonly Token[], at: number, dir: 1 | -1): Source | null {
    const r = this.phraseRange(tokens, at, dir);
    if (!r) return null;
    const from = this.orig(tokens[r[0]]!.start);
    const to = this.orig(tokens[r[1] - 1]!.end);
    return { text: this.t.original.slice(from, to), key: null };
  }

  /** The token range [a, b) of phraseNear's phrase, or null. */
  private phraseRange(tokens: readonly Token[], at: number, dir: 1 | -1): [number, number] | null {
    const lex = this.lex;
    const stop = (k: number) => {
      const tok = tokens[k]!;
      return (
        tok.kind !== 'word' ||
        lex.sourceBreakers.matchAt(tokens, k) !== null ||
        lex.speechVerbs.matchAt(tokens, k) !== null ||
        lex.sourceBefore.matchAt(tokens, k) !== null ||
        lex.triggers.matchAt(tokens, k) !== null ||
        lex.qualifierBefore.matchAt(tokens, k) !== null ||
        lex.pronouns.matchAt(tokens, k) !== null
      );
    };
    let a = at;
    let b = at;
    if (dir === 1) {
      while (b < tokens.length && b - at < SOURCE_WORDS && !stop(b)) b++;
    } else {
      while (a > 0 && at - a < SOURCE_WORDS && !stop(a - 1)) a--;
    }
    if (b <= a) return null;
    return [a, b];
  }

  /** Some date overlaps original range [a, b). */
  private dateIn(a: number, b: number): boolean {
    let lo = 0;
    let hi = this.dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.dates[mid]!.end <= a) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.dates.length && this.dates[lo]!.start < b;
  }

  /**
   * The speaker named as written between a speech verb and the word that opens what was said
   * («قال المتحدث باسم الشرطة إن …», «وقال مسؤول محلي في بيان إن …»): the words after the verb up
   * to the first word that ends a name, provided a complementizer follows within a few words
   * with no clause boundary or number before it. A word glued to a preposition of address
   * («للصحفيين») ends the name; a date is never a speaker.
   */
  private speakerAfterVerb(tokens: readonly Token[], at: number): Source | null {
    const lex = this.lex;
    let b = at;
    let cut = -1;
    for (; b < tokens.length && b - at <= SOURCE_WORDS + 4; b++) {
      const tok = tokens[b]!;
      if (tok.kind !== 'word') return null;
      if (lex.complementizers.matchAt(tokens, b)) break;
      if (cut < 0 && (lex.sourceBreakers.matchAt(tokens, b) || lex.triggers.matchAt(tokens, b) || lex.qualifierBefore.matchAt(tokens, b) || lex.pronouns.matchAt(tokens, b) || lex.speechVerbs.matchAt(tokens, b))) cut = b;
      if (cut < 0 && b > at && this.addressedWord(tokens, b)) cut = b;
    }
    if (b >= tokens.length || !lex.complementizers.matchAt(tokens, b)) return null;
    const end = cut < 0 ? b : cut;
    if (end <= at || end - at > SOURCE_WORDS) return null;
    const from = this.orig(tokens[at]!.start);
    const to = this.orig(tokens[end - 1]!.end);
    if (this.dateIn(from, to)) return null;
    return { text: this.t.original.slice(from, to), key: null };
  }

  /**
   * The subject of a speech verb named as written before it ("A police spokesman said …", "…,
   * local officials said"): a whole phrase, from the start of its clause (the sentence start, a
   * punctuation mark, a conjunction joining clauses, or a date) to the verb, of at most
   * SOURCE_WORDS words and none that ends a name; a date at its start is left out.
   */
  private subjectBeforeVerb(tokens: readonly Token[], at: number): Source | null {
    const r = this.phraseRange(tokens, at, -1);
    if (!r) return null;
    let a = r[0];
    const prev = tokens[a - 1];
    let clauseStart = !prev || prev.kind === 'punct' || this.lex.clauseJoiners.matchEndingAt(tokens, a) !== null;
    // "On Monday the ministry said": the subject starts after the date.
    for (let k = a; k < at; k++) {
      if (this.dateIn(this.orig(tokens[k]!.start), this.orig(tokens[k]!.end))) {
        a = k + 1;
        clauseStart = true;
      }
    }
    if (!clauseStart || a >= at) return null;
    const from = this.orig(tokens[a]!.start);
    const to = this.orig(tokens[at - 1]!.end);
    return { text: this.t.original.slice(from, to), key: null };
  }

  /** A word glued to a preposition of address and the article («للصحفيين»), or an entity so glued («لرويترز»). */
  private addressedWord(tokens: readonly Token[], k: number): boolean {
    const text = tokens[k]!.text;
    const glued = this.lex.addresseePrefixes.some((p) => this.lex.prefixes.some((q) => q.startsWith(p) && q.length > p.length && text.startsWith(q) && text.length > q.length + 1));
    if (glued) return true;
    return this.entitiesIn(tokens[k]!.start, tokens[k]!.end).some((e) => this.addressee(e));
  }

  private matchCache: { tokens: readonly Token[]; before: PhraseMatch<true>[]; speech: PhraseMatch<true>[] } | null = null;

  /** Attribution phrases and speech verbs of a sentence, found once for all its claims. */
  private matchesOf(tokens: readonly Token[]): { before: PhraseMatch<true>[]; speech: PhraseMatch<true>[] } {
    if (this.matchCache?.tokens !== tokens) this.matchCache = { tokens, before: this.lex.sourceBefore.findAll(tokens), speech: this.lex.speechVerbs.findAll(tokens) };
    return this.matchCache;
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
    const found = this.matchesOf(tokens);
    for (const m of nearest(found.before, from)) {
      if (this.quoteAt(tokens[m.from]!.start) && !q) continue;
      // A name as written only after a phrase that is no verb ("according to", «نقلا عن»): «نقلت» also means "carried".
      const asWritten = this.lex.speechVerbs.matchAt(tokens, m.from)?.to === m.to ? null : this.phraseNear(tokens, m.to, 1);
      consider(this.nameNear(tokens, m.from, m.to, 'after') ?? asWritten, m.from);
    }
    if (best) return (best as { s: Source }).s;
    for (const m of nearest(found.speech, from)) {
      if (m.from >= from && m.from < to) continue;
      if (this.quoteAt(tokens[m.from]!.start) && !q) continue;
      // "X told Reuters": the name after the verb is the medium; the source is its subject.
      if (this.lex.addresseeVerbs.matchAt(tokens, m.from)) consider(this.nameNear(tokens, m.from, m.to, 'before') ?? this.phraseNear(tokens, m.from, -1), m.from);
      else consider(this.nameNear(tokens, m.from, m.to, 'both', undefined, true) ?? this.speakerAfterVerb(tokens, m.to) ?? this.subjectBeforeVerb(tokens, m.from), m.from);
    }
    return best ? (best as { s: Source }).s : null;
  }
}
