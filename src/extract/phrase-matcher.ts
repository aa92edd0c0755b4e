/**
 * Matches lexicon phrases (lists of words, from a language's JSON data) against tokens.
 * Lexicons are written in natural spelling; entries are folded the same way as the text
 * (foldWord) and compared against a token's surface or its clitic-stripped forms, so one entry
 * «قتلى» also matches «والقتلى», «بالقتلى», and «متظاهر» matches «المتظاهرين».
 */
import { foldWord } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

/** Surface variants of a word with the language's clitics stripped. */
export class WordForms {
  private readonly prefixes: string[];
  private readonly suffixes: string[];
  private readonly cache = new Map<string, string[]>();

  constructor(prefixes: readonly string[], suffixes: readonly string[]) {
    const byLength = (a: string, b: string) => b.length - a.length;
    this.prefixes = prefixes.map((p) => foldWord(p).toLowerCase()).sort(byLength);
    this.suffixes = suffixes.map((s) => foldWord(s).toLowerCase()).sort(byLength);
  }

  forms(word: string): string[] {
    let f = this.cache.get(word);
    if (f) return f;
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
    f = [...set];
    // The vocabulary of a huge input is unbounded: start over rather than grow without limit.
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(word, f);
    return f;
  }

  /** Does the token match the (folded) lexicon word? */
  matches(tok: Token, word: string): boolean {
    if (tok.text === word) return true;
    if (tok.kind !== 'word') return false;
    return this.forms(tok.text).includes(word);
  }
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

export function splitPhrase(phrase: string): string[] {
  return foldWord(phrase)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  readonly maxWords: number;

  constructor(
    entries: Iterable<[string, T]>,
    private readonly morph: WordForms,
  ) {
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

  /** Longest phrase starting at token i. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const tok = tokens[i];
    if (!tok || tok.kind === 'num') return null;
    const heads = tok.kind === 'word' ? this.morph.forms(tok.text) : [tok.text];
    let best: PhraseMatch<T> | null = null;
    for (const head of heads) {
      const list = this.byFirst.get(head);
      if (!list) continue;
      for (const e of list) {
        const n = e.words.length;
        if (best && best.to - best.from >= n) break;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = this.morph.matches(tokens[i + k]!, e.words[k]!);
        if (ok) {
          best = { from: i, to: i + n, value: e.value };
          break;
        }
      }
    }
    return best;
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
    for (let i = from; i < to; ) {
      const m = this.matchAt(tokens, i);
      if (m && m.to <= to) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
