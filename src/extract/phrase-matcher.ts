/**
 * Matches lexicon phrases (lists of words, from a language's JSON data) against tokens.
 * Lexicons are written in natural spelling; entries are folded the same way as the text
 * (foldWord) and compared against a token's surface or its clitic-stripped forms, so one entry
 * «قتلى» also matches «والقتلى», «بالقتلى», and «متظاهر» matches «المتظاهرين».
 */
import { foldWord } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

/**
 * What is known of one word: its forms and, per matcher (by the matcher's id), the lexicon
 * entries that may start at it (filled when that matcher first meets the word), and the ids of
 * the scanning matchers that have any (`hits`, valid for the WordForms version `hitsFor`).
 */
interface WordInfo {
  word: string;
  forms: string[];
  lists: unknown[];
  hits: readonly number[] | null;
  hitsFor: number;
}

/**
 * Token arrays shorter than this are throwaway arrays (one glued word, a few words around a
 * claim): they bypass the memo rather than evict a sentence from it.
 */
const MEMO_MIN_TOKENS = 4;
const MEMO_SLOTS = 4;

/**
 * What the matchers of a language know of one token array: the word info of each token and,
 * per scanning matcher, the positions where one of its entries may start (`starts`, valid for
 * the WordForms version `startsFor`): a scan for all of a matcher's phrases visits those
 * positions only. Token arrays are never changed once built (a memo whose array changed length
 * is dropped; word infos are checked against the token's text).
 */
interface Memo {
  length: number;
  infos: Array<WordInfo | undefined>;
  starts: Array<number[] | undefined> | null;
  startsFor: number;
}

const NO_IDS: readonly number[] = [];

/** Surface variants of a word with the language's clitics stripped. */
export class WordForms {
  private readonly prefixes: string[];
  private readonly suffixes: string[];
  private readonly cache = new Map<string, WordInfo>();
  /** The first words of each matcher's entries, by matcher id. */
  private readonly firstWords: Array<ReadonlyMap<string, unknown>> = [];
  /**
   * Which matchers scan whole token arrays (findAll): only their start positions are indexed,
   * not those of the many matchers only asked about one position.
   */
  private readonly scanned: boolean[] = [];
  /** Bumped whenever a matcher is added or starts scanning: word hits and memo starts are then stale. */
  private version = 0;
  /** First word → ids of the scanning matchers with an entry starting with it (for `version`). */
  private headIndex: Map<string, number[]> | null = null;
  /**
   * The memos of the last few token arrays read (a sentence, the words around a quote, a
   * claim's split phrase): every matcher of the language asks about the same tokens, so the
   * word lookup is made once per token, not once per matcher. Most recently used first.
   */
  private readonly memoTokens: Array<readonly Token[] | null> = new Array<readonly Token[] | null>(MEMO_SLOTS).fill(null);
  private readonly memos: Array<Memo | null> = new Array<Memo | null>(MEMO_SLOTS).fill(null);

  constructor(prefixes: readonly string[], suffixes: readonly string[]) {
    const byLength = (a: string, b: string) => b.length - a.length;
    this.prefixes = prefixes.map((p) => foldWord(p).toLowerCase()).sort(byLength);
    this.suffixes = suffixes.map((s) => foldWord(s).toLowerCase()).sort(byLength);
  }

  /** An id for a matcher sharing these forms (its slot in WordInfo.lists), given its entries by first word. */
  register(firstWords: ReadonlyMap<string, unknown>): number {
    this.firstWords.push(firstWords);
    this.scanned.push(false);
    this.headIndex = null;
    this.version++;
    return this.firstWords.length - 1;
  }

  /** The matcher `id` scans token arrays: index its start positions from now on. */
  scanning(id: number): void {
    if (this.scanned[id]) return;
    this.scanned[id] = true;
    this.headIndex = null;
    this.version++;
  }

