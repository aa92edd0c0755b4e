import { alignEntities } from '../../src/compare/entities.js';
import { entityKey, sameEntity, SAME_ENTITY_THRESHOLD } from '../../src/extract/entities/key.js';
import type { DocumentExtraction, EntityMention, EntityType } from '../../src/types.js';

function doc(path: string, names: Array<[string, EntityType, string?]>): DocumentExtraction {
  const entities: EntityMention[] = names.map(([text, type, key]) => ({ start: 0, end: text.length, text, type, key: key ?? entityKey(text, type) }));
  return { path, language: { code: 'und' } as DocumentExtraction['language'], claims: [], dates: [], entities };
}

/** Versions of each row, as "path:mention" joined. */
function rows(docs: DocumentExtraction[], sim = sameEntity, t = SAME_ENTITY_THRESHOLD): string[] {
  return alignEntities(docs, sim, t).map((r) => r.versions.map((v) => `${v.path}:${v.mentions.join('/')}`).join(' | ')).sort();
}

describe('alignEntities (link8): rows joined best first, one to one', () => {
  // a fixed score table: the first group of b.txt would take row X if rows were claimed in order
  const table: Record<string, number> = { 'X|early': 0.85, 'X|late': 0.95 };
  const sim = (a: EntityMention, b: EntityMention) => table[`${a.text}|${b.text}`] ?? 0;
  test.each([
    [
      'a later group that names the row better takes it; the earlier one gets its own row',
      [doc('a.txt', [['X', 'LOC', 'loc:x']]), doc('b.txt', [['early', 'LOC', 'loc:e'], ['late', 'LOC', 'loc:l']])],
      ['a.txt: | b.txt:early', 'a.txt:X | b.txt:late'],
    ],
    [
      'equal keys join whatever the scores',
      [doc('a.txt', [['X', 'LOC', 'loc:x']]), doc('b.txt', [['early', 'LOC', 'loc:x'], ['late', 'LOC', 'loc:l']])],
      ['a.txt: | b.txt:late', 'a.txt:X | b.txt:early'],
    ],
  ] as Array<[string, DocumentExtraction[], string[]]>)('%s', (_name, docs, expected) => {
    expect(rows(docs, sim, 0.81)).toEqual(expected);
  });

  test('a spelled-out Arabic acronym joins the Latin one (spelling keys)', () => {
    expect(rows([doc('en.txt', [['CNN', 'ORG', 'org:~kn']]), doc('ar.txt', [['سي إن إن', 'ORG', 'org:~sn']])])).toEqual(['en.txt:CNN | ar.txt:سي إن إن']);
  });
});
