/** Arabic: lexicons (JSON data beside this file) and parsers. */
import type { LanguagePlugin, ClaimLexicon } from '../types.js';
import { readNumbers } from './numbers.js';
import { extractDates, findReferenceDate } from './dates.js';
import { extractEntities } from './entities.js';
import claimLexicon from './claims.json' with { type: 'json' };

const plugin: LanguagePlugin = {
  code: 'ar',
  iso6393: ['arb', 'ara'],
  name: 'Arabic',
  direction: 'rtl',
  numbers: (t) => readNumbers(t.norm),
  dates: extractDates,
  entities: extractEntities,
  referenceDate: findReferenceDate,
  claimLexicon: claimLexicon as ClaimLexicon,
};

export default plugin;
