/**
 * Is a lower-case word English? WordNet's lower-case lemmas (common-words.json, also used by the
 * entity rules through `commonWords`) with the regular inflections taken off, for language
 * identification of texts too short for trigram statistics ("At least 61 migrants drown", a headline).
 */
import commonWordsDoc from './common-words.json' with { type: 'json' };
import { packedWordSet, type WordSet } from '../../text/word-set.js';

/** Inflected function words WordNet does not list as lemmas. */
const EXTRA = new Set('a an the of to in on at by for from with and or but as is are was were be been has have had do does did not no than that this these those it its he she they we you his her their our who which what said says told according'.split(' '));

let common: WordSet | null = null;

/** WordNet's lower-case single-word lemmas (never capitalised there), searched in the file's own string. */
export function commonWords(): WordSet {
  common ??= packedWordSet((commonWordsDoc as { words: string }).words);
  return common;
}

const has = (w: string): boolean => EXTRA.has(w) || commonWords().has(w);

export function isEnglishWord(w: string): boolean {
  if (has(w)) return true;
  // killed → kill, drowns → drown, crossing → cross, cities → city, injured → injure
  for (const [suffix, repl] of [
    ['ies', 'y'],
    ['ied', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
    ["'s", ''],
  ] as const) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && has(w.slice(0, -suffix.length) + repl)) return true;
  }
  return false;
}
