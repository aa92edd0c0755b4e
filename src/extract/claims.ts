/**
 * Numeric claims: counts of people or places tied to an event, read with a language's lexicon.
 *
 * For every number in a sentence that counts things (not an ordinal, percentage, amount of
 * money, time, phone number, date, age or duration):
 * - the counted noun is read after it (skipping links such as "of" / «من» and up to two
 *   adjectives): a place noun makes the claim `places`; a noun that names a category by itself
 *   («قتلى», "refugees") gives that category; a unit noun ("years", «منزل») rules it out;
 * - otherwise the category comes from the nearest trigger word in the sentence ("killed",
 *   «اعتقل»), where every clause boundary and every other number in between counts as extra
 *   distance, so "killing 3 and wounding 12" gives deaths 3, injuries 12; an aside between
 *   commas right after the count adds none ("40 miners, most of them young, were killed"), and
 *   a trigger phrase split by the count speaks for it first ("put 59 people to death");
 * - the qualifier comes from the phrase right before the number ("at least", «أكثر من») or
 *   after the counted noun («على الأقل», "or more");
 * - the source from attribution.ts.
 * A number with neither a counted noun nor a nearby trigger is not a claim: precision first.
 *
 * Intervals: exact n → [n, n]; at_least → [n, ∞); more_than → [n, ∞) with `minExclusive`;
 * about → [0.9n, 1.1n] (rounded outward); up_to → [-, n]; less_than → [-, n) `maxExclusive`;
 * range and vague counts → the reader's interval.
 */
import type { Claim, ClaimCategory, DateMention, EntityMention, NumberMention, Qualifier } from '../types.js';
import type { LanguagePlugin } from '../lang/types.js';
import { type NormalizedText, originalSpan, toOriginal } from '../text/normalize.js';
import { findQuotes, segmentSentences } from '../text/segment.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { type BoundQualifier, lexiconFor, type CompiledLexicon } from './claim-lexicon.js';
import { Attributor } from './attribution.js';

export interface ClaimContext {
  numbers: NumberMention[];
  dates: readonly DateMention[];
  entities: readonly EntityMention[];
}

const COUNTABLE = new Set(['integer', 'decimal', 'range', 'vague']);
const CLAUSE_PUNCT = new Set([',', '\u060C', ';', '\u061B', ':', '(', ')', '"', '\u00AB', '\u00BB', '-']);
/** Extra distance for crossing a clause boundary or another number. */
const BOUNDARY_COST = 4;
/** Extra distance for crossing a conjunction ("and", «و»). */
const JOIN_COST = 1;
/** How far a trigger may be, with and without a counted noun. */
const MAX_DISTANCE_WITH_NOUN = 10;
const MAX_DISTANCE_BARE = 3;
/** A number followed by a word the lexicon does not know needs its trigger right next to it ("arrested 40 Baha'is"). */
const MAX_DISTANCE_UNKNOWN_NOUN = 1;
/** A trigger this close overrides the category a counted noun implies ("20 prisoners were executed"). */
const TRIGGER_OVERRIDES_NOUN = 2;
/** How far after the counted noun a rate phrase may come ("are executed every day"). */
const RATE_WINDOW = 5;
const ABOUT_PERCENT = 10;
/** How many words may stand between a negator and the event phrase it negates («لم يسفر الانفجار عن سقوط قتلى»). */
const NEGATION_WINDOW = 3;
/** How many words may stand between a qualifier verb and the topic it qualifies («قدرت المنظمة … عدد القتلى بـ90»). */
const TOPIC_GAP = 5;
/** Commas that set off an aside, and how many tokens an aside may hold. */
const ASIDE_COMMAS = new Set([',', '\u060C']);
const ASIDE_WORDS = 10;
/** How many words of a split trigger phrase may stand on each side of the claim. */
const SPLIT_SIDE = 3;

interface Noun {
  from: number;
  to: number;
  /** `other`: a word the lexicon does not know ("12 parties"): the number may count anything. */
  kind: 'place' | 'person' | 'category' | 'other';
  category?: ClaimCategory;
}

