/**
 * Text from the input is printed back to terminals, Markdown and CSV: control characters and
 * bidi overrides in it must not move the cursor, reorder the line or break the format. Line
 * breaks become spaces, C0/C1 controls and bidi embeddings/overrides/isolates are dropped (we
 * add our own isolates where we want them), lone surrogates become U+FFFD.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitize(s: string): string {
  return s.replace(/[\t\n\r\u2028\u2029]+/g, ' ').replace(UNSAFE, (c) => (c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * Wrap right-to-left text in a first-strong isolate (U+2068 … U+2069) so a terminal that
 * applies the bidi algorithm reorders it inside its own cell, never across the columns.
 */
export function isolate(s: string): string {
  return RTL.test(s) ? `\u2068${s}\u2069` : s;
}

export function hasRtl(s: string): boolean {
  return RTL.test(s);
}
