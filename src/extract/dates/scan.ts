/**
 * Cheap tests for the date readers' hot loops, exactly equal to the regex constructs they
 * replace or guard: `[\p{L}\p{N}]` (with the `u` flag) on one UTF-16 unit (ASCII by hand); the
 * word-boundary look-behind `(?<![\p{L}\p{N}])` at a position (code-point aware: an astral letter
 * before it counts) — a global pattern written without it (V8 would evaluate it at every
 * position) is run by `execAtWordStart`, which checks it by hand and retries one unit further
 * on; and the last words before a text's closing spaces, the gate of patterns anchored at its
 * end (`phraseTailGate`): a pattern whose words cannot end there is neither run nor compiled.
 */
const WORD = /[\p{L}\p{N}]/u;

/** `[\p{L}\p{N}]` on the UTF-16 unit `code` alone (a lone surrogate is none); ASCII by hand. */
export function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD.test(String.fromCharCode(code));
}

/** `[\p{L}\p{N}]` on a one-unit string (`s[i]`); undefined (out of the text) is none. */
export function isWordString(c: string | undefined): boolean {
  return c !== undefined && c.length > 0 && isWordUnit(c.charCodeAt(0));
}

/** True when the code point ending at `i` in `s` is a letter or a number, as `(?<=[\p{L}\p{N}])` with the `u` flag. */
export function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return WORD.test(s.slice(i - 2, i));
  }
  return isWordUnit(c);
}

const SPACE = /\s/;
const LETTER = /\p{L}/u;

/**
 * The word (a run of letters: `letter`, a one-character test without the `g` flag, `\p{L}` per
 * UTF-16 unit by default) right before the whitespace that ends `s` — «منذ» of «… منذ », "since"
 * of "ever since " — or null when `s` does not end with whitespace (`\s`). A gate for patterns
 * anchored at the end that close with a word and `\s+$`: when that word is none of theirs, they
 * cannot match.
 */
export function wordBeforeTrailingSpace(s: string, letter: RegExp = LETTER): string | null {
  return lastWords(s, letter)?.last ?? null;
}

/**
 * The last word before the closing whitespace of `s` (see wordBeforeTrailingSpace) and the word
 * before it when only whitespace separates them (else `prev` is null): "the end of " → end, of.
 */
export function lastWords(s: string, letter: RegExp = LETTER): { last: string; prev: string | null } | null {
  let i = s.length;
  while (i > 0 && SPACE.test(s[i - 1]!)) i--;
  if (i === s.length) return null;
  const end = i;
  while (i > 0 && letter.test(s[i - 1]!)) i--;
  const last = s.slice(i, end);
  let j = i;
  while (j > 0 && SPACE.test(s[j - 1]!)) j--;
  if (j === i || j === 0) return { last, prev: null };
  const e = j;
  while (j > 0 && letter.test(s[j - 1]!)) j--;
  return { last, prev: j < e ? s.slice(j, e) : null };
}

/**
 * A gate for end-anchored phrase patterns: `last` word → the words allowed right before it (null:
 * any). True when `s` ends with such a word (and whitespace) after an allowed one; `lower` folds
 * the words first (for case-insensitive patterns).
 */
export function phraseTailGate(
  tails: ReadonlyMap<string, ReadonlySet<string> | null>,
  s: string,
  letter: RegExp = LETTER,
  lower = false,
): boolean {
  const w = lastWords(s, letter);
  if (!w) return false;
  const prevOk = tails.get(lower ? w.last.toLowerCase() : w.last);
  if (prevOk === undefined) return false;
  if (prevOk === null) return true;
  return w.prev !== null && prevOk.has(lower ? w.prev.toLowerCase() : w.prev);
}

/** Adds a phrase (its words) to a phraseTailGate map: its last word after its word before (any for one word). */
export function addPhraseTail(tails: Map<string, Set<string> | null>, words: readonly string[], prevForms: (w: string) => string[] = (w) => [w]): void {
  const last = words[words.length - 1]!;
  if (words.length === 1) {
    tails.set(last, null);
    return;
  }
  const cur = tails.get(last);
  if (cur === null) return;
  const set = cur ?? new Set<string>();
  for (const f of prevForms(words[words.length - 2]!)) set.add(f);
  tails.set(last, set);
}

/**
 * `re.exec(s)` for a global pattern written without its leading `(?<![\p{L}\p{N}])`: the first
 * match from `re.lastIndex` on that starts where that look-behind holds, as the pattern with it
 * would find (a match failing it is retried one unit further on). Resets `lastIndex` to 0 when
 * there is none, as exec does.
 */
export function execAtWordStart(re: RegExp, s: string): RegExpExecArray | null {
  for (let m; (m = re.exec(s)); ) {
    if (!wordCharBefore(s, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}
