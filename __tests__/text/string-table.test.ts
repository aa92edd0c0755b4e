import { compactMap, compactNumberRecord, compactSet, hashRange, tableOfJoined, tableOfKeys } from '../../src/text/string-table.js';

describe('tableOfJoined / tableOfKeys', () => {
  const keys = ['b', 'w=paris', 'w=par', 'p1=ب', 'ww+1=the|</s>', '', 'sh=Xx', 'w=parisx'];
  const joined = tableOfJoined(keys.join('\n'), '\n');
  const concatenated = tableOfKeys(keys);

  // [query, index in both tables]
  test.each([
    ['b', 0],
    ['w=paris', 1],
    ['w=par', 2],
    ['p1=ب', 3],
    ['ww+1=the|</s>', 4],
    ['', 5],
    ['sh=Xx', 6],
    ['w=parisx', 7],
    ['w=pari', undefined],
    ['w=parisxx', undefined],
    ['p1=ت', undefined],
    ['p1=\u00a8', undefined], // the code ب (U+0628) is kept as in the table's one-byte form
    ['p1=ک', undefined], // U+06A9: past the one-byte form's block
    ['B', undefined],
    ['b\nw=paris', undefined],
    ['bw=paris', undefined],
  ] as Array<[string, number | undefined]>)('get(%j) = %j', (q, want) => {
    // a key built at run time (a cons string), as the decoder's feature names are
    const fresh = q.slice(0, 1) + q.slice(1);
    for (const t of [joined, concatenated]) {
      expect(t.get(fresh)).toBe(want);
      expect(t.has(fresh)).toBe(want !== undefined);
    }
  });

  test('keys, entries, size and count follow the key list', () => {
    for (const t of [joined, concatenated]) {
      expect(t.size).toBe(keys.length);
      expect(t.count).toBe(keys.length);
      expect([...t.keys()]).toEqual(keys);
      expect([...t]).toEqual(keys.map((k, i) => [k, i]));
      expect(keys.map((_, i) => t.key(i))).toEqual(keys);
      // code units read in place, as key(i) has them
      expect(keys.map((k, i) => Array.from({ length: k.length + 1 }, (_, j) => t.keyCodeAt(i, j)))).toEqual(keys.map((k) => [...Array.from(k, (c) => c.charCodeAt(0)), NaN]));
    }
  });

  // [text, separator, keys as Map(split) would have them]
  test.each([
    ['', '\n', []],
    ['solo', '\n', [['solo', 0]]],
    ['a\na\nb\na', '\n', [['b', 2], ['a', 3]]],
    ['x y x', ' ', [['y', 1], ['x', 2]]],
  ] as Array<[string, string, Array<[string, number]>]>)('%j split by %j: repeated keys give their last index, as Map.set does', (text, sep, want) => {
    const t = tableOfJoined(text, sep);
    const m = new Map((text.length ? text.split(sep) : []).map((k, i) => [k, i]));
    expect(t.size).toBe(m.size);
    for (const [k, i] of m) expect(t.get(k)).toBe(i);
    expect([...t]).toEqual(want);
  });

  test('a large table (many probes, shared prefixes) finds every key and nothing else', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w=${i.toString(36)}|${(i * 7919) % 1000}`);
    const t = tableOfJoined(many.join('\n'), '\n');
    many.forEach((k, i) => expect(t.get(k)).toBe(i));
    for (let i = 0; i < 500; i++) expect(t.get(`w=${i.toString(36)}|x`)).toBeUndefined();
  });

  test.each([
    [['w=ک', 'w=ب', 'p1=é']], // a character past U+067F and one in U+0080–U+00FF: kept as written
    [['w=محمد', 'w=٩', 'ww+1=في|</s>']], // Arabic letters and digits: the one-byte form
  ])('keys %j read back as written', (ks) => {
    for (const t of [tableOfJoined(ks.join('\n'), '\n'), tableOfKeys(ks)]) {
      expect([...t.keys()]).toEqual(ks);
      ks.forEach((k, i) => expect(t.get(k)).toBe(i));
      expect(t.get('w=\u00e9')).toBeUndefined(); // the code of ٩ (U+0669) in the one-byte form
    }
  });

  test('hashRange hashes a range as the whole string it spans', () => {
    expect(hashRange('xxabcxx', 2, 5)).toBe(hashRange('abc', 0, 3));
    expect(hashRange('ab', 0, 2)).not.toBe(hashRange('ba', 0, 2));
  });
});

describe('compactMap / compactSet', () => {
  const entries: Array<[string, { n: number }]> = [
    ['loc:paris', { n: 1 }],
    ['الأمم المتحدة', { n: 2 }],
    ['un', { n: 3 }],
  ];
  const map = new Map(entries);
  const c = compactMap(map);

  test.each([['loc:paris'], ['الأمم المتحدة'], ['un'], ['UN'], [''], ['loc:pari']])('get/has(%j) as the Map', (k) => {
    expect(c.get(k)).toBe(map.get(k));
    expect(c.has(k)).toBe(map.has(k));
  });

  test('iterates as the Map (same order, same value objects)', () => {
    expect(c.size).toBe(3);
    expect([...c]).toEqual([...map]);
    expect([...c.entries()]).toEqual([...map.entries()]);
    expect([...c.keys()]).toEqual([...map.keys()]);
    expect([...c.values()][1]).toBe(map.get('الأمم المتحدة'));
    const seen: string[] = [];
    c.forEach((v, k, self) => {
      expect(self).toBe(c);
      expect(v).toBe(map.get(k));
      seen.push(k);
    });
    expect(seen).toEqual([...map.keys()]);
  });

  test('a set: members, order, size', () => {
    const set = new Set(['national council', 'national', 'يوم']);
    const s = compactSet(set);
    expect(s.size).toBe(3);
    expect([...s]).toEqual([...set]);
    expect([...s.entries()]).toEqual([...set.entries()]);
    for (const k of ['national council', 'national', 'يوم', 'nation', '']) expect(s.has(k)).toBe(set.has(k));
  });
});

describe('compactNumberRecord', () => {
  const plain: Record<string, number> = { الحسن: 12, بالحسن: 3, '10': 7, x: 0.5, '': 4 };
  const c = compactNumberRecord(plain);

  // reads as ar/entities.ts makes them (`freq[x] ?? 0`), including names Object.prototype has
  test.each([['الحسن'], ['بالحسن'], ['10'], ['x'], [''], ['absent'], ['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty']])('[%j] as the plain object', (k) => {
    expect(c[k]).toBe(plain[k]);
    expect(k in c).toBe(k in plain);
    expect(Object.prototype.hasOwnProperty.call(c, k)).toBe(Object.prototype.hasOwnProperty.call(plain, k));
  });

  test('enumerates and serialises as the plain object', () => {
    expect(Object.keys(c)).toEqual(Object.keys(plain));
    expect(Object.entries(c)).toEqual(Object.entries(plain));
    expect(JSON.stringify(c)).toBe(JSON.stringify(plain));
    expect({ ...c }).toEqual(plain);
  });

  test('is read-only', () => {
    expect(() => {
      (c as Record<string, number>)['x'] = 1;
    }).toThrow(TypeError);
    expect(c['x']).toBe(0.5);
  });
});
