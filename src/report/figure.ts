/** A claim's figure in a few characters: "≥600", ">12,000", "~1,500", "10–14", "dozens (20–99)". */
import type { Claim } from '../types.js';

/**
 * "12,000", "1,500.5", "-3": en-US digit grouping written out, because `toLocaleString` pays
 * ~20 ms of ICU set-up on its first call, a tenth of the CLI's cold start.
 */
/** 3.5e+24 → "35" and 23 zeros: the shortest digits that round-trip, as ICU prints them. */
function spellExponent(a: number): string {
  const [m, e] = a.toString().split('e+');
  const decimals = m!.split('.')[1]?.length ?? 0;
  return m!.replace('.', '') + '0'.repeat(Number(e) - decimals);
}

export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  // at most three decimals, trailing zeros dropped: what toLocaleString('en-US') prints
  const a = Math.abs(n);
  const [int, frac] = a >= 1e21 ? [spellExponent(a), ''] : (Math.round(a * 1000) / 1000).toString().split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+$)/g, ',');
  return sign + grouped + (frac ? '.' + frac : '');
}

const fmt = (n: number | null) => (n === null ? '?' : groupDigits(n));

export function formatFigure(c: Pick<Claim, 'qualifier' | 'value' | 'min' | 'max'>): string {
  switch (c.qualifier) {
    case 'exact':
      return fmt(c.value);
    case 'at_least':
      return `\u2265${fmt(c.value)}`;
    case 'more_than':
      return `>${fmt(c.value)}`;
    case 'about':
      return `~${fmt(c.value)}`;
    case 'up_to':
      return `\u2264${fmt(c.value)}`;
    case 'less_than':
      return `<${fmt(c.value)}`;
    case 'range':
      return `${fmt(c.min)}\u2013${fmt(c.max)}`;
    case 'vague':
      return `${fmt(c.min)}\u2013${fmt(c.max)} (vague)`;
  }
}