  /** The info of a word, computed once (the cache is bounded). */
  info(word: string): WordInfo {
    let f = this.cache.get(word);
    if (f) return f;
    f = { word, forms: this.computeForms(word), lists: [], hits: null, hitsFor: 0 };
    // The vocabulary of a huge input is unbounded: start over rather than grow without limit
    // (an info holds a slot per matcher: a few hundred bytes at most).
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, f);
    return f;
  }

  private heads(): Map<string, number[]> {
    if (this.headIndex) return this.headIndex;
    const index = new Map<string, number[]>();
    this.firstWords.forEach((words, id) => {
      if (!this.scanned[id]) return;
      for (const w of words.keys()) {
        const ids = index.get(w);
        if (ids) ids.push(id);
        else index.set(w, [id]);
      }
    });
    return (this.headIndex = index);
  }

  /** Ids of the scanning matchers with an entry that may start at the word (one of its forms opens it), ascending. */
  private hitsOf(info: WordInfo): readonly number[] {
    if (info.hits && info.hitsFor === this.version) return info.hits;
    const index = this.heads();
    let hits: number[] | null = null;
    for (const f of info.forms) {
      const ids = index.get(f);
      if (!ids) continue;
      hits ??= [];
      for (const id of ids) if (!hits.includes(id)) hits.push(id);
    }
    info.hits = hits ? hits.sort((a, b) => a - b) : NO_IDS;
    info.hitsFor = this.version;
    return info.hits;
  }

  /** The memo of a token array (null for a throwaway array: no memo). */
  memoFor(tokens: readonly Token[]): Memo | null {
    const arrays = this.memoTokens;
    let slot = 0;
    while (slot < MEMO_SLOTS && arrays[slot] !== tokens) slot++;
    // A memo whose array changed length since is stale.
    if (slot < MEMO_SLOTS && this.memos[slot]!.length !== tokens.length) this.memos[slot] = newMemo(tokens);
    if (slot === 0) return this.memos[0]!;
    if (slot === MEMO_SLOTS) {
      if (tokens.length < MEMO_MIN_TOKENS) return null;
      // A new array evicts the least recently used one (the last slot).
      slot = MEMO_SLOTS - 1;
      this.memos[slot] = newMemo(tokens);
      arrays[slot] = tokens;
    }
    // Most recently used first: the sentence being read stays while its claims' phrases come and go.
    const memo = this.memos[slot]!;
    for (let k = slot; k > 0; k--) {
      arrays[k] = arrays[k - 1]!;
      this.memos[k] = this.memos[k - 1]!;
    }
    arrays[0] = tokens;
    this.memos[0] = memo;
    return memo;
  }

  /** The info of the word token tokens[i], through `memo` (that of tokens, or null). */
  infoIn(memo: Memo | null, tokens: readonly Token[], i: number): WordInfo {
    const word = tokens[i]!.text;
    if (memo === null) return this.info(word);
    const m = memo.infos[i];
    // The text check keeps the memo right even if the array was changed since.
    if (m !== undefined && m.word === word) return m;
    return (memo.infos[i] = this.info(word));
  }

  /** The info of the word token tokens[i], through the memo of the last token arrays. */
  infoAt(tokens: readonly Token[], i: number): WordInfo {
    return this.infoIn(this.memoFor(tokens), tokens, i);
  }

  /**
   * Per scanning matcher id, the positions of tokens (ascending) where an entry of that matcher
   * may start: a word one of whose forms opens an entry, other non-number tokens as written.
   */
  startsIn(memo: Memo, tokens: readonly Token[]): Array<number[] | undefined> {
    if (memo.starts && memo.startsFor === this.version) return memo.starts;
    const starts: Array<number[] | undefined> = new Array<number[] | undefined>(this.firstWords.length);
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k]!;
      if (tok.kind === 'num') continue;
      const ids = tok.kind === 'word' ? this.hitsOf(this.infoIn(memo, tokens, k)) : (this.heads().get(tok.text) ?? NO_IDS);
      for (let x = 0; x < ids.length; x++) {
        const id = ids[x]!;
        const at = starts[id];
        if (at) at.push(k);
        else starts[id] = [k];
      }
    }
    memo.starts = starts;
    memo.startsFor = this.version;
    return starts;
  }

  forms(word: string): string[] {
    return this.info(word).forms;
  }

  private computeForms(word: string): string[] {
    const set = new Set<string>([word]);
    const stems = [word];
    for (const p of this.prefixes) {
      if (word.length - p.length >= 2 && word.startsWith(p)) stems.push(word.slice(p.length));
    }
    for (const s of stems) {
      set.add(s);
      for (const x of this.suffixes) {
        if (s.length - x.length >= 2 && s.endsWith(x)) set.add(s.slice(0, s.length - x.length));
      }
    }
    return [...set];
  }

  /** Does the token match the (folded) lexicon word? */
  matches(tok: Token, word: string): boolean {
    if (tok.text === word) return true;
    if (tok.kind !== 'word') return false;
    return this.forms(tok.text).includes(word);
  }

  /** Does tokens[i] match the (folded) lexicon word? (matches, through the memo) */
  matchesAt(tokens: readonly Token[], i: number, word: string): boolean {
    const tok = tokens[i]!;
    if (tok.text === word) return true;
    if (tok.kind !== 'word') return false;
    return this.infoAt(tokens, i).forms.includes(word);
  }
}

function newMemo(tokens: readonly Token[]): Memo {
  return { length: tokens.length, infos: new Array<WordInfo | undefined>(tokens.length), starts: null, startsFor: 0 };
}

export interface PhraseMatch<T> {
  /** Index of the first token. */
  from: number;
  /** Index after the last token. */
  to: number;
  value: T;
}

interface Entry<T> {
  words: string[];
  value: T;
}

