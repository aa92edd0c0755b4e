/**
 * Atoms: what one position of the token stream contributes to a number, either a numeral
 * written in digits or a lexicon phrase. Atoms are cached per token: the readers look at the
 * same position several times (as a number, as the end of a range…), and the cache keeps the
 * whole reading linear.
 */
import { readDigits, type DigitNumber } from './digits.js';
import type { Grammar } from './grammar.js';
import type { WordSense } from './lexicon.js';
import { Tok, glued, type Token } from './tokens.js';

export type Atom =
  | {
      kind: 'digits';
      d: DigitNumber;
      /** First token (a glued clitic such as `و` in `و14` when there is one) and last token. */
      s: number;
      e: number;
      /** Where the number starts in the text (after a glued clitic). */
      start: number;
      conj: boolean;
      definite: boolean;
    }
  | {
      kind: 'word';
      sense: WordSense;
      s: number;
      e: number;
      start: number;
      /** The word carried a conjunction clitic (`وعشرون`). */
      conj: boolean;
      /** The word carried the definite article (`العشرون`). */
      definite: boolean;
      key: string;
    }
  | { kind: 'reject'; s: number; e: number; start: number };

export class Context {
  /** By token index (an array, not a map: every position of the window is asked about). */
  private readonly cache: Array<Atom | null | undefined>;

  constructor(
    readonly tokens: Token[],
    readonly g: Grammar,
  ) {
    this.cache = new Array<Atom | null | undefined>(tokens.length + 1);
  }

  atom(i: number): Atom | null {
    // Positions outside the tokens (i - 1 at the start, past the end) have no atom.
    if (i < 0 || i >= this.tokens.length) return null;
    let a = this.cache[i];
    if (a === undefined) {
      a = this.compute(i);
      this.cache[i] = a;
    }
    return a;
  }

  private compute(i: number): Atom | null {
    const t = this.tokens[i];
    if (!t) return null;
    if (t.type === Tok.Num || (t.type === Tok.Sym && t.text === '.')) {
      const d = readDigits(this.tokens, i, this.g);
      if (!d) return null;
      if (d.reject) return { kind: 'reject', s: d.s, e: d.e, start: t.start };
      return { kind: 'digits', d, s: i, e: d.e, start: t.start, conj: false, definite: false };
    }
    if (t.type !== Tok.Word) {
      const hit = this.g.lex.lookup(this.tokens, i);
      return hit ? { kind: 'word', sense: hit.sense, s: i, e: hit.end, start: hit.start, conj: false, definite: false, key: t.key } : null;
    }
    const lex = this.g.lex;
    const nx = this.tokens[i + 1];
    // A clitic glued to digits (`و14`, `ال448`, `بـ500` after tatweel removal).
    if (this.g.options.lettersBeforeDigits && glued(t, nx) && nx!.type === Tok.Num && lex.isClitic(t.key)) {
      const d = readDigits(this.tokens, i + 1, this.g);
      if (!d) return null;
      if (d.reject) return { kind: 'reject', s: i, e: d.e, start: nx!.start };
      return { kind: 'digits', d, s: i, e: d.e, start: nx!.start, conj: lex.isConj(t.key), definite: lex.isDefinite(t.key) };
    }
    const hit = lex.lookup(this.tokens, i);
    if (!hit) return null;
    return {
      kind: 'word',
      sense: hit.sense,
      s: i,
      e: hit.end,
      start: hit.start,
      conj: hit.prefix !== '' && lex.isConj(hit.prefix),
      definite: hit.prefix !== '' && lex.isDefinite(hit.prefix),
      key: t.key,
    };
  }
}
