/**
 * The number grammar of a language, built from its `number-words.json`. Everything a language
 * says about numbers is data here; the reading logic (reader.ts and its parts) is shared.
 *
 * JSON shape (all keys optional except where noted; see src/lang/en/number-words.json):
 * - `options`: switches of the shared grammar (see `GrammarOptions`).
 * - `units`, `teens`, `tens`, `hundreds` (compound hundreds such as ثلاثمائة), `hundred` (the
 *   multiplier words), `scales`, `pluralScales`, `duals` (ألفين = 2 × 1000), `aloneValues`
 *   (value of a scale word with no number before it), `teenOnly`, `teenTen`, `weak`.
 * - `ordinals` (ordinal word → value), `ordinalPlurals`, `ordinalsNotDenominators`,
 *   `denominators` / `denominatorPlurals` (`half`, `quarters`), `fractions` (`half`, `نصف`),
 *   `fractionsBeforeDefinite`, `pairs` (`couple` after an article).
 * - `vague`: `[{ "words": [...], "min", "max", "needsNext"? }]`.
 * - function words: `connectors`, `point`, `negative`, `articles`, `ratio`, `divide`, `percentAfter`,
 *   `fractionOf` (`two thirds of a million`), `percentBefore`, `currencyBefore`, `currencyAfter`, `ampm`, `rangeStart`, `rangeInfix`.
 * - `suffixes` (glued to digits, case-sensitive: `k`, `bn`), `moneySuffixes` (only with a
 *   currency, `$5m`, or before a `countAfter` word, `1.2m people`), `spacedSuffixes` (after a space: `2.33 k`), `suffixCodes` (values with which a suffix is a
 *   code: `5G`), `ordinalSuffixes` (`21st`).
 * - `clitics`, `conjunctions`, `definiteArticle`, `definiteClitics`, `notNumbers`, `pronounOne`.
 */
import { Lexicon, type WordSense } from './lexicon.js';

export interface GrammarOptions {
  /** Units come before tens, joined by a conjunction: خمسة وعشرون (Arabic). */
  unitBeforeTen?: boolean;
  /** The conjunction may join any two parts (Arabic و); else only after hundred/scale (`and`). */
  conjAnywhere?: boolean;
  /** A scale word alone is a number (`مليون` = 1,000,000); English needs `a million`. */
  bareScale?: boolean;
  /** Ordinal units open a compound ordinal (الحادي والعشرون); else an ordinal ends a number. */
  ordinalFirst?: boolean;
  /** A definite tens word alone is an ordinal (`العشرين` in `القرن العشرين`). */
  definiteTensOrdinal?: boolean;
  /** Letters may be glued before digits (Arabic clitics: `ال448`, `و14`). */
  lettersBeforeDigits?: boolean;
  /** `,` followed by other than 3 digits is a decimal comma (`٤,٨`); else a list separator. */
  commaDecimal?: boolean;
  /** Indian grouping `12,34,567`. */
  indianGrouping?: boolean;
  /** Thousands separators besides `,` (Arabic comma ، between digits). */
  thousandsSeparators?: string[];
  /** Hundreds may be said without `hundred` before a tens compound: `one twenty two` = 122 (English). */
  elidedHundred?: boolean;
  /** Ordinals double as fraction denominators (`a third`, `three fifths`); Arabic has own words. */
  ordinalDenominators?: boolean;
}

