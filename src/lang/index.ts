/**
 * The languages factdiff extracts from. Adding a language is adding its folder and one line
 * here; nothing else in the pipeline names a language.
 */
import type { LanguagePlugin } from './types.js';
import en from './en/index.js';
import ar from './ar/index.js';

export const LANGUAGES: readonly LanguagePlugin[] = [en, ar];

/** The plugin for an ISO 639-1 or 639-3 code, or undefined when factdiff has none. */
export function pluginFor(code: string): LanguagePlugin | undefined {
  const c = code.toLowerCase();
  return LANGUAGES.find((p) => p.code === c || p.iso6393.includes(c));
}
