/** Display width of a string in a terminal cell grid: marks and format characters take no room, East Asian wide characters two. */
const ZERO = /[\p{M}\p{Cf}]/u;
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** Columns of one character; below U+0300 (no marks there, the soft hyphen the one format character) without a regular expression. */
function charWidth(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 0x300) return c === 0xad ? 0 : 1;
  return ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** Cut to at most `max` columns, marking the cut with an ellipsis. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '\u2026';
}
