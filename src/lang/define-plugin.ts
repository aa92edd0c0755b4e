/**
 * Builds a LanguagePlugin from a language folder's parts, so every language wires its number
 * reader, date and entity extractors and claim lexicon the same way.
 */
import type { NormalizedText } from '../text/normalize.js';
import type { DateMention, EntityMention, NumberMention } from '../types.js';
import type { ClaimLexicon, DateContext, LanguagePlugin } from './types.js';

export interface PluginParts {
  readNumbers(norm: string): NumberMention[];
  extractDates(t: NormalizedText, ctx: DateContext): DateMention[];
  findReferenceDate(t: NormalizedText): string | null;
  extractEntities(t: NormalizedText): EntityMention[];
  claimLexicon: unknown;
  subjects?: unknown;
  isWord?(word: string): boolean;
}

export function definePlugin(meta: Pick<LanguagePlugin, 'code' | 'iso6393' | 'name' | 'direction' | 'script'>, parts: PluginParts): LanguagePlugin {
  return {
    ...meta,
    ...(parts.isWord ? { isWord: parts.isWord } : {}),
    numbers: (t) => parts.readNumbers(t.norm),
    dates: parts.extractDates,
    entities: parts.extractEntities,
    referenceDate: parts.findReferenceDate,
    claimLexicon: parts.claimLexicon as ClaimLexicon,
    // "_about" and other non-list entries of the data file are documentation, not concepts.
    subjects: Object.fromEntries(Object.entries((parts.subjects ?? {}) as Record<string, unknown>).filter((e): e is [string, string[]] => Array.isArray(e[1]))),
  };
}