function interval(q: Qualifier, n: NumberMention): Pick<Claim, 'value' | 'min' | 'max' | 'minExclusive' | 'maxExclusive'> {
  const v = n.value;
  switch (q) {
    case 'range':
    case 'vague':
      return { value: null, min: n.min, max: n.max };
    case 'at_least':
      return { value: v, min: v, max: null };
    case 'more_than':
      return { value: v, min: v, max: null, minExclusive: true };
    case 'about':
      // Integer arithmetic where possible: 1500 × 1.1 is 1650.0000000000002 in floating point.
      return { value: v, min: v === null ? null : Math.floor((v * (100 - ABOUT_PERCENT)) / 100), max: v === null ? null : Math.ceil((v * (100 + ABOUT_PERCENT)) / 100) };
    case 'up_to':
      return { value: v, min: null, max: v };
    case 'less_than':
      return { value: v, min: null, max: v, maxExclusive: true };
    default:
      return { value: v, min: v, max: v };
  }
}

/** No event counts more people than live on Earth: larger figures are digit noise ("999…9", "1e309"). */
const MAX_COUNT = 1e10;

function plausible(n: NumberMention): boolean {
  return [n.value, n.min, n.max].every((v) => v === null || (Number.isFinite(v) && v >= 0 && v <= MAX_COUNT));
}

function isYearLike(n: NumberMention, text: string): boolean {
  return n.kind === 'integer' && n.value !== null && n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(text);
}

class SentenceClaims {
  private readonly triggers;

  constructor(
    private readonly lex: CompiledLexicon,
    private readonly tokens: Token[],
  ) {
    // A trigger right after a number is that number's own noun ("632 deaths and 329 injuries"):
    // it names no other number's category.
    // «3 وإصابة 12»: a conjunction makes the trigger start the next clause instead.
    this.triggers = lex.triggers.findAll(tokens).map((tr) => {
      const owned = tr.from > 0 && tokens[tr.from - 1]!.kind === 'num' && !this.conjoined(tr.from);
      return { ...tr, owner: owned ? tr.from - 1 : -1 };
    });
  }

  /** The counted noun after the number token i. */
  noun(i: number): Noun | 'unit' | null {
    const toks = this.tokens;
    const lex = this.lex;
    if (lex.nonCountUnits.matchAt(toks, i + 1)) return 'unit';
    let k = i + 1;
    const link = lex.nounLinks.matchAt(toks, k);
    if (link) k = link.to;
    for (let a = 0; a <= lex.adjectivesBeforeNoun && k + a < toks.length; a++) {
      const j = k + a;
      const tok = toks[j]!;
      if (tok.kind !== 'word') break;
      if (lex.nonCountUnits.matchAt(toks, j)) return 'unit';
      if (lex.phraseBreakers.matchAt(toks, j)) return a === 0 ? null : { from: k, to: k + 1, kind: 'other' };
      // «وإصابة» after a number starts the next clause, it is not the counted noun.
      if (this.conjoined(j)) return null;
      const place = lex.placeNouns.matchAt(toks, j);
      if (place) return { from: k, to: place.to, kind: 'place' };
      const cat = lex.categoryNouns.matchAt(toks, j);
      if (cat) return { from: k, to: this.personAfter(cat.to), kind: 'category', category: cat.value };
      const person = lex.personNouns.matchAt(toks, j);
      if (person) return { from: k, to: person.to, kind: 'person' };
      // A trigger word ends the noun phrase: "600 killed" has no counted noun.
      if (lex.triggers.matchAt(toks, j)) return null;
    }
    const first = toks[k];
    return first && first.kind === 'word' ? { from: k, to: k + 1, kind: 'other' } : null;
  }