/**
 * Folded words of lexicon phrases: a language's lexicon lists many phrases in several matchers
 * (triggers, sentence triggers, frames…), and folding them is most of the cost of compiling it.
 * The arrays are shared, never changed. Bounded.
 */
const splitCache = new Map<string, string[]>();

export function splitPhrase(phrase: string): string[] {
  let words = splitCache.get(phrase);
  if (words) return words;
  words = foldWord(phrase)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (splitCache.size > 50_000) splitCache.clear();
  splitCache.set(phrase, words);
  return words;
}

/**
 * Empty the cache of `splitPhrase` (its arrays stay with the matchers that hold them): it only
 * speeds up compiling lexicons, and scripts/build/snapshot-entry.mjs calls this once the warm-up
 * has compiled them all, so the startup snapshot does not carry thousands of entries (phrase
 * strings and the Map's table) that a run never reads.
 */
export function forgetSplitPhrases(): void {
  splitCache.clear();
}

const NO_ENTRIES: readonly never[] = [];

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  readonly maxWords: number;

  constructor(
    entries: Iterable<[string, T]>,
    private readonly morph: WordForms,
  ) {
    this.id = morph.register(this.byFirst);
    let max = 1;
    for (const [phrase, value] of entries) {
      const words = splitPhrase(phrase);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0]!, list);
      max = Math.max(max, words.length);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.maxWords = max;
  }

  /** This matcher's slot in the word infos of `morph`. */
  private readonly id: number;

  /**
   * The entries that may start at a word, longest first: those of every clitic-stripped form of
   * the word, merged. Kept in the word's info because matchAt runs for dozens of matchers at
   * every token; the (stable) sort keeps, among entries of one length, the order of the forms
   * then of each list, so the first full match is the one a scan form by form would keep.
   */
  private candidatesOf(info: WordInfo): readonly Entry<T>[] {
    let list = info.lists[this.id] as readonly Entry<T>[] | undefined;
    if (list) return list;
    const merged: Entry<T>[] = [];
    for (const head of info.forms) {
      const l = this.byFirst.get(head);
      if (l) for (const e of l) merged.push(e);
    }
    list = merged.length === 0 ? NO_ENTRIES : merged.sort((a, b) => b.words.length - a.words.length);
    info.lists[this.id] = list;
    return list;
  }

  /** Longest phrase starting at token i. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const tok = tokens[i];
    if (!tok || tok.kind === 'num') return null;
    return this.matchIn(tokens, i, tok.kind === 'word' ? this.morph.memoFor(tokens) : null);
  }

  /** Longest phrase starting at the token tokens[i] (not a number), given the memo of tokens. */
  private matchIn(tokens: readonly Token[], i: number, memo: Memo | null): PhraseMatch<T> | null {
    const tok = tokens[i]!;
    const list = tok.kind === 'word' ? this.candidatesOf(this.morph.infoIn(memo, tokens, i)) : this.byFirst.get(tok.text);
    if (!list) return null;
    for (let x = 0; x < list.length; x++) {
      const e = list[x]!;
      const n = e.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = this.morph.matchesAt(tokens, i + k, e.words[k]!);
      if (ok) return { from: i, to: i + n, value: e.value };
    }
    return null;
  }

  /** Is `word`, as written (no clitic stripped), a whole one-word entry? (matchAt on that word alone as a non-word token) */
  hasEntry(word: string): boolean {
    const list = this.byFirst.get(word);
    return list !== undefined && list.some((e) => e.words.length === 1);
  }

  /** Longest phrase ending just before token j (its last token is j - 1). */
  matchEndingAt(tokens: readonly Token[], j: number): PhraseMatch<T> | null {
    // The earliest start whose phrase ends at j is the longest such phrase.
    for (let from = Math.max(0, j - this.maxWords); from < j; from++) {
      const m = this.matchAt(tokens, from);
      if (m && m.to === j) return m;
    }
    return null;
  }

  /** All non-overlapping matches in tokens[from, to), left to right, longest first. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const memo = this.morph.memoFor(tokens);
    if (memo === null) {
      for (let i = from; i < to; ) {
        const m = this.matchAt(tokens, i);
        if (m && m.to <= to) {
          out.push(m);
          i = m.to;
        } else i++;
      }
      return out;
    }
    // Only the positions where one of this matcher's entries may start can hold a match: the
    // same scan as above, skipping the tokens at which matchAt would find no entry at all.
    this.morph.scanning(this.id);
    const at = this.morph.startsIn(memo, tokens)[this.id];
    if (!at) return out;
    let i = from;
    for (let x = 0; x < at.length; x++) {
      const p = at[x]!;
      if (p < i) continue;
      if (p >= to) break;
      const m = this.matchIn(tokens, p, memo);
      if (m && m.to <= to) {
        out.push(m);
        i = m.to;
      }
    }
    return out;
  }
}
