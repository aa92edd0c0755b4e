import { finalize, linkSurnamesAcrossParts, type Candidate } from '../../../src/extract/entities/link.js';
import { normalize } from '../../../src/text/normalize.js';
import { lookupLatin } from '../../../src/extract/entities/gazetteer.js';
import type { EntityMention } from '../../../src/types.js';

/** Candidates for the given names, in order, typed as given. */
function run(text: string, names: Array<[string, Candidate['type']]>): EntityMention[] {
  const t = normalize(text);
  let from = 0;
  const cands: Candidate[] = names.map(([name, type]) => {
    const start = t.norm.indexOf(name, from);
    from = start + name.length;
    const entry = lookupLatin(name);
    return { start, end: start + name.length, type, name, ...(entry ? { entry } : {}) };
  });
  return finalize(t, cands);
}

describe('finalize: keys within one document', () => {
  test('two different names with one skeleton are two entities', () => {
    const ms = run('Roads to Errachidia and Ouarzazate were cut; Errachidia was worst hit.', [
      ['Errachidia', 'LOC'],
      ['Ouarzazate', 'LOC'],
      ['Errachidia', 'LOC'],
    ]);
    expect(ms.map((m) => m.key)).toEqual(['loc:~rst', 'loc:~rst~2', 'loc:~rst']);
  });

  test('a surname and the full name keep one key', () => {
    const ms = run('Maria Lindqvist spoke first. Lindqvist said the camp was full.', [
      ['Maria Lindqvist', 'PER'],
      ['Lindqvist', 'PER'],
    ]);
    expect(new Set(ms.map((m) => m.key)).size).toBe(1);
  });
});

describe('finalize: gazetteer names found by other means', () => {
  test('a name the tagger found whole in the gazetteer takes its key and English name', () => {
    const t = normalize('وشاركت مؤسسة "فرانس ليبرته" في التجمع.');
    const start = t.norm.indexOf('فرانس');
    const [m] = finalize(t, [{ start, end: start + 'فرانس ليبرته'.length, type: 'PER', name: 'فرانس ليبرته' }]);
    expect(m).toMatchObject({ key: 'org:france-libertes', canonical: 'France Libertés', type: 'ORG' });
  });
});

describe('finalize: acronyms', () => {
  test('an acronym the text defines wins over the gazetteer’s body of the same letters, for the whole document', () => {
    expect(lookupLatin('RSF')?.name).toBe('Reporters Without Borders');
    const ms = run('The Rapid Support Forces (RSF) shelled the market. The RSF denied it.', [
      ['Rapid Support Forces', 'ORG'],
      ['RSF', 'ORG'],
      ['RSF', 'ORG'],
    ]);
    expect(new Set(ms.map((m) => m.key))).toEqual(new Set([ms[0]!.key]));
    expect(ms.every((m) => m.canonical === undefined)).toBe(true);
  });

  test('without a definition the gazetteer’s reading stands', () => {
    const ms = run('RSF said two reporters were detained.', [['RSF', 'ORG']]);
    expect(ms[0]!.canonical).toBe('Reporters Without Borders');
  });
});

describe('linkSurnamesAcrossParts', () => {
  test('a surname alone takes the key of the full name met in another part', () => {
    const ms: EntityMention[] = [
      { start: 0, end: 15, type: 'PER', text: 'Maria Lindqvist', key: 'per:~mrlntkfst' },
      { start: 900, end: 909, type: 'PER', text: 'Lindqvist', key: 'per:~lntkfst' },
      { start: 950, end: 956, type: 'LOC', text: 'Uppsala', key: 'loc:~bsl' },
    ];
    linkSurnamesAcrossParts(ms);
    expect(ms.map((m) => m.key)).toEqual(['per:~mrlntkfst', 'per:~mrlntkfst', 'loc:~bsl']);
  });
});
