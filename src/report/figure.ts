/** A claim's figure in a few characters: "≥600", ">12,000", "~1,500", "10–14", "dozens (20–99)". */
import type { Claim } from '../types.js';

const fmt = (n: number | null) => (n === null ? '?' : n.toLocaleString('en-US'));

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
