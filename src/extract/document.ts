/**
 * One document through the pipeline: normalise → language → dates, entities, numbers → claims.
 */
import type { DocumentExtraction, ExtractOptions, LanguageInfo } from '../types.js';
import { normalize } from '../text/normalize.js';
import { detectLanguage, languageInfo } from '../language/detect.js';
import { pluginFor } from '../lang/index.js';
import { extractClaims } from './claims.js';

function languageFromOption(code: string): LanguageInfo {
  const plugin = pluginFor(code);
  if (plugin) return languageInfo(plugin.iso6393[0]!, 1, { reason: '--lang' });
  return { code, iso6393: code.length === 3 ? code : 'und', confidence: 1, reason: '--lang' };
}

export function extractDocument(text: string, path: string, options: ExtractOptions = {}): DocumentExtraction {
  const t = normalize(text);
  const language = options.lang ? languageFromOption(options.lang) : detectLanguage(text);
  const base: DocumentExtraction = { path, language, claims: [], dates: [], entities: [], reference: null, length: text.length };
  const plugin = pluginFor(language.code);
  if (!plugin) {
    const why = language.code === 'und' ? `language undetermined (${language.reason ?? 'unknown'})` : `no extractor for language '${language.code}'`;
    return { ...base, notes: [`${why}: extraction skipped`] };
  }
  let reference: DocumentExtraction['reference'] = null;
  if (options.date) reference = { date: options.date, from: 'option' };
  else {
    const found = plugin.referenceDate?.(t) ?? null;
    if (found) reference = { date: found, from: 'document' };
  }
  const dates = plugin.dates(t, { reference: reference?.date ?? null });
  const entities = plugin.entities(t);
  const numbers = plugin.numbers(t);
  const claims = extractClaims(t, plugin, { numbers, dates, entities });
  return { ...base, claims, dates, entities, reference };
}