  /**
   * A dual noun («قتيلان», «والجريحين», «مدينتين») standing alone: it counts two of itself.
   * Not when a number stands next to it («شخصين اثنين» is read from the number).
   */
  dual(i: number): Noun | null {
    const lex = this.lex;
    if (lex.dualNouns.size === 0) return null;
    const tok = this.tokens[i]!;
    if (tok.kind !== 'word') return null;
    if (this.tokens[i - 1]?.kind === 'num' || this.tokens[i + 1]?.kind === 'num') return null;
    const word = tok.text;
    for (const p of ['', ...lex.prefixes]) {
      if (!word.startsWith(p)) continue;
      const stem = word.slice(p.length);
      if (lex.nounEntries.has(stem)) return null;
      for (const x of lex.dualSuffixes) {
        if (stem.length - x.length < 2 || !stem.endsWith(x)) continue;
        const base = stem.slice(0, stem.length - x.length);
        // A final ة (folded ه) is written ت before the ending: «مدينة» → «مدينتان».
        const singular = lex.dualNouns.has(base) ? base : base.endsWith('\u062A') && lex.dualNouns.has(base.slice(0, -1) + '\u0647') ? base.slice(0, -1) + '\u0647' : null;
        if (singular === null) continue;
        // The singular says what the dual counts.
        const one: Token[] = [{ ...tok, text: singular }];
        if (lex.placeNouns.matchAt(one, 0)) return { from: i, to: i + 1, kind: 'place' };
        const cat = lex.categoryNouns.matchAt(one, 0);
        if (cat) return { from: i, to: i + 1, kind: 'category', category: cat.value };
        return { from: i, to: i + 1, kind: lex.personNouns.matchAt(one, 0) ? 'person' : 'other' };
      }
    }
    return null;
  }

  /** The token carries a conjunction prefix («وإصابة») rather than being a word that starts with its letter. */
  private conjoined(j: number): boolean {
    const text = this.tokens[j]!.text;
    return this.lex.conjunctionPrefixes.some((p) => text.startsWith(p)) && !this.isNounWord(j);
  }

  /** The token is itself a lexicon noun, without stripping a conjunction («وفد» is not و + فد). */
  private isNounWord(j: number): boolean {
    const t = this.tokens[j]!.text;
    const lex = this.lex;
    return [lex.placeNouns, lex.categoryNouns, lex.personNouns].some((m) => m.matchAt([{ ...this.tokens[j]!, kind: 'punct', text: t }], 0) !== null);
  }

  /** "arrested youths": a person noun after a category word ("arrested") is the counted noun. */
  private personAfter(j: number): number {
    const more = this.lex.personNouns.matchAt(this.tokens, j);
    return more ? more.to : j;
  }

  /**
   * A trigger phrase split by the claim: "put 120 prisoners to death", "sentenced 12 men to
   * death". The words of a lexicon phrase stand right before the claim (its qualifier included)
   * and the rest right after it; the phrase then speaks for this claim before any nearer part
   * of it ("death" alone is a deaths trigger).
   */
  splitTrigger(from: number, to: number): ClaimCategory | null {
    let a = from;
    while (a > 0 && from - a < SPLIT_SIDE && this.tokens[a - 1]!.kind === 'word') a--;
    const before = this.tokens.slice(a, from);
    const after = this.tokens.slice(to, to + SPLIT_SIDE);
    if (before.length === 0 || after.length === 0) return null;
    const joined = [...before, ...after];
    for (let p = 0; p < before.length; p++) {
      const m = this.lex.triggers.matchAt(joined, p);
      if (m && m.to > before.length) return m.value;
    }
    return null;
  }

  /**
   * The closing comma of an aside opening with the comma at token k: a comma, then at most
   * ASIDE_WORDS tokens holding no trigger and no punctuation but the same comma, then that comma
   * and a word. -1 when there is none.
   */
  private asideEnd(k: number): number {
    const toks = this.tokens;
    const open = toks[k];
    if (!open || open.kind !== 'punct' || !ASIDE_COMMAS.has(open.text)) return -1;
    let close = -1;
    for (let j = k + 1; j < toks.length && j - k - 1 <= ASIDE_WORDS; j++) {
      const tok = toks[j]!;
      // A list may stand in the aside ("along with A, B and C,"): its last comma closes it.
      if (tok.kind === 'punct') {
        if (tok.text !== open.text) break;
        if (j > k + 1) close = j;
        continue;
      }
      if (this.lex.triggers.matchAt(toks, j) || this.lex.inheritBlockers.matchAt(toks, j)) break;
    }
    // The aside is followed by what it interrupts: a word.
    return close > 0 && toks[close + 1]?.kind === 'word' ? close : -1;
  }

