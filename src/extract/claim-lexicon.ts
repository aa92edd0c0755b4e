/**
 * A language's claim lexicon (JSON data) compiled into phrase matchers, once per language.
 */
import type { ClaimCategory, Qualifier } from '../types.js';
import type { ClaimFrame, ClaimLexicon, LanguagePlugin } from '../lang/types.js';
import { PhraseMatcher, WordForms, splitPhrase } from './phrase-matcher.js';
import { foldWord } from '../text/normalize.js';

export type BoundQualifier = Exclude<Qualifier, 'range' | 'vague' | 'exact'>;

export interface CompiledLexicon {
  morph: WordForms;
  qualifierBefore: PhraseMatcher<BoundQualifier>;
  qualifierAfter: PhraseMatcher<BoundQualifier>;
  triggers: PhraseMatcher<ClaimCategory>;
  /** The triggers with the phrases that hold a trigger word but are none («فرق الإنقاذ», "rescue teams"): null. */
  sentenceTriggers: PhraseMatcher<ClaimCategory | null>;
  categoryNouns: PhraseMatcher<ClaimCategory>;
  personNouns: PhraseMatcher<true>;
  placeNouns: PhraseMatcher<true>;
  nonCountUnits: PhraseMatcher<true>;
  nonCountBefore: PhraseMatcher<true>;
  nounLinks: PhraseMatcher<true>;
  zero: PhraseMatcher<ClaimCategory>;
  sourceBefore: PhraseMatcher<true>;
  speechVerbs: PhraseMatcher<true>;
  pronouns: PhraseMatcher<true>;
  rates: PhraseMatcher<true>;
  phraseBreakers: PhraseMatcher<true>;
  coordinators: PhraseMatcher<true>;
  conjunctionPrefixes: string[];
  adjectivesBeforeNoun: number;
  topics: PhraseMatcher<ClaimCategory>;
  inheritBlockers: PhraseMatcher<true>;
  /** First words of the zero phrases, to skip sentences that cannot hold one. */
  zeroHeads: string[];
  /** Folded singulars whose dual counts two, and the dual endings. */
  dualNouns: Set<string>;
  dualSuffixes: string[];
  /** Folded clitic prefixes, longest first (for the dual reading). */
  prefixes: string[];
  /** Every noun entry of the lexicon as written (folded): a word listed whole is never a dual. */
  nounEntries: Set<string>;
  sourceBreakers: PhraseMatcher<true>;
  negators: PhraseMatcher<true>;
  clauseJoiners: PhraseMatcher<true>;
  addresseePrefixes: string[];
  negatedZero: PhraseMatcher<ClaimCategory>;
  addresseeVerbs: PhraseMatcher<true>;
  qualifierAfterSeparators: Set<string>;
  complementizers: PhraseMatcher<true>;
  crimeMarkers: PhraseMatcher<true>;
  fixedNouns: PhraseMatcher<true>;
  disjunctions: PhraseMatcher<true>;
  subsetMarkers: PhraseMatcher<true>;
  zeroQuantifiers: PhraseMatcher<true>;
  /** Null when the language has none. */
  zeroPartitives: PhraseMatcher<true> | null;
  auxiliaries: PhraseMatcher<true>;
  zeroAfter: PhraseMatcher<true>;
  agePrepositions: PhraseMatcher<true>;
  lightTriggers: PhraseMatcher<true>;
  countHeads: PhraseMatcher<true>;
  sentencing: PhraseMatcher<true>;
  sentencedCategories: Set<ClaimCategory>;
  carriedOut: PhraseMatcher<true>;
  sentenceComplements: PhraseMatcher<true>;
  /** Categories that zero claims exist for (those of the zero phrases). */
  zeroCategories: Set<ClaimCategory>;
  presenceNouns: PhraseMatcher<true>;
  roleNouns: PhraseMatcher<ClaimCategory>;
  moreWords: PhraseMatcher<true>;
  definitePrefixes: string[];
  dualConstructSuffixes: string[];
  adjectivesAfterNoun: number;
  widePlaceNouns: PhraseMatcher<true>;
  widePlaceLinks: PhraseMatcher<true>;
  sinceWords: PhraseMatcher<true>;
  timeAdverbsBefore: PhraseMatcher<true>;
  routes: Array<{ verbs: PhraseMatcher<true>; heads: PhraseMatcher<true>; category: ClaimCategory; reach: number }>;
  soundPluralNouns: Set<string>;
  emptyNouns: PhraseMatcher<true>;
  riseVerbs: PhraseMatcher<true>;
  riseLinks: PhraseMatcher<true>;
  earlierFigureLinks: PhraseMatcher<true>;
  numeralsAfterNoun: number;
  modifiedThings: PhraseMatcher<true>;
  capacityBefore: PhraseMatcher<true>;
  disjunctionKeeps: Set<ClaimCategory>;
  totalLinks: PhraseMatcher<true>;
  oneOf: PhraseMatcher<true>;
  oneOfWords: PhraseMatcher<true>;
  heldNouns: PhraseMatcher<true>;
  /** Triggers that speak only with a figure right after them («سقوط 12 قتيلا», not «سقوط الصاعقة»). */
  countBoundTriggers: PhraseMatcher<true>;
  hyphenCounts: ReadonlySet<string>;
  listJoiners: PhraseMatcher<true>;
  asideQuantifiers: PhraseMatcher<true>;
  statisticRates: PhraseMatcher<true>;
  relativeWords: PhraseMatcher<true>;
  responderNouns: PhraseMatcher<true>;
  listJoinerPrefixes: string[];
  /** Zero quantifiers that pick out of a group ("none of the"): the word right after them is the group. */
  groupQuantifiers: PhraseMatcher<true>;
  /** Verbs of having right before a count of people ("the region has 1.2 million employees"): a population, no claim. */
  possessionBefore: PhraseMatcher<true>;
  /** Prepositions opening a subject's modifiers and the finite verbs that end them (see the language type). */
  modifierPrepositions: PhraseMatcher<true>;
  modifierVerbs: PhraseMatcher<true>;
  /** «من منازلهم»: after a noun link, where the counted people come from (no counted noun). */
  originNouns: PhraseMatcher<true>;
  /** «في غرق قارب»: a trigger after one of these names the event, it does not override a category noun. */
  eventPrepositions: PhraseMatcher<true>;
  frames: CompiledFrame[];
  /** First words of the markers of carried frames, to read sentences with no figure that open one (null: none). */
  frameHeads: RegExp | null;
  /** Every frame's markers, agents and blockers in one matcher: the frame's index, and the word's role. */
  frameWords: PhraseMatcher<{ frame: number; agent: boolean; blocker?: boolean }>;
}

