/**
 * The sentence around a span, for error listings: a reader judges a miss from its sentence,
 * not from offsets. Boundaries are . ! ? ؟ and line breaks followed by space or the end, so
 * "1.5" and "U.S." inside a sentence do not cut it; long sentences are clipped around the span.
 */
const BOUNDARY = /[.!?\u061F\u06D4]+(?=\s|$)|\n/g;

export function sentenceAround(text, start, end, max = 240) {
  let from = 0;
  let to = text.length;
  BOUNDARY.lastIndex = 0;
  for (let m; (m = BOUNDARY.exec(text)); ) {
    const stop = m.index + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index >= end) {
      to = stop;
      break;
    }
  }
  let s = text.slice(from, to);
  let a = start - from;
  let b = end - from;
  if (s.length > max) {
    const left = Math.max(0, a - Math.floor((max - (b - a)) / 2));
    s = `${left > 0 ? '…' : ''}${s.slice(left, left + max)}${left + max < s.length ? '…' : ''}`;
    a -= left - (left > 0 ? 1 : 0);
    b -= left - (left > 0 ? 1 : 0);
  }
  // Mark the span so it can be found in a long sentence.
  return `${s.slice(0, a)}⟦${s.slice(a, b)}⟧${s.slice(b)}`.replace(/\s+/g, ' ').trim();
}
