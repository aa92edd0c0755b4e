/**
 * A seeded pseudo-random generator (mulberry32), so evaluation samples are the same on every
 * machine and every run: figures can be compared across commits only if the sample is fixed.
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomInt(rand, n) {
  return Math.floor(rand() * n);
}
