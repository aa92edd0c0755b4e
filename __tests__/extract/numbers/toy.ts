/**
 * Two small made-up grammars for testing the shared number logic apart from the real word
 * lists: `toy` orders numbers like English, `unitFirst` like Arabic (units before tens joined by
 * a conjunction clitic `w`, clitics glued to digits, a decimal comma), in Latin letters.
 */
import { buildGrammar, type GrammarJson } from '../../../src/extract/numbers/grammar.js';
import { readNumbersWith } from '../../../src/extract/numbers/reader.js';
import { foldWord, normalize } from '../../../src/text/normalize.js';
import type { NumberMention } from '../../../src/types.js';

const common: GrammarJson = {
  units: { zero: 0, one: 1, two: 2, three: 3, five: 5, nine: 9 },
  teens: { ten: 10, twelve: 12 },
  tens: { twenty: 20, thirty: 30 },
  hundred: ['hundred'],
  scales: { thousand: 1000, million: 1000000, dozen: 12 },
  pluralScales: { thousands: 1000, millions: 1000000 },
  vague: [
    { words: ['thousands'], min: 2000, max: 9999 },
    { words: ['tens of thousands'], min: 20000, max: 99999 },
    { words: ['scores'], min: 40, max: 99, needsNext: ['of'] },
  ],
  percentAfter: ['%', 'percent'],
  currencyBefore: { $: '$' },
  currencyAfter: ['dollars'],
  rangeInfix: ['-', 'to'],
  ampm: { am: 0, pm: 12, 'p.m.': 12 },
  negative: ['minus'],
};

export const toy = buildGrammar(
  {
    ...common,
    options: { indianGrouping: true, elidedHundred: true },
    ordinals: { first: 1, second: 2, third: 3, fifth: 5, twentieth: 20, hundredth: 100 },
    ordinalsNotDenominators: ['first', 'second'],
    ordinalPlurals: { thirds: 3, fifths: 5 },
    denominators: { half: 2, quarter: 4 },
    denominatorPlurals: { quarters: 4 },
    fractions: { half: 0.5 },
    pairs: { couple: 2 },
    connectors: ['and'],
    articles: ['a'],
    point: ['point'],
    ratio: ['in'],
    divide: ['over'],
    fractionOf: ['of'],
    rangeStart: { between: ['and'], from: ['to'] },
    suffixes: { k: 1000, bn: 1000000000, G: 1000000000 },
    suffixCodes: { G: [1, 9.99] },
    moneySuffixes: { m: 1000000 },
    spacedSuffixes: { k: 1000 },
    ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
    pronounOne: { words: ['one'], after: ['the'] },
  },
  foldWord,
);

export const unitFirst = buildGrammar(
  {
    ...common,
    options: {
      unitBeforeTen: true,
      conjAnywhere: true,
      bareScale: true,
      ordinalFirst: true,
      definiteTensOrdinal: true,
      lettersBeforeDigits: true,
      commaDecimal: true,
      thousandsSeparators: ['\u060C'],
      ordinalDenominators: false,
    },
    teenOnly: { ahad: 1 },
    teenTen: ['teen'],
    hundreds: { threehundred: 300 },
    duals: { thousandain: 1000 },
    scales: { ...common.scales, thousanda: 1000 },
    aloneValues: { thousanda: 2000 },
    ordinals: { thani: 2, khamis: 5 },
    fractions: { nusf: 0.5 },
    fractionsBeforeDefinite: { five: 0.2, thumn: 0.125 },
    denominatorPlurals: { akhmas: 5 },
    weak: { mitain: 200 },
    connectors: ['w'],
    clitics: ['w', 'al', 'wal', 'b'],
    conjunctions: ['w'],
    definiteArticle: 'al',
    notNumbers: ['altwo'],
    rangeStart: { bayn: ['w'], min: ['ila'] },
    pronounOne: { words: ['one'], after: ['ay'] },
  },
  foldWord,
);

export function readWith(g: typeof toy, text: string): NumberMention[] {
  return readNumbersWith(normalize(text).norm, g);
}

/** Compact form of readings: `text=value` (`text=min..max` for intervals), with kind. */
export function brief(g: typeof toy, text: string): string[] {
  return readWith(g, text).map((m) => {
    const v = m.value === null ? `${m.min}..${m.max}` : String(Math.round(m.value * 1e6) / 1e6);
    return `${m.kind}:${m.text}=${v}${m.unit ? ' ' + m.unit : ''}`;
  });
}
