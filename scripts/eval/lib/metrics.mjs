/**
 * Precision, recall, F1 and accuracy from counts. Everything is micro-averaged: scorers add up
 * tp/fp/fn over cases first, so a file with many cases weighs more than a file with few.
 */

/** @returns {{p:number|null, r:number|null, f1:number|null, tp:number, fp:number, fn:number}} */
export function prf(tp, fp, fn) {
  // null, not 0, when there is nothing to divide: "no predictions" is not "all predictions wrong".
  const p = tp + fp ? tp / (tp + fp) : null;
  const r = tp + fn ? tp / (tp + fn) : null;
  const f1 = p !== null && r !== null ? (p + r ? (2 * p * r) / (p + r) : 0) : null;
  return { p, r, f1, tp, fp, fn };
}

export function accuracy(correct, n) {
  return { acc: n ? correct / n : null, correct, n };
}

/** Sum tp/fp/fn of several count objects. */
export function addCounts(...counts) {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts) {
    out.tp += c.tp ?? 0;
    out.fp += c.fp ?? 0;
    out.fn += c.fn ?? 0;
  }
  return out;
}
