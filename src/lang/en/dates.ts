/** PLACEHOLDER — being written (dates helper). */
import type { NormalizedText } from '../../text/normalize.js';
import type { DateMention } from '../../types.js';
import type { DateContext } from '../types.js';
export function extractDates(_t: NormalizedText, _ctx: DateContext): DateMention[] {
  return [];
}
export function findReferenceDate(_t: NormalizedText): string | null {
  return null;
}
