/** PLACEHOLDER — being written (numbers helper). */
import type { NumberMention } from '../../types.js';
export function readNumbers(norm: string): NumberMention[] {
  const out: NumberMention[] = [];
  const re = /\d+(?:,\d{3})*(?:\.\d+)?/g;
  for (let m; (m = re.exec(norm)); ) {
    const v = Number(m[0].replace(/,/g, ''));
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: Number.isInteger(v) ? 'integer' : 'decimal', value: v, min: v, max: v });
  }
  return out;
}
