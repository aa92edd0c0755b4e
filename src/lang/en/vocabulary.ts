/**
 * Is a lower-case word English? WordNet's lower-case lemmas (common-words.json, also used by the
 * entity rules) with the regular inflections taken off, for language identification of texts
 * too short for trigram statistics ("At least 61 migrants drown", a headline).
 */
import commonWordsDoc from './common-words.json' with { type: 'json' };

/** Inflected function words WordNet does not list as lemmas. */
const EXTRA = 'a an the of to in on at by for from with and or but as is are was were be been has have had do does did not no than that this these those it its he she they we you his her their our who which what said says told according'.split(' ');

let words: Set<string> | null = null;

function lexicon(): Set<string> {
  words ??= new Set([...(commonWordsDoc as { words: string }).words.split(' '), ...EXTRA]);
  return words;
}

export function isEnglishWord(w: string): boolean {
  const lex = lexicon();
  if (lex.has(w)) return true;
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
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && lex.has(w.slice(0, -suffix.length) + repl)) return true;
  }
  return false;
}
