/**
 * Arabic number reader: the shared grammar of src/extract/numbers with the Arabic word lists
 * of number-words.json. Offsets index the normalised text.
 */
import type { NumberMention } from '../../types.js';
import { foldWord } from '../../text/normalize.js';
import { buildGrammar, type GrammarJson } from '../../extract/numbers/grammar.js';
import { readNumbersWith } from '../../extract/numbers/reader.js';
import words from './number-words.json' with { type: 'json' };

const grammar = buildGrammar(words as GrammarJson, foldWord);

export function readNumbers(norm: string): NumberMention[] {
  return readNumbersWith(norm, grammar);
}
