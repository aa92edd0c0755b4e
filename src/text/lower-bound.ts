/**
 * The first index of a sorted list whose key is not below `value` (the list's length when every
 * key is): the binary search the extractors use to find what stands at or after a position in
 * their position-sorted lists, instead of scanning them for every item.
 */
export function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
