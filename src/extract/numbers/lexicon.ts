/**
 * Number lexicon of a language: the JSON word lists (src/lang/<xx>/number-words.json) compiled
 * into a phrase trie over tokens. Entries are folded with the language's fold function at load,
 * so the JSON stays readable (`ثلاثة`, `مائة`) while matching happens in normalised space.
 *
 * A phrase may span several tokens (`per cent`, `في المئة`, `a.m.`, `tens of thousands`): the
 * trie walks tokens, and an edge records whether the phrase had whitespace there, so `a.m.`
 * does not match `a . m .` and `per cent` does not match `percent` (that one has its own entry).
 */
import { Tok, tokenize, type Token } from './tokens.js';

/** How a word takes part in a cardinal number (see cardinal.ts). */
export type CardRole = 'unit' | 'teen' | 'ten' | 'hundred' | 'hundreds' | 'scale' | 'dual';

export interface CardSense {
  role: CardRole;
  /** unit/teen/ten/hundreds: the value; hundred: 100; scale: the multiplier; dual: the multiplier (×2 implied). */
  value: number;
  /** Plural scale (`thousands`, `آلاف`): a multiplier only after a number; alone it is vague. */
  plural?: boolean;
  /** Only valid inside a teen (`احد عشر`, `اثنا عشر`): never a number on its own. */
  teenOnly?: boolean;
  /** Adds 10 to a preceding unit (`ثلاثة عشر`); alone it is 10. */
  teenTen?: boolean;
  /** Never read alone, only as part of a longer number (an ambiguous word such as `متين`). */
  weak?: boolean;
  /** Value of a scale word used with no number before it (`ألفا` = 2000 alone, 1000 after a number). */
  alone?: number;
}

export interface WordSense {
  card?: CardSense;
  /** The word is an ordinal (`fifth`, `الثالث`); `card` then holds its cardinal equivalent. */
  ordinal?: boolean;
  /** Usable as a fraction denominator (`third`, `quarters`, `أرباع`). */
  den?: { value: number; plural: boolean };
  /** A fraction by itself (`half`, `نصف`, `ثلثان`). */
  frac?: number;
  /** A word that can only be 1/n before a definite noun (`خمس الساعة`); else the cardinal. */
  fracBeforeDefinite?: number;
  /** A fixed count after an article (`a couple`, `a pair`). */
  pair?: number;
  vague?: { min: number; max: number; needsNext?: string[] };
  roles?: Set<string>;
  /** For currency / percent entries: the unit to report. */
  unit?: string;
  /** am/pm: hours to add. */
  hourOffset?: number;
  /** Range openers: the words that must stand between the two ends (`between` → `and`). */
  rangeMids?: string[];
}

interface TrieNode {
  sense?: WordSense;
  /** Keys are `' ' + key` when whitespace separates the tokens, `key` when glued. */
  next?: Map<string, TrieNode>;
}

export interface LexHit {
  sense: WordSense;
  /** Index of the last token of the phrase. */
  end: number;
  /** The clitic stripped from the first token ('' when none). */
  prefix: string;
  /** Offset in the text where the number itself starts (after a conjunction clitic). */
  start: number;
}

/** A trie node a word's form starts, with the clitic stripped to reach it and the conjunction length in it. */
interface WordHead {
  node: TrieNode;
  prefix: string;
  shift: number;
}

const NO_HEADS: readonly WordHead[] = [];

export class Lexicon {
  private readonly root = new Map<string, TrieNode>();
  private readonly prefixes: string[];
  private readonly conjunctions: Set<string>;
  private readonly notNumbers: Set<string>;
  private readonly definite: string[];

  constructor(
    readonly fold: (s: string) => string,
    prefixes: string[] = [],
    conjunctions: string[] = [],
    notNumbers: string[] = [],
    definiteClitics: string[] = [],
  ) {
    this.prefixes = prefixes.map((p) => this.fold(p)).sort((a, b) => b.length - a.length);
    this.conjunctions = new Set(conjunctions.map((p) => this.fold(p)));
    this.notNumbers = new Set(notNumbers.map((w) => this.fold(w).toLowerCase()));
    this.definite = definiteClitics.map((d) => this.fold(d));
  }

  /** The keys a phrase is stored under: its tokens, each marked with the gap before it. */
  private phraseKeys(phrase: string): string[] {
    const folded = this.fold(phrase);
    return tokenize(folded).map((t, i) => (i > 0 && t.ws > 0 ? ' ' : '') + t.key);
  }

  /** Add (or merge into) the sense of a phrase. */
  add(phrase: string, sense: WordSense): void {
    const keys = this.phraseKeys(phrase);
    if (keys.length === 0) return;
    this.heads.clear();
    let map = this.root;
    let node: TrieNode | undefined;
    for (let k = 0; k < keys.length; k++) {
      node = map.get(keys[k]!);
      if (!node) {
        node = {};
        map.set(keys[k]!, node);
      }
      if (k < keys.length - 1) map = node.next ??= new Map();
    }
    node!.sense = mergeSense(node!.sense, sense);
  }

