/** PLACEHOLDER — being written (entities helper). */
import type { NormalizedText } from '../../text/normalize.js';
import type { EntityMention } from '../../types.js';
export function extractEntities(_t: NormalizedText): EntityMention[] {
  return [];
}
