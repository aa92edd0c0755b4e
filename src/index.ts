/**
 * factdiff as a library: the CLI is a thin wrapper around these functions.
 *
 *   import { extract, compare } from 'factdiff';
 *   const en = extract(textEn, { path: 'en.txt' });
 *   const ar = extract(textAr, { path: 'ar.txt' });
 *   const result = compare([en, ar]);
 */
import type { DocumentExtraction, ExtractOptions } from './types.js';
import { extractDocument } from './extract/document.js';
import { compareDocuments, type CompareResult } from './compare/index.js';

export * from './types.js';
export type { CompareResult, CategoryComparison, EntityComparison, DateComparison, DateConflict, ComparedClaim } from './compare/index.js';
export { detectLanguage } from './language/detect.js';
export { normalize, toOriginal, type NormalizedText } from './text/normalize.js';
export { LANGUAGES, pluginFor } from './lang/index.js';
export { tuneHeapForExtraction } from './runtime/heap.js';
export type { LanguagePlugin } from './lang/types.js';

export const EXTRACT_SCHEMA = 'factdiff.extract/1';
export const COMPARE_SCHEMA = 'factdiff.compare/1';

/** Extract language, claims, dates and entities from one document's text. */
export function extract(text: string, options: ExtractOptions & { path?: string } = {}): DocumentExtraction {
  return extractDocument(text, options.path ?? '-', options);
}

/** Compare two or more extracted versions of a story. */
export function compare(documents: readonly DocumentExtraction[]): CompareResult {
  return compareDocuments(documents);
}
