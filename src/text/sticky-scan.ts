/**
 * Tokens of a text found with an anchored (sticky, flag `y`) pattern, position by position: no
 * match array is made per token, which a global search with `exec` makes. Where every character
 * that is not white space can start a token, this finds what the global search finds.
 *
 * `onToken(start, end)` receives each token and returns where the scan goes on (its `end`, or
 * further when the caller takes more: a final dot of an initialism).
 */
export function scanSticky(s: string, from: number, to: number, re: RegExp, onToken: (start: number, end: number) => number): void {
  let p = from;
  while (p < to) {
    const c = s.charCodeAt(p);
    // the common white space (space, line break, tab, carriage return): no token starts there
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      p++;
      continue;
    }
    re.lastIndex = p;
    if (!re.test(s)) {
      p++; // other white space
      continue;
    }
    p = onToken(p, re.lastIndex);
  }
}