  addRole(phrase: string, role: string, extra: Partial<WordSense> = {}): void {
    this.add(phrase, { ...extra, roles: new Set([role]) });
  }

  /** True when the token is a word in the `notNumbers` list (`الاثنين` is Monday). */
  private excluded(key: string): boolean {
    if (this.notNumbers.size === 0) return false;
    if (this.notNumbers.has(key)) return true;
    for (const c of this.conjunctions) if (key.startsWith(c) && this.notNumbers.has(key.slice(c.length))) return true;
    return false;
  }

  /** Longest phrase starting at token `i` whose first key is `first`. */
  private walk(tokens: Token[], i: number, first: string): { sense: WordSense; end: number } | null {
    const node = this.root.get(first);
    return node === undefined ? null : this.walkFrom(tokens, i, node);
  }

  /** Longest phrase starting at token `i` whose first key's trie node is `start`. */
  private walkFrom(tokens: Token[], i: number, start: TrieNode): { sense: WordSense; end: number } | null {
    let node: TrieNode | undefined = start;
    let sense: WordSense | undefined;
    let end = -1;
    let j = i;
    while (node) {
      if (node.sense) {
        sense = node.sense;
        end = j;
      }
      const nxt = tokens[j + 1];
      if (!node.next || !nxt || nxt.type === Tok.Opaque || nxt.nl) break;
      node = node.next.get(nxt.ws > 0 ? ' ' + nxt.key : nxt.key);
      j++;
    }
    return sense ? { sense, end } : null;
  }

  /**
   * Per word key, the trie nodes its forms start (as written, then with each clitic stripped, in
   * the order lookup tries them), found once: most words of a text start none, and this saves
   * the exclusion test, the clitic slices and their look-ups at every token. Bounded, and
   * emptied whenever a phrase is added.
   */
  private readonly heads = new Map<string, readonly WordHead[]>();

  private headsOf(key: string): readonly WordHead[] {
    let h = this.heads.get(key);
    if (h) return h;
    const out: WordHead[] = [];
    if (!this.excluded(key)) {
      const exact = this.root.get(key);
      if (exact) out.push({ node: exact, prefix: '', shift: 0 });
      for (let k = 0; k < this.prefixes.length; k++) {
        const p = this.prefixes[k]!;
        if (key.length - p.length < 2 || !key.startsWith(p)) continue;
        const node = this.root.get(key.slice(p.length));
        if (node) out.push({ node, prefix: p, shift: this.conjLength(p) });
      }
    }
    h = out.length === 0 ? NO_HEADS : out;
    if (this.heads.size > 200_000) this.heads.clear();
    this.heads.set(key, h);
    return h;
  }

  /**
   * The longest lexicon phrase starting at token `i`, trying the word as written, then with a
   * clitic prefix stripped from the first token (Arabic و ب ل ف ال …).
   */
  lookup(tokens: Token[], i: number): LexHit | null {
    const t = tokens[i];
    if (!t || t.type === Tok.Num || t.type === Tok.Opaque) return null;
    if (t.type !== Tok.Word) {
      const exact = this.walk(tokens, i, t.key);
      return exact ? { sense: exact.sense, end: exact.end, prefix: '', start: t.start } : null;
    }
    const heads = this.headsOf(t.key);
    let best: LexHit | null = null;
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k]!;
      const hit = this.walkFrom(tokens, i, h.node);
      // The form as written wins ties, then the longest clitic (the order of heads).
      if (hit && (!best || hit.end > best.end)) best = { sense: hit.sense, end: hit.end, prefix: h.prefix, start: t.start + h.shift };
    }
    return best;
  }

  /** Length of a leading conjunction in a clitic (`و`, `ف`): the span of a number starts after it. */
  conjLength(prefix: string): number {
    for (const c of this.conjunctions) if (prefix.startsWith(c)) return c.length;
    return 0;
  }

  /** True when the clitic starts with a conjunction (`و`, `وب`, `وال`). */
  isConj(prefix: string): boolean {
    return this.conjLength(prefix) > 0;
  }

  /** True when the clitic ends with the definite article (`ال`, `وال`, `لل`). */
  isDefinite(prefix: string): boolean {
    return this.definite.some((d) => prefix.endsWith(d));
  }

  /** True when a word token is nothing but a clitic (`و` before `14`, `ال` before `448`). */
  isClitic(key: string): boolean {
    return this.prefixes.includes(key);
  }
}

function mergeSense(a: WordSense | undefined, b: WordSense): WordSense {
  if (!a) return { ...b, roles: b.roles ? new Set(b.roles) : undefined };
  const out: WordSense = { ...a, ...b };
  if (a.roles || b.roles) out.roles = new Set([...(a.roles ?? []), ...(b.roles ?? [])]);
  if (a.rangeMids && b.rangeMids) out.rangeMids = [...a.rangeMids, ...b.rangeMids];
  return out;
}

export function hasRole(s: WordSense | undefined, role: string): boolean {
  return s?.roles?.has(role) ?? false;
}
