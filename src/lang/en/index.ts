/** English: lexicons (JSON data beside this file) and parsers. */
import { definePlugin } from '../define-plugin.js';
import { readNumbers } from './numbers.js';
import { extractDates, findReferenceDate } from './dates.js';
import { extractEntities } from './entities.js';
import claimLexicon from './claims.json' with { type: 'json' };
import subjects from './subjects.json' with { type: 'json' };
import { isEnglishWord } from './vocabulary.js';

export default definePlugin(
  { code: 'en', iso6393: ['eng', 'sco'], name: 'English', direction: 'ltr', script: 'Latin' },
  { readNumbers, extractDates, findReferenceDate, extractEntities, claimLexicon, subjects, isWord: isEnglishWord },
);