export interface CompiledFrame {
  name: string;
  triggers: PhraseMatcher<ClaimCategory>;
  nouns: PhraseMatcher<ClaimCategory>;
  shift: Map<ClaimCategory, ClaimCategory>;
  /** Whether the shift applies to a category a trigger gave too (see ClaimFrame.shiftTriggers). */
  shiftTriggers: boolean;
  /** How many sentences after its marker's the frame stays open. */
  carry: number;
}

const fold = (w: string) => foldWord(w).toLowerCase();

const compiled = new WeakMap<LanguagePlugin, CompiledLexicon>();

function flag(list: readonly string[]): Array<[string, true]> {
  return list.map((w) => [w, true]);
}

/** One alternation of literal words (a substring test), or null for none. */
function heads(words: string[]): RegExp | null {
  const uniq = [...new Set(words)];
  return uniq.length === 0 ? null : new RegExp(uniq.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
}

export function compileLexicon(lex: ClaimLexicon): CompiledLexicon {
  const morph = new WordForms(lex.prefixes, lex.suffixes);
  const m = <T>(entries: Iterable<[string, T]>) => new PhraseMatcher<T>(entries, morph);
  const frame = (f: ClaimFrame): CompiledFrame => ({
    name: f.name,
    triggers: m((f.categories ?? []).flatMap((c) => (c.triggers ?? []).map((w): [string, ClaimCategory] => [w, c.category]))),
    nouns: m((f.categories ?? []).flatMap((c) => (c.nouns ?? []).map((w): [string, ClaimCategory] => [w, c.category]))),
    shift: new Map(Object.entries(f.shift ?? {}) as Array<[ClaimCategory, ClaimCategory]>),
    shiftTriggers: f.shiftTriggers ?? true,
    carry: f.carry ?? 0,
  });
  const quals = (position: 'before' | 'after') =>
    m(lex.qualifiers.filter((q) => q.position === position).flatMap((q) => q.phrases.map((p): [string, BoundQualifier] => [p, q.qualifier])));
  return {
    morph,
    qualifierBefore: quals('before'),
    qualifierAfter: quals('after'),
    triggers: m(lex.categories.flatMap((c) => c.triggers.map((w): [string, ClaimCategory] => [w, c.category]))),
    sentenceTriggers: m<ClaimCategory | null>([
      ...lex.categories.flatMap((c) => c.triggers.map((w): [string, ClaimCategory | null] => [w, c.category])),
      ...(lex.notTriggers ?? []).map((w): [string, ClaimCategory | null] => [w, null]),
    ]),
    categoryNouns: m(lex.categories.flatMap((c) => (c.nouns ?? []).map((w): [string, ClaimCategory] => [w, c.category]))),
    personNouns: m(flag(lex.personNouns)),
    placeNouns: m(flag(lex.placeNouns)),
    nonCountUnits: m(flag(lex.nonCountUnits)),
    nonCountBefore: m(flag(lex.nonCountBefore)),
    nounLinks: m(flag(lex.nounLinks)),
    zero: m(lex.zeroPhrases.flatMap((z) => z.phrases.map((p): [string, ClaimCategory] => [p, z.category]))),
    sourceBefore: m(flag(lex.sourceBefore)),
    speechVerbs: m(flag(lex.speechVerbs)),
    pronouns: m(flag(lex.pronouns)),
    rates: m(flag(lex.rates ?? [])),
    phraseBreakers: m(flag(lex.phraseBreakers)),
    coordinators: m(flag(lex.coordinators)),
    conjunctionPrefixes: lex.conjunctionPrefixes.map((p) => foldWord(p)),
    adjectivesBeforeNoun: lex.adjectivesBeforeNoun,
    topics: m(lex.categories.flatMap((c) => (c.topics ?? []).map((w): [string, ClaimCategory] => [w, c.category]))),
    inheritBlockers: m(flag(lex.inheritBlockers ?? [])),
    dualNouns: new Set((lex.dualNouns ?? []).map(fold)),
    dualSuffixes: (lex.dualSuffixes ?? []).map(fold),
    prefixes: lex.prefixes.map(fold).sort((a, b) => b.length - a.length),
    nounEntries: new Set([...lex.personNouns, ...lex.placeNouns, ...lex.categories.flatMap((c) => c.nouns ?? [])].map(fold)),
    sourceBreakers: m(flag(lex.sourceBreakers ?? [])),
    negators: m(flag(lex.negators ?? [])),
    clauseJoiners: m(flag(lex.clauseJoiners ?? [])),
    addresseePrefixes: lex.addresseePrefixes ?? [],
    negatedZero: m((lex.negatedZero ?? []).flatMap((z) => z.phrases.map((p): [string, ClaimCategory] => [p, z.category]))),
    addresseeVerbs: m(flag(lex.addresseeVerbs ?? [])),
    qualifierAfterSeparators: new Set(lex.qualifierAfterSeparators ?? []),
    complementizers: m(flag(lex.complementizers ?? [])),
    crimeMarkers: m(flag(lex.crimeMarkers ?? [])),
    fixedNouns: m(flag(lex.fixedNouns ?? [])),
    disjunctions: m(flag(lex.disjunctions ?? [])),
    subsetMarkers: m(flag(lex.subsetMarkers ?? [])),
    zeroQuantifiers: m(flag(lex.zeroQuantifiers ?? [])),
    zeroPartitives: lex.zeroPartitives?.length ? m(flag(lex.zeroPartitives)) : null,
    auxiliaries: m(flag(lex.auxiliaries ?? [])),
    zeroAfter: m(flag(lex.zeroAfter ?? [])),
    agePrepositions: m(flag(lex.agePrepositions ?? [])),
    lightTriggers: m(flag(lex.lightTriggers ?? [])),
    countHeads: m(flag(lex.countHeads ?? [])),
    sentencing: m(flag(lex.sentencing?.phrases ?? [])),
    sentencedCategories: new Set(lex.sentencing?.categories ?? []),
    carriedOut: m(flag(lex.sentencing?.carriedOut ?? [])),
    sentenceComplements: m(flag(lex.sentencing?.complements ?? [])),
    zeroCategories: new Set(lex.zeroPhrases.map((z) => z.category)),
    presenceNouns: m(flag(lex.presenceNouns ?? [])),
    moreWords: m(flag(lex.moreWords ?? [])),
    definitePrefixes: (lex.definitePrefixes ?? []).map((w) => foldWord(w)),
    dualConstructSuffixes: (lex.dualConstructSuffixes ?? []).map((w) => foldWord(w)),
    adjectivesAfterNoun: lex.adjectivesAfterNoun ?? 0,
    widePlaceNouns: m(flag(lex.widePlaceNouns ?? [])),
    widePlaceLinks: m(flag(lex.widePlaceLinks ?? [])),
    sinceWords: m(flag(lex.sinceWords ?? [])),
    timeAdverbsBefore: m(flag(lex.timeAdverbsBefore ?? [])),
    routes: (lex.routes ?? []).map((r) => ({ verbs: m(flag(r.verbs)), heads: m(flag(r.heads)), category: r.category, reach: r.reach ?? 5 })),
    soundPluralNouns: new Set((lex.soundPluralNouns ?? []).map(fold)),
    emptyNouns: m(flag(lex.emptyNouns ?? [])),
    riseVerbs: m(flag(lex.riseVerbs ?? [])),
    riseLinks: m(flag(lex.riseLinks ?? [])),
    earlierFigureLinks: m(flag(lex.earlierFigureLinks ?? [])),
    numeralsAfterNoun: lex.numeralsAfterNoun ?? 0,
    modifiedThings: m(flag(lex.modifiedThings ?? [])),
    roleNouns: m((lex.roleNouns ?? []).flatMap((r) => r.nouns.map((w): [string, ClaimCategory] => [w, r.category]))),
    capacityBefore: m(flag(lex.capacityBefore ?? [])),
    disjunctionKeeps: new Set(lex.disjunctionKeeps ?? []),
    totalLinks: m(flag(lex.totalLinks ?? [])),
    oneOf: m(flag(lex.oneOf ?? [])),
    oneOfWords: m(flag(lex.oneOfWords ?? [])),
    heldNouns: m(flag(lex.heldNouns ?? [])),
    countBoundTriggers: m(flag(lex.countBoundTriggers ?? [])),
    hyphenCounts: new Set((lex.hyphenCounts ?? []).map((w) => w.toLowerCase())),
    listJoiners: m(flag(lex.listJoiners ?? [])),
    asideQuantifiers: m(flag(lex.asideQuantifiers ?? [])),
    statisticRates: m(flag(lex.statisticRates ?? [])),
    relativeWords: m(flag(lex.relativeWords ?? [])),
    responderNouns: m(flag(lex.responderNouns ?? [])),
    listJoinerPrefixes: (lex.listJoinerPrefixes ?? []).map((p) => foldWord(p)),
    groupQuantifiers: m(flag(lex.groupQuantifiers ?? [])),
    possessionBefore: m(flag(lex.possessionBefore ?? [])),
    modifierPrepositions: m(flag(lex.subjectModifiers?.prepositions ?? [])),
    modifierVerbs: m(flag(lex.subjectModifiers?.verbs ?? [])),
    originNouns: m(flag(lex.originNouns ?? [])),
    eventPrepositions: m(flag(lex.eventPrepositions ?? [])),
    frames: (lex.frames ?? []).map(frame),
    frameHeads: heads(
      (lex.frames ?? []).flatMap((f) => [...((f.carry ?? 0) > 0 ? f.markers : []), ...(f.blockers ?? [])].map((p) => splitPhrase(p)[0]!)),
    ),
    frameWords: m(
      (lex.frames ?? []).flatMap((f, frame) => [
        ...f.markers.map((w): [string, { frame: number; agent: boolean }] => [w, { frame, agent: false }]),
        ...(f.agents ?? []).map((w): [string, { frame: number; agent: boolean }] => [w, { frame, agent: true }]),
        ...(f.blockers ?? []).map((w): [string, { frame: number; agent: boolean; blocker: boolean }] => [w, { frame, agent: false, blocker: true }]),
      ]),
    ),
    zeroHeads: [...new Set([...lex.zeroPhrases.flatMap((z) => z.phrases), ...(lex.negators ?? []), ...(lex.zeroQuantifiers ?? []), ...(lex.zeroPartitives ?? [])].map((p) => splitPhrase(p)[0]!))],
  };
}

export function lexiconFor(plugin: LanguagePlugin): CompiledLexicon {
  let c = compiled.get(plugin);
  if (!c) {
    c = compileLexicon(plugin.claimLexicon);
    compiled.set(plugin, c);
  }
  return c;
}