  /** Category from the nearest trigger to tokens[from, to), with its distance. */
  category(from: number, to: number, maxDistance: number, noun: Noun | undefined, self: number): { c: ClaimCategory; d: number; before: boolean } | null {
    let best: { c: ClaimCategory; d: number; before: boolean } | null = null;
    // "40 miners, most of them from nearby villages, were killed": an aside set off by commas
    // between the count and its verb is skipped: its words add no distance, its commas no boundary.
    const close = this.asideEnd(to);
    const after = close > 0 ? close + 1 : to;
    // Triggers are sorted and do not overlap: only those within maxDistance words can count.
    const trs = this.triggers;
    let lo0 = 0;
    let hi0 = trs.length;
    while (lo0 < hi0) {
      const mid = (lo0 + hi0) >> 1;
      if (trs[mid]!.to < from - maxDistance) lo0 = mid + 1;
      else hi0 = mid;
    }
    for (let x = lo0; x < trs.length && trs[x]!.from <= after + maxDistance; x++) {
      const tr = trs[x]!;
      if (tr.owner >= 0 && tr.owner !== self) continue;
      // The counted noun speaks for itself; a trigger is other words of the sentence.
      if (noun && tr.from < noun.to && noun.from < tr.to) continue;
      let d: number;
      let lo: number;
      let hi: number;
      if (tr.to <= from) {
        d = from - tr.to;
        lo = tr.to;
        hi = from;
      } else if (tr.from >= after) {
        d = tr.from - after;
        lo = after;
        hi = tr.from;
      } else if (tr.from >= to) {
        d = tr.from - to;
        lo = to;
        hi = tr.from;
      } else {
        d = 0;
        lo = hi = 0;
      }
      if (d > maxDistance) continue;
      let blocked = false;
      for (let k = lo; k < hi && !blocked && d <= maxDistance; k++) {
        const tok = this.tokens[k]!;
        if ((tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text)) || (tok.kind === 'num' && COUNTABLE.has(tok.num!.kind))) d += BOUNDARY_COST;
        // «اعتقل 40 … أفرج عن 12 منهم»: a verb such as "released" between them cuts the count off the trigger.
        else if (this.lex.inheritBlockers.matchAt(this.tokens, k)) blocked = true;
        // "Two died and 14 were injured": a trigger across a conjunction belongs to the other clause.
        else if (this.lex.clauseJoiners.matchAt(this.tokens, k)) d += JOIN_COST;
      }
      if (blocked || d > maxDistance) continue;
      const before = tr.to <= from;
      if (!best || d < best.d || (d === best.d && before && !best.before)) best = { c: tr.value, d, before };
    }
    return best;
  }

  /** The category a sentence-level topic word gives ("the toll … included 17 teenagers"). */
  topic(): ClaimCategory | null {
    if (this.topicCache === undefined) this.topicCache = this.lex.topics.findAll(this.tokens)[0]?.value ?? null;
    return this.topicCache;
  }

  private topicCache: ClaimCategory | null | undefined;

  /** A verb right after a count that keeps it from inheriting a category ("12 of whom were released"). */
  blockedAfter(end: number): boolean {
    for (let k = end; k < Math.min(this.tokens.length, end + RATE_WINDOW); k++) {
      const tok = this.tokens[k]!;
      if (tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text)) return false;
      if (this.lex.inheritBlockers.matchAt(this.tokens, k)) return true;
    }
    return false;
  }

  /**
   * A qualifier whose verb stands before the topic it qualifies, the count after it (Arabic
   * verb-first order): «تجاوز عدد القتلى 300», «قد يصل عدد القتلى إلى 60» — the qualifier
   * phrase is the words before the topic plus the words between topic and number.
   */
  qualifierAcrossTopic(first: number): BoundQualifier | null {
    const toks = this.tokens;
    const q = this.lex.qualifierBefore;
    for (let end = first; end >= Math.max(1, first - 2); end--) {
      const topic = this.lex.topics.matchEndingAt(toks, end);
      if (!topic) continue;
      const rest = toks.slice(end, first);
      if (rest.some((t) => t.kind !== 'word')) continue;
      // The qualifier's words may stand a few words before the topic («قدرت المنظمة في وقت سابق عدد القتلى بـ90»).
      for (let p = topic.from - 1; p >= 0 && topic.from - p <= TOPIC_GAP + q.maxWords; p--) {
        if (toks[p]!.kind !== 'word') break;
        for (let h = 1; h <= q.maxWords && p + h <= topic.from; h++) {
          const seq = [...toks.slice(p, p + h), ...rest];
          const m = q.matchAt(seq, 0);
          if (m && m.to === seq.length) return m.value;
        }
      }
    }
    return null;
  }

  /**
   * Zero claims: a whole negation phrase ("no one was killed", «لم يقتل أحد»), or a negated
   * event phrase with a negator a few words before it in the same clause («لم يسفر الانفجار عن
   * سقوط قتلى», "did not cause any deaths"); the claim spans negator to phrase.
   */
  zeroClaims(): Array<{ from: number; to: number; value: ClaimCategory }> {
    const toks = this.tokens;
    const out = this.lex.zero.findAll(toks);
    for (const m of this.lex.negatedZero.findAll(toks)) {
      if (out.some((z) => z.from < m.to && m.from < z.to)) continue;
      for (let k = m.from - 1; k >= 0 && m.from - k <= NEGATION_WINDOW + 1; k--) {
        const tok = toks[k]!;
        if (tok.kind !== 'word') break;
        const neg = this.lex.negators.matchAt(toks, k);
        if (neg && neg.to <= m.from) {
          out.push({ from: k, to: m.to, value: m.value });
          break;
        }
      }
    }
    return out.sort((a, b) => a.from - b.from);
  }

  /** A rate phrase within the clause after token `end`. */
  rateAfter(end: number): boolean {
    for (let k = end; k < Math.min(this.tokens.length, end + RATE_WINDOW); k++) {
      const tok = this.tokens[k]!;
      if (tok.kind === 'punct' && CLAUSE_PUNCT.has(tok.text)) return false;
      if (this.lex.rates.matchAt(this.tokens, k)) return true;
    }
    return false;
  }

  /** The number coordinated with token i ("15 and 17", «10 و14»), if any. */
  coordinated(i: number): number | null {
    const co = this.lex.coordinators.matchAt(this.tokens, i + 1);
    const j = co ? co.to : i + 1;
    const next = this.tokens[j];
    if (next && next.kind === 'num') return j;
    // «و14»: the conjunction glued to the digits is a word token of its own.
    return null;
  }
}

