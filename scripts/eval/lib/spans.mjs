/**
 * Gold annotations give the text of a span, not its offsets. A gold string that occurs n times
 * in the file and is annotated n times is one annotation per occurrence, in order; when the
 * counts differ (the string also occurs outside any annotation) the annotation may sit at any
 * occurrence, so it gets them all as candidates and the scorer takes the one a prediction
 * overlaps.
 */

export function occurrences(text, needle) {
  const out = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  return out;
}

/**
 * @param {string} text  the file's text
 * @param {Array<{text:string}>} items  gold items in file order
 * @returns {Array<Array<{start:number,end:number}>>}  candidate spans per item ([] = not found)
 */
export function locate(text, items) {
  const byText = new Map();
  items.forEach((it, i) => {
    if (!byText.has(it.text)) byText.set(it.text, []);
    byText.get(it.text).push(i);
  });
  const out = items.map(() => []);
  for (const [needle, idx] of byText) {
    const occ = occurrences(text, needle);
    if (occ.length === idx.length) idx.forEach((i, k) => (out[i] = [occ[k]]));
    else for (const i of idx) out[i] = occ;
  }
  return out;
}

export function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}
