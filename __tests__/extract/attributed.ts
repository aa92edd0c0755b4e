/** Test helper shared by the claim and attribution suites. */
import type { Claim, EntityMention } from '../../src/index.js';
import { extractClaims } from '../../src/extract/claims.js';
import { pluginFor } from '../../src/lang/index.js';
import { normalize } from '../../src/text/normalize.js';

/**
 * Claims of `text` with the given entities ("TYPE:name", every occurrence) instead of the
 * recogniser's, so that a rule about sources is tested apart from entity recognition. Each
 * spec is its own entity key, unless it names another one after "=" ("ORG:WHO=ORG:World
 * Health Organization": two mentions of one entity).
 */
export function attributed(text: string, lang: string, names: string[], reference: string): Claim[] {
  const plugin = pluginFor(lang)!;
  const t = normalize(text);
  const entities: EntityMention[] = [];
  for (const full of names) {
    const [spec, key = spec] = full.split('=');
    const [type, name] = [spec!.slice(0, 3) as EntityMention['type'], spec!.slice(4)];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      entities.push({ type, text: name, key, start: at, end: at + name.length });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  return extractClaims(t, plugin, { numbers: plugin.numbers(t), dates: plugin.dates(t, { reference }), entities });
}
