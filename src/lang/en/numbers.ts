/**
 * English number reader: the shared grammar of src/extract/numbers with the English word lists of
 * number-words.json. Offsets index the normalised text (`normalize(text).norm`).
 */
import type { NumberMention } from '../../types.js';
import type { GrammarJson } from '../../extract/numbers/grammar.js';
import { numberReader } from '../../extract/numbers/reader.js';
import words from './number-words.json' with { type: 'json' };

/** Built on the first call, not at import: a document in another language never pays for it. */
let read: ((norm: string) => NumberMention[]) | null = null;

export function readNumbers(norm: string): NumberMention[] {
  read ??= numberReader(words as GrammarJson);
  return read(norm);
}
