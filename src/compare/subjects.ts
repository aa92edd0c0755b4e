/**
 * The concept a claim counts ("protesters", "children"…), from its counted noun, in any
 * language factdiff reads: every language's subjects.json maps its nouns to the same keys.
 */
import { LANGUAGES } from '../lang/index.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { PhraseMatcher, WordForms } from '../extract/phrase-matcher.js';

let matchers: PhraseMatcher<string>[] | null = null;

function build(): PhraseMatcher<string>[] {
  return LANGUAGES.map((p) => {
    const entries = Object.entries(p.subjects ?? {}).flatMap(([key, words]) => words.map((w): [string, string] => [w, key]));
    return new PhraseMatcher(entries, new WordForms(p.claimLexicon.prefixes, p.claimLexicon.suffixes));
  });
}

export function subjectKey(subject: string | null): string | null {
  if (!subject) return null;
  matchers ??= build();
  const tokens = tokenize(normalize(subject).norm, []);
  for (const m of matchers) {
    const hit = m.findAll(tokens)[0];
    if (hit) return hit.value;
  }
  return null;
}