export interface GrammarJson {
  options?: GrammarOptions;
  units?: Record<string, number>;
  teens?: Record<string, number>;
  tens?: Record<string, number>;
  hundred?: string[];
  hundreds?: Record<string, number>;
  scales?: Record<string, number>;
  pluralScales?: Record<string, number>;
  duals?: Record<string, number>;
  aloneValues?: Record<string, number>;
  teenOnly?: Record<string, number>;
  teenTen?: string[];
  weak?: Record<string, number>;
  gluedTens?: boolean;
  ordinals?: Record<string, number>;
  ordinalPlurals?: Record<string, number>;
  ordinalsNotDenominators?: string[];
  ordinalsCompoundOnly?: Record<string, number>;
  denominators?: Record<string, number>;
  denominatorPlurals?: Record<string, number>;
  fractions?: Record<string, number>;
  fractionsBeforeDefinite?: Record<string, number>;
  pairs?: Record<string, number>;
  vague?: Array<{ words: string[]; min: number; max: number; needsNext?: string[] }>;
  connectors?: string[];
  point?: string[];
  negative?: string[];
  articles?: string[];
  ratio?: string[];
  /** Division words (`over`, `على`): a quotient, which unlike a proportion may exceed one. */
  divide?: string[];
  fractionOf?: string[];
  percentAfter?: string[];
  percentBefore?: string[];
  /** Words after which a money-only suffix (`1.2m`) is a count, not a length: `people`, `refugees`. */
  countAfter?: string[];
  currencyBefore?: Record<string, string>;
  currencyAfter?: string[];
  ampm?: Record<string, number>;
  rangeStart?: Record<string, string[]>;
  rangeInfix?: string[];
  suffixes?: Record<string, number>;
  moneySuffixes?: Record<string, number>;
  spacedSuffixes?: Record<string, number>;
  /** Values (inclusive [min, max]) with which a suffix names a code, not a multiplier (`5G`, `3.5G`: a network generation). */
  suffixCodes?: Record<string, number[]>;
  ordinalSuffixes?: string[];
  /** Letters glued after digits that leave the number as it is (`2023م`, `1445هـ`). */
  transparentSuffixes?: string[];
  clitics?: string[];
  conjunctions?: string[];
  notNumbers?: string[];
  definiteArticle?: string;
  /** Clitics that end with the article (`ال`, and `لل` where ل + ال drops the alef). */
  definiteClitics?: string[];
  /**
   * `which one`, `the one you saw`: one as a pronoun after `after` words or before `before` words;
   * after an `afterAskOnly` word ("which") only when no word follows or a verb of `verbs` does
   * ("Which one is it?" but "in which one patient died").
   */
  pronounOne?: {
    words: string[];
    after: string[];
    before?: string[];
    afterAskOnly?: string[];
    verbs?: string[];
    /** Words of `after` that may also introduce a clause ("that"): there `one` before a partitive is a count. */
    complementizers?: string[];
    partitives?: string[];
  };
}

export interface Grammar {
  options: Required<Omit<GrammarOptions, 'thousandsSeparators' | 'ordinalDenominators'>> & { thousandsSeparators: string[] };
  lex: Lexicon;
  suffixes: Map<string, number>;
  moneySuffixes: Map<string, number>;
  spacedSuffixes: Map<string, number>;
  suffixCodes: Map<string, number[]>;
  ordinalSuffixes: Set<string>;
  transparentSuffixes: Set<string>;
  definiteArticle: string;
  pronounOne: {
    words: Set<string>;
    after: Set<string>;
    before: Set<string>;
    afterAskOnly: Set<string>;
    verbs: Set<string>;
    complementizers: Set<string>;
    partitives: Set<string>;
  } | null;
}

function roleOf(value: number): 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' {
  if (value < 10) return 'unit';
  if (value < 20 || value % 10 !== 0) return 'teen';
  if (value < 100) return 'ten';
  if (value === 100) return 'hundred';
  return 'scale';
}

