/**
 * Arabic number reader: the shared grammar of src/extract/numbers with the Arabic word lists of
 * number-words.json. Offsets index the normalised text (`normalize(text).norm`).
 */
import type { NumberMention } from '../../types.js';
import type { GrammarJson } from '../../extract/numbers/grammar.js';
import { numberReader } from '../../extract/numbers/reader.js';
import words from './number-words.json' with { type: 'json' };

const read = numberReader(words as GrammarJson);

export function readNumbers(norm: string): NumberMention[] {
  return read(norm);
}
