/**
 * The lines of a text with the range of its (position-sorted) tokens on each: the entity rules
 * work line by line — a name never spans a line break — over tokens made once for the whole text.
 */
export interface TokenLine {
  /** The line, [start, end) in the text, without its line break. */
  start: number;
  end: number;
  /** Its tokens: tokens[from, to). */
  from: number;
  to: number;
}

export function tokenLines(text: string, tokens: readonly { start: number }[]): TokenLine[] {
  const out: TokenLine[] = [];
  let p = 0;
  let ri = 0; // first token at or after p
  while (p < text.length) {
    let q = text.indexOf('\n', p);
    if (q < 0) q = text.length;
    while (ri < tokens.length && tokens[ri]!.start < p) ri++;
    if (q > p) {
      let rj = ri;
      while (rj < tokens.length && tokens[rj]!.start < q) rj++;
      out.push({ start: p, end: q, from: ri, to: rj });
    }
    p = q + 1;
  }
  return out;
}
