/** Arabic: lexicons (JSON data beside this file) and parsers. */
import { definePlugin } from '../define-plugin.js';
import { readNumbers } from './numbers.js';
import { extractDates, findReferenceDate } from './dates.js';
import { extractEntities } from './entities.js';
import claimLexicon from './claims.json' with { type: 'json' };
import subjects from './subjects.json' with { type: 'json' };

export default definePlugin(
  { code: 'ar', iso6393: ['arb', 'ara'], name: 'Arabic', direction: 'rtl', script: 'Arabic' },
  { readNumbers, extractDates, findReferenceDate, extractEntities, claimLexicon, subjects },
);