export function buildGrammar(json: GrammarJson, fold: (s: string) => string): Grammar {
  const f = (s: string) => fold(s).toLowerCase();
  const definite = json.definiteClitics ?? (json.definiteArticle ? [json.definiteArticle] : []);
  const lex = new Lexicon(fold, json.clitics ?? [], json.conjunctions ?? [], json.notNumbers ?? [], definite);
  const add = (w: string, s: WordSense) => lex.add(w, s);
  const each = (rec: Record<string, number> | undefined, fn: (w: string, v: number) => void) => {
    if (rec) for (const [w, v] of Object.entries(rec)) fn(w, v);
  };

  each(json.units, (w, v) => add(w, { card: { role: 'unit', value: v } }));
  each(json.teens, (w, v) => add(w, { card: { role: 'teen', value: v } }));
  each(json.tens, (w, v) => add(w, { card: { role: 'ten', value: v } }));
  for (const w of json.hundred ?? []) add(w, { card: { role: 'hundred', value: 100 } });
  each(json.hundreds, (w, v) => add(w, { card: { role: 'hundreds', value: v } }));
  each(json.scales, (w, v) => add(w, { card: { role: 'scale', value: v } }));
  each(json.pluralScales, (w, v) => add(w, { card: { role: v === 100 ? 'hundred' : 'scale', value: v, plural: true } }));
  each(json.duals, (w, v) => add(w, { card: { role: 'dual', value: v } }));
  each(json.teenOnly, (w, v) => add(w, { card: { role: 'unit', value: v, teenOnly: true } }));
  for (const w of json.teenTen ?? []) add(w, { card: { role: 'teen', value: 10, teenTen: true } });
  each(json.aloneValues, (w, v) => add(w, { card: { role: 'scale', value: json.scales?.[w] ?? v, alone: v } }));
  each(json.weak, (w, v) => {
    const role = v >= 200 && v < 1000 && v % 100 === 0 ? 'hundreds' : roleOf(v);
    add(w, { card: { role, value: v, weak: true } });
  });

  const ordDen = json.options?.ordinalDenominators ?? true;
  const notDen = new Set((json.ordinalsNotDenominators ?? []).map(f));
  each(json.ordinals, (w, v) => {
    const s: WordSense = { ordinal: true, card: { role: roleOf(v), value: v } };
    if (ordDen && !notDen.has(f(w))) s.den = { value: v, plural: false };
    add(w, s);
  });
  each(json.ordinalsCompoundOnly, (w, v) => add(w, { ordinal: true, card: { role: roleOf(v), value: v, weak: true } }));
  each(json.ordinalPlurals, (w, v) => add(w, { ordinal: true, card: { role: roleOf(v), value: v, plural: true }, den: { value: v, plural: true } }));
  each(json.denominators, (w, v) => add(w, { den: { value: v, plural: false } }));
  each(json.denominatorPlurals, (w, v) => add(w, { den: { value: v, plural: true } }));
  each(json.fractions, (w, v) => add(w, { frac: v }));
  each(json.fractionsBeforeDefinite, (w, v) => add(w, { fracBeforeDefinite: v }));
  each(json.pairs, (w, v) => add(w, { pair: v }));

  // Glued compounds (`twentyfive`, `fortysecond`) are spelled out once here, so reading them
  // is a plain look-up.
  if (json.gluedTens) {
    for (const [t, tv] of Object.entries(json.tens ?? {})) {
      for (const [u, uv] of Object.entries(json.units ?? {})) {
        if (uv >= 1 && uv <= 9) add(t + u, { card: { role: 'teen', value: tv + uv } });
      }
      for (const [o, ov] of Object.entries(json.ordinals ?? {})) {
        if (ov >= 1 && ov <= 9) {
          const s: WordSense = { ordinal: true, card: { role: 'teen', value: tv + ov } };
          if (ordDen && !notDen.has(f(o))) s.den = { value: tv + ov, plural: false };
          add(t + o, s);
        }
      }
    }
  }

  for (const v of json.vague ?? []) {
    for (const w of v.words) add(w, { vague: { min: v.min, max: v.max, needsNext: v.needsNext?.map(f) } });
  }
  const roles: Array<[string[] | undefined, string]> = [
    [json.connectors, 'and'],
    [json.point, 'point'],
    [json.negative, 'neg'],
    [json.articles, 'article'],
    [json.ratio, 'ratio'],
    [json.divide, 'divide'],
    [json.fractionOf, 'fracOf'],
    [json.percentAfter, 'percentAfter'],
    [json.percentBefore, 'percentBefore'],
    [json.currencyAfter, 'currencyAfter'],
    [json.countAfter, 'countAfter'],
    [json.rangeInfix, 'rangeInfix'],
  ];
  for (const [words, role] of roles) for (const w of words ?? []) lex.addRole(w, role);
  each(json.ampm, (w, v) => lex.addRole(w, 'ampm', { hourOffset: v }));
  for (const [w, unit] of Object.entries(json.currencyBefore ?? {})) lex.addRole(w, 'currencyBefore', { unit });
  for (const [w, mids] of Object.entries(json.rangeStart ?? {})) lex.addRole(w, 'rangeStart', { rangeMids: mids.map(f) });

  const o = json.options ?? {};
  return {
    options: {
      unitBeforeTen: o.unitBeforeTen ?? false,
      conjAnywhere: o.conjAnywhere ?? false,
      bareScale: o.bareScale ?? false,
      ordinalFirst: o.ordinalFirst ?? false,
      definiteTensOrdinal: o.definiteTensOrdinal ?? false,
      lettersBeforeDigits: o.lettersBeforeDigits ?? false,
      commaDecimal: o.commaDecimal ?? false,
      indianGrouping: o.indianGrouping ?? false,
      elidedHundred: o.elidedHundred ?? false,
      thousandsSeparators: [',', ...(o.thousandsSeparators ?? [])],
    },
    lex,
    suffixes: new Map(Object.entries(json.suffixes ?? {})),
    moneySuffixes: new Map(Object.entries(json.moneySuffixes ?? {})),
    spacedSuffixes: new Map(Object.entries(json.spacedSuffixes ?? {})),
    suffixCodes: new Map(Object.entries(json.suffixCodes ?? {})),
    ordinalSuffixes: new Set((json.ordinalSuffixes ?? []).map((s) => s.toLowerCase())),
    transparentSuffixes: new Set((json.transparentSuffixes ?? []).map(f)),
    definiteArticle: json.definiteArticle ? f(json.definiteArticle) : '',
    pronounOne: json.pronounOne
      ? {
          words: new Set(json.pronounOne.words.map(f)),
          after: new Set(json.pronounOne.after.map(f)),
          before: new Set((json.pronounOne.before ?? []).map(f)),
          afterAskOnly: new Set((json.pronounOne.afterAskOnly ?? []).map(f)),
          verbs: new Set((json.pronounOne.verbs ?? []).map(f)),
          complementizers: new Set((json.pronounOne.complementizers ?? []).map(f)),
          partitives: new Set((json.pronounOne.partitives ?? []).map(f)),
        }
      : null,
  };
}