export function extractClaims(t: NormalizedText, plugin: LanguagePlugin, ctx: ClaimContext): Claim[] {
  const lex = lexiconFor(plugin);
  const numbers = ctx.numbers;
  const quotes = findQuotes(t.norm);
  // Dates sorted by start; spans do not overlap, so a binary search finds the only candidate.
  const dates = [...ctx.dates].sort((a, b) => a.start - b.start);
  const attributor = new Attributor(t, lex, numbers, ctx.entities, quotes, dates);
  const inDate = (n: NumberMention) => {
    const o = toOriginal(t, n.start, n.end);
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid]!.end <= o.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < dates.length && dates[lo]!.start < o.end;
  };
  const zeroHeads = lex.zeroHeads;
  let nextNumber = 0;
  const claims: Claim[] = [];

  for (const sentence of segmentSentences(t.norm)) {
    // Most sentences hold no figure: skip them before tokenising.
    while (nextNumber < numbers.length && numbers[nextNumber]!.end <= sentence.start) nextNumber++;
    const hasNumber = nextNumber < numbers.length && numbers[nextNumber]!.start < sentence.end;
    // A dual noun («قتيلان») is a count without digits: such a language reads every sentence.
    if (!hasNumber && lex.dualNouns.size === 0) {
      const lower = t.norm.slice(sentence.start, sentence.end).toLowerCase();
      if (!zeroHeads.some((h) => lower.includes(h))) continue;
    }
    const tokens = tokenize(t.norm, numbers, sentence.start, sentence.end);
    if (tokens.length === 0) continue;
    const sc = new SentenceClaims(lex, tokens);
    let lastCategory: ClaimCategory | null = null;

    for (const z of sc.zeroClaims()) {
      const span = originalSpan(t, tokens[z.from]!.start, tokens[z.to - 1]!.end);
      const src = attributor.sourceOf(sentence, tokens, z.from, z.to);
      claims.push({
        category: z.value,
        value: 0,
        min: 0,
        max: 0,
        qualifier: 'exact',
        ...span,
        subject: null,
        source: src?.text ?? null,
        sourceKey: src?.key ?? null,
        sentence: toOriginal(t, sentence.start, sentence.end),
      });
    }

    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      let n: NumberMention;
      let dualNoun: Noun | null = null;
      if (tok.kind === 'num') n = tok.num!;
      else if ((dualNoun = sc.dual(i))) n = { start: tok.start, end: tok.end, text: tok.text, kind: 'integer', value: 2, min: 2, max: 2, words: true };
      else continue;
      if (!COUNTABLE.has(n.kind) || inDate(n) || !plausible(n)) continue;
      if (n.kind === 'decimal' && (n.value ?? 0) < 1) continue;

      // The qualifier right before the number; a glued article («الـ448») may stand between.
      let first = i;
      if (first > 0 && tokens[first - 1]!.text === '\u0627\u0644') first--;
      const qb = lex.qualifierBefore.matchEndingAt(tokens, first);
      const start = qb ? qb.from : first;
      const noun = dualNoun ?? sc.noun(i);
      if (lex.nonCountBefore.matchEndingAt(tokens, start) || noun === 'unit') {
        // "aged 15 and 17": the coordinated number is no count either.
        const j = sc.coordinated(i);
        if (j !== null) i = j;
        continue;
      }
      if (isYearLike(n, tok.text) && !noun) continue;

      const coreEnd = noun ? noun.to : i + 1;
      const gap = qb ? null : sc.qualifierAcrossTopic(first);
      let qa = qb || gap ? null : lex.qualifierAfter.matchAt(tokens, coreEnd);
      // "12 people, at least, were killed": an after-qualifier set off by a pair of commas.
      const sep = tokens[coreEnd];
      if (!qb && !gap && !qa && sep && lex.qualifierAfterSeparators.has(sep.text)) {
        const m = lex.qualifierAfter.matchAt(tokens, coreEnd + 1);
        const close = m ? tokens[m.to] : undefined;
        if (m && (!close || close.text === sep.text || close.kind === 'punct')) qa = m;
      }
      const end = qa ? qa.to : coreEnd;
      const known = noun && noun.kind !== 'other' ? noun : undefined;
      const trigger = sc.category(start, end, known ? MAX_DISTANCE_WITH_NOUN : noun ? MAX_DISTANCE_UNKNOWN_NOUN : MAX_DISTANCE_BARE, known, i);
      let category: ClaimCategory | null = null;
      const split = noun && noun.kind !== 'place' ? sc.splitTrigger(start, end) : null;
      if (split) category = split;
      else if (noun && noun.kind === 'place') category = 'places';
      // A verb right after the noun says what happened to them: "20 prisoners were executed".
      else if (noun && noun.kind === 'category') category = trigger && trigger.d <= TRIGGER_OVERRIDES_NOUN ? trigger.c : noun.category!;
      // "40 were detained, 12 of whom were released": a count in a clause of its own whose verb
      // (after it) is "released" does not take the trigger of the previous clause.
      else category = trigger && !(trigger.before && trigger.d >= BOUNDARY_COST && sc.blockedAfter(end)) ? trigger.c : null;
      if (!category && noun && noun.kind === 'person') {
        // "The toll … included 17 teenagers and 400 women"; "killed 16 people, 12 of them in …".
        category = sc.topic() ?? (lastCategory && !sc.blockedAfter(noun.to) ? lastCategory : null);
      }
      if (!category) continue;
      lastCategory = category;

      let qualifier: Qualifier;
      if (n.kind === 'range') qualifier = 'range';
      else if (n.kind === 'vague') qualifier = 'vague';
      else qualifier = (qb ?? qa)?.value ?? gap ?? 'exact';

      const span = originalSpan(t, tokens[start]!.start, tokens[end - 1]!.end);
      const subject = noun ? originalSpan(t, tokens[noun.from]!.start, tokens[noun.to - 1]!.end).text : null;
      const rate = sc.rateAfter(end);
      const src = attributor.sourceOf(sentence, tokens, start, end);
      claims.push({
        category,
        ...interval(qualifier, n),
        qualifier,
        ...span,
        subject,
        source: src?.text ?? null,
        sourceKey: src?.key ?? null,
        sentence: toOriginal(t, sentence.start, sentence.end),
        ...(rate ? { rate: true } : {}),
      });
      i = end - 1;
    }
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return claims;
}

export type { BoundQualifier };
